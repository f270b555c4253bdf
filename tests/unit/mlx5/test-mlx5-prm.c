// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * mlx5 PRM tables: every layout passes prm_layout_check(), every table's
 * total size equals the size of its structure in mlx5_ifc.h (numbers below
 * read off the header independently of the tables), and a few anchor
 * fields sit where shared/kernel-abi.md section 7 says.  TAP output.
 */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include <json-c/json.h>

#include "plugins/mlx5/mlx5_opcodes.h"
#include "plugins/mlx5/mlx5_prm.h"

#include "../tap.h"

/* MLX5_ST_SZ_BITS of each structure (capability pages are the 0x8000-bit
 * union for the flow-table types, 0x800 bits otherwise; debug_cap as the
 * upstream header sizes it). */
static const struct { const char *name; uint32_t bits; } ifc_sizes[] = {
	{ "cmd_hca_cap", 0x800 }, { "cmd_hca_cap_2", 0x800 },
	{ "per_protocol_networking_offload_caps", 0x800 }, { "odp_cap", 0x800 },
	{ "atomic_caps", 0x800 }, { "roce_cap", 0x800 }, { "flow_table_nic_cap", 0x8000 },
	{ "flow_table_eswitch_cap", 0x8000 }, { "e_switch_cap", 0x800 }, { "qos_cap", 0x800 },
	{ "debug_cap", 0x800 }, { "device_mem_cap", 0x800 }, { "tls_cap", 0x800 },
	{ "ipsec_cap", 0x800 }, { "crypto_cap", 0x800 }, { "macsec_cap", 0x800 },
	{ "port_selection_cap", 0x8000 }, { "adv_virtualization_cap", 0x800 },
	{ "paos_reg", 0x80 }, { "ptys_reg", 0x200 }, { "pmtu_reg", 0x80 }, { "mtmp_reg", 0x100 },
	{ "mcia_reg", 0x200 }, { "qcam_reg", 0x240 }, { "pcam_reg", 0x280 },
	{ "mcam_reg", 0x240 }, { "ppcnt_reg", 0x800 },
	{ "eth_802_3_cntrs_grp_data_layout", 0x7c0 }, { "eth_2863_cntrs_grp_data_layout", 0x7c0 },
	{ "eth_2819_cntrs_grp_data_layout", 0x7c0 }, { "eth_3635_cntrs_grp_data_layout", 0x7c0 },
	{ "eth_extended_cntrs_grp_data_layout", 0x7c0 },
	{ "eth_per_prio_grp_data_layout", 0x7c0 }, { "eth_per_tc_prio_grp_data_layout", 0x7c0 },
	{ "eth_per_tc_congest_prio_grp_data_layout", 0x7c0 }, { "phys_layer_cntrs", 0x7c0 },
	{ "phys_layer_statistical_cntrs", 0x7c0 }, { "ib_port_cntrs_grp_data_layout", 0x140 },
	{ "ib_ext_port_cntrs_grp_data_layout", 0x7c0 },
	{ "query_adapter_param_block", 0x800 }, { "diagnostic_params_context", 0xc0 },
	{ "diagnostic_cntr_struct", 0x80 }, { "diagnostic_cntr_layout", 0x20 },
};

static const struct { const char *layout, *field; uint32_t off, width; } anchors[] = {
	{ "cmd_hca_cap", "vhca_id", 0x30, 16 },
	{ "cmd_hca_cap", "log_max_qp_sz", 0x88, 8 },
	{ "cmd_hca_cap", "log_max_qp", 0x9b, 5 },
	{ "cmd_hca_cap", "num_ports", 0x1b8, 8 },
	{ "debug_cap", "resource_dump", 9, 1 },
	{ "query_adapter_param_block", "ieee_vendor_id", 0xc8, 24 },
	{ "query_adapter_param_block", "vsd_contd_psid", 0x780, 128 },
};

static const struct prm_layout *by_name(const char *name)
{
	for (size_t i = 0; i < mlx5_n_all_layouts; i++)
		if (!strcmp(mlx5_all_layouts[i]->name, name))
			return mlx5_all_layouts[i];
	return NULL;
}

int main(void)
{
	uint8_t page[4096];

	for (size_t i = 0; i < mlx5_n_all_layouts; i++) {
		const char *why = prm_layout_check(mlx5_all_layouts[i]);

		ok(why == NULL, "prm_layout_check(%s)", mlx5_all_layouts[i]->name);
		if (why)
			printf("# %s\n", why);
	}
	ok(mlx5_n_all_layouts == sizeof(ifc_sizes) / sizeof(ifc_sizes[0]),
	   "%s every layout has an ifc size", "");
	for (size_t i = 0; i < sizeof(ifc_sizes) / sizeof(ifc_sizes[0]); i++) {
		const struct prm_layout *l = by_name(ifc_sizes[i].name);

		ok(l && l->size_bits == ifc_sizes[i].bits, "size of %s matches mlx5_ifc.h",
		   ifc_sizes[i].name);
	}
	for (size_t i = 0; i < sizeof(anchors) / sizeof(anchors[0]); i++) {
		const struct prm_layout *l = by_name(anchors[i].layout);
		const struct prm_field *f = l ? prm_find(l, anchors[i].field) : NULL;

		ok(f && f->bit_off == anchors[i].off && f->bit_width == anchors[i].width,
		   "anchor %s", anchors[i].field);
	}
	/* Every cap type decodes a page; a set value comes back. */
	for (size_t i = 0; i < mlx5_n_cap_types; i++) {
		const struct mlx5_cap_type *t = &mlx5_cap_types[i];
		struct json_object *o = json_object_new_object();

		memset(page, 0xa5, sizeof(page));
		ok(prm_decode(t->layout, page, sizeof(page), o, 0) == 0, "decode %s page", t->name);
		json_object_put(o);
		ok(mlx5_cap_type_find(t->name) == t && mlx5_cap_type_by_id(t->type) == t,
		   "cap type %s lookups", t->name);
	}
	for (size_t i = 0; i < mlx5_n_regs; i++)
		ok(mlx5_reg_find(mlx5_regs[i].name) == &mlx5_regs[i] &&
		   mlx5_reg_len(&mlx5_regs[i]) <= 256, "register %s", mlx5_regs[i].name);
	for (size_t i = 0; i < mlx5_n_regs; i++)
		for (const char *const *p = mlx5_regs[i].index; p && *p; p++)
			ok(prm_find(mlx5_regs[i].layout, *p) != NULL, "index field %s exists", *p);
	for (size_t i = 0; i < mlx5_n_regs; i++)
		for (const char *const *p = mlx5_regs[i].writable; p && *p; p++)
			ok(prm_find(mlx5_regs[i].layout, *p) != NULL, "writable field %s exists", *p);
	/* Opcode table: ACCESS_REG write at CONFIGURATION, read at DEBUG_READ_ONLY. */
	{
		const struct mlx5_opcode *a = mlx5_opcode_find("access_reg");

		ok(a && mlx5_opcode_scope(a, 0) == 0 && mlx5_opcode_scope(a, 1) == 1,
		   "%sACCESS_REG scopes", "");
		a = mlx5_opcode_by_value(0x820);
		ok(a && mlx5_opcode_scope(a, 0) == 2, "%sSET_DIAGNOSTIC_PARAMS debug-write", "");
		ok(mlx5_opcode_by_value(0xa04) == NULL, "%sCREATE_UCTX not allowed", "");
	}
	return tap_done();
}
