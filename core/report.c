// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * fwctl report: one JSON document about the whole machine for a support
 * ticket: tool and kernel, the kernel's taint, and every fwctl device with
 * its identity and what its plugin reads at the lowest scopes.  Nothing is
 * ever written to a device (write scopes stay refused even with --force).
 *
 * A device that fails or runs out of its time gets an error object in
 * place of its plugin data; the document stays complete and the exit code
 * (1) says that parts failed.  --include coredump puts the JSON and one
 * coredump per device that can make one into a tar archive (output/tar.h).
 * The schema is documented in fwctl-report(8).
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/utsname.h>
#include <time.h>

#include <json-c/json.h>

#include "config.h"
#include "../output/tar.h"
#include "core.h"

#define REPORT_DEFAULT_TIMEOUT 30.0   /* seconds per device for its data */
/* A CR-space dump is tens of thousands of RPCs: by default it gets its own,
 * longer budget; --timeout-per-device (or --timeout) bounds both phases. */
#define REPORT_DEFAULT_DUMP_TIMEOUT 600.0

struct report_run {
	const struct report_opts *o;
	double timeout;
	double dump_timeout;
	time_t now;
	FILE *tar;                 /* --include coredump: the archive, else NULL */
	struct tar_entry entry;
	bool io_failed;            /* the archive itself failed: stop everything */
	struct fwctl_err io_err;
	bool dry_run_stopped;
	unsigned int failed;       /* devices with an error object */
};

static struct json_object *seconds_json(double v)
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

/* The inner {"kind", "errno", "message", ...} of the standard error object. */
static struct json_object *error_json(const struct fwctl_err *e)
{
	struct json_object *o = out_error_object(e), *inner = NULL;

	json_object_object_get_ex(o, "error", &inner);
	json_object_get(inner);
	json_object_put(o);
	return inner;
}

static const struct fwctl_plugin *plugin_for(uint32_t type)
{
	for (size_t i = 0; i < fwctl_n_plugins; i++)
		if (fwctl_plugins[i]->name && fwctl_plugins[i]->device_type == (int)type)
			return fwctl_plugins[i];
	return NULL;
}

/* Archive sink handed to a plugin's report_coredump hook. */
static int tar_sink(void *wctx, const void *buf, size_t len)
{
	struct report_run *run = wctx;

	if (tar_entry_write(run->tar, &run->entry, buf, len, &run->io_err)) {
		run->io_failed = true;
		return -1;
	}
	return 0;
}

static void add_coredump(struct fwctl_ctx *ctx, struct report_run *run,
			 const struct fwctl_plugin *p, struct json_object *dev)
{
	struct json_object *cd = json_object_new_object();
	char name[64];
	int rc;

	snprintf(name, sizeof(name), "coredump-%s.bin", ctx->dev->name);
	if (tar_entry_begin(run->tar, &run->entry, name, run->now, &run->io_err)) {
		run->io_failed = true;
		json_object_put(cd);
		return;
	}
	fwctl_set_timeout(ctx->h, run->dump_timeout);   /* the dump has its own budget */
	rc = p->report_coredump(ctx, cd, tar_sink, run);
	if (run->io_failed) {
		/* The archive broke (disk full...): no device is to blame. */
		if (!fwctl_err_is_set(&run->io_err))
			fwctl_err_set(&run->io_err, FWCTL_ERR_IO, EIO, "archive write failed");
		fwctl_err_clear(&ctx->err);
		json_object_put(cd);
		return;
	}
	if (rc == 0 && tar_entry_end(run->tar, &run->entry, &run->io_err) == 0) {
		json_object_object_add(cd, "file", json_object_new_string(name));
	} else if (rc == 0) {
		run->io_failed = true;
		json_object_put(cd);
		return;
	} else {
		/* Cut the partial entry off: the archive holds only whole dumps. */
		if (tar_entry_abort(run->tar, &run->entry, &run->io_err))
			run->io_failed = true;
		json_object_object_add(cd, "file", NULL);
		json_object_object_add(cd, "error", error_json(&ctx->err));
		fwctl_err_clear(&ctx->err);
		run->failed++;
	}
	json_object_object_add(dev, "coredump", cd);
}

