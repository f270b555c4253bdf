// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * The worker pool.  A worker blocks every asynchronous signal but a wake
 * signal of our own whose handler does nothing: the main thread, which
 * alone takes the user's SIGINT/SIGTERM, sends it to every worker once,
 * and a worker blocked in an ioctl comes back with EINTR as the main
 * thread would.
 */
#include <pthread.h>
#include <semaphore.h>
#include <signal.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "../lib/rpc.h"
#include "pool.h"

struct pool {
	const struct fwctl_pool_work *w;
	pthread_mutex_t lock;          /* next, stop */
	size_t next;                   /* the next item to start */
	size_t started;
	bool stop;                     /* an item said stop */
	sem_t exited;                  /* posted by each worker as it ends */
};

unsigned int fwctl_pool_default_jobs(void)
{
	long cpus = sysconf(_SC_NPROCESSORS_ONLN);

	return cpus < 1 ? 1 : cpus > FWCTL_POOL_MAX_JOBS ? FWCTL_POOL_MAX_JOBS : (unsigned int)cpus;
}

/* The next item, or n when there is none (or we must stop). */
static size_t take(struct pool *pl)
{
	size_t n = pl->w->n, i;

	pthread_mutex_lock(&pl->lock);
	i = fwctl_stop_signal || pl->stop ? n : pl->next < n ? pl->next++ : n;
	if (i < n)
		pl->started++;
	pthread_mutex_unlock(&pl->lock);
	return i;
}

static void run_items(struct pool *pl)
{
	for (size_t i = take(pl); i < pl->w->n; i = take(pl))
		if (!pl->w->item(pl->w->arg, i)) {
			pthread_mutex_lock(&pl->lock);
			pl->stop = true;
			pthread_mutex_unlock(&pl->lock);
		}
}

static void *worker(void *arg)
{
	struct pool *pl = arg;

	run_items(pl);
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
static void wait_workers(struct pool *pl, pthread_t *t, size_t threads)
{
	bool woken = false;

	for (size_t ended = 0; ended < threads;) {
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
			for (size_t i = 0; i < threads; i++)
				pthread_kill(t[i], SIGRTMIN);
			woken = true;
		}
	}
	for (size_t i = 0; i < threads; i++)
		pthread_join(t[i], NULL);
}

static void run_threads(struct pool *pl, unsigned int jobs)
{
	pthread_t t[FWCTL_POOL_MAX_JOBS];
	struct sigaction old_wake;
	sigset_t old_mask;
	size_t threads = 0;

	if (jobs > FWCTL_POOL_MAX_JOBS)
		jobs = FWCTL_POOL_MAX_JOBS;
	workers_signals(&old_mask, &old_wake);
	for (; threads < jobs && threads < pl->w->n; threads++)
		if (pthread_create(&t[threads], NULL, worker, pl))
			break;
	pthread_sigmask(SIG_SETMASK, &old_mask, NULL);
	if (!threads)
		run_items(pl);   /* no thread could start: the calling thread does it all */
	else
		wait_workers(pl, t, threads);
	sigaction(SIGRTMIN, &old_wake, NULL);
}

size_t fwctl_pool_run(const struct fwctl_pool_work *w)
{
	struct pool pl = { .w = w };

	pthread_mutex_init(&pl.lock, NULL);
	sem_init(&pl.exited, 0, 0);
	if (w->jobs <= 1 || w->n <= 1)
		run_items(&pl);
	else
		run_threads(&pl, w->jobs);
	sem_destroy(&pl.exited);
	pthread_mutex_destroy(&pl.lock);
	return pl.started;
}
