// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * fwctl mlx5 diag-counters: diagnostic counters.
 *   QUERY_DIAGNOSTIC_PARAMS  (0x819, debug-ro)   what is enabled
 *   SET_DIAGNOSTIC_PARAMS    (0x820, debug-write, taints; --enable --force)
 *   QUERY_DIAGNOSTIC_COUNTERS(0x821, debug-ro)   values
 * The supported counter ids come from the DEBUG capability page
 * (diagnostic_counter[] list, count in GENERAL num_of_diagnostic_counters).
 * These layouts are not in the upstream kernel header; they follow the
 * mlx5_ifc.h published with NVIDIA's MLNX_OFED driver (see the man page).
 * With --sample N, one record per sample (values, deltas, rates per second)
 * is streamed; with -j each record is one JSON line.
 */
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <json-c/json.h>

#include "mlx5_mbox.h"
#include "mlx5_handlers.h"
#include "mlx5_util.h"

#define CNTR_LEN 16   /* diagnostic_cntr_struct */
#define CTX_LEN 24    /* diagnostic_params_context without the id list */

static int supported_ids(struct fwctl_ctx *ctx, uint16_t *ids, uint32_t *n)
{
	uint8_t page[MLX5_CAP_PAGE_LEN];
	uint64_t num = 0;
	uint8_t st;
	uint32_t syn;
	int r;

	r = mlx5_query_cap(ctx, mlx5_cap_type_find("general"), true, page, &st, &syn);
	if (r == 1)
		return fwctl_err_firmware(&ctx->err, st, mlx5_status_name(st), true, syn,
					  "QUERY_HCA_CAP general refused by firmware");
	if (r)
		return -1;
	prm_get_by_name(&mlx5_prm_cmd_hca_cap, "num_of_diagnostic_counters", page,
			sizeof(page), &num);
	if (num == 0)
		return fwctl_err_set(&ctx->err, FWCTL_ERR_UNSUPPORTED, 0,
				     "the device has no diagnostic counters");
	if (num > MLX5_DIAG_MAX_COUNTERS)
		num = MLX5_DIAG_MAX_COUNTERS;
	r = mlx5_query_cap(ctx, mlx5_cap_type_find("debug"), true, page, &st, &syn);
	if (r == 1)
		return fwctl_err_firmware(&ctx->err, st, mlx5_status_name(st), true, syn,
					  "QUERY_HCA_CAP debug refused by firmware");
	if (r)
		return -1;
	for (uint32_t i = 0; i < num; i++) {
		uint64_t id = 0;

		prm_get_by_name(&mlx5_prm_diagnostic_cntr_layout, "counter_id",
				page + MLX5_DEBUG_CAP_DIAG_LIST_OFF + 4 * i, 4, &id);
		ids[i] = (uint16_t)id;
	}
	*n = (uint32_t)num;
	return 0;
}

static int query_params(struct fwctl_ctx *ctx, uint32_t n, struct json_object **params,
			bool *enabled)
{
	uint8_t in[MLX5_HDR_LEN] = { 0 };
	size_t out_len = MLX5_DIAG_PARAMS_IDS_OFF + 4 * (size_t)n;
	uint8_t *out = calloc(1, out_len < MLX5_HDR_LEN ? MLX5_HDR_LEN : out_len);
	uint64_t en = 0;

	if (!out)
		return fwctl_err_set(&ctx->err, FWCTL_ERR_FAILED, 12, "out of memory");
	mlx5_mbox_hdr(in, MLX5_OP_QUERY_DIAGNOSTIC_PARAMS, 0);
	if (mlx5_send(ctx, FWCTL_RPC_DEBUG_READ_ONLY, in, sizeof(in), out, out_len,
		      "QUERY_DIAGNOSTIC_PARAMS", 0)) {
		free(out);
		return -1;
	}
	*params = mlx5_decode(&mlx5_prm_diagnostic_params_context,
			      out + MLX5_DIAG_PARAMS_CTX_OFF, CTX_LEN);
	prm_get_by_name(&mlx5_prm_diagnostic_params_context, "enable",
			out + MLX5_DIAG_PARAMS_CTX_OFF, CTX_LEN, &en);
	*enabled = en;
	free(out);
	return 0;
}

static int enable_counters(struct fwctl_ctx *ctx, const uint16_t *ids, uint32_t n)
{
	size_t in_len = MLX5_DIAG_SET_CTX_OFF + CTX_LEN + 4 * (size_t)n;
	uint8_t *in = calloc(1, in_len);
	uint8_t out[MLX5_HDR_LEN];
	uint8_t *c;
	int rc;

	if (!in)
		return fwctl_err_set(&ctx->err, FWCTL_ERR_FAILED, 12, "out of memory");
	mlx5_mbox_hdr(in, MLX5_OP_SET_DIAGNOSTIC_PARAMS, 0);
	c = in + MLX5_DIAG_SET_CTX_OFF;
	prm_set_by_name(&mlx5_prm_diagnostic_params_context, "num_of_counters", c, CTX_LEN, n);
	prm_set_by_name(&mlx5_prm_diagnostic_params_context, "enable", c, CTX_LEN, 1);
	prm_set_by_name(&mlx5_prm_diagnostic_params_context, "on_demand", c, CTX_LEN, 1);
	for (uint32_t i = 0; i < n; i++)
		prm_put_be32(c + CTX_LEN + 4 * i, ids[i]);   /* counter_id: low 16 bits */
	rc = mlx5_send(ctx, FWCTL_RPC_DEBUG_WRITE, in, in_len, out, sizeof(out),
		       "SET_DIAGNOSTIC_PARAMS enable", 0);
	free(in);
	return rc;
}

