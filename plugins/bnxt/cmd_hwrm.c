// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * fwctl bnxt hwrm (NAME | --req-type N) [--in-hex HEX | --in FILE] [--resp-len N]
 * Raw HWRM for any command on the kernel's allow-list.  The tool fills the
 * header; the user gives the body.  Anything the kernel would refuse is
 * refused here first, so nothing is sent.
 */
#include <assert.h>
#include <ctype.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <json-c/json.h>

#include "../../lib/suggest.h"
#include "bnxt_cmds.h"
#include "dma.h"

#define BODY_MAX (HWRM_REQ_MAX_LEN - HWRM_REQ_MIN_LEN)

/*
 * A name on neither table: the tool cannot tell a typo from a real HWRM
 * command the driver does not take, so it is a usage error naming the
 * closest listed commands.
 */
static int unknown_name(struct fwctl_ctx *ctx, const char *name)
{
	struct fwctl_suggest s;
	char word[64], hint[160];
	size_t n = 0;

	/* Compared as the tables spell names: no prefix, upper case, '_'. */
	if (!strncasecmp(name, "HWRM_", 5) || !strncasecmp(name, "hwrm-", 5))
		name += 5;
	for (; name[n] && n + 1 < sizeof(word); n++)
		word[n] = name[n] == '-' ? '_' : (char)toupper((unsigned char)name[n]);
	word[n] = '\0';
	fwctl_suggest_init(&s, word);
	for (size_t i = 0; i < bnxt_n_hwrm_cmds; i++)
		fwctl_suggest_add(&s, bnxt_hwrm_cmds[i].name);
	for (size_t i = 0; i < bnxt_n_dma_cmds; i++)
		fwctl_suggest_add(&s, bnxt_dma_cmds[i].name);
	return fwctl_err_set(&ctx->err, FWCTL_ERR_USAGE, EINVAL,
			     "'%s' is not an HWRM command the bnxt fwctl driver accepts; nothing was "
			     "sent (see 'fwctl bnxt commands')%s", word,
			     fwctl_suggest_text(&s, hint, sizeof(hint)));
}

