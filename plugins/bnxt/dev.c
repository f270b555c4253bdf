// SPDX-License-Identifier: GPL-2.0-or-later
/* Opening the bnxt device for commands that do not always need one. */
#include <string.h>

#include "bnxt_cmds.h"

int bnxt_dev_open(struct fwctl_ctx *ctx, struct bnxt_devref *ref)
{
	memset(ref, 0, sizeof(*ref));
	/* The dispatcher's own path: resolution, type check, --force,
	 * --dry-run, audit and timeout all apply (ctx owns the handle). */
	if (fwctl_prepare_device(ctx))
		return -1;
	ref->h = ctx->h;
	ref->dev = ctx->dev;
	return 0;
}

void bnxt_dev_close(struct bnxt_devref *ref)
{
	/* Nothing to do while ctx owns the handle; kept for symmetry. */
	memset(ref, 0, sizeof(*ref));
}
