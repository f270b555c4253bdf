// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * The mlx5 handlers end to end over an in-process transport with a tiny
 * firmware (no emulator needed): caps pages (one type refused with
 * BAD_PARAM), QUERY_ADAPTER, registers with state, diagnostic counters.
 * Checks the JSON trees the handlers emit (-o FILE) and the error paths.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <json-c/json.h>

#include "plugins/mlx5/mlx5_cmds.h"
#include "plugins/mlx5/mlx5_prm.h"

static int n_test, n_fail;
static unsigned int rpcs;
static uint8_t paos_state[16];
static uint64_t counter_base = 100;

#define OK(c, msg) do { n_test++; printf("%s %d - %s\n", (c) ? "ok" : "not ok", n_test, msg); \
	if (!(c)) n_fail++; } while (0)

static int fake_info(void *priv, struct fwctl_info *info)
{
	(void)priv;
	info->out_device_type = FWCTL_DEVICE_TYPE_MLX5;
	info->device_data_len = 8;
	return 0;
}

static void status(uint8_t *out, uint8_t st, uint32_t syn)
{
	out[0] = st;
	prm_put_be32(out + 4, syn);
}

static int fake_rpc(void *priv, struct fwctl_rpc *rpc)
{
	const uint8_t *in = (const uint8_t *)(uintptr_t)rpc->in;
	uint8_t *out = (uint8_t *)(uintptr_t)rpc->out;
	uint16_t opcode = prm_be16(in), op_mod = prm_be16(in + 6);

	(void)priv;
	rpcs++;
	memset(out, 0, rpc->out_len);
	switch (opcode) {
	case 0x100: {
		const struct mlx5_cap_type *t = mlx5_cap_type_by_id(op_mod >> 1);
		uint8_t *p = out + 16;

		if (!t || t->type == 0x1f) {
			status(out, 3, 0x1234567);
			break;
		}
		if (t->type == 0) {
			prm_set_by_name(t->layout, "vhca_id", p, 4096, 7);
			prm_set_by_name(t->layout, "num_ports", p, 4096, 1);
			prm_set_by_name(t->layout, "port_type", p, 4096, 1);
			prm_set_by_name(t->layout, "log_max_qp", p, 4096, (op_mod & 1) ? 17 : 18);
			prm_set_by_name(t->layout, "num_of_diagnostic_counters", p, 4096, 2);
		}
		if (t->type == 0xd) {
			prm_put_be32(p + MLX5_DEBUG_CAP_DIAG_LIST_OFF, 0x1001);
			prm_put_be32(p + MLX5_DEBUG_CAP_DIAG_LIST_OFF + 4, 0x2002);
		}
		break;
	}
	case 0x101:
		/* query_adapter_struct right after the 16-byte header (mlx5_ifc.h) */
		memcpy(out + 16 + 0xf0, "MT_0000000359", 13);
		prm_set_by_name(&mlx5_prm_query_adapter_param_block, "ieee_vendor_id",
				out + 16, 256, 0x2c9);
		break;
	case 0x805: {
		uint16_t id = prm_be16(in + 10);

		if (id != 0x5006) {
			status(out, 3, 0xabc);
			break;
		}
		if (op_mod == 0)
			memcpy(paos_state, in + 16, 16);
		else
			memcpy(out + 16, paos_state, 16);
		break;
	}
	case 0x819:
		prm_set_by_name(&mlx5_prm_diagnostic_params_context, "enable", out + 8, 24, 1);
		prm_set_by_name(&mlx5_prm_diagnostic_params_context, "num_of_counters", out + 8, 24, 2);
		break;
	case 0x821:
		for (int i = 0; i < 2; i++) {
			uint8_t *e = out + 16 + 16 * i;

			prm_set_by_name(&mlx5_prm_diagnostic_cntr_struct, "counter_id", e, 16,
					i ? 0x2002 : 0x1001);
			prm_set_by_name(&mlx5_prm_diagnostic_cntr_struct, "counter_value", e, 16,
					counter_base + (uint64_t)i * 1000);
		}
		counter_base += 50;
		break;
	default:
		status(out, 2, 0x99);
	}
	return 0;
}

static void fake_close(void *priv) { (void)priv; }

static const struct fwctl_transport_ops fake_ops = { "fake", fake_info, fake_rpc, fake_close };

static char outfile[64];

static struct json_object *run(int (*fn)(struct fwctl_ctx *, void *, int, char **),
			       void *opts, int argc, char **argv, int *rc, struct fwctl_err *err)
{
	static struct fwctl_device dev = { .name = "fwctl0" };
	struct fwctl_ctx ctx = { 0 };
	struct fwctl_transport t = { &fake_ops, NULL };
	struct json_object *j = NULL;

	ctx.progname = "fwctl";
	ctx.format = OUT_JSON;
	ctx.output = outfile;
	ctx.force = false;
	ctx.scope = -1;
	ctx.quiet = true;
	ctx.dev = &dev;
	unlink(outfile);
	fwctl_open_transport(&dev, t, &ctx.h, &ctx.err);
	*rc = fn(&ctx, opts, argc, argv);
	*err = ctx.err;
	fwctl_close(ctx.h);
	if (*rc == 0)
		j = json_object_from_file(outfile);
	return j;
}

static struct json_object *path(struct json_object *o, const char *k)
{
	struct json_object *v = NULL;

