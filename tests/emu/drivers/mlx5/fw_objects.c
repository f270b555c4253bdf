// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * Emulated mlx5 firmware: the object queries (QUERY_QP, QUERY_CQ, ...,
 * QUERY_NIC_VPORT_CONTEXT, QUERY_FLOW_TABLE_ENTRY, QUERY_PAGES...).
 *
 * An independent model: it never includes the tool's layout tables.  Each
 * object is a short list of (bit offset, width, value) triples written
 * here from the PRM structures of include/linux/mlx5/mlx5_ifc.h; offsets
 * are absolute in the out mailbox (bit 0 = first bit of the 16-byte out
 * header), so they read like the kernel's reserved_at_XX names.
 *
 * The population is small and consistent: QPs in several states whose
 * cqn_snd/cqn_rcv name existing CQs, CQs whose c_eqn names existing EQs,
 * an SQ on TIS 0x12 and CQ 0x40, a TIR spreading over RQT 0x11, vports
 * 0..2, a NIC RX flow table with a group and two entries.  An id that
 * does not exist answers BAD_RESOURCE, an impossible parameter (table
 * type, vport, op_mod) BAD_PARAM, as the firmware does; a short command
 * BAD_INPUT_LEN.
 */
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "emu_mlx5.h"

/* Syndromes: opaque 32-bit values on real firmware; fixed per cause here
 * so tests can match them. */
#define SYND_OBJ_NO_RESOURCE 0x3f2a0000u   /* | opcode */
#define SYND_OBJ_BAD_PARAM   0x1c7b0000u   /* | opcode */
#define SYND_OBJ_BAD_INP_LEN 0x5e100000u   /* | opcode */

#define MAX_VPORT 2            /* vport 0 = own function, 1..2 = its VFs */

struct fv {
	uint16_t bit;              /* absolute bit offset in the out mailbox */
	uint8_t width;             /* 1..32, inside one dword (emu_prm_set) */
	uint32_t val;
};

struct obj {
	uint32_t id;               /* qpn, cqn, ... (or vport, flow index) */
	uint32_t key;              /* flow objects: table_type << 24 | table_id */
	const struct fv *f;
	size_t n;
};

#define OBJ(i, k, list) { (i), (k), list, EMU_ARRAY_SIZE(list) }

/* ---- QUERY_QP (0x50b): qpc at bit 0xc0 ---- */
static const struct fv qp_100[] = {      /* RC, RTS: a healthy connection */
	{ 0xc0, 4, 0x3 }, { 0xc8, 8, 0x0 }, { 0xd3, 2, 0x3 }, { 0x100, 3, 5 },
	{ 0x103, 5, 30 }, { 0xe8, 24, 0x11 }, { 0x109, 4, 8 }, { 0x111, 4, 7 },
	{ 0x128, 24, 0x1f }, { 0x168, 24, 0x1a0 }, { 0x1c0, 5, 14 }, { 0x2a4, 4, 3 },
	{ 0x2a8, 8, 1 }, { 0x44d, 3, 7 }, { 0x450, 3, 7 }, { 0x488, 24, 0x3c21 },
	{ 0x4a8, 24, 0x40 }, { 0x568, 24, 0x9a02 }, { 0x5a8, 24, 0x41 },
	{ 0x660, 16, 0x1234 }, { 0x670, 16, 0x1234 },
	/* primary path (qpc 0xc0): RoCE v2 over IPv4, GID ::ffff:192.0.2.10
	 * (rgid_rip at 0x80), peer MAC 0c:42:a1:b2:c3:d1 (rmac at 0x130) */
	{ 0x250, 16, 0xffff }, { 0x260, 32, 0xc000020a }, { 0x2b0, 16, 0x0c42 },
	{ 0x2c0, 32, 0xa1b2c3d1 },
};
static const struct fv qp_101[] = {      /* UD, RTS */
	{ 0xc0, 4, 0x3 }, { 0xc8, 8, 0x2 }, { 0x100, 3, 5 }, { 0x103, 5, 12 },
	{ 0xe8, 24, 0x11 }, { 0x109, 4, 10 }, { 0x111, 4, 9 }, { 0x128, 24, 0x1f },
	{ 0x2a8, 8, 1 }, { 0x4a8, 24, 0x42 }, { 0x5a8, 24, 0x42 },
};
static const struct fv qp_102[] = {      /* RC in error: retries exhausted */
	{ 0xc0, 4, 0x6 }, { 0xc8, 8, 0x0 }, { 0xd3, 2, 0x3 }, { 0x100, 3, 5 },
	{ 0x103, 5, 30 }, { 0xe8, 24, 0x11 }, { 0x168, 24, 0x1a7 }, { 0x1c0, 5, 14 },
	{ 0x2a8, 8, 1 }, { 0x44d, 3, 7 }, { 0x450, 3, 7 }, { 0x488, 24, 0x77 },
	{ 0x4a8, 24, 0x40 }, { 0x5a8, 24, 0x41 }, { 0x660, 16, 0x80 }, { 0x670, 16, 0x95 },
};
static const struct fv qp_103[] = {      /* RC freshly created: INIT */
	{ 0xc0, 4, 0x1 }, { 0xc8, 8, 0x0 }, { 0xe8, 24, 0x11 }, { 0x109, 4, 6 },
	{ 0x111, 4, 6 }, { 0x2a8, 8, 1 }, { 0x4a8, 24, 0x41 }, { 0x5a8, 24, 0x41 },
};
static const struct obj qps[] = {
	OBJ(0x100, 0, qp_100), OBJ(0x101, 0, qp_101), OBJ(0x102, 0, qp_102), OBJ(0x103, 0, qp_103),
};

