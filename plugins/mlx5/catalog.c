// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * Catalogues over the PRM layouts: which capability types exist (enum
 * mlx5_cap_type in include/linux/mlx5/device.h), which registers the tool
 * knows (register ids from include/linux/mlx5/driver.h), which PPCNT
 * counter groups it decodes.  Names are the command-line spellings.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "mlx5_prm.h"
#include "../../lib/suggest.h"

#define PRESENT_IF(...) ((const char *const[]){ __VA_ARGS__, NULL })

/* The presence rules are the kernel's (mlx5_query_hca_caps() in
 * drivers/net/ethernet/mellanox/mlx5/core/main.c); the eswitch types
 * need vport_group_manager and eswitch_manager there, one of them here. */
const struct mlx5_cap_type mlx5_cap_types[] = {
	{ "general",            0x00, &mlx5_prm_cmd_hca_cap, NULL },
	{ "ethernet_offloads",  0x01, &mlx5_prm_per_protocol_networking_offload_caps,
	  PRESENT_IF("eth_net_offloads") },
	{ "odp",                0x02, &mlx5_prm_odp_cap, PRESENT_IF("pg") },
	{ "atomic",             0x03, &mlx5_prm_atomic_caps, PRESENT_IF("atomic") },
	{ "roce",               0x04, &mlx5_prm_roce_cap, PRESENT_IF("roce") },
	{ "flow_table",         0x07, &mlx5_prm_flow_table_nic_cap,
	  PRESENT_IF("nic_flow_table", "ipoib_enhanced_offloads") },
	{ "eswitch_flow_table", 0x08, &mlx5_prm_flow_table_eswitch_cap,
	  PRESENT_IF("eswitch_manager") },
	{ "eswitch",            0x09, &mlx5_prm_e_switch_cap, PRESENT_IF("eswitch_manager") },
	{ "qos",                0x0c, &mlx5_prm_qos_cap, PRESENT_IF("qos") },
	{ "debug",              0x0d, &mlx5_prm_debug_cap, PRESENT_IF("debug") },
	{ "dev_mem",            0x0f, &mlx5_prm_device_mem_cap, PRESENT_IF("device_memory") },
	{ "tls",                0x11, &mlx5_prm_tls_cap, PRESENT_IF("tls_tx", "tls_rx") },
	{ "ipsec",              0x15, &mlx5_prm_ipsec_cap, PRESENT_IF("ipsec_offload") },
	{ "crypto",             0x1a, &mlx5_prm_crypto_cap, PRESENT_IF("crypto") },
	/* MLX5_GENERAL_OBJ_TYPES_CAP_MACSEC_OFFLOAD: bit 39 of the 64-bit field. */
	{ "macsec",             0x1f, &mlx5_prm_macsec_cap, PRESENT_IF("general_obj_types@39") },
	{ "general_2",          0x20, &mlx5_prm_cmd_hca_cap_2, PRESENT_IF("hca_cap_2") },
	{ "port_selection",     0x25, &mlx5_prm_port_selection_cap,
	  PRESENT_IF("port_selection_cap") },
	{ "adv_virtualization", 0x26, &mlx5_prm_adv_virtualization_cap,
	  PRESENT_IF("adv_virtualization") },
};
const size_t mlx5_n_cap_types = sizeof(mlx5_cap_types) / sizeof(mlx5_cap_types[0]);

const char *const mlx5_cap_type_choices[] = {
	"all", "general", "ethernet_offloads", "odp", "atomic", "roce", "flow_table",
	"eswitch_flow_table", "eswitch", "qos", "debug", "dev_mem", "tls", "ipsec", "crypto",
	"macsec", "general_2", "port_selection", "adv_virtualization", NULL
};

const struct mlx5_cap_type *mlx5_cap_type_find(const char *name)
{
	for (size_t i = 0; i < mlx5_n_cap_types; i++)
		if (fwctl_name_eq(name, mlx5_cap_types[i].name))
			return &mlx5_cap_types[i];
	return NULL;
}

const struct mlx5_cap_type *mlx5_cap_type_by_id(uint16_t type)
{
	for (size_t i = 0; i < mlx5_n_cap_types; i++)
		if (mlx5_cap_types[i].type == type)
			return &mlx5_cap_types[i];
	return NULL;
}

static const char *const idx_port[] = { "local_port", NULL };
static const char *const idx_ptys[] = { "local_port", "proto_mask", NULL };
static const char *const idx_mtmp[] = { "sensor_index", NULL };
static const char *const idx_mcia[] = { "module", "i2c_device_address", "page_number",
					"device_address", "size", NULL };
