/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * The NVM (flash) directory of a bnxt adapter: HWRM_NVM_GET_DIR_INFO
 * (entry count and size), HWRM_NVM_GET_DIR_ENTRIES (the entries, into a
 * fixed 64 KiB DMA buffer) and HWRM_NVM_READ (one item, paged).
 *
 * Directory types and the ext/attr bits come from the kernel's
 * bnxt_nvm_defs.h.  The entry layout itself is not in the kernel tree
 * (ethtool -e passes the raw directory through); the table in nvm.c is
 * marked unverified and decoding stops at the entry length the firmware
 * reports.
 */
#ifndef FWCTL_BNXT_NVM_H
#define FWCTL_BNXT_NVM_H

#include <stddef.h>
#include <stdint.h>

#include "bnxt.h"

#define BNXT_NVM_REQ_DIR_INFO    0xfffb
#define BNXT_NVM_REQ_DIR_ENTRIES 0xfffa
#define BNXT_NVM_REQ_READ        0xfffd
#define BNXT_NVM_TYPE_PKG_LOG    1
#define BNXT_NVM_EXT_INACTIVE    0x1
#define BNXT_NVM_ATTR_NO_CHKSUM  0x1

extern const struct prm_layout bnxt_nvm_dir_info_resp;
extern const struct prm_layout bnxt_nvm_dir_entry;
extern const struct prm_layout bnxt_nvm_read_req;
extern const struct prm_enum bnxt_nvm_types[];
extern const char bnxt_nvm_entry_source[];

struct bnxt_nvm_item {
	uint16_t index, type, ordinal, ext, attr;
	uint32_t item_length, data_length, checksum;
};

/*
 * Check the directory's shape against the 64 KiB the kernel bounces:
 * entries x entry_length must fit, an entry must hold at least the type.
 */
int bnxt_nvm_dir_check(uint32_t entries, uint32_t entry_length, struct fwctl_err *err);
/* Entry i of the directory (data of entries x entry_length bytes). */
void bnxt_nvm_item(const uint8_t *data, uint32_t entry_length, uint32_t i, struct bnxt_nvm_item *it);
/* The directory as a JSON array (decoded up to entry_length per entry). */
struct json_object *bnxt_nvm_dir_json(const uint8_t *data, uint32_t entries, uint32_t entry_length);
/* Parse a package log (tab-separated fields, the last line wins, as bnxt_en). */
struct json_object *bnxt_nvm_pkglog_json(const uint8_t *data, size_t len);
/* Directory type by name ("pkg_log", "PKG-LOG", "bootcode") or number. */
int bnxt_nvm_type_parse(const char *s, uint16_t *type);
const char *const *bnxt_nvm_type_names(void);

#endif
