// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * HWRM response layouts as data (PRM_LE: bit n = bit n%8 of byte n/8).
 * Offsets are from shared/bnxt-abi.md section 4 (include/linux/bnxt/hsi.h,
 * HSI 1.10.3.151).  The 8-byte response header and the trailing `valid`
 * byte are left out: the policy's bnxt_resp_check() owns the header and
 * `valid` always reads 0 through fwctl.  Reserved bytes are not listed.
 */
#include "bnxt.h"

#define F(n, byte, bits, k) { .name = (n), .bit_off = (byte) * 8, .bit_width = (bits), .kind = (k) }
#define U8(n, b)  F(n, b, 8, PRM_UINT)
#define U16(n, b) F(n, b, 16, PRM_UINT)
#define U32(n, b) F(n, b, 32, PRM_UINT)
#define U64(n, b) F(n, b, 64, PRM_UINT)
#define STR(n, b, len) F(n, b, (len) * 8, PRM_STRING)
#define BYTES(n, b, len) F(n, b, (len) * 8, PRM_BYTES)
/* A MAC address: its bytes (mac_address_hex, as before) and "aa:bb:..". */
#define MAC(n, b) { .name = (n), .bit_off = (b) * 8, .bit_width = 48, .kind = PRM_BYTES, .also = PRM_MAC }
/* A le16 PCI routing ID: the number, and "<name>_bdf" bus:device.function. */
#define BDF(n, b) { .name = (n), .bit_off = (b) * 8, .bit_width = 16, .kind = PRM_UINT, .also = PRM_PCI_BDF }
#define UNIT(n, b, bits, u) { .name = (n), .bit_off = (b) * 8, .bit_width = (bits), .kind = PRM_UINT, .unit = (u) }
/* Sub-byte fields: bit offset given directly. */
#define BITS(n, bit, bits) { .name = (n), .bit_off = (bit), .bit_width = (bits), .kind = PRM_UINT }
#define EN(n, b, bits, e) { .name = (n), .bit_off = (b) * 8, .bit_width = (bits), .kind = PRM_ENUM, .enums = (e) }
#define ENB(n, bit, bits, e) { .name = (n), .bit_off = (bit), .bit_width = (bits), .kind = PRM_ENUM, .enums = (e) }
#define FL(n, b, bits, e) { .name = (n), .bit_off = (b) * 8, .bit_width = (bits), .kind = PRM_FLAGS, .enums = (e) }

#define END { 0, NULL }

/* ---------------- HWRM_VER_GET (0x0000), 176 bytes ---------------- */

const struct prm_enum bnxt_dev_caps_cfg_flags[] = {
	{ 0x1, "secure_fw_upd_supported" },
	{ 0x2, "fw_dcbx_agent_supported" },
	{ 0x4, "short_cmd_supported" },
	{ 0x8, "short_cmd_required" },
	{ 0x10, "kong_mb_chnl_supported" },
	{ 0x20, "flow_handle_64bit_supported" },
	{ 0x40, "l2_filter_types_roce_or_l2_supported" },
	{ 0x80, "virtio_vswitch_offload_supported" },
	{ 0x100, "trusted_vf_supported" },
	{ 0x200, "flow_aging_supported" },
	{ 0x400, "adv_flow_counters_supported" },
	{ 0x800, "cfa_eem_supported" },
	{ 0x1000, "cfa_adv_flow_mgnt_supported" },
	{ 0x2000, "cfa_tflib_supported" },
	{ 0x4000, "cfa_truflow_supported" },
	{ 0x8000, "secure_boot_capable" },
	{ 0x10000, "secure_soc_capable" },
	{ 0x20000, "debug_token_supported" },
	END
};

static const struct prm_enum chip_platform[] = {
	{ 0, "asic" }, { 1, "fpga" }, { 2, "palladium" }, END
};

static const struct prm_enum ver_get_flags[] = {
	{ 0x1, "dev_not_rdy" }, { 0x2, "ext_ver_avail" }, { 0x4, "dev_not_rdy_backing_store" }, END
};

static const struct prm_field ver_get_fields[] = {
	U8("hwrm_intf_maj_8b", 8), U8("hwrm_intf_min_8b", 9), U8("hwrm_intf_upd_8b", 10),
	U8("hwrm_intf_rsvd_8b", 11),
	U8("hwrm_fw_maj_8b", 12), U8("hwrm_fw_min_8b", 13), U8("hwrm_fw_bld_8b", 14),
	U8("hwrm_fw_rsvd_8b", 15),
	U8("mgmt_fw_maj_8b", 16), U8("mgmt_fw_min_8b", 17), U8("mgmt_fw_bld_8b", 18),
	U8("mgmt_fw_rsvd_8b", 19),
	U8("netctrl_fw_maj_8b", 20), U8("netctrl_fw_min_8b", 21), U8("netctrl_fw_bld_8b", 22),
	U8("netctrl_fw_rsvd_8b", 23),
	FL("dev_caps_cfg", 24, 32, bnxt_dev_caps_cfg_flags),
	U8("roce_fw_maj_8b", 28), U8("roce_fw_min_8b", 29), U8("roce_fw_bld_8b", 30),
	U8("roce_fw_rsvd_8b", 31),
	STR("hwrm_fw_name", 32, 16), STR("mgmt_fw_name", 48, 16), STR("netctrl_fw_name", 64, 16),
	STR("active_pkg_name", 80, 16), STR("roce_fw_name", 96, 16),
	U16("chip_num", 112), U8("chip_rev", 114), U8("chip_metal", 115), U8("chip_bond_id", 116),
	EN("chip_platform_type", 117, 8, chip_platform),
	UNIT("max_req_win_len", 118, 16, "bytes"), UNIT("max_resp_len", 120, 16, "bytes"),
	UNIT("def_req_timeout", 122, 16, "ms"),
	FL("flags", 124, 8, ver_get_flags),
	U8("always_1", 127),
	U16("hwrm_intf_major", 128), U16("hwrm_intf_minor", 130), U16("hwrm_intf_build", 132),
	U16("hwrm_intf_patch", 134),
	U16("hwrm_fw_major", 136), U16("hwrm_fw_minor", 138), U16("hwrm_fw_build", 140),
	U16("hwrm_fw_patch", 142),
	U16("mgmt_fw_major", 144), U16("mgmt_fw_minor", 146), U16("mgmt_fw_build", 148),
	U16("mgmt_fw_patch", 150),
	U16("netctrl_fw_major", 152), U16("netctrl_fw_minor", 154), U16("netctrl_fw_build", 156),
	U16("netctrl_fw_patch", 158),
	U16("roce_fw_major", 160), U16("roce_fw_minor", 162), U16("roce_fw_build", 164),
	U16("roce_fw_patch", 166),
	UNIT("max_ext_req_len", 168, 16, "bytes"), UNIT("max_req_timeout", 170, 16, "s"),
};
const struct prm_layout bnxt_ver_get_resp = PRM_LAYOUT("hwrm_ver_get_output", 176 * 8, PRM_LE, ver_get_fields);

