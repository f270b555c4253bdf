// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * MGIR (0x9020, 160 bytes) of the emulated firmware: what a ConnectX says
 * about itself.  The emulator's own transcription, kept apart from the
 * tool's table on purpose: fields are written here as the PRM prints them,
 * {dword byte offset, lsb, width} (mstflint's reg_access_hca_mgir_*_ext,
 * the same numbers as the mlxsw items in the kernel), not as big-endian bit
 * offsets.  Values agree with the rest of the device: the PCI device id
 * the function has, the profile's PSID (QUERY_ADAPTER's vsd_contd_psid),
 * its port count, and a base MAC under the OUI QUERY_ADAPTER reports.
 * uptime advances by one second per read, so a test can see a fresh read.
 */
#include <string.h>

#include "emu_mlx5.h"

/* A field at dword `byte`, lsb `lsb`, `w` bits wide -> emu_prm_set arguments. */
#define AT(byte, lsb, w) (unsigned)((byte) * 8 + 32 - (lsb) - (w)), (unsigned)(w)

struct mgir_rom { uint8_t type, arch, major, minor; uint16_t build; };

struct mgir_values {
	uint16_t hw_rev, hw_dev_id;
	uint8_t technology, pvs;
	uint16_t mac_47_32;
	uint32_t mac_31_0;
	uint32_t uptime;            /* seconds at the first read */
	/* Firmware version; old8 = what the deprecated 8-bit fields carry. */
	uint32_t major, minor, sub_minor;
	uint8_t old8[3];
	uint32_t build_id;
	uint16_t year;              /* BCD, as the date and hour below */
	uint8_t month, day;
	uint16_t hour;
	uint8_t bkv[3];
	uint32_t ini_file_version;
	uint16_t isfu_major;
	uint8_t secured, signed_fw, debug, dev, life_cycle, sec_boot, encryption, issu_able;
	uint8_t sw[3];              /* oldest compatible driver */
	struct mgir_rom rom[4];
	const char *branch_tag;
};

/*
 * ConnectX-6 Dx firmware 22.41.1000 (its deprecated sub_minor byte holds
 * 1000 & 0xff: why the extended words exist); ConnectX-7 firmware
 * 28.43.2026, newer, leaves the deprecated fields 0 and boots securely.
 */
static const struct mgir_values values[EMU_MLX5_N_PROFILES] = {
	{
		.hw_rev = 0x1, .hw_dev_id = 0x212, .technology = 3 /* 16nm */, .pvs = 17,
		.mac_47_32 = 0x0002, .mac_31_0 = 0xc9a4f1e0, .uptime = 351234,
		.major = 22, .minor = 41, .sub_minor = 1000, .old8 = { 22, 41, 1000 & 0xff },
		.build_id = 0x5a3e1c07, .year = 0x2024, .month = 0x03, .day = 0x26, .hour = 0x1051,
		.ini_file_version = 3, .isfu_major = 1,
		.secured = 1, .signed_fw = 1, .life_cycle = 1 /* GA secured */, .sec_boot = 0,
		.encryption = 1, .sw = { 1, 0, 0 },
		.rom = { { 1, 1, 3, 7, 300 }, { 2, 1, 14, 33, 15 } },   /* FlexBoot, UEFI (amd64) */
		.branch_tag = "",
	},
	{
		.hw_rev = 0x2, .hw_dev_id = 0x218, .technology = 4 /* 7nm */, .pvs = 16,
		.mac_47_32 = 0x0002, .mac_31_0 = 0xc97e4100, .uptime = 98765,
		.major = 28, .minor = 43, .sub_minor = 2026, .build_id = 0x7c61d2f4,
		.year = 0x2024, .month = 0x11, .day = 0x14, .hour = 0x0907, .bkv = { 1, 2, 3 },
		.ini_file_version = 7, .isfu_major = 2,
		.secured = 1, .signed_fw = 1, .life_cycle = 1, .sec_boot = 1, .encryption = 1,
		.sw = { 1, 2, 0 },
		.rom = { { 1, 1, 3, 7, 500 }, { 2, 1, 14, 36, 16 }, { 2, 2, 14, 36, 16 } },
		.branch_tag = "rel-28_43_2026",
	},
};

