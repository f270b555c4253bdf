// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * fwctl pds catalog [ENDPOINT[.OPERATION]] [--catalog FILE]
 * What the loaded catalogue describes: endpoints, operations with their
 * scopes, and for one operation its request and response fields.  Also
 * the completion source for `fwctl pds call`.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <json-c/json.h>

#include "pds_cmds.h"

static const char *const type_names[] = {
	[PDS_F_U8] = "u8", [PDS_F_U16] = "u16", [PDS_F_U32] = "u32", [PDS_F_U64] = "u64",
	[PDS_F_STRING] = "string", [PDS_F_BYTES] = "bytes",
};

static struct json_object *str_or_null(const char *s)
{
	return s ? json_object_new_string(s) : NULL;
}

static struct json_object *fields_json(const struct pds_layout *l)
{
	struct json_object *a = json_object_new_array();

	for (size_t i = 0; i < l->n_fields; i++) {
		const struct pds_field *f = &l->fields[i];
		struct json_object *o = json_object_new_object();

		json_object_object_add(o, "name", json_object_new_string(f->name));
		json_object_object_add(o, "offset", json_object_new_int64(f->offset));
		json_object_object_add(o, "type", json_object_new_string(type_names[f->type]));
		json_object_object_add(o, "size", json_object_new_int64(f->size));
		json_object_object_add(o, "count", json_object_new_int64(f->count));
		json_object_object_add(o, "required", json_object_new_boolean(f->required));
		json_object_object_add(o, "unit", str_or_null(f->unit));
		if (f->has_default && f->def_str)
			json_object_object_add(o, "default", json_object_new_string(f->def_str));
		else
			json_object_object_add(o, "default", f->has_default
					       ? json_object_new_int64((int64_t)f->def) : NULL);
		json_object_object_add(o, "description", str_or_null(f->description));
		json_object_array_add(a, o);
	}
	return a;
}

static struct json_object *op_json(const struct pds_op *op, bool detail)
{
	struct json_object *o = json_object_new_object();
	char buf[16];

	json_object_object_add(o, "name", json_object_new_string(op->name));
	json_object_object_add(o, "id", json_object_new_int64(op->cmd));
	json_object_object_add(o, "version", json_object_new_int64(op->version));
	snprintf(buf, sizeof(buf), "0x%08x", pds_op_word(op->cmd, op->version));
	json_object_object_add(o, "op_word_hex", json_object_new_string(buf));
	json_object_object_add(o, "scope", json_object_new_string(fwctl_scope_name(op->scope)));
	json_object_object_add(o, "attr", op->has_attr ? json_object_new_int64(op->attr) : NULL);
	json_object_object_add(o, "writes", json_object_new_boolean(op->writes));
	json_object_object_add(o, "request_size", json_object_new_int64(op->req.size));
	json_object_object_add(o, "response_size", json_object_new_int64(op->resp.size));
	json_object_object_add(o, "description", str_or_null(op->description));
	if (detail) {
		json_object_object_add(o, "request_fields", fields_json(&op->req));
		json_object_object_add(o, "response_fields", fields_json(&op->resp));
	}
	return o;
}

static struct json_object *ep_json(const struct pds_ep *ep)
{
	struct json_object *o = json_object_new_object(), *ops = json_object_new_array();

	json_object_object_add(o, "name", json_object_new_string(ep->name));
	json_object_object_add(o, "id", json_object_new_int64(ep->id));
	json_object_object_add(o, "description", str_or_null(ep->description));
	for (size_t j = 0; j < ep->n_ops; j++)
		json_object_array_add(ops, op_json(&ep->ops[j], false));
	json_object_object_add(o, "operations", ops);
	return o;
}

int pds_cmd_catalog(struct fwctl_ctx *ctx, void *opts, int argc, char **argv)
{
	struct pds_catalog_opts *o = opts;
	struct pds_catalog cat = { 0 };
	struct json_object *root;
	int rc = -1;

	if (argc > 1)
		return fwctl_err_set(&ctx->err, FWCTL_ERR_USAGE, 0, "at most one ENDPOINT[.OPERATION]");
	if (pds_load_catalog(ctx, o->catalog, true, &cat) < 0)
		goto out;
	root = json_object_new_object();
	json_object_object_add(root, "firmware", str_or_null(cat.firmware));
	json_object_object_add(root, "max_req_sz",
			       cat.max_req_sz ? json_object_new_int64(cat.max_req_sz) : NULL);
	json_object_object_add(root, "max_resp_sz",
			       cat.max_resp_sz ? json_object_new_int64(cat.max_resp_sz) : NULL);
	if (argc == 1 && strchr(argv[0], '.')) {
		const struct pds_op *op = pds_resolve(&cat, argv[0], &ctx->err);

		if (!op) {
			json_object_put(root);
			goto out;
		}
		json_object_object_add(root, "endpoint", json_object_new_string(op->ep->name));
		json_object_object_add(root, "ep", json_object_new_int64(op->ep->id));
		json_object_object_add(root, "operation", op_json(op, true));
	} else if (argc == 1) {
		const struct pds_ep *ep = pds_resolve_ep(&cat, argv[0], &ctx->err);

		if (!ep) {
			json_object_put(root);
			goto out;
		}
		json_object_object_add(root, "endpoint", ep_json(ep));
	} else {
		struct json_object *eps = json_object_new_array();

		for (size_t i = 0; i < cat.n_eps; i++)
			json_object_array_add(eps, ep_json(&cat.eps[i]));
		json_object_object_add(root, "endpoints", eps);
	}
	rc = fwctl_emit(ctx, root, NULL, 0);
out:
	pds_catalog_free(&cat);
	return rc;
}

/* ENDPOINT.OPERATION names from the default catalogue, for completion. */
const char *const *pds_complete_ops(void)
{
	static char **names;
	struct pds_catalog cat;
	struct fwctl_err err = { 0 };
	size_t n = 0, k = 0;
	bool found;

	if (names)
		return (const char *const *)names;
	if (pds_catalog_load(&cat, NULL, &found, &err) < 0 || !found) {
		pds_catalog_free(&cat);
		return NULL;
	}
	for (size_t i = 0; i < cat.n_eps; i++)
		n += cat.eps[i].n_ops;
	names = calloc(n + 1, sizeof(*names));
	for (size_t i = 0; names && i < cat.n_eps; i++)
		for (size_t j = 0; j < cat.eps[i].n_ops; j++)
			if (asprintf(&names[k], "%s.%s", cat.eps[i].name, cat.eps[i].ops[j].name) > 0)
				k++;
	pds_catalog_free(&cat);
	return (const char *const *)names;
}