/* ---------------- HWRM_FUNC_QCAPS (0x0015), 144 bytes ---------------- */

static const struct prm_enum func_qcaps_flags[] = {
	{ 0x1, "push_mode_supported" }, { 0x2, "global_msix_automasking" },
	{ 0x4, "ptp_supported" }, { 0x8, "roce_v1_supported" }, { 0x10, "roce_v2_supported" },
	{ 0x20, "wol_magicpkt_supported" }, { 0x40, "wol_bmp_supported" },
	{ 0x80, "tx_ring_rl_supported" }, { 0x100, "tx_bw_cfg_supported" },
	{ 0x200, "vf_tx_ring_rl_supported" }, { 0x400, "vf_bw_cfg_supported" },
	{ 0x800, "std_tx_ring_mode_supported" }, { 0x1000, "geneve_tun_flags_supported" },
	{ 0x2000, "nvgre_tun_flags_supported" }, { 0x4000, "gre_tun_flags_supported" },
	{ 0x8000, "mpls_tun_flags_supported" }, { 0x10000, "pcie_stats_supported" },
	{ 0x20000, "adopted_pf_supported" }, { 0x40000, "admin_pf_supported" },
	{ 0x80000, "link_admin_status_supported" }, { 0x100000, "wcb_push_mode" },
	{ 0x200000, "dynamic_tx_ring_alloc" }, { 0x400000, "hot_reset_capable" },
	{ 0x800000, "error_recovery_capable" }, { 0x1000000, "ext_stats_supported" },
	{ 0x2000000, "err_recover_reload" }, { 0x4000000, "notify_vf_def_vnic_chng_supported" },
	{ 0x8000000, "vlan_acceleration_tx_disabled" }, { 0x10000000, "coredump_cmd_supported" },
	{ 0x20000000, "crashdump_cmd_supported" }, { 0x40000000, "pfc_wd_stats_supported" },
	{ 0x80000000, "dbg_qcaps_cmd_supported" },
	END
};

static const struct prm_enum func_qcaps_flags_ext[] = {
	{ 0x1, "ecn_mark_supported" }, { 0x2, "ecn_stats_supported" },
	{ 0x4, "ext_hw_stats_supported" }, { 0x8, "hot_reset_if_support" },
	{ 0x10, "proxy_mode_support" }, { 0x20, "tx_proxy_src_intf_override_support" },
	{ 0x40, "schq_supported" }, { 0x80, "ppp_push_mode_supported" },
	{ 0x100, "evb_mode_cfg_not_supported" }, { 0x200, "soc_spd_supported" },
	{ 0x400, "fw_livepatch_supported" }, { 0x800, "fast_reset_capable" },
	{ 0x1000, "tx_metadata_cfg_capable" }, { 0x2000, "nvm_option_action_supported" },
	{ 0x4000, "bd_metadata_supported" }, { 0x8000, "echo_request_supported" },
	{ 0x10000, "npar_1_2_supported" }, { 0x20000, "ptp_ptm_supported" },
	{ 0x40000, "ptp_pps_supported" }, { 0x80000, "vf_cfg_async_for_pf_supported" },
	{ 0x100000, "partition_bw_supported" }, { 0x200000, "dflt_vlan_tpid_pcp_supported" },
	{ 0x400000, "ktls_supported" }, { 0x800000, "ep_rate_control" },
	{ 0x1000000, "min_bw_supported" }, { 0x2000000, "tx_coal_cmpl_cap" },
	{ 0x4000000, "bs_v2_supported" }, { 0x8000000, "bs_v2_required" },
	{ 0x10000000, "ptp_64bit_rtc_supported" }, { 0x20000000, "dbr_pacing_supported" },
	{ 0x40000000, "hw_dbr_drop_recov_supported" },
	{ 0x80000000, "disable_cq_overflow_detection_supported" },
	END
};

static const struct prm_enum func_qcaps_flags_ext2[] = {
	{ 0x1, "rx_all_pkts_timestamps_supported" }, { 0x2, "quic_supported" },
	{ 0x4, "kdnet_supported" }, { 0x8, "dbr_pacing_ext_supported" },
	{ 0x10, "sw_dbr_drop_recovery_supported" }, { 0x20, "generic_stats_supported" },
	{ 0x40, "udp_gso_supported" }, { 0x80, "synce_supported" },
	{ 0x100, "dbr_pacing_v0_supported" }, { 0x200, "tx_pkt_ts_cmpl_supported" },
	{ 0x400, "hw_lag_supported" }, { 0x800, "on_chip_ctx_supported" },
	{ 0x1000, "steering_tag_supported" }, { 0x2000, "enhanced_vf_scale_supported" },
	{ 0x4000, "key_xid_partition_supported" }, { 0x8000, "concurrent_ktls_quic_supported" },
	{ 0x10000, "schq_cross_tc_cap_supported" }, { 0x20000, "schq_per_tc_cap_supported" },
	{ 0x40000, "schq_per_tc_reservation_supported" }, { 0x80000, "db_error_stats_supported" },
	{ 0x100000, "roce_vf_resource_mgmt_supported" }, { 0x200000, "udcc_supported" },
	{ 0x400000, "timed_tx_so_txtime_supported" }, { 0x800000, "sw_max_resource_limits_supported" },
	{ 0x1000000, "tf_ingress_nic_flow_supported" }, { 0x2000000, "lpbk_stats_supported" },
	{ 0x4000000, "tf_egress_nic_flow_supported" }, { 0x8000000, "multi_lossless_queues_supported" },
	{ 0x10000000, "peer_mmap_supported" }, { 0x20000000, "timed_tx_pacing_supported" },
	{ 0x40000000, "vf_stat_ejection_supported" }, { 0x80000000, "host_coredump_supported" },
	END
};

