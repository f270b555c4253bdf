// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * pds firmware model: a small catalogue of endpoints and operations with
 * deterministic answers.  Requests and answers are little-endian.
 */
#include <stdio.h>
#include <string.h>

#include "emu_pds.h"

/* ep 1 "identity", op 1: fw version, serial, asic type/rev (56 bytes). */
static uint32_t op_identity(struct emu_dev *dev, const uint8_t *req, size_t req_len,
			    uint8_t *resp, size_t resp_len)
{
	uint8_t a[56] = { 0 };

	(void)req; (void)req_len;
	snprintf((char *)a, 32, "1.%u.0-emu", 60 + dev->index % 10);
	snprintf((char *)a + 32, 16, "EMUPDS%06u", dev->index);
	emu_put_le32(a + 48, 0x1);    /* asic type */
	emu_put_le32(a + 52, 0x10);   /* asic rev */
	memcpy(resp, a, EMU_MIN(resp_len, sizeof(a)));
	return EMU_PDS_RC_SUCCESS;
}

/* ep 1, op 2: API version {le32 major, le32 minor}. */
static uint32_t op_api_version(struct emu_dev *dev, const uint8_t *req, size_t req_len,
			       uint8_t *resp, size_t resp_len)
{
	uint8_t a[8];

	(void)dev; (void)req; (void)req_len;
	emu_put_le32(a, 1);
	emu_put_le32(a + 4, 2);
	memcpy(resp, a, EMU_MIN(resp_len, sizeof(a)));
	return EMU_PDS_RC_SUCCESS;
}

/* ep 2 "counters", op 1: request {le32 first, le32 num}; answer num le64. */
static uint32_t op_read_counters(struct emu_dev *dev, const uint8_t *req, size_t req_len,
				 uint8_t *resp, size_t resp_len)
{
	struct emu_pds *p = emu_pds(dev);
	uint32_t first, num;

	if (req_len < 8)
		return EMU_PDS_RC_EINVAL;
	first = emu_get_le32(req);
	num = emu_get_le32(req + 4);
	if (first >= EMU_PDS_NCOUNTERS || num > EMU_PDS_NCOUNTERS - first)
		return EMU_PDS_RC_ERANGE;
	for (uint32_t i = 0; i < num && (i + 1) * 8 <= resp_len; i++)
		emu_put_le64(resp + i * 8, p->counters[first + i]);
	/* Counters advance between reads, like traffic would move them. */
	for (uint32_t i = 0; i < EMU_PDS_NCOUNTERS; i++)
		p->counters[i] += i + 1;
	return EMU_PDS_RC_SUCCESS;
}

/* ep 2, op 2: clear all counters. */
static uint32_t op_clear_counters(struct emu_dev *dev, const uint8_t *req, size_t req_len,
				  uint8_t *resp, size_t resp_len)
{
	dev->writes++;
	(void)req; (void)req_len; (void)resp; (void)resp_len;
	memset(emu_pds(dev)->counters, 0, sizeof(emu_pds(dev)->counters));
	return EMU_PDS_RC_SUCCESS;
}

/* ep 3 "debug", op 1: read register {le32 reg} -> {le32 value}. */
static uint32_t op_reg_read(struct emu_dev *dev, const uint8_t *req, size_t req_len,
			    uint8_t *resp, size_t resp_len)
{
	uint32_t reg;

	if (req_len < 4)
		return EMU_PDS_RC_EINVAL;
	reg = emu_get_le32(req);
	if (reg >= EMU_PDS_NREGS)
		return EMU_PDS_RC_ENOENT;
	if (resp_len >= 4)
		emu_put_le32(resp, emu_pds(dev)->regs[reg]);
	return EMU_PDS_RC_SUCCESS;
}

/* ep 3, op 2: write register {le32 reg, le32 value} -> {le32 old value}. */
static uint32_t op_reg_write(struct emu_dev *dev, const uint8_t *req, size_t req_len,
			     uint8_t *resp, size_t resp_len)
{
	uint32_t reg;

	dev->writes++;
	if (req_len < 8)
		return EMU_PDS_RC_EINVAL;
	reg = emu_get_le32(req);
	if (reg >= EMU_PDS_NREGS)
		return EMU_PDS_RC_ENOENT;
	if (resp_len >= 4)
		emu_put_le32(resp, emu_pds(dev)->regs[reg]);
	emu_pds(dev)->regs[reg] = emu_get_le32(req + 4);
	return EMU_PDS_RC_SUCCESS;
}

