// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * Vendor names by IEEE OUI and by PCI vendor ID (see vendor_ids.h), as
 * the registries spell them: the IEEE's OUI list (oui.txt, 2022-08) and
 * the PCI ID repository (pci.ids, 2023-04).  A name only a guess would
 * give is left out; the number is still shown.
 */
#include "vendor_ids.h"

const struct prm_enum fwctl_oui_names[] = {
	{ 0x0002c9, "Mellanox Technologies, Inc." },
	{ 0x00044b, "NVIDIA" },
	{ 0x000af7, "Broadcom" },
	{ 0x001018, "Broadcom" },
	{ 0x00a0c9, "Intel Corporation" },
	{ 0x00aecd, "Pensando Systems" },
	{ 0, NULL }
};

const struct prm_enum fwctl_pci_vendor_names[] = {
	{ 0x10de, "NVIDIA Corporation" },
	{ 0x14e4, "Broadcom Inc. and subsidiaries" },
	{ 0x15b3, "Mellanox Technologies" },
	{ 0x1dd8, "AMD Pensando Systems" },
	{ 0x8086, "Intel Corporation" },
	{ 0, NULL }
};
