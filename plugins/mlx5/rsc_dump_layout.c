// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * Resource dump layouts as data (mlx5 PRM, big-endian bit numbering).
 * Offsets follow the reserved_at_XX naming of the PRM structures:
 * resource_dump register, menu record and the stream's segments.
 */
#include "rsc_dump.h"
#include "rsc_dump_priv.h"

const struct prm_enum rsc_seg_type_names[] = {
	{ RSC_SEG_NOTICE, "NOTICE" },
	{ RSC_SEG_COMMAND, "COMMAND" },
	{ RSC_SEG_TERMINATE, "TERMINATE" },
	{ RSC_SEG_ERROR, "ERROR" },
	{ RSC_SEG_REFERENCE, "REFERENCE" },
	{ RSC_SEG_INFO, "INFO" },
	{ RSC_SEG_MENU, "MENU" },
	{ 0, NULL },
};

/* Indexed so the per-RPC path needs no lookup by name. */
const struct prm_field rsc_reg_fields[] = {
	[RSC_F_MORE_DUMP]     = { "more_dump", 0x0, 1, PRM_BOOL },
	[RSC_F_INLINE_DUMP]   = { "inline_dump", 0x1, 1, PRM_BOOL },
	[RSC_F_SEQ_NUM]       = { "seq_num", 0xc, 4, PRM_UINT },
	[RSC_F_SEGMENT_TYPE]  = { "segment_type", 0x10, 16, PRM_HEX },
	[RSC_F_VHCA_ID]       = { "vhca_id", 0x30, 16, PRM_UINT },
	[RSC_F_INDEX1]        = { "index1", 0x40, 32, PRM_UINT },
	[RSC_F_INDEX2]        = { "index2", 0x60, 32, PRM_UINT },
	[RSC_F_NUM_OF_OBJ1]   = { "num_of_obj1", 0x80, 16, PRM_UINT },
	[RSC_F_NUM_OF_OBJ2]   = { "num_of_obj2", 0x90, 16, PRM_UINT },
	[RSC_F_DEVICE_OPAQUE] = { "device_opaque", 0xc0, 64, PRM_HEX },
	[RSC_F_MKEY]          = { "mkey", 0x100, 32, PRM_HEX },
	[RSC_F_SIZE]          = { "size", 0x120, 32, PRM_UINT, .unit = "bytes" },
	[RSC_F_ADDRESS]       = { "address", 0x140, 64, PRM_HEX },
	[RSC_F_INLINE_DATA]   = { "inline_data", 0x180, 52 * 32, PRM_BYTES },
};
const struct prm_layout rsc_reg_layout = PRM_LAYOUT("resource_dump", RSC_REG_LEN * 8, PRM_BE,
						    rsc_reg_fields);

const struct prm_field rsc_menu_record_fields[] = {
	[RSC_M_NUM_OBJ2_ACTIVE]  = { "num_of_obj2_supports_active", 0x4, 1, PRM_BOOL },
	[RSC_M_NUM_OBJ2_ALL]     = { "num_of_obj2_supports_all", 0x5, 1, PRM_BOOL },
	[RSC_M_MUST_NUM_OBJ2]    = { "must_have_num_of_obj2", 0x6, 1, PRM_BOOL },
	[RSC_M_SUPPORT_NUM_OBJ2] = { "support_num_of_obj2", 0x7, 1, PRM_BOOL },
	[RSC_M_NUM_OBJ1_ACTIVE]  = { "num_of_obj1_supports_active", 0x8, 1, PRM_BOOL },
	[RSC_M_NUM_OBJ1_ALL]     = { "num_of_obj1_supports_all", 0x9, 1, PRM_BOOL },
	[RSC_M_MUST_NUM_OBJ1]    = { "must_have_num_of_obj1", 0xa, 1, PRM_BOOL },
	[RSC_M_SUPPORT_NUM_OBJ1] = { "support_num_of_obj1", 0xb, 1, PRM_BOOL },
	[RSC_M_MUST_INDEX2]      = { "must_have_index2", 0xc, 1, PRM_BOOL },
	[RSC_M_SUPPORT_INDEX2]   = { "support_index2", 0xd, 1, PRM_BOOL },
	[RSC_M_MUST_INDEX1]      = { "must_have_index1", 0xe, 1, PRM_BOOL },
	[RSC_M_SUPPORT_INDEX1]   = { "support_index1", 0xf, 1, PRM_BOOL },
	[RSC_M_SEGMENT_TYPE]     = { "segment_type", 0x10, 16, PRM_HEX },
	[RSC_M_SEGMENT_NAME]     = { "segment_name", 0x20, 128, PRM_STRING },
	[RSC_M_INDEX1_NAME]      = { "index1_name", 0xa0, 128, PRM_STRING },
	[RSC_M_INDEX2_NAME]      = { "index2_name", 0x120, 128, PRM_STRING },
};
const struct prm_layout rsc_menu_record_layout =
	PRM_LAYOUT("resource_dump_menu_record", RSC_MENU_RECORD_LEN * 8, PRM_BE,
		   rsc_menu_record_fields);

