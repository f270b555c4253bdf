/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * The pluggable module's EEPROM through MCIA: the bytes one read returns,
 * as people read them (module.c), and page 0 read whole in as many reads
 * as the register's window needs (module_read.c).
 */
#ifndef FWCTL_MLX5_MODULE_H
#define FWCTL_MLX5_MODULE_H

#include <stddef.h>
#include <stdint.h>

struct fwctl_ctx;
struct json_object;

/* The EEPROM bytes of an MCIA register: dword_0 .. dword_11 (the unit
 * test holds these to the layout). */
#define MLX5_MCIA_DATA_OFF 16
#define MLX5_MCIA_DATA_MAX 48
/* The largest module index MCIA's 8-bit "module" field holds (the unit
 * test holds it to the layout): fwctl mlx5 module --module's bound. */
#define MLX5_MCIA_MODULE_MAX 255

/*
 * Adds to fields (the decoded MCIA register, len bytes at reg) the
 * returned EEPROM bytes as "eeprom_hex" and, when the read succeeded and
 * covered them, "eeprom": {"identifier_hex", "identifier_name",
 * "vendor_name", "vendor_oui"..., "part_number", "revision",
 * "serial_number"}.  Nothing beyond reg[0..len) is read.
 */
void mlx5_mcia_module(const uint8_t *reg, size_t len, struct json_object *fields);

/*
 * Adds to into what len bytes of page 0 from byte 0 say (the keys of
 * "eeprom" above, at its level), then the bytes as "eeprom_hex".
 */
void mlx5_module_page(const uint8_t *page, size_t len, struct json_object *into);

/*
 * How many bytes the MCIA read at EEPROM byte `at` asks for when bytes up
 * to `end` are wanted: at most the register's window, and never past the
 * end of the half page `at` lies in.  0 when at >= end.
 */
uint32_t mlx5_mcia_chunk(uint32_t at, uint32_t end);

/*
 * Page 0 bytes [0, len) of module `module` (len <= SFF_PAGE_LEN) into
 * page, one MCIA read per mlx5_mcia_chunk().  0, or -1 with ctx->err: a
 * refused RPC as every register read, an MCIA status other than good as
 * FWCTL_ERR_FIRMWARE naming the status.
 */
int mlx5_module_read(struct fwctl_ctx *ctx, uint32_t module, uint8_t *page, uint32_t len);

#endif
