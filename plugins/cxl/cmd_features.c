// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * fwctl cxl features: Get Supported Features, paged until every entry is
 * read, each entry decoded (name, sizes, flags, versions, set effects and
 * the scope a Set Feature would need).
 */
#include <errno.h>
#include <string.h>

#include <json-c/json.h>

#include "../../lib/suggest.h"
#include "cxl_cmds.h"

void cxl_add_device(struct fwctl_ctx *ctx, struct json_object *root)
{
	json_object_object_add(root, "device", json_object_new_string(ctx->dev->name));
	json_object_object_add(root, "memdev",
			       ctx->dev->memdev ? json_object_new_string(ctx->dev->memdev) : NULL);
}

int cxl_resolve_feature(struct fwctl_ctx *ctx, const char *arg, uint8_t uuid[16],
			const struct cxl_known_feat **k)
{
	struct fwctl_suggest s;
	char hint[160];

	*k = cxl_known_by_name(arg);
	if (*k)
		return cxl_uuid_parse((*k)->uuid, uuid);
	if (cxl_uuid_parse(arg, uuid) < 0) {
		fwctl_suggest_init(&s, arg);
		for (size_t i = 0; i < cxl_n_known_feats; i++)
			fwctl_suggest_add(&s, cxl_known_feats[i].name);
		return fwctl_err_set(&ctx->err, FWCTL_ERR_USAGE, EINVAL,
				     "'%s' is neither a feature UUID (xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx) "
				     "nor a known feature name (see 'fwctl cxl features')%s", arg,
				     fwctl_suggest_text(&s, hint, sizeof(hint)));
	}
	*k = cxl_known_by_uuid(uuid);
	return 0;
}

/* uuid's entry in the list read, or exit 6 saying the device lacks it. */
static int find_listed(struct fwctl_ctx *ctx, const uint8_t uuid[16],
		       const struct cxl_feat_list *l, const struct cxl_feat **f)
{
	char u[CXL_UUID_STR_LEN];

	*f = cxl_feat_find(l, uuid);
	if (*f)
		return 0;
	cxl_uuid_format(uuid, u);
	return fwctl_err_set(&ctx->err, FWCTL_ERR_UNSUPPORTED, 0,
			     "%s does not support feature %s (it lists %zu features; see "
			     "'fwctl cxl features')", ctx->dev->name, u, l->n);
}

int cxl_lookup_feature(struct fwctl_ctx *ctx, const uint8_t uuid[16], struct cxl_feat_list *l,
		       const struct cxl_feat **f)
{
	/* Reading the list needs no more than the configuration scope. */
	if (cxl_read_features(ctx->h, FWCTL_RPC_CONFIGURATION, l, NULL, &ctx->err) < 0)
		return -1;
	return find_listed(ctx, uuid, l, f);
}

/* The columns an operator scans first, in a table that fits a terminal;
 * -j and `fwctl cxl features FEATURE` give every field. */
static struct json_object *text_summary(struct json_object *full)
{
	static const char *const keys[] = {
		"name", "uuid", "get_size", "set_size", "changeable", "set_scope", "set_effect",
	};
	struct json_object *o = json_object_new_object(), *v;

	for (size_t i = 0; i < FWCTL_ARRAY_SIZE(keys); i++)
		if (json_object_object_get_ex(full, keys[i], &v))
			json_object_object_add(o, keys[i], json_object_get(v));
	json_object_put(full);
	return o;
}

/* The named features' full entries (name or UUID, in the order given):
 * as one block each in text, as the "features" array in JSON. */
