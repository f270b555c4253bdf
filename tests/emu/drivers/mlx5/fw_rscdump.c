// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * Emulated mlx5 firmware: the RESOURCE_DUMP register (0xC000), inline mode.
 *
 * An independent model (no tool tables): byte offsets are written out
 * here from the PRM layout.  The firmware keeps no per-dump state: the
 * position in the dump stream travels in device_opaque, as the real
 * protocol allows, so any number of concurrent dumps work.
 *
 * Dump stream of a request: INFO, COMMAND, resource segments, TERMINATE.
 * The CR-space segment is generated on the fly (size from the spec key
 * crspace=SIZE, default 4M, content a counter-based PRNG of seed=N), in
 * resource segments of 64 KiB payload, so a 64 MiB CR space costs no
 * memory.  Small segments are built per request.
 *
 * Vendor faults (--fault vendor,name=...,after=N[,count=M]):
 *   rsc-status   error status in the reply (status=N, default 0x4)
 *   rsc-seq      seq_num out of order (request + 2)
 *   rsc-endless  more_dump never ends (the CR space never terminates)
 */
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../../emu.h"

/*
 * Digests for --describe come from nettle, as the tool's do; CLI tests
 * also check dumps with coreutils' sha256sum, independently of both.
 */
#include <nettle/sha2.h>

static void emu_sha256_hex(const uint8_t d[SHA256_DIGEST_SIZE], char out[65])
{
	for (int i = 0; i < SHA256_DIGEST_SIZE; i++)
		snprintf(out + 2 * i, 3, "%02x", d[i]);
}

#include "emu_mlx5.h"

/* PRM status values used here. */
#define ST_OK            0x00
#define ST_BAD_PARAM     0x03
#define ST_BAD_SYS_STATE 0x04
#define ST_BAD_OUTP_LEN  0x51

#define REG_LEN      256
#define INLINE_OFF   48
#define INLINE_MAX   208

#define SEG_CR_SPACE     0x1000
#define SEG_FULL_QPC     0x0010
#define SEG_FULL_EQC     0x0012
#define SEG_SX_SLICE_ALL 0x0030
#define SEG_RDB          0x0040
#define SEG_TERMINATE    0xfffb
#define SEG_ERROR        0xfffc
#define SEG_COMMAND      0xfffa
#define SEG_INFO         0xfffe
#define SEG_MENU         0xffff

#define NUM_ALL    0xffff
#define NUM_ACTIVE 0xfffe

#define CR_CHUNK     65536u    /* payload per CR-space resource segment */
#define RES_HDR      16u       /* resource segment header */
#define PREFIX_LEN   36u       /* INFO (16) + COMMAND (20) */
#define TERM_LEN     4u
#define EMU_QPS      16u       /* QPs 0..15 exist; even ones are "active" */

/* Menu flags byte layout (bits 0x4..0xf of the record's first dword). */
enum {
	M_OBJ2_ACTIVE = 1u << 11, M_OBJ2_ALL = 1u << 10, M_MUST_OBJ2 = 1u << 9,
	M_SUP_OBJ2 = 1u << 8, M_OBJ1_ACTIVE = 1u << 7, M_OBJ1_ALL = 1u << 6,
	M_MUST_OBJ1 = 1u << 5, M_SUP_OBJ1 = 1u << 4, M_MUST_IDX2 = 1u << 3,
	M_SUP_IDX2 = 1u << 2, M_MUST_IDX1 = 1u << 1, M_SUP_IDX1 = 1u << 0,
};

struct menu_seg {
	uint16_t type;
	const char *name, *idx1, *idx2;
	uint16_t flags;
};

static const struct menu_seg menu[] = {
	{ SEG_FULL_QPC, "FULL_QPC", "QPN", "",
	  M_SUP_IDX1 | M_MUST_IDX1 | M_SUP_OBJ1 | M_OBJ1_ALL | M_OBJ1_ACTIVE },
	{ SEG_FULL_EQC, "FULL_EQC", "EQN", "", M_SUP_IDX1 },
	{ SEG_SX_SLICE_ALL, "SX_SLICE_ALL", "", "", 0 },
	{ SEG_RDB, "RDB", "QPN", "RDB_INDEX",
	  M_SUP_IDX1 | M_MUST_IDX1 | M_SUP_IDX2 | M_SUP_OBJ2 | M_OBJ2_ALL },
	{ SEG_CR_SPACE, "CR_SPACE", "", "", 0 },
};

