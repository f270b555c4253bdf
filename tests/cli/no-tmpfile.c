// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * LD_PRELOAD shim for tests: open(O_TMPFILE) fails with EOPNOTSUPP, as on
 * a filesystem without it (vfat, old NFS, kernels before 3.11), so the
 * named temp file fallback of output/atomic.c runs on any machine.
 * First in LD_PRELOAD: umockdev's preload calls libc directly, so a shim
 * behind it would never see the call.
 */
/* The real names: with 64-bit offsets fcntl.h would rename open to open64. */
#undef _FILE_OFFSET_BITS
#include <dlfcn.h>
#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <sys/types.h>

typedef int (*open_fn)(const char *, int, ...);
typedef int (*openat_fn)(int, const char *, int, ...);

static mode_t mode_arg(int flags, va_list ap)
{
	return (flags & O_CREAT) || (flags & O_TMPFILE) == O_TMPFILE ? (mode_t)va_arg(ap, int) : 0;
}

#define SHIM_OPEN(name)                                                       \
	int name(const char *path, int flags, ...)                            \
	{                                                                     \
		static open_fn next;                                          \
		va_list ap;                                                   \
		mode_t mode;                                                  \
                                                                              \
		va_start(ap, flags);                                          \
		mode = mode_arg(flags, ap);                                   \
		va_end(ap);                                                   \
		if ((flags & O_TMPFILE) == O_TMPFILE) {                       \
			errno = EOPNOTSUPP;                                   \
			return -1;                                            \
		}                                                             \
		if (!next)                                                    \
			next = (open_fn)dlsym(RTLD_NEXT, #name);              \
		return next(path, flags, mode);                               \
	}

#define SHIM_OPENAT(name)                                                     \
	int name(int dirfd, const char *path, int flags, ...)                 \
	{                                                                     \
		static openat_fn next;                                        \
		va_list ap;                                                   \
		mode_t mode;                                                  \
                                                                              \
		va_start(ap, flags);                                          \
		mode = mode_arg(flags, ap);                                   \
		va_end(ap);                                                   \
		if ((flags & O_TMPFILE) == O_TMPFILE) {                       \
			errno = EOPNOTSUPP;                                   \
			return -1;                                            \
		}                                                             \
		if (!next)                                                    \
			next = (openat_fn)dlsym(RTLD_NEXT, #name);            \
		return next(dirfd, path, flags, mode);                        \
	}

SHIM_OPEN(open)
SHIM_OPEN(open64)
SHIM_OPENAT(openat)
SHIM_OPENAT(openat64)
