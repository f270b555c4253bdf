// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * Atomic output files.  Where the filesystem allows, the data goes to an
 * unnamed file (O_TMPFILE) that is linked under its name only when
 * complete; elsewhere to a temp file next to the target, renamed over it.
 * Temp names are kept in a fixed table so a signal handler can unlink them
 * with async-signal-safe calls only.
 */
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <libgen.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/random.h>
#include <sys/stat.h>
#include <unistd.h>

#include "out.h"

#define MAX_OPEN 8
#define MAX_PATH 4096

enum { AF_STDOUT = 1, AF_IN_PLACE, AF_UNNAMED, AF_NAMED };

static char pending[MAX_OPEN][MAX_PATH];
static volatile sig_atomic_t pending_used[MAX_OPEN];
static volatile sig_atomic_t pending_keep[MAX_OPEN];   /* a user stop keeps it */
/*
 * Set by the signal cleanup: no file may get its name after it (a stop
 * signal means "no result"), except those a user stop keeps.  An unnamed
 * file has nothing to unlink, so the commit is what must refuse.
 */
static volatile sig_atomic_t doomed_all, doomed_unkept;

static int remember(const char *tmp)
{
	for (int i = 0; i < MAX_OPEN; i++)
		if (!pending_used[i] && strlen(tmp) < MAX_PATH) {
			strcpy(pending[i], tmp);
			pending_keep[i] = 0;
			pending_used[i] = 1;
			return i;
		}
	return -1;
}

static void forget(int slot)
{
	if (slot >= 0 && slot < MAX_OPEN)
		pending_used[slot] = 0;
}

void atomic_file_keep_on_stop(struct atomic_file *af)
{
	af->keep_on_stop = true;
	if (af->slot >= 0 && af->slot < MAX_OPEN)
		pending_keep[af->slot] = 1;
}

void atomic_file_cleanup_all(bool user_stop)
{
	doomed_unkept = 1;
	if (!user_stop)
		doomed_all = 1;
	for (int i = 0; i < MAX_OPEN; i++)
		if (pending_used[i] && !(user_stop && pending_keep[i])) {
			unlink(pending[i]);
			pending_used[i] = 0;
		}
}

/* While a name is created and registered (or linked and renamed). */
static void block_signals(sigset_t *old)
{
	sigset_t all;

	sigfillset(&all);
	sigprocmask(SIG_BLOCK, &all, old);
}

static void unblock_signals(const sigset_t *old)
{
	sigprocmask(SIG_SETMASK, old, NULL);
}

static char *dir_of(const char *path)
{
	char *copy = strdup(path), *d;

	if (!copy)
		return NULL;
	d = strdup(dirname(copy));
	free(copy);
	return d;
}

/* A device, FIFO or socket: opened as it is, no temp file. */
static int open_in_place(struct atomic_file *af, const char *path, struct fwctl_err *err)
{
	int fd, e;

	af->kind = AF_IN_PLACE;
	af->path = strdup(path);
	fd = af->path ? open(path, O_WRONLY | O_NOCTTY | O_CLOEXEC) : -1;
	if (fd >= 0 && (af->fp = fdopen(fd, "w")))
		return 0;
	e = af->path ? errno : ENOMEM;
	if (fd >= 0)
		close(fd);
	atomic_file_abort(af);
	return fwctl_err_set(err, e == EACCES || e == EPERM ? FWCTL_ERR_PERMISSION : FWCTL_ERR_IO,
			     e, "cannot open '%s': %s", path, strerror(e));
}

/*
 * An unnamed file in dir (O_TMPFILE): it gets its name only at commit
 * (linkat), so nothing, not even SIGKILL or a power cut, can leave it
 * behind.  Linking it needs /proc/self/fd.  -1 with errno EOPNOTSUPP
 * when the kernel or filesystem cannot: then a named temp file is used.
 */
static int open_unnamed(const char *dir, mode_t mode)
{
#ifdef O_TMPFILE
	int fd;

	if (access("/proc/self/fd", X_OK) == 0) {
		fd = open(dir, O_TMPFILE | O_WRONLY | O_CLOEXEC, mode);
		/* Kernels before 3.11 read O_TMPFILE as O_DIRECTORY: EISDIR. */
		if (fd >= 0 || (errno != EISDIR && errno != EINVAL))
			return fd;
	}
#else
	(void)dir;
	(void)mode;
#endif
	errno = EOPNOTSUPP;
	return -1;
}

