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
 * Only an open of a path under "/dev/" (the preload connects it to an
 * ioctl socket and enters it), a netlink socket, and the close of an fd
 * one of those returned change a table: they take the lock exclusively.
 * Every other wrapped call only looks fds up and shares the lock, so RPCs
 * on separate devices, and sysfs reads beside them, still overlap.
 * Writers are preferred: an exclusive call waits only for the lookups in
 * progress.  A call the preload makes back into a wrapped name on the
 * same thread passes straight through (depth), so the lock is never
 * taken twice.
 *
 * Files inside the testbed (UMOCKDEV_DIR: the tree main builds, the
 * taint file) are opened with libc's functions directly.  The preload
 * would not redirect them, but as their paths start with "/dev/" when the
 * testbed is on /dev/shm it connects each one to the testbed's default
 * ioctl socket: a connect() that blocks once the worker thread falls
 * behind, and may not block under the lock (the worker needs it too).
 */
/* The real names: with 64-bit offsets fcntl.h would rename open to open64. */
#undef _FILE_OFFSET_BITS
#include <dlfcn.h>
#include <fcntl.h>
#include <pthread.h>
#include <stdarg.h>
#include <stdbool.h>
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
static void enter(bool exclusive)
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

/* The fds that may have a table entry: their close changes a table. */
#define ENTRY_FDS 65536
static unsigned char entry_fd[ENTRY_FDS];

static void mark_entry(int fd, unsigned char on)
{
	if (fd >= 0 && fd < ENTRY_FDS)
		__atomic_store_n(&entry_fd[fd], on, __ATOMIC_RELAXED);
}

static bool has_entry(int fd)
{
	return fd >= ENTRY_FDS || (fd >= 0 && __atomic_load_n(&entry_fd[fd], __ATOMIC_RELAXED));
}

/* PATH lies in the testbed's own tree. */
static bool in_testbed(const char *path)
{
	const char *root = getenv("UMOCKDEV_DIR");
	size_t n;

	if (!path || !root || !*root)
		return false;
	n = strlen(root);
	return !strncmp(path, root, n) && (path[n] == '/' || !path[n]);
}

/* The preload enters an fd opened on PATH in its device table. */
static bool adds_entry(const char *path)
{
	return path && !strncmp(path, "/dev/", 5);
}

/* libc's own NAME, past every preload. */
static void *libc_sym(const char *name)
{
	static void *libc;

	if (!libc)
		libc = dlopen("libc.so.6", RTLD_NOW | RTLD_NOLOAD);
	return libc ? dlsym(libc, name) : NULL;
}

