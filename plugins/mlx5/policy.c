// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * What each mlx5 RPC is, from its bytes: the opcode (be16 @0) and op_mod
 * (be16 @6) of the in header, looked up in the opcode table.  Applied by
 * lib/rpc.c to every request, from any command (raw ones included).
 *
 * Reply contract: the mlx5 driver copies back the whole out buffer the
 * caller asked for, so anything shorter is a truncated reply; the out
 * header's status byte is the firmware's verdict.
 */
#include <errno.h>
#include <stdio.h>

#include <json-c/json.h>

#include "../../lib/prm.h"
#include "../plugin.h"
#include "mlx5_mbox.h"
#include "mlx5_opcodes.h"
#include "mlx5_policy.h"
#include "uapi.h"

static void mlx5_policy_classify(const struct fwctl_rpc_args *a, struct fwctl_rpc_class *c)
{
	const struct mlx5_opcode *o;
	uint16_t opcode, op_mod;

	c->reply_min = a->out_cap < MLX5_MBOX_HDR_LEN ? MLX5_MBOX_HDR_LEN : a->out_cap;
	if (!a->in || a->in_len < MLX5_MBOX_HDR_LEN) {
		c->malformed = true;
		snprintf(c->name, sizeof(c->name), "a request shorter than the mlx5 header");
		return;
	}
	opcode = prm_be16((const uint8_t *)a->in + MLX5_IN_OPCODE_OFF);
	op_mod = prm_be16((const uint8_t *)a->in + MLX5_IN_OP_MOD_OFF);
	o = mlx5_opcode_by_value(opcode);
	if (!o) {
		/* The table is the kernel's allow-list. */
		c->off_allow_list = true;
		snprintf(c->name, sizeof(c->name), "opcode 0x%x", opcode);
		return;
	}
	c->known = true;
	c->min_scope = mlx5_opcode_scope(o, op_mod);
	c->effect = mlx5_opcode_writes(o, op_mod) ? FWCTL_RPC_WRITES_DEVICE : FWCTL_RPC_READS;
	snprintf(c->name, sizeof(c->name), "%s%s", o->name,
		 o->rule == OPC_OPMOD0_CONFIG ? (op_mod ? " read" : " write") : "");
}

/* A reply the check below refused: say why.  Out of line, so the check
 * every RPC passes through stays a few instructions. */
static __attribute__((noinline, cold)) int reply_error(const struct fwctl_rpc_args *a,
						       const struct fwctl_rpc_class *c,
						       struct fwctl_err *err)
{
	const char *what = a->what ? a->what : c->name;
	uint8_t status;
	uint32_t syndrome;
	const char *name;

	if (a->out_len < MLX5_MBOX_HDR_LEN)
		return fwctl_err_set(err, FWCTL_ERR_TRUNCATED, EPROTO,
				     "%s: reply of %zu bytes is shorter than the 16-byte header",
				     what, a->out_len);
	status = mlx5_mbox_status(a->out);
	syndrome = mlx5_mbox_syndrome(a->out);
	name = mlx5_status_name(status);
	return fwctl_err_firmware(err, status, name, true, syndrome,
				  "%s: firmware returned status 0x%x (%s), syndrome 0x%x",
				  what, status, name ? name : "unknown status", syndrome);
}

static int mlx5_policy_check_reply(const struct fwctl_rpc_args *a, const struct fwctl_rpc_class *c,
				   struct fwctl_err *err)
{
	/* The status byte read in place: a call per RPC costs more than the check. */
	if (a->out_len < MLX5_MBOX_HDR_LEN ||
	    (((const uint8_t *)a->out)[MLX5_OUT_STATUS_OFF] && !(a->flags & FWCTL_RPC_OWN_STATUS)))
		return reply_error(a, c, err);
	return 0;
}

static bool mlx5_policy_explain_errno(const struct fwctl_rpc_args *a, const struct fwctl_rpc_class *c,
				      int e, struct fwctl_err *err)
{
	const char *sc = fwctl_scope_name(a->scope);

	switch (e) {
	case EBADMSG:
		/* The kernel's allow-list said no: not this tool's to allow. */
		if (c->known && a->scope < c->min_scope)
			fwctl_err_set(err, FWCTL_ERR_PERMISSION, e,
				      "the mlx5 driver refused %s at scope %s (EBADMSG): it needs scope %s",
				      c->name, sc, fwctl_scope_name(c->min_scope));
		else
			fwctl_err_set(err, FWCTL_ERR_UNSUPPORTED, e,
				      "the mlx5 driver refused %s (EBADMSG): not on the kernel's allow-list "
				      "at scope %s", c->name, sc);
		return true;
	case EMSGSIZE:
		fwctl_err_set(err, FWCTL_ERR_USAGE, e,
			      "buffer size refused (EMSGSIZE): over the kernel's 2 MiB limit, or under "
			      "the 16-byte mlx5 header");
		return true;
	default:
		return false;
	}
}

const struct fwctl_rpc_policy mlx5_rpc_policy = {
	.classify = mlx5_policy_classify,
	.check_reply = mlx5_policy_check_reply,
	.explain_errno = mlx5_policy_explain_errno,
};

void mlx5_device_data_json(const uint8_t *data, uint32_t len, struct json_object *into)
{
	static const char *const bits[] = { NULL, NULL, "tools_resources" };
	uint32_t caps = fwctl_devdata_u32(data, len, 1);

	if (len < sizeof(struct fwctl_info_mlx5))
		return;
	json_object_object_add(into, "uid", json_object_new_int64(fwctl_devdata_u32(data, len, 0)));
	json_object_object_add(into, "uctx_caps", json_object_new_int64(caps));
	fwctl_json_add_flag_names(into, caps, bits, 3);
}

const char *const mlx5_drivers[] = { "mlx5_core", NULL };
