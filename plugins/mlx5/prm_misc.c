// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * mlx5 command layouts: bit offsets and widths of every named field
 * (reserved bits skipped), transcribed from the PRM structures published in
 * include/linux/mlx5/mlx5_ifc.h.  Counter pairs split into 32-bit high/low
 * words there are one 64-bit field here.  Every offset is checked against
 * layouts/prm_misc.layout by scripts/prm-layouts (how to add one: README.md).
 */
#include "mlx5_prm.h"

#include <stddef.h>


static const struct prm_field mlx5_prm_query_adapter_param_block_f[] = {
	{ "ieee_vendor_id", 0xc8, 0x18, PRM_UINT, fwctl_oui_names, .also = PRM_OUI },
	{ "vsd_vendor_id", 0xf0, 0x10, PRM_UINT, fwctl_pci_vendor_names, .also = PRM_PCI_VENDOR },
	{ "vsd", 0x100, 0x680, PRM_STRING },
	{ "vsd_contd_psid", 0x780, 0x80, PRM_STRING },
};
const struct prm_layout mlx5_prm_query_adapter_param_block =
	PRM_LAYOUT("query_adapter_param_block", 0x800, PRM_BE, mlx5_prm_query_adapter_param_block_f);

static const struct prm_field mlx5_prm_diagnostic_params_context_f[] = {
	{ "num_of_counters", 0x0, 0x10, PRM_UINT },
	{ "log_num_of_samples", 0x18, 0x8, PRM_UINT },
	{ "single", 0x20, 1, PRM_BOOL },
	{ "repetitive", 0x21, 1, PRM_BOOL },
	{ "sync", 0x22, 1, PRM_BOOL },
	{ "clear", 0x23, 1, PRM_BOOL },
	{ "on_demand", 0x24, 1, PRM_BOOL },
	{ "enable", 0x25, 1, PRM_BOOL },
	{ "log_sample_period", 0x38, 0x8, PRM_UINT },
};
const struct prm_layout mlx5_prm_diagnostic_params_context =
	PRM_LAYOUT("diagnostic_params_context", 0xc0, PRM_BE, mlx5_prm_diagnostic_params_context_f);

static const struct prm_field mlx5_prm_diagnostic_cntr_struct_f[] = {
	{ "counter_id", 0x0, 0x10, PRM_UINT },
	{ "sample_id", 0x10, 0x10, PRM_UINT },
	{ "time_stamp_31_0", 0x20, 0x20, PRM_UINT },
	{ "counter_value", 0x40, 64, PRM_UINT },
};
const struct prm_layout mlx5_prm_diagnostic_cntr_struct =
	PRM_LAYOUT("diagnostic_cntr_struct", 0x80, PRM_BE, mlx5_prm_diagnostic_cntr_struct_f);

static const struct prm_field mlx5_prm_diagnostic_cntr_layout_f[] = {
	{ "sync", 0x0, 1, PRM_BOOL },
	{ "counter_id", 0x10, 0x10, PRM_UINT },
};
const struct prm_layout mlx5_prm_diagnostic_cntr_layout =
	PRM_LAYOUT("diagnostic_cntr_layout", 0x20, PRM_BE, mlx5_prm_diagnostic_cntr_layout_f);
