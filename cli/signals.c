// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * Signal handling for the whole run.  The handler is async-signal-safe:
 * it stores the signal number and calls atomic_file_cleanup_all() (unlink
 * only).  Everything else (messages, exit codes) happens in main after the
 * command returned.
 */
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>

#include "../lib/rpc.h"
#include "../output/out.h"
#include "signals.h"

static const struct {
	int sig;
	const char *name;
} caught[] = {
	{ SIGHUP, "SIGHUP" }, { SIGINT, "SIGINT" }, { SIGQUIT, "SIGQUIT" },
	{ SIGPIPE, "SIGPIPE" }, { SIGTERM, "SIGTERM" },
};

static volatile sig_atomic_t first_signal;

static void on_signal(int sig)
{
	int saved = errno;

	/*
	 * The first signal decides the exit code: a SIGPIPE from writing the
	 * message about a SIGHUP (ssh gone) must not turn 129 into 141.
	 */
	if (!first_signal) {
		first_signal = sig;
		fwctl_stop_signal = sig;
	}
	atomic_file_cleanup_all(fwctl_signal_is_user_stop(sig));
	errno = saved;
}

void fwctl_signals_install(void)
{
	struct sigaction sa, old;

	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = on_signal;     /* no SA_RESTART: a blocked ioctl returns EINTR */
	sigemptyset(&sa.sa_mask);
	for (size_t i = 0; i < sizeof(caught) / sizeof(caught[0]); i++)
		sigaddset(&sa.sa_mask, caught[i].sig);
	for (size_t i = 0; i < sizeof(caught) / sizeof(caught[0]); i++) {
		if (caught[i].sig == SIGHUP && sigaction(SIGHUP, NULL, &old) == 0 &&
		    old.sa_handler == SIG_IGN)
			continue;   /* nohup: the user asked to survive a hangup */
		sigaction(caught[i].sig, &sa, NULL);
	}
}

int fwctl_signal_received(void)
{
	return first_signal;
}

const char *fwctl_signal_name(int sig)
{
	static char buf[24];

	for (size_t i = 0; i < sizeof(caught) / sizeof(caught[0]); i++)
		if (caught[i].sig == sig)
			return caught[i].name;
	snprintf(buf, sizeof(buf), "signal %d", sig);
	return buf;
}

bool fwctl_signal_is_user_stop(int sig)
{
	return sig == SIGINT || sig == SIGTERM || sig == SIGHUP;
}

bool fwctl_broken_pipe(const struct fwctl_err *e)
{
	/* EPIPE without the signal: SIGPIPE was blocked when fwctl started. */
	if (first_signal)
		return first_signal == SIGPIPE;
	return e && e->errnum == EPIPE;
}

int fwctl_err_interrupted(struct fwctl_err *e)
{
	int sig = first_signal;

	if (!sig)
		return 0;
	fwctl_err_reset(e, FWCTL_ERR_INTERRUPTED, EINTR, "interrupted by %s",
			fwctl_signal_name(sig));
	e->signo = sig;
	return -1;
}
