// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * Layouts of the DMA statistics blocks (PRM_LE; byte offsets): the host
 * buffers of HWRM_PORT_QSTATS (tx_port_stats 408 / rx_port_stats 528
 * bytes), HWRM_PORT_QSTATS_EXT (tx 256 / rx 488), HWRM_PCIE_QSTATS
 * (pcie_ctx_hw_stats_v2, 568) from the 7.3 include/linux/bnxt/hsi.h.
 * Counters are le64 unless noted; reserved words are left out.
 *
 * HWRM_STAT_QUERY_ROCE_STATS's block has no layout in the kernel tree
 * (bnxt_re reads the same counters through its own CREQ channel): the
 * table assumes the counter order of roce_hsi.h's
 * creq_query_roce_stats_resp_sb from to_retransmits on.  UNVERIFIED.
 */
#include "dma_stats.h"

#define C64(n, b) { .name = (n), .bit_off = (b) * 8, .bit_width = 64, .kind = PRM_UINT }
#define C32(n, b) { .name = (n), .bit_off = (b) * 8, .bit_width = 32, .kind = PRM_UINT }
#define A32(n, b, c) { .name = (n), .bit_off = (b) * 8, .bit_width = 32, .kind = PRM_ARRAY, .count = (c) }

static const struct prm_field tx_port_f[] = {
	C64("tx_64b_frames", 0), C64("tx_65b_127b_frames", 8), C64("tx_128b_255b_frames", 16),
	C64("tx_256b_511b_frames", 24), C64("tx_512b_1023b_frames", 32),
	C64("tx_1024b_1518b_frames", 40), C64("tx_good_vlan_frames", 48),
	C64("tx_1519b_2047b_frames", 56), C64("tx_2048b_4095b_frames", 64),
	C64("tx_4096b_9216b_frames", 72), C64("tx_9217b_16383b_frames", 80),
	C64("tx_good_frames", 88), C64("tx_total_frames", 96), C64("tx_ucast_frames", 104),
	C64("tx_mcast_frames", 112), C64("tx_bcast_frames", 120), C64("tx_pause_frames", 128),
	C64("tx_pfc_frames", 136), C64("tx_jabber_frames", 144), C64("tx_fcs_err_frames", 152),
	C64("tx_control_frames", 160), C64("tx_oversz_frames", 168),
	C64("tx_single_dfrl_frames", 176), C64("tx_multi_dfrl_frames", 184),
	C64("tx_single_coll_frames", 192), C64("tx_multi_coll_frames", 200),
	C64("tx_late_coll_frames", 208), C64("tx_excessive_coll_frames", 216),
	C64("tx_frag_frames", 224), C64("tx_err", 232), C64("tx_tagged_frames", 240),
	C64("tx_dbl_tagged_frames", 248), C64("tx_runt_frames", 256), C64("tx_fifo_underruns", 264),
	C64("tx_pfc_ena_frames_pri0", 272), C64("tx_pfc_ena_frames_pri1", 280),
	C64("tx_pfc_ena_frames_pri2", 288), C64("tx_pfc_ena_frames_pri3", 296),
	C64("tx_pfc_ena_frames_pri4", 304), C64("tx_pfc_ena_frames_pri5", 312),
	C64("tx_pfc_ena_frames_pri6", 320), C64("tx_pfc_ena_frames_pri7", 328),
	C64("tx_eee_lpi_events", 336), C64("tx_eee_lpi_duration", 344),
	C64("tx_llfc_logical_msgs", 352), C64("tx_hcfc_msgs", 360), C64("tx_total_collisions", 368),
	C64("tx_bytes", 376), C64("tx_xthol_frames", 384), C64("tx_stat_discard", 392),
	C64("tx_stat_error", 400),
};
const struct prm_layout bnxt_tx_port_stats = PRM_LAYOUT("tx_port_stats", 408 * 8, PRM_LE, tx_port_f);

