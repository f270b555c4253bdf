// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * fwctl mlx5 reg: ACCESS_REG read of a named register, decoded from its
 * layout; `--set FIELD=VALUE --force` does read-modify-write (op_mod WRITE,
 * which the kernel allows at CONFIGURATION scope) and reads back.
 *
 * Index fields select the instance (local_port, sensor_index, grp...).
 * The option table is static, so they are given as positional FIELD=VALUE
 * pairs after the register name or as repeatable --index FIELD=VALUE.
 */
#include <stdlib.h>
#include <string.h>

#include <json-c/json.h>

#include "mlx5_mbox.h"
#include "mlx5_handlers.h"
#include "mlx5_util.h"
#include "module.h"
#include "../../lib/suggest.h"

#define REG_MAX_BYTES MLX5_REG_MAX_BYTES

static int list_regs(struct fwctl_ctx *ctx)
{
	struct json_object *root = json_object_new_object();
	struct json_object *arr = json_object_new_array();

	for (size_t i = 0; i < mlx5_n_regs; i++) {
		const struct mlx5_reg *r = &mlx5_regs[i];
		struct json_object *e = json_object_new_object();
		struct json_object *idx = json_object_new_array();
		struct json_object *wr = json_object_new_array();

		json_object_object_add(e, "name", json_object_new_string(r->name));
		json_object_object_add(e, "register_id", json_object_new_int(r->id));
		json_object_object_add(e, "size", json_object_new_int((int)mlx5_reg_len(r)));
		for (const char *const *p = r->index; p && *p; p++)
			json_object_array_add(idx, json_object_new_string(*p));
		for (const char *const *p = r->writable; p && *p; p++)
			json_object_array_add(wr, json_object_new_string(*p));
		json_object_object_add(e, "index_fields", idx);
		json_object_object_add(e, "writable_fields", wr);
		json_object_object_add(e, "summary", json_object_new_string(r->summary));
		json_object_array_add(arr, e);
	}
	json_object_object_add(root, "registers", arr);
	return fwctl_emit(ctx, root, NULL, 0);
}

/* PPCNT's grp=NAME: the group's number into *grp; 1 when NAME is a
 * number (parsed as any field), -1 with the groups listed when it is
 * neither. */
static int ppcnt_group(struct fwctl_ctx *ctx, const char *name, uint64_t *grp)
{
	char names[512], hint[MLX5_SUGGEST_LEN];
	const char *list[32];
	size_t n = 0;
	uint64_t num;

	for (size_t i = 0; i < mlx5_n_ppcnt_groups; i++)
		if (fwctl_name_eq(name, mlx5_ppcnt_groups[i].name)) {
			*grp = mlx5_ppcnt_groups[i].grp;
			return 0;
		}
	if (!fwctl_parse_u64(name, UINT64_MAX, &num))
		return 1;
	for (size_t i = 0; i < mlx5_n_ppcnt_groups && n + 1 < 32; i++)
		list[n++] = mlx5_ppcnt_groups[i].name;
	list[n] = NULL;
	return fwctl_err_set(&ctx->err, FWCTL_ERR_USAGE, 0,
			     "unknown PPCNT group '%s' (a number or one of: %s)%s", name,
			     mlx5_join_names(list, names, sizeof(names)),
			     mlx5_suggest(name, list, hint, sizeof(hint)));
}

/* Apply one FIELD=VALUE index assignment (grp also accepts a group name). */
static int apply_index(struct fwctl_ctx *ctx, const struct mlx5_reg *r, const char *text,
		       uint8_t *data)
{
	const struct prm_field *f;
	uint64_t v;
	int rc;

	if (r->layout == &mlx5_prm_ppcnt_reg && !strncmp(text, "grp=", 4)) {
		rc = ppcnt_group(ctx, text + 4, &v);
		if (rc < 0)
			return -1;
		if (rc == 0) {
			prm_set_by_name(r->layout, "grp", data, mlx5_reg_len(r), v);
			return 0;
		}
	}
	if (mlx5_parse_assign(ctx, r->layout, text, &f, &v))
		return -1;
	if (!mlx5_reg_is_index(r, f->name))
		return fwctl_err_set(&ctx->err, FWCTL_ERR_USAGE, 0,
				     "'%s' is not an index field of %s (use --set to change it)",
				     f->name, r->name);
	prm_set(r->layout, f, data, mlx5_reg_len(r), v);
	return 0;
}

