/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * The mlx5 driver's part of the fwctl user ABI, written from the facts in
 * shared/kernel-abi.md (not copied from kernel headers), pinned with
 * _Static_assert like the core part in lib/abi.h.
 */
#ifndef FWCTL_MLX5_UAPI_H
#define FWCTL_MLX5_UAPI_H

#include "../../lib/abi.h"

#define FWCTL_DEVICE_TYPE_MLX5 1

/* ---- mlx5 (include/uapi/fwctl/mlx5.h) ---- */

struct fwctl_info_mlx5 {
	uint32_t uid;        /* firmware user context bound to the fd */
	uint32_t uctx_caps;  /* capabilities enabled for that uid */
};
FWCTL_ASSERT_SIZE(struct fwctl_info_mlx5, 8);
FWCTL_ASSERT_OFF(struct fwctl_info_mlx5, uid, 0);
FWCTL_ASSERT_OFF(struct fwctl_info_mlx5, uctx_caps, 4);
#define FWCTL_MLX5_UCTX_CAP_TOOLS_RESOURCES 0x4u

/* PRM mailbox headers are big-endian; byte offsets of the fields we touch. */
#define MLX5_MBOX_HDR_LEN       16
#define MLX5_IN_OPCODE_OFF      0   /* be16 */
#define MLX5_IN_UID_OFF         2   /* be16, overwritten by the kernel */
#define MLX5_IN_OP_MOD_OFF      6   /* be16 */
#define MLX5_OUT_STATUS_OFF     0   /* u8 */
#define MLX5_OUT_SYNDROME_OFF   4   /* be32 */

#endif
