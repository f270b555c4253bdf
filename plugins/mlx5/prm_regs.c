// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * mlx5 access-register layouts: bit offsets and widths of every named field
 * (reserved bits skipped), transcribed from the PRM structures published in
 * include/linux/mlx5/mlx5_ifc.h.  Counter pairs split into 32-bit high/low
 * words there are one 64-bit field here.  Every offset is checked against
 * layouts/prm_regs.layout by scripts/prm-layouts (how to add one: README.md).
 */
#include "mlx5_prm.h"

#include <stddef.h>

static const struct prm_enum paos_admin_enum[] = {
	{ 1, "up" }, { 2, "down" }, { 3, "up_once" }, { 4, "disabled_by_system" }, { 0, NULL }
};
static const struct prm_enum paos_oper_enum[] = {
	{ 1, "up" }, { 2, "down" }, { 4, "down_by_port_failure" }, { 0, NULL }
};
static const struct prm_enum mcia_status_enum[] = {
	{ 0, "good" }, { 1, "no_eeprom_module" }, { 2, "module_not_supported" },
	{ 3, "module_not_connected" }, { 9, "i2c_error" }, { 0x10, "module_disabled" }, { 0, NULL }
};

static const struct prm_field mlx5_prm_paos_reg_f[] = {
	{ "swid", 0x0, 0x8, PRM_UINT },
	{ "local_port", 0x8, 0x8, PRM_UINT },
	{ "admin_status", 0x14, 0x4, PRM_ENUM, .enums = paos_admin_enum },
	{ "oper_status", 0x1c, 0x4, PRM_ENUM, .enums = paos_oper_enum },
	{ "ase", 0x20, 1, PRM_BOOL },
	{ "ee", 0x21, 1, PRM_BOOL },
	{ "e", 0x3e, 0x2, PRM_UINT },
};
const struct prm_layout mlx5_prm_paos_reg =
	PRM_LAYOUT("paos_reg", 0x80, PRM_BE, mlx5_prm_paos_reg_f);

/*
 * PTYS Ethernet link modes, bit n = 1 << n of the masks, named as the
 * kernel's enum mlx5e_link_mode / mlx5e_ext_link_mode spell them
 * (include/linux/mlx5/port.h) without the MLX5E_ prefix; the rates are
 * mlx5e_link_speed / mlx5e_ext_link_speed (en/port.c), in Mb/s.
 */
#define LM(bit, name) { UINT64_C(1) << (bit), name }
#define LR(bit, mbps) { UINT64_C(1) << (bit), mbps }
static const struct prm_enum eth_link_modes[] = {
	LM(0, "1000BASE_CX_SGMII"), LM(1, "1000BASE_KX"), LM(2, "10GBASE_CX4"),
	LM(3, "10GBASE_KX4"), LM(4, "10GBASE_KR"), LM(5, "20GBASE_KR2"), LM(6, "40GBASE_CR4"),
	LM(7, "40GBASE_KR4"), LM(8, "56GBASE_R4"), LM(12, "10GBASE_CR"), LM(13, "10GBASE_SR"),
	LM(14, "10GBASE_ER"), LM(15, "40GBASE_SR4"), LM(16, "40GBASE_LR4"), LM(18, "50GBASE_SR2"),
	LM(20, "100GBASE_CR4"), LM(21, "100GBASE_SR4"), LM(22, "100GBASE_KR4"),
	LM(23, "100GBASE_LR4"), LM(24, "100BASE_TX"), LM(25, "1000BASE_T"), LM(26, "10GBASE_T"),
	LM(27, "25GBASE_CR"), LM(28, "25GBASE_KR"), LM(29, "25GBASE_SR"), LM(30, "50GBASE_CR2"),
	LM(31, "50GBASE_KR2"), { 0, NULL }
};
static const struct prm_number eth_link_mbps[] = {
	LR(0, 1000), LR(1, 1000), LR(2, 10000), LR(3, 10000), LR(4, 10000), LR(5, 20000),
	LR(6, 40000), LR(7, 40000), LR(8, 56000), LR(12, 10000), LR(13, 10000), LR(14, 10000),
	LR(15, 40000), LR(16, 40000), LR(18, 50000), LR(20, 100000), LR(21, 100000),
	LR(22, 100000), LR(23, 100000), LR(24, 100), LR(25, 1000), LR(26, 10000), LR(27, 25000),
	LR(28, 25000), LR(29, 25000), LR(30, 50000), LR(31, 50000), { 0, 0 }
};
static const struct prm_enum ext_link_modes[] = {
	LM(0, "SGMII_100M"), LM(1, "1000BASE_X_SGMII"), LM(3, "5GBASE_R"),
	LM(4, "10GBASE_XFI_XAUI_1"), LM(5, "40GBASE_XLAUI_4_XLPPI_4"),
	LM(6, "25GAUI_1_25GBASE_CR_KR"), LM(7, "50GAUI_2_LAUI_2_50GBASE_CR2_KR2"),
	LM(8, "50GAUI_1_LAUI_1_50GBASE_CR_KR"), LM(9, "CAUI_4_100GBASE_CR4_KR4"),
	LM(10, "100GAUI_2_100GBASE_CR2_KR2"), LM(11, "100GAUI_1_100GBASE_CR_KR"),
	LM(12, "200GAUI_4_200GBASE_CR4_KR4"), LM(13, "200GAUI_2_200GBASE_CR2_KR2"),
	LM(15, "400GAUI_8_400GBASE_CR8"), LM(16, "400GAUI_4_400GBASE_CR4_KR4"),
	LM(19, "800GAUI_8_800GBASE_CR8_KR8"), { 0, NULL }
};
static const struct prm_number ext_link_mbps[] = {
	LR(0, 100), LR(1, 1000), LR(3, 5000), LR(4, 10000), LR(5, 40000), LR(6, 25000),
	LR(7, 50000), LR(8, 50000), LR(9, 100000), LR(10, 100000), LR(11, 100000),
	LR(12, 200000), LR(13, 200000), LR(15, 400000), LR(16, 400000), LR(19, 800000), { 0, 0 }
};
/* InfiniBand per-lane rates (the kernel's enum mlx5_ptys_rate): the link's
 * speed is the lane rate times ib_link_width_oper, so no _speed_mbps. */
