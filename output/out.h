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
#include <stdio.h>

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
/* {"format_version":1,"error":{"kind","errno","message","fw_status","syndrome"}} */
struct json_object *out_error_object(const struct fwctl_err *e);

/* Hex dump, 16 bytes per line with offsets (text output of raw bytes). */
void out_hexdump(FILE *f, const void *buf, size_t len);
/* Lower-case hex string of buf (caller frees). */
char *out_hex_string(const void *buf, size_t len);

/*
 * Atomic file writer: data goes to a temp file in the target's directory;
 * commit = fflush + fsync + rename + fsync(dir).  Abort (or a signal, via
 * atomic_file_cleanup_all) removes the temp file: no partial file ever
 * appears under the final name.  path "-" means stdout (no atomicity).
 */
struct atomic_file {
	char *path;       /* final name */
	char *tmp;        /* temp name, NULL for stdout */
	FILE *fp;
	int slot;         /* index in the signal-cleanup registry */
};
int atomic_file_open(struct atomic_file *af, const char *path, bool overwrite,
		     struct fwctl_err *err);
int atomic_file_commit(struct atomic_file *af, struct fwctl_err *err);
void atomic_file_abort(struct atomic_file *af);
/* Async-signal-safe: unlink every temp file still open. */
void atomic_file_cleanup_all(void);

#endif
