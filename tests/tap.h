/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * The one TAP harness of the C tests (meson runs them with protocol 'tap').
 *
 *   ok(cond, fmt, ...)              one check
 *   is_int(got, want, fmt, ...)     integers; prints both on failure
 *   is_str(got, want, fmt, ...)     strings (NULL-safe); prints both on failure
 *   skip_all(reason)                the whole program is skipped (exit 77)
 *   return tap_done();              plan line, exit 1 if any check failed
 *
 * Counters are per program: a test is one translation unit plus helpers
 * that do not check anything themselves.
 */
#ifndef FWCTL_TESTS_TAP_H
#define FWCTL_TESTS_TAP_H

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int tap_count, tap_failed;

__attribute__((format(printf, 2, 0), unused))
static void tap_vresult(int cond, const char *fmt, va_list ap)
{
	tap_count++;
	printf("%s %d - ", cond ? "ok" : "not ok", tap_count);
	vprintf(fmt, ap);
	printf("\n");
	if (!cond)
		tap_failed++;
}

__attribute__((format(printf, 2, 3), unused))
static int ok(int cond, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	tap_vresult(cond, fmt, ap);
	va_end(ap);
	return cond;
}

__attribute__((format(printf, 5, 6), unused))
static int tap_is_int(long long got, long long want, const char *file, int line,
		      const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	tap_vresult(got == want, fmt, ap);
	va_end(ap);
	if (got != want)
		printf("#   %s:%d: got %lld (0x%llx), want %lld (0x%llx)\n", file, line,
		       got, (unsigned long long)got, want, (unsigned long long)want);
	return got == want;
}

__attribute__((format(printf, 5, 6), unused))
static int tap_is_str(const char *got, const char *want, const char *file, int line,
		      const char *fmt, ...)
{
	int same = got && want ? !strcmp(got, want) : got == want;
	va_list ap;

	va_start(ap, fmt);
	tap_vresult(same, fmt, ap);
	va_end(ap);
	if (!same)
		printf("#   %s:%d: got \"%s\", want \"%s\"\n", file, line,
		       got ? got : "(null)", want ? want : "(null)");
	return same;
}

#define is_int(got, want, ...) \
	tap_is_int((long long)(got), (long long)(want), __FILE__, __LINE__, __VA_ARGS__)
#define is_str(got, want, ...) tap_is_str((got), (want), __FILE__, __LINE__, __VA_ARGS__)

__attribute__((noreturn, unused))
static void skip_all(const char *reason)
{
	printf("1..0 # SKIP %s\n", reason);
	exit(77);
}

__attribute__((unused))
static int tap_done(void)
{
	printf("1..%d\n", tap_count);
	return tap_failed ? 1 : 0;
}

#endif