/*
 * Index values used when the user gives none: ports are numbered from 1
 * (local_port 0 is not a port), module EEPROM reads go to I2C address
 * 0x50 and fetch the whole 12-dword window.
 */
static const struct { const char *reg, *field; uint64_t value; } index_defaults[] = {
	{ "paos", "local_port", 1 }, { "ptys", "local_port", 1 }, { "pmtu", "local_port", 1 },
	{ "ppcnt", "local_port", 1 }, { "mcia", "i2c_device_address", 0x50 },
	{ "mcia", "size", 48 },
};

static void apply_index_defaults(const struct mlx5_reg *r, uint8_t *data)
{
	for (size_t i = 0; i < FWCTL_ARRAY_SIZE(index_defaults); i++)
		if (!strcmp(index_defaults[i].reg, r->name))
			prm_set_by_name(r->layout, index_defaults[i].field, data, mlx5_reg_len(r),
					index_defaults[i].value);
}

/*
 * Fields a write only takes effect with: PAOS applies admin_status only
 * when ase (admin state update enable) is set in the same write.
 */
static const struct { const char *reg, *field, *enable; } write_enables[] = {
	{ "paos", "admin_status", "ase" },
};

int mlx5_reg_access(struct fwctl_ctx *ctx, const struct mlx5_reg *r, const uint8_t *data,
		    uint8_t *result, unsigned flags)
{
	bool write = flags & MLX5_REG_WRITE;
	size_t len = mlx5_reg_len(r);
	uint8_t in[MLX5_HDR_LEN + REG_MAX_BYTES] = { 0 };
	uint8_t out[MLX5_HDR_LEN + REG_MAX_BYTES];
	char what[64];

	if (len > REG_MAX_BYTES)
		return fwctl_err_set(&ctx->err, FWCTL_ERR_FAILED, 0, "register table too large");
	mlx5_mbox_hdr(in, MLX5_OP_ACCESS_REG,
		      write ? MLX5_ACCESS_REG_OP_WRITE : MLX5_ACCESS_REG_OP_READ);
	prm_put_be16(in + 10, r->id);           /* register_id, bytes 10-11 */
	memcpy(in + MLX5_HDR_LEN, data, len);
	snprintf(what, sizeof(what), "ACCESS_REG %s %s", write ? "write" : "read", r->name);
	/* Register writes pass at CONFIGURATION, reads need DEBUG_READ_ONLY. */
	if (mlx5_send(ctx, write ? FWCTL_RPC_CONFIGURATION : FWCTL_RPC_DEBUG_READ_ONLY,
		      in, MLX5_HDR_LEN + len, out, MLX5_HDR_LEN + len, what, 0))
		return -1;
	memcpy(result, out + MLX5_HDR_LEN, len);
	return 0;
}

struct json_object *mlx5_reg_decode(const struct mlx5_reg *r, const uint8_t *data)
{
	struct json_object *fields = mlx5_decode(r->layout, data, mlx5_reg_len(r));

	if (r->layout == &mlx5_prm_mcia_reg)
		mlx5_mcia_module(data, mlx5_reg_len(r), fields);

