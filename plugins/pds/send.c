// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * One pds RPC: the 48-byte struct with pointers to both payloads, sizes
 * checked first, and the kernel's refusals explained with what the
 * catalogue knows (scope needed, size limits).  The answer struct and its
 * retval are the policy's to check (policy.c).
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "pds_cmds.h"

static void explain(const struct pds_msg *m, uint32_t scope, struct fwctl_err *err)
{
	char lim[160] = "";

	if (err->errnum == EPERM && err->kind == FWCTL_ERR_PERMISSION) {
		if (m->op && scope < m->op->scope)
			fwctl_err_reset(err, FWCTL_ERR_PERMISSION, EPERM,
					"the pds driver refused %s at scope %s (EPERM): the catalogue "
					"says it needs %s%s", m->label, fwctl_scope_name(scope),
					fwctl_scope_name(m->op->scope),
					m->op->scope >= FWCTL_RPC_DEBUG_WRITE ? ", a write scope: add --force" : "");
		else if (m->op)
			/* The firmware lists a higher scope than the catalogue: they disagree. */
			fwctl_err_reset(err, FWCTL_ERR_PERMISSION, EPERM,
					"the pds driver refused %s at scope %s (EPERM) although the "
					"catalogue gives %s for it: the catalogue does not match this "
					"firmware; raise the scope with --scope (config < debug-ro < "
					"debug-write < debug-write-full; write scopes need --force)",
					m->label, fwctl_scope_name(scope), fwctl_scope_name(m->op->scope));
		else
			fwctl_err_reset(err, FWCTL_ERR_PERMISSION, EPERM,
					"the pds driver refused %s at scope %s (EPERM): the operation "
					"needs a higher scope; scopes are config < debug-ro < debug-write "
					"< debug-write-full, raise it with --scope, and the write scopes "
					"need --force (they taint the kernel)", m->label,
					fwctl_scope_name(scope));
	} else if (err->errnum == EINVAL) {
		if (m->cat && (m->cat->max_req_sz || m->cat->max_resp_sz))
			snprintf(lim, sizeof(lim), "; the catalogue gives max_req_sz %u, max_resp_sz %u",
				 m->cat->max_req_sz, m->cat->max_resp_sz);
		fwctl_err_reset(err, FWCTL_ERR_FAILED, EINVAL,
				"the pds driver refused %s (EINVAL): endpoint %u or operation %u "
				"version %u is unknown to this firmware, or the request (%zu bytes) or "
				"response (%zu bytes) is over the firmware's maximum size%s", m->label,
				m->ep, m->op_word & FWCTL_PDS_OP_CMD_MASK,
				(m->op_word & FWCTL_PDS_OP_VER_MASK) >> FWCTL_PDS_OP_VER_SHIFT,
				m->req_len, m->resp_len, lim);
	}
}

int pds_check_sizes(const struct pds_msg *m, struct fwctl_err *err)
{
	uint32_t mreq = m->cat && m->cat->max_req_sz ? m->cat->max_req_sz : PDS_TOOL_MAX_PAYLOAD;
	uint32_t mresp = m->cat && m->cat->max_resp_sz ? m->cat->max_resp_sz : PDS_TOOL_MAX_PAYLOAD;

	if (m->req_len > mreq)
		return fwctl_err_set(err, FWCTL_ERR_USAGE, EINVAL,
				     "request of %zu bytes is over the %s maximum of %u; the kernel would "
				     "refuse it with EINVAL; nothing was sent", m->req_len,
				     mreq == PDS_TOOL_MAX_PAYLOAD ? "tool's" : "catalogue's", mreq);
	if (m->resp_len > mresp)
		return fwctl_err_set(err, FWCTL_ERR_USAGE, EINVAL,
				     "response buffer of %zu bytes is over the %s maximum of %u; the "
				     "kernel would refuse it with EINVAL; nothing was sent", m->resp_len,
				     mresp == PDS_TOOL_MAX_PAYLOAD ? "tool's" : "catalogue's", mresp);
	return 0;
}

int pds_send(struct fwctl_handle *h, uint32_t scope, struct pds_msg *m, struct fwctl_err *err)
{
	struct fwctl_rpc_pds rpc;
	uint8_t back[sizeof(rpc)];
	struct fwctl_rpc_args a;
	struct fwctl_rpc_class cls;
	uint64_t sent_before;
	char id[160], what[256], *hex = NULL;

	if (pds_check_sizes(m, err) < 0)
		return -1;
	memset(&rpc, 0, sizeof(rpc));
	rpc.in.op = m->op_word;
	rpc.in.ep = m->ep;
	rpc.in.len = (uint32_t)m->req_len;
	rpc.in.payload = (uint64_t)(uintptr_t)m->req;
	rpc.out.len = (uint32_t)m->resp_len;
	rpc.out.payload = (uint64_t)(uintptr_t)m->resp;
	if (m->resp && m->resp_len)
		memset(m->resp, 0, m->resp_len);
	/* The payloads live behind pointers: name them in the trace/dry-run line. */
	if (m->req_len && m->req_len <= 64)
		hex = out_hex_string(m->req, m->req_len);
	/* A catalogue name says what it is; a raw one is its ep and op. */
	if (m->op)
		snprintf(id, sizeof(id), "%s (ep %u op 0x%08x)", m->label, m->ep, m->op_word);
	else
		snprintf(id, sizeof(id), "ep %u op 0x%08x", m->ep, m->op_word);
	snprintf(what, sizeof(what), "%s, request %zu bytes%s%s, response %zu bytes", id,
		 m->req_len, hex ? " " : "", hex ? hex : "", m->resp_len);
	free(hex);
	pds_rpc_class(m->op, m->ep, m->op_word, scope, &cls);
	cls.reply_min = sizeof(back);
	a = (struct fwctl_rpc_args){ .scope = scope, .in = &rpc, .in_len = sizeof(rpc),
				     .out = back, .out_cap = sizeof(back), .what = what,
				     .cls = &cls };
	sent_before = h->rpcs;
	if (fwctl_rpc_call(h, &a, err) < 0) {
		/* The kernel's refusals only: the RPC layer's own say it all. */
		if (h->rpcs != sent_before)
			explain(m, scope, err);
		return -1;
	}
	/* The policy has checked the echo and the retval (policy.c). */
	pds_reply_parse(back, a.out_len < sizeof(back) ? a.out_len : sizeof(back), &m->reply);
	return 0;
}
