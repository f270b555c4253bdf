/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * The module EEPROM bytes an MCIA read returns, as people read them
 * (module.c): the bytes as one hex string, and what page 0 of the module
 * says about itself where the read covered it.
 */
#ifndef FWCTL_MLX5_MODULE_H
#define FWCTL_MLX5_MODULE_H

#include <stddef.h>
#include <stdint.h>

struct json_object;

/*
 * Adds to fields (the decoded MCIA register, len bytes at reg) the
 * returned EEPROM bytes as "eeprom_hex" and, when the read succeeded and
 * covered them, "eeprom": {"identifier_hex", "identifier_name",
 * "vendor_name", "vendor_oui"..., "part_number", "revision",
 * "serial_number"}.  Nothing beyond reg[0..len) is read.
 */
void mlx5_mcia_module(const uint8_t *reg, size_t len, struct json_object *fields);

#endif
