// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * mlx5 object-query layouts (QUERY_QP, QUERY_CQ, ... vport, congestion, misc):
 * Bit offsets and widths of every named field (reserved bits skipped),
 * transcribed from the PRM structures published in the kernel's
 * include/linux/mlx5/mlx5_ifc.h (v7.3); every offset is checked against
 * layouts/prm_objects.layout by scripts/prm-layouts (README.md).  Counter
 * pairs split into 32-bit _high/_low words there are one 64-bit field here.  Where the header has a union, the first member
 * is shown.  Flexible trailing arrays (pas[], rq_num[], destination[]) are
 * not part of the fixed layouts.
 */
#include "prm_objects.h"

#include <stddef.h>

static const struct prm_enum qp_state_enum[] = {
	{ 0x0, "rst" }, { 0x1, "init" }, { 0x2, "rtr" }, { 0x3, "rts" }, { 0x4, "sqer" },
	{ 0x6, "err" }, { 0x7, "sqd" }, { 0x9, "suspended" }, { 0, NULL }
};
static const struct prm_enum qp_st_enum[] = {
	{ 0x0, "rc" }, { 0x1, "uc" }, { 0x2, "ud" }, { 0x3, "xrc" }, { 0x5, "dci" },
	{ 0x7, "qp0" }, { 0x8, "qp1" }, { 0x9, "raw_datagram" }, { 0xc, "reg_umr" }, { 0, NULL }
};
static const struct prm_enum qp_pm_state_enum[] = {
	{ 0x0, "armed" }, { 0x1, "rearm" }, { 0x2, "reserved" }, { 0x3, "migrated" }, { 0, NULL }
};
static const struct prm_enum qp_mtu_enum[] = {
	{ 0x1, "256" }, { 0x2, "512" }, { 0x3, "1024" }, { 0x4, "2048" }, { 0x5, "4096" },
	{ 0x7, "raw_ethernet" }, { 0, NULL }
};
static const struct prm_enum cq_st_enum[] = {
	{ 0x6, "solicited_notification_request_armed" },
	{ 0x9, "notification_request_armed" }, { 0xa, "fired" }, { 0, NULL }
};
static const struct prm_enum cq_cqe_sz_enum[] = {
	{ 0x0, "64_bytes" }, { 0x1, "128_bytes" }, { 0, NULL }
};
static const struct prm_enum eq_st_enum[] = {
	{ 0x9, "armed" }, { 0xa, "fired" }, { 0, NULL }
};
static const struct prm_enum dct_state_enum[] = {
	{ 0x0, "active" }, { 0x1, "draining" }, { 0x2, "drained" }, { 0, NULL }
};
/* SQ, RQ and RMP share the work-queue states. */
static const struct prm_enum wq_state_enum[] = {
	{ 0x0, "rst" }, { 0x1, "rdy" }, { 0x3, "err" }, { 0, NULL }
};
static const struct prm_enum rq_mem_type_enum[] = {
	{ 0x0, "memory_rq_inline" }, { 0x1, "memory_rq_rmp" }, { 0, NULL }
};
/* SRQ, XRC SRQ and XRQ share these. */
static const struct prm_enum srq_state_enum[] = {
	{ 0x0, "good" }, { 0x1, "error" }, { 0, NULL }
};
static const struct prm_enum tir_disp_type_enum[] = {
	{ 0x0, "direct" }, { 0x1, "indirect" }, { 0, NULL }
};
static const struct prm_enum tir_hash_fn_enum[] = {
	{ 0x0, "none" }, { 0x1, "inverted_xor8" }, { 0x2, "toeplitz" }, { 0, NULL }
};
static const struct prm_enum wq_type_enum[] = {
	{ 0x0, "linked_list" }, { 0x1, "cyclic" }, { 0x2, "linked_list_striding_rq" },
	{ 0x3, "cyclic_striding_rq" }, { 0, NULL }
};
static const struct prm_enum wq_end_pad_enum[] = {
	{ 0x0, "none" }, { 0x1, "align" }, { 0, NULL }
};
static const struct prm_enum vport_state_enum[] = {
	{ 0x0, "down" }, { 0x1, "up" }, { 0, NULL }
};
/* hca_vport_context states are InfiniBand ones: the kernel hands vport_state
 * to ib_query_port as enum ib_port_state, port_physical_state as enum
 * ib_port_phys_state (include/rdma/ib_verbs.h); the policy is mlx5's enum
 * port_state_policy (include/linux/mlx5/driver.h). */
static const struct prm_enum ib_port_state_enum[] = {
	{ 0, "nop" }, { 1, "down" }, { 2, "init" }, { 3, "armed" }, { 4, "active" },
	{ 5, "active_defer" }, { 0, NULL }
};
static const struct prm_enum ib_phys_state_enum[] = {
	{ 1, "sleep" }, { 2, "polling" }, { 3, "disabled" }, { 4, "port_configuration_training" },
	{ 5, "link_up" }, { 6, "link_error_recovery" }, { 7, "phy_test" }, { 0, NULL }
};
static const struct prm_enum vport_policy_enum[] = {
	{ 0, "down" }, { 1, "up" }, { 2, "follow" }, { 0, NULL }
};
static const struct prm_enum vport_admin_state_enum[] = {
	{ 0x0, "down" }, { 0x1, "up" }, { 0x2, "auto" }, { 0, NULL }
};
static const struct prm_enum lag_port_select_mode_enum[] = {
	{ 0x0, "queue_affinity" }, { 0x1, "port_select_ft" }, { 0x2, "port_select_mpesw" },
	{ 0, NULL }
};
static const struct prm_enum mkc_access_mode_enum[] = {
	{ 0x0, "pa" }, { 0x1, "mtt" }, { 0x2, "klms" }, { 0x3, "ksm" }, { 0, NULL }
};

static const struct prm_field mlx5_prm_obj_query_qp_in_f[] = {
	{ "qpc_ext", 0x40, 1, PRM_BOOL },
	{ "qpn", 0x48, 0x18, PRM_UINT },
};
const struct prm_layout mlx5_prm_obj_query_qp_in =
	PRM_LAYOUT("query_qp_in", 0x80, PRM_BE, mlx5_prm_obj_query_qp_in_f);

static const struct prm_field mlx5_prm_obj_ads_f[] = {
	{ "fl", 0x0, 1, PRM_BOOL },
	{ "free_ar", 0x1, 1, PRM_BOOL },
	{ "pkey_index", 0x10, 0x10, PRM_UINT },
	{ "plane_index", 0x20, 0x8, PRM_UINT },
	{ "grh", 0x28, 1, PRM_BOOL },
	{ "mlid", 0x29, 0x7, PRM_UINT },
	{ "rlid", 0x30, 0x10, PRM_UINT },
	{ "ack_timeout", 0x40, 0x5, PRM_UINT },
	{ "src_addr_index", 0x48, 0x8, PRM_UINT },
	{ "stat_rate", 0x54, 0x4, PRM_UINT },
	{ "hop_limit", 0x58, 0x8, PRM_UINT },
	{ "tclass", 0x64, 0x8, PRM_UINT },
	{ "flow_label", 0x6c, 0x14, PRM_UINT },
	{ "rgid_rip", 0x80, 0x8, PRM_ARRAY, .count = 16, .also = PRM_GID },
	{ "f_dscp", 0x104, 1, PRM_BOOL },
	{ "f_ecn", 0x105, 1, PRM_BOOL },
	{ "f_eth_prio", 0x107, 1, PRM_BOOL },
	{ "ecn", 0x108, 0x2, PRM_UINT },
	{ "dscp", 0x10a, 0x6, PRM_UINT },
	{ "udp_sport", 0x110, 0x10, PRM_UINT },
	{ "dei_cfi", 0x120, 1, PRM_BOOL },
	{ "eth_prio", 0x121, 0x3, PRM_UINT },
	{ "sl", 0x124, 0x4, PRM_UINT },
	{ "vhca_port_num", 0x128, 0x8, PRM_UINT },
	{ "rmac_47_32", 0x130, 0x10, PRM_UINT, .also = PRM_MAC, .to = "rmac_31_0" },
	{ "rmac_31_0", 0x140, 0x20, PRM_UINT },
};
static const struct prm_layout mlx5_prm_obj_ads =
	PRM_LAYOUT("ads", 0x160, PRM_BE, mlx5_prm_obj_ads_f);