static const struct prm_enum func_qcaps_flags_ext3[] = {
	{ 0x1, "rm_rsv_while_alloc_cap" }, { 0x2, "require_l2_filter" },
	{ 0x4, "max_roce_vfs_supported" }, { 0x8, "rx_rate_profile_sel_supported" },
	{ 0x10, "bidi_opt_supported" }, { 0x20, "mirror_on_roce_supported" },
	{ 0x40, "roce_vf_dyn_alloc_support" }, { 0x80, "change_udp_srcport_support" },
	{ 0x100, "pcie_compliance_supported" }, { 0x200, "multi_l2_db_supported" },
	{ 0x400, "pcie_secure_ats_supported" }, { 0x800, "mbuf_data_supported" },
	{ 0x1000, "roce_cmpl_ts_supported" }, { 0x2000, "roce_st_supported" },
	END
};

static const struct prm_enum mpc_chnls_cap[] = {
	{ 0x1, "tce" }, { 0x2, "rce" }, { 0x4, "te_cfa" }, { 0x8, "re_cfa" }, { 0x10, "primate" }, END
};

static const struct prm_enum tunnel_disable[] = {
	{ 0x1, "vxlan" }, { 0x2, "nge" }, { 0x4, "nvgre" }, { 0x8, "l2gre" }, { 0x10, "gre" },
	{ 0x20, "ipinip" }, { 0x40, "mpls" }, { 0x80, "pppoe" }, END
};

static const struct prm_enum xid_partition[] = { { 0x1, "tx_ck" }, { 0x2, "rx_ck" }, END };

static const struct prm_field func_qcaps_fields[] = {
	U16("fid", 8), U16("port_id", 10),
	FL("flags", 12, 32, func_qcaps_flags),
	MAC("mac_address", 16),
	U16("max_rsscos_ctx", 22), U16("max_cmpl_rings", 24), U16("max_tx_rings", 26),
	U16("max_rx_rings", 28), U16("max_l2_ctxs", 30), U16("max_vnics", 32),
	U16("first_vf_id", 34), U16("max_vfs", 36), U16("max_stat_ctx", 38),
	U32("max_encap_records", 40), U32("max_decap_records", 44),
	U32("max_tx_em_flows", 48), U32("max_tx_wm_flows", 52),
	U32("max_rx_em_flows", 56), U32("max_rx_wm_flows", 60),
	U32("max_mcast_filters", 64), U32("max_flow_id", 68), U32("max_hw_ring_grps", 72),
	U16("max_sp_tx_rings", 76), U16("max_msix_vfs", 78),
	FL("flags_ext", 80, 32, func_qcaps_flags_ext),
	U8("max_schqs", 84), FL("mpc_chnls_cap", 85, 8, mpc_chnls_cap),
	U16("max_key_ctxs_alloc", 86),
	FL("flags_ext2", 88, 32, func_qcaps_flags_ext2),
	FL("tunnel_disable_flag", 92, 16, tunnel_disable),
	FL("xid_partition_cap", 94, 16, xid_partition),
	BYTES("device_serial_number", 96, 8),
	U16("ctxs_per_partition", 104), U16("max_tso_segs", 106),
	U32("roce_vf_max_av", 108), U32("roce_vf_max_cq", 112), U32("roce_vf_max_mrw", 116),
	U32("roce_vf_max_qp", 120), U32("roce_vf_max_srq", 124), U32("roce_vf_max_gid", 128),
	FL("flags_ext3", 132, 32, func_qcaps_flags_ext3),
	U16("max_roce_vfs", 136), U16("max_crypto_rx_flow_filters", 138),
};
const struct prm_layout bnxt_func_qcaps_resp = PRM_LAYOUT("hwrm_func_qcaps_output", 144 * 8, PRM_LE, func_qcaps_fields);

/* ---------------- HWRM_FUNC_QCFG (0x0016), 176 bytes ---------------- */

static const struct prm_enum func_qcfg_flags[] = {
	{ 0x1, "oob_wol_magicpkt_enabled" }, { 0x2, "oob_wol_bmp_enabled" },
	{ 0x4, "fw_dcbx_agent_enabled" }, { 0x8, "std_tx_ring_mode_enabled" },
	{ 0x10, "fw_lldp_agent_enabled" }, { 0x20, "multi_host" }, { 0x40, "trusted_vf" },
	{ 0x80, "secure_mode_enabled" }, { 0x100, "preboot_legacy_l2_rings" },
	{ 0x200, "hot_reset_allowed" }, { 0x400, "ppp_push_mode_enabled" },
	{ 0x800, "ring_monitor_enabled" }, { 0x1000, "fast_reset_allowed" },
	{ 0x2000, "multi_root" }, { 0x4000, "enable_rdma_sriov" }, { 0x8000, "roce_vnic_id_valid" },
	END
};