static int named_features(struct fwctl_ctx *ctx, const struct cxl_feat_list *l, int argc,
			  char **argv, struct json_object *root)
{
	struct json_object *arr = json_object_new_array();
	const struct cxl_known_feat *k;
	const struct cxl_feat *f;
	uint8_t uuid[16];

	json_object_object_add(root, "features", arr);
	for (int i = 0; i < argc; i++) {
		if (cxl_resolve_feature(ctx, argv[i], uuid, &k) < 0 ||
		    find_listed(ctx, uuid, l, &f) < 0)
			return -1;
		if (ctx->format == OUT_TEXT)
			json_object_object_add(root, argv[i], cxl_feat_json(f));
		else
			json_object_array_add(arr, cxl_feat_json(f));
	}
	if (ctx->format == OUT_TEXT)
		json_object_object_del(root, "features");
	return 0;
}

/* A misspelt name is a usage error before any RPC, also under --dry-run. */
static int check_names(struct fwctl_ctx *ctx, int argc, char **argv)
{
	const struct cxl_known_feat *k;
	uint8_t uuid[16];

	for (int i = 0; i < argc; i++)
		if (cxl_resolve_feature(ctx, argv[i], uuid, &k) < 0)
			return -1;
	return 0;
}

int cxl_cmd_features(struct fwctl_ctx *ctx, void *opts, int argc, char **argv)
{
	struct cxl_feat_list l = { 0 };
	struct json_object *root, *arr;
	unsigned rpcs = 0;
	uint32_t scope;
	int rc = 0;

	(void)opts;
	if (check_names(ctx, argc, argv) < 0 ||
	    fwctl_pick_scope(ctx, FWCTL_RPC_CONFIGURATION, &scope) < 0)
		return -1;
	if (cxl_read_features(ctx->h, scope, &l, &rpcs, &ctx->err) < 0) {
		cxl_feat_list_free(&l);
		return -1;
	}
	root = json_object_new_object();
	cxl_add_device(ctx, root);
	json_object_object_add(root, "supported_features", json_object_new_int(l.supported));
	if (argc > 0) {
		rc = named_features(ctx, &l, argc, argv, root);
	} else {
		arr = json_object_new_array();
		for (size_t i = 0; i < l.n; i++) {
			struct json_object *o = cxl_feat_json(&l.v[i]);

			/* Every field is 20 columns wide: text shows the summary. */
			json_object_array_add(arr, ctx->format == OUT_TEXT ? text_summary(o) : o);
		}
		json_object_object_add(root, "features", arr);
	}
	if (ctx->verbose)
		fwctl_info_msg(ctx, "%zu features in %u Get Supported Features RPCs", l.n, rpcs);
	cxl_feat_list_free(&l);
	if (rc) {
		json_object_put(root);
		return -1;
	}
	return fwctl_emit(ctx, root, NULL, 0);
}

/*
 * fwctl report: the feature list, read at scope config (no taint), in
 * short form: UUID, name and the scope a set would need.
 */
int cxl_report(struct fwctl_ctx *ctx, struct json_object *into)
{
	struct cxl_feat_list l = { 0 };
	struct json_object *arr;

	if (cxl_read_features(ctx->h, FWCTL_RPC_CONFIGURATION, &l, NULL, &ctx->err) < 0) {
		cxl_feat_list_free(&l);
		return -1;
	}
	json_object_object_add(into, "supported_features", json_object_new_int(l.supported));
	arr = json_object_new_array();
	for (size_t i = 0; i < l.n; i++) {
		const struct cxl_known_feat *k = cxl_known_by_uuid(l.v[i].uuid);
		struct json_object *o = json_object_new_object();
		char u[CXL_UUID_STR_LEN];
		const char *why;
		uint32_t scope;

		cxl_uuid_format(l.v[i].uuid, u);
		json_object_object_add(o, "uuid", json_object_new_string(u));
		json_object_object_add(o, "name", k ? json_object_new_string(k->name) : NULL);
		json_object_object_add(o, "set_scope", cxl_set_scope(&l.v[i], &scope, &why) == 0
				       ? json_object_new_string(fwctl_scope_name(scope)) : NULL);
		json_object_array_add(arr, o);
	}
	json_object_object_add(into, "features", arr);
	cxl_feat_list_free(&l);
	return 0;
}
