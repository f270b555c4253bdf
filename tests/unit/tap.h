/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * TAP output for unit tests that meson runs with protocol 'tap':
 * ok(cond, fmt, ...) per check, `return tap_done();` at the end of main().
 */
#ifndef FWCTL_TEST_TAP_H
#define FWCTL_TEST_TAP_H

#include <stdarg.h>
#include <stdio.h>

static int n_test, n_fail;

static void ok(int cond, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void ok(int cond, const char *fmt, ...)
{
	va_list ap;

	n_test++;
	printf("%s %d - ", cond ? "ok" : "not ok", n_test);
	va_start(ap, fmt);
	vprintf(fmt, ap);
	va_end(ap);
	printf("\n");
	if (!cond)
		n_fail++;
}

static inline int tap_done(void)
{
	printf("1..%d\n", n_test);
	return n_fail ? 1 : 0;
}

#endif
