// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * LD_PRELOAD shim in front of umockdev's preload: one lock around the
 * calls that use the preload's fd tables.
 *
 * umockdev 0.17's preload keeps its tables (which fd is an emulated
 * device, and through which socket) in plain arrays without a lock, and
 * fills a slot by setting its "used" flag before its fd.  Two threads
 * that open devices at once can take the same slot (one device's fd is
 * then unknown: its ioctls reach the empty file under the testbed and
 * fail with ENOTTY), and a lookup beside an insertion can match a slot's
 * stale fd (a close() then aborts in fd_map_remove()).  fwctl's worker
 * threads (report --jobs, --all) open devices concurrently, and
 * fwctl-emu's threads close sockets while main builds the tree.
 *
 * Files inside the testbed (UMOCKDEV_DIR: the tree main builds, the
 * taint file) are opened with libc's functions directly.  The preload
 * would not redirect them, but as their paths start with "/dev/" when the
 * testbed is on /dev/shm it connects each one to the testbed's default
 * ioctl socket: a connect() that blocks once the worker thread falls
 * behind, and may not block under the lock (the worker needs it too).
 *
 * Calls that add or remove entries (open, fopen, socket, close, fclose)
 * take the lock exclusively; calls that only look an fd up (ioctl, read,
 * write, recv, send, recvmsg, bind, fread, fwrite, fgets) share it, so
 * RPCs on separate devices still run in parallel.  Writers are preferred:
 * an open waits only for the lookups in progress.  A call the preload
 * makes back into a wrapped name on the same thread passes straight
 * through (depth), so the lock is never taken twice.
 */
/* The real names: with 64-bit offsets fcntl.h would rename open to open64. */
#undef _FILE_OFFSET_BITS
#include <dlfcn.h>
#include <fcntl.h>
#include <pthread.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/socket.h>
#include <sys/types.h>
#include <unistd.h>

/* glibc's entry points for open() under _FORTIFY_SOURCE. */
int __open_2(const char *path, int flags);
int __open64_2(const char *path, int flags);

static pthread_rwlock_t table_lock = PTHREAD_RWLOCK_WRITER_NONRECURSIVE_INITIALIZER_NP;
static __thread int depth;

/* Enter: lock unless this thread is already inside a wrapper. */
static void enter(int exclusive)
{
	if (depth++)
		return;
	if (exclusive)
		pthread_rwlock_wrlock(&table_lock);
	else
		pthread_rwlock_rdlock(&table_lock);
}

static void leave(void)
{
	if (!--depth)
		pthread_rwlock_unlock(&table_lock);
}

/* A child forked while another thread held the lock starts unlocked. */
static void unlock_in_child(void)
{
	pthread_rwlock_t fresh = PTHREAD_RWLOCK_WRITER_NONRECURSIVE_INITIALIZER_NP;

	table_lock = fresh;
	depth = 0;
}

__attribute__((constructor)) static void serialize_init(void)
{
	pthread_atfork(NULL, NULL, unlock_in_child);
}

/* PATH lies in the testbed's own tree. */
static int in_testbed(const char *path)
{
	const char *root = getenv("UMOCKDEV_DIR");
	size_t n;

	if (!path || !root || !*root)
		return 0;
	n = strlen(root);
	return !strncmp(path, root, n) && (path[n] == '/' || !path[n]);
}

/* libc's own NAME, past every preload. */
static void *libc_sym(const char *name)
{
	static void *libc;

	if (!libc)
		libc = dlopen("libc.so.6", RTLD_NOW | RTLD_NOLOAD);
	return libc ? dlsym(libc, name) : NULL;
}

