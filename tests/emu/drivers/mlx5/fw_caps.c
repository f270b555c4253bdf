// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * QUERY_HCA_CAP (0x100) of the emulated firmware.  The emulator keeps its
 * own small table of capability values, independent of the tool's PRM
 * tables: {cap type, bit offset, width, [profile][cur, max]}, offsets from
 * the mlx5_ifc.h structures (cmd_hca_cap, per_protocol_networking_offload_
 * caps, odp_cap, ...).  Pages are built on demand (no 4 KiB pages per
 * device: worlds hold thousands of devices).  A 64-bit field is two rows.
 */
#include <string.h>

#include "emu_mlx5.h"

struct capval {
	uint8_t type;              /* enum mlx5_cap_type */
	uint16_t off;              /* PRM bit offset in the page */
	uint8_t width;             /* 1..32 */
	uint32_t v[EMU_MLX5_N_PROFILES][2];   /* [profile][0 = cur, 1 = max] */
};

/* Same value in both modes and both generations; per-generation; full form. */
#define ALL(t, o, w, x)            { t, o, w, { { x, x }, { x, x } } }
#define GEN(t, o, w, a, b)         { t, o, w, { { a, a }, { b, b } } }
#define CM(t, o, w, ac, am, bc, bm) { t, o, w, { { ac, am }, { bc, bm } } }

enum { GENERAL = 0x00, ETH = 0x01, ODP = 0x02, ATOMIC = 0x03, ROCE = 0x04, FT = 0x07,
       ESW_FT = 0x08, ESW = 0x09, QOS = 0x0c, DEBUG = 0x0d, DEV_MEM = 0x0f, TLS = 0x11,
       IPSEC = 0x15, CRYPTO = 0x1a, MACSEC = 0x1f, GENERAL_2 = 0x20, PORT_SEL = 0x25,
       ADV_VIRT = 0x26 };

