// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * fwctl bnxt hwrm (NAME | --req-type N) [--in-hex HEX | --in FILE] [--resp-len N]
 * Raw HWRM for any command on the kernel's allow-list.  The tool fills the
 * header; the user gives the body.  Anything the kernel would refuse is
 * refused here first, so nothing is sent.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <json-c/json.h>

#include "bnxt_cmds.h"

#define BODY_MAX (HWRM_REQ_MAX_LEN - HWRM_REQ_MIN_LEN)

static int find_cmd(struct fwctl_ctx *ctx, struct bnxt_hwrm_opts *o, int argc, char **argv,
		    const struct bnxt_hwrm_cmd **out)
{
	const struct bnxt_hwrm_cmd *c = NULL;

	if (argc > 1 || (argc == 1 && o->req_type_seen) || (argc == 0 && !o->req_type_seen))
		return fwctl_err_set(&ctx->err, FWCTL_ERR_USAGE, 0,
				     "give either a command NAME or --req-type N");
	if (o->req_type_seen) {
		if (o->req_type > 0xffff)
			return fwctl_err_set(&ctx->err, FWCTL_ERR_USAGE, 0,
					     "--req-type %u: HWRM command codes are 16-bit", o->req_type);
		c = bnxt_cmd_by_type((uint16_t)o->req_type);
		if (!c)
			return fwctl_err_set(&ctx->err, FWCTL_ERR_UNSUPPORTED, 0,
					     "req_type 0x%04x is not on the bnxt fwctl driver's list: the "
					     "kernel refuses it with EPERM at every scope; nothing was sent "
					     "(see 'fwctl bnxt commands')", o->req_type);
	} else {
		c = bnxt_cmd_by_name(argv[0]);
		if (!c)
			return fwctl_err_set(&ctx->err, FWCTL_ERR_UNSUPPORTED, 0,
					     "'%s' is not an HWRM command the bnxt fwctl driver accepts: the "
					     "kernel refuses anything off its list with EPERM; nothing was "
					     "sent (see 'fwctl bnxt commands')", argv[0]);
	}
	*out = c;
	return 0;
}

static int read_body(struct fwctl_ctx *ctx, struct bnxt_hwrm_opts *o, uint8_t **body, size_t *len)
{
	*body = NULL;
	*len = 0;
	if (o->in_hex && o->in_file)
		return fwctl_err_set(&ctx->err, FWCTL_ERR_USAGE, 0, "--in-hex and --in exclude each other");
	if (o->in_hex) {
		if (fwctl_parse_hex(o->in_hex, body, len) < 0)
			return fwctl_err_set(&ctx->err, FWCTL_ERR_USAGE, 0, "--in-hex: not a hex string");
	} else if (o->in_file) {
		if (fwctl_read_file(o->in_file, BODY_MAX + 1, body, len, &ctx->err) < 0)
			return -1;
	}
	if (*len > BODY_MAX) {
		free(*body);
		*body = NULL;
		return fwctl_err_set(&ctx->err, FWCTL_ERR_USAGE, 0,
				     "request body of %zu bytes: the kernel accepts at most %d (128-byte "
				     "request minus the 16-byte header, which the tool fills)",
				     *len, BODY_MAX);
	}
	return 0;
}

/* Refuse what the kernel would refuse, and gate what changes the device. */
static int check_scope(struct fwctl_ctx *ctx, const struct bnxt_hwrm_cmd *c, uint32_t *scope)
{
	char what[256];

	if (ctx->scope >= 0 && (uint32_t)ctx->scope < c->min_scope)
		return fwctl_err_set(&ctx->err, FWCTL_ERR_PERMISSION, EPERM,
				     "HWRM_%s needs scope %s or higher; the kernel refuses it with EPERM "
				     "at %s; nothing was sent", c->name, fwctl_scope_name(c->min_scope),
				     fwctl_scope_name((uint32_t)ctx->scope));
	if (fwctl_pick_scope(ctx, c->min_scope, scope) < 0)
		return -1;
	if (c->group == BNXT_GROUP_A || c->group == BNXT_GROUP_C || *scope >= FWCTL_RPC_DEBUG_WRITE) {
		snprintf(what, sizeof(what), "send HWRM_%s, which %s", c->name,
			 c->effect ? c->effect : "uses a debug-write scope");
		if (fwctl_require_force(ctx, what, *scope >= FWCTL_RPC_DEBUG_WRITE) < 0)
			return -1;
		if (*scope >= FWCTL_RPC_DEBUG_WRITE && ctx->h)
			ctx->h->allow_write = true;
	}
	return 0;
}

