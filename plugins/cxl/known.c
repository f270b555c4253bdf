// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * Well-known CXL features: UUIDs from the kernel's include/cxl/features.h
 * (which follows CXL r3.2 section 8.2.10.9.11) and cxl_test's vendor test
 * feature; data layouts as field tables (little-endian bit numbering:
 * bit n = bit n%8 of byte n/8).
 */
#include <string.h>

#include "cxl.h"
#include "../../lib/suggest.h"

/* ---- Device Patrol Scrub Control (CXL r3.2 Tables 8-222/8-223) ---- */
static const struct prm_field scrub_rd_fields[] = {
	{ "scrub_cycle_changeable", 0, 1, PRM_BOOL },
	{ "realtime_report_capable", 1, 1, PRM_BOOL },
	{ "scrub_cycle_hours", 8, 8, PRM_UINT, .unit = "h" },
	{ "min_scrub_cycle_hours", 16, 8, PRM_UINT, .unit = "h" },
	{ "enabled", 24, 1, PRM_BOOL },
};
static const struct prm_layout scrub_rd = PRM_LAYOUT("patrol_scrub", 32, PRM_LE, scrub_rd_fields);

static const struct prm_field scrub_wr_fields[] = {
	{ "scrub_cycle_hours", 0, 8, PRM_UINT, .unit = "h" },
	{ "enabled", 8, 1, PRM_BOOL },
};
static const struct prm_layout scrub_wr = PRM_LAYOUT("patrol_scrub_set", 16, PRM_LE, scrub_wr_fields);

/* ---- DDR5 Error Check Scrub control (CXL r3.2 Tables 8-225/8-226) ---- */
static const struct prm_enum ecs_log_type[] = {
	{ 0, "per_dram" }, { 1, "per_media_fru" }, { 0, NULL },
};
static const struct prm_enum ecs_threshold[] = {
	{ 3, "256_per_gb" }, { 4, "1024_per_gb" }, { 5, "4096_per_gb" }, { 0, NULL },
};
static const struct prm_enum ecs_mode[] = {
	{ 0, "counts_rows" }, { 1, "counts_codewords" }, { 0, NULL },
};
static const struct prm_field ecs_hdr_fields[] = {
	{ "log_entry_type", 0, 2, PRM_ENUM, ecs_log_type },
};
static const struct prm_layout ecs_hdr = PRM_LAYOUT("ecs", 8, PRM_LE, ecs_hdr_fields);

static const struct prm_field ecs_fru_rd_fields[] = {
	{ "realtime_report_capable", 0, 1, PRM_BOOL },
	{ "threshold", 8, 3, PRM_ENUM, ecs_threshold },
	{ "count_mode", 11, 1, PRM_ENUM, ecs_mode },
	{ "reset_counter", 12, 1, PRM_BOOL },
	{ "ecs_flags", 24, 8, PRM_HEX },
};
static const struct prm_layout ecs_fru_rd = PRM_LAYOUT("ecs_fru", 32, PRM_LE, ecs_fru_rd_fields);

static const struct prm_field ecs_fru_wr_fields[] = {
	{ "threshold", 0, 3, PRM_ENUM, ecs_threshold },
	{ "count_mode", 3, 1, PRM_ENUM, ecs_mode },
	{ "reset_counter", 4, 1, PRM_BOOL },
};
static const struct prm_layout ecs_fru_wr = PRM_LAYOUT("ecs_fru_set", 16, PRM_LE, ecs_fru_wr_fields);

/*
 * ---- Memory repair features: sPPR, hPPR and the four sparing kinds ----
 * (CXL r3.2 8.2.10.7.2, Tables 8-128..8-135).  All share a 16-byte
 * maintenance header.  The restriction bits are stated negatively in the
 * specification (set = the restriction applies), so the names say so.
 * The kernel drives these through EDAC and refuses Set Feature, so only
 * the readable layouts are needed.
 */
static const struct prm_enum maint_class[] = {
	{ 0, "no_op" }, { 1, "ppr" }, { 2, "sparing" }, { 3, "built_in_test" }, { 0, NULL },
};
#define MAINT_HDR_FIELDS                                                          \
	{ "max_op_latency", 0, 8, PRM_HEX },                                      \
	{ "device_initiated_capable", 8, 1, PRM_BOOL },                           \
	{ "device_initiated_enabled", 24, 1, PRM_BOOL },                          \
	{ "op_class", 40, 8, PRM_ENUM, maint_class },                             \
	{ "op_subclass", 48, 8, PRM_UINT }

static const struct prm_field ppr_rd_fields[] = {
	MAINT_HDR_FIELDS,
	{ "dpa_supported", 128, 1, PRM_BOOL },
	{ "nibble_mask_supported", 129, 1, PRM_BOOL },
	{ "sparing_event_record_capable", 130, 1, PRM_BOOL },
	{ "initiated_at_boot_capable", 131, 1, PRM_BOOL },
	{ "media_inaccessible_during_repair", 136, 1, PRM_BOOL },
	{ "data_lost_during_repair", 138, 1, PRM_BOOL },
	{ "sparing_event_record_enabled", 152, 1, PRM_BOOL },
	{ "initiated_at_boot_enabled", 153, 1, PRM_BOOL },
};
static const struct prm_layout ppr_rd = PRM_LAYOUT("ppr", 160, PRM_LE, ppr_rd_fields);

