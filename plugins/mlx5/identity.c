// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * fwctl mlx5 identity: the running firmware (MGIR: version, build date,
 * security and life-cycle state), QUERY_ADAPTER (PSID, VSD, vendor ids),
 * what the GENERAL capabilities say about this function, and the fwctl user
 * context the kernel bound to the file descriptor.
 */
#include <stdlib.h>
#include <string.h>

#include <json-c/json.h>

#include "mgir.h"
#include "mlx5_mbox.h"
#include "mlx5_handlers.h"
#include "mlx5_util.h"

/* GENERAL cap fields that describe the function (not the whole page). */
static const char *const function_fields[] = {
	"vhca_id", "port_type", "num_ports", "vport_group_manager", "vhca_resource_manager",
	"ece_support", "log_max_qp", "uctx_cap", "hca_cap_2", NULL
};

/*
 * QUERY_ADAPTER into `out` and its decoded block added to `into` as
 * "adapter", with the PSID promoted to "psid": it is what people ask for.
 * Shared by `identity` and `report`.
 */
int mlx5_query_adapter(struct fwctl_ctx *ctx, uint8_t out[MLX5_ADAPTER_OUT_LEN],
		       struct json_object *into)
{
	uint8_t in[MLX5_HDR_LEN] = { 0 };
	struct json_object *adapter, *v;

	mlx5_mbox_hdr(in, MLX5_OP_QUERY_ADAPTER, 0);
	if (mlx5_send(ctx, FWCTL_RPC_CONFIGURATION, in, sizeof(in), out, MLX5_ADAPTER_OUT_LEN,
		      "QUERY_ADAPTER", 0))
		return -1;
	if (!into)
		return 0;
	/* query_adapter_struct follows the 16-byte out header (mlx5_ifc.h) */
	adapter = mlx5_decode(&mlx5_prm_query_adapter_param_block, out + MLX5_ADAPTER_BLOCK_OFF,
			      MLX5_ADAPTER_OUT_LEN - MLX5_ADAPTER_BLOCK_OFF);
	if (json_object_object_get_ex(adapter, "vsd_contd_psid", &v))
		json_object_object_add(into, "psid", json_object_get(v));
	json_object_object_add(into, "adapter", adapter);
	return 0;
}

struct json_object *mlx5_user_context(const struct fwctl_ctx *ctx)
{
	struct json_object *uctx = json_object_new_object();

	if (ctx->h && ctx->h->devdata_len >= 8) {
		/* struct fwctl_info_mlx5 { __u32 uid; __u32 uctx_caps; }, host order */
		uint32_t uid, caps;

		memcpy(&uid, ctx->h->devdata, 4);
		memcpy(&caps, ctx->h->devdata + 4, 4);
		json_object_object_add(uctx, "uid", json_object_new_int64(uid));
		json_object_object_add(uctx, "uctx_caps", json_object_new_int64(caps));
	}
	return uctx;
}

/* The GENERAL cap fields that describe the function, or the refusal. */
static int function_json(struct fwctl_ctx *ctx, struct json_object **fnp)
{
	uint8_t page[MLX5_CAP_PAGE_LEN];
	struct json_object *fn = json_object_new_object();
	uint8_t st;
	uint32_t syn;
	int r = mlx5_query_cap(ctx, &mlx5_cap_types[0], true, page, &st, &syn);

	if (r < 0) {
		json_object_put(fn);
		return -1;
	}
	if (r == 1) {
		mlx5_json_fw_status(fn, st, syn);
	} else {
		struct json_object *all = mlx5_decode(&mlx5_prm_cmd_hca_cap, page, sizeof(page));

		for (const char *const *n = function_fields; *n; n++) {
			const struct prm_field *f = prm_find(&mlx5_prm_cmd_hca_cap, *n);
			char key[96];
			struct json_object *v;

			if (f && json_object_object_get_ex(all, prm_json_key(f, key, sizeof(key)), &v))
				json_object_object_add(fn, key, json_object_get(v));
		}
		json_object_put(all);
	}
	*fnp = fn;
	return 0;
}

/* Copy o[k1][k2] (or o[k1]) to root[key]; null when absent. */
static void lift(struct json_object *root, const char *key, struct json_object *o,
		 const char *k1, const char *k2)
{
	struct json_object *v = NULL;

	if (json_object_object_get_ex(o, k1, &v) && v && k2 &&
	    !json_object_object_get_ex(v, k2, &v))
		v = NULL;
	json_object_object_add(root, key, json_object_get(v));
}

/*
 * What people ask first, on top: the firmware version and build date
 * (MGIR), PSID and VSD (QUERY_ADAPTER), secure boot and life cycle (MGIR);
 * then each source in full.
 */
static void summary(struct json_object *root, struct json_object *parts)
{
	static const char *const order[] = { "firmware", "hardware", "adapter", NULL };
	struct json_object *v;

	lift(root, "firmware_version", parts, "firmware", "version");
	lift(root, "build_date", parts, "firmware", "build_date");
	lift(root, "psid", parts, "psid", NULL);
	lift(root, "vsd", parts, "adapter", "vsd");
	lift(root, "secure_boot", parts, "firmware", "secure_boot");
	lift(root, "life_cycle", parts, "firmware", "life_cycle");
	for (const char *const *k = order; *k; k++)
		if (json_object_object_get_ex(parts, *k, &v))
			json_object_object_add(root, *k, json_object_get(v));
}

int mlx5_cmd_identity(struct fwctl_ctx *ctx, void *optp, int argc, char **argv)
{
	uint8_t out[MLX5_ADAPTER_OUT_LEN], mgir[MLX5_MGIR_LEN];
	struct json_object *root, *parts, *fn = NULL;

	(void)optp;
	(void)argv;
	if (argc > 0)
		return fwctl_err_set(&ctx->err, FWCTL_ERR_USAGE, 0, "unexpected argument '%s'", argv[0]);
	if (ctx->format == OUT_BINARY) {
		if (mlx5_query_adapter(ctx, out, NULL))
			return -1;
		return fwctl_emit(ctx, NULL, out, sizeof(out));
	}
	/* MGIR first, as other tools probe it right after open. */
	parts = json_object_new_object();
	if (mlx5_mgir_add(ctx, parts, mgir) < 0 || mlx5_query_adapter(ctx, out, parts) ||
	    function_json(ctx, &fn)) {
		json_object_put(parts);
		return -1;
	}
	root = mlx5_json_root(ctx);
	summary(root, parts);
	json_object_put(parts);
	json_object_object_add(root, "function", fn);
	json_object_object_add(root, "user_context", mlx5_user_context(ctx));
	return fwctl_emit(ctx, root, out, sizeof(out));
}

const struct fwctl_opt mlx5_identity_opts[] = { FWCTL_OPT_END };
