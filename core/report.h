/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * fwctl report, between its files: report.c builds and writes the
 * document, report_device.c gathers one device, report_jobs.c runs the
 * devices on --jobs worker threads and puts their results back in order.
 */
#ifndef FWCTL_CORE_REPORT_H
#define FWCTL_CORE_REPORT_H

#include <stdio.h>
#include <time.h>

#include "../cli/pool.h"
#include "../output/tar.h"
#include "core.h"

#define REPORT_MAX_JOBS FWCTL_POOL_MAX_JOBS

/* The run: read-only while workers run, except where marked. */
struct report_run {
	const struct report_opts *o;
	double timeout;
	double dump_timeout;
	time_t now;
	unsigned int jobs;         /* worker threads (1 = in the main thread) */
	FILE *tar;                 /* --include coredump: the archive, else NULL */
	const char *spool_dir;     /* where the workers' coredumps wait for the archive */
	/* Main thread only, after the gather: */
	struct tar_entry entry;
	bool io_failed;            /* the archive itself failed: stop everything */
	struct fwctl_err io_err;
	bool dry_run_stopped;
	unsigned int failed;       /* devices with an error object */
};

/* One device's result, written only by the worker that gathers it and
 * read by the main thread after that worker has finished. */
struct report_slot {
	struct fwctl_device *d;
	struct json_object *dev;   /* its entry in "devices" */
	FILE *spool;               /* its coredump, for the archive; NULL if none */
	char spool_name[64];       /* the coredump's name in the archive */
	unsigned int failed;       /* error objects in the entry */
	bool dry_run_stopped;
	bool io_failed;            /* its spool file failed: the archive would too */
	struct fwctl_err io_err;
};

/* Seconds with three decimals, as JSON. */
struct json_object *report_seconds_json(double v);

/* Gather one device into s (ctx is this worker's own copy). */
void report_device(struct fwctl_ctx *ctx, const struct report_run *run, struct report_slot *s);

/* The number of workers into *jobs: --jobs (1..REPORT_MAX_JOBS, else -1
 * with a usage error), by default the online CPUs, at most REPORT_MAX_JOBS. */
int report_jobs(struct fwctl_ctx *ctx, const struct report_opts *o, unsigned int *jobs);

/*
 * Gather the n slots on run->jobs threads (sequentially under --dry-run),
 * then move the spooled coredumps into the archive in slot order.  The
 * slots keep the devices' order whatever finishes first.  Returns 0, or
 * -1 with ctx->err set (interrupted, no thread could start).
 */
int report_gather(struct fwctl_ctx *ctx, struct report_run *run, struct report_slot *slots,
		  size_t n);

#endif