static const struct prm_enum ib_link_rates[] = {
	LM(0, "SDR"), LM(1, "DDR"), LM(2, "QDR"), LM(3, "FDR10"), LM(4, "FDR"), LM(5, "EDR"),
	LM(6, "HDR"), LM(7, "NDR"), { 0, NULL }
};
#undef LM
#undef LR

static const struct prm_field mlx5_prm_ptys_reg_f[] = {
	{ "an_disable_admin", 0x1, 1, PRM_BOOL },
	{ "an_disable_cap", 0x2, 1, PRM_BOOL },
	{ "local_port", 0x8, 0x8, PRM_UINT },
	{ "plane_ind", 0x18, 0x4, PRM_UINT },
	{ "proto_mask", 0x1d, 0x3, PRM_UINT },
	{ "an_status", 0x20, 0x4, PRM_UINT },
	{ "data_rate_oper", 0x30, 0x10, PRM_UINT },
	{ "ext_eth_proto_capability", 0x40, 0x20, PRM_HEX, .enums = ext_link_modes, .also = PRM_FLAGS },
	{ "eth_proto_capability", 0x60, 0x20, PRM_HEX, .enums = eth_link_modes, .also = PRM_FLAGS },
	{ "ib_link_width_capability", 0x80, 0x10, PRM_UINT },
	{ "ib_proto_capability", 0x90, 0x10, PRM_HEX, .enums = ib_link_rates, .also = PRM_FLAGS },
	{ "ext_eth_proto_admin", 0xa0, 0x20, PRM_HEX, .enums = ext_link_modes, .also = PRM_FLAGS },
	{ "eth_proto_admin", 0xc0, 0x20, PRM_HEX, .enums = eth_link_modes, .also = PRM_FLAGS },
	{ "ib_link_width_admin", 0xe0, 0x10, PRM_UINT },
	{ "ib_proto_admin", 0xf0, 0x10, PRM_HEX, .enums = ib_link_rates, .also = PRM_FLAGS },
	{ "ext_eth_proto_oper", 0x100, 0x20, PRM_HEX, .enums = ext_link_modes, .also = PRM_FLAGS,
	  .mbps = ext_link_mbps },
	{ "eth_proto_oper", 0x120, 0x20, PRM_HEX, .enums = eth_link_modes, .also = PRM_FLAGS,
	  .mbps = eth_link_mbps },
	{ "ib_link_width_oper", 0x140, 0x10, PRM_UINT },
	{ "ib_proto_oper", 0x150, 0x10, PRM_HEX, .enums = ib_link_rates, .also = PRM_FLAGS },
	{ "connector_type", 0x17c, 0x4, PRM_UINT },
	{ "eth_proto_lp_advertise", 0x180, 0x20, PRM_HEX, .enums = eth_link_modes, .also = PRM_FLAGS },
};
const struct prm_layout mlx5_prm_ptys_reg =
	PRM_LAYOUT("ptys_reg", 0x200, PRM_BE, mlx5_prm_ptys_reg_f);