/* ep 3, op 3: raw poke with an attribute outside the known set (scope 3). */
static uint32_t op_raw_poke(struct emu_dev *dev, const uint8_t *req, size_t req_len,
			    uint8_t *resp, size_t resp_len)
{
	(void)resp; (void)resp_len;
	if (req_len < 8)
		return EMU_PDS_RC_EINVAL;
	return op_reg_write(dev, req, req_len, NULL, 0);
}

/*
 * ep 4 "port", op 1 get_config -> {le32 mtu, le32 speed_mbps, u8 fec,
 * u8 pending, le16 flags (bit 0 link up, bit 1 autoneg), le32 commits}.
 */
static uint32_t op_port_get(struct emu_dev *dev, const uint8_t *req, size_t req_len,
			    uint8_t *resp, size_t resp_len)
{
	struct emu_pds *p = emu_pds(dev);
	uint8_t a[16] = { 0 };

	(void)req; (void)req_len;
	emu_put_le32(a, p->mtu);
	emu_put_le32(a + 4, 100000);
	a[8] = p->fec;
	a[9] = p->pending;
	a[10] = 0x3;
	emu_put_le32(a + 12, p->commits);
	memcpy(resp, a, EMU_MIN(resp_len, sizeof(a)));
	return EMU_PDS_RC_SUCCESS;
}

/* ep 4, op 2 set_config {le32 mtu, u8 fec}: staged until commit. */
static uint32_t op_port_set(struct emu_dev *dev, const uint8_t *req, size_t req_len,
			    uint8_t *resp, size_t resp_len)
{
	struct emu_pds *p = emu_pds(dev);
	uint32_t mtu;

	dev->writes++;
	(void)resp; (void)resp_len;
	if (req_len < 5)
		return EMU_PDS_RC_EINVAL;
	mtu = emu_get_le32(req);
	if (mtu < EMU_PDS_MTU_MIN || mtu > EMU_PDS_MTU_MAX)
		return EMU_PDS_RC_ERANGE;
	if (req[4] > EMU_PDS_FEC_RS)
		return EMU_PDS_RC_ENOSUPP;
	p->pending_mtu = mtu;
	p->pending_fec = req[4];
	p->pending = true;
	return EMU_PDS_RC_SUCCESS;
}

/* ep 4, op 3 commit: applies the staged settings; EBUSY with nothing staged. */
static uint32_t op_port_commit(struct emu_dev *dev, const uint8_t *req, size_t req_len,
			       uint8_t *resp, size_t resp_len)
{
	struct emu_pds *p = emu_pds(dev);

	dev->writes++;
	(void)req; (void)req_len; (void)resp; (void)resp_len;
	if (!p->pending)
		return EMU_PDS_RC_EBUSY;
	p->mtu = p->pending_mtu;
	p->fec = p->pending_fec;
	p->pending = false;
	p->commits++;
	return EMU_PDS_RC_SUCCESS;
}

static const struct emu_pds_op ops_identity[] = {
	{ 0x00010001, EMU_PDS_ATTR_READ, "identify", op_identity },
	{ 0x00000002, EMU_PDS_ATTR_SYNC, "api_version", op_api_version },
};
static const struct emu_pds_op ops_counters[] = {
	{ 0x00020001, EMU_PDS_ATTR_DEBUG_READ, "read_counters", op_read_counters },
	{ 0x00010002, EMU_PDS_ATTR_WRITE, "clear_counters", op_clear_counters },
};
static const struct emu_pds_op ops_debug[] = {
	{ 0x00010001, EMU_PDS_ATTR_DEBUG_READ, "reg_read", op_reg_read },
	{ 0x00010002, EMU_PDS_ATTR_DEBUG_WRITE, "reg_write", op_reg_write },
	{ 0x00010003, 0x20, "raw_poke", op_raw_poke },
};
/* commit's attribute combines WRITE|DEBUG_WRITE: not one of the driver's
 * exact values, so it needs DEBUG_WRITE_FULL ("anything else"). */
