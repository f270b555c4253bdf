/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * mlx5 PRM layouts (prm_caps.c, prm_regs.c, prm_misc.c) and the catalogues
 * built on them (catalog.c): capability types, access registers, PPCNT
 * counter groups.  One table drives the decoder, the text/JSON output and
 * the emulated firmware's encoding of its answers.
 */
#ifndef FWCTL_MLX5_PRM_H
#define FWCTL_MLX5_PRM_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "../../lib/prm.h"
#include "../vendor_ids.h"

/* ---- capability pages (QUERY_HCA_CAP op_mod = type << 1 | cur) ---- */
extern const struct prm_layout mlx5_prm_cmd_hca_cap, mlx5_prm_cmd_hca_cap_2,
	mlx5_prm_per_protocol_networking_offload_caps, mlx5_prm_odp_cap,
	mlx5_prm_atomic_caps, mlx5_prm_roce_cap, mlx5_prm_flow_table_nic_cap,
	mlx5_prm_flow_table_eswitch_cap, mlx5_prm_e_switch_cap, mlx5_prm_qos_cap,
	mlx5_prm_debug_cap, mlx5_prm_device_mem_cap, mlx5_prm_tls_cap, mlx5_prm_ipsec_cap,
	mlx5_prm_crypto_cap, mlx5_prm_macsec_cap, mlx5_prm_port_selection_cap,
	mlx5_prm_adv_virtualization_cap;

/* ---- registers ---- */
extern const struct prm_layout mlx5_prm_paos_reg, mlx5_prm_ptys_reg, mlx5_prm_pmtu_reg,
	mlx5_prm_mtmp_reg, mlx5_prm_mcia_reg, mlx5_prm_qcam_reg, mlx5_prm_pcam_reg,
	mlx5_prm_mcam_reg, mlx5_prm_ppcnt_reg;
/* MGIR (prm_mgir.c) and its parts, at byte offsets MLX5_MGIR_*_OFF of it. */
extern const struct prm_layout mlx5_prm_mgir_reg, mlx5_prm_mgir_hw_info, mlx5_prm_mgir_fw_info,
	mlx5_prm_mgir_sw_info, mlx5_prm_mgir_dev_info;
extern const struct prm_enum mlx5_mgir_life_cycle_enum[];
#define MLX5_REG_MGIR 0x9020
#define MLX5_MGIR_LEN 160
#define MLX5_MGIR_HW_INFO_OFF 0x00
#define MLX5_MGIR_FW_INFO_OFF 0x20
#define MLX5_MGIR_SW_INFO_OFF 0x60
#define MLX5_MGIR_DEV_INFO_OFF 0x80
/* PPCNT counter_set views (bit 0 = first bit of counter_set, byte 8 of PPCNT) */
extern const struct prm_layout mlx5_prm_eth_802_3_cntrs_grp_data_layout,
	mlx5_prm_eth_2863_cntrs_grp_data_layout, mlx5_prm_eth_2819_cntrs_grp_data_layout,
	mlx5_prm_eth_3635_cntrs_grp_data_layout, mlx5_prm_eth_extended_cntrs_grp_data_layout,
	mlx5_prm_eth_per_prio_grp_data_layout, mlx5_prm_eth_per_tc_prio_grp_data_layout,
	mlx5_prm_eth_per_tc_congest_prio_grp_data_layout, mlx5_prm_phys_layer_cntrs,
	mlx5_prm_phys_layer_statistical_cntrs, mlx5_prm_ib_port_cntrs_grp_data_layout,
	mlx5_prm_ib_ext_port_cntrs_grp_data_layout;

/* ---- command payloads ---- */
extern const struct prm_layout mlx5_prm_query_adapter_param_block,
	mlx5_prm_diagnostic_params_context, mlx5_prm_diagnostic_cntr_struct,
	mlx5_prm_diagnostic_cntr_layout;