static const struct prm_enum partition_type[] = {
	{ 0x0, "spf" }, { 0x1, "mpfs" }, { 0x2, "npar1_0" }, { 0x3, "npar1_5" },
	{ 0x4, "npar2_0" }, { 0x5, "npar1_2" }, { 0xff, "unknown" }, END
};
static const struct prm_enum bw_scale[] = { { 0, "bits" }, { 1, "bytes" }, END };
static const struct prm_enum bw_unit[] = {
	{ 0, "mega" }, { 1, "percent1_100" }, { 2, "kilo" }, { 4, "base" }, { 6, "giga" },
	{ 7, "invalid" }, END
};
static const struct prm_enum evb_mode[] = { { 0, "no_evb" }, { 1, "veb" }, { 2, "vepa" }, END };
static const struct prm_enum cache_line[] = { { 0, "size_64" }, { 1, "size_128" }, END };
static const struct prm_enum link_admin[] = {
	{ 0, "forced_down" }, { 1, "forced_up" }, { 2, "auto" }, END
};
static const struct prm_enum mpc_chnls[] = {
	{ 0x1, "tce_enabled" }, { 0x2, "rce_enabled" }, { 0x4, "te_cfa_enabled" },
	{ 0x8, "re_cfa_enabled" }, { 0x10, "primate_enabled" }, END
};
static const struct prm_enum db_page_size[] = {
	{ 0, "4kb" }, { 1, "8kb" }, { 2, "16kb" }, { 3, "32kb" }, { 4, "64kb" }, { 5, "128kb" },
	{ 6, "256kb" }, { 7, "512kb" }, { 8, "1mb" }, { 9, "2mb" }, { 10, "4mb" }, END
};
static const struct prm_enum link_width[] = {
	{ 0, "unknown" }, { 1, "x1" }, { 2, "x2" }, { 4, "x4" }, { 8, "x8" }, { 16, "x16" }, END
};
static const struct prm_enum link_gen[] = {
	{ 0, "unknown" }, { 1, "gen1" }, { 2, "gen2" }, { 3, "gen3" }, { 4, "gen4" }, { 5, "gen5" }, END
};
static const struct prm_enum bidi_mode[] = {
	{ 0x1, "disabled" }, { 0x2, "dedicated" }, { 0x4, "shared" }, END
};
static const struct prm_enum flags2[] = { { 0x1, "sriov_dscp_insert_enabled" }, END };

static const struct prm_field func_qcfg_fields[] = {
	U16("fid", 8), U16("port_id", 10), U16("vlan", 12),
	FL("flags", 14, 16, func_qcfg_flags),
	MAC("mac_address", 16),
	BDF("pci_id", 22),
	U16("alloc_rsscos_ctx", 24), U16("alloc_cmpl_rings", 26), U16("alloc_tx_rings", 28),
	U16("alloc_rx_rings", 30), U16("alloc_l2_ctx", 32), U16("alloc_vnics", 34),
	U16("admin_mtu", 36), U16("mru", 38), U16("stat_ctx_id", 40),
	EN("port_partition_type", 42, 8, partition_type), U8("port_pf_cnt", 43),
	U16("dflt_vnic_id", 44), U16("max_mtu_configured", 46),
	BITS("min_bw_value", 48 * 8, 28), ENB("min_bw_scale", 48 * 8 + 28, 1, bw_scale),
	ENB("min_bw_unit", 48 * 8 + 29, 3, bw_unit),
	BITS("max_bw_value", 52 * 8, 28), ENB("max_bw_scale", 52 * 8 + 28, 1, bw_scale),
	ENB("max_bw_unit", 52 * 8 + 29, 3, bw_unit),
	EN("evb_mode", 56, 8, evb_mode),
	ENB("cache_linesize", 57 * 8, 2, cache_line), ENB("link_admin_state", 57 * 8 + 2, 2, link_admin),
	U16("alloc_vfs", 58), U32("alloc_mcast_filters", 60), U32("alloc_hw_ring_grps", 64),
	U16("alloc_sp_tx_rings", 68), U16("alloc_stat_ctx", 70), U16("alloc_msix", 72),
	U16("registered_vfs", 74), UNIT("l2_doorbell_bar_size_kb", 76, 16, "KiB"),
	U8("active_endpoints", 78), U8("always_1", 79), U32("reset_addr_poll", 80),
	UNIT("legacy_l2_db_size_kb", 84, 16, "KiB"),
	BITS("svif", 86 * 8, 15), { .name = "svif_valid", .bit_off = 86 * 8 + 15, .bit_width = 1, .kind = PRM_BOOL },
	FL("mpc_chnls", 88, 8, mpc_chnls), EN("db_page_size", 89, 8, db_page_size),
	U16("roce_vnic_id", 90),
	BITS("partition_min_bw_value", 92 * 8, 28), BITS("partition_max_bw_value", 96 * 8, 28),
	U16("host_mtu", 100), FL("flags2", 102, 16, flags2), U16("stag_vid", 104),
	U8("port_kdnet_mode", 106), U8("kdnet_pcie_function", 107), U16("port_kdnet_fid", 108),
	EN("roce_bidi_opt_mode", 111, 8, bidi_mode),
	U32("num_ktls_tx_key_ctxs", 112), U32("num_ktls_rx_key_ctxs", 116),
	U8("lag_id", 120), U8("parif", 121), U8("fw_lag_id", 122),
	U32("num_quic_tx_key_ctxs", 124), U32("num_quic_rx_key_ctxs", 128),
	U32("roce_max_av_per_vf", 132), U32("roce_max_cq_per_vf", 136),
	U32("roce_max_mrw_per_vf", 140), U32("roce_max_qp_per_vf", 144),
	U32("roce_max_srq_per_vf", 148), U32("roce_max_gid_per_vf", 152),
	FL("xid_partition_cfg", 156, 16, xid_partition), U16("mirror_vnic_id", 158),
	EN("max_link_width", 160, 8, link_width), EN("max_link_speed", 161, 8, link_gen),
	EN("negotiated_link_width", 162, 8, link_width), EN("negotiated_link_speed", 163, 8, link_gen),
	U8("pcie_compliance", 166), UNIT("l2_db_multi_page_size_kb", 168, 16, "KiB"),
};
const struct prm_layout bnxt_func_qcfg_resp = PRM_LAYOUT("hwrm_func_qcfg_output", 176 * 8, PRM_LE, func_qcfg_fields);

/* ---------------- HWRM_FUNC_QSTATS (0x0018), 176 bytes ---------------- */

