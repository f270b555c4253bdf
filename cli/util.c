// SPDX-License-Identifier: GPL-2.0-or-later
/* Helpers every handler shares: emitting results, gates, parsing. */
#include <ctype.h>
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <json-c/json.h>

#include "../plugins/plugin.h"

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
 * SIGINT/SIGTERM before the result is delivered: the run fails as
 * interrupted (130/143) and leaves no file.  After delivery a signal
 * changes nothing (dispatch.c finish()).
 */
static int stopped(struct fwctl_ctx *ctx)
{
	int sig = fwctl_stop_signal;

	if (!sig)
		return 0;
	fwctl_err_reset(&ctx->err, FWCTL_ERR_INTERRUPTED, EINTR, "interrupted by signal %d", sig);
	ctx->err.signo = sig;
	return -1;
}

/* -o FILE (atomically, --force to replace it) or stdout, unless a signal stopped us. */
static int open_output(struct fwctl_ctx *ctx, struct atomic_file *af)
{
	if (stopped(ctx))
		return -1;
	return atomic_file_open(af, ctx->output ? ctx->output : "-", ctx->force, &ctx->err);
}

int fwctl_emit(struct fwctl_ctx *ctx, struct json_object *root, const void *raw, size_t raw_len)
{
	struct atomic_file af;
	int ret = 0;

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

int fwctl_emit_stream(struct fwctl_ctx *ctx, struct json_object *record)
{
	FILE *f;
	int e;

	if (!ctx->stream_open) {
		if (open_output(ctx, &ctx->stream)) {
			json_object_put(record);
			return -1;
		}
		ctx->stream_open = true;
	}
	f = ctx->stream.fp;
	if (f == stdout)
		ctx->emitted = true;
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

int fwctl_stream_finish(struct fwctl_ctx *ctx, int ret)
{
	if (!ctx->stream_open)
		return ret;
	ctx->stream_open = false;
	if (ret || (ctx->stream.fp != stdout && stopped(ctx))) {
		atomic_file_abort(&ctx->stream);
		return ret ? ret : -1;
	}
	return atomic_file_commit(&ctx->stream, &ctx->err);
}

int fwctl_require_force(struct fwctl_ctx *ctx, const char *what, bool taints)
{
	if (ctx->dry_run)
		return 0;    /* nothing will be sent: show what would be */
	if (!ctx->force) {
		fwctl_warn(ctx, "this would %s.", what);
		fprintf(stderr, "  %s requires --force\n",
			taints ? "It sends an RPC at a write scope, which taints the kernel (TAINT_FWCTL), and"
			       : "It changes the device's state and");
		return fwctl_err_set(&ctx->err, FWCTL_ERR_PERMISSION, EPERM,
				     "refusing to %s without --force", what);
	}
	return 0;
}

int fwctl_pick_scope(struct fwctl_ctx *ctx, uint32_t min, uint32_t *scope)
{
	if (ctx->scope < 0) {
		*scope = min;
		return 0;
	}
	if ((uint32_t)ctx->scope < min)
		return fwctl_err_set(&ctx->err, FWCTL_ERR_USAGE, EINVAL,
				     "scope %s is below what this command needs (%s)",
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

int fwctl_read_file(const char *path, size_t max, uint8_t **buf, size_t *len,
		    struct fwctl_err *err)
{
	FILE *f = strcmp(path, "-") ? fopen(path, "rb") : stdin;
	uint8_t *b = NULL;
	size_t n = 0, cap = 0;

	*buf = NULL;
	*len = 0;
	if (!f)
		return fwctl_err_set(err, errno == ENOENT ? FWCTL_ERR_USAGE : FWCTL_ERR_IO, errno,
				     "cannot read '%s': %s", path, strerror(errno));
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
				if (f != stdin)
					fclose(f);
				return fwctl_err_set(err, FWCTL_ERR_FAILED, ENOMEM, "out of memory");
			}
			b = nb;
		}
		got = fread(b + n, 1, cap - n, f);
		n += got;
		if (got == 0)
			break;
	}
	if (ferror(f) || n > max) {
		bool big = n > max;

		free(b);
		if (f != stdin)
			fclose(f);
		return fwctl_err_set(err, big ? FWCTL_ERR_USAGE : FWCTL_ERR_IO, big ? EFBIG : EIO,
				     big ? "'%s' is larger than %zu bytes" : "cannot read '%s'%.0zu",
				     path, max);
	}
	if (f != stdin)
		fclose(f);
	*buf = b;
	*len = n;
	return 0;
}
