// SPDX-License-Identifier: GPL-2.0-or-later
/* The DMA statistics queries: table, request building, decoding (dma_stats.h). */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include <json-c/json.h>

#include "dma_stats.h"
#include "../../lib/suggest.h"

#define U8(n, b)  { .name = (n), .bit_off = (b) * 8, .bit_width = 8, .kind = PRM_UINT }
#define U16(n, b) { .name = (n), .bit_off = (b) * 8, .bit_width = 16, .kind = PRM_UINT }
#define BIT(n, b, bit) { .name = (n), .bit_off = (b) * 8 + (bit), .bit_width = 1, .kind = PRM_BOOL }

static const struct prm_field qstats_resp_f[] = { U16("tx_stat_size", 8), U16("rx_stat_size", 10),
	BIT("cleared", 12, 0) };
static const struct prm_layout qstats_resp = PRM_LAYOUT("hwrm_port_qstats_output", 16 * 8, PRM_LE, qstats_resp_f);
static const struct prm_field ext_resp_f[] = { U16("tx_stat_size", 8), U16("rx_stat_size", 10),
	U16("total_active_cos_queues", 12), BIT("clear_roce_counters_supported", 14, 0),
	BIT("cleared", 14, 1) };
static const struct prm_layout ext_resp = PRM_LAYOUT("hwrm_port_qstats_ext_output", 16 * 8, PRM_LE, ext_resp_f);
static const struct prm_field pcie_resp_f[] = { U16("pcie_stat_size", 8) };
static const struct prm_layout pcie_resp = PRM_LAYOUT("hwrm_pcie_qstats_output", 16 * 8, PRM_LE, pcie_resp_f);
static const struct prm_field roce_resp_f[] = { U16("roce_stat_size", 8), BIT("port_aggregated", 10, 0) };
static const struct prm_layout roce_resp = PRM_LAYOUT("hwrm_stat_query_roce_stats_output", 16 * 8, PRM_LE, roce_resp_f);

#define HSI "include/linux/bnxt/hsi.h"

const struct bnxt_dma_query bnxt_dma_queries[] = {
	{ "port-stats", "port MAC counters, tx and rx (HWRM_PORT_QSTATS)", 0x0023, 2,
	  { "tx", "rx" }, { &bnxt_tx_port_stats, &bnxt_rx_port_stats }, &qstats_resp, 16, 2, true, HSI },
	{ "port-stats-ext", "per-CoS, PFC and FEC counters (HWRM_PORT_QSTATS_EXT)", 0x00b4, 2,
	  { "tx", "rx" }, { &bnxt_tx_port_stats_ext, &bnxt_rx_port_stats_ext }, &ext_resp, 16, 2, true, HSI },
	{ "pcie-stats", "PCIe link integrity, latency and credit counters (HWRM_PCIE_QSTATS)", 0x0204, 1,
	  { "pcie" }, { &bnxt_pcie_stats }, &pcie_resp, 0, 0, true, HSI },
	{ "roce-stats", "RoCE error and QP counters (HWRM_STAT_QUERY_ROCE_STATS)", 0x00e6, 1,
	  { "roce" }, { &bnxt_roce_stats }, &roce_resp, 19, 1, false,
	  "counter order assumed from bnxt_re's creq_query_roce_stats_resp_sb; not in the kernel's HWRM HSI" },
};
const size_t bnxt_n_dma_queries = sizeof(bnxt_dma_queries) / sizeof(bnxt_dma_queries[0]);

const struct bnxt_dma_query *bnxt_dma_query_by_name(const char *name)
{
	for (size_t i = 0; name && i < bnxt_n_dma_queries; i++)
		if (fwctl_name_eq(name, bnxt_dma_queries[i].name))
			return &bnxt_dma_queries[i];
	return NULL;
}

