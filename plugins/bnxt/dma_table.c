// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * The 7.3 kernel's DMA table (drivers/fwctl/bnxt/main.c bnxtctl_dma_cmds,
 * shared/bnxt-dma-abi.md section 3): byte offsets in the HWRM request,
 * length fields with their width and unit, fixed lengths, direction and
 * minimum scope; plus where each response reports the bytes it wrote
 * (include/linux/bnxt/hsi.h, 7.3.4).  Timeouts follow the kernel's
 * bnxtctl_get_timeout() classes.
 */
#include <errno.h>
#include <string.h>

#include "dma.h"

#define T_DEF  500u
#define T_LONG 60000u

/* Buffer descriptors: address field, then the length rule, then the response count. */
#define FROM(an, ao, ln, lo, lw, ro) { an, ao, BNXT_DMA_FROM_DEV, ln, lo, lw, 1, 0, ro }
#define FROM_U(an, ao, ln, lo, lw, u, ro) { an, ao, BNXT_DMA_FROM_DEV, ln, lo, lw, u, 0, ro }
#define TO(an, ao, ln, lo, lw) { an, ao, BNXT_DMA_TO_DEV, ln, lo, lw, 1, 0, 0 }
#define TO_U(an, ao, ln, lo, lw, u) { an, ao, BNXT_DMA_TO_DEV, ln, lo, lw, u, 0, 0 }
#define FIXED(an, ao, n, ro) { an, ao, BNXT_DMA_FROM_DEV, NULL, 0, 0, 1, n, ro }

#define CMD(n, t, sz, sc, to, nb, ...) \
	{ .name = n, .req_type = t, .req_size = sz, .min_scope = sc, .timeout_ms = to, \
	  .n_bufs = nb, .bufs = { __VA_ARGS__ } }
#define WCMD(n, t, sz, sc, to, eff, ...) \
	{ .name = n, .req_type = t, .req_size = sz, .min_scope = sc, .timeout_ms = to, \
	  .n_bufs = 1, .bufs = { __VA_ARGS__ }, .effect = eff }