/* ---- QUERY_DCT (0x713): dctc at 0x80 ---- */
static const struct fv dct_500[] = {
	{ 0x84, 4, 0x0 }, { 0xc8, 24, 0x41 }, { 0x148, 24, 0x11 }, { 0x180, 32, 0xdc },
	{ 0x1a0, 32, 0x0badcafe }, { 0x1c5, 3, 5 },
};
static const struct obj dcts[] = { OBJ(0x500, 0, dct_500) };

/* ---- QUERY_CQ (0x402): cqc at 0x80 ---- */
static const struct fv cq_40[] = {
	{ 0x88, 3, 0 }, { 0x94, 4, 0x9 }, { 0xe3, 5, 10 }, { 0xe8, 24, 0x1f },
	{ 0x104, 12, 16 }, { 0x110, 16, 64 }, { 0x120, 32, 7 }, { 0x1c8, 24, 0x5210 },
	{ 0x1e8, 24, 0x5213 },
};
static const struct fv cq_41[] = {
	{ 0x88, 3, 0 }, { 0x94, 4, 0xa }, { 0xe3, 5, 10 }, { 0xe8, 24, 0x1f },
	{ 0x120, 32, 7 }, { 0x1c8, 24, 0x9a00 }, { 0x1e8, 24, 0x9a00 },
};
static const struct fv cq_42[] = {
	{ 0x88, 3, 1 }, { 0x94, 4, 0x6 }, { 0xe3, 5, 12 }, { 0xe8, 24, 0x1f },
	{ 0x120, 32, 8 }, { 0x1c8, 24, 0x10 }, { 0x1e8, 24, 0x10 },
};
static const struct obj cqs[] = { OBJ(0x40, 0, cq_40), OBJ(0x41, 0, cq_41), OBJ(0x42, 0, cq_42) };

/* ---- QUERY_EQ (0x303): eqc at 0x80, event_bitmask at 0x2c0 ---- */
static const struct fv eq_7[] = {
	{ 0x94, 4, 0x9 }, { 0xe3, 5, 11 }, { 0xe8, 24, 0x1f }, { 0x134, 12, 1 },
	{ 0x1c8, 24, 0x804 }, { 0x1e8, 24, 0x804 }, { 0x2e0, 32, 0x0000ffff },
};
static const struct fv eq_8[] = {
	{ 0x94, 4, 0xa }, { 0xe3, 5, 11 }, { 0xe8, 24, 0x1f }, { 0x134, 12, 2 },
	{ 0x1c8, 24, 0x31 }, { 0x1e8, 24, 0x33 }, { 0x2e0, 32, 0x00000001 },
};
static const struct obj eqs[] = { OBJ(7, 0, eq_7), OBJ(8, 0, eq_8) };