static const struct prm_field mlx5_prm_pmtu_reg_f[] = {
	{ "local_port", 0x8, 0x8, PRM_UINT },
	{ "max_mtu", 0x20, 0x10, PRM_UINT },
	{ "admin_mtu", 0x40, 0x10, PRM_UINT },
	{ "oper_mtu", 0x60, 0x10, PRM_UINT },
};
const struct prm_layout mlx5_prm_pmtu_reg =
	PRM_LAYOUT("pmtu_reg", 0x80, PRM_BE, mlx5_prm_pmtu_reg_f);

static const struct prm_field mlx5_prm_mtmp_reg_f[] = {
	{ "sensor_index", 0x14, 0xc, PRM_UINT },
	{ "temperature", 0x30, 0x10, PRM_CELSIUS8 },
	{ "mte", 0x40, 1, PRM_BOOL },
	{ "mtr", 0x41, 1, PRM_BOOL },
	{ "max_temperature", 0x50, 0x10, PRM_CELSIUS8 },
	{ "tee", 0x60, 0x2, PRM_UINT },
	{ "temp_threshold_hi", 0x70, 0x10, PRM_CELSIUS8 },
	{ "temp_threshold_lo", 0x90, 0x10, PRM_CELSIUS8 },
	{ "sensor_name_hi", 0xc0, 0x20, PRM_HEX, .also = PRM_STRING, .to = "sensor_name_lo" },
	{ "sensor_name_lo", 0xe0, 0x20, PRM_HEX },
};
const struct prm_layout mlx5_prm_mtmp_reg =
	PRM_LAYOUT("mtmp_reg", 0x100, PRM_BE, mlx5_prm_mtmp_reg_f);

static const struct prm_field mlx5_prm_mcia_reg_f[] = {
	{ "l", 0x0, 1, PRM_BOOL },
	{ "module", 0x8, 0x8, PRM_UINT },
	{ "status", 0x18, 0x8, PRM_ENUM, .enums = mcia_status_enum },
	{ "i2c_device_address", 0x20, 0x8, PRM_UINT },
	{ "page_number", 0x28, 0x8, PRM_UINT },
	{ "device_address", 0x30, 0x10, PRM_UINT },
	{ "size", 0x50, 0x10, PRM_UINT },
	{ "dword_0", 0x80, 0x20, PRM_UINT },
	{ "dword_1", 0xa0, 0x20, PRM_UINT },
	{ "dword_2", 0xc0, 0x20, PRM_UINT },
	{ "dword_3", 0xe0, 0x20, PRM_UINT },
	{ "dword_4", 0x100, 0x20, PRM_UINT },
	{ "dword_5", 0x120, 0x20, PRM_UINT },
	{ "dword_6", 0x140, 0x20, PRM_UINT },
	{ "dword_7", 0x160, 0x20, PRM_UINT },
	{ "dword_8", 0x180, 0x20, PRM_UINT },
	{ "dword_9", 0x1a0, 0x20, PRM_UINT },
	{ "dword_10", 0x1c0, 0x20, PRM_UINT },
	{ "dword_11", 0x1e0, 0x20, PRM_UINT },
};
const struct prm_layout mlx5_prm_mcia_reg =
	PRM_LAYOUT("mcia_reg", 0x200, PRM_BE, mlx5_prm_mcia_reg_f);

static const struct prm_field mlx5_prm_qcam_access_reg_cap_mask_f[] = {
	{ "qpdpm", 0x6c, 1, PRM_BOOL },
	{ "qdpm", 0x7c, 1, PRM_BOOL },
	{ "qpts", 0x7d, 1, PRM_BOOL },
	{ "qcap", 0x7e, 1, PRM_BOOL },
};
static const struct prm_layout mlx5_prm_qcam_access_reg_cap_mask =
	PRM_LAYOUT("qcam_access_reg_cap_mask", 0x80, PRM_BE, mlx5_prm_qcam_access_reg_cap_mask_f);

static const struct prm_field mlx5_prm_qcam_qos_feature_cap_mask_f[] = {
	{ "qpts_trust_both", 0x7f, 1, PRM_BOOL },
};
static const struct prm_layout mlx5_prm_qcam_qos_feature_cap_mask =
	PRM_LAYOUT("qcam_qos_feature_cap_mask", 0x80, PRM_BE, mlx5_prm_qcam_qos_feature_cap_mask_f);

static const struct prm_field mlx5_prm_qcam_reg_f[] = {
	{ "feature_group", 0x8, 0x8, PRM_UINT },
	{ "access_reg_group", 0x18, 0x8, PRM_UINT },
	{ "qos_access_reg_cap_mask", 0x40, 0x80, PRM_STRUCT, .sub = &mlx5_prm_qcam_access_reg_cap_mask },
	{ "qos_feature_cap_mask", 0x140, 0x80, PRM_STRUCT, .sub = &mlx5_prm_qcam_qos_feature_cap_mask },
};
const struct prm_layout mlx5_prm_qcam_reg =
	PRM_LAYOUT("qcam_reg", 0x240, PRM_BE, mlx5_prm_qcam_reg_f);

