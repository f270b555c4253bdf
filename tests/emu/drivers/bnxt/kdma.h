/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * The 7.3 bnxt_fwctl driver's DMA commands (shared/bnxt-dma-abi.md
 * sections 2 and 3), as this emulator's own table: which requests carry
 * host buffer addresses, how long each buffer is, which way it goes and
 * the scope each needs.  Independent of the tool's table on purpose.
 */
#ifndef EMU_BNXT_KDMA_H
#define EMU_BNXT_KDMA_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#define EMU_BNXT_MAX_DMABUF 65536u
#define EMU_BNXT_DMA_FIELDS 2

struct emu_kdma_field {
	uint8_t addr_off;        /* le64 user pointer in the request */
	bool to_dev;             /* host to device (copied in before sending) */
	uint8_t len_off;         /* 0: fixed length */
	uint8_t len_width;       /* 2 or 4 bytes */
	uint8_t unit;            /* bytes per unit of the length field */
	uint32_t fixed;          /* length when len_off is 0 */
};

struct emu_kdma_cmd {
	uint16_t req_type;
	uint8_t req_size;
	uint8_t scope;
	uint8_t n;
	struct emu_kdma_field f[EMU_BNXT_DMA_FIELDS];
};

const struct emu_kdma_cmd *emu_kdma_find(uint16_t req_type);
/* The lengths of every buffer, or false (the kernel's EINVAL). */
bool emu_kdma_lengths(const struct emu_kdma_cmd *c, const uint8_t *req, uint32_t *lens);

#endif
