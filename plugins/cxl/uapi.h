/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * The cxl driver's part of the fwctl user ABI, written from the facts in
 * shared/kernel-abi.md (not copied from kernel headers), pinned with
 * _Static_assert like the core part in lib/abi.h.
 */
#ifndef FWCTL_CXL_UAPI_H
#define FWCTL_CXL_UAPI_H

#include "../../lib/abi.h"

#define FWCTL_DEVICE_TYPE_CXL 2

/* ---- cxl (include/uapi/fwctl/cxl.h, include/uapi/cxl/features.h) ---- */

struct fwctl_rpc_cxl_hdr {
	uint32_t opcode;   /* CXL mailbox opcode; the kernel uses the low 16 bits */
	uint32_t flags;
	uint32_t op_size;  /* size of the payload that follows */
	uint32_t reserved1;
};
FWCTL_ASSERT_SIZE(struct fwctl_rpc_cxl_hdr, 16);
FWCTL_ASSERT_OFF(struct fwctl_rpc_cxl_hdr, opcode, 0);
FWCTL_ASSERT_OFF(struct fwctl_rpc_cxl_hdr, flags, 4);
FWCTL_ASSERT_OFF(struct fwctl_rpc_cxl_hdr, op_size, 8);
FWCTL_ASSERT_OFF(struct fwctl_rpc_cxl_hdr, reserved1, 12);

struct fwctl_rpc_cxl_out_hdr {
	uint32_t size;     /* payload size */
	uint32_t retval;   /* CXL mailbox return code */
};
FWCTL_ASSERT_SIZE(struct fwctl_rpc_cxl_out_hdr, 8);
FWCTL_ASSERT_OFF(struct fwctl_rpc_cxl_out_hdr, size, 0);
FWCTL_ASSERT_OFF(struct fwctl_rpc_cxl_out_hdr, retval, 4);

#define CXL_MBOX_OP_GET_SUPPORTED_FEATURES 0x0500
#define CXL_MBOX_OP_GET_FEATURE            0x0501
#define CXL_MBOX_OP_SET_FEATURE            0x0502

/* CXL structures are little-endian and packed. */
struct cxl_get_sup_feats_in {
	uint32_t count;     /* bytes of output space */
	uint16_t start_idx;
	uint8_t reserved[2];
} __attribute__((packed));
FWCTL_ASSERT_SIZE(struct cxl_get_sup_feats_in, 8);
FWCTL_ASSERT_OFF(struct cxl_get_sup_feats_in, start_idx, 4);

struct cxl_feat_entry {
	uint8_t uuid[16];
	uint16_t id;
	uint16_t get_feat_size;
	uint16_t set_feat_size;
	uint32_t flags;
	uint8_t get_feat_ver;
	uint8_t set_feat_ver;
	uint16_t effects;
	uint8_t reserved[18];
} __attribute__((packed));
FWCTL_ASSERT_SIZE(struct cxl_feat_entry, 48);
FWCTL_ASSERT_OFF(struct cxl_feat_entry, id, 16);
FWCTL_ASSERT_OFF(struct cxl_feat_entry, get_feat_size, 18);
FWCTL_ASSERT_OFF(struct cxl_feat_entry, set_feat_size, 20);
FWCTL_ASSERT_OFF(struct cxl_feat_entry, flags, 22);
FWCTL_ASSERT_OFF(struct cxl_feat_entry, get_feat_ver, 26);
FWCTL_ASSERT_OFF(struct cxl_feat_entry, set_feat_ver, 27);
FWCTL_ASSERT_OFF(struct cxl_feat_entry, effects, 28);

struct cxl_get_sup_feats_out_hdr {
	uint16_t num_entries;
	uint16_t supported_feats;
	uint8_t reserved[4];
} __attribute__((packed));
FWCTL_ASSERT_SIZE(struct cxl_get_sup_feats_out_hdr, 8);
FWCTL_ASSERT_OFF(struct cxl_get_sup_feats_out_hdr, supported_feats, 2);

