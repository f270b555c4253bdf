// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * The emulated bnxt firmware's DMA side: the coredump (DBG_QCFG,
 * DBG_COREDUMP_LIST / INITIATE / RETRIEVE), the NVM directory and items
 * (NVM_GET_DIR_INFO / GET_DIR_ENTRIES / READ) and the DMA statistics
 * (PORT_QSTATS, PORT_QSTATS_EXT, PCIE_QSTATS, STAT_QUERY_ROCE_STATS).
 *
 * Byte offsets are transcribed from shared/bnxt-dma-abi.md and the 7.3
 * include/linux/bnxt/hsi.h, independently of the plugin's tables.  The
 * NVM directory entry (24 bytes: type, ordinal, ext, attr as le16, then
 * item offset, item length, data length, data CRC-32 as le32) is not in
 * the kernel tree; it is the same assumption the tool makes, so only the
 * kernel-defined parts (entries x entry_length, NVM_READ paging) are an
 * independent check.
 *
 * Firmware behaviour modelled on what bnxt_coredump.c relies on: LIST
 * pages with `more`, total_segments in every answer; INITIATE before
 * RETRIEVE; RETRIEVE pages numbered by seq_no from 0, each at most the
 * host buffer (and at most 0xFFFF: data_len is 16-bit).
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <nettle/sha2.h>

#include "fw.h"
#include "fw_bytes.h"

#define ERR_FAIL           0x1
#define ERR_INVALID_PARAMS 0x2
#define ERR_NOT_SUPPORTED  0xffff


/* ---------------- deterministic content ---------------- */

static uint64_t mix(uint64_t z)
{
	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
	z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
	return z ^ (z >> 31);
}

/* Byte p of a stream with this seed: word p/8 depends only on (seed, p/8). */
static void stream_bytes(uint64_t seed, uint64_t off, uint8_t *dst, size_t len)
{
	uint64_t w = UINT64_MAX, r = 0;

	for (size_t i = 0; i < len; i++) {
		uint64_t p = off + i;

		if (p / 8 != w) {
			w = p / 8;
			r = mix(seed + w * 0x9e3779b97f4a7c15ull);
		}
		dst[i] = (uint8_t)(r >> (8 * (p % 8)));
	}
}

void emu_bnxt_seg_data(const struct emu_bnxt_seg *s, bool l1, uint64_t off, uint8_t *dst, size_t len)
{
	uint64_t seed = 0xb17dc0de00000000ull ^ ((uint64_t)s->component << 32) ^
			((uint64_t)s->segment << 16) ^ (l1 ? 0x11c0ffeeull : 0);

	stream_bytes(seed, off, dst, len);
}

/* Plausible ids: chimp, kong, APE, bono, tang, CFA, TE, RE... (component, segment). */
static const uint16_t seg_ids[][2] = {
	{ 0x1, 0x0 }, { 0x1, 0x1 }, { 0x3, 0x0 }, { 0x4, 0x2 }, { 0x5, 0x0 }, { 0x8, 0x1 },
	{ 0x9, 0x0 }, { 0xa, 0x3 }, { 0xb, 0x0 }, { 0xc, 0x1 }, { 0xe, 0x0 }, { 0xf, 0x2 },
};

void emu_bnxt_dump_init(struct emu_bnxt_dump *d, uint64_t total, unsigned int n, uint32_t list_page)
{
	uint64_t weights = 0, used = 0;

	memset(d, 0, sizeof(*d));
	if (n > EMU_BNXT_MAX_SEGS)
		n = EMU_BNXT_MAX_SEGS;
	if (n == 0)
		n = 1;
	d->n_segs = n;
	d->list_page = list_page ? list_page : 4;
	d->initiated = -1;
	d->fail_seg = -1;
	for (unsigned int i = 0; i < n; i++)
		weights += 1 + (i % 3);
	for (unsigned int i = 0; i < n; i++) {
		struct emu_bnxt_seg *s = &d->segs[i];
		uint64_t len = total * (1 + (i % 3)) / weights;

		s->component = seg_ids[i % 12][0] + (uint16_t)(0x10 * (i / 12));
		s->segment = seg_ids[i % 12][1];
		s->instances = 1;
		s->ver_hi = 1;
		s->ver_lo = (uint8_t)i;
		s->compress = i == 2 ? 0x1 : 0;    /* one zlib-flagged segment */
		/* Odd sizes: pages of every segment end short. */
		if (i + 1 < n && len > 100)
			len -= 13 * (i + 1);
		if (i + 1 == n)
			len = total > used ? total - used : 0;
		if (len > UINT32_MAX)
			len = UINT32_MAX;
		s->len = (uint32_t)len;
		used += len;
	}
	/* The firmware's estimate covers every segment and its 64-byte header, with slack. */
	d->qcfg_size = 4096;
	for (unsigned int i = 0; i < n; i++)
		d->qcfg_size += 64 + d->segs[i].len;
}

