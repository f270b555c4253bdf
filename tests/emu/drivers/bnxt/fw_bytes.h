/* SPDX-License-Identifier: GPL-2.0-or-later */
/* The emulated bnxt firmware's little-endian fields, at a byte offset of a
 * request or response, on top of the emulator's common byte helpers. */
#ifndef EMU_BNXT_FW_BYTES_H
#define EMU_BNXT_FW_BYTES_H

#include <stddef.h>
#include <stdint.h>

#include "../../emu_int.h"

static inline void put16(uint8_t *b, size_t off, uint16_t v) { emu_put_le16(b + off, v); }
static inline void put32(uint8_t *b, size_t off, uint32_t v) { emu_put_le32(b + off, v); }
static inline void put64(uint8_t *b, size_t off, uint64_t v) { emu_put_le64(b + off, v); }
static inline uint16_t get16(const uint8_t *b, size_t off) { return emu_get_le16(b + off); }
static inline uint32_t get32(const uint8_t *b, size_t off) { return emu_get_le32(b + off); }

#endif
