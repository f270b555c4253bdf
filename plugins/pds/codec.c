// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * Payloads from catalogue layouts: FIELD=VALUE arguments -> request bytes,
 * response bytes -> JSON (through the prm decoder, so text and JSON agree).
 * All payloads are little-endian, as the pds firmware's are.
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include <json-c/json.h>

#include "../plugin.h"
#include "pds.h"

static int parse_int(const struct pds_field *f, const char *s, uint64_t *v, struct fwctl_err *err)
{
	uint64_t max = f->size == 8 ? UINT64_MAX : (UINT64_C(1) << (f->size * 8)) - 1;

	if (f->enums && !f->flags && prm_enum_value(f->enums, s, v))
		return 0;
	if (f->flags && !(s[0] >= '0' && s[0] <= '9')) {
		/* flags: names joined by ',' ("link_up,fec") */
		char *dup = strdup(s), *save = NULL;
		uint64_t acc = 0, bit;

		if (!dup)
			return fwctl_err_set(err, FWCTL_ERR_FAILED, ENOMEM, "out of memory");
		for (char *t = strtok_r(dup, ",", &save); t; t = strtok_r(NULL, ",", &save)) {
			if (!prm_enum_value(f->enums, t, &bit)) {
				fwctl_err_set(err, FWCTL_ERR_USAGE, 0, "%s: unknown flag '%s'", f->name, t);
				free(dup);
				return -1;
			}
			acc |= bit;
		}
		free(dup);
		if (acc > max)
			return fwctl_err_set(err, FWCTL_ERR_USAGE, 0, "%s: flags do not fit %u bytes",
					     f->name, f->size);
		*v = acc;
		return 0;
	}
	if (fwctl_parse_u64(s, max, v) < 0)
		return fwctl_err_set(err, FWCTL_ERR_USAGE, 0, "%s=%s: expected %s 0..%llu", f->name, s,
				     f->enums ? "a name from the catalogue or a number" : "a number",
				     (unsigned long long)max);
	return 0;
}

static int set_value(const struct pds_layout *l, size_t i, const char *s, uint8_t *buf,
		     struct fwctl_err *err)
{
	const struct pds_field *f = &l->fields[i];

	if (f->type == PDS_F_STRING) {
		size_t n = strlen(s);

		if (n > f->size)
			return fwctl_err_set(err, FWCTL_ERR_USAGE, 0, "%s: at most %u characters",
					     f->name, f->size);
		memset(buf + f->offset, 0, f->size);
		/* A fixed-size firmware field, zero-padded by the memset: no NUL needed. */
		// NOLINTNEXTLINE(bugprone-not-null-terminated-result)
		memcpy(buf + f->offset, s, n);
		return 0;
	}
	if (f->type == PDS_F_BYTES) {
		uint8_t *b = NULL;
		size_t n = 0;

		if (fwctl_parse_hex(s, &b, &n) < 0)
			return fwctl_err_set(err, FWCTL_ERR_USAGE, 0, "%s: not a hex string", f->name);
		if (n > f->size) {
			free(b);
			return fwctl_err_set(err, FWCTL_ERR_USAGE, 0, "%s: at most %u bytes", f->name,
					     f->size);
		}
		memset(buf + f->offset, 0, f->size);
		if (n)
			memcpy(buf + f->offset, b, n);
		free(b);
		return 0;
	}
	if (f->count > 1) {
		/* integer array: values joined by ',' */
		char *dup = strdup(s), *save = NULL;
		uint32_t k = 0;
		int rc = 0;

		if (!dup)
			return fwctl_err_set(err, FWCTL_ERR_FAILED, ENOMEM, "out of memory");
		for (char *t = strtok_r(dup, ",", &save); t && rc == 0; t = strtok_r(NULL, ",", &save)) {
			struct prm_field el = { .name = f->name, .bit_width = f->size * 8,
						.bit_off = (f->offset + k * f->size) * 8 };
			uint64_t v;

			if (k >= f->count)
				rc = fwctl_err_set(err, FWCTL_ERR_USAGE, 0, "%s: at most %u values",
						   f->name, f->count);
			else if ((rc = parse_int(f, t, &v, err)) == 0)
				prm_set(&l->pl, &el, buf, l->size, v);
			k++;
		}
		free(dup);
		return rc;
	}
	{
		uint64_t v;

		if (parse_int(f, s, &v, err) < 0)
			return -1;
		prm_set(&l->pl, &l->prm[i], buf, l->size, v);
	}
	return 0;
}