/* ---- QUERY_SQ (0x907) / QUERY_RQ (0x90b) / QUERY_RMP (0x90f): ctx at 0x100, wq at 0x280 ---- */
static const struct fv sq_200[] = {
	{ 0x108, 4, 0x1 }, { 0x128, 24, 0x200 }, { 0x148, 24, 0x40 }, { 0x268, 24, 0x12 },
	{ 0x280, 4, 1 }, { 0x2c8, 24, 0x11 }, { 0x340, 32, 0x4410 }, { 0x360, 32, 0x4412 },
	{ 0x38c, 4, 6 }, { 0x39b, 5, 10 },
};
static const struct fv sq_201[] = {      /* an SQ that hit a completion error */
	{ 0x108, 4, 0x3 }, { 0x128, 24, 0x201 }, { 0x148, 24, 0x42 }, { 0x268, 24, 0x12 },
	{ 0x280, 4, 1 }, { 0x2c8, 24, 0x11 }, { 0x340, 32, 0x17 }, { 0x360, 32, 0x20 },
	{ 0x38c, 4, 6 }, { 0x39b, 5, 8 },
};
static const struct obj sqs[] = { OBJ(0x200, 0, sq_200), OBJ(0x201, 0, sq_201) };

static const struct fv rq_300[] = {
	{ 0x104, 4, 0 }, { 0x108, 4, 0x1 }, { 0x148, 24, 0x41 }, { 0x160, 8, 1 },
	{ 0x280, 4, 1 }, { 0x2c8, 24, 0x11 }, { 0x39b, 5, 10 },
};
/* RQs 0x300..0x303 behind RQT 0x11 share one context. */
static const struct obj rqs[] = {
	OBJ(0x300, 0, rq_300), OBJ(0x301, 0, rq_300), OBJ(0x302, 0, rq_300), OBJ(0x303, 0, rq_300),
};

static const struct fv rmp_23[] = {
	{ 0x108, 4, 0x1 }, { 0x120, 1, 1 }, { 0x280, 4, 0 }, { 0x39b, 5, 12 },
};
static const struct obj rmps[] = { OBJ(0x23, 0, rmp_23) };

/* ---- QUERY_SRQ (0x702), QUERY_XRC_SRQ (0x707), QUERY_XRQ (0x719): ctx at 0x80 ---- */
static const struct fv srq_20[] = {
	{ 0x80, 4, 0x0 }, { 0x84, 4, 9 }, { 0xc8, 24, 0x41 }, { 0x148, 24, 0x11 },
	{ 0x170, 16, 0x1ff },
};
static const struct obj srqs[] = { OBJ(0x20, 0, srq_20) };

static const struct fv xrc_srq_22[] = {
	{ 0x80, 4, 0x1 }, { 0x84, 4, 8 }, { 0xa8, 24, 0x3 }, { 0xc8, 24, 0x42 },
};
static const struct obj xrc_srqs[] = { OBJ(0x22, 0, xrc_srq_22) };

static const struct fv xrq_21[] = {
	{ 0x80, 4, 0x0 }, { 0x94, 4, 1 }, { 0xc8, 24, 0x41 }, { 0x59b, 5, 10 },
};
static const struct obj xrqs[] = { OBJ(0x21, 0, xrq_21) };

/* ---- QUERY_TIR (0x903): tirc at 0x100; QUERY_TIS (0x915): tisc at 0x80;
 *      QUERY_RQT (0x919): rqtc at 0x100 ---- */
static const struct fv tir_10[] = {
	{ 0x120, 4, 1 }, { 0x208, 24, 0x11 }, { 0x220, 4, 2 }, { 0x228, 24, 0x4 },
};
static const struct obj tirs[] = { OBJ(0x10, 0, tir_10) };

static const struct fv tis_12[] = { { 0x8c, 4, 0 }, { 0x1a8, 24, 0x4 } };
static const struct obj tiss[] = { OBJ(0x12, 0, tis_12) };

