// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * The JSON catalogue of pds endpoints and operations (format documented in
 * fwctl-pds-call(8)).  A catalogue is an input file: every key is checked,
 * every number range-checked, every count bounded, and each payload layout
 * is turned into a prm table and passed through prm_layout_check(), so the
 * decoder never reads outside a layout it was given.
 */
#include <ctype.h>
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <json-c/json.h>

#include "../plugin.h"
#include "pds.h"

struct parse {
	struct fwctl_err *err;
	const char *source;
	char path[256];
};

__attribute__((format(printf, 2, 3)))
static int fail(struct parse *p, const char *fmt, ...)
{
	char msg[384];
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(msg, sizeof(msg), fmt, ap);
	va_end(ap);
	return fwctl_err_set(p->err, FWCTL_ERR_USAGE, EINVAL, "catalogue %s: %s%s%s", p->source,
			     p->path, p->path[0] ? ": " : "", msg);
}

/* Keys a JSON object may hold; "comment" is allowed everywhere. */
static int check_keys(struct parse *p, struct json_object *o, const char *const *keys)
{
	json_object_object_foreach(o, k, v) {
		size_t i;

		(void)v;
		if (!strcmp(k, "comment"))
			continue;
		for (i = 0; keys[i]; i++)
			if (!strcmp(k, keys[i]))
				break;
		if (!keys[i])
			return fail(p, "unknown key \"%s\"", k);
	}
	return 0;
}

static int get_u64(struct parse *p, struct json_object *o, const char *key, bool need,
		   uint64_t max, uint64_t *out, bool *seen)
{
	struct json_object *v;
	int64_t s;

	if (seen)
		*seen = false;
	if (!json_object_object_get_ex(o, key, &v)) {
		if (need)
			return fail(p, "\"%s\" is missing", key);
		return 0;
	}
	if (!json_object_is_type(v, json_type_int))
		return fail(p, "\"%s\" must be an integer", key);
	s = json_object_get_int64(v);
	if (s < 0)
		return fail(p, "\"%s\" must not be negative", key);
	*out = s == INT64_MAX ? json_object_get_uint64(v) : (uint64_t)s;
	if (*out > max)
		return fail(p, "\"%s\" %llu is over %llu", key, (unsigned long long)*out,
			    (unsigned long long)max);
	if (seen)
		*seen = true;
	return 0;
}

static int get_str(struct parse *p, struct json_object *o, const char *key, bool need,
		   char **out)
{
	struct json_object *v;

	*out = NULL;
	if (!json_object_object_get_ex(o, key, &v)) {
		if (need)
			return fail(p, "\"%s\" is missing", key);
		return 0;
	}
	if (!json_object_is_type(v, json_type_string))
		return fail(p, "\"%s\" must be a string", key);
	*out = strdup(json_object_get_string(v));
	if (!*out)
		return fwctl_err_set(p->err, FWCTL_ERR_FAILED, ENOMEM, "out of memory");
	return 0;
}

static int get_bool(struct parse *p, struct json_object *o, const char *key, bool *out,
		    bool *seen)
{
	struct json_object *v;

	if (seen)
		*seen = false;
	if (!json_object_object_get_ex(o, key, &v))
		return 0;
	if (!json_object_is_type(v, json_type_boolean))
		return fail(p, "\"%s\" must be true or false", key);
	*out = json_object_get_boolean(v);
	if (seen)
		*seen = true;
	return 0;
}

/* Names are typed on command lines: ENDPOINT.OPERATION field=value. */
static int check_name(struct parse *p, const char *what, const char *n)
{
	/* get_str(need=true) succeeds only with a non-NULL strdup'ed string. */
	// NOLINTNEXTLINE(clang-analyzer-core.NonNullParamChecker)
	size_t len = strlen(n);

	if (!len || len > PDS_NAME_MAX)
		return fail(p, "%s name must have 1..%u characters", what, PDS_NAME_MAX);
	if (isdigit((unsigned char)n[0]))
		return fail(p, "%s name \"%s\" must not start with a digit (numbers are ids)", what, n);
	for (const char *c = n; *c; c++)
		if (!islower((unsigned char)*c) && !isdigit((unsigned char)*c) && *c != '_' && *c != '-')
			return fail(p, "%s name \"%s\": only a-z, 0-9, '_' and '-' are allowed", what, n);
	return 0;
}