static const char *const idx_cam[] = { "feature_group", "access_reg_group", NULL };
static const char *const idx_ppcnt[] = { "local_port", "pnat", "grp", "prio_tc", NULL };
static const char *const wr_paos[] = { "admin_status", "ase", "ee", NULL };
static const char *const wr_ptys[] = { "eth_proto_admin", "ext_eth_proto_admin", "an_disable_admin", NULL };
static const char *const wr_pmtu[] = { "admin_mtu", NULL };
static const char *const wr_mtmp[] = { "mte", "mtr", "tee", "temp_threshold_hi", "temp_threshold_lo", NULL };

const struct mlx5_reg mlx5_regs[] = {
	{ "paos",  0x5006, &mlx5_prm_paos_reg,  idx_port,  wr_paos, "port administrative and operational status" },
	{ "ptys",  0x5004, &mlx5_prm_ptys_reg,  idx_ptys,  wr_ptys, "port type and speed" },
	{ "pmtu",  0x5003, &mlx5_prm_pmtu_reg,  idx_port,  wr_pmtu, "port MTU" },
	{ "ppcnt", 0x5008, &mlx5_prm_ppcnt_reg, idx_ppcnt, NULL,    "port performance counters (one group per read)" },
	{ "pcam",  0x507f, &mlx5_prm_pcam_reg,  idx_cam,   NULL,    "port registers and features supported" },
	{ "qcam",  0x4019, &mlx5_prm_qcam_reg,  idx_cam,   NULL,    "QoS registers and features supported" },
	{ "mcam",  0x907f, &mlx5_prm_mcam_reg,  idx_cam,   NULL,    "management registers and features supported" },
	{ "mtmp",  0x900a, &mlx5_prm_mtmp_reg,  idx_mtmp,  wr_mtmp, "temperature sensor (0.125 C units)" },
	{ "mcia",  0x9014, &mlx5_prm_mcia_reg,  idx_mcia,  NULL,    "module (cable/transceiver) EEPROM access" },
	{ "mgir",  MLX5_REG_MGIR, &mlx5_prm_mgir_reg, NULL, NULL,   "general information: firmware version, PSID, security state" },
};
const size_t mlx5_n_regs = sizeof(mlx5_regs) / sizeof(mlx5_regs[0]);

static const char *const reg_names[] = {
	"paos", "ptys", "pmtu", "ppcnt", "pcam", "qcam", "mcam", "mtmp", "mcia", "mgir", NULL
};

const char *const *mlx5_reg_names(void)
{
	return reg_names;
}

/* "FIELD=" for each field of every register's list (index or writable),
 * once each: what --index and --set offer on TAB. */
static const char *const *reg_field_words(bool writable, const char ***cache)
{
	size_t n = 0;
	char **v;

	if (*cache != NULL)
		return (const char *const *)*cache;
	for (size_t i = 0; i < mlx5_n_regs; i++)
		for (const char *const *f = writable ? mlx5_regs[i].writable : mlx5_regs[i].index;
		     f && *f; f++)
			n++;
	v = calloc(n + 1, sizeof(*v));
	n = 0;
	for (size_t i = 0; v && i < mlx5_n_regs; i++)
		for (const char *const *f = writable ? mlx5_regs[i].writable : mlx5_regs[i].index;
		     f && *f; f++) {
			bool seen = false;

			for (size_t k = 0; k < n && !seen; k++)
				seen = !strncmp(v[k], *f, strlen(*f)) && v[k][strlen(*f)] == '=';
			if (!seen && asprintf(&v[n], "%s=", *f) > 0)
				n++;
		}
	*cache = (const char **)v;
	return (const char *const *)v;
}

const char *const *mlx5_reg_set_words(void)
{
	static const char **v;

	return reg_field_words(true, &v);
}

const char *const *mlx5_reg_index_words(void)
{
	static const char **v;

	return reg_field_words(false, &v);
}

const struct mlx5_reg *mlx5_reg_find(const char *name)
{
	for (size_t i = 0; i < mlx5_n_regs; i++)
		if (fwctl_name_eq(name, mlx5_regs[i].name))
			return &mlx5_regs[i];
	return NULL;
}

const struct mlx5_reg *mlx5_reg_by_id(uint16_t id)
{
	for (size_t i = 0; i < mlx5_n_regs; i++)
		if (mlx5_regs[i].id == id)
			return &mlx5_regs[i];
	return NULL;
}

static bool in_list(const char *const *l, const char *field)
{
	for (; l && *l; l++)
		if (!strcmp(*l, field))
			return true;
	return false;
}

bool mlx5_reg_is_index(const struct mlx5_reg *r, const char *field)
{
	return in_list(r->index, field);
}

