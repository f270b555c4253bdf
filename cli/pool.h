/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * A bounded pool of worker threads for work that waits on several
 * devices' firmware at once (fwctl report, --all): each worker takes the
 * next item in order until none is left, so the caller's results stay in
 * item order whichever finishes first.
 */
#ifndef FWCTL_CLI_POOL_H
#define FWCTL_CLI_POOL_H

#include <stdbool.h>
#include <stddef.h>

#define FWCTL_POOL_MAX_JOBS 16

struct fwctl_pool_work {
	size_t n;               /* items 0..n-1 */
	unsigned int jobs;      /* threads; 1 (or n <= 1) = in the calling thread */
	/* Do item i (on a worker thread; items share nothing the caller did
	 * not make safe).  false = start no more items. */
	bool (*item)(void *arg, size_t i);
	void *arg;
};

/*
 * Run every item, or stop starting new ones after a stop signal or an
 * item's false.  Stop signals are blocked in the workers, so the CLI's
 * handler runs in the calling thread only; it then wakes the workers, so
 * an RPC blocked in the kernel returns EINTR and lib/rpc.c stops each at
 * its next RPC.  Returns the number of items started.
 */
size_t fwctl_pool_run(const struct fwctl_pool_work *w);

/* The online CPUs, at least 1 and at most FWCTL_POOL_MAX_JOBS. */
unsigned int fwctl_pool_default_jobs(void);

#endif