	if (r->layout == &mlx5_prm_ppcnt_reg) {
		uint64_t grp = 0;
		const struct mlx5_ppcnt_group *g;

		prm_get_by_name(r->layout, "grp", data, mlx5_reg_len(r), &grp);
		g = mlx5_ppcnt_group_by_id((uint8_t)grp);
		if (g) {
			json_object_object_add(fields, "group", json_object_new_string(g->name));
			json_object_object_add(fields, "counters",
					       mlx5_decode(g->layout, data + MLX5_PPCNT_SET_OFF,
							   mlx5_reg_len(r) - MLX5_PPCNT_SET_OFF));
		} else {
			char *hex = out_hex_string(data + MLX5_PPCNT_SET_OFF,
						   mlx5_reg_len(r) - MLX5_PPCNT_SET_OFF);

			json_object_object_add(fields, "counter_set_hex",
					       json_object_new_string(hex ? hex : ""));
			free(hex);
		}
	}
	return fields;
}

/* The register named by --register or the first argument (consumed). */
static const struct mlx5_reg *reg_resolve(struct fwctl_ctx *ctx, struct reg_opts *o, int *argc,
					  char ***argv)
{
	const struct mlx5_reg *r;
	char hint[MLX5_SUGGEST_LEN];

	if (!o->name) {
		if (*argc < 1) {
			fwctl_err_set(&ctx->err, FWCTL_ERR_USAGE, 0,
				      "which register? (fwctl mlx5 reg --list)");
			return NULL;
		}
		o->name = (*argv)[0];
		(*argc)--;
		(*argv)++;
	}
	r = mlx5_reg_find(o->name);
	if (!r)
		fwctl_err_set(&ctx->err, FWCTL_ERR_USAGE, 0,
			      "unknown register '%s' (fwctl mlx5 reg --list)%s", o->name,
			      mlx5_suggest(o->name, mlx5_reg_names(), hint, sizeof(hint)));
	else if (mlx5_reg_len(r) > REG_MAX_BYTES)
		fwctl_err_set(&ctx->err, FWCTL_ERR_FAILED, 0, "register table too large");
	return fwctl_err_is_set(&ctx->err) ? NULL : r;
}

/* The instance to access: defaults, then positional and --index FIELD=VALUE. */
static int reg_select(struct fwctl_ctx *ctx, const struct mlx5_reg *r, const struct reg_opts *o,
		      int argc, char **argv, uint8_t *data)
{
	apply_index_defaults(r, data);
	for (int i = 0; i < argc; i++)
		if (apply_index(ctx, r, argv[i], data))
			return -1;
	for (size_t i = 0; i < o->index.n; i++)
		if (apply_index(ctx, r, o->index.v[i], data))
			return -1;
	return 0;
}

/* One --set FIELD=VALUE, parsed once. */
struct reg_assign {
	const struct prm_field *f;
	uint64_t v;
};

/* Every --set parsed and checked before anything is sent; *out is
 * malloc'd (NULL without --set). */
static int reg_parse_sets(struct fwctl_ctx *ctx, const struct mlx5_reg *r,
			  const struct reg_opts *o, struct reg_assign **out)
{
	struct reg_assign *a;

	*out = NULL;
	if (!o->set.n)
		return 0;
	a = calloc(o->set.n, sizeof(*a));
	if (!a)
		return fwctl_err_set(&ctx->err, FWCTL_ERR_FAILED, 12, "out of memory");
	for (size_t i = 0; i < o->set.n; i++) {
		if (mlx5_parse_assign(ctx, r->layout, o->set.v[i], &a[i].f, &a[i].v))
			goto fail;
		if (!mlx5_reg_is_writable(r, a[i].f->name)) {
			fwctl_err_set(&ctx->err, FWCTL_ERR_USAGE, 0,
				      "field '%s' of %s is not writable with this tool",
				      a[i].f->name, r->name);
			goto fail;
		}
	}
	*out = a;
	return 0;
fail:
	free(a);
	return -1;
}

/* The assignments into data (the register as read), with the enable bits
 * they need; the changes listed as {field, old, new} in the form the
 * field is shown in (admin_status: up -> down), and where that is not
 * the number, the numbers too (old_value, new_value). */
