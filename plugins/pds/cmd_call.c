// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * fwctl pds call ENDPOINT.OPERATION [FIELD=VALUE...] [--catalog FILE]
 * An operation from the catalogue: request built from its layout, sent at
 * the scope it needs, answer decoded with its response layout.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "pds_cmds.h"

int pds_cmd_call(struct fwctl_ctx *ctx, void *opts, int argc, char **argv)
{
	struct pds_call_opts *o = opts;
	struct pds_catalog cat = { 0 };
	struct pds_msg m = { 0 };
	uint8_t *req = NULL;
	char label[2 * PDS_NAME_MAX + 2];
	int rc = -1;

	if (argc < 1)
		return fwctl_err_set(&ctx->err, FWCTL_ERR_USAGE, 0,
				     "give ENDPOINT.OPERATION (see 'fwctl pds catalog')");
	if (o->op_version_seen && o->op_version > 0xff)
		return fwctl_err_set(&ctx->err, FWCTL_ERR_USAGE, 0, "--op-version %u: versions are 8-bit",
				     o->op_version);
	if (pds_load_catalog(ctx, o->catalog, true, &cat) < 0)
		goto out;
	m.op = pds_resolve(&cat, argv[0], &ctx->err);
	if (!m.op)
		goto out;
	snprintf(label, sizeof(label), "%s.%s", m.op->ep->name, m.op->name);
	m.label = label;
	m.cat = &cat;
	m.ep = m.op->ep->id;
	m.op_word = pds_op_word(m.op->cmd, o->op_version_seen ? o->op_version : m.op->version);
	if (pds_encode_request(m.op, argc - 1, argv + 1, &req, &m.req_len, &ctx->err) < 0)
		goto out;
	m.req = req;
	m.resp_len = m.op->resp.size;
	rc = pds_execute(ctx, &m);
out:
	free(req);
	free(m.resp);
	pds_catalog_free(&cat);
	return rc;
}
