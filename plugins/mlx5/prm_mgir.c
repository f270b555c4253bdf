// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * MGIR, the Management General Information Register (register id 0x9020,
 * 160 bytes): hardware, firmware, software and development information.
 * mlx5_ifc.h has no MGIR, so the layout is transcribed from NVIDIA's
 * published register descriptions, and every offset was checked against
 * two of them:
 *
 *  H  the Adapters PRM as generated for mstflint
 *     (tools_layouts/reg_access_hca_layouts.h, reg_access_hca_mgir_*_ext),
 *  A  the same register in mstflint's switch and GPU PRM databases
 *     (tools_layouts/adb/prm/{switch,gpu}/ext/register_access_table.adb),
 *  S  NVIDIA's switch driver register accessors
 *     (Mellanox/Switch-SDK-drivers, include/linux/mlx_sx/auto_registers),
 *  K  the kernel's drivers/net/ethernet/mellanox/mlxsw/reg.h (hw revision,
 *     the TLV bits, PSID, the extended version words; its MLXSW_REG_MGIR_LEN
 *     0x9c stops after dev_branch_tag, the PRM pads the register to 0xa0).
 *
 * Those sources give {dword byte offset, lsb shift, width}; here a field is
 * {big-endian bit offset, width}: bit = 8 * byte + 32 - shift - width.
 * Per field the sources that agree are named.  Fields that only one source
 * defines, or that the PRM marks switch-internal or work in progress
 * (cpo_indication, ga, chip_type, pds...), are left out.
 */
#include "mlx5_prm.h"

#include <stddef.h>

/* hw_info.technology: process node. */
static const struct prm_enum mgir_technology_enum[] = {
	{ 0, "na" }, { 1, "40nm" }, { 2, "28nm" }, { 3, "16nm" }, { 4, "7nm" }, { 5, "5nm" },
	{ 6, "3nm" }, { 0, NULL }
};

/*
 * fw_info.life_cycle (2 bits; with life_cycle_msb above them on newer
 * devices, so the combined value can reach pre_production).
 */
const struct prm_enum mlx5_mgir_life_cycle_enum[] = {
	{ 0, "production" }, { 1, "ga_secured" }, { 2, "ga_non_secured" }, { 3, "rma" },
	{ 4, "pre_production" }, { 0, NULL }
};

/* sw_info.romN_type and romN_arch: the expansion ROMs in flash. */
static const struct prm_enum mgir_rom_type_enum[] = {
	{ 0, "none" }, { 1, "flexboot" }, { 2, "uefi" }, { 3, "uefi_clp" }, { 4, "nvme" },
	{ 5, "fcode" }, { 6, "uefi_virtio_net" }, { 7, "uefi_virtio_blk" },
	{ 8, "pxe_virtio_net" }, { 0, NULL }
};
static const struct prm_enum mgir_rom_arch_enum[] = {
	{ 0, "unspecified" }, { 1, "amd64" }, { 2, "aarch64" }, { 3, "amd64_aarch64" },
	{ 4, "ia32" }, { 0, NULL }
};

/* Hardware info, MGIR bytes 0x00..0x1f. */
static const struct prm_field mgir_hw_info_f[] = {
	{ "device_hw_revision", 0x00, 16, PRM_HEX },     /* H 0x0.16 w16, K, S 0x0 */
	{ "device_id", 0x10, 16, PRM_HEX },              /* H 0x0.0 w16, S 0x2 */
	{ "num_ports", 0x24, 12, PRM_UINT },             /* H 0x4.16 w12, S low byte at 0x5 */
	{ "technology", 0x30, 5, PRM_ENUM, .enums = mgir_technology_enum }, /* H 0x4.11, S 0x6 >>3 */
	{ "pvs", 0x3b, 5, PRM_UINT },             /* H 0x4.0 w5, S 0x7; 50 mV units */
	{ "hw_dev_id", 0x50, 16, PRM_HEX },              /* H 0x8.0 w16, S 0xa */
	/* H splits it into 47_32 (0x10.0 w16) and 31_0 (0x14); S: 6 bytes at 0x12. */
	{ "manufacturing_base_mac", 0x90, 48, PRM_HEX, .also = PRM_MAC },
	{ "uptime", 0xe0, 32, PRM_UINT, .unit = "s" },   /* H 0x1c, S 0x1c */
};
const struct prm_layout mlx5_prm_mgir_hw_info =
	PRM_LAYOUT("mgir_hardware_info", 0x100, PRM_BE, mgir_hw_info_f);

