// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * fwctl bnxt hwrm NAME for the 7.3 DMA commands: each host buffer of the
 * request, in the kernel table's order, comes from --buf-in FILE (host to
 * device: its contents, its size) or goes to --buf-out FILE (device to
 * host: --buf-len N bytes, or the command's fixed length).  The tool
 * writes the buffer addresses and length fields itself; only as many
 * bytes as the response says the firmware wrote go to each --buf-out.
 */
#include <errno.h>
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <json-c/json.h>

#include "bnxt_cmds.h"
#include "dma.h"

struct dma_plan {
	const char *file[BNXT_DMA_MAX_BUFS];
	uint32_t len[BNXT_DMA_MAX_BUFS];
	uint8_t *data[BNXT_DMA_MAX_BUFS];
	struct bnxt_dma_io io[BNXT_DMA_MAX_BUFS];
};

static void plan_free(struct dma_plan *p)
{
	for (unsigned int i = 0; i < BNXT_DMA_MAX_BUFS; i++)
		free(p->data[i]);
}

static int need(struct fwctl_ctx *ctx, const struct bnxt_dma_cmd *c)
{
	char list[256] = "";
	size_t n = 0;

	for (unsigned int i = 0; i < c->n_bufs; i++)
		n += (size_t)snprintf(list + n, n < sizeof(list) ? sizeof(list) - n : 0, "%s%s %s",
				      i ? ", " : "", c->bufs[i].dir == BNXT_DMA_TO_DEV ? "--buf-in" : "--buf-out",
				      c->bufs[i].addr_name);
	return fwctl_err_set(&ctx->err, FWCTL_ERR_USAGE, 0,
			     "HWRM_%s carries %u host buffer(s); give, in this order: %s", c->name,
			     c->n_bufs, c->n_bufs ? list : "none");
}

/* --buf-len for the k-th device-to-host buffer (one value may serve all). */
static int out_len(struct fwctl_ctx *ctx, const struct bnxt_hwrm_opts *o, const struct bnxt_dma_buf *b,
		   size_t k, uint32_t *len)
{
	uint64_t v;

	if (o->buf_len.n == 0) {
		if (!b->len_width) {
			*len = b->fixed_len;
			return 0;
		}
		return fwctl_err_set(&ctx->err, FWCTL_ERR_USAGE, 0, "--buf-len N is needed for %s (%s)",
				     b->addr_name, b->len_name);
	}
	if (fwctl_parse_u64(o->buf_len.v[k < o->buf_len.n ? k : 0], UINT32_MAX, &v) < 0)
		return fwctl_err_set(&ctx->err, FWCTL_ERR_USAGE, 0, "--buf-len: not a number");
	*len = (uint32_t)v;
	return 0;
}

/* Without --buf-len, a buffer sharing an earlier one's length field has its length. */
static bool shared_len(const struct bnxt_dma_cmd *c, struct dma_plan *p, unsigned int i, size_t n_len)
{
	for (unsigned int j = 0; !n_len && c->bufs[i].len_width && j < i; j++)
		if (c->bufs[j].len_width && c->bufs[j].len_off == c->bufs[i].len_off) {
			p->len[i] = p->len[j];
			return true;
		}
	return false;
}

/* Assign files to buffers in table order and size each one. */
static int plan(struct fwctl_ctx *ctx, const struct bnxt_hwrm_opts *o, const struct bnxt_dma_cmd *c,
		struct dma_plan *p)
{
	size_t ni = 0, no = 0;

	memset(p, 0, sizeof(*p));
	for (unsigned int i = 0; i < c->n_bufs; i++) {
		const struct bnxt_dma_buf *b = &c->bufs[i];
		size_t got;

		if (b->dir == BNXT_DMA_TO_DEV) {
			if (ni >= o->buf_in.n)
				return need(ctx, c);
			p->file[i] = o->buf_in.v[ni++];
			if (fwctl_read_file(p->file[i], BNXT_MAX_DMABUF + 1, &p->data[i], &got, &ctx->err) < 0)
				return -1;
			p->len[i] = (uint32_t)got;
		} else {
			if (no >= o->buf_out.n)
				return need(ctx, c);
			p->file[i] = o->buf_out.v[no];
			if (!strcmp(p->file[i], "-"))
				return fwctl_err_set(&ctx->err, FWCTL_ERR_USAGE, 0,
						     "--buf-out needs a file: stdout carries the result");
			if (shared_len(c, p, i, o->buf_len.n))
				no++;
			else if (out_len(ctx, o, b, no++, &p->len[i]) < 0)
				return -1;
		}
	}
	if (ni != o->buf_in.n || no != o->buf_out.n || (!no && o->buf_len.n))
		return need(ctx, c);
	return 0;
}

/* The request: the body, padded to the table's size; lengths from the buffers. */
static int build(struct fwctl_ctx *ctx, const struct bnxt_dma_cmd *c, const uint8_t *body, size_t body_len,
		 struct dma_plan *p, uint8_t *req)
{
	memset(req, 0, HWRM_REQ_MAX_LEN);
	if (HWRM_REQ_MIN_LEN + body_len > c->req_size)
		return fwctl_err_set(&ctx->err, FWCTL_ERR_USAGE, 0,
				     "HWRM_%s: a body of %zu bytes; its request is %u bytes (16 of them "
				     "the header)", c->name, body_len, c->req_size);
	if (body_len)
		memcpy(req + HWRM_REQ_MIN_LEN, body, body_len);
	for (unsigned int i = 0; i < c->n_bufs; i++) {
		/* Buffers sharing one length field must agree (DBG_PTRACE). */
		for (unsigned int j = 0; j < i; j++)
			if (c->bufs[j].len_width && c->bufs[j].len_off == c->bufs[i].len_off &&
			    p->len[j] != p->len[i])
				return fwctl_err_set(&ctx->err, FWCTL_ERR_USAGE, 0,
						     "HWRM_%s: %s and %s share %s; %u and %u bytes differ",
						     c->name, c->bufs[j].addr_name, c->bufs[i].addr_name,
						     c->bufs[i].len_name, p->len[j], p->len[i]);
		if (bnxt_dma_set_len(c, i, req, c->req_size, p->len[i], &ctx->err) < 0)
			return -1;
		if (!p->data[i]) {
			p->data[i] = calloc(1, p->len[i] ? p->len[i] : 1);
			if (!p->data[i])
				return fwctl_err_set(&ctx->err, FWCTL_ERR_FAILED, ENOMEM, "out of memory");
		}
		p->io[i].buf = p->data[i];
		p->io[i].cap = p->len[i];
	}
	return 0;
}

static int write_out(struct fwctl_ctx *ctx, const char *path, const void *buf, size_t len)
{
	struct atomic_file af;

	if (atomic_file_open(&af, path, ctx->force, &ctx->err) < 0)
		return -1;
	if (len && fwrite(buf, 1, len, af.fp) != len) {
		int e = errno ? errno : EIO;

		atomic_file_abort(&af);
		return fwctl_err_set(&ctx->err, FWCTL_ERR_IO, e, "writing %s: %s", path, strerror(e));
	}
	return atomic_file_commit(&af, &ctx->err);
}

static struct json_object *buffers_json(const struct bnxt_dma_cmd *c, const struct dma_plan *p)
{
	struct json_object *a = json_object_new_array();

	for (unsigned int i = 0; i < c->n_bufs; i++) {
		struct json_object *b = json_object_new_object();
		bool from = c->bufs[i].dir == BNXT_DMA_FROM_DEV;

		json_object_object_add(b, "field", json_object_new_string(c->bufs[i].addr_name));
		json_object_object_add(b, "direction", json_object_new_string(from ? "from_device" : "to_device"));
		json_object_object_add(b, "length", json_object_new_int64(p->io[i].len));
		if (from) {
			json_object_object_add(b, "data_len", json_object_new_int64(p->io[i].data_len));
			json_object_object_add(b, "data_len_from_response",
					       json_object_new_boolean(c->bufs[i].resp_len_off != 0));
		}
		json_object_object_add(b, "file", json_object_new_string(p->file[i]));
		json_object_array_add(a, b);
	}
	return a;
}

int bnxt_hwrm_dma(struct fwctl_ctx *ctx, struct bnxt_hwrm_opts *o, const struct bnxt_dma_cmd *c,
		  const uint8_t *body, size_t body_len, size_t out_cap)
{
	uint8_t req[HWRM_REQ_MAX_LEN], *out = NULL;
	struct dma_plan p;
	struct bnxt_resp st;
	uint32_t scope;
	char what[64];
	int rc = -1;

	snprintf(what, sizeof(what), "HWRM_%s", c->name);
	if (plan(ctx, o, c, &p) < 0 ||
	    bnxt_hwrm_pick_scope(ctx, c->name, c->min_scope, &scope) < 0 ||
	    bnxt_dma_require(ctx->h, what, &ctx->err) < 0)
		goto out;
	if (c->req_size && build(ctx, c, body, body_len, &p, req) < 0)
		goto out;
	if (!c->req_size) {    /* no buffer: the request as given, padded to 8 bytes */
		memset(req, 0, sizeof(req));
		if (body_len)
			memcpy(req + HWRM_REQ_MIN_LEN, body, body_len);
	}
	out = calloc(1, out_cap);
	if (!out) {
		fwctl_err_set(&ctx->err, FWCTL_ERR_FAILED, ENOMEM, "out of memory");
		goto out;
	}
	if (bnxt_dma_send(ctx->h, scope, c, req,
			  c->req_size ? c->req_size : (HWRM_REQ_MIN_LEN + body_len + 7) / 8 * 8,
			  p.io, out, out_cap, what, &st, &ctx->err) < 0)
		goto out;
	for (unsigned int i = 0; i < c->n_bufs; i++)
		if (c->bufs[i].dir == BNXT_DMA_FROM_DEV &&
		    write_out(ctx, p.file[i], p.data[i], p.io[i].data_len) < 0)
			goto out;
	{
		struct json_object *root = bnxt_hwrm_result_json(ctx, what, c->req_type, scope,
								 c->req_size ? c->req_size : 16, out_cap,
								 &st, out);

		json_object_object_add(root, "buffers", buffers_json(c, &p));
		rc = fwctl_emit(ctx, root, out, st.data_len);
	}
out:
	free(out);
	plan_free(&p);
	return rc;
}
