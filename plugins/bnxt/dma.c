// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * Sending a DMA command: the capability comes from FWCTL_INFO (uctx_caps
 * bit 3), never from the kernel version; every length is checked against
 * the kernel's table and the 64 KiB cap before anything is sent; the
 * tool's own buffer addresses go into the request; the response's data
 * count, not the buffer size, says what is data (the kernel copies the
 * whole buffer back, zeros included, even when the firmware failed).
 */
#include <errno.h>
#include <stdio.h>
#include <string.h>

#include "dma.h"

bool bnxt_dma_supported(const struct fwctl_handle *h)
{
	uint32_t caps;

	if (!h || h->devdata_len < sizeof(caps))
		return false;
	memcpy(&caps, h->devdata, sizeof(caps));    /* host byte order, as the kernel's u32 */
	return (caps & BNXT_UCTX_DMA_COMMANDS) != 0;
}

int bnxt_dma_require(const struct fwctl_handle *h, const char *what, struct fwctl_err *err)
{
	uint32_t caps = 0;

	if (bnxt_dma_supported(h))
		return 0;
	if (h && h->devdata_len >= sizeof(caps))
		memcpy(&caps, h->devdata, sizeof(caps));
	return fwctl_err_set(err, FWCTL_ERR_UNSUPPORTED, EOPNOTSUPP,
			     "%s needs the bnxt fwctl DMA commands of Linux 7.3 or newer: this "
			     "kernel's driver reports uctx_caps 0x%x, without bit 3 "
			     "(FWCTL_BNXT_DMA_COMMANDS); nothing was sent", what, caps);
}

/* The kernel's answers for DMA requests, in the terms of this command. */
bool bnxt_dma_explain_errno(const struct bnxt_dma_cmd *c, uint32_t scope, int e,
			    struct fwctl_err *err)
{
	switch (e) {
	case EINVAL:
		fwctl_err_set(err, FWCTL_ERR_FAILED, EINVAL,
			      "the kernel refused HWRM_%s (EINVAL): its request size or a buffer "
			      "length is outside the kernel's DMA table (1..%u bytes per buffer)",
			      c->name, BNXT_MAX_DMABUF);
		return true;
	case EFAULT:
		fwctl_err_set(err, FWCTL_ERR_FAILED, EFAULT,
			      "the kernel could not copy a DMA buffer of HWRM_%s to or from this "
			      "process (EFAULT); a device-to-host command did run on the firmware, "
			      "but its answer was dropped", c->name);
		return true;
	case ENOMEM:
		fwctl_err_set(err, FWCTL_ERR_FAILED, ENOMEM,
			      "the kernel could not allocate the DMA buffers of HWRM_%s (ENOMEM)",
			      c->name);
		return true;
	case EPERM:
		if (scope < c->min_scope)
			fwctl_err_set(err, FWCTL_ERR_PERMISSION, EPERM,
				      "the kernel refused HWRM_%s at scope %s (EPERM): it needs %s",
				      c->name, fwctl_scope_name(scope), fwctl_scope_name(c->min_scope));
		else
			fwctl_err_set(err, FWCTL_ERR_PERMISSION, EPERM,
				      "the kernel refused HWRM_%s at scope %s (EPERM): the device is "
				      "most likely stopped by a firmware reset, error recovery or "
				      "devlink reload; retry once it has recovered", c->name,
				      fwctl_scope_name(scope));
		return true;
	default:
		return false;
	}
}

/* What the response says each buffer holds; more than the buffer is malformed. */
static int data_lengths(const struct bnxt_dma_cmd *c, const uint8_t *out, const struct bnxt_resp *st,
			struct bnxt_dma_io *io, struct fwctl_err *err)
{
	for (unsigned int i = 0; i < c->n_bufs; i++) {
		const struct bnxt_dma_buf *b = &c->bufs[i];
		uint32_t n = io[i].len;

		if (b->dir == BNXT_DMA_FROM_DEV && b->resp_len_off) {
			if ((size_t)b->resp_len_off + 2 > st->data_len)
				return fwctl_err_set(err, FWCTL_ERR_PROTOCOL, 0,
						     "HWRM_%s: response of %zu bytes has no data length "
						     "at byte %u", c->name, st->data_len, b->resp_len_off);
			n = prm_le16(out + b->resp_len_off);
			if (n > io[i].len)
				return fwctl_err_set(err, FWCTL_ERR_PROTOCOL, 0,
						     "HWRM_%s: the firmware says it wrote %u bytes into "
						     "a %u-byte buffer (%s)", c->name, n, io[i].len,
						     b->addr_name);
		}
		io[i].data_len = b->dir == BNXT_DMA_FROM_DEV ? n : 0;
	}
	return 0;
}

int bnxt_dma_send(struct fwctl_handle *h, uint32_t scope, const struct bnxt_dma_cmd *c,
		  uint8_t *req, size_t req_len, struct bnxt_dma_io *io, uint8_t *out,
		  size_t out_cap, const char *what, struct bnxt_resp *st, struct fwctl_err *err)
{
	uint32_t lens[BNXT_DMA_MAX_BUFS] = { 0 };

	if (bnxt_dma_require(h, what, err) < 0)
		return -1;
	prm_put_le16(req, c->req_type);
	if (bnxt_dma_lengths(c, req, req_len, lens, err) < 0)
		return -1;
	for (unsigned int i = 0; i < c->n_bufs; i++) {
		uint64_t ptr = (uint64_t)(uintptr_t)io[i].buf;

		/* The kernel copies back the whole length: the buffer must hold it. */
		if (!io[i].buf || io[i].cap < lens[i])
			return fwctl_err_set(err, FWCTL_ERR_USAGE, EINVAL,
					     "HWRM_%s: buffer %s holds %zu bytes, the request asks "
					     "for %u; nothing was sent", c->name, c->bufs[i].addr_name,
					     io[i].cap, lens[i]);
		io[i].len = lens[i];
		io[i].data_len = 0;
		/* The kernel overwrites it whole; zeroing keeps stale bytes out of
		 * what a tracer or an emulator reads before the copy-back. */
		if (c->bufs[i].dir == BNXT_DMA_FROM_DEV)
			memset(io[i].buf, 0, lens[i]);
		prm_put_le32(req + c->bufs[i].addr_off, (uint32_t)ptr);
		prm_put_le32(req + c->bufs[i].addr_off + 4, (uint32_t)(ptr >> 32));
	}
	/* The kernel's errnos: bnxt_dma_explain_errno() through the policy. */
	if (bnxt_hwrm_send(h, scope, req, req_len, out, out_cap, what, st, err) < 0)
		return -1;
	return data_lengths(c, out, st, io, err);
}