struct cxl_get_feat_in {
	uint8_t uuid[16];
	uint16_t offset;
	uint16_t count;
	uint8_t selection;  /* 0 current, 1 default, 2 saved */
} __attribute__((packed));
FWCTL_ASSERT_SIZE(struct cxl_get_feat_in, 21);
FWCTL_ASSERT_OFF(struct cxl_get_feat_in, offset, 16);
FWCTL_ASSERT_OFF(struct cxl_get_feat_in, count, 18);
FWCTL_ASSERT_OFF(struct cxl_get_feat_in, selection, 20);

struct cxl_set_feat_in_hdr {
	uint8_t uuid[16];
	uint32_t flags;     /* bits 2:0 data transfer, bit 3 saved across reset */
	uint16_t offset;
	uint8_t version;
	uint8_t rsvd[9];
} __attribute__((packed));
FWCTL_ASSERT_SIZE(struct cxl_set_feat_in_hdr, 32);
FWCTL_ASSERT_OFF(struct cxl_set_feat_in_hdr, flags, 16);
FWCTL_ASSERT_OFF(struct cxl_set_feat_in_hdr, offset, 20);
FWCTL_ASSERT_OFF(struct cxl_set_feat_in_hdr, version, 22);

/* Get Feature selection (CXL r3.2 Table 8-99) */
#define CXL_GET_FEAT_SEL_CURRENT 0
#define CXL_GET_FEAT_SEL_DEFAULT 1
#define CXL_GET_FEAT_SEL_SAVED   2

#define CXL_FEAT_F_CHANGEABLE          (1u << 0)
#define CXL_FEAT_F_PERSIST_FW_UPDATE   (1u << 4)
#define CXL_FEAT_F_DEFAULT_SEL         (1u << 5)
#define CXL_FEAT_F_SAVED_SEL           (1u << 6)

#define CXL_EFFECT_CONFIG_CHANGE_COLD_RESET  (1u << 0)
#define CXL_EFFECT_CONFIG_CHANGE_IMMEDIATE   (1u << 1)
#define CXL_EFFECT_DATA_CHANGE_IMMEDIATE     (1u << 2)
#define CXL_EFFECT_POLICY_CHANGE_IMMEDIATE   (1u << 3)
#define CXL_EFFECT_LOG_CHANGE_IMMEDIATE      (1u << 4)
#define CXL_EFFECT_SECURITY_STATE_CHANGE     (1u << 5)
#define CXL_EFFECT_BACKGROUND                (1u << 6)
#define CXL_EFFECT_BGCMD_ABORT_SUPPORTED     (1u << 7)
#define CXL_EFFECT_EFFECTS_VALID             (1u << 9)
#define CXL_EFFECT_CONFIG_CHANGE_CONV_RESET  (1u << 10)
#define CXL_EFFECT_CONFIG_CHANGE_CXL_RESET   (1u << 11)
#define CXL_EFFECT_RESERVED_MASK             0xf000u
/* The kernel's Set Feature scope rule (cxlctl_validate_set_features). */
#define CXL_EFFECT_IMMEDIATE_MASK (CXL_EFFECT_CONFIG_CHANGE_IMMEDIATE | \
	CXL_EFFECT_DATA_CHANGE_IMMEDIATE | CXL_EFFECT_POLICY_CHANGE_IMMEDIATE | \
	CXL_EFFECT_LOG_CHANGE_IMMEDIATE)
#define CXL_EFFECT_RESET_MASK (CXL_EFFECT_CONFIG_CHANGE_COLD_RESET | \
	CXL_EFFECT_CONFIG_CHANGE_CONV_RESET | CXL_EFFECT_CONFIG_CHANGE_CXL_RESET)
/* struct fwctl_rpc_cxl_out is the 8-byte header plus an 8-byte union. */
#define FWCTL_RPC_CXL_OUT_STRUCT 16

#define CXL_SET_FEAT_XFER_MASK      0x7u
#define CXL_SET_FEAT_XFER_FULL      0
#define CXL_SET_FEAT_XFER_INITIATE  1
#define CXL_SET_FEAT_XFER_CONTINUE  2
#define CXL_SET_FEAT_XFER_FINISH    3
#define CXL_SET_FEAT_XFER_ABORT     4
#define CXL_SET_FEAT_SAVED_ACROSS_RESET (1u << 3)

#endif
