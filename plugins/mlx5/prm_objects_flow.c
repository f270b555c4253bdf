// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * mlx5 object-query layouts of the flow steering queries (QUERY_FLOW_TABLE,
 * QUERY_FLOW_GROUP, QUERY_FLOW_TABLE_ENTRY) with the match parameters.
 * Bit offsets and widths of every named field (reserved bits skipped),
 * transcribed from the PRM structures published in the kernel's
 * include/linux/mlx5/mlx5_ifc.h (v7.3); every offset is checked against
 * layouts/prm_objects_flow.layout by scripts/prm-layouts (README.md).
 * Counter pairs split into 32-bit _high/_low words there are one 64-bit
 * field here.  Where the header has a union, the first member is shown.
 * Flexible trailing arrays (pas[], rq_num[], destination[]) are not part
 * of the fixed layouts.
 */
#include "prm_objects.h"

#include <stddef.h>

/* The in mailboxes' table_type; also accepted by name on the command line. */
static const struct prm_enum ft_type_enum[] = {
	{ 0x0, "nic_rx" }, { 0x1, "nic_tx" }, { 0x2, "esw_egress_acl" },
	{ 0x3, "esw_ingress_acl" }, { 0x4, "fdb" }, { 0x5, "sniffer_rx" }, { 0x6, "sniffer_tx" },
	{ 0, NULL }
};
static const struct prm_enum dest_type_enum[] = {
	{ 0x0, "vport" }, { 0x1, "flow_table" }, { 0x2, "tir" }, { 0x4, "vhca_rx" },
	{ 0x6, "flow_sampler" }, { 0x8, "uplink" }, { 0xa, "table_type" }, { 0, NULL }
};
static const struct prm_enum ft_miss_action_enum[] = {
	{ 0x0, "default" }, { 0x1, "forward" }, { 0x2, "switch_domain" }, { 0, NULL }
};
static const struct prm_enum flow_action_flags[] = {
	{ 0x1, "allow" }, { 0x2, "drop" }, { 0x4, "fwd_dest" }, { 0x8, "count" },
	{ 0x10, "packet_reformat" }, { 0x20, "decap" }, { 0x40, "mod_hdr" },
	{ 0x80, "vlan_pop" }, { 0x100, "vlan_push" }, { 0x400, "vlan_pop_2" },
	{ 0x800, "vlan_push_2" }, { 0x1000, "crypto_decrypt" }, { 0x2000, "crypto_encrypt" },
	{ 0x4000, "execute_aso" }, { 0, NULL }
};

static const struct prm_field mlx5_prm_obj_query_flow_table_in_f[] = {
	{ "table_type", 0x80, 0x8, PRM_ENUM, .enums = ft_type_enum },
	{ "table_id", 0xa8, 0x18, PRM_UINT },
};
const struct prm_layout mlx5_prm_obj_query_flow_table_in =
	PRM_LAYOUT("query_flow_table_in", 0x200, PRM_BE, mlx5_prm_obj_query_flow_table_in_f);

static const struct prm_field mlx5_prm_obj_sw_owner_icm_root_params_f[] = {
	{ "sw_owner_icm_root_1", 0x0, 0x40, PRM_UINT },
	{ "sw_owner_icm_root_0", 0x40, 0x40, PRM_UINT },
};
static const struct prm_layout mlx5_prm_obj_sw_owner_icm_root_params =
	PRM_LAYOUT("sw_owner_icm_root_params", 0x80, PRM_BE, mlx5_prm_obj_sw_owner_icm_root_params_f);

static const struct prm_field mlx5_prm_obj_flow_table_context_f[] = {
	{ "reformat_en", 0x0, 1, PRM_BOOL },
	{ "decap_en", 0x1, 1, PRM_BOOL },
	{ "sw_owner", 0x2, 1, PRM_BOOL },
	{ "termination_table", 0x3, 1, PRM_BOOL },
	{ "table_miss_action", 0x4, 0x4, PRM_ENUM, .enums = ft_miss_action_enum },
	{ "level", 0x8, 0x8, PRM_UINT },
	{ "rtc_valid", 0x10, 1, PRM_BOOL },
	{ "log_size", 0x18, 0x8, PRM_UINT },
	{ "table_miss_id", 0x28, 0x18, PRM_UINT },
	{ "lag_master_next_table_id", 0x48, 0x18, PRM_UINT },
	{ "sws", 0xc0, 0x80, PRM_STRUCT, .sub = &mlx5_prm_obj_sw_owner_icm_root_params },
};
static const struct prm_layout mlx5_prm_obj_flow_table_context =
	PRM_LAYOUT("flow_table_context", 0x140, PRM_BE, mlx5_prm_obj_flow_table_context_f);

