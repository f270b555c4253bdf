// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * The bnxt part of `fwctl metrics`: HWRM_TEMP_MONITOR_QUERY temperatures,
 * HWRM_PORT_PHY_QCFG link state and speed, and, when the kernel offers
 * the DMA commands (Linux 7.3), the HWRM_PORT_QSTATS / PORT_QSTATS_EXT
 * port counters; all read at DEBUG_READ_ONLY (no write, no taint).
 *
 * Families and labels are the ones mlx5 writes wherever the quantity is
 * the same, so one dashboard serves both vendors: the chip sensor is
 * name="ASIC" and the optical module name="MOD0", as mlx5's MTMP names
 * them.  Which HWRM field becomes which family is the tables below; the
 * exposition text is output/metrics.c's job.
 *
 * A query the firmware refuses is left out (the device does not have
 * it); a failed delivery (device gone, timeout, kernel refusal) fails
 * the device.  Without the DMA commands the counters are left out
 * silently: that kernel cannot read them, nothing is wrong.
 */
#include <stdio.h>
#include <string.h>

#include <json-c/json.h>

#include "../../output/metrics.h"
#include "bnxt_cmds.h"
#include "dma.h"
#include "dma_stats.h"

#define METRICS_SCOPE FWCTL_RPC_DEBUG_READ_ONLY

/* TEMP_MONITOR_QUERY flags. */
#define TEMP_THRESHOLDS_VALID 0x20

/* PORT_PHY_QCFG link value of a link that is up (the others are states of a down one). */
#define PHY_LINK_UP 2
/* link_speed is in units of 100 Mb/s, except this value: 10 Mb/s. */
#define PHY_SPEED_10MB 0xffff

/* The families this plugin writes, in the order they are shown. */
static const char *const families[] = {
	"fwctl_temperature_celsius", "fwctl_temperature_threshold_celsius", "fwctl_link_up",
	"fwctl_link_speed_bytes",
};

/* TEMP_MONITOR_QUERY sensors: field, sensor label, name label, flags that void it. */
static const struct {
	const char *field, *sensor, *name;
	uint8_t absent;
} sensors[] = {
	{ "temp", "0", "ASIC", 0x1 },            /* TEMP_NOT_AVAILABLE */
	{ "phy_temp", "1", "PHY", 0x2 },         /* PHY_TEMP_NOT_AVAILABLE */
	{ "om_temp", "2", "MOD0", 0x4 | 0x8 },   /* OM_NOT_PRESENT, OM_TEMP_NOT_AVAILABLE */
};

/* The chip's thresholds (the kernel's hwmon temp1_max, _crit, _emergency). */
static const struct {
	const char *field, *level;
} thresholds[] = {
	{ "warn_threshold", "warning" }, { "critical_threshold", "critical" },
	{ "fatal_threshold", "fatal" }, { "shutdown_threshold", "shutdown" },
};

/* DMA port counters: query, block, field of the block's layout, family. */
static const struct {
	const char *query, *block, *field, *family;
} counters[] = {
	{ "port-stats", "tx", "tx_good_frames", "fwctl_port_transmit_frames_total" },
	{ "port-stats", "rx", "rx_good_frames", "fwctl_port_receive_frames_total" },
	{ "port-stats", "tx", "tx_bytes", "fwctl_port_transmit_bytes_total" },
	{ "port-stats", "rx", "rx_bytes", "fwctl_port_receive_bytes_total" },
	{ "port-stats", "rx", "rx_fcs_err_frames", "fwctl_port_receive_fcs_errors_total" },
	{ "port-stats", "rx", "rx_stat_discard", "fwctl_port_receive_discards_total" },
	{ "port-stats", "rx", "rx_stat_err", "fwctl_port_receive_errors_total" },
	{ "port-stats", "tx", "tx_stat_discard", "fwctl_port_transmit_discards_total" },
	{ "port-stats", "tx", "tx_stat_error", "fwctl_port_transmit_errors_total" },
	{ "port-stats-ext", "rx", "rx_fec_corrected_blocks", "fwctl_port_fec_corrected_blocks_total" },
	{ "port-stats-ext", "rx", "rx_fec_uncorrectable_blocks",
	  "fwctl_port_fec_uncorrectable_blocks_total" },
};

