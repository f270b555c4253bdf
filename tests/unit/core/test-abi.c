// SPDX-License-Identifier: GPL-2.0-or-later
/* lib/abi.h compiles (its _Static_asserts hold) and its numbers match the kernel's. */
#include "../../../lib/abi.h"
#include "../../../plugins/bnxt/uapi.h"
#include "../../../plugins/cxl/uapi.h"
#include "../../../plugins/mlx5/uapi.h"
#include "../../../plugins/pds/uapi.h"
#include "../../tap.h"

int main(void)
{
	ok(FWCTL_IOCTL_INFO == 0x9A00, "FWCTL_IOCTL_INFO == 0x9A00");
	ok(FWCTL_IOCTL_RPC == 0x9A01, "FWCTL_IOCTL_RPC == 0x9A01");
	ok(sizeof(struct fwctl_info) == 24, "sizeof(struct fwctl_info) == 24");
	ok(sizeof(struct fwctl_rpc) == 32, "sizeof(struct fwctl_rpc) == 32");
	ok(sizeof(struct fwctl_rpc_pds) == 48, "sizeof(struct fwctl_rpc_pds) == 48");
	ok(sizeof(struct fwctl_rpc_cxl_hdr) == 16, "sizeof(struct fwctl_rpc_cxl_hdr) == 16");
	ok(sizeof(struct fwctl_rpc_cxl_out_hdr) == 8, "sizeof(struct fwctl_rpc_cxl_out_hdr) == 8");
	ok(sizeof(struct cxl_feat_entry) == 48, "sizeof(struct cxl_feat_entry) == 48");
	ok(sizeof(struct cxl_get_feat_in) == 21, "sizeof(struct cxl_get_feat_in) == 21");
	ok(sizeof(struct cxl_set_feat_in_hdr) == 32, "sizeof(struct cxl_set_feat_in_hdr) == 32");
	ok(sizeof(struct hwrm_req_hdr) == 16, "sizeof(struct hwrm_req_hdr) == 16");
	ok(FWCTL_DEVICE_TYPE_MLX5 == 1 && FWCTL_DEVICE_TYPE_CXL == 2 &&
	      FWCTL_DEVICE_TYPE_BNXT == 3 && FWCTL_DEVICE_TYPE_PDS == 4, "FWCTL_DEVICE_TYPE_MLX5 == 1 && FWCTL_DEVICE_TYPE_CXL == 2 && FWCTL_DEVICE_TYPE_BNXT == 3 && FWCTL_DEVICE_TYPE_PDS == 4");
	ok(FWCTL_MAX_RPC_LEN == 2 * 1024 * 1024, "FWCTL_MAX_RPC_LEN == 2 * 1024 * 1024");
	return tap_done();
}
