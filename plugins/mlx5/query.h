/* SPDX-License-Identifier: GPL-2.0-or-later */
/* `fwctl mlx5 query`: decoded object contexts (QP, CQ, EQ, vports, flows...). */
#ifndef FWCTL_MLX5_QUERY_H
#define FWCTL_MLX5_QUERY_H

#include "../plugin.h"
#include "prm_objects.h"

struct query_opts {
	uint64_t id;
	bool id_seen;
	uint32_t op_mod;
	bool op_mod_seen;
	uint32_t other_vport;
	bool other_vport_seen;
	bool list;
};

extern const struct fwctl_opt mlx5_query_opts[];
int mlx5_cmd_query(struct fwctl_ctx *ctx, void *opts, int argc, char **argv);

/* Command row for the mlx5 table (plugins/mlx5/mlx5.c).  No CMD_NEEDS_DEV:
 * --list needs no device; the handler opens one otherwise. */
#define MLX5_QUERY_CMD_ROW \
	{ .name = "query", \
	  .summary = "decode an object's firmware context (QP, CQ, EQ, vport, flow table...)", \
	  .usage = "OBJECT [--id N] [--op-mod N] [--other-vport N] [FIELD=VALUE...] | --list", \
	  .positional = "OBJECT: an object from --list; FIELD=VALUE: its other inputs", \
	  .opts = mlx5_query_opts, .opts_size = sizeof(struct query_opts), \
	  .min_scope = FWCTL_RPC_CONFIGURATION, \
	  .flags = CMD_BINARY | CMD_SENDS_RPC, .run = mlx5_cmd_query, \
	  .complete_positional = mlx5_object_names, .complete_next = mlx5_object_next_words }

#endif