/* rqt_max_size, rqt_actual_size, then rq_num[] after the context (bit 0x880) */
static const struct fv rqt_11[] = {
	{ 0x1b0, 16, 64 }, { 0x1d0, 16, 4 }, { 0x888, 24, 0x300 }, { 0x8a8, 24, 0x301 },
	{ 0x8c8, 24, 0x302 }, { 0x8e8, 24, 0x303 },
};
static const struct obj rqts[] = { OBJ(0x11, 0, rqt_11) };

/* ---- QUERY_MKEY (0x201): mkc at 0x80 ---- */
static const struct fv mkey_5[] = {
	{ 0x94, 1, 1 }, { 0x95, 1, 1 }, { 0x96, 2, 1 }, { 0xa0, 24, 0xffffff },
	{ 0xb8, 8, 0x42 }, { 0xe8, 24, 0x11 }, { 0x100, 32, 0x00007f3a }, { 0x120, 32, 0x40000000 },
	{ 0x160, 32, 0x00200000 }, { 0x220, 32, 0x100 }, { 0x25a, 6, 12 },
};
static const struct obj mkeys[] = { OBJ(0x5, 0, mkey_5) };

/* ---- QUERY_Q_COUNTER (0x773) ---- */
static const struct fv q_counter_1[] = {
	{ 0x80, 32, 1200 }, { 0x180, 32, 17 }, { 0x1c0, 32, 3 }, { 0x200, 32, 9 },
	{ 0x280, 32, 2 }, { 0x300, 32, 4 },
};
static const struct obj q_counters[] = { OBJ(1, 0, q_counter_1) };

/* ---- vport objects: id = vport number (0 = own function) ---- */
static const struct fv vport_state_0[] = { { 0x60, 16, 1000 }, { 0x78, 4, 2 }, { 0x7c, 4, 1 } };
static const struct fv vport_state_1[] = { { 0x60, 16, 0 }, { 0x78, 4, 1 }, { 0x7c, 4, 1 } };
static const struct fv vport_state_2[] = { { 0x60, 16, 0 }, { 0x78, 4, 0 }, { 0x7c, 4, 0 } };
static const struct obj vport_states[] = {
	OBJ(0, 0, vport_state_0), OBJ(1, 0, vport_state_1), OBJ(2, 0, vport_state_2),
};

/* nic_vport_context at 0x80: roce_en, min_wqe_inline_mode, mtu, GUIDs,
 * permanent_address (mac_address_layout at 0x820: bits 0x830 and 0x840). */
static const struct fv nic_vport_0[] = {
	{ 0x85, 3, 1 }, { 0x9f, 1, 1 }, { 0x1b0, 16, 1518 }, { 0x1c0, 32, 0x0002c903 },
	{ 0x1e0, 32, 0x00a1b2c0 }, { 0x240, 32, 0x0002c903 }, { 0x260, 32, 0x00a1b2c0 },
	{ 0x830, 16, 0x0c42 }, { 0x840, 32, 0xa1b2c3d0 },
};
static const struct fv nic_vport_1[] = {
	{ 0x85, 3, 1 }, { 0x1b0, 16, 1518 }, { 0x830, 16, 0x0200 }, { 0x840, 32, 0x00000001 },
};
static const struct fv nic_vport_2[] = {
	{ 0x85, 3, 1 }, { 0x1b0, 16, 9018 }, { 0x830, 16, 0x0200 }, { 0x840, 32, 0x00000002 },
};
static const struct obj nic_vports[] = {
	OBJ(0, 0, nic_vport_0), OBJ(1, 0, nic_vport_1), OBJ(2, 0, nic_vport_2),
};

/* esw_vport_context at 0x80: cvlan strip/insert, cvlan_pcp, cvlan_id */
static const struct fv esw_vport_0[] = { { 0x84, 1, 0 } };
static const struct fv esw_vport_1[] = {
	{ 0x84, 1, 1 }, { 0x86, 2, 1 }, { 0xd1, 3, 3 }, { 0xd4, 12, 100 },
};
static const struct fv esw_vport_2[] = { { 0x84, 1, 0 }, { 0x86, 2, 0 } };
static const struct obj esw_vports[] = {
	OBJ(0, 0, esw_vport_0), OBJ(1, 0, esw_vport_1), OBJ(2, 0, esw_vport_2),
};

