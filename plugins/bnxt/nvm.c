// SPDX-License-Identifier: GPL-2.0-or-later
/* NVM directory layouts, names and decoders (see nvm.h). */
#include <ctype.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <json-c/json.h>

#include "../plugin.h"
#include "nvm.h"

#define F(n, byte, bits, k) { .name = (n), .bit_off = (byte) * 8, .bit_width = (bits), .kind = (k) }
#define U16(n, b) F(n, b, 16, PRM_UINT)
#define U32(n, b) F(n, b, 32, PRM_UINT)
#define END { 0, NULL }

static const struct prm_field dir_info_f[] = { U32("entries", 8), U32("entry_length", 12) };
const struct prm_layout bnxt_nvm_dir_info_resp =
	PRM_LAYOUT("hwrm_nvm_get_dir_info_output", 24 * 8, PRM_LE, dir_info_f);

static const struct prm_field read_req_f[] = { F("host_dest_addr", 16, 64, PRM_UINT),
	U16("dir_idx", 24), U32("offset", 28), U32("len", 32) };
const struct prm_layout bnxt_nvm_read_req = PRM_LAYOUT("hwrm_nvm_read_input", 40 * 8, PRM_LE, read_req_f);

/* enum bnxt_nvm_directory_type (bnxt_nvm_defs.h), prefix dropped. */
const struct prm_enum bnxt_nvm_types[] = {
	{ 0, "unused" }, { 1, "pkg_log" }, { 2, "update" }, { 3, "chimp_patch" },
	{ 4, "bootcode" }, { 5, "vpd" }, { 6, "exp_rom_mba" }, { 7, "avs" }, { 8, "pcie" },
	{ 9, "port_macro" }, { 10, "ape_fw" }, { 11, "ape_patch" }, { 12, "kong_fw" },
	{ 13, "kong_patch" }, { 14, "bono_fw" }, { 15, "bono_patch" }, { 16, "tang_fw" },
	{ 17, "tang_patch" }, { 18, "bootcode_2" }, { 19, "ccm" }, { 20, "pci_cfg" },
	{ 21, "tscf_ucode" }, { 22, "iscsi_boot" }, { 24, "iscsi_boot_ipv6" },
	{ 25, "iscsi_boot_ipv4n6" }, { 26, "iscsi_boot_cfg6" }, { 27, "ext_phy" },
	{ 40, "shared_cfg" }, { 41, "port_cfg" }, { 42, "func_cfg" }, { 48, "mgmt_cfg" },
	{ 49, "mgmt_data" }, { 50, "mgmt_web_data" }, { 51, "mgmt_web_meta" },
	{ 52, "mgmt_event_log" }, { 53, "mgmt_audit_log" }, END
};

static const struct prm_enum ext_bits[] = { { 0x1, "inactive" }, { 0x2, "update" }, END };
static const struct prm_enum attr_bits[] = { { 0x1, "no_checksum" }, { 0x2, "prop_stream" }, END };

/*
 * The 24-byte directory entry.  Not in the kernel tree: type, ordinal,
 * ext and attr (le16) are what HWRM_NVM_FIND_DIR_ENTRY and NVM_WRITE name
 * an item by; the item offset, lengths and CRC-32 follow.  UNVERIFIED.
 */
const char bnxt_nvm_entry_source[] =
	"UNVERIFIED: the entry layout is not in the kernel tree; types and ext/attr bits "
	"are from drivers/net/ethernet/broadcom/bnxt/bnxt_nvm_defs.h";

static const struct prm_field entry_f[] = {
	{ .name = "type", .bit_off = 0, .bit_width = 16, .kind = PRM_ENUM, .enums = bnxt_nvm_types },
	U16("ordinal", 2),
	{ .name = "ext", .bit_off = 32, .bit_width = 16, .kind = PRM_FLAGS, .enums = ext_bits },
	{ .name = "attr", .bit_off = 48, .bit_width = 16, .kind = PRM_FLAGS, .enums = attr_bits }, U32("item_offset", 8), U32("item_length", 12),
	U32("data_length", 16), F("data_checksum", 20, 32, PRM_HEX),
};
const struct prm_layout bnxt_nvm_dir_entry = PRM_LAYOUT("bnx_dir_entry", 24 * 8, PRM_LE, entry_f);

static uint64_t get(const char *name, const uint8_t *b, size_t len)
{
	uint64_t v = 0;

	if (!prm_get_by_name(&bnxt_nvm_dir_entry, name, b, len, &v))
		v = 0;
	return v;
}