/* The fallback: .NAME.fwctl-XXXXXX beside the target, registered for cleanup. */
static int open_named(struct atomic_file *af, const char *dir, const char *base, mode_t mode)
{
	sigset_t old;
	mode_t mask;
	int fd, e;

	if (asprintf(&af->tmp, "%s/.%s.fwctl-XXXXXX", dir, base) < 0) {
		af->tmp = NULL;
		errno = ENOMEM;
		return -1;
	}
	/* No signal between creating the file and registering it for cleanup. */
	block_signals(&old);
	fd = mkstemp(af->tmp);
	e = errno;
	if (fd >= 0)
		af->slot = remember(af->tmp);
	unblock_signals(&old);
	if (fd < 0) {
		free(af->tmp);
		af->tmp = NULL;
		errno = e;
		return -1;
	}
	/* mkstemp makes 0600; the file gets the mode O_TMPFILE would give it. */
	mask = umask(0);
	umask(mask);
	fchmod(fd, mode & ~mask);
	af->kind = AF_NAMED;
	return fd;
}

/*
 * Replacing a file keeps its permission bits and, when we may (root),
 * its owner and group, as the shell's > does.  Set-id bits are not
 * carried over to firmware data.
 */
static void keep_attributes(int fd, const struct stat *old)
{
	if (geteuid() == 0)
		(void)!fchown(fd, old->st_uid, old->st_gid);
	else if (old->st_gid != getegid())
		(void)!fchown(fd, (uid_t)-1, old->st_gid);   /* works if we are a member */
	fchmod(fd, old->st_mode & 01777);
}

static bool trailing_slash(const char *path)
{
	size_t n = strlen(path);

	return n > 1 && path[n - 1] == '/';
}

/* Why path cannot be a result file, 0 if it can. */
static int refuse_target(const char *path, int lstat_errno, const struct stat *st, bool overwrite,
			 struct fwctl_err *err)
{
	bool exists = !lstat_errno;

	if (trailing_slash(path) && lstat_errno == ENOTDIR)
		return fwctl_err_set(err, FWCTL_ERR_IO, ENOTDIR, "'%s' is not a directory", path);
	/* Checked before "exists": --force would not help. */
	if (trailing_slash(path) || (exists && S_ISDIR(st->st_mode)))
		return fwctl_err_set(err, FWCTL_ERR_IO, EISDIR, "'%s' is a directory", path);
	if (exists && !overwrite)
		return fwctl_err_set(err, FWCTL_ERR_PERMISSION, EEXIST,
				     "'%s' exists; use --force to overwrite it", path);
	return 0;
}

/* A regular file (or none yet): written unnamed or under a temp name, linked at commit. */
static int open_temp(struct atomic_file *af, const char *path, bool overwrite, mode_t mode,
		     struct fwctl_err *err)
{
	char *dir, *base_copy;
	struct stat st;
	bool exists;
	int fd, e;

	exists = lstat(path, &st) == 0;
	if (refuse_target(path, exists ? 0 : errno, &st, overwrite, err))
		return -1;
	dir = dir_of(path);
	base_copy = strdup(path);
	af->path = strdup(path);
	af->overwrite = overwrite;
	if (!dir || !base_copy || !af->path) {
		free(dir);
		free(base_copy);
		atomic_file_abort(af);
		return fwctl_err_set(err, FWCTL_ERR_FAILED, ENOMEM, "out of memory");
	}
	af->kind = AF_UNNAMED;
	fd = open_unnamed(dir, mode);
	if (fd < 0 && errno == EOPNOTSUPP)
		fd = open_named(af, dir, basename(base_copy), mode);
	e = errno;
	free(dir);
	free(base_copy);
	if (fd < 0) {
		atomic_file_abort(af);
		return fwctl_err_set(err, e == EACCES || e == EPERM ? FWCTL_ERR_PERMISSION : FWCTL_ERR_IO,
				     e, "cannot create a file next to '%s': %s", path, strerror(e));
	}
	if (exists)
		keep_attributes(fd, &st);
	af->fp = fdopen(fd, "w");
	if (!af->fp) {
		e = errno;
		close(fd);
		atomic_file_abort(af);
		return fwctl_err_set(err, FWCTL_ERR_IO, e, "cannot open '%s'", path);
	}
	return 0;
}

/*
 * The file a dangling symlink names (it does not exist yet: `>` would create
 * it, so do we), following a chain of links; NULL with errno set on a loop.
 */
