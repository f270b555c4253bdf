// SPDX-License-Identifier: GPL-2.0-or-later
/* Helpers every handler shares: emitting results, gates, parsing. */
#include <ctype.h>
#include <errno.h>
#include <inttypes.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <json-c/json.h>

#include "../plugins/plugin.h"
#include "signals.h"

static void prefix(struct fwctl_ctx *ctx, FILE *f)
{
	fputs("fwctl", f);
	if (ctx && ctx->plugin && ctx->plugin->name)
		fprintf(f, " %s", ctx->plugin->name);
	if (ctx && ctx->cmd)
		fprintf(f, " %s", ctx->cmd->name);
	fputs(": ", f);
}

void fwctl_warn(struct fwctl_ctx *ctx, const char *fmt, ...)
{
	va_list ap;

	prefix(ctx, stderr);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
}

void fwctl_info_msg(struct fwctl_ctx *ctx, const char *fmt, ...)
{
	va_list ap;

	if (ctx && ctx->quiet)
		return;
	prefix(ctx, stderr);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
}

/*
 * A signal before the result is delivered: the run fails as interrupted
 * (128+N) and leaves no file.  After delivery a signal changes nothing
 * (dispatch.c finish()).
 */
static int stopped(struct fwctl_ctx *ctx)
{
	return fwctl_err_interrupted(&ctx->err);
}

/* `fwctl list -o json` (nvme-cli's -o FORMAT) would silently write a file named json. */
static void warn_format_name(struct fwctl_ctx *ctx, const char *path)
{
	static const char *const formats[] = { "text", "json", "binary", "normal" };
	struct stat st;

	if (ctx->quiet || lstat(path, &st) == 0)
		return;
	for (size_t i = 0; i < sizeof(formats) / sizeof(formats[0]); i++)
		if (!strcmp(path, formats[i])) {
			fwctl_warn(ctx, "writing to a file named '%s'; -o names a file (for the "
				   "format use %s)", path, strcmp(path, "json") ? "--format=FMT" : "-j");
			return;
		}
}

int fwctl_open_output(struct fwctl_ctx *ctx, const char *path, bool raw, struct atomic_file *af)
{
	bool private = ctx->cmd && (ctx->cmd->flags & CMD_PRIVATE_OUTPUT);

	if (strcmp(path, "-"))
		warn_format_name(ctx, path);
	if (atomic_file_open_mode(af, path, ctx->force, private ? 0600 : 0666, &ctx->err))
		return -1;
	if (raw && af->fp == stdout)
		ctx->stdout_raw = true;
	return 0;
}

/* -o FILE (atomically, --force to replace it) or stdout, unless a signal stopped us. */
static int open_output(struct fwctl_ctx *ctx, struct atomic_file *af)
{
	if (stopped(ctx))
		return -1;
	return fwctl_open_output(ctx, ctx->output ? ctx->output : "-", ctx->format == OUT_BINARY, af);
}

int fwctl_emit(struct fwctl_ctx *ctx, struct json_object *root, const void *raw, size_t raw_len)
{
	struct atomic_file af;
	int ret = 0;

	if (ctx->collect) {
		json_object_put(ctx->collected);
		ctx->collected = root;
		return 0;
	}
	if (ctx->format == OUT_BINARY && !raw) {
		json_object_put(root);
		return fwctl_err_set(&ctx->err, FWCTL_ERR_USAGE, EINVAL,
				     "this command has no binary form; use text or JSON");
	}
	if (open_output(ctx, &af)) {
		json_object_put(root);
		return -1;
	}
	/*
	 * "emitted" means a document reached stdout: when a file cannot be
	 * written, the error object must still go to stdout (one JSON
	 * document per run, errors included).
	 */
	if (af.fp == stdout)
		ctx->emitted = true;
	if (ctx->format == OUT_BINARY) {
		if (raw_len && fwrite(raw, 1, raw_len, af.fp) != raw_len)
			ret = -1;
	} else if (ctx->format == OUT_JSON) {
		out_render_json(af.fp, root);
	} else {
		out_render_text(af.fp, root);
	}
	json_object_put(root);
	if (ret) {
		int e = errno ? errno : EIO;   /* before abort's fclose/unlink change it */

		atomic_file_abort(&af);
		return fwctl_err_set(&ctx->err, FWCTL_ERR_IO, e, "write failed: %s", strerror(e));
	}
	if (af.fp != stdout && stopped(ctx)) {
		atomic_file_abort(&af);
		return -1;
	}
	return atomic_file_commit(&af, &ctx->err);
}

