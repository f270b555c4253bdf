// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * fwctl report --jobs N: the devices are gathered by up to N worker
 * threads, so a host waits for its slowest firmware, not for the sum of
 * them.  Each worker takes the next device in list order, gathers it into
 * that device's slot (report_device.c) and takes the next; the document is
 * built from the slots in order afterwards, so the output does not depend
 * on which device finished first.
 *
 * Stop signals (SIGINT, SIGTERM...) are blocked in the workers, so the
 * CLI's handler only ever runs in the main thread, as without threads.
 * The main thread then wakes every worker with a signal of our own whose
 * handler does nothing: an RPC blocked in the kernel returns EINTR as it
 * would in the main thread, and each worker stops at its next RPC
 * (lib/rpc.c checks fwctl_stop_signal).
 *
 * --dry-run stops each device at its first RPC and prints that RPC: the
 * devices then run one after another in the main thread, so the lines
 * come in device order.
 */
#include <errno.h>
#include <pthread.h>
#include <semaphore.h>
#include <signal.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "../lib/rpc.h"
#include "report.h"

struct pool {
	const struct fwctl_ctx *ctx;   /* each worker copies it */
	const struct report_run *run;
	struct report_slot *slots;
	size_t n;
	pthread_mutex_t lock;          /* next, io_failed */
	size_t next;                   /* the next slot to gather */
	bool io_failed;                /* a spool failed: start no more devices */
	sem_t exited;                  /* posted by each worker as it ends */
};

int report_jobs(struct fwctl_ctx *ctx, const struct report_opts *o, unsigned int *jobs)
{
	long cpus;

	if (o->jobs_seen) {
		if (o->jobs < 1 || o->jobs > REPORT_MAX_JOBS)
			return fwctl_err_set(&ctx->err, FWCTL_ERR_USAGE, EINVAL,
					     "invalid --jobs %u: give 1 to %d (1 = one device after another)",
					     o->jobs, REPORT_MAX_JOBS);
		*jobs = o->jobs;
		return 0;
	}
	cpus = sysconf(_SC_NPROCESSORS_ONLN);
	*jobs = cpus < 1 ? 1 : cpus > REPORT_MAX_JOBS ? REPORT_MAX_JOBS : (unsigned int)cpus;
	return 0;
}

/* The next slot to gather, or n when there is none (or we must stop). */
static size_t take(struct pool *pl)
{
	size_t i;

	pthread_mutex_lock(&pl->lock);
	i = fwctl_stop_signal || pl->io_failed ? pl->n : pl->next < pl->n ? pl->next++ : pl->n;
	pthread_mutex_unlock(&pl->lock);
	return i;
}

static void *worker(void *arg)
{
	struct pool *pl = arg;
	/* ctx->h, ctx->dev and ctx->err belong to one device at a time. */
	struct fwctl_ctx ctx = *pl->ctx;

	for (size_t i = take(pl); i < pl->n; i = take(pl)) {
		report_device(&ctx, pl->run, &pl->slots[i]);
		if (pl->slots[i].io_failed) {
			pthread_mutex_lock(&pl->lock);
			pl->io_failed = true;
			pthread_mutex_unlock(&pl->lock);
		}
	}
	sem_post(&pl->exited);
	return NULL;
}

/* Its only job is to be delivered: a blocked ioctl then returns EINTR. */
static void on_wake(int sig)
{
	(void)sig;
}

/*
 * The workers' signal mask (inherited at pthread_create): everything
 * asynchronous blocked but the wake signal, whose no-op handler is
 * installed without SA_RESTART.  *old_mask and *old_wake restore them.
 */
static void workers_signals(sigset_t *old_mask, struct sigaction *old_wake)
{
	static const int sync_sigs[] = { SIGSEGV, SIGBUS, SIGFPE, SIGILL, SIGTRAP, SIGABRT, SIGSYS };
	struct sigaction sa;
	sigset_t mask;

	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = on_wake;
	sigemptyset(&sa.sa_mask);
	sigaction(SIGRTMIN, &sa, old_wake);
	sigfillset(&mask);
	for (size_t i = 0; i < sizeof(sync_sigs) / sizeof(sync_sigs[0]); i++)
		sigdelset(&mask, sync_sigs[i]);
	sigdelset(&mask, SIGRTMIN);
	pthread_sigmask(SIG_BLOCK, &mask, old_mask);
}

/* Wait for the workers; wake them once when a stop signal came. */
static void wait_workers(struct pool *pl, pthread_t *t, size_t started)
{
	bool woken = false;

	for (size_t ended = 0; ended < started;) {
		struct timespec until;

		/* A signal taken by a worker does not wake us: look every 100 ms. */
		clock_gettime(CLOCK_REALTIME, &until);
		until.tv_nsec += 100 * 1000000L;
		if (until.tv_nsec >= 1000000000L) {
			until.tv_sec++;
			until.tv_nsec -= 1000000000L;
		}
		if (sem_timedwait(&pl->exited, &until) == 0) {
			ended++;
			continue;
		}
		if (fwctl_stop_signal && !woken) {
			for (size_t i = 0; i < started; i++)
				pthread_kill(t[i], SIGRTMIN);
			woken = true;
		}
	}
	for (size_t i = 0; i < started; i++)
		pthread_join(t[i], NULL);
}

static void run_pool(struct pool *pl, unsigned int jobs)
{
	pthread_t t[REPORT_MAX_JOBS];
	struct sigaction old_wake;
	sigset_t old_mask;
	size_t started = 0;

	workers_signals(&old_mask, &old_wake);
	for (; started < jobs && started < pl->n; started++)
		if (pthread_create(&t[started], NULL, worker, pl))
			break;
	pthread_sigmask(SIG_SETMASK, &old_mask, NULL);
	if (!started)
		worker(pl);   /* no thread could start: the main thread does it all */
	else
		wait_workers(pl, t, started);
	sigaction(SIGRTMIN, &old_wake, NULL);
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
	struct pool pl = { .ctx = ctx, .run = run, .slots = slots, .n = n };
	bool all = true;

	pthread_mutex_init(&pl.lock, NULL);
	sem_init(&pl.exited, 0, 0);
	if (run->jobs <= 1 || ctx->dry_run || n <= 1)
		worker(&pl);
	else
		run_pool(&pl, run->jobs);
	sem_destroy(&pl.exited);
	pthread_mutex_destroy(&pl.lock);
	collect(run, slots, n);
	for (size_t i = 0; i < n; i++)
		all &= slots[i].dev != NULL;
	/* As without threads: a stop before a device was begun fails the run. */
	if (!all && fwctl_stop_signal && !run->io_failed)
		return fwctl_err_set(&ctx->err, FWCTL_ERR_INTERRUPTED, EINTR, "interrupted");
	return 0;
}
