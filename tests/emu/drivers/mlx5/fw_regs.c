// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * Access registers of the emulated firmware (ACCESS_REG 0x805 for every
 * register id but RESOURCE_DUMP).  The emulator's own model, independent
 * of the tool's tables: per register its length, the fields that select
 * an instance, the fields a write may change, default values per profile
 * ({register, bit offset, width, value per profile}), and hooks for what
 * is computed (counters, temperature, module EEPROM).  Instances keep
 * their state: a write is visible in the next read.
 */
#include <stdlib.h>
#include <string.h>

#include "emu_mlx5.h"

enum { PAOS = 0x5006, PTYS = 0x5004, PMTU = 0x5003, PPCNT = 0x5008, PCAM = 0x507f,
       QCAM = 0x4019, MCAM = 0x907f, MTMP = 0x900a, MCIA = 0x9014, MGIR = 0x9020 };

struct fld { uint16_t off; uint8_t width; };

struct regval {
	uint16_t reg, off;
	uint8_t width;
	uint32_t v[EMU_MLX5_N_PROFILES];
};

#define BOTH(r, o, w, x)    { r, o, w, { x, x } }
#define EACH(r, o, w, a, b) { r, o, w, { a, b } }
/* CAM registers: bit for register base+n of a 128-bit mask at 0x40 is 0x40 + 127 - n. */
#define CAMREG(r, n, a, b)  { r, 0x40 + 127 - (n), 1, { a, b } }
/* CAM feature masks at 0x140, bit numbers as in the PRM structures. */
#define CAMFEAT(r, bit, a, b) { r, 0x140 + (bit), 1, { a, b } }

/* Ethernet protocol bits (PTYS): legacy eth_proto_* and ext_eth_proto_*,
 * as the kernel's enum mlx5e_link_mode / mlx5e_ext_link_mode number them. */
#define ETH_40G_CR4   (1u << 6)
#define ETH_100G_CR4  (1u << 20)
#define ETH_100G_SR4  (1u << 21)
#define ETH_100G_KR4  (1u << 22)
#define ETH_25G_CR    (1u << 27)
#define ETH_25G_SR    (1u << 29)
#define ETH_50G_CR2   (1u << 30)
#define EXT_50GAUI_1  (1u << 8)
#define EXT_100GAUI_2 (1u << 10)
#define EXT_200GAUI_4 (1u << 12)
#define EXT_400GAUI_8 (1u << 15)
#define EXT_100GAUI_1 (1u << 11)
#define EXT_200GAUI_2 (1u << 13)
#define EXT_400GAUI_4 (1u << 16)
#define CX6DX_ETH (ETH_40G_CR4 | ETH_100G_CR4 | ETH_100G_SR4 | ETH_100G_KR4 | ETH_25G_CR | \
		   ETH_25G_SR | ETH_50G_CR2)
#define CX6DX_EXT (EXT_50GAUI_1 | EXT_100GAUI_2)
#define CX7_EXT   (EXT_100GAUI_2 | EXT_200GAUI_4 | EXT_400GAUI_8 | EXT_100GAUI_1 | \
		   EXT_200GAUI_2 | EXT_400GAUI_4)