static const struct prm_field mlx5_prm_obj_qpc_f[] = {
	{ "state", 0x0, 0x4, PRM_ENUM, .enums = qp_state_enum },
	{ "lag_tx_port_affinity", 0x4, 0x4, PRM_UINT },
	{ "st", 0x8, 0x8, PRM_ENUM, .enums = qp_st_enum },
	{ "isolate_vl_tc", 0x12, 1, PRM_BOOL },
	{ "pm_state", 0x13, 0x2, PRM_ENUM, .enums = qp_pm_state_enum },
	{ "req_e2e_credit_mode", 0x16, 0x2, PRM_UINT },
	{ "offload_type", 0x18, 0x4, PRM_UINT },
	{ "end_padding_mode", 0x1c, 0x2, PRM_UINT },
	{ "wq_signature", 0x20, 1, PRM_BOOL },
	{ "block_lb_mc", 0x21, 1, PRM_BOOL },
	{ "atomic_like_write_en", 0x22, 1, PRM_BOOL },
	{ "latency_sensitive", 0x23, 1, PRM_BOOL },
	{ "drain_sigerr", 0x25, 1, PRM_BOOL },
	{ "dp_ordering_force", 0x27, 1, PRM_BOOL },
	{ "pd", 0x28, 0x18, PRM_UINT },
	{ "mtu", 0x40, 0x3, PRM_ENUM, .enums = qp_mtu_enum },
	{ "log_msg_max", 0x43, 0x5, PRM_UINT },
	{ "log_rq_size", 0x49, 0x4, PRM_UINT },
	{ "log_rq_stride", 0x4d, 0x3, PRM_UINT },
	{ "no_sq", 0x50, 1, PRM_BOOL },
	{ "log_sq_size", 0x51, 0x4, PRM_UINT },
	{ "retry_mode", 0x56, 0x2, PRM_UINT },
	{ "ts_format", 0x58, 0x2, PRM_UINT },
	{ "rlky", 0x5b, 1, PRM_BOOL },
	{ "ulp_stateless_offload_mode", 0x5c, 0x4, PRM_UINT },
	{ "counter_set_id", 0x60, 0x8, PRM_UINT },
	{ "uar_page", 0x68, 0x18, PRM_UINT },
	{ "user_index", 0x88, 0x18, PRM_UINT },
	{ "log_page_size", 0xa3, 0x5, PRM_UINT },
	{ "remote_qpn", 0xa8, 0x18, PRM_UINT },
	{ "primary_address_path", 0xc0, 0x160, PRM_STRUCT, .sub = &mlx5_prm_obj_ads },
	{ "secondary_address_path", 0x220, 0x160, PRM_STRUCT, .sub = &mlx5_prm_obj_ads },
	{ "log_ack_req_freq", 0x380, 0x4, PRM_UINT },
	{ "log_sra_max", 0x388, 0x3, PRM_UINT },
	{ "retry_count", 0x38d, 0x3, PRM_UINT },
	{ "rnr_retry", 0x390, 0x3, PRM_UINT },
	{ "fre", 0x394, 1, PRM_BOOL },
	{ "cur_rnr_retry", 0x395, 0x3, PRM_UINT },
	{ "cur_retry_count", 0x398, 0x3, PRM_UINT },
	{ "packet_pacing_rate_limit_index", 0x3b0, 0x10, PRM_UINT },
	{ "next_send_psn", 0x3c8, 0x18, PRM_UINT },
	{ "log_num_dci_stream_channels", 0x3e3, 0x5, PRM_UINT },
	{ "cqn_snd", 0x3e8, 0x18, PRM_UINT },
	{ "log_num_dci_errored_streams", 0x403, 0x5, PRM_UINT },
	{ "deth_sqpn", 0x408, 0x18, PRM_UINT },
	{ "last_acked_psn", 0x448, 0x18, PRM_UINT },
	{ "ssn", 0x468, 0x18, PRM_UINT },
	{ "log_rra_max", 0x488, 0x3, PRM_UINT },
	{ "atomic_mode", 0x48c, 0x4, PRM_UINT },
	{ "rre", 0x490, 1, PRM_BOOL },
	{ "rwe", 0x491, 1, PRM_BOOL },
	{ "rae", 0x492, 1, PRM_BOOL },
	{ "page_offset", 0x494, 0x6, PRM_HEX },
	{ "dp_ordering_1", 0x49c, 1, PRM_BOOL },
	{ "cd_slave_receive", 0x49d, 1, PRM_BOOL },
	{ "cd_slave_send", 0x49e, 1, PRM_BOOL },
	{ "cd_master", 0x49f, 1, PRM_BOOL },
	{ "min_rnr_nak", 0x4a3, 0x5, PRM_UINT },
	{ "next_rcv_psn", 0x4a8, 0x18, PRM_UINT },
	{ "xrcd", 0x4c8, 0x18, PRM_UINT },
	{ "cqn_rcv", 0x4e8, 0x18, PRM_UINT },
	{ "dbr_addr", 0x500, 0x40, PRM_HEX },
	{ "q_key", 0x540, 0x20, PRM_UINT },
	{ "rq_type", 0x565, 0x3, PRM_UINT },
	{ "srqn_rmpn_xrqn", 0x568, 0x18, PRM_UINT },
	{ "rmsn", 0x588, 0x18, PRM_UINT },
	{ "hw_sq_wqebb_counter", 0x5a0, 0x10, PRM_UINT },
	{ "sw_sq_wqebb_counter", 0x5b0, 0x10, PRM_UINT },
	{ "hw_rq_counter", 0x5c0, 0x20, PRM_UINT },
	{ "sw_rq_counter", 0x5e0, 0x20, PRM_UINT },
	{ "cgs", 0x62f, 1, PRM_BOOL },
	{ "cs_req", 0x630, 0x8, PRM_UINT },
	{ "cs_res", 0x638, 0x8, PRM_UINT },
	{ "dc_access_key", 0x640, 0x40, PRM_UINT },
	{ "dbr_umem_valid", 0x683, 1, PRM_BOOL },
};
static const struct prm_layout mlx5_prm_obj_qpc =
	PRM_LAYOUT("qpc", 0x740, PRM_BE, mlx5_prm_obj_qpc_f);

static const struct prm_field mlx5_prm_obj_query_qp_out_f[] = {
	{ "opt_param_mask", 0x80, 0x20, PRM_HEX },
	{ "ece", 0xa0, 0x20, PRM_UINT },
	{ "qpc", 0xc0, 0x740, PRM_STRUCT, .sub = &mlx5_prm_obj_qpc },
};
const struct prm_layout mlx5_prm_obj_query_qp_out =
	PRM_LAYOUT("query_qp_out", 0xe80, PRM_BE, mlx5_prm_obj_query_qp_out_f);

static const struct prm_field mlx5_prm_obj_query_dct_in_f[] = {
	{ "dctn", 0x48, 0x18, PRM_UINT },
};
const struct prm_layout mlx5_prm_obj_query_dct_in =
	PRM_LAYOUT("query_dct_in", 0x80, PRM_BE, mlx5_prm_obj_query_dct_in_f);

static const struct prm_field mlx5_prm_obj_dctc_f[] = {
	{ "state", 0x4, 0x4, PRM_ENUM, .enums = dct_state_enum },
	{ "dp_ordering_force", 0x27, 1, PRM_BOOL },
	{ "user_index", 0x28, 0x18, PRM_UINT },
	{ "cqn", 0x48, 0x18, PRM_UINT },
	{ "counter_set_id", 0x60, 0x8, PRM_UINT },
	{ "atomic_mode", 0x68, 0x4, PRM_UINT },
	{ "rre", 0x6c, 1, PRM_BOOL },
	{ "rwe", 0x6d, 1, PRM_BOOL },
	{ "rae", 0x6e, 1, PRM_BOOL },
	{ "atomic_like_write_en", 0x6f, 1, PRM_BOOL },
	{ "latency_sensitive", 0x70, 1, PRM_BOOL },
	{ "rlky", 0x71, 1, PRM_BOOL },
	{ "free_ar", 0x72, 1, PRM_BOOL },
	{ "dp_ordering_1", 0x74, 1, PRM_BOOL },
	{ "cs_res", 0x88, 0x8, PRM_UINT },
	{ "min_rnr_nak", 0x93, 0x5, PRM_UINT },
	{ "srqn_xrqn", 0xa8, 0x18, PRM_UINT },
	{ "pd", 0xc8, 0x18, PRM_UINT },
	{ "tclass", 0xe0, 0x8, PRM_UINT },
	{ "flow_label", 0xec, 0x14, PRM_UINT },
	{ "dc_access_key", 0x100, 0x40, PRM_UINT },
	{ "mtu", 0x145, 0x3, PRM_UINT },
	{ "port", 0x148, 0x8, PRM_UINT },
	{ "pkey_index", 0x150, 0x10, PRM_UINT },
	{ "my_addr_index", 0x168, 0x8, PRM_UINT },
	{ "hop_limit", 0x178, 0x8, PRM_UINT },
	{ "dc_access_key_violation_count", 0x180, 0x20, PRM_UINT },
	{ "dei_cfi", 0x1b4, 1, PRM_BOOL },
	{ "eth_prio", 0x1b5, 0x3, PRM_UINT },
	{ "ecn", 0x1b8, 0x2, PRM_UINT },
	{ "dscp", 0x1ba, 0x6, PRM_UINT },
	{ "ece", 0x1e0, 0x20, PRM_UINT },
};
static const struct prm_layout mlx5_prm_obj_dctc =
	PRM_LAYOUT("dctc", 0x200, PRM_BE, mlx5_prm_obj_dctc_f);

static const struct prm_field mlx5_prm_obj_query_dct_out_f[] = {
	{ "dct_context_entry", 0x80, 0x200, PRM_STRUCT, .sub = &mlx5_prm_obj_dctc },
};
const struct prm_layout mlx5_prm_obj_query_dct_out =
	PRM_LAYOUT("query_dct_out", 0x400, PRM_BE, mlx5_prm_obj_query_dct_out_f);

static const struct prm_field mlx5_prm_obj_query_cq_in_f[] = {
	{ "cqn", 0x48, 0x18, PRM_UINT },
};
const struct prm_layout mlx5_prm_obj_query_cq_in =
	PRM_LAYOUT("query_cq_in", 0x80, PRM_BE, mlx5_prm_obj_query_cq_in_f);

static const struct prm_field mlx5_prm_obj_cqc_f[] = {
	{ "dbr_umem_valid", 0x6, 1, PRM_BOOL },
	{ "apu_cq", 0x7, 1, PRM_BOOL },
	{ "cqe_sz", 0x8, 0x3, PRM_ENUM, .enums = cq_cqe_sz_enum },
	{ "cc", 0xb, 1, PRM_BOOL },
	{ "scqe_break_moderation_en", 0xd, 1, PRM_BOOL },
	{ "oi", 0xe, 1, PRM_BOOL },
	{ "cq_period_mode", 0xf, 0x2, PRM_UINT },
	{ "cqe_comp_en", 0x11, 1, PRM_BOOL },
	{ "mini_cqe_res_format", 0x12, 0x2, PRM_UINT },
	{ "st", 0x14, 0x4, PRM_ENUM, .enums = cq_st_enum },
	{ "cqe_compression_layout", 0x1e, 0x2, PRM_UINT },
	{ "page_offset", 0x54, 0x6, PRM_HEX },
	{ "log_cq_size", 0x63, 0x5, PRM_UINT },
	{ "uar_page", 0x68, 0x18, PRM_UINT },
	{ "cq_period", 0x84, 0xc, PRM_UINT },
	{ "cq_max_count", 0x90, 0x10, PRM_UINT },
	{ "c_eqn_or_apu_element", 0xa0, 0x20, PRM_UINT },
	{ "log_page_size", 0xc3, 0x5, PRM_UINT },
	{ "last_notified_index", 0x108, 0x18, PRM_UINT },
	{ "last_solicit_index", 0x128, 0x18, PRM_UINT },
	{ "consumer_counter", 0x148, 0x18, PRM_UINT },
	{ "producer_counter", 0x168, 0x18, PRM_UINT },
	{ "dbr_addr", 0x1c0, 0x40, PRM_HEX },
};
static const struct prm_layout mlx5_prm_obj_cqc =
	PRM_LAYOUT("cqc", 0x200, PRM_BE, mlx5_prm_obj_cqc_f);

