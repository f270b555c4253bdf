/* SPDX-License-Identifier: GPL-2.0-or-later */
/* --dry-run: the RPCs a command would send, and the plugin's preview. */
#ifndef FWCTL_CLI_DRYRUN_H
#define FWCTL_CLI_DRYRUN_H

#include <stdbool.h>
#include <stdio.h>

#include "../plugins/plugin.h"

/* The handle's on_dry_run hook (lib/rpc.c calls it for each RPC). */
void fwctl_dry_run_record(void *ctx, const struct fwctl_handle *h, const void *args,
			  const void *cls, bool sent);
/* After the command stopped with FWCTL_ERR_DRY_RUN: the JSON document
 * {"dry_run", "rpcs", "preview"} on doc (-j), and a line on stderr. */
void fwctl_dry_run_report(struct fwctl_ctx *ctx, FILE *doc);
void fwctl_dry_run_free(void);

#endif
