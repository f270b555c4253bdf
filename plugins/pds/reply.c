// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * The struct the pds driver hands back: the 48-byte fwctl_rpc_pds we sent,
 * with out.retval filled in, and fwctl_rpc.out_len = in_len.  Everything in
 * it is checked before use (by the policy, policy.c, for every pds RPC): a
 * short answer has no retval, and a changed endpoint, operation or length
 * means it is not our request's answer.
 */
#include <stddef.h>
#include <string.h>

#include "pds.h"

void pds_reply_parse(const uint8_t *buf, size_t len, struct pds_reply *r)
{
	struct fwctl_rpc_pds got;

	memset(r, 0, sizeof(*r));
	memset(&got, 0, sizeof(got));
	if (!buf)
		return;
	memcpy(&got, buf, len < sizeof(got) ? len : sizeof(got));
	r->op = got.in.op;
	r->ep = got.in.ep;
	r->in_len = got.in.len;
	r->out_len = got.out.len;
	r->retval = got.out.retval;
}

int pds_reply_check(const struct fwctl_rpc_pds *sent, const uint8_t *buf, size_t len,
		    struct pds_reply *r, struct fwctl_err *err)
{
	struct fwctl_rpc_pds got;

	pds_reply_parse(buf, len, r);
	memset(&got, 0, sizeof(got));
	if (!buf || len < offsetof(struct fwctl_rpc_pds, out.retval) + sizeof(got.out.retval))
		return fwctl_err_set(err, FWCTL_ERR_PROTOCOL, 0,
				     "the kernel returned %zu bytes, too short for out.retval "
				     "(the pds driver returns the whole %zu-byte struct)",
				     len, sizeof(got));
	memcpy(&got, buf, len < sizeof(got) ? len : sizeof(got));
	if (got.in.op != sent->in.op || got.in.ep != sent->in.ep || got.in.len != sent->in.len)
		return fwctl_err_set(err, FWCTL_ERR_PROTOCOL, 0,
				     "the answer names ep %u op 0x%08x len %u, the request was "
				     "ep %u op 0x%08x len %u", got.in.ep, got.in.op, got.in.len,
				     sent->in.ep, sent->in.op, sent->in.len);
	if (len >= sizeof(got) && got.out.len != sent->out.len)
		return fwctl_err_set(err, FWCTL_ERR_PROTOCOL, 0,
				     "the answer's out.len %u differs from the %u bytes given",
				     got.out.len, sent->out.len);
	return 0;
}