/* ---------------- coredump commands ---------------- */

static size_t dbg_qcaps(uint8_t *r)
{
	put16(r, 8, 0xffff);
	put32(r, 16, 0x10 | 0x20);   /* COREDUMP_HOST_DDR | COREDUMP_HOST_CAPTURE */
	return 24;
}

static size_t dbg_qcfg(const struct emu_bnxt_fw *fw, uint8_t *r)
{
	put16(r, 8, 0xffff);
	put32(r, 12, fw->dump.qcfg_size);
	return 32;
}

static size_t coredump_list(struct emu_bnxt_fw *fw, const uint8_t *req, uint8_t *r,
			    struct emu_bnxt_dmabuf *b)
{
	struct emu_bnxt_dump *d = &fw->dump;
	uint32_t seq = get16(req, 28), first, count = 0, per;

	per = b->len / 16 < d->list_page ? b->len / 16 : d->list_page;
	first = seq * d->list_page;
	for (uint32_t i = first; per && i < d->n_segs && count < per; i++, count++) {
		const struct emu_bnxt_seg *s = &d->segs[i];
		uint8_t *e = b->buf + 16 * count;

		put16(e, 0, s->component);
		put16(e, 2, s->segment);
		put16(e, 4, s->instances);
		e[6] = s->ver_hi;
		e[7] = s->ver_lo;
		e[8] = s->seg_flags;
		e[9] = s->compress;
		put32(e, 12, s->len);
	}
	r[8] = (d->list_more || first + count < d->n_segs) ? 0x1 : 0;
	put16(r, 10, (uint16_t)d->n_segs);
	put16(r, 12, (uint16_t)(count * 16));
	return 16;
}

static int find_seg(const struct emu_bnxt_dump *d, uint16_t comp, uint16_t seg)
{
	for (size_t i = 0; i < d->n_segs; i++)
		if (d->segs[i].component == comp && d->segs[i].segment == seg)
			return (int)i;
	return -1;
}

static size_t coredump_initiate(struct emu_bnxt_fw *fw, const uint8_t *req, uint8_t *r)
{
	struct emu_bnxt_dump *d = &fw->dump;
	int i = find_seg(d, get16(req, 16), get16(req, 18));

	if (i < 0 || get16(req, 20) >= d->segs[i].instances)
		return emu_bnxt_fw_error(req, r, ERR_INVALID_PARAMS, 0);
	d->initiated = i;
	d->init_flags = req[24];
	d->next_seq = 0;
	d->off = 0;
	return 16;
}

static size_t coredump_retrieve(struct emu_bnxt_fw *fw, const uint8_t *req, uint8_t *r,
				struct emu_bnxt_dmabuf *b)
{
	struct emu_bnxt_dump *d = &fw->dump;
	int i = find_seg(d, get16(req, 32), get16(req, 34));
	uint32_t seq = get32(req, 48), chunk;
	const struct emu_bnxt_seg *s;

	/* RETRIEVE only of the segment just initiated, pages in order. */
	if (i < 0 || i != d->initiated || seq != d->next_seq)
		return emu_bnxt_fw_error(req, r, ERR_INVALID_PARAMS, 0);
	if (i == d->fail_seg && (int)seq == d->fail_page) {
		d->initiated = -1;
		return emu_bnxt_fw_error(req, r, d->fail_status ? d->fail_status : ERR_FAIL, 0);
	}
	s = &d->segs[i];
	chunk = s->len - d->off;
	if (chunk > b->len)
		chunk = b->len;
	if (chunk > 0xffff)
		chunk = 0xffff;
	emu_bnxt_seg_data(s, d->init_flags & 0x4, d->off, b->buf, chunk);
	d->off += chunk;
	d->next_seq++;
	r[8] = d->off < s->len ? 0x1 : 0;
	put16(r, 10, (uint16_t)chunk);
	return 16;
}

/* ---------------- NVM directory ---------------- */