static const struct regval defaults[] = {
	/* PAOS: administratively and operationally up */
	BOTH(PAOS, 0x14, 4, 1), BOTH(PAOS, 0x1c, 4, 1),
	/* PTYS (Ethernet): capability, admin = capability, operating protocol and rate */
	BOTH(PTYS, 0x02, 1, 1),                                 /* an_disable_cap */
	BOTH(PTYS, 0x20, 4, 1),                                 /* an_status: good */
	EACH(PTYS, 0x30, 16, 1000, 4000),                       /* data_rate_oper, 100 Mb/s */
	EACH(PTYS, 0x40, 32, CX6DX_EXT, CX7_EXT),               /* ext_eth_proto_capability */
	EACH(PTYS, 0x60, 32, CX6DX_ETH, 0),                     /* eth_proto_capability */
	EACH(PTYS, 0xa0, 32, CX6DX_EXT, CX7_EXT),               /* ext_eth_proto_admin */
	EACH(PTYS, 0xc0, 32, CX6DX_ETH, 0),                     /* eth_proto_admin */
	EACH(PTYS, 0x100, 32, 0, EXT_400GAUI_4),                /* ext_eth_proto_oper */
	EACH(PTYS, 0x120, 32, ETH_100G_SR4, 0),                 /* eth_proto_oper */
	EACH(PTYS, 0x17c, 4, 0x1, 0x7),                         /* connector_type */
	/* PMTU */
	EACH(PMTU, 0x20, 16, 9978, 10240),                      /* max_mtu */
	BOTH(PMTU, 0x40, 16, 1522), BOTH(PMTU, 0x60, 16, 1522), /* admin_mtu, oper_mtu */
	/* PCAM: port registers 0x50xx supported, enhanced features */
	CAMREG(PCAM, 0x03, 1, 1), CAMREG(PCAM, 0x04, 1, 1), CAMREG(PCAM, 0x06, 1, 1),
	CAMREG(PCAM, 0x08, 1, 1), CAMREG(PCAM, 0x0b, 1, 1), CAMREG(PCAM, 0x0c, 1, 1),
	CAMREG(PCAM, 0x23, 1, 1), CAMREG(PCAM, 0x7f, 1, 1),
	CAMFEAT(PCAM, 0x72, 1, 1),                              /* ptys_extended_ethernet */
	CAMFEAT(PCAM, 0x76, 1, 1),                              /* pfcc_mask */
	CAMFEAT(PCAM, 0x7a, 0, 1),                              /* per_lane_error_counters */
	CAMFEAT(PCAM, 0x7b, 1, 1),                              /* rx_buffer_fullness_counters */
	CAMFEAT(PCAM, 0x7c, 1, 1),                              /* ptys_connector_type */
	CAMFEAT(PCAM, 0x7f, 0, 1),                              /* ppcnt_statistical_group */
	/* QCAM: QoS registers 0x40xx */
	CAMREG(QCAM, 0x01, 1, 1), CAMREG(QCAM, 0x02, 1, 1), CAMREG(QCAM, 0x03, 1, 1),
	CAMREG(QCAM, 0x13, 0, 1),
	CAMFEAT(QCAM, 0x7f, 1, 1),                              /* qpts_trust_both */
	/* MCAM: management registers 0x90xx */
	CAMREG(MCAM, 0x0a, 1, 1), CAMREG(MCAM, 0x14, 1, 1), CAMREG(MCAM, 0x55, 1, 1),
	CAMREG(MCAM, 0x59, 1, 1), CAMREG(MCAM, 0x60, 1, 1), CAMREG(MCAM, 0x61, 1, 1),
	CAMREG(MCAM, 0x62, 1, 1), CAMREG(MCAM, 0x63, 1, 1), CAMREG(MCAM, 0x7f, 1, 1),
	CAMFEAT(MCAM, 0x6a, 1, 1),                              /* reset_state */
	CAMFEAT(MCAM, 0x7b, 1, 1),                              /* pcie_outbound_stalled */
	CAMFEAT(MCAM, 0x7e, 0, 1),                              /* mtpps_fs */
	CAMFEAT(MCAM, 0x7f, 1, 1),                              /* pcie_performance_group */
	/* MTMP: measurement enabled, thresholds 105/100 C (1/8 degree units) */
	BOTH(MTMP, 0x40, 1, 1), BOTH(MTMP, 0x70, 16, 840), BOTH(MTMP, 0x90, 16, 800),
};

