// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * The pds fwctl driver's rules (drivers/fwctl/pds/main.c, shared/
 * kernel-abi.md section 4): `in` is struct fwctl_rpc_pds with user
 * pointers to the payloads; validation order and errnos of
 * pdsfc_validate_rpc(); the answer is the in struct with out.retval set
 * and out_len = in_len; the response payload is zero-filled to out.len.
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

/* pdsfc_validate_rpc(): returns 0 or -errno, sets *opp. */
static int validate(struct emu_dev *dev, const struct fwctl_rpc_pds *r, uint32_t scope,
		    const struct emu_pds_op **opp)
{
	struct emu_pds *p = emu_pds(dev);
	const struct emu_pds_ep *ep;
	size_t e;

	if (r->in.len > p->max_req_sz || r->out.len > p->max_resp_sz)
		return -EINVAL;
	for (e = 0; e < emu_pds_n_endpoints; e++)
		if (emu_pds_endpoints[e].id == r->in.ep)
			break;
	if (e == emu_pds_n_endpoints)
		return -EINVAL;
	ep = &emu_pds_endpoints[e];
	/* Operations are queried from firmware on first use of an endpoint. */
	if (!p->ops_cached[e]) {
		if (emu_fault_active(dev, "ops-query"))
			return -ENOMEM;
		p->ops_cached[e] = true;
	}
	for (size_t i = 0; i < ep->n_ops; i++) {
		const struct emu_pds_op *op = &ep->ops[i];
		uint32_t want_ver = (r->in.op & FWCTL_PDS_OP_VER_MASK) >> FWCTL_PDS_OP_VER_SHIFT;
		uint32_t have_ver = (op->id & FWCTL_PDS_OP_VER_MASK) >> FWCTL_PDS_OP_VER_SHIFT;

		if ((r->in.op & FWCTL_PDS_OP_CMD_MASK) != (op->id & FWCTL_PDS_OP_CMD_MASK) ||
		    want_ver > have_ver)
			continue;
		if (scope < emu_pds_attr_scope(op->attr))
			return -EPERM;
		*opp = op;
		return 0;
	}
	return -EINVAL;
}

static void *pds_fw_rpc(struct emu_dev *dev, uint32_t scope, void *in, size_t in_len,
			size_t *out_len, int *errnum, struct emu_mem *mem)
{
	struct emu_pds *p = emu_pds(dev);
	const struct emu_fault *f;
	const struct emu_pds_op *op = NULL;
	struct fwctl_rpc_pds r = { 0 };
	uint8_t *req = NULL, *resp = NULL;
	int rc;

	/* The kernel reads the struct without checking in_len; missing bytes read as 0 here. */
	memcpy(&r, in, EMU_MIN(in_len, sizeof(r)));
	rc = validate(dev, &r, scope, &op);
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
	p->fw_cmds++;
	r.out.retval = op->run(dev, req, r.in.len, resp, r.out.len);
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
	p->max_req_sz = (uint32_t)req;
	p->max_resp_sz = (uint32_t)resp;
	/* QUERY_CAP(0) | SEND_CAP(1), bit numbers OR'ed as masks: reads as 1. */
	p->info.uctx_caps = FWCTL_PDS_CAP_QUERY | FWCTL_PDS_CAP_SEND;
	p->info_len = (size_t)info_len;
	for (unsigned i = 0; i < EMU_PDS_NCOUNTERS; i++)
		p->counters[i] = (uint64_t)(i + 1) * 1000 + dev->index;
	for (unsigned i = 0; i < EMU_PDS_NREGS; i++)
		p->regs[i] = 0xd0000000u | i;
	p->mtu = 1500;
	p->fec = EMU_PDS_FEC_RS;
	dev->drvdata = p;
	return 0;
}

static void pds_remove(struct emu_dev *dev)
{
	free(dev->drvdata);
	dev->drvdata = NULL;
}

static char *pds_describe(struct emu_dev *dev)
{
	struct emu_pds *p = emu_pds(dev);
	char *s = NULL;

	if (asprintf(&s, "{\"max_req_sz\":%u,\"max_resp_sz\":%u,\"info_len\":%zu,\"endpoints\":%zu}",
		     p->max_req_sz, p->max_resp_sz, p->info_len, emu_pds_n_endpoints) < 0)
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