static const struct prm_field func_qstats_fields[] = {
	U64("tx_ucast_pkts", 8), U64("tx_mcast_pkts", 16), U64("tx_bcast_pkts", 24),
	U64("tx_discard_pkts", 32), U64("tx_drop_pkts", 40),
	UNIT("tx_ucast_bytes", 48, 64, "bytes"), UNIT("tx_mcast_bytes", 56, 64, "bytes"),
	UNIT("tx_bcast_bytes", 64, 64, "bytes"),
	U64("rx_ucast_pkts", 72), U64("rx_mcast_pkts", 80), U64("rx_bcast_pkts", 88),
	U64("rx_discard_pkts", 96), U64("rx_drop_pkts", 104),
	UNIT("rx_ucast_bytes", 112, 64, "bytes"), UNIT("rx_mcast_bytes", 120, 64, "bytes"),
	UNIT("rx_bcast_bytes", 128, 64, "bytes"),
	U64("rx_agg_pkts", 136), UNIT("rx_agg_bytes", 144, 64, "bytes"),
	U64("rx_agg_events", 152), U64("rx_agg_aborts", 160),
	U8("clear_seq", 168),
};
const struct prm_layout bnxt_func_qstats_resp = PRM_LAYOUT("hwrm_func_qstats_output", 176 * 8, PRM_LE, func_qstats_fields);

/* ---------------- HWRM_PORT_PHY_QCFG (0x0027), 112 bytes ---------------- */