static const struct prm_field mlx5_prm_obj_query_cq_out_f[] = {
	{ "cq_context", 0x80, 0x200, PRM_STRUCT, .sub = &mlx5_prm_obj_cqc },
};
const struct prm_layout mlx5_prm_obj_query_cq_out =
	PRM_LAYOUT("query_cq_out", 0x880, PRM_BE, mlx5_prm_obj_query_cq_out_f);

static const struct prm_field mlx5_prm_obj_query_eq_in_f[] = {
	{ "eq_number", 0x58, 0x8, PRM_UINT },
};
const struct prm_layout mlx5_prm_obj_query_eq_in =
	PRM_LAYOUT("query_eq_in", 0x80, PRM_BE, mlx5_prm_obj_query_eq_in_f);

static const struct prm_field mlx5_prm_obj_eqc_f[] = {
	{ "ec", 0xd, 1, PRM_BOOL },
	{ "oi", 0xe, 1, PRM_BOOL },
	{ "st", 0x14, 0x4, PRM_ENUM, .enums = eq_st_enum },
	{ "page_offset", 0x54, 0x6, PRM_HEX },
	{ "log_eq_size", 0x63, 0x5, PRM_UINT },
	{ "uar_page", 0x68, 0x18, PRM_UINT },
	{ "intr", 0xb4, 0xc, PRM_UINT },
	{ "log_page_size", 0xc3, 0x5, PRM_UINT },
	{ "consumer_counter", 0x148, 0x18, PRM_UINT },
	{ "producer_counter", 0x168, 0x18, PRM_UINT },
};
static const struct prm_layout mlx5_prm_obj_eqc =
	PRM_LAYOUT("eqc", 0x200, PRM_BE, mlx5_prm_obj_eqc_f);

static const struct prm_field mlx5_prm_obj_query_eq_out_f[] = {
	{ "eq_context_entry", 0x80, 0x200, PRM_STRUCT, .sub = &mlx5_prm_obj_eqc },
	{ "event_bitmask", 0x2c0, 0x40, PRM_HEX },
};
const struct prm_layout mlx5_prm_obj_query_eq_out =
	PRM_LAYOUT("query_eq_out", 0x880, PRM_BE, mlx5_prm_obj_query_eq_out_f);

static const struct prm_field mlx5_prm_obj_query_sq_in_f[] = {
	{ "sqn", 0x48, 0x18, PRM_UINT },
};
const struct prm_layout mlx5_prm_obj_query_sq_in =
	PRM_LAYOUT("query_sq_in", 0x80, PRM_BE, mlx5_prm_obj_query_sq_in_f);

static const struct prm_field mlx5_prm_obj_wq_f[] = {
	{ "wq_type", 0x0, 0x4, PRM_ENUM, .enums = wq_type_enum },
	{ "wq_signature", 0x4, 1, PRM_BOOL },
	{ "end_padding_mode", 0x5, 0x2, PRM_ENUM, .enums = wq_end_pad_enum },
	{ "cd_slave", 0x7, 1, PRM_BOOL },
	{ "hds_skip_first_sge", 0x20, 1, PRM_BOOL },
	{ "log2_hds_buf_size", 0x21, 0x3, PRM_UINT },
	{ "page_offset", 0x2b, 0x5, PRM_HEX },
	{ "lwm", 0x30, 0x10, PRM_UINT },
	{ "pd", 0x48, 0x18, PRM_UINT },
	{ "uar_page", 0x68, 0x18, PRM_UINT },
	{ "dbr_addr", 0x80, 0x40, PRM_HEX },
	{ "hw_counter", 0xc0, 0x20, PRM_UINT },
	{ "sw_counter", 0xe0, 0x20, PRM_UINT },
	{ "log_wq_stride", 0x10c, 0x4, PRM_UINT },
	{ "log_wq_pg_sz", 0x113, 0x5, PRM_UINT },
	{ "log_wq_sz", 0x11b, 0x5, PRM_UINT },
	{ "dbr_umem_valid", 0x120, 1, PRM_BOOL },
	{ "wq_umem_valid", 0x121, 1, PRM_BOOL },
	{ "log_hairpin_num_packets", 0x123, 0x5, PRM_UINT },
	{ "log_hairpin_data_sz", 0x12b, 0x5, PRM_UINT },
	{ "log_wqe_num_of_strides", 0x134, 0x4, PRM_UINT },
	{ "two_byte_shift_en", 0x138, 1, PRM_BOOL },
	{ "log_wqe_stride_size", 0x13d, 0x3, PRM_UINT },
	{ "dbr_umem_id", 0x140, 0x20, PRM_UINT },
	{ "wq_umem_id", 0x160, 0x20, PRM_UINT },
	{ "wq_umem_offset", 0x180, 0x40, PRM_UINT },
	{ "headers_mkey", 0x1c0, 0x20, PRM_UINT },
	{ "shampo_enable", 0x1e0, 1, PRM_BOOL },
	{ "shampo_mode", 0x1e2, 0x2, PRM_UINT },
	{ "log_reservation_size", 0x1e5, 0x3, PRM_UINT },
	{ "log_max_num_of_packets_per_reservation", 0x1ed, 0x3, PRM_UINT },
	{ "log_headers_entry_size", 0x1f6, 0x2, PRM_UINT },
	{ "log_headers_buffer_entry_num", 0x1fc, 0x4, PRM_UINT },
};
static const struct prm_layout mlx5_prm_obj_wq =
	PRM_LAYOUT("wq", 0x600, PRM_BE, mlx5_prm_obj_wq_f);

static const struct prm_field mlx5_prm_obj_sqc_f[] = {
	{ "rlky", 0x0, 1, PRM_BOOL },
	{ "cd_master", 0x1, 1, PRM_BOOL },
	{ "fre", 0x2, 1, PRM_BOOL },
	{ "flush_in_error_en", 0x3, 1, PRM_BOOL },
	{ "allow_multi_pkt_send_wqe", 0x4, 1, PRM_BOOL },
	{ "min_wqe_inline_mode", 0x5, 0x3, PRM_UINT },
	{ "state", 0x8, 0x4, PRM_ENUM, .enums = wq_state_enum },
	{ "reg_umr", 0xc, 1, PRM_BOOL },
	{ "allow_swp", 0xd, 1, PRM_BOOL },
	{ "hairpin", 0xe, 1, PRM_BOOL },
	{ "non_wire", 0xf, 1, PRM_BOOL },
	{ "ts_format", 0x1a, 0x2, PRM_UINT },
	{ "user_index", 0x28, 0x18, PRM_UINT },
	{ "cqn", 0x48, 0x18, PRM_UINT },
	{ "hairpin_peer_rq", 0x68, 0x18, PRM_UINT },
	{ "hairpin_peer_vhca", 0x90, 0x10, PRM_UINT },
	{ "ts_cqe_to_dest_cqn", 0xc8, 0x18, PRM_UINT },
	{ "packet_pacing_rate_limit_index", 0xf0, 0x10, PRM_UINT },
	{ "tis_lst_sz", 0x100, 0x10, PRM_UINT },
	{ "qos_queue_group_id", 0x110, 0x10, PRM_UINT },
	{ "tis_num_0", 0x168, 0x18, PRM_UINT },
	{ "wq", 0x180, 0x600, PRM_STRUCT, .sub = &mlx5_prm_obj_wq },
};
static const struct prm_layout mlx5_prm_obj_sqc =
	PRM_LAYOUT("sqc", 0x780, PRM_BE, mlx5_prm_obj_sqc_f);

static const struct prm_field mlx5_prm_obj_query_sq_out_f[] = {
	{ "sq_context", 0x100, 0x780, PRM_STRUCT, .sub = &mlx5_prm_obj_sqc },
};
const struct prm_layout mlx5_prm_obj_query_sq_out =
	PRM_LAYOUT("query_sq_out", 0x880, PRM_BE, mlx5_prm_obj_query_sq_out_f);

static const struct prm_field mlx5_prm_obj_query_rq_in_f[] = {
	{ "rqn", 0x48, 0x18, PRM_UINT },
};
const struct prm_layout mlx5_prm_obj_query_rq_in =
	PRM_LAYOUT("query_rq_in", 0x80, PRM_BE, mlx5_prm_obj_query_rq_in_f);

