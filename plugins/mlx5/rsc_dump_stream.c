// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * Resource dump to a file, streamed.  Per RPC: one ioctl, a header check,
 * a buffered fwrite, a SHA-256 update and a segment-header walk over the
 * 208 bytes.  No allocation and no JSON per RPC.
 */
#include <errno.h>
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include <json-c/json.h>

#include "rsc_dump_sha256.h"
#include "rsc_dump_stream.h"

static double now_s(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

void rsc_stream_trace(void *ctx, uint64_t rpc, unsigned int seq, size_t bytes, bool more,
		      uint64_t usec)
{
	(void)ctx;
	fprintf(stderr, "rsc-dump: rpc %" PRIu64 " seq %u bytes %zu more %d %" PRIu64 " us\n",
		rpc, seq, bytes, more ? 1 : 0, usec);
}

static void progress(const struct rsc_stream_req *req, uint64_t bytes, double t0, bool last)
{
	double dt = now_s() - t0;
	double mib = (double)bytes / (1024.0 * 1024.0);

	fprintf(stderr, "\r%s: %.1f MiB", req->segment_name, mib);
	if (req->expected_bytes)
		fprintf(stderr, " (%.0f%%)", 100.0 * (double)bytes / (double)req->expected_bytes);
	fprintf(stderr, " %.2f MiB/s   %s", dt > 0 ? mib / dt : 0.0, last ? "\n" : "");
	fflush(stderr);
}

int rsc_stream_to_file(struct fwctl_ctx *ctx, const struct rsc_stream_req *req,
		       struct atomic_file *af, struct rsc_stream_result *res)
{
	bool show = !ctx->quiet && isatty(STDERR_FILENO);
	struct rsc_walker walk;
	struct rsc_dump d;
	struct sha256_ctx sha;
	uint8_t digest[SHA256_DIGEST_SIZE];
	double t0, next_progress;
	int more;

	memset(res, 0, sizeof(*res));
	rsc_dump_init(&d, ctx->h, req->scope, &req->key, "RESOURCE_DUMP");
	d.max_bytes = req->max_bytes;
	if (ctx->verbose > 0) {
		d.trace = rsc_stream_trace;
		d.trace_ctx = ctx;
	}
	rsc_walker_init(&walk);
	sha256_init(&sha);
	t0 = now_s();
	next_progress = t0 + 0.25;
	do {
		const uint8_t *p;
		size_t n;

		if (fwctl_stop_signal) {
			fwctl_err_set(&ctx->err, FWCTL_ERR_INTERRUPTED, 0, "interrupted");
			ctx->err.signo = fwctl_stop_signal;
			goto fail;
		}
		more = rsc_dump_next(&d, &p, &n, &ctx->err);
		if (more < 0)
			goto fail;
		if (n && fwrite(p, 1, n, af->fp) != n) {
			fwctl_err_set(&ctx->err, FWCTL_ERR_IO, errno, "writing %s: %m",
				      req->path);
			goto fail;
		}
		sha256_update(&sha, n, p);
		if (rsc_walker_feed(&walk, p, n, &ctx->err) < 0)
			goto fail;
		/* Reading the clock every 64 RPCs keeps progress off the hot path. */
		if (show && (d.rpcs & 63) == 0 && now_s() >= next_progress) {
			progress(req, d.bytes, t0, false);
			next_progress = now_s() + 0.25;
		}
	} while (more);
	if (rsc_walker_finish(&walk, &ctx->err) < 0)
		goto fail;
	if (atomic_file_commit(af, &ctx->err) < 0) {
		fwctl_err_prefix(&ctx->err, "%s", req->path);
		goto fail_nofile;
	}
	res->seconds = now_s() - t0;
	if (show)
		progress(req, d.bytes, t0, true);
	res->bytes = d.bytes;
	res->rpcs = d.rpcs;
	res->segments = walk.n_segments;
	sha256_digest(&sha, SHA256_DIGEST_SIZE, digest);
	rsc_sha256_hex(digest, res->sha256);
	return 0;
fail:
	atomic_file_abort(af);
fail_nofile:
	if (show)
		fputc('\n', stderr);
	res->bytes = d.bytes;
	res->rpcs = d.rpcs;
	if (ctx->err.kind != FWCTL_ERR_INTERRUPTED)
		fwctl_err_prefix(&ctx->err, "%s", req->segment_name);
	return -1;
}

/* A double that prints as written (json-c would show 17 digits). */
static json_object *rounded(double v, int decimals)
{
	char buf[32];

	snprintf(buf, sizeof(buf), "%.*f", decimals, v);
	return json_object_new_double_s(strtod(buf, NULL), buf);
}

struct json_object *rsc_stream_summary(const struct rsc_stream_req *req,
				       const struct rsc_stream_result *res)
{
	json_object *o = json_object_new_object();
	double mib = (double)res->bytes / (1024.0 * 1024.0);
	char hex[16];

	snprintf(hex, sizeof(hex), "0x%04x", req->key.segment_type);
	json_object_object_add(o, "file", json_object_new_string(req->path));
	json_object_object_add(o, "segment", json_object_new_string(req->segment_name));
	json_object_object_add(o, "segment_type", json_object_new_int(req->key.segment_type));
	json_object_object_add(o, "segment_type_hex", json_object_new_string(hex));
	json_object_object_add(o, "bytes", json_object_new_int64((int64_t)res->bytes));
	json_object_object_add(o, "segments", json_object_new_int64((int64_t)res->segments));
	json_object_object_add(o, "rpcs", json_object_new_int64((int64_t)(res->rpcs +
									   req->menu_rpcs)));
	json_object_object_add(o, "data_rpcs", json_object_new_int64((int64_t)res->rpcs));
	json_object_object_add(o, "menu_rpcs", json_object_new_int64((int64_t)req->menu_rpcs));
	json_object_object_add(o, "seconds", rounded(res->seconds, 3));
	json_object_object_add(o, "mib_per_s",
			       rounded(res->seconds > 0 ? mib / res->seconds : 0, 2));
	json_object_object_add(o, "sha256_hex", json_object_new_string(res->sha256));
	return o;
}

int rsc_stream_emit_summary(struct fwctl_ctx *ctx, const struct rsc_stream_req *req,
			    const struct rsc_stream_result *res)
{
	json_object *o = rsc_stream_summary(req, res);

	if (!strcmp(req->path, "-") || ctx->format == OUT_BINARY) {
		/* stdout carries the dump itself: the summary is a diagnostic. */
		if (!ctx->quiet) {
			double mib = (double)res->bytes / (1024.0 * 1024.0);

			fwctl_info_msg(ctx, "%" PRIu64 " bytes, %" PRIu64 " RPCs, %.3f s, "
				       "%.2f MiB/s, sha256 %s", res->bytes,
				       res->rpcs + req->menu_rpcs, res->seconds,
				       res->seconds > 0 ? mib / res->seconds : 0.0, res->sha256);
		}
		json_object_put(o);
		return 0;
	}
	/* -o named the dump's file: the summary itself goes to stdout. */
	ctx->output = NULL;
	return fwctl_emit(ctx, o, NULL, 0);
}