static void be16(uint8_t *p, uint32_t v) { p[0] = (uint8_t)(v >> 8); p[1] = (uint8_t)v; }
static void be32(uint8_t *p, uint32_t v)
{
	p[0] = (uint8_t)(v >> 24); p[1] = (uint8_t)(v >> 16); p[2] = (uint8_t)(v >> 8);
	p[3] = (uint8_t)v;
}
static void be64(uint8_t *p, uint64_t v) { be32(p, (uint32_t)(v >> 32)); be32(p + 4, (uint32_t)v); }
static uint32_t get16(const uint8_t *p) { return (uint32_t)p[0] << 8 | p[1]; }
static uint32_t get32(const uint8_t *p)
{
	return (uint32_t)p[0] << 24 | (uint32_t)p[1] << 16 | (uint32_t)p[2] << 8 | p[3];
}
static uint64_t get64(const uint8_t *p) { return (uint64_t)get32(p) << 32 | get32(p + 4); }

/* Counter-based PRNG (splitmix64 finaliser): dword i of the CR space. */
static uint32_t cr_dword(uint64_t seed, uint64_t i)
{
	uint64_t z = seed + (i + 1) * 0x9e3779b97f4a7c15ull;

	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
	z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
	return (uint32_t)((z ^ (z >> 31)) >> 32);
}

struct req {
	uint16_t seg;
	uint16_t vhca;
	uint32_t index1, index2;
	uint16_t obj1, obj2;
};

static void seg_hdr(uint8_t *p, uint32_t len, uint16_t type)
{
	be16(p, len / 4);
	be16(p + 2, type);
}

static void prefix(uint8_t out[PREFIX_LEN], const struct req *r)
{
	memset(out, 0, PREFIX_LEN);
	seg_hdr(out, 16, SEG_INFO);
	out[7] = 1;                        /* dump_version */
	be32(out + 8, 0x0000101d);         /* hw_version */
	be32(out + 12, 0x001c0fa0);        /* fw_version 28.4000 */
	seg_hdr(out + 16, 20, SEG_COMMAND);
	be16(out + 20, r->seg);
	be16(out + 22, r->vhca);
	be32(out + 24, r->index1);
	be32(out + 28, r->index2);
	be16(out + 32, r->obj1);
	be16(out + 34, r->obj2);
}

/* ---- the CR-space stream, generated at any offset ---- */

struct cr_geom {
	uint64_t size;       /* CR-space bytes */
	uint64_t chunks;
	uint64_t total;      /* stream bytes */
	uint64_t seed;
};

static void cr_geom(struct emu_dev *dev, bool endless, struct cr_geom *g)
{
	uint64_t s = 4u << 20, seed = 0x5eed;

	emu_spec_get_u64(dev->spec, "crspace", s, &s);
	emu_spec_get_u64(dev->spec, "seed", seed, &seed);
	s &= ~3ull;
	if (s < 4)
		s = 4;
	if (s > (1ull << 34))
		s = 1ull << 34;
	if (endless)
		s = 1ull << 50;    /* never reached: the dump never ends */
	g->size = s;
	g->seed = seed;
	g->chunks = (s + CR_CHUNK - 1) / CR_CHUNK;
	g->total = PREFIX_LEN + s + RES_HDR * g->chunks + TERM_LEN;
}

