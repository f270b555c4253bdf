// SPDX-License-Identifier: GPL-2.0-or-later
/* Helpers shared by the mlx5 handlers; see mlx5_util.h. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <json-c/json.h>

#include "../../lib/suggest.h"
#include "mlx5_mbox.h"
#include "mlx5_util.h"

int mlx5_send(struct fwctl_ctx *ctx, uint32_t min_scope, const uint8_t *in, size_t in_len,
	      uint8_t *out, size_t out_cap, const char *what, unsigned flags)
{
	uint32_t scope;

	if (fwctl_pick_scope(ctx, min_scope, &scope))
		return -1;
	return mlx5_mbox_send(ctx->h, scope, in, in_len, out, out_cap, what, flags, &ctx->err);
}

int mlx5_query_cap(struct fwctl_ctx *ctx, const struct mlx5_cap_type *t, bool cur,
		   uint8_t *page, uint8_t *status, uint32_t *syndrome)
{
	uint8_t in[MLX5_HDR_LEN] = { 0 };
	uint8_t *out;
	char what[64];
	int rc;

	out = calloc(1, MLX5_HDR_LEN + MLX5_CAP_PAGE_LEN);
	if (!out)
		return fwctl_err_set(&ctx->err, FWCTL_ERR_FAILED, 12, "out of memory");
	mlx5_mbox_hdr(in, MLX5_OP_QUERY_HCA_CAP,
		      (uint16_t)(t->type << 1 | (cur ? MLX5_CAP_OPMOD_CUR : MLX5_CAP_OPMOD_MAX)));
	snprintf(what, sizeof(what), "QUERY_HCA_CAP %s %s", t->name, cur ? "cur" : "max");
	rc = mlx5_send(ctx, FWCTL_RPC_CONFIGURATION, in, sizeof(in), out,
		       MLX5_HDR_LEN + MLX5_CAP_PAGE_LEN, what, MLX5_SEND_FW_STATUS);
	*status = rc == 1 ? mlx5_mbox_status(out) : 0;
	*syndrome = rc == 1 ? mlx5_mbox_syndrome(out) : 0;
	if (rc == 0)
		memcpy(page, out + MLX5_HDR_LEN, MLX5_CAP_PAGE_LEN);
	free(out);
	return rc;
}

void mlx5_json_fw_status(struct json_object *obj, uint8_t status, uint32_t syndrome)
{
	char buf[24];

	json_object_object_add(obj, "fw_status", json_object_new_int(status));
	json_object_object_add(obj, "fw_status_name", json_object_new_string(
		fwctl_fw_status_name(mlx5_status_name(status), status, buf, sizeof(buf))));
	json_object_object_add(obj, "syndrome", json_object_new_int64(syndrome));
}

struct json_object *mlx5_json_root(struct fwctl_ctx *ctx)
{
	struct json_object *root = json_object_new_object();

	if (ctx->dev && ctx->dev->name)
		json_object_object_add(root, "device", json_object_new_string(ctx->dev->name));
	return root;
}

struct json_object *mlx5_decode(const struct prm_layout *l, const uint8_t *buf, size_t len)
{
	struct json_object *o = json_object_new_object();

	prm_decode(l, buf, len, o, 0);
	return o;
}

const char *mlx5_suggest(const char *word, const char *const *names, char *buf, size_t len)
{
	struct fwctl_suggest s;

	fwctl_suggest_init(&s, word);
	for (const char *const *p = names; p && *p; p++)
		fwctl_suggest_add(&s, *p);
	return fwctl_suggest_text(&s, buf, len);
}

const char *mlx5_join_names(const char *const *names, char *buf, size_t len)
{
	size_t used = 0;

	if (len)
		buf[0] = 0;
	for (const char *const *p = names; p && *p; p++) {
		int w = snprintf(buf + used, len - used, "%s%s", used ? ", " : "", *p);

		if (w < 0 || (size_t)w >= len - used)
			break;
		used += (size_t)w;
	}
	return buf;
}

/* The field names of a layout a user may type, for a suggestion. */
static const char *field_suggestion(const struct prm_layout *l, const char *word, char *buf,
				    size_t len)
{
	struct fwctl_suggest s;

	fwctl_suggest_init(&s, word);
	for (size_t i = 0; i < l->n_fields; i++)
		if (l->fields[i].kind != PRM_RESERVED)
			fwctl_suggest_add(&s, l->fields[i].name);
	return fwctl_suggest_text(&s, buf, len);
}

