// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * Writes the seed corpus of tests/fuzz/mlx5 (fuzz-mlx5-decode) from the
 * emulated firmware's answers: every capability page, the adapter block,
 * every register, each PPCNT group, the diagnostic structures, and the
 * module EEPROM page 0 read as fwctl mlx5 module reads it, for both
 * generations.  A seed is one selector byte (the layout's index in
 * mlx5_all_layouts) followed by the answer.  Usage: gen-mlx5-corpus DIR
 * (run by hand: build-X/tests/unit/mlx5/gen-mlx5-corpus tests/fuzz/corpus/mlx5-decode).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lib/sff.h"
#include "plugins/mlx5/mlx5_prm.h"
#include "plugins/mlx5/module.h"
#include "tests/emu/drivers/mlx5/emu_mlx5.h"
#include "tests/emu/emu_test.h"

static const char *dir;
static unsigned written;

static void seed(const char *prof, const char *what, const struct prm_layout *l,
		 const uint8_t *data, size_t len)
{
	char path[512];
	FILE *f;
	size_t idx = 0;

	while (idx < mlx5_n_all_layouts && mlx5_all_layouts[idx] != l)
		idx++;
	if (idx == mlx5_n_all_layouts)
		return;
	snprintf(path, sizeof(path), "%s/emu-%s-%s", dir, prof, what);
	f = fopen(path, "wb");
	if (!f)
		return;
	fputc((int)idx, f);
	fwrite(data, 1, len, f);
	fclose(f);
	written++;
}

static int cmd(struct emu_dev *d, uint32_t scope, uint8_t *in, uint32_t in_len, uint8_t *out,
	       uint32_t out_len)
{
	uint32_t len = out_len;

	memset(out, 0, out_len);
	return t_rpc(d, scope, in, in_len, out, &len) || out[0] ? -1 : 0;
}

/* Page 0 of module 0 in the reads fwctl mlx5 module sends, as one seed
 * under the MCIA selector (the fuzz target decodes its bytes as a page). */
static void seed_page0(struct emu_dev *d, const char *pn)
{
	const struct mlx5_reg *r = mlx5_reg_find("mcia");
	uint8_t in[16 + 64], out[16 + 64], page[SFF_PAGE_LEN];
	uint64_t st = 1;
	uint32_t n;

	for (uint32_t at = 0; at < SFF_PAGE_LEN; at += n) {
		n = mlx5_mcia_chunk(at, SFF_PAGE_LEN);
		memset(in, 0, sizeof(in));
		t_mlx5_hdr(in, 0x805, 1);
		in[10] = (uint8_t)(r->id >> 8);
		in[11] = (uint8_t)r->id;
		prm_set_by_name(r->layout, "i2c_device_address", in + 16, 64, SFF_I2C_ADDR);
		prm_set_by_name(r->layout, "device_address", in + 16, 64, at);
		prm_set_by_name(r->layout, "size", in + 16, 64, n);
		if (cmd(d, 1, in, sizeof(in), out, sizeof(out)) ||
		    !prm_get_by_name(r->layout, "status", out + 16, 64, &st) || st)
			return;
		memcpy(page + at, out + 16 + MLX5_MCIA_DATA_OFF, n);
	}
	seed(pn, "module-page0", r->layout, page, sizeof(page));
}

