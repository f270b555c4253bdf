/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * Streaming a resource dump into a file: each RPC's inline data is written
 * as it arrives (memory does not depend on the dump size), hashed, and
 * walked for segment structure; the file appears under its name only
 * after the whole dump arrived and was synced (output/out.h atomic_file).
 */
#ifndef FWCTL_MLX5_RSC_DUMP_STREAM_H
#define FWCTL_MLX5_RSC_DUMP_STREAM_H

#include "../plugin.h"
#include "rsc_dump.h"

struct rsc_stream_req {
	const char *path;          /* FILE or "-" */
	const char *segment_name;  /* for messages and the summary */
	struct rsc_key key;
	uint32_t scope;
	uint64_t max_bytes;        /* 0 = unlimited (bounded by --timeout) */
	uint64_t menu_rpcs;        /* RPCs already spent on the menu (summary) */
	uint64_t expected_bytes;   /* 0 = unknown (no percentage) */
};

struct rsc_stream_result {
	uint64_t bytes, rpcs, segments;
	double seconds;
	char sha256[65];
};

/*
 * Dump into af (opened by the caller with atomic_file_open(req->path) before
 * any RPC, so an existing FILE is refused first).  Commits af on success;
 * aborts it on failure (no file, no temp file left).  0 or -1 with ctx->err.
 */
int rsc_stream_to_file(struct fwctl_ctx *ctx, const struct rsc_stream_req *req,
		       struct atomic_file *af, struct rsc_stream_result *res);

/* The summary object (bytes, rpcs, seconds, mib_per_s, sha256_hex...). */
struct json_object *rsc_stream_summary(const struct rsc_stream_req *req,
				       const struct rsc_stream_result *res);

/* Emit the summary: on stdout (text/JSON) unless the data itself went to
 * stdout, in which case it goes to stderr as text. */
int rsc_stream_emit_summary(struct fwctl_ctx *ctx, const struct rsc_stream_req *req,
			    const struct rsc_stream_result *res);

/* -v trace line per RPC (seq, bytes, microseconds) on stderr. */
void rsc_stream_trace(void *ctx, uint64_t rpc, unsigned int seq, size_t bytes, bool more,
		      uint64_t usec);

#endif
