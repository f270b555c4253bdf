// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * The three Features mailbox commands through FWCTL_RPC: a 16-byte
 * fwctl_rpc_cxl header plus the mailbox payload in, an 8-byte
 * (size, retval) header plus payload out.  The policy (policy.c) checks
 * that header for every RPC before these helpers see the answer: a reply
 * under it or shorter than its size is truncated, a non-zero retval (the
 * device's answer inside a successful ioctl) is a firmware error.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../../lib/rpc.h"
#include "cxl.h"

#define IN_HDR sizeof(struct fwctl_rpc_cxl_hdr)
#define OUT_HDR sizeof(struct fwctl_rpc_cxl_out_hdr)

static void put_hdr(uint8_t *in, uint16_t opcode, size_t op_size)
{
	prm_put_le32(in, opcode);
	prm_put_le32(in + 8, (uint32_t)op_size);
}

int cxl_read_features(struct fwctl_handle *h, uint32_t scope, struct cxl_feat_list *l,
		      unsigned *rpcs, struct fwctl_err *err)
{
	/* The driver sizes its answer as struct fwctl_rpc_cxl_out (16 bytes, the
	 * list header inside its union) plus struct_size(list, ents, n): the
	 * list header counts twice, so 8 bytes of padding trail the entries. */
	const size_t cap = FWCTL_RPC_CXL_OUT_STRUCT + sizeof(struct cxl_get_sup_feats_out_hdr) +
			   CXL_SUP_PAGE * sizeof(struct cxl_feat_entry);
	uint8_t in[IN_HDR + sizeof(struct cxl_get_sup_feats_in)] = { 0 };
	uint8_t *out = malloc(cap);
	int rc = -1;

	if (!out)
		return fwctl_err_set(err, FWCTL_ERR_FAILED, ENOMEM, "out of memory");
	/* At most 65536 pages; in practice one. Each page must make progress. */
	for (;;) {
		struct fwctl_rpc_args a = {
			.scope = scope, .in = in, .in_len = sizeof(in), .out = out, .out_cap = cap,
			.what = "Get Supported Features",
		};
		int got;

		memset(in, 0, sizeof(in));
		put_hdr(in, CXL_MBOX_OP_GET_SUPPORTED_FEATURES, sizeof(struct cxl_get_sup_feats_in));
		prm_put_le32(in + IN_HDR, CXL_SUP_PAGE * sizeof(struct cxl_feat_entry));
		prm_put_le16(in + IN_HDR + 4, (uint16_t)l->n);
		if (fwctl_rpc_call(h, &a, err) < 0)
			goto out;
		if (rpcs)
			(*rpcs)++;
		got = cxl_parse_sup_page(out, a.out_len, CXL_SUP_PAGE, l, err);
		if (got < 0)
			goto out;
		if (l->n >= l->supported)
			break;
		if (got == 0) {
			fwctl_err_set(err, FWCTL_ERR_PROTOCOL, EPROTO,
				      "Get Supported Features: no entries from index %zu of %u", l->n,
				      l->supported);
			goto out;
		}
	}
	rc = 0;
out:
	free(out);
	return rc;
}

int cxl_get_feature(struct fwctl_handle *h, uint32_t scope, const struct cxl_feat *f,
		    uint8_t selection, uint8_t *buf, unsigned *rpcs, struct fwctl_err *err)
{
	uint8_t in[IN_HDR + sizeof(struct cxl_get_feat_in)];
	uint8_t *out = malloc(FWCTL_RPC_CXL_OUT_STRUCT + CXL_GET_CHUNK);
	size_t done = 0;
	int rc = -1;

	if (!out)
		return fwctl_err_set(err, FWCTL_ERR_FAILED, ENOMEM, "out of memory");
	while (done < f->get_size) {
		size_t want = f->get_size - done < CXL_GET_CHUNK ? f->get_size - done : CXL_GET_CHUNK;
		struct fwctl_rpc_args a = {
			.scope = scope, .in = in, .in_len = sizeof(in), .out = out,
			/* The driver fills its answer up to the size of our buffer. */
			.out_cap = FWCTL_RPC_CXL_OUT_STRUCT + want, .what = "Get Feature",
		};
		uint32_t size;

		memset(in, 0, sizeof(in));
		put_hdr(in, CXL_MBOX_OP_GET_FEATURE, sizeof(struct cxl_get_feat_in));
		memcpy(in + IN_HDR, f->uuid, 16);
		prm_put_le16(in + IN_HDR + 16, (uint16_t)done);
		prm_put_le16(in + IN_HDR + 18, (uint16_t)want);
		in[IN_HDR + 20] = selection;
		if (fwctl_rpc_call(h, &a, err) < 0)
			goto out;
		if (rpcs)
			(*rpcs)++;
		size = prm_le32(out);
		/* Progress is required: a zero-size success would loop forever. */
		if (size == 0 || size > want) {
			fwctl_err_set(err, FWCTL_ERR_PROTOCOL, EPROTO,
				      "Get Feature: %u bytes of data in a %zu-byte answer (asked for %zu)",
				      size, a.out_len, want);
			goto out;
		}
		memcpy(buf + done, out + OUT_HDR, size);
		done += size;
	}
	rc = 0;
out:
	free(out);
	return rc;
}

int cxl_set_feature(struct fwctl_handle *h, uint32_t scope, const struct cxl_feat *f,
		    uint32_t flags, const uint8_t *data, size_t len, const char *what,
		    struct fwctl_err *err)
{
	const size_t hdr = IN_HDR + sizeof(struct cxl_set_feat_in_hdr);
	uint8_t out[FWCTL_RPC_CXL_OUT_STRUCT];
	uint8_t *in = calloc(1, hdr + len);
	struct fwctl_rpc_args a = {
		.scope = scope, .in = in, .in_len = hdr + len, .out = out, .out_cap = sizeof(out),
		.what = what ? what : "Set Feature",
	};
	int rc;

	if (!in)
		return fwctl_err_set(err, FWCTL_ERR_FAILED, ENOMEM, "out of memory");
	put_hdr(in, CXL_MBOX_OP_SET_FEATURE, sizeof(struct cxl_set_feat_in_hdr) + len);
	memcpy(in + IN_HDR, f->uuid, 16);
	prm_put_le32(in + IN_HDR + 16, flags);
	in[IN_HDR + 22] = f->set_ver;
	memcpy(in + hdr, data, len);
	rc = fwctl_rpc_call(h, &a, err);
	free(in);
	return rc;
}
