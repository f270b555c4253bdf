// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * fwctl report: one device, on the worker thread that gathers it.  The
 * device gets its own handle (its own fd), its own copy of the context
 * (ctx->h, ctx->dev and ctx->err belong to one device) and its own JSON
 * subtree, which the main thread attaches in the devices' order.  Its
 * coredump goes to a spool file of its own (report_jobs.c copies the
 * spools into the archive in order): the workers never touch the archive.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <json-c/json.h>

#include "report.h"

struct json_object *report_seconds_json(double v)
{
	char buf[32];

	snprintf(buf, sizeof(buf), "%.3f", v);
	return json_object_new_double_s(strtod(buf, NULL), buf);
}

static double now_s(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/*
 * A file with no name next to the archive (O_TMPFILE): nothing to clean up
 * when a signal ends the run, and the same filesystem as the archive, not
 * a /tmp that may be RAM.  Where O_TMPFILE is not supported, a named file
 * unlinked at once.
 */
static FILE *spool_open(const char *dir, struct fwctl_err *err)
{
	char path[4096];
	FILE *f;
	int fd = open(dir, O_TMPFILE | O_RDWR | O_CLOEXEC, 0600), e;

	if (fd < 0 && snprintf(path, sizeof(path), "%s/.fwctl-report-spool.XXXXXX", dir) <
		      (int)sizeof(path)) {
		fd = mkostemp(path, O_CLOEXEC);
		if (fd >= 0)
			unlink(path);
	}
	if (fd >= 0 && (f = fdopen(fd, "w+")))
		return f;
	e = errno;
	if (fd >= 0)
		close(fd);
	fwctl_err_set(err, FWCTL_ERR_IO, e, "cannot create a coredump spool file in '%s': %s",
		      dir, strerror(e));
	return NULL;
}

/* Spool sink handed to a plugin's report_coredump hook. */
static int spool_sink(void *wctx, const void *buf, size_t len)
{
	struct report_slot *s = wctx;

	if (len && fwrite(buf, 1, len, s->spool) != len) {
		fwctl_err_set(&s->io_err, FWCTL_ERR_IO, errno ? errno : EIO,
			      "coredump spool write failed: %s", strerror(errno ? errno : EIO));
		s->io_failed = true;
		return -1;
	}
	return 0;
}

static void drop_spool(struct report_slot *s)
{
	if (s->spool)
		fclose(s->spool);
	s->spool = NULL;
}

static void add_coredump(struct fwctl_ctx *ctx, const struct report_run *run,
			 const struct fwctl_plugin *p, struct report_slot *s)
{
	struct json_object *cd;
	int rc;

	snprintf(s->spool_name, sizeof(s->spool_name), "coredump-%s.bin", ctx->dev->name);
	s->spool = spool_open(run->spool_dir, &s->io_err);
	if (!s->spool) {
		s->io_failed = true;
		return;
	}
	cd = json_object_new_object();
	fwctl_set_timeout(ctx->h, run->dump_timeout);   /* the dump has its own budget */
	rc = p->report_coredump(ctx, cd, spool_sink, s);
	if (s->io_failed) {
		/* The spool broke (disk full...): no device is to blame. */
		fwctl_err_clear(&ctx->err);
		json_object_put(cd);
		drop_spool(s);
		return;
	}
	if (rc == 0) {
		/* Named now: a failure to copy it into the archive fails the
		 * whole report, so no document ever names a missing file. */
		json_object_object_add(cd, "file", json_object_new_string(s->spool_name));
	} else {
		/* Only whole dumps go into the archive. */
		drop_spool(s);
		json_object_object_add(cd, "file", NULL);
		json_object_object_add(cd, "error", fwctl_error_json(&ctx->err));
		fwctl_err_clear(&ctx->err);
		s->failed++;
	}
	json_object_object_add(s->dev, "coredump", cd);
}

static void open_failed(struct fwctl_ctx *ctx, struct report_slot *s)
{
	s->dev = fwctl_device_json(s->d);
	json_object_object_add(s->dev, "plugin", NULL);
	json_object_object_add(s->dev, "plugin_report", NULL);
	json_object_object_add(s->dev, "error", fwctl_error_json(&ctx->err));
	fwctl_err_clear(&ctx->err);
	s->failed++;
}

/* The plugin's data, or its error in its place. */
static void plugin_data(struct fwctl_ctx *ctx, const struct report_run *run,
			const struct fwctl_plugin *p, struct report_slot *s)
{
	struct json_object *pr = json_object_new_object();

	fwctl_set_timeout(ctx->h, run->timeout);
	if (p->report(ctx, pr) == 0) {
		json_object_object_add(s->dev, "plugin_report", pr);
		if (run->tar && p->report_coredump)
			add_coredump(ctx, run, p, s);
		return;
	}
	json_object_put(pr);
	if (!fwctl_err_is_set(&ctx->err))   /* a hook that forgot its reason */
		fwctl_err_set(&ctx->err, FWCTL_ERR_FAILED, 0, "the %s plugin failed", p->name);
	json_object_object_add(s->dev, "plugin_report", NULL);
	if (ctx->err.kind == FWCTL_ERR_DRY_RUN) {
		/* --dry-run: this device's first RPC was shown; go on to the next. */
		s->dry_run_stopped = true;
	} else {
		json_object_object_add(s->dev, "error", fwctl_error_json(&ctx->err));
		s->failed++;
	}
	fwctl_err_clear(&ctx->err);
}

/* One device: identity always, then the plugin's data or an error. */
void report_device(struct fwctl_ctx *ctx, const struct report_run *run, struct report_slot *s)
{
	const struct fwctl_plugin *p;
	struct fwctl_device *d = s->d;
	struct fwctl_handle *h = NULL;
	double t0 = now_s();

	fwctl_err_clear(&ctx->err);
	if (fwctl_open(d, &h, &ctx->err)) {
		open_failed(ctx, s);
		return;
	}
	d->type = h->type;
	d->type_known = true;
	s->dev = fwctl_device_json(d);
	json_object_object_add(s->dev, "device_data",
			       fwctl_device_data_json(h->type, h->devdata, h->devdata_len));
	fwctl_install_policy(ctx, h);
	h->never_write = true;           /* a report never writes */
	p = fwctl_plugin_for_type(h->type);
	json_object_object_add(s->dev, "plugin", p ? json_object_new_string(p->name) : NULL);
	ctx->dev = d;
	ctx->h = h;
	if (p && p->report) {
		plugin_data(ctx, run, p, s);
	} else {
		json_object_object_add(s->dev, "plugin_report", NULL);
		json_object_object_add(s->dev, "note", json_object_new_string(
			p ? "this plugin has no report support yet: identity only"
			  : "no plugin for this device type in this build: identity only"));
	}
	json_object_object_add(s->dev, "rpcs", json_object_new_int64((int64_t)h->rpcs));
	json_object_object_add(s->dev, "seconds", report_seconds_json(now_s() - t0));
	fwctl_close(h);
	ctx->h = NULL;
	ctx->dev = NULL;
}