static const struct prm_field mlx5_prm_obj_rqc_f[] = {
	{ "rlky", 0x0, 1, PRM_BOOL },
	{ "delay_drop_en", 0x1, 1, PRM_BOOL },
	{ "scatter_fcs", 0x2, 1, PRM_BOOL },
	{ "vsd", 0x3, 1, PRM_BOOL },
	{ "mem_rq_type", 0x4, 0x4, PRM_ENUM, .enums = rq_mem_type_enum },
	{ "state", 0x8, 0x4, PRM_ENUM, .enums = wq_state_enum },
	{ "flush_in_error_en", 0xd, 1, PRM_BOOL },
	{ "hairpin", 0xe, 1, PRM_BOOL },
	{ "ts_format", 0x1a, 0x2, PRM_UINT },
	{ "user_index", 0x28, 0x18, PRM_UINT },
	{ "cqn", 0x48, 0x18, PRM_UINT },
	{ "counter_set_id", 0x60, 0x8, PRM_UINT },
	{ "rmpn", 0x88, 0x18, PRM_UINT },
	{ "hairpin_peer_sq", 0xa8, 0x18, PRM_UINT },
	{ "hairpin_peer_vhca", 0xd0, 0x10, PRM_UINT },
	{ "shampo_no_match_alignment_granularity", 0x126, 0x2, PRM_UINT },
	{ "shampo_match_criteria_type", 0x12e, 0x2, PRM_UINT },
	{ "reservation_timeout", 0x130, 0x10, PRM_UINT },
	{ "wq", 0x180, 0x600, PRM_STRUCT, .sub = &mlx5_prm_obj_wq },
};
static const struct prm_layout mlx5_prm_obj_rqc =
	PRM_LAYOUT("rqc", 0x780, PRM_BE, mlx5_prm_obj_rqc_f);

static const struct prm_field mlx5_prm_obj_query_rq_out_f[] = {
	{ "rq_context", 0x100, 0x780, PRM_STRUCT, .sub = &mlx5_prm_obj_rqc },
};
const struct prm_layout mlx5_prm_obj_query_rq_out =
	PRM_LAYOUT("query_rq_out", 0x880, PRM_BE, mlx5_prm_obj_query_rq_out_f);

static const struct prm_field mlx5_prm_obj_query_srq_in_f[] = {
	{ "srqn", 0x48, 0x18, PRM_UINT },
};
const struct prm_layout mlx5_prm_obj_query_srq_in =
	PRM_LAYOUT("query_srq_in", 0x80, PRM_BE, mlx5_prm_obj_query_srq_in_f);

static const struct prm_field mlx5_prm_obj_srqc_f[] = {
	{ "state", 0x0, 0x4, PRM_ENUM, .enums = srq_state_enum },
	{ "log_srq_size", 0x4, 0x4, PRM_UINT },
	{ "wq_signature", 0x20, 1, PRM_BOOL },
	{ "cont_srq", 0x21, 1, PRM_BOOL },
	{ "rlky", 0x23, 1, PRM_BOOL },
	{ "log_rq_stride", 0x25, 0x3, PRM_UINT },
	{ "xrcd", 0x28, 0x18, PRM_UINT },
	{ "page_offset", 0x40, 0x6, PRM_HEX },
	{ "cqn", 0x48, 0x18, PRM_UINT },
	{ "log_page_size", 0x82, 0x6, PRM_UINT },
	{ "pd", 0xc8, 0x18, PRM_UINT },
	{ "lwm", 0xe0, 0x10, PRM_UINT },
	{ "wqe_cnt", 0xf0, 0x10, PRM_UINT },
	{ "dbr_addr", 0x140, 0x40, PRM_HEX },
};
static const struct prm_layout mlx5_prm_obj_srqc =
	PRM_LAYOUT("srqc", 0x200, PRM_BE, mlx5_prm_obj_srqc_f);

static const struct prm_field mlx5_prm_obj_query_srq_out_f[] = {
	{ "srq_context_entry", 0x80, 0x200, PRM_STRUCT, .sub = &mlx5_prm_obj_srqc },
};
const struct prm_layout mlx5_prm_obj_query_srq_out =
	PRM_LAYOUT("query_srq_out", 0x880, PRM_BE, mlx5_prm_obj_query_srq_out_f);

static const struct prm_field mlx5_prm_obj_query_xrq_in_f[] = {
	{ "xrqn", 0x48, 0x18, PRM_UINT },
};
const struct prm_layout mlx5_prm_obj_query_xrq_in =
	PRM_LAYOUT("query_xrq_in", 0x80, PRM_BE, mlx5_prm_obj_query_xrq_in_f);

static const struct prm_field mlx5_prm_obj_tag_matching_topology_context_f[] = {
	{ "log_matching_list_sz", 0x0, 0x4, PRM_UINT },
	{ "append_next_index", 0x10, 0x10, PRM_UINT },
	{ "sw_phase_cnt", 0x20, 0x10, PRM_UINT },
	{ "hw_phase_cnt", 0x30, 0x10, PRM_UINT },
};
static const struct prm_layout mlx5_prm_obj_tag_matching_topology_context =
	PRM_LAYOUT("tag_matching_topology_context", 0x80, PRM_BE, mlx5_prm_obj_tag_matching_topology_context_f);

static const struct prm_field mlx5_prm_obj_xrqc_f[] = {
	{ "state", 0x0, 0x4, PRM_ENUM, .enums = srq_state_enum },
	{ "rlkey", 0x4, 1, PRM_BOOL },
	{ "topology", 0x14, 0x4, PRM_UINT },
	{ "offload", 0x1c, 0x4, PRM_UINT },
	{ "user_index", 0x28, 0x18, PRM_UINT },
	{ "cqn", 0x48, 0x18, PRM_UINT },
	{ "tag_matching_topology_context", 0x100, 0x80, PRM_STRUCT, .sub = &mlx5_prm_obj_tag_matching_topology_context },
	{ "wq", 0x400, 0x600, PRM_STRUCT, .sub = &mlx5_prm_obj_wq },
};
static const struct prm_layout mlx5_prm_obj_xrqc =
	PRM_LAYOUT("xrqc", 0xa00, PRM_BE, mlx5_prm_obj_xrqc_f);

static const struct prm_field mlx5_prm_obj_query_xrq_out_f[] = {
	{ "xrq_context", 0x80, 0xa00, PRM_STRUCT, .sub = &mlx5_prm_obj_xrqc },
};
const struct prm_layout mlx5_prm_obj_query_xrq_out =
	PRM_LAYOUT("query_xrq_out", 0xa80, PRM_BE, mlx5_prm_obj_query_xrq_out_f);

static const struct prm_field mlx5_prm_obj_query_xrc_srq_in_f[] = {
	{ "xrc_srqn", 0x48, 0x18, PRM_UINT },
};
const struct prm_layout mlx5_prm_obj_query_xrc_srq_in =
	PRM_LAYOUT("query_xrc_srq_in", 0x80, PRM_BE, mlx5_prm_obj_query_xrc_srq_in_f);

static const struct prm_field mlx5_prm_obj_xrc_srqc_f[] = {
	{ "state", 0x0, 0x4, PRM_ENUM, .enums = srq_state_enum },
	{ "log_xrc_srq_size", 0x4, 0x4, PRM_UINT },
	{ "wq_signature", 0x20, 1, PRM_BOOL },
	{ "cont_srq", 0x21, 1, PRM_BOOL },
	{ "rlky", 0x23, 1, PRM_BOOL },
	{ "basic_cyclic_rcv_wqe", 0x24, 1, PRM_BOOL },
	{ "log_rq_stride", 0x25, 0x3, PRM_UINT },
	{ "xrcd", 0x28, 0x18, PRM_UINT },
	{ "page_offset", 0x40, 0x6, PRM_HEX },
	{ "dbr_umem_valid", 0x47, 1, PRM_BOOL },
	{ "cqn", 0x48, 0x18, PRM_UINT },
	{ "user_index_equal_xrc_srqn", 0x80, 1, PRM_BOOL },
	{ "log_page_size", 0x82, 0x6, PRM_UINT },
	{ "user_index", 0x88, 0x18, PRM_UINT },
	{ "pd", 0xc8, 0x18, PRM_UINT },
	{ "lwm", 0xe0, 0x10, PRM_UINT },
	{ "wqe_cnt", 0xf0, 0x10, PRM_UINT },
	{ "db_record_addr_h", 0x140, 0x20, PRM_UINT },
	{ "db_record_addr_l", 0x160, 0x1e, PRM_UINT },
};
static const struct prm_layout mlx5_prm_obj_xrc_srqc =
	PRM_LAYOUT("xrc_srqc", 0x200, PRM_BE, mlx5_prm_obj_xrc_srqc_f);

static const struct prm_field mlx5_prm_obj_query_xrc_srq_out_f[] = {
	{ "xrc_srq_context_entry", 0x80, 0x200, PRM_STRUCT, .sub = &mlx5_prm_obj_xrc_srqc },
};
const struct prm_layout mlx5_prm_obj_query_xrc_srq_out =
	PRM_LAYOUT("query_xrc_srq_out", 0x880, PRM_BE, mlx5_prm_obj_query_xrc_srq_out_f);

static const struct prm_field mlx5_prm_obj_query_rmp_in_f[] = {
	{ "rmpn", 0x48, 0x18, PRM_UINT },
};
const struct prm_layout mlx5_prm_obj_query_rmp_in =
	PRM_LAYOUT("query_rmp_in", 0x80, PRM_BE, mlx5_prm_obj_query_rmp_in_f);

static const struct prm_field mlx5_prm_obj_rmpc_f[] = {
	{ "state", 0x8, 0x4, PRM_ENUM, .enums = wq_state_enum },
	{ "basic_cyclic_rcv_wqe", 0x20, 1, PRM_BOOL },
	{ "wq", 0x180, 0x600, PRM_STRUCT, .sub = &mlx5_prm_obj_wq },
};
static const struct prm_layout mlx5_prm_obj_rmpc =
	PRM_LAYOUT("rmpc", 0x780, PRM_BE, mlx5_prm_obj_rmpc_f);

static const struct prm_field mlx5_prm_obj_query_rmp_out_f[] = {
	{ "rmp_context", 0x100, 0x780, PRM_STRUCT, .sub = &mlx5_prm_obj_rmpc },
};
const struct prm_layout mlx5_prm_obj_query_rmp_out =
	PRM_LAYOUT("query_rmp_out", 0x880, PRM_BE, mlx5_prm_obj_query_rmp_out_f);

static const struct prm_field mlx5_prm_obj_query_tir_in_f[] = {
	{ "tirn", 0x48, 0x18, PRM_UINT },
};
const struct prm_layout mlx5_prm_obj_query_tir_in =
	PRM_LAYOUT("query_tir_in", 0x80, PRM_BE, mlx5_prm_obj_query_tir_in_f);