/* A value that is neither a number nor one of the field's names: the
 * names it takes, and the closest of them. */
static int bad_value(struct fwctl_ctx *ctx, const struct prm_field *f, const char *name,
		     const char *value)
{
	char names[256], hint[MLX5_SUGGEST_LEN];
	const char *list[64];
	size_t n = 0;

	if (f->kind != PRM_ENUM || !f->enums)
		return fwctl_err_set(&ctx->err, FWCTL_ERR_USAGE, 0,
				     "'%s' is not a valid value for %s (a number)", value, name);
	for (const struct prm_enum *e = f->enums; e->name && n + 1 < 64; e++)
		list[n++] = e->name;
	list[n] = NULL;
	return fwctl_err_set(&ctx->err, FWCTL_ERR_USAGE, 0,
			     "'%s' is not a valid value for %s (a number or one of: %s)%s", value,
			     name, mlx5_join_names(list, names, sizeof(names)),
			     mlx5_suggest(value, list, hint, sizeof(hint)));
}

int mlx5_parse_assign(struct fwctl_ctx *ctx, const struct prm_layout *l, const char *text,
		      const struct prm_field **fp, uint64_t *val)
{
	const char *eq = strchr(text, '=');
	const struct prm_field *f;
	char name[96];
	size_t n;

	if (!eq || eq == text)
		return fwctl_err_set(&ctx->err, FWCTL_ERR_USAGE, 0,
				     "'%s' is not FIELD=VALUE", text);
	n = (size_t)(eq - text);
	if (n >= sizeof(name))
		return fwctl_err_set(&ctx->err, FWCTL_ERR_USAGE, 0, "field name too long");
	memcpy(name, text, n);
	name[n] = 0;
	if (name[0] == '-' && name[1] == '-')   /* accept --field=value spelling */
		memmove(name, name + 2, strlen(name + 2) + 1);
	f = prm_find(l, name);
	if (!f || f->kind == PRM_RESERVED) {
		char hint[MLX5_SUGGEST_LEN];

		return fwctl_err_set(&ctx->err, FWCTL_ERR_USAGE, 0, "%s has no field '%s'%s",
				     l->name, name, field_suggestion(l, name, hint, sizeof(hint)));
	}
	if (f->bit_width > 64 || f->kind == PRM_STRUCT || f->kind == PRM_ARRAY ||
	    f->kind == PRM_BYTES || f->kind == PRM_STRING)
		return fwctl_err_set(&ctx->err, FWCTL_ERR_USAGE, 0,
				     "field '%s' is not a number", name);
	if (f->kind == PRM_ENUM && f->enums && prm_enum_value(f->enums, eq + 1, val))
		goto ok;
	if (f->kind == PRM_BOOL && (!strcmp(eq + 1, "true") || !strcmp(eq + 1, "false"))) {
		*val = !strcmp(eq + 1, "true");
		goto ok;
	}
	if (fwctl_parse_u64(eq + 1, UINT64_MAX, val))
		return bad_value(ctx, f, name, eq + 1);
ok:
	if (!prm_fits(f, *val))
		return fwctl_err_set(&ctx->err, FWCTL_ERR_USAGE, 0,
				     "value %s does not fit the %u-bit field %s", eq + 1,
				     f->bit_width, name);
	*fp = f;
	return 0;
}