/* PPCNT counters the emulator fills: {group, bit offset in counter_set, base, rate}. */
static const struct ppcnt_ctr { uint8_t grp; uint16_t off; uint64_t base; uint32_t rate; } ppcnt_ctrs[] = {
	{ 0x00, 0x000, 123456789, 1500 },    /* a_frames_transmitted_ok */
	{ 0x00, 0x040, 98765432, 1700 },     /* a_frames_received_ok */
	{ 0x00, 0x100, 185185183500, 2250000 }, /* a_octets_transmitted_ok */
	{ 0x00, 0x140, 148148148000, 2550000 }, /* a_octets_received_ok */
	{ 0x00, 0x440, 17, 0 },              /* a_pause_mac_ctrl_frames_received */
	{ 0x01, 0x000, 148148148000, 2550000 }, /* if_in_octets */
	{ 0x01, 0x040, 98000000, 1690 },     /* if_in_ucast_pkts */
	{ 0x01, 0x080, 3, 0 },               /* if_in_discards */
	{ 0x01, 0x140, 185185183500, 2250000 }, /* if_out_octets */
	{ 0x01, 0x180, 123000000, 1490 },    /* if_out_ucast_pkts */
	{ 0x02, 0x040, 333333331500, 4800000 }, /* ether_stats_octets */
	{ 0x02, 0x080, 222222221, 3200 },    /* ether_stats_pkts */
	{ 0x02, 0x2c0, 1000000, 40 },        /* ether_stats_pkts64octets */
	{ 0x02, 0x440, 200000000, 3000 },    /* ether_stats_pkts1519to2047octets */
	{ 0x03, 0x380, 17, 0 },              /* dot3in_pause_frames */
	{ 0x03, 0x3c0, 9, 0 },               /* dot3out_pause_frames */
	{ 0x05, 0x000, 5000, 10 },           /* port_transmit_wait */
	{ 0x05, 0x140, 2, 0 },               /* rx_buffer_almost_full */
	{ 0x10, 0x000, 18518518350, 280000 },/* rx_octets (per priority) */
	{ 0x10, 0x100, 12345678, 210 },      /* rx_frames */
	{ 0x10, 0x140, 23148147937, 300000 },/* tx_octets */
	{ 0x10, 0x240, 15432098, 190 },      /* tx_frames */
	{ 0x11, 0x000, 4096, 64 },           /* transmit_queue */
	{ 0x11, 0x040, 0, 0 },               /* no_buffer_discard_uc */
	{ 0x12, 0x000, 3600000, 1000 },      /* time_since_last_clear (ms) */
	{ 0x12, 0x3c0, 1024, 3 },            /* rs_fec_corrected_blocks */
	{ 0x12, 0x440, 900000000, 150000 },  /* rs_fec_no_errors_blocks */
	{ 0x13, 0x000, 0, 0 },               /* wred_discard */
	{ 0x13, 0x040, 42, 1 },              /* ecn_marked_tc */
	{ 0x16, 0x000, 3600000, 1000 },      /* time_since_last_clear (ms) */
	{ 0x16, 0x040, 360000000000000ull, 400000000 }, /* phy_received_bits */
	{ 0x16, 0x0c0, 51234, 12 },          /* phy_corrected_bits */
};

struct regdef {
	uint16_t id;
	uint16_t len;                      /* register bytes */
	struct fld key[4];                 /* index fields that select an instance */
	uint8_t n_key;
	struct fld wr[6];                  /* fields a write may change */
	uint8_t n_wr;
	/* Validate the request's index fields: PRM status or OK. */
	int (*check)(struct emu_dev *dev, const uint8_t *req, uint32_t *syn);
	/* Fill computed content before an instance is returned. */
	void (*on_read)(struct emu_dev *dev, struct emu_mlx5_reg_inst *r, const uint8_t *req);
	/* Validate a written image and apply side effects. */
	int (*on_write)(struct emu_dev *dev, const uint8_t *old, uint8_t *img, uint32_t *syn);
};

static uint32_t get(const uint8_t *b, size_t len, struct fld f)
{
	return emu_prm_get(b, len, f.off, f.width);
}

static int bad_index(uint32_t *syn)
{
	*syn = EMU_MLX5_SYND_BAD_INDEX;
	return EMU_MLX5_STAT_BAD_PARAM;
}

static int bad_field(uint32_t *syn)
{
	*syn = EMU_MLX5_SYND_BAD_FIELD;
	return EMU_MLX5_STAT_BAD_PARAM;
}

/* local_port is 1-based; the function's ports are 1..num_ports. */
static int check_port(struct emu_dev *dev, const uint8_t *req, uint32_t *syn)
{
	uint32_t port = emu_prm_get(req, 16, 0x08, 8);

	if (port < 1 || port > emu_mlx5(dev)->prof->num_ports)
		return bad_index(syn);
	return EMU_MLX5_STAT_OK;
}