int pds_encode_request(const struct pds_op *op, int argc, char **argv, uint8_t **out,
		       size_t *len, struct fwctl_err *err)
{
	const struct pds_layout *l = &op->req;
	bool *given = calloc(l->n_fields ? l->n_fields : 1, sizeof(bool));
	uint8_t *buf = calloc(1, l->size ? l->size : 1);
	int rc = -1;

	*out = NULL;
	*len = 0;
	if (!given || !buf) {
		fwctl_err_set(err, FWCTL_ERR_FAILED, ENOMEM, "out of memory");
		goto out;
	}
	for (size_t i = 0; i < l->n_fields; i++) {
		const struct pds_field *f = &l->fields[i];

		if (f->has_default && f->def_str)
			memcpy(buf + f->offset, f->def_str, strlen(f->def_str));
		else if (f->has_default)
			prm_set(&l->pl, &l->prm[i], buf, l->size, f->def);
	}
	for (int a = 0; a < argc; a++) {
		const char *eq = strchr(argv[a], '=');
		size_t i, n = eq ? (size_t)(eq - argv[a]) : 0;

		if (!eq || !n) {
			fwctl_err_set(err, FWCTL_ERR_USAGE, 0, "'%s': arguments are FIELD=VALUE", argv[a]);
			goto out;
		}
		for (i = 0; i < l->n_fields; i++)
			if (strlen(l->fields[i].name) == n && !strncmp(l->fields[i].name, argv[a], n))
				break;
		if (i == l->n_fields) {
			fwctl_err_set(err, FWCTL_ERR_USAGE, 0, "%s.%s has no request field '%.*s'%s",
				      op->ep->name, op->name, (int)n, argv[a],
				      l->n_fields ? " (see 'fwctl pds catalog ENDPOINT.OPERATION')"
						  : ": it takes no arguments");
			goto out;
		}
		if (given[i]) {
			fwctl_err_set(err, FWCTL_ERR_USAGE, 0, "%s given twice", l->fields[i].name);
			goto out;
		}
		given[i] = true;
		if (set_value(l, i, eq + 1, buf, err) < 0)
			goto out;
	}
	for (size_t i = 0; i < l->n_fields; i++)
		if (l->fields[i].required && !given[i]) {
			fwctl_err_set(err, FWCTL_ERR_USAGE, 0, "%s.%s needs %s=VALUE", op->ep->name,
				      op->name, l->fields[i].name);
			goto out;
		}
	*out = buf;
	*len = l->size;
	buf = NULL;
	rc = 0;
out:
	free(given);
	free(buf);
	return rc;
}

int pds_decode_response(const struct pds_op *op, const uint8_t *req, size_t req_len,
			const uint8_t *resp, size_t resp_len, struct json_object *into)
{
	const struct pds_layout *l = &op->resp;
	struct prm_field *copy;
	struct prm_layout pl = l->pl;
	int rc;

	if (!l->n_fields)
		return 0;
	copy = malloc(l->n_fields * sizeof(*copy));
	if (!copy)
		return -1;
	memcpy(copy, l->prm, l->n_fields * sizeof(*copy));
	/* Arrays sized by a request field ("num"): never more than the layout holds. */
	for (size_t i = 0; i < l->n_fields; i++) {
		const struct prm_field *c;
		uint64_t n;

		if (!l->fields[i].count_from)
			continue;
		c = prm_find(&op->req.pl, l->fields[i].count_from);
		if (c && prm_get(&op->req.pl, c, req, req_len, &n) && n < copy[i].count)
			copy[i].count = (uint32_t)n;
	}
	pl.fields = copy;
	rc = prm_decode(&pl, resp, resp_len, into, 0);
	free(copy);
	return rc;
}