static const struct prm_field mlx5_prm_obj_rx_hash_field_select_f[] = {
	{ "l3_prot_type", 0x0, 1, PRM_BOOL },
	{ "l4_prot_type", 0x1, 1, PRM_BOOL },
	{ "selected_fields", 0x2, 0x1e, PRM_UINT },
};
static const struct prm_layout mlx5_prm_obj_rx_hash_field_select =
	PRM_LAYOUT("rx_hash_field_select", 0x20, PRM_BE, mlx5_prm_obj_rx_hash_field_select_f);

static const struct prm_field mlx5_prm_obj_tirc_f[] = {
	{ "disp_type", 0x20, 0x4, PRM_ENUM, .enums = tir_disp_type_enum },
	{ "tls_en", 0x24, 1, PRM_BOOL },
	{ "lro_timeout_period_usecs", 0x84, 0x10, PRM_UINT },
	{ "packet_merge_mask", 0x94, 0x4, PRM_UINT },
	{ "lro_max_ip_payload_size", 0x98, 0x8, PRM_UINT },
	{ "inline_rqn", 0xe8, 0x18, PRM_UINT },
	{ "rx_hash_symmetric", 0x100, 1, PRM_BOOL },
	{ "tunneled_offload_en", 0x102, 1, PRM_BOOL },
	{ "indirect_table", 0x108, 0x18, PRM_UINT },
	{ "rx_hash_fn", 0x120, 0x4, PRM_ENUM, .enums = tir_hash_fn_enum },
	{ "self_lb_block", 0x126, 0x2, PRM_UINT },
	{ "transport_domain", 0x128, 0x18, PRM_UINT },
	{ "rx_hash_toeplitz_key", 0x140, 0x20, PRM_ARRAY, .count = 10 },
	{ "rx_hash_field_selector_outer", 0x280, 0x20, PRM_STRUCT, .sub = &mlx5_prm_obj_rx_hash_field_select },
	{ "rx_hash_field_selector_inner", 0x2a0, 0x20, PRM_STRUCT, .sub = &mlx5_prm_obj_rx_hash_field_select },
};
static const struct prm_layout mlx5_prm_obj_tirc =
	PRM_LAYOUT("tirc", 0x780, PRM_BE, mlx5_prm_obj_tirc_f);

static const struct prm_field mlx5_prm_obj_query_tir_out_f[] = {
	{ "tir_context", 0x100, 0x780, PRM_STRUCT, .sub = &mlx5_prm_obj_tirc },
};
const struct prm_layout mlx5_prm_obj_query_tir_out =
	PRM_LAYOUT("query_tir_out", 0x880, PRM_BE, mlx5_prm_obj_query_tir_out_f);

static const struct prm_field mlx5_prm_obj_query_tis_in_f[] = {
	{ "tisn", 0x48, 0x18, PRM_UINT },
};
const struct prm_layout mlx5_prm_obj_query_tis_in =
	PRM_LAYOUT("query_tis_in", 0x80, PRM_BE, mlx5_prm_obj_query_tis_in_f);

static const struct prm_field mlx5_prm_obj_tisc_f[] = {
	{ "strict_lag_tx_port_affinity", 0x0, 1, PRM_BOOL },
	{ "tls_en", 0x1, 1, PRM_BOOL },
	{ "lag_tx_port_affinity", 0x4, 0x4, PRM_UINT },
	{ "prio", 0xc, 0x4, PRM_UINT },
	{ "transport_domain", 0x128, 0x18, PRM_UINT },
	{ "underlay_qpn", 0x148, 0x18, PRM_UINT },
	{ "pd", 0x168, 0x18, PRM_UINT },
};
static const struct prm_layout mlx5_prm_obj_tisc =
	PRM_LAYOUT("tisc", 0x500, PRM_BE, mlx5_prm_obj_tisc_f);

static const struct prm_field mlx5_prm_obj_query_tis_out_f[] = {
	{ "tis_context", 0x80, 0x500, PRM_STRUCT, .sub = &mlx5_prm_obj_tisc },
};
const struct prm_layout mlx5_prm_obj_query_tis_out =
	PRM_LAYOUT("query_tis_out", 0x580, PRM_BE, mlx5_prm_obj_query_tis_out_f);

static const struct prm_field mlx5_prm_obj_query_rqt_in_f[] = {
	{ "rqtn", 0x48, 0x18, PRM_UINT },
};
const struct prm_layout mlx5_prm_obj_query_rqt_in =
	PRM_LAYOUT("query_rqt_in", 0x80, PRM_BE, mlx5_prm_obj_query_rqt_in_f);

static const struct prm_field mlx5_prm_obj_rqtc_f[] = {
	{ "list_q_type", 0xa5, 0x3, PRM_UINT },
	{ "rqt_max_size", 0xb0, 0x10, PRM_UINT },
	{ "rq_vhca_id_format", 0xc0, 1, PRM_BOOL },
	{ "rqt_actual_size", 0xd0, 0x10, PRM_UINT },
};
static const struct prm_layout mlx5_prm_obj_rqtc =
	PRM_LAYOUT("rqtc", 0x780, PRM_BE, mlx5_prm_obj_rqtc_f);

static const struct prm_field mlx5_prm_obj_query_rqt_out_f[] = {
	{ "rqt_context", 0x100, 0x780, PRM_STRUCT, .sub = &mlx5_prm_obj_rqtc },
};
const struct prm_layout mlx5_prm_obj_query_rqt_out =
	PRM_LAYOUT("query_rqt_out", 0x880, PRM_BE, mlx5_prm_obj_query_rqt_out_f);

static const struct prm_field mlx5_prm_obj_query_mkey_in_f[] = {
	{ "mkey_index", 0x48, 0x18, PRM_UINT },
	{ "pg_access", 0x60, 1, PRM_BOOL },
};
const struct prm_layout mlx5_prm_obj_query_mkey_in =
	PRM_LAYOUT("query_mkey_in", 0x80, PRM_BE, mlx5_prm_obj_query_mkey_in_f);

static const struct prm_field mlx5_prm_obj_mkc_f[] = {
	{ "free", 0x1, 1, PRM_BOOL },
	{ "access_mode_4_2", 0x3, 0x3, PRM_UINT },
	{ "relaxed_ordering_write", 0xd, 1, PRM_BOOL },
	{ "small_fence_on_rdma_read_response", 0xf, 1, PRM_BOOL },
	{ "umr_en", 0x10, 1, PRM_BOOL },
	{ "a", 0x11, 1, PRM_BOOL },
	{ "rw", 0x12, 1, PRM_BOOL },
	{ "rr", 0x13, 1, PRM_BOOL },
	{ "lw", 0x14, 1, PRM_BOOL },
	{ "lr", 0x15, 1, PRM_BOOL },
	{ "access_mode_1_0", 0x16, 0x2, PRM_ENUM, .enums = mkc_access_mode_enum },
	{ "ma_translation_mode", 0x1a, 0x2, PRM_UINT },
	{ "qpn", 0x20, 0x18, PRM_UINT },
	{ "mkey_7_0", 0x38, 0x8, PRM_UINT },
	{ "length64", 0x60, 1, PRM_BOOL },
	{ "bsf_en", 0x61, 1, PRM_BOOL },
	{ "sync_umr", 0x62, 1, PRM_BOOL },
	{ "expected_sigerr_count", 0x65, 1, PRM_BOOL },
	{ "en_rinval", 0x67, 1, PRM_BOOL },
	{ "pd", 0x68, 0x18, PRM_UINT },
	{ "start_addr", 0x80, 0x40, PRM_HEX },
	{ "len", 0xc0, 0x40, PRM_UINT },
	{ "bsf_octword_size", 0x100, 0x20, PRM_UINT },
	{ "crossing_target_vhca_id", 0x180, 0x10, PRM_UINT },
	{ "translations_octword_size", 0x1a0, 0x20, PRM_UINT },
	{ "relaxed_ordering_read", 0x1d9, 1, PRM_BOOL },
	{ "log_page_size", 0x1da, 0x6, PRM_UINT },
	{ "pcie_tph_en", 0x1e5, 1, PRM_BOOL },
	{ "pcie_tph_ph", 0x1e6, 0x2, PRM_UINT },
	{ "pcie_tph_steering_tag_index", 0x1e8, 0x8, PRM_UINT },
};
static const struct prm_layout mlx5_prm_obj_mkc =
	PRM_LAYOUT("mkc", 0x200, PRM_BE, mlx5_prm_obj_mkc_f);

static const struct prm_field mlx5_prm_obj_query_mkey_out_f[] = {
	{ "memory_key_mkey_entry", 0x80, 0x200, PRM_STRUCT, .sub = &mlx5_prm_obj_mkc },
	{ "bsf0_klm0_pas_mtt0_1", 0x880, 0x8, PRM_ARRAY, .count = 16 },
	{ "bsf1_klm1_pas_mtt2_3", 0x900, 0x8, PRM_ARRAY, .count = 16 },
};
const struct prm_layout mlx5_prm_obj_query_mkey_out =
	PRM_LAYOUT("query_mkey_out", 0x980, PRM_BE, mlx5_prm_obj_query_mkey_out_f);

static const struct prm_field mlx5_prm_obj_query_q_counter_in_f[] = {
	{ "other_vport", 0x40, 1, PRM_BOOL },
	{ "vport_number", 0x50, 0x10, PRM_UINT },
	{ "clear", 0xc0, 1, PRM_BOOL },
	{ "aggregate", 0xc1, 1, PRM_BOOL },
	{ "counter_set_id", 0xf8, 0x8, PRM_UINT },
};
const struct prm_layout mlx5_prm_obj_query_q_counter_in =
	PRM_LAYOUT("query_q_counter_in", 0x100, PRM_BE, mlx5_prm_obj_query_q_counter_in_f);