/* One device: identity always, then the plugin's data or an error. */
static struct json_object *report_device(struct fwctl_ctx *ctx, struct report_run *run,
					 struct fwctl_device *d)
{
	const struct fwctl_plugin *p;
	struct json_object *dev, *pr;
	struct fwctl_handle *h = NULL;
	double t0 = now_s();

	fwctl_err_clear(&ctx->err);
	if (fwctl_open(d, &h, &ctx->err)) {
		dev = fwctl_device_json(d);
		json_object_object_add(dev, "plugin", NULL);
		json_object_object_add(dev, "plugin_report", NULL);
		json_object_object_add(dev, "error", error_json(&ctx->err));
		fwctl_err_clear(&ctx->err);
		run->failed++;
		return dev;
	}
	d->type = h->type;
	d->type_known = true;
	dev = fwctl_device_json(d);
	json_object_object_add(dev, "device_data",
			       fwctl_device_data_json(h->type, h->devdata, h->devdata_len));
	fwctl_install_policy(ctx, h);
	h->allow_write = false;           /* a report never writes */
	p = plugin_for(h->type);
	json_object_object_add(dev, "plugin", p ? json_object_new_string(p->name) : NULL);
	if (!p || !p->report) {
		json_object_object_add(dev, "plugin_report", NULL);
		json_object_object_add(dev, "note", json_object_new_string(
			p ? "this plugin has no report support yet: identity only"
			  : "no plugin for this device type in this build: identity only"));
		goto out;
	}
	ctx->dev = d;
	ctx->h = h;
	fwctl_set_timeout(h, run->timeout);
	pr = json_object_new_object();
	if (p->report(ctx, pr) == 0) {
		json_object_object_add(dev, "plugin_report", pr);
		if (run->tar && p->report_coredump)
			add_coredump(ctx, run, p, dev);
	} else {
		json_object_put(pr);
		if (!fwctl_err_is_set(&ctx->err))   /* a hook that forgot its reason */
			fwctl_err_set(&ctx->err, FWCTL_ERR_FAILED, 0, "the %s plugin failed", p->name);
		json_object_object_add(dev, "plugin_report", NULL);
		if (ctx->err.kind == FWCTL_ERR_DRY_RUN) {
			/* --dry-run: this device's first RPC was shown; go on to the next. */
			run->dry_run_stopped = true;
		} else {
			json_object_object_add(dev, "error", error_json(&ctx->err));
			run->failed++;
		}
		fwctl_err_clear(&ctx->err);
	}
out:
	json_object_object_add(dev, "rpcs", json_object_new_int64((int64_t)h->rpcs));
	json_object_object_add(dev, "seconds", seconds_json(now_s() - t0));
	fwctl_close(h);
	ctx->h = NULL;
	ctx->dev = NULL;
	return dev;
}

static struct json_object *kernel_json(void)
{
	struct json_object *k = json_object_new_object();
	struct utsname u;

	if (uname(&u) == 0) {
		json_object_object_add(k, "release", json_object_new_string(u.release));
		json_object_object_add(k, "version", json_object_new_string(u.version));
		json_object_object_add(k, "machine", json_object_new_string(u.machine));
	}
	return k;
}

static struct json_object *header_json(const struct report_run *run)
{
	struct json_object *root = json_object_new_object(), *tool = json_object_new_object();
	struct json_object *opts = json_object_new_object(), *inc = json_object_new_array();
	char when[32];
	struct tm tm;

	json_object_object_add(tool, "name", json_object_new_string("fwctl"));
	json_object_object_add(tool, "version", json_object_new_string(FWCTL_VERSION));
	json_object_object_add(root, "tool", tool);
	gmtime_r(&run->now, &tm);
	strftime(when, sizeof(when), "%Y-%m-%dT%H:%M:%SZ", &tm);
	json_object_object_add(root, "generated_at", json_object_new_string(when));
	json_object_object_add(root, "kernel", kernel_json());
	json_object_object_add(root, "kernel_taint", fwctl_taint_json());
	json_object_object_add(opts, "timeout_per_device_s", seconds_json(run->timeout));
	json_object_object_add(opts, "coredump_timeout_per_device_s",
			       run->o->include ? seconds_json(run->dump_timeout) : NULL);
	if (run->o->include)
		json_object_array_add(inc, json_object_new_string(run->o->include));
	json_object_object_add(opts, "include", inc);
	json_object_object_add(root, "options", opts);
	return root;
}

