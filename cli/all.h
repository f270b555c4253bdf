/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * --all: one reading command run on every device of its plugin's type
 * (every fwctl device for a core command), in parallel, and one document
 * with each device's result or error object in device order.
 */
#ifndef FWCTL_CLI_ALL_H
#define FWCTL_CLI_ALL_H

#include "../plugins/plugin.h"

/* Can the command run with --all at all (a command that talks to one
 * device and gives one document)? */
bool fwctl_cmd_takes_all(const struct fwctl_cmd *c);

/* Before any device is opened: may ctx->cmd run with --all and the
 * options in store?  0, or -1 with a usage error. */
int fwctl_all_check(struct fwctl_ctx *ctx, const void *store);

/* Run ctx->cmd on every device and emit the one document; -1 with ctx->err
 * set when a device failed (exit 1), none matched or the run stopped. */
int fwctl_run_all(struct fwctl_ctx *ctx, const void *store, int argc, char **argv);

#endif
