// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * fwctl bnxt query NAME [--sample N [--interval MS]] | --list
 *
 * The decoded HWRM queries: inline ones (answer in the response) and,
 * on Linux 7.3, the DMA statistics (counters in host buffers).  Counter
 * queries can be sampled: one JSON Lines record per sample with each
 * counter's value, delta and rate per second, as mlx5 diag-counters.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <json-c/json.h>

#include "bnxt_cmds.h"
#include "dma_stats.h"
#include "../../lib/suggest.h"

const struct fwctl_opt bnxt_query_opts[] = {
	{ "list", 0, OPT_BOOL, OPT_OFF(struct bnxt_query_opts, list), NULL,
	  "list the query names with the scope each needs" },
	{ "sample", 'n', OPT_U32, OPT_OFF(struct bnxt_query_opts, sample), "N",
	  "counter queries: take N samples and stream them with deltas and rates (JSON Lines with -j)",
	  .streams = true },
	{ "interval", 'i', OPT_U32, OPT_OFF(struct bnxt_query_opts, interval), "MS",
	  "milliseconds between samples (default 1000)", .has_seen = true,
	  .seen_offset = OPT_OFF(struct bnxt_query_opts, interval_seen) },
	FWCTL_OPT_END
};

static struct json_object *list_entry(const char *name, const char *cmd, uint16_t type,
				      bool verified, const char *summary, bool dma, bool counters)
{
	struct json_object *o = json_object_new_object();

	json_object_object_add(o, "name", json_object_new_string(name));
	json_object_object_add(o, "hwrm_command", json_object_new_string(cmd));
	json_object_object_add(o, "req_type", json_object_new_int(type));
	json_object_object_add(o, "scope", json_object_new_string(fwctl_scope_name(FWCTL_RPC_DEBUG_READ_ONLY)));
	json_object_object_add(o, "layout_verified", json_object_new_boolean(verified));
	json_object_object_add(o, "dma", json_object_new_boolean(dma));
	json_object_object_add(o, "sample", json_object_new_boolean(counters));
	json_object_object_add(o, "summary", json_object_new_string(summary));
	return o;
}

static int list_queries(struct fwctl_ctx *ctx)
{
	struct json_object *root = json_object_new_object();
	struct json_object *arr = json_object_new_array();
	char cmd[64];

	for (size_t i = 0; i < bnxt_n_queries; i++) {
		const struct bnxt_query *q = &bnxt_queries[i];
		const struct bnxt_hwrm_cmd *c = bnxt_cmd_by_type(q->req_type);

		snprintf(cmd, sizeof(cmd), "HWRM_%s", c ? c->name : "?");
		json_object_array_add(arr, list_entry(q->name, cmd, q->req_type, q->verified, q->summary,
						      false, !strcmp(q->name, "func-stats")));
	}
	for (size_t i = 0; i < bnxt_n_dma_queries; i++) {
		const struct bnxt_dma_query *q = &bnxt_dma_queries[i];
		const struct bnxt_dma_cmd *c = bnxt_dma_by_type(q->req_type);

		snprintf(cmd, sizeof(cmd), "HWRM_%s", c ? c->name : "?");
		json_object_array_add(arr, list_entry(q->name, cmd, q->req_type, q->verified, q->summary,
						      true, true));
	}
	json_object_object_add(root, "queries", arr);
	return fwctl_emit(ctx, root, NULL, 0);
}

/* One answer of either kind: "response" (inline fields), "stats" (DMA blocks). */
struct answer {
	struct json_object *response, *stats;
	uint8_t raw[BNXT_DEFAULT_RESP_CAP];
	struct bnxt_dma_stats dma;
	const void *bytes;
	size_t len;
	uint16_t resp_len;
};

static int ask_inline(struct fwctl_ctx *ctx, const struct bnxt_query *q, uint32_t scope,
		      const char *what, struct answer *a)
{
	uint8_t req[HWRM_REQ_MAX_LEN];
	struct bnxt_resp st;
	int missing;

	bnxt_query_build(q, req);
	if (bnxt_hwrm_send(ctx->h, scope, req, q->req_len, a->raw, sizeof(a->raw), what, &st,
			   &ctx->err) < 0)
		return -1;
	a->response = json_object_new_object();
	missing = prm_decode(q->resp, a->raw, st.data_len, a->response, 0);
	if (missing > 0)
		fwctl_warn(ctx, "%s: firmware answered %zu of %u bytes; %d fields not present",
			   what, st.data_len, q->resp_len, missing);
	else if (missing < 0)
		fwctl_warn(ctx, "%s: layout table is invalid", what);
	a->bytes = a->raw;
	a->len = st.data_len;
	a->resp_len = st.resp_len;
	return 0;
}