static const struct capval caps[] = {
	/* GENERAL (cmd_hca_cap); vhca_id and num_of_diagnostic_counters are per device. */
	ALL(GENERAL, 0x20, 1, 1),                       /* hca_cap_2 */
	ALL(GENERAL, 0x80, 8, 15),                      /* log_max_srq_sz */
	CM(GENERAL, 0x88, 8, 15, 15, 15, 16),           /* log_max_qp_sz */
	CM(GENERAL, 0x9b, 5, 17, 18, 18, 20),           /* log_max_qp */
	CM(GENERAL, 0xab, 5, 20, 23, 21, 23),           /* log_max_srq */
	ALL(GENERAL, 0xc8, 8, 22),                      /* log_max_cq_sz */
	GEN(GENERAL, 0xdb, 5, 24, 25),                  /* log_max_cq */
	ALL(GENERAL, 0xe0, 8, 22),                      /* log_max_eq_sz */
	GEN(GENERAL, 0xea, 6, 24, 26),                  /* log_max_mkey */
	GEN(GENERAL, 0xfc, 4, 8, 9),                    /* log_max_eq */
	ALL(GENERAL, 0x100, 8, 8),                      /* max_indirection */
	ALL(GENERAL, 0x109, 7, 64),                     /* log_max_mrw_sz */
	ALL(GENERAL, 0x11a, 6, 16),                     /* log_max_klm_list_size */
	ALL(GENERAL, 0x16f, 1, 1),                      /* qcam_reg */
	ALL(GENERAL, 0x170, 16, 255),                   /* gid_table_size */
	ALL(GENERAL, 0x183, 1, 1),                      /* debug */
	CM(GENERAL, 0x186, 10, 64, 128, 128, 256),      /* max_qp_cnt */
	ALL(GENERAL, 0x1a0, 1, 1),                      /* vport_group_manager */
	ALL(GENERAL, 0x1a6, 1, 1),                      /* nic_flow_table */
	ALL(GENERAL, 0x1a7, 1, 1),                      /* eswitch_manager */
	ALL(GENERAL, 0x1a8, 1, 1),                      /* device_memory */
	ALL(GENERAL, 0x1a9, 1, 1),                      /* mcam_reg */
	ALL(GENERAL, 0x1aa, 1, 1),                      /* pcam_reg */
	ALL(GENERAL, 0x1b6, 2, 1),                      /* port_type: Ethernet */
	ALL(GENERAL, 0x1b8, 8, 1),                      /* num_ports (per function) */
	ALL(GENERAL, 0x1c3, 5, 30),                     /* log_max_msg */
	ALL(GENERAL, 0x1cc, 4, 8),                      /* max_tc */
	ALL(GENERAL, 0x1fc, 4, 1),                      /* cqe_version */
	ALL(GENERAL, 0x21b, 1, 1),                      /* qos */
	ALL(GENERAL, 0x21c, 1, 1),                      /* eth_net_offloads */
	ALL(GENERAL, 0x21d, 1, 1),                      /* roce */
	ALL(GENERAL, 0x21e, 1, 1),                      /* atomic */
	ALL(GENERAL, 0x227, 1, 1),                      /* pg: on-demand paging (ODP caps) */
	ALL(GENERAL, 0x250, 1, 1),                      /* port_selection_cap */
	ALL(GENERAL, 0x258, 8, 12),                     /* log_pg_sz */
	ALL(GENERAL, 0x290, 16, 1024),                  /* max_wqe_sz_sq */
	ALL(GENERAL, 0x2b0, 16, 512),                   /* max_wqe_sz_rq */
	GEN(GENERAL, 0x32b, 5, 23, 24),                 /* log_max_pd */
	ALL(GENERAL, 0x33b, 5, 24),                     /* log_max_xrcd */
	GEN(GENERAL, 0x363, 5, 23, 24),                 /* log_max_rq */
	/* The types a profile answers, as GENERAL announces them: ConnectX-6 Dx
	 * here has no TLS, IPsec, crypto, MACsec or advanced-virtualization caps. */
	GEN(GENERAL, 0x418, 1, 0, 1),                   /* general_obj_types bit 39: MACsec */
	GEN(GENERAL, 0x469, 1, 0, 1),                   /* crypto */
	GEN(GENERAL, 0x46a, 1, 0, 1),                   /* ipsec_offload */
	GEN(GENERAL, 0x481, 1, 0, 1),                   /* tls_tx */
	GEN(GENERAL, 0x482, 1, 0, 1),                   /* tls_rx */
	GEN(GENERAL, 0x579, 1, 0, 1),                   /* adv_virtualization */
	/* uctx_cap: RAW_TX | INTERNAL_DEV_RES; ConnectX-7 adds TOOLS_RESOURCES (0x4). */
	GEN(GENERAL, 0x6a0, 32, 0x3, 0x7),

	/* ETHERNET_OFFLOADS (per_protocol_networking_offload_caps) */
	ALL(ETH, 0x00, 1, 1),                           /* csum_cap */
	ALL(ETH, 0x01, 1, 1),                           /* vlan_cap */
	ALL(ETH, 0x02, 1, 1),                           /* lro_cap */
	ALL(ETH, 0x0b, 5, 18),                          /* max_lso_cap */
	GEN(ETH, 0x14, 4, 11, 12),                      /* rss_ind_tbl_cap */
	ALL(ETH, 0x1e, 1, 1),                           /* tunnel_stateless_gre */
	ALL(ETH, 0x1f, 1, 1),                           /* tunnel_stateless_vxlan */
	ALL(ETH, 0x20, 1, 1),                           /* swp */
	ALL(ETH, 0x30, 8, 4),                           /* max_vxlan_udp_ports */
	ALL(ETH, 0x50, 16, 536),                        /* lro_min_mss_size */

	/* ODP: rc_odp_caps (0x80) and ud_odp_caps (0xc0) of the transport scheme */
	ALL(ODP, 0x80, 1, 1), ALL(ODP, 0x81, 1, 1), ALL(ODP, 0x82, 1, 1),
	ALL(ODP, 0x83, 1, 1), ALL(ODP, 0x84, 1, 1), ALL(ODP, 0xc0, 1, 1),
	GEN(ODP, 0x600, 1, 0, 1),                       /* mem_page_fault */

	/* ATOMIC */
	ALL(ATOMIC, 0x40, 2, 1),                        /* atomic_req_8B_endianness_mode */
	ALL(ATOMIC, 0x90, 16, 0x0003),                  /* atomic_operations */
	ALL(ATOMIC, 0xb0, 16, 0x000c),                  /* atomic_size_qp */
	ALL(ATOMIC, 0xd0, 16, 0x000c),                  /* atomic_size_dc */

	/* ROCE */
	ALL(ROCE, 0x1e, 2, 2),                          /* qp_ts_format */
	ALL(ROCE, 0x8c, 4, 0x3),                        /* l3_type */
	ALL(ROCE, 0x98, 8, 0x6),                        /* roce_version */
	ALL(ROCE, 0xb0, 16, 4791),                      /* r_roce_dest_udp_port */
	ALL(ROCE, 0xc0, 16, 65535),                     /* r_roce_max_src_udp_port */
	ALL(ROCE, 0xd0, 16, 49152),                     /* r_roce_min_src_udp_port */
	ALL(ROCE, 0xf0, 16, 255),                       /* roce_address_table_size */

	/* FLOW_TABLE (flow_table_nic_cap): receive properties at 0x200, transmit at 0x800 */
	ALL(FT, 0x00, 1, 1),                            /* nic_rx_multi_path_tirs */
	ALL(FT, 0x2b, 5, 23),                           /* log_max_packet_reformat_context */
	ALL(FT, 0x36, 10, 128),                         /* max_encap_header_size */
	ALL(FT, 0x200, 1, 1), ALL(FT, 0x202, 1, 1), ALL(FT, 0x203, 1, 1),
	ALL(FT, 0x204, 1, 1), ALL(FT, 0x207, 1, 1), ALL(FT, 0x208, 1, 1),
	CM(FT, 0x222, 6, 22, 24, 24, 26),               /* rx log_max_ft_size */
	ALL(FT, 0x228, 8, 24),                          /* rx log_max_modify_header_context */
	GEN(FT, 0x230, 8, 32, 64),                      /* rx max_modify_header_actions */
	ALL(FT, 0x238, 8, 64),                          /* rx max_ft_level */
	ALL(FT, 0x800, 1, 1), ALL(FT, 0x802, 1, 1),
	ALL(FT, 0x822, 6, 18),                          /* tx log_max_ft_size */
	ALL(FT, 0x838, 8, 8),                           /* tx max_ft_level */

	/* ESWITCH_FLOW_TABLE: FDB properties at 0x200 */
	ALL(ESW_FT, 0x00, 8, 0x3),                      /* fdb_to_vport_reg_c_id */
	ALL(ESW_FT, 0x17, 1, 1),                        /* flow_source */
	ALL(ESW_FT, 0x1a, 1, 1),                        /* multi_fdb_encap */
	ALL(ESW_FT, 0x200, 1, 1), ALL(ESW_FT, 0x202, 1, 1),
	GEN(ESW_FT, 0x222, 6, 20, 22),                  /* fdb log_max_ft_size */
	ALL(ESW_FT, 0x238, 8, 64),                      /* fdb max_ft_level */

	/* ESWITCH (e_switch_cap) */
	ALL(ESW, 0x00, 1, 1), ALL(ESW, 0x01, 1, 1), ALL(ESW, 0x1d, 1, 1), ALL(ESW, 0x20, 1, 1),
	ALL(ESW, 0x2b, 5, 23),                          /* log_max_packet_reformat_context */
	ALL(ESW, 0x36, 10, 128),                        /* max_encap_header_size */
	CM(ESW, 0x4b, 5, 8, 9, 10, 11),                 /* log_max_esw_sf */
	ALL(ESW, 0x50, 16, 0x8000),                     /* esw_sf_base_id */

	/* QOS */
	ALL(QOS, 0x00, 1, 1), ALL(QOS, 0x01, 1, 1), ALL(QOS, 0x02, 1, 1),
	ALL(QOS, 0x03, 1, 1), ALL(QOS, 0x08, 1, 1),
	GEN(QOS, 0x0c, 4, 2, 3),                        /* log_esw_max_sched_depth */
	GEN(QOS, 0x40, 32, 100000000, 400000000),       /* packet_pacing_max_rate (kb/s) */
	ALL(QOS, 0x60, 32, 1000),                       /* packet_pacing_min_rate */
	GEN(QOS, 0x90, 16, 128, 512),                   /* packet_pacing_rate_table_size */
	ALL(QOS, 0xa0, 16, 0x3),                        /* esw_element_type */
	ALL(QOS, 0xb0, 16, 0x1),                        /* esw_tsar_type */
	ALL(QOS, 0xe0, 32, 100),                        /* max_tsar_bw_share */

	/* DEBUG: dump support; diagnostic counter list filled per profile */
	ALL(DEBUG, 0x00, 1, 1),                         /* core_dump_general */
	ALL(DEBUG, 0x01, 1, 1),                         /* core_dump_qp */
	ALL(DEBUG, 0x09, 1, 1),                         /* resource_dump */
	GEN(DEBUG, 0x18, 8, 10, 12),                    /* log_max_samples */
	ALL(DEBUG, 0x20, 1, 1),                         /* single */
	ALL(DEBUG, 0x21, 1, 1),                         /* repetitive */
	ALL(DEBUG, 0x38, 8, 2),                         /* log_min_sample_period */

	/* DEV_MEM (device_mem_cap) */
	ALL(DEV_MEM, 0x00, 1, 1),                       /* memic */
	ALL(DEV_MEM, 0x2b, 5, 6),                       /* log_min_memic_alloc_size */
	ALL(DEV_MEM, 0x38, 8, 12),                      /* log_max_memic_addr_alignment */
	GEN(DEV_MEM, 0x80, 32, 0x40000, 0x80000),       /* memic_bar_size */
	GEN(DEV_MEM, 0xa0, 32, 0x40000, 0x80000),       /* max_memic_size */
	ALL(DEV_MEM, 0xc0, 32, 0x0),                    /* steering_sw_icm_start_address hi */
	GEN(DEV_MEM, 0xe0, 32, 0x40000000, 0x80000000), /* steering_sw_icm_start_address lo */
	ALL(DEV_MEM, 0x108, 8, 20),                     /* log_header_modify_sw_icm_size */
	GEN(DEV_MEM, 0x118, 8, 25, 27),                 /* log_steering_sw_icm_size */

	/* TLS: AES-GCM 128/256 for TLS 1.2 and 1.3 */
	ALL(TLS, 0x00, 1, 1), ALL(TLS, 0x01, 1, 1), ALL(TLS, 0x02, 1, 1), ALL(TLS, 0x03, 1, 1),

	/* IPSEC: crypto offload on both, full (packet) offload on ConnectX-7 */
	GEN(IPSEC, 0x00, 1, 0, 1),                      /* ipsec_full_offload */
	ALL(IPSEC, 0x01, 1, 1), ALL(IPSEC, 0x02, 1, 1),
	ALL(IPSEC, 0x03, 1, 1), ALL(IPSEC, 0x04, 1, 1), ALL(IPSEC, 0x05, 1, 1), ALL(IPSEC, 0x06, 1, 1),
	CM(IPSEC, 0x0b, 5, 16, 16, 18, 20),             /* log_max_ipsec_offload */
	ALL(IPSEC, 0x20, 8, 5),                         /* min_log_ipsec_full_replay_window */
	GEN(IPSEC, 0x28, 8, 10, 12),                    /* max_log_ipsec_full_replay_window */

	/* CRYPTO */
	ALL(CRYPTO, 0x03, 1, 1), ALL(CRYPTO, 0x04, 1, 1), ALL(CRYPTO, 0x05, 1, 1),
	ALL(CRYPTO, 0x23, 5, 19),                       /* log_dek_max_alloc */
	GEN(CRYPTO, 0x2b, 5, 22, 23),                   /* log_max_num_deks */
	ALL(CRYPTO, 0x63, 5, 4),                        /* log_dek_granularity */
	ALL(CRYPTO, 0x6b, 5, 4),                        /* log_max_num_int_kek */
	ALL(CRYPTO, 0x70, 16, 0x7),                     /* sw_wrapped_dek */

	/* MACSEC (ConnectX-7 only) */
	GEN(MACSEC, 0x00, 1, 0, 1), GEN(MACSEC, 0x03, 1, 0, 1), GEN(MACSEC, 0x04, 1, 0, 1),
	GEN(MACSEC, 0x05, 1, 0, 1), GEN(MACSEC, 0x06, 1, 0, 1),
	CM(MACSEC, 0x0b, 5, 0, 0, 12, 14),              /* log_max_macsec_offload */
	GEN(MACSEC, 0x28, 8, 0, 8),                     /* max_log_macsec_full_replay_window */

	/* GENERAL_2 (cmd_hca_cap_2) */
	GEN(GENERAL_2, 0x80, 1, 0, 1),                  /* migratable */
	ALL(GENERAL_2, 0xa0, 8, 64),                    /* max_reformat_insert_size */
	ALL(GENERAL_2, 0xa8, 8, 128),                   /* max_reformat_insert_offset */
	ALL(GENERAL_2, 0xb0, 8, 64),                    /* max_reformat_remove_size */
	ALL(GENERAL_2, 0xb8, 8, 128),                   /* max_reformat_remove_offset */
	ALL(GENERAL_2, 0x1ab, 5, 12),                   /* log_min_mkey_entity_size */
	GEN(GENERAL_2, 0x221, 1, 0, 1),                 /* sw_vhca_id_valid */

	/* PORT_SELECTION: hash-based LAG port selection table at 0x200 */
	ALL(PORT_SEL, 0x10, 1, 1),                      /* port_select_flow_table */
	GEN(PORT_SEL, 0x12, 1, 0, 1),                   /* port_select_flow_table_bypass */
	ALL(PORT_SEL, 0x200, 1, 1),                     /* ft_support */
	ALL(PORT_SEL, 0x222, 6, 4),                     /* log_max_ft_size */
	ALL(PORT_SEL, 0x238, 8, 1),                     /* max_ft_level */

	/* ADV_VIRTUALIZATION (ConnectX-7 only): dirty page tracking */
	CM(ADV_VIRT, 0x03, 5, 0, 0, 3, 4),              /* pg_track_log_max_num */
	GEN(ADV_VIRT, 0x08, 8, 0, 16),                  /* pg_track_max_num_range */
	GEN(ADV_VIRT, 0x10, 8, 0, 12),                  /* pg_track_log_min_addr_space */
	GEN(ADV_VIRT, 0x18, 8, 0, 52),                  /* pg_track_log_max_addr_space */
	GEN(ADV_VIRT, 0x23, 5, 0, 10),                  /* pg_track_log_min_msg_size */
	GEN(ADV_VIRT, 0x2b, 5, 0, 21),                  /* pg_track_log_max_msg_size */
	GEN(ADV_VIRT, 0x33, 5, 0, 12),                  /* pg_track_log_min_page_size */
	GEN(ADV_VIRT, 0x3b, 5, 0, 30),                  /* pg_track_log_max_page_size */
};

