/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * DMA statistics as `fwctl bnxt query` entries (Linux 7.3): port-stats
 * (PORT_QSTATS), port-stats-ext (PORT_QSTATS_EXT), pcie-stats
 * (PCIE_QSTATS), roce-stats (STAT_QUERY_ROCE_STATS).  The counters arrive
 * in host buffers; each block is decoded only as far as the response says
 * the firmware filled it.
 */
#ifndef FWCTL_BNXT_DMA_STATS_H
#define FWCTL_BNXT_DMA_STATS_H

#include "bnxt.h"
#include "dma.h"

struct json_object;

extern const struct prm_layout bnxt_tx_port_stats, bnxt_rx_port_stats;
extern const struct prm_layout bnxt_tx_port_stats_ext, bnxt_rx_port_stats_ext;
extern const struct prm_layout bnxt_pcie_stats, bnxt_roce_stats;

struct bnxt_dma_query {
	const char *name;
	const char *summary;
	uint16_t req_type;
	uint8_t n_blocks;
	const char *keys[BNXT_DMA_MAX_BUFS];            /* "tx", "rx", "pcie", "roce" */
	const struct prm_layout *blocks[BNXT_DMA_MAX_BUFS];
	const struct prm_layout *resp;                  /* the response's own fields */
	uint8_t port_off, port_width;                   /* port_id in the request (0: none) */
	bool verified;
	const char *source;
};

extern const struct bnxt_dma_query bnxt_dma_queries[];
extern const size_t bnxt_n_dma_queries;
const struct bnxt_dma_query *bnxt_dma_query_by_name(const char *name);

/* One query's result: the response fields, each block decoded, the raw blocks. */
struct bnxt_dma_stats {
	struct json_object *response;
	struct json_object *stats;        /* { "tx": {...}, "rx": {...} } */
	uint8_t *raw;                     /* blocks back to back (binary output) */
	size_t raw_len;
	int missing;                      /* counters past what the firmware filled */
};

/* The port of this function (FUNC_QCFG port_id), for the port queries. */
int bnxt_dma_stats_port(struct fwctl_handle *h, uint32_t scope, uint16_t *port, struct fwctl_err *err);
/* Send q and decode it into *s (free with bnxt_dma_stats_free). */
int bnxt_dma_stats_run(struct fwctl_handle *h, uint32_t scope, const struct bnxt_dma_query *q,
		       uint16_t port, struct bnxt_dma_stats *s, struct fwctl_err *err);
void bnxt_dma_stats_free(struct bnxt_dma_stats *s);

#endif