/* Firmware info, MGIR bytes 0x20..0x5f (offsets below relative to 0x20). */
static const struct prm_field mgir_fw_info_f[] = {
	{ "dev_sc", 0x01, 1, PRM_BOOL },                 /* H 0x0.30, S 0x20 bit 6 */
	{ "string_tlv", 0x03, 1, PRM_BOOL },             /* H 0x0.28, K 0x20 28, S bit 4 */
	{ "dev", 0x04, 1, PRM_BOOL },                    /* H 0x0.27, S bit 3 */
	{ "debug", 0x05, 1, PRM_BOOL },                  /* H 0x0.26, S bit 2 */
	{ "signed_fw", 0x06, 1, PRM_BOOL },              /* H 0x0.25, S bit 1 */
	{ "secured", 0x07, 1, PRM_BOOL },                /* H 0x0.24, S bit 0 */
	/* The 8-bit forms are deprecated (may read 0): see the extended ones. */
	{ "major", 0x08, 8, PRM_UINT },                  /* H 0x0.16, S 0x21 */
	{ "minor", 0x10, 8, PRM_UINT },                  /* H 0x0.8, S 0x22 */
	{ "sub_minor", 0x18, 8, PRM_UINT },              /* H 0x0.0, S 0x23 */
	{ "build_id", 0x20, 32, PRM_HEX },               /* H 0x4, S 0x24 */
	/* Date and hour are BCD (3 May 2004 = 0x05, 0x03, 0x2004; 17:43 = 0x1743). */
	{ "month", 0x40, 8, PRM_HEX },                   /* H 0x8.24, S 0x28 */
	{ "day", 0x48, 8, PRM_HEX },                     /* H 0x8.16, S 0x29 */
	{ "year", 0x50, 16, PRM_HEX },                   /* H 0x8.0, S 0x2a */
	{ "bkv_major", 0x64, 4, PRM_UINT },              /* H 0xc.24 w4, A */
	{ "bkv_minor", 0x68, 4, PRM_UINT },              /* H 0xc.20 w4, A */
	{ "bkv_sub_minor", 0x6c, 4, PRM_UINT },          /* H 0xc.16 w4, A */
	{ "hour", 0x70, 16, PRM_HEX },                   /* H 0xc.0 w16, S 0x2e */
	{ "psid", 0x80, 128, PRM_STRING },               /* H 0x10, K 0x30, S 0x30 */
	{ "ini_file_version", 0x100, 32, PRM_UINT },     /* H 0x20, S 0x40 */
	{ "extended_major", 0x120, 32, PRM_UINT },       /* H 0x24, K 0x44, S 0x44 */
	{ "extended_minor", 0x140, 32, PRM_UINT },       /* H 0x28, K 0x48, S 0x48 */
	{ "extended_sub_minor", 0x160, 32, PRM_UINT },   /* H 0x2c, K 0x4c, S 0x4c */
	{ "disabled_tiles_bitmap", 0x180, 16, PRM_HEX }, /* H 0x30.16, S 0x50 */
	{ "isfu_major", 0x190, 16, PRM_UINT },           /* H 0x30.0, S 0x52 */
	{ "issu_able", 0x1b2, 1, PRM_BOOL },             /* H 0x34.13, A */
	{ "dev_state", 0x1b4, 1, PRM_BOOL },             /* H 0x34.11, A */
	{ "life_cycle_msb", 0x1b9, 3, PRM_UINT },        /* H 0x34.4 w3, A */
	{ "encryption", 0x1bc, 1, PRM_BOOL },            /* H 0x34.3, S 0x57 bit 3 */
	{ "sec_boot", 0x1bd, 1, PRM_BOOL },              /* H 0x34.2, S 0x57 bit 2 */
	{ "life_cycle", 0x1be, 2, PRM_ENUM, .enums = mlx5_mgir_life_cycle_enum }, /* H 0x34.0, S */
};
const struct prm_layout mlx5_prm_mgir_fw_info =
	PRM_LAYOUT("mgir_fw_info", 0x200, PRM_BE, mgir_fw_info_f);