/* Per-device fields of the GENERAL page and the DEBUG counter list. */
#define GEN_VHCA_ID        0x30, 16
#define GEN_NUM_DIAG       0x280, 16
#define DEBUG_DIAG_LIST    0x200     /* diagnostic_counter[]: {sync:1, rsvd:15, id:16} */

static bool profile_has(const struct emu_mlx5_profile *p, uint16_t type)
{
	for (size_t i = 0; i < p->n_cap_types; i++)
		if (p->cap_types[i] == type)
			return true;
	return false;
}

bool emu_mlx5_cap_page(struct emu_dev *dev, uint16_t type, bool cur, uint8_t *page)
{
	struct emu_mlx5 *m = emu_mlx5(dev);
	const struct emu_mlx5_profile *p = m->prof;

	if (!profile_has(p, type))
		return false;
	memset(page, 0, EMU_MLX5_CAP_PAGE);
	for (size_t i = 0; i < EMU_ARRAY_SIZE(caps); i++)
		if (caps[i].type == type)
			emu_prm_set(page, EMU_MLX5_CAP_PAGE, caps[i].off, caps[i].width,
				    caps[i].v[p->idx][cur ? 0 : 1]);
	if (type == GENERAL) {
		emu_prm_set(page, EMU_MLX5_CAP_PAGE, GEN_VHCA_ID, m->vhca_id);
		emu_prm_set(page, EMU_MLX5_CAP_PAGE, GEN_NUM_DIAG, (uint32_t)p->n_diag);
	} else if (type == DEBUG) {
		for (size_t i = 0; i < p->n_diag; i++)
			emu_prm_set(page, EMU_MLX5_CAP_PAGE, DEBUG_DIAG_LIST + 32 * (unsigned)i + 16,
				    16, p->diag_ids[i]);
	}
	return true;
}