/* The function to call for PATH: libc's inside the testbed, else NEXT. */
#define TARGET(name, path, next)                                              \
	static __typeof__(&name) direct;                                      \
	__typeof__(&name) target = next;                                      \
	if (in_testbed(path)) {                                               \
		if (!direct)                                                  \
			direct = (__typeof__(&name))libc_sym(#name);          \
		if (direct)                                                   \
			target = direct;                                      \
	}

/* The next definition of the function being defined: umockdev's. */
#define NEXT(name)                                                            \
	static __typeof__(&name) next;                                        \
	if (!next)                                                            \
		next = (__typeof__(&name))dlsym(RTLD_NEXT, #name)

static mode_t mode_arg(int flags, va_list ap)
{
	return (flags & O_CREAT) || (flags & O_TMPFILE) == O_TMPFILE ? (mode_t)va_arg(ap, int) : 0;
}

#define SERIAL_OPEN(name)                                                     \
	int name(const char *path, int flags, ...)                            \
	{                                                                     \
		va_list ap;                                                   \
		mode_t mode;                                                  \
		int ret;                                                      \
		NEXT(name);                                         \
                                                                              \
		TARGET(name, path, next);                                     \
                                                                              \
		va_start(ap, flags);                                          \
		mode = mode_arg(flags, ap);                                   \
		va_end(ap);                                                   \
		if (target != next)                                           \
			return target(path, flags, mode);                     \
		enter(1);                                                     \
		ret = next(path, flags, mode);                                \
		leave();                                                      \
		return ret;                                                   \
	}
#define SERIAL_OPENAT(name)                                                   \
	int name(int dirfd, const char *path, int flags, ...)                 \
	{                                                                     \
		va_list ap;                                                   \
		mode_t mode;                                                  \
		int ret;                                                      \
		NEXT(name);                                       \
                                                                              \
		TARGET(name, path, next);                                     \
                                                                              \
		va_start(ap, flags);                                          \
		mode = mode_arg(flags, ap);                                   \
		va_end(ap);                                                   \
		if (target != next)                                           \
			return target(dirfd, path, flags, mode);              \
		enter(1);                                                     \
		ret = next(dirfd, path, flags, mode);                         \
		leave();                                                      \
		return ret;                                                   \
	}
#define SERIAL_OPEN2(name)                                                    \
	int name(const char *path, int flags)                                 \
	{                                                                     \
		int ret;                                                      \
		NEXT(name);                                        \
                                                                              \
		enter(1);                                                     \
		ret = next(path, flags);                                      \
		leave();                                                      \
		return ret;                                                   \
	}

/* Any other call: ARGS are the parameters, CALL the same names. */
#define SERIAL(ret_t, name, exclusive, ARGS, CALL)                            \
	ret_t name ARGS                                                       \
	{                                                                     \
		ret_t ret;                                                    \
		NEXT(name);                                  \
                                                                              \
		enter(exclusive);                                             \
		ret = next CALL;                                              \
		leave();                                                      \
		return ret;                                                   \
	}

SERIAL_OPEN(open)
SERIAL_OPEN(open64)
SERIAL_OPENAT(openat)
SERIAL_OPENAT(openat64)
SERIAL_OPEN2(__open_2)
SERIAL_OPEN2(__open64_2)
#define SERIAL_FOPEN(name)                                                    \
	FILE *name(const char *path, const char *mode)                        \
	{                                                                     \
		FILE *ret;                                                    \
		NEXT(name);                                                   \
		TARGET(name, path, next);                                     \
                                                                              \
		if (target != next)                                           \
			return target(path, mode);                            \
		enter(1);                                                     \
		ret = next(path, mode);                                       \
		leave();                                                      \
		return ret;                                                   \
	}
SERIAL_FOPEN(fopen)
SERIAL_FOPEN(fopen64)
SERIAL(int, socket, 1, (int domain, int type, int protocol), (domain, type, protocol))
SERIAL(int, close, 1, (int fd), (fd))
SERIAL(int, fclose, 1, (FILE *f), (f))

SERIAL(ssize_t, read, 0, (int fd, void *buf, size_t n), (fd, buf, n))
SERIAL(ssize_t, write, 0, (int fd, const void *buf, size_t n), (fd, buf, n))
SERIAL(ssize_t, recv, 0, (int fd, void *buf, size_t n, int flags), (fd, buf, n, flags))
SERIAL(ssize_t, send, 0, (int fd, const void *buf, size_t n, int flags), (fd, buf, n, flags))
SERIAL(ssize_t, recvmsg, 0, (int fd, struct msghdr *msg, int flags), (fd, msg, flags))
SERIAL(int, bind, 0, (int fd, const struct sockaddr *a, socklen_t len), (fd, a, len))
SERIAL(size_t, fread, 0, (void *p, size_t size, size_t n, FILE *f), (p, size, n, f))
SERIAL(size_t, fwrite, 0, (const void *p, size_t size, size_t n, FILE *f), (p, size, n, f))
SERIAL(char *, fgets, 0, (char *s, int size, FILE *f), (s, size, f))

int ioctl(int fd, unsigned long request, ...)
{
	va_list ap;
	void *arg;
	int ret;
	NEXT(ioctl);

	va_start(ap, request);
	arg = va_arg(ap, void *);
	va_end(ap);
	enter(0);
	ret = next(fd, request, arg);
	leave();
	return ret;
}