static int put_record(struct fwctl_ctx *ctx, struct json_object *record)
{
	FILE *f = ctx->stream.fp;
	int e;

	if (ctx->format == OUT_JSON)
		out_render_json_line(f, record);
	else {
		out_render_text(f, record);
		fputc('\n', f);
	}
	json_object_put(record);
	if (!fflush(f) && !ferror(f))
		return 0;
	e = errno ? errno : EIO;
	return fwctl_err_set(&ctx->err, FWCTL_ERR_IO, e, "cannot write %s: %s",
			     f == stdout ? "to stdout" : ctx->output, strerror(e));
}

int fwctl_emit_stream(struct fwctl_ctx *ctx, struct json_object *record)
{
	if (!ctx->stream_open) {
		if (open_output(ctx, &ctx->stream)) {
			json_object_put(record);
			return -1;
		}
		ctx->stream_open = true;
		ctx->stream_records = 0;
		atomic_file_keep_on_stop(&ctx->stream);
	}
	if (ctx->stream.fp == stdout)
		ctx->emitted = true;
	if (put_record(ctx, record))
		return -1;
	ctx->stream_records++;
	return 0;
}

/* The last record: how many samples, and whether a signal ended the stream. */
static int stream_summary(struct fwctl_ctx *ctx, int sig)
{
	struct json_object *rec = json_object_new_object(), *sum = json_object_new_object();

	json_object_object_add(sum, "samples", json_object_new_int64((int64_t)ctx->stream_records));
	json_object_object_add(sum, "interrupted", json_object_new_boolean(sig != 0));
	json_object_object_add(sum, "signal", sig ? json_object_new_string(fwctl_signal_name(sig))
						  : NULL);
	json_object_object_add(rec, "summary", sum);
	return put_record(ctx, rec);
}

int fwctl_stream_finish(struct fwctl_ctx *ctx, int ret)
{
	int sig = fwctl_signal_received();
	bool user_stop;

	if (!ctx->stream_open)
		return ret;
	ctx->stream_open = false;
	/* Every record is complete: a user stop keeps the ones taken so far. */
	user_stop = ret && sig && fwctl_signal_is_user_stop(sig) && ctx->stream_records &&
		    ctx->err.kind == FWCTL_ERR_INTERRUPTED;
	if (user_stop) {
		fwctl_err_clear(&ctx->err);
	} else if (ret || (sig && !fwctl_signal_is_user_stop(sig))) {
		if (!ret)
			stopped(ctx);
		atomic_file_abort(&ctx->stream);
		return -1;
	}
	if (stream_summary(ctx, user_stop ? sig : 0)) {
		atomic_file_abort(&ctx->stream);
		return -1;
	}
	if (user_stop)
		fwctl_info_msg(ctx, "stopped by %s after %" PRIu64 " sample%s%s%s", fwctl_signal_name(sig),
			       ctx->stream_records, ctx->stream_records == 1 ? "" : "s",
			       ctx->stream.fp != stdout ? "; kept in " : "",
			       ctx->stream.fp != stdout ? ctx->output : "");
	return atomic_file_commit(&ctx->stream, &ctx->err);
}

int fwctl_pick_scope(struct fwctl_ctx *ctx, uint32_t min, uint32_t *scope)
{
	if (ctx->scope < 0) {
		*scope = min;
		return 0;
	}
	if ((uint32_t)ctx->scope < min)
		return fwctl_err_set(&ctx->err, FWCTL_ERR_PERMISSION, EPERM,
				     "scope %s is below what this command needs (%s): raise --scope or leave it out",
				     fwctl_scope_name((uint32_t)ctx->scope), fwctl_scope_name(min));
	*scope = (uint32_t)ctx->scope;
	return 0;
}

int fwctl_parse_u64(const char *s, uint64_t max, uint64_t *out)
{
	char *end;
	unsigned long long v;

	if (!s || !*s || *s == '-' || isspace((unsigned char)*s))
		return -1;
	errno = 0;
	v = strtoull(s, &end, 0);
	if (errno || *end || v > max)
		return -1;
	*out = v;
	return 0;
}

