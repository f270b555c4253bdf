// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * What each bnxt RPC is, from its bytes: the HWRM req_type (le16 @0)
 * looked up in the kernel's list (cmds.c) and, for Linux 7.3, its DMA
 * table (dma_table.c).  Group A commands (resets, NVM, debug config) are
 * taken by the kernel at any scope but change the device; group C
 * (I2C/MDIO writes) need debug-write.  Anything else the kernel refuses.
 *
 * Reply contract: the kernel leaves out_len as asked, so a shorter out_len
 * is a truncated reply; the response's own header then says the rest:
 * error_code first (a firmware code or an errno the kernel's send path
 * injected), then resp_len (0, under the header or past the buffer are
 * malformed or truncated), then the req_type echo.
 */
#include <errno.h>
#include <stdio.h>
#include <string.h>

#include <json-c/json.h>

#include "../plugin.h"
#include "bnxt.h"
#include "dma.h"

static void bnxt_policy_classify(const struct fwctl_rpc_args *a, struct fwctl_rpc_class *c)
{
	const struct bnxt_hwrm_cmd *cmd;
	const struct bnxt_dma_cmd *dma;
	uint16_t req_type;

	c->reply_min = a->out_cap;
	if (!a->in || a->in_len < HWRM_REQ_MIN_LEN) {
		c->malformed = true;
		snprintf(c->name, sizeof(c->name), "a request shorter than the HWRM header");
		return;
	}
	req_type = prm_le16(a->in);
	cmd = bnxt_cmd_by_type(req_type);
	dma = cmd ? NULL : bnxt_dma_by_type(req_type);
	if (cmd) {
		c->known = true;
		c->min_scope = cmd->min_scope;
		c->effect = cmd->group == BNXT_GROUP_B ? FWCTL_RPC_READS : FWCTL_RPC_WRITES_DEVICE;
		c->effect_text = cmd->effect;
		snprintf(c->name, sizeof(c->name), "HWRM_%s", cmd->name);
	} else if (dma) {
		c->known = true;
		c->min_scope = dma->min_scope;
		c->effect = bnxt_dma_is_write(dma) ? FWCTL_RPC_WRITES_DEVICE : FWCTL_RPC_READS;
		c->effect_text = dma->effect;
		snprintf(c->name, sizeof(c->name), "HWRM_%s", dma->name);
	} else {
		c->off_allow_list = true;
		snprintf(c->name, sizeof(c->name), "HWRM req_type 0x%04x", req_type);
	}
}

/* "HWRM_VER_GET" for the messages, or the code off the tables. */
static const char *hwrm_label(uint16_t req_type, char *buf, size_t len)
{
	const struct bnxt_hwrm_cmd *cmd = bnxt_cmd_by_type(req_type);
	const struct bnxt_dma_cmd *dma = cmd ? NULL : bnxt_dma_by_type(req_type);

	if (cmd || dma)
		snprintf(buf, len, "HWRM_%s", cmd ? cmd->name : dma->name);
	else
		snprintf(buf, len, "HWRM 0x%04x", req_type);
	return buf;
}

/* error_code values the kernel injects: (u16)-errno. */
static int kernel_code_err(uint16_t code, uint16_t req_type, struct fwctl_err *err)
{
	int errnum = 0x10000 - code;
	enum fwctl_err_kind kind = FWCTL_ERR_FAILED;
	const char *why;
	char buf[160], lbl[48];

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
	hwrm_label(req_type, lbl, sizeof(lbl));
	fwctl_err_set(err, kind, errnum, "%s: error_code 0x%04x from the kernel's send path: %s",
		      lbl, code, why);
	err->has_fw_status = true;
	err->fw_status = code;
	snprintf(err->fw_status_name, sizeof(err->fw_status_name), "KERNEL_%s",
		 errnum == EBUSY ? "EBUSY" : errnum == ENODEV ? "ENODEV" : errnum == ENOMEM ? "ENOMEM" :
		 errnum == EINVAL ? "EINVAL" : errnum == E2BIG ? "E2BIG" : "ERRNO");
	return -1;
}

static int status_err(uint16_t req_type, const uint8_t *out, const struct bnxt_resp *st,
		      struct fwctl_err *err)
{
	const char *name;
	char lbl[48];

	if (bnxt_is_kernel_code(st->error_code))
		return kernel_code_err(st->error_code, req_type, err);
	name = bnxt_fw_error_name(st->error_code);
	hwrm_label(req_type, lbl, sizeof(lbl));
	/* Error responses carry a command-specific detail byte (hwrm_err_output). */
	if (st->data_len > BNXT_CMD_ERR_OFF)
		return fwctl_err_firmware(err, st->error_code, name, true,
					  out[BNXT_CMD_ERR_OFF],
					  "%s: firmware returned error 0x%04x (%s), cmd_err %u",
					  lbl, st->error_code, name ? name : "unknown status",
					  out[BNXT_CMD_ERR_OFF]);
	return fwctl_err_firmware(err, st->error_code, name, false, 0,
				  "%s: firmware returned error 0x%04x (%s)",
				  lbl, st->error_code, name ? name : "unknown status");
}