static const struct prm_enum phy_link[] = {
	{ 0, "no_link" }, { 1, "signal" }, { 2, "link" }, { 3, "no_sd" }, { 4, "no_lock" }, END
};
static const struct prm_enum signal_mode[] = {
	{ 0, "nrz" }, { 1, "pam4" }, { 2, "pam4_112" }, { 3, "pam4_224" }, END
};
static const struct prm_enum active_fec[] = {
	{ 0, "none" }, { 1, "clause74" }, { 2, "clause91" }, { 3, "rs544_1xn" },
	{ 4, "rs544_ieee" }, { 5, "rs272_1xn" }, { 6, "rs272_ieee" }, END
};
/* link_speed and friends: units of 100 Mb/s. */
static const struct prm_enum link_speed[] = {
	{ 0x0, "none" }, /* no link / not forced: hsi.h names no 0 */
	{ 0x1, "100mb" }, { 0xa, "1gb" }, { 0x14, "2gb" }, { 0x19, "2_5gb" }, { 0x64, "10gb" },
	{ 0xc8, "20gb" }, { 0xfa, "25gb" }, { 0x190, "40gb" }, { 0x1f4, "50gb" },
	{ 0x3e8, "100gb" }, { 0x7d0, "200gb" }, { 0xfa0, "400gb" }, { 0x1f40, "800gb" },
	{ 0xffff, "10mb" }, END
};
static const struct prm_enum speed_mask[] = {
	{ 0x1, "100mbhd" }, { 0x2, "100mb" }, { 0x4, "1gbhd" }, { 0x8, "1gb" }, { 0x10, "2gb" },
	{ 0x20, "2_5gb" }, { 0x40, "10gb" }, { 0x80, "20gb" }, { 0x100, "25gb" }, { 0x200, "40gb" },
	{ 0x400, "50gb" }, { 0x800, "100gb" }, { 0x1000, "10mbhd" }, { 0x2000, "10mb" }, END
};
static const struct prm_enum duplex[] = { { 0, "half" }, { 1, "full" }, END };
static const struct prm_enum pause_bits[] = { { 0x1, "tx" }, { 0x2, "rx" }, END };
static const struct prm_enum auto_mode[] = {
	{ 0, "none" }, { 1, "all_speeds" }, { 2, "one_speed" }, { 3, "one_or_below" },
	{ 4, "speed_mask" }, END
};
static const struct prm_enum auto_pause[] = {
	{ 0x1, "tx" }, { 0x2, "rx" }, { 0x4, "autoneg_pause" }, END
};
static const struct prm_enum on_off[] = { { 0, "off" }, { 1, "on" }, END };
static const struct prm_enum phy_lpbk[] = {
	{ 0, "none" }, { 1, "local" }, { 2, "remote" }, { 3, "external" }, END
};
static const struct prm_enum module_status[] = {
	{ 0, "none" }, { 1, "disabletx" }, { 2, "warningmsg" }, { 3, "pwrdown" },
	{ 4, "notinserted" }, { 5, "currentfault" }, { 6, "overheated" }, { 0xff, "notapplicable" }, END
};
static const struct prm_enum phy_type[] = {
	{ 0x0, "unknown" }, { 0x1, "basecr" }, { 0x2, "basekr4" }, { 0x3, "baselr" },
	{ 0x4, "basesr" }, { 0x5, "basekr2" }, { 0x6, "basekx" }, { 0x7, "basekr" },
	{ 0x8, "baset" }, { 0x9, "basete" }, { 0xa, "sgmiiextphy" }, { 0xb, "25g_basecr_ca_l" },
	{ 0xc, "25g_basecr_ca_s" }, { 0xd, "25g_basecr_ca_n" }, { 0xe, "25g_basesr" },
	{ 0xf, "100g_basecr4" }, { 0x10, "100g_basesr4" }, { 0x11, "100g_baselr4" },
	{ 0x12, "100g_baseer4" }, { 0x13, "100g_basesr10" }, { 0x14, "40g_basecr4" },
	{ 0x15, "40g_basesr4" }, { 0x16, "40g_baselr4" }, { 0x17, "40g_baseer4" },
	{ 0x18, "40g_active_cable" }, { 0x19, "1g_baset" }, { 0x1a, "1g_basesx" },
	{ 0x1b, "1g_basecx" }, { 0x1c, "200g_basecr4" }, { 0x1d, "200g_basesr4" },
	{ 0x1e, "200g_baselr4" }, { 0x1f, "200g_baseer4" }, { 0x20, "50g_basecr" },
	{ 0x21, "50g_basesr" }, { 0x22, "50g_baselr" }, { 0x23, "50g_baseer" },
	{ 0x24, "100g_basecr2" }, { 0x25, "100g_basesr2" }, { 0x26, "100g_baselr2" },
	{ 0x27, "100g_baseer2" }, { 0x28, "100g_basecr" }, { 0x29, "100g_basesr" },
	{ 0x2a, "100g_baselr" }, { 0x2b, "100g_baseer" }, { 0x2c, "200g_basecr2" },
	{ 0x2d, "200g_basesr2" }, { 0x2e, "200g_baselr2" }, { 0x2f, "200g_baseer2" },
	{ 0x30, "400g_basecr8" }, { 0x31, "400g_basesr8" }, { 0x32, "400g_baselr8" },
	{ 0x33, "400g_baseer8" }, { 0x34, "400g_basecr4" }, { 0x35, "400g_basesr4" },
	{ 0x36, "400g_baselr4" }, { 0x37, "400g_baseer4" }, { 0x38, "800g_basecr8" },
	{ 0x39, "800g_basesr8" }, { 0x3a, "800g_baselr8" }, { 0x3b, "800g_baseer8" },
	{ 0x3c, "800g_basefr8" }, { 0x3d, "800g_basedr8" }, { 0x3e, "400g_basedr4" },
	{ 0x3f, "400g_basefr4" }, END
};
static const struct prm_enum media_type[] = {
	{ 0, "unknown" }, { 1, "tp" }, { 2, "dac" }, { 3, "fibre" }, { 4, "backplane" }, END
};
static const struct prm_enum xcvr_pkg[] = { { 1, "internal" }, { 2, "external" }, END };
static const struct prm_enum eee_bits[] = {
	{ 0x1, "eee_enabled" }, { 0x2, "eee_active" }, { 0x4, "eee_tx_lpi" }, END
};
static const struct prm_enum eee_speeds[] = {
	{ 0x1, "rsvd1" }, { 0x2, "100mb" }, { 0x4, "rsvd2" }, { 0x8, "1gb" }, { 0x10, "rsvd3" },
	{ 0x20, "rsvd4" }, { 0x40, "10gb" }, END
};
static const struct prm_enum xcvr_id[] = {
	{ 0x0, "unknown" }, { 0x3, "sfp" }, { 0xc, "qsfp" }, { 0xd, "qsfpplus" }, { 0x11, "qsfp28" },
	{ 0x18, "qsfpdd" }, { 0x1e, "qsfp112" }, { 0x1f, "sfpdd" }, { 0x20, "csfp" }, END
};
static const struct prm_enum fec_cfg[] = {
	{ 0x1, "none_supported" }, { 0x2, "autoneg_supported" }, { 0x4, "autoneg_enabled" },
	{ 0x8, "clause74_supported" }, { 0x10, "clause74_enabled" }, { 0x20, "clause91_supported" },
	{ 0x40, "clause91_enabled" }, { 0x80, "rs544_1xn_supported" }, { 0x100, "rs544_1xn_enabled" },
	{ 0x200, "rs544_ieee_supported" }, { 0x400, "rs544_ieee_enabled" },
	{ 0x800, "rs272_1xn_supported" }, { 0x1000, "rs272_1xn_enabled" },
	{ 0x2000, "rs272_ieee_supported" }, { 0x4000, "rs272_ieee_enabled" }, END
};
static const struct prm_enum option_flags[] = {
	{ 0x1, "media_auto_detect" }, { 0x2, "signal_mode_known" }, { 0x4, "speeds2_supported" },
	{ 0x8, "link_training" }, { 0x10, "precoding" }, END
};
static const struct prm_enum pam4_speeds[] = { { 0x1, "50g" }, { 0x2, "100g" }, { 0x4, "200g" }, END };
static const struct prm_enum pam4_force[] = { { 0x0, "none" }, { 0x1f4, "50gb" }, { 0x3e8, "100gb" }, { 0x7d0, "200gb" }, END };
static const struct prm_enum down_reason[] = {
	{ 0x1, "rf" }, { 0x2, "otp_speed_violation" }, { 0x4, "cable_removed" },
	{ 0x8, "module_fault" }, { 0x10, "bmc_request" }, { 0x20, "tx_laser_disabled" }, END
};
static const struct prm_enum speeds2[] = {
	{ 0x1, "1gb" }, { 0x2, "10gb" }, { 0x4, "25gb" }, { 0x8, "40gb" }, { 0x10, "50gb" },
	{ 0x20, "100gb" }, { 0x40, "50gb_pam4_56" }, { 0x80, "100gb_pam4_56" },
	{ 0x100, "200gb_pam4_56" }, { 0x200, "400gb_pam4_56" }, { 0x400, "100gb_pam4_112" },
	{ 0x800, "200gb_pam4_112" }, { 0x1000, "400gb_pam4_112" }, { 0x2000, "800gb_pam4_112" }, END
};
static const struct prm_enum force_speeds2[] = {
	{ 0x0, "none" }, { 0xa, "1gb" }, { 0x64, "10gb" }, { 0xfa, "25gb" }, { 0x190, "40gb" }, { 0x1f4, "50gb" },
	{ 0x3e8, "100gb" }, { 0x1f5, "50gb_pam4_56" }, { 0x3e9, "100gb_pam4_56" },
	{ 0x7d1, "200gb_pam4_56" }, { 0xfa1, "400gb_pam4_56" }, { 0x3ea, "100gb_pam4_112" },
	{ 0x7d2, "200gb_pam4_112" }, { 0xfa2, "400gb_pam4_112" }, { 0x1f42, "800gb_pam4_112" },
	{ 0x7d3, "200gb_pam4_224" }, { 0xfa3, "400gb_pam4_224" }, { 0x1f43, "800gb_pam4_224" }, END
};
static const struct prm_enum speeds2_ext[] = {
	{ 0x1, "200gb_pam4_224" }, { 0x2, "400gb_pam4_224" }, { 0x4, "800gb_pam4_224" }, END
};