static const struct prm_field mlx5_prm_obj_query_flow_table_out_f[] = {
	{ "flow_table_context", 0xc0, 0x140, PRM_STRUCT, .sub = &mlx5_prm_obj_flow_table_context },
};
const struct prm_layout mlx5_prm_obj_query_flow_table_out =
	PRM_LAYOUT("query_flow_table_out", 0x200, PRM_BE, mlx5_prm_obj_query_flow_table_out_f);

static const struct prm_field mlx5_prm_obj_query_flow_group_in_f[] = {
	{ "table_type", 0x80, 0x8, PRM_ENUM, .enums = ft_type_enum },
	{ "table_id", 0xa8, 0x18, PRM_UINT },
	{ "group_id", 0xc0, 0x20, PRM_UINT },
};
const struct prm_layout mlx5_prm_obj_query_flow_group_in =
	PRM_LAYOUT("query_flow_group_in", 0x200, PRM_BE, mlx5_prm_obj_query_flow_group_in_f);

static const struct prm_field mlx5_prm_obj_ipv6_simple_layout_f[] = {
	{ "ipv6_127_96", 0x0, 0x20, PRM_UINT, .also = PRM_IPV6, .to = "ipv6_31_0" },
	{ "ipv6_95_64", 0x20, 0x20, PRM_UINT },
	{ "ipv6_63_32", 0x40, 0x20, PRM_UINT },
	{ "ipv6_31_0", 0x60, 0x20, PRM_UINT },
};
static const struct prm_layout mlx5_prm_obj_ipv6_simple_layout =
	PRM_LAYOUT("ipv6_simple_layout", 0x80, PRM_BE, mlx5_prm_obj_ipv6_simple_layout_f);

static const struct prm_field mlx5_prm_obj_ipv6_layout_ipv4_layout_auto_f[] = {
	{ "ipv6_simple_layout", 0x0, 0x80, PRM_STRUCT, .sub = &mlx5_prm_obj_ipv6_simple_layout },
};
static const struct prm_layout mlx5_prm_obj_ipv6_layout_ipv4_layout_auto =
	PRM_LAYOUT("ipv6_layout_ipv4_layout_auto", 0x80, PRM_BE, mlx5_prm_obj_ipv6_layout_ipv4_layout_auto_f);