static const struct prm_field mlx5_prm_obj_query_q_counter_out_f[] = {
	{ "rx_write_requests", 0x80, 0x20, PRM_UINT },
	{ "rx_read_requests", 0xc0, 0x20, PRM_UINT },
	{ "rx_atomic_requests", 0x100, 0x20, PRM_UINT },
	{ "rx_dct_connect", 0x140, 0x20, PRM_UINT },
	{ "out_of_buffer", 0x180, 0x20, PRM_UINT },
	{ "out_of_sequence", 0x1c0, 0x20, PRM_UINT },
	{ "duplicate_request", 0x200, 0x20, PRM_UINT },
	{ "rnr_nak_retry_err", 0x240, 0x20, PRM_UINT },
	{ "packet_seq_err", 0x280, 0x20, PRM_UINT },
	{ "implied_nak_seq_err", 0x2c0, 0x20, PRM_UINT },
	{ "local_ack_timeout_err", 0x300, 0x20, PRM_UINT },
	{ "req_rnr_retries_exceeded", 0x380, 0x20, PRM_UINT },
	{ "resp_local_length_error", 0x3c0, 0x20, PRM_UINT },
	{ "req_local_length_error", 0x3e0, 0x20, PRM_UINT },
	{ "resp_local_qp_error", 0x400, 0x20, PRM_UINT },
	{ "local_operation_error", 0x420, 0x20, PRM_UINT },
	{ "resp_local_protection", 0x440, 0x20, PRM_UINT },
	{ "req_local_protection", 0x460, 0x20, PRM_UINT },
	{ "resp_cqe_error", 0x480, 0x20, PRM_UINT },
	{ "req_cqe_error", 0x4a0, 0x20, PRM_UINT },
	{ "req_mw_binding", 0x4c0, 0x20, PRM_UINT },
	{ "req_bad_response", 0x4e0, 0x20, PRM_UINT },
	{ "req_remote_invalid_request", 0x500, 0x20, PRM_UINT },
	{ "resp_remote_invalid_request", 0x520, 0x20, PRM_UINT },
	{ "req_remote_access_errors", 0x540, 0x20, PRM_UINT },
	{ "resp_remote_access_errors", 0x560, 0x20, PRM_UINT },
	{ "req_remote_operation_errors", 0x580, 0x20, PRM_UINT },
	{ "req_transport_retries_exceeded", 0x5a0, 0x20, PRM_UINT },
	{ "cq_overflow", 0x5c0, 0x20, PRM_UINT },
	{ "resp_cqe_flush_error", 0x5e0, 0x20, PRM_UINT },
	{ "req_cqe_flush_error", 0x600, 0x20, PRM_UINT },
	{ "roce_adp_retrans", 0x640, 0x20, PRM_UINT },
	{ "roce_adp_retrans_to", 0x660, 0x20, PRM_UINT },
	{ "roce_slow_restart", 0x680, 0x20, PRM_UINT },
	{ "roce_slow_restart_cnps", 0x6a0, 0x20, PRM_UINT },
	{ "roce_slow_restart_trans", 0x6c0, 0x20, PRM_UINT },
};
const struct prm_layout mlx5_prm_obj_query_q_counter_out =
	PRM_LAYOUT("query_q_counter_out", 0x800, PRM_BE, mlx5_prm_obj_query_q_counter_out_f);

static const struct prm_field mlx5_prm_obj_query_vport_state_in_f[] = {
	{ "other_vport", 0x40, 1, PRM_BOOL },
	{ "vport_number", 0x50, 0x10, PRM_UINT },
};
const struct prm_layout mlx5_prm_obj_query_vport_state_in =
	PRM_LAYOUT("query_vport_state_in", 0x80, PRM_BE, mlx5_prm_obj_query_vport_state_in_f);

static const struct prm_field mlx5_prm_obj_query_vport_state_out_f[] = {
	{ "max_tx_speed", 0x60, 0x10, PRM_UINT },
	{ "admin_state", 0x78, 0x4, PRM_ENUM, .enums = vport_admin_state_enum },
	{ "state", 0x7c, 0x4, PRM_ENUM, .enums = vport_state_enum },
};
const struct prm_layout mlx5_prm_obj_query_vport_state_out =
	PRM_LAYOUT("query_vport_state_out", 0x80, PRM_BE, mlx5_prm_obj_query_vport_state_out_f);

static const struct prm_field mlx5_prm_obj_query_nic_vport_context_in_f[] = {
	{ "other_vport", 0x40, 1, PRM_BOOL },
	{ "vport_number", 0x50, 0x10, PRM_UINT },
	{ "allowed_list_type", 0x65, 0x3, PRM_UINT },
};
const struct prm_layout mlx5_prm_obj_query_nic_vport_context_in =
	PRM_LAYOUT("query_nic_vport_context_in", 0x80, PRM_BE, mlx5_prm_obj_query_nic_vport_context_in_f);

static const struct prm_field mlx5_prm_obj_mac_address_layout_f[] = {
	{ "mac_addr_47_32", 0x10, 0x10, PRM_UINT, .also = PRM_MAC, .to = "mac_addr_31_0" },
	{ "mac_addr_31_0", 0x20, 0x20, PRM_UINT },
};
static const struct prm_layout mlx5_prm_obj_mac_address_layout =
	PRM_LAYOUT("mac_address_layout", 0x40, PRM_BE, mlx5_prm_obj_mac_address_layout_f);

static const struct prm_field mlx5_prm_obj_nic_vport_context_f[] = {
	{ "min_wqe_inline_mode", 0x5, 0x3, PRM_UINT },
	{ "disable_mc_local_lb", 0x1d, 1, PRM_BOOL },
	{ "disable_uc_local_lb", 0x1e, 1, PRM_BOOL },
	{ "roce_en", 0x1f, 1, PRM_BOOL },
	{ "arm_change_event", 0x20, 1, PRM_BOOL },
	{ "event_on_mtu", 0x3b, 1, PRM_BOOL },
	{ "event_on_promisc_change", 0x3c, 1, PRM_BOOL },
	{ "event_on_vlan_change", 0x3d, 1, PRM_BOOL },
	{ "event_on_mc_address_change", 0x3e, 1, PRM_BOOL },
	{ "event_on_uc_address_change", 0x3f, 1, PRM_BOOL },
	{ "vhca_id_type", 0x40, 1, PRM_BOOL },
	{ "affiliation_criteria", 0x4c, 0x4, PRM_UINT },
	{ "affiliated_vhca_id", 0x50, 0x10, PRM_UINT },
	{ "sd_group", 0x101, 0x3, PRM_UINT },
	{ "sd_group_size", 0x108, 0x8, PRM_UINT },
	{ "mtu", 0x130, 0x10, PRM_UINT },
	{ "system_image_guid", 0x140, 0x40, PRM_HEX },
	{ "port_guid", 0x180, 0x40, PRM_HEX },
	{ "node_guid", 0x1c0, 0x40, PRM_HEX },
	{ "qkey_violation_counter", 0x340, 0x10, PRM_UINT },
	{ "promisc_uc", 0x780, 1, PRM_BOOL },
	{ "promisc_mc", 0x781, 1, PRM_BOOL },
	{ "promisc_all", 0x782, 1, PRM_BOOL },
	{ "allowed_list_type", 0x785, 0x3, PRM_UINT },
	{ "allowed_list_size", 0x790, 0x10, PRM_UINT },
	{ "permanent_address", 0x7a0, 0x40, PRM_STRUCT, .sub = &mlx5_prm_obj_mac_address_layout },
};
static const struct prm_layout mlx5_prm_obj_nic_vport_context =
	PRM_LAYOUT("nic_vport_context", 0x800, PRM_BE, mlx5_prm_obj_nic_vport_context_f);

static const struct prm_field mlx5_prm_obj_query_nic_vport_context_out_f[] = {
	{ "nic_vport_context", 0x80, 0x800, PRM_STRUCT, .sub = &mlx5_prm_obj_nic_vport_context },
};
const struct prm_layout mlx5_prm_obj_query_nic_vport_context_out =
	PRM_LAYOUT("query_nic_vport_context_out", 0x880, PRM_BE, mlx5_prm_obj_query_nic_vport_context_out_f);

static const struct prm_field mlx5_prm_obj_query_esw_vport_context_in_f[] = {
	{ "other_vport", 0x40, 1, PRM_BOOL },
	{ "vport_number", 0x50, 0x10, PRM_UINT },
};
const struct prm_layout mlx5_prm_obj_query_esw_vport_context_in =
	PRM_LAYOUT("query_esw_vport_context_in", 0x80, PRM_BE, mlx5_prm_obj_query_esw_vport_context_in_f);

static const struct prm_field mlx5_prm_obj_esw_vport_context_f[] = {
	{ "fdb_to_vport_reg_c", 0x0, 1, PRM_BOOL },
	{ "vport_svlan_strip", 0x3, 1, PRM_BOOL },
	{ "vport_cvlan_strip", 0x4, 1, PRM_BOOL },
	{ "vport_svlan_insert", 0x5, 1, PRM_BOOL },
	{ "vport_cvlan_insert", 0x6, 0x2, PRM_UINT },
	{ "fdb_to_vport_reg_c_id", 0x8, 0x8, PRM_UINT },
	{ "svlan_cfi", 0x40, 1, PRM_BOOL },
	{ "svlan_pcp", 0x41, 0x3, PRM_UINT },
	{ "svlan_id", 0x44, 0xc, PRM_UINT },
	{ "cvlan_cfi", 0x50, 1, PRM_BOOL },
	{ "cvlan_pcp", 0x51, 0x3, PRM_UINT },
	{ "cvlan_id", 0x54, 0xc, PRM_UINT },
	{ "sw_steering_vport_icm_address_rx", 0x780, 0x40, PRM_UINT },
	{ "sw_steering_vport_icm_address_tx", 0x7c0, 0x40, PRM_UINT },
};
static const struct prm_layout mlx5_prm_obj_esw_vport_context =
	PRM_LAYOUT("esw_vport_context", 0x800, PRM_BE, mlx5_prm_obj_esw_vport_context_f);

