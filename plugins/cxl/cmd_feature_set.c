// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * fwctl cxl feature set FEATURE (--data-hex HEX | --data FILE | FIELD=VALUE...)
 * [--saved] --force: Set Feature at the scope the kernel demands from the
 * feature's set effects (debug-write after a reset, debug-write-full for
 * immediate changes).  What the kernel would refuse is refused here first;
 * without --force it explains and sends nothing at all.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <json-c/json.h>

#include "cxl_cmds.h"

/* FIELD=VALUE over the writable layout; every named field must be given. */
static int data_from_fields(struct fwctl_ctx *ctx, const struct cxl_known_feat *k, int argc,
			    char **argv, uint8_t **buf, size_t *len)
{
	const struct prm_layout *l = k ? k->wr : NULL;
	size_t n, named = 0, given = 0;
	bool seen[64] = { false };

	if (!l || (k && k->wr_rec))
		return fwctl_err_set(&ctx->err, FWCTL_ERR_USAGE, 0,
				     "FIELD=VALUE needs a feature whose data layout the tool knows; "
				     "use --data-hex or --data");
	n = l->size_bits / 8;
	*buf = calloc(1, n);
	if (!*buf)
		return fwctl_err_set(&ctx->err, FWCTL_ERR_FAILED, ENOMEM, "out of memory");
	*len = n;
	for (int i = 0; i < argc; i++) {
		char name[64], *eq = strchr(argv[i], '=');
		const struct prm_field *f;
		uint64_t v;
		size_t idx;

		if (!eq || eq == argv[i] || (size_t)(eq - argv[i]) >= sizeof(name))
			goto bad;
		memcpy(name, argv[i], (size_t)(eq - argv[i]));
		name[eq - argv[i]] = 0;
		f = prm_find(l, name);
		if (!f || f->kind == PRM_RESERVED) {
			fwctl_err_set(&ctx->err, FWCTL_ERR_USAGE, 0, "'%s' has no field '%s'", k->name, name);
			goto fail;
		}
		idx = (size_t)(f - l->fields);
		if (f->kind == PRM_ENUM && prm_enum_value(f->enums, eq + 1, &v))
			;
		else if (f->kind == PRM_BOOL && (!strcasecmp(eq + 1, "true") || !strcasecmp(eq + 1, "false")))
			v = !strcasecmp(eq + 1, "true");
		else if (fwctl_parse_u64(eq + 1, UINT64_MAX, &v) < 0 || !prm_fits(f, v)) {
			fwctl_err_set(&ctx->err, FWCTL_ERR_USAGE, 0,
				      "%s: '%s' is not a value that fits %u bits", name, eq + 1, f->bit_width);
			goto fail;
		}
		if (!prm_set(l, f, *buf, n, v))
			goto bad;
		if (idx < 64 && !seen[idx]) {
			seen[idx] = true;
			given++;
		}
	}
	for (size_t i = 0; i < l->n_fields; i++)
		if (l->fields[i].kind != PRM_RESERVED)
			named++;
	if (given != named) {
		fwctl_err_set(&ctx->err, FWCTL_ERR_USAGE, 0,
			      "'%s' has %zu writable fields; give every one (FIELD=VALUE), or the whole "
			      "data with --data-hex", k->name, named);
		goto fail;
	}
	return 0;
bad:
	fwctl_err_set(&ctx->err, FWCTL_ERR_USAGE, 0, "expected FIELD=VALUE");
fail:
	free(*buf);
	*buf = NULL;
	return -1;
}

static int read_data(struct fwctl_ctx *ctx, struct cxl_feature_opts *o,
		     const struct cxl_known_feat *k, int argc, char **argv, uint8_t **buf, size_t *len)
{
	int sources = !!o->data_hex + !!o->data_file + (argc > 0);

	*buf = NULL;
	*len = 0;
	if (sources != 1)
		return fwctl_err_set(&ctx->err, FWCTL_ERR_USAGE, 0,
				     "give the new data once: --data-hex HEX, --data FILE or FIELD=VALUE...");
	if (o->data_hex) {
		if (fwctl_parse_hex(o->data_hex, buf, len) < 0)
			return fwctl_err_set(&ctx->err, FWCTL_ERR_USAGE, 0, "--data-hex: not a hex string");
	} else if (o->data_file) {
		/* Set sizes are 16-bit: anything larger cannot be a feature's data. */
		if (fwctl_read_file(o->data_file, UINT16_MAX + 1u, buf, len, &ctx->err) < 0)
			return -1;
	} else if (data_from_fields(ctx, k, argc, argv, buf, len) < 0) {
		return -1;
	}
	if (*len == 0 || *len > UINT16_MAX) {
		free(*buf);
		*buf = NULL;
		return fwctl_err_set(&ctx->err, FWCTL_ERR_USAGE, 0,
				     "feature data of %zu bytes: must be 1..65535", *len);
	}
	return 0;
}

/*
 * The kernel's rules for f, checked before the Set: the scope its effects
 * demand (raised by --scope, never lowered), the set size.  0 with *scope,
 * or -1 with ctx->err set; nothing was sent.
 */
