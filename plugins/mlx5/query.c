// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * fwctl mlx5 query OBJECT: one QUERY_* command of the catalogue
 * (query_objects.c), its in mailbox built from the object's in layout
 * (--id, --op-mod, --other-vport, FIELD=VALUE inputs), its answer decoded
 * from the out layout: nested contexts as nested objects, enums by name.
 * A missing object is the firmware's own status (BAD_RESOURCE or
 * BAD_PARAM) with its syndrome: exit 5.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <json-c/json.h>

#include "mlx5_mbox.h"
#include "mlx5_util.h"
#include "query.h"

static struct json_object *str_array(const char *const *v)
{
	struct json_object *a = json_object_new_array();

	for (; v && *v; v++)
		json_object_array_add(a, json_object_new_string(*v));
	return a;
}

static int list_objects(struct fwctl_ctx *ctx)
{
	struct json_object *root = json_object_new_object();
	struct json_object *arr = json_object_new_array();

	for (size_t i = 0; i < mlx5_n_objects; i++) {
		const struct mlx5_object *o = &mlx5_objects[i];
		struct json_object *e = json_object_new_object();

		json_object_object_add(e, "name", json_object_new_string(o->name));
		json_object_object_add(e, "command", json_object_new_string(o->command));
		json_object_object_add(e, "opcode", json_object_new_int(o->opcode));
		json_object_object_add(e, "id", o->id ? json_object_new_string(o->id) : NULL);
		json_object_object_add(e, "id_required", json_object_new_boolean(o->id_required));
		json_object_object_add(e, "inputs", str_array(o->inputs));
		json_object_object_add(e, "other_vport",
				       json_object_new_boolean(o->in &&
							       prm_find(o->in, "other_vport")));
		json_object_object_add(e, "scope",
				       json_object_new_string(fwctl_scope_name(o->scope)));
		json_object_object_add(e, "summary", json_object_new_string(o->summary));
		json_object_array_add(arr, e);
	}
	json_object_object_add(root, "objects", arr);
	return fwctl_emit(ctx, root, NULL, 0);
}

/* Set an in field by name; the catalogue and the layouts are ours, so a
 * miss is a table bug, reported rather than ignored. */
static int set_in(struct fwctl_ctx *ctx, const struct mlx5_object *o, uint8_t *in,
		  size_t in_len, const char *field, uint64_t v)
{
	const struct prm_field *f = o->in ? prm_find(o->in, field) : NULL;

	if (!f)
		return fwctl_err_set(&ctx->err, FWCTL_ERR_FAILED, 0,
				     "%s: no in field '%s' (table bug)", o->command, field);
	if (!prm_fits(f, v))
		return fwctl_err_set(&ctx->err, FWCTL_ERR_USAGE, 0,
				     "%s of %s is %u bits wide: %llu does not fit", field, o->name,
				     f->bit_width, (unsigned long long)v);
	prm_set(o->in, f, in, in_len, v);
	return 0;
}

/* --id, --other-vport and FIELD=VALUE into the in mailbox. */
static int build_in(struct fwctl_ctx *ctx, const struct query_opts *q,
		    const struct mlx5_object *o, int argc, char **argv, uint8_t *in,
		    size_t in_len)
{
	bool needs_seen = false, id_seen = q->id_seen;

	if (q->id_seen && !o->id)
		return fwctl_err_set(&ctx->err, FWCTL_ERR_USAGE, 0,
				     "%s takes no --id", o->name);
	if (q->id_seen && set_in(ctx, o, in, in_len, o->id, q->id))
		return -1;
	if (q->other_vport_seen) {
		if (!o->in || !prm_find(o->in, "other_vport"))
			return fwctl_err_set(&ctx->err, FWCTL_ERR_USAGE, 0,
					     "%s has no --other-vport (see --list)", o->name);
		if (set_in(ctx, o, in, in_len, "other_vport", 1) ||
		    set_in(ctx, o, in, in_len, "vport_number", q->other_vport))
			return -1;
	}
	for (int i = 0; i < argc; i++) {
		const struct prm_field *f;
		uint64_t v;

		if (!o->in)
			return fwctl_err_set(&ctx->err, FWCTL_ERR_USAGE, 0,
					     "%s takes no FIELD=VALUE inputs", o->name);
		if (mlx5_parse_assign(ctx, o->in, argv[i], &f, &v))
			return -1;
		if (!mlx5_object_input_ok(o, f->name))
			return fwctl_err_set(&ctx->err, FWCTL_ERR_USAGE, 0,
					     "'%s' is not an input of %s (see --list)", f->name,
					     o->name);
		if (o->id && !strcmp(f->name, o->id) && q->id_seen)
			return fwctl_err_set(&ctx->err, FWCTL_ERR_USAGE, 0,
					     "%s given twice (--id and %s=)", o->id, o->id);
		if (o->needs && !strcmp(f->name, o->needs))
			needs_seen = true;
		if (o->id && !strcmp(f->name, o->id))
			id_seen = true;
		prm_set(o->in, f, in, in_len, v);
	}
	if (!id_seen && o->id_required)
		return fwctl_err_set(&ctx->err, FWCTL_ERR_USAGE, 0,
				     "%s needs --id N (its %s)", o->name, o->id);
	if (o->needs && !needs_seen)
		return fwctl_err_set(&ctx->err, FWCTL_ERR_USAGE, 0,
				     "%s needs %s=N", o->name, o->needs);
	return 0;
}