static const struct prm_field mlx5_prm_pcam_regs_5000_to_507f_f[] = {
	{ "pplm", 0x5c, 1, PRM_BOOL },
	{ "pbmc", 0x73, 1, PRM_BOOL },
	{ "pptb", 0x74, 1, PRM_BOOL },
	{ "ppcnt", 0x77, 1, PRM_BOOL },
};
static const struct prm_layout mlx5_prm_pcam_regs_5000_to_507f =
	PRM_LAYOUT("pcam_regs_5000_to_507f", 0x80, PRM_BE, mlx5_prm_pcam_regs_5000_to_507f_f);

static const struct prm_field mlx5_prm_pcam_enhanced_features_f[] = {
	{ "ppcnt_recovery_counters", 0x10, 1, PRM_BOOL },
	{ "fec_200G_per_lane_in_pplm", 0x1d, 1, PRM_BOOL },
	{ "fec_100G_per_lane_in_pplm", 0x48, 1, PRM_BOOL },
	{ "fec_50G_per_lane_in_pplm", 0x68, 1, PRM_BOOL },
	{ "rx_icrc_encapsulated_counter", 0x6d, 1, PRM_BOOL },
	{ "ptys_extended_ethernet", 0x72, 1, PRM_BOOL },
	{ "pfcc_mask", 0x76, 1, PRM_BOOL },
	{ "per_lane_error_counters", 0x7a, 1, PRM_BOOL },
	{ "rx_buffer_fullness_counters", 0x7b, 1, PRM_BOOL },
	{ "ptys_connector_type", 0x7c, 1, PRM_BOOL },
	{ "ppcnt_discard_group", 0x7e, 1, PRM_BOOL },
	{ "ppcnt_statistical_group", 0x7f, 1, PRM_BOOL },
};
static const struct prm_layout mlx5_prm_pcam_enhanced_features =
	PRM_LAYOUT("pcam_enhanced_features", 0x80, PRM_BE, mlx5_prm_pcam_enhanced_features_f);

static const struct prm_field mlx5_prm_pcam_reg_f[] = {
	{ "feature_group", 0x8, 0x8, PRM_UINT },
	{ "access_reg_group", 0x18, 0x8, PRM_UINT },
	{ "port_access_reg_cap_mask", 0x40, 0x80, PRM_STRUCT, .sub = &mlx5_prm_pcam_regs_5000_to_507f },
	{ "feature_cap_mask", 0x140, 0x80, PRM_STRUCT, .sub = &mlx5_prm_pcam_enhanced_features },
};
const struct prm_layout mlx5_prm_pcam_reg =
	PRM_LAYOUT("pcam_reg", 0x280, PRM_BE, mlx5_prm_pcam_reg_f);

static const struct prm_field mlx5_prm_mcam_access_reg_f[] = {
	{ "mcda", 0x1c, 1, PRM_BOOL },
	{ "mcc", 0x1d, 1, PRM_BOOL },
	{ "mcqi", 0x1e, 1, PRM_BOOL },
	{ "mcqs", 0x1f, 1, PRM_BOOL },
	{ "mpir", 0x26, 1, PRM_BOOL },
	{ "mpegc", 0x29, 1, PRM_BOOL },
	{ "mtutc", 0x2a, 1, PRM_BOOL },
	{ "tracer_registers", 0x3c, 0x4, PRM_UINT },
	{ "mrtc", 0x52, 1, PRM_BOOL },
	{ "mfrl", 0x57, 1, PRM_BOOL },
	{ "mtmp", 0x75, 1, PRM_BOOL },
};
static const struct prm_layout mlx5_prm_mcam_access_reg =
	PRM_LAYOUT("mcam_access_reg", 0x80, PRM_BE, mlx5_prm_mcam_access_reg_f);

static const struct prm_field mlx5_prm_mcam_enhanced_features_f[] = {
	{ "mtutc_freq_adj_units", 0x50, 1, PRM_BOOL },
	{ "mtutc_time_adjustment_extended_range", 0x51, 1, PRM_BOOL },
	{ "mcia_32dwords", 0x5d, 1, PRM_BOOL },
	{ "out_pulse_duration_ns", 0x5e, 1, PRM_BOOL },
	{ "npps_period", 0x5f, 1, PRM_BOOL },
	{ "reset_state", 0x6a, 1, PRM_BOOL },
	{ "ptpcyc2realtime_modify", 0x6b, 1, PRM_BOOL },
	{ "pci_status_and_power", 0x6e, 1, PRM_BOOL },
	{ "mark_tx_action_cnp", 0x74, 1, PRM_BOOL },
	{ "mark_tx_action_cqe", 0x75, 1, PRM_BOOL },
	{ "dynamic_tx_overflow", 0x76, 1, PRM_BOOL },
	{ "pcie_outbound_stalled", 0x7b, 1, PRM_BOOL },
	{ "tx_overflow_buffer_pkt", 0x7c, 1, PRM_BOOL },
	{ "mtpps_enh_out_per_adj", 0x7d, 1, PRM_BOOL },
	{ "mtpps_fs", 0x7e, 1, PRM_BOOL },
	{ "pcie_performance_group", 0x7f, 1, PRM_BOOL },
};
static const struct prm_layout mlx5_prm_mcam_enhanced_features =
	PRM_LAYOUT("mcam_enhanced_features", 0x80, PRM_BE, mlx5_prm_mcam_enhanced_features_f);