/* Append "<what>[idx]" (or "<what>" when idx is SIZE_MAX) at `keep`. */
static void path_set(struct parse *p, size_t keep, const char *what, size_t idx)
{
	if (keep >= sizeof(p->path))
		keep = sizeof(p->path) - 1;
	p->path[keep] = '\0';
	if (idx == SIZE_MAX)
		snprintf(p->path + keep, sizeof(p->path) - keep, "%s", what);
	else
		snprintf(p->path + keep, sizeof(p->path) - keep, "%s[%zu]", what, idx);
}

static int parse_enums(struct parse *p, struct json_object *o, bool bits, struct prm_enum **out)
{
	size_t n = (size_t)json_object_object_length(o), i = 0;
	struct prm_enum *e;

	if (n > PDS_CATALOG_MAX_ENUMS)
		return fail(p, "more than %u names", PDS_CATALOG_MAX_ENUMS);
	e = calloc(n + 1, sizeof(*e));
	if (!e)
		return fwctl_err_set(p->err, FWCTL_ERR_FAILED, ENOMEM, "out of memory");
	*out = e;
	json_object_object_foreach(o, k, v) {
		int64_t x;

		if (check_name(p, bits ? "flag" : "enum", k) < 0)
			return -1;
		if (!json_object_is_type(v, json_type_int))
			return fail(p, "value of \"%s\" must be an integer", k);
		x = json_object_get_int64(v);
		if (x < 0 || (bits && x > 63) || x == INT64_MAX)
			return fail(p, "value of \"%s\" out of range%s", k, bits ? " (bit 0..63)" : "");
		e[i].name = strdup(k);
		if (!e[i].name)
			return fwctl_err_set(p->err, FWCTL_ERR_FAILED, ENOMEM, "out of memory");
		e[i].value = bits ? UINT64_C(1) << x : (uint64_t)x;
		i++;
	}
	return 0;
}

static const struct {
	const char *name;
	enum pds_ftype type;
	uint32_t size;
} ftypes[] = {
	{ "u8", PDS_F_U8, 1 }, { "u16", PDS_F_U16, 2 }, { "u32", PDS_F_U32, 4 },
	{ "u64", PDS_F_U64, 8 }, { "string", PDS_F_STRING, 0 }, { "bytes", PDS_F_BYTES, 0 },
};

/* "type" and "size": fixed for integers, given for string and bytes. */
static int parse_field_type(struct parse *p, struct json_object *o, struct pds_field *f)
{
	char *type = NULL;
	uint64_t x = 0;
	bool seen;
	size_t t;

	if (get_str(p, o, "type", true, &type) < 0)
		return -1;
	for (t = 0; t < FWCTL_ARRAY_SIZE(ftypes); t++)
		/* get_str(need=true) succeeds only with a non-NULL strdup'ed string. */
		// NOLINTNEXTLINE(clang-analyzer-core.NonNullParamChecker)
		if (!strcmp(type, ftypes[t].name))
			break;
	free(type);
	if (t == FWCTL_ARRAY_SIZE(ftypes))
		return fail(p, "field \"%s\": type must be u8, u16, u32, u64, string or bytes", f->name);
	f->type = ftypes[t].type;
	f->size = ftypes[t].size;
	if (get_u64(p, o, "size", false, PDS_CATALOG_MAX_PAYLOAD, &x, &seen) < 0)
		return -1;
	if (f->size == 0) {
		if (!seen || x == 0)
			return fail(p, "field \"%s\": %s needs \"size\" (bytes)", f->name,
				    ftypes[t].name);
		f->size = (uint32_t)x;
	} else if (seen && x != f->size) {
		return fail(p, "field \"%s\": %s is %u bytes", f->name, ftypes[t].name, f->size);
	}
	return 0;
}

