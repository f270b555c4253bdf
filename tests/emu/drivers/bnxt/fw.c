// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * The emulated bnxt firmware: plausible answers for every query the tool
 * decodes, a generic success for the rest of the allow-list.  Encodings
 * are written from the byte offsets of shared/bnxt-abi.md section 4, not
 * from the plugin's tables (see fw.h).
 */
#include <string.h>

#include "fw.h"
#include "fw_bytes.h"

static void put8(uint8_t *b, size_t off, uint8_t v) { b[off] = v; }
static void putstr(uint8_t *b, size_t off, size_t n, const char *s)
{
	size_t l = strlen(s);

	memcpy(b + off, s, l < n ? l : n);
}

/* Firmware version of every component: 230.0.158.0 (8-bit and 16-bit forms). */
#define FW_MAJ 230
#define FW_MIN 0
#define FW_BLD 158
#define FW_PKG "230.0.158.0"

void emu_bnxt_fw_init(struct emu_bnxt_fw *fw, const char *profile)
{
	static const uint8_t mac[6] = { 0x00, 0x0a, 0xf7, 0x3b, 0x00, 0x10 };

	memset(fw, 0, sizeof(*fw));
	if (profile && strcmp(profile, "bcm57508") == 0) {
		fw->chip_num = 0x1750;
		fw->chip_rev = 0x11;
		fw->link_speed = 0x3e8;   /* 100G */
	} else {
		fw->chip_num = 0x16d7;    /* BCM57414 */
		fw->chip_rev = 0x01;
		fw->link_speed = 0xfa;    /* 25G */
	}
	fw->chip_metal = 0;
	fw->link_up = true;
	fw->temp = 52;
	fw->fid = 0;
	fw->port_id = 0;
	memcpy(fw->mac, mac, 6);
	fw->pci_id = 0x3b00;
	fw->roce = true;
	emu_bnxt_dump_init(&fw->dump, 1u << 20, 6, 4);
}

static size_t ver_get(struct emu_bnxt_fw *fw, uint8_t *r)
{
	static const char *const names[5] = { "bnxt_hwrm", "bnxt_mgmt", "bnxt_ncsi", FW_PKG, "bnxt_roce" };

	put8(r, 8, 1); put8(r, 9, 10); put8(r, 10, 3); put8(r, 11, 151);     /* interface 1.10.3.151 */
	for (size_t base = 12; base <= 20; base += 4) {                       /* hwrm, mgmt, netctrl */
		put8(r, base, FW_MAJ); put8(r, base + 1, FW_MIN); put8(r, base + 2, FW_BLD);
	}
	/* SHORT_CMD_SUPPORTED | TRUSTED_VF | FLOW_AGING | SECURE_BOOT_CAPABLE, KONG per profile */
	put32(r, 24, 0x4 | 0x100 | 0x200 | 0x8000 | (fw->kong ? 0x10 : 0));
	put8(r, 28, FW_MAJ); put8(r, 29, FW_MIN); put8(r, 30, FW_BLD);         /* roce */
	for (int i = 0; i < 5; i++)
		putstr(r, 32 + 16 * (size_t)i, 16, names[i]);
	put16(r, 112, fw->chip_num);
	put8(r, 114, fw->chip_rev);
	put8(r, 115, fw->chip_metal);
	put8(r, 116, 0);
	put8(r, 117, 0);                    /* ASIC */
	put16(r, 118, 128);                 /* max_req_win_len */
	put16(r, 120, 704);                 /* max_resp_len */
	put16(r, 122, 500);                 /* def_req_timeout ms */
	put8(r, 124, 0x2);                  /* EXT_VER_AVAIL */
	put8(r, 127, 1);                    /* always_1 */
	put16(r, 128, 1); put16(r, 130, 10); put16(r, 132, 3); put16(r, 134, 151);
	for (size_t base = 136; base <= 160; base += 8) {                     /* hwrm mgmt netctrl roce */
		put16(r, base, FW_MAJ); put16(r, base + 2, FW_MIN); put16(r, base + 4, FW_BLD);
		put16(r, base + 6, 0);
	}
	put16(r, 168, 128);                 /* max_ext_req_len */
	put16(r, 170, 60);                  /* max_req_timeout s */
	return 176;
}