static int check_ptys(struct emu_dev *dev, const uint8_t *req, uint32_t *syn)
{
	uint32_t mask = emu_prm_get(req, 16, 0x1d, 3);

	/* Ethernet ports: proto_mask Ethernet (bit 2), or 0 for the port's own. */
	if (mask != 0 && mask != 0x4)
		return bad_index(syn);
	return check_port(dev, req, syn);
}

static bool has_group(const struct emu_mlx5_profile *p, uint32_t grp)
{
	for (size_t i = 0; i < p->n_ppcnt_groups; i++)
		if (p->ppcnt_groups[i] == grp)
			return true;
	return false;
}

static int check_ppcnt(struct emu_dev *dev, const uint8_t *req, uint32_t *syn)
{
	uint32_t grp = emu_prm_get(req, 16, 0x1a, 6);
	uint32_t prio = emu_prm_get(req, 16, 0x3b, 5);

	if (!has_group(emu_mlx5(dev)->prof, grp) || prio > 7 ||
	    emu_prm_get(req, 16, 0x10, 2) != 0)      /* pnat: local port numbering only */
		return bad_index(syn);
	return check_port(dev, req, syn);
}

static int check_cam(struct emu_dev *dev, const uint8_t *req, uint32_t *syn)
{
	(void)dev;
	/* Only feature group 0 / register group 0 exist on these generations. */
	if (emu_prm_get(req, 16, 0x08, 8) || emu_prm_get(req, 16, 0x18, 8))
		return bad_index(syn);
	return EMU_MLX5_STAT_OK;
}

static int check_mtmp(struct emu_dev *dev, const uint8_t *req, uint32_t *syn)
{
	if (emu_prm_get(req, 16, 0x14, 12) >= emu_mlx5(dev)->prof->num_sensors)
		return bad_index(syn);
	return EMU_MLX5_STAT_OK;
}

static int check_mcia(struct emu_dev *dev, const uint8_t *req, uint32_t *syn)
{
	uint32_t addr = emu_prm_get(req, 16, 0x30, 16), size = emu_prm_get(req, 16, 0x50, 16);

	(void)dev;
	/* The register carries 12 dwords; the page has 256 bytes. */
	if (size > 48 || addr + size > 256)
		return bad_field(syn);
	return EMU_MLX5_STAT_OK;
}

/* A PAOS admin_status change takes effect only with ase set (as in the PRM). */
static int write_paos(struct emu_dev *dev, const uint8_t *old, uint8_t *img, uint32_t *syn)
{
	uint32_t admin = emu_prm_get(img, 16, 0x14, 4);

	(void)dev;
	if (!emu_prm_get(img, 16, 0x20, 1))                    /* ase clear: admin unchanged */
		admin = emu_prm_get(old, 16, 0x14, 4);
	emu_prm_set(img, 16, 0x14, 4, admin);
	if (admin < 1 || admin > 3)
		return bad_field(syn);
	emu_prm_set(img, 16, 0x1c, 4, admin == 2 ? 2 : 1);     /* oper follows admin */
	emu_prm_set(img, 16, 0x20, 2, 0);                       /* ase, ee: write-only */
	return EMU_MLX5_STAT_OK;
}

static uint32_t highest_bit(uint32_t v)
{
	uint32_t b = 0;

	while (v >>= 1)
		b++;
	return b;
}

static uint32_t rate_of(bool ext, uint32_t bit)
{
	static const struct { uint8_t bit; uint16_t rate; } ext_rates[] = {
		{ 8, 500 }, { 10, 1000 }, { 11, 1000 }, { 12, 2000 }, { 13, 2000 }, { 15, 4000 },
		{ 16, 4000 } };
	static const struct { uint8_t bit; uint16_t rate; } eth_rates[] = {
		{ 6, 400 }, { 20, 1000 }, { 21, 1000 }, { 22, 1000 }, { 27, 250 }, { 29, 250 },
		{ 30, 500 } };

	if (ext) {
		for (size_t i = 0; i < EMU_ARRAY_SIZE(ext_rates); i++)
			if (ext_rates[i].bit == bit)
				return ext_rates[i].rate;
	} else {
		for (size_t i = 0; i < EMU_ARRAY_SIZE(eth_rates); i++)
			if (eth_rates[i].bit == bit)
				return eth_rates[i].rate;
	}
	return 0;
}