/* hca_vport_context at 0x80: port states (InfiniBand: physical link_up,
 * port and vport active), GUIDs, lid, sm_lid */
static const struct fv hca_vport_0[] = {
	{ 0x190, 4, 5 }, { 0x198, 4, 4 }, { 0x19c, 4, 4 }, { 0x1c0, 32, 0x0002c903 },
	{ 0x1e0, 32, 0x00a1b2c0 }, { 0x200, 32, 0x0002c903 }, { 0x220, 32, 0x00a1b2c1 },
	{ 0x240, 32, 0x0002c903 }, { 0x260, 32, 0x00a1b2c0 }, { 0x380, 16, 0x17 },
	{ 0x3a0, 16, 0x1 },
};
static const struct fv hca_vport_1[] = {
	{ 0x190, 4, 5 }, { 0x198, 4, 4 }, { 0x19c, 4, 4 }, { 0x200, 32, 0x0002c903 },
	{ 0x220, 32, 0x00a1b2d1 }, { 0x380, 16, 0x18 },
};
static const struct fv hca_vport_2[] = { { 0x190, 4, 3 }, { 0x198, 4, 1 }, { 0x19c, 4, 0 } };
static const struct obj hca_vports[] = {
	OBJ(0, 0, hca_vport_0), OBJ(1, 0, hca_vport_1), OBJ(2, 0, hca_vport_2),
};

/* traffic_counter pairs {packets 64, octets 64}: received_errors at 0x80,
 * received_eth_unicast at 0x480, transmitted_eth_unicast at 0x500. */
static const struct fv vport_counter_0[] = {
	{ 0xa0, 32, 3 }, { 0xe0, 32, 412 }, { 0x4a0, 32, 1048576 }, { 0x4c0, 32, 1 },
	{ 0x4e0, 32, 0x38000000 }, { 0x520, 32, 998001 }, { 0x540, 32, 1 }, { 0x560, 32, 0x1f000000 },
};
static const struct fv vport_counter_1[] = {
	{ 0x4a0, 32, 5000 }, { 0x4e0, 32, 7500000 }, { 0x520, 32, 4000 }, { 0x560, 32, 5200000 },
};
static const struct fv vport_counter_2[] = { { 0xa0, 32, 0 } };
static const struct obj vport_counters[] = {
	OBJ(0, 0, vport_counter_0), OBJ(1, 0, vport_counter_1), OBJ(2, 0, vport_counter_2),
};

/* vnic_diagnostic_statistics at 0x80 */
static const struct fv vnic_env_0[] = {
	{ 0xa0, 32, 0 }, { 0xc0, 32, 2 }, { 0x120, 32, 37 }, { 0x1c0, 32, 4 }, { 0x2a0, 32, 1 },
};
static const struct fv vnic_env_1[] = { { 0x80, 32, 1 }, { 0xa0, 32, 1 } };
static const struct fv vnic_env_2[] = { { 0x160, 32, 12 } };
static const struct obj vnic_envs[] = {
	OBJ(0, 0, vnic_env_0), OBJ(1, 0, vnic_env_1), OBJ(2, 0, vnic_env_2),
};

/* ---- flow steering: key = table_type << 24 | table_id ---- */
#define FT(type, id) ((uint32_t)(type) << 24 | (id))
/* flow_table_context at 0xc0: reformat_en, table_miss_action, level, log_size, table_miss_id */
static const struct fv ft_rx1[] = { { 0xc4, 4, 1 }, { 0xc8, 8, 0 }, { 0xd8, 8, 4 }, { 0xe8, 24, 3 } };
static const struct fv ft_rx3[] = { { 0xc8, 8, 1 }, { 0xd8, 8, 10 } };
static const struct fv ft_fdb2[] = { { 0xc0, 1, 1 }, { 0xc8, 8, 0 }, { 0xd8, 8, 16 } };
static const struct obj flow_tables[] = {
	OBJ(1, FT(0, 1), ft_rx1), OBJ(3, FT(0, 3), ft_rx3), OBJ(2, FT(4, 2), ft_fdb2),
};