static size_t func_qcaps(struct emu_bnxt_fw *fw, uint8_t *r)
{
	static const uint8_t serial[8] = { 0x10, 0x00, 0x3b, 0xff, 0xfe, 0xf7, 0x0a, 0x00 };

	put16(r, 8, fw->fid);
	put16(r, 10, fw->port_id);
	/* PTP | ROCE_V2 | WOL_MAGICPKT | HOT_RESET_CAPABLE | ERROR_RECOVERY_CAPABLE | EXT_STATS */
	put32(r, 12, 0x4 | 0x10 | 0x20 | 0x400000 | 0x800000 | 0x1000000);
	memcpy(r + 16, fw->mac, 6);
	put16(r, 22, 64);   /* max_rsscos_ctx */
	put16(r, 24, 128);  /* max_cmpl_rings */
	put16(r, 26, 128);  /* max_tx_rings */
	put16(r, 28, 128);  /* max_rx_rings */
	put16(r, 30, 256);  /* max_l2_ctxs */
	put16(r, 32, 128);  /* max_vnics */
	put16(r, 34, 128);  /* first_vf_id */
	put16(r, 36, 64);   /* max_vfs */
	put16(r, 38, 128);  /* max_stat_ctx */
	put32(r, 64, 128);  /* max_mcast_filters */
	put32(r, 72, 128);  /* max_hw_ring_grps */
	put32(r, 80, 0x400 | 0x800);   /* flags_ext: FW_LIVEPATCH | FAST_RESET_CAPABLE */
	put8(r, 84, 8);     /* max_schqs */
	memcpy(r + 96, serial, 8);
	put16(r, 106, 64);  /* max_tso_segs */
	return 144;
}

static size_t func_qcfg(struct emu_bnxt_fw *fw, uint8_t *r)
{
	put16(r, 8, fw->fid);
	put16(r, 10, fw->port_id);
	put16(r, 12, 0);                       /* vlan */
	put16(r, 14, 0x4 | 0x200);             /* FW_DCBX_AGENT_ENABLED | HOT_RESET_ALLOWED */
	memcpy(r + 16, fw->mac, 6);
	put16(r, 22, fw->pci_id);
	put16(r, 24, 8); put16(r, 26, 9); put16(r, 28, 8); put16(r, 30, 8);
	put16(r, 32, 1); put16(r, 34, 1);
	put16(r, 36, 1500);                    /* admin_mtu */
	put16(r, 38, 1518);                    /* mru */
	put16(r, 40, 0);
	put8(r, 42, 0);                        /* SPF */
	put8(r, 43, 1);
	put16(r, 46, 9500);
	put8(r, 56, 1);                        /* VEB */
	put8(r, 57, 0x8);                      /* link admin state AUTO, cache line 64 */
	put16(r, 70, 9);                       /* alloc_stat_ctx */
	put16(r, 72, 9);                       /* alloc_msix */
	put16(r, 76, 64);                      /* l2 doorbell BAR KiB */
	put8(r, 78, 1);
	put8(r, 79, 1);                        /* always_1 */
	put16(r, 86, 0x8000 | 0x12);           /* svif 0x12, valid */
	put16(r, 100, 1500);                   /* host_mtu */
	put8(r, 111, 0x1);                     /* RoCE bidi optimisation: disabled */
	put8(r, 160, 0x10); put8(r, 161, 4);   /* x16, gen4 */
	put8(r, 162, 0x10); put8(r, 163, 4);
	return 176;
}

static size_t func_qstats(struct emu_bnxt_fw *fw, uint8_t *r)
{
	uint64_t t = ++fw->stats_tick;

	for (int i = 0; i < 20; i++)   /* 20 le64 counters from byte 8, each growing */
		put64(r, 8 + 8 * (size_t)i, (uint64_t)(i + 1) * 1000 * t);
	put8(r, 168, 0);
	return 176;
}

static size_t port_phy_qcfg(struct emu_bnxt_fw *fw, uint8_t *r)
{
	bool fast = fw->link_speed >= 0x3e8;

	put8(r, 8, fw->link_up ? 2 : 0);                 /* LINK / NO_LINK */
	put8(r, 9, fast ? (0x1 | 0x40) : 0x20);          /* PAM4 + RS544_IEEE / NRZ + CL91 */
	put16(r, 10, fw->link_up ? fw->link_speed : 0);
	put8(r, 12, 1);                                   /* full duplex */
	put8(r, 13, 0x3);                                 /* pause tx|rx */
	put16(r, 14, 0x40 | 0x100 | (fast ? 0x800 : 0));  /* 10G 25G (100G) */
	put8(r, 18, 1);                                   /* auto all speeds */
	put8(r, 19, 0x3);
	put16(r, 22, 0x40 | 0x100 | (fast ? 0x800 : 0));
	put8(r, 27, 0);                                   /* module ok */
	put8(r, 32, 1); put8(r, 33, 2); put8(r, 34, 3);   /* PHY fw 1.2.3 */
	put8(r, 35, fast ? 0x0f : 0x0b);                  /* 100G_BASECR4 / 25G_BASECR_CA_L */
	put8(r, 36, 2);                                   /* DAC */
	put8(r, 37, 2);                                   /* external */
	put32(r, 48, fast ? 0x11000000u : 0x03000000u);   /* QSFP28 / SFP */
	put16(r, 52, 0x2 | 0x4 | 0x20 | 0x40);            /* FEC autoneg + CL91 */
	put8(r, 54, 1);
	put8(r, 55, 0x2);                                 /* SIGNAL_MODE_KNOWN */
	putstr(r, 56, 16, "BROADCOM");
	putstr(r, 72, 16, fast ? "BCM-QSFP28-DAC" : "BCM-SFP28-DAC");
	put8(r, 95, fw->link_up ? 0 : 0x4);               /* cable removed */
	put8(r, 102, fast ? 4 : 1);
	return 112;
}

