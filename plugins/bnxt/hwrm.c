// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * HWRM framing over fwctl (shared/bnxt-abi.md section 2): a zeroed
 * request whose header says cmpl_ring = target_id = 0xFFFF (a zero
 * cmpl_ring makes the kernel wait for a completion that never comes), and
 * a response judged only by its own header: error_code first, then
 * resp_len.  The kernel leaves fwctl_rpc.out_len unchanged for bnxt, so
 * it never tells the response length.
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

/* error_code values the kernel injects: (u16)-errno. */
static int kernel_code_err(uint16_t code, uint16_t req_type, struct fwctl_err *err)
{
	int errnum = 0x10000 - code;
	enum fwctl_err_kind kind = FWCTL_ERR_FAILED;
	const char *why;
	char buf[160];

	switch (errnum) {
	case EBUSY:
		why = "firmware did not answer in time (timeout), a firmware reset is in progress, "
		      "or the firmware channel is down";
		break;
	case ENODEV:
		why = "the PCI device was disabled while the command ran (device gone)";
		kind = FWCTL_ERR_NO_DEVICE;
		break;
	case ENOMEM:
		why = "the kernel ran out of memory in the send path";
		break;
	case EINVAL:
		why = "the kernel refused the request locally (KONG target with a completion ring)";
		break;
	case E2BIG:
		why = "the request is larger than the firmware accepts";
		break;
	default:
		snprintf(buf, sizeof(buf), "kernel-side failure: %s", strerror(errnum));
		why = buf;
		break;
	}
	fwctl_err_set(err, kind, errnum, "HWRM 0x%04x: error_code 0x%04x from the kernel's send path: %s",
		      req_type, code, why);
	err->has_fw_status = true;
	err->fw_status = code;
	snprintf(err->fw_status_name, sizeof(err->fw_status_name), "KERNEL_%s",
		 errnum == EBUSY ? "EBUSY" : errnum == ENODEV ? "ENODEV" : errnum == ENOMEM ? "ENOMEM" :
		 errnum == EINVAL ? "EINVAL" : errnum == E2BIG ? "E2BIG" : "ERRNO");
	return -1;
}

int bnxt_resp_check(uint16_t req_type, const uint8_t *out, size_t out_cap,
		    bool allow_truncated, struct bnxt_resp *st, struct fwctl_err *err)
{
	memset(st, 0, sizeof(*st));
	if (!out || out_cap < HWRM_RESP_MIN_LEN)
		return fwctl_err_set(err, FWCTL_ERR_PROTOCOL, 0,
				     "HWRM 0x%04x: response buffer of %zu bytes is smaller than the 8-byte header",
				     req_type, out_cap);
	st->error_code = prm_le16(out + 0);
	st->req_type = prm_le16(out + 2);
	st->seq_id = prm_le16(out + 4);
	st->resp_len = prm_le16(out + 6);
	st->data_len = st->resp_len < out_cap ? st->resp_len : out_cap;
	st->truncated = st->resp_len > out_cap;

	if (st->error_code != 0) {
		const char *name;

		if (bnxt_is_kernel_code(st->error_code))
			return kernel_code_err(st->error_code, req_type, err);
		name = bnxt_fw_error_name(st->error_code);
		/* Error responses carry a command-specific detail byte (hwrm_err_output). */
		if (st->data_len > BNXT_CMD_ERR_OFF)
			fwctl_err_firmware(err, st->error_code, name ? name : "UNKNOWN", true,
					   out[BNXT_CMD_ERR_OFF],
					   "HWRM 0x%04x: firmware returned error 0x%04x (%s), cmd_err %u",
					   req_type, st->error_code, name ? name : "unnamed code",
					   out[BNXT_CMD_ERR_OFF]);
		else
			fwctl_err_firmware(err, st->error_code, name ? name : "UNKNOWN", false, 0,
					   "HWRM 0x%04x: firmware returned error 0x%04x (%s)",
					   req_type, st->error_code, name ? name : "unnamed code");
		return -1;
	}
	if (st->resp_len == 0)
		return fwctl_err_set(err, FWCTL_ERR_PROTOCOL, 0,
				     "HWRM 0x%04x: firmware reported success but no data (resp_len 0)",
				     req_type);
	if (st->resp_len < HWRM_RESP_MIN_LEN)
		return fwctl_err_set(err, FWCTL_ERR_PROTOCOL, 0,
				     "HWRM 0x%04x: resp_len %u is smaller than the 8-byte header",
				     req_type, st->resp_len);
	if (st->req_type != req_type)
		return fwctl_err_set(err, FWCTL_ERR_PROTOCOL, 0,
				     "HWRM 0x%04x: response is for req_type 0x%04x", req_type,
				     st->req_type);
	if (st->truncated && !allow_truncated)
		return fwctl_err_set(err, FWCTL_ERR_TRUNCATED, 0,
				     "HWRM 0x%04x: response truncated: firmware wrote %u bytes, buffer holds %zu",
				     req_type, st->resp_len, out_cap);
	return 0;
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
		   uint8_t *out, size_t out_cap, bool allow_truncated, const char *what,
		   struct bnxt_resp *st, struct fwctl_err *err)
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
	/* bnxt returns out_len unchanged: the length lives in resp_len. */
	a.flags = FWCTL_RPC_ALLOW_TRUNCATED;
	if (fwctl_rpc_call(h, &a, err) < 0) {
		if (err->kind != FWCTL_ERR_DRY_RUN && err->errnum == EPERM)
			bnxt_explain_eperm(bnxt_cmd_by_type(req_type), scope, err);
		return -1;
	}
	return bnxt_resp_check(req_type, out, out_cap, allow_truncated, st, err);
}