static int add_failed(struct fwctl_ctx *ctx, const char *what)
{
	return fwctl_err_set(&ctx->err, FWCTL_ERR_FAILED, 0, "metrics: cannot add %s", what);
}

/* A failed read: 1 when the firmware (or its feature set) refused it, -1 otherwise. */
static int refused_or_failed(struct fwctl_ctx *ctx)
{
	if (ctx->err.kind != FWCTL_ERR_FIRMWARE && ctx->err.kind != FWCTL_ERR_UNSUPPORTED)
		return -1;
	fwctl_err_clear(&ctx->err);
	return 1;
}

/* Send an inline query: 0 with *len filled, 1 (refused), -1 (ctx->err). */
static int ask(struct fwctl_ctx *ctx, const char *name, uint8_t *out, size_t cap, size_t *len)
{
	const struct bnxt_query *q = bnxt_query_by_name(name);
	const struct bnxt_hwrm_cmd *c = q ? bnxt_cmd_by_type(q->req_type) : NULL;
	uint8_t req[HWRM_REQ_MAX_LEN];
	struct bnxt_resp st;
	char what[64];

	if (!q || !c)
		return fwctl_err_set(&ctx->err, FWCTL_ERR_FAILED, 0, "metrics: no query %s", name);
	snprintf(what, sizeof(what), "HWRM_%s", c->name);
	bnxt_query_build(q, req);
	if (bnxt_hwrm_send(ctx->h, METRICS_SCOPE, req, q->req_len, out, cap, what, &st,
			   &ctx->err) < 0)
		return refused_or_failed(ctx);
	*len = st.data_len;
	return 0;
}

/* The info metric's version; "" when there is none, so the core does not ask again. */
static int add_firmware_version(struct fwctl_ctx *ctx, struct fwctl_metrics *m)
{
	char buf[64] = "";
	int rc = bnxt_firmware_version(ctx, buf, sizeof(buf));

	if (rc < 0 && refused_or_failed(ctx) < 0)
		return -1;
	fwctl_metrics_set_firmware_version(m, rc == 0 ? buf : "");
	return 0;
}

static int add_temperatures(struct fwctl_ctx *ctx, struct fwctl_metrics *m)
{
	const struct prm_layout *l = &bnxt_temp_monitor_resp;
	uint8_t out[BNXT_DEFAULT_RESP_CAP];
	uint64_t flags = 0, v;
	size_t len;
	int rc = ask(ctx, "temperature", out, sizeof(out), &len);

	if (rc)
		return rc < 0 ? -1 : 0;
	prm_get_by_name(l, "flags", out, len, &flags);
	for (size_t i = 0; i < FWCTL_ARRAY_SIZE(sensors); i++) {
		struct fwctl_metric_label lb[] = {
			{ "device", ctx->dev->name }, { "sensor", sensors[i].sensor },
			{ "name", sensors[i].name },
		};

		if ((flags & sensors[i].absent) ||
		    !prm_get_by_name(l, sensors[i].field, out, len, &v))
			continue;
		if (fwctl_metrics_sample(m, "fwctl_temperature_celsius", lb, 3, (double)v))
			return add_failed(ctx, "fwctl_temperature_celsius");
	}
	for (size_t i = 0; (flags & TEMP_THRESHOLDS_VALID) && i < FWCTL_ARRAY_SIZE(thresholds); i++) {
		struct fwctl_metric_label lb[] = {
			{ "device", ctx->dev->name }, { "sensor", sensors[0].sensor },
			{ "name", sensors[0].name }, { "level", thresholds[i].level },
		};

		if (!prm_get_by_name(l, thresholds[i].field, out, len, &v))
			continue;
		if (fwctl_metrics_sample(m, "fwctl_temperature_threshold_celsius", lb, 4, (double)v))
			return add_failed(ctx, "fwctl_temperature_threshold_celsius");
	}
	return 0;
}