static const struct prm_field rx_port_f[] = {
	C64("rx_64b_frames", 0), C64("rx_65b_127b_frames", 8), C64("rx_128b_255b_frames", 16),
	C64("rx_256b_511b_frames", 24), C64("rx_512b_1023b_frames", 32),
	C64("rx_1024b_1518b_frames", 40), C64("rx_good_vlan_frames", 48),
	C64("rx_1519b_2047b_frames", 56), C64("rx_2048b_4095b_frames", 64),
	C64("rx_4096b_9216b_frames", 72), C64("rx_9217b_16383b_frames", 80),
	C64("rx_total_frames", 88), C64("rx_ucast_frames", 96), C64("rx_mcast_frames", 104),
	C64("rx_bcast_frames", 112), C64("rx_fcs_err_frames", 120), C64("rx_ctrl_frames", 128),
	C64("rx_pause_frames", 136), C64("rx_pfc_frames", 144),
	C64("rx_unsupported_opcode_frames", 152), C64("rx_unsupported_da_pausepfc_frames", 160),
	C64("rx_wrong_sa_frames", 168), C64("rx_align_err_frames", 176),
	C64("rx_oor_len_frames", 184), C64("rx_code_err_frames", 192),
	C64("rx_false_carrier_frames", 200), C64("rx_ovrsz_frames", 208), C64("rx_jbr_frames", 216),
	C64("rx_mtu_err_frames", 224), C64("rx_match_crc_frames", 232),
	C64("rx_promiscuous_frames", 240), C64("rx_tagged_frames", 248),
	C64("rx_double_tagged_frames", 256), C64("rx_trunc_frames", 264), C64("rx_good_frames", 272),
	C64("rx_pfc_xon2xoff_frames_pri0", 280), C64("rx_pfc_xon2xoff_frames_pri1", 288),
	C64("rx_pfc_xon2xoff_frames_pri2", 296), C64("rx_pfc_xon2xoff_frames_pri3", 304),
	C64("rx_pfc_xon2xoff_frames_pri4", 312), C64("rx_pfc_xon2xoff_frames_pri5", 320),
	C64("rx_pfc_xon2xoff_frames_pri6", 328), C64("rx_pfc_xon2xoff_frames_pri7", 336),
	C64("rx_pfc_ena_frames_pri0", 344), C64("rx_pfc_ena_frames_pri1", 352),
	C64("rx_pfc_ena_frames_pri2", 360), C64("rx_pfc_ena_frames_pri3", 368),
	C64("rx_pfc_ena_frames_pri4", 376), C64("rx_pfc_ena_frames_pri5", 384),
	C64("rx_pfc_ena_frames_pri6", 392), C64("rx_pfc_ena_frames_pri7", 400),
	C64("rx_sch_crc_err_frames", 408), C64("rx_undrsz_frames", 416), C64("rx_frag_frames", 424),
	C64("rx_eee_lpi_events", 432), C64("rx_eee_lpi_duration", 440),
	C64("rx_llfc_physical_msgs", 448), C64("rx_llfc_logical_msgs", 456),
	C64("rx_llfc_msgs_with_crc_err", 464), C64("rx_hcfc_msgs", 472),
	C64("rx_hcfc_msgs_with_crc_err", 480), C64("rx_bytes", 488), C64("rx_runt_bytes", 496),
	C64("rx_runt_frames", 504), C64("rx_stat_discard", 512), C64("rx_stat_err", 520),
};
const struct prm_layout bnxt_rx_port_stats = PRM_LAYOUT("rx_port_stats", 528 * 8, PRM_LE, rx_port_f);