	if (o)
		json_object_object_get_ex(o, k, &v);
	return v;
}

int main(void)
{
	struct fwctl_err err;
	struct json_object *j, *caps;
	int rc;

	snprintf(outfile, sizeof(outfile), "/tmp/fwctl-mlx5-test-%d.json", (int)getpid());
	{
		struct caps_opts o = { 0 };

		j = run(mlx5_cmd_query_caps, &o, 0, NULL, &rc, &err);
		caps = path(j, "caps");
		OK(rc == 0 && caps && json_object_array_length(caps) == mlx5_n_cap_types,
		   "query-caps all: every type listed");
		for (size_t i = 0; caps && i < json_object_array_length(caps); i++) {
			struct json_object *e = json_object_array_get_idx(caps, i);

			if (!strcmp(json_object_get_string(path(e, "type")), "macsec"))
				OK(json_object_get_int(path(e, "fw_status")) == 3 &&
				   json_object_get_int64(path(e, "syndrome")) == 0x1234567 &&
				   !strcmp(json_object_get_string(path(e, "fw_status_name")), "BAD_PARAM"),
				   "refused type reported in place");
			if (!strcmp(json_object_get_string(path(e, "type")), "general"))
				OK(json_object_get_int(path(path(e, "fields"), "vhca_id")) == 7,
				   "general vhca_id decoded");
		}
		json_object_put(j);
	}
	{
		struct caps_opts o = { .diff = true, .type = "general" };

		j = run(mlx5_cmd_query_caps, &o, 0, NULL, &rc, &err);
		caps = path(json_object_array_get_idx(path(j, "caps"), 0), "differences");
		OK(rc == 0 && caps && json_object_array_length(caps) == 1 &&
		   !strcmp(json_object_get_string(path(json_object_array_get_idx(caps, 0), "field")),
			   "log_max_qp"), "--diff lists log_max_qp only");
		json_object_put(j);
	}
	{
		struct caps_opts o = { .type = "macsec" };

		j = run(mlx5_cmd_query_caps, &o, 0, NULL, &rc, &err);
		OK(rc == -1 && err.kind == FWCTL_ERR_FIRMWARE && err.fw_status == 3 &&
		   err.syndrome == 0x1234567, "single refused type: firmware error");
	}
	{
		struct identity_opts o = { 0 };

		j = run(mlx5_cmd_identity, &o, 0, NULL, &rc, &err);
		OK(rc == 0 && path(j, "psid") &&
		   !strcmp(json_object_get_string(path(j, "psid")), "MT_0000000359"), "identity psid");
		OK(json_object_get_int(path(path(j, "adapter"), "ieee_vendor_id")) == 0x2c9,
		   "identity vendor id");
		OK(json_object_get_int(path(path(j, "function"), "num_ports")) == 1,
		   "identity function num_ports");
		json_object_put(j);
	}
	{
		struct reg_opts o = { 0 };
		const char *set[] = { "admin_status=down" };
		char *argv[] = { "paos", "local_port=1" };
		unsigned int before;

		o.set.v = set;
		o.set.n = 1;
		before = rpcs;
		j = run(mlx5_cmd_reg, &o, 2, argv, &rc, &err);
		OK(rc == -1 && err.kind == FWCTL_ERR_PERMISSION && rpcs == before,
		   "reg --set without --force: refused, no RPC");
	}
	{
		struct reg_opts o = { 0 };
		char *argv[] = { "nosuch" };

		j = run(mlx5_cmd_reg, &o, 1, argv, &rc, &err);
		OK(rc == -1 && err.kind == FWCTL_ERR_USAGE, "unknown register: usage error");
		o.name = "mtmp";
		j = run(mlx5_cmd_reg, &o, 0, NULL, &rc, &err);
		OK(rc == -1 && err.kind == FWCTL_ERR_FIRMWARE && err.syndrome == 0xabc,
		   "firmware refuses a register: status and syndrome");
	}
	{
		struct diag_opts o = { 0 };

		j = run(mlx5_cmd_diag, &o, 0, NULL, &rc, &err);
		OK(rc == 0 && json_object_get_boolean(path(j, "enabled")) &&
		   json_object_array_length(path(j, "counters")) == 2, "diag-counters one sample");
		json_object_put(j);
	}
	{
		struct raw_opts o = { 0 };
		char *argv[] = { "QUERY_ISSI" };
		char *bad[] = { "0xa04" };

		j = run(mlx5_cmd_raw, &o, 1, argv, &rc, &err);
		OK(rc == -1 && err.kind == FWCTL_ERR_FIRMWARE && err.fw_status == 2,
		   "cmd QUERY_ISSI: firmware BAD_OP");
		j = run(mlx5_cmd_raw, &o, 1, bad, &rc, &err);
		OK(rc == -1 && err.kind == FWCTL_ERR_PERMISSION, "cmd CREATE_UCTX refused by the tool");
		argv[0] = "query_adapter";
		j = run(mlx5_cmd_raw, &o, 1, argv, &rc, &err);
		OK(rc == 0 && !strcmp(json_object_get_string(path(j, "scope")), "config"),
		   "cmd query_adapter at config scope");
		json_object_put(j);
	}
	unlink(outfile);
	printf("1..%d\n", n_test);
	return n_fail ? 1 : 0;
}
