// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * The pds fwctl driver's rules (drivers/fwctl/pds/main.c, shared/
 * kernel-abi.md section 4): `in` is struct fwctl_rpc_pds with user
 * pointers to the payloads; validation order and errnos of
 * pdsfc_validate_rpc(); the answer is the in struct with out.retval set
 * and out_len = in_len; the response payload is zero-filled to out.len.
 * Like the kernel, the driver knows the firmware only through IDENT (the
 * size limits), QUERY ROOT at probe (endpoints) and QUERY ENDPOINT on an
 * endpoint's first RPC (operations, attributes rewritten to scopes).
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "emu_pds.h"

uint32_t emu_pds_attr_scope(uint8_t attr)
{
	switch (attr) {
	case EMU_PDS_ATTR_READ:
	case EMU_PDS_ATTR_WRITE:
	case EMU_PDS_ATTR_SYNC:
		return FWCTL_RPC_CONFIGURATION;
	case EMU_PDS_ATTR_DEBUG_READ:
		return FWCTL_RPC_DEBUG_READ_ONLY;
	case EMU_PDS_ATTR_DEBUG_WRITE:
		return FWCTL_RPC_DEBUG_WRITE;
	default:
		return FWCTL_RPC_DEBUG_WRITE_FULL;
	}
}

/* The operation word matches when the command is equal and the requested
 * version is at most the one the firmware lists (PDS_FWCTL_RPC_OPCODE_CMP). */
static bool op_cmp(uint32_t want, uint32_t have)
{
	return (want & FWCTL_PDS_OP_CMD_MASK) == (have & FWCTL_PDS_OP_CMD_MASK) &&
	       (want & FWCTL_PDS_OP_VER_MASK) >> FWCTL_PDS_OP_VER_SHIFT <=
	       (have & FWCTL_PDS_OP_VER_MASK) >> FWCTL_PDS_OP_VER_SHIFT;
}

/* pdsfc_get_operations(): one page from QUERY, attributes rewritten to scopes. */
static int cache_ops(struct emu_dev *dev, struct emu_pds_ep_info *ei)
{
	uint8_t *page;
	uint32_t n;

	if (emu_fault_active(dev, "ops-query"))
		return -ENOMEM;
	page = calloc(1, EMU_PDS_PAGE);
	if (!page)
		return -ENOMEM;
	if (emu_pds_fw_query_ops(dev, ei->id, page, EMU_PDS_PAGE) != EMU_PDS_RC_SUCCESS) {
		free(page);
		return -ENOMEM;    /* the driver turns any query failure into ENOMEM */
	}
	n = emu_get_le32(page + 4);
	if (n > EMU_ARRAY_SIZE(ei->op_id))
		n = EMU_ARRAY_SIZE(ei->op_id);
	for (uint32_t i = 0; i < n; i++) {
		ei->op_id[i] = emu_get_le32(page + 8 + i * 8);
		ei->op_scope[i] = (uint8_t)emu_pds_attr_scope(page[8 + i * 8 + 4]);
	}
	ei->n_ops = n;
	ei->cached = true;
	free(page);
	return 0;
}

/* pdsfc_validate_rpc(): returns 0 or -errno. */
static int validate(struct emu_dev *dev, const struct fwctl_rpc_pds *r, uint32_t scope)
{
	struct emu_pds *p = emu_pds(dev);
	struct emu_pds_ep_info *ei = NULL;
	int rc;

	if (r->in.len > p->ident.max_req_sz || r->out.len > p->ident.max_resp_sz)
		return -EINVAL;
	for (uint32_t e = 0; e < p->n_eps; e++)
		if (p->eps[e].id == r->in.ep) {
			ei = &p->eps[e];
			break;
		}
	if (!ei)
		return -EINVAL;
	/* Operations are queried from firmware on first use of an endpoint. */
	if (!ei->cached && (rc = cache_ops(dev, ei)))
		return rc;
	for (uint32_t i = 0; i < ei->n_ops; i++) {
		if (!op_cmp(r->in.op, ei->op_id[i]))
			continue;
		return scope < ei->op_scope[i] ? -EPERM : 0;
	}
	return -EINVAL;
}

static void *pds_fw_rpc(struct emu_dev *dev, uint32_t scope, void *in, size_t in_len,
			size_t *out_len, int *errnum, struct emu_mem *mem)
{
	const struct emu_fault *f;
	struct fwctl_rpc_pds r = { 0 };
	uint8_t *req = NULL, *resp = NULL;
	int rc;

	/* The kernel reads the struct without checking in_len; missing bytes read as 0 here. */
	memcpy(&r, in, EMU_MIN(in_len, sizeof(r)));
	rc = validate(dev, &r, scope);
	if (rc)
		goto fail;
	if (r.in.len) {
		req = malloc(r.in.len);
		if (!req) {
			rc = -ENOMEM;
			goto fail;
		}
		rc = mem->read(mem, EMU_MEM_IN, offsetof(struct fwctl_rpc_pds, in.payload),
			       req, r.in.len);
		if (rc)
			goto fail;
	}
	if (r.out.len) {
		resp = calloc(1, r.out.len);
		if (!resp) {
			rc = -ENOMEM;
			goto fail;
		}
	}
	/* The adminq command itself can fail: the ioctl then fails with its errno. */
	if ((f = emu_fault_active(dev, "adminq"))) {
		uint64_t e = EIO;

		emu_spec_get_u64(f->args, "errno", EIO, &e);
		rc = -(int)e;
		goto fail;
	}
	r.out.retval = emu_pds_fw_rpc(dev, r.in.ep, r.in.op, req, r.in.len, resp, r.out.len);
	if (r.out.len) {
		rc = mem->write(mem, EMU_MEM_IN, offsetof(struct fwctl_rpc_pds, out.payload),
				resp, r.out.len);
		if (rc)
			goto fail;
	}
	free(req);
	free(resp);
	memcpy(in, &r, EMU_MIN(in_len, sizeof(r)));
	*out_len = in_len;
	return in;
fail:
	free(req);
	free(resp);
	*errnum = -rc;
	return NULL;
}

