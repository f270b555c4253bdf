// SPDX-License-Identifier: GPL-2.0-or-later
/* fwctl rpc: a raw RPC for any vendor; the bytes are the user's business. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <json-c/json.h>

#include "core.h"

#define RPC_DEFAULT_OUT_LEN 4096

static int load_input(struct fwctl_ctx *ctx, const struct rpc_opts *o, uint8_t **in, size_t *len)
{
	if (!!o->in_file == !!o->in_hex)
		return fwctl_err_set(&ctx->err, FWCTL_ERR_USAGE, EINVAL,
				     "give the request with exactly one of --in FILE or --in-hex HEX");
	if (o->in_hex) {
		if (fwctl_parse_hex(o->in_hex, in, len))
			return fwctl_err_set(&ctx->err, FWCTL_ERR_USAGE, EINVAL,
					     "--in-hex: not a hex string: '%s'", o->in_hex);
		return 0;
	}
	return fwctl_read_file(o->in_file, FWCTL_MAX_RPC_LEN, in, len, &ctx->err);
}

/* The reply as it came: a hex dump on a terminal, else the document
 * (or the raw bytes with --format=binary). */
static int show_reply(struct fwctl_ctx *ctx, const struct fwctl_rpc_args *a)
{
	size_t shown = a->out_len < a->out_cap ? a->out_len : a->out_cap;
	struct json_object *root;
	char *hex;

	if (ctx->format == OUT_TEXT && !ctx->output) {
		printf("device %s, scope %s, in %zu bytes, out %zu bytes%s\n", ctx->dev->name,
		       fwctl_scope_name(a->scope), a->in_len, a->out_len,
		       a->out_len > a->out_cap ? " (truncated)" : "");
		out_hexdump(stdout, a->out, shown);
		ctx->emitted = true;
		return 0;
	}
	root = json_object_new_object();
	json_object_object_add(root, "device", json_object_new_string(ctx->dev->name));
	json_object_object_add(root, "scope", json_object_new_string(fwctl_scope_name(a->scope)));
	json_object_object_add(root, "in_len", json_object_new_int64((int64_t)a->in_len));
	json_object_object_add(root, "out_len", json_object_new_int64((int64_t)a->out_len));
	json_object_object_add(root, "out_buffer_len", json_object_new_int64((int64_t)a->out_cap));
	json_object_object_add(root, "truncated", json_object_new_boolean(a->out_len > a->out_cap));
	hex = out_hex_string(a->out, shown);
	json_object_object_add(root, "out_hex", json_object_new_string(hex ? hex : ""));
	free(hex);
	return fwctl_emit(ctx, root, a->out, shown);
}

int cmd_rpc(struct fwctl_ctx *ctx, void *vopts, int argc, char **argv)
{
	struct rpc_opts *o = vopts;
	/* The raw reply is shown as it came, a failed firmware status included. */
	struct fwctl_rpc_args a = { .flags = FWCTL_RPC_ALLOW_TRUNCATED | FWCTL_RPC_OWN_STATUS,
				    .what = "raw RPC" };
	size_t out_cap = o->out_len_seen ? o->out_len : RPC_DEFAULT_OUT_LEN;
	uint8_t *in = NULL, *out = NULL;
	size_t in_len = 0;
	char *hex, what[96];
	struct fwctl_rpc_class cls;
	int ret, status;

	(void)argc; (void)argv;
	if (ctx->scope < 0)
		return fwctl_err_set(&ctx->err, FWCTL_ERR_USAGE, EINVAL,
				     "a raw RPC needs an explicit --scope (config, debug-ro, debug-write, debug-write-full)");
	if (load_input(ctx, o, &in, &in_len))
		return -1;
	/* The kernel checks sizes too; here the user learns it without an RPC. */
	if (out_cap > FWCTL_MAX_RPC_LEN) {
		free(in);
		return fwctl_err_set(&ctx->err, FWCTL_ERR_USAGE, EMSGSIZE,
				     "--out-len %zu is over the kernel's 2 MiB limit", out_cap);
	}
	out = calloc(1, out_cap ? out_cap : 1);
	if (!out) {
		free(in);
		return fwctl_err_set(&ctx->err, FWCTL_ERR_FAILED, ENOMEM, "out of memory");
	}
	/* Trace, dry run and the audit record name the request by its head
	 * (the opcode lives there for every vendor). */
	hex = out_hex_string(in, in_len < 16 ? in_len : 16);
	snprintf(what, sizeof(what), "raw RPC in_len=%zu head=%s", in_len, hex ? hex : "");
	free(hex);
	a.what = what;
	a.scope = (uint32_t)ctx->scope;
	a.in = in;
	a.in_len = in_len;
	a.out = out;
	a.out_cap = out_cap;
	/* Classified once, for the call and for the status check after it. */
	fwctl_rpc_classify(ctx->h, &a, &cls);
	a.cls = &cls;
	ret = fwctl_rpc_call(ctx->h, &a, &ctx->err);
	/* A firmware error status decides the exit (5); the reply is still
	 * shown on stdout as it came, but never committed to -o FILE.  The
	 * plugin's check may read the request: a.in must still be there. */
	status = ret ? 0 : fwctl_rpc_reply_status(ctx->h, &a, &ctx->err);
	a.in = NULL;
	free(in);
	if (ret) {
		free(out);
		return -1;
	}
	if (status && ctx->output && strcmp(ctx->output, "-")) {
		free(out);
		return -1;
	}
	ret = show_reply(ctx, &a);
	if (!ret && !status && a.out_len > out_cap)
		ret = fwctl_err_set(&ctx->err, FWCTL_ERR_TRUNCATED, EMSGSIZE,
				    "reply truncated: the driver produced %zu bytes, --out-len is %zu",
				    a.out_len, out_cap);
	free(out);
	return ret || status ? -1 : 0;
}