static const struct prm_field mlx5_prm_mcam_reg_f[] = {
	{ "feature_group", 0x8, 0x8, PRM_UINT },
	{ "access_reg_group", 0x18, 0x8, PRM_UINT },
	{ "mng_access_reg_cap_mask", 0x40, 0x80, PRM_STRUCT, .sub = &mlx5_prm_mcam_access_reg },
	{ "mng_feature_cap_mask", 0x140, 0x80, PRM_STRUCT, .sub = &mlx5_prm_mcam_enhanced_features },
};
const struct prm_layout mlx5_prm_mcam_reg =
	PRM_LAYOUT("mcam_reg", 0x240, PRM_BE, mlx5_prm_mcam_reg_f);

static const struct prm_field mlx5_prm_ppcnt_reg_f[] = {
	{ "swid", 0x0, 0x8, PRM_UINT },
	{ "local_port", 0x8, 0x8, PRM_UINT },
	{ "pnat", 0x10, 0x2, PRM_UINT },
	{ "grp", 0x1a, 0x6, PRM_UINT },
	{ "clr", 0x20, 1, PRM_BOOL },
	{ "plane_ind", 0x34, 0x4, PRM_UINT },
	{ "prio_tc", 0x3b, 0x5, PRM_UINT },
};
const struct prm_layout mlx5_prm_ppcnt_reg =
	PRM_LAYOUT("ppcnt_reg", 0x800, PRM_BE, mlx5_prm_ppcnt_reg_f);

static const struct prm_field mlx5_prm_eth_802_3_cntrs_grp_data_layout_f[] = {
	{ "a_frames_transmitted_ok", 0x0, 64, PRM_UINT },
	{ "a_frames_received_ok", 0x40, 64, PRM_UINT },
	{ "a_frame_check_sequence_errors", 0x80, 64, PRM_UINT },
	{ "a_alignment_errors", 0xc0, 64, PRM_UINT },
	{ "a_octets_transmitted_ok", 0x100, 64, PRM_UINT },
	{ "a_octets_received_ok", 0x140, 64, PRM_UINT },
	{ "a_multicast_frames_xmitted_ok", 0x180, 64, PRM_UINT },
	{ "a_broadcast_frames_xmitted_ok", 0x1c0, 64, PRM_UINT },
	{ "a_multicast_frames_received_ok", 0x200, 64, PRM_UINT },
	{ "a_broadcast_frames_received_ok", 0x240, 64, PRM_UINT },
	{ "a_in_range_length_errors", 0x280, 64, PRM_UINT },
	{ "a_out_of_range_length_field", 0x2c0, 64, PRM_UINT },
	{ "a_frame_too_long_errors", 0x300, 64, PRM_UINT },
	{ "a_symbol_error_during_carrier", 0x340, 64, PRM_UINT },
	{ "a_mac_control_frames_transmitted", 0x380, 64, PRM_UINT },
	{ "a_mac_control_frames_received", 0x3c0, 64, PRM_UINT },
	{ "a_unsupported_opcodes_received", 0x400, 64, PRM_UINT },
	{ "a_pause_mac_ctrl_frames_received", 0x440, 64, PRM_UINT },
	{ "a_pause_mac_ctrl_frames_transmitted", 0x480, 64, PRM_UINT },
};
const struct prm_layout mlx5_prm_eth_802_3_cntrs_grp_data_layout =
	PRM_LAYOUT("eth_802_3_cntrs_grp_data_layout", 0x7c0, PRM_BE, mlx5_prm_eth_802_3_cntrs_grp_data_layout_f);