static const struct nvm_item {
	uint16_t type, ordinal, ext, attr;
	uint32_t data_length;
} nvm_items[] = {
	{ 4, 0, 0, 0, 52480 },          /* BOOTCODE */
	{ 18, 0, 0, 0, 20480 },         /* BOOTCODE_2 */
	{ 3, 0, 0, 0, 150000 },         /* CHIMP_PATCH: more than one 64 KiB read */
	{ 12, 0, 0, 0, 98304 },         /* KONG_FW */
	{ 10, 0, 0, 0, 131072 },        /* APE_FW: exactly two reads */
	{ 14, 0, 0, 0, 40960 },         /* BONO_FW */
	{ 6, 0, 0, 0, 65536 },          /* EXP_ROM_MBA */
	{ 5, 0, 0, 0x1, 512 },          /* VPD, NO_CHKSUM */
	{ 40, 0, 0, 0, 4096 },          /* SHARED_CFG */
	{ 41, 0, 0, 0, 2048 },          /* PORT_CFG port 0 */
	{ 41, 1, 0, 0, 2048 },          /* PORT_CFG port 1 */
	{ 42, 0, 0, 0, 8192 },          /* FUNC_CFG */
	{ 1, 0, 0, 0x2, 0 },            /* PKG_LOG (length from its text) */
	{ 2, 0, 0x1, 0, 70000 },        /* UPDATE, INACTIVE */
};
#define N_NVM (sizeof(nvm_items) / sizeof(nvm_items[0]))

static const char pkg_log[] =
	"2026-11-02 09:14:00\tBCM957414A4142CC NetXtreme-E 25G package\t230.0.158.0\t"
	"2026-10-20 12:00:00\t0x5ee1d00d\t0x0000ffff\t0x0000ffff\n";

unsigned int emu_bnxt_nvm_entries(void)
{
	return (unsigned int)N_NVM;
}

static uint32_t item_len(size_t i)
{
	return nvm_items[i].type == 1 ? (uint32_t)strlen(pkg_log) : nvm_items[i].data_length;
}

static void item_bytes(size_t i, uint64_t off, uint8_t *dst, size_t len)
{
	if (nvm_items[i].type == 1) {
		memcpy(dst, pkg_log + off, len);
		return;
	}
	stream_bytes(0x9e11a00000000000ull + i * 0x1000193ull, off, dst, len);
}

static uint32_t crc32_update(uint32_t crc, const uint8_t *p, size_t n)
{
	crc = ~crc;
	while (n--) {
		crc ^= *p++;
		for (int k = 0; k < 8; k++)
			crc = (crc >> 1) ^ (0xedb88320u & (0u - (crc & 1)));
	}
	return ~crc;
}

static uint32_t item_crc(size_t i)
{
	uint8_t buf[4096];
	uint32_t crc = 0, len = item_len(i);

	if (nvm_items[i].attr & 0x1)
		return 0;
	for (uint32_t off = 0; off < len; off += sizeof(buf)) {
		size_t n = len - off < sizeof(buf) ? len - off : sizeof(buf);

		item_bytes(i, off, buf, n);
		crc = crc32_update(crc, buf, n);
	}
	return crc;
}

static size_t nvm_dir_info(uint8_t *r)
{
	put32(r, 8, (uint32_t)N_NVM);
	put32(r, 12, EMU_BNXT_NVM_ENTRY_LEN);
	return 24;
}

static size_t nvm_dir_entries(const uint8_t *req, uint8_t *r, struct emu_bnxt_dmabuf *b)
{
	uint32_t where = 0x10000;

	if (b->len < N_NVM * EMU_BNXT_NVM_ENTRY_LEN)
		return emu_bnxt_fw_error(req, r, ERR_INVALID_PARAMS, 0);
	for (size_t i = 0; i < N_NVM; i++) {
		uint8_t *e = b->buf + i * EMU_BNXT_NVM_ENTRY_LEN;
		uint32_t len = item_len(i), alloc = (len + 4095) / 4096 * 4096;

		put16(e, 0, nvm_items[i].type);
		put16(e, 2, nvm_items[i].ordinal);
		put16(e, 4, nvm_items[i].ext);
		put16(e, 6, nvm_items[i].attr);
		put32(e, 8, where);
		put32(e, 12, alloc ? alloc : 4096);
		put32(e, 16, len);
		put32(e, 20, item_crc(i));
		where += alloc ? alloc : 4096;
	}
	return 16;
}

static size_t nvm_read(const uint8_t *req, uint8_t *r, struct emu_bnxt_dmabuf *b)
{
	uint16_t idx = get16(req, 24);
	uint32_t off = get32(req, 28), len = get32(req, 32);

	if (idx >= N_NVM || (uint64_t)off + len > item_len(idx) || len > b->len)
		return emu_bnxt_fw_error(req, r, ERR_INVALID_PARAMS, 0);
	item_bytes(idx, off, b->buf, len);
	return 16;
}

/* ---------------- statistics ---------------- */

