// SPDX-License-Identifier: GPL-2.0-or-later
/* mlx5 driver rules (kernel-abi.md section 3) and firmware model. */
#include <stdlib.h>

#include "drivers/mlx5/emu_mlx5.h"
#include "emu_test.h"

static int rpc(struct emu_dev *d, uint32_t scope, uint16_t op, uint16_t op_mod,
	       uint8_t *out, uint32_t *len)
{
	uint8_t in[32];

	t_mlx5_hdr(in, op, op_mod);
	memset(in + 16, 0, 16);
	return t_rpc(d, scope, in, sizeof(in), out, len);
}

int main(void)
{
	const char *specs[] = { "mlx5,profile=cx6dx", "mlx5,profile=cx7", NULL };
	struct emu_world *w = t_world(specs, NULL);
	struct emu_dev *a = w->devs[0], *b = w->devs[1];
	static uint8_t out[16 + 4096];
	struct fwctl_info_mlx5 ia, ib;
	uint32_t len;
	uint8_t in[16];

	/* Allow-list per scope. */
	len = 64;
	is_int(rpc(a, 0, 0x100, 1, out, &len), 0, "QUERY_HCA_CAP at CONFIGURATION");
	len = 64;
	is_int(rpc(a, 0, 0x80d, 0, out, &len), -EBADMSG, "NOP at CONFIGURATION -> EBADMSG");
	len = 64;
	is_int(rpc(a, 1, 0x80d, 0, out, &len), 0, "NOP at DEBUG_READ_ONLY");
	len = 64;
	is_int(rpc(a, 0, 0x805, 1, out, &len), -EBADMSG, "ACCESS_REG read at CONFIGURATION -> EBADMSG");
	len = 64;
	is_int(rpc(a, 1, 0x805, 1, out, &len), 0, "ACCESS_REG read at DEBUG_READ_ONLY");
	len = 64;
	is_int(rpc(a, 0, 0x805, 0, out, &len), 0, "ACCESS_REG write at CONFIGURATION (quirk)");
	len = 64;
	is_int(rpc(a, 0, 0xb0c, 2, out, &len), -EBADMSG, "ACCESS_REGISTER_USER read at CONFIGURATION");
	len = 64;
	is_int(rpc(a, 1, 0x820, 0, out, &len), -EBADMSG, "SET_DIAGNOSTIC_PARAMS at DEBUG_READ_ONLY");
	len = 64;
	is_int(rpc(a, 2, 0x820, 0, out, &len), 0, "SET_DIAGNOSTIC_PARAMS at DEBUG_WRITE");
	is_int(out[0], EMU_MLX5_STAT_OK, "SET_DIAGNOSTIC_PARAMS with an empty context: disabled, OK");
	len = 64;
	is_int(rpc(a, 1, 0x10c, 0, out, &len), 0, "QUERY_DRIVER_VERSION at DEBUG_READ_ONLY");
	is_int(out[0], EMU_MLX5_STAT_BAD_OP, "unmodelled opcode: firmware BAD_OP");
	len = 64;
	is_int(rpc(a, 3, 0x200, 0, out, &len), -EBADMSG, "CREATE_MKEY never allowed");
	len = 64;
	is_int(rpc(a, 0, 0x109, 0, out, &len), 0, "SET_HCA_CAP at CONFIGURATION");

	/* Lengths. */
	t_mlx5_hdr(in, 0x80d, 0);
	len = 64;
	is_int(t_rpc(a, 1, in, 8, out, &len), -EMSGSIZE, "in_len < 16 -> EMSGSIZE");
	len = 8;
	is_int(t_rpc(a, 1, in, 16, out, &len), -EMSGSIZE, "out_len < 16 -> EMSGSIZE");
	len = 100;
	is_int(t_rpc(a, 1, in, 16, out, &len), 0, "NOP ok");
	is_int(len, 100, "out_len stays the user's");

	/* The kernel forces the UID. */
	emu_put_be16(in + 2, 0xffff);
	len = 16;
	t_rpc(a, 1, in, 16, out, &len);
	is_int(emu_mlx5(a)->last_uid, 0x11, "uid in the header replaced by the fd's uid");

	/* Info per profile. */
	len = 8;
	t_info(a, &ia, &len, NULL);
	len = 8;
	t_info(b, &ib, &len, NULL);
	ok(ia.uid == 0x11 && ia.uctx_caps == 0, "cx6dx info {uid 0x11, caps 0}");
	ok(ib.uid == 0x25 && ib.uctx_caps == FWCTL_MLX5_UCTX_CAP_TOOLS_RESOURCES,
	     "cx7 info {uid 0x25, caps TOOLS_RESOURCES}");
	ok(a->pci_device == 0x101d && b->pci_device == 0x1021, "profile PCI device ids");

	/* QUERY_HCA_CAP GENERAL, current and max. */
	len = sizeof(out);
	is_int(rpc(b, 0, 0x100, (0 << 1) | 1, out, &len), 0, "cx7 caps cur");
	is_int(out[0], 0, "status ok");
	is_int(emu_prm_get(out + 16, 4096, 0x30, 16), 0x20, "vhca_id @0x30");
	is_int(emu_prm_get(out + 16, 4096, 0x88, 8), 15, "log_max_qp_sz @0x88");
	is_int(emu_prm_get(out + 16, 4096, 0x9b, 5), 18, "log_max_qp @0x9b");
	is_int(emu_prm_get(out + 16, 4096, 0x1b8, 8), 1, "num_ports @0x1b8");
	is_int(out[16 + 19] & 0x1f, 18, "log_max_qp is the low 5 bits of byte 19");
	len = sizeof(out);
	rpc(b, 0, 0x100, 0, out, &len);
	is_int(emu_prm_get(out + 16, 4096, 0x9b, 5), 20, "max page differs");
	len = sizeof(out);
	rpc(a, 0, 0x100, 1, out, &len);
	is_int(emu_prm_get(out + 16, 4096, 0x9b, 5), 17, "cx6dx differs from cx7");
	is_int(emu_prm_get(out + 16, 4096, 0x30, 16), 0, "cx6dx vhca_id");
	len = sizeof(out);
	rpc(a, 0, 0x100, (0x1f << 1) | 1, out, &len);
	ok(out[0] == EMU_MLX5_STAT_BAD_PARAM && emu_get_be32(out + 4) == EMU_MLX5_SYND_BAD_CAP_TYPE,
	     "cx6dx has no MACSEC caps: BAD_PARAM with a syndrome");
	len = sizeof(out);
	rpc(b, 0, 0x100, (0x1f << 1) | 1, out, &len);
	is_int(out[0], 0, "cx7 answers MACSEC caps");
	ok(emu_mlx5_tables_check() == NULL, "capability tables consistent (cur <= max, widths)");
	/* Which types each generation answers. */
	{
		static uint8_t page[4096];
		unsigned pages = 0;

		for (unsigned type = 0; type < 0x40; type++)
			pages += emu_mlx5_cap_page(a, (uint16_t)type, true, page) +
				 emu_mlx5_cap_page(b, (uint16_t)type, true, page);
		is_int(pages, 16 + 18, "cx6dx answers 16 cap types, cx7 18");
	}
	len = 16;
	is_int(rpc(a, 0, 0x100, 1, out, &len), 0, "caps into a header-sized buffer");
	is_int(out[0], 0, "header-only answer ok");

	/* QUERY_ADAPTER: PSID at the end of the parameter block. */
	len = 16 + 256;
	rpc(a, 0, 0x101, 0, out, &len);
	ok(!memcmp(out + 16 + 240, "MT_0000000359", 13), "QUERY_ADAPTER PSID");
	is_int(emu_prm_get(out + 16, 256, 0xc8, 24), 0x2c9, "ieee_vendor_id");
	len = 16 + 256;
	rpc(a, 0, 0x101, 1, out, &len);
	ok(out[0] == EMU_MLX5_STAT_BAD_PARAM && emu_get_be32(out + 4) == EMU_MLX5_SYND_BAD_OPMOD,
	     "QUERY_ADAPTER with op_mod 1: BAD_PARAM");

	/* ACCESS_REG on RESOURCE_DUMP without the dump model: BAD_PARAM. */
	{
		uint8_t ar[16 + 256] = { 0 };

		t_mlx5_hdr(ar, 0x805, 1);
		emu_put_be16(ar + 10, 0xc000);
		len = sizeof(ar);
		is_int(t_rpc(a, 1, ar, sizeof(ar), out, &len), 0, "ACCESS_REG RESOURCE_DUMP read");
		ok(out[0] == EMU_MLX5_STAT_BAD_PARAM || out[0] == 0, "dispatched to rsc_dump_reg");
	}
	/* ACCESS_REG: lengths, read-only registers, state that persists. */
	{
		uint8_t ar[16 + 256] = { 0 };

		t_mlx5_hdr(ar, 0x805, 1);
		emu_put_be16(ar + 10, 0x5006);             /* PAOS, 16 bytes */
		emu_prm_set(ar + 16, 16, 0x08, 8, 1);
		len = 16 + 16;
		t_rpc(a, 1, ar, 16 + 8, out, &len);
		ok(out[0] == EMU_MLX5_STAT_BAD_INP_LEN && emu_get_be32(out + 4) == EMU_MLX5_SYND_SHORT_IN,
		     "PAOS with 8 bytes of register data: BAD_INP_LEN");
		len = 16 + 8;
		t_rpc(a, 1, ar, 16 + 16, out, &len);
		is_int(out[0], EMU_MLX5_STAT_BAD_OUTP_LEN, "PAOS into 8 bytes: BAD_OUTP_LEN");
		/* write admin down with ase, read back (the header helper clears bytes 8-15) */
		t_mlx5_hdr(ar, 0x805, 0);
		emu_put_be16(ar + 10, 0x5006);
		emu_prm_set(ar + 16, 16, 0x14, 4, 2);
		emu_prm_set(ar + 16, 16, 0x20, 1, 1);
		len = 32;
		t_rpc(a, 0, ar, 32, out, &len);
		is_int(out[0], 0, "PAOS write at CONFIGURATION");
		t_mlx5_hdr(ar, 0x805, 1);
		emu_put_be16(ar + 10, 0x5006);
		memset(ar + 16, 0, 16);
		emu_prm_set(ar + 16, 16, 0x08, 8, 1);
		len = 32;
		t_rpc(a, 1, ar, 32, out, &len);
		ok(emu_prm_get(out + 16, 16, 0x14, 4) == 2 && emu_prm_get(out + 16, 16, 0x1c, 4) == 2,
		     "the write is visible in the next read (admin and oper down)");
		len = 32;
		t_rpc(b, 1, ar, 32, out, &len);
		is_int(emu_prm_get(out + 16, 16, 0x14, 4), 1, "other device unaffected");
		/* admin change without ase is ignored */
		t_mlx5_hdr(ar, 0x805, 0);
		emu_put_be16(ar + 10, 0x5006);
		emu_prm_set(ar + 16, 16, 0x14, 4, 1);
		len = 32;
		t_rpc(a, 0, ar, 32, out, &len);
		is_int(emu_prm_get(out + 16, 16, 0x14, 4), 2, "admin_status without ase: unchanged");
		/* PPCNT is read-only */
		t_mlx5_hdr(ar, 0x805, 0);
		emu_put_be16(ar + 10, 0x5008);
		len = sizeof(ar);
		t_rpc(a, 0, ar, sizeof(ar), out, &len);
		ok(out[0] == EMU_MLX5_STAT_BAD_PARAM && emu_get_be32(out + 4) == EMU_MLX5_SYND_READ_ONLY,
		     "PPCNT write: BAD_PARAM (read-only)");
		t_mlx5_hdr(ar, 0x805, 1);
		emu_put_be16(ar + 10, 0x1234);
		len = sizeof(ar);
		t_rpc(a, 1, ar, sizeof(ar), out, &len);
		ok(out[0] == EMU_MLX5_STAT_BAD_PARAM && emu_get_be32(out + 4) == EMU_MLX5_SYND_BAD_REG,
		     "unknown register: BAD_PARAM with its syndrome");
	}

	/* MGIR: identity consistent with PCI ids and QUERY_ADAPTER, read-only, fresh per read. */
	{
		uint8_t ar[16 + EMU_MLX5_MGIR_LEN] = { 0 };
		uint8_t adapter[16 + 256];
		struct emu_dev *devs[2] = { a, b };

		for (int i = 0; i < 2; i++) {
			struct emu_dev *d = devs[i];
			uint32_t up;

			len = sizeof(adapter);
			rpc(d, 0, 0x101, 0, adapter, &len);
			t_mlx5_hdr(ar, 0x805, 1);
			emu_put_be16(ar + 10, 0x9020);
			len = sizeof(ar);
			is_int(t_rpc(d, 0, ar, sizeof(ar), out, &len), -EBADMSG,
			     "MGIR read at CONFIGURATION: the kernel refuses");
			len = sizeof(ar);
			is_int(t_rpc(d, 1, ar, sizeof(ar), out, &len), 0, "MGIR read at DEBUG_READ_ONLY");
			is_int(out[0], 0, "MGIR status OK");
			is_int(emu_get_be16(out + 16 + 2), d->pci_device, "MGIR device_id is the PCI device id");
			ok(!memcmp(out + 16 + 0x30, adapter + 16 + 240, 16),
			     "MGIR PSID equals QUERY_ADAPTER's vsd_contd_psid");
			is_int(emu_get_be16(out + 16 + 4) & 0xfff, emu_mlx5(d)->prof->num_ports,
			     "MGIR num_ports");
			ok(emu_get_be32(out + 16 + 0x44) == (i ? 28u : 22u) &&
			     emu_get_be32(out + 16 + 0x4c) == (i ? 2026u : 1000u),
			     "MGIR extended version words");
			is_int((emu_get_be32(out + 16 + 0x10) & 0xffff) << 8 | out[16 + 0x14], 0x0002c9,
			     "base MAC under QUERY_ADAPTER's OUI 00:02:c9");
			up = emu_get_be32(out + 16 + 0x1c);
			len = sizeof(ar);
			t_rpc(d, 1, ar, sizeof(ar), out, &len);
			is_int(emu_get_be32(out + 16 + 0x1c), up + 1, "uptime advances per read");
		}
		is_int(out[16 + 0x57] & 0x7, 0x5, "cx7: sec_boot set, life_cycle GA secured");
		ok(!memcmp(out + 16 + 0x80, "rel-28_43_2026", 15), "cx7 dev_branch_tag");
		t_mlx5_hdr(ar, 0x805, 0);
		emu_put_be16(ar + 10, 0x9020);
		len = sizeof(ar);
		t_rpc(a, 0, ar, sizeof(ar), out, &len);
		ok(out[0] == EMU_MLX5_STAT_BAD_PARAM && emu_get_be32(out + 4) == EMU_MLX5_SYND_READ_ONLY,
		     "MGIR write: BAD_PARAM (read-only)");
	}

	/* Diagnostic counters: off, bad id, enabled and advancing. */
	{
		uint8_t sd[16 + 24 + 4 * 4] = { 0 };
		uint64_t v1, v2;

		len = 16 + 16;
		rpc(a, 1, 0x821, 0, out, &len);
		is_int(out[0], EMU_MLX5_STAT_BAD_SYS_STATE, "counters queried while disabled");
		t_mlx5_hdr(sd, 0x820, 0);
		emu_prm_set(sd + 8, 24, 0x00, 16, 2);
		emu_prm_set(sd + 8, 24, 0x25, 1, 1);
		emu_put_be32(sd + 32, 0x401);
		emu_put_be32(sd + 36, 0x7777);
		len = 16;
		t_rpc(a, 2, sd, sizeof(sd), out, &len);
		ok(out[0] == EMU_MLX5_STAT_BAD_PARAM && emu_get_be32(out + 4) == EMU_MLX5_SYND_DIAG_ID,
		     "unsupported counter id refused");
		emu_put_be32(sd + 36, 0x1001);
		len = 16;
		t_rpc(a, 2, sd, sizeof(sd), out, &len);
		is_int(out[0], 0, "two counters enabled");
		{
			uint8_t q[16] = { 0 };

			t_mlx5_hdr(q, 0x821, 0);
			emu_put_be16(q + 8, 1);
			len = 16 + 32;
			t_rpc(a, 1, q, 16, out, &len);
			v1 = (uint64_t)emu_get_be32(out + 16 + 8) << 32 | emu_get_be32(out + 16 + 12);
			is_int(emu_get_be16(out + 16 + 16), 0x1001, "second record is the second id");
			len = 16 + 32;
			t_rpc(a, 1, q, 16, out, &len);
			v2 = (uint64_t)emu_get_be32(out + 16 + 8) << 32 | emu_get_be32(out + 16 + 12);
			ok(v2 > v1, "counter advances between queries");
		}
	}
	emu_world_free(w);
	return tap_done();
}
