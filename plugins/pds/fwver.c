// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * fwctl list --long for pds: the firmware version, when the catalogue in
 * use describes where it is (identity.identify answering a string field
 * fw_version, a read at the lowest scope).  Endpoints and operations are
 * the firmware's business: without such a catalogue entry nothing is
 * sent, and the note says why.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <json-c/json.h>

#include "pds_cmds.h"

#define FWVER_EP "identity"
#define FWVER_OP "identify"
#define FWVER_FIELD "fw_version"

/* The catalogue's identity.identify, if it answers fw_version without writing. */
static const struct pds_op *find_op(const struct pds_catalog *cat)
{
	const struct pds_ep *ep = pds_find_ep(cat, FWVER_EP);
	const struct pds_op *op = ep ? pds_find_op(ep, FWVER_OP) : NULL;

	if (!op || op->writes || op->scope >= FWCTL_RPC_DEBUG_WRITE)
		return NULL;
	for (size_t i = 0; i < op->resp.n_fields; i++)
		if (!strcmp(op->resp.fields[i].name, FWVER_FIELD) &&
		    op->resp.fields[i].type == PDS_F_STRING)
			return op;
	return NULL;
}

/* Send op with its default request; the decoded fw_version into buf. */
static int ask(struct fwctl_ctx *ctx, const struct pds_catalog *cat, const struct pds_op *op,
	       char *buf, size_t len)
{
	struct pds_msg m = { .label = FWVER_EP "." FWVER_OP, .cat = cat, .op = op };
	struct json_object *dec, *v = NULL;
	uint8_t *req = NULL;
	uint32_t scope;
	int rc = -1;

	m.ep = op->ep->id;
	m.op_word = pds_op_word(op->cmd, op->version);
	m.resp_len = op->resp.size;
	if (fwctl_pick_scope(ctx, op->scope, &scope) < 0 ||
	    pds_encode_request(op, 0, NULL, &req, &m.req_len, &ctx->err) < 0)
		goto out;
	m.req = req;
	m.resp = calloc(1, m.resp_len ? m.resp_len : 1);
	if (!m.resp) {
		fwctl_err_set(&ctx->err, FWCTL_ERR_FAILED, 12, "out of memory");
		goto out;
	}
	if (pds_send(ctx->h, scope, &m, &ctx->err) < 0)
		goto out;
	dec = json_object_new_object();
	pds_decode_response(op, m.req, m.req_len, m.resp, m.resp_len, dec);
	json_object_object_get_ex(dec, FWVER_FIELD, &v);
	snprintf(buf, len, "%s", v && json_object_is_type(v, json_type_string)
				 ? json_object_get_string(v) : "");
	json_object_put(dec);
	if (buf[0]) {
		rc = 0;
	} else {
		snprintf(buf, len, "identity.identify answered an empty fw_version");
		rc = 1;
	}
out:
	free(req);
	free(m.resp);
	return rc;
}

int pds_firmware_version(struct fwctl_ctx *ctx, char *buf, size_t len)
{
	struct pds_catalog cat = { 0 };
	const struct pds_op *op;
	bool found = false;
	int rc;

	if (pds_catalog_load(&cat, NULL, &found, &ctx->err) < 0) {
		pds_catalog_free(&cat);
		return -1;
	}
	op = found ? find_op(&cat) : NULL;
	if (!found)
		snprintf(buf, len, "no pds catalogue found: which operation reports the version is "
			 "the firmware's business (fwctl-pds-call(8))");
	else if (!op)
		snprintf(buf, len, "the pds catalogue describes no read-only " FWVER_EP "." FWVER_OP
			 " answering a string " FWVER_FIELD);
	rc = op ? ask(ctx, &cat, op, buf, len) : 1;
	pds_catalog_free(&cat);
	return rc;
}
