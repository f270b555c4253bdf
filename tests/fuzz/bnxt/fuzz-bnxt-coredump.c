// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * The coredump decoders: a stream of LIST pages (each: 1 byte data_len
 * selector, then a 16-byte response and up to 2048 bytes of page data),
 * fed to bnxt_cd_list_feed until it completes or refuses, then the
 * records decoded; and RETRIEVE answers of any size.
 * Invariants: the collected list never exceeds total x 16 bytes; a
 * complete list has exactly total records; a page never claims more than
 * its buffer.
 */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "../../../plugins/bnxt/coredump_fmt.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void retrieve(const uint8_t *data, size_t size)
{
	struct bnxt_cd_page pg;
	struct fwctl_err err;
	uint32_t buf_len;

	if (size < 2)
		return;
	buf_len = (uint32_t)data[0] << 8 | data[1];
	memset(&err, 0, sizeof(err));
	if (bnxt_cd_retrieve_page(data + 2, size - 2, buf_len, &pg, &err) == 0 && pg.data_len > buf_len)
		__builtin_trap();
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct bnxt_cd_list l = { 0 };
	struct fwctl_err err;
	size_t off = 0;
	int more = 1;

	retrieve(data, size);
	while (more > 0 && off + 17 <= size) {
		struct bnxt_cd_page pg;
		uint8_t page[BNXT_CD_LIST_BUF] = { 0 };
		size_t n = size - off - 17 < sizeof(page) ? size - off - 17 : sizeof(page);

		n = n < (size_t)data[off] * 16 ? n : (size_t)data[off] * 16;
		memcpy(page, data + off + 17, n);
		memset(&err, 0, sizeof(err));
		if (bnxt_cd_list_page(data + off + 1, 16, sizeof(page), &pg, &err) < 0)
			break;
		if (pg.data_len > sizeof(page))
			__builtin_trap();
		more = bnxt_cd_list_feed(&l, &pg, page, &err);
		if (l.have > l.total * BNXT_CD_REC_LEN)
			__builtin_trap();
		off += 17 + n;
	}
	if (more == 0) {
		struct bnxt_cd_seg *segs = calloc(l.total, sizeof(*segs));

		if (l.have != l.total * BNXT_CD_REC_LEN)
			__builtin_trap();
		if (segs && bnxt_cd_records(l.data, l.have, segs, l.total, &err) != 0)
			__builtin_trap();
		free(segs);
	}
	bnxt_cd_list_free(&l);
	return 0;
}