static int hexval(int c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	c = tolower(c);
	if (c >= 'a' && c <= 'f')
		return c - 'a' + 10;
	return -1;
}

const char *const *fwctl_assign_words(const char *const *fields)
{
	/* Completion is one short run: a fixed table is enough and never freed. */
	static char words[64][64];
	static const char *v[65];
	size_t n = 0;

	for (; fields && *fields && n < 64; fields++)
		if (snprintf(words[n], sizeof(words[n]), "%s=", *fields) < (int)sizeof(words[n])) {
			v[n] = words[n];
			n++;
		}
	v[n] = NULL;
	return v;
}

int fwctl_parse_hex(const char *s, uint8_t **buf, size_t *len)
{
	size_t n = 0, cap = strlen(s) / 2 + 1;
	uint8_t *b = malloc(cap);
	int hi = -1;

	*buf = NULL;
	*len = 0;
	if (!b)
		return -1;
	if (s[0] == '0' && (s[1] == 'x' || s[1] == 'X'))
		s += 2;
	for (; *s; s++) {
		int v;

		if (isspace((unsigned char)*s) || *s == ':' || *s == '-' || *s == '_') {
			if (hi >= 0)
				goto bad;   /* a separator inside a byte */
			continue;
		}
		v = hexval((unsigned char)*s);
		if (v < 0)
			goto bad;
		if (hi < 0) {
			hi = v;
		} else {
			b[n++] = (uint8_t)(hi << 4 | v);
			hi = -1;
		}
	}
	if (hi >= 0)
		goto bad;
	*buf = b;
	*len = n;
	return 0;
bad:
	free(b);
	return -1;
}

/* Why f cannot be read as input (a directory), 0 if it can. */
static int refuse_input(FILE *f, const char *path, struct fwctl_err *err)
{
	struct stat st;

	if (fstat(fileno(f), &st) == 0 && S_ISDIR(st.st_mode))
		return fwctl_err_set(err, FWCTL_ERR_USAGE, EISDIR, "cannot read '%s': %s", path,
				     strerror(EISDIR));
	return 0;
}

/* Read f to its end, at most max + 1 bytes (so "larger than max" shows); 0 or an errno. */
static int read_all(FILE *f, size_t max, uint8_t **buf, size_t *len)
{
	uint8_t *b = NULL;
	size_t n = 0, cap = 0;

	for (;;) {
		size_t got;

		if (n == cap) {
			uint8_t *nb;

			if (cap > max)
				break;
			cap = cap ? cap * 2 : 4096;
			nb = realloc(b, cap);
			if (!nb) {
				free(b);
				return ENOMEM;
			}
			b = nb;
		}
		errno = 0;
		got = fread(b + n, 1, cap - n, f);
		n += got;
		if (got == 0)
			break;
	}
	if (ferror(f)) {
		int e = errno ? errno : EIO;

		free(b);
		return e;
	}
	*buf = b;
	*len = n;
	return 0;
}

int fwctl_read_file(const char *path, size_t max, uint8_t **buf, size_t *len,
		    struct fwctl_err *err)
{
	FILE *f = strcmp(path, "-") ? fopen(path, "rb") : stdin;
	int e;

	*buf = NULL;
	*len = 0;
	if (!f)
		return fwctl_err_set(err, errno == ENOENT ? FWCTL_ERR_USAGE : FWCTL_ERR_IO, errno,
				     "cannot read '%s': %s", path, strerror(errno));
	if (refuse_input(f, path, err)) {
		if (f != stdin)
			fclose(f);
		return -1;
	}
	e = read_all(f, max, buf, len);
	if (f != stdin)
		fclose(f);
	if (e == ENOMEM)
		return fwctl_err_set(err, FWCTL_ERR_FAILED, ENOMEM, "out of memory");
	if (e)
		return fwctl_err_set(err, FWCTL_ERR_IO, e, "cannot read '%s': %s", path, strerror(e));
	if (*len > max) {
		free(*buf);
		*buf = NULL;
		*len = 0;
		return fwctl_err_set(err, FWCTL_ERR_USAGE, EFBIG, "'%s' is larger than %zu bytes",
				     path, max);
	}
	return 0;
}