/* flow group: start/end index, match_criteria_enable (outer headers),
 * outer ethertype and ip_protocol masks in match_criteria at 0x200 */
static const struct fv fg_rx1_0[] = {
	{ 0xe0, 32, 0 }, { 0x120, 32, 7 }, { 0x1f8, 8, 1 }, { 0x230, 16, 0xffff }, { 0x280, 8, 0xff },
};
static const struct fv fg_rx1_1[] = { { 0xe0, 32, 8 }, { 0x120, 32, 15 } };
static const struct obj flow_groups[] = { OBJ(0, FT(0, 1), fg_rx1_0), OBJ(1, FT(0, 1), fg_rx1_1) };

/* flow_context at 0x200: group_id, flow_tag, action, list sizes; match_value
 * at 0x400: outer ethertype (0x430), ip_protocol (0x480); destination[]
 * after the context (0x1a00, 64 bits each): TIR 0x10, then flow counter 9 */
static const struct fv fte_rx1_0[] = {
	{ 0x220, 32, 0 }, { 0x248, 24, 0xabc }, { 0x270, 16, 0x4 | 0x8 }, { 0x288, 24, 1 },
	{ 0x2a8, 24, 1 }, { 0x430, 16, 0x0800 }, { 0x480, 8, 6 },
	{ 0x1a00, 8, 0x2 }, { 0x1a08, 24, 0x10 }, { 0x1a40, 32, 9 },
};
static const struct fv fte_rx1_1[] = {
	{ 0x220, 32, 0 }, { 0x270, 16, 0x2 }, { 0x430, 16, 0x86dd }, { 0x480, 8, 17 },
};
static const struct obj ftes[] = { OBJ(0, FT(0, 1), fte_rx1_0), OBJ(1, FT(0, 1), fte_rx1_1) };

/* ---- singletons ---- */
/* QUERY_CONG_STATUS: enable (0x60), tag_enable (0x61); RoCE ECN on priority 3 */
static const struct fv cong_status_on[] = { { 0x60, 1, 1 }, { 0x61, 1, 1 } };
static const struct fv cong_status_off[] = { { 0x60, 1, 0 } };
/* QUERY_CONG_PARAMS: congestion_parameters at 0x80 (rppp_max_rps, rpg_*) */
static const struct fv cong_params[] = {
	{ 0x100, 32, 1 }, { 0x120, 32, 300 }, { 0x140, 32, 32767 }, { 0x160, 32, 1 },
	{ 0x180, 32, 0 }, { 0x1a0, 32, 5 }, { 0x1c0, 32, 50 }, { 0x1e0, 32, 11 },
};
/* QUERY_CONG_STATISTICS: rp_cur_flows, sum_flows, rp_cnp_handled (0x100/0x120),
 * np_ecn_marked_roce_packets low (0x2c0), np_cnp_sent (0x2e0/0x300) */
static const struct fv cong_stats[] = {
	{ 0x80, 32, 3 }, { 0xa0, 32, 11 }, { 0x120, 32, 5210 }, { 0x2c0, 32, 10422 },
	{ 0x300, 32, 5120 },
};
/* QUERY_SPECIAL_CONTEXTS: dump_fill_mkey, resd_lkey, null_mkey */
static const struct fv special[] = { { 0x40, 32, 0x300 }, { 0x60, 32, 0x100 }, { 0x80, 32, 0x200 } };
/* QUERY_ISSI: current_issi 1, supported_issi_dw0 = ISSI 0 and 1 */
static const struct fv issi[] = { { 0x50, 16, 1 }, { 0x360, 32, 0x3 } };
/* QUERY_LAG: lagc at 0x40 (port_select_mode, lag_state, active_port, tx affinities) */
static const struct fv lag[] = {
	{ 0x55, 3, 0 }, { 0x5d, 3, 0 }, { 0x6c, 4, 3 }, { 0x74, 4, 2 }, { 0x7c, 4, 1 },
};
/* QUERY_ESW_FUNCTIONS: host_params_context at 0x80 (host PF with 2 of 8 VFs) */
static const struct fv esw_functions[] = {
	{ 0x60, 8, 1 }, { 0x80, 8, 0 }, { 0x90, 16, 2 }, { 0xa0, 16, 8 }, { 0xb0, 16, 0x08 },
	{ 0xd0, 16, 0 }, { 0xf0, 16, 0 },
};
/* QUERY_PAGES: function_id (0x50), num_pages (0x60) per op_mod */
static const struct fv pages_boot[] = { { 0x60, 32, 64 } };
static const struct fv pages_init[] = { { 0x60, 32, 4096 } };
static const struct fv pages_regular[] = { { 0x60, 32, 0 } };