static int ask(struct fwctl_ctx *ctx, const struct bnxt_query *q, const struct bnxt_dma_query *dq,
	       uint32_t scope, uint16_t port, const char *what, struct answer *a)
{
	memset(a, 0, sizeof(*a));
	if (q)
		return ask_inline(ctx, q, scope, what, a);
	if (bnxt_dma_stats_run(ctx->h, scope, dq, port, &a->dma, &ctx->err) < 0)
		return -1;
	if (a->dma.missing)
		fwctl_warn(ctx, "%s: the firmware filled part of the blocks; %d counters not present",
			   what, a->dma.missing);
	a->response = json_object_get(a->dma.response);
	a->stats = json_object_get(a->dma.stats);
	a->bytes = a->dma.raw;
	a->len = a->dma.raw_len;
	return 0;
}

static void answer_free(struct answer *a)
{
	json_object_put(a->response);
	json_object_put(a->stats);
	bnxt_dma_stats_free(&a->dma);
}

static struct json_object *root_of(struct fwctl_ctx *ctx, const char *name, const char *what,
				   bool verified, const char *source)
{
	struct json_object *root = json_object_new_object();

	json_object_object_add(root, "device", json_object_new_string(ctx->h->dev->name));
	json_object_object_add(root, "query", json_object_new_string(name));
	json_object_object_add(root, "hwrm_command", json_object_new_string(what));
	if (!verified)
		json_object_object_add(root, "layout_source", json_object_new_string(source));
	return root;
}

/* {name: {"value", "delta", "rate_per_sec"}} for every integer leaf of cur. */
static struct json_object *counters(struct json_object *cur, struct json_object *prev, double secs)
{
	struct json_object *out = json_object_new_object();

	json_object_object_foreach(cur, k, v) {
		struct json_object *p = prev ? json_object_object_get(prev, k) : NULL;

		if (json_object_is_type(v, json_type_object)) {
			json_object_object_add(out, k, counters(v, p, secs));
		} else if (json_object_is_type(v, json_type_int)) {
			struct json_object *c = json_object_new_object();
			uint64_t now = json_object_get_uint64(v);

			json_object_object_add(c, "value", json_object_new_uint64(now));
			if (p) {
				uint64_t d = now - json_object_get_uint64(p);

				json_object_object_add(c, "delta", json_object_new_uint64(d));
				json_object_object_add(c, "rate_per_sec", out_json_rate(d, secs));
			}
			json_object_object_add(out, k, c);
		}
	}
	return out;
}

