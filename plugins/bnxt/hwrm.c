// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * HWRM framing over fwctl (shared/bnxt-abi.md section 2): a zeroed
 * request whose header says cmpl_ring = target_id = 0xFFFF (a zero
 * cmpl_ring makes the kernel wait for a completion that never comes), and
 * a response judged only by its own header.  The policy's reply check
 * (policy.c) judges that header for every bnxt RPC; here it is only read
 * back for the callers, who need the data length.
 */
#include <errno.h>
#include <stdio.h>
#include <string.h>

#include "../../lib/rpc.h"
#include "bnxt.h"

void bnxt_req_hdr(uint8_t *req, size_t req_len, uint16_t req_type)
{
	if (req_len < HWRM_REQ_MIN_LEN)
		return;
	memset(req, 0, HWRM_REQ_MIN_LEN);
	prm_put_le16(req + 0, req_type);
	prm_put_le16(req + 2, BNXT_CMPL_RING_NONE);
	/* seq_id (4) and resp_addr (8) are the kernel's: left zero. */
	prm_put_le16(req + 6, BNXT_TARGET_HWRM);
}

void bnxt_resp_parse(const uint8_t *out, size_t cap, struct bnxt_resp *st)
{
	memset(st, 0, sizeof(*st));
	if (!out || cap < HWRM_RESP_MIN_LEN)
		return;
	st->error_code = prm_le16(out + 0);
	st->req_type = prm_le16(out + 2);
	st->seq_id = prm_le16(out + 4);
	st->resp_len = prm_le16(out + 6);
	st->data_len = st->resp_len < cap ? st->resp_len : cap;
	st->truncated = st->resp_len > cap;
}

void bnxt_explain_eperm(const struct bnxt_hwrm_cmd *c, uint32_t scope, struct fwctl_err *err)
{
	char cmd[64];

	if (c)
		snprintf(cmd, sizeof(cmd), "HWRM_%s", c->name);
	else
		snprintf(cmd, sizeof(cmd), "this HWRM command");
	if (c && scope >= c->min_scope)
		fwctl_err_reset(err, FWCTL_ERR_PERMISSION, EPERM,
				"the kernel refused %s at scope %s (EPERM): the command is allowed at this "
				"scope, so the device is most likely temporarily stopped by a firmware "
				"reset, error recovery, suspend or devlink reload; retry once it has recovered%s",
				cmd, fwctl_scope_name(scope),
				scope == FWCTL_RPC_DEBUG_WRITE_FULL ?
				" (at debug-write-full the fwctl core also needs CAP_SYS_RAWIO)" : "");
	else
		fwctl_err_reset(err, FWCTL_ERR_PERMISSION, EPERM,
				"the kernel refused %s at scope %s (EPERM): the bnxt driver answers EPERM "
				"when a command is not on its list, when the scope is below the command's "
				"minimum (%s), or while the device is stopped by a reset or reload",
				cmd, fwctl_scope_name(scope),
				c ? fwctl_scope_name(c->min_scope) : "not on the list");
}

int bnxt_hwrm_send(struct fwctl_handle *h, uint32_t scope, uint8_t *req, size_t req_len,
		   uint8_t *out, size_t out_cap, const char *what, struct bnxt_resp *st,
		   struct fwctl_err *err)
{
	struct fwctl_rpc_args a = { 0 };
	uint16_t req_type;

	if (req_len < HWRM_REQ_MIN_LEN || req_len > HWRM_REQ_MAX_LEN)
		return fwctl_err_set(err, FWCTL_ERR_USAGE, EINVAL,
				     "HWRM request of %zu bytes: the kernel accepts %d..%d", req_len,
				     HWRM_REQ_MIN_LEN, HWRM_REQ_MAX_LEN);
	if (out_cap < HWRM_RESP_MIN_LEN)
		return fwctl_err_set(err, FWCTL_ERR_USAGE, EINVAL,
				     "HWRM response buffer of %zu bytes: at least %d needed", out_cap,
				     HWRM_RESP_MIN_LEN);
	req_type = prm_le16(req);
	bnxt_req_hdr(req, req_len, req_type);

	a.scope = scope;
	a.in = req;
	a.in_len = req_len;
	a.out = out;
	a.out_cap = out_cap;
	a.what = what;
	/* The header (status, resp_len, echo) and the kernel's errnos are
	 * checked by the policy (policy.c), for this and every other bnxt RPC. */
	if (fwctl_rpc_call(h, &a, err) < 0) {
		memset(st, 0, sizeof(*st));
		return -1;
	}
	bnxt_resp_parse(out, out_cap, st);
	return 0;
}