int bnxt_dma_stats_port(struct fwctl_handle *h, uint32_t scope, uint16_t *port, struct fwctl_err *err)
{
	const struct bnxt_query *q = bnxt_query_by_name("func-qcfg");
	uint8_t req[HWRM_REQ_MAX_LEN], out[BNXT_DEFAULT_RESP_CAP];
	struct bnxt_resp st;
	uint64_t v;

	bnxt_query_build(q, req);
	if (bnxt_hwrm_send(h, scope, req, q->req_len, out, sizeof(out), "HWRM_FUNC_QCFG",
			   &st, err) < 0)
		return -1;
	if (!prm_get_by_name(&bnxt_func_qcfg_resp, "port_id", out, st.data_len, &v))
		return fwctl_err_set(err, FWCTL_ERR_PROTOCOL, 0,
				     "HWRM_FUNC_QCFG: answer of %zu bytes has no port_id", st.data_len);
	*port = (uint16_t)v;
	return 0;
}

void bnxt_dma_stats_free(struct bnxt_dma_stats *s)
{
	json_object_put(s->response);
	json_object_put(s->stats);
	free(s->raw);
	memset(s, 0, sizeof(*s));
}

/* Request every block at its full layout size; the response says what was filled. */
static int build(const struct bnxt_dma_cmd *c, const struct bnxt_dma_query *q, uint16_t port,
		 uint8_t *req, struct bnxt_dma_io *io, uint8_t *raw, struct fwctl_err *err)
{
	size_t off = 0;

	memset(req, 0, c->req_size);
	if (q->port_off && q->port_width == 2)
		prm_put_le16(req + q->port_off, port);
	else if (q->port_off)
		req[q->port_off] = (uint8_t)port;
	for (unsigned int i = 0; i < q->n_blocks; i++) {
		uint32_t len = q->blocks[i]->size_bits / 8;

		if (bnxt_dma_set_len(c, i, req, c->req_size, len, err) < 0)
			return -1;
		io[i].buf = raw + off;
		io[i].cap = len;
		off += len;
	}
	return 0;
}

int bnxt_dma_stats_run(struct fwctl_handle *h, uint32_t scope, const struct bnxt_dma_query *q,
		       uint16_t port, struct bnxt_dma_stats *s, struct fwctl_err *err)
{
	const struct bnxt_dma_cmd *c = bnxt_dma_by_type(q->req_type);
	struct bnxt_dma_io io[BNXT_DMA_MAX_BUFS] = { { 0 } };
	uint8_t req[HWRM_REQ_MAX_LEN], out[BNXT_DEFAULT_RESP_CAP];
	struct bnxt_resp st;
	char what[64];
	size_t total = 0, off = 0;

	memset(s, 0, sizeof(*s));
	for (unsigned int i = 0; i < q->n_blocks; i++)
		total += q->blocks[i]->size_bits / 8;
	s->raw = calloc(1, total ? total : 1);
	if (!s->raw)
		return fwctl_err_set(err, FWCTL_ERR_FAILED, ENOMEM, "out of memory");
	if (build(c, q, port, req, io, s->raw, err) < 0)
		goto fail;
	snprintf(what, sizeof(what), "HWRM_%s", c->name);
	if (bnxt_dma_send(h, scope, c, req, c->req_size, io, out, sizeof(out), what, &st, err) < 0) {
		if (err->kind == FWCTL_ERR_FIRMWARE && err->fw_status == 0xffff)
			fwctl_err_reset(err, FWCTL_ERR_UNSUPPORTED, EOPNOTSUPP,
					"%s: the firmware does not support it (CMD_NOT_SUPPORTED)", what);
		goto fail;
	}
	s->response = json_object_new_object();
	prm_decode(q->resp, out, st.data_len, s->response, 0);
	s->stats = json_object_new_object();
	for (unsigned int i = 0; i < q->n_blocks; i++) {
		struct json_object *b = json_object_new_object();
		int missing = prm_decode(q->blocks[i], io[i].buf, io[i].data_len, b, 0);

		s->missing += missing > 0 ? missing : 0;
		json_object_object_add(s->stats, q->keys[i], b);
		/* Only the filled part is data: the rest of the bounce buffer is zeros. */
		memmove(s->raw + off, io[i].buf, io[i].data_len);
		off += io[i].data_len;
	}
	s->raw_len = off;
	return 0;
fail:
	bnxt_dma_stats_free(s);
	return -1;
}