static const struct prm_field mlx5_prm_eth_2863_cntrs_grp_data_layout_f[] = {
	{ "if_in_octets", 0x0, 64, PRM_UINT },
	{ "if_in_ucast_pkts", 0x40, 64, PRM_UINT },
	{ "if_in_discards", 0x80, 64, PRM_UINT },
	{ "if_in_errors", 0xc0, 64, PRM_UINT },
	{ "if_in_unknown_protos", 0x100, 64, PRM_UINT },
	{ "if_out_octets", 0x140, 64, PRM_UINT },
	{ "if_out_ucast_pkts", 0x180, 64, PRM_UINT },
	{ "if_out_discards", 0x1c0, 64, PRM_UINT },
	{ "if_out_errors", 0x200, 64, PRM_UINT },
	{ "if_in_multicast_pkts", 0x240, 64, PRM_UINT },
	{ "if_in_broadcast_pkts", 0x280, 64, PRM_UINT },
	{ "if_out_multicast_pkts", 0x2c0, 64, PRM_UINT },
	{ "if_out_broadcast_pkts", 0x300, 64, PRM_UINT },
};
const struct prm_layout mlx5_prm_eth_2863_cntrs_grp_data_layout =
	PRM_LAYOUT("eth_2863_cntrs_grp_data_layout", 0x7c0, PRM_BE, mlx5_prm_eth_2863_cntrs_grp_data_layout_f);

static const struct prm_field mlx5_prm_eth_2819_cntrs_grp_data_layout_f[] = {
	{ "ether_stats_drop_events", 0x0, 64, PRM_UINT },
	{ "ether_stats_octets", 0x40, 64, PRM_UINT },
	{ "ether_stats_pkts", 0x80, 64, PRM_UINT },
	{ "ether_stats_broadcast_pkts", 0xc0, 64, PRM_UINT },
	{ "ether_stats_multicast_pkts", 0x100, 64, PRM_UINT },
	{ "ether_stats_crc_align_errors", 0x140, 64, PRM_UINT },
	{ "ether_stats_undersize_pkts", 0x180, 64, PRM_UINT },
	{ "ether_stats_oversize_pkts", 0x1c0, 64, PRM_UINT },
	{ "ether_stats_fragments", 0x200, 64, PRM_UINT },
	{ "ether_stats_jabbers", 0x240, 64, PRM_UINT },
	{ "ether_stats_collisions", 0x280, 64, PRM_UINT },
	{ "ether_stats_pkts64octets", 0x2c0, 64, PRM_UINT },
	{ "ether_stats_pkts65to127octets", 0x300, 64, PRM_UINT },
	{ "ether_stats_pkts128to255octets", 0x340, 64, PRM_UINT },
	{ "ether_stats_pkts256to511octets", 0x380, 64, PRM_UINT },
	{ "ether_stats_pkts512to1023octets", 0x3c0, 64, PRM_UINT },
	{ "ether_stats_pkts1024to1518octets", 0x400, 64, PRM_UINT },
	{ "ether_stats_pkts1519to2047octets", 0x440, 64, PRM_UINT },
	{ "ether_stats_pkts2048to4095octets", 0x480, 64, PRM_UINT },
	{ "ether_stats_pkts4096to8191octets", 0x4c0, 64, PRM_UINT },
	{ "ether_stats_pkts8192to10239octets", 0x500, 64, PRM_UINT },
};
const struct prm_layout mlx5_prm_eth_2819_cntrs_grp_data_layout =
	PRM_LAYOUT("eth_2819_cntrs_grp_data_layout", 0x7c0, PRM_BE, mlx5_prm_eth_2819_cntrs_grp_data_layout_f);

static const struct prm_field mlx5_prm_eth_3635_cntrs_grp_data_layout_f[] = {
	{ "dot3stats_alignment_errors", 0x0, 64, PRM_UINT },
	{ "dot3stats_fcs_errors", 0x40, 64, PRM_UINT },
	{ "dot3stats_single_collision_frames", 0x80, 64, PRM_UINT },
	{ "dot3stats_multiple_collision_frames", 0xc0, 64, PRM_UINT },
	{ "dot3stats_sqe_test_errors", 0x100, 64, PRM_UINT },
	{ "dot3stats_deferred_transmissions", 0x140, 64, PRM_UINT },
	{ "dot3stats_late_collisions", 0x180, 64, PRM_UINT },
	{ "dot3stats_excessive_collisions", 0x1c0, 64, PRM_UINT },
	{ "dot3stats_internal_mac_transmit_errors", 0x200, 64, PRM_UINT },
	{ "dot3stats_carrier_sense_errors", 0x240, 64, PRM_UINT },
	{ "dot3stats_frame_too_longs", 0x280, 64, PRM_UINT },
	{ "dot3stats_internal_mac_receive_errors", 0x2c0, 64, PRM_UINT },
	{ "dot3stats_symbol_errors", 0x300, 64, PRM_UINT },
	{ "dot3control_in_unknown_opcodes", 0x340, 64, PRM_UINT },
	{ "dot3in_pause_frames", 0x380, 64, PRM_UINT },
	{ "dot3out_pause_frames", 0x3c0, 64, PRM_UINT },
};
const struct prm_layout mlx5_prm_eth_3635_cntrs_grp_data_layout =
	PRM_LAYOUT("eth_3635_cntrs_grp_data_layout", 0x7c0, PRM_BE, mlx5_prm_eth_3635_cntrs_grp_data_layout_f);

