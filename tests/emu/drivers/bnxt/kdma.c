// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * The DMA table of the 7.3 bnxt_fwctl driver, transcribed from
 * shared/bnxt-dma-abi.md section 3 (byte offsets, request sizes, scopes)
 * and checked against the 7.3 drivers/fwctl/bnxt/main.c.
 */
#include "kdma.h"

#define FROM(a, lo, lw) { (a), false, (lo), (lw), 1, 0 }
#define FROM_U(a, lo, lw, u) { (a), false, (lo), (lw), (u), 0 }
#define TO(a, lo, lw) { (a), true, (lo), (lw), 1, 0 }
#define TO_U(a, lo, lw, u) { (a), true, (lo), (lw), (u), 0 }
#define FIXED(a, n) { (a), false, 0, 0, 1, (n) }

static const struct emu_kdma_cmd table[] = {
	{ 0xfff1, 40, 0, 1, { FROM(16, 24, 2) } },             /* NVM_GET_VARIABLE */
	{ 0xfff2, 40, 0, 1, { TO(16, 24, 2) } },               /* NVM_SET_VARIABLE */
	{ 0xfffd, 40, 1, 1, { FROM(16, 32, 4) } },             /* NVM_READ */
	{ 0xfffa, 24, 1, 1, { FIXED(16, 65536) } },            /* NVM_GET_DIR_ENTRIES */
	{ 0xfffc, 40, 1, 1, { FROM(16, 28, 4) } },             /* NVM_RAW_DUMP */
	{ 0xfffe, 56, 2, 1, { TO(16, 32, 4) } },               /* NVM_WRITE */
	{ 0xfff4, 40, 2, 1, { TO(16, 32, 4) } },               /* NVM_MODIFY */
	{ 0xffff, 40, 3, 1, { TO(16, 28, 4) } },               /* NVM_RAW_WRITE_BLK */
	{ 0x00cb, 32, 1, 1, { FROM(16, 24, 2) } },             /* FW_GET_STRUCTURED_DATA */
	{ 0x00ca, 32, 2, 1, { TO(16, 24, 2) } },               /* FW_SET_STRUCTURED_DATA */
	{ 0x00bf, 32, 3, 1, { TO(24, 20, 4) } },               /* FW_LIVEPATCH */
	{ 0xff17, 32, 1, 1, { FROM(16, 24, 4) } },             /* DBG_COREDUMP_LIST */
	{ 0xff19, 56, 1, 1, { FROM(16, 24, 4) } },             /* DBG_COREDUMP_RETRIEVE */
	{ 0xff10, 32, 1, 1, { FROM_U(16, 28, 4, 4) } },        /* DBG_READ_DIRECT */
	{ 0xff11, 80, 1, 1, { FROM(16, 24, 4) } },             /* DBG_READ_INDIRECT */
	{ 0xff0e, 40, 1, 1, { FROM(16, 28, 2) } },             /* DBG_SERDES_TEST */
	{ 0xff30, 32, 3, 1, { TO(24, 20, 4) } },               /* DBG_TOKEN_CFG */
	{ 0xff2d, 40, 2, 2, { TO(16, 32, 4), FROM(24, 32, 4) } },   /* DBG_PTRACE */
	{ 0x003c, 32, 1, 1, { FROM(16, 26, 2) } },             /* QUEUE_DSCP2PRI_QCFG */
	{ 0x0023, 40, 1, 2, { FIXED(24, 408), FIXED(32, 528) } },   /* PORT_QSTATS */
	{ 0x00b4, 40, 1, 2, { FROM(24, 18, 2), FROM(32, 20, 2) } }, /* PORT_QSTATS_EXT */
	{ 0x00ba, 40, 1, 2, { FROM(24, 18, 2), FROM(32, 18, 2) } }, /* PORT_QSTATS_EXT_PFC_ADV */
	{ 0x0204, 32, 1, 1, { FROM(24, 16, 2) } },             /* PCIE_QSTATS */
	{ 0x0218, 32, 1, 1, { FROM(24, 16, 2) } },             /* STAT_GENERIC_QSTATS */
	{ 0x00e6, 32, 1, 1, { FROM(24, 16, 2) } },             /* STAT_QUERY_ROCE_STATS */
	{ 0x00e7, 32, 1, 1, { FROM(24, 16, 2) } },             /* STAT_QUERY_ROCE_STATS_EXT */
	{ 0x0067, 32, 1, 1, { FROM(16, 24, 4) } },             /* PORT_EVENTS_LOG */
	{ 0x00d5, 48, 1, 1, { FROM(16, 24, 2) } },             /* PORT_PRBS_TEST */
	{ 0x00d9, 40, 1, 1, { FROM(16, 24, 2) } },             /* PORT_DSC_DUMP */
	{ 0x0073, 88, 2, 1, { TO_U(24, 18, 2, 2) } },          /* SCH_GRP_CFG */
	{ 0x0074, 32, 1, 1, { FROM(24, 18, 2) } },             /* SCH_GRP_QCFG */
	{ 0x0203, 40, 1, 1, { FROM(16, 28, 2) } },             /* SELFTEST_RETRIEVE_SERDES_DATA */
};

const struct emu_kdma_cmd *emu_kdma_find(uint16_t req_type)
{
	for (size_t i = 0; i < sizeof(table) / sizeof(table[0]); i++)
		if (table[i].req_type == req_type)
			return &table[i];
	return NULL;
}

bool emu_kdma_lengths(const struct emu_kdma_cmd *c, const uint8_t *req, uint32_t *lens)
{
	for (unsigned int i = 0; i < c->n; i++) {
		const struct emu_kdma_field *f = &c->f[i];
		uint64_t v;

		if (f->len_off) {
			const uint8_t *p = req + f->len_off;

			v = f->len_width == 2 ? (uint64_t)(p[0] | p[1] << 8) :
			    ((uint64_t)p[0] | (uint64_t)p[1] << 8 | (uint64_t)p[2] << 16 |
			     (uint64_t)p[3] << 24);
			v *= f->unit;     /* u32 x u8 cannot overflow 64 bits */
		} else {
			v = f->fixed;
		}
		if (v == 0 || v > EMU_BNXT_MAX_DMABUF)
			return false;
		lens[i] = (uint32_t)v;
	}
	return true;
}
