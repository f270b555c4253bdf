/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * The kernel's fwctl user ABI, written for fwctl from the facts in
 * shared/kernel-abi.md (not copied from kernel headers).  Every layout is
 * pinned with _Static_assert so a mistake fails the build, not a device.
 */
#ifndef FWCTL_ABI_H
#define FWCTL_ABI_H

#include <stddef.h>
#include <stdint.h>
#include <linux/ioctl.h>

#define FWCTL_ASSERT_SIZE(type, n) \
	_Static_assert(sizeof(type) == (n), #type " must be " #n " bytes")
#define FWCTL_ASSERT_OFF(type, field, n) \
	_Static_assert(offsetof(type, field) == (n), #type "." #field " must be at " #n)

/* ---- fwctl core (include/uapi/fwctl/fwctl.h) ---- */

#define FWCTL_IOCTL_TYPE 0x9A
/* Both ioctls are _IO(): the struct size travels in the struct, not the number. */
#define FWCTL_IOCTL_INFO _IO(FWCTL_IOCTL_TYPE, 0)
#define FWCTL_IOCTL_RPC  _IO(FWCTL_IOCTL_TYPE, 1)
_Static_assert(FWCTL_IOCTL_INFO == 0x9A00, "FWCTL_INFO number");
_Static_assert(FWCTL_IOCTL_RPC == 0x9A01, "FWCTL_RPC number");

enum fwctl_device_type {
	FWCTL_DEVICE_TYPE_ERROR = 0,
	FWCTL_DEVICE_TYPE_MLX5 = 1,
	FWCTL_DEVICE_TYPE_CXL = 2,
	FWCTL_DEVICE_TYPE_BNXT = 3,
	FWCTL_DEVICE_TYPE_PDS = 4,
};

enum fwctl_rpc_scope {
	FWCTL_RPC_CONFIGURATION = 0,
	FWCTL_RPC_DEBUG_READ_ONLY = 1,
	FWCTL_RPC_DEBUG_WRITE = 2,      /* taints the kernel */
	FWCTL_RPC_DEBUG_WRITE_FULL = 3, /* taints, needs CAP_SYS_RAWIO */
};
#define FWCTL_RPC_SCOPE_MAX FWCTL_RPC_DEBUG_WRITE_FULL

/* The core refuses in_len/out_len above this with EMSGSIZE. */
#define FWCTL_MAX_RPC_LEN (2u * 1024 * 1024)
/* Minor numbers come from an IDA of this size. */
#define FWCTL_MAX_DEVICES 4096

struct fwctl_info {
	uint32_t size;
	uint32_t flags;           /* must be 0 */
	uint32_t out_device_type;
	uint32_t device_data_len; /* in: buffer size; out: driver's real length */
	uint64_t out_device_data; /* user pointer */
};
FWCTL_ASSERT_SIZE(struct fwctl_info, 24);
FWCTL_ASSERT_OFF(struct fwctl_info, size, 0);
FWCTL_ASSERT_OFF(struct fwctl_info, flags, 4);
FWCTL_ASSERT_OFF(struct fwctl_info, out_device_type, 8);
FWCTL_ASSERT_OFF(struct fwctl_info, device_data_len, 12);
FWCTL_ASSERT_OFF(struct fwctl_info, out_device_data, 16);

struct fwctl_rpc {
	uint32_t size;
	uint32_t scope;
	uint32_t in_len;
	uint32_t out_len;  /* in: buffer size; out: driver's length (may be larger) */
	uint64_t in;       /* user pointer */
	uint64_t out;      /* user pointer */
};
FWCTL_ASSERT_SIZE(struct fwctl_rpc, 32);
FWCTL_ASSERT_OFF(struct fwctl_rpc, size, 0);
FWCTL_ASSERT_OFF(struct fwctl_rpc, scope, 4);
FWCTL_ASSERT_OFF(struct fwctl_rpc, in_len, 8);
FWCTL_ASSERT_OFF(struct fwctl_rpc, out_len, 12);
FWCTL_ASSERT_OFF(struct fwctl_rpc, in, 16);
FWCTL_ASSERT_OFF(struct fwctl_rpc, out, 24);

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

/* ---- bnxt (include/uapi/fwctl/bnxt.h) ---- */

struct fwctl_info_bnxt {
	uint32_t uctx_caps;  /* INLINE|QUERY|SEND = 0x7 */
};
FWCTL_ASSERT_SIZE(struct fwctl_info_bnxt, 4);

/* Every HWRM request starts with this 16-byte header (little-endian). */
struct hwrm_req_hdr {
	uint16_t req_type;
	uint16_t cmpl_ring;  /* must be 0xffff through fwctl */
	uint16_t seq_id;     /* overwritten by the kernel */
	uint16_t target_id;  /* 0xffff = this function's firmware */
	uint64_t resp_addr;  /* overwritten by the kernel */
};
FWCTL_ASSERT_SIZE(struct hwrm_req_hdr, 16);
FWCTL_ASSERT_OFF(struct hwrm_req_hdr, cmpl_ring, 2);
FWCTL_ASSERT_OFF(struct hwrm_req_hdr, seq_id, 4);
FWCTL_ASSERT_OFF(struct hwrm_req_hdr, target_id, 6);
FWCTL_ASSERT_OFF(struct hwrm_req_hdr, resp_addr, 8);

/* Every HWRM response starts with this 8-byte header. */
struct hwrm_resp_hdr {
	uint16_t error_code;
	uint16_t req_type;
	uint16_t seq_id;
	uint16_t resp_len;   /* full response size; may exceed the buffer */
};
FWCTL_ASSERT_SIZE(struct hwrm_resp_hdr, 8);
FWCTL_ASSERT_OFF(struct hwrm_resp_hdr, req_type, 2);
FWCTL_ASSERT_OFF(struct hwrm_resp_hdr, seq_id, 4);
FWCTL_ASSERT_OFF(struct hwrm_resp_hdr, resp_len, 6);
#define HWRM_REQ_MIN_LEN 16
#define HWRM_REQ_MAX_LEN 128
#define HWRM_RESP_MIN_LEN 8

#endif /* FWCTL_ABI_H */