#define TX_PORT_STATS 408
#define RX_PORT_STATS 528
#define TX_PORT_STATS_EXT 256
#define RX_PORT_STATS_EXT 488
#define PCIE_STATS_V2 568
#define ROCE_STATS 352

/* Counter i of a block after `tick` queries: grows by (i+1)*step per query. */
static void fill_counters(uint8_t *buf, uint32_t len, uint64_t tick, uint64_t base, uint64_t step)
{
	for (uint32_t i = 0; i + 8 <= len; i += 8)
		put64(buf, i, base + (uint64_t)(i / 8 + 1) * step * tick);
}

static uint32_t min3(uint32_t a, uint32_t b, uint32_t c)
{
	uint32_t m = a < b ? a : b;

	return m < c ? m : c;
}

static size_t port_qstats(struct emu_bnxt_fw *fw, uint8_t *r, struct emu_bnxt_dmabuf *b, size_t n)
{
	uint64_t t = ++fw->dma_tick;

	if (n < 2)
		return 16;
	fill_counters(b[0].buf, min3(b[0].len, TX_PORT_STATS, UINT32_MAX), t, 5000, 1000);
	fill_counters(b[1].buf, min3(b[1].len, RX_PORT_STATS, UINT32_MAX), t, 7000, 1500);
	put16(r, 8, TX_PORT_STATS);
	put16(r, 10, RX_PORT_STATS);
	return 16;
}

static size_t port_qstats_ext(struct emu_bnxt_fw *fw, const uint8_t *req, uint8_t *r,
			      struct emu_bnxt_dmabuf *b, size_t n)
{
	uint64_t t = ++fw->dma_tick;
	uint32_t tx, rx;

	if (n < 2)
		return 16;
	/* The firmware fills what both sides know and says how much. */
	tx = min3(get16(req, 18), TX_PORT_STATS_EXT, b[0].len);
	rx = min3(get16(req, 20), RX_PORT_STATS_EXT, b[1].len);
	fill_counters(b[0].buf, tx, t, 100, 10);
	fill_counters(b[1].buf, rx, t, 300, 30);
	put16(r, 8, (uint16_t)tx);
	put16(r, 10, (uint16_t)rx);
	put16(r, 12, 8);
	return 16;
}

static size_t sized_stats(struct emu_bnxt_fw *fw, const uint8_t *req, uint8_t *r,
			  struct emu_bnxt_dmabuf *b, size_t n, uint32_t fw_size)
{
	uint64_t t = ++fw->dma_tick;
	uint32_t len;

	if (n < 1)
		return 16;
	len = min3(get16(req, 16), fw_size, b[0].len);
	fill_counters(b[0].buf, len, t, 20, 3);
	put16(r, 8, (uint16_t)len);
	return 16;
}

bool emu_bnxt_fw_dma_owns(uint16_t t)
{
	switch (t) {
	case 0xff17: case 0xff18: case 0xff19: case 0xff20: case 0xff21:
	case 0xfffa: case 0xfffb: case 0xfffd:
	case 0x0023: case 0x00b4: case 0x0204: case 0x00e6: case 0xff2d:
		return true;
	default:
		return false;
	}
}

size_t emu_bnxt_fw_dma(struct emu_bnxt_fw *fw, const uint8_t *req, uint8_t *resp,
		       struct emu_bnxt_dmabuf *bufs, size_t n)
{
	uint16_t type = get16(req, 0);

	switch (type) {
	case 0xff20: return dbg_qcaps(resp);
	case 0xff21: return dbg_qcfg(fw, resp);
	case 0xff18: return coredump_initiate(fw, req, resp);
	case 0xfffb: return nvm_dir_info(resp);
	case 0x0023: return port_qstats(fw, resp, bufs, n);
	case 0x00b4: return port_qstats_ext(fw, req, resp, bufs, n);
	case 0x0204: return sized_stats(fw, req, resp, bufs, n, PCIE_STATS_V2);
	case 0x00e6:
		if (!fw->roce)
			return emu_bnxt_fw_error(req, resp, ERR_NOT_SUPPORTED, 0);
		return sized_stats(fw, req, resp, bufs, n, ROCE_STATS);
	default: break;
	}
	if (n < 1)
		return 16;
	switch (type) {
	case 0xff17: return coredump_list(fw, req, resp, &bufs[0]);
	case 0xff19: return coredump_retrieve(fw, req, resp, &bufs[0]);
	case 0xfffa: return nvm_dir_entries(req, resp, &bufs[0]);
	case 0xfffd: return nvm_read(req, resp, &bufs[0]);
	case 0xff2d:   /* DBG_PTRACE: the answer echoes the command buffer (data_len @10) */
		if (n >= 2) {
			uint32_t len = bufs[0].len < bufs[1].len ? bufs[0].len : bufs[1].len;

			memcpy(bufs[1].buf, bufs[0].buf, len);
			put16(resp, 10, (uint16_t)len);
		}
		return 16;
	default: return 16;
	}
}