/* ---- requests ---- */
enum kind {
	K_ID,        /* id at (id_bit, id_w) in the command, looked up in objs */
	K_VPORT,     /* other_vport at 0x40, vport_number at 0x50 */
	K_FLOW,      /* table_type at 0x80, table_id at 0xa8, id as K_ID */
	K_SINGLE,    /* one answer */
	K_CONG_STATUS,
	K_PAGES,
};

struct query {
	uint16_t opcode;
	enum kind kind;
	uint16_t in_len;           /* bytes the command must carry */
	uint16_t id_bit;
	uint8_t id_w;
	const struct obj *objs;
	size_t n;
	const struct fv *single;
	size_t n_single;
};

#define QID(op, len, bit, w, tbl) { op, K_ID, len, bit, w, tbl, EMU_ARRAY_SIZE(tbl), NULL, 0 }
#define QVP(op, len, tbl) { op, K_VPORT, len, 0, 0, tbl, EMU_ARRAY_SIZE(tbl), NULL, 0 }
#define QFL(op, bit, w, tbl) { op, K_FLOW, 64, bit, w, tbl, EMU_ARRAY_SIZE(tbl), NULL, 0 }
#define QONE(op, list) { op, K_SINGLE, 16, 0, 0, NULL, 0, list, EMU_ARRAY_SIZE(list) }

static const struct query queries[] = {
	QID(0x50b, 16, 0x48, 24, qps),
	QID(0x713, 16, 0x48, 24, dcts),
	QID(0x402, 16, 0x48, 24, cqs),
	QID(0x303, 16, 0x58, 8, eqs),
	QID(0x907, 16, 0x48, 24, sqs),
	QID(0x90b, 16, 0x48, 24, rqs),
	QID(0x702, 16, 0x48, 24, srqs),
	QID(0x719, 16, 0x48, 24, xrqs),
	QID(0x707, 16, 0x48, 24, xrc_srqs),
	QID(0x90f, 16, 0x48, 24, rmps),
	QID(0x903, 16, 0x48, 24, tirs),
	QID(0x915, 16, 0x48, 24, tiss),
	QID(0x919, 16, 0x48, 24, rqts),
	QID(0x201, 16, 0x48, 24, mkeys),
	QID(0x773, 32, 0xf8, 8, q_counters),
	QVP(0x750, 16, vport_states),
	QVP(0x754, 16, nic_vports),
	QVP(0x752, 16, esw_vports),
	QVP(0x762, 16, hca_vports),
	QVP(0x770, 32, vport_counters),
	QVP(0x76f, 16, vnic_envs),
	QFL(0x932, 0xa8, 24, flow_tables),
	QFL(0x935, 0xc0, 32, flow_groups),
	QFL(0x937, 0x100, 32, ftes),
	{ 0x822, K_CONG_STATUS, 16, 0, 0, NULL, 0, NULL, 0 },
	QONE(0x824, cong_params),
	QONE(0x826, cong_stats),
	QONE(0x203, special),
	QONE(0x10a, issi),
	QONE(0x842, lag),
	QONE(0x740, esw_functions),
	{ 0x107, K_PAGES, 16, 0, 0, NULL, 0, NULL, 0 },
};