/* One expansion ROM's version word. */
static const struct prm_field mgir_rom_version_f[] = {
	{ "major", 0x00, 8, PRM_UINT },                  /* H 0x0.24, S */
	{ "minor", 0x08, 8, PRM_UINT },                  /* H 0x0.16, S */
	{ "build", 0x10, 16, PRM_UINT },                 /* H 0x0.0, S */
};
static const struct prm_layout mgir_rom_version =
	PRM_LAYOUT("mgir_rom_version", 0x20, PRM_BE, mgir_rom_version_f);

/* Software info, MGIR bytes 0x60..0x7f: the oldest compatible driver and the ROMs. */
static const struct prm_field mgir_sw_info_f[] = {
	{ "major", 0x08, 8, PRM_UINT },                  /* H 0x0.16, S 0x61 */
	{ "minor", 0x10, 8, PRM_UINT },                  /* H 0x0.8, S 0x62 */
	{ "sub_minor", 0x18, 8, PRM_UINT },              /* H 0x0.0, S 0x63 */
	{ "rom0_arch", 0x20, 4, PRM_ENUM, .enums = mgir_rom_arch_enum },  /* H 0x4.28, S 0x64 */
	{ "rom0_type", 0x24, 4, PRM_ENUM, .enums = mgir_rom_type_enum },  /* H 0x4.24 */
	{ "rom1_arch", 0x28, 4, PRM_ENUM, .enums = mgir_rom_arch_enum },  /* H 0x4.20, S 0x65 */
	{ "rom1_type", 0x2c, 4, PRM_ENUM, .enums = mgir_rom_type_enum },  /* H 0x4.16 */
	{ "rom2_arch", 0x30, 4, PRM_ENUM, .enums = mgir_rom_arch_enum },  /* H 0x4.12, S 0x66 */
	{ "rom2_type", 0x34, 4, PRM_ENUM, .enums = mgir_rom_type_enum },  /* H 0x4.8 */
	{ "rom3_arch", 0x38, 4, PRM_ENUM, .enums = mgir_rom_arch_enum },  /* H 0x4.4, S 0x67 */
	{ "rom3_type", 0x3c, 4, PRM_ENUM, .enums = mgir_rom_type_enum },  /* H 0x4.0 */
	{ "rom0_version", 0x40, 0x20, PRM_STRUCT, .sub = &mgir_rom_version }, /* H 0x8, S 0x68 */
	{ "rom1_version", 0x60, 0x20, PRM_STRUCT, .sub = &mgir_rom_version }, /* H 0xc, S 0x6c */
	{ "rom2_version", 0x80, 0x20, PRM_STRUCT, .sub = &mgir_rom_version }, /* H 0x10, S 0x70 */
	{ "rom3_version", 0xa0, 0x20, PRM_STRUCT, .sub = &mgir_rom_version }, /* H 0x14, S 0x74 */
};
const struct prm_layout mlx5_prm_mgir_sw_info =
	PRM_LAYOUT("mgir_sw_info", 0x100, PRM_BE, mgir_sw_info_f);

/* Development info, MGIR bytes 0x80..0x9b: the branch a development build came from. */
static const struct prm_field mgir_dev_info_f[] = {
	{ "dev_branch_tag", 0x00, 28 * 8, PRM_STRING },  /* H 0x0 28 bytes, K, S 0x80 */
};
const struct prm_layout mlx5_prm_mgir_dev_info =
	PRM_LAYOUT("mgir_dev_info", 28 * 8, PRM_BE, mgir_dev_info_f);

static const struct prm_field mlx5_prm_mgir_reg_f[] = {
	{ "hw_info", 0x000, 0x100, PRM_STRUCT, .sub = &mlx5_prm_mgir_hw_info },
	{ "fw_info", 0x100, 0x200, PRM_STRUCT, .sub = &mlx5_prm_mgir_fw_info },
	{ "sw_info", 0x300, 0x100, PRM_STRUCT, .sub = &mlx5_prm_mgir_sw_info },
	{ "dev_info", 0x400, 28 * 8, PRM_STRUCT, .sub = &mlx5_prm_mgir_dev_info },
};
const struct prm_layout mlx5_prm_mgir_reg =
	PRM_LAYOUT("mgir_reg", 0x500, PRM_BE, mlx5_prm_mgir_reg_f);