/* After a firmware refusal: say what probably happened. */
static void explain_missing(struct fwctl_ctx *ctx, const struct mlx5_object *o,
			    const struct query_opts *q)
{
	size_t n = strlen(ctx->err.message);

	if (ctx->err.kind != FWCTL_ERR_FIRMWARE || !o->id || !q->id_seen ||
	    (ctx->err.fw_status != MLX5_CMD_STAT_BAD_RES_ERR &&
	     ctx->err.fw_status != MLX5_CMD_STAT_BAD_PARAM_ERR))
		return;
	snprintf(ctx->err.message + n, sizeof(ctx->err.message) - n,
		 ": no %s with %s %llu?", o->name, o->id, (unsigned long long)q->id);
}

int mlx5_cmd_query(struct fwctl_ctx *ctx, void *optp, int argc, char **argv)
{
	struct query_opts *q = optp;
	const struct mlx5_object *o;
	uint8_t *in = NULL, *out = NULL;
	size_t in_len, out_len;
	struct json_object *root;
	char what[80];
	int rc = -1;

	if (q->list) {
		if (argc > 0)
			return fwctl_err_set(&ctx->err, FWCTL_ERR_USAGE, 0,
					     "--list takes no object name");
		return list_objects(ctx);
	}
	if (argc < 1)
		return fwctl_err_set(&ctx->err, FWCTL_ERR_USAGE, 0,
				     "which object? (fwctl mlx5 query --list)");
	o = mlx5_object_find(argv[0]);
	if (!o) {
		char hint[MLX5_SUGGEST_LEN];

		return fwctl_err_set(&ctx->err, FWCTL_ERR_USAGE, 0,
				     "unknown object '%s' (fwctl mlx5 query --list)%s", argv[0],
				     mlx5_suggest(argv[0], mlx5_object_names(), hint, sizeof(hint)));
	}
	if (q->op_mod_seen && q->op_mod > 0xffff)
		return fwctl_err_set(&ctx->err, FWCTL_ERR_USAGE, 0,
				     "--op-mod %u does not fit 16 bits", q->op_mod);
	in_len = mlx5_object_in_len(o);
	out_len = mlx5_object_out_len(o);
	in = calloc(1, in_len);
	out = calloc(1, out_len);
	if (!in || !out) {
		fwctl_err_set(&ctx->err, FWCTL_ERR_FAILED, 12, "out of memory");
		goto done;
	}
	mlx5_mbox_hdr(in, o->opcode, (uint16_t)(q->op_mod_seen ? q->op_mod : o->op_mod));
	if (build_in(ctx, q, o, argc - 1, argv + 1, in, in_len))
		goto done;
	/* Validated before the device is opened: a usage error needs no device. */
	if (fwctl_prepare_device(ctx))
		goto done;
	if (q->id_seen)
		snprintf(what, sizeof(what), "%s %s %llu", o->command, o->id,
			 (unsigned long long)q->id);
	else
		snprintf(what, sizeof(what), "%s", o->command);
	if (mlx5_send(ctx, o->scope, in, in_len, out, out_len, what, 0)) {
		explain_missing(ctx, o, q);
		goto done;
	}
	root = mlx5_json_root(ctx);
	json_object_object_add(root, "object", json_object_new_string(o->name));
	json_object_object_add(root, "command", json_object_new_string(o->command));
	json_object_object_add(root, "opcode", json_object_new_int(o->opcode));
	json_object_object_add(root, "op_mod", json_object_new_int(prm_be16(in + 6)));
	if (o->in)
		json_object_object_add(root, "input", mlx5_decode(o->in, in, in_len));
	json_object_object_add(root, "fields", mlx5_object_decode(o, out, out_len));
	rc = fwctl_emit(ctx, root, out, out_len);
done:
	free(in);
	free(out);
	return rc;
}

const struct fwctl_opt mlx5_query_opts[] = {
	{ "id", 'i', OPT_U64, OPT_OFF(struct query_opts, id), "N",
	  "the object's number (qpn, cqn, table_id...; see --list)",
	  .has_seen = true, .seen_offset = OPT_OFF(struct query_opts, id_seen) },
	{ "op-mod", 0, OPT_U32, OPT_OFF(struct query_opts, op_mod), "N",
	  "op_mod of the command (vport_state: 0 vnic, 1 esw, 2 uplink; pages: 1-3)",
	  .has_seen = true, .seen_offset = OPT_OFF(struct query_opts, op_mod_seen) },
	{ "other-vport", 0, OPT_U32, OPT_OFF(struct query_opts, other_vport), "N",
	  "query vport N instead of the own function (other_vport=1, vport_number=N)",
	  .has_seen = true, .seen_offset = OPT_OFF(struct query_opts, other_vport_seen) },
	{ "list", 'l', OPT_BOOL, OPT_OFF(struct query_opts, list), NULL,
	  "list the objects, the id each needs, and the scope" },
	FWCTL_OPT_END
};

const char *const *mlx5_object_next_words(int argc, char *const *argv)
{
	const struct mlx5_object *o = argc > 0 ? mlx5_object_find(argv[0]) : NULL;
	const char *fields[64];
	size_t n = 0;

	if (!o)
		return NULL;
	/* The id may be given as FIELD=VALUE too (mlx5_object_input_ok). */
	if (o->id)
		fields[n++] = o->id;
	for (const char *const *f = o->inputs; f && *f && n + 1 < 64; f++)
		fields[n++] = *f;
	fields[n] = NULL;
	return fwctl_assign_words(fields);
}