static const struct prm_field tx_port_ext_f[] = {
	C64("tx_bytes_cos0", 0), C64("tx_bytes_cos1", 8), C64("tx_bytes_cos2", 16),
	C64("tx_bytes_cos3", 24), C64("tx_bytes_cos4", 32), C64("tx_bytes_cos5", 40),
	C64("tx_bytes_cos6", 48), C64("tx_bytes_cos7", 56), C64("tx_packets_cos0", 64),
	C64("tx_packets_cos1", 72), C64("tx_packets_cos2", 80), C64("tx_packets_cos3", 88),
	C64("tx_packets_cos4", 96), C64("tx_packets_cos5", 104), C64("tx_packets_cos6", 112),
	C64("tx_packets_cos7", 120), C64("pfc_pri0_tx_duration_us", 128),
	C64("pfc_pri0_tx_transitions", 136), C64("pfc_pri1_tx_duration_us", 144),
	C64("pfc_pri1_tx_transitions", 152), C64("pfc_pri2_tx_duration_us", 160),
	C64("pfc_pri2_tx_transitions", 168), C64("pfc_pri3_tx_duration_us", 176),
	C64("pfc_pri3_tx_transitions", 184), C64("pfc_pri4_tx_duration_us", 192),
	C64("pfc_pri4_tx_transitions", 200), C64("pfc_pri5_tx_duration_us", 208),
	C64("pfc_pri5_tx_transitions", 216), C64("pfc_pri6_tx_duration_us", 224),
	C64("pfc_pri6_tx_transitions", 232), C64("pfc_pri7_tx_duration_us", 240),
	C64("pfc_pri7_tx_transitions", 248),
};
const struct prm_layout bnxt_tx_port_stats_ext = PRM_LAYOUT("tx_port_stats_ext", 256 * 8, PRM_LE, tx_port_ext_f);

static const struct prm_field rx_port_ext_f[] = {
	C64("link_down_events", 0), C64("continuous_pause_events", 8), C64("resume_pause_events", 16),
	C64("continuous_roce_pause_events", 24), C64("resume_roce_pause_events", 32),
	C64("rx_bytes_cos0", 40), C64("rx_bytes_cos1", 48), C64("rx_bytes_cos2", 56),
	C64("rx_bytes_cos3", 64), C64("rx_bytes_cos4", 72), C64("rx_bytes_cos5", 80),
	C64("rx_bytes_cos6", 88), C64("rx_bytes_cos7", 96), C64("rx_packets_cos0", 104),
	C64("rx_packets_cos1", 112), C64("rx_packets_cos2", 120), C64("rx_packets_cos3", 128),
	C64("rx_packets_cos4", 136), C64("rx_packets_cos5", 144), C64("rx_packets_cos6", 152),
	C64("rx_packets_cos7", 160), C64("pfc_pri0_rx_duration_us", 168),
	C64("pfc_pri0_rx_transitions", 176), C64("pfc_pri1_rx_duration_us", 184),
	C64("pfc_pri1_rx_transitions", 192), C64("pfc_pri2_rx_duration_us", 200),
	C64("pfc_pri2_rx_transitions", 208), C64("pfc_pri3_rx_duration_us", 216),
	C64("pfc_pri3_rx_transitions", 224), C64("pfc_pri4_rx_duration_us", 232),
	C64("pfc_pri4_rx_transitions", 240), C64("pfc_pri5_rx_duration_us", 248),
	C64("pfc_pri5_rx_transitions", 256), C64("pfc_pri6_rx_duration_us", 264),
	C64("pfc_pri6_rx_transitions", 272), C64("pfc_pri7_rx_duration_us", 280),
	C64("pfc_pri7_rx_transitions", 288), C64("rx_bits", 296),
	C64("rx_buffer_passed_threshold", 304), C64("rx_pcs_symbol_err", 312),
	C64("rx_corrected_bits", 320), C64("rx_discard_bytes_cos0", 328),
	C64("rx_discard_bytes_cos1", 336), C64("rx_discard_bytes_cos2", 344),
	C64("rx_discard_bytes_cos3", 352), C64("rx_discard_bytes_cos4", 360),
	C64("rx_discard_bytes_cos5", 368), C64("rx_discard_bytes_cos6", 376),
	C64("rx_discard_bytes_cos7", 384), C64("rx_discard_packets_cos0", 392),
	C64("rx_discard_packets_cos1", 400), C64("rx_discard_packets_cos2", 408),
	C64("rx_discard_packets_cos3", 416), C64("rx_discard_packets_cos4", 424),
	C64("rx_discard_packets_cos5", 432), C64("rx_discard_packets_cos6", 440),
	C64("rx_discard_packets_cos7", 448), C64("rx_fec_corrected_blocks", 456),
	C64("rx_fec_uncorrectable_blocks", 464), C64("rx_filter_miss", 472),
	C64("rx_fec_symbol_err", 480),
};
const struct prm_layout bnxt_rx_port_stats_ext = PRM_LAYOUT("rx_port_stats_ext", 488 * 8, PRM_LE, rx_port_ext_f);

