/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * Pluggable-module (SFP, QSFP, CMIS) EEPROM page 0 decoded from the part of
 * it a read returned (sff.c).
 */
#ifndef FWCTL_SFF_H
#define FWCTL_SFF_H

#include <stdint.h>

#define SFF_PAGE_LEN 256         /* lower page and upper page 00h */
/* SFF-8636 and CMIS map the page chosen by page select into the upper
 * half and keep the lower half fixed: two memories, so reads stay within
 * one half (Linux's ethtool refuses reads that cross from one into the
 * other). */
#define SFF_HALF_PAGE_LEN 128
#define SFF_I2C_ADDR 0x50        /* 7-bit I2C address of page 0 (A0h) */

struct json_object;
struct prm_enum;

/*
 * n bytes of page 0 starting at addr: {"identifier_hex", "identifier_name",
 * "vendor_name", "vendor_oui"..., "part_number", "revision",
 * "serial_number"}, each field only when the bytes hold all of it; ouis
 * names vendor_oui's vendor.  NULL when nothing can be said (no identifier
 * among the bytes).  Bytes past the page are ignored.
 */
struct json_object *sff_page0(const uint8_t *bytes, uint32_t addr, uint32_t n,
			      const struct prm_enum *ouis);

#endif