static const struct prm_field mlx5_prm_obj_fte_match_set_lyr_2_4_f[] = {
	{ "smac_47_16", 0x0, 0x20, PRM_UINT, .also = PRM_MAC, .to = "smac_15_0" },
	{ "smac_15_0", 0x20, 0x10, PRM_UINT },
	{ "ethertype", 0x30, 0x10, PRM_UINT, .also = PRM_HEX },
	{ "dmac_47_16", 0x40, 0x20, PRM_UINT, .also = PRM_MAC, .to = "dmac_15_0" },
	{ "dmac_15_0", 0x60, 0x10, PRM_UINT },
	{ "first_prio", 0x70, 0x3, PRM_UINT },
	{ "first_cfi", 0x73, 1, PRM_BOOL },
	{ "first_vid", 0x74, 0xc, PRM_UINT },
	{ "ip_protocol", 0x80, 0x8, PRM_UINT },
	{ "ip_dscp", 0x88, 0x6, PRM_UINT },
	{ "ip_ecn", 0x8e, 0x2, PRM_UINT },
	{ "cvlan_tag", 0x90, 1, PRM_BOOL },
	{ "svlan_tag", 0x91, 1, PRM_BOOL },
	{ "frag", 0x92, 1, PRM_BOOL },
	{ "ip_version", 0x93, 0x4, PRM_UINT },
	{ "tcp_flags", 0x97, 0x9, PRM_UINT },
	{ "tcp_sport", 0xa0, 0x10, PRM_UINT },
	{ "tcp_dport", 0xb0, 0x10, PRM_UINT },
	{ "l4_type", 0xc0, 0x2, PRM_UINT },
	{ "l4_type_ext", 0xc2, 0x4, PRM_UINT },
	{ "ipv4_ihl", 0xd0, 0x4, PRM_UINT },
	{ "ttl_hoplimit", 0xd8, 0x8, PRM_UINT },
	{ "udp_sport", 0xe0, 0x10, PRM_UINT },
	{ "udp_dport", 0xf0, 0x10, PRM_UINT },
	{ "src_ipv4_src_ipv6", 0x100, 0x80, PRM_STRUCT, .sub = &mlx5_prm_obj_ipv6_layout_ipv4_layout_auto },
	{ "dst_ipv4_dst_ipv6", 0x180, 0x80, PRM_STRUCT, .sub = &mlx5_prm_obj_ipv6_layout_ipv4_layout_auto },
};
static const struct prm_layout mlx5_prm_obj_fte_match_set_lyr_2_4 =
	PRM_LAYOUT("fte_match_set_lyr_2_4", 0x200, PRM_BE, mlx5_prm_obj_fte_match_set_lyr_2_4_f);

static const struct prm_field mlx5_prm_obj_nvgre_key_f[] = {
	{ "hi", 0x0, 0x18, PRM_UINT },
	{ "lo", 0x18, 0x8, PRM_UINT },
};
static const struct prm_layout mlx5_prm_obj_nvgre_key =
	PRM_LAYOUT("nvgre_key", 0x20, PRM_BE, mlx5_prm_obj_nvgre_key_f);

static const struct prm_field mlx5_prm_obj_gre_key_f[] = {
	{ "nvgre", 0x0, 0x20, PRM_STRUCT, .sub = &mlx5_prm_obj_nvgre_key },
};
static const struct prm_layout mlx5_prm_obj_gre_key =
	PRM_LAYOUT("gre_key", 0x20, PRM_BE, mlx5_prm_obj_gre_key_f);

static const struct prm_field mlx5_prm_obj_fte_match_set_misc_f[] = {
	{ "gre_c_present", 0x0, 1, PRM_BOOL },
	{ "gre_k_present", 0x2, 1, PRM_BOOL },
	{ "gre_s_present", 0x3, 1, PRM_BOOL },
	{ "source_vhca_port", 0x4, 0x4, PRM_UINT },
	{ "source_sqn", 0x8, 0x18, PRM_UINT },
	{ "source_eswitch_owner_vhca_id", 0x20, 0x10, PRM_UINT },
	{ "source_port", 0x30, 0x10, PRM_UINT },
	{ "outer_second_prio", 0x40, 0x3, PRM_UINT },
	{ "outer_second_cfi", 0x43, 1, PRM_BOOL },
	{ "outer_second_vid", 0x44, 0xc, PRM_UINT },
	{ "inner_second_prio", 0x50, 0x3, PRM_UINT },
	{ "inner_second_cfi", 0x53, 1, PRM_BOOL },
	{ "inner_second_vid", 0x54, 0xc, PRM_UINT },
	{ "outer_second_cvlan_tag", 0x60, 1, PRM_BOOL },
	{ "inner_second_cvlan_tag", 0x61, 1, PRM_BOOL },
	{ "outer_second_svlan_tag", 0x62, 1, PRM_BOOL },
	{ "inner_second_svlan_tag", 0x63, 1, PRM_BOOL },
	{ "gre_protocol", 0x70, 0x10, PRM_UINT },
	{ "gre_key", 0x80, 0x20, PRM_STRUCT, .sub = &mlx5_prm_obj_gre_key },
	{ "vxlan_vni", 0xa0, 0x18, PRM_UINT },
	{ "bth_opcode", 0xb8, 0x8, PRM_UINT, .also = PRM_HEX },
	{ "geneve_vni", 0xc0, 0x18, PRM_UINT },
	{ "geneve_tlv_option_0_exist", 0xde, 1, PRM_BOOL },
	{ "geneve_oam", 0xdf, 1, PRM_BOOL },
	{ "outer_ipv6_flow_label", 0xec, 0x14, PRM_UINT },
	{ "inner_ipv6_flow_label", 0x10c, 0x14, PRM_UINT },
	{ "geneve_opt_len", 0x12a, 0x6, PRM_UINT },
	{ "geneve_protocol_type", 0x130, 0x10, PRM_UINT },
	{ "bth_dst_qp", 0x148, 0x18, PRM_UINT },
	{ "inner_esp_spi", 0x160, 0x20, PRM_UINT },
	{ "outer_esp_spi", 0x180, 0x20, PRM_UINT },
};
static const struct prm_layout mlx5_prm_obj_fte_match_set_misc =
	PRM_LAYOUT("fte_match_set_misc", 0x200, PRM_BE, mlx5_prm_obj_fte_match_set_misc_f);