static const struct prm_field mlx5_prm_eth_extended_cntrs_grp_data_layout_f[] = {
	{ "port_transmit_wait", 0x0, 64, PRM_UINT },
	{ "rx_buffer_almost_full", 0x140, 64, PRM_UINT },
	{ "rx_buffer_full", 0x180, 64, PRM_UINT },
	{ "rx_icrc_encapsulated", 0x1c0, 64, PRM_UINT },
};
const struct prm_layout mlx5_prm_eth_extended_cntrs_grp_data_layout =
	PRM_LAYOUT("eth_extended_cntrs_grp_data_layout", 0x7c0, PRM_BE, mlx5_prm_eth_extended_cntrs_grp_data_layout_f);

static const struct prm_field mlx5_prm_eth_per_prio_grp_data_layout_f[] = {
	{ "rx_octets", 0x0, 64, PRM_UINT },
	{ "rx_frames", 0x100, 64, PRM_UINT },
	{ "tx_octets", 0x140, 64, PRM_UINT },
	{ "tx_frames", 0x240, 64, PRM_UINT },
	{ "rx_pause", 0x280, 64, PRM_UINT },
	{ "rx_pause_duration", 0x2c0, 64, PRM_UINT },
	{ "tx_pause", 0x300, 64, PRM_UINT },
	{ "tx_pause_duration", 0x340, 64, PRM_UINT },
	{ "rx_pause_transition", 0x380, 64, PRM_UINT },
	{ "rx_discards", 0x3c0, 64, PRM_UINT },
	{ "device_stall_minor_watermark_cnt", 0x400, 64, PRM_UINT },
	{ "device_stall_critical_watermark_cnt", 0x440, 64, PRM_UINT },
};
const struct prm_layout mlx5_prm_eth_per_prio_grp_data_layout =
	PRM_LAYOUT("eth_per_prio_grp_data_layout", 0x7c0, PRM_BE, mlx5_prm_eth_per_prio_grp_data_layout_f);

static const struct prm_field mlx5_prm_eth_per_tc_prio_grp_data_layout_f[] = {
	{ "transmit_queue", 0x0, 64, PRM_UINT },
	{ "no_buffer_discard_uc", 0x40, 64, PRM_UINT },
};
const struct prm_layout mlx5_prm_eth_per_tc_prio_grp_data_layout =
	PRM_LAYOUT("eth_per_tc_prio_grp_data_layout", 0x7c0, PRM_BE, mlx5_prm_eth_per_tc_prio_grp_data_layout_f);

static const struct prm_field mlx5_prm_eth_per_tc_congest_prio_grp_data_layout_f[] = {
	{ "wred_discard", 0x0, 64, PRM_UINT },
	{ "ecn_marked_tc", 0x40, 64, PRM_UINT },
};
const struct prm_layout mlx5_prm_eth_per_tc_congest_prio_grp_data_layout =
	PRM_LAYOUT("eth_per_tc_congest_prio_grp_data_layout", 0x7c0, PRM_BE, mlx5_prm_eth_per_tc_congest_prio_grp_data_layout_f);

static const struct prm_field mlx5_prm_phys_layer_cntrs_f[] = {
	{ "time_since_last_clear", 0x0, 64, PRM_UINT },
	{ "symbol_errors", 0x40, 64, PRM_UINT },
	{ "sync_headers_errors", 0x80, 64, PRM_UINT },
	{ "edpl_bip_errors_lane0", 0xc0, 64, PRM_UINT },
	{ "edpl_bip_errors_lane1", 0x100, 64, PRM_UINT },
	{ "edpl_bip_errors_lane2", 0x140, 64, PRM_UINT },
	{ "edpl_bip_errors_lane3", 0x180, 64, PRM_UINT },
	{ "fc_fec_corrected_blocks_lane0", 0x1c0, 64, PRM_UINT },
	{ "fc_fec_corrected_blocks_lane1", 0x200, 64, PRM_UINT },
	{ "fc_fec_corrected_blocks_lane2", 0x240, 64, PRM_UINT },
	{ "fc_fec_corrected_blocks_lane3", 0x280, 64, PRM_UINT },
	{ "fc_fec_uncorrectable_blocks_lane0", 0x2c0, 64, PRM_UINT },
	{ "fc_fec_uncorrectable_blocks_lane1", 0x300, 64, PRM_UINT },
	{ "fc_fec_uncorrectable_blocks_lane2", 0x340, 64, PRM_UINT },
	{ "fc_fec_uncorrectable_blocks_lane3", 0x380, 64, PRM_UINT },
	{ "rs_fec_corrected_blocks", 0x3c0, 64, PRM_UINT },
	{ "rs_fec_uncorrectable_blocks", 0x400, 64, PRM_UINT },
	{ "rs_fec_no_errors_blocks", 0x440, 64, PRM_UINT },
	{ "rs_fec_single_error_blocks", 0x480, 64, PRM_UINT },
	{ "rs_fec_corrected_symbols_total", 0x4c0, 64, PRM_UINT },
	{ "rs_fec_corrected_symbols_lane0", 0x500, 64, PRM_UINT },
	{ "rs_fec_corrected_symbols_lane1", 0x540, 64, PRM_UINT },
	{ "rs_fec_corrected_symbols_lane2", 0x580, 64, PRM_UINT },
	{ "rs_fec_corrected_symbols_lane3", 0x5c0, 64, PRM_UINT },
	{ "link_down_events", 0x600, 0x20, PRM_UINT },
	{ "successful_recovery_events", 0x620, 0x20, PRM_UINT },
};
const struct prm_layout mlx5_prm_phys_layer_cntrs =
	PRM_LAYOUT("phys_layer_cntrs", 0x7c0, PRM_BE, mlx5_prm_phys_layer_cntrs_f);

