/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * The mlx5 mailbox layer: one PRM command through fwctl: build the 16-byte big-endian in
 * header, send at a scope, check the out header's status/syndrome.
 * Shared by every mlx5 command (caps, registers, resource dump...).
 */
#ifndef FWCTL_MLX5_MBOX_H
#define FWCTL_MLX5_MBOX_H

#include <stddef.h>
#include <stdint.h>

#include "../../lib/device.h"
#include "../../lib/error.h"
#include "../../lib/rpc.h"
#include "uapi.h"

/* PRM command status values (out header byte 0). */
enum mlx5_cmd_status {
	MLX5_CMD_STAT_OK = 0x0,
	MLX5_CMD_STAT_INT_ERR = 0x1,
	MLX5_CMD_STAT_BAD_OP_ERR = 0x2,
	MLX5_CMD_STAT_BAD_PARAM_ERR = 0x3,
	MLX5_CMD_STAT_BAD_SYS_STATE_ERR = 0x4,
	MLX5_CMD_STAT_BAD_RES_ERR = 0x5,
	MLX5_CMD_STAT_RES_BUSY = 0x6,
	MLX5_CMD_STAT_LIM_ERR = 0x8,
	MLX5_CMD_STAT_BAD_RES_STATE_ERR = 0x9,
	MLX5_CMD_STAT_IX_ERR = 0xa,
	MLX5_CMD_STAT_NO_RES_ERR = 0xf,
	MLX5_CMD_STAT_BAD_INP_LEN_ERR = 0x50,
	MLX5_CMD_STAT_BAD_OUTP_LEN_ERR = 0x51,
	MLX5_CMD_STAT_BAD_QP_STATE_ERR = 0x10,
	MLX5_CMD_STAT_BAD_PKT_ERR = 0x30,
	MLX5_CMD_STAT_BAD_SIZE_OUTS_CQES_ERR = 0x40,
};

/* "BAD_PARAM" etc.; NULL for values the PRM does not name. */
const char *mlx5_status_name(uint8_t status);

/* Fill the generic in header: opcode, op_mod (uid is the kernel's business). */
void mlx5_mbox_hdr(uint8_t *in, uint16_t opcode, uint16_t op_mod);

/* The out header's status byte and syndrome. */
uint8_t mlx5_mbox_status(const uint8_t *out);
uint32_t mlx5_mbox_syndrome(const uint8_t *out);

/* mlx5_mbox_send() flags; the low 16 bits are fwctl_rpc_flags, passed on. */
enum {
	/* A firmware error status returns 1 (read it with mlx5_mbox_status())
	 * instead of failing: for commands that report per-item status
	 * (query-caps reports a refused type in its place). */
	MLX5_SEND_FW_STATUS = 1u << 16,
};

/*
 * Send the mailbox `in` (in_len bytes, header already filled) at `scope`;
 * `out` gets out_cap bytes (zeroed first).  Returns 0 when the firmware
 * answered status OK; -1 with err set otherwise (kernel refusal -> its kind;
 * firmware status -> FWCTL_ERR_FIRMWARE with status name and syndrome), or
 * 1 for a firmware status with MLX5_SEND_FW_STATUS.  `what` names the
 * command for traces and messages ("QUERY_HCA_CAP GENERAL").
 */
int mlx5_mbox_send(struct fwctl_handle *h, uint32_t scope, const uint8_t *in, size_t in_len,
		   uint8_t *out, size_t out_cap, const char *what, unsigned flags,
		   struct fwctl_err *err);
/* The same for a request built once and sent many times (a resource dump):
 * a->flags are its fwctl_rpc_flags, flags the MLX5_SEND_ ones. */
int mlx5_mbox_call(struct fwctl_handle *h, struct fwctl_rpc_args *a, unsigned flags,
		   struct fwctl_err *err);

#endif