static const char *str_at(struct json_object *o, const char *k1, const char *k2)
{
	struct json_object *v = NULL;

	if (!json_object_object_get_ex(o, k1, &v) || !v)
		return NULL;
	if (k2 && (!json_object_object_get_ex(v, k2, &v) || !v))
		return NULL;
	return json_object_is_type(v, json_type_string) ? json_object_get_string(v) : NULL;
}

/* Text: a summary a person reads in a ticket; JSON (-j) has everything. */
static struct json_object *text_view(struct json_object *root)
{
	struct json_object *view = json_object_new_object(), *rows = json_object_new_array();
	struct json_object *devs = NULL, *taint = NULL, *v;

	json_object_object_add(view, "tool_version",
			       json_object_new_string(str_at(root, "tool", "version")));
	json_object_object_add(view, "kernel_release",
			       json_object_new_string(str_at(root, "kernel", "release") ?: "?"));
	if (json_object_object_get_ex(root, "kernel_taint", &taint) && taint) {
		struct json_object *flags = NULL;
		char list[256] = "";

		json_object_object_get_ex(taint, "fwctl", &v);
		json_object_object_add(view, "kernel_fwctl_tainted", json_object_get(v));
		json_object_object_get_ex(taint, "flags", &flags);
		for (size_t i = 0; i < json_object_array_length(flags); i++) {
			strncat(list, i ? "," : "", sizeof(list) - strlen(list) - 1);
			strncat(list, json_object_get_string(json_object_array_get_idx(flags, i)),
				sizeof(list) - strlen(list) - 1);
		}
		json_object_object_add(view, "kernel_taint_flags",
				       json_object_new_string(*list ? list : "none"));
	} else {
		json_object_object_add(view, "kernel_fwctl_tainted", json_object_new_string("unknown"));
	}
	json_object_object_get_ex(root, "devices", &devs);
	for (size_t i = 0; i < json_object_array_length(devs); i++) {
		struct json_object *d = json_object_array_get_idx(devs, i);
		struct json_object *r = json_object_new_object(), *pr = NULL;
		const char *detail = NULL, *status = "ok";
		static const char *const cols[] = { "name", "type", "pci_address", "driver" };

		for (size_t c = 0; c < sizeof(cols) / sizeof(cols[0]); c++) {
			v = NULL;
			json_object_object_get_ex(d, cols[c], &v);
			json_object_object_add(r, cols[c], json_object_get(v));
		}
		json_object_object_get_ex(d, "plugin_report", &pr);
		if (json_object_object_get_ex(d, "error", &v)) {
			status = "error";
			detail = str_at(v, "message", NULL);
		} else if (pr) {
			detail = str_at(pr, "psid", NULL);
			if (!detail)
				detail = str_at(pr, "firmware_version", NULL);
		} else {
			status = "identity-only";
			detail = str_at(d, "note", NULL);
		}
		if (json_object_object_get_ex(d, "coredump", &v) && v &&
		    json_object_object_get_ex(v, "error", NULL))
			status = "coredump-failed";
		json_object_object_add(r, "status", json_object_new_string(status));
		json_object_object_add(r, "detail", detail ? json_object_new_string(detail) : NULL);
		json_object_array_add(rows, r);
	}
	json_object_object_add(view, "devices", rows);
	if (json_object_object_get_ex(root, "summary", &v))
		json_object_object_add(view, "summary", json_object_get(v));
	return view;
}

/* --include coredump: the archive, then a short summary on stdout. */
static int write_archive(struct fwctl_ctx *ctx, struct report_run *run, struct json_object *root,
			 struct atomic_file *af)
{
	struct json_object *sum;
	char *buf = NULL;
	size_t len = 0;
	FILE *mem = open_memstream(&buf, &len);