static const struct prm_field mlx5_prm_phys_layer_statistical_cntrs_f[] = {
	{ "time_since_last_clear", 0x0, 64, PRM_UINT },
	{ "phy_received_bits", 0x40, 64, PRM_UINT },
	{ "phy_symbol_errors", 0x80, 64, PRM_UINT },
	{ "phy_corrected_bits", 0xc0, 64, PRM_UINT },
	{ "phy_corrected_bits_lane0", 0x100, 64, PRM_UINT },
	{ "phy_corrected_bits_lane1", 0x140, 64, PRM_UINT },
	{ "phy_corrected_bits_lane2", 0x180, 64, PRM_UINT },
	{ "phy_corrected_bits_lane3", 0x1c0, 64, PRM_UINT },
};
const struct prm_layout mlx5_prm_phys_layer_statistical_cntrs =
	PRM_LAYOUT("phys_layer_statistical_cntrs", 0x7c0, PRM_BE, mlx5_prm_phys_layer_statistical_cntrs_f);

static const struct prm_field mlx5_prm_ib_port_cntrs_grp_data_layout_f[] = {
	{ "symbol_error_counter", 0x0, 0x10, PRM_UINT },
	{ "link_error_recovery_counter", 0x10, 0x8, PRM_UINT },
	{ "link_downed_counter", 0x18, 0x8, PRM_UINT },
	{ "port_rcv_errors", 0x20, 0x10, PRM_UINT },
	{ "port_rcv_remote_physical_errors", 0x30, 0x10, PRM_UINT },
	{ "port_rcv_switch_relay_errors", 0x40, 0x10, PRM_UINT },
	{ "port_xmit_discards", 0x50, 0x10, PRM_UINT },
	{ "port_xmit_constraint_errors", 0x60, 0x8, PRM_UINT },
	{ "port_rcv_constraint_errors", 0x68, 0x8, PRM_UINT },
	{ "link_overrun_errors", 0x78, 0x8, PRM_UINT },
	{ "vl_15_dropped", 0x90, 0x10, PRM_UINT },
	{ "port_xmit_wait", 0x120, 0x20, PRM_UINT },
};
const struct prm_layout mlx5_prm_ib_port_cntrs_grp_data_layout =
	PRM_LAYOUT("ib_port_cntrs_grp_data_layout", 0x140, PRM_BE, mlx5_prm_ib_port_cntrs_grp_data_layout_f);

static const struct prm_field mlx5_prm_ib_ext_port_cntrs_grp_data_layout_f[] = {
	{ "port_xmit_data", 0x300, 64, PRM_UINT },
	{ "port_rcv_data", 0x340, 64, PRM_UINT },
	{ "port_xmit_pkts", 0x380, 64, PRM_UINT },
	{ "port_rcv_pkts", 0x3c0, 64, PRM_UINT },
	{ "port_unicast_xmit_pkts", 0x480, 64, PRM_UINT },
	{ "port_multicast_xmit_pkts", 0x4c0, 64, PRM_UINT },
	{ "port_unicast_rcv_pkts", 0x500, 64, PRM_UINT },
	{ "port_multicast_rcv_pkts", 0x540, 64, PRM_UINT },
};
const struct prm_layout mlx5_prm_ib_ext_port_cntrs_grp_data_layout =
	PRM_LAYOUT("ib_ext_port_cntrs_grp_data_layout", 0x7c0, PRM_BE, mlx5_prm_ib_ext_port_cntrs_grp_data_layout_f);
