// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * The resource dump session: one ACCESS_REG read of RESOURCE_DUMP per
 * call, the reply checked and the next request prepared in place.  The
 * two 272-byte mailboxes live in struct rsc_dump, so a dump of any size
 * allocates nothing per RPC.
 */
#include <errno.h>
#include <inttypes.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "mlx5_mbox.h"
#include "rsc_dump.h"
#include "rsc_dump_priv.h"

#define REG_IN(d)  ((d)->in + RSC_ACCESS_HDR_LEN)
#define REG_OUT(d) ((d)->out + RSC_ACCESS_HDR_LEN)

static void reg_set(uint8_t *reg, int idx, uint64_t v)
{
	prm_set(&rsc_reg_layout, &rsc_reg_fields[idx], reg, RSC_REG_LEN, v);
}

void rsc_dump_init(struct rsc_dump *d, struct fwctl_handle *h, uint32_t scope,
		   const struct rsc_key *key, const char *what)
{
	uint8_t *reg;

	memset(d, 0, sizeof(*d));
	d->h = h;
	d->scope = scope;
	d->what = what ? what : "RESOURCE_DUMP";
	mlx5_mbox_hdr(d->in, MLX5_CMD_OP_ACCESS_REG, MLX5_ACCESS_REG_OP_READ);
	/* access_register_in: register_id at bytes 10-11, argument 0. */
	prm_put_be16(d->in + 10, MLX5_REG_RESOURCE_DUMP);
	reg = REG_IN(d);
	reg_set(reg, RSC_F_INLINE_DUMP, 1);
	reg_set(reg, RSC_F_SEGMENT_TYPE, key->segment_type);
	reg_set(reg, RSC_F_INDEX1, key->index1);
	reg_set(reg, RSC_F_INDEX2, key->index2);
	reg_set(reg, RSC_F_NUM_OF_OBJ1, key->num_obj1);
	reg_set(reg, RSC_F_NUM_OF_OBJ2, key->num_obj2);
	d->seq = 0;
	d->args = (struct fwctl_rpc_args){
		.scope = scope, .in = d->in, .in_len = RSC_RPC_LEN,
		.out = d->out, .out_cap = RSC_RPC_LEN, .what = d->what,
		.flags = FWCTL_RPC_OUT_DEFINED,   /* d was zeroed above */
	};
	/*
	 * Every request of the dump is this ACCESS_REG read with other
	 * indexes: classified once here, not per RPC.
	 */
	if (h)
		fwctl_rpc_classify(h, &d->args, &d->cls);
	d->args.cls = h ? &d->cls : NULL;
}

/*
 * The per-RPC fields are read with direct byte access: the generic
 * bit-walker costs ~500 instructions per RPC here, as much as the rest of
 * the tool's loop.  test-rsc-dump checks these against rsc_reg_layout.
 */
#define RSC_BYTE_MORE      0     /* more_dump: bit 7; inline_dump: bit 6 */
#define RSC_BYTE_SEQ       1     /* seq_num: low nibble */
#define RSC_BYTE_SIZE      36    /* size: be32 */

/* static: an exported function is not inlined in a -fPIC build (interposition). */
static int reply_check(const uint8_t *reg_in, const uint8_t *reg_out, size_t *size, bool *more,
		       struct fwctl_err *err)
{
	uint64_t sz = prm_be32(reg_out + RSC_BYTE_SIZE);
	unsigned int sent = reg_in[RSC_BYTE_SEQ] & 0xf;
	unsigned int got = reg_out[RSC_BYTE_SEQ] & 0xf;
	unsigned int want = (sent + 1) & 0xf;

	if (sz > RSC_INLINE_MAX)
		return fwctl_err_set(err, FWCTL_ERR_PROTOCOL, 0,
				     "firmware reports %" PRIu64 " bytes of inline data, at most %d fit",
				     sz, RSC_INLINE_MAX);
	if (got != want)
		return fwctl_err_set(err, FWCTL_ERR_PROTOCOL, 0,
				     "firmware answered seq_num %u, expected %u: dump out of order",
				     got, want);
	*size = (size_t)sz;
	*more = (reg_out[RSC_BYTE_MORE] & 0x80) != 0;
	return 0;
}

int rsc_reply_check(const uint8_t *reg_in, const uint8_t *reg_out, size_t *size, bool *more,
		    struct fwctl_err *err)
{
	return reply_check(reg_in, reg_out, size, more, err);
}

