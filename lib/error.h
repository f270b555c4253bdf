/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * Error kinds and exit codes.  Every failure in fwctl ends up as one
 * struct fwctl_err: a kind (which decides the exit code), the errno if
 * one was involved, a message for humans, and the firmware's own status
 * when the firmware said no.  Only main() turns it into an exit code.
 */
#ifndef FWCTL_ERROR_H
#define FWCTL_ERROR_H

#include <stdbool.h>
#include <stdint.h>

/* Exit codes: documented in fwctl(8); never errno or firmware status. */
enum fwctl_exit {
	FWCTL_EXIT_OK = 0,
	FWCTL_EXIT_ERROR = 1,
	FWCTL_EXIT_USAGE = 2,
	FWCTL_EXIT_NO_DEVICE = 3,
	FWCTL_EXIT_PERMISSION = 4,
	FWCTL_EXIT_FIRMWARE = 5,
	FWCTL_EXIT_UNSUPPORTED = 6,
	FWCTL_EXIT_SIGNAL_BASE = 128,   /* + N: SIGHUP 129, SIGINT 130, SIGQUIT 131, SIGPIPE 141, SIGTERM 143 */
	FWCTL_EXIT_SIGINT = 130,
	FWCTL_EXIT_SIGTERM = 143,
};

enum fwctl_err_kind {
	FWCTL_ERR_NONE = 0,
	FWCTL_ERR_FAILED,       /* generic failure (exit 1) */
	FWCTL_ERR_IO,           /* file or stream error (exit 1) */
	FWCTL_ERR_PROTOCOL,     /* reply malformed, short or inconsistent (exit 1) */
	FWCTL_ERR_TRUNCATED,    /* reply larger than the buffer (exit 1) */
	FWCTL_ERR_TIMEOUT,      /* --timeout elapsed (exit 1) */
	FWCTL_ERR_USAGE,        /* bad command line (exit 2) */
	FWCTL_ERR_NO_DEVICE,    /* no such device, wrong type, removed (exit 3) */
	FWCTL_ERR_PERMISSION,   /* scope refused, --force missing, EPERM/EACCES (exit 4) */
	FWCTL_ERR_FIRMWARE,     /* firmware answered with an error status (exit 5) */
	FWCTL_ERR_UNSUPPORTED,  /* device or kernel cannot do it (exit 6) */
	FWCTL_ERR_INTERRUPTED,  /* a signal stopped the run (exit 128 + signo) */
	FWCTL_ERR_DRY_RUN,      /* --dry-run stopped before the first RPC (exit 0) */
};

struct fwctl_err {
	enum fwctl_err_kind kind;
	int errnum;               /* errno involved, 0 if none */
	char message[640];
	/* Firmware status, when the firmware answered with an error. */
	bool has_fw_status;
	uint32_t fw_status;
	char fw_status_name[48];
	bool has_syndrome;
	uint32_t syndrome;
	int signo;                /* for FWCTL_ERR_INTERRUPTED */
};

/* Set the error (first one wins until cleared); always returns -1. */
int fwctl_err_set(struct fwctl_err *e, enum fwctl_err_kind kind, int errnum,
		  const char *fmt, ...) __attribute__((format(printf, 4, 5)));
/* Same, overwriting an error that is already set. */
int fwctl_err_reset(struct fwctl_err *e, enum fwctl_err_kind kind, int errnum,
		    const char *fmt, ...) __attribute__((format(printf, 4, 5)));
/* Put context in front of the message: "reading caps: <old message>". */
void fwctl_err_prefix(struct fwctl_err *e, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));
/* Record a firmware status (kind becomes FWCTL_ERR_FIRMWARE); returns -1.
 * status_name NULL (or "") = a status the plugin has no name for: every
 * plugin's is then named the same way, "unknown_0x<status>". */
int fwctl_err_firmware(struct fwctl_err *e, uint32_t status, const char *status_name,
		       bool has_syndrome, uint32_t syndrome, const char *fmt, ...)
	__attribute__((format(printf, 6, 7)));
void fwctl_err_clear(struct fwctl_err *e);
/* name, or for a status without one "unknown_0x<status>" in buf: the name
 * fwctl_err_firmware() and every fw_status_name in JSON use. */
const char *fwctl_fw_status_name(const char *name, uint32_t status, char *buf, size_t len);

#if (defined(__clang_analyzer__) || defined(FWCTL_ANALYZER)) && !defined(FWCTL_ERROR_IMPL)
/*
 * The analyzers (clang's, gcc -fanalyzer with -DFWCTL_ANALYZER) see one
 * file at a time and cannot know that these always return -1, so they
 * explore "returned 0" paths that do not exist (NULL results used after
 * `return fwctl_err_set(...)`).  Tell them.
 */
#define fwctl_err_set(...) ({ fwctl_err_set(__VA_ARGS__); -1; })
#define fwctl_err_reset(...) ({ fwctl_err_reset(__VA_ARGS__); -1; })
#define fwctl_err_firmware(...) ({ fwctl_err_firmware(__VA_ARGS__); -1; })
#endif
bool fwctl_err_is_set(const struct fwctl_err *e);

const char *fwctl_err_kind_name(enum fwctl_err_kind kind);
int fwctl_err_exit_code(const struct fwctl_err *e);

#endif