/* "count" (integer arrays) and "count_from" (response arrays sized by a request field). */
static int parse_field_count(struct parse *p, struct json_object *o, bool is_req, struct pds_field *f)
{
	uint64_t x = 0;
	bool seen;

	f->count = 1;
	if (get_u64(p, o, "count", false, PDS_CATALOG_MAX_PAYLOAD, &x, &seen) < 0)
		return -1;
	if (seen) {
		if (f->type >= PDS_F_STRING || x == 0)
			return fail(p, "field \"%s\": count must be >= 1, integers only", f->name);
		f->count = (uint32_t)x;
	}
	if (get_str(p, o, "count_from", false, &f->count_from) < 0)
		return -1;
	if (f->count_from && (is_req || f->count < 2))
		return fail(p, "field \"%s\": count_from is for response arrays (count >= 2)", f->name);
	return 0;
}

/* "enum" or "flags": value names, on a scalar integer. */
static int parse_field_names(struct parse *p, struct json_object *o, struct pds_field *f)
{
	struct json_object *v;

	if (json_object_object_get_ex(o, "enum", &v)) {
		if (!json_object_is_type(v, json_type_object) || f->type >= PDS_F_STRING || f->count > 1)
			return fail(p, "field \"%s\": enum must be an object, on a scalar integer", f->name);
		if (parse_enums(p, v, false, &f->enums) < 0)
			return -1;
	}
	if (json_object_object_get_ex(o, "flags", &v)) {
		if (!json_object_is_type(v, json_type_object) || f->type >= PDS_F_STRING ||
		    f->count > 1 || f->enums)
			return fail(p, "field \"%s\": flags must be an object, on a scalar integer "
				    "without enum", f->name);
		if (parse_enums(p, v, true, &f->enums) < 0)
			return -1;
		f->flags = true;
	}
	return 0;
}

/* "default": a scalar request field's value when FIELD=VALUE does not give one. */
static int parse_field_default(struct parse *p, struct json_object *o, bool is_req,
			       struct pds_field *f)
{
	struct json_object *v;

	if (!json_object_object_get_ex(o, "default", &v))
		return 0;
	if (!is_req || f->count > 1)
		return fail(p, "field \"%s\": defaults are for scalar request fields", f->name);
	if (f->type == PDS_F_STRING) {
		if (!json_object_is_type(v, json_type_string) ||
		    strlen(json_object_get_string(v)) > f->size)
			return fail(p, "field \"%s\": default must be a string of at most %u bytes",
				    f->name, f->size);
		f->def_str = strdup(json_object_get_string(v));
		if (!f->def_str)
			return fwctl_err_set(p->err, FWCTL_ERR_FAILED, ENOMEM, "out of memory");
	} else if (f->type == PDS_F_BYTES) {
		return fail(p, "field \"%s\": bytes fields have no default", f->name);
	} else if (get_u64(p, o, "default", true,
			   f->size == 8 ? UINT64_MAX : (UINT64_C(1) << (f->size * 8)) - 1,
			   &f->def, NULL) < 0) {
		return -1;
	}
	f->has_default = true;
	return 0;
}

static int parse_field(struct parse *p, struct json_object *o, bool is_req, struct pds_field *f)
{
	static const char *const keys[] = { "name", "description", "offset", "type", "size",
		"count", "count_from", "default", "required", "hex", "enum", "flags", "unit", NULL };
	uint64_t x = 0;

	if (!json_object_is_type(o, json_type_object))
		return fail(p, "a field must be an object");
	if (check_keys(p, o, keys) < 0 || get_str(p, o, "name", true, &f->name) < 0 ||
	    check_name(p, "field", f->name) < 0 ||
	    get_str(p, o, "description", false, &f->description) < 0 ||
	    get_str(p, o, "unit", false, &f->unit) < 0 ||
	    get_u64(p, o, "offset", true, PDS_CATALOG_MAX_PAYLOAD, &x, NULL) < 0)
		return -1;
	f->offset = (uint32_t)x;
	if (parse_field_type(p, o, f) < 0 || parse_field_count(p, o, is_req, f) < 0 ||
	    get_bool(p, o, "required", &f->required, NULL) < 0 ||
	    get_bool(p, o, "hex", &f->hex, NULL) < 0 || parse_field_names(p, o, f) < 0)
		return -1;
	return parse_field_default(p, o, is_req, f);
}