static struct json_object *reg_apply(const struct mlx5_reg *r, const struct reg_assign *a,
				     size_t n, uint8_t *data)
{
	struct json_object *changes = json_object_new_array();
	size_t len = mlx5_reg_len(r);

	for (size_t i = 0; i < n; i++) {
		struct json_object *c = json_object_new_object();
		uint64_t old = 0;

		prm_get(r->layout, a[i].f, data, len, &old);
		prm_set(r->layout, a[i].f, data, len, a[i].v);
		for (size_t k = 0; k < FWCTL_ARRAY_SIZE(write_enables); k++)
			if (!strcmp(write_enables[k].reg, r->name) &&
			    !strcmp(write_enables[k].field, a[i].f->name))
				prm_set_by_name(r->layout, write_enables[k].enable, data, len, 1);
		json_object_object_add(c, "field", json_object_new_string(a[i].f->name));
		json_object_object_add(c, "old", prm_value_json(a[i].f, old));
		json_object_object_add(c, "new", prm_value_json(a[i].f, a[i].v));
		if (a[i].f->kind != PRM_UINT) {
			json_object_object_add(c, "old_value", json_object_new_int64((int64_t)old));
			json_object_object_add(c, "new_value", json_object_new_int64((int64_t)a[i].v));
		}
		json_object_array_add(changes, c);
	}
	return changes;
}

static bool reg_assigned(const struct reg_assign *a, size_t n, const struct prm_field *f)
{
	for (size_t i = 0; i < n; i++)
		if (a[i].f == f)
			return true;
	return false;
}

/* A field's value as the read output shows it (enum names, hex strings). */
static struct json_object *reg_field_value(struct json_object *decoded, const struct prm_field *f,
					   uint64_t raw)
{
	struct json_object *v;
	char key[96];

	if (json_object_object_get_ex(decoded, prm_json_key(f, key, sizeof(key)), &v))
		return json_object_get(v);
	return json_object_new_int64((int64_t)raw);
}

/*
 * --dry-run's view of the write it does not send: every field the write
 * changes (enable bits included) and every --set field, before and after,
 * as the read output shows them.
 */
static struct json_object *reg_preview(struct fwctl_ctx *ctx, const struct mlx5_reg *r,
				       const struct reg_assign *a, size_t n,
				       const uint8_t *before, const uint8_t *after)
{
	struct json_object *p = mlx5_json_root(ctx), *fields = json_object_new_array();
	struct json_object *db = mlx5_decode(r->layout, before, mlx5_reg_len(r));
	struct json_object *da = mlx5_decode(r->layout, after, mlx5_reg_len(r));
	size_t len = mlx5_reg_len(r);

	for (size_t i = 0; i < r->layout->n_fields; i++) {
		const struct prm_field *f = &r->layout->fields[i];
		uint64_t b = 0, v = 0;
		struct json_object *e;

		if (f->kind == PRM_RESERVED || f->kind == PRM_STRUCT || f->kind == PRM_ARRAY ||
		    f->kind == PRM_BYTES || f->kind == PRM_STRING ||
		    !prm_get(r->layout, f, before, len, &b) || !prm_get(r->layout, f, after, len, &v))
			continue;
		if (b == v && !reg_assigned(a, n, f))
			continue;
		e = json_object_new_object();
		json_object_object_add(e, "name", json_object_new_string(f->name));
		json_object_object_add(e, "before", reg_field_value(db, f, b));
		json_object_object_add(e, "after", reg_field_value(da, f, v));
		json_object_array_add(fields, e);
	}
	json_object_put(db);
	json_object_put(da);
	json_object_object_add(p, "register", json_object_new_string(r->name));
	json_object_object_add(p, "register_id", json_object_new_int(r->id));
	json_object_object_add(p, "fields", fields);
	return p;
}

/* Read-modify-write: cur is the register as read; the write, then a read
 * back into the result. */
