/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * MGIR as people read it (mgir.c): firmware version, build date, PSID,
 * security and life-cycle state, for identity, report and list --long.
 */
#ifndef FWCTL_MLX5_MGIR_H
#define FWCTL_MLX5_MGIR_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "../plugin.h"
#include "mlx5_prm.h"

struct json_object;

/* ACCESS_REG read of MGIR (DEBUG_READ_ONLY) into mgir.  0 or -1 with ctx->err. */
int mlx5_mgir_read(struct fwctl_ctx *ctx, uint8_t mgir[MLX5_MGIR_LEN]);
/*
 * "22.41.1000" into buf from the extended version words, or from the
 * deprecated 8-bit ones (*deprecated set) when the extended ones are all 0.
 * false when both are all 0.
 */
bool mlx5_mgir_version(const uint8_t *mgir, char *buf, size_t n, bool *deprecated);
/* {"version", "build_date", "build_time", "psid", "secure_boot", "life_cycle"...} */
struct json_object *mlx5_mgir_firmware(const uint8_t *mgir);
/* {"device_id_hex", "hw_dev_id_hex", "revision_hex", "technology", "num_ports", "uptime_s"} */
struct json_object *mlx5_mgir_hardware(const uint8_t *mgir);
/* The inner {"kind", "message", "fw_status"...} of the standard error object. */
struct json_object *mlx5_error_json(const struct fwctl_err *e);
/* A refusal by the firmware or the kernel (reported in place), not a lost device. */
bool mlx5_mgir_refusal(const struct fwctl_err *e);
/*
 * Read MGIR and add "firmware" and "hardware" to `into`.  Returns 0 (mgir
 * filled), 1 when MGIR was refused or skipped (--scope below debug-ro): then
 * "firmware" says why; -1 with ctx->err for a failed delivery.
 */
int mlx5_mgir_add(struct fwctl_ctx *ctx, struct json_object *into, uint8_t mgir[MLX5_MGIR_LEN]);

#endif
