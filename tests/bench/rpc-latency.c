// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * LD_PRELOAD shim for benchmarks: every FWCTL_RPC waits
 * FWCTL_BENCH_RPC_DELAY_US microseconds in the calling thread before it
 * is passed on.  fwctl-emu's slow fault sleeps on the emulator's one ioctl
 * thread, so the RPCs of different devices queue behind each other there;
 * real firmware of different devices answers independently, as this
 * delay does.  First in LD_PRELOAD: umockdev's preload is the next ioctl.
 */
#include <dlfcn.h>
#include <stdarg.h>
#include <stdlib.h>
#include <sys/ioctl.h>
#include <time.h>

#include "../../lib/abi.h"

typedef int (*ioctl_fn)(int, unsigned long, ...);

static ioctl_fn next;
static long delay_us;

/* Before any thread: the workers only read these. */
__attribute__((constructor)) static void shim_init(void)
{
	const char *env = getenv("FWCTL_BENCH_RPC_DELAY_US");

	next = (ioctl_fn)dlsym(RTLD_NEXT, "ioctl");
	delay_us = env ? strtol(env, NULL, 10) : 0;
}

int ioctl(int fd, unsigned long req, ...)
{
	va_list ap;
	void *arg;

	va_start(ap, req);
	arg = va_arg(ap, void *);
	va_end(ap);
	if (req == FWCTL_IOCTL_RPC && delay_us > 0) {
		struct timespec ts = { delay_us / 1000000, (delay_us % 1000000) * 1000 };

		while (nanosleep(&ts, &ts))
			;
	}
	return next(fd, req, arg);
}