static const void *pds_info(struct emu_dev *dev, size_t *len)
{
	/* Stored kernels never set *length: the caller sees 0 and zeroes. */
	*len = emu_pds(dev)->info_len;
	return &emu_pds(dev)->info;
}

static void pds_inject_status(struct emu_dev *dev, uint8_t *out, size_t out_len, uint64_t status)
{
	(void)dev;
	if (out_len >= offsetof(struct fwctl_rpc_pds, out.retval) + 4)
		emu_put_le32(out + offsetof(struct fwctl_rpc_pds, out.retval), (uint32_t)status);
}

static void pds_remove(struct emu_dev *dev)
{
	struct emu_pds *p = dev->drvdata;

	if (p)
		free(p->eps);
	free(p);
	dev->drvdata = NULL;
}

/* pdsfc_init_endpoints(): the endpoint ids from one QUERY page. */
static int init_endpoints(struct emu_dev *dev, struct emu_pds *p)
{
	uint8_t *page = calloc(1, EMU_PDS_PAGE);
	uint32_t n;

	if (!page)
		return -ENOMEM;
	if (emu_pds_fw_query_endpoints(dev, page, EMU_PDS_PAGE) != EMU_PDS_RC_SUCCESS) {
		free(page);
		return -EIO;
	}
	n = emu_get_le32(page + 4);
	if (n > EMU_PDS_MAX_EPS)
		n = EMU_PDS_MAX_EPS;
	p->eps = calloc(n ? n : 1, sizeof(*p->eps));
	if (!p->eps) {
		free(page);
		return -ENOMEM;
	}
	for (uint32_t i = 0; i < n; i++)
		p->eps[i].id = emu_get_le32(page + 8 + i * 4);
	p->n_eps = n;
	free(page);
	return 0;
}

static int pds_probe(struct emu_dev *dev, char *errbuf, size_t errlen)
{
	static const char *const keys[] = { "info_len", "max_req_sz", "max_resp_sz", NULL };
	uint64_t info_len, req, resp;
	struct emu_pds *p;
	int rc;

	rc = emu_spec_check_keys(dev, keys, errbuf, errlen);
	if (rc)
		return rc;
	if (emu_spec_get(dev->spec, "profile", NULL)) {
		snprintf(errbuf, errlen, "pds has no profiles");
		return -EINVAL;
	}
	if (emu_spec_get_u64(dev->spec, "info_len", 0, &info_len) ||
	    info_len > sizeof(struct fwctl_info_pds) ||
	    emu_spec_get_u64(dev->spec, "max_req_sz", 4096, &req) || req > UINT32_MAX ||
	    emu_spec_get_u64(dev->spec, "max_resp_sz", 4096, &resp) || resp > UINT32_MAX) {
		snprintf(errbuf, errlen, "bad pds key (info_len 0..4, max_*_sz numbers)");
		return -EINVAL;
	}
	p = calloc(1, sizeof(*p));
	if (!p)
		return -ENOMEM;
	p->fw_max_req_sz = (uint32_t)req;
	p->fw_max_resp_sz = (uint32_t)resp;
	for (unsigned i = 0; i < EMU_PDS_NCOUNTERS; i++)
		p->counters[i] = (uint64_t)(i + 1) * 1000 + dev->index;
	for (unsigned i = 0; i < EMU_PDS_NREGS; i++)
		p->regs[i] = 0xd0000000u | i;
	p->mtu = 1500;
	p->fec = EMU_PDS_FEC_RS;
	dev->drvdata = p;

	/* pdsfc_probe(): IDENT, then the endpoint list (one page), then caps. */
	emu_pds_fw_ident(dev, &p->ident);
	rc = init_endpoints(dev, p);
	if (rc) {
		snprintf(errbuf, errlen, "pds: endpoint query failed");
		pds_remove(dev);
		return rc;
	}
	/* QUERY_CAP(0) | SEND_CAP(1), bit numbers OR'ed as masks: reads as 1. */
	p->info.uctx_caps = FWCTL_PDS_CAP_QUERY | FWCTL_PDS_CAP_SEND;
	p->info_len = (size_t)info_len;
	return 0;
}


static char *pds_describe(struct emu_dev *dev)
{
	struct emu_pds *p = emu_pds(dev);
	char *s = NULL;

	if (asprintf(&s, "{\"max_req_sz\":%u,\"max_resp_sz\":%u,\"info_len\":%zu,\"endpoints\":%u}",
		     p->ident.max_req_sz, p->ident.max_resp_sz, p->info_len, p->n_eps) < 0)
		return NULL;
	return s;
}

const struct emu_driver emu_drv_pds = {
	.name = "pds",
	.device_type = FWCTL_DEVICE_TYPE_PDS,
	.parent = EMU_PARENT_PCI,
	.pci_driver = "pds_core",
	.pci_vendor = 0x1dd8,
	.default_pci_device = 0x100c,
	.has_netdev = false,
	.has_rdma = false,
	.probe = pds_probe,
	.remove = pds_remove,
	.info = pds_info,
	.fw_rpc = pds_fw_rpc,
	.inject_status = pds_inject_status,
	.describe = pds_describe,
};
