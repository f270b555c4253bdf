// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * fwctl cxl feature get|set ...: a thin dispatcher (the command table has
 * one level of subcommand), and `get`: Get Feature in chunks, decoded with
 * the feature's layout when the specification defines one, hex otherwise.
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include <json-c/json.h>

#include "cxl_cmds.h"

int cxl_cmd_feature(struct fwctl_ctx *ctx, void *opts, int argc, char **argv)
{
	struct cxl_feature_opts *o = opts;

	if (argc < 1)
		return fwctl_err_set(&ctx->err, FWCTL_ERR_USAGE, 0,
				     "expected 'get' or 'set' and a feature (UUID or name)");
	if (!strcmp(argv[0], "get"))
		return cxl_feature_get(ctx, o, argc - 1, argv + 1);
	if (!strcmp(argv[0], "set"))
		return cxl_feature_set(ctx, o, argc - 1, argv + 1);
	return fwctl_err_set(&ctx->err, FWCTL_ERR_USAGE, 0,
			     "unknown action '%s': expected 'get' or 'set'", argv[0]);
}

static const char *const sel_names[] = { "current", "default", "saved" };

int cxl_feature_get(struct fwctl_ctx *ctx, struct cxl_feature_opts *o, int argc, char **argv)
{
	const struct cxl_known_feat *k;
	struct cxl_feat_list l = { 0 };
	const struct cxl_feat *f;
	struct json_object *root, *dec;
	uint8_t uuid[16], *data = NULL, sel = CXL_GET_FEAT_SEL_CURRENT;
	char u[CXL_UUID_STR_LEN], *hex;
	unsigned rpcs = 0;
	uint32_t scope;
	int rc = -1;

	if (argc != 1)
		return fwctl_err_set(&ctx->err, FWCTL_ERR_USAGE, 0,
				     "feature get takes one feature (UUID or name)");
	if (o->data_hex || o->data_file || o->saved)
		return fwctl_err_set(&ctx->err, FWCTL_ERR_USAGE, 0,
				     "--data-hex, --data and --saved belong to 'feature set'");
	if (o->selection) {
		for (sel = 0; sel < 3 && strcmp(o->selection, sel_names[sel]); sel++)
			;
		if (sel == 3)   /* the option's choices already checked it */
			return fwctl_err_set(&ctx->err, FWCTL_ERR_USAGE, 0, "bad --selection");
	}
	if (cxl_resolve_feature(ctx, argv[0], uuid, &k) < 0)
		return -1;
	if (fwctl_pick_scope(ctx, FWCTL_RPC_CONFIGURATION, &scope) < 0)
		return -1;
	if (cxl_lookup_feature(ctx, uuid, &l, &f) < 0)
		goto out;
	cxl_uuid_format(f->uuid, u);
	if ((sel == CXL_GET_FEAT_SEL_DEFAULT && !(f->flags & CXL_FEAT_F_DEFAULT_SEL)) ||
	    (sel == CXL_GET_FEAT_SEL_SAVED && !(f->flags & CXL_FEAT_F_SAVED_SEL))) {
		fwctl_err_set(&ctx->err, FWCTL_ERR_UNSUPPORTED, 0,
			      "feature %s has no %s value (its flags 0x%08x lack the %s selection bit); "
			      "nothing was asked", u, sel_names[sel], f->flags, sel_names[sel]);
		goto out;
	}
	data = malloc(f->get_size ? f->get_size : 1);
	if (!data) {
		fwctl_err_set(&ctx->err, FWCTL_ERR_FAILED, ENOMEM, "out of memory");
		goto out;
	}
	if (cxl_get_feature(ctx->h, scope, f, sel, data, &rpcs, &ctx->err) < 0)
		goto out;

	root = json_object_new_object();
	cxl_add_device(ctx, root);
	json_object_object_add(root, "uuid", json_object_new_string(u));
	json_object_object_add(root, "name", k ? json_object_new_string(k->name) : NULL);
	json_object_object_add(root, "selection", json_object_new_string(sel_names[sel]));
	json_object_object_add(root, "size", json_object_new_int(f->get_size));
	json_object_object_add(root, "get_version", json_object_new_int(f->get_ver));
	hex = out_hex_string(data, f->get_size);
	json_object_object_add(root, "data_hex", json_object_new_string(hex ? hex : ""));
	free(hex);
	dec = cxl_data_json(k, false, data, f->get_size);
	if (dec)
		json_object_object_add(root, "data", dec);
	if (ctx->verbose)
		fwctl_info_msg(ctx, "%u bytes in %u Get Feature RPCs", f->get_size, rpcs);
	rc = fwctl_emit(ctx, root, data, f->get_size);
out:
	free(data);
	cxl_feat_list_free(&l);
	return rc;
}