/* Admin protocols must be a subset of the capability; the link comes up at
 * the fastest admitted protocol (extended ones first). */
static int write_ptys(struct emu_dev *dev, const uint8_t *old, uint8_t *img, uint32_t *syn)
{
	(void)old;
	uint32_t ext_cap = emu_prm_get(img, 64, 0x40, 32), cap = emu_prm_get(img, 64, 0x60, 32);
	uint32_t ext = emu_prm_get(img, 64, 0xa0, 32), eth = emu_prm_get(img, 64, 0xc0, 32);

	(void)dev;
	if ((ext & ~ext_cap) || (eth & ~cap))
		return bad_field(syn);
	emu_prm_set(img, 64, 0x100, 32, ext ? 1u << highest_bit(ext) : 0);
	emu_prm_set(img, 64, 0x120, 32, !ext && eth ? 1u << highest_bit(eth) : 0);
	emu_prm_set(img, 64, 0x30, 16, ext ? rate_of(true, highest_bit(ext)) :
				       eth ? rate_of(false, highest_bit(eth)) : 0);
	return EMU_MLX5_STAT_OK;
}

static int write_pmtu(struct emu_dev *dev, const uint8_t *old, uint8_t *img, uint32_t *syn)
{
	(void)old;
	uint32_t admin = emu_prm_get(img, 16, 0x40, 16);

	(void)dev;
	if (admin < 64 || admin > emu_prm_get(img, 16, 0x20, 16))
		return bad_field(syn);
	emu_prm_set(img, 16, 0x60, 16, admin);
	return EMU_MLX5_STAT_OK;
}

static int write_mtmp(struct emu_dev *dev, const uint8_t *old, uint8_t *img, uint32_t *syn)
{
	(void)old;
	(void)dev;
	if (emu_prm_get(img, 32, 0x60, 2) == 3 ||
	    emu_prm_get(img, 32, 0x90, 16) > emu_prm_get(img, 32, 0x70, 16))
		return bad_field(syn);
	if (emu_prm_get(img, 32, 0x41, 1))                      /* mtr: reset the maximum */
		emu_prm_set(img, 32, 0x50, 16, emu_prm_get(img, 32, 0x30, 16));
	emu_prm_set(img, 32, 0x41, 1, 0);                       /* mtr is write-only */
	return EMU_MLX5_STAT_OK;
}

static void read_ppcnt(struct emu_dev *dev, struct emu_mlx5_reg_inst *r, const uint8_t *req)
{
	const struct emu_mlx5_profile *p = emu_mlx5(dev)->prof;
	uint32_t grp = emu_prm_get(r->data, EMU_MLX5_REG_MAX, 0x1a, 6);
	uint32_t prio = emu_prm_get(r->data, EMU_MLX5_REG_MAX, 0x3b, 5);
	uint64_t scale = p->idx == 1 ? 4 : 1;       /* 400G moves four times the data */

	if (emu_prm_get(req, 16, 0x20, 1))           /* clr: counters restart */
		r->reads = 0;
	memset(r->data + 8, 0, 248);
	for (size_t i = 0; i < EMU_ARRAY_SIZE(ppcnt_ctrs); i++) {
		const struct ppcnt_ctr *c = &ppcnt_ctrs[i];
		uint64_t v;

		if (c->grp != grp)
			continue;
		v = c->base / (prio + 1) + c->rate * scale * r->reads;
		emu_prm_set(r->data + 8, 248, c->off, 32, (uint32_t)(v >> 32));
		emu_prm_set(r->data + 8, 248, c->off + 32, 32, (uint32_t)v);
	}
}

static void read_mtmp(struct emu_dev *dev, struct emu_mlx5_reg_inst *r, const uint8_t *req)
{
	uint32_t sensor = emu_prm_get(r->data, 32, 0x14, 12);
	uint32_t base = (emu_mlx5(dev)->prof->idx == 1 ? 496 : 440) + 24 * sensor;
	uint32_t t = base + (uint32_t)(r->reads % 5) - 2;     /* a few 1/8 C of noise */

	(void)req;
	emu_prm_set(r->data, 32, 0x30, 16, t);
	if (emu_prm_get(r->data, 32, 0x40, 1) && t > emu_prm_get(r->data, 32, 0x50, 16))
		emu_prm_set(r->data, 32, 0x50, 16, t);
	/* sensor_name_hi/lo: "ASIC" or "MOD0" (module) */
	emu_prm_set(r->data, 32, 0xc0, 32, sensor ? 0x4d4f4430u : 0x41534943u);
}

