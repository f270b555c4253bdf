// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * The two renderers of a result tree.  Text is derived from the same tree
 * as JSON, so the two can never disagree (nvme-cli's parallel printers
 * drifted apart; we do not write any).
 */
#include <stdlib.h>
#include <string.h>

#include <json-c/json.h>

#include "out.h"

static bool is_scalar(struct json_object *v)
{
	return !json_object_is_type(v, json_type_object) &&
	       !json_object_is_type(v, json_type_array);
}

static const char *scalar_text(struct json_object *v)
{
	if (!v)
		return "-";
	if (json_object_is_type(v, json_type_boolean))
		return json_object_get_boolean(v) ? "yes" : "no";
	if (json_object_is_type(v, json_type_string))
		return json_object_get_string(v);
	return json_object_to_json_string_ext(v, JSON_C_TO_STRING_PLAIN);
}

static bool all_scalars(struct json_object *arr)
{
	size_t n = json_object_array_length(arr);

	for (size_t i = 0; i < n; i++)
		if (!is_scalar(json_object_array_get_idx(arr, i)))
			return false;
	return true;
}

/* Rows whose members are all scalars: printed as a table. */
static bool is_table(struct json_object *arr)
{
	size_t n = json_object_array_length(arr);

	if (!n)
		return false;
	for (size_t i = 0; i < n; i++) {
		struct json_object *row = json_object_array_get_idx(arr, i);

		if (!json_object_is_type(row, json_type_object))
			return false;
		json_object_object_foreach(row, k, v) {
			(void)k;
			if (!is_scalar(v) && !(json_object_is_type(v, json_type_array) && all_scalars(v)))
				return false;
		}
	}
	return true;
}

static void print_joined(FILE *f, struct json_object *arr)
{
	size_t n = json_object_array_length(arr);

	for (size_t i = 0; i < n; i++)
		fprintf(f, "%s%s", i ? "," : "", scalar_text(json_object_array_get_idx(arr, i)));
	if (!n)
		fputs("-", f);
}

static char *cell_text(struct json_object *v)
{
	char *s = NULL;
	size_t len = 0;
	FILE *m;

	if (!v || is_scalar(v))
		return strdup(scalar_text(v));
	m = open_memstream(&s, &len);
	if (!m)
		return strdup("?");
	print_joined(m, v);
	fclose(m);
	return s;
}

static void print_cell(FILE *f, const char *text, int width, bool last)
{
	if (last)
		fprintf(f, "%s\n", text);
	else
		fprintf(f, "%-*s  ", width, text);
}

static void render_table(FILE *f, struct json_object *arr, int indent)
{
	size_t rows = json_object_array_length(arr), ncols = 0;
	const char **cols = NULL;
	size_t *width = NULL;

	/* Columns: union of keys in first-seen order. */
	for (size_t r = 0; r < rows; r++) {
		json_object_object_foreach(json_object_array_get_idx(arr, r), k, v) {
			size_t c;

			(void)v;
			for (c = 0; c < ncols && strcmp(cols[c], k); c++)
				;
			if (c == ncols) {
				const char **nc = realloc(cols, (ncols + 1) * sizeof(*cols));
				size_t *nw = realloc(width, (ncols + 1) * sizeof(*width));

				if (!nc || !nw) {
					free(nc ? nc : cols);
					free(nw ? nw : width);
					return;
				}
				cols = nc;
				width = nw;
				cols[ncols] = k;
				width[ncols] = strlen(k);
				ncols++;
			}
		}
	}
	for (size_t r = 0; r < rows; r++) {
		struct json_object *row = json_object_array_get_idx(arr, r);

		for (size_t c = 0; c < ncols; c++) {
			struct json_object *v = NULL;
			char *t;

			json_object_object_get_ex(row, cols[c], &v);
			t = cell_text(v);
			if (t && strlen(t) > width[c])
				width[c] = strlen(t);
			free(t);
		}
	}
	fprintf(f, "%*s", indent, "");
	for (size_t c = 0; c < ncols; c++)
		print_cell(f, cols[c], (int)width[c], c + 1 == ncols);
	for (size_t r = 0; r < rows; r++) {
		struct json_object *row = json_object_array_get_idx(arr, r);

		fprintf(f, "%*s", indent, "");
		for (size_t c = 0; c < ncols; c++) {
			struct json_object *v = NULL;
			char *t;

			json_object_object_get_ex(row, cols[c], &v);
			t = cell_text(v);
			print_cell(f, t ? t : "?", (int)width[c], c + 1 == ncols);
			free(t);
		}
	}
	free(cols);
	free(width);
}

static void render_object(FILE *f, struct json_object *obj, int indent, bool top);

/* Longer than this, a *_hex string reads better as a dump than as a line. */
#define HEX_LINE_MAX 64

static int hex_nibble(char c)
{
	return c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
}

/* A long *_hex value (raw replies: out_hex, response_hex...) as an
 * indented hex dump, repeated lines shown once as "*" like hexdump -C.
 * false if v is not such a value (then it is printed as a string). */