int bnxt_resp_check(uint16_t req_type, const uint8_t *out, size_t out_cap,
		    bool allow_truncated, struct bnxt_resp *st, struct fwctl_err *err)
{
	char lbl[48];

	hwrm_label(req_type, lbl, sizeof(lbl));
	bnxt_resp_parse(out, out_cap, st);
	if (!out || out_cap < HWRM_RESP_MIN_LEN)
		return fwctl_err_set(err, FWCTL_ERR_PROTOCOL, 0,
				     "%s: reply of %zu bytes is shorter than the %d-byte header",
				     lbl, out_cap, HWRM_RESP_MIN_LEN);
	if (st->error_code != 0)
		return status_err(req_type, out, st, err);
	if (st->resp_len == 0)
		return fwctl_err_set(err, FWCTL_ERR_PROTOCOL, 0,
				     "%s: firmware reported success but no data (resp_len 0)",
				     lbl);
	if (st->resp_len < HWRM_RESP_MIN_LEN)
		return fwctl_err_set(err, FWCTL_ERR_PROTOCOL, 0,
				     "%s: resp_len %u is smaller than the %d-byte header",
				     lbl, st->resp_len, HWRM_RESP_MIN_LEN);
	if (st->req_type != req_type)
		return fwctl_err_set(err, FWCTL_ERR_PROTOCOL, 0,
				     "%s: response is for req_type 0x%04x", lbl,
				     st->req_type);
	if (st->truncated && !allow_truncated)
		return fwctl_err_set(err, FWCTL_ERR_TRUNCATED, EMSGSIZE,
				     "%s: reply truncated: %zu bytes received, %u expected "
				     "(the response's resp_len)", lbl, out_cap, st->resp_len);
	return 0;
}

static int bnxt_policy_check_reply(const struct fwctl_rpc_args *a, const struct fwctl_rpc_class *c,
				   struct fwctl_err *err)
{
	/* An oversized reply (allowed by the caller) holds out_cap bytes. */
	size_t cap = a->out_len < a->out_cap ? a->out_len : a->out_cap;
	struct bnxt_resp st;

	if (c->malformed)
		return 0;   /* no request header to hold the reply against */
	bnxt_resp_parse(a->out, cap, &st);
	/* A caller that reads the status itself (raw rpc) gets a failed reply. */
	if ((a->flags & FWCTL_RPC_OWN_STATUS) && st.error_code != 0)
		return 0;
	return bnxt_resp_check(prm_le16(a->in), a->out, cap, a->flags & FWCTL_RPC_ALLOW_TRUNCATED,
			       &st, err);
}

static bool bnxt_policy_explain_errno(const struct fwctl_rpc_args *a, const struct fwctl_rpc_class *c,
				      int e, struct fwctl_err *err)
{
	uint16_t req_type = a->in && a->in_len >= HWRM_REQ_MIN_LEN ? prm_le16(a->in) : 0;
	const struct bnxt_dma_cmd *dma = c->malformed ? NULL : bnxt_dma_by_type(req_type);

	if (dma && !bnxt_cmd_by_type(req_type))
		return bnxt_dma_explain_errno(dma, a->scope, e, err);
	switch (e) {
	case EPERM:
		fwctl_err_set(err, FWCTL_ERR_PERMISSION, e, "EPERM");
		bnxt_explain_eperm(bnxt_cmd_by_type(req_type), a->scope, err);
		if (!c->known && !c->malformed)
			err->kind = FWCTL_ERR_UNSUPPORTED;   /* not on the kernel's list */
		return true;
	case EINVAL:
		fwctl_err_set(err, FWCTL_ERR_FAILED, e,
			      "the bnxt driver refused the request (EINVAL): request length outside "
			      "16..128 bytes, reply buffer under 8 bytes, or (a Linux 7.3 DMA "
			      "command) a request size or buffer length outside its DMA table");
		return true;
	default:
		return false;
	}
}

const struct fwctl_rpc_policy bnxt_rpc_policy = {
	.classify = bnxt_policy_classify,
	.check_reply = bnxt_policy_check_reply,
	.explain_errno = bnxt_policy_explain_errno,
};

void bnxt_device_data_json(const uint8_t *data, uint32_t len, struct json_object *into)
{
	static const char *const bits[] = { "inline_commands", "query_commands", "send_commands",
					    "dma_commands" };
	uint32_t caps = fwctl_devdata_u32(data, len, 0);

	if (len < sizeof(struct fwctl_info_bnxt))
		return;
	json_object_object_add(into, "uctx_caps", json_object_new_int64(caps));
	fwctl_json_add_flag_names(into, caps, bits, 4);
}

const char *const bnxt_drivers[] = { "bnxt_en", NULL };