static const struct prm_field mlx5_prm_obj_fte_match_mpls_f[] = {
	{ "mpls_label", 0x0, 0x14, PRM_UINT },
	{ "mpls_exp", 0x14, 0x3, PRM_UINT },
	{ "mpls_s_bos", 0x17, 1, PRM_BOOL },
	{ "mpls_ttl", 0x18, 0x8, PRM_UINT },
};
static const struct prm_layout mlx5_prm_obj_fte_match_mpls =
	PRM_LAYOUT("fte_match_mpls", 0x20, PRM_BE, mlx5_prm_obj_fte_match_mpls_f);

static const struct prm_field mlx5_prm_obj_fte_match_set_misc2_f[] = {
	{ "outer_first_mpls", 0x0, 0x20, PRM_STRUCT, .sub = &mlx5_prm_obj_fte_match_mpls },
	{ "inner_first_mpls", 0x20, 0x20, PRM_STRUCT, .sub = &mlx5_prm_obj_fte_match_mpls },
	{ "outer_first_mpls_over_gre", 0x40, 0x20, PRM_STRUCT, .sub = &mlx5_prm_obj_fte_match_mpls },
	{ "outer_first_mpls_over_udp", 0x60, 0x20, PRM_STRUCT, .sub = &mlx5_prm_obj_fte_match_mpls },
	{ "metadata_reg_c_7", 0x80, 0x20, PRM_UINT },
	{ "metadata_reg_c_6", 0xa0, 0x20, PRM_UINT },
	{ "metadata_reg_c_5", 0xc0, 0x20, PRM_UINT },
	{ "metadata_reg_c_4", 0xe0, 0x20, PRM_UINT },
	{ "metadata_reg_c_3", 0x100, 0x20, PRM_UINT },
	{ "metadata_reg_c_2", 0x120, 0x20, PRM_UINT },
	{ "metadata_reg_c_1", 0x140, 0x20, PRM_UINT },
	{ "metadata_reg_c_0", 0x160, 0x20, PRM_UINT },
	{ "metadata_reg_a", 0x180, 0x20, PRM_UINT },
	{ "psp_syndrome", 0x1a0, 0x8, PRM_UINT },
	{ "macsec_syndrome", 0x1a8, 0x8, PRM_UINT },
	{ "ipsec_syndrome", 0x1b0, 0x8, PRM_UINT },
	{ "ipsec_next_header", 0x1b8, 0x8, PRM_UINT },
};
static const struct prm_layout mlx5_prm_obj_fte_match_set_misc2 =
	PRM_LAYOUT("fte_match_set_misc2", 0x200, PRM_BE, mlx5_prm_obj_fte_match_set_misc2_f);