	if (!mem)
		return fwctl_err_set(&ctx->err, FWCTL_ERR_FAILED, ENOMEM, "out of memory");
	out_render_json(mem, root);
	if (fclose(mem)) {
		free(buf);
		return fwctl_err_set(&ctx->err, FWCTL_ERR_FAILED, ENOMEM, "out of memory");
	}
	if (tar_add_buffer(af->fp, "report.json", buf, len, run->now, &ctx->err) ||
	    tar_finish(af->fp, &ctx->err)) {
		free(buf);
		atomic_file_abort(af);
		return -1;
	}
	free(buf);
	if (atomic_file_commit(af, &ctx->err))
		return -1;
	sum = json_object_new_object();
	json_object_object_add(sum, "archive", json_object_new_string(ctx->output));
	json_object_object_add(sum, "report", json_object_get(json_object_object_get(root, "summary")));
	ctx->output = NULL;   /* the archive is written; the summary goes to stdout */
	return fwctl_emit(ctx, sum, NULL, 0);
}

int cmd_report(struct fwctl_ctx *ctx, void *vopts, int argc, char **argv)
{
	struct report_opts *o = vopts;
	struct report_run run = { .o = o };
	struct json_object *root, *devs, *sum;
	struct fwctl_device *only = NULL;
	struct atomic_file af = { 0 };
	size_t n = 0;

	(void)argc; (void)argv;
	run.timeout = o->timeout_seen ? o->timeout_per_device
		    : ctx->timeout > 0 ? ctx->timeout : REPORT_DEFAULT_TIMEOUT;
	run.dump_timeout = o->timeout_seen ? o->timeout_per_device
			 : ctx->timeout > 0 ? ctx->timeout : REPORT_DEFAULT_DUMP_TIMEOUT;
	run.now = time(NULL);
	if (o->include && (!ctx->output || !strcmp(ctx->output, "-")))
		return fwctl_err_set(&ctx->err, FWCTL_ERR_USAGE, EINVAL,
				     "--include coredump writes a tar archive: give it a file with -o FILE");
	if (fwctl_discover(&ctx->devices, &ctx->err))
		return -1;
	if (ctx->device_name &&
	    fwctl_resolve(&ctx->devices, ctx->device_name, -1, NULL, &only, &ctx->err))
		return -1;
	/* The archive is opened before the first RPC: an existing FILE is refused first. */
	if (o->include && !ctx->dry_run) {
		if (atomic_file_open(&af, ctx->output, ctx->force, &ctx->err))
			return -1;
		run.tar = af.fp;
	}

	root = header_json(&run);
	devs = json_object_new_array();
	for (size_t i = 0; i < ctx->devices.n && !run.io_failed; i++) {
		struct fwctl_device *d = &ctx->devices.devs[i];

		if (only && d != only)
			continue;
		if (fwctl_stop_signal) {
			fwctl_err_set(&ctx->err, FWCTL_ERR_INTERRUPTED, EINTR, "interrupted");
			break;
		}
		json_object_array_add(devs, report_device(ctx, &run, d));
		n++;
	}
	json_object_object_add(root, "devices", devs);
	sum = json_object_new_object();
	json_object_object_add(sum, "devices", json_object_new_int64((int64_t)n));
	json_object_object_add(sum, "failed", json_object_new_int64(run.failed));
	json_object_object_add(sum, "complete", json_object_new_boolean(run.failed == 0));
	json_object_object_add(root, "summary", sum);

	if (run.io_failed || fwctl_err_is_set(&ctx->err)) {
		if (run.io_failed)
			ctx->err = run.io_err;
		if (run.tar)
			atomic_file_abort(&af);
		json_object_put(root);
		return -1;
	}
	if (run.dry_run_stopped) {
		json_object_put(root);
		return fwctl_err_set(&ctx->err, FWCTL_ERR_DRY_RUN, 0, "dry run: nothing was sent");
	}
	if (run.tar) {
		int rc = write_archive(ctx, &run, root, &af);

		json_object_put(root);
		if (rc)
			return -1;
	} else {
		if (ctx->format == OUT_TEXT) {
			struct json_object *view = text_view(root);

			json_object_put(root);
			root = view;
		}
		if (fwctl_emit(ctx, root, NULL, 0))
			return -1;
	}
	if (run.failed)
		return fwctl_err_set(&ctx->err, FWCTL_ERR_FAILED, 0,
				     "%u part%s of the report failed (see the error objects); "
				     "the report itself is complete", run.failed,
				     run.failed == 1 ? "" : "s");
	return 0;
}