static void cr_gen(const struct cr_geom *g, const struct req *r, uint64_t off, uint8_t *buf,
		   size_t n)
{
	const uint64_t stride = RES_HDR + CR_CHUNK;
	const uint64_t body_end = PREFIX_LEN + g->size + RES_HDR * g->chunks;

	while (n) {
		if (off < PREFIX_LEN) {
			uint8_t pre[PREFIX_LEN];
			size_t take = PREFIX_LEN - off < n ? PREFIX_LEN - off : n;

			prefix(pre, r);
			memcpy(buf, pre + off, take);
			buf += take; off += take; n -= take;
		} else if (off < body_end) {
			uint64_t rel = off - PREFIX_LEN, k = rel / stride, w = rel % stride;
			uint64_t plen = k == g->chunks - 1 ? g->size - k * CR_CHUNK : CR_CHUNK;

			if (w < RES_HDR) {
				uint8_t h[RES_HDR] = { 0 };
				size_t take = RES_HDR - w < n ? RES_HDR - w : n;

				seg_hdr(h, (uint32_t)(RES_HDR + plen), SEG_CR_SPACE);
				be32(h + 8, (uint32_t)(k * CR_CHUNK / 4));   /* dword address */
				memcpy(buf, h + w, take);
				buf += take; off += take; n -= take;
			} else {
				uint64_t a = k * CR_CHUNK + (w - RES_HDR);
				uint64_t left = plen - (w - RES_HDR);
				size_t take = left < n ? left : n;

				for (size_t i = 0; i < take;) {
					uint32_t v = cr_dword(g->seed, (a + i) / 4);
					unsigned int b = (unsigned int)((a + i) % 4);

					for (; b < 4 && i < take; b++, i++)
						buf[i] = (uint8_t)(v >> (24 - 8 * b));
				}
				buf += take; off += take; n -= take;
			}
		} else {
			uint8_t t[TERM_LEN];
			uint64_t w = off - body_end;
			size_t take = TERM_LEN - w < n ? TERM_LEN - w : n;

			seg_hdr(t, TERM_LEN, SEG_TERMINATE);
			memcpy(buf, t + w, take);
			buf += take; off += take; n -= take;
		}
	}
}

/* ---- small segments, built whole ---- */

struct sbuf { uint8_t *p; size_t len, cap; };

static uint8_t *sb_add(struct sbuf *b, size_t n)
{
	if (b->len + n > b->cap) {
		size_t c = b->cap ? b->cap * 2 : 1024;

		while (c < b->len + n)
			c *= 2;
		b->p = realloc(b->p, c);
		if (!b->p)
			abort();
		b->cap = c;
	}
	memset(b->p + b->len, 0, n);
	b->len += n;
	return b->p + b->len - n;
}

static void add_resource(struct sbuf *b, uint16_t type, uint32_t i1, uint32_t i2, size_t plen,
			 uint64_t seed)
{
	uint8_t *p = sb_add(b, RES_HDR + plen);

	seg_hdr(p, (uint32_t)(RES_HDR + plen), type);
	be32(p + 8, i1);
	be32(p + 12, i2);
	for (size_t i = 0; i < plen; i += 4)
		be32(p + RES_HDR + i, cr_dword(seed ^ ((uint64_t)type << 48) ^
					       ((uint64_t)i1 << 20) ^ i2, i / 4));
}

static void add_error(struct sbuf *b, uint16_t syndrome, const char *text)
{
	uint8_t *p = sb_add(b, 48);

	seg_hdr(p, 48, SEG_ERROR);
	be16(p + 6, syndrome);
	memcpy(p + 16, text, strnlen(text, 32));
}

