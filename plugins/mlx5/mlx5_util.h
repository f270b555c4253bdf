/* SPDX-License-Identifier: GPL-2.0-or-later */
/* Helpers shared by the mlx5 command handlers (caps, identity, reg, diag, cmd). */
#ifndef FWCTL_MLX5_UTIL_H
#define FWCTL_MLX5_UTIL_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "../plugin.h"
#include "mlx5_prm.h"
#include "uapi.h"

struct json_object;

/* mlx5_reg_access() flags (mlx5_send() takes MLX5_SEND_*). */
enum {
	MLX5_REG_WRITE = 1u << 0,
};

/* One mailbox at the least scope the command allows (or --scope);
 * flags as mlx5_mbox_send(). */
int mlx5_send(struct fwctl_ctx *ctx, uint32_t min_scope, const uint8_t *in, size_t in_len,
	      uint8_t *out, size_t out_cap, const char *what, unsigned flags);

/*
 * QUERY_HCA_CAP of one type: page (4096 bytes) is filled on success.
 * Returns 0, 1 (firmware refused: status/syndrome set), or -1 (ctx->err).
 */
int mlx5_query_cap(struct fwctl_ctx *ctx, const struct mlx5_cap_type *t, bool cur,
		   uint8_t *page, uint8_t *status, uint32_t *syndrome);

/* {"fw_status": n, "fw_status_name": "BAD_PARAM", "syndrome": n} into obj. */
void mlx5_json_fw_status(struct json_object *obj, uint8_t status, uint32_t syndrome);

/* Common top-level object: {"device": "fwctl0"}. */
struct json_object *mlx5_json_root(struct fwctl_ctx *ctx);

/* Decode a layout into a new JSON object (every named field). */
struct json_object *mlx5_decode(const struct prm_layout *l, const uint8_t *buf, size_t len);

/*
 * QUERY_ADAPTER into out; with `into`, add the decoded block as "adapter"
 * and its PSID as "psid".  0 or -1 with ctx->err.
 */
int mlx5_query_adapter(struct fwctl_ctx *ctx, uint8_t out[MLX5_ADAPTER_OUT_LEN],
		       struct json_object *into);
/* The fwctl user context the kernel bound to the fd (device data). */
struct json_object *mlx5_user_context(const struct fwctl_ctx *ctx);

/* ACCESS_REG of one register (data: the register's bytes with the index
 * fields set; result: mlx5_reg_len(r) bytes; MLX5_REG_WRITE writes).
 * 0 or -1 with ctx->err. */
int mlx5_reg_access(struct fwctl_ctx *ctx, const struct mlx5_reg *r, const uint8_t *data,
		    uint8_t *result, unsigned flags);
/* A register's fields as JSON (PPCNT: its counter group decoded too). */
struct json_object *mlx5_reg_decode(const struct mlx5_reg *r, const uint8_t *data);
#define MLX5_REG_MAX_BYTES 256

/* "; did you mean 'X'?" for a word that matched none of the NULL-terminated
 * names, or "" when none is close: the tail of a usage error. */
#define MLX5_SUGGEST_LEN 160
const char *mlx5_suggest(const char *word, const char *const *names, char *buf, size_t len);
/* names (NULL-terminated) as "a, b, c" into buf, cut at its size; returns buf. */
const char *mlx5_join_names(const char *const *names, char *buf, size_t len);

/* "FIELD=VALUE" -> field name (malloc'd) and value; enum names allowed. */
int mlx5_parse_assign(struct fwctl_ctx *ctx, const struct prm_layout *l, const char *text,
		      const struct prm_field **f, uint64_t *val);

#endif