static int find_cmd(struct fwctl_ctx *ctx, struct bnxt_hwrm_opts *o, int argc, char **argv,
		    const struct bnxt_hwrm_cmd **out, const struct bnxt_dma_cmd **dma)
{
	const struct bnxt_hwrm_cmd *c = NULL;

	*dma = NULL;
	if (argc > 1 || (argc == 1 && o->req_type_seen) || (argc == 0 && !o->req_type_seen))
		return fwctl_err_set(&ctx->err, FWCTL_ERR_USAGE, 0,
				     "give either a command NAME or --req-type N");
	if (o->req_type_seen) {
		if (o->req_type > 0xffff)
			return fwctl_err_set(&ctx->err, FWCTL_ERR_USAGE, 0,
					     "--req-type %u: HWRM command codes are 16-bit", o->req_type);
		c = bnxt_cmd_by_type((uint16_t)o->req_type);
		*dma = c ? NULL : bnxt_dma_by_type((uint16_t)o->req_type);
		if (!c && !*dma)
			return fwctl_err_set(&ctx->err, FWCTL_ERR_UNSUPPORTED, 0,
					     "req_type 0x%04x is not on the bnxt fwctl driver's list: the "
					     "kernel refuses it with EPERM at every scope; nothing was sent "
					     "(see 'fwctl bnxt commands')", o->req_type);
	} else {
		c = bnxt_cmd_by_name(argv[0]);
		*dma = c ? NULL : bnxt_dma_by_name(argv[0]);
		if (!c && !*dma)
			return unknown_name(ctx, argv[0]);
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

/*
 * Refuse what the kernel would refuse (a scope below the command's
 * minimum) and pick the scope.  Shared by plain and DMA hwrm.
 */
int bnxt_hwrm_pick_scope(struct fwctl_ctx *ctx, const char *name, uint32_t min_scope,
			 uint32_t *scope)
{
	if (ctx->scope >= 0 && (uint32_t)ctx->scope < min_scope)
		return fwctl_err_set(&ctx->err, FWCTL_ERR_PERMISSION, EPERM,
				     "HWRM_%s needs scope %s or higher; the kernel refuses it with EPERM "
				     "at %s; nothing was sent", name, fwctl_scope_name(min_scope),
				     fwctl_scope_name((uint32_t)ctx->scope));
	if (fwctl_pick_scope(ctx, min_scope, scope) < 0)
		return -1;
	/* --force, the audit and --dry-run: the RPC layer (policy.c). */
	return 0;
}

/* A reply longer than --resp-len: say which --resp-len holds it. */
static void truncated_hint(struct fwctl_ctx *ctx, const uint8_t *out, size_t out_cap)
{
	char msg[sizeof(ctx->err.message)];
	struct bnxt_resp st;

	if (ctx->err.kind != FWCTL_ERR_TRUNCATED)
		return;
	bnxt_resp_parse(out, out_cap, &st);
	if (!st.truncated)
		return;   /* the kernel's reply was cut, not the response in it */
	snprintf(msg, sizeof(msg), "%s", ctx->err.message);
	fwctl_err_reset(&ctx->err, FWCTL_ERR_TRUNCATED, ctx->err.errnum,
			"%s; --resp-len %u shows it whole", msg, st.resp_len);
}

struct json_object *bnxt_hwrm_result_json(struct fwctl_ctx *ctx, const char *what, uint16_t req_type,
					  uint32_t scope, size_t req_len, size_t out_cap,
					  const struct bnxt_resp *st, const uint8_t *out)
{
	const struct bnxt_query *q = bnxt_query_by_type(req_type);
	struct json_object *root = json_object_new_object();
	char *hex;

	json_object_object_add(root, "device", json_object_new_string(ctx->h->dev->name));
	json_object_object_add(root, "hwrm_command", json_object_new_string(what));
	json_object_object_add(root, "req_type", json_object_new_int(req_type));
	json_object_object_add(root, "scope", json_object_new_string(fwctl_scope_name(scope)));
	json_object_object_add(root, "in_len", json_object_new_int64((int64_t)req_len));
	json_object_object_add(root, "out_len", json_object_new_int64((int64_t)out_cap));
	json_object_object_add(root, "error_code", json_object_new_int(st->error_code));
	json_object_object_add(root, "resp_len", json_object_new_int(st->resp_len));
	json_object_object_add(root, "truncated", json_object_new_boolean(st->truncated));
	hex = out_hex_string(out, st->data_len);
	json_object_object_add(root, "response_hex", json_object_new_string(hex ? hex : ""));
	free(hex);
	if (q) {
		struct json_object *dec = json_object_new_object();

		prm_decode(q->resp, out, st->data_len, dec, 0);
		json_object_object_add(root, "decoded", dec);
	}
	return root;
}

int bnxt_cmd_hwrm(struct fwctl_ctx *ctx, void *opts, int argc, char **argv)
{
	struct bnxt_hwrm_opts *o = opts;
	const struct bnxt_hwrm_cmd *c = NULL;
	const struct bnxt_dma_cmd *dc = NULL;
	const struct bnxt_query *q;
	uint8_t req[HWRM_REQ_MAX_LEN] = { 0 };
	uint8_t *body = NULL, *out = NULL;
	size_t body_len, req_len, out_cap = BNXT_DEFAULT_RESP_CAP;
	struct bnxt_resp st;
	uint32_t scope;
	char what[64];
	int rc = -1;

	if (find_cmd(ctx, o, argc, argv, &c, &dc) < 0)
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
	if (dc) {
		rc = bnxt_hwrm_dma(ctx, o, dc, body, body_len, out_cap);
		goto out;
	}
	assert(c);   /* find_cmd() found a plain command or a DMA one */
	if (o->buf_in.n || o->buf_out.n || o->buf_len.n) {
		fwctl_err_set(&ctx->err, FWCTL_ERR_USAGE, 0,
			      "HWRM_%s carries no host buffer: --buf-in/--buf-out/--buf-len are for "
			      "the DMA commands (see 'fwctl bnxt commands')", c->name);
		goto out;
	}
	if (bnxt_hwrm_pick_scope(ctx, c->name, c->min_scope, &scope) < 0)
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
	if (bnxt_hwrm_send(ctx->h, scope, req, req_len, out, out_cap, what, &st, &ctx->err) < 0) {
		truncated_hint(ctx, out, out_cap);
		goto out;
	}

	rc = fwctl_emit(ctx, bnxt_hwrm_result_json(ctx, what, c->req_type, scope, req_len, out_cap,
						   &st, out), out, st.data_len);
out:
	free(body);
	free(out);
	return rc;
}

/* A DMA table row: what `hwrm NAME --buf-in/--buf-out` needs to know. */
static struct json_object *dma_buf_json(const struct bnxt_dma_buf *b)
{
	struct json_object *o = json_object_new_object();

	json_object_object_add(o, "field", json_object_new_string(b->addr_name));
	json_object_object_add(o, "offset", json_object_new_int(b->addr_off));
	json_object_object_add(o, "direction", json_object_new_string(
		b->dir == BNXT_DMA_TO_DEV ? "to_device" : "from_device"));
	if (b->len_width) {
		json_object_object_add(o, "length_field", json_object_new_string(b->len_name));
		json_object_object_add(o, "length_offset", json_object_new_int(b->len_off));
		json_object_object_add(o, "length_width", json_object_new_int(b->len_width));
		json_object_object_add(o, "length_unit", json_object_new_int(b->len_unit));
	} else {
		json_object_object_add(o, "fixed_length", json_object_new_int64(b->fixed_len));
	}
	return o;
}

/* The members every `bnxt commands` entry has, plain and DMA alike. */
static struct json_object *hwrm_entry_json(const char *name, uint16_t req_type,
					   uint32_t min_scope, bool writes,
					   uint32_t timeout_ms, bool dma)
{
	struct json_object *e = json_object_new_object();
	char buf[64];

	snprintf(buf, sizeof(buf), "HWRM_%s", name);
	json_object_object_add(e, "name", json_object_new_string(buf));
	json_object_object_add(e, "req_type", json_object_new_int(req_type));
	snprintf(buf, sizeof(buf), "0x%04x", req_type);
	json_object_object_add(e, "req_type_hex", json_object_new_string(buf));
	json_object_object_add(e, "min_scope", json_object_new_string(fwctl_scope_name(min_scope)));
	json_object_object_add(e, "tool_treats_as_write", json_object_new_boolean(writes));
	json_object_object_add(e, "timeout_ms", json_object_new_int64(timeout_ms));
	json_object_object_add(e, "timeout_class", json_object_new_string(bnxt_timeout_class(timeout_ms)));
	json_object_object_add(e, "dma_commands", json_object_new_boolean(dma));
	return e;
}

struct json_object *bnxt_dma_cmd_json(const struct bnxt_dma_cmd *c)
{
	struct json_object *e = hwrm_entry_json(c->name, c->req_type, c->min_scope,
						bnxt_dma_is_write(c), c->timeout_ms, true);
	struct json_object *bufs = json_object_new_array();

	if (c->req_size)
		json_object_object_add(e, "request_size", json_object_new_int(c->req_size));
	for (unsigned int i = 0; i < c->n_bufs; i++)
		json_object_array_add(bufs, dma_buf_json(&c->bufs[i]));
	json_object_object_add(e, "buffers", bufs);
	return e;
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

		/* Group A: the kernel accepts any scope, the tool asks for --force. */
		json_object_array_add(arr, hwrm_entry_json(c->name, c->req_type, c->min_scope,
							   c->group != BNXT_GROUP_B,
							   c->timeout_ms, false));
	}
	for (size_t i = 0; i < bnxt_n_dma_cmds; i++)
		json_object_array_add(arr, bnxt_dma_cmd_json(&bnxt_dma_cmds[i]));
	json_object_object_add(root, "commands", arr);
	return fwctl_emit(ctx, root, NULL, 0);
}