static const struct prm_field port_phy_qcfg_fields[] = {
	EN("link", 8, 8, phy_link),
	ENB("signal_mode", 9 * 8, 4, signal_mode), ENB("active_fec", 9 * 8 + 4, 4, active_fec),
	EN("link_speed", 10, 16, link_speed),
	EN("duplex_cfg", 12, 8, duplex), FL("pause", 13, 8, pause_bits),
	FL("support_speeds", 14, 16, speed_mask), EN("force_link_speed", 16, 16, link_speed),
	EN("auto_mode", 18, 8, auto_mode), FL("auto_pause", 19, 8, auto_pause),
	EN("auto_link_speed", 20, 16, link_speed), FL("auto_link_speed_mask", 22, 16, speed_mask),
	EN("wirespeed", 24, 8, on_off), EN("lpbk", 25, 8, phy_lpbk), FL("force_pause", 26, 8, pause_bits),
	EN("module_status", 27, 8, module_status), U32("preemphasis", 28),
	U8("phy_maj", 32), U8("phy_min", 33), U8("phy_bld", 34),
	EN("phy_type", 35, 8, phy_type), EN("media_type", 36, 8, media_type),
	EN("xcvr_pkg_type", 37, 8, xcvr_pkg),
	BITS("phy_addr", 38 * 8, 5), { .name = "eee_config", .bit_off = 38 * 8 + 5, .bit_width = 3, .kind = PRM_FLAGS, .enums = eee_bits },
	U8("parallel_detect", 39),
	FL("link_partner_adv_speeds", 40, 16, speed_mask),
	EN("link_partner_adv_auto_mode", 42, 8, auto_mode),
	FL("link_partner_adv_pause", 43, 8, pause_bits),
	FL("adv_eee_link_speed_mask", 44, 16, eee_speeds),
	FL("link_partner_adv_eee_link_speed_mask", 46, 16, eee_speeds),
	BITS("tx_lpi_timer", 48 * 8, 24), ENB("xcvr_identifier_type", 48 * 8 + 24, 8, xcvr_id),
	FL("fec_cfg", 52, 16, fec_cfg), EN("duplex_state", 54, 8, duplex),
	FL("option_flags", 55, 8, option_flags),
	STR("phy_vendor_name", 56, 16), STR("phy_vendor_partnumber", 72, 16),
	FL("support_pam4_speeds", 88, 16, pam4_speeds), EN("force_pam4_link_speed", 90, 16, pam4_force),
	FL("auto_pam4_link_speed_mask", 92, 16, pam4_speeds),
	FL("link_partner_pam4_adv_speeds", 94, 8, pam4_speeds),
	FL("link_down_reason", 95, 8, down_reason),
	FL("support_speeds2", 96, 16, speeds2), EN("force_link_speeds2", 98, 16, force_speeds2),
	FL("auto_link_speeds2", 100, 16, speeds2), U8("active_lanes", 102),
	FL("support_speeds2_ext", 104, 16, speeds2_ext), FL("auto_link_speeds2_ext", 106, 16, speeds2_ext),
};
const struct prm_layout bnxt_port_phy_qcfg_resp = PRM_LAYOUT("hwrm_port_phy_qcfg_output", 112 * 8, PRM_LE, port_phy_qcfg_fields);

/* ---------------- HWRM_PORT_MAC_QCFG (0x0028), 32 bytes [DPDK HSI, UNVERIFIED] ---------------- */

static const struct prm_enum mac_lpbk[] = { { 0, "none" }, { 1, "local" }, { 2, "remote" }, END };
static const struct prm_enum mac_flags[] = {
	{ 0x1, "vlan_pri2cos_enable" }, { 0x2, "tunnel_pri2cos_enable" }, { 0x4, "ip_dscp2cos_enable" },
	{ 0x8, "oob_wol_enable" }, { 0x10, "ptp_rx_ts_capture_enable" }, { 0x20, "ptp_tx_ts_capture_enable" },
	END
};
static const struct prm_enum pri_sel[] = {
	{ 0, "inner_most" }, { 1, "outer" }, { 2, "outer_most" }, { 3, "unspecified" }, END
};
static const struct prm_enum ptp_load[] = { { 0, "none" }, { 1, "immediate" }, { 2, "pps_event" }, END };

static const struct prm_field port_mac_qcfg_fields[] = {
	UNIT("mru", 8, 16, "bytes"), UNIT("mtu", 10, 16, "bytes"), U8("ipg", 12),
	EN("lpbk", 13, 8, mac_lpbk), U8("vlan_pri2cos_map_pri", 14), FL("flags", 15, 8, mac_flags),
	U8("tunnel_pri2cos_map_pri", 16), U8("dscp2pri_map_pri", 17),
	U16("rx_ts_capture_ptp_msg_type", 18), U16("tx_ts_capture_ptp_msg_type", 20),
	ENB("vlan_pri_sel", 22 * 8 + 1, 2, pri_sel), ENB("t_vlan_pri_sel", 22 * 8 + 3, 2, pri_sel),
	BITS("default_cos", 22 * 8 + 5, 3),
	BITS("port_svif", 24 * 8, 15), { .name = "port_svif_valid", .bit_off = 24 * 8 + 15, .bit_width = 1, .kind = PRM_BOOL },
	EN("ptp_load_control", 26, 8, ptp_load),
};
const struct prm_layout bnxt_port_mac_qcfg_resp = PRM_LAYOUT("hwrm_port_mac_qcfg_output", 32 * 8, PRM_LE, port_mac_qcfg_fields);

/* ---------------- HWRM_QUEUE_QCAPS (0x008c), 32 bytes [DPDK HSI, UNVERIFIED] ---------------- */

static const struct prm_enum rx_feat[] = { { 0x1, "queue_enable_cap" }, { 0x2, "queue_mode_cap" }, END };
static const struct prm_enum tx_feat[] = { { 0x1, "queue_enable_cap" }, END };
static const struct prm_enum rx_tuning[] = {
	{ 0x1, "wfq_cost_cap" }, { 0x2, "wfq_upper_factor_cap" }, { 0x4, "hyst_window_size_factor_cap" },
	{ 0x8, "pcie_bw_eff_cap" }, { 0x10, "xoff_headroom_factor_cap" }, { 0x20, "l2_min_latency_cap" },
	{ 0x40, "l2_max_latency_cap" }, { 0x80, "roce_min_latency_cap" }, { 0x100, "roce_max_latency_cap" },
	{ 0x200, "l2_pipe_cos_latency_cap" }, { 0x400, "roce_pipe_cos_latency_cap" },
	{ 0x800, "cos_shared_min_ratio_cap" }, { 0x1000, "rsvd_cells_limit_ratio_cap" },
	{ 0x2000, "shaper_refill_timer_cap" }, END
};
static const struct prm_enum tx_tuning[] = {
	{ 0x1, "wfq_cost_cap" }, { 0x2, "wfq_upper_factor_cap" }, { 0x4, "hyst_window_size_factor_cap" },
	{ 0x8, "rsvd_cells_limit_ratio_cap" }, { 0x10, "l2_min_latency_cap" }, { 0x20, "l2_max_latency_cap" },
	{ 0x40, "roce_min_latency_cap" }, { 0x80, "roce_max_latency_cap" },
	{ 0x100, "max_tbm_cells_prereserved_cap" }, { 0x200, "shaper_refill_timer_cap" }, END
};