static enum prm_kind prm_kind_of(const struct pds_field *f)
{
	if (f->type == PDS_F_STRING)
		return PRM_STRING;
	if (f->type == PDS_F_BYTES)
		return PRM_BYTES;
	if (f->count > 1)
		return PRM_ARRAY;
	if (f->flags)
		return PRM_FLAGS;
	if (f->enums)
		return PRM_ENUM;
	return f->hex ? PRM_HEX : PRM_UINT;
}

static int parse_layout(struct parse *p, struct json_object *op, const char *key, bool is_req,
			struct pds_layout *l)
{
	static const char *const keys[] = { "size", "fields", NULL };
	struct json_object *o, *fields;
	size_t keep = strlen(p->path);
	const char *bad;
	uint64_t size = 0;

	if (!json_object_object_get_ex(op, key, &o))
		return 0;     /* no payload */
	path_set(p, keep, is_req ? ".request" : ".response", SIZE_MAX);
	if (!json_object_is_type(o, json_type_object))
		return fail(p, "must be an object");
	if (check_keys(p, o, keys) < 0 ||
	    get_u64(p, o, "size", true, PDS_CATALOG_MAX_PAYLOAD, &size, NULL) < 0)
		return -1;
	l->size = (uint32_t)size;
	if (json_object_object_get_ex(o, "fields", &fields)) {
		size_t n, keep2 = strlen(p->path);

		if (!json_object_is_type(fields, json_type_array))
			return fail(p, "\"fields\" must be an array");
		n = json_object_array_length(fields);
		if (n > PDS_CATALOG_MAX_FIELDS)
			return fail(p, "more than %u fields", PDS_CATALOG_MAX_FIELDS);
		l->fields = calloc(n ? n : 1, sizeof(*l->fields));
		l->prm = calloc(n ? n : 1, sizeof(*l->prm));
		if (!l->fields || !l->prm)
			return fwctl_err_set(p->err, FWCTL_ERR_FAILED, ENOMEM, "out of memory");
		for (size_t i = 0; i < n; i++) {
			struct pds_field *f = &l->fields[i];

			path_set(p, keep2, ".fields", i);
			l->n_fields = i + 1;
			if (parse_field(p, json_object_array_get_idx(fields, i), is_req, f) < 0)
				return -1;
			if ((uint64_t)f->offset + (uint64_t)f->size * f->count > l->size)
				return fail(p, "field \"%s\" (bytes %u..%llu) lies outside the %u-byte "
					    "payload", f->name, f->offset,
					    (unsigned long long)f->offset + (uint64_t)f->size * f->count - 1,
					    l->size);
			l->prm[i] = (struct prm_field){
				.name = f->name, .bit_off = f->offset * 8, .bit_width = f->size * 8,
				.kind = prm_kind_of(f), .enums = f->enums, .count = f->count,
				.unit = f->unit,
			};
		}
		path_set(p, keep2, "", SIZE_MAX);
	}
	l->pl = (struct prm_layout){ .name = key, .size_bits = l->size * 8, .endian = PRM_LE,
				     .fields = l->prm, .n_fields = l->n_fields };
	bad = prm_layout_check(&l->pl);
	if (bad)
		return fail(p, "%s", bad);
	/* count_from must name an integer request field: checked by the caller. */
	path_set(p, keep, "", SIZE_MAX);
	return 0;
}

static const struct pds_field *layout_field(const struct pds_layout *l, const char *name)
{
	for (size_t i = 0; i < l->n_fields; i++)
		if (!strcmp(l->fields[i].name, name))
			return &l->fields[i];
	return NULL;
}

