// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * fwctl list --long: each device's firmware version, asked through its
 * plugin's firmware_version hook (one read at the lowest scope that gives
 * it; nothing written).  Opt-in because it costs an RPC per device, which
 * plain `list` never sends.  A device whose query fails keeps its row with
 * an error object; the document stays complete and the command exits 1.
 */
#include <errno.h>
#include <stdio.h>

#include <json-c/json.h>

#include "core.h"

#define LIST_LONG_TIMEOUT 30.0   /* seconds per device unless --timeout */

struct long_run {
	unsigned int failed;
	bool dry_run_stopped;
};

static void no_version(struct json_object *dev, const char *why)
{
	json_object_object_add(dev, "firmware_version", NULL);
	json_object_object_add(dev, "firmware_version_note", json_object_new_string(why));
}

/* The hook's answer (or why there is none) into dev; ctx->h is open. */
static void ask(struct fwctl_ctx *ctx, struct long_run *run, const struct fwctl_plugin *p,
		struct json_object *dev)
{
	char buf[128] = "";
	int rc = p->firmware_version(ctx, buf, sizeof(buf));

	if (rc == 0) {
		json_object_object_add(dev, "firmware_version", json_object_new_string(buf));
		return;
	}
	if (rc > 0) {
		no_version(dev, buf[0] ? buf : "the device does not report one");
		return;
	}
	if (!fwctl_err_is_set(&ctx->err))   /* a hook that forgot its reason */
		fwctl_err_set(&ctx->err, FWCTL_ERR_FAILED, 0, "the %s plugin failed", p->name);
	json_object_object_add(dev, "firmware_version", NULL);
	if (ctx->err.kind == FWCTL_ERR_DRY_RUN) {
		run->dry_run_stopped = true;
	} else {
		fwctl_warn(ctx, "%s: %s", ctx->dev->name, ctx->err.message);
		json_object_object_add(dev, "error", fwctl_error_json(&ctx->err));
		run->failed++;
	}
	fwctl_err_clear(&ctx->err);
}

static void one_device(struct fwctl_ctx *ctx, struct long_run *run, struct fwctl_device *d,
		       struct json_object *dev)
{
	const struct fwctl_plugin *p = fwctl_plugin_for_type(d->type);
	struct fwctl_handle *h = NULL;

	if (!p || !p->firmware_version) {
		no_version(dev, p ? "this plugin cannot tell the firmware version (see fwctl-list(8))"
				  : "no plugin for this device type in this build");
		return;
	}
	fwctl_err_clear(&ctx->err);
	if (fwctl_open(d, &h, &ctx->err)) {
		json_object_object_add(dev, "firmware_version", NULL);
		fwctl_warn(ctx, "%s: %s", d->name, ctx->err.message);
		json_object_object_add(dev, "error", fwctl_error_json(&ctx->err));
		fwctl_err_clear(&ctx->err);
		run->failed++;
		return;
	}
	fwctl_install_policy(ctx, h);
	h->never_write = true;           /* a listing never writes */
	fwctl_set_timeout(h, ctx->timeout > 0 ? ctx->timeout : LIST_LONG_TIMEOUT);
	ctx->dev = d;
	ctx->h = h;
	ask(ctx, run, p, dev);
	fwctl_close(h);
	ctx->h = NULL;
	ctx->dev = NULL;
}

int fwctl_list_long(struct fwctl_ctx *ctx, struct json_object *devs)
{
	struct long_run run = { 0 };

	for (size_t i = 0; i < ctx->devices.n; i++) {
		if (fwctl_stop_signal)
			return fwctl_err_set(&ctx->err, FWCTL_ERR_INTERRUPTED, EINTR, "interrupted");
		one_device(ctx, &run, &ctx->devices.devs[i], json_object_array_get_idx(devs, i));
	}
	if (run.dry_run_stopped)
		return fwctl_err_set(&ctx->err, FWCTL_ERR_DRY_RUN, 0, "dry run: nothing was sent");
	return (int)run.failed;
}