bool mlx5_reg_is_writable(const struct mlx5_reg *r, const char *field)
{
	return in_list(r->writable, field);
}

/* Group values from include/linux/mlx5/device.h (MLX5_*_COUNTERS_GROUP). */
const struct mlx5_ppcnt_group mlx5_ppcnt_groups[] = {
	{ "ieee_802_3",               0x00, &mlx5_prm_eth_802_3_cntrs_grp_data_layout },
	{ "rfc_2863",                 0x01, &mlx5_prm_eth_2863_cntrs_grp_data_layout },
	{ "rfc_2819",                 0x02, &mlx5_prm_eth_2819_cntrs_grp_data_layout },
	{ "rfc_3635",                 0x03, &mlx5_prm_eth_3635_cntrs_grp_data_layout },
	{ "ethernet_extended",        0x05, &mlx5_prm_eth_extended_cntrs_grp_data_layout },
	{ "per_priority",             0x10, &mlx5_prm_eth_per_prio_grp_data_layout },
	{ "per_traffic_class",        0x11, &mlx5_prm_eth_per_tc_prio_grp_data_layout },
	{ "physical_layer",           0x12, &mlx5_prm_phys_layer_cntrs },
	{ "per_traffic_class_congestion", 0x13, &mlx5_prm_eth_per_tc_congest_prio_grp_data_layout },
	{ "physical_layer_statistical", 0x16, &mlx5_prm_phys_layer_statistical_cntrs },
	{ "infiniband_port",          0x20, &mlx5_prm_ib_port_cntrs_grp_data_layout },
	{ "infiniband_extended_port", 0x21, &mlx5_prm_ib_ext_port_cntrs_grp_data_layout },
};
const size_t mlx5_n_ppcnt_groups = sizeof(mlx5_ppcnt_groups) / sizeof(mlx5_ppcnt_groups[0]);

const struct mlx5_ppcnt_group *mlx5_ppcnt_group_by_id(uint8_t grp)
{
	for (size_t i = 0; i < mlx5_n_ppcnt_groups; i++)
		if (mlx5_ppcnt_groups[i].grp == grp)
			return &mlx5_ppcnt_groups[i];
	return NULL;
}

const struct prm_layout *const mlx5_all_layouts[] = {
	&mlx5_prm_cmd_hca_cap, &mlx5_prm_cmd_hca_cap_2,
	&mlx5_prm_per_protocol_networking_offload_caps, &mlx5_prm_odp_cap,
	&mlx5_prm_atomic_caps, &mlx5_prm_roce_cap, &mlx5_prm_flow_table_nic_cap,
	&mlx5_prm_flow_table_eswitch_cap, &mlx5_prm_e_switch_cap, &mlx5_prm_qos_cap,
	&mlx5_prm_debug_cap, &mlx5_prm_device_mem_cap, &mlx5_prm_tls_cap, &mlx5_prm_ipsec_cap,
	&mlx5_prm_crypto_cap, &mlx5_prm_macsec_cap, &mlx5_prm_port_selection_cap,
	&mlx5_prm_adv_virtualization_cap,
	&mlx5_prm_paos_reg, &mlx5_prm_ptys_reg, &mlx5_prm_pmtu_reg, &mlx5_prm_mtmp_reg,
	&mlx5_prm_mcia_reg, &mlx5_prm_qcam_reg, &mlx5_prm_pcam_reg, &mlx5_prm_mcam_reg,
	&mlx5_prm_ppcnt_reg,
	&mlx5_prm_eth_802_3_cntrs_grp_data_layout, &mlx5_prm_eth_2863_cntrs_grp_data_layout,
	&mlx5_prm_eth_2819_cntrs_grp_data_layout, &mlx5_prm_eth_3635_cntrs_grp_data_layout,
	&mlx5_prm_eth_extended_cntrs_grp_data_layout, &mlx5_prm_eth_per_prio_grp_data_layout,
	&mlx5_prm_eth_per_tc_prio_grp_data_layout,
	&mlx5_prm_eth_per_tc_congest_prio_grp_data_layout, &mlx5_prm_phys_layer_cntrs,
	&mlx5_prm_phys_layer_statistical_cntrs, &mlx5_prm_ib_port_cntrs_grp_data_layout,
	&mlx5_prm_ib_ext_port_cntrs_grp_data_layout,
	&mlx5_prm_query_adapter_param_block, &mlx5_prm_diagnostic_params_context,
	&mlx5_prm_diagnostic_cntr_struct, &mlx5_prm_diagnostic_cntr_layout,
	&mlx5_prm_mgir_reg,
};
const size_t mlx5_n_all_layouts = sizeof(mlx5_all_layouts) / sizeof(mlx5_all_layouts[0]);