static int parse_op(struct parse *p, struct json_object *o, struct pds_op *op)
{
	static const char *const keys[] = { "name", "description", "id", "version", "scope",
		"attr", "writes", "request", "response", NULL };
	char *scope = NULL;
	uint64_t x = 0;
	bool has_scope, seen;

	if (!json_object_is_type(o, json_type_object))
		return fail(p, "an operation must be an object");
	if (check_keys(p, o, keys) < 0 || get_str(p, o, "name", true, &op->name) < 0 ||
	    check_name(p, "operation", op->name) < 0 ||
	    get_str(p, o, "description", false, &op->description) < 0 ||
	    get_u64(p, o, "id", true, FWCTL_PDS_OP_CMD_MASK, &x, NULL) < 0)
		return -1;
	op->cmd = (uint32_t)x;
	x = 0;
	if (get_u64(p, o, "version", false, 0xff, &x, NULL) < 0)
		return -1;
	op->version = (uint32_t)x;
	if (get_str(p, o, "scope", false, &scope) < 0)
		return -1;
	has_scope = scope != NULL;
	if (scope) {
		int s = fwctl_scope_from_name(scope);

		free(scope);
		if (s < 0)
			return fail(p, "operation \"%s\": scope must be config, debug-ro, debug-write "
				    "or debug-write-full", op->name);
		op->scope = (uint32_t)s;
	}
	if (get_u64(p, o, "attr", false, 0xff, &x, &op->has_attr) < 0)
		return -1;
	if (has_scope == op->has_attr)
		return fail(p, "operation \"%s\": give exactly one of \"scope\" and \"attr\"", op->name);
	if (op->has_attr) {
		op->attr = (uint32_t)x;
		op->scope = pds_attr_scope(op->attr);
	}
	/* Writes unless it is a known read attribute or a read scope. */
	op->writes = op->has_attr ? !(op->attr == PDS_ATTR_READ || op->attr == PDS_ATTR_DEBUG_READ ||
				      op->attr == PDS_ATTR_SYNC)
				  : op->scope >= FWCTL_RPC_DEBUG_WRITE;
	if (get_bool(p, o, "writes", &op->writes, &seen) < 0)
		return -1;
	if (seen && !op->writes && op->scope >= FWCTL_RPC_DEBUG_WRITE)
		return fail(p, "operation \"%s\": a write scope always counts as a write", op->name);
	if (parse_layout(p, o, "request", true, &op->req) < 0 ||
	    parse_layout(p, o, "response", false, &op->resp) < 0)
		return -1;
	for (size_t i = 0; i < op->resp.n_fields; i++) {
		const struct pds_field *f = &op->resp.fields[i], *c;

		if (!f->count_from)
			continue;
		c = layout_field(&op->req, f->count_from);
		if (!c || c->type >= PDS_F_STRING || c->count > 1)
			return fail(p, "operation \"%s\": count_from \"%s\" is not an integer request "
				    "field", op->name, f->count_from);
	}
	return 0;
}

static int parse_ep(struct parse *p, struct pds_catalog *cat, struct json_object *o,
		    struct pds_ep *ep)
{
	static const char *const keys[] = { "name", "description", "id", "operations", NULL };
	struct json_object *ops;
	size_t n, keep = strlen(p->path);
	uint64_t x = 0;