static bool render_hex_block(FILE *f, const char *key, struct json_object *v, int indent)
{
	size_t klen = strlen(key), n, len, prev = 0;
	const char *s;
	uint8_t *buf;
	bool starred = false;

	if (klen < 4 || strcmp(key + klen - 4, "_hex") || !json_object_is_type(v, json_type_string))
		return false;
	s = json_object_get_string(v);
	n = strlen(s);
	if (n <= HEX_LINE_MAX || n % 2)
		return false;
	for (size_t i = 0; i < n; i++)
		if (hex_nibble(s[i]) < 0)
			return false;
	len = n / 2;
	buf = malloc(len);
	if (!buf)
		return false;
	for (size_t i = 0; i < len; i++)
		buf[i] = (uint8_t)(hex_nibble(s[2 * i]) << 4 | hex_nibble(s[2 * i + 1]));
	fprintf(f, "%*s%s (%zu bytes):\n", indent, "", key, len);
	for (size_t off = 0; off < len; off += 16) {
		size_t line = len - off < 16 ? len - off : 16;

		if (off && off + 16 < len && !memcmp(buf + off, buf + prev, 16)) {
			if (!starred)
				fprintf(f, "%*s*\n", indent + 2, "");
			starred = true;
			continue;
		}
		fprintf(f, "%*s", indent + 2, "");
		out_hexdump_at(f, buf + off, line, off);
		prev = off;
		starred = false;
	}
	free(buf);
	return true;
}

static void render_value(FILE *f, const char *key, struct json_object *v, int indent, int kw)
{
	if (v && render_hex_block(f, key, v, indent))
		return;
	if (v && json_object_is_type(v, json_type_object)) {
		fprintf(f, "%*s%s:\n", indent, "", key);
		render_object(f, v, indent + 2, false);
	} else if (v && json_object_is_type(v, json_type_array)) {
		size_t n = json_object_array_length(v);

		if (all_scalars(v)) {
			fprintf(f, "%*s%-*s : ", indent, "", kw, key);
			print_joined(f, v);
			fputc('\n', f);
		} else if (is_table(v)) {
			fprintf(f, "%*s%s:\n", indent, "", key);
			render_table(f, v, indent + 2);
		} else {
			fprintf(f, "%*s%s:\n", indent, "", key);
			for (size_t i = 0; i < n; i++) {
				char idx[32];

				snprintf(idx, sizeof(idx), "[%zu]", i);
				render_value(f, idx, json_object_array_get_idx(v, i), indent + 2, 0);
			}
		}
	} else {
		fprintf(f, "%*s%-*s : %s\n", indent, "", kw, key, scalar_text(v));
	}
}

static void render_object(FILE *f, struct json_object *obj, int indent, bool top)
{
	int kw = 0;

	json_object_object_foreach(obj, k1, v1) {
		if (is_scalar(v1) || (json_object_is_type(v1, json_type_array) && all_scalars(v1))) {
			int l = (int)strlen(k1);

			if (l > kw)
				kw = l;
		}
	}
	json_object_object_foreach(obj, k, v) {
		if (top && !strcmp(k, "format_version"))
			continue;
		render_value(f, k, v, indent, kw);
	}
}

void out_render_text(FILE *f, struct json_object *root)
{
	if (root && json_object_is_type(root, json_type_object))
		render_object(f, root, 0, true);
	else if (root)
		render_value(f, "value", root, 0, 0);
}

/* A copy of root whose first key is "format_version". */
static struct json_object *versioned(struct json_object *root)
{
	struct json_object *o = json_object_new_object();

	json_object_object_add(o, "format_version", json_object_new_int(FWCTL_FORMAT_VERSION));
	if (root && json_object_is_type(root, json_type_object)) {
		json_object_object_foreach(root, k, v) {
			if (strcmp(k, "format_version"))
				json_object_object_add(o, k, json_object_get(v));
		}
	} else if (root) {
		json_object_object_add(o, "value", json_object_get(root));
	}
	return o;
}

/*
 * Length of the well-formed UTF-8 sequence at s (Unicode table 3-7: no
 * overlong forms, no surrogates, nothing above U+10FFFF), or 0 with *bad
 * the length of its maximal invalid subpart (at least 1).
 */
static size_t utf8_seq(const unsigned char *s, size_t n, size_t *bad)
{
	unsigned char c = s[0], lo = 0x80, hi = 0xbf;
	size_t need;

	if (c < 0x80)
		return 1;
	if (c >= 0xc2 && c <= 0xdf) {
		need = 1;
	} else if (c >= 0xe0 && c <= 0xef) {
		need = 2;
		lo = c == 0xe0 ? 0xa0 : 0x80;   /* E0: no overlong forms */
		hi = c == 0xed ? 0x9f : 0xbf;   /* ED: no surrogates */
	} else if (c >= 0xf0 && c <= 0xf4) {
		need = 3;
		lo = c == 0xf0 ? 0x90 : 0x80;   /* F0: no overlong forms */
		hi = c == 0xf4 ? 0x8f : 0xbf;   /* F4: nothing above U+10FFFF */
	} else {
		need = 0;                       /* 80..C1, F5..FF never start one */
	}
	for (size_t i = 1; i <= need; i++) {
		if (i >= n || s[i] < lo || s[i] > hi) {
			*bad = i;
			return 0;
		}
		lo = 0x80;
		hi = 0xbf;
	}
	if (!need)
		*bad = 1;
	return need ? need + 1 : 0;
}

