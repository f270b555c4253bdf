/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * Catchable signals that end a run: SIGHUP, SIGINT, SIGQUIT, SIGTERM and
 * SIGPIPE.  The handler only records the first signal and unlinks the
 * temp files of output/atomic.c; the command stops at its next RPC or
 * sample and main turns the signal into exit 128+N.  SIGPIPE (and EPIPE
 * from a write) means the reader went away: the run ends quietly.
 */
#ifndef FWCTL_CLI_SIGNALS_H
#define FWCTL_CLI_SIGNALS_H

#include <stdbool.h>

#include "../lib/error.h"

/* Exit code of a run ended by a broken pipe: 128 + SIGPIPE, as git's. */
#define FWCTL_EXIT_BROKEN_PIPE 141

/*
 * Install the handlers.  A SIGHUP ignored when fwctl starts (nohup) stays
 * ignored; the others are always caught (SIGPIPE included, so a closed
 * reader stops the command instead of killing it with a temp file left).
 */
void fwctl_signals_install(void);
/* The first of those signals that arrived, 0 if none. */
int fwctl_signal_received(void);
/* "SIGINT" for SIGINT; "signal N" for others (static storage). */
const char *fwctl_signal_name(int sig);
/* SIGINT, SIGTERM and SIGHUP stop a sampled stream cleanly (samples kept). */
bool fwctl_signal_is_user_stop(int sig);
/* The reader of stdout (or of a pipe -o names) went away: SIGPIPE came
 * first, or the error is EPIPE. */
bool fwctl_broken_pipe(const struct fwctl_err *e);
/* The interrupted error for the signal that arrived; -1 (0 if none). */
int fwctl_err_interrupted(struct fwctl_err *e);

#endif