const struct bnxt_dma_cmd bnxt_dma_cmds[] = {
	CMD("NVM_GET_VARIABLE", 0xfff1, 40, 0, T_DEF, 1,
	    FROM("dest_data_addr", 16, "data_len", 24, 2, 8)),
	WCMD("NVM_SET_VARIABLE", 0xfff2, 40, 0, T_DEF, "writes an NVM configuration variable",
	     TO("src_data_addr", 16, "data_len", 24, 2)),
	CMD("NVM_READ", 0xfffd, 40, 1, T_DEF, 1, FROM("host_dest_addr", 16, "len", 32, 4, 0)),
	CMD("NVM_GET_DIR_ENTRIES", 0xfffa, 24, 1, T_DEF, 1, FIXED("host_dest_addr", 16, 65536, 0)),
	CMD("NVM_RAW_DUMP", 0xfffc, 40, 1, T_DEF, 1, FROM("host_dest_addr", 16, "len", 28, 4, 0)),
	WCMD("NVM_WRITE", 0xfffe, 56, 2, T_LONG, "writes an item into NVM (flash)",
	     TO("host_src_addr", 16, "dir_data_length", 32, 4)),
	WCMD("NVM_MODIFY", 0xfff4, 40, 2, T_DEF, "modifies an NVM (flash) item in place",
	     TO("host_src_addr", 16, "len", 32, 4)),
	WCMD("NVM_RAW_WRITE_BLK", 0xffff, 40, 3, T_LONG,
	     "writes raw NVM (flash) blocks, bypassing the directory: the adapter may not boot",
	     TO("host_src_addr", 16, "len", 28, 4)),
	CMD("FW_GET_STRUCTURED_DATA", 0x00cb, 32, 1, T_DEF, 1,
	    FROM("dest_data_addr", 16, "data_len", 24, 2, 0)),
	WCMD("FW_SET_STRUCTURED_DATA", 0x00ca, 32, 2, T_DEF, "sets firmware structured data",
	     TO("src_data_addr", 16, "data_len", 24, 2)),
	WCMD("FW_LIVEPATCH", 0x00bf, 32, 3, T_DEF, "applies a firmware live patch",
	     TO("host_addr", 24, "patch_len", 20, 4)),
	CMD("DBG_COREDUMP_LIST", 0xff17, 32, 1, T_LONG, 1,
	    FROM("host_dest_addr", 16, "host_buf_len", 24, 4, 12)),
	CMD("DBG_COREDUMP_RETRIEVE", 0xff19, 56, 1, T_LONG, 1,
	    FROM("host_dest_addr", 16, "host_buf_len", 24, 4, 10)),
	/* read_len32 counts 32-bit words. */
	CMD("DBG_READ_DIRECT", 0xff10, 32, 1, T_DEF, 1,
	    FROM_U("host_dest_addr", 16, "read_len32", 28, 4, 4, 0)),
	CMD("DBG_READ_INDIRECT", 0xff11, 80, 1, T_DEF, 1,
	    FROM("host_dest_addr", 16, "host_dest_addr_len", 24, 4, 0)),
	CMD("DBG_SERDES_TEST", 0xff0e, 40, 1, T_LONG, 1,
	    FROM("resp_data_addr", 16, "data_len", 28, 2, 10)),
	WCMD("DBG_TOKEN_CFG", 0xff30, 32, 3, T_DEF, "installs a firmware debug token",
	     TO("host_src_addr", 24, "dbg_token_len", 20, 4)),
	{ .name = "DBG_PTRACE", .req_type = 0xff2d, .req_size = 40, .min_scope = 2,
	  .timeout_ms = T_DEF, .n_bufs = 2, .effect = "sends a PDI trace command to the firmware",
	  .bufs = { TO("pdi_cmd_buf_addr", 16, "pdi_req_buf_len", 32, 4),
		    FROM("pdi_resp_buf_addr", 24, "pdi_req_buf_len", 32, 4, 10) } },
	CMD("QUEUE_DSCP2PRI_QCFG", 0x003c, 32, 1, T_DEF, 1,
	    FROM("dest_data_addr", 16, "dest_data_buffer_size", 26, 2, 0)),
	CMD("PORT_QSTATS", 0x0023, 40, 1, T_DEF, 2,
	    FIXED("tx_stat_host_addr", 24, 408, 8), FIXED("rx_stat_host_addr", 32, 528, 10)),
	CMD("PORT_QSTATS_EXT", 0x00b4, 40, 1, T_DEF, 2,
	    FROM("tx_stat_host_addr", 24, "tx_stat_size", 18, 2, 8),
	    FROM("rx_stat_host_addr", 32, "rx_stat_size", 20, 2, 10)),
	CMD("PORT_QSTATS_EXT_PFC_ADV", 0x00ba, 40, 1, T_DEF, 2,
	    FROM("tx_pfc_adv_stat_host_addr", 24, "pfc_adv_stat_size", 18, 2, 8),
	    FROM("rx_pfc_adv_stat_host_addr", 32, "pfc_adv_stat_size", 18, 2, 8)),
	CMD("PCIE_QSTATS", 0x0204, 32, 1, T_DEF, 1,
	    FROM("pcie_stat_host_addr", 24, "pcie_stat_size", 16, 2, 8)),
	CMD("STAT_GENERIC_QSTATS", 0x0218, 32, 1, T_DEF, 1,
	    FROM("generic_stat_host_addr", 24, "generic_stat_size", 16, 2, 8)),
	CMD("STAT_QUERY_ROCE_STATS", 0x00e6, 32, 1, T_DEF, 1,
	    FROM("roce_stat_host_addr", 24, "roce_stat_size", 16, 2, 8)),
	CMD("STAT_QUERY_ROCE_STATS_EXT", 0x00e7, 32, 1, T_DEF, 1,
	    FROM("roce_stat_host_addr", 24, "roce_stat_size", 16, 2, 8)),
	CMD("PORT_EVENTS_LOG", 0x0067, 32, 1, T_DEF, 1,
	    FROM("host_dest_addr", 16, "host_dest_addr_len", 24, 4, 8)),
	CMD("PORT_PRBS_TEST", 0x00d5, 48, 1, T_DEF, 1,
	    FROM("resp_data_addr", 16, "data_len", 24, 2, 0)),
	CMD("PORT_DSC_DUMP", 0x00d9, 40, 1, T_DEF, 1,
	    FROM("resp_data_addr", 16, "data_len", 24, 2, 0)),
	/* num_fids counts 16-bit FIDs. */
	WCMD("SCH_GRP_CFG", 0x0073, 88, 2, T_DEF, "changes a scheduler group's configuration",
	     TO_U("fid_table_addr", 24, "num_fids", 18, 2, 2)),
	CMD("SCH_GRP_QCFG", 0x0074, 32, 1, T_DEF, 1,
	    FROM("fid_table_addr", 24, "fid_table_len", 18, 2, 0)),
	CMD("SELFTEST_RETRIEVE_SERDES_DATA", 0x0203, 40, 1, T_LONG, 1,
	    FROM("resp_data_addr", 16, "data_len", 28, 2, 10)),
	/* Allowed from 7.3 on, without a buffer. */
	CMD("DBG_COREDUMP_INITIATE", 0xff18, 0, 1, T_LONG, 0),
};
const size_t bnxt_n_dma_cmds = sizeof(bnxt_dma_cmds) / sizeof(bnxt_dma_cmds[0]);