static const struct prm_field mlx5_prm_obj_fte_match_set_misc3_f[] = {
	{ "inner_tcp_seq_num", 0x0, 0x20, PRM_UINT },
	{ "outer_tcp_seq_num", 0x20, 0x20, PRM_UINT },
	{ "inner_tcp_ack_num", 0x40, 0x20, PRM_UINT },
	{ "outer_tcp_ack_num", 0x60, 0x20, PRM_UINT },
	{ "outer_vxlan_gpe_vni", 0x88, 0x18, PRM_UINT },
	{ "outer_vxlan_gpe_next_protocol", 0xa0, 0x8, PRM_UINT },
	{ "outer_vxlan_gpe_flags", 0xa8, 0x8, PRM_UINT },
	{ "icmp_header_data", 0xc0, 0x20, PRM_UINT },
	{ "icmpv6_header_data", 0xe0, 0x20, PRM_UINT },
	{ "icmp_type", 0x100, 0x8, PRM_UINT },
	{ "icmp_code", 0x108, 0x8, PRM_UINT },
	{ "icmpv6_type", 0x110, 0x8, PRM_UINT },
	{ "icmpv6_code", 0x118, 0x8, PRM_UINT },
	{ "geneve_tlv_option_0_data", 0x120, 0x20, PRM_UINT },
	{ "gtpu_teid", 0x140, 0x20, PRM_UINT },
	{ "gtpu_msg_type", 0x160, 0x8, PRM_UINT },
	{ "gtpu_msg_flags", 0x168, 0x8, PRM_UINT },
	{ "gtpu_dw_2", 0x180, 0x20, PRM_UINT },
	{ "gtpu_first_ext_dw_0", 0x1a0, 0x20, PRM_UINT },
	{ "gtpu_dw_0", 0x1c0, 0x20, PRM_UINT },
};
static const struct prm_layout mlx5_prm_obj_fte_match_set_misc3 =
	PRM_LAYOUT("fte_match_set_misc3", 0x200, PRM_BE, mlx5_prm_obj_fte_match_set_misc3_f);

static const struct prm_field mlx5_prm_obj_fte_match_set_misc4_f[] = {
	{ "prog_sample_field_value_0", 0x0, 0x20, PRM_UINT },
	{ "prog_sample_field_id_0", 0x20, 0x20, PRM_UINT },
	{ "prog_sample_field_value_1", 0x40, 0x20, PRM_UINT },
	{ "prog_sample_field_id_1", 0x60, 0x20, PRM_UINT },
	{ "prog_sample_field_value_2", 0x80, 0x20, PRM_UINT },
	{ "prog_sample_field_id_2", 0xa0, 0x20, PRM_UINT },
	{ "prog_sample_field_value_3", 0xc0, 0x20, PRM_UINT },
	{ "prog_sample_field_id_3", 0xe0, 0x20, PRM_UINT },
};
static const struct prm_layout mlx5_prm_obj_fte_match_set_misc4 =
	PRM_LAYOUT("fte_match_set_misc4", 0x200, PRM_BE, mlx5_prm_obj_fte_match_set_misc4_f);

static const struct prm_field mlx5_prm_obj_fte_match_set_misc5_f[] = {
	{ "macsec_tag_0", 0x0, 0x20, PRM_UINT },
	{ "macsec_tag_1", 0x20, 0x20, PRM_UINT },
	{ "macsec_tag_2", 0x40, 0x20, PRM_UINT },
	{ "macsec_tag_3", 0x60, 0x20, PRM_UINT },
	{ "tunnel_header_0", 0x80, 0x20, PRM_UINT },
	{ "tunnel_header_1", 0xa0, 0x20, PRM_UINT },
	{ "tunnel_header_2", 0xc0, 0x20, PRM_UINT },
	{ "tunnel_header_3", 0xe0, 0x20, PRM_UINT },
};
static const struct prm_layout mlx5_prm_obj_fte_match_set_misc5 =
	PRM_LAYOUT("fte_match_set_misc5", 0x200, PRM_BE, mlx5_prm_obj_fte_match_set_misc5_f);

static const struct prm_field mlx5_prm_obj_fte_match_set_misc6_f[] = {
	{ "psp_version", 0x1a, 0x4, PRM_UINT },
};
static const struct prm_layout mlx5_prm_obj_fte_match_set_misc6 =
	PRM_LAYOUT("fte_match_set_misc6", 0x200, PRM_BE, mlx5_prm_obj_fte_match_set_misc6_f);

