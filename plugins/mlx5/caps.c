// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * fwctl mlx5 query-caps: QUERY_HCA_CAP for one or every capability type,
 * current or maximum values, or the fields where they differ.  A type the
 * firmware refuses is reported in its place (status + syndrome); only a
 * single explicitly requested type turns a refusal into a failure.
 */
#include <stdlib.h>
#include <string.h>

#include <json-c/json.h>

#include "mlx5_cmd.h"
#include "mlx5_cmds.h"
#include "mlx5_util.h"

static void add_diff(struct json_object *arr, const char *name, uint64_t cur, uint64_t max)
{
	struct json_object *d = json_object_new_object();

	json_object_object_add(d, "field", json_object_new_string(name));
	json_object_object_add(d, "cur", json_object_new_int64((int64_t)cur));
	json_object_object_add(d, "max", json_object_new_int64((int64_t)max));
	json_object_array_add(arr, d);
}

/* Walk the layout (nested structs/arrays too) and list differing fields. */
static void diff_layout(const struct prm_layout *l, const uint8_t *cur, const uint8_t *max,
			size_t len, const char *prefix, struct json_object *arr, int depth)
{
	char name[160];

	if (depth > 4)
		return;
	for (size_t i = 0; i < l->n_fields; i++) {
		const struct prm_field *f = &l->fields[i];
		size_t off = f->bit_off / 8;
		uint64_t a, b;

		snprintf(name, sizeof(name), "%s%s", prefix, f->name);
		switch (f->kind) {
		case PRM_RESERVED:
			break;
		case PRM_STRUCT:
			if (f->sub && off < len) {
				char p[170];

				snprintf(p, sizeof(p), "%s.", name);
				diff_layout(f->sub, cur + off, max + off, len - off, p, arr, depth + 1);
			}
			break;
		case PRM_ARRAY:
			for (uint32_t k = 0; f->sub && k < f->count && k < 1024; k++) {
				size_t eo = off + (size_t)k * (f->bit_width / 8);
				char p[180];

				if (eo >= len)
					break;
				snprintf(p, sizeof(p), "%s.%u.", name, k);
				diff_layout(f->sub, cur + eo, max + eo, len - eo, p, arr, depth + 1);
			}
			break;
		case PRM_BYTES:
		case PRM_STRING:
			if (off + f->bit_width / 8 <= len &&
			    memcmp(cur + off, max + off, f->bit_width / 8)) {
				struct json_object *d = json_object_new_object();
				char *hc = out_hex_string(cur + off, f->bit_width / 8);
				char *hm = out_hex_string(max + off, f->bit_width / 8);

				json_object_object_add(d, "field", json_object_new_string(name));
				json_object_object_add(d, "cur_hex", json_object_new_string(hc ? hc : ""));
				json_object_object_add(d, "max_hex", json_object_new_string(hm ? hm : ""));
				json_object_array_add(arr, d);
				free(hc);
				free(hm);
			}
			break;
		default:
			if (prm_get(l, f, cur, len, &a) && prm_get(l, f, max, len, &b) && a != b)
				add_diff(arr, name, a, b);
			break;
		}
	}
}