/* ---- opcodes and sizes ---- */
enum {
	MLX5_OP_QUERY_HCA_CAP = 0x100,
	MLX5_OP_QUERY_ADAPTER = 0x101,
	MLX5_OP_ACCESS_REG = 0x805,
	MLX5_OP_NOP = 0x80d,
	MLX5_OP_QUERY_DIAGNOSTIC_PARAMS = 0x819,
	MLX5_OP_SET_DIAGNOSTIC_PARAMS = 0x820,
	MLX5_OP_QUERY_DIAGNOSTIC_COUNTERS = 0x821,
};
#define MLX5_HDR_LEN 16             /* in and out mailbox headers */
#define MLX5_CAP_PAGE_LEN 4096      /* hca_cap_union: 0x8000 bits */
/* query_adapter_out: status, syndrome, reserved_at_40[0x40] (the 16-byte
 * header), then query_adapter_struct at bit 0x80: 0x880 bits in all. */
#define MLX5_ADAPTER_BLOCK_OFF MLX5_HDR_LEN
#define MLX5_ADAPTER_OUT_LEN (MLX5_HDR_LEN + 256)
#define MLX5_ACCESS_REG_OP_WRITE 0
#define MLX5_ACCESS_REG_OP_READ 1
/* QUERY_HCA_CAP op_mod low bit */
#define MLX5_CAP_OPMOD_MAX 0
#define MLX5_CAP_OPMOD_CUR 1
/* debug_cap: diagnostic_counter[] list starts at bit 0x200, 32 bits each */
#define MLX5_DEBUG_CAP_DIAG_LIST_OFF 0x40
/* QUERY_DIAGNOSTIC_PARAMS out: context right after the first 8 bytes */
#define MLX5_DIAG_PARAMS_CTX_OFF 8
#define MLX5_DIAG_PARAMS_IDS_OFF (MLX5_DIAG_PARAMS_CTX_OFF + 24)
/* SET_DIAGNOSTIC_PARAMS in: context after the first 8 bytes of the in header */
#define MLX5_DIAG_SET_CTX_OFF 8
#define MLX5_DIAG_MAX_COUNTERS 1008   /* what fits in the debug cap page */

/* ---- catalogue ---- */
struct mlx5_cap_type {
	const char *name;           /* "general" (lower case on the command line) */
	uint16_t type;              /* enum mlx5_cap_type */
	const struct prm_layout *layout;
	/* GENERAL fields that say the device has this type, as the kernel
	 * reads them before asking (any one set is enough; "field@N" is bit
	 * N of a wide field); NULL = always asked. */
	const char *const *present_if;
};
extern const struct mlx5_cap_type mlx5_cap_types[];
extern const size_t mlx5_n_cap_types;
/* For --type: every name plus "all", NULL-terminated. */
extern const char *const mlx5_cap_type_choices[];
const struct mlx5_cap_type *mlx5_cap_type_find(const char *name);
const struct mlx5_cap_type *mlx5_cap_type_by_id(uint16_t type);

struct mlx5_reg {
	const char *name;           /* "paos" */
	uint16_t id;                /* register_id */
	const struct prm_layout *layout;
	const char *const *index;   /* fields that select an instance (NULL-terminated) */
	const char *const *writable;/* fields --set may change (NULL-terminated, may be NULL) */
	const char *summary;
};
extern const struct mlx5_reg mlx5_regs[];
extern const size_t mlx5_n_regs;
const struct mlx5_reg *mlx5_reg_find(const char *name);   /* case-insensitive */
const struct mlx5_reg *mlx5_reg_by_id(uint16_t id);
const char *const *mlx5_reg_names(void);                  /* completion */
/* "FIELD=" words of every register's writable / index fields (completion). */
const char *const *mlx5_reg_set_words(void);
const char *const *mlx5_reg_index_words(void);
static inline size_t mlx5_reg_len(const struct mlx5_reg *r) { return r->layout->size_bits / 8; }
bool mlx5_reg_is_index(const struct mlx5_reg *r, const char *field);
bool mlx5_reg_is_writable(const struct mlx5_reg *r, const char *field);

struct mlx5_ppcnt_group {
	const char *name;
	uint8_t grp;
	const struct prm_layout *layout;
};
extern const struct mlx5_ppcnt_group mlx5_ppcnt_groups[];
extern const size_t mlx5_n_ppcnt_groups;
const struct mlx5_ppcnt_group *mlx5_ppcnt_group_by_id(uint8_t grp);
#define MLX5_PPCNT_SET_OFF 8   /* counter_set starts at byte 8 of PPCNT */

/* Every layout above, for self-checks and fuzzers. */
extern const struct prm_layout *const mlx5_all_layouts[];
extern const size_t mlx5_n_all_layouts;

#endif
