// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * The DMA table's length rules: byte 0 picks a command, byte 1 a
 * request length, the rest is the request.  Invariants: accepted lengths
 * are 1..65536 and follow the field x unit (or the fixed length); a
 * length set with bnxt_dma_set_len reads back as set.
 */
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "../../../plugins/bnxt/dma.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	uint8_t req[HWRM_REQ_MAX_LEN] = { 0 };
	uint32_t lens[BNXT_DMA_MAX_BUFS];
	const struct bnxt_dma_cmd *c;
	struct fwctl_err err;
	size_t req_len;

	if (size < 2)
		return 0;
	c = &bnxt_dma_cmds[data[0] % bnxt_n_dma_cmds];
	req_len = data[1] % (HWRM_REQ_MAX_LEN + 1);
	memcpy(req, data + 2, size - 2 < sizeof(req) ? size - 2 : sizeof(req));
	memset(&err, 0, sizeof(err));
	if (bnxt_dma_lengths(c, req, req_len, lens, &err) == 0) {
		if (c->req_size && req_len != c->req_size)
			__builtin_trap();
		for (unsigned int i = 0; i < c->n_bufs; i++)
			if (lens[i] == 0 || lens[i] > BNXT_MAX_DMABUF ||
			    (!c->bufs[i].len_width && lens[i] != c->bufs[i].fixed_len))
				__builtin_trap();
	} else if (!err.message[0]) {
		__builtin_trap();
	}
	for (unsigned int i = 0; c->req_size && i < c->n_bufs; i++) {
		uint32_t want = size >= 6 ? prm_le32(data + 2) % (BNXT_MAX_DMABUF + 1) : 4096;

		memset(&err, 0, sizeof(err));
		if (bnxt_dma_set_len(c, i, req, c->req_size, want, &err) == 0 &&
		    bnxt_dma_lengths(c, req, c->req_size, lens, &err) == 0 && lens[i] != want)
			__builtin_trap();
	}
	(void)bnxt_dma_by_type(prm_le16(req));
	(void)bnxt_dma_is_write(c);
	return 0;
}