static uint64_t now_us(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (uint64_t)ts.tv_sec * 1000000u + (uint64_t)ts.tv_nsec / 1000u;
}

int rsc_dump_next(struct rsc_dump *d, const uint8_t **data, size_t *len, struct fwctl_err *err)
{
	uint64_t t0 = 0;
	size_t size = 0;
	bool more = false;

	*data = NULL;
	*len = 0;
	if (d->finished)
		return 0;
	if (d->trace)
		t0 = now_us();
	/* The header, lengths and status are checked by the RPC layer's mlx5
	 * policy; the mailbox wrapper's checks hold for every page. */
	if (fwctl_rpc_call(d->h, &d->args, err) < 0) {
		fwctl_err_prefix(err, "resource dump RPC %" PRIu64 " (%" PRIu64 " bytes in)",
				 d->rpcs + 1, d->bytes);
		return -1;
	}
	d->rpcs++;
	if (reply_check(REG_IN(d), REG_OUT(d), &size, &more, err) < 0) {
		fwctl_err_prefix(err, "resource dump RPC %" PRIu64, d->rpcs);
		return -1;
	}
	d->bytes += size;
	if (d->trace)
		d->trace(d->trace_ctx, d->rpcs, REG_OUT(d)[RSC_BYTE_SEQ] & 0xfu,
			 size, more, now_us() - t0);
	if (d->max_bytes && d->bytes > d->max_bytes)
		return fwctl_err_set(err, FWCTL_ERR_PROTOCOL, 0,
				     "dump exceeds %" PRIu64 " bytes and the firmware still has more "
				     "(raise --max-size if this is expected)", d->max_bytes);
	if (more) {
		if (size == 0 && ++d->empty_run > RSC_MAX_EMPTY_REPLIES)
			return fwctl_err_set(err, FWCTL_ERR_PROTOCOL, 0,
					     "firmware sent %d replies with more_dump set and no data",
					     RSC_MAX_EMPTY_REPLIES + 1);
		if (size)
			d->empty_run = 0;
		/*
		 * Carry the firmware's state into the next request: byte 0-1
		 * (more_dump, seq_num) and bytes 8-31 (index1/2, num_of_obj1/2,
		 * device_opaque).  segment_type and vhca_id stay as requested.
		 */
		memcpy(REG_IN(d), REG_OUT(d), 2);
		memcpy(REG_IN(d) + 8, REG_OUT(d) + 8, 24);
		REG_IN(d)[RSC_BYTE_MORE] |= 0x40;     /* inline_dump stays set */
		d->seq = REG_IN(d)[RSC_BYTE_SEQ] & 0xfu;
	} else {
		d->finished = true;
	}
	*data = REG_OUT(d) + RSC_INLINE_OFF;
	*len = size;
	return more ? 1 : 0;
}

/* ---- streaming walker ---- */

void rsc_walker_init(struct rsc_walker *w)
{
	memset(w, 0, sizeof(*w));
}

static void copy_text(char *dst, size_t cap, const uint8_t *src, size_t n)
{
	size_t j = 0;

	for (size_t i = 0; i < n && j + 1 < cap; i++) {
		if (!src[i])
			break;
		dst[j++] = (src[i] >= 0x20 && src[i] < 0x7f) ? (char)src[i] : '?';
	}
	while (j > 0 && dst[j - 1] == ' ')
		j--;
	dst[j] = '\0';
}

static int walker_error_segment(struct rsc_walker *w, struct fwctl_err *err)
{
	/* cap holds the body after the 4-byte header: syndrome_id at body 2..3,
	 * error text at body 12..43. */
	w->error_seen = true;
	w->error_syndrome = w->cap_have >= 4 ? prm_be16(w->cap + 2) : 0;
	if (w->cap_have > 12)
		copy_text(w->error_text, sizeof(w->error_text), w->cap + 12, w->cap_have - 12);
	return fwctl_err_firmware(err, RSC_SEG_ERROR, "ERROR_SEGMENT", true, w->error_syndrome,
				  "firmware put an error segment in the dump at offset %" PRIu64
				  ": syndrome 0x%x%s%s", w->seg_off, w->error_syndrome,
				  w->error_text[0] ? ", " : "", w->error_text);
}

