// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * fwctl pds rpc --ep N --op N [--op-version V] [--in FILE | --in-hex HEX]
 *               [--resp-len N] [--catalog FILE]
 * A raw pds RPC.  When a catalogue describes the operation its scope is the
 * default and its write flag asks for --force; otherwise the least scope.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "pds_cmds.h"

static int read_request(struct fwctl_ctx *ctx, const struct pds_rpc_opts *o, uint8_t **buf,
			size_t *len)
{
	*buf = NULL;
	*len = 0;
	if (o->in_hex && o->in_file)
		return fwctl_err_set(&ctx->err, FWCTL_ERR_USAGE, 0, "--in-hex and --in exclude each other");
	if (o->in_hex && fwctl_parse_hex(o->in_hex, buf, len) < 0)
		return fwctl_err_set(&ctx->err, FWCTL_ERR_USAGE, 0, "--in-hex: not a hex string");
	if (o->in_file && fwctl_read_file(o->in_file, PDS_TOOL_MAX_PAYLOAD, buf, len, &ctx->err) < 0)
		return -1;
	return 0;
}

int pds_cmd_rpc(struct fwctl_ctx *ctx, void *opts, int argc, char **argv)
{
	struct pds_rpc_opts *o = opts;
	struct pds_catalog cat = { 0 };
	const struct pds_ep *ep = NULL;
	struct pds_msg m = { 0 };
	uint8_t *req = NULL;
	char label[160];
	int rc = -1;

	(void)argv;
	if (argc > 0)
		return fwctl_err_set(&ctx->err, FWCTL_ERR_USAGE, 0, "rpc takes no positional arguments");
	if (!o->ep_seen || !o->op_seen)
		return fwctl_err_set(&ctx->err, FWCTL_ERR_USAGE, 0, "--ep N and --op N are required");
	if (o->op > FWCTL_PDS_OP_CMD_MASK)
		return fwctl_err_set(&ctx->err, FWCTL_ERR_USAGE, 0,
				     "--op %u: operation numbers are 16-bit (the version is --op-version)",
				     o->op);
	if (o->op_version > 0xff)
		return fwctl_err_set(&ctx->err, FWCTL_ERR_USAGE, 0, "--op-version %u: versions are 8-bit",
				     o->op_version);
	m.resp_len = o->resp_len_seen ? o->resp_len : PDS_DEFAULT_RESP_LEN;
	if (read_request(ctx, o, &req, &m.req_len) < 0)
		goto out;
	/* A catalogue is optional here: only an explicit --catalog must load;
	 * a broken one on the search path must not block raw access. */
	if (pds_load_catalog(ctx, o->catalog, false, &cat) < 0) {
		if (o->catalog)
			goto out;
		fwctl_warn(ctx, "%s; continuing without a catalogue", ctx->err.message);
		fwctl_err_clear(&ctx->err);
	}
	ep = pds_find_ep_id(&cat, o->ep);
	m.op = ep ? pds_find_op_cmd(ep, o->op) : NULL;
	m.cat = &cat;
	m.ep = o->ep;
	m.op_word = pds_op_word(o->op, o->op_version);
	m.req = req;
	if (m.op)
		snprintf(label, sizeof(label), "%s.%s", ep->name, m.op->name);
	else
		snprintf(label, sizeof(label), "ep %u op %u", o->ep, o->op);
	m.label = label;
	rc = pds_execute(ctx, &m);
out:
	free(req);
	free(m.resp);
	pds_catalog_free(&cat);
	return rc;
}
