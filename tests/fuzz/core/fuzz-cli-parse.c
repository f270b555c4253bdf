// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * libFuzzer: the user-input parsers.  Byte 0 picks a command (from the
 * plugin tables, so new commands are covered); the rest, split at NUL
 * bytes, is its argv for fwctl_opt_parse (global + the command's options,
 * every option type: sizes, numbers, doubles, lists).  Each argument also
 * goes through the hex, number and scope parsers, and the parsed options
 * are freed.  Then the error object and a data tree built from the input
 * run through both renderers (text and JSON).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <json-c/json.h>

#include "cli/opt.h"
#include "lib/device.h"
#include "output/out.h"
#include "plugins/plugin.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static FILE *sink;

static const struct fwctl_cmd *pick(uint8_t b)
{
	size_t n = 0, k;

	for (size_t i = 0; i < fwctl_n_plugins; i++)
		n += fwctl_plugins[i]->n_cmds;
	if (!n)
		return NULL;
	k = b % n;
	for (size_t i = 0; i < fwctl_n_plugins; i++) {
		if (k < fwctl_plugins[i]->n_cmds)
			return &fwctl_plugins[i]->cmds[k];
		k -= fwctl_plugins[i]->n_cmds;
	}
	return NULL;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct fwctl_global_opts g = { 0 };
	struct fwctl_err err = { 0 };
	const struct fwctl_cmd *c;
	struct json_object *root, *arr;
	char *buf, *argv[33];
	int argc = 0, pos = 0;
	void *store;

	if (size < 1 || size > 4096)
		return 0;
	if (!sink)
		sink = fopen("/dev/null", "w");
	c = pick(data[0]);
	if (!c || !sink)
		return 0;
	buf = malloc(size);
	if (!buf)
		return 0;
	memcpy(buf, data + 1, size - 1);
	buf[size - 1] = 0;
	argv[argc++] = (char *)c->name;
	for (char *s = buf; s < buf + size - 1 && argc < 32; s += strlen(s) + 1)
		argv[argc++] = s;
	argv[argc] = NULL;

	root = json_object_new_object();
	arr = json_object_new_array();
	for (int i = 1; i < argc; i++) {
		uint8_t *hex = NULL;
		size_t hex_len = 0;
		uint64_t v;

		if (fwctl_parse_hex(argv[i], &hex, &hex_len) == 0 && hex_len && !hex)
			__builtin_trap();
		free(hex);
		if (fwctl_parse_u64(argv[i], UINT32_MAX, &v) == 0 && v > UINT32_MAX)
			__builtin_trap();
		(void)fwctl_scope_from_name(argv[i]);
		json_object_array_add(arr, json_object_new_string(argv[i]));
	}
	json_object_object_add(root, "args", arr);

	store = calloc(1, c->opts_size ? c->opts_size : 1);
	if (store) {
		if (fwctl_opt_parse(argc, argv, c->opts, store, &g, false, &pos, &err) == 0) {
			if (pos < 0 || pos > argc)
				__builtin_trap();
		} else if (!err.message[0]) {
			__builtin_trap();
		}
		fwctl_opt_free(c->opts, store);
		free(store);
	}
	if (fwctl_err_is_set(&err))
		json_object_object_add(root, "error", out_error_object(&err));
	out_render_json(sink, root);
	out_render_text(sink, root);
	json_object_put(root);
	free(buf);
	return 0;
}
