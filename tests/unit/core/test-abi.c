// SPDX-License-Identifier: GPL-2.0-or-later
/* lib/abi.h compiles (its _Static_asserts hold) and its numbers match the kernel's. */
#include "../../../lib/abi.h"
#include "../check.h"

int main(void)
{
	CHECK(FWCTL_IOCTL_INFO == 0x9A00);
	CHECK(FWCTL_IOCTL_RPC == 0x9A01);
	CHECK(sizeof(struct fwctl_info) == 24);
	CHECK(sizeof(struct fwctl_rpc) == 32);
	CHECK(sizeof(struct fwctl_rpc_pds) == 48);
	CHECK(sizeof(struct fwctl_rpc_cxl_hdr) == 16);
	CHECK(sizeof(struct fwctl_rpc_cxl_out_hdr) == 8);
	CHECK(sizeof(struct cxl_feat_entry) == 48);
	CHECK(sizeof(struct cxl_get_feat_in) == 21);
	CHECK(sizeof(struct cxl_set_feat_in_hdr) == 32);
	CHECK(sizeof(struct hwrm_req_hdr) == 16);
	CHECK(FWCTL_DEVICE_TYPE_MLX5 == 1 && FWCTL_DEVICE_TYPE_CXL == 2 &&
	      FWCTL_DEVICE_TYPE_BNXT == 3 && FWCTL_DEVICE_TYPE_PDS == 4);
	CHECK(FWCTL_MAX_RPC_LEN == 2 * 1024 * 1024);
	TEST_DONE();
}