const char *emu_mlx5_tables_check(void)
{
	for (size_t i = 0; i < EMU_ARRAY_SIZE(caps); i++) {
		const struct capval *c = &caps[i];

		if (!c->width || c->width > 32 || c->off + c->width > EMU_MLX5_CAP_PAGE * 8 ||
		    (c->off / 32) != ((c->off + c->width - 1) / 32))
			return "capability field outside the page or across a dword";
		for (unsigned p = 0; p < EMU_MLX5_N_PROFILES; p++) {
			if (c->v[p][0] > c->v[p][1])
				return "capability current value above its maximum";
			if (c->width < 32 && c->v[p][1] >> c->width)
				return "capability value wider than its field";
		}
	}
	return NULL;
}

/*
 * op_mod = cap_type << 1 | (1 = current, 0 = maximum).  A type the
 * generation does not implement is refused as real firmware does:
 * BAD_PARAM with a syndrome, header only.
 */
int emu_mlx5_cmd_query_hca_cap(struct emu_dev *dev, const uint8_t *in, size_t in_len,
			       uint8_t *out, size_t out_cap, uint32_t *syndrome)
{
	uint16_t op_mod = emu_get_be16(in + MLX5_IN_OP_MOD_OFF);

	(void)in_len;
	if (out_cap < EMU_MLX5_HDR + EMU_MLX5_CAP_PAGE) {
		*syndrome = EMU_MLX5_SYND_SHORT_OUT;
		return EMU_MLX5_STAT_INT_ERR;
	}
	if (!emu_mlx5_cap_page(dev, op_mod >> 1, op_mod & 1, out + EMU_MLX5_HDR)) {
		*syndrome = EMU_MLX5_SYND_BAD_CAP_TYPE;
		return EMU_MLX5_STAT_BAD_PARAM;
	}
	return EMU_MLX5_STAT_OK;
}