int bnxt_nvm_dir_check(uint32_t entries, uint32_t entry_length, struct fwctl_err *err)
{
	if (entries && entry_length < 2)
		return fwctl_err_set(err, FWCTL_ERR_PROTOCOL, 0,
				     "HWRM_NVM_GET_DIR_INFO: entries of %u bytes cannot hold a type",
				     entry_length);
	if ((uint64_t)entries * entry_length > 65536)
		return fwctl_err_set(err, FWCTL_ERR_PROTOCOL, 0,
				     "HWRM_NVM_GET_DIR_INFO: %u entries of %u bytes do not fit the "
				     "64 KiB the kernel bounces for NVM_GET_DIR_ENTRIES", entries,
				     entry_length);
	return 0;
}

void bnxt_nvm_item(const uint8_t *data, uint32_t entry_length, uint32_t i, struct bnxt_nvm_item *it)
{
	const uint8_t *e = data + (size_t)i * entry_length;

	it->index = (uint16_t)i;
	it->type = (uint16_t)get("type", e, entry_length);
	it->ordinal = (uint16_t)get("ordinal", e, entry_length);
	it->ext = (uint16_t)get("ext", e, entry_length);
	it->attr = (uint16_t)get("attr", e, entry_length);
	it->item_length = (uint32_t)get("item_length", e, entry_length);
	it->data_length = (uint32_t)get("data_length", e, entry_length);
	it->checksum = (uint32_t)get("data_checksum", e, entry_length);
}

struct json_object *bnxt_nvm_dir_json(const uint8_t *data, uint32_t entries, uint32_t entry_length)
{
	struct json_object *a = json_object_new_array();

	for (uint32_t i = 0; i < entries; i++) {
		struct json_object *o = json_object_new_object();
		const uint8_t *e = data + (size_t)i * entry_length;

		json_object_object_add(o, "index", json_object_new_int64(i));
		/* Fields past entry_length are absent (not zero). */
		prm_decode(&bnxt_nvm_dir_entry, e, entry_length, o, 0);
		json_object_array_add(a, o);
	}
	return a;
}

static const char *const pkg_fields[] = {
	"installed", "description", "version", "timestamp", "checksum", "installed_items",
	"installed_mask",
};

struct json_object *bnxt_nvm_pkglog_json(const uint8_t *data, size_t len)
{
	struct json_object *o = json_object_new_object();
	size_t start = 0, end = len, line = 0;

	/* The last non-empty line: bnxt_en reports the most recent package. */
	while (end > 0 && (data[end - 1] == '\n' || data[end - 1] == '\0'))
		end--;
	for (size_t i = 0; i < end; i++)
		if (data[i] == '\n')
			start = i + 1;
	for (size_t p = start, f = 0; p <= end && f < sizeof(pkg_fields) / sizeof(pkg_fields[0]); f++) {
		size_t q = p;
		char *s;

		while (q < end && data[q] != '\t' && data[q] != '\0')
			q++;
		s = strndup((const char *)data + p, q - p);
		if (!s)
			break;
		for (char *c = s; *c; c++)
			if (!isprint((unsigned char)*c))
				*c = '?';
		json_object_object_add(o, pkg_fields[f], json_object_new_string(s));
		free(s);
		line++;
		if (q >= end || data[q] != '\t')
			break;
		p = q + 1;
	}
	if (!line) {
		json_object_put(o);
		return NULL;
	}
	return o;
}

static bool name_eq(const char *user, const char *name)
{
	for (; *user && *name; user++, name++) {
		char u = *user == '-' ? '_' : (char)tolower((unsigned char)*user);

		if (u != *name)
			return false;
	}
	return *user == '\0' && *name == '\0';
}

int bnxt_nvm_type_parse(const char *s, uint16_t *type)
{
	uint64_t v;

	if (s && !strncasecmp(s, "BNX_DIR_TYPE_", 13))
		s += 13;
	for (const struct prm_enum *e = bnxt_nvm_types; s && e->name; e++)
		if (name_eq(s, e->name)) {
			*type = (uint16_t)e->value;
			return 0;
		}
	if (s && fwctl_parse_u64(s, 0xffff, &v) == 0) {
		*type = (uint16_t)v;
		return 0;
	}
	return -1;
}

const char *const *bnxt_nvm_type_names(void)
{
	static const char *names[sizeof(bnxt_nvm_types) / sizeof(bnxt_nvm_types[0])];

	if (!names[0])
		for (size_t i = 0; bnxt_nvm_types[i].name; i++)
			names[i] = bnxt_nvm_types[i].name;
	return names;
}