/* One QUERY_DIAGNOSTIC_COUNTERS: values[i] for ids[i]. */
static int sample(struct fwctl_ctx *ctx, const uint16_t *ids, uint32_t n, uint64_t *values,
		  uint8_t *raw, size_t raw_len)
{
	uint8_t in[MLX5_HDR_LEN] = { 0 };

	mlx5_mbox_hdr(in, MLX5_OP_QUERY_DIAGNOSTIC_COUNTERS, 0);
	prm_put_be16(in + 8, 1);    /* num_of_samples */
	prm_put_be16(in + 10, 0);   /* sample_index */
	memset(raw, 0, raw_len);
	if (mlx5_send(ctx, FWCTL_RPC_DEBUG_READ_ONLY, in, sizeof(in), raw, raw_len,
		      "QUERY_DIAGNOSTIC_COUNTERS", 0))
		return -1;
	for (uint32_t i = 0; i < n; i++) {
		const uint8_t *e = raw + MLX5_HDR_LEN + (size_t)CNTR_LEN * i;
		uint64_t id = 0, v = 0;

		prm_get_by_name(&mlx5_prm_diagnostic_cntr_struct, "counter_id", e, CNTR_LEN, &id);
		prm_get_by_name(&mlx5_prm_diagnostic_cntr_struct, "counter_value", e, CNTR_LEN, &v);
		values[i] = 0;
		/* Entries come in the enabled order; match by id to be safe. */
		for (uint32_t k = 0; k < n; k++)
			if (ids[k] == id) {
				values[k] = v;
				break;
			}
	}
	return 0;
}

static struct json_object *counters_json(const uint16_t *ids, uint32_t n, const uint64_t *v,
					 const uint64_t *prev, double secs)
{
	struct json_object *arr = json_object_new_array();

	for (uint32_t i = 0; i < n; i++) {
		struct json_object *e = json_object_new_object();

		json_object_object_add(e, "counter_id", json_object_new_int(ids[i]));
		json_object_object_add(e, "value", json_object_new_int64((int64_t)v[i]));
		if (prev) {
			uint64_t d = v[i] - prev[i];

			json_object_object_add(e, "delta", json_object_new_int64((int64_t)d));
			json_object_object_add(e, "rate_per_sec", out_json_rate(d, secs));
		}
		json_object_array_add(arr, e);
	}
	return arr;
}

static double now_s(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec + ts.tv_nsec / 1e9;
}

static void sleep_ms(uint32_t ms)
{
	struct timespec ts = { ms / 1000, (long)(ms % 1000) * 1000000L };

	while (nanosleep(&ts, &ts) && !fwctl_stop_signal)
		;
}

/* The counters of one run: supported ids, the last two samples and the
 * raw reply (what --format=binary shows). */
struct diag_state {
	uint16_t *ids;
	uint64_t *cur, *prev;
	uint8_t *raw;
	size_t raw_len;
	uint32_t n;
};

static int diag_alloc(struct fwctl_ctx *ctx, struct diag_state *st)
{
	memset(st, 0, sizeof(*st));
	st->ids = calloc(MLX5_DIAG_MAX_COUNTERS, sizeof(*st->ids));
	st->cur = calloc(MLX5_DIAG_MAX_COUNTERS, sizeof(*st->cur));
	st->prev = calloc(MLX5_DIAG_MAX_COUNTERS, sizeof(*st->prev));
	st->raw_len = MLX5_HDR_LEN + (size_t)CNTR_LEN * MLX5_DIAG_MAX_COUNTERS;
	st->raw = malloc(st->raw_len);
	if (!st->ids || !st->cur || !st->prev || !st->raw)
		return fwctl_err_set(&ctx->err, FWCTL_ERR_FAILED, 12, "out of memory");
	return 0;
}

static void diag_free(struct diag_state *st)
{
	free(st->ids);
	free(st->cur);
	free(st->prev);
	free(st->raw);
}

static int diag_check_opts(struct fwctl_ctx *ctx, struct diag_opts *o, int argc, char **argv)
{
	if (argc > 0)
		return fwctl_err_set(&ctx->err, FWCTL_ERR_USAGE, 0, "unexpected argument '%s'", argv[0]);
	if (o->interval_seen && !o->sample_seen)
		return fwctl_err_set(&ctx->err, FWCTL_ERR_USAGE, 0, "--interval needs --sample");
	if (!o->interval_seen)
		o->interval = 1000;
	if (o->sample_seen && ctx->format == OUT_BINARY)
		return fwctl_err_set(&ctx->err, FWCTL_ERR_USAGE, 0,
				     "--sample has no binary form");
	return 0;
}

