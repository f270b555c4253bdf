/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * Decode once, render twice: handlers build a json-c tree; this renders it
 * as aligned text or as JSON, or writes the raw firmware bytes (binary).
 * Output goes to stdout or, with -o FILE, to FILE atomically.
 */
#ifndef FWCTL_OUT_H
#define FWCTL_OUT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <sys/types.h>

#include "../lib/error.h"

struct json_object;

enum out_format { OUT_TEXT = 0, OUT_JSON, OUT_BINARY };

#define FWCTL_FORMAT_VERSION 1

/* Render `root` as aligned human text (objects indented, arrays of objects
 * as tables, keys as in JSON). */
void out_render_text(FILE *f, struct json_object *root);
/* Render as one JSON document (pretty), with "format_version" first. */
void out_render_json(FILE *f, struct json_object *root);
/* One JSON document on one line (JSON Lines streams). */
void out_render_json_line(FILE *f, struct json_object *root);
/*
 * s (len bytes) with every invalid UTF-8 sequence replaced by U+FFFD (one
 * per maximal invalid subpart), NUL-terminated, length in *out_len; NULL
 * when s is valid UTF-8 already (or memory ran out: then s is used).  The
 * JSON renderers pass every document through it.
 */
char *out_utf8_fix(const char *s, size_t len, size_t *out_len);
/* {"format_version":1,"error":{"kind","errno","message","fw_status","syndrome"}} */
struct json_object *out_error_object(const struct fwctl_err *e);

/* Hex dump, 16 bytes per line with offsets (text output of raw bytes). */
void out_hexdump(FILE *f, const void *buf, size_t len);
/* The same, offsets counted from base (one line of a longer dump). */
void out_hexdump_at(FILE *f, const void *buf, size_t len, size_t base);
/* Lower-case hex string of buf (caller frees). */
char *out_hex_string(const void *buf, size_t len);
/*
 * A counter's rate, delta per second over secs (0 if secs is not
 * positive), as a JSON number rounded to one decimal and printed as
 * written: the sampling interval is timed to milliseconds at best, so
 * more digits (json-c would print 17) are noise.
 */
struct json_object *out_json_rate(uint64_t delta, double secs);

/*
 * Atomic file writer: data goes to an unnamed file (O_TMPFILE) in the
 * target's directory, or where the filesystem cannot, to a named temp file
 * beside it; commit = fflush + fsync + linkat (or rename) + fsync(dir).
 * Abort (or a signal, via atomic_file_cleanup_all) removes the temp file:
 * no partial file ever appears under the final name.  path "-" means
 * stdout (no atomicity); a device, FIFO or socket is written in place.
 * A new file gets `mode` minus the umask; a replaced one (overwrite) keeps
 * its permission bits and, for root, its owner and group.
 */
struct atomic_file {
	char *path;       /* final name */
	char *tmp;        /* named temp file (fallback), else NULL */
	FILE *fp;
	int slot;         /* index in the signal-cleanup registry */
	int kind;         /* stdout, in place, unnamed or named temp */
	bool overwrite;
	bool keep_on_stop;
};
/* New files 0666 minus the umask. */
int atomic_file_open(struct atomic_file *af, const char *path, bool overwrite,
		     struct fwctl_err *err);
/* New files `mode` minus the umask (0600 for dumps and reports). */
int atomic_file_open_mode(struct atomic_file *af, const char *path, bool overwrite, mode_t mode,
			  struct fwctl_err *err);
/* After a stop signal (see atomic_file_cleanup_all) commit refuses:
 * FWCTL_ERR_INTERRUPTED, the file removed. */
int atomic_file_commit(struct atomic_file *af, struct fwctl_err *err);
void atomic_file_abort(struct atomic_file *af);
/* A sampled stream is complete at every record: a user stop (SIGINT,
 * SIGTERM, SIGHUP) leaves its temp file for the commit. */
void atomic_file_keep_on_stop(struct atomic_file *af);
/* Async-signal-safe: unlink every temp file still open (with user_stop,
 * all but the kept ones). */
void atomic_file_cleanup_all(bool user_stop);

#endif
