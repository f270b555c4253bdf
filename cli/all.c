// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * --all: the command's handler runs once per device on the worker pool,
 * each run with its own copy of the context and options, its own handle
 * (writes refused: --all only reads) and its own deadline.  fwctl_emit()
 * keeps each run's document in its slot; the one document is built from
 * the slots in device order, so it does not depend on which device
 * answered first.  --dry-run runs the devices one after another, so its
 * RPC lines come in device order.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <json-c/json.h>

#include "../lib/rpc.h"
#include "all.h"
#include "dispatch.h"
#include "opt.h"
#include "pool.h"

struct all_slot {
	struct fwctl_device *dev;     /* in the top-level ctx->devices */
	struct json_object *result;   /* the command's document (owned) */
	struct fwctl_err err;
	bool failed;
};

struct all_run {
	const struct fwctl_ctx *ctx;
	const void *store;
	int argc;
	char **argv;
	struct all_slot *slots;
};

static int all_usage(struct fwctl_ctx *ctx, const char *what, const char *name)
{
	return fwctl_err_set(&ctx->err, FWCTL_ERR_USAGE, EINVAL, "--all %s%s%s", what,
			     name ? name : "", name ? "; run it on one device with -d" : "");
}

bool fwctl_cmd_takes_all(const struct fwctl_cmd *c)
{
	return (c->flags & (CMD_NEEDS_DEV | CMD_SENDS_RPC)) &&
	       !(c->flags & (CMD_EVERY_DEVICE | CMD_STREAM_RAW));
}

int fwctl_all_check(struct fwctl_ctx *ctx, const void *store)
{
	const struct fwctl_cmd *c = ctx->cmd;

	if (ctx->device_name)
		return all_usage(ctx, "and -d both choose devices: give one of them", NULL);
	if (c->flags & CMD_EVERY_DEVICE)
		return all_usage(ctx, "does not apply: this command covers every device already",
				 NULL);
	if (!(c->flags & (CMD_NEEDS_DEV | CMD_SENDS_RPC)))
		return all_usage(ctx, "does not apply: this command talks to no device", NULL);
	if (c->flags & CMD_STREAM_RAW)
		return all_usage(ctx, "gives one document: this command streams one device's data",
				 NULL);
	if ((c->flags & CMD_OWN_OUTPUT) && ctx->output)
		return all_usage(ctx, "gives one document: -o FILE here is one device's data", NULL);
	if (ctx->format == OUT_BINARY)
		return all_usage(ctx, "gives one document: use text or JSON, not --format=binary",
				 NULL);
	for (size_t i = 0; c->opts && c->opts[i].long_name; i++) {
		const struct fwctl_opt *o = &c->opts[i];

		if (!fwctl_opt_given(o, store))
			continue;
		if (o->writes)
			return all_usage(ctx, "only reads: this option writes: --", o->long_name);
		if (o->streams)
			return all_usage(ctx, "cannot sample several devices: --", o->long_name);
	}
	return 0;
}

/* This device's run: a context of its own, as fwctl_prepare_device()
 * would have left it for -d DEV. */
static void slot_ctx(struct fwctl_ctx *ctx, const struct fwctl_ctx *top, struct fwctl_device *dev)
{
	*ctx = *top;
	memset(&ctx->devices, 0, sizeof(ctx->devices));
	memset(&ctx->err, 0, sizeof(ctx->err));
	ctx->dev = dev;
	ctx->device_name = dev->name;
	ctx->h = NULL;
	ctx->output = NULL;        /* the one document goes there */
	ctx->collect = true;
	ctx->collected = NULL;
	ctx->emitted = false;
}

static bool all_one(void *arg, size_t i)
{
	struct all_run *r = arg;
	struct all_slot *s = &r->slots[i];
	const struct fwctl_cmd *c = r->ctx->cmd;
	size_t size = c->opts_size ? c->opts_size : 1;
	void *opts = malloc(size);
	struct fwctl_ctx ctx;
	int rc;

	slot_ctx(&ctx, r->ctx, s->dev);
	if (!opts) {
		rc = fwctl_err_set(&ctx.err, FWCTL_ERR_FAILED, ENOMEM, "out of memory");
	} else {
		memcpy(opts, r->store, size);
		rc = fwctl_open_device(&ctx);
	}
	if (!rc) {
		ctx.h->never_write = true;
		rc = c->run(&ctx, opts, r->argc, r->argv);
	}
	if (rc && !fwctl_err_is_set(&ctx.err))
		fwctl_err_set(&ctx.err, FWCTL_ERR_FAILED, 0, "failed");
	s->failed = rc != 0;
	s->err = ctx.err;
	s->result = ctx.collected;
	fwctl_close(ctx.h);
	free(opts);
	return true;
}

/* The devices of the command's type, in list order, into *slots. */
static int all_slots(struct fwctl_ctx *ctx, struct all_slot **slots, size_t *n)
{
	const struct fwctl_plugin *p = ctx->plugin;
	struct fwctl_device_list *l = &ctx->devices;

	*n = 0;
	if (fwctl_discover_typed(ctx))
		return -1;
	*slots = calloc(l->n ? l->n : 1, sizeof(**slots));
	if (!*slots)
		return fwctl_err_set(&ctx->err, FWCTL_ERR_FAILED, ENOMEM, "out of memory");
	for (size_t i = 0; i < l->n; i++)
		if (p->device_type < 0 || l->devs[i].type == (uint32_t)p->device_type)
			(*slots)[(*n)++].dev = &l->devs[i];
	if (*n)
		return 0;
	free(*slots);
	*slots = NULL;
	if (p->device_type < 0)
		return fwctl_err_set(&ctx->err, FWCTL_ERR_NO_DEVICE, ENODEV, "no fwctl device found");
	return fwctl_err_set(&ctx->err, FWCTL_ERR_NO_DEVICE, ENODEV, "no %s device found", p->name);
}

