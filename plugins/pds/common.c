// SPDX-License-Identifier: GPL-2.0-or-later
/* What the pds commands share: the scope/--force gate, catalogue loading, the answer as JSON. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <json-c/json.h>

#include "pds_cmds.h"

int pds_gate(struct fwctl_ctx *ctx, const struct pds_op *op, const char *label, uint32_t *scope)
{
	uint32_t min = op ? op->scope : FWCTL_RPC_CONFIGURATION;

	/* The driver would answer EPERM: say so without sending. */
	if (op && ctx->scope >= 0 && (uint32_t)ctx->scope < min)
		return fwctl_err_set(&ctx->err, FWCTL_ERR_PERMISSION, EPERM,
				     "%s needs scope %s or higher (catalogue); the pds driver refuses it "
				     "with EPERM at %s; nothing was sent", label, fwctl_scope_name(min),
				     fwctl_scope_name((uint32_t)ctx->scope));
	if (fwctl_pick_scope(ctx, min, scope) < 0)
		return -1;
	/* --force, the audit and --dry-run: the RPC layer (policy.c). */
	return 0;
}

/* The exchange as JSON; with a catalogue entry also "response", decoded. */
static struct json_object *pds_msg_json(struct fwctl_ctx *ctx, const struct pds_msg *m, uint32_t scope)
{
	struct json_object *o = json_object_new_object();
	const char *n = pds_status_name(m->reply.retval);
	char buf[32], *hex;

	json_object_object_add(o, "device", json_object_new_string(ctx->h->dev->name));
	if (m->op) {
		json_object_object_add(o, "endpoint", json_object_new_string(m->op->ep->name));
		json_object_object_add(o, "operation", json_object_new_string(m->op->name));
	}
	json_object_object_add(o, "ep", json_object_new_int64(m->ep));
	json_object_object_add(o, "op", json_object_new_int64(m->op_word & FWCTL_PDS_OP_CMD_MASK));
	json_object_object_add(o, "op_version", json_object_new_int64(
		(m->op_word & FWCTL_PDS_OP_VER_MASK) >> FWCTL_PDS_OP_VER_SHIFT));
	snprintf(buf, sizeof(buf), "0x%08x", m->op_word);
	json_object_object_add(o, "op_word_hex", json_object_new_string(buf));
	json_object_object_add(o, "scope", json_object_new_string(fwctl_scope_name(scope)));
	json_object_object_add(o, "retval", json_object_new_int64(m->reply.retval));
	json_object_object_add(o, "retval_name", json_object_new_string(n ? n : "unknown"));
	json_object_object_add(o, "request_len", json_object_new_int64((int64_t)m->req_len));
	hex = out_hex_string(m->req, m->req_len);
	json_object_object_add(o, "request_hex", json_object_new_string(hex ? hex : ""));
	free(hex);
	json_object_object_add(o, "response_len", json_object_new_int64((int64_t)m->resp_len));
	hex = out_hex_string(m->resp, m->resp_len);
	json_object_object_add(o, "response_hex", json_object_new_string(hex ? hex : ""));
	free(hex);
	if (m->op) {     /* the catalogue knows the layout: decode it too */
		struct json_object *dec = json_object_new_object();

		pds_decode_response(m->op, m->req, m->req_len, m->resp, m->resp_len, dec);
		json_object_object_add(o, "response", dec);
	}
	return o;
}

int pds_execute(struct fwctl_ctx *ctx, struct pds_msg *m)
{
	uint32_t scope;

	if (pds_check_sizes(m, &ctx->err) < 0 || pds_gate(ctx, m->op, m->label, &scope) < 0)
		return -1;
	if (m->resp_len) {
		m->resp = calloc(1, m->resp_len);
		if (!m->resp)
			return fwctl_err_set(&ctx->err, FWCTL_ERR_FAILED, ENOMEM, "out of memory");
	}
	if (pds_send(ctx->h, scope, m, &ctx->err) < 0)
		return -1;
	return fwctl_emit(ctx, pds_msg_json(ctx, m, scope), m->resp, m->resp_len);
}

int pds_load_catalog(struct fwctl_ctx *ctx, const char *path, bool need, struct pds_catalog *cat)
{
	char sp[512];
	bool found = false;

	if (pds_catalog_load(cat, path, &found, &ctx->err) < 0) {
		pds_catalog_free(cat);
		return -1;
	}
	if (!found && need)
		return fwctl_err_set(&ctx->err, FWCTL_ERR_USAGE, ENOENT,
				     "no pds catalogue found (searched %s); give one with --catalog FILE, "
				     "or use 'fwctl pds rpc --ep N --op N'",
				     pds_catalog_search_path(sp, sizeof(sp)));
	return 0;
}
