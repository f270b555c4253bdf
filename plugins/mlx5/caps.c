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

#include "mlx5_mbox.h"
#include "mlx5_handlers.h"
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

/* The pages of one run: cur and max of the type at hand, and the raw
 * pages of every type shown, for --format=binary. */
struct caps_pages {
	uint8_t *cur, *max, *raw;
	size_t raw_len;
	/* The GENERAL page this run read (cur, or max with --max), which says
	 * which other types the device has; NULL until it is read. */
	const uint8_t *general;
	uint8_t *general_buf;
};

/*
 * Does GENERAL say the device has type t?  As the kernel does before it
 * asks: any of t->present_if set ("field@N": bit N of a wide field).
 * When not, absent lists the fields that say so.
 */
static bool cap_present(const struct mlx5_cap_type *t, const uint8_t *general, char *absent,
			size_t len)
{
	size_t used = 0;

	absent[0] = '\0';
	if (!t->present_if || !general)
		return true;
	for (const char *const *f = t->present_if; *f; f++) {
		char name[64];
		const char *at = strchr(*f, '@');
		uint64_t v = 0;

		snprintf(name, sizeof(name), "%.*s", at ? (int)(at - *f) : (int)strlen(*f), *f);
		if (!prm_get_by_name(&mlx5_prm_cmd_hca_cap, name, general, MLX5_CAP_PAGE_LEN, &v))
			return true;   /* a rule the layout cannot read: ask the firmware */
		if (at ? (v >> strtoul(at + 1, NULL, 10)) & 1 : v != 0)
			return true;
		if (used < len)
			used += (size_t)snprintf(absent + used, len - used, "%s%s", used ? ", " : "", *f);
	}
	return false;
}

/* The options, and the one type asked for (NULL for all). */
static int caps_check_opts(struct fwctl_ctx *ctx, const struct caps_opts *o, int argc,
			   char **argv, const struct mlx5_cap_type **only)
{
	char hint[MLX5_SUGGEST_LEN];

	*only = NULL;
	if (argc > 0)
		return fwctl_err_set(&ctx->err, FWCTL_ERR_USAGE, 0, "unexpected argument '%s'", argv[0]);
	if ((o->cur + o->max + o->diff) > 1)
		return fwctl_err_set(&ctx->err, FWCTL_ERR_USAGE, 0,
				     "--cur, --max and --diff are mutually exclusive");
	if (o->type && strcmp(o->type, "all")) {
		*only = mlx5_cap_type_find(o->type);
		if (!*only)
			return fwctl_err_set(&ctx->err, FWCTL_ERR_USAGE, 0,
					     "unknown capability type '%s'%s", o->type,
					     mlx5_suggest(o->type, mlx5_cap_type_choices, hint,
							  sizeof(hint)));
	}
	if (o->diff && ctx->format == OUT_BINARY)
		return fwctl_err_set(&ctx->err, FWCTL_ERR_USAGE, 0,
				     "--diff has no binary form");
	return 0;
}

/*
 * One type into e: its fields (or differences), or its refusal in its
 * place.  0, or -1 with ctx->err (a refusal too when only this type was
 * asked for).
 */
static int caps_one(struct fwctl_ctx *ctx, const struct caps_opts *o,
		    const struct mlx5_cap_type *t, bool only, struct caps_pages *pg,
		    struct json_object *e)
{
	uint8_t st = 0;
	uint32_t syn = 0;
	char absent[160];
	int r;

