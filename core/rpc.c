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

int cmd_rpc(struct fwctl_ctx *ctx, void *vopts, int argc, char **argv)
{
	struct rpc_opts *o = vopts;
	struct fwctl_rpc_args a = { .flags = FWCTL_RPC_ALLOW_TRUNCATED, .what = "raw RPC" };
	size_t out_cap = o->out_len_seen ? o->out_len : RPC_DEFAULT_OUT_LEN;
	struct json_object *root;
	uint8_t *in = NULL, *out = NULL;
	size_t in_len = 0, shown;
	char *hex, what[96];
	int ret;

	(void)argc; (void)argv;
	if (ctx->scope < 0)
		return fwctl_err_set(&ctx->err, FWCTL_ERR_USAGE, EINVAL,
				     "a raw RPC needs an explicit --scope (config, debug-ro, debug-write, debug-write-full)");
	if (ctx->scope >= FWCTL_RPC_DEBUG_WRITE &&
	    fwctl_require_force(ctx, "send a raw RPC at a write scope", true))
		return -1;
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
	ret = fwctl_rpc_call(ctx->h, &a, &ctx->err);
	free(in);
	if (ret) {
		free(out);
		return -1;
	}
	shown = a.out_len < out_cap ? a.out_len : out_cap;
	root = json_object_new_object();
	json_object_object_add(root, "device", json_object_new_string(ctx->dev->name));
	json_object_object_add(root, "scope", json_object_new_string(fwctl_scope_name(a.scope)));
	json_object_object_add(root, "in_len", json_object_new_int64((int64_t)in_len));
	json_object_object_add(root, "out_len", json_object_new_int64((int64_t)a.out_len));
	json_object_object_add(root, "out_buffer_len", json_object_new_int64((int64_t)out_cap));
	json_object_object_add(root, "truncated", json_object_new_boolean(a.out_len > out_cap));
	hex = out_hex_string(out, shown);
	json_object_object_add(root, "out_hex", json_object_new_string(hex ? hex : ""));
	free(hex);
	if (ctx->format == OUT_TEXT && !ctx->output) {
		/* On a terminal a hex dump reads better than one long hex string. */
		json_object_put(root);
		printf("device %s, scope %s, in %zu bytes, out %zu bytes%s\n", ctx->dev->name,
		       fwctl_scope_name(a.scope), in_len, a.out_len,
		       a.out_len > out_cap ? " (truncated)" : "");
		out_hexdump(stdout, out, shown);
		ctx->emitted = true;
		ret = 0;
	} else {
		ret = fwctl_emit(ctx, root, out, shown);
	}
	free(out);
	if (ret)
		return -1;
	if (a.out_len > out_cap)
		return fwctl_err_set(&ctx->err, FWCTL_ERR_TRUNCATED, EMSGSIZE,
				     "reply truncated: the driver produced %zu bytes, --out-len is %zu",
				     a.out_len, out_cap);
	return 0;
}