int main(int argc, char **argv)
{
	const char *specs[] = { "mlx5,profile=cx6dx", "mlx5,profile=cx7", NULL };
	struct emu_world *w;
	static uint8_t in[16 + 256 + 64], out[16 + 4096 + 64];

	if (argc != 2) {
		fprintf(stderr, "usage: gen-mlx5-corpus DIR\n");
		return 2;
	}
	dir = argv[1];
	w = t_world(specs, NULL);
	for (int p = 0; p < 2; p++) {
		struct emu_dev *d = w->devs[p];
		const char *pn = p ? "cx7" : "cx6dx";
		char what[64];

		for (size_t i = 0; i < mlx5_n_cap_types; i++) {
			const struct mlx5_cap_type *t = &mlx5_cap_types[i];

			t_mlx5_hdr(in, 0x100, (uint16_t)(t->type << 1 | 1));
			if (cmd(d, 0, in, 16, out, 16 + 4096))
				continue;
			snprintf(what, sizeof(what), "caps-%s", t->name);
			seed(pn, what, t->layout, out + 16, 4096);
		}
		t_mlx5_hdr(in, 0x101, 0);
		if (!cmd(d, 0, in, 16, out, 16 + 256))
			seed(pn, "adapter", &mlx5_prm_query_adapter_param_block, out + 16, 256);
		for (size_t i = 0; i < mlx5_n_regs; i++) {
			const struct mlx5_reg *r = &mlx5_regs[i];
			size_t len = mlx5_reg_len(r);

			memset(in, 0, sizeof(in));
			t_mlx5_hdr(in, 0x805, 1);
			in[10] = (uint8_t)(r->id >> 8);
			in[11] = (uint8_t)r->id;
			prm_set_by_name(r->layout, "local_port", in + 16, len, 1);
			prm_set_by_name(r->layout, "i2c_device_address", in + 16, len, 0x50);
			prm_set_by_name(r->layout, "size", in + 16, len, 48);
			if (cmd(d, 1, in, (uint32_t)(16 + len), out, (uint32_t)(16 + len)))
				continue;
			snprintf(what, sizeof(what), "reg-%s", r->name);
			seed(pn, what, r->layout, out + 16, len);
		}
		seed_page0(d, pn);
		for (size_t g = 0; g < mlx5_n_ppcnt_groups; g++) {
			const struct mlx5_reg *r = mlx5_reg_find("ppcnt");

			memset(in, 0, sizeof(in));
			t_mlx5_hdr(in, 0x805, 1);
			in[10] = 0x50;
			in[11] = 0x08;
			prm_set_by_name(r->layout, "local_port", in + 16, 256, 1);
			prm_set_by_name(r->layout, "grp", in + 16, 256, mlx5_ppcnt_groups[g].grp);
			if (cmd(d, 1, in, 16 + 256, out, 16 + 256))
				continue;
			snprintf(what, sizeof(what), "ppcnt-%s", mlx5_ppcnt_groups[g].name);
			seed(pn, what, mlx5_ppcnt_groups[g].layout, out + 16 + MLX5_PPCNT_SET_OFF,
			     256 - MLX5_PPCNT_SET_OFF);
		}
		/* Enable every counter, then the params context and one counter record. */
		{
			const struct emu_mlx5_profile *pr = emu_mlx5(d)->prof;

			memset(in, 0, sizeof(in));
			t_mlx5_hdr(in, 0x820, 0);
			prm_set_by_name(&mlx5_prm_diagnostic_params_context, "num_of_counters", in + 8,
					24, pr->n_diag);
			prm_set_by_name(&mlx5_prm_diagnostic_params_context, "enable", in + 8, 24, 1);
			for (size_t i = 0; i < pr->n_diag; i++)
				emu_put_be32(in + 32 + 4 * i, pr->diag_ids[i]);
			cmd(d, 2, in, (uint32_t)(32 + 4 * pr->n_diag), out, 16);
			t_mlx5_hdr(in, 0x819, 0);
			if (!cmd(d, 1, in, 16, out, 64))
				seed(pn, "diag-params", &mlx5_prm_diagnostic_params_context, out + 8, 56);
			t_mlx5_hdr(in, 0x821, 0);
			memset(in + 8, 0, 8);
			in[9] = 1;
			if (!cmd(d, 1, in, 16, out, 16 + 16 * 10))
				seed(pn, "diag-counter", &mlx5_prm_diagnostic_cntr_struct, out + 16, 16);
			t_mlx5_hdr(in, 0x100, 0xd << 1 | 1);
			if (!cmd(d, 0, in, 16, out, 16 + 4096))
				seed(pn, "diag-cntr-layout", &mlx5_prm_diagnostic_cntr_layout,
				     out + 16 + MLX5_DEBUG_CAP_DIAG_LIST_OFF, 4);
		}
	}
	emu_world_free(w);
	printf("%u seeds written to %s\n", written, dir);
	return written ? 0 : 1;
}