/* --sample: one record per sample; --sample 0 (or no count) runs until
 * a signal stops the stream. */
static int diag_stream(struct fwctl_ctx *ctx, const struct diag_opts *o, struct diag_state *st)
{
	double t0, tprev;

	t0 = tprev = now_s();
	for (uint64_t s = 0; !o->sample || s < o->sample; s++) {
		struct json_object *rec;
		double t;

		if (s)
			sleep_ms(o->interval);
		if (fwctl_stop_signal) {
			fwctl_err_set(&ctx->err, FWCTL_ERR_INTERRUPTED, 0, "interrupted");
			ctx->err.signo = fwctl_stop_signal;
			return -1;
		}
		if (sample(ctx, st->ids, st->n, st->cur, st->raw, st->raw_len))
			return -1;
		t = now_s();
		rec = mlx5_json_root(ctx);
		json_object_object_add(rec, "sample", json_object_new_int64((int64_t)s));
		json_object_object_add(rec, "elapsed_ms",
				       json_object_new_int64((int64_t)((t - t0) * 1000)));
		json_object_object_add(rec, "counters",
				       counters_json(st->ids, st->n, st->cur, s ? st->prev : NULL,
						     t - tprev));
		if (fwctl_emit_stream(ctx, rec))
			return -1;
		memcpy(st->prev, st->cur, sizeof(*st->cur) * st->n);
		tprev = t;
	}
	return 0;
}

/* Without --sample: what is enabled and supported, and one sample if the
 * counters run.  params is consumed. */
static int diag_show(struct fwctl_ctx *ctx, struct diag_state *st, struct json_object *params,
		     bool enabled)
{
	struct json_object *root = mlx5_json_root(ctx), *sup = json_object_new_array();

	json_object_object_add(root, "enabled", json_object_new_boolean(enabled));
	json_object_object_add(root, "params", params);
	for (uint32_t i = 0; i < st->n; i++)
		json_object_array_add(sup, json_object_new_int(st->ids[i]));
	json_object_object_add(root, "supported_counters", sup);
	if (!enabled)
		return fwctl_emit(ctx, root, NULL, 0);
	if (sample(ctx, st->ids, st->n, st->cur, st->raw, st->raw_len)) {
		json_object_put(root);
		return -1;
	}
	json_object_object_add(root, "counters", counters_json(st->ids, st->n, st->cur, NULL, 0));
	return fwctl_emit(ctx, root, st->raw, st->raw_len);
}

int mlx5_cmd_diag(struct fwctl_ctx *ctx, void *optp, int argc, char **argv)
{
	struct diag_opts *o = optp;
	struct diag_state st;
	struct json_object *params = NULL;
	bool enabled = false;
	int rc = -1;

	if (diag_check_opts(ctx, o, argc, argv))
		return -1;
	/* Without --force, --enable stops at SET_DIAGNOSTIC_PARAMS (a
	 * debug-write RPC: it taints): the RPC layer refuses it, exit 4. */
	if (diag_alloc(ctx, &st))
		goto out;
	/* With --enable the caps read builds the write: --dry-run sends it
	 * and then shows SET_DIAGNOSTIC_PARAMS unsent. */
	ctx->h->building_write = o->enable;
	rc = supported_ids(ctx, st.ids, &st.n);
	ctx->h->building_write = false;
	if (rc)
		goto out;
	rc = -1;
	st.raw_len = MLX5_HDR_LEN + (size_t)CNTR_LEN * st.n;
	if ((o->enable && enable_counters(ctx, st.ids, st.n)) ||
	    query_params(ctx, st.n, &params, &enabled))
		goto out;
	if (!o->sample_seen) {
		rc = diag_show(ctx, &st, params, enabled);
		goto out;
	}
	json_object_put(params);
	if (!enabled)
		fwctl_err_set(&ctx->err, FWCTL_ERR_FAILED, 0,
			      "diagnostic counters are not enabled (use --enable --force)");
	else
		rc = diag_stream(ctx, o, &st);
out:
	diag_free(&st);
	return rc;
}

const struct fwctl_opt mlx5_diag_opts[] = {
	{ "enable", 'e', OPT_BOOL, OPT_OFF(struct diag_opts, enable), NULL,
	  "enable every supported counter first (SET_DIAGNOSTIC_PARAMS, debug-write: needs --force, taints)",
	  .writes = true },
	{ "sample", 'n', OPT_U32, OPT_OFF(struct diag_opts, sample), "N",
	  "take N samples and stream them (JSON Lines with -j); no N or 0: until interrupted",
	  .has_seen = true, .seen_offset = OPT_OFF(struct diag_opts, sample_seen),
	  .optional_value = true, .streams = true },
	{ "interval", 'i', OPT_U32, OPT_OFF(struct diag_opts, interval), "MS",
	  "milliseconds between samples (default 1000)", NULL, NULL, true,
	  OPT_OFF(struct diag_opts, interval_seen) },
	FWCTL_OPT_END
};