static double now_s(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static void sleep_ms(uint32_t ms)
{
	struct timespec ts = { ms / 1000, (long)(ms % 1000) * 1000000L };

	while (nanosleep(&ts, &ts) && !fwctl_stop_signal)
		;
}

struct query_sel {
	const char *name, *source;
	const struct bnxt_query *q;
	const struct bnxt_dma_query *dq;
	bool verified;
	char what[64];
	uint32_t scope;
	uint16_t port;
};

static int sample_loop(struct fwctl_ctx *ctx, const struct bnxt_query_opts *o, struct query_sel *s)
{
	struct json_object *prev = NULL;
	double t0 = now_s(), tprev = t0;
	int rc = -1;

	for (uint32_t n = 0; n < o->sample; n++) {
		struct json_object *rec, *cur;
		struct answer a;
		double t;

		if (n)
			sleep_ms(o->interval);
		if (fwctl_stop_signal) {
			fwctl_err_set(&ctx->err, FWCTL_ERR_INTERRUPTED, 0, "interrupted");
			ctx->err.signo = fwctl_stop_signal;
			goto out;
		}
		if (ask(ctx, s->q, s->dq, s->scope, s->port, s->what, &a) < 0)
			goto out;
		t = now_s();
		cur = json_object_get(a.stats ? a.stats : a.response);
		answer_free(&a);
		rec = root_of(ctx, s->name, s->what, s->verified, s->source);
		json_object_object_add(rec, "sample", json_object_new_int64(n));
		json_object_object_add(rec, "elapsed_ms", json_object_new_int64((int64_t)((t - t0) * 1000)));
		json_object_object_add(rec, "counters", counters(cur, prev, t - tprev));
		json_object_put(prev);
		prev = cur;
		tprev = t;
		if (fwctl_emit_stream(ctx, rec) < 0)
			goto out;
	}
	rc = 0;
out:
	json_object_put(prev);
	return rc;
}

static int select_query(struct fwctl_ctx *ctx, const struct bnxt_query_opts *o, int argc, char **argv,
			struct query_sel *s)
{
	memset(s, 0, sizeof(*s));
	if (argc != 1)
		return fwctl_err_set(&ctx->err, FWCTL_ERR_USAGE, 0,
				     "expected one query NAME (see 'fwctl bnxt query --list')");
	s->name = argv[0];
	s->q = bnxt_query_by_name(argv[0]);
	s->dq = s->q ? NULL : bnxt_dma_query_by_name(argv[0]);
	if (!s->q && !s->dq) {
		struct fwctl_suggest sg;
		char hint[160];

		fwctl_suggest_init(&sg, argv[0]);
		for (size_t i = 0; i < bnxt_n_queries; i++)
			fwctl_suggest_add(&sg, bnxt_queries[i].name);
		for (size_t i = 0; i < bnxt_n_dma_queries; i++)
			fwctl_suggest_add(&sg, bnxt_dma_queries[i].name);
		return fwctl_err_set(&ctx->err, FWCTL_ERR_USAGE, 0,
				     "unknown query '%s' (see 'fwctl bnxt query --list')%s", argv[0],
				     fwctl_suggest_text(&sg, hint, sizeof(hint)));
	}
	if (o->interval_seen && !o->sample)
		return fwctl_err_set(&ctx->err, FWCTL_ERR_USAGE, 0, "--interval needs --sample");
	if (o->sample && !s->dq && strcmp(s->name, "func-stats"))
		return fwctl_err_set(&ctx->err, FWCTL_ERR_USAGE, 0,
				     "--sample is for counter queries: func-stats, port-stats, "
				     "port-stats-ext, pcie-stats, roce-stats");
	if (o->sample && ctx->format == OUT_BINARY)
		return fwctl_err_set(&ctx->err, FWCTL_ERR_USAGE, 0, "--sample has no binary form");
	if (s->q) {
		const struct bnxt_hwrm_cmd *c = bnxt_cmd_by_type(s->q->req_type);

		snprintf(s->what, sizeof(s->what), "HWRM_%s", c ? c->name : s->q->name);
		s->verified = s->q->verified;
		s->source = s->q->source;
	} else {
		snprintf(s->what, sizeof(s->what), "HWRM_%s", bnxt_dma_by_type(s->dq->req_type)->name);
		s->verified = s->dq->verified;
		s->source = s->dq->source;
	}
	return fwctl_pick_scope(ctx, FWCTL_RPC_DEBUG_READ_ONLY, &s->scope);
}

int bnxt_cmd_query(struct fwctl_ctx *ctx, void *opts, int argc, char **argv)
{
	struct bnxt_query_opts *o = opts;
	struct query_sel s;
	struct bnxt_devref ref;
	struct json_object *root;
	struct answer a;
	int rc = -1;

	if (o->list) {
		if (argc > 0 || o->sample)
			return fwctl_err_set(&ctx->err, FWCTL_ERR_USAGE, 0, "--list takes no query name");
		return list_queries(ctx);
	}
	if (!o->interval_seen)
		o->interval = 1000;
	if (select_query(ctx, o, argc, argv, &s) < 0 || bnxt_dev_open(ctx, &ref) < 0)
		return -1;
	if (s.dq && (bnxt_dma_require(ctx->h, s.what, &ctx->err) < 0 ||
		     (s.dq->port_off && bnxt_dma_stats_port(ctx->h, s.scope, &s.port, &ctx->err) < 0)))
		goto out;
	if (o->sample) {
		rc = sample_loop(ctx, o, &s);
		goto out;
	}
	if (ask(ctx, s.q, s.dq, s.scope, s.port, s.what, &a) < 0)
		goto out;
	root = root_of(ctx, s.name, s.what, s.verified, s.source);
	if (s.q)
		json_object_object_add(root, "resp_len", json_object_new_int(a.resp_len));
	json_object_object_add(root, "response", json_object_get(a.response));
	if (a.stats)
		json_object_object_add(root, "stats", json_object_get(a.stats));
	rc = fwctl_emit(ctx, root, a.bytes, a.len);
	answer_free(&a);
out:
	bnxt_dev_close(&ref);
	return rc;
}