static void build_small(const struct req *r, uint64_t seed, struct sbuf *b)
{
	uint8_t *p = sb_add(b, PREFIX_LEN);

	prefix(p, r);
	switch (r->seg) {
	case SEG_MENU:
		p = sb_add(b, 8 + 52 * (sizeof(menu) / sizeof(menu[0])));
		seg_hdr(p, (uint32_t)(8 + 52 * (sizeof(menu) / sizeof(menu[0]))), SEG_MENU);
		be16(p + 6, sizeof(menu) / sizeof(menu[0]));
		for (size_t i = 0; i < sizeof(menu) / sizeof(menu[0]); i++) {
			uint8_t *rec = p + 8 + 52 * i;

			be16(rec, menu[i].flags);
			be16(rec + 2, menu[i].type);
			strncpy((char *)rec + 4, menu[i].name, 16);
			strncpy((char *)rec + 20, menu[i].idx1, 16);
			strncpy((char *)rec + 36, menu[i].idx2, 16);
		}
		break;
	case SEG_FULL_QPC: {
		uint32_t first = r->index1, n = r->obj1 ? r->obj1 : 1;

		if (r->obj1 == NUM_ALL || r->obj1 == NUM_ACTIVE)
			n = first < EMU_QPS ? EMU_QPS - first : 0;
		if (first >= EMU_QPS) {
			add_error(b, 0x1, "QPN out of range");
			break;
		}
		for (uint32_t q = first; q < first + n && q < EMU_QPS; q++)
			if (r->obj1 != NUM_ACTIVE || q % 2 == 0)
				add_resource(b, r->seg, q, 0, 64, seed);
		break;
	}
	case SEG_FULL_EQC:
		add_resource(b, r->seg, r->index1, 0, 128, seed);
		break;
	case SEG_SX_SLICE_ALL:
		add_resource(b, r->seg, 0, 0, 256, seed);
		break;
	case SEG_RDB: {
		uint32_t n = r->obj2 == NUM_ALL ? 4 : r->obj2 ? r->obj2 : 1;

		for (uint32_t i = 0; i < n && i < 64; i++)
			add_resource(b, r->seg, r->index1, r->index2 + i, 32, seed);
		break;
	}
	default:
		break;
	}
	p = sb_add(b, TERM_LEN);
	seg_hdr(p, TERM_LEN, SEG_TERMINATE);
}

/* ---- faults ---- */

/* The emulated kernel decides whether a vendor fault hits this RPC. */
static bool vendor_fault(struct emu_dev *dev, const char *name, uint64_t *status)
{
	const struct emu_fault *f = emu_fault_active(dev, name);

	if (f && status)
		*status = f->status;
	return f != NULL;
}

static bool known_segment(uint16_t seg, const struct menu_seg **out)
{
	for (size_t i = 0; i < sizeof(menu) / sizeof(menu[0]); i++)
		if (menu[i].type == seg) {
			*out = &menu[i];
			return true;
		}
	return false;
}

int emu_mlx5_rsc_dump_reg(struct emu_dev *dev, int write, const uint8_t *reg_in,
			  size_t reg_len, uint8_t *reg_out, size_t out_cap, uint32_t *syndrome)
{
	const struct menu_seg *ms = NULL;
	struct cr_geom g;
	struct req r;
	uint64_t off, total, status = 0;
	uint32_t seq;
	bool cont, endless;
	size_t n;

	*syndrome = 0;
	if (write) {
		*syndrome = 0x2c0001;     /* the register is read-only */
		return ST_BAD_PARAM;
	}
	if (reg_len < REG_LEN) {
		*syndrome = 0x2c0002;
		return ST_BAD_PARAM;
	}
	if (out_cap < REG_LEN) {
		*syndrome = 0x2c0003;
		return ST_BAD_OUTP_LEN;
	}
	if (vendor_fault(dev, "rsc-status", &status)) {
		*syndrome = 0x1bad0001;
		return status ? (int)(status & 0xff) : ST_BAD_SYS_STATE;
	}
	r.seg = (uint16_t)get16(reg_in + 2);
	r.vhca = (uint16_t)get16(reg_in + 6);
	r.index1 = get32(reg_in + 8);
	r.index2 = get32(reg_in + 12);
	r.obj1 = (uint16_t)get16(reg_in + 16);
	r.obj2 = (uint16_t)get16(reg_in + 18);
	cont = reg_in[0] & 0x80;
	seq = reg_in[1] & 0xf;
	if (!(reg_in[0] & 0x40)) {
		*syndrome = 0x2c0004;      /* no mkey can exist under fwctl: inline only */
		return ST_BAD_PARAM;
	}
	if (r.seg != SEG_MENU && !known_segment(r.seg, &ms)) {
		*syndrome = 0x2c0005;
		return ST_BAD_PARAM;
	}
	/* Counts the segment does not take are refused (indexes: 0 is valid). */
	if (ms && ((!(ms->flags & M_SUP_OBJ1) && r.obj1) || (!(ms->flags & M_SUP_OBJ2) && r.obj2))) {
		*syndrome = 0x2c0006;
		return ST_BAD_PARAM;
	}
	off = cont ? get64(reg_in + 24) : 0;

	endless = r.seg == SEG_CR_SPACE && vendor_fault(dev, "rsc-endless", NULL);
	memset(reg_out, 0, REG_LEN);
	memcpy(reg_out, reg_in, 20);           /* echo segment, vhca, indexes, counts */
	reg_out[0] = 0x40;                     /* inline_dump */
	reg_out[1] = 0;
	if (r.seg == SEG_CR_SPACE) {
		cr_geom(dev, endless, &g);
		total = g.total;
		if (off > total) {
			*syndrome = 0x2c0007;
			return ST_BAD_PARAM;
		}
		n = total - off < INLINE_MAX ? (size_t)(total - off) : INLINE_MAX;
		cr_gen(&g, &r, off, reg_out + INLINE_OFF, n);
	} else {
		struct sbuf b = { 0 };
		uint64_t seed = 0x5eed;

		emu_spec_get_u64(dev->spec, "seed", seed, &seed);
		build_small(&r, seed, &b);
		total = b.len;
		if (off > total) {
			free(b.p);
			*syndrome = 0x2c0007;
			return ST_BAD_PARAM;
		}
		n = total - off < INLINE_MAX ? (size_t)(total - off) : INLINE_MAX;
		memcpy(reg_out + INLINE_OFF, b.p + off, n);
		free(b.p);
	}
	off += n;
	if (off < total || endless)
		reg_out[0] |= 0x80;            /* more_dump */
	seq = (seq + (vendor_fault(dev, "rsc-seq", NULL) ? 2 : 1)) & 0xf;
	reg_out[1] = (uint8_t)seq;
	be64(reg_out + 24, off);               /* device_opaque: where to go on */
	be32(reg_out + 36, (uint32_t)n);       /* size */
	return ST_OK;
}

