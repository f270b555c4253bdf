// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * The mlx5 part of `fwctl report`: what support staff ask for first, read
 * at the lowest scopes (QUERY_ADAPTER and QUERY_HCA_CAP at CONFIGURATION,
 * register reads at DEBUG_READ_ONLY, MGIR first for the firmware version),
 * nothing written.  The coredump hook
 * (--include coredump) is in report_coredump.c.
 *
 * A register the firmware refuses is reported in its place with the
 * firmware status; only a failed delivery (device gone, timeout, kernel
 * refusal) or a refused identity query fails the device.
 */
#include <errno.h>
#include <string.h>

#include <json-c/json.h>

#include "../../lib/rpc.h"
#include "mgir.h"
#include "mlx5_mbox.h"
#include "mlx5_handlers.h"
#include "mlx5_util.h"

/* The registers in a report, with the instance each one reads. */
static const struct {
	const char *key;       /* JSON key: register and instance */
	const char *reg;
	const char *index[3];  /* FIELD=VALUE, NULL-terminated */
} report_regs[] = {
	{ "paos_port1", "paos", { "local_port=1", NULL } },
	{ "pmtu_port1", "pmtu", { "local_port=1", NULL } },
	{ "ptys_port1_eth", "ptys", { "local_port=1", "proto_mask=4", NULL } },
	{ "mtmp_sensor0", "mtmp", { "sensor_index=0", NULL } },
};

/* Delivery failures stop the device; firmware refusals are data. */
static bool fatal(const struct fwctl_err *e)
{
	return e->kind != FWCTL_ERR_FIRMWARE;
}

static int add_general_caps(struct fwctl_ctx *ctx, struct json_object *into)
{
	uint8_t page[MLX5_CAP_PAGE_LEN];
	struct json_object *caps = json_object_new_object(), *g;
	uint8_t st;
	uint32_t syn;
	int r = mlx5_query_cap(ctx, &mlx5_cap_types[0], true, page, &st, &syn);

	if (r < 0) {
		json_object_put(caps);
		return -1;
	}
	if (r == 1) {
		g = json_object_new_object();
		mlx5_json_fw_status(g, st, syn);
	} else {
		g = mlx5_decode(mlx5_cap_types[0].layout, page, sizeof(page));
	}
	json_object_object_add(caps, mlx5_cap_types[0].name, g);
	json_object_object_add(into, "caps_current", caps);
	return 0;
}

static int add_registers(struct fwctl_ctx *ctx, struct json_object *into)
{
	struct json_object *regs = json_object_new_object();

	for (size_t i = 0; i < sizeof(report_regs) / sizeof(report_regs[0]); i++) {
		const struct mlx5_reg *r = mlx5_reg_find(report_regs[i].reg);
		uint8_t data[MLX5_REG_MAX_BYTES] = { 0 }, cur[MLX5_REG_MAX_BYTES];
		struct json_object *e;

		if (!r || mlx5_reg_len(r) > sizeof(data))
			continue;
		for (const char *const *ix = report_regs[i].index; *ix; ix++) {
			const struct prm_field *f;
			uint64_t v;

			if (mlx5_parse_assign(ctx, r->layout, *ix, &f, &v)) {
				json_object_put(regs);
				return -1;   /* our own table is wrong: a bug, not data */
			}
			prm_set(r->layout, f, data, mlx5_reg_len(r), v);
		}
		if (mlx5_reg_access(ctx, r, data, cur, 0) == 0) {
			e = json_object_new_object();
			json_object_object_add(e, "register", json_object_new_string(r->name));
			json_object_object_add(e, "fields", mlx5_reg_decode(r, cur));
		} else if (!fatal(&ctx->err)) {
			e = json_object_new_object();
			json_object_object_add(e, "register", json_object_new_string(r->name));
			json_object_object_add(e, "error", mlx5_error_json(&ctx->err));
			fwctl_err_clear(&ctx->err);
		} else {
			json_object_put(regs);
			return -1;
		}
		json_object_object_add(regs, report_regs[i].key, e);
	}
	json_object_object_add(into, "registers", regs);
	return 0;
}

/* The whole MGIR image under registers, next to the registers read above. */
static void add_mgir_register(struct json_object *into, const uint8_t *mgir)
{
	const struct mlx5_reg *r = mlx5_reg_by_id(MLX5_REG_MGIR);
	struct json_object *regs = NULL, *e;

	if (!r || !json_object_object_get_ex(into, "registers", &regs))
		return;
	e = json_object_new_object();
	json_object_object_add(e, "register", json_object_new_string(r->name));
	json_object_object_add(e, "fields", mlx5_reg_decode(r, mgir));
	json_object_object_add(regs, "mgir", e);
}

int mlx5_report(struct fwctl_ctx *ctx, struct json_object *into)
{
	uint8_t adapter_out[MLX5_ADAPTER_OUT_LEN], mgir[MLX5_MGIR_LEN];
	struct json_object *fw = json_object_new_object(), *v = NULL;
	int got;

	json_object_object_add(into, "user_context", mlx5_user_context(ctx));
	got = mlx5_mgir_add(ctx, fw, mgir);
	if (got < 0) {
		json_object_put(fw);
		return -1;
	}
	/* The version first: it is what the text summary and a ticket need. */
	json_object_object_get_ex(json_object_object_get(fw, "firmware"), "version", &v);
	json_object_object_add(into, "firmware_version", json_object_get(v));
	json_object_object_foreach(fw, k, o) {
		json_object_object_add(into, k, json_object_get(o));
	}
	json_object_put(fw);
	if (mlx5_query_adapter(ctx, adapter_out, into) || add_general_caps(ctx, into) ||
	    add_registers(ctx, into))
		return -1;
	if (got == 0)
		add_mgir_register(into, mgir);
	return 0;
}