static const struct prm_field mlx5_prm_obj_query_esw_vport_context_out_f[] = {
	{ "esw_vport_context", 0x80, 0x800, PRM_STRUCT, .sub = &mlx5_prm_obj_esw_vport_context },
};
const struct prm_layout mlx5_prm_obj_query_esw_vport_context_out =
	PRM_LAYOUT("query_esw_vport_context_out", 0x880, PRM_BE, mlx5_prm_obj_query_esw_vport_context_out_f);

static const struct prm_field mlx5_prm_obj_query_hca_vport_context_in_f[] = {
	{ "other_vport", 0x40, 1, PRM_BOOL },
	{ "port_num", 0x4c, 0x4, PRM_UINT },
	{ "vport_number", 0x50, 0x10, PRM_UINT },
};
const struct prm_layout mlx5_prm_obj_query_hca_vport_context_in =
	PRM_LAYOUT("query_hca_vport_context_in", 0x80, PRM_BE, mlx5_prm_obj_query_hca_vport_context_in_f);

static const struct prm_field mlx5_prm_obj_hca_vport_context_f[] = {
	{ "field_select", 0x0, 0x20, PRM_HEX },
	{ "sm_virt_aware", 0x100, 1, PRM_BOOL },
	{ "has_smi", 0x101, 1, PRM_BOOL },
	{ "has_raw", 0x102, 1, PRM_BOOL },
	{ "grh_required", 0x103, 1, PRM_BOOL },
	{ "num_port_plane", 0x108, 0x8, PRM_UINT },
	{ "port_physical_state", 0x110, 0x4, PRM_UINT, .enums = ib_phys_state_enum,
	  .also = PRM_ENUM },
	{ "vport_state_policy", 0x114, 0x4, PRM_UINT, .enums = vport_policy_enum,
	  .also = PRM_ENUM },
	{ "port_state", 0x118, 0x4, PRM_ENUM, .enums = ib_port_state_enum },
	{ "vport_state", 0x11c, 0x4, PRM_ENUM, .enums = ib_port_state_enum },
	{ "system_image_guid", 0x140, 0x40, PRM_HEX },
	{ "port_guid", 0x180, 0x40, PRM_HEX },
	{ "node_guid", 0x1c0, 0x40, PRM_HEX },
	{ "cap_mask1", 0x200, 0x20, PRM_HEX },
	{ "cap_mask1_field_select", 0x220, 0x20, PRM_HEX },
	{ "cap_mask2", 0x240, 0x20, PRM_HEX },
	{ "cap_mask2_field_select", 0x260, 0x20, PRM_HEX },
	{ "lid", 0x300, 0x10, PRM_UINT },
	{ "init_type_reply", 0x314, 0x4, PRM_UINT },
	{ "lmc", 0x318, 0x3, PRM_UINT },
	{ "subnet_timeout", 0x31b, 0x5, PRM_UINT },
	{ "sm_lid", 0x320, 0x10, PRM_UINT },
	{ "sm_sl", 0x330, 0x4, PRM_UINT },
	{ "qkey_violation_counter", 0x340, 0x10, PRM_UINT },
	{ "pkey_violation_counter", 0x350, 0x10, PRM_UINT },
};
static const struct prm_layout mlx5_prm_obj_hca_vport_context =
	PRM_LAYOUT("hca_vport_context", 0x1000, PRM_BE, mlx5_prm_obj_hca_vport_context_f);

static const struct prm_field mlx5_prm_obj_query_hca_vport_context_out_f[] = {
	{ "hca_vport_context", 0x80, 0x1000, PRM_STRUCT, .sub = &mlx5_prm_obj_hca_vport_context },
};
const struct prm_layout mlx5_prm_obj_query_hca_vport_context_out =
	PRM_LAYOUT("query_hca_vport_context_out", 0x1080, PRM_BE, mlx5_prm_obj_query_hca_vport_context_out_f);

static const struct prm_field mlx5_prm_obj_query_vport_counter_in_f[] = {
	{ "other_vport", 0x40, 1, PRM_BOOL },
	{ "port_num", 0x4c, 0x4, PRM_UINT },
	{ "vport_number", 0x50, 0x10, PRM_UINT },
	{ "clear", 0xc0, 1, PRM_BOOL },
};
const struct prm_layout mlx5_prm_obj_query_vport_counter_in =
	PRM_LAYOUT("query_vport_counter_in", 0x100, PRM_BE, mlx5_prm_obj_query_vport_counter_in_f);

static const struct prm_field mlx5_prm_obj_traffic_counter_f[] = {
	{ "packets", 0x0, 0x40, PRM_UINT },
	{ "octets", 0x40, 0x40, PRM_UINT },
};
static const struct prm_layout mlx5_prm_obj_traffic_counter =
	PRM_LAYOUT("traffic_counter", 0x80, PRM_BE, mlx5_prm_obj_traffic_counter_f);

static const struct prm_field mlx5_prm_obj_query_vport_counter_out_f[] = {
	{ "received_errors", 0x80, 0x80, PRM_STRUCT, .sub = &mlx5_prm_obj_traffic_counter },
	{ "transmit_errors", 0x100, 0x80, PRM_STRUCT, .sub = &mlx5_prm_obj_traffic_counter },
	{ "received_ib_unicast", 0x180, 0x80, PRM_STRUCT, .sub = &mlx5_prm_obj_traffic_counter },
	{ "transmitted_ib_unicast", 0x200, 0x80, PRM_STRUCT, .sub = &mlx5_prm_obj_traffic_counter },
	{ "received_ib_multicast", 0x280, 0x80, PRM_STRUCT, .sub = &mlx5_prm_obj_traffic_counter },
	{ "transmitted_ib_multicast", 0x300, 0x80, PRM_STRUCT, .sub = &mlx5_prm_obj_traffic_counter },
	{ "received_eth_broadcast", 0x380, 0x80, PRM_STRUCT, .sub = &mlx5_prm_obj_traffic_counter },
	{ "transmitted_eth_broadcast", 0x400, 0x80, PRM_STRUCT, .sub = &mlx5_prm_obj_traffic_counter },
	{ "received_eth_unicast", 0x480, 0x80, PRM_STRUCT, .sub = &mlx5_prm_obj_traffic_counter },
	{ "transmitted_eth_unicast", 0x500, 0x80, PRM_STRUCT, .sub = &mlx5_prm_obj_traffic_counter },
	{ "received_eth_multicast", 0x580, 0x80, PRM_STRUCT, .sub = &mlx5_prm_obj_traffic_counter },
	{ "transmitted_eth_multicast", 0x600, 0x80, PRM_STRUCT, .sub = &mlx5_prm_obj_traffic_counter },
	{ "local_loopback", 0x680, 0x80, PRM_STRUCT, .sub = &mlx5_prm_obj_traffic_counter },
};
const struct prm_layout mlx5_prm_obj_query_vport_counter_out =
	PRM_LAYOUT("query_vport_counter_out", 0x1080, PRM_BE, mlx5_prm_obj_query_vport_counter_out_f);

static const struct prm_field mlx5_prm_obj_query_vnic_env_in_f[] = {
	{ "other_vport", 0x40, 1, PRM_BOOL },
	{ "vport_number", 0x50, 0x10, PRM_UINT },
};
const struct prm_layout mlx5_prm_obj_query_vnic_env_in =
	PRM_LAYOUT("query_vnic_env_in", 0x80, PRM_BE, mlx5_prm_obj_query_vnic_env_in_f);

static const struct prm_field mlx5_prm_obj_vnic_diagnostic_statistics_f[] = {
	{ "counter_error_queues", 0x0, 0x20, PRM_UINT },
	{ "total_error_queues", 0x20, 0x20, PRM_UINT },
	{ "send_queue_priority_update_flow", 0x40, 0x20, PRM_UINT },
	{ "nic_receive_steering_discard", 0x80, 0x40, PRM_UINT },
	{ "receive_discard_vport_down", 0xc0, 0x40, PRM_UINT },
	{ "transmit_discard_vport_down", 0x100, 0x40, PRM_UINT },
	{ "async_eq_overrun", 0x140, 0x20, PRM_UINT },
	{ "comp_eq_overrun", 0x160, 0x20, PRM_UINT },
	{ "invalid_command", 0x1a0, 0x20, PRM_UINT },
	{ "quota_exceeded_command", 0x1c0, 0x20, PRM_UINT },
	{ "internal_rq_out_of_buffer", 0x1e0, 0x20, PRM_UINT },
	{ "cq_overrun", 0x200, 0x20, PRM_UINT },
	{ "eth_wqe_too_small", 0x220, 0x20, PRM_UINT },
	{ "generated_pkt_steering_fail", 0x300, 0x40, PRM_UINT },
	{ "handled_pkt_steering_fail", 0x340, 0x40, PRM_UINT },
	{ "bar_uar_access", 0x380, 0x20, PRM_UINT },
	{ "odp_local_triggered_page_fault", 0x3a0, 0x20, PRM_UINT },
	{ "odp_remote_triggered_page_fault", 0x3c0, 0x20, PRM_UINT },
};
static const struct prm_layout mlx5_prm_obj_vnic_diagnostic_statistics =
	PRM_LAYOUT("vnic_diagnostic_statistics", 0x1000, PRM_BE, mlx5_prm_obj_vnic_diagnostic_statistics_f);

static const struct prm_field mlx5_prm_obj_query_vnic_env_out_f[] = {
	{ "vport_env", 0x80, 0x1000, PRM_STRUCT, .sub = &mlx5_prm_obj_vnic_diagnostic_statistics },
};
const struct prm_layout mlx5_prm_obj_query_vnic_env_out =
	PRM_LAYOUT("query_vnic_env_out", 0x1080, PRM_BE, mlx5_prm_obj_query_vnic_env_out_f);