/* ---------------- --describe ---------------- */

static void sha_hex(struct sha256_ctx *c, char out[65])
{
	uint8_t d[SHA256_DIGEST_SIZE];

	sha256_digest(c, SHA256_DIGEST_SIZE, d);
	for (int i = 0; i < SHA256_DIGEST_SIZE; i++)
		snprintf(out + 2 * i, 3, "%02x", d[i]);
}

static void seg_sha(const struct emu_bnxt_seg *s, bool l1, char out[65])
{
	struct sha256_ctx c;
	uint8_t buf[4096];

	sha256_init(&c);
	for (uint32_t off = 0; off < s->len; off += sizeof(buf)) {
		size_t n = s->len - off < sizeof(buf) ? s->len - off : sizeof(buf);

		emu_bnxt_seg_data(s, l1, off, buf, n);
		sha256_update(&c, n, buf);
	}
	sha_hex(&c, out);
}

static int append(char **s, size_t *len, size_t *cap, const char *fmt, ...)
	__attribute__((format(printf, 4, 5)));

static int append(char **s, size_t *len, size_t *cap, const char *fmt, ...)
{
	va_list ap;
	int n;

	for (;;) {
		va_start(ap, fmt);
		n = vsnprintf(*s ? *s + *len : NULL, *s ? *cap - *len : 0, fmt, ap);
		va_end(ap);
		if (n < 0)
			return -1;
		if (*s && *len + (size_t)n < *cap) {
			*len += (size_t)n;
			return 0;
		}
		{
			size_t ncap = (*cap ? *cap * 2 : 1024) + (size_t)n;
			char *p = realloc(*s, ncap);

			if (!p)
				return -1;
			*s = p;
			*cap = ncap;
		}
	}
}

char *emu_bnxt_fw_describe_dma(const struct emu_bnxt_fw *fw)
{
	const struct emu_bnxt_dump *d = &fw->dump;
	char *s = NULL, h1[65], h2[65];
	size_t len = 0, cap = 0;
	uint64_t data = 0, rpcs = 0;
	int rc = 0;

	for (size_t i = 0; i < d->n_segs; i++) {
		data += d->segs[i].len;
		rpcs += d->segs[i].len ? (d->segs[i].len + 4095) / 4096 : 1;
	}
	rc |= append(&s, &len, &cap, "\"coredump\":{\"segments\":%zu,\"qcfg_size\":%u,"
		     "\"file_bytes\":%llu,\"data_bytes\":%llu,\"list_page\":%u,\"list_rpcs\":%zu,"
		     "\"retrieve_rpcs_4k\":%llu,\"segment_table\":[",
		     d->n_segs, d->qcfg_size, (unsigned long long)d->qcfg_size + 64 + 176 + 1024,
		     (unsigned long long)data, d->list_page,
		     (d->n_segs + d->list_page - 1) / d->list_page, (unsigned long long)rpcs);
	for (size_t i = 0; i < d->n_segs; i++) {
		const struct emu_bnxt_seg *g = &d->segs[i];

		seg_sha(g, false, h1);
		seg_sha(g, true, h2);
		rc |= append(&s, &len, &cap, "%s{\"component_id\":%u,\"segment_id\":%u,\"instances\":%u,"
			     "\"version_hi\":%u,\"version_low\":%u,\"compress_flags\":%u,\"length\":%u,"
			     "\"sha256\":\"%s\",\"sha256_l1\":\"%s\"}", i ? "," : "", g->component,
			     g->segment, g->instances, g->ver_hi, g->ver_lo, g->compress, g->len, h1, h2);
	}
	rc |= append(&s, &len, &cap, "]},\"nvm\":{\"entries\":%zu,\"entry_length\":%d,\"items\":[",
		     N_NVM, EMU_BNXT_NVM_ENTRY_LEN);
	for (size_t i = 0; i < N_NVM; i++)
		rc |= append(&s, &len, &cap, "%s{\"index\":%zu,\"type\":%u,\"ordinal\":%u,"
			     "\"data_length\":%u,\"crc32\":%u}", i ? "," : "", i, nvm_items[i].type,
			     nvm_items[i].ordinal, item_len(i), item_crc(i));
	rc |= append(&s, &len, &cap, "]}");
	if (rc) {
		free(s);
		return NULL;
	}
	return s;
}