	if (!json_object_is_type(o, json_type_object))
		return fail(p, "an endpoint must be an object");
	if (check_keys(p, o, keys) < 0 || get_str(p, o, "name", true, &ep->name) < 0 ||
	    check_name(p, "endpoint", ep->name) < 0 ||
	    get_str(p, o, "description", false, &ep->description) < 0 ||
	    get_u64(p, o, "id", true, UINT32_MAX, &x, NULL) < 0)
		return -1;
	ep->id = (uint32_t)x;
	for (size_t i = 0; i < cat->n_eps; i++) {
		if (&cat->eps[i] == ep)
			continue;
		if (cat->eps[i].id == ep->id)
			return fail(p, "endpoint id %u is defined twice", ep->id);
		/* get_str(need=true) succeeds only with a non-NULL strdup'ed string. */
		// NOLINTNEXTLINE(clang-analyzer-core.NonNullParamChecker)
		if (!strcmp(cat->eps[i].name, ep->name))
			return fail(p, "endpoint \"%s\" is defined twice", ep->name);
	}
	if (!json_object_object_get_ex(o, "operations", &ops) ||
	    !json_object_is_type(ops, json_type_array))
		return fail(p, "endpoint \"%s\": \"operations\" must be an array", ep->name);
	n = json_object_array_length(ops);
	if (n > PDS_CATALOG_MAX_OPS)
		return fail(p, "more than %u operations", PDS_CATALOG_MAX_OPS);
	ep->ops = calloc(n ? n : 1, sizeof(*ep->ops));
	if (!ep->ops)
		return fwctl_err_set(p->err, FWCTL_ERR_FAILED, ENOMEM, "out of memory");
	for (size_t i = 0; i < n; i++) {
		struct pds_op *op = &ep->ops[i];

		path_set(p, keep, ".operations", i);
		ep->n_ops = i + 1;
		if (parse_op(p, json_object_array_get_idx(ops, i), op) < 0)
			return -1;
		for (size_t j = 0; j < i; j++)
			/* get_str(need=true) succeeds only with a non-NULL strdup'ed string. */
			// NOLINTNEXTLINE(clang-analyzer-core.NonNullParamChecker)
			if (ep->ops[j].cmd == op->cmd || !strcmp(ep->ops[j].name, op->name))
				return fail(p, "operation \"%s\" (id %u) is defined twice", op->name, op->cmd);
	}
	return 0;
}

static void fix_backlinks(struct pds_catalog *cat)
{
	for (size_t i = 0; i < cat->n_eps; i++)
		for (size_t j = 0; j < cat->eps[i].n_ops; j++)
			cat->eps[i].ops[j].ep = &cat->eps[i];
}

static int parse_doc(struct parse *p, struct pds_catalog *cat, struct json_object *root)
{
	static const char *const keys[] = { "format", "format_version", "firmware", "limits",
		"endpoints", NULL };
	static const char *const lkeys[] = { "max_req_sz", "max_resp_sz", NULL };
	struct json_object *v, *eps;
	char *s = NULL;
	uint64_t x = 0;
	size_t n;

	if (!json_object_is_type(root, json_type_object))
		return fail(p, "the document must be a JSON object");
	if (check_keys(p, root, keys) < 0 || get_str(p, root, "format", true, &s) < 0)
		return -1;
	/* get_str(need=true) succeeds only with a non-NULL strdup'ed string. */
	// NOLINTNEXTLINE(clang-analyzer-core.NonNullParamChecker)
	if (strcmp(s, "fwctl-pds-catalog")) {
		free(s);
		return fail(p, "\"format\" must be \"fwctl-pds-catalog\"");
	}
	free(s);
	if (get_u64(p, root, "format_version", true, UINT32_MAX, &x, NULL) < 0)
		return -1;
	if (x != 1)
		return fail(p, "format_version %llu: this fwctl reads version 1", (unsigned long long)x);
	if (get_str(p, root, "firmware", false, &s) < 0)
		return -1;
	if (s && !cat->firmware)
		cat->firmware = s;
	else
		free(s);
	if (json_object_object_get_ex(root, "limits", &v)) {
		strcpy(p->path, "limits");
		if (!json_object_is_type(v, json_type_object) || check_keys(p, v, lkeys) < 0)
			return fail(p, "must be an object with max_req_sz and/or max_resp_sz");
		x = 0;
		if (get_u64(p, v, "max_req_sz", false, UINT32_MAX, &x, NULL) < 0)
			return -1;
		if (x && (!cat->max_req_sz || x < cat->max_req_sz))
			cat->max_req_sz = (uint32_t)x;
		x = 0;
		if (get_u64(p, v, "max_resp_sz", false, UINT32_MAX, &x, NULL) < 0)
			return -1;
		if (x && (!cat->max_resp_sz || x < cat->max_resp_sz))
			cat->max_resp_sz = (uint32_t)x;
		p->path[0] = '\0';
	}
	if (!json_object_object_get_ex(root, "endpoints", &eps) ||
	    !json_object_is_type(eps, json_type_array))
		return fail(p, "\"endpoints\" must be an array");
	n = json_object_array_length(eps);
	if (n > PDS_CATALOG_MAX_EPS - cat->n_eps)
		return fail(p, "more than %u endpoints", PDS_CATALOG_MAX_EPS);
	for (size_t i = 0; i < n; i++) {
		struct pds_ep *tmp = realloc(cat->eps, (cat->n_eps + 1) * sizeof(*tmp));

		if (!tmp)
			return fwctl_err_set(p->err, FWCTL_ERR_FAILED, ENOMEM, "out of memory");
		cat->eps = tmp;
		memset(&cat->eps[cat->n_eps], 0, sizeof(*tmp));
		path_set(p, 0, "endpoints", i);
		/* Counted before parsing so a failure frees what was allocated. */
		cat->n_eps++;
		if (parse_ep(p, cat, json_object_array_get_idx(eps, i), &cat->eps[cat->n_eps - 1]) < 0)
			return -1;
	}
	return 0;
}

