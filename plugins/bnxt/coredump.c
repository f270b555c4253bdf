// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * The coredump engine, in bnxt_en's order (bnxt_coredump.c): DBG_QCFG for
 * the size, COREDUMP_LIST page by page, then per segment INITIATE and
 * RETRIEVE page by page.  Each page goes straight to the file; memory use
 * does not depend on the dump's size.
 *
 * As in the kernel, a segment whose INITIATE or RETRIEVE the firmware
 * refuses is recorded in its header (status = the negative errno, length
 * 0) and the dump goes on; anything else (an ioctl error, the device
 * gone, a malformed answer, more data than DBG_QCFG announced, a signal)
 * stops it, and no file appears.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include <nettle/sha2.h>

#include "coredump.h"
#include "dma.h"

static double now_s(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static void sha_hex(const uint8_t d[SHA256_DIGEST_SIZE], char out[65])
{
	static const char hex[] = "0123456789abcdef";

	for (int i = 0; i < SHA256_DIGEST_SIZE; i++) {
		out[2 * i] = hex[d[i] >> 4];
		out[2 * i + 1] = hex[d[i] & 15];
	}
	out[64] = '\0';
}

static int stopped(struct bnxt_cd_run *r)
{
	if (!fwctl_stop_signal)
		return 0;
	fwctl_err_set(&r->ctx->err, FWCTL_ERR_INTERRUPTED, EINTR, "interrupted");
	r->ctx->err.signo = fwctl_stop_signal;
	return -1;
}

int bnxt_cd_query(struct bnxt_cd_run *r)
{
	const struct bnxt_query *vq = bnxt_query_by_type(0x0000);
	uint8_t req[HWRM_REQ_MAX_LEN] = { 0 }, out[BNXT_DEFAULT_RESP_CAP];
	struct bnxt_resp st;
	uint64_t size;

	prm_put_le16(req, BNXT_CD_REQ_DBG_QCFG);
	prm_set_by_name(&bnxt_cd_dbg_qcfg_req, "fid", req, sizeof(req), 0xffff);
	r->rpcs_info++;
	if (bnxt_hwrm_send(r->h, r->scope, req, 24, out, sizeof(out), "HWRM_DBG_QCFG", &st,
			   &r->ctx->err) < 0)
		return -1;
	if (!prm_get_by_name(&bnxt_cd_dbg_qcfg_resp, "coredump_size", out, st.data_len, &size))
		return fwctl_err_set(&r->ctx->err, FWCTL_ERR_PROTOCOL, 0,
				     "HWRM_DBG_QCFG: answer of %zu bytes has no coredump_size",
				     st.data_len);
	if (size == 0)
		return fwctl_err_set(&r->ctx->err, FWCTL_ERR_UNSUPPORTED, 0,
				     "the firmware reports a coredump size of 0: no live coredump");
	r->coredump_size = (uint32_t)size;
	r->total = size + BNXT_CD_SEG_HDR_LEN + BNXT_CD_VER_GET_LEN + BNXT_CD_RECORD_LEN;

	bnxt_query_build(vq, req);
	r->rpcs_info++;
	if (bnxt_hwrm_send(r->h, r->scope, req, vq->req_len, out, sizeof(out),
			   "HWRM_VER_GET", &st, &r->ctx->err) < 0)
		return -1;
	memset(r->ver_get, 0, sizeof(r->ver_get));
	memcpy(r->ver_get, out, st.data_len < sizeof(r->ver_get) ? st.data_len : sizeof(r->ver_get));
	return 0;
}

int bnxt_cd_list(struct bnxt_cd_run *r)
{
	const struct bnxt_dma_cmd *c = bnxt_dma_by_type(BNXT_CD_REQ_LIST);
	uint8_t buf[BNXT_CD_LIST_BUF], out[BNXT_DEFAULT_RESP_CAP];
	struct bnxt_cd_list l = { 0 };
	struct bnxt_cd_page pg;
	struct bnxt_resp st;
	int more;

	do {
		uint8_t req[32] = { 0 };
		struct bnxt_dma_io io = { .buf = buf, .cap = sizeof(buf) };

		if (stopped(r))
			goto fail;
		prm_set_by_name(&bnxt_cd_list_req, "host_buf_len", req, sizeof(req), sizeof(buf));
		prm_set_by_name(&bnxt_cd_list_req, "seq_no", req, sizeof(req), l.pages);
		r->rpcs_list++;
		if (bnxt_dma_send(r->h, r->scope, c, req, sizeof(req), &io, out, sizeof(out),
				  "HWRM_DBG_COREDUMP_LIST", &st, &r->ctx->err) < 0 ||
		    bnxt_cd_list_page(out, st.data_len, io.len, &pg, &r->ctx->err) < 0)
			goto fail;
		more = bnxt_cd_list_feed(&l, &pg, buf, &r->ctx->err);
		if (more < 0)
			goto fail;
	} while (more);
	r->segs = calloc(l.total, sizeof(*r->segs));
	r->res = calloc(l.total, sizeof(*r->res));
	if (!r->segs || !r->res) {
		fwctl_err_set(&r->ctx->err, FWCTL_ERR_FAILED, ENOMEM, "out of memory");
		goto fail;
	}
	r->n_segs = l.total;
	if (bnxt_cd_records(l.data, l.have, r->segs, l.total, &r->ctx->err) < 0)
		goto fail;
	bnxt_cd_list_free(&l);
	return 0;
fail:
	bnxt_cd_list_free(&l);
	return -1;
}

static int io_err(struct bnxt_cd_run *r, const char *op)
{
	int e = errno ? errno : EIO;

	return fwctl_err_set(&r->ctx->err, FWCTL_ERR_IO, e, "%s %s: %s", op, r->path, strerror(e));
}

/* Write len bytes at pos (relative to the dump's start). */
static int put_at(struct bnxt_cd_run *r, uint64_t pos, const void *p, size_t len)
{
	if (fseeko(r->fp, (off_t)(r->base + pos), SEEK_SET) || (len && fwrite(p, 1, len, r->fp) != len))
		return io_err(r, "writing");
	return 0;
}

/* The kernel's -ENOBUFS: the firmware sends more than DBG_QCFG announced. */
static int room(struct bnxt_cd_run *r, uint64_t pos, uint64_t len)
{
	if (pos + len <= r->total - BNXT_CD_RECORD_LEN)
		return 0;
	return fwctl_err_set(&r->ctx->err, FWCTL_ERR_PROTOCOL, ENOBUFS,
			     "the firmware's coredump is larger than the %u bytes DBG_QCFG "
			     "announced (the kernel fails such a dump with ENOBUFS)", r->coredump_size);
}

/* A firmware refusal (error_code in the answer) is recorded; anything else stops the dump. */
static int in_band(struct bnxt_cd_run *r, struct bnxt_cd_seg_result *res)
{
	struct fwctl_err *e = &r->ctx->err;

	if (!e->has_fw_status || e->kind == FWCTL_ERR_DRY_RUN)
		return -1;
	res->fw_code = (uint16_t)e->fw_status;
	res->status = bnxt_hwrm_err_to_errno(res->fw_code);
	if (!r->failed++)
		r->first_failure = *e;
	fwctl_err_clear(e);
	return 0;
}

static int initiate(struct bnxt_cd_run *r, const struct bnxt_cd_seg *s)
{
	const struct bnxt_dma_cmd *c = bnxt_dma_by_type(BNXT_CD_REQ_INITIATE);
	uint8_t req[32] = { 0 }, out[BNXT_DEFAULT_RESP_CAP];
	struct bnxt_resp st;

	prm_set_by_name(&bnxt_cd_initiate_req, "component_id", req, sizeof(req), s->component);
	prm_set_by_name(&bnxt_cd_initiate_req, "segment_id", req, sizeof(req), s->segment);
	prm_set_by_name(&bnxt_cd_initiate_req, "seg_flags", req, sizeof(req), r->init_flags);
	r->rpcs_initiate++;
	return bnxt_dma_send(r->h, r->scope, c, req, sizeof(req), NULL, out, sizeof(out),
			     "HWRM_DBG_COREDUMP_INITIATE", &st, &r->ctx->err);
}

/* Results of a segment's RPCs: refused by the firmware (maybe), or stopped. */
#define SEG_REFUSED (-1)
#define SEG_FATAL   (-2)

/* RETRIEVE pages of segment s into the file from r->pos on (res->length bytes). */
static int retrieve(struct bnxt_cd_run *r, const struct bnxt_cd_seg *s, uint8_t *buf,
		    struct sha256_ctx *sha, struct bnxt_cd_seg_result *res)
{
	const struct bnxt_dma_cmd *c = bnxt_dma_by_type(BNXT_CD_REQ_RETRIEVE);
	uint8_t out[BNXT_DEFAULT_RESP_CAP];
	struct bnxt_cd_page pg = { 0 };
	struct bnxt_resp st;

	for (uint32_t seq = 0;; seq++) {
		uint8_t req[56] = { 0 };
		struct bnxt_dma_io io = { .buf = buf, .cap = r->retrieve_len };

		if (stopped(r))
			return SEG_FATAL;
		prm_set_by_name(&bnxt_cd_retrieve_req, "host_buf_len", req, sizeof(req), r->retrieve_len);
		prm_set_by_name(&bnxt_cd_retrieve_req, "component_id", req, sizeof(req), s->component);
		prm_set_by_name(&bnxt_cd_retrieve_req, "segment_id", req, sizeof(req), s->segment);
		prm_set_by_name(&bnxt_cd_retrieve_req, "seq_no", req, sizeof(req), seq);
		r->rpcs_retrieve++;
		res->rpcs++;
		if (bnxt_dma_send(r->h, r->scope, c, req, sizeof(req), &io, out, sizeof(out),
				  "HWRM_DBG_COREDUMP_RETRIEVE", &st, &r->ctx->err) < 0)
			return SEG_REFUSED;
		if (bnxt_cd_retrieve_page(out, st.data_len, io.len, &pg, &r->ctx->err) < 0 ||
		    room(r, r->pos + res->length, pg.data_len) < 0)
			return SEG_FATAL;
		if (pg.data_len && fwrite(buf, 1, pg.data_len, r->fp) != pg.data_len) {
			io_err(r, "writing");
			return SEG_FATAL;
		}
		sha256_update(sha, pg.data_len, buf);
		res->length += pg.data_len;
		/* The clock every 64 pages keeps progress off the hot path. */
		if (r->progress && (seq & 63) == 63 && now_s() >= r->next_progress) {
			r->pos += res->length;
			bnxt_cd_progress(r, r->cur_seg, false);
			r->pos -= res->length;
			r->next_progress = now_s() + 0.25;
		}
		if (!pg.more)
			return 0;
		if (!pg.data_len) {
			fwctl_err_set(&r->ctx->err, FWCTL_ERR_PROTOCOL, 0,
				      "HWRM_DBG_COREDUMP_RETRIEVE: an empty page with 'more' set "
				      "(segment %u/%u, page %u)", s->component, s->segment, seq);
			return SEG_FATAL;
		}
	}
}

static int segment(struct bnxt_cd_run *r, size_t i, uint8_t *buf)
{
	const struct bnxt_cd_seg *s = &r->segs[i];
	struct bnxt_cd_seg_result *res = &r->res[i];
	uint8_t hdr[BNXT_CD_SEG_HDR_LEN] = { 0 }, d[SHA256_DIGEST_SIZE];
	struct bnxt_cd_hdr_info hi = { 0 };
	uint64_t hdr_pos = r->pos;
	struct sha256_ctx sha;
	double t0 = now_s();
	int rc;

	sha256_init(&sha);
	if (room(r, hdr_pos, sizeof(hdr)) < 0 || put_at(r, hdr_pos, hdr, sizeof(hdr)) < 0)
		return -1;
	r->pos = hdr_pos + sizeof(hdr);
	rc = initiate(r, s) < 0 ? SEG_REFUSED : 0;
	if (rc == 0)
		rc = retrieve(r, s, buf, &sha, res);
	if (rc == SEG_REFUSED && in_band(r, res) == 0) {
		res->length = 0;       /* the kernel drops a failed segment's data */
		sha256_init(&sha);
	} else if (rc < 0) {
		return -1;
	}
	res->duration_ms = (uint32_t)((now_s() - t0) * 1000);
	sha256_digest(&sha, sizeof(d), d);
	sha_hex(d, res->sha256);
	hi.component = s->component;
	hi.segment = s->segment;
	hi.flags = s->compress_flags;
	hi.low_version = s->version_low;
	hi.high_version = s->version_hi;
	hi.function_id = bnxt_cd_function_id(r->h);
	hi.length = res->length;
	hi.status = res->status;
	hi.duration_ms = res->duration_ms;
	bnxt_cd_fill_seg_hdr(hdr, &hi);
	if (put_at(r, hdr_pos, hdr, sizeof(hdr)) < 0)
		return -1;
	r->pos = hdr_pos + sizeof(hdr) + res->length;
	r->data_bytes += res->length;
	return fseeko(r->fp, (off_t)(r->base + r->pos), SEEK_SET) ? io_err(r, "seeking in") : 0;
}

/* Record, zero padding to the announced size, then the whole file's sha256. */
static int finish(struct bnxt_cd_run *r)
{
	uint8_t rec[BNXT_CD_RECORD_LEN], zero[4096] = { 0 }, d[SHA256_DIGEST_SIZE];
	struct bnxt_cd_record_info ri;
	struct sha256_ctx sha;
	char cmdline[256];
	int rfd;

	r->end = time(NULL);
	bnxt_cd_record_info(r, &ri, r->n_segs ? r->res[r->n_segs - 1].status : 0, cmdline,
			    sizeof(cmdline));
	bnxt_cd_fill_record(rec, &ri);
	if (put_at(r, r->pos, rec, sizeof(rec)) < 0)
		return -1;
	for (uint64_t p = r->pos + sizeof(rec); p < r->total; p += sizeof(zero)) {
		size_t n = r->total - p < sizeof(zero) ? (size_t)(r->total - p) : sizeof(zero);

		if (fwrite(zero, 1, n, r->fp) != n)
			return io_err(r, "writing");
	}
	if (fflush(r->fp) || ftruncate(fileno(r->fp), (off_t)(r->base + r->total)))
		return io_err(r, "writing");
	/* The fd may be write-only (stdout): read through a fresh descriptor. */
	rfd = pread(fileno(r->fp), zero, 0, 0) == 0 ? dup(fileno(r->fp)) : -1;
	if (rfd < 0) {
		char self[64];

		snprintf(self, sizeof(self), "/proc/self/fd/%d", fileno(r->fp));
		rfd = open(self, O_RDONLY | O_CLOEXEC);
	}
	if (rfd < 0)
		return io_err(r, "reading back");
	sha256_init(&sha);
	for (uint64_t p = 0; p < r->total;) {
		ssize_t n = pread(rfd, zero, sizeof(zero), (off_t)(r->base + p));

		if (n <= 0) {
			close(rfd);
			errno = n < 0 ? errno : EIO;
			return io_err(r, "reading back");
		}
		sha256_update(&sha, (size_t)n, zero);
		p += (uint64_t)n;
	}
	close(rfd);
	sha256_digest(&sha, sizeof(d), d);
	sha_hex(d, r->sha256);
	return 0;
}

/* The driver's own first segment: HWRM_VER_GET (component 2, segment 0). */
static int ver_get_segment(struct bnxt_cd_run *r)
{
	uint8_t hdr[BNXT_CD_SEG_HDR_LEN];
	struct bnxt_cd_hdr_info hi = { .component = BNXT_CD_VER_GET_COMP,
				       .length = BNXT_CD_VER_GET_LEN };

	hi.function_id = bnxt_cd_function_id(r->h);
	bnxt_cd_fill_seg_hdr(hdr, &hi);
	if (put_at(r, 0, hdr, sizeof(hdr)) < 0 ||
	    fwrite(r->ver_get, 1, sizeof(r->ver_get), r->fp) != sizeof(r->ver_get))
		return io_err(r, "writing");
	r->pos = sizeof(hdr) + sizeof(r->ver_get);
	return 0;
}

int bnxt_cd_write(struct bnxt_cd_run *r)
{
	uint8_t *buf = malloc(r->retrieve_len);
	double t0 = now_s();
	off_t base = ftello(r->fp);
	int rc = -1;

	if (!buf)
		return fwctl_err_set(&r->ctx->err, FWCTL_ERR_FAILED, ENOMEM, "out of memory");
	if (base < 0) {
		free(buf);
		return io_err(r, "seeking in");
	}
	r->base = (uint64_t)base;
	if (ver_get_segment(r) < 0)
		goto out;
	r->next_progress = t0 + 0.25;
	for (size_t i = 0; i < r->n_segs; i++) {
		r->cur_seg = i + 1;
		if (segment(r, i, buf) < 0)
			goto out;
		if (r->progress && (now_s() >= r->next_progress || i + 1 == r->n_segs)) {
			bnxt_cd_progress(r, i + 1, i + 1 == r->n_segs);
			r->next_progress = now_s() + 0.25;
		}
	}
	rc = finish(r);
	r->seconds = now_s() - t0;
out:
	if (rc < 0 && r->progress)
		fputc('\n', stderr);
	free(buf);
	return rc;
}

void bnxt_cd_run_free(struct bnxt_cd_run *r)
{
	free(r->segs);
	free(r->res);
	r->segs = NULL;
	r->res = NULL;
	r->n_segs = 0;
}