static int set_scope_for(struct fwctl_ctx *ctx, const struct cxl_known_feat *k,
			 const struct cxl_feat *f, const char *label, size_t len, uint32_t *scope)
{
	const char *why;

	if (cxl_set_scope(f, scope, &why) < 0)
		return fwctl_err_set(&ctx->err, k && k->kernel_exclusive ? FWCTL_ERR_PERMISSION
									  : FWCTL_ERR_UNSUPPORTED, 0,
				     "cannot set feature %s: %s; nothing was sent", label, why);
	if (len > f->set_size)
		return fwctl_err_set(&ctx->err, FWCTL_ERR_USAGE, 0,
				     "%zu bytes of data for feature %s, whose set size is %u; nothing "
				     "was sent", len, label, f->set_size);
	if (ctx->scope >= 0 && (uint32_t)ctx->scope < *scope)
		return fwctl_err_set(&ctx->err, FWCTL_ERR_PERMISSION, 0,
				     "feature %s %s: Set Feature needs scope %s; the cxl driver refuses "
				     "it at %s with EINVAL; nothing was sent", label,
				     cxl_effect_summary(f->effects), fwctl_scope_name(*scope),
				     fwctl_scope_name((uint32_t)ctx->scope));
	if (ctx->scope > 0)
		*scope = (uint32_t)ctx->scope;
	return 0;
}

static int emit_set(struct fwctl_ctx *ctx, const struct cxl_known_feat *k, const struct cxl_feat *f,
		    uint32_t scope, bool saved, size_t len, const char *hex)
{
	struct json_object *root = json_object_new_object();
	char u[CXL_UUID_STR_LEN];

	cxl_uuid_format(f->uuid, u);
	cxl_add_device(ctx, root);
	json_object_object_add(root, "uuid", json_object_new_string(u));
	json_object_object_add(root, "name", k ? json_object_new_string(k->name) : NULL);
	json_object_object_add(root, "scope", json_object_new_string(fwctl_scope_name(scope)));
	json_object_object_add(root, "saved_across_reset", json_object_new_boolean(saved));
	json_object_object_add(root, "size", json_object_new_int((int)len));
	json_object_object_add(root, "data_hex", json_object_new_string(hex ? hex : ""));
	json_object_object_add(root, "effect", json_object_new_string(cxl_effect_summary(f->effects)));
	return fwctl_emit(ctx, root, NULL, 0);
}

/* Resolve the feature and refuse what the kernel keeps; label names it in messages. */
static int set_target(struct fwctl_ctx *ctx, const char *arg, uint8_t uuid[16],
		      const struct cxl_known_feat **k, char *label, size_t label_len)
{
	char u[CXL_UUID_STR_LEN];

	if (cxl_resolve_feature(ctx, arg, uuid, k) < 0)
		return -1;
	cxl_uuid_format(uuid, u);
	snprintf(label, label_len, "%s%s%s%s", *k ? (*k)->name : "", *k ? " (" : "", u,
		 *k ? ")" : "");
	if (*k && (*k)->kernel_exclusive)
		return fwctl_err_set(&ctx->err, FWCTL_ERR_PERMISSION, EPERM,
				     "feature %s is kept by the kernel (it drives it through EDAC, "
				     "/sys/bus/edac); the cxl driver refuses Set Feature with EPERM; nothing "
				     "was sent", label);
	return 0;
}

int cxl_feature_set(struct fwctl_ctx *ctx, struct cxl_feature_opts *o, int argc, char **argv)
{
	const struct cxl_known_feat *k;
	struct cxl_feat_list l = { 0 };
	const struct cxl_feat *f;
	uint8_t uuid[16], *data = NULL;
	char label[96], what[384], *hex = NULL;
	uint32_t scope, flags = CXL_SET_FEAT_XFER_FULL | (o->saved ? CXL_SET_FEAT_SAVED_ACROSS_RESET : 0);
	size_t len;
	int rc = -1, ret;

	if (argc < 1)
		return fwctl_err_set(&ctx->err, FWCTL_ERR_USAGE, 0,
				     "feature set takes a feature (UUID or name) and its new data");
	if (o->selection)
		return fwctl_err_set(&ctx->err, FWCTL_ERR_USAGE, 0, "--selection belongs to 'feature get'");
	if (set_target(ctx, argv[0], uuid, &k, label, sizeof(label)) < 0 ||
	    read_data(ctx, o, k, argc - 1, argv + 1, &data, &len) < 0)
		return -1;
	hex = out_hex_string(data, len);
	/* The lookup is a read the write needs: --dry-run sends it. */
	ctx->h->building_write = true;
	ret = cxl_lookup_feature(ctx, uuid, &l, &f);
	ctx->h->building_write = false;
	if (ret < 0 || set_scope_for(ctx, k, f, label, len, &scope) < 0)
		goto out;
	snprintf(what, sizeof(what), "Set Feature %s on %s to %s%s (the setting %s)", label,
		 ctx->dev->name, hex ? hex : "?", o->saved ? ", saved across reset" : "",
		 cxl_effect_summary(f->effects));
	cxl_set_preview(ctx, k, f, scope, o->saved, data, len);
	if (cxl_set_feature(ctx->h, scope, f, flags, data, len, what, &ctx->err) < 0)
		goto out;
	rc = emit_set(ctx, k, f, scope, o->saved, len, hex);
out:
	free(hex);
	free(data);
	cxl_feat_list_free(&l);
	return rc;
}