void emu_mlx5_mgir_read(struct emu_dev *dev, uint8_t *r, size_t len, uint64_t reads)
{
	const struct emu_mlx5_profile *p = emu_mlx5(dev)->prof;
	const struct mgir_values *v = &values[p->idx];

	if (len < EMU_MLX5_MGIR_LEN)
		return;
	memset(r, 0, EMU_MLX5_MGIR_LEN);
	/* hardware info, bytes 0x00..0x1f */
	emu_prm_set(r, len, AT(0x00, 16, 16), v->hw_rev);
	emu_prm_set(r, len, AT(0x00, 0, 16), dev->pci_device);
	emu_prm_set(r, len, AT(0x04, 16, 12), p->num_ports);
	emu_prm_set(r, len, AT(0x04, 11, 5), v->technology);
	emu_prm_set(r, len, AT(0x04, 0, 5), v->pvs);
	emu_prm_set(r, len, AT(0x08, 0, 16), v->hw_dev_id);
	emu_prm_set(r, len, AT(0x10, 0, 16), v->mac_47_32);
	emu_prm_set(r, len, AT(0x14, 0, 32), v->mac_31_0);
	emu_prm_set(r, len, AT(0x1c, 0, 32), v->uptime + (uint32_t)reads);
	/* firmware info, bytes 0x20..0x5f */
	emu_prm_set(r, len, AT(0x20, 27, 1), v->dev);
	emu_prm_set(r, len, AT(0x20, 26, 1), v->debug);
	emu_prm_set(r, len, AT(0x20, 25, 1), v->signed_fw);
	emu_prm_set(r, len, AT(0x20, 24, 1), v->secured);
	emu_prm_set(r, len, AT(0x20, 16, 8), v->old8[0]);
	emu_prm_set(r, len, AT(0x20, 8, 8), v->old8[1]);
	emu_prm_set(r, len, AT(0x20, 0, 8), v->old8[2]);
	emu_prm_set(r, len, AT(0x24, 0, 32), v->build_id);
	emu_prm_set(r, len, AT(0x28, 24, 8), v->month);
	emu_prm_set(r, len, AT(0x28, 16, 8), v->day);
	emu_prm_set(r, len, AT(0x28, 0, 16), v->year);
	emu_prm_set(r, len, AT(0x2c, 24, 4), v->bkv[0]);
	emu_prm_set(r, len, AT(0x2c, 20, 4), v->bkv[1]);
	emu_prm_set(r, len, AT(0x2c, 16, 4), v->bkv[2]);
	emu_prm_set(r, len, AT(0x2c, 0, 16), v->hour);
	memcpy(r + 0x30, p->psid, strnlen(p->psid, 16));
	emu_prm_set(r, len, AT(0x40, 0, 32), v->ini_file_version);
	emu_prm_set(r, len, AT(0x44, 0, 32), v->major);
	emu_prm_set(r, len, AT(0x48, 0, 32), v->minor);
	emu_prm_set(r, len, AT(0x4c, 0, 32), v->sub_minor);
	emu_prm_set(r, len, AT(0x50, 0, 16), v->isfu_major);
	emu_prm_set(r, len, AT(0x54, 13, 1), v->issu_able);
	emu_prm_set(r, len, AT(0x54, 3, 1), v->encryption);
	emu_prm_set(r, len, AT(0x54, 2, 1), v->sec_boot);
	emu_prm_set(r, len, AT(0x54, 0, 2), v->life_cycle);
	/* software info, bytes 0x60..0x7f: ROM n's type/arch nibbles from the top */
	emu_prm_set(r, len, AT(0x60, 16, 8), v->sw[0]);
	emu_prm_set(r, len, AT(0x60, 8, 8), v->sw[1]);
	emu_prm_set(r, len, AT(0x60, 0, 8), v->sw[2]);
	for (unsigned i = 0; i < 4; i++) {
		const struct mgir_rom *rom = &v->rom[i];
		unsigned ver = 0x68 + 4 * i;

		emu_prm_set(r, len, AT(0x64, 28 - 8 * i, 4), rom->arch);
		emu_prm_set(r, len, AT(0x64, 24 - 8 * i, 4), rom->type);
		emu_prm_set(r, len, AT(ver, 24, 8), rom->major);
		emu_prm_set(r, len, AT(ver, 16, 8), rom->minor);
		emu_prm_set(r, len, AT(ver, 0, 16), rom->build);
	}
	/* development info, bytes 0x80..0x9b */
	memcpy(r + 0x80, v->branch_tag, strnlen(v->branch_tag, 28));
}
