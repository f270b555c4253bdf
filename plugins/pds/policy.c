// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * What each pds RPC is.  The pds driver asks the firmware which scope
 * each operation needs, but a writing operation (attribute WRITE) is
 * passed at config, the lowest scope, and user space never sees the
 * attributes: only a catalogue entry (its `writes` flag) says whether an
 * operation writes.  pds_send() hands that classification to the RPC
 * layer itself; an operation no catalogue describes is of unknown effect
 * and needs --force, like any request whose effect cannot be told.
 *
 * Reply contract: the driver hands the whole 48-byte struct back (shorter
 * is truncated), endpoint, operation and lengths echoed unchanged, and
 * out.retval is the firmware's status.
 */
#include <errno.h>
#include <stdio.h>

#include <json-c/json.h>

#include "pds_cmds.h"

void pds_rpc_class(const struct pds_op *op, uint32_t ep, uint32_t op_word, uint32_t scope,
		   struct fwctl_rpc_class *c)
{
	*c = (struct fwctl_rpc_class){ .effect = FWCTL_RPC_READS };
	if (op) {
		c->known = true;
		c->min_scope = op->scope;
		c->effect = op->writes ? FWCTL_RPC_WRITES_DEVICE : FWCTL_RPC_READS;
		snprintf(c->name, sizeof(c->name), "%s.%s", op->ep->name, op->name);
		return;
	}
	(void)scope;
	c->effect = FWCTL_RPC_UNKNOWN;
	c->effect_text = "no pds catalogue describes this operation, so whether it writes "
			 "cannot be told (give one with --catalog FILE)";
	snprintf(c->name, sizeof(c->name), "endpoint %u operation 0x%x", ep,
		 op_word & FWCTL_PDS_OP_CMD_MASK);
}

static void pds_policy_classify(const struct fwctl_rpc_args *a, struct fwctl_rpc_class *c)
{
	const struct fwctl_rpc_pds *r = a->in;

	if (!r || a->in_len < sizeof(*r)) {
		c->malformed = true;
		snprintf(c->name, sizeof(c->name), "a request shorter than struct fwctl_rpc_pds");
		return;
	}
	pds_rpc_class(NULL, r->in.ep, r->in.op, a->scope, c);
	c->reply_min = sizeof(*r);
}

static int pds_policy_check_reply(const struct fwctl_rpc_args *a, const struct fwctl_rpc_class *c,
				  struct fwctl_err *err)
{
	size_t len = a->out_len < a->out_cap ? a->out_len : a->out_cap;
	const char *n, *t;
	struct pds_reply r;

	if (c->malformed)
		return 0;   /* no request struct to hold the answer against */
	if (pds_reply_check(a->in, a->out, len, &r, err) < 0) {
		fwctl_err_prefix(err, "%s", c->name);
		return -1;
	}
	if (!r.retval || (a->flags & FWCTL_RPC_OWN_STATUS))
		return 0;
	n = pds_status_name(r.retval);
	t = pds_status_text(r.retval);
	return fwctl_err_firmware(err, r.retval, n, false, 0,
				  "the firmware answered %s with retval %u (%s%s%s)", c->name,
				  r.retval, n ? n : "unknown status", t ? ": " : "", t ? t : "");
}

static bool pds_policy_explain_errno(const struct fwctl_rpc_args *a, const struct fwctl_rpc_class *c,
				     int e, struct fwctl_err *err)
{
	(void)c;
	if (e == EPERM)
		fwctl_err_set(err, FWCTL_ERR_PERMISSION, e,
			      "the pds driver refused scope %s: the operation needs a higher scope "
			      "(config < debug-ro < debug-write < debug-write-full; write scopes need --force)",
			      fwctl_scope_name(a->scope));
	else if (e == EINVAL)
		fwctl_err_set(err, FWCTL_ERR_FAILED, e,
			      "the pds driver refused the request (EINVAL): unknown endpoint or "
			      "operation, or a payload over the firmware's maximum size");
	else
		return false;
	return true;
}

const struct fwctl_rpc_policy pds_rpc_policy = {
	.classify = pds_policy_classify,
	.check_reply = pds_policy_check_reply,
	.explain_errno = pds_policy_explain_errno,
};

void pds_device_data_json(const uint8_t *data, uint32_t len, struct json_object *into)
{
	if (len < sizeof(struct fwctl_info_pds)) {
		json_object_object_add(into, "note", json_object_new_string(
			"the kernel reported no device data (a known pds driver bug); caps unknown"));
		return;
	}
	json_object_object_add(into, "uctx_caps", json_object_new_int64(fwctl_devdata_u32(data, len, 0)));
}

const char *const pds_drivers[] = { "pds_core", NULL };
