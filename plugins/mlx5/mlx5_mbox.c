// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * The mlx5 mailbox layer.  Per-RPC cost matters (a coredump is tens of
 * thousands of calls): no allocation, no formatting unless tracing.
 */
#include <errno.h>
#include <stdio.h>
#include <string.h>

#include "../../lib/prm.h"
#include "../../lib/rpc.h"
#include "mlx5_mbox.h"

const char *mlx5_status_name(uint8_t status)
{
	switch (status) {
	case MLX5_CMD_STAT_OK: return "OK";
	case MLX5_CMD_STAT_INT_ERR: return "INTERNAL_ERR";
	case MLX5_CMD_STAT_BAD_OP_ERR: return "BAD_OP";
	case MLX5_CMD_STAT_BAD_PARAM_ERR: return "BAD_PARAM";
	case MLX5_CMD_STAT_BAD_SYS_STATE_ERR: return "BAD_SYS_STATE";
	case MLX5_CMD_STAT_BAD_RES_ERR: return "BAD_RESOURCE";
	case MLX5_CMD_STAT_RES_BUSY: return "RESOURCE_BUSY";
	case MLX5_CMD_STAT_LIM_ERR: return "EXCEED_LIM";
	case MLX5_CMD_STAT_BAD_RES_STATE_ERR: return "BAD_RES_STATE";
	case MLX5_CMD_STAT_IX_ERR: return "BAD_INDEX";
	case MLX5_CMD_STAT_NO_RES_ERR: return "NO_RESOURCES";
	case MLX5_CMD_STAT_BAD_QP_STATE_ERR: return "BAD_QP_STATE";
	case MLX5_CMD_STAT_BAD_PKT_ERR: return "BAD_PKT";
	case MLX5_CMD_STAT_BAD_SIZE_OUTS_CQES_ERR: return "BAD_SIZE_OUTS_CQES";
	case MLX5_CMD_STAT_BAD_INP_LEN_ERR: return "BAD_INPUT_LEN";
	case MLX5_CMD_STAT_BAD_OUTP_LEN_ERR: return "BAD_OUTPUT_LEN";
	default: return NULL;
	}
}

void mlx5_mbox_hdr(uint8_t *in, uint16_t opcode, uint16_t op_mod)
{
	memset(in, 0, MLX5_MBOX_HDR_LEN);
	prm_put_be16(in + MLX5_IN_OPCODE_OFF, opcode);
	prm_put_be16(in + MLX5_IN_OP_MOD_OFF, op_mod);
}

uint8_t mlx5_mbox_status(const uint8_t *out)
{
	return out[MLX5_OUT_STATUS_OFF];
}

uint32_t mlx5_mbox_syndrome(const uint8_t *out)
{
	return prm_be32(out + MLX5_OUT_SYNDROME_OFF);
}

int mlx5_mbox_send(struct fwctl_handle *h, uint32_t scope, const uint8_t *in, size_t in_len,
		   uint8_t *out, size_t out_cap, const char *what, unsigned flags,
		   struct fwctl_err *err)
{
	struct fwctl_rpc_args a = {
		.scope = scope, .in = in, .in_len = in_len,
		.out = out, .out_cap = out_cap, .what = what, .flags = flags & 0xffffu,
	};

	return mlx5_mbox_call(h, &a, flags, err);
}

int mlx5_mbox_call(struct fwctl_handle *h, struct fwctl_rpc_args *a, unsigned flags,
		   struct fwctl_err *err)
{
	if (a->in_len < MLX5_MBOX_HDR_LEN || a->out_cap < MLX5_MBOX_HDR_LEN)
		return fwctl_err_set(err, FWCTL_ERR_USAGE, EINVAL,
				     "%s: mlx5 mailboxes are at least 16 bytes",
				     a->what ? a->what : "command");
	if (flags & MLX5_SEND_FW_STATUS)
		a->flags |= FWCTL_RPC_OWN_STATUS;
	/* Length and status are checked by the RPC layer (policy.c). */
	if (fwctl_rpc_call(h, a, err))
		return -1;
	return mlx5_mbox_status(a->out) ? 1 : 0;
}
