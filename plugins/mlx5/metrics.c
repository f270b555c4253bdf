// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * The mlx5 part of `fwctl metrics`: MTMP temperatures, PAOS/PTYS link
 * state and speed, PPCNT port and error counters, read with ACCESS_REG at
 * DEBUG_READ_ONLY (no write, no taint).  Which PRM fields become which
 * Prometheus family is the table below; the exposition text itself is
 * output/metrics.c's job.
 *
 * A register or counter group the firmware refuses is left out (the
 * device does not have it); a failed delivery (device gone, timeout,
 * kernel refusal) fails the device.
 */
#include <stdio.h>
#include <string.h>

#include "../../output/metrics.h"
#include "mlx5_handlers.h"
#include "mlx5_util.h"

#define METRICS_PORT 1          /* a function's own port */
#define METRICS_MAX_SENSORS 8   /* sensor 0 is the ASIC; modules follow */

/* The families this plugin writes, in the order they are shown. */
static const char *const families[] = {
	"fwctl_temperature_celsius", "fwctl_temperature_max_celsius", "fwctl_link_up",
	"fwctl_link_admin_up", "fwctl_link_speed_bytes",
};

/* PPCNT counters: group, field of the group's layout, family. */
static const struct {
	const char *group, *field, *family;
} counters[] = {
	{ "ieee_802_3", "a_frames_transmitted_ok", "fwctl_port_transmit_frames_total" },
	{ "ieee_802_3", "a_frames_received_ok", "fwctl_port_receive_frames_total" },
	{ "ieee_802_3", "a_octets_transmitted_ok", "fwctl_port_transmit_bytes_total" },
	{ "ieee_802_3", "a_octets_received_ok", "fwctl_port_receive_bytes_total" },
	{ "ieee_802_3", "a_frame_check_sequence_errors", "fwctl_port_receive_fcs_errors_total" },
	{ "rfc_2863", "if_in_discards", "fwctl_port_receive_discards_total" },
	{ "rfc_2863", "if_in_errors", "fwctl_port_receive_errors_total" },
	{ "rfc_2863", "if_out_discards", "fwctl_port_transmit_discards_total" },
	{ "rfc_2863", "if_out_errors", "fwctl_port_transmit_errors_total" },
	{ "physical_layer", "rs_fec_corrected_blocks", "fwctl_port_fec_corrected_blocks_total" },
};

/* Read one register instance: 0, 1 (the firmware refused it), -1 (ctx->err). */
static int read_reg(struct fwctl_ctx *ctx, const char *name, const char *const *index,
		    const uint64_t *values, size_t n, const struct mlx5_reg **rp, uint8_t *cur)
{
	const struct mlx5_reg *r = mlx5_reg_find(name);
	uint8_t data[MLX5_REG_MAX_BYTES] = { 0 };

	if (!r || mlx5_reg_len(r) > sizeof(data))
		return fwctl_err_set(&ctx->err, FWCTL_ERR_FAILED, 0, "no register %s", name);
	for (size_t i = 0; i < n; i++)
		if (!prm_set_by_name(r->layout, index[i], data, mlx5_reg_len(r), values[i]))
			return fwctl_err_set(&ctx->err, FWCTL_ERR_FAILED, 0, "%s has no field %s",
					     name, index[i]);
	*rp = r;
	if (mlx5_reg_access(ctx, r, data, cur, 0) == 0)
		return 0;
	if (ctx->err.kind != FWCTL_ERR_FIRMWARE)
		return -1;
	fwctl_err_clear(&ctx->err);
	return 1;
}

static uint64_t field(const struct mlx5_reg *r, const uint8_t *buf, const char *name)
{
	uint64_t v = 0;

	prm_get_by_name(r->layout, name, buf, mlx5_reg_len(r), &v);
	return v;
}

/* MTMP sensor_name_hi/lo: eight ASCII bytes, NUL padded. */
static void sensor_name(uint64_t hi, uint64_t lo, char out[9])
{
	for (int i = 0; i < 8; i++) {
		unsigned c = (unsigned)(((i < 4 ? hi : lo) >> (8 * (3 - i % 4))) & 0xff);

		out[i] = (c >= 0x20 && c < 0x7f && c != '"' && c != '\\') ? (char)c : '\0';
	}
	out[8] = '\0';
}

