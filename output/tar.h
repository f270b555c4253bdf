/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * A small POSIX ustar writer for `fwctl report --include coredump`.
 *
 * Why our own and not libarchive: we need regular-file entries only (no
 * links, no long names, no compression, no reading), and the report must
 * stream a coredump of unknown size into the archive without holding it in
 * memory.  That is ~150 lines over an atomic temp file (output/atomic.c):
 * write a header with size 0, stream the data, then seek back and patch
 * size and checksum.  libarchive would be a new run-time dependency for
 * this one command, and it cannot patch a header after the data either.
 * The archive therefore needs a seekable FILE (not stdout).
 */
#ifndef FWCTL_OUT_TAR_H
#define FWCTL_OUT_TAR_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <sys/types.h>
#include <time.h>

#include "../lib/error.h"

#define TAR_BLOCK 512
/* ustar's size field: 11 octal digits. */
#define TAR_MAX_SIZE ((UINT64_C(1) << 33) - 1)

struct tar_entry {
	off_t header_off;   /* where this entry's header starts */
	uint64_t size;      /* data bytes written so far */
	time_t mtime;
	char name[100];
};

/* Start a regular-file entry named `name` (< 100 bytes, no '/' prefix
 * needed) at the current position.  mtime is the entry's time stamp. */
int tar_entry_begin(FILE *f, struct tar_entry *e, const char *name, time_t mtime,
		    struct fwctl_err *err);
/* Append data to the open entry. */
int tar_entry_write(FILE *f, struct tar_entry *e, const void *buf, size_t len,
		    struct fwctl_err *err);
/* Pad the data to a block, patch size and checksum into the header. */
int tar_entry_end(FILE *f, struct tar_entry *e, struct fwctl_err *err);
/* Drop the entry: the archive is cut back to where its header began. */
int tar_entry_abort(FILE *f, struct tar_entry *e, struct fwctl_err *err);
/* A whole entry from memory. */
int tar_add_buffer(FILE *f, const char *name, const void *buf, size_t len, time_t mtime,
		   struct fwctl_err *err);
/* The end-of-archive marker: two zero blocks. */
int tar_finish(FILE *f, struct fwctl_err *err);

/* Fill a 512-byte ustar header (exposed for unit tests). */
int tar_header(uint8_t hdr[TAR_BLOCK], const char *name, uint64_t size, time_t mtime);

#endif
