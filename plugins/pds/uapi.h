/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * The pds driver's part of the fwctl user ABI, written from the facts in
 * shared/kernel-abi.md (not copied from kernel headers), pinned with
 * _Static_assert like the core part in lib/abi.h.
 */
#ifndef FWCTL_PDS_UAPI_H
#define FWCTL_PDS_UAPI_H

#include "../../lib/abi.h"

#define FWCTL_DEVICE_TYPE_PDS 4

/* ---- pds (include/uapi/fwctl/pds.h) ---- */

struct fwctl_info_pds {
	uint32_t uctx_caps;
};
FWCTL_ASSERT_SIZE(struct fwctl_info_pds, 4);
/* The driver ORs bit *numbers* as masks: QUERY(0)|SEND(1) reads as 1. */
#define FWCTL_PDS_CAP_QUERY 0u
#define FWCTL_PDS_CAP_SEND  1u

struct fwctl_rpc_pds {
	struct {
		uint32_t op;        /* bits 15:0 command, 23:16 version */
		uint32_t ep;
		uint32_t rsvd;
		uint32_t len;
		uint64_t payload;   /* user pointer to the request payload */
	} in;
	struct {
		uint32_t retval;
		uint32_t rsvd[2];
		uint32_t len;
		uint64_t payload;   /* user pointer to the response buffer */
	} out;
};
FWCTL_ASSERT_SIZE(struct fwctl_rpc_pds, 48);
FWCTL_ASSERT_OFF(struct fwctl_rpc_pds, in.op, 0);
FWCTL_ASSERT_OFF(struct fwctl_rpc_pds, in.ep, 4);
FWCTL_ASSERT_OFF(struct fwctl_rpc_pds, in.rsvd, 8);
FWCTL_ASSERT_OFF(struct fwctl_rpc_pds, in.len, 12);
FWCTL_ASSERT_OFF(struct fwctl_rpc_pds, in.payload, 16);
FWCTL_ASSERT_OFF(struct fwctl_rpc_pds, out.retval, 24);
FWCTL_ASSERT_OFF(struct fwctl_rpc_pds, out.rsvd, 28);
FWCTL_ASSERT_OFF(struct fwctl_rpc_pds, out.len, 36);
FWCTL_ASSERT_OFF(struct fwctl_rpc_pds, out.payload, 40);
#define FWCTL_PDS_OP_CMD_MASK  0x0000ffffu
#define FWCTL_PDS_OP_VER_SHIFT 16
#define FWCTL_PDS_OP_VER_MASK  0x00ff0000u

#endif
