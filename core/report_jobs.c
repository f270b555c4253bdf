// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * fwctl report --jobs N: the devices are gathered by up to N worker
 * threads, so a host waits for its slowest firmware, not for the sum of
 * them.  Each worker takes the next device in list order, gathers it into
 * that device's slot (report_device.c) and takes the next; the document is
 * built from the slots in order afterwards, so the output does not depend
 * on which device finished first.
 *
 * The threads and the stop signals are cli/pool.c's.
 *
 * --dry-run stops each device at its first RPC and prints that RPC: the
 * devices then run one after another in the main thread, so the lines
 * come in device order.
 */
#include <errno.h>
#include <string.h>

#include "../cli/pool.h"
#include "../lib/rpc.h"
#include "report.h"

struct gather {
	const struct fwctl_ctx *ctx;   /* each device gets its own copy */
	const struct report_run *run;
	struct report_slot *slots;
};

int report_jobs(struct fwctl_ctx *ctx, const struct report_opts *o, unsigned int *jobs)
{
	if (o->jobs_seen) {
		if (o->jobs < 1 || o->jobs > REPORT_MAX_JOBS)
			return fwctl_err_set(&ctx->err, FWCTL_ERR_USAGE, EINVAL,
					     "invalid --jobs %u: give 1 to %d (1 = one device after another)",
					     o->jobs, REPORT_MAX_JOBS);
		*jobs = o->jobs;
		return 0;
	}
	*jobs = fwctl_pool_default_jobs();
	return 0;
}

/* One device; a failed spool stops the start of further devices. */
static bool gather_one(void *arg, size_t i)
{
	struct gather *g = arg;
	/* ctx->h, ctx->dev and ctx->err belong to one device. */
	struct fwctl_ctx ctx = *g->ctx;

	report_device(&ctx, g->run, &g->slots[i]);
	return !g->slots[i].io_failed;
}

/* One spooled coredump into the archive, as one whole entry. */
static int spool_to_tar(struct report_run *run, struct report_slot *s)
{
	char buf[65536];
	size_t len;

	if (fflush(s->spool) || fseeko(s->spool, 0, SEEK_SET))
		return fwctl_err_set(&run->io_err, FWCTL_ERR_IO, errno, "coredump spool: %s",
				     strerror(errno));
	if (tar_entry_begin(run->tar, &run->entry, s->spool_name, run->now, &run->io_err))
		return -1;
	while ((len = fread(buf, 1, sizeof(buf), s->spool)) > 0)
		if (tar_entry_write(run->tar, &run->entry, buf, len, &run->io_err))
			return -1;
	if (ferror(s->spool))
		return fwctl_err_set(&run->io_err, FWCTL_ERR_IO, EIO, "coredump spool: read failed");
	return tar_entry_end(run->tar, &run->entry, &run->io_err);
}

/* Results into the run, in slot order; the spools into the archive. */
static void collect(struct report_run *run, struct report_slot *slots, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		struct report_slot *s = &slots[i];

		run->failed += s->failed;
		run->dry_run_stopped |= s->dry_run_stopped;
		if (s->io_failed && !run->io_failed) {
			run->io_failed = true;
			run->io_err = s->io_err;
		}
		if (s->spool && !run->io_failed && spool_to_tar(run, s))
			run->io_failed = true;
		if (s->spool)
			fclose(s->spool);
		s->spool = NULL;
	}
	if (run->io_failed && !fwctl_err_is_set(&run->io_err))
		fwctl_err_set(&run->io_err, FWCTL_ERR_IO, EIO, "archive write failed");
}

int report_gather(struct fwctl_ctx *ctx, struct report_run *run, struct report_slot *slots,
		  size_t n)
{
	struct gather g = { .ctx = ctx, .run = run, .slots = slots };
	struct fwctl_pool_work w = { .n = n, .jobs = ctx->dry_run ? 1 : run->jobs,
				     .item = gather_one, .arg = &g };
	bool all = true;

	fwctl_pool_run(&w);
	collect(run, slots, n);
	for (size_t i = 0; i < n; i++)
		all &= slots[i].dev != NULL;
	/* As without threads: a stop before a device was begun fails the run. */
	if (!all && fwctl_stop_signal && !run->io_failed)
		return fwctl_err_set(&ctx->err, FWCTL_ERR_INTERRUPTED, EINTR, "interrupted");
	return 0;
}
