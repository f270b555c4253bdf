// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * Atomic output files: a temp file next to the target, renamed over it
 * only when complete.  Temp names are kept in a fixed table so a signal
 * handler can unlink them with async-signal-safe calls only.
 */
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <libgen.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "out.h"

#define MAX_OPEN 8
#define MAX_PATH 4096

static char pending[MAX_OPEN][MAX_PATH];
static volatile sig_atomic_t pending_used[MAX_OPEN];

static int remember(const char *tmp)
{
	for (int i = 0; i < MAX_OPEN; i++)
		if (!pending_used[i] && strlen(tmp) < MAX_PATH) {
			strcpy(pending[i], tmp);
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

void atomic_file_cleanup_all(void)
{
	for (int i = 0; i < MAX_OPEN; i++)
		if (pending_used[i]) {
			unlink(pending[i]);
			pending_used[i] = 0;
		}
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

/* A device, FIFO or socket: opened as it is, no temp file (af->tmp NULL). */
static int open_in_place(struct atomic_file *af, const char *path, struct fwctl_err *err)
{
	int fd, e;

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

/* A regular file (or none yet): a temp file beside it, renamed at commit. */
static int open_temp(struct atomic_file *af, const char *path, bool overwrite,
		     struct fwctl_err *err)
{
	char *dir, *base_copy;
	struct stat st;
	mode_t mask;
	int fd;

	if (!overwrite && lstat(path, &st) == 0)
		return fwctl_err_set(err, FWCTL_ERR_PERMISSION, EEXIST,
				     "'%s' exists; use --force to overwrite it", path);
	if (lstat(path, &st) == 0 && S_ISDIR(st.st_mode))
		return fwctl_err_set(err, FWCTL_ERR_IO, EISDIR, "'%s' is a directory", path);
	dir = dir_of(path);
	base_copy = strdup(path);
	af->path = strdup(path);
	if (!dir || !base_copy || !af->path ||
	    asprintf(&af->tmp, "%s/.%s.fwctl-XXXXXX", dir, basename(base_copy)) < 0) {
		af->tmp = NULL;
		free(dir);
		free(base_copy);
		atomic_file_abort(af);
		return fwctl_err_set(err, FWCTL_ERR_FAILED, ENOMEM, "out of memory");
	}
	free(dir);
	free(base_copy);
	fd = mkstemp(af->tmp);
	if (fd < 0) {
		int e = errno;

		free(af->tmp);
		af->tmp = NULL;
		atomic_file_abort(af);
		return fwctl_err_set(err, e == EACCES || e == EPERM ? FWCTL_ERR_PERMISSION : FWCTL_ERR_IO,
				     e, "cannot create a file next to '%s': %s", path, strerror(e));
	}
	af->slot = remember(af->tmp);
	/* mkstemp makes 0600; a result file follows the umask like any other. */
	mask = umask(0);
	umask(mask);
	fchmod(fd, 0666 & ~mask);
	af->fp = fdopen(fd, "w");
	if (!af->fp) {
		close(fd);
		atomic_file_abort(af);
		return fwctl_err_set(err, FWCTL_ERR_IO, errno, "cannot open '%s'", path);
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

int atomic_file_open(struct atomic_file *af, const char *path, bool overwrite,
		     struct fwctl_err *err)
{
	struct stat st;
	char *real;
	int rc;

	memset(af, 0, sizeof(*af));
	af->slot = -1;
	if (!strcmp(path, "-")) {
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
		return open_temp(af, path, overwrite, err);
	/*
	 * A symlink (/dev/stdout, a link to a shared log) is followed: the file
	 * it names is replaced (or created) and the link stays.  Renaming over
	 * the link would turn /dev/stdout into a regular file.
	 */
	real = stat(path, &st) == 0 ? realpath(path, NULL) : follow_dangling(path);
	if (!real)
		return fwctl_err_set(err, FWCTL_ERR_IO, errno, "cannot follow the symlink '%s': %s",
				     path, strerror(errno));
	rc = open_temp(af, real, overwrite, err);
	free(real);
	return rc;
}

int atomic_file_commit(struct atomic_file *af, struct fwctl_err *err)
{
	int dfd, e = 0;
	char *dir;

	if (af->fp == stdout) {
		if (fflush(stdout) || ferror(stdout))
			return fwctl_err_set(err, FWCTL_ERR_IO, errno, "cannot write to stdout: %s",
					     strerror(errno));
		return 0;
	}
	if (!af->fp)
		return fwctl_err_set(err, FWCTL_ERR_IO, EBADF, "output file is not open");
	/* Written in place (af->tmp NULL: a device or FIFO): no fsync, no rename. */
	if (fflush(af->fp) || ferror(af->fp) || (af->tmp && fsync(fileno(af->fp))))
		e = errno ? errno : EIO;
	if (fclose(af->fp) && !e)
		e = errno;
	af->fp = NULL;
	if (!e && af->tmp && rename(af->tmp, af->path))
		e = errno;
	if (e) {
		/* The message first: abort frees af->path. */
		fwctl_err_set(err, FWCTL_ERR_IO, e, "cannot write '%s': %s", af->path ? af->path : "?",
			      strerror(e));
		atomic_file_abort(af);
		return -1;
	}
	if (!af->tmp) {
		free(af->path);
		af->path = NULL;
		return 0;
	}
	forget(af->slot);
	/* Make the rename itself durable. */
	dir = dir_of(af->path);
	if (dir) {
		dfd = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
		if (dfd >= 0) {
			fsync(dfd);
			close(dfd);
		}
		free(dir);
	}
	free(af->tmp);
	free(af->path);
	af->tmp = af->path = NULL;
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
