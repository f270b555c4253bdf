// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * Resource dump to a file, streamed.  Per RPC: one ioctl, a header check,
 * a copy into the 64 KiB output buffer, a SHA-256 update and a
 * segment-header walk over the 208 bytes.  No allocation, no stdio call
 * and no JSON per RPC.
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

/*
 * Replies are appended here and written 64 KiB at a time: fwrite per
 * 208-byte reply cost more instructions than the rest of the tool's loop.
 */
struct outbuf {
	uint8_t data[64 * 1024];
	size_t used;
};

static int outbuf_flush(struct outbuf *o, FILE *fp)
{
	size_t n = o->used;

	o->used = 0;
	return n && fwrite(o->data, 1, n, fp) != n ? -1 : 0;
}

static int outbuf_put(struct outbuf *o, FILE *fp, const uint8_t *p, size_t n)
{
	if (n > sizeof(o->data) - o->used && outbuf_flush(o, fp))
		return -1;
	memcpy(o->data + o->used, p, n);   /* n <= RSC_INLINE_MAX: always fits now */
	o->used += n;
	return 0;
}

/* One dump in flight: the session, the walker that checks the stream,
 * the digest and the output buffer. */
struct stream_run {
	struct rsc_dump d;
	struct rsc_walker walk;
	struct sha256_ctx sha;
	struct outbuf ob;
};

/* One RPC: its data to the file, the digest and the walker.  1 if more
 * follows, 0 at the end, -1 with ctx->err. */
static int stream_step(struct fwctl_ctx *ctx, const struct rsc_stream_req *req,
		       struct atomic_file *af, struct stream_run *s)
{
	const uint8_t *p;
	size_t n;
	int more;

	/* A stop signal ends the dump at the next RPC: fwctl_rpc_call()
	 * checks it before sending. */
	more = rsc_dump_next(&s->d, &p, &n, &ctx->err);
	if (more < 0)
		return -1;
	if (outbuf_put(&s->ob, af->fp, p, n))
		return fwctl_err_set(&ctx->err, FWCTL_ERR_IO, errno, "writing %s: %m", req->path);
	sha256_update(&s->sha, n, p);
	if (rsc_walker_feed(&s->walk, p, n, &ctx->err) < 0)
		return -1;
	return more;
}

int rsc_stream_to_file(struct fwctl_ctx *ctx, const struct rsc_stream_req *req,
		       struct atomic_file *af, struct rsc_stream_result *res)
{
	bool show = !ctx->quiet && isatty(STDERR_FILENO);
	struct stream_run s;
	uint8_t digest[SHA256_DIGEST_SIZE];
	double t0, next_progress;
	int more;

	memset(res, 0, sizeof(*res));
	rsc_dump_init(&s.d, ctx->h, req->scope, &req->key, "RESOURCE_DUMP");
	s.d.max_bytes = req->max_bytes;
	if (ctx->verbose > 0) {
		s.d.trace = rsc_stream_trace;
		s.d.trace_ctx = ctx;
	}
	rsc_walker_init(&s.walk);
	sha256_init(&s.sha);
	s.ob.used = 0;
	t0 = now_s();
	next_progress = t0 + 0.25;
	do {
		more = stream_step(ctx, req, af, &s);
		if (more < 0)
			goto fail;
		/* Reading the clock every 64 RPCs keeps progress off the hot path. */
		if (show && (s.d.rpcs & 63) == 0 && now_s() >= next_progress) {
			progress(req, s.d.bytes, t0, false);
			next_progress = now_s() + 0.25;
		}
	} while (more);
	if (outbuf_flush(&s.ob, af->fp)) {
		fwctl_err_set(&ctx->err, FWCTL_ERR_IO, errno, "writing %s: %m", req->path);
		goto fail;
	}
	if (rsc_walker_finish(&s.walk, &ctx->err) < 0)
		goto fail;
	if (atomic_file_commit(af, &ctx->err) < 0) {
		fwctl_err_prefix(&ctx->err, "%s", req->path);
		goto fail_nofile;
	}
	res->seconds = now_s() - t0;
	if (show)
		progress(req, s.d.bytes, t0, true);
	res->bytes = s.d.bytes;
	res->rpcs = s.d.rpcs;
	res->segments = s.walk.n_segments;
	sha256_digest(&s.sha, SHA256_DIGEST_SIZE, digest);
	rsc_sha256_hex(digest, res->sha256);
	return 0;
fail:
	/* On stdout what was dumped is delivered, as unbuffered writes would
	 * have; a temporary file is discarded by the abort either way. */
	if (ctx->err.kind != FWCTL_ERR_IO)
		(void)outbuf_flush(&s.ob, af->fp);
	atomic_file_abort(af);
fail_nofile:
	if (show)
		fputc('\n', stderr);
	res->bytes = s.d.bytes;
	res->rpcs = s.d.rpcs;
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