static int add_temperatures(struct fwctl_ctx *ctx, struct fwctl_metrics *m)
{
	static const char *const ix[] = { "sensor_index" };

	for (uint64_t s = 0; s < METRICS_MAX_SENSORS; s++) {
		const struct mlx5_reg *r;
		uint8_t cur[MLX5_REG_MAX_BYTES];
		char idx[16], name[9];
		int rc = read_reg(ctx, "mtmp", ix, &s, 1, &r, cur);

		if (rc < 0)
			return -1;
		if (rc > 0)
			break;   /* no such sensor: the ones before are all */
		snprintf(idx, sizeof(idx), "%u", (unsigned)s);
		sensor_name(field(r, cur, "sensor_name_hi"), field(r, cur, "sensor_name_lo"), name);
		struct fwctl_metric_label l[] = {
			{ "device", ctx->dev->name }, { "sensor", idx }, { "name", name },
		};
		/* MTMP temperatures are in units of 0.125 degrees Celsius. */
		if (fwctl_metrics_sample(m, "fwctl_temperature_celsius", l, 3,
					 (double)(int16_t)field(r, cur, "temperature") / 8) ||
		    (field(r, cur, "mte") &&
		     fwctl_metrics_sample(m, "fwctl_temperature_max_celsius", l, 3,
					  (double)(int16_t)field(r, cur, "max_temperature") / 8)))
			return fwctl_err_set(&ctx->err, FWCTL_ERR_FAILED, 0, "out of memory");
	}
	return 0;
}

static int add_link(struct fwctl_ctx *ctx, struct fwctl_metrics *m)
{
	static const char *const paos_ix[] = { "local_port" };
	static const char *const ptys_ix[] = { "local_port", "proto_mask" };
	static const uint64_t paos_v[] = { METRICS_PORT }, ptys_v[] = { METRICS_PORT, 4 };
	const struct mlx5_reg *r;
	uint8_t cur[MLX5_REG_MAX_BYTES];
	struct fwctl_metric_label l[] = { { "device", ctx->dev->name }, { "port", "1" } };
	int rc = read_reg(ctx, "paos", paos_ix, paos_v, 1, &r, cur);

	if (rc < 0)
		return -1;
	if (rc == 0 &&
	    (fwctl_metrics_sample(m, "fwctl_link_up", l, 2, field(r, cur, "oper_status") == 1) ||
	     fwctl_metrics_sample(m, "fwctl_link_admin_up", l, 2,
				  field(r, cur, "admin_status") == 1)))
		return fwctl_err_set(&ctx->err, FWCTL_ERR_FAILED, 0, "out of memory");
	rc = read_reg(ctx, "ptys", ptys_ix, ptys_v, 2, &r, cur);
	if (rc < 0)
		return -1;
	/* data_rate_oper is in units of 100 Mb/s. */
	if (rc == 0 && fwctl_metrics_sample(m, "fwctl_link_speed_bytes", l, 2,
					    (double)field(r, cur, "data_rate_oper") * 100e6 / 8))
		return fwctl_err_set(&ctx->err, FWCTL_ERR_FAILED, 0, "out of memory");
	return 0;
}

static const struct mlx5_ppcnt_group *group_by_name(const char *name)
{
	for (size_t i = 0; i < mlx5_n_ppcnt_groups; i++)
		if (!strcmp(mlx5_ppcnt_groups[i].name, name))
			return &mlx5_ppcnt_groups[i];
	return NULL;
}

static int add_counters(struct fwctl_ctx *ctx, struct fwctl_metrics *m)
{
	static const char *const ix[] = { "local_port", "grp" };
	struct fwctl_metric_label l[] = { { "device", ctx->dev->name }, { "port", "1" } };
	const char *group = NULL;
	const struct mlx5_reg *r = NULL;
	uint8_t cur[MLX5_REG_MAX_BYTES];
	int rc = 1;

	for (size_t i = 0; i < FWCTL_ARRAY_SIZE(counters); i++) {
		const struct mlx5_ppcnt_group *g = group_by_name(counters[i].group);
		uint64_t v;

		if (!g)
			return fwctl_err_set(&ctx->err, FWCTL_ERR_FAILED, 0, "no PPCNT group %s",
					     counters[i].group);
		if (!group || strcmp(group, counters[i].group)) {   /* one read per group */
			uint64_t vals[] = { METRICS_PORT, g->grp };

			group = counters[i].group;
			rc = read_reg(ctx, "ppcnt", ix, vals, 2, &r, cur);
			if (rc < 0)
				return -1;
		}
		if (rc > 0)
			continue;   /* the firmware has no such group */
		if (!prm_get_by_name(g->layout, counters[i].field, cur + MLX5_PPCNT_SET_OFF,
				     mlx5_reg_len(r) - MLX5_PPCNT_SET_OFF, &v))
			continue;
		if (fwctl_metrics_standard_family(m, counters[i].family) ||
		    fwctl_metrics_sample_u64(m, counters[i].family, l, 2, v))
			return fwctl_err_set(&ctx->err, FWCTL_ERR_FAILED, 0, "metrics table: %s",
					     counters[i].family);
	}
	return 0;
}

int mlx5_metrics(struct fwctl_ctx *ctx, struct fwctl_metrics *m)
{
	for (size_t i = 0; i < FWCTL_ARRAY_SIZE(families); i++)
		if (fwctl_metrics_standard_family(m, families[i]))
			return fwctl_err_set(&ctx->err, FWCTL_ERR_FAILED, 0, "metrics table: %s",
					     families[i]);
	if (add_temperatures(ctx, m) || add_link(ctx, m) || add_counters(ctx, m))
		return -1;
	return 0;
}
