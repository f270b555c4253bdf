// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * POSIX ustar (pax's interchange format, IEEE 1003.1 "ustar Interchange
 * Format"): 512-byte header blocks, data padded to 512, two zero blocks at
 * the end.  Why we write it ourselves: see tar.h.
 */
#include <errno.h>
#include <inttypes.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "tar.h"

/* The header as data: field, byte offset, width.  Numeric fields are octal,
 * zero padded, NUL terminated (width - 1 digits). */
enum tar_field { F_NAME, F_MODE, F_UID, F_GID, F_SIZE, F_MTIME, F_CHKSUM, F_TYPE,
		 F_MAGIC, F_VERSION, F_UNAME, F_GNAME, F_N };
static const struct { uint16_t off, width; } layout[F_N] = {
	[F_NAME] = { 0, 100 },   [F_MODE] = { 100, 8 },    [F_UID] = { 108, 8 },
	[F_GID] = { 116, 8 },    [F_SIZE] = { 124, 12 },   [F_MTIME] = { 136, 12 },
	[F_CHKSUM] = { 148, 8 }, [F_TYPE] = { 156, 1 },    [F_MAGIC] = { 257, 6 },
	[F_VERSION] = { 263, 2 }, [F_UNAME] = { 265, 32 }, [F_GNAME] = { 297, 32 },
};

static void put_octal(uint8_t *hdr, enum tar_field f, uint64_t v)
{
	char tmp[24];

	snprintf(tmp, sizeof(tmp), "%0*" PRIo64, layout[f].width - 1, v);
	memcpy(hdr + layout[f].off, tmp, layout[f].width);   /* includes the NUL */
}

static void put_str(uint8_t *hdr, enum tar_field f, const char *s)
{
	size_t n = strlen(s);

	memcpy(hdr + layout[f].off, s, n < layout[f].width ? n : layout[f].width);
}

int tar_header(uint8_t hdr[TAR_BLOCK], const char *name, uint64_t size, time_t mtime)
{
	unsigned int sum = 0;
	char tmp[8];

	if (!*name || strlen(name) >= layout[F_NAME].width || size > TAR_MAX_SIZE)
		return -1;
	memset(hdr, 0, TAR_BLOCK);
	put_str(hdr, F_NAME, name);
	put_octal(hdr, F_MODE, 0644);
	put_octal(hdr, F_UID, 0);
	put_octal(hdr, F_GID, 0);
	put_octal(hdr, F_SIZE, size);
	put_octal(hdr, F_MTIME, mtime > 0 ? (uint64_t)mtime : 0);
	hdr[layout[F_TYPE].off] = '0';               /* regular file */
	memcpy(hdr + layout[F_MAGIC].off, "ustar", 6);  /* "ustar\0" */
	/* ustar's version field is the two characters "00", no NUL. */
	// NOLINTNEXTLINE(bugprone-not-null-terminated-result)
	memcpy(hdr + layout[F_VERSION].off, "00", 2);
	put_str(hdr, F_UNAME, "root");
	put_str(hdr, F_GNAME, "root");
	/* The checksum is computed with its own field read as 8 spaces. */
	memset(hdr + layout[F_CHKSUM].off, ' ', layout[F_CHKSUM].width);
	for (size_t i = 0; i < TAR_BLOCK; i++)
		sum += hdr[i];
	snprintf(tmp, sizeof(tmp), "%06o", sum);
	memcpy(hdr + layout[F_CHKSUM].off, tmp, 7);   /* six digits, NUL, space */
	return 0;
}

static int io_err(struct fwctl_err *err, const char *what)
{
	int e = errno ? errno : EIO;

	return fwctl_err_set(err, FWCTL_ERR_IO, e, "archive: %s: %s", what, strerror(e));
}

int tar_entry_begin(FILE *f, struct tar_entry *e, const char *name, time_t mtime,
		    struct fwctl_err *err)
{
	uint8_t hdr[TAR_BLOCK];

	memset(e, 0, sizeof(*e));
	if (strlen(name) >= sizeof(e->name) || tar_header(hdr, name, 0, mtime))
		return fwctl_err_set(err, FWCTL_ERR_FAILED, ENAMETOOLONG,
				     "archive: entry name '%s' is too long", name);
	snprintf(e->name, sizeof(e->name), "%s", name);
	e->mtime = mtime;
	e->header_off = ftello(f);
	if (e->header_off < 0)
		return io_err(err, "the archive must be a regular file (seekable)");
	if (fwrite(hdr, 1, sizeof(hdr), f) != sizeof(hdr))
		return io_err(err, "writing a header");
	return 0;
}

int tar_entry_write(FILE *f, struct tar_entry *e, const void *buf, size_t len,
		    struct fwctl_err *err)
{
	if (e->size + len > TAR_MAX_SIZE)
		return fwctl_err_set(err, FWCTL_ERR_FAILED, EFBIG,
				     "archive: %s would exceed the ustar limit of 8 GiB", e->name);
	if (len && fwrite(buf, 1, len, f) != len)
		return io_err(err, "writing data");
	e->size += len;
	return 0;
}

int tar_entry_end(FILE *f, struct tar_entry *e, struct fwctl_err *err)
{
	static const uint8_t zeros[TAR_BLOCK];
	size_t pad = (size_t)((TAR_BLOCK - e->size % TAR_BLOCK) % TAR_BLOCK);
	uint8_t hdr[TAR_BLOCK];
	off_t end;

	if (pad && fwrite(zeros, 1, pad, f) != pad)
		return io_err(err, "padding");
	end = ftello(f);
	if (tar_header(hdr, e->name, e->size, e->mtime))
		return fwctl_err_set(err, FWCTL_ERR_FAILED, EINVAL, "archive: bad entry %s", e->name);
	if (end < 0 || fseeko(f, e->header_off, SEEK_SET) ||
	    fwrite(hdr, 1, sizeof(hdr), f) != sizeof(hdr) || fseeko(f, end, SEEK_SET))
		return io_err(err, "patching a header");
	return 0;
}

int tar_entry_abort(FILE *f, struct tar_entry *e, struct fwctl_err *err)
{
	if (fflush(f) || ftruncate(fileno(f), e->header_off) || fseeko(f, e->header_off, SEEK_SET))
		return io_err(err, "dropping a failed entry");
	return 0;
}

int tar_add_buffer(FILE *f, const char *name, const void *buf, size_t len, time_t mtime,
		   struct fwctl_err *err)
{
	struct tar_entry e;

	if (tar_entry_begin(f, &e, name, mtime, err) || tar_entry_write(f, &e, buf, len, err))
		return -1;
	return tar_entry_end(f, &e, err);
}

int tar_finish(FILE *f, struct fwctl_err *err)
{
	static const uint8_t zeros[2 * TAR_BLOCK];

	if (fwrite(zeros, 1, sizeof(zeros), f) != sizeof(zeros))
		return io_err(err, "writing the end marker");
	return 0;
}