int mlx5_cmd_query_caps(struct fwctl_ctx *ctx, void *optp, int argc, char **argv)
{
	struct caps_opts *o = optp;
	const struct mlx5_cap_type *only = NULL;
	struct json_object *root, *list;
	uint8_t *cur = NULL, *max = NULL, *raw = NULL;
	size_t raw_len = 0;
	const char *mode;
	int rc = -1;

	(void)argv;
	if (argc > 0)
		return fwctl_err_set(&ctx->err, FWCTL_ERR_USAGE, 0, "unexpected argument '%s'", argv[0]);
	if ((o->cur + o->max + o->diff) > 1)
		return fwctl_err_set(&ctx->err, FWCTL_ERR_USAGE, 0,
				     "--cur, --max and --diff are mutually exclusive");
	if (o->type && strcmp(o->type, "all")) {
		only = mlx5_cap_type_find(o->type);
		if (!only)
			return fwctl_err_set(&ctx->err, FWCTL_ERR_USAGE, 0,
					     "unknown capability type '%s'", o->type);
	}
	mode = o->diff ? "diff" : o->max ? "max" : "cur";
	if (o->diff && ctx->format == OUT_BINARY)
		return fwctl_err_set(&ctx->err, FWCTL_ERR_USAGE, 0,
				     "--diff has no binary form");

	cur = malloc(MLX5_CAP_PAGE_LEN);
	max = malloc(MLX5_CAP_PAGE_LEN);
	raw = malloc(MLX5_CAP_PAGE_LEN * mlx5_n_cap_types);
	if (!cur || !max || !raw) {
		fwctl_err_set(&ctx->err, FWCTL_ERR_FAILED, 12, "out of memory");
		goto out;
	}
	root = mlx5_json_root(ctx);
	json_object_object_add(root, "mode", json_object_new_string(mode));
	list = json_object_new_array();
	json_object_object_add(root, "caps", list);

	for (size_t i = 0; i < mlx5_n_cap_types; i++) {
		const struct mlx5_cap_type *t = &mlx5_cap_types[i];
		struct json_object *e;
		uint8_t st = 0;
		uint32_t syn = 0;
		int r;

		if (only && t != only)
			continue;
		e = json_object_new_object();
		json_object_object_add(e, "type", json_object_new_string(t->name));
		json_object_object_add(e, "type_id", json_object_new_int(t->type));
		r = mlx5_query_cap(ctx, t, !o->max, o->max ? max : cur, &st, &syn);
		if (r == 0 && o->diff)
			r = mlx5_query_cap(ctx, t, false, max, &st, &syn);
		if (r < 0) {
			json_object_put(e);
			json_object_put(root);
			goto out;
		}
		if (r == 1) {
			if (only) {
				json_object_put(e);
				json_object_put(root);
				fwctl_err_firmware(&ctx->err, st, mlx5_status_name(st), true, syn,
						   "QUERY_HCA_CAP %s refused by firmware", t->name);
				goto out;
			}
			json_object_object_add(e, "supported", json_object_new_boolean(0));
			mlx5_json_fw_status(e, st, syn);
			json_object_array_add(list, e);
			continue;
		}
		json_object_object_add(e, "supported", json_object_new_boolean(1));
		if (o->diff) {
			struct json_object *d = json_object_new_array();

			diff_layout(t->layout, cur, max, MLX5_CAP_PAGE_LEN, "", d, 0);
			json_object_object_add(e, "differences", d);
		} else {
			const uint8_t *page = o->max ? max : cur;

			json_object_object_add(e, "fields",
					       mlx5_decode(t->layout, page, MLX5_CAP_PAGE_LEN));
			memcpy(raw + raw_len, page, MLX5_CAP_PAGE_LEN);
			raw_len += MLX5_CAP_PAGE_LEN;
		}
		json_object_array_add(list, e);
	}
	rc = fwctl_emit(ctx, root, o->diff ? NULL : raw, raw_len);
out:
	free(cur);
	free(max);
	free(raw);
	return rc;
}

const struct fwctl_opt mlx5_query_caps_opts[] = {
	{ "type", 't', OPT_STR, OPT_OFF(struct caps_opts, type), "NAME",
	  "capability type, or 'all' (default)", mlx5_cap_type_choices },
	{ "cur", 0, OPT_BOOL, OPT_OFF(struct caps_opts, cur), NULL,
	  "current values (default)" },
	{ "max", 0, OPT_BOOL, OPT_OFF(struct caps_opts, max), NULL, "maximum values" },
	{ "diff", 0, OPT_BOOL, OPT_OFF(struct caps_opts, diff), NULL,
	  "only fields whose current value differs from the maximum" },
	FWCTL_OPT_END
};
