/* SPDX-License-Identifier: GPL-2.0-or-later */
/* `fwctl mlx5 resource-dump` and `fwctl mlx5 coredump`: option tables and handlers. */
#ifndef FWCTL_MLX5_RSC_DUMP_CMD_H
#define FWCTL_MLX5_RSC_DUMP_CMD_H

#include "../plugin.h"
#include "rsc_dump.h"

struct rsc_dump_opts {
	bool menu;
	uint32_t index1, index2;
	bool index1_seen, index2_seen;
	const char *num_obj1, *num_obj2;   /* N, "all" or "active" */
	uint64_t max_size;
};

struct coredump_opts {
	const char *segment;   /* override the CR-space segment name */
	uint64_t max_size;
};

extern const struct fwctl_opt rsc_dump_cmd_opts[];
extern const struct fwctl_opt coredump_cmd_opts[];
int rsc_dump_cmd_run(struct fwctl_ctx *ctx, void *opts, int argc, char **argv);
int coredump_cmd_run(struct fwctl_ctx *ctx, void *opts, int argc, char **argv);

/* Command rows for the mlx5 table (plugins/mlx5/mlx5.c). */
#define MLX5_RSC_DUMP_CMD_ROWS \
	{ .name = "resource-dump", \
	  .summary = "dump a firmware resource segment, or list the segment menu", \
	  .usage = "--menu | SEGMENT [--index1 N] [--index2 N] [--num-obj1 N] [--num-obj2 N]", \
	  .positional = "SEGMENT: segment name from --menu, or its number", \
	  .opts = rsc_dump_cmd_opts, .opts_size = sizeof(struct rsc_dump_opts), \
	  .min_scope = FWCTL_RPC_DEBUG_READ_ONLY, \
	  .flags = CMD_NEEDS_DEV | CMD_BINARY | CMD_SENDS_RPC | CMD_PRIVATE_OUTPUT | \
		   CMD_STREAM_RAW, .run = rsc_dump_cmd_run }, \
	{ .name = "coredump", \
	  .summary = "stream the CR-space dump to a file, atomically", \
	  .usage = "-o FILE [--segment NAME] [--max-size SIZE]", \
	  .positional = NULL, \
	  .opts = coredump_cmd_opts, .opts_size = sizeof(struct coredump_opts), \
	  .min_scope = FWCTL_RPC_DEBUG_READ_ONLY, \
	  .flags = CMD_NEEDS_DEV | CMD_BINARY | CMD_SENDS_RPC | CMD_PRIVATE_OUTPUT | \
		   CMD_STREAM_RAW, .run = coredump_cmd_run }

/* Shared by both commands: the menu, then the segment and its parameters. */
struct rsc_target {
	struct rsc_menu menu;
	uint64_t menu_rpcs;
	struct rsc_key key;
	char name[24];
};

/* Names the CR-space segment is known by, in order of preference. */
extern const char *const rsc_crspace_names[];
/* The menu's CR-space segment (coredump, fwctl report --include coredump). */
const struct rsc_menu_entry *rsc_find_crspace(const struct rsc_menu *menu);

#endif