static const struct emu_pds_op ops_port[] = {
	{ 0x00000001, EMU_PDS_ATTR_READ, "get_config", op_port_get },
	{ 0x00000002, EMU_PDS_ATTR_WRITE, "set_config", op_port_set },
	{ 0x00000003, EMU_PDS_ATTR_WRITE | EMU_PDS_ATTR_DEBUG_WRITE, "commit", op_port_commit },
};

const struct emu_pds_ep emu_pds_endpoints[] = {
	{ 1, "identity", ops_identity, EMU_ARRAY_SIZE(ops_identity) },
	{ 2, "counters", ops_counters, EMU_ARRAY_SIZE(ops_counters) },
	{ 3, "debug", ops_debug, EMU_ARRAY_SIZE(ops_debug) },
	{ 4, "port", ops_port, EMU_ARRAY_SIZE(ops_port) },
};
const size_t emu_pds_n_endpoints = EMU_ARRAY_SIZE(emu_pds_endpoints);

/* ---- the adminq side: IDENT, QUERY, RPC ---- */

void emu_pds_fw_ident(struct emu_dev *dev, struct emu_pds_ident *id)
{
	struct emu_pds *p = emu_pds(dev);

	memset(id, 0, sizeof(*id));
	id->version = 1;
	id->max_req_sz = p->fw_max_req_sz;
	id->max_resp_sz = p->fw_max_resp_sz;
	id->max_req_sg_elems = 1;
	id->max_resp_sg_elems = 1;
}

static const struct emu_pds_ep *fw_ep(uint32_t id)
{
	for (size_t e = 0; e < emu_pds_n_endpoints; e++)
		if (emu_pds_endpoints[e].id == id)
			return &emu_pds_endpoints[e];
	return NULL;
}

/* Header of a query answer: version, 3 reserved bytes, le32 num_entries. */
static uint32_t query_header(uint8_t *page, size_t len, size_t n, size_t entry_size)
{
	if (len < 8 || n > (len - 8) / entry_size)
		return EMU_PDS_RC_ENOSPC;
	memset(page, 0, 8);
	page[0] = 0;
	emu_put_le32(page + 4, (uint32_t)n);
	return EMU_PDS_RC_SUCCESS;
}

uint32_t emu_pds_fw_query_endpoints(struct emu_dev *dev, uint8_t *page, size_t len)
{
	uint32_t rc = query_header(page, len, emu_pds_n_endpoints, 4);

	(void)dev;
	for (size_t e = 0; rc == EMU_PDS_RC_SUCCESS && e < emu_pds_n_endpoints; e++)
		emu_put_le32(page + 8 + e * 4, emu_pds_endpoints[e].id);
	return rc;
}

uint32_t emu_pds_fw_query_ops(struct emu_dev *dev, uint32_t ep, uint8_t *page, size_t len)
{
	const struct emu_pds_ep *e = fw_ep(ep);
	uint32_t rc;

	(void)dev;
	if (!e)
		return EMU_PDS_RC_ENOENT;
	rc = query_header(page, len, e->n_ops, 8);
	for (size_t i = 0; rc == EMU_PDS_RC_SUCCESS && i < e->n_ops; i++) {
		memset(page + 8 + i * 8, 0, 8);
		emu_put_le32(page + 8 + i * 8, e->ops[i].id);
		page[8 + i * 8 + 4] = e->ops[i].attr;
	}
	return rc;
}

uint32_t emu_pds_fw_rpc(struct emu_dev *dev, uint32_t ep, uint32_t op, const uint8_t *req,
			size_t req_len, uint8_t *resp, size_t resp_len)
{
	const struct emu_pds_ep *e = fw_ep(ep);

	/* The firmware checks again: the driver is not its only client. */
	if (!e)
		return EMU_PDS_RC_ENOENT;
	for (size_t i = 0; i < e->n_ops; i++)
		if ((e->ops[i].id & 0xffff) == (op & 0xffff)) {
			emu_pds(dev)->fw_cmds++;
			return e->ops[i].run(dev, req, req_len, resp, resp_len);
		}
	return EMU_PDS_RC_EOPCODE;
}