static const struct prm_field mlx5_prm_obj_query_cong_status_in_f[] = {
	{ "priority", 0x58, 0x4, PRM_UINT },
	{ "cong_protocol", 0x5c, 0x4, PRM_UINT },
};
const struct prm_layout mlx5_prm_obj_query_cong_status_in =
	PRM_LAYOUT("query_cong_status_in", 0x80, PRM_BE, mlx5_prm_obj_query_cong_status_in_f);

static const struct prm_field mlx5_prm_obj_query_cong_status_out_f[] = {
	{ "enable", 0x60, 1, PRM_BOOL },
	{ "tag_enable", 0x61, 1, PRM_BOOL },
};
const struct prm_layout mlx5_prm_obj_query_cong_status_out =
	PRM_LAYOUT("query_cong_status_out", 0x80, PRM_BE, mlx5_prm_obj_query_cong_status_out_f);

static const struct prm_field mlx5_prm_obj_query_cong_params_in_f[] = {
	{ "cong_protocol", 0x5c, 0x4, PRM_UINT },
};
const struct prm_layout mlx5_prm_obj_query_cong_params_in =
	PRM_LAYOUT("query_cong_params_in", 0x80, PRM_BE, mlx5_prm_obj_query_cong_params_in_f);

static const struct prm_field mlx5_prm_obj_cong_control_802_1qau_rp_f[] = {
	{ "rppp_max_rps", 0x80, 0x20, PRM_UINT },
	{ "rpg_time_reset", 0xa0, 0x20, PRM_UINT },
	{ "rpg_byte_reset", 0xc0, 0x20, PRM_UINT },
	{ "rpg_threshold", 0xe0, 0x20, PRM_UINT },
	{ "rpg_max_rate", 0x100, 0x20, PRM_UINT },
	{ "rpg_ai_rate", 0x120, 0x20, PRM_UINT },
	{ "rpg_hai_rate", 0x140, 0x20, PRM_UINT },
	{ "rpg_gd", 0x160, 0x20, PRM_UINT },
	{ "rpg_min_dec_fac", 0x180, 0x20, PRM_UINT },
	{ "rpg_min_rate", 0x1a0, 0x20, PRM_UINT },
};
static const struct prm_layout mlx5_prm_obj_cong_control_802_1qau_rp =
	PRM_LAYOUT("cong_control_802_1qau_rp", 0x800, PRM_BE, mlx5_prm_obj_cong_control_802_1qau_rp_f);

static const struct prm_field mlx5_prm_obj_cong_control_roce_ecn_auto_f[] = {
	{ "cong_control_802_1qau_rp", 0x0, 0x800, PRM_STRUCT, .sub = &mlx5_prm_obj_cong_control_802_1qau_rp },
};
static const struct prm_layout mlx5_prm_obj_cong_control_roce_ecn_auto =
	PRM_LAYOUT("cong_control_roce_ecn_auto", 0x800, PRM_BE, mlx5_prm_obj_cong_control_roce_ecn_auto_f);

static const struct prm_field mlx5_prm_obj_query_cong_params_out_f[] = {
	{ "congestion_parameters", 0x80, 0x800, PRM_STRUCT, .sub = &mlx5_prm_obj_cong_control_roce_ecn_auto },
};
const struct prm_layout mlx5_prm_obj_query_cong_params_out =
	PRM_LAYOUT("query_cong_params_out", 0x880, PRM_BE, mlx5_prm_obj_query_cong_params_out_f);

static const struct prm_field mlx5_prm_obj_query_cong_statistics_in_f[] = {
	{ "clear", 0x40, 1, PRM_BOOL },
};
const struct prm_layout mlx5_prm_obj_query_cong_statistics_in =
	PRM_LAYOUT("query_cong_statistics_in", 0x80, PRM_BE, mlx5_prm_obj_query_cong_statistics_in_f);

static const struct prm_field mlx5_prm_obj_query_cong_statistics_out_f[] = {
	{ "rp_cur_flows", 0x80, 0x20, PRM_UINT },
	{ "sum_flows", 0xa0, 0x20, PRM_UINT },
	{ "rp_cnp_ignored", 0xc0, 0x40, PRM_UINT },
	{ "rp_cnp_handled", 0x100, 0x40, PRM_UINT },
	{ "time_stamp", 0x240, 0x40, PRM_UINT },
	{ "accumulators_period", 0x280, 0x20, PRM_UINT },
	{ "np_ecn_marked_roce_packets", 0x2a0, 0x40, PRM_UINT },
	{ "np_cnp_sent", 0x2e0, 0x40, PRM_UINT },
};
const struct prm_layout mlx5_prm_obj_query_cong_statistics_out =
	PRM_LAYOUT("query_cong_statistics_out", 0x880, PRM_BE, mlx5_prm_obj_query_cong_statistics_out_f);

static const struct prm_field mlx5_prm_obj_query_special_contexts_out_f[] = {
	{ "dump_fill_mkey", 0x40, 0x20, PRM_UINT },
	{ "resd_lkey", 0x60, 0x20, PRM_HEX },
	{ "null_mkey", 0x80, 0x20, PRM_HEX },
	{ "terminate_scatter_list_mkey", 0xa0, 0x20, PRM_HEX },
	{ "repeated_mkey", 0xc0, 0x20, PRM_HEX },
};
const struct prm_layout mlx5_prm_obj_query_special_contexts_out =
	PRM_LAYOUT("query_special_contexts_out", 0x100, PRM_BE, mlx5_prm_obj_query_special_contexts_out_f);

static const struct prm_field mlx5_prm_obj_query_issi_out_f[] = {
	{ "current_issi", 0x50, 0x10, PRM_UINT },
	{ "supported_issi_dw0", 0x360, 0x20, PRM_HEX },
};
const struct prm_layout mlx5_prm_obj_query_issi_out =
	PRM_LAYOUT("query_issi_out", 0x380, PRM_BE, mlx5_prm_obj_query_issi_out_f);

static const struct prm_field mlx5_prm_obj_lagc_f[] = {
	{ "fdb_selection_mode", 0x0, 1, PRM_BOOL },
	{ "port_select_mode", 0x15, 0x3, PRM_ENUM, .enums = lag_port_select_mode_enum },
	{ "lag_state", 0x1d, 0x3, PRM_UINT },
	{ "active_port", 0x2c, 0x4, PRM_UINT },
	{ "tx_remap_affinity_2", 0x34, 0x4, PRM_UINT },
	{ "tx_remap_affinity_1", 0x3c, 0x4, PRM_UINT },
};
static const struct prm_layout mlx5_prm_obj_lagc =
	PRM_LAYOUT("lagc", 0x40, PRM_BE, mlx5_prm_obj_lagc_f);

static const struct prm_field mlx5_prm_obj_query_lag_out_f[] = {
	{ "ctx", 0x40, 0x40, PRM_STRUCT, .sub = &mlx5_prm_obj_lagc },
};
const struct prm_layout mlx5_prm_obj_query_lag_out =
	PRM_LAYOUT("query_lag_out", 0x80, PRM_BE, mlx5_prm_obj_query_lag_out_f);

static const struct prm_field mlx5_prm_obj_host_params_context_f[] = {
	{ "host_number", 0x0, 0x8, PRM_UINT },
	{ "host_pf_not_exist", 0xd, 1, PRM_BOOL },
	{ "host_pf_disabled", 0xf, 1, PRM_BOOL },
	{ "host_num_of_vfs", 0x10, 0x10, PRM_UINT },
	{ "host_total_vfs", 0x20, 0x10, PRM_UINT },
	{ "host_pci_bus", 0x30, 0x10, PRM_UINT },
	{ "host_pci_device", 0x50, 0x10, PRM_UINT },
	{ "host_pci_function", 0x70, 0x10, PRM_UINT },
};
static const struct prm_layout mlx5_prm_obj_host_params_context =
	PRM_LAYOUT("host_params_context", 0x200, PRM_BE, mlx5_prm_obj_host_params_context_f);

/* op_mod 0 (the layout before LAYOUT_V1): the host PF's parameters are
 * the first entry of the net_function_params union array at bit 0x80. */
static const struct prm_field mlx5_prm_obj_query_esw_functions_out_f[] = {
	{ "net_function_num", 0x60, 0x8, PRM_UINT },
	{ "host_params_context", 0x80, 0x200, PRM_STRUCT, .sub = &mlx5_prm_obj_host_params_context },
};
const struct prm_layout mlx5_prm_obj_query_esw_functions_out =
	PRM_LAYOUT("query_esw_functions_out", 0x400, PRM_BE, mlx5_prm_obj_query_esw_functions_out_f);

static const struct prm_field mlx5_prm_obj_query_pages_in_f[] = {
	{ "embedded_cpu_function", 0x40, 1, PRM_BOOL },
	{ "function_id", 0x50, 0x10, PRM_UINT },
};
const struct prm_layout mlx5_prm_obj_query_pages_in =
	PRM_LAYOUT("query_pages_in", 0x80, PRM_BE, mlx5_prm_obj_query_pages_in_f);

static const struct prm_field mlx5_prm_obj_query_pages_out_f[] = {
	{ "embedded_cpu_function", 0x40, 1, PRM_BOOL },
	{ "function_id", 0x50, 0x10, PRM_UINT },
	{ "num_pages", 0x60, 0x20, PRM_UINT },
};
const struct prm_layout mlx5_prm_obj_query_pages_out =
	PRM_LAYOUT("query_pages_out", 0x80, PRM_BE, mlx5_prm_obj_query_pages_out_f);

/* Element of the rq_num[] list after the RQT context. */
static const struct prm_field mlx5_prm_obj_rq_num_f[] = {
	{ "rq_num", 0x8, 0x18, PRM_UINT },
};
const struct prm_layout mlx5_prm_obj_rq_num =
	PRM_LAYOUT("rq_num", 0x20, PRM_BE, mlx5_prm_obj_rq_num_f);
