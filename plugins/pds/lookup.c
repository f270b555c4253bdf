// SPDX-License-Identifier: GPL-2.0-or-later
/* Finding endpoints and operations in a catalogue by name or number. */
#include <errno.h>
#include <string.h>

#include "../../lib/suggest.h"
#include "../plugin.h"
#include "pds.h"

/* A number (decimal or 0x) or NULL: names never start with a digit. */
static bool as_number(const char *s, uint64_t max, uint64_t *v)
{
	return s[0] >= '0' && s[0] <= '9' && fwctl_parse_u64(s, max, v) == 0;
}

const struct pds_ep *pds_find_ep_id(const struct pds_catalog *cat, uint32_t id)
{
	for (size_t i = 0; i < cat->n_eps; i++)
		if (cat->eps[i].id == id)
			return &cat->eps[i];
	return NULL;
}

const struct pds_ep *pds_find_ep(const struct pds_catalog *cat, const char *name_or_id)
{
	uint64_t v;

	if (as_number(name_or_id, UINT32_MAX, &v))
		return pds_find_ep_id(cat, (uint32_t)v);
	for (size_t i = 0; i < cat->n_eps; i++)
		if (fwctl_name_eq(name_or_id, cat->eps[i].name))
			return &cat->eps[i];
	return NULL;
}

const struct pds_op *pds_find_op_cmd(const struct pds_ep *ep, uint32_t cmd)
{
	for (size_t i = 0; i < ep->n_ops; i++)
		if (ep->ops[i].cmd == cmd)
			return &ep->ops[i];
	return NULL;
}

const struct pds_op *pds_find_op(const struct pds_ep *ep, const char *name_or_id)
{
	uint64_t v;

	if (as_number(name_or_id, FWCTL_PDS_OP_CMD_MASK, &v))
		return pds_find_op_cmd(ep, (uint32_t)v);
	for (size_t i = 0; i < ep->n_ops; i++)
		if (fwctl_name_eq(name_or_id, ep->ops[i].name))
			return &ep->ops[i];
	return NULL;
}

/* "; did you mean 'x'?" over the catalogue's endpoint names. */
static const char *ep_hint(const struct pds_catalog *cat, const char *word, char *buf, size_t len)
{
	struct fwctl_suggest s;

	fwctl_suggest_init(&s, word);
	for (size_t i = 0; i < cat->n_eps; i++)
		fwctl_suggest_add(&s, cat->eps[i].name);
	return fwctl_suggest_text(&s, buf, len);
}

/* The same over an endpoint's operations. */
static const char *op_hint(const struct pds_ep *ep, const char *word, char *buf, size_t len)
{
	struct fwctl_suggest s;

	fwctl_suggest_init(&s, word);
	for (size_t i = 0; i < ep->n_ops; i++)
		fwctl_suggest_add(&s, ep->ops[i].name);
	return fwctl_suggest_text(&s, buf, len);
}

const struct pds_ep *pds_resolve_ep(const struct pds_catalog *cat, const char *name,
				    struct fwctl_err *err)
{
	const struct pds_ep *ep = pds_find_ep(cat, name);
	char hint[3 * PDS_NAME_MAX + 32];

	if (!ep)
		fwctl_err_set(err, FWCTL_ERR_USAGE, 0,
			      "no endpoint '%s' in the catalogue (%s); see 'fwctl pds catalog'%s",
			      name, cat->source ? cat->source : "empty",
			      ep_hint(cat, name, hint, sizeof(hint)));
	return ep;
}

const struct pds_op *pds_resolve(const struct pds_catalog *cat, const char *spec,
				 struct fwctl_err *err)
{
	char epname[PDS_NAME_MAX + 1], hint[3 * PDS_NAME_MAX + 32];
	const char *dot = strchr(spec, '.');
	const struct pds_ep *ep;
	const struct pds_op *op;
	size_t n;

	if (!dot || dot == spec || !dot[1] || strchr(dot + 1, '.'))
		return fwctl_err_set(err, FWCTL_ERR_USAGE, 0,
				     "'%s': give ENDPOINT.OPERATION (see 'fwctl pds catalog')", spec),
		       NULL;
	n = (size_t)(dot - spec);
	if (n > PDS_NAME_MAX)
		return fwctl_err_set(err, FWCTL_ERR_USAGE, 0, "'%s': no such endpoint", spec), NULL;
	memcpy(epname, spec, n);
	epname[n] = '\0';
	ep = pds_resolve_ep(cat, epname, err);
	if (!ep)
		return NULL;
	op = pds_find_op(ep, dot + 1);
	if (!op)
		return fwctl_err_set(err, FWCTL_ERR_USAGE, 0,
				     "endpoint '%s' has no operation '%s' in the catalogue; see "
				     "'fwctl pds catalog %s'%s", ep->name, dot + 1, ep->name,
				     op_hint(ep, dot + 1, hint, sizeof(hint))), NULL;
	return op;
}
