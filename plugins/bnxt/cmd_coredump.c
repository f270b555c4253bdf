// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * fwctl bnxt coredump -o FILE [--live | --live-l1] [--retrieve-len N]
 * fwctl bnxt coredump --list
 *
 * The firmware's live coredump in the file format of `ethtool -w DEV data
 * FILE` (dump types 0 and 3), written atomically; the summary (bytes,
 * segments, RPCs, seconds, sha256 of the file and of each segment) goes
 * to stdout.  A segment the firmware refused is recorded in its header,
 * as the kernel does, and makes the exit status 1 with the file and the
 * summary complete.
 */
#include <errno.h>
#include <fcntl.h>
#include <inttypes.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <json-c/json.h>

#include "bnxt_cmds.h"
#include "coredump.h"
#include "dma.h"

const struct fwctl_opt bnxt_coredump_opts[] = {
	{ "list", 0, OPT_BOOL, OPT_OFF(struct bnxt_coredump_opts, list), NULL,
	  "show the firmware's segment table instead of dumping" },
	{ "live", 0, OPT_BOOL, OPT_OFF(struct bnxt_coredump_opts, live), NULL,
	  "a live dump (the default; ethtool dump type 0)" },
	{ "live-l1", 0, OPT_BOOL, OPT_OFF(struct bnxt_coredump_opts, live_l1), NULL,
	  "a live dump with the L1 cache context collected (ethtool dump type 3)" },
	{ "retrieve-len", 0, OPT_SIZE, OPT_OFF(struct bnxt_coredump_opts, retrieve_len), "N",
	  "RETRIEVE buffer per RPC, 16..64K (default 4096, as bnxt_en)", .has_seen = true,
	  .seen_offset = OPT_OFF(struct bnxt_coredump_opts, retrieve_len_seen) },
	FWCTL_OPT_END
};

static int run_init(struct fwctl_ctx *ctx, struct bnxt_coredump_opts *o, struct bnxt_cd_run *r)
{
	memset(r, 0, sizeof(*r));
	r->ctx = ctx;
	r->h = ctx->h;
	r->retrieve_len = BNXT_CD_RETRIEVE_BUF;
	if (o->live && o->live_l1)
		return fwctl_err_set(&ctx->err, FWCTL_ERR_USAGE, 0, "--live and --live-l1 exclude each other");
	r->init_flags = o->live_l1 ? BNXT_CD_INIT_COLLECT_L1 : 0;
	if (o->retrieve_len_seen) {
		if (o->retrieve_len < 16 || o->retrieve_len > BNXT_MAX_DMABUF)
			return fwctl_err_set(&ctx->err, FWCTL_ERR_USAGE, 0,
					     "--retrieve-len %" PRIu64 ": the kernel accepts 16..%u bytes",
					     o->retrieve_len, BNXT_MAX_DMABUF);
		r->retrieve_len = (uint32_t)o->retrieve_len;
	}
	if (fwctl_pick_scope(ctx, FWCTL_RPC_DEBUG_READ_ONLY, &r->scope) < 0)
		return -1;
	if (ctx->timeout > 0)
		fwctl_set_timeout(ctx->h, ctx->timeout);
	return bnxt_dma_require(ctx->h, "fwctl bnxt coredump", &ctx->err);
}

static int list_segments(struct fwctl_ctx *ctx, struct bnxt_cd_run *r)
{
	struct json_object *root, *arr;
	uint64_t data = 0;

	if (bnxt_cd_query(r) < 0 || bnxt_cd_list(r) < 0)
		return -1;
	root = json_object_new_object();
	arr = json_object_new_array();
	for (size_t i = 0; i < r->n_segs; i++) {
		json_object_array_add(arr, bnxt_cd_seg_json(&r->segs[i]));
		data += r->segs[i].length;
	}
	json_object_object_add(root, "device", json_object_new_string(ctx->h->dev->name));
	json_object_object_add(root, "coredump_size", json_object_new_int64(r->coredump_size));
	json_object_object_add(root, "file_bytes", json_object_new_int64((int64_t)r->total));
	json_object_object_add(root, "segment_bytes", json_object_new_int64((int64_t)data));
	json_object_object_add(root, "total_segments", json_object_new_int64((int64_t)r->n_segs));
	json_object_object_add(root, "rpcs", json_object_new_int64((int64_t)(r->rpcs_info + r->rpcs_list)));
	json_object_object_add(root, "segments", arr);
	return fwctl_emit(ctx, root, NULL, 0);
}

/* Headers are written after their data: the output must be a regular file we can seek in. */
static int check_seekable(struct fwctl_ctx *ctx, FILE *fp)
{
	struct stat st;
	int fl = fcntl(fileno(fp), F_GETFL);

	if (fstat(fileno(fp), &st) || !S_ISREG(st.st_mode) || ftello(fp) < 0 || (fl >= 0 && (fl & O_APPEND)))
		return fwctl_err_set(&ctx->err, FWCTL_ERR_USAGE, ESPIPE,
				     "the coredump needs a regular file it can seek in (each segment's "
				     "header is written after its data); '%s' is not one, or is opened "
				     "for appending", ctx->output);
	return 0;
}

static int emit_summary(struct fwctl_ctx *ctx, struct bnxt_cd_run *r)
{
	struct json_object *o = bnxt_cd_summary(r);
	int rc = 0;

	if (!strcmp(ctx->output, "-")) {
		/* stdout carries the dump itself: the summary is a diagnostic. */
		if (!ctx->quiet)
			fwctl_info_msg(ctx, "%" PRIu64 " bytes, %zu segments, %" PRIu64 " RPCs, %.3f s, sha256 %s",
				       r->total, r->n_segs, r->rpcs_info + r->rpcs_list + r->rpcs_initiate +
				       r->rpcs_retrieve, r->seconds, r->sha256);
		json_object_put(o);
	} else {
		ctx->output = NULL;      /* -o named the dump: the summary goes to stdout */
		rc = fwctl_emit(ctx, o, NULL, 0);
	}
	if (rc == 0 && r->failed) {
		fwctl_err_reset(&ctx->err, FWCTL_ERR_FAILED, r->first_failure.errnum,
				"%u of %zu coredump segments failed (their headers record the status; "
				"the file is complete otherwise); first: %s", r->failed, r->n_segs,
				r->first_failure.message);
		return -1;
	}
	return rc;
}

int bnxt_cmd_coredump(struct fwctl_ctx *ctx, void *opts, int argc, char **argv)
{
	struct bnxt_coredump_opts *o = opts;
	struct bnxt_cd_run r;
	struct atomic_file af;
	int rc = -1;

	(void)argv;
	if (argc > 0)
		return fwctl_err_set(&ctx->err, FWCTL_ERR_USAGE, 0,
				     "coredump takes no arguments; the file is -o FILE");
	if (o->list && (o->live || o->live_l1 || o->retrieve_len_seen))
		return fwctl_err_set(&ctx->err, FWCTL_ERR_USAGE, 0,
				     "--list shows the segment table; it dumps nothing");
	if (!o->list && !ctx->output)
		return fwctl_err_set(&ctx->err, FWCTL_ERR_USAGE, 0,
				     "coredump needs -o FILE (or --list for the segment table)");
	if (run_init(ctx, o, &r) < 0)
		return -1;
	if (o->list) {
		rc = list_segments(ctx, &r);
		bnxt_cd_run_free(&r);
		return rc;
	}
	/* Refuse an existing FILE (without --force) and a pipe before the first RPC. */
	if (atomic_file_open(&af, ctx->output, ctx->force, &ctx->err) < 0)
		return -1;
	if (check_seekable(ctx, af.fp) < 0)
		goto fail;
	r.fp = af.fp;
	r.path = ctx->output;
	r.progress = !ctx->quiet && isatty(STDERR_FILENO);
	r.start = time(NULL);
	if (bnxt_cd_query(&r) < 0 || bnxt_cd_list(&r) < 0 || bnxt_cd_write(&r) < 0)
		goto fail;
	if (atomic_file_commit(&af, &ctx->err) < 0) {
		fwctl_err_prefix(&ctx->err, "%s", r.path);
		goto out;
	}
	rc = emit_summary(ctx, &r);
	goto out;
fail:
	if (af.fp != stdout)
		atomic_file_abort(&af);
out:
	bnxt_cd_run_free(&r);
	return rc;
}
