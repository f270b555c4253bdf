// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * --dry-run.  lib/rpc.c calls fwctl_dry_run_record() for every RPC a
 * command reaches: the reads a write needs are sent, the rest (the
 * writes among them) are only shown.  With -j they are collected into one
 * document; in text each is a "would send" line and a hex dump.  A
 * command may add what it can decode (register fields before and after)
 * with fwctl_dry_run_preview().
 */
#include <stdlib.h>

#include <json-c/json.h>

#include "../lib/rpc.h"
#include "dryrun.h"

static struct json_object *dry_run_log, *dry_run_preview;

static const char *effect_name(const struct fwctl_rpc_class *c, uint32_t scope)
{
	if (c->effect == FWCTL_RPC_WRITES_DEVICE)
		return "write";
	if (c->effect == FWCTL_RPC_UNKNOWN)
		return "unknown";
	return scope >= FWCTL_RPC_DEBUG_WRITE ? "read-at-write-scope" : "read";
}

static struct json_object *record_json(const struct fwctl_handle *h, const struct fwctl_rpc_args *a,
				       const struct fwctl_rpc_class *c, const char *what,
				       const char *hex, bool sent)
{
	struct json_object *r = json_object_new_object();

	json_object_object_add(r, "device", json_object_new_string(h->dev->name));
	json_object_object_add(r, "scope", json_object_new_string(fwctl_scope_name(a->scope)));
	json_object_object_add(r, "what", json_object_new_string(what));
	json_object_object_add(r, "effect", json_object_new_string(effect_name(c, a->scope)));
	json_object_object_add(r, "sent", json_object_new_boolean(sent));
	json_object_object_add(r, "in_len", json_object_new_int64((int64_t)a->in_len));
	json_object_object_add(r, "out_len", json_object_new_int64((int64_t)a->out_cap));
	json_object_object_add(r, "in_hex", json_object_new_string(hex ? hex : ""));
	return r;
}

void fwctl_dry_run_record(void *vctx, const struct fwctl_handle *h, const void *vargs,
			  const void *vcls, bool sent)
{
	const struct fwctl_rpc_args *a = vargs;
	const struct fwctl_rpc_class *c = vcls;
	struct fwctl_ctx *ctx = vctx;
	const char *what = a->what ? a->what : c->name[0] ? c->name : "RPC";
	char *hex = out_hex_string(a->in, a->in_len);

	if (ctx->format == OUT_JSON) {
		if (!dry_run_log)
			dry_run_log = json_object_new_array();
		json_object_array_add(dry_run_log, record_json(h, a, c, what, hex, sent));
	} else {
		/* Raw data on stdout: the dry run's lines are diagnostics. */
		FILE *f = ctx->stdout_raw ? stderr : stdout;

		fprintf(f, "%s to %s at scope %s: %s, %s (in %zu bytes, out %zu bytes)\n",
			sent ? "sending (a read the write needs)" : "would send", h->dev->name,
			fwctl_scope_name(a->scope), what, effect_name(c, a->scope), a->in_len, a->out_cap);
		out_hexdump(f, a->in, a->in_len);
	}
	free(hex);
}

void fwctl_dry_run_preview(struct fwctl_ctx *ctx, struct json_object *preview)
{
	if (!ctx->dry_run || !preview) {
		json_object_put(preview);
		return;
	}
	/* Kept until the report: after the RPC lines in text, "preview" in -j. */
	json_object_put(dry_run_preview);
	dry_run_preview = preview;
}

void fwctl_dry_run_report(struct fwctl_ctx *ctx, FILE *doc)
{
	if (ctx->format == OUT_JSON) {
		struct json_object *o = json_object_new_object();

		json_object_object_add(o, "dry_run", json_object_new_boolean(1));
		json_object_object_add(o, "rpcs", dry_run_log ? dry_run_log : json_object_new_array());
		if (dry_run_preview)
			json_object_object_add(o, "preview", dry_run_preview);
		dry_run_log = dry_run_preview = NULL;
		out_render_json(doc, o);
		json_object_put(o);
	} else if (dry_run_preview) {
		FILE *f = ctx->stdout_raw ? stderr : stdout;

		fprintf(f, "preview of the write not sent:\n");
		out_render_text(f, dry_run_preview);
		json_object_put(dry_run_preview);
		dry_run_preview = NULL;
	}
	if (!ctx->quiet)
		fprintf(stderr, "fwctl: %s\n", ctx->err.message);
}

void fwctl_dry_run_free(void)
{
	json_object_put(dry_run_log);
	json_object_put(dry_run_preview);
	dry_run_log = dry_run_preview = NULL;
}
