// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * What each CXL RPC is, from its bytes: the mailbox opcode of the
 * fwctl_rpc_cxl header (le32 @0, of which the kernel takes 16 bits).  The
 * driver passes only the three Features commands; Set Feature changes the
 * device.  Reply contract: an 8-byte (size, retval) header at least; a
 * non-zero retval is the device's own answer (a firmware error).
 */
#include <errno.h>
#include <stdio.h>

#include <json-c/json.h>

#include "../../lib/prm.h"
#include "../plugin.h"
#include "cxl.h"
#include "cxl_cmds.h"

#define OUT_HDR sizeof(struct fwctl_rpc_cxl_out_hdr)

static const struct cxl_rpc_kind {
	uint16_t opcode;
	const char *name;
	uint32_t min_scope;
	enum fwctl_rpc_effect effect;
} cxl_rpc_kinds[] = {
	{ CXL_MBOX_OP_GET_SUPPORTED_FEATURES, "Get Supported Features", FWCTL_RPC_CONFIGURATION,
	  FWCTL_RPC_READS },
	{ CXL_MBOX_OP_GET_FEATURE, "Get Feature", FWCTL_RPC_CONFIGURATION, FWCTL_RPC_READS },
	{ CXL_MBOX_OP_SET_FEATURE, "Set Feature", FWCTL_RPC_DEBUG_WRITE, FWCTL_RPC_WRITES_DEVICE },
};

static void cxl_policy_classify(const struct fwctl_rpc_args *a, struct fwctl_rpc_class *c)
{
	uint16_t opcode;

	c->reply_min = OUT_HDR;
	if (!a->in || a->in_len < sizeof(struct fwctl_rpc_cxl_hdr)) {
		c->malformed = true;
		snprintf(c->name, sizeof(c->name), "a request shorter than the cxl header");
		return;
	}
	opcode = (uint16_t)prm_le32(a->in);
	for (size_t i = 0; i < FWCTL_ARRAY_SIZE(cxl_rpc_kinds); i++) {
		const struct cxl_rpc_kind *k = &cxl_rpc_kinds[i];

		if (k->opcode != opcode)
			continue;
		c->known = true;
		c->min_scope = k->min_scope;
		c->effect = k->effect;
		snprintf(c->name, sizeof(c->name), "%s", k->name);
		return;
	}
	c->off_allow_list = true;
	snprintf(c->name, sizeof(c->name), "mailbox opcode 0x%04x", opcode);
}

static int cxl_policy_check_reply(const struct fwctl_rpc_args *a, const struct fwctl_rpc_class *c,
				  struct fwctl_err *err)
{
	const char *what = a->what ? a->what : c->name;
	uint32_t size = prm_le32(a->out), retval = prm_le32((const uint8_t *)a->out + 4);
	const char *nm;

	if (a->out_len - OUT_HDR < size && !(a->flags & FWCTL_RPC_ALLOW_TRUNCATED))
		return fwctl_err_set(err, FWCTL_ERR_TRUNCATED, EPROTO,
				     "%s: reply truncated: %zu bytes received, its header says %zu",
				     what, a->out_len, (size_t)size + OUT_HDR);
	if (!retval || (a->flags & FWCTL_RPC_OWN_STATUS))
		return 0;
	nm = cxl_retval_name(retval);
	return fwctl_err_firmware(err, retval, nm, false, 0,
				  "%s: the device answered %s (CXL mailbox return code 0x%x)", what,
				  nm ? nm : "an unknown status", retval);
}

static bool cxl_policy_explain_errno(const struct fwctl_rpc_args *a, const struct fwctl_rpc_class *c,
				     int e, struct fwctl_err *err)
{
	if (e != EINVAL)
		return false;
	if (c->malformed)
		fwctl_err_set(err, FWCTL_ERR_FAILED, e,
			      "the cxl driver refused the request (EINVAL): %s", c->name);
	else if (!c->known)
		fwctl_err_set(err, FWCTL_ERR_UNSUPPORTED, e,
			      "the cxl driver refused the request (EINVAL): %s is not one of the Features "
			      "commands it passes", c->name);
	else if (a->scope < c->min_scope)
		fwctl_err_set(err, FWCTL_ERR_PERMISSION, e,
			      "the cxl driver refused the request (EINVAL): %s at scope %s needs scope %s",
			      c->name, fwctl_scope_name(a->scope), fwctl_scope_name(c->min_scope));
	else
		fwctl_err_set(err, FWCTL_ERR_FAILED, e,
			      "the cxl driver refused the request (EINVAL): wrong payload size, unknown "
			      "or read-only feature, or scope %s too low for it", fwctl_scope_name(a->scope));
	return true;
}

const struct fwctl_rpc_policy cxl_rpc_policy = {
	.classify = cxl_policy_classify,
	.check_reply = cxl_policy_check_reply,
	.explain_errno = cxl_policy_explain_errno,
};

const char *const cxl_drivers[] = { "cxl_mem", NULL };
/* A CXL memdev (memN on the cxl bus) is the fwctl device's parent. */
const struct fwctl_parent_bus cxl_parent_buses[] = { { "cxl", "cxl_memdev" }, { NULL, NULL } };
