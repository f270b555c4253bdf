// SPDX-License-Identifier: GPL-2.0-or-later
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#define FWCTL_ERROR_IMPL   /* no analyzer macros over our own definitions */
#include "error.h"

static void vset(struct fwctl_err *e, enum fwctl_err_kind kind, int errnum,
		 const char *fmt, va_list ap) __attribute__((format(printf, 4, 0)));

static void vset(struct fwctl_err *e, enum fwctl_err_kind kind, int errnum,
		 const char *fmt, va_list ap)
{
	e->kind = kind;
	e->errnum = errnum;
	vsnprintf(e->message, sizeof(e->message), fmt, ap);
}

int fwctl_err_set(struct fwctl_err *e, enum fwctl_err_kind kind, int errnum,
		  const char *fmt, ...)
{
	va_list ap;

	/* The first error is usually the most specific one: keep it. */
	if (!e || e->kind != FWCTL_ERR_NONE)
		return -1;
	va_start(ap, fmt);
	vset(e, kind, errnum, fmt, ap);
	va_end(ap);
	return -1;
}

int fwctl_err_reset(struct fwctl_err *e, enum fwctl_err_kind kind, int errnum,
		    const char *fmt, ...)
{
	va_list ap;

	if (!e)
		return -1;
	fwctl_err_clear(e);
	va_start(ap, fmt);
	vset(e, kind, errnum, fmt, ap);
	va_end(ap);
	return -1;
}

void fwctl_err_prefix(struct fwctl_err *e, const char *fmt, ...)
{
	char prefix[256], old[sizeof(e->message)];
	va_list ap;

	if (!e || e->kind == FWCTL_ERR_NONE)
		return;
	va_start(ap, fmt);
	vsnprintf(prefix, sizeof(prefix), fmt, ap);
	va_end(ap);
	memcpy(old, e->message, sizeof(old));
	snprintf(e->message, sizeof(e->message), "%s: %s", prefix, old);
}

const char *fwctl_fw_status_name(const char *name, uint32_t status, char *buf, size_t len)
{
	if (name && *name)
		snprintf(buf, len, "%s", name);
	else
		snprintf(buf, len, "unknown_0x%x", status);
	return buf;
}

int fwctl_err_firmware(struct fwctl_err *e, uint32_t status, const char *status_name,
		       bool has_syndrome, uint32_t syndrome, const char *fmt, ...)
{
	va_list ap;

	if (!e || e->kind != FWCTL_ERR_NONE)
		return -1;
	va_start(ap, fmt);
	vset(e, FWCTL_ERR_FIRMWARE, 0, fmt, ap);
	va_end(ap);
	e->has_fw_status = true;
	e->fw_status = status;
	fwctl_fw_status_name(status_name, status, e->fw_status_name, sizeof(e->fw_status_name));
	e->has_syndrome = has_syndrome;
	e->syndrome = syndrome;
	return -1;
}

void fwctl_err_clear(struct fwctl_err *e)
{
	memset(e, 0, sizeof(*e));
}

bool fwctl_err_is_set(const struct fwctl_err *e)
{
	return e->kind != FWCTL_ERR_NONE;
}

static const struct {
	const char *name;
	int exit_code;
} kinds[] = {
	[FWCTL_ERR_NONE] = { "none", FWCTL_EXIT_OK },
	[FWCTL_ERR_FAILED] = { "failed", FWCTL_EXIT_ERROR },
	[FWCTL_ERR_IO] = { "io", FWCTL_EXIT_ERROR },
	[FWCTL_ERR_PROTOCOL] = { "protocol", FWCTL_EXIT_ERROR },
	[FWCTL_ERR_TRUNCATED] = { "truncated", FWCTL_EXIT_ERROR },
	[FWCTL_ERR_TIMEOUT] = { "timeout", FWCTL_EXIT_ERROR },
	[FWCTL_ERR_USAGE] = { "usage", FWCTL_EXIT_USAGE },
	[FWCTL_ERR_NO_DEVICE] = { "no_device", FWCTL_EXIT_NO_DEVICE },
	[FWCTL_ERR_PERMISSION] = { "permission", FWCTL_EXIT_PERMISSION },
	[FWCTL_ERR_FIRMWARE] = { "firmware", FWCTL_EXIT_FIRMWARE },
	[FWCTL_ERR_UNSUPPORTED] = { "unsupported", FWCTL_EXIT_UNSUPPORTED },
	[FWCTL_ERR_INTERRUPTED] = { "interrupted", FWCTL_EXIT_SIGINT },
	[FWCTL_ERR_DRY_RUN] = { "dry_run", FWCTL_EXIT_OK },
};

const char *fwctl_err_kind_name(enum fwctl_err_kind kind)
{
	if ((size_t)kind >= sizeof(kinds) / sizeof(kinds[0]))
		return "failed";
	return kinds[kind].name;
}

int fwctl_err_exit_code(const struct fwctl_err *e)
{
	if ((size_t)e->kind >= sizeof(kinds) / sizeof(kinds[0]))
		return FWCTL_EXIT_ERROR;
	/* The shell's convention for a run ended by signal N. */
	if (e->kind == FWCTL_ERR_INTERRUPTED && e->signo > 0 && e->signo < 64)
		return FWCTL_EXIT_SIGNAL_BASE + e->signo;
	return kinds[e->kind].exit_code;
}
