// SPDX-License-Identifier: GPL-2.0-or-later
/* Opening the bnxt device for commands that do not always need one. */
#include <string.h>

#include "bnxt_cmds.h"

int bnxt_dev_open(struct fwctl_ctx *ctx, struct bnxt_devref *ref)
{
	memset(ref, 0, sizeof(*ref));
	if (ctx->h) {           /* the dispatcher already did it */
		ref->h = ctx->h;
		ref->dev = ctx->dev;
		return 0;
	}
	/* Kept in ctx: the dispatcher's finish() closes and frees them. */
	if (fwctl_discover(&ctx->devices, &ctx->err) < 0)
		return -1;
	if (fwctl_resolve(&ctx->devices, ctx->device_name, FWCTL_DEVICE_TYPE_BNXT, "bnxt",
			  &ctx->dev, &ctx->err) < 0)
		return -1;
	if (fwctl_open(ctx->dev, &ctx->h, &ctx->err) < 0)
		return -1;
	ref->dev = ctx->dev;
	ref->h = ctx->h;
	if (ref->h->type != FWCTL_DEVICE_TYPE_BNXT)
		return fwctl_err_set(&ctx->err, FWCTL_ERR_NO_DEVICE, 0, "'%s' is a %s device, not bnxt",
				     ref->dev->name, fwctl_type_name(ref->h->type));
	ref->h->allow_write = ctx->force;
	ref->h->dry_run = ctx->dry_run;
	ref->h->verbose = ctx->verbose;
	if (ctx->timeout > 0)
		fwctl_set_timeout(ref->h, ctx->timeout);
	return 0;
}

void bnxt_dev_close(struct bnxt_devref *ref)
{
	/* Nothing to do while ctx owns the handle; kept for symmetry. */
	memset(ref, 0, sizeof(*ref));
}