static const struct prm_field mlx5_prm_obj_fte_match_param_f[] = {
	{ "outer_headers", 0x0, 0x200, PRM_STRUCT, .sub = &mlx5_prm_obj_fte_match_set_lyr_2_4 },
	{ "misc_parameters", 0x200, 0x200, PRM_STRUCT, .sub = &mlx5_prm_obj_fte_match_set_misc },
	{ "inner_headers", 0x400, 0x200, PRM_STRUCT, .sub = &mlx5_prm_obj_fte_match_set_lyr_2_4 },
	{ "misc_parameters_2", 0x600, 0x200, PRM_STRUCT, .sub = &mlx5_prm_obj_fte_match_set_misc2 },
	{ "misc_parameters_3", 0x800, 0x200, PRM_STRUCT, .sub = &mlx5_prm_obj_fte_match_set_misc3 },
	{ "misc_parameters_4", 0xa00, 0x200, PRM_STRUCT, .sub = &mlx5_prm_obj_fte_match_set_misc4 },
	{ "misc_parameters_5", 0xc00, 0x200, PRM_STRUCT, .sub = &mlx5_prm_obj_fte_match_set_misc5 },
	{ "misc_parameters_6", 0xe00, 0x200, PRM_STRUCT, .sub = &mlx5_prm_obj_fte_match_set_misc6 },
};
static const struct prm_layout mlx5_prm_obj_fte_match_param =
	PRM_LAYOUT("fte_match_param", 0x1000, PRM_BE, mlx5_prm_obj_fte_match_param_f);

static const struct prm_field mlx5_prm_obj_query_flow_group_out_f[] = {
	{ "start_flow_index", 0xe0, 0x20, PRM_UINT },
	{ "end_flow_index", 0x120, 0x20, PRM_UINT },
	{ "match_criteria_enable", 0x1f8, 0x8, PRM_UINT },
	{ "match_criteria", 0x200, 0x1000, PRM_STRUCT, .sub = &mlx5_prm_obj_fte_match_param },
};
const struct prm_layout mlx5_prm_obj_query_flow_group_out =
	PRM_LAYOUT("query_flow_group_out", 0x2000, PRM_BE, mlx5_prm_obj_query_flow_group_out_f);

static const struct prm_field mlx5_prm_obj_query_fte_in_f[] = {
	{ "table_type", 0x80, 0x8, PRM_ENUM, .enums = ft_type_enum },
	{ "table_id", 0xa8, 0x18, PRM_UINT },
	{ "flow_index", 0x100, 0x20, PRM_UINT },
};
const struct prm_layout mlx5_prm_obj_query_fte_in =
	PRM_LAYOUT("query_fte_in", 0x200, PRM_BE, mlx5_prm_obj_query_fte_in_f);

static const struct prm_field mlx5_prm_obj_vlan_f[] = {
	{ "ethtype", 0x0, 0x10, PRM_UINT },
	{ "prio", 0x10, 0x3, PRM_UINT },
	{ "cfi", 0x13, 1, PRM_BOOL },
	{ "vid", 0x14, 0xc, PRM_UINT },
};
static const struct prm_layout mlx5_prm_obj_vlan =
	PRM_LAYOUT("vlan", 0x20, PRM_BE, mlx5_prm_obj_vlan_f);

static const struct prm_field mlx5_prm_obj_exe_aso_ctrl_flow_meter_f[] = {
	{ "return_reg_id", 0x0, 0x4, PRM_UINT },
	{ "aso_type", 0x4, 0x4, PRM_UINT },
	{ "action", 0x1c, 1, PRM_BOOL },
	{ "init_color", 0x1d, 0x2, PRM_UINT },
	{ "meter_id", 0x1f, 1, PRM_BOOL },
};
static const struct prm_layout mlx5_prm_obj_exe_aso_ctrl_flow_meter =
	PRM_LAYOUT("exe_aso_ctrl_flow_meter", 0x20, PRM_BE, mlx5_prm_obj_exe_aso_ctrl_flow_meter_f);

static const struct prm_field mlx5_prm_obj_exe_aso_ctrl_f[] = {
	{ "exe_aso_ctrl_flow_meter", 0x0, 0x20, PRM_STRUCT, .sub = &mlx5_prm_obj_exe_aso_ctrl_flow_meter },
};
static const struct prm_layout mlx5_prm_obj_exe_aso_ctrl =
	PRM_LAYOUT("exe_aso_ctrl", 0x20, PRM_BE, mlx5_prm_obj_exe_aso_ctrl_f);