static int add_link(struct fwctl_ctx *ctx, struct fwctl_metrics *m, const char *port)
{
	const struct prm_layout *l = &bnxt_port_phy_qcfg_resp;
	uint8_t out[BNXT_DEFAULT_RESP_CAP];
	struct fwctl_metric_label lb[] = { { "device", ctx->dev->name }, { "port", port } };
	uint64_t link, speed;
	size_t len;
	int rc = ask(ctx, "port-phy", out, sizeof(out), &len);

	if (rc)
		return rc < 0 ? -1 : 0;
	if (!prm_get_by_name(l, "link", out, len, &link) ||
	    !prm_get_by_name(l, "link_speed", out, len, &speed))
		return 0;
	if (fwctl_metrics_sample(m, "fwctl_link_up", lb, 2, link == PHY_LINK_UP) ||
	    fwctl_metrics_sample(m, "fwctl_link_speed_bytes", lb, 2,
				 link != PHY_LINK_UP ? 0 :
				 speed == PHY_SPEED_10MB ? 10e6 / 8 : (double)speed * 100e6 / 8))
		return add_failed(ctx, "the link families");
	return 0;
}

/* One DMA statistics query into *stats (a new reference): 0, 1 (refused), -1. */
static int ask_stats(struct fwctl_ctx *ctx, const char *name, uint16_t port,
		     struct json_object **stats)
{
	const struct bnxt_dma_query *q = bnxt_dma_query_by_name(name);
	struct bnxt_dma_stats s;

	if (!q)
		return fwctl_err_set(&ctx->err, FWCTL_ERR_FAILED, 0, "metrics: no query %s", name);
	if (bnxt_dma_stats_run(ctx->h, METRICS_SCOPE, q, port, &s, &ctx->err) < 0)
		return refused_or_failed(ctx);
	*stats = json_object_get(s.stats);
	bnxt_dma_stats_free(&s);
	return 0;
}

static int add_counters(struct fwctl_ctx *ctx, struct fwctl_metrics *m, uint16_t port_id,
			const char *port)
{
	struct fwctl_metric_label lb[] = { { "device", ctx->dev->name }, { "port", port } };
	struct json_object *stats = NULL, *block, *v;
	const char *query = NULL;
	int rc = 1;

	for (size_t i = 0; i < FWCTL_ARRAY_SIZE(counters); i++) {
		if (!query || strcmp(query, counters[i].query)) {   /* one query per block pair */
			query = counters[i].query;
			json_object_put(stats);
			stats = NULL;
			rc = ask_stats(ctx, query, port_id, &stats);
			if (rc < 0)
				return -1;
		}
		/* A refused query, or a counter past what the firmware filled, is left out. */
		if (rc > 0 || !json_object_object_get_ex(stats, counters[i].block, &block) ||
		    !json_object_object_get_ex(block, counters[i].field, &v))
			continue;
		if (fwctl_metrics_standard_family(m, counters[i].family) ||
		    fwctl_metrics_sample_u64(m, counters[i].family, lb, 2, json_object_get_uint64(v))) {
			json_object_put(stats);
			return add_failed(ctx, counters[i].family);
		}
	}
	json_object_put(stats);
	return 0;
}

/* Link and counters: labelled with the function's port (FUNC_QCFG port_id). */
static int add_port(struct fwctl_ctx *ctx, struct fwctl_metrics *m)
{
	uint16_t port_id;
	char port[8];

	/* Without the port there is no label that would join link and counters
	 * to the right port: a refused FUNC_QCFG leaves both out. */
	if (bnxt_dma_stats_port(ctx->h, METRICS_SCOPE, &port_id, &ctx->err) < 0)
		return refused_or_failed(ctx) < 0 ? -1 : 0;
	snprintf(port, sizeof(port), "%u", (unsigned)port_id);
	if (add_link(ctx, m, port))
		return -1;
	/* The counters arrive in host buffers: only the 7.3 DMA commands can read them. */
	if (!bnxt_dma_supported(ctx->h))
		return 0;
	return add_counters(ctx, m, port_id, port);
}

int bnxt_metrics(struct fwctl_ctx *ctx, struct fwctl_metrics *m)
{
	for (size_t i = 0; i < FWCTL_ARRAY_SIZE(families); i++)
		if (fwctl_metrics_standard_family(m, families[i]))
			return fwctl_err_set(&ctx->err, FWCTL_ERR_FAILED, 0, "metrics table: %s",
					     families[i]);
	if (add_firmware_version(ctx, m) || add_temperatures(ctx, m) || add_port(ctx, m))
		return -1;
	return 0;
}