static const struct prm_field seg_hdr_fields[] = {
	{ "length_dw", 0x0, 16, PRM_UINT },
	{ "segment_type", 0x10, 16, PRM_HEX },
};
const struct prm_layout rsc_seg_hdr_layout =
	PRM_LAYOUT("resource_dump_segment_header", 32, PRM_BE, seg_hdr_fields);

static const struct prm_field info_seg_fields[] = {
	{ "dump_version", 0x38, 8, PRM_UINT },
	{ "hw_version", 0x40, 32, PRM_HEX },
	{ "fw_version", 0x60, 32, PRM_HEX },
};
const struct prm_layout rsc_info_seg_layout =
	PRM_LAYOUT("resource_dump_info_segment", 0x80, PRM_BE, info_seg_fields);

static const struct prm_field cmd_seg_fields[] = {
	{ "segment_called", 0x20, 16, PRM_HEX },
	{ "vhca_id", 0x30, 16, PRM_UINT },
	{ "index1", 0x40, 32, PRM_UINT },
	{ "index2", 0x60, 32, PRM_UINT },
	{ "num_of_obj1", 0x80, 16, PRM_UINT },
	{ "num_of_obj2", 0x90, 16, PRM_UINT },
};
const struct prm_layout rsc_cmd_seg_layout =
	PRM_LAYOUT("resource_dump_command_segment", 0xa0, PRM_BE, cmd_seg_fields);

static const struct prm_field error_seg_fields[] = {
	{ "syndrome_id", 0x30, 16, PRM_HEX },
	{ "error", 0x80, 256, PRM_STRING },
};
const struct prm_layout rsc_error_seg_layout =
	PRM_LAYOUT("resource_dump_error_segment", 0x180, PRM_BE, error_seg_fields);

/* Not in the kernel's mlx5_ifc.h: assumed to mirror the error segment (UNVERIFIED). */
static const struct prm_field notice_seg_fields[] = {
	{ "syndrome_id", 0x30, 16, PRM_HEX },
	{ "notice", 0x80, 256, PRM_STRING },
};
const struct prm_layout rsc_notice_seg_layout =
	PRM_LAYOUT("resource_dump_notice_segment", 0x180, PRM_BE, notice_seg_fields);

/* Reference segment: only the header is known for certain; rest shown as payload. */
static const struct prm_field reference_seg_fields[] = {
	{ "length_dw", 0x0, 16, PRM_UINT },
};
const struct prm_layout rsc_reference_seg_layout =
	PRM_LAYOUT("resource_dump_reference_segment", 0x20, PRM_BE, reference_seg_fields);

static const struct prm_field resource_seg_fields[] = {
	{ "index1", 0x40, 32, PRM_UINT },
	{ "index2", 0x60, 32, PRM_UINT },
};
const struct prm_layout rsc_resource_seg_layout =
	PRM_LAYOUT("resource_dump_resource_segment", RSC_RESOURCE_SEG_HDR_LEN * 8, PRM_BE,
		   resource_seg_fields);

const char *rsc_seg_kind_name(uint16_t type)
{
	const char *n = prm_enum_name(rsc_seg_type_names, type);

	if (n)
		return n;
	return type <= RSC_SEG_RESOURCE_MAX ? "RESOURCE" : "UNKNOWN";
}