/* Module EEPROM bytes from the profile's pieces; the rest reads as zero. */
static uint8_t eeprom_byte(const struct emu_mlx5_profile *p, unsigned addr)
{
	for (size_t i = 0; i < p->n_eeprom; i++)
		if (addr >= p->eeprom[i].off && addr < (unsigned)p->eeprom[i].off + p->eeprom[i].len)
			return (uint8_t)p->eeprom[i].bytes[addr - p->eeprom[i].off];
	return 0;
}

static void read_mcia(struct emu_dev *dev, struct emu_mlx5_reg_inst *r, const uint8_t *req)
{
	const struct emu_mlx5_profile *p = emu_mlx5(dev)->prof;
	uint32_t module = emu_prm_get(req, 16, 0x08, 8), i2c = emu_prm_get(req, 16, 0x20, 8);
	uint32_t page = emu_prm_get(req, 16, 0x28, 8), addr = emu_prm_get(req, 16, 0x30, 16);
	uint32_t size = emu_prm_get(req, 16, 0x50, 16);
	uint32_t status = 0;

	/* The request's addressing is echoed; data replaces the dwords. */
	memcpy(r->data, req, 16);
	memset(r->data + 16, 0, 48);
	if (module >= p->num_ports)
		status = 0x3;                        /* module_not_connected */
	else if (i2c != 0x50 || page != 0)
		status = 0x9;                        /* i2c_error: only page 0 at 0x50 exists */
	emu_prm_set(r->data, 16, 0x18, 8, status);
	for (uint32_t i = 0; !status && i < size; i++)
		r->data[16 + i] = eeprom_byte(p, addr + i);
}

/* MGIR has one instance and no index: any request reads it. */
static int check_none(struct emu_dev *dev, const uint8_t *req, uint32_t *syn)
{
	(void)dev; (void)req; (void)syn;
	return EMU_MLX5_STAT_OK;
}

static void read_mgir(struct emu_dev *dev, struct emu_mlx5_reg_inst *r, const uint8_t *req)
{
	(void)req;
	emu_mlx5_mgir_read(dev, r->data, sizeof(r->data), r->reads);
}

static const struct regdef regs[] = {
	{ PAOS, 16, { { 0x08, 8 } }, 1, { { 0x14, 4 }, { 0x20, 1 }, { 0x21, 1 } }, 3,
	  check_port, NULL, write_paos },
	{ PTYS, 64, { { 0x08, 8 }, { 0x1d, 3 } }, 2,
	  { { 0x01, 1 }, { 0xa0, 32 }, { 0xc0, 32 } }, 3, check_ptys, NULL, write_ptys },
	{ PMTU, 16, { { 0x08, 8 } }, 1, { { 0x40, 16 } }, 1, check_port, NULL, write_pmtu },
	{ PPCNT, 256, { { 0x08, 8 }, { 0x1a, 6 }, { 0x3b, 5 } }, 3, { { 0 } }, 0,
	  check_ppcnt, read_ppcnt, NULL },
	{ PCAM, 80, { { 0x08, 8 }, { 0x18, 8 } }, 2, { { 0 } }, 0, check_cam, NULL, NULL },
	{ QCAM, 72, { { 0x08, 8 }, { 0x18, 8 } }, 2, { { 0 } }, 0, check_cam, NULL, NULL },
	{ MCAM, 72, { { 0x08, 8 }, { 0x18, 8 } }, 2, { { 0 } }, 0, check_cam, NULL, NULL },
	{ MTMP, 32, { { 0x14, 12 } }, 1,
	  { { 0x40, 1 }, { 0x41, 1 }, { 0x60, 2 }, { 0x70, 16 }, { 0x90, 16 } }, 5,
	  check_mtmp, read_mtmp, write_mtmp },
	{ MCIA, 64, { { 0x08, 8 } }, 1, { { 0 } }, 0, check_mcia, read_mcia, NULL },
	{ MGIR, EMU_MLX5_MGIR_LEN, { { 0 } }, 0, { { 0 } }, 0, check_none, read_mgir, NULL },
};

