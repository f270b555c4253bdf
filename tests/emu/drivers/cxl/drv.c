// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * The CXL fwctl driver's rules (cxlctl_fw_rpc() in drivers/cxl/core/
 * features.c; shared/kernel-abi.md section 5, shared/real-kernel-cxl.md):
 * no info op; opcode truncated to 16 bits; every refusal is EINVAL except
 * Set Feature of a kernel-exclusive feature (EPERM); answers sized by the
 * driver (the core truncates to the user's buffer).
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "emu_cxl.h"

/* sizeof(struct fwctl_rpc_cxl_out): 8-byte header + 8-byte union (sup feats header). */
#define CXL_OUT_STRUCT FWCTL_RPC_CXL_OUT_STRUCT
#define CXL_OUT_HDR 8
#define CXL_IN_HDR 16

#define IMM_MASK CXL_EFFECT_IMMEDIATE_MASK
#define RESET_MASK CXL_EFFECT_RESET_MASK

static bool validate_set(struct emu_cxl *c, const uint8_t *in, uint32_t op_size, uint32_t scope)
{
	struct emu_cxl_feat *f;
	uint16_t effects;

	if (op_size < 16)
		return false;
	f = emu_cxl_fw_find(c, in + CXL_IN_HDR);
	if (!f || !(f->flags & CXL_FEAT_F_CHANGEABLE))
		return false;
	effects = f->effects;
	if (effects & CXL_EFFECT_RESERVED_MASK)
		return false;
	if (effects & CXL_EFFECT_BACKGROUND)
		return false;
	if (!(effects & IMM_MASK) && !(effects & RESET_MASK))
		return false;       /* "the hardware has a bug" */
	if (effects & IMM_MASK)
		return scope >= FWCTL_RPC_DEBUG_WRITE_FULL;
	return scope >= FWCTL_RPC_DEBUG_WRITE;
}

static void *get_supported(struct emu_cxl *c, const uint8_t *in, uint32_t op_size,
			   size_t *out_len, int *errnum)
{
	uint32_t count = emu_get_le32(in + CXL_IN_HDR);
	uint16_t start = emu_get_le16(in + CXL_IN_HDR + 4);
	size_t requested, out_size;
	uint8_t *out;

	if (op_size != sizeof(struct cxl_get_sup_feats_in) || start >= c->n_feats) {
		*errnum = EINVAL;
		return NULL;
	}
	requested = EMU_MIN(count / sizeof(struct cxl_feat_entry), c->n_feats - start);
	out_size = CXL_OUT_STRUCT + sizeof(struct cxl_get_sup_feats_out_hdr) +
		   requested * sizeof(struct cxl_feat_entry);
	out = calloc(1, out_size);
	if (!out) {
		*errnum = ENOMEM;
		return NULL;
	}
	emu_put_le32(out, (uint32_t)(sizeof(struct cxl_get_sup_feats_out_hdr) +
				     requested * sizeof(struct cxl_feat_entry)));
	emu_put_le32(out + 4, EMU_CXL_RC_SUCCESS);
	emu_put_le16(out + CXL_OUT_HDR, (uint16_t)requested);
	emu_put_le16(out + CXL_OUT_HDR + 2, (uint16_t)c->n_feats);
	for (size_t i = 0; i < requested; i++) {
		const struct emu_cxl_feat *f = &c->feats[start + i];
		uint8_t *e = out + CXL_OUT_HDR + 8 + i * sizeof(struct cxl_feat_entry);
		bool excl = emu_cxl_uuid_exclusive(f->uuid);

		memcpy(e, f->uuid, 16);
		emu_put_le16(e + 16, f->id);
		emu_put_le16(e + 18, f->get_size);
		/* Kernel-exclusive features are shown as not changeable. */
		emu_put_le16(e + 20, excl ? 0 : f->set_size);
		emu_put_le32(e + 22, excl ? f->flags & ~CXL_FEAT_F_CHANGEABLE : f->flags);
		e[26] = f->get_ver;
		e[27] = f->set_ver;
		emu_put_le16(e + 28, f->effects);
	}
	*out_len = out_size;
	return out;
}

static void *get_feature(struct emu_cxl *c, const uint8_t *in, uint32_t op_size,
			 size_t *out_len, int *errnum)
{
	const uint8_t *gf = in + CXL_IN_HDR;
	uint16_t offset = emu_get_le16(gf + 16), count = emu_get_le16(gf + 18);
	size_t user_out = *out_len, got = 0;
	uint16_t rc;
	uint8_t *out;

	if (op_size != sizeof(struct cxl_get_feat_in) || count == 0 ||
	    /* measured on 7.2 with cxl_test: a count beyond the out buffer is EINVAL */
	    (size_t)count + CXL_OUT_HDR > user_out) {
		*errnum = EINVAL;
		return NULL;
	}
	out = calloc(1, EMU_MAX(user_out, (size_t)CXL_OUT_STRUCT));
	if (!out) {
		*errnum = ENOMEM;
		return NULL;
	}
	/* cxl_get_feature(): one mailbox command per payload-sized piece. */
	rc = EMU_CXL_RC_SUCCESS;
	while (got < count) {
		size_t piece = EMU_MIN((size_t)count - got, (size_t)c->payload), n = 0;

		rc = emu_cxl_fw_get_feature(c, gf, (uint16_t)(offset + got), (uint16_t)piece, gf[20],
					    out + CXL_OUT_HDR + got, &n);
		if (rc != EMU_CXL_RC_SUCCESS || n == 0) {
			got = 0;
			break;
		}
		got += n;
	}
	*out_len = CXL_OUT_STRUCT;
	if (rc != EMU_CXL_RC_SUCCESS || got == 0) {
		emu_put_le32(out, 0);
		emu_put_le32(out + 4, rc);
		return out;
	}
	emu_put_le32(out, (uint32_t)got);
	emu_put_le32(out + 4, EMU_CXL_RC_SUCCESS);
	*out_len += got;
	return out;
}

/*
 * cxl_set_feature(): the kernel replaces the transfer bits of the user's
 * flags, always adds "saved across reset", and splits data larger than
 * one mailbox payload into initiate/continue/finish transfers.
 */
static uint16_t kernel_set_feature(struct emu_cxl *c, const uint8_t *sf, size_t data_size)
{
	const size_t hdr = sizeof(struct cxl_set_feat_in_hdr), room = c->payload - hdr;
	uint32_t flags = (emu_get_le32(sf + 16) & ~CXL_SET_FEAT_XFER_MASK) |
			 CXL_SET_FEAT_SAVED_ACROSS_RESET;
	uint16_t offset = emu_get_le16(sf + 20);
	uint32_t xfer = data_size <= room ? CXL_SET_FEAT_XFER_FULL : CXL_SET_FEAT_XFER_INITIATE;
	size_t sent = 0;

	for (;;) {
		size_t n = EMU_MIN(data_size - sent, room);
		uint16_t rc = emu_cxl_fw_set_feature(c, sf, flags | xfer, (uint16_t)(offset + sent),
						     sf[22], sf + hdr + sent, n);

		if (rc != EMU_CXL_RC_SUCCESS)
			return rc;
		sent += n;
		if (sent >= data_size)
			return EMU_CXL_RC_SUCCESS;
		xfer = data_size - sent <= room ? CXL_SET_FEAT_XFER_FINISH : CXL_SET_FEAT_XFER_CONTINUE;
	}
}

static void *set_feature(struct emu_cxl *c, const uint8_t *in, uint32_t op_size,
			 size_t *out_len, int *errnum)
{
	const uint8_t *sf = in + CXL_IN_HDR;
	uint8_t *out;
	uint16_t rc;

	if (op_size <= sizeof(struct cxl_set_feat_in_hdr)) {
		*errnum = EINVAL;
		return NULL;
	}
	if (emu_cxl_uuid_exclusive(sf)) {
		*errnum = EPERM;
		return NULL;
	}
	out = calloc(1, EMU_MAX(*out_len, (size_t)CXL_OUT_STRUCT));
	if (!out) {
		*errnum = ENOMEM;
		return NULL;
	}
	rc = kernel_set_feature(c, sf, op_size - sizeof(struct cxl_set_feat_in_hdr));
	emu_put_le32(out + 4, rc);
	*out_len = CXL_OUT_STRUCT;
	return out;
}

static void *cxl_fw_rpc(struct emu_dev *dev, uint32_t scope, void *in, size_t in_len,
			size_t *out_len, int *errnum, struct emu_mem *mem)
{
	struct emu_cxl *c = emu_cxl(dev);
	uint32_t op_size;
	uint16_t opcode;
	uint8_t *buf;
	void *out = NULL;
	size_t need;

	(void)mem;
	if (in_len < CXL_IN_HDR) {       /* measured: in_len < 16 -> EINVAL */
		*errnum = EINVAL;
		return NULL;
	}
	opcode = (uint16_t)emu_get_le32(in);   /* the kernel keeps the low 16 bits */
	op_size = emu_get_le32((uint8_t *)in + 8);
	/*
	 * The kernel reads op_size bytes of payload from a buffer of in_len;
	 * past in_len it reads whatever the heap holds.  Here those bytes are 0.
	 */
	need = EMU_MAX(in_len, (size_t)CXL_IN_HDR + sizeof(struct cxl_set_feat_in_hdr));
	if (op_size <= FWCTL_MAX_RPC_LEN)
		need = EMU_MAX(need, (size_t)CXL_IN_HDR + op_size);
	buf = calloc(1, need);
	if (!buf) {
		*errnum = ENOMEM;
		return NULL;
	}
	memcpy(buf, in, in_len);
	switch (opcode) {
	case CXL_MBOX_OP_GET_SUPPORTED_FEATURES:
		if (c->feat_cap < EMU_CXL_FEATURES_RO)
			break;
		out = get_supported(c, buf, op_size, out_len, errnum);
		goto done;
	case CXL_MBOX_OP_GET_FEATURE:
		if (c->feat_cap < EMU_CXL_FEATURES_RO)
			break;
		out = get_feature(c, buf, op_size, out_len, errnum);
		goto done;
	case CXL_MBOX_OP_SET_FEATURE:
		dev->writes++;
		if (c->feat_cap < EMU_CXL_FEATURES_RW || op_size > FWCTL_MAX_RPC_LEN ||
		    !validate_set(c, buf, op_size, scope))
			break;
		out = set_feature(c, buf, op_size, out_len, errnum);
		goto done;
	default:
		break;
	}
	*errnum = EINVAL;
done:
	free(buf);
	return out;     /* the core frees `in` */
}

static void cxl_inject_status(struct emu_dev *dev, uint8_t *out, size_t out_len, uint64_t status)
{
	(void)dev;
	if (out_len >= CXL_OUT_HDR) {
		emu_put_le32(out, 0);
		emu_put_le32(out + 4, (uint32_t)status);
	}
}

static int cxl_probe(struct emu_dev *dev, char *errbuf, size_t errlen)
{
	static const char *const keys[] = { "feat_cap", "payload", "extra", NULL };
	const char *profile = emu_spec_get(dev->spec, "profile", "default");
	const char *cap = emu_spec_get(dev->spec, "feat_cap", "rw");
	struct emu_cxl *c;
	uint64_t payload, extra;
	int rc;

	rc = emu_spec_check_keys(dev, keys, errbuf, errlen);
	if (rc)
		return rc;
	c = calloc(1, sizeof(*c));
	if (!c)
		return -ENOMEM;
	dev->drvdata = c;
	if (!strcmp(cap, "ro")) {
		c->feat_cap = EMU_CXL_FEATURES_RO;
	} else if (!strcmp(cap, "rw")) {
		c->feat_cap = EMU_CXL_FEATURES_RW;
	} else {
		snprintf(errbuf, errlen, "feat_cap must be ro or rw, not '%s'", cap);
		return -EINVAL;
	}
	if (emu_spec_get_u64(dev->spec, "payload", EMU_CXL_PAYLOAD_DEFAULT, &payload) ||
	    payload < EMU_CXL_PAYLOAD_MIN || payload > EMU_CXL_PAYLOAD_MAX) {
		snprintf(errbuf, errlen, "payload must be %d..%d bytes", EMU_CXL_PAYLOAD_MIN,
			 EMU_CXL_PAYLOAD_MAX);
		return -EINVAL;
	}
	c->payload = (uint32_t)payload;
	/* The driver's cache and the 16-bit start index bound the list. */
	if (emu_spec_get_u64(dev->spec, "extra", 0, &extra) || extra > 4096) {
		snprintf(errbuf, errlen, "extra must be 0..4096 features");
		return -EINVAL;
	}
	if (emu_cxl_fw_load(c, profile, (size_t)extra)) {
		snprintf(errbuf, errlen, "unknown cxl profile '%s' (known: default, cxl-test)",
			 profile);
		return -EINVAL;
	}
	c->profile = !strcmp(profile, "cxl-test") ? "cxl-test" : "default";
	return 0;
}

static void cxl_remove(struct emu_dev *dev)
{
	struct emu_cxl *c = emu_cxl(dev);

	if (!c)
		return;
	free(c->feats);
	free(c);
	dev->drvdata = NULL;
}

static char *cxl_describe(struct emu_dev *dev)
{
	struct emu_cxl *c = emu_cxl(dev);
	char *s = NULL;

	if (asprintf(&s, "{\"profile\":\"%s\",\"features\":%zu,\"feat_cap\":\"%s\","
		     "\"payload\":%u,\"fw_cmds\":%llu}", c->profile, c->n_feats,
		     c->feat_cap == EMU_CXL_FEATURES_RW ? "rw" : "ro", c->payload,
		     (unsigned long long)c->fw_cmds) < 0)
		return NULL;
	return s;
}

const struct emu_driver emu_drv_cxl = {
	.name = "cxl",
	.device_type = FWCTL_DEVICE_TYPE_CXL,
	.parent = EMU_PARENT_CXL_MEMDEV,
	.pci_driver = "cxl_pci",
	.pci_vendor = 0x8086,
	.default_pci_device = 0x0d93,
	.has_netdev = false,
	.has_rdma = false,
	/* cxl_test's mock memdevs: platform devices cxl_mem.N, no PCI (7.3.4 in the VM) */
	.platform_prefix = "cxl_mem",
	.platform_driver = "cxl_mock_mem",
	.platform_profile = "cxl-test",
	.probe = cxl_probe,
	.remove = cxl_remove,
	.info = NULL,                /* cxl has no info op */
	.fw_rpc = cxl_fw_rpc,
	.inject_status = cxl_inject_status,
	.describe = cxl_describe,
};