static void put(uint8_t *out, size_t cap, const struct fv *f, size_t n)
{
	for (size_t i = 0; i < n; i++)
		emu_prm_set(out, cap, f[i].bit, f[i].width, f[i].val);
}

static const struct obj *lookup(const struct query *q, uint32_t id, uint32_t key)
{
	for (size_t i = 0; i < q->n; i++)
		if (q->objs[i].id == id && q->objs[i].key == key)
			return &q->objs[i];
	return NULL;
}

static int fail(int status, uint32_t base, uint16_t opcode, uint32_t *syndrome)
{
	*syndrome = base | opcode;
	return status;
}

int emu_mlx5_ext_cmd(struct emu_dev *dev, uint16_t opcode, const uint8_t *in, size_t in_len,
		     uint8_t *out, size_t out_cap, uint32_t *syndrome)
{
	const struct query *q = NULL;
	const struct obj *o;
	uint32_t id = 0, key = 0;
	uint16_t op_mod;

	(void)dev;
	for (size_t i = 0; i < EMU_ARRAY_SIZE(queries); i++)
		if (queries[i].opcode == opcode)
			q = &queries[i];
	if (!q)
		return -1;
	if (in_len < q->in_len)
		return fail(EMU_MLX5_STAT_BAD_INP_LEN, SYND_OBJ_BAD_INP_LEN, opcode, syndrome);
	op_mod = emu_get_be16(in + 6);

	switch (q->kind) {
	case K_ID:
		id = emu_prm_get(in, in_len, q->id_bit, q->id_w);
		break;
	case K_VPORT:
		if (emu_prm_get(in, in_len, 0x40, 1))
			id = emu_prm_get(in, in_len, 0x50, 16);
		if (id > MAX_VPORT || (opcode == 0x750 && op_mod > 2))
			return fail(EMU_MLX5_STAT_BAD_PARAM, SYND_OBJ_BAD_PARAM, opcode, syndrome);
		break;
	case K_FLOW: {
		uint32_t type = emu_prm_get(in, in_len, 0x80, 8);

		if (type > 6)
			return fail(EMU_MLX5_STAT_BAD_PARAM, SYND_OBJ_BAD_PARAM, opcode, syndrome);
		key = FT(type, emu_prm_get(in, in_len, 0xa8, 24));
		id = emu_prm_get(in, in_len, q->id_bit, q->id_w);
		break;
	}
	case K_SINGLE:
		put(out, out_cap, q->single, q->n_single);
		return EMU_MLX5_STAT_OK;
	case K_CONG_STATUS: {
		uint32_t prio = emu_prm_get(in, in_len, 0x58, 4);

		if (prio > 7)
			return fail(EMU_MLX5_STAT_BAD_PARAM, SYND_OBJ_BAD_PARAM, opcode, syndrome);
		if (prio == 3)
			put(out, out_cap, cong_status_on, EMU_ARRAY_SIZE(cong_status_on));
		else
			put(out, out_cap, cong_status_off, EMU_ARRAY_SIZE(cong_status_off));
		return EMU_MLX5_STAT_OK;
	}
	case K_PAGES:
		/* Only the own function (function_id 0) is modelled. */
		if (emu_prm_get(in, in_len, 0x50, 16) != 0 || op_mod < 1 || op_mod > 3)
			return fail(EMU_MLX5_STAT_BAD_PARAM, SYND_OBJ_BAD_PARAM, opcode, syndrome);
		if (op_mod == 1)
			put(out, out_cap, pages_boot, EMU_ARRAY_SIZE(pages_boot));
		else if (op_mod == 2)
			put(out, out_cap, pages_init, EMU_ARRAY_SIZE(pages_init));
		else
			put(out, out_cap, pages_regular, EMU_ARRAY_SIZE(pages_regular));
		return EMU_MLX5_STAT_OK;
	}
	o = lookup(q, id, key);
	if (!o)
		return fail(EMU_MLX5_STAT_BAD_RES, SYND_OBJ_NO_RESOURCE, opcode, syndrome);
	put(out, out_cap, o->f, o->n);
	return EMU_MLX5_STAT_OK;
}
