// SPDX-License-Identifier: GPL-2.0-or-later
/* fwctl bnxt query NAME | --list: the decoded HWRM queries. */
#include <stdio.h>
#include <string.h>

#include <json-c/json.h>

#include "bnxt_cmds.h"

static int list_queries(struct fwctl_ctx *ctx)
{
	struct json_object *root = json_object_new_object();
	struct json_object *arr = json_object_new_array();

	for (size_t i = 0; i < bnxt_n_queries; i++) {
		const struct bnxt_query *q = &bnxt_queries[i];
		const struct bnxt_hwrm_cmd *c = bnxt_cmd_by_type(q->req_type);
		struct json_object *o = json_object_new_object();
		char cmd[64];

		snprintf(cmd, sizeof(cmd), "HWRM_%s", c ? c->name : "?");
		json_object_object_add(o, "name", json_object_new_string(q->name));
		json_object_object_add(o, "hwrm_command", json_object_new_string(cmd));
		json_object_object_add(o, "req_type", json_object_new_int(q->req_type));
		json_object_object_add(o, "scope",
				       json_object_new_string(fwctl_scope_name(c ? c->min_scope : 1)));
		json_object_object_add(o, "layout_verified", json_object_new_boolean(q->verified));
		json_object_object_add(o, "summary", json_object_new_string(q->summary));
		json_object_array_add(arr, o);
	}
	json_object_object_add(root, "queries", arr);
	return fwctl_emit(ctx, root, NULL, 0);
}

int bnxt_cmd_query(struct fwctl_ctx *ctx, void *opts, int argc, char **argv)
{
	struct bnxt_query_opts *o = opts;
	const struct bnxt_query *q;
	const struct bnxt_hwrm_cmd *c;
	struct bnxt_devref ref;
	uint8_t req[HWRM_REQ_MAX_LEN], out[BNXT_DEFAULT_RESP_CAP];
	struct bnxt_resp st;
	struct json_object *root, *resp;
	uint32_t scope;
	char what[64];
	int missing, rc = -1;

	if (o->list) {
		if (argc > 0)
			return fwctl_err_set(&ctx->err, FWCTL_ERR_USAGE, 0,
					     "--list takes no query name");
		return list_queries(ctx);
	}
	if (argc != 1)
		return fwctl_err_set(&ctx->err, FWCTL_ERR_USAGE, 0,
				     "expected one query NAME (see 'fwctl bnxt query --list')");
	q = bnxt_query_by_name(argv[0]);
	if (!q)
		return fwctl_err_set(&ctx->err, FWCTL_ERR_USAGE, 0,
				     "unknown query '%s' (see 'fwctl bnxt query --list')", argv[0]);
	c = bnxt_cmd_by_type(q->req_type);
	if (fwctl_pick_scope(ctx, c ? c->min_scope : FWCTL_RPC_DEBUG_READ_ONLY, &scope) < 0)
		return -1;
	if (bnxt_dev_open(ctx, &ref) < 0)
		goto out;

	bnxt_query_build(q, req);
	snprintf(what, sizeof(what), "HWRM_%s", c ? c->name : q->name);
	if (bnxt_hwrm_send(ref.h, scope, req, q->req_len, out, sizeof(out), false, what, &st,
			   &ctx->err) < 0)
		goto out;

	root = json_object_new_object();
	json_object_object_add(root, "device", json_object_new_string(ref.dev->name));
	json_object_object_add(root, "query", json_object_new_string(q->name));
	json_object_object_add(root, "hwrm_command", json_object_new_string(what));
	json_object_object_add(root, "resp_len", json_object_new_int(st.resp_len));
	if (!q->verified)
		json_object_object_add(root, "layout_source", json_object_new_string(q->source));
	resp = json_object_new_object();
	missing = prm_decode(q->resp, out, st.data_len, resp, 0);
	json_object_object_add(root, "response", resp);
	if (missing > 0)
		fwctl_warn(ctx, "%s: firmware answered %zu of %u bytes; %d fields not present",
			   what, st.data_len, q->resp_len, missing);
	else if (missing < 0)
		fwctl_warn(ctx, "%s: layout table is invalid", what);
	rc = fwctl_emit(ctx, root, out, st.data_len);
out:
	bnxt_dev_close(&ref);
	return rc;
}