static struct json_object *str_or_null(const char *s)
{
	return s ? json_object_new_string(s) : NULL;
}

/* A device's entry in "devices": who it is, then "result" or "error". */
static struct json_object *slot_json(struct all_slot *s)
{
	struct json_object *o = json_object_new_object();

	json_object_object_add(o, "device", json_object_new_string(s->dev->name));
	json_object_object_add(o, "type", json_object_new_string(fwctl_type_name(s->dev->type)));
	json_object_object_add(o, "parent", str_or_null(s->dev->parent_name));
	json_object_object_add(o, "pci_address", str_or_null(s->dev->pci_address));
	if (s->failed) {
		struct json_object *e = out_error_object(&s->err), *inner = NULL;

		json_object_object_get_ex(e, "error", &inner);
		json_object_object_add(o, "error", json_object_get(inner));
		json_object_put(e);
	} else {
		json_object_object_add(o, "result",
				       s->result ? json_object_get(s->result) : json_object_new_object());
	}
	return o;
}

/* Text: a section per device, named as `fwctl list` shows it. */
static void add_text_section(struct json_object *root, struct all_slot *s)
{
	char title[256];
	struct json_object *v;

	snprintf(title, sizeof(title), "%s%s%s%s", s->dev->name,
		 s->dev->parent_name ? " (" : "", s->dev->parent_name ? s->dev->parent_name : "",
		 s->dev->parent_name ? ")" : "");
	if (s->failed) {
		v = json_object_new_object();
		json_object_object_add(v, "error", json_object_new_string(s->err.message));
	} else {
		v = s->result ? json_object_get(s->result) : json_object_new_object();
	}
	json_object_object_add(root, title, v);
}

static struct json_object *all_document(const struct fwctl_ctx *ctx, struct all_slot *slots,
					size_t n, size_t failed)
{
	struct json_object *root = json_object_new_object(), *devs, *sum;

	if (ctx->format != OUT_JSON) {
		for (size_t i = 0; i < n; i++)
			add_text_section(root, &slots[i]);
		return root;
	}
	devs = json_object_new_array();
	for (size_t i = 0; i < n; i++)
		json_object_array_add(devs, slot_json(&slots[i]));
	json_object_object_add(root, "devices", devs);
	/* As fwctl report's: scripts read both the same way. */
	sum = json_object_new_object();
	json_object_object_add(sum, "devices", json_object_new_int64((int64_t)n));
	json_object_object_add(sum, "failed", json_object_new_int64((int64_t)failed));
	json_object_object_add(sum, "complete", json_object_new_boolean(failed == 0));
	json_object_object_add(root, "summary", sum);
	return root;
}

/* What the slots say about the whole run, once the pool has started
 * `started` of the n devices (in order) and finished them. */
static int all_outcome(struct fwctl_ctx *ctx, struct all_slot *slots, size_t n, size_t started,
		       size_t *failed)
{
	bool dry_run = false;

	*failed = 0;
	for (size_t i = 0; i < n; i++) {
		dry_run |= slots[i].failed && slots[i].err.kind == FWCTL_ERR_DRY_RUN;
		*failed += slots[i].failed;
	}
	if (started < n && fwctl_stop_signal)
		return fwctl_err_set(&ctx->err, FWCTL_ERR_INTERRUPTED, EINTR, "interrupted");
	if (dry_run)
		return fwctl_err_set(&ctx->err, FWCTL_ERR_DRY_RUN, 0, "dry run: nothing was sent");
	return 0;
}

static void free_slots(struct all_slot *slots, size_t n)
{
	for (size_t i = 0; i < n; i++)
		json_object_put(slots[i].result);
	free(slots);
}

int fwctl_run_all(struct fwctl_ctx *ctx, const void *store, int argc, char **argv)
{
	struct all_run r = { .ctx = ctx, .store = store, .argc = argc, .argv = argv };
	struct fwctl_pool_work w = { .item = all_one, .arg = &r };
	size_t n, started, failed;
	int rc;

	if (all_slots(ctx, &r.slots, &n))
		return -1;
	w.n = n;
	w.jobs = ctx->dry_run ? 1 : fwctl_pool_default_jobs();
	started = fwctl_pool_run(&w);
	rc = all_outcome(ctx, r.slots, n, started, &failed);
	if (!rc)
		rc = fwctl_emit(ctx, all_document(ctx, r.slots, n, failed), NULL, 0);
	for (size_t i = 0; !rc && i < n; i++)
		if (r.slots[i].failed)
			fwctl_warn(ctx, "%s: %s", r.slots[i].dev->name, r.slots[i].err.message);
	free_slots(r.slots, n);
	if (rc || !failed)
		return rc;
	return fwctl_err_set(&ctx->err, FWCTL_ERR_FAILED, 0,
			     "%zu of %zu devices failed (see their error objects)", failed, n);
}
