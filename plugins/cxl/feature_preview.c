// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * --dry-run of cxl feature set: what the Set Feature it does not send
 * would change.  The feature as the device lists it, its current data
 * (one more read the write needs: Get Feature at scope config, the scope
 * of the lookup, sent only in a dry run) and the data that would be
 * written, as hex and decoded with the feature's layouts where known.
 */
#include <stdlib.h>

#include <json-c/json.h>

#include "cxl_cmds.h"

static struct json_object *data_json(const struct cxl_known_feat *k, bool writable,
				     const uint8_t *d, size_t len)
{
	struct json_object *o = json_object_new_object(), *dec;
	char *hex = out_hex_string(d, len);

	json_object_object_add(o, "size", json_object_new_int64((int64_t)len));
	json_object_object_add(o, "data_hex", json_object_new_string(hex ? hex : ""));
	free(hex);
	dec = cxl_data_json(k, writable, d, len);
	if (dec)
		json_object_object_add(o, "data", dec);
	return o;
}

static struct json_object *feature_json(const struct cxl_known_feat *k, const struct cxl_feat *f,
					uint32_t scope)
{
	struct json_object *o = json_object_new_object();
	char u[CXL_UUID_STR_LEN];

	cxl_uuid_format(f->uuid, u);
	json_object_object_add(o, "uuid", json_object_new_string(u));
	json_object_object_add(o, "name", k ? json_object_new_string(k->name) : NULL);
	json_object_object_add(o, "title", k ? json_object_new_string(k->title) : NULL);
	json_object_object_add(o, "get_size", json_object_new_int(f->get_size));
	json_object_object_add(o, "set_size", json_object_new_int(f->set_size));
	json_object_object_add(o, "set_version", json_object_new_int(f->set_ver));
	json_object_object_add(o, "set_scope", json_object_new_string(fwctl_scope_name(scope)));
	json_object_object_add(o, "effect", json_object_new_string(cxl_effect_summary(f->effects)));
	return o;
}

/* The current data, or why there is none; a failed read does not stop the dry run. */
static void add_current(struct fwctl_ctx *ctx, const struct cxl_known_feat *k,
			const struct cxl_feat *f, struct json_object *into)
{
	uint8_t *cur;
	int ret;

	if (!f->get_size) {
		json_object_object_add(into, "current", NULL);
		json_object_object_add(into, "current_note", json_object_new_string(
			"the feature has no readable data (get size 0)"));
		return;
	}
	cur = malloc(f->get_size);
	if (!cur)
		return;
	ctx->h->building_write = true;
	ret = cxl_get_feature(ctx->h, FWCTL_RPC_CONFIGURATION, f, CXL_GET_FEAT_SEL_CURRENT, cur,
			      NULL, &ctx->err);
	ctx->h->building_write = false;
	if (ret < 0) {
		json_object_object_add(into, "current", NULL);
		json_object_object_add(into, "current_note", json_object_new_string(ctx->err.message));
		fwctl_err_clear(&ctx->err);
	} else {
		json_object_object_add(into, "current", data_json(k, false, cur, f->get_size));
	}
	free(cur);
}

void cxl_set_preview(struct fwctl_ctx *ctx, const struct cxl_known_feat *k,
		     const struct cxl_feat *f, uint32_t scope, bool saved, const uint8_t *data,
		     size_t len)
{
	struct json_object *o, *nw;

	if (!ctx->dry_run)
		return;
	o = json_object_new_object();
	json_object_object_add(o, "feature", feature_json(k, f, scope));
	add_current(ctx, k, f, o);
	nw = data_json(k, true, data, len);
	json_object_object_add(nw, "saved_across_reset", json_object_new_boolean(saved));
	json_object_object_add(o, "new", nw);
	fwctl_dry_run_preview(ctx, o);
}