int bnxt_cmd_hwrm(struct fwctl_ctx *ctx, void *opts, int argc, char **argv)
{
	struct bnxt_hwrm_opts *o = opts;
	const struct bnxt_hwrm_cmd *c = NULL;
	const struct bnxt_query *q;
	uint8_t req[HWRM_REQ_MAX_LEN] = { 0 };
	uint8_t *body = NULL, *out = NULL;
	size_t body_len, req_len, out_cap = BNXT_DEFAULT_RESP_CAP;
	struct bnxt_resp st;
	struct json_object *root;
	uint32_t scope;
	char what[64], *hex;
	int rc = -1;

	if (find_cmd(ctx, o, argc, argv, &c) < 0)
		return -1;
	if (o->resp_len_seen) {
		if (o->resp_len < HWRM_RESP_MIN_LEN || o->resp_len > FWCTL_MAX_RPC_LEN)
			return fwctl_err_set(&ctx->err, FWCTL_ERR_USAGE, 0,
					     "--resp-len %llu: the kernel accepts %d..%u",
					     (unsigned long long)o->resp_len, HWRM_RESP_MIN_LEN,
					     FWCTL_MAX_RPC_LEN);
		out_cap = o->resp_len;
	}
	if (read_body(ctx, o, &body, &body_len) < 0)
		return -1;
	if (check_scope(ctx, c, &scope) < 0)
		goto out;

	q = bnxt_query_by_type(c->req_type);
	if (!body && q) {
		/* No body given: the documented defaults (fid 0xFFFF = this function...). */
		bnxt_query_build(q, req);
		req_len = q->req_len;
	} else {
		req_len = HWRM_REQ_MIN_LEN + body_len;
		if (body && body_len)
			memcpy(req + HWRM_REQ_MIN_LEN, body, body_len);
		if (q && req_len < q->req_len)
			req_len = q->req_len;
		/* Every HWRM request struct is a multiple of 8 bytes; the kernel drops
		 * a tail that is not a multiple of 4. */
		req_len = (req_len + 7) & ~(size_t)7;
		prm_put_le16(req, c->req_type);
	}
	out = calloc(1, out_cap);
	if (!out) {
		fwctl_err_set(&ctx->err, FWCTL_ERR_FAILED, ENOMEM, "out of memory");
		goto out;
	}
	snprintf(what, sizeof(what), "HWRM_%s", c->name);
	if (bnxt_hwrm_send(ctx->h, scope, req, req_len, out, out_cap, true, what, &st, &ctx->err) < 0)
		goto out;
	if (st.truncated)
		fwctl_warn(ctx, "%s: response truncated: firmware wrote %u bytes, the buffer held %zu "
			   "(use --resp-len)", what, st.resp_len, out_cap);

	root = json_object_new_object();
	json_object_object_add(root, "device", json_object_new_string(ctx->h->dev->name));
	json_object_object_add(root, "hwrm_command", json_object_new_string(what));
	json_object_object_add(root, "req_type", json_object_new_int(c->req_type));
	json_object_object_add(root, "scope", json_object_new_string(fwctl_scope_name(scope)));
	json_object_object_add(root, "in_len", json_object_new_int64((int64_t)req_len));
	json_object_object_add(root, "out_len", json_object_new_int64((int64_t)out_cap));
	json_object_object_add(root, "error_code", json_object_new_int(st.error_code));
	json_object_object_add(root, "resp_len", json_object_new_int(st.resp_len));
	json_object_object_add(root, "truncated", json_object_new_boolean(st.truncated));
	hex = out_hex_string(out, st.data_len);
	json_object_object_add(root, "response_hex", json_object_new_string(hex ? hex : ""));
	free(hex);
	if (q) {
		struct json_object *dec = json_object_new_object();

		prm_decode(q->resp, out, st.data_len, dec, 0);
		json_object_object_add(root, "decoded", dec);
	}
	rc = fwctl_emit(ctx, root, out, st.data_len);
out:
	free(body);
	free(out);
	return rc;
}

int bnxt_cmd_commands(struct fwctl_ctx *ctx, void *opts, int argc, char **argv)
{
	struct json_object *root = json_object_new_object();
	struct json_object *arr = json_object_new_array();

	(void)opts;
	(void)argc;
	(void)argv;
	for (size_t i = 0; i < bnxt_n_hwrm_cmds; i++) {
		const struct bnxt_hwrm_cmd *c = &bnxt_hwrm_cmds[i];
		struct json_object *e = json_object_new_object();
		char buf[64];

		snprintf(buf, sizeof(buf), "HWRM_%s", c->name);
		json_object_object_add(e, "name", json_object_new_string(buf));
		json_object_object_add(e, "req_type", json_object_new_int(c->req_type));
		snprintf(buf, sizeof(buf), "0x%04x", c->req_type);
		json_object_object_add(e, "req_type_hex", json_object_new_string(buf));
		json_object_object_add(e, "min_scope", json_object_new_string(fwctl_scope_name(c->min_scope)));
		/* Group A: the kernel accepts any scope, the tool asks for --force. */
		json_object_object_add(e, "tool_treats_as_write",
				       json_object_new_boolean(c->group != BNXT_GROUP_B));
		json_object_object_add(e, "timeout_ms", json_object_new_int64(c->timeout_ms));
		json_object_object_add(e, "timeout_class", json_object_new_string(bnxt_timeout_class(c->timeout_ms)));
		json_object_array_add(arr, e);
	}
	json_object_object_add(root, "commands", arr);
	return fwctl_emit(ctx, root, NULL, 0);
}