/*
 * sha256 and sizes of the CR-space dump, for tests of byte-exact dumps: a
 * JSON object the mlx5 driver's describe hook prints as "rsc_dump".
 */
char *emu_mlx5_rsc_dump_describe(struct emu_dev *dev)
{
	struct req r = { .seg = SEG_CR_SPACE };
	struct sha256_ctx s_stream, s_cr;
	uint8_t d1[32], d2[32], buf[65536];
	char h1[65], h2[65], *out = NULL;
	struct cr_geom g;
	uint64_t off = 0, menu_len;
	struct sbuf mb = { 0 };
	struct req mr = { .seg = SEG_MENU };

	cr_geom(dev, false, &g);
	sha256_init(&s_stream);
	sha256_init(&s_cr);
	while (off < g.total) {
		size_t n = g.total - off < sizeof(buf) ? (size_t)(g.total - off) : sizeof(buf);

		cr_gen(&g, &r, off, buf, n);
		sha256_update(&s_stream, n, buf);
		off += n;
	}
	for (uint64_t a = 0; a < g.size; a += 4) {
		uint8_t w[4];

		be32(w, cr_dword(g.seed, a / 4));
		sha256_update(&s_cr, 4, w);
	}
	sha256_digest(&s_stream, SHA256_DIGEST_SIZE, d1);
	sha256_digest(&s_cr, SHA256_DIGEST_SIZE, d2);
	emu_sha256_hex(d1, h1);
	emu_sha256_hex(d2, h2);
	build_small(&mr, 0, &mb);
	menu_len = mb.len;
	free(mb.p);
	if (asprintf(&out,
		     "{\"crspace_segment\":\"CR_SPACE\",\"crspace_segment_type\":%u,"
		     "\"crspace_bytes\":%" PRIu64 ",\"crspace_sha256\":\"%s\","
		     "\"crspace_dump_bytes\":%" PRIu64 ",\"crspace_dump_sha256\":\"%s\","
		     "\"crspace_dump_min_rpcs\":%" PRIu64 ",\"menu_dump_bytes\":%" PRIu64 ","
		     "\"menu_min_rpcs\":%" PRIu64 ",\"bytes_per_rpc\":%d}",
		     SEG_CR_SPACE, g.size, h2, g.total, h1,
		     (g.total + INLINE_MAX - 1) / INLINE_MAX, menu_len,
		     (menu_len + INLINE_MAX - 1) / INLINE_MAX, INLINE_MAX) < 0)
		return NULL;
	return out;
}
