/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * The bnxt driver's part of the fwctl user ABI, written from the facts in
 * shared/kernel-abi.md (not copied from kernel headers), pinned with
 * _Static_assert like the core part in lib/abi.h.
 */
#ifndef FWCTL_BNXT_UAPI_H
#define FWCTL_BNXT_UAPI_H

#include "../../lib/abi.h"

#define FWCTL_DEVICE_TYPE_BNXT 3

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

#endif