char *out_utf8_fix(const char *s, size_t len, size_t *out_len)
{
	static const char fffd[] = "\xef\xbf\xbd";
	const unsigned char *p = (const unsigned char *)s;
	size_t i = 0, bad = 0, o = 0, n;
	char *out;

	while (i < len && (n = utf8_seq(p + i, len - i, &bad)))
		i += n;
	if (i == len)
		return NULL;
	/* Each invalid byte becomes at most 3: the worst case is 3 * len. */
	out = malloc(3 * len + 1);
	if (!out)
		return NULL;
	memcpy(out, s, i);
	o = i;
	while (i < len) {
		n = utf8_seq(p + i, len - i, &bad);
		if (n) {
			memcpy(out + o, s + i, n);
			o += n;
			i += n;
		} else {
			memcpy(out + o, fffd, 3);
			o += 3;
			i += bad;
		}
	}
	out[o] = 0;
	*out_len = o;
	return out;
}

/*
 * Every JSON document goes out here.  json-c copies a string's bytes as
 * they are, so a non-UTF-8 byte from argv, sysfs, a file or firmware would
 * make the document invalid: each invalid sequence becomes U+FFFD.
 */
static void put_json(FILE *f, struct json_object *o, int flags)
{
	size_t len = 0, fixed_len = 0;
	const char *s = json_object_to_json_string_length(o, flags | JSON_C_TO_STRING_NOSLASHESCAPE,
							  &len);
	char *fixed = s ? out_utf8_fix(s, len, &fixed_len) : NULL;

	if (s)
		fwrite(fixed ? fixed : s, 1, fixed ? fixed_len : len, f);
	fputc('\n', f);
	free(fixed);
}

void out_render_json(FILE *f, struct json_object *root)
{
	struct json_object *o = versioned(root);

	put_json(f, o, JSON_C_TO_STRING_PRETTY | JSON_C_TO_STRING_SPACED);
	json_object_put(o);
}

void out_render_json_line(FILE *f, struct json_object *root)
{
	struct json_object *o = versioned(root);

	put_json(f, o, JSON_C_TO_STRING_PLAIN);
	json_object_put(o);
}

struct json_object *out_error_object(const struct fwctl_err *e)
{
	struct json_object *root = json_object_new_object();
	struct json_object *err = json_object_new_object();

	json_object_object_add(err, "kind", json_object_new_string(fwctl_err_kind_name(e->kind)));
	json_object_object_add(err, "errno", json_object_new_int(e->errnum));
	json_object_object_add(err, "message", json_object_new_string(e->message));
	json_object_object_add(err, "fw_status",
			       e->has_fw_status ? json_object_new_int64(e->fw_status) : NULL);
	json_object_object_add(err, "fw_status_name",
			       e->has_fw_status && e->fw_status_name[0]
			       ? json_object_new_string(e->fw_status_name) : NULL);
	json_object_object_add(err, "syndrome",
			       e->has_syndrome ? json_object_new_int64(e->syndrome) : NULL);
	json_object_object_add(root, "error", err);
	return root;
}

void out_hexdump(FILE *f, const void *buf, size_t len)
{
	out_hexdump_at(f, buf, len, 0);
}

void out_hexdump_at(FILE *f, const void *buf, size_t len, size_t base)
{
	const uint8_t *p = buf;

	for (size_t off = 0; off < len; off += 16) {
		fprintf(f, "%08zx ", base + off);
		for (size_t i = 0; i < 16; i++) {
			if (off + i < len)
				fprintf(f, "%s%02x", i == 8 ? "  " : " ", p[off + i]);
			else
				fprintf(f, "%s  ", i == 8 ? "  " : " ");
		}
		fputs("  |", f);
		for (size_t i = 0; i < 16 && off + i < len; i++)
			fputc(p[off + i] >= 0x20 && p[off + i] < 0x7f ? p[off + i] : '.', f);
		fputs("|\n", f);
	}
}

char *out_hex_string(const void *buf, size_t len)
{
	static const char digits[] = "0123456789abcdef";
	const uint8_t *p = buf;
	char *s = malloc(2 * len + 1);

	if (!s)
		return NULL;
	for (size_t i = 0; i < len; i++) {
		s[2 * i] = digits[p[i] >> 4];
		s[2 * i + 1] = digits[p[i] & 15];
	}
	s[2 * len] = 0;
	return s;
}

struct json_object *out_json_rate(uint64_t delta, double secs)
{
	char txt[40];

	snprintf(txt, sizeof(txt), "%.1f", secs > 0 ? (double)delta / secs : 0.0);
	return json_object_new_double_s(strtod(txt, NULL), txt);
}