static int add_source(struct pds_catalog *cat, const char *source)
{
	char *s;

	if (!cat->source)
		s = strdup(source);
	else if (asprintf(&s, "%s, %s", cat->source, source) < 0)
		s = NULL;
	if (!s)
		return -1;
	free(cat->source);
	cat->source = s;
	return 0;
}

int pds_catalog_parse(struct pds_catalog *cat, const char *text, size_t len,
		      const char *source, struct fwctl_err *err)
{
	struct parse p = { .err = err, .source = source };
	struct json_tokener *tok;
	struct json_object *root;
	int rc;

	if (len > PDS_CATALOG_MAX_BYTES)
		return fail(&p, "larger than %u bytes", PDS_CATALOG_MAX_BYTES);
	tok = json_tokener_new();
	if (!tok)
		return fwctl_err_set(err, FWCTL_ERR_FAILED, ENOMEM, "out of memory");
	root = json_tokener_parse_ex(tok, text, (int)len);
	if (!root || json_tokener_get_error(tok) != json_tokener_success ||
	    json_tokener_get_parse_end(tok) < len) {
		size_t at = json_tokener_get_parse_end(tok);
		enum json_tokener_error e = json_tokener_get_error(tok);

		/* Only whitespace may follow the document. */
		while (root && at < len && isspace((unsigned char)text[at]))
			at++;
		if (!root || e != json_tokener_success || at < len) {
			json_object_put(root);
			json_tokener_free(tok);
			return fail(&p, "not valid JSON (%s at byte %zu)",
				    e != json_tokener_success ? json_tokener_error_desc(e)
							      : "trailing data", at);
		}
	}
	json_tokener_free(tok);
	rc = parse_doc(&p, cat, root);
	json_object_put(root);
	fix_backlinks(cat);
	if (rc == 0 && add_source(cat, source) < 0)
		rc = fwctl_err_set(err, FWCTL_ERR_FAILED, ENOMEM, "out of memory");
	return rc;
}

static void free_layout(struct pds_layout *l)
{
	for (size_t i = 0; i < l->n_fields; i++) {
		struct pds_field *f = &l->fields[i];

		free(f->name);
		free(f->description);
		free(f->count_from);
		free(f->def_str);
		free(f->unit);
		for (struct prm_enum *e = f->enums; e && e->name; e++)
			free((char *)e->name);
		free(f->enums);
	}
	free(l->fields);
	free(l->prm);
}

void pds_catalog_free(struct pds_catalog *cat)
{
	for (size_t i = 0; i < cat->n_eps; i++) {
		struct pds_ep *ep = &cat->eps[i];

		for (size_t j = 0; j < ep->n_ops; j++) {
			free(ep->ops[j].name);
			free(ep->ops[j].description);
			free_layout(&ep->ops[j].req);
			free_layout(&ep->ops[j].resp);
		}
		free(ep->ops);
		free(ep->name);
		free(ep->description);
	}
	free(cat->eps);
	free(cat->source);
	free(cat->firmware);
	memset(cat, 0, sizeof(*cat));
}
