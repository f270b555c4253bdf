// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * libFuzzer: arbitrary bytes as the strings of a result tree (keys, values,
 * array members, an error message), as argv, sysfs, files and firmware
 * deliver them.  Every rendered document must parse back as strict JSON
 * with UTF-8 validation, valid strings must come back unchanged, and the
 * repair must be idempotent.  Input: strings separated by NUL bytes.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <json-c/json.h>

#include "output/out.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static bool valid_utf8(const char *s, size_t len)
{
	size_t n;
	char *f = out_utf8_fix(s, len, &n);

	free(f);
	return !f;
}

/* Parse doc back (strict, UTF-8 validated): abort if it is not one JSON document. */
static struct json_object *parse_back(const char *doc, size_t len)
{
	struct json_tokener *tok = json_tokener_new();
	struct json_object *o;

	json_tokener_set_flags(tok, JSON_TOKENER_STRICT | JSON_TOKENER_VALIDATE_UTF8);
	o = json_tokener_parse_ex(tok, doc, (int)len);
	if (!o || json_tokener_get_error(tok) != json_tokener_success)
		abort();
	json_tokener_free(tok);
	return o;
}

/*
 * Valid strings survive byte for byte.  Only checked when every key is
 * valid: two keys that differ in invalid bytes may become one key.
 */
static void check_unchanged(struct json_object *tree, struct json_object *back)
{
	json_object_object_foreach(tree, k0, v0) {
		(void)v0;
		if (!valid_utf8(k0, strlen(k0)))
			return;
	}
	json_object_object_foreach(tree, k, v) {
		struct json_object *b;
		const char *s = json_object_get_string(v);

		if (!strcmp(k, "format_version") || !json_object_is_type(v, json_type_string) ||
		    !valid_utf8(s, strlen(s)))
			continue;
		if (!json_object_object_get_ex(back, k, &b) || strcmp(json_object_get_string(b), s))
			abort();
	}
}

static void render_and_check(struct json_object *tree, bool line)
{
	char *buf = NULL;
	size_t len = 0;
	FILE *m = open_memstream(&buf, &len);
	struct json_object *back;

	if (!m)
		return;
	if (line)
		out_render_json_line(m, tree);
	else
		out_render_json(m, tree);
	if (fclose(m) || !len || buf[len - 1] != '\n' || !valid_utf8(buf, len))
		abort();
	back = parse_back(buf, len - 1);
	check_unchanged(tree, back);
	json_object_put(back);
	free(buf);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct json_object *root = json_object_new_object(), *arr = json_object_new_array();
	struct fwctl_err e = { .kind = FWCTL_ERR_FAILED };
	char *copy = malloc(size + 1), *fix, *fix2 = NULL;
	size_t n, n2, i = 0;

	if (!copy) {
		json_object_put(root);
		json_object_put(arr);
		return 0;
	}
	memcpy(copy, data, size);
	copy[size] = 0;
	/* The repair's output is valid: repairing it again changes nothing. */
	fix = out_utf8_fix(copy, size, &n);
	if (fix)
		fix2 = out_utf8_fix(fix, n, &n2);
	if (fix2)
		abort();
	free(fix);
	while (i < size) {
		const char *k = copy + i, *v;

		i += strlen(k) + 1;
		v = i < size ? copy + i : "";
		if (i < size)
			i += strlen(v) + 1;
		json_object_object_add(root, k, json_object_new_string(v));
		json_object_array_add(arr, json_object_new_string(k));
	}
	render_and_check(root, false);
	render_and_check(root, true);
	json_object_object_add(root, "list", arr);
	render_and_check(root, false);
	snprintf(e.message, sizeof(e.message), "%s", copy);
	json_object_put(root);
	root = out_error_object(&e);
	render_and_check(root, false);
	json_object_put(root);
	free(copy);
	return 0;
}