static const struct prm_field mlx5_prm_obj_execute_aso_f[] = {
	{ "valid", 0x0, 1, PRM_BOOL },
	{ "aso_object_id", 0x8, 0x18, PRM_UINT },
	{ "exe_aso_ctrl", 0x20, 0x20, PRM_STRUCT, .sub = &mlx5_prm_obj_exe_aso_ctrl },
};
static const struct prm_layout mlx5_prm_obj_execute_aso =
	PRM_LAYOUT("execute_aso", 0x40, PRM_BE, mlx5_prm_obj_execute_aso_f);

static const struct prm_field mlx5_prm_obj_flow_context_f[] = {
	{ "push_vlan", 0x0, 0x20, PRM_STRUCT, .sub = &mlx5_prm_obj_vlan },
	{ "group_id", 0x20, 0x20, PRM_UINT },
	{ "flow_tag", 0x48, 0x18, PRM_HEX },
	{ "action", 0x70, 0x10, PRM_FLAGS, .enums = flow_action_flags },
	{ "extended_destination", 0x80, 1, PRM_BOOL },
	{ "uplink_hairpin_en", 0x81, 1, PRM_BOOL },
	{ "flow_source", 0x82, 0x2, PRM_UINT },
	{ "encrypt_decrypt_type", 0x84, 0x4, PRM_UINT },
	{ "destination_list_size", 0x88, 0x18, PRM_UINT },
	{ "flow_counter_list_size", 0xa8, 0x18, PRM_UINT },
	{ "packet_reformat_id", 0xc0, 0x20, PRM_UINT },
	{ "modify_header_id", 0xe0, 0x20, PRM_UINT },
	{ "push_vlan_2", 0x100, 0x20, PRM_STRUCT, .sub = &mlx5_prm_obj_vlan },
	{ "encrypt_decrypt_obj_id", 0x120, 0x20, PRM_UINT },
	{ "match_value", 0x200, 0x1000, PRM_STRUCT, .sub = &mlx5_prm_obj_fte_match_param },
	{ "execute_aso", 0x1200, 0x40, PRM_ARRAY, .sub = &mlx5_prm_obj_execute_aso, .count = 4 },
};
static const struct prm_layout mlx5_prm_obj_flow_context =
	PRM_LAYOUT("flow_context", 0x1800, PRM_BE, mlx5_prm_obj_flow_context_f);

static const struct prm_field mlx5_prm_obj_query_fte_out_f[] = {
	{ "flow_context", 0x200, 0x1800, PRM_STRUCT, .sub = &mlx5_prm_obj_flow_context },
};
const struct prm_layout mlx5_prm_obj_query_fte_out =
	PRM_LAYOUT("query_fte_out", 0x1a00, PRM_BE, mlx5_prm_obj_query_fte_out_f);

/* Elements of flow_context.destination[] (not extended_destination):
 * destination_list_size destinations, then flow_counter_list_size counters. */
static const struct prm_field mlx5_prm_obj_dest_format_f[] = {
	{ "destination_type", 0x0, 0x8, PRM_ENUM, .enums = dest_type_enum },
	{ "destination_id", 0x8, 0x18, PRM_UINT },
	{ "destination_eswitch_owner_vhca_id_valid", 0x20, 1, PRM_BOOL },
	{ "packet_reformat", 0x21, 1, PRM_BOOL },
	{ "destination_eswitch_owner_vhca_id", 0x30, 0x10, PRM_UINT },
};
const struct prm_layout mlx5_prm_obj_dest_format =
	PRM_LAYOUT("dest_format", 0x40, PRM_BE, mlx5_prm_obj_dest_format_f);

static const struct prm_field mlx5_prm_obj_flow_counter_list_f[] = {
	{ "flow_counter_id", 0x0, 0x20, PRM_UINT },
};
const struct prm_layout mlx5_prm_obj_flow_counter_list =
	PRM_LAYOUT("flow_counter_list", 0x40, PRM_BE, mlx5_prm_obj_flow_counter_list_f);
