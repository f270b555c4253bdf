// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * The NVM directory decoders: bytes 0-3 entries, 4-7 entry_length (le32,
 * as HWRM_NVM_GET_DIR_INFO answers), the rest the directory data (the
 * 64 KiB DMA buffer, zero past the input).  Whatever the firmware says,
 * decoding stays inside entries x entry_length once the shape check
 * passed; the package-log parser takes any bytes.
 */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <json-c/json.h>

#include "../../../plugins/bnxt/nvm.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static uint8_t buf[65536];
	struct json_object *j;
	struct fwctl_err err;
	uint32_t entries, len;

	if (size < 8)
		return 0;
	entries = prm_le32(data);
	len = prm_le32(data + 4);
	memset(&err, 0, sizeof(err));
	j = bnxt_nvm_pkglog_json(data + 8, size - 8);
	json_object_put(j);
	if (bnxt_nvm_dir_check(entries, len, &err) < 0)
		return 0;
	if ((uint64_t)entries * len > sizeof(buf))
		__builtin_trap();
	/* Thousands of JSON objects per input would starve the search: the
	 * shape check is what protects the bounds, and it ran above. */
	if (entries > 512)
		return 0;
	memset(buf, 0, (size_t)entries * len);
	memcpy(buf, data + 8, size - 8 < (size_t)entries * len ? size - 8 : (size_t)entries * len);
	for (uint32_t i = 0; i < entries; i++) {
		struct bnxt_nvm_item it;

		bnxt_nvm_item(buf, len, i, &it);
		if (it.index != (uint16_t)i)
			__builtin_trap();
	}
	j = bnxt_nvm_dir_json(buf, entries, len);
	if (!j || json_object_array_length(j) != entries)
		__builtin_trap();
	json_object_put(j);
	return 0;
}
