// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * The HWRM response-header checks: bytes 0-1 = the request's req_type,
 * byte 2 = allow_truncated, the rest = the buffer the kernel returned.
 * Invariants: data_len never exceeds the buffer; success implies a sane
 * resp_len and the echoed req_type.
 */
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "../../../plugins/bnxt/bnxt.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct bnxt_resp st;
	struct fwctl_err err;
	uint16_t req_type;
	bool allow;
	int rc;

	if (size < 3)
		return 0;
	req_type = (uint16_t)(data[0] | data[1] << 8);
	allow = data[2] & 1;
	data += 3;
	size -= 3;
	memset(&err, 0, sizeof(err));
	rc = bnxt_resp_check(req_type, data, size, allow, &st, &err);
	if (st.data_len > size)
		__builtin_trap();
	if (rc == 0 && (st.error_code != 0 || st.resp_len < 8 || st.req_type != req_type ||
			(st.truncated && !allow)))
		__builtin_trap();
	if (rc != 0 && !err.message[0])
		__builtin_trap();
	(void)bnxt_cmd_by_type(req_type);
	(void)bnxt_fw_error_name(st.error_code);
	return 0;
}