static const struct prm_field queue_qcaps_fields[] = {
	FL("rx_feature_params", 8, 32, rx_feat), FL("tx_feature_params", 12, 32, tx_feat),
	U8("max_configurable_queues", 16),
	FL("rx_tuning_params", 20, 32, rx_tuning), FL("tx_tuning_params", 24, 32, tx_tuning),
};
const struct prm_layout bnxt_queue_qcaps_resp = PRM_LAYOUT("hwrm_queue_qcaps_output", 32 * 8, PRM_LE, queue_qcaps_fields);

/* ---------------- HWRM_FW_HEALTH_CHECK (0x00c2), 16 bytes [bnge HSI, UNVERIFIED for bnxt] ---------------- */

static const struct prm_enum fw_status_bits[] = {
	{ 0x1, "sbi_booted" }, { 0x2, "sbi_mismatch" }, { 0x4, "srt_booted" }, { 0x8, "srt_mismatch" },
	{ 0x10, "crt_booted" }, { 0x20, "crt_mismatch" }, { 0x40, "second_rt" }, { 0x80, "fastbooted" },
	{ 0x100, "dir_hdr_booted" }, { 0x200, "dir_hdr_mismatch" }, { 0x400, "mbr_corrupt" },
	{ 0x800, "cfg_mismatch" }, { 0x1000, "fru_mismatch" }, { 0x2000, "crt2_booted" },
	{ 0x4000, "crt2_mismatch" }, { 0x8000, "gxrt_booted" }, { 0x10000, "gxrt_mismatch" },
	{ 0x20000, "srt2_booted" }, { 0x40000, "srt2_mismatch" }, { 0x80000, "art_mismatch" },
	{ 0x100000, "art_booted" }, END
};

static const struct prm_field fw_health_fields[] = {
	FL("fw_status", 8, 32, fw_status_bits),
};
const struct prm_layout bnxt_fw_health_check_resp = PRM_LAYOUT("hwrm_fw_health_check_output", 16 * 8, PRM_LE, fw_health_fields);

/* ---------------- HWRM_TEMP_MONITOR_QUERY (0x00e0), 24 bytes ---------------- */

static const struct prm_enum temp_flags[] = {
	{ 0x1, "temp_not_available" }, { 0x2, "phy_temp_not_available" }, { 0x4, "om_not_present" },
	{ 0x8, "om_temp_not_available" }, { 0x10, "ext_temp_fields_available" },
	{ 0x20, "threshold_values_available" }, END
};

static const struct prm_field temp_fields[] = {
	UNIT("temp", 8, 8, "C"), UNIT("phy_temp", 9, 8, "C"), UNIT("om_temp", 10, 8, "C"),
	FL("flags", 11, 8, temp_flags),
	U8("temp2", 12), U8("phy_temp2", 13), U8("om_temp2", 14),
	UNIT("warn_threshold", 15, 8, "C"), UNIT("critical_threshold", 16, 8, "C"),
	UNIT("fatal_threshold", 17, 8, "C"), UNIT("shutdown_threshold", 18, 8, "C"),
};
const struct prm_layout bnxt_temp_monitor_resp = PRM_LAYOUT("hwrm_temp_monitor_query_output", 24 * 8, PRM_LE, temp_fields);

/* ---------------- HWRM_NVM_GET_DEV_INFO (0xfff6), 96 bytes ---------------- */

static const struct prm_enum nvm_flags[] = { { 0x1, "fw_ver_valid" }, END };

static const struct prm_field nvm_dev_info_fields[] = {
	U16("manufacturer_id", 8), U16("device_id", 10),
	UNIT("sector_size", 12, 32, "bytes"), UNIT("nvram_size", 16, 32, "bytes"),
	UNIT("reserved_size", 20, 32, "bytes"), UNIT("available_size", 24, 32, "bytes"),
	U8("nvm_cfg_ver_maj", 28), U8("nvm_cfg_ver_min", 29), U8("nvm_cfg_ver_upd", 30),
	FL("flags", 31, 8, nvm_flags),
	STR("pkg_name", 32, 16),
	U16("hwrm_fw_major", 48), U16("hwrm_fw_minor", 50), U16("hwrm_fw_build", 52), U16("hwrm_fw_patch", 54),
	U16("mgmt_fw_major", 56), U16("mgmt_fw_minor", 58), U16("mgmt_fw_build", 60), U16("mgmt_fw_patch", 62),
	U16("roce_fw_major", 64), U16("roce_fw_minor", 66), U16("roce_fw_build", 68), U16("roce_fw_patch", 70),
	U16("netctrl_fw_major", 72), U16("netctrl_fw_minor", 74), U16("netctrl_fw_build", 76),
	U16("netctrl_fw_patch", 78),
	U16("srt2_fw_major", 80), U16("srt2_fw_minor", 82), U16("srt2_fw_build", 84), U16("srt2_fw_patch", 86),
	U8("security_soc_fw_major", 88), U8("security_soc_fw_minor", 89), U8("security_soc_fw_build", 90),
	U8("security_soc_fw_patch", 91),
};
const struct prm_layout bnxt_nvm_dev_info_resp = PRM_LAYOUT("hwrm_nvm_get_dev_info_output", 96 * 8, PRM_LE, nvm_dev_info_fields);
