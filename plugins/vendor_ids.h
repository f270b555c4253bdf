/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * Names of the vendors fwctl's devices come from, for PRM_OUI and
 * PRM_PCI_VENDOR fields (as their .enums).  Shared by the plugins and
 * kept out of lib/, which names no vendor.  Only the IDs of the vendors
 * whose devices have a plugin, or that their firmware reports, are here:
 * this is no copy of the registries.
 */
#ifndef FWCTL_PLUGINS_VENDOR_IDS_H
#define FWCTL_PLUGINS_VENDOR_IDS_H

#include "../lib/prm.h"

extern const struct prm_enum fwctl_oui_names[];
extern const struct prm_enum fwctl_pci_vendor_names[];

#endif