	if (!only && !cap_present(t, pg->general, absent, sizeof(absent))) {
		/* Not asked: the firmware would refuse it (the kernel does not ask). */
		json_object_object_add(e, "supported", json_object_new_boolean(0));
		json_object_object_add(e, "absent_per_general", json_object_new_string(absent));
		return 0;
	}
	r = mlx5_query_cap(ctx, t, !o->max, o->max ? pg->max : pg->cur, &st, &syn);
	if (r == 0 && o->diff)
		r = mlx5_query_cap(ctx, t, false, pg->max, &st, &syn);
	if (r < 0)
		return -1;
	if (r == 1) {
		/* Every device has GENERAL caps: a refusal there is the device
		 * failing, not an optional type it lacks. */
		if (only || t->type == 0)
			return fwctl_err_firmware(&ctx->err, st, mlx5_status_name(st), true, syn,
						  "QUERY_HCA_CAP %s refused by firmware", t->name);
		json_object_object_add(e, "supported", json_object_new_boolean(0));
		mlx5_json_fw_status(e, st, syn);
		return 0;
	}
	json_object_object_add(e, "supported", json_object_new_boolean(1));
	if (t->type == 0) {
		memcpy(pg->general_buf, o->max ? pg->max : pg->cur, MLX5_CAP_PAGE_LEN);
		pg->general = pg->general_buf;
	}
	if (o->diff) {
		struct json_object *d = json_object_new_array();

		diff_layout(t->layout, pg->cur, pg->max, MLX5_CAP_PAGE_LEN, "", d, 0);
		json_object_object_add(e, "differences", d);
	} else {
		const uint8_t *page = o->max ? pg->max : pg->cur;

		json_object_object_add(e, "fields", mlx5_decode(t->layout, page, MLX5_CAP_PAGE_LEN));
		memcpy(pg->raw + pg->raw_len, page, MLX5_CAP_PAGE_LEN);
		pg->raw_len += MLX5_CAP_PAGE_LEN;
	}
	return 0;
}

/* Every type (or the one asked for) into root's "caps". */
static int caps_collect(struct fwctl_ctx *ctx, const struct caps_opts *o,
			const struct mlx5_cap_type *only, struct caps_pages *pg,
			struct json_object *root)
{
	struct json_object *list = json_object_new_array();

	json_object_object_add(root, "caps", list);
	for (size_t i = 0; i < mlx5_n_cap_types; i++) {
		const struct mlx5_cap_type *t = &mlx5_cap_types[i];
		struct json_object *e;

		if (only && t != only)
			continue;
		e = json_object_new_object();
		json_object_object_add(e, "type", json_object_new_string(t->name));
		json_object_object_add(e, "type_id", json_object_new_int(t->type));
		if (caps_one(ctx, o, t, only != NULL, pg, e)) {
			json_object_put(e);
			return -1;
		}
		json_object_array_add(list, e);
	}
	return 0;
}

int mlx5_cmd_query_caps(struct fwctl_ctx *ctx, void *optp, int argc, char **argv)
{
	struct caps_opts *o = optp;
	const struct mlx5_cap_type *only;
	struct caps_pages pg = { 0 };
	struct json_object *root;
	int rc = -1;

	if (caps_check_opts(ctx, o, argc, argv, &only))
		return -1;
	pg.cur = malloc(MLX5_CAP_PAGE_LEN);
	pg.max = malloc(MLX5_CAP_PAGE_LEN);
	pg.raw = malloc(MLX5_CAP_PAGE_LEN * mlx5_n_cap_types);
	pg.general_buf = malloc(MLX5_CAP_PAGE_LEN);
	if (!pg.cur || !pg.max || !pg.raw || !pg.general_buf) {
		fwctl_err_set(&ctx->err, FWCTL_ERR_FAILED, 12, "out of memory");
		goto out;
	}
	root = mlx5_json_root(ctx);
	json_object_object_add(root, "mode",
			       json_object_new_string(o->diff ? "diff" : o->max ? "max" : "cur"));
	if (caps_collect(ctx, o, only, &pg, root))
		json_object_put(root);
	else
		rc = fwctl_emit(ctx, root, o->diff ? NULL : pg.raw, pg.raw_len);
out:
	free(pg.cur);
	free(pg.max);
	free(pg.raw);
	free(pg.general_buf);
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