static const struct prm_field pcie_f[] = {
	C64("pcie_pl_signal_integrity", 0), C64("pcie_dl_signal_integrity", 8),
	C64("pcie_tl_signal_integrity", 16), C64("pcie_link_integrity", 24),
	C64("pcie_tx_traffic_rate", 32), C64("pcie_rx_traffic_rate", 40),
	C64("pcie_tx_dllp_statistics", 48), C64("pcie_rx_dllp_statistics", 56),
	C64("pcie_equalization_time", 64), A32("pcie_ltssm_histogram", 72, 4),
	C64("pcie_recovery_histogram", 88), A32("pcie_tl_credit_nph_histogram", 96, 8),
	A32("pcie_tl_credit_ph_histogram", 128, 8), A32("pcie_tl_credit_pd_histogram", 160, 8),
	A32("pcie_cmpl_latest_times", 192, 4), C32("pcie_cmpl_longest_time", 208),
	C32("pcie_cmpl_shortest_time", 212), A32("pcie_cmpl_latest_headers", 224, 16),
	A32("pcie_cmpl_longest_headers", 288, 16), A32("pcie_cmpl_shortest_headers", 352, 16),
	A32("pcie_wr_latency_histogram", 416, 12), C32("pcie_wr_latency_all_normal_count", 464),
	C64("pcie_posted_packet_count", 472), C64("pcie_non_posted_packet_count", 480),
	C64("pcie_other_packet_count", 488), C64("pcie_blocked_packet_count", 496),
	C64("pcie_cmpl_packet_count", 504), A32("pcie_rd_latency_histogram", 512, 12),
	C32("pcie_rd_latency_all_normal_count", 560),
};
const struct prm_layout bnxt_pcie_stats = PRM_LAYOUT("pcie_ctx_hw_stats_v2", 568 * 8, PRM_LE, pcie_f);

static const struct prm_field roce_f[] = {
	C64("to_retransmits", 0), C64("seq_err_naks_rcvd", 8), C64("max_retry_exceeded", 16),
	C64("rnr_naks_rcvd", 24), C64("missing_resp", 32), C64("unrecoverable_err", 40),
	C64("bad_resp_err", 48), C64("local_qp_op_err", 56), C64("local_protection_err", 64),
	C64("mem_mgmt_op_err", 72), C64("remote_invalid_req_err", 80), C64("remote_access_err", 88),
	C64("remote_op_err", 96), C64("dup_req", 104), C64("res_exceed_max", 112),
	C64("res_length_mismatch", 120), C64("res_exceeds_wqe", 128), C64("res_opcode_err", 136),
	C64("res_rx_invalid_rkey", 144), C64("res_rx_domain_err", 152), C64("res_rx_no_perm", 160),
	C64("res_rx_range_err", 168), C64("res_tx_invalid_rkey", 176), C64("res_tx_domain_err", 184),
	C64("res_tx_no_perm", 192), C64("res_tx_range_err", 200), C64("res_irrq_oflow", 208),
	C64("res_unsup_opcode", 216), C64("res_unaligned_atomic", 224), C64("res_rem_inv_err", 232),
	C64("res_mem_error", 240), C64("res_srq_err", 248), C64("res_cmp_err", 256),
	C64("res_invalid_dup_rkey", 264), C64("res_wqe_format_err", 272), C64("res_cq_load_err", 280),
	C64("res_srq_load_err", 288), C64("res_tx_pci_err", 296), C64("res_rx_pci_err", 304),
	C64("res_oos_drop_count", 312), C64("active_qp_count_p0", 320),
	C64("active_qp_count_p1", 328), C64("active_qp_count_p2", 336),
	C64("active_qp_count_p3", 344),
};
const struct prm_layout bnxt_roce_stats = PRM_LAYOUT("roce_stats", 352 * 8, PRM_LE, roce_f);