static uint64_t key_of(const struct regdef *d, const uint8_t *req)
{
	uint64_t k = 0;

	for (unsigned i = 0; i < d->n_key; i++)
		k = k << 16 | get(req, 16, d->key[i]);
	return k;
}

/* The stored instance, created from the profile's defaults on first use. */
static struct emu_mlx5_reg_inst *instance(struct emu_dev *dev, const struct regdef *d,
					  const uint8_t *req)
{
	struct emu_mlx5 *m = emu_mlx5(dev);
	uint64_t key = key_of(d, req);
	struct emu_mlx5_reg_inst *r;

	for (size_t i = 0; i < m->n_regs; i++)
		if (m->regs[i].reg_id == d->id && m->regs[i].key == key)
			return &m->regs[i];
	if (m->n_regs == EMU_MLX5_REG_INSTANCES)
		return NULL;
	if (!m->regs) {
		m->regs = calloc(EMU_MLX5_REG_INSTANCES, sizeof(*m->regs));
		if (!m->regs)
			return NULL;
	}
	r = &m->regs[m->n_regs++];
	memset(r, 0, sizeof(*r));
	r->reg_id = d->id;
	r->key = key;
	for (size_t i = 0; i < EMU_ARRAY_SIZE(defaults); i++)
		if (defaults[i].reg == d->id)
			emu_prm_set(r->data, d->len, defaults[i].off, defaults[i].width,
				    defaults[i].v[m->prof->idx]);
	for (unsigned i = 0; i < d->n_key; i++)
		emu_prm_set(r->data, d->len, d->key[i].off, d->key[i].width, get(req, 16, d->key[i]));
	/* The highest temperature so far starts a little above the current one. */
	if (d->id == MTMP)
		emu_prm_set(r->data, d->len, 0x50, 16,
			    (m->prof->idx == 1 ? 496 : 440) + 16 + 24 * get(req, 16, d->key[0]));
	return r;
}

int emu_mlx5_reg_access(struct emu_dev *dev, bool write, uint16_t reg_id,
			const uint8_t *reg_in, size_t reg_len, uint8_t *reg_out,
			size_t out_cap, uint32_t *syndrome)
{
	struct emu_mlx5 *m = emu_mlx5(dev);
	const struct regdef *d = NULL;
	struct emu_mlx5_reg_inst *r;
	int st;

	for (size_t i = 0; i < EMU_ARRAY_SIZE(regs); i++)
		if (regs[i].id == reg_id)
			d = &regs[i];
	if (!d)
		return -1;
	if (reg_len < d->len) {
		*syndrome = EMU_MLX5_SYND_SHORT_IN;
		return EMU_MLX5_STAT_BAD_INP_LEN;
	}
	if (m->req_out_len < (size_t)EMU_MLX5_HDR + d->len || out_cap < d->len) {
		*syndrome = EMU_MLX5_SYND_SHORT_OUT;
		return EMU_MLX5_STAT_BAD_OUTP_LEN;
	}
	if (write && !d->n_wr) {
		*syndrome = EMU_MLX5_SYND_READ_ONLY;
		return EMU_MLX5_STAT_BAD_PARAM;
	}
	st = d->check(dev, reg_in, syndrome);
	if (st)
		return st;
	r = instance(dev, d, reg_in);
	if (!r) {
		*syndrome = EMU_MLX5_SYND_BAD_INDEX;
		return EMU_MLX5_STAT_NO_RES;
	}
	if (write) {
		uint8_t img[EMU_MLX5_REG_MAX];

		memcpy(img, r->data, sizeof(img));
		for (unsigned i = 0; i < d->n_wr; i++)
			emu_prm_set(img, d->len, d->wr[i].off, d->wr[i].width,
				    get(reg_in, d->len, d->wr[i]));
		st = d->on_write(dev, r->data, img, syndrome);
		if (st)
			return st;
		memcpy(r->data, img, sizeof(img));
	} else {
		if (d->on_read)
			d->on_read(dev, r, reg_in);
		r->reads++;
	}
	memcpy(reg_out, r->data, d->len);
	return EMU_MLX5_STAT_OK;
}