static char *follow_dangling(const char *path)
{
	char *cur = strdup(path);

	for (int depth = 0; cur && depth < 40; depth++) {
		char target[PATH_MAX], *next = NULL, *dir;
		struct stat st;
		ssize_t n;

		if (lstat(cur, &st) || !S_ISLNK(st.st_mode))
			return cur;
		n = readlink(cur, target, sizeof(target) - 1);
		if (n < 0)
			break;
		target[n] = 0;
		if (target[0] == '/') {
			next = strdup(target);
		} else {
			/* Relative to the link's own directory. */
			dir = dir_of(cur);
			if (!dir || asprintf(&next, "%s/%s", dir, target) < 0)
				next = NULL;
			free(dir);
		}
		free(cur);
		cur = next;
	}
	if (cur)
		errno = ELOOP;
	free(cur);
	return NULL;
}

int atomic_file_open_mode(struct atomic_file *af, const char *path, bool overwrite, mode_t mode,
			  struct fwctl_err *err)
{
	struct stat st;
	char *real;
	int rc;

	memset(af, 0, sizeof(*af));
	af->slot = -1;
	if (!strcmp(path, "-")) {
		af->kind = AF_STDOUT;
		af->fp = stdout;
		return 0;
	}
	/*
	 * A device, FIFO or socket (/dev/null, a named pipe, /dev/stdout on a
	 * pipe) is written in place: it is not a file a partial result could be
	 * mistaken for, and renaming over it would replace the node itself.
	 */
	if (stat(path, &st) == 0 && !S_ISREG(st.st_mode) && !S_ISDIR(st.st_mode))
		return open_in_place(af, path, err);
	if (lstat(path, &st) || !S_ISLNK(st.st_mode))
		return open_temp(af, path, overwrite, mode, err);
	/*
	 * A symlink (/dev/stdout, a link to a shared log) is followed: the file
	 * it names is replaced (or created) and the link stays.  Renaming over
	 * the link would turn /dev/stdout into a regular file.
	 */
	real = stat(path, &st) == 0 ? realpath(path, NULL) : follow_dangling(path);
	if (!real)
		return fwctl_err_set(err, FWCTL_ERR_IO, errno, "cannot follow the symlink '%s': %s",
				     path, strerror(errno));
	rc = open_temp(af, real, overwrite, mode, err);
	free(real);
	return rc;
}

int atomic_file_open(struct atomic_file *af, const char *path, bool overwrite,
		     struct fwctl_err *err)
{
	return atomic_file_open_mode(af, path, overwrite, 0666, err);
}

/* .NAME.fwctl-XXXXXX with fresh random letters. */
static char *temp_name(const char *path)
{
	static const char set[] = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
	char *dir = dir_of(path), *copy = strdup(path), *name = NULL;
	unsigned char rnd[6];

	/* Without getrandom (old kernel, seccomp) the name still differs per
	 * process and call; O_EXCL on open catches the rare collision. */
	if (getrandom(rnd, sizeof(rnd), 0) != (ssize_t)sizeof(rnd)) {
		static unsigned int calls;
		unsigned long long mix = (unsigned long long)getpid() * 2654435761ull + ++calls;

		for (size_t i = 0; i < sizeof(rnd); i++, mix >>= 5)
			rnd[i] = (unsigned char)mix;
	}
	if (dir && copy && asprintf(&name, "%s/.%s.fwctl-%c%c%c%c%c%c", dir, basename(copy),
				    set[rnd[0] % 62], set[rnd[1] % 62], set[rnd[2] % 62],
				    set[rnd[3] % 62], set[rnd[4] % 62], set[rnd[5] % 62]) < 0)
		name = NULL;
	free(dir);
	free(copy);
	return name;
}

/*
 * Give the unnamed file fd its name: linkat() fails if the name exists,
 * so a replacement (--force) links it under a temp name and renames that
 * over the target.  Signals wait meanwhile: the temp name is registered
 * for cleanup exactly while it exists.  0 or an errno.
 */
static bool doomed(const struct atomic_file *af)
{
	return doomed_all || (doomed_unkept && !af->keep_on_stop);
}

/* Called with signals blocked. */
static int link_replacing(struct atomic_file *af, const char *proc)
{
	for (int tries = 0; tries < 64; tries++) {
		char *tmp = temp_name(af->path);
		int e = 0, slot;

		if (!tmp)
			return ENOMEM;
		slot = remember(tmp);
		if (linkat(AT_FDCWD, proc, AT_FDCWD, tmp, AT_SYMLINK_FOLLOW))
			e = errno;
		else if (rename(tmp, af->path) && (e = errno))
			unlink(tmp);
		forget(slot);
		free(tmp);
		if (e != EEXIST)
			return e;
	}
	return EEXIST;
}