static int reg_write(struct fwctl_ctx *ctx, const struct mlx5_reg *r, const struct reg_assign *a,
		     size_t n, const uint8_t *cur, struct json_object *root)
{
	uint8_t data[REG_MAX_BYTES], after[REG_MAX_BYTES];
	size_t len = mlx5_reg_len(r);
	struct json_object *changes;

	memcpy(data, cur, len);
	changes = reg_apply(r, a, n, data);
	if (ctx->dry_run)
		fwctl_dry_run_preview(ctx, reg_preview(ctx, r, a, n, cur, data));
	if (mlx5_reg_access(ctx, r, data, after, MLX5_REG_WRITE) ||
	    mlx5_reg_access(ctx, r, data, after, 0)) {
		json_object_put(changes);
		json_object_put(root);
		return -1;
	}
	fwctl_info_msg(ctx, "wrote register %s on %s", r->name, ctx->dev ? ctx->dev->name : "?");
	json_object_object_add(root, "changes", changes);
	json_object_object_add(root, "fields", mlx5_reg_decode(r, after));
	return fwctl_emit(ctx, root, after, len);
}

int mlx5_cmd_reg(struct fwctl_ctx *ctx, void *optp, int argc, char **argv)
{
	struct reg_opts *o = optp;
	const struct mlx5_reg *r;
	uint8_t data[REG_MAX_BYTES] = { 0 }, cur[REG_MAX_BYTES];
	struct reg_assign *sets;
	struct json_object *root;
	int ret;

	if (o->list) {
		if (argc > 0)
			return fwctl_err_set(&ctx->err, FWCTL_ERR_USAGE, 0,
					     "--list takes no register name");
		return list_regs(ctx);
	}
	/* The table needs no device (--list above, name and field checks);
	 * only the access does. */
	r = reg_resolve(ctx, o, &argc, &argv);
	if (!r || reg_select(ctx, r, o, argc, argv, data) || reg_parse_sets(ctx, r, o, &sets))
		return -1;
	if (fwctl_prepare_device(ctx)) {
		free(sets);
		return -1;
	}
	/* A --set reads first (read-modify-write): --dry-run sends that read.
	 * --force for the write itself is the RPC layer's (policy.c). */
	ctx->h->building_write = sets != NULL;
	ret = mlx5_reg_access(ctx, r, data, cur, 0);
	ctx->h->building_write = false;
	if (ret) {
		free(sets);
		return -1;
	}
	root = mlx5_json_root(ctx);
	json_object_object_add(root, "register", json_object_new_string(r->name));
	json_object_object_add(root, "register_id", json_object_new_int(r->id));
	if (sets) {
		ret = reg_write(ctx, r, sets, o->set.n, cur, root);
		free(sets);
		return ret;
	}
	json_object_object_add(root, "fields", mlx5_reg_decode(r, cur));
	return fwctl_emit(ctx, root, cur, mlx5_reg_len(r));
}

const struct fwctl_opt mlx5_reg_opts[] = {
	{ "index", 'i', OPT_STR_LIST, OPT_OFF(struct reg_opts, index), "FIELD=VALUE",
	  "select the register instance (repeatable; same as positional FIELD=VALUE)",
	  NULL, mlx5_reg_index_words },
	{ "set", 's', OPT_STR_LIST, OPT_OFF(struct reg_opts, set), "FIELD=VALUE",
	  "write a field (read-modify-write, needs --force; repeatable)", NULL, mlx5_reg_set_words,
	  .writes = true },
	{ "register", 'r', OPT_STR, OPT_OFF(struct reg_opts, name), "NAME",
	  "register name (instead of the first argument)", NULL, mlx5_reg_names },
	{ "list", 'l', OPT_BOOL, OPT_OFF(struct reg_opts, list), NULL,
	  "list the registers this tool knows" },
	FWCTL_OPT_END
};

const char *const *mlx5_reg_next_words(int argc, char *const *argv)
{
	const struct mlx5_reg *r = argc > 0 ? mlx5_reg_find(argv[0]) : NULL;

	return r ? fwctl_assign_words(r->index) : NULL;
}