static const struct prm_field sparing_rd_fields[] = {
	MAINT_HDR_FIELDS,
	{ "unsafe_while_in_use", 136, 1, PRM_BOOL },
	{ "hard_sparing_capable", 137, 1, PRM_BOOL },
	{ "soft_sparing_capable", 138, 1, PRM_BOOL },
};
static const struct prm_layout sparing_rd = PRM_LAYOUT("sparing", 152, PRM_LE, sparing_rd_fields);

/* ---- cxl_test's vendor feature (tools/testing/cxl/test/mem.c): one le32 ---- */
static const struct prm_field vendor_test_fields[] = {
	{ "data", 0, 32, PRM_HEX },
};
static const struct prm_layout vendor_test = PRM_LAYOUT("vendor_test", 32, PRM_LE, vendor_test_fields);

const struct cxl_known_feat cxl_known_feats[] = {
	{ "patrol-scrub", "Device Patrol Scrub Control", "96dad7d6-fde8-482b-a733-75774e06db8a",
	  true, &scrub_rd, &scrub_wr },
	{ "ecs", "DDR5 Error Check Scrub (ECS) Control", "e5b13f22-2328-4a14-b8ba-b9691e893386",
	  true, &ecs_hdr, &ecs_hdr, &ecs_fru_rd, 1, &ecs_fru_wr, 1, "media_frus" },
	{ "sppr", "Soft Post Package Repair (sPPR)", "892ba475-fad8-474e-9d3e-692c917568bb",
	  true, &ppr_rd },
	{ "hppr", "Hard Post Package Repair (hPPR)", "80ea4521-786f-4127-afb1-ec7459fb0e24",
	  true, &ppr_rd },
	{ "cacheline-sparing", "Cacheline Sparing", "96c33386-91dd-44c7-9ecb-fdaf6503bac4", true,
	  &sparing_rd },
	{ "row-sparing", "Row Sparing", "450ebf67-b135-4f97-a498-c2d57f279bed", true,
	  &sparing_rd },
	{ "bank-sparing", "Bank Sparing", "78b79636-90ac-4b64-a4ef-faac5d18a863", true,
	  &sparing_rd },
	{ "rank-sparing", "Rank Sparing", "34dbaff5-0552-4281-8f76-da0b5e7a76a7", true,
	  &sparing_rd },
	{ "vendor-test", "cxl_test vendor test feature", "ffffffff-ffff-ffff-ffff-ffffffffffff",
	  false, &vendor_test, &vendor_test },
};
const size_t cxl_n_known_feats = sizeof(cxl_known_feats) / sizeof(cxl_known_feats[0]);

const struct cxl_known_feat *cxl_known_by_uuid(const uint8_t uuid[16])
{
	uint8_t u[16];

	for (size_t i = 0; i < cxl_n_known_feats; i++)
		if (!cxl_uuid_parse(cxl_known_feats[i].uuid, u) && !memcmp(u, uuid, 16))
			return &cxl_known_feats[i];
	return NULL;
}

const struct cxl_known_feat *cxl_known_by_name(const char *name)
{
	for (size_t i = 0; i < cxl_n_known_feats; i++)
		if (fwctl_name_eq(name, cxl_known_feats[i].name))
			return &cxl_known_feats[i];
	return NULL;
}

const char *const *cxl_feature_names(void)
{
	static const char *names[sizeof(cxl_known_feats) / sizeof(cxl_known_feats[0]) + 1];

	for (size_t i = 0; i < cxl_n_known_feats; i++)
		names[i] = cxl_known_feats[i].name;
	return names;
}

static int hexval(char c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	if (c >= 'a' && c <= 'f')
		return c - 'a' + 10;
	if (c >= 'A' && c <= 'F')
		return c - 'A' + 10;
	return -1;
}

int cxl_uuid_parse(const char *s, uint8_t out[16])
{
	size_t n = 0;

	for (size_t i = 0; i < 36; i++) {
		int hi, lo;

		if (i == 8 || i == 13 || i == 18 || i == 23) {
			if (s[i] != '-')
				return -1;
			continue;
		}
		hi = hexval(s[i]);
		if (hi < 0)
			return -1;
		lo = hexval(s[++i]);
		if (lo < 0)
			return -1;
		out[n++] = (uint8_t)(hi << 4 | lo);
	}
	return s[36] ? -1 : 0;
}

void cxl_uuid_format(const uint8_t u[16], char out[CXL_UUID_STR_LEN])
{
	static const char hex[] = "0123456789abcdef";
	size_t o = 0;

	for (size_t i = 0; i < 16; i++) {
		if (i == 4 || i == 6 || i == 8 || i == 10)
			out[o++] = '-';
		out[o++] = hex[u[i] >> 4];
		out[o++] = hex[u[i] & 15];
	}
	out[o] = 0;
}