int rsc_walker_feed_bytes(struct rsc_walker *w, const uint8_t *p, size_t n,
			  struct fwctl_err *err)
{
	while (n) {
		if (w->terminated)
			return fwctl_err_set(err, FWCTL_ERR_PROTOCOL, 0,
					     "data after the TERMINATE segment at offset %" PRIu64,
					     w->off);
		if (!w->in_segment) {
			unsigned int take = RSC_SEG_HDR_LEN - w->hdr_have;
			uint32_t len;

			if (take > n)
				take = (unsigned int)n;
			memcpy(w->hdr + w->hdr_have, p, take);
			w->hdr_have += take;
			p += take;
			n -= take;
			w->off += take;
			if (w->hdr_have < RSC_SEG_HDR_LEN)
				continue;
			w->hdr_have = 0;
			len = (uint32_t)prm_be16(w->hdr) * 4;
			w->cur_type = prm_be16(w->hdr + 2);
			w->seg_off = w->off - RSC_SEG_HDR_LEN;
			if (len < RSC_SEG_HDR_LEN)
				return fwctl_err_set(err, FWCTL_ERR_PROTOCOL, 0,
						     "segment of length 0 at offset %" PRIu64,
						     w->off - RSC_SEG_HDR_LEN);
			w->n_segments++;
			w->seg_left = len - RSC_SEG_HDR_LEN;
			w->in_segment = true;
			w->cap_have = 0;
			w->cap_want = 0;
			if (w->cur_type == RSC_SEG_ERROR)
				w->cap_want = (unsigned int)(w->seg_left < sizeof(w->cap) ?
							     w->seg_left : sizeof(w->cap));
			if (w->cur_type == RSC_SEG_TERMINATE)
				w->terminated = w->seg_left == 0;
			if (w->seg_left == 0) {
				w->in_segment = false;
				if (w->cur_type == RSC_SEG_ERROR)
					return walker_error_segment(w, err);
			}
			continue;
		}
		{
			size_t take = n < w->seg_left ? n : (size_t)w->seg_left;

			if (w->cap_have < w->cap_want) {
				size_t c = w->cap_want - w->cap_have;

				if (c > take)
					c = take;
				memcpy(w->cap + w->cap_have, p, c);
				w->cap_have += (unsigned int)c;
			}
			p += take;
			n -= take;
			w->off += take;
			w->seg_left -= take;
			if (w->seg_left == 0) {
				w->in_segment = false;
				if (w->cur_type == RSC_SEG_ERROR)
					return walker_error_segment(w, err);
				if (w->cur_type == RSC_SEG_TERMINATE)
					w->terminated = true;
			}
		}
	}
	return 0;
}

int rsc_walker_finish(const struct rsc_walker *w, struct fwctl_err *err)
{
	if (w->terminated)
		return 0;
	if (w->in_segment || w->hdr_have)
		return fwctl_err_set(err, FWCTL_ERR_PROTOCOL, 0,
				     "dump ended inside a segment at offset %" PRIu64, w->off);
	return fwctl_err_set(err, FWCTL_ERR_PROTOCOL, 0,
			     "dump ended at offset %" PRIu64 " without a TERMINATE segment", w->off);
}

/* ---- whole menu fetch ---- */

#define RSC_MENU_MAX_BYTES (1u << 20)

int rsc_menu_fetch(struct fwctl_handle *h, uint32_t scope, struct rsc_menu *menu,
		   uint64_t *rpcs, struct fwctl_err *err)
{
	struct rsc_key key = { .segment_type = RSC_SEG_MENU };
	struct rsc_dump d;
	uint8_t *buf = NULL;
	size_t len = 0, cap = 0;
	int more, rc = -1;

	rsc_dump_init(&d, h, scope, &key, "RESOURCE_DUMP menu");
	d.max_bytes = RSC_MENU_MAX_BYTES;
	do {
		const uint8_t *p;
		size_t n;

		more = rsc_dump_next(&d, &p, &n, err);
		if (more < 0)
			goto out;
		if (len + n > cap) {
			size_t ncap = cap ? cap * 2 : 4096;
			uint8_t *nb;

			while (ncap < len + n)
				ncap *= 2;
			nb = realloc(buf, ncap);
			if (!nb) {
				fwctl_err_set(err, FWCTL_ERR_FAILED, ENOMEM, "out of memory");
				goto out;
			}
			buf = nb;
			cap = ncap;
		}
		if (n)   /* an empty record may come with p == NULL, buf == NULL */
			memcpy(buf + len, p, n);
		len += n;
	} while (more);
	rc = rsc_menu_parse(buf, len, menu, err);
	if (rc < 0)
		fwctl_err_prefix(err, "resource dump menu");
out:
	if (rpcs)
		*rpcs = d.rpcs;
	free(buf);
	return rc;
}