static size_t port_mac_qcfg(uint8_t *r)
{
	put16(r, 8, 9600);
	put16(r, 10, 1500);
	put8(r, 12, 12);
	put8(r, 13, 0);
	put16(r, 24, 0x8000 | 0x12);
	return 32;
}

static size_t queue_qcaps(uint8_t *r)
{
	put32(r, 8, 0x3);
	put32(r, 12, 0x1);
	put8(r, 16, 8);
	put32(r, 20, 0x1 | 0x2);
	put32(r, 24, 0x1 | 0x2);
	return 32;
}

static size_t temp_monitor(struct emu_bnxt_fw *fw, uint8_t *r)
{
	put8(r, 8, fw->temp);
	put8(r, 9, 48);
	put8(r, 10, 41);
	put8(r, 11, 0x20);     /* THRESHOLD_VALUES_AVAILABLE */
	put8(r, 15, 95);
	put8(r, 16, 105);
	put8(r, 17, 110);
	put8(r, 18, 115);
	return 24;
}

static size_t nvm_dev_info(uint8_t *r)
{
	put16(r, 8, 0xc2);              /* manufacturer */
	put16(r, 10, 0x2019);
	put32(r, 12, 4096);
	put32(r, 16, 16u << 20);
	put32(r, 20, 1u << 20);
	put32(r, 24, 5u << 20);
	put8(r, 28, 1); put8(r, 29, 2); put8(r, 30, 3);
	put8(r, 31, 0x1);              /* FW_VER_VALID */
	putstr(r, 32, 16, FW_PKG);
	for (size_t base = 48; base <= 80; base += 8) {
		put16(r, base, FW_MAJ); put16(r, base + 2, FW_MIN); put16(r, base + 4, FW_BLD);
	}
	put8(r, 88, 1); put8(r, 89, 0);
	return 96;
}

size_t emu_bnxt_fw_handle(struct emu_bnxt_fw *fw, const uint8_t *req, uint8_t *resp)
{
	return emu_bnxt_fw_handle_bufs(fw, req, resp, NULL, 0);
}

size_t emu_bnxt_fw_handle_bufs(struct emu_bnxt_fw *fw, const uint8_t *req, uint8_t *resp,
			       struct emu_bnxt_dmabuf *bufs, size_t n)
{
	uint16_t type = get16(req, 0);
	size_t len;

	memset(resp, 0, EMU_HWRM_RESP_AREA);
	if (emu_bnxt_fw_dma_owns(type)) {
		len = emu_bnxt_fw_dma(fw, req, resp, bufs, n);
		if (get16(resp, 0) != 0)
			return len;     /* an error answer, complete as it is */
		goto header;
	}
	switch (type) {
	case 0x0000: len = ver_get(fw, resp); break;
	case 0x0015: len = func_qcaps(fw, resp); break;
	case 0x0016: len = func_qcfg(fw, resp); break;
	case 0x0018: len = func_qstats(fw, resp); break;
	case 0x0027: len = port_phy_qcfg(fw, resp); break;
	case 0x0028: len = port_mac_qcfg(resp); break;
	case 0x008c: len = queue_qcaps(resp); break;
	case 0x00c2: put32(resp, 8, 0x1 | 0x4 | 0x10); len = 16; break;  /* SBI/SRT/CRT booted */
	case 0x00e0: len = temp_monitor(fw, resp); break;
	case 0xfff6: len = nvm_dev_info(resp); break;
	default: len = 16; break;    /* everything else: an empty success */
	}
header:
	put16(resp, 0, 0);
	put16(resp, 2, type);
	put16(resp, 4, get16(req, 4));   /* firmware echoes the kernel's seq_id */
	put16(resp, 6, (uint16_t)len);
	resp[len - 1] = 1;               /* valid, written last */
	return len;
}

size_t emu_bnxt_fw_error(const uint8_t *req, uint8_t *resp, uint16_t code, uint8_t cmd_err)
{
	memset(resp, 0, EMU_HWRM_RESP_AREA);
	put16(resp, 0, code);
	put16(resp, 2, get16(req, 0));
	put16(resp, 4, get16(req, 4));
	put16(resp, 6, 16);
	put8(resp, 14, cmd_err);
	resp[15] = 1;
	return 16;
}