const struct bnxt_dma_cmd *bnxt_dma_by_type(uint16_t req_type)
{
	for (size_t i = 0; i < bnxt_n_dma_cmds; i++)
		if (bnxt_dma_cmds[i].req_type == req_type)
			return &bnxt_dma_cmds[i];
	return NULL;
}

const struct bnxt_dma_cmd *bnxt_dma_by_name(const char *name)
{
	if (!name)
		return NULL;
	for (size_t i = 0; i < bnxt_n_dma_cmds; i++)
		if (bnxt_hwrm_name_eq(name, bnxt_dma_cmds[i].name))
			return &bnxt_dma_cmds[i];
	return NULL;
}

bool bnxt_dma_is_write(const struct bnxt_dma_cmd *c)
{
	if (c->min_scope >= FWCTL_RPC_DEBUG_WRITE || c->effect)
		return true;
	for (unsigned int i = 0; i < c->n_bufs; i++)
		if (c->bufs[i].dir == BNXT_DMA_TO_DEV)
			return true;
	return false;
}

static uint32_t get_len_field(const struct bnxt_dma_buf *b, const uint8_t *req)
{
	return b->len_width == 2 ? prm_le16(req + b->len_off) : prm_le32(req + b->len_off);
}

int bnxt_dma_lengths(const struct bnxt_dma_cmd *c, const uint8_t *req, size_t req_len,
		     uint32_t *lens, struct fwctl_err *err)
{
	if (c->req_size && req_len != c->req_size)
		return fwctl_err_set(err, FWCTL_ERR_USAGE, EINVAL,
				     "HWRM_%s: the request must be exactly %u bytes (the kernel's "
				     "table), not %zu; nothing was sent", c->name, c->req_size, req_len);
	for (unsigned int i = 0; i < c->n_bufs; i++) {
		const struct bnxt_dma_buf *b = &c->bufs[i];
		uint64_t len = b->len_width ? (uint64_t)get_len_field(b, req) * b->len_unit : b->fixed_len;

		if (len == 0 || len > BNXT_MAX_DMABUF)
			return fwctl_err_set(err, FWCTL_ERR_USAGE, EINVAL,
					     "HWRM_%s: %s of %llu bytes%s: the kernel accepts 1..%u bytes "
					     "per buffer (EINVAL); nothing was sent", c->name,
					     b->len_name ? b->len_name : b->addr_name,
					     (unsigned long long)len,
					     b->len_unit > 1 ? " (field x unit)" : "", BNXT_MAX_DMABUF);
		lens[i] = (uint32_t)len;
	}
	return 0;
}

int bnxt_dma_set_len(const struct bnxt_dma_cmd *c, unsigned int i, uint8_t *req, size_t req_len,
		     uint32_t bytes, struct fwctl_err *err)
{
	const struct bnxt_dma_buf *b = &c->bufs[i];
	uint32_t units;

	if (i >= c->n_bufs)
		return fwctl_err_set(err, FWCTL_ERR_USAGE, EINVAL, "HWRM_%s has %u buffer(s)",
				     c->name, c->n_bufs);
	if (!b->len_width) {
		if (bytes != b->fixed_len)
			return fwctl_err_set(err, FWCTL_ERR_USAGE, EINVAL,
					     "HWRM_%s: %s is always %u bytes, not %u", c->name,
					     b->addr_name, b->fixed_len, bytes);
		return 0;
	}
	if (bytes % b->len_unit)
		return fwctl_err_set(err, FWCTL_ERR_USAGE, EINVAL,
				     "HWRM_%s: %s counts units of %u bytes; %u is not a multiple",
				     c->name, b->len_name, b->len_unit, bytes);
	units = bytes / b->len_unit;
	if ((size_t)b->len_off + b->len_width > req_len || (b->len_width == 2 && units > 0xffff))
		return fwctl_err_set(err, FWCTL_ERR_USAGE, EINVAL,
				     "HWRM_%s: %u bytes do not fit the %u-byte field %s", c->name,
				     bytes, b->len_width, b->len_name);
	if (b->len_width == 2)
		prm_put_le16(req + b->len_off, (uint16_t)units);
	else
		prm_put_le32(req + b->len_off, units);
	return 0;
}