/* The next definition of the function being defined: umockdev's. */
#define NEXT(name)                                                            \
	static __typeof__(&name) next;                                        \
	if (!next)                                                            \
		next = (__typeof__(&name))dlsym(RTLD_NEXT, #name)

/* libc's NAME for a file in the testbed, else NEXT (both in `call`). */
#define TARGET(name, path)                                                    \
	static __typeof__(&name) direct;                                      \
	__typeof__(&name) call = next;                                        \
	bool testbed = in_testbed(path);                                      \
	if (testbed && !direct)                                               \
		direct = (__typeof__(&name))libc_sym(#name);                  \
	if (testbed && direct)                                                \
		call = direct

/* An open-like call: EXPR opens, its result is the fd (or FILE *). */
#define OPEN_BODY(ret, fd_of, path, expr)                                     \
	do {                                                                  \
		bool excl = adds_entry(path);                                 \
                                                                              \
		if (call != next)                                             \
			return expr;                                          \
		enter(excl);                                                  \
		ret = expr;                                                   \
		if (excl)                                                     \
			mark_entry(fd_of, 1);                                 \
		leave();                                                      \
		return ret;                                                   \
	} while (0)

static mode_t mode_arg(int flags, va_list ap)
{
	return (flags & O_CREAT) || (flags & O_TMPFILE) == O_TMPFILE ? (mode_t)va_arg(ap, int) : 0;
}

/* open() and openat(): PARAMS end with flags and "...", ARGS pass mode on. */
#define SERIAL_OPEN(name, PARAMS, ARGS)                                       \
	int name PARAMS                                                       \
	{                                                                     \
		va_list ap;                                                   \
		mode_t mode;                                                  \
		int ret;                                                      \
		NEXT(name);                                                   \
		TARGET(name, path);                                           \
                                                                              \
		va_start(ap, flags);                                          \
		mode = mode_arg(flags, ap);                                   \
		va_end(ap);                                                   \
		OPEN_BODY(ret, ret, path, call ARGS);                         \
	}
#define SERIAL_OPEN2(name)                                                    \
	int name(const char *path, int flags)                                 \
	{                                                                     \
		int ret;                                                      \
		NEXT(name);                                                   \
		TARGET(name, path);                                           \
                                                                              \
		OPEN_BODY(ret, ret, path, call(path, flags));                 \
	}
#define SERIAL_FOPEN(name)                                                    \
	FILE *name(const char *path, const char *mode)                        \
	{                                                                     \
		FILE *ret;                                                    \
		NEXT(name);                                                   \
		TARGET(name, path);                                           \
                                                                              \
		OPEN_BODY(ret, ret ? fileno(ret) : -1, path, call(path, mode)); \
	}

SERIAL_OPEN(open, (const char *path, int flags, ...), (path, flags, mode))
SERIAL_OPEN(open64, (const char *path, int flags, ...), (path, flags, mode))
SERIAL_OPEN(openat, (int dirfd, const char *path, int flags, ...), (dirfd, path, flags, mode))
SERIAL_OPEN(openat64, (int dirfd, const char *path, int flags, ...), (dirfd, path, flags, mode))
SERIAL_OPEN2(__open_2)
SERIAL_OPEN2(__open64_2)
SERIAL_FOPEN(fopen)
SERIAL_FOPEN(fopen64)

int socket(int domain, int type, int protocol)
{
	bool excl = domain == AF_NETLINK;
	int ret;
	NEXT(socket);

	enter(excl);
	ret = next(domain, type, protocol);
	if (excl)
		mark_entry(ret, 1);
	leave();
	return ret;
}

/* A close of FD; exclusive when FD may have an entry. */
#define CLOSE_BODY(fd, expr)                                                  \
	do {                                                                  \
		bool excl = has_entry(fd);                                    \
		int ret;                                                      \
                                                                              \
		enter(excl);                                                  \
		ret = expr;                                                   \
		if (excl)                                                     \
			mark_entry(fd, 0);                                    \
		leave();                                                      \
		return ret;                                                   \
	} while (0)

int close(int fd)
{
	NEXT(close);
	CLOSE_BODY(fd, next(fd));
}

int fclose(FILE *f)
{
	int fd = f ? fileno(f) : -1;
	NEXT(fclose);
	CLOSE_BODY(fd, next(f));
}

/* A lookup-only call: ARGS are the parameters, CALL the same names. */
#define SHARED(ret_t, name, ARGS, CALL)                                       \
	ret_t name ARGS                                                       \
	{                                                                     \
		ret_t ret;                                                    \
		NEXT(name);                                                   \
                                                                              \
		enter(false);                                                 \
		ret = next CALL;                                              \
		leave();                                                      \
		return ret;                                                   \
	}

SHARED(ssize_t, read, (int fd, void *buf, size_t n), (fd, buf, n))
SHARED(ssize_t, write, (int fd, const void *buf, size_t n), (fd, buf, n))
SHARED(ssize_t, recv, (int fd, void *buf, size_t n, int flags), (fd, buf, n, flags))
SHARED(ssize_t, send, (int fd, const void *buf, size_t n, int flags), (fd, buf, n, flags))
SHARED(ssize_t, recvmsg, (int fd, struct msghdr *msg, int flags), (fd, msg, flags))
SHARED(int, bind, (int fd, const struct sockaddr *a, socklen_t len), (fd, a, len))
SHARED(size_t, fread, (void *p, size_t size, size_t n, FILE *f), (p, size, n, f))
SHARED(size_t, fwrite, (const void *p, size_t size, size_t n, FILE *f), (p, size, n, f))
SHARED(char *, fgets, (char *s, int size, FILE *f), (s, size, f))

int ioctl(int fd, unsigned long request, ...)
{
	va_list ap;
	void *arg;
	int ret;
	NEXT(ioctl);

	va_start(ap, request);
	arg = va_arg(ap, void *);
	va_end(ap);
	enter(false);
	ret = next(fd, request, arg);
	leave();
	return ret;
}
