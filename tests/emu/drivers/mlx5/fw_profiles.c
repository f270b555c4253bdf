// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * The two emulated device generations.  Values are plausible for the real
 * parts (ConnectX-6 Dx: PCI 0x101d, 100G QSFP28; ConnectX-7: PCI 0x1021,
 * 400G OSFP) without claiming to be a capture of either.  Capability and
 * register values live in fw_caps.c and fw_regs.c, one column per profile.
 */
#include <string.h>

#include "emu_mlx5.h"

/* QUERY_HCA_CAP types (enum mlx5_cap_type) each generation answers. */
static const uint16_t cx6dx_caps[] = {
	0x00, 0x01, 0x02, 0x03, 0x04, 0x07, 0x08, 0x09, 0x0c, 0x0d, 0x0f, 0x11, 0x15, 0x1a,
	0x20, 0x25,
};
/* ConnectX-7 adds MACsec offload and advanced virtualization (dirty page tracking). */
static const uint16_t cx7_caps[] = {
	0x00, 0x01, 0x02, 0x03, 0x04, 0x07, 0x08, 0x09, 0x0c, 0x0d, 0x0f, 0x11, 0x15, 0x1a,
	0x1f, 0x20, 0x25, 0x26,
};

/* Diagnostic counter ids (PCIe stalls, RX/TX pipe counters). */
static const uint16_t cx6dx_diag[] = { 0x0401, 0x0402, 0x0403, 0x0406, 0x1001, 0x2006 };
static const uint16_t cx7_diag[] = { 0x0401, 0x0402, 0x0403, 0x0406, 0x0409, 0x040a,
				     0x040b, 0x1001, 0x2001, 0x2006 };

/* PPCNT groups: IEEE 802.3, RFC 2863/2819/3635, extended, per prio/TC,
 * physical layer; ConnectX-7 adds the physical layer statistical group. */
static const uint8_t cx6dx_ppcnt[] = { 0x00, 0x01, 0x02, 0x03, 0x05, 0x10, 0x11, 0x12, 0x13 };
static const uint8_t cx7_ppcnt[] = { 0x00, 0x01, 0x02, 0x03, 0x05, 0x10, 0x11, 0x12, 0x13,
				     0x16 };

/* SFF-8636 QSFP28 module: identifier 0x11 (copied at 128), vendor at 148,
 * OUI at 165, part number at 168, revision at 184, serial at 196. */
static const struct emu_mlx5_eeprom_part cx6dx_eeprom[] = {
	{ 0, 3, "\x11\x08\x00" },
	{ 128, 3, "\x11\xcc\x23" },
	{ 131, 1, "\x80" },
	{ 148, 16, "NVIDIA          " },
	{ 165, 3, "\x00\x02\xc9" },
	{ 168, 16, "MCP1600-C001E30N" },
	{ 184, 2, "A3" },
	{ 196, 16, "MT2216VS01234   " },
};
/* CMIS 5.0 OSFP module: identifier 0x19 (copied at 128), vendor at 129,
 * OUI at 145, part number at 148, revision at 164, serial at 166.  CMIS
 * fills every vendor string with ASCII, spaces after the text: no NULs. */
static const struct emu_mlx5_eeprom_part cx7_eeprom[] = {
	{ 0, 2, "\x19\x50" },
	{ 128, 1, "\x19" },
	{ 129, 16, "NVIDIA          " },
	{ 145, 3, "\x00\x02\xc9" },
	{ 148, 16, "MMA4Z00-NS400   " },
	{ 164, 2, "A1" },
	{ 166, 16, "MT2325FT05678   " },
};

#define LIST(a) a, sizeof(a) / sizeof((a)[0])

static const struct emu_mlx5_profile profiles[] = {
	{
		.name = "cx6dx", .idx = 0, .pci_device = 0x101d, .vhca_id = 0, .uid = 0x11,
		.uctx_caps = 0, .psid = "MT_0000000359", .vsd = "ConnectX-6 Dx EN 100GbE",
		.ieee_vendor_id = 0x0002c9, .num_ports = 1, .num_sensors = 1,
		.cap_types = LIST(cx6dx_caps), .diag_ids = LIST(cx6dx_diag),
		.ppcnt_groups = LIST(cx6dx_ppcnt), .eeprom = LIST(cx6dx_eeprom),
	},
	{
		.name = "cx7", .idx = 1, .pci_device = 0x1021, .vhca_id = 0x20, .uid = 0x25,
		.uctx_caps = FWCTL_MLX5_UCTX_CAP_TOOLS_RESOURCES, .psid = "MT_0000000834",
		.vsd = "ConnectX-7 VPI 400Gb/s", .ieee_vendor_id = 0x0002c9, .num_ports = 1,
		.num_sensors = 2,
		.cap_types = LIST(cx7_caps), .diag_ids = LIST(cx7_diag),
		.ppcnt_groups = LIST(cx7_ppcnt), .eeprom = LIST(cx7_eeprom),
	},
};

_Static_assert(sizeof(profiles) / sizeof(profiles[0]) == EMU_MLX5_N_PROFILES,
	       "value tables have one column per profile");

const char *const emu_mlx5_profile_names = "cx6dx, cx7";

const struct emu_mlx5_profile *emu_mlx5_profile_find(const char *name)
{
	for (size_t i = 0; i < EMU_ARRAY_SIZE(profiles); i++)
		if (!strcmp(profiles[i].name, name))
			return &profiles[i];
	return NULL;
}
