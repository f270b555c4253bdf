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
#include <libgen.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/utsname.h>
#include <time.h>

#include <json-c/json.h>

#include "config.h"
#include "version.h"
#include "report.h"

#define REPORT_DEFAULT_TIMEOUT 30.0   /* seconds per device for its data */
/* A CR-space dump is tens of thousands of RPCs: by default it gets its own,
 * longer budget; --timeout-per-device (or --timeout) bounds both phases. */
#define REPORT_DEFAULT_DUMP_TIMEOUT 600.0

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
	json_object_object_add(opts, "timeout_per_device_s", report_seconds_json(run->timeout));
	json_object_object_add(opts, "coredump_timeout_per_device_s",
			       run->o->include ? report_seconds_json(run->dump_timeout) : NULL);
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
		char both[160];
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
			/* The running firmware first, then the board's PSID. */
			const char *fw = str_at(pr, "firmware_version", NULL);
			const char *psid = str_at(pr, "psid", NULL);

			if (fw && psid) {
				snprintf(both, sizeof(both), "%s (%s)", fw, psid);
				detail = both;
			} else {
				detail = fw ? fw : psid;
			}
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

/* The directory of path (the archive's: its coredumps are spooled there). */
static char *dir_of(struct fwctl_ctx *ctx, const char *path)
{
	char *copy = strdup(path), *dir = copy ? strdup(dirname(copy)) : NULL;

	free(copy);
	if (!dir)
		fwctl_err_set(&ctx->err, FWCTL_ERR_FAILED, ENOMEM, "out of memory");
	return dir;
}

/* The devices' entries in order, then the summary; the slots are consumed. */
static void add_devices(struct json_object *root, const struct report_run *run,
			struct report_slot *slots, size_t n)
{
	struct json_object *devs = json_object_new_array(), *sum = json_object_new_object();
	size_t done = 0;

	for (size_t i = 0; i < n; i++)
		if (slots[i].dev) {
			json_object_array_add(devs, slots[i].dev);
			slots[i].dev = NULL;
			done++;
		}
	json_object_object_add(root, "devices", devs);
	json_object_object_add(sum, "devices", json_object_new_int64((int64_t)done));
	json_object_object_add(sum, "failed", json_object_new_int64(run->failed));
	json_object_object_add(sum, "complete", json_object_new_boolean(run->failed == 0));
	json_object_object_add(root, "summary", sum);
}

/* The devices of the report (every one, or -d's), each in a slot of its own. */
static struct report_slot *make_slots(struct fwctl_ctx *ctx, const struct fwctl_device *only,
				      size_t *n)
{
	struct report_slot *slots = calloc(ctx->devices.n ? ctx->devices.n : 1, sizeof(*slots));

	*n = 0;
	if (!slots) {
		fwctl_err_set(&ctx->err, FWCTL_ERR_FAILED, ENOMEM, "out of memory");
		return NULL;
	}
	for (size_t i = 0; i < ctx->devices.n; i++)
		if (!only || &ctx->devices.devs[i] == only)
			slots[(*n)++].d = &ctx->devices.devs[i];
	return slots;
}

/* The options into the run; the devices found; the archive opened. */
static int report_setup(struct fwctl_ctx *ctx, struct report_run *run, struct atomic_file *af,
			struct fwctl_device **only)
{
	const struct report_opts *o = run->o;

	run->timeout = o->timeout_seen ? o->timeout_per_device
		     : ctx->timeout > 0 ? ctx->timeout : REPORT_DEFAULT_TIMEOUT;
	run->dump_timeout = o->timeout_seen ? o->timeout_per_device
			  : ctx->timeout > 0 ? ctx->timeout : REPORT_DEFAULT_DUMP_TIMEOUT;
	run->now = time(NULL);
	if (report_jobs(ctx, o, &run->jobs))
		return -1;
	if (o->include && (!ctx->output || !strcmp(ctx->output, "-")))
		return fwctl_err_set(&ctx->err, FWCTL_ERR_USAGE, EINVAL,
				     "--include coredump writes a tar archive: give it a file with -o FILE");
	if (fwctl_discover(&ctx->devices, &ctx->err))
		return -1;
	if (ctx->device_name &&
	    fwctl_resolve(&ctx->devices, ctx->device_name, -1, NULL, only, &ctx->err))
		return -1;
	/* The archive is opened before the first RPC: an existing FILE is refused first. */
	if (o->include && !ctx->dry_run) {
		if (fwctl_open_output(ctx, ctx->output, true, af))
			return -1;
		run->tar = af->fp;
	}
	return 0;
}

/* The finished document: the archive, or the report on stdout / -o FILE. */
static int report_write(struct fwctl_ctx *ctx, struct report_run *run, struct json_object *root,
			struct atomic_file *af)
{
	int rc;

	if (run->tar) {
		rc = write_archive(ctx, run, root, af);
		json_object_put(root);
		return rc;
	}
	if (ctx->format == OUT_TEXT) {
		struct json_object *view = text_view(root);

		json_object_put(root);
		root = view;
	}
	return fwctl_emit(ctx, root, NULL, 0);
}

int cmd_report(struct fwctl_ctx *ctx, void *vopts, int argc, char **argv)
{
	struct report_run run = { .o = vopts };
	struct fwctl_device *only = NULL;
	struct atomic_file af = { 0 };
	struct report_slot *slots;
	struct json_object *root;
	char *spool_dir = NULL;
	size_t n = 0;
	int rc;

	(void)argc; (void)argv;
	if (report_setup(ctx, &run, &af, &only))
		return -1;
	if (!(slots = make_slots(ctx, only, &n)) ||
	    (run.tar && !(spool_dir = dir_of(ctx, ctx->output)))) {
		free(slots);
		if (run.tar)
			atomic_file_abort(&af);
		return -1;
	}
	run.spool_dir = spool_dir;
	root = header_json(&run);
	rc = report_gather(ctx, &run, slots, n);
	add_devices(root, &run, slots, n);
	free(slots);
	free(spool_dir);
	if (rc || run.io_failed) {
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
	if (report_write(ctx, &run, root, &af))
		return -1;
	if (run.failed)
		return fwctl_err_set(&ctx->err, FWCTL_ERR_FAILED, 0,
				     "%u part%s of the report failed (see the error objects); "
				     "the report itself is complete", run.failed,
				     run.failed == 1 ? "" : "s");
	return 0;
}