/*
 * Give the unnamed file fd its name: linkat() fails if the name exists,
 * so a replacement (--force) links it under a temp name and renames that
 * over the target.  Signals wait meanwhile: one that came before is seen
 * (EINTR: no result), and the temp name is registered for cleanup exactly
 * while it exists.  0 or an errno.
 */
static int link_unnamed(struct atomic_file *af, int fd)
{
	char proc[40];
	sigset_t old;
	int e = 0;

	snprintf(proc, sizeof(proc), "/proc/self/fd/%d", fd);
	block_signals(&old);
	if (doomed(af))
		e = EINTR;
	else if (linkat(AT_FDCWD, proc, AT_FDCWD, af->path, AT_SYMLINK_FOLLOW))
		e = errno == EEXIST && af->overwrite ? link_replacing(af, proc) : errno;
	unblock_signals(&old);
	return e;
}

/* The named temp file onto its name; without --force never over a file that appeared. */
static int rename_named(struct atomic_file *af)
{
	sigset_t old;
	int e = -1;

	/* As for linkat: a signal before the rename means no result. */
	block_signals(&old);
	if (doomed(af))
		e = EINTR;
	else if (!af->overwrite &&
		 renameat2(AT_FDCWD, af->tmp, AT_FDCWD, af->path, RENAME_NOREPLACE) == 0)
		e = 0;
	else if (!af->overwrite && errno != EINVAL && errno != ENOSYS)
		e = errno;
	if (e < 0)
		e = rename(af->tmp, af->path) ? errno : 0;
	if (!e) {
		forget(af->slot);
		af->slot = -1;
	}
	unblock_signals(&old);
	return e;
}

/* Make the new name itself durable. */
static void sync_dir(const char *path)
{
	char *dir = dir_of(path);
	int dfd;

	if (!dir)
		return;
	dfd = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
	if (dfd >= 0) {
		fsync(dfd);
		close(dfd);
	}
	free(dir);
}

/* Flush and close af->fp (data synced unless written in place); 0 or an errno. */
static int flush_close(struct atomic_file *af, int *keep_fd)
{
	bool sync = af->kind == AF_UNNAMED || af->kind == AF_NAMED;
	int e = 0;

	if (fflush(af->fp) || ferror(af->fp) || (sync && fsync(fileno(af->fp))))
		e = errno ? errno : EIO;
	/* The unnamed file is linked after the close: keep a descriptor of it. */
	if (!e && keep_fd && (*keep_fd = dup(fileno(af->fp))) < 0)
		e = errno;
	if (fclose(af->fp) && !e)
		e = errno;
	af->fp = NULL;
	return e;
}

int atomic_file_commit(struct atomic_file *af, struct fwctl_err *err)
{
	int fd = -1, e;

	if (af->fp == stdout) {
		if (fflush(stdout) || ferror(stdout))
			return fwctl_err_set(err, FWCTL_ERR_IO, errno, "cannot write to stdout: %s",
					     strerror(errno));
		return 0;
	}
	if (!af->fp)
		return fwctl_err_set(err, FWCTL_ERR_IO, EBADF, "output file is not open");
	e = flush_close(af, af->kind == AF_UNNAMED ? &fd : NULL);
	if (!e && af->kind == AF_UNNAMED)
		e = link_unnamed(af, fd);
	else if (!e && af->kind == AF_NAMED)
		e = rename_named(af);
	if (fd >= 0)
		close(fd);
	if (e) {
		/* The message first: abort frees af->path. */
		if (e == EINTR)
			fwctl_err_set(err, FWCTL_ERR_INTERRUPTED, e, "'%s' not written: interrupted",
				      af->path ? af->path : "?");
		else if (e == EEXIST)
			fwctl_err_set(err, FWCTL_ERR_PERMISSION, e, "cannot write '%s': it appeared "
				      "meanwhile; use --force to overwrite it", af->path ? af->path : "?");
		else
			fwctl_err_set(err, FWCTL_ERR_IO, e, "cannot write '%s': %s",
				      af->path ? af->path : "?", strerror(e));
		atomic_file_abort(af);
		return -1;
	}
	if (af->kind != AF_IN_PLACE)
		sync_dir(af->path);
	free(af->tmp);
	free(af->path);
	af->tmp = af->path = NULL;
	af->fp = NULL;
	return 0;
}

void atomic_file_abort(struct atomic_file *af)
{
	if (af->fp && af->fp != stdout)
		fclose(af->fp);
	af->fp = NULL;
	if (af->tmp)
		unlink(af->tmp);
	forget(af->slot);
	af->slot = -1;
	free(af->tmp);
	free(af->path);
	af->tmp = af->path = NULL;
}
