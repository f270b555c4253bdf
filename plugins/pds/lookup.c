// SPDX-License-Identifier: GPL-2.0-or-later
/* Finding endpoints and operations in a catalogue by name or number. */
#include <errno.h>
#include <string.h>

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
		if (!strcmp(cat->eps[i].name, name_or_id))
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
		if (!strcmp(ep->ops[i].name, name_or_id))
			return &ep->ops[i];
	return NULL;
}

const struct pds_op *pds_resolve(const struct pds_catalog *cat, const char *spec,
				 struct fwctl_err *err)
{
	char epname[PDS_NAME_MAX + 1];
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
	ep = pds_find_ep(cat, epname);
	if (!ep)
		return fwctl_err_set(err, FWCTL_ERR_USAGE, 0,
				     "no endpoint '%s' in the catalogue (%s); see 'fwctl pds catalog'",
				     epname, cat->source ? cat->source : "empty"), NULL;
	op = pds_find_op(ep, dot + 1);
	if (!op)
		return fwctl_err_set(err, FWCTL_ERR_USAGE, 0,
				     "endpoint '%s' has no operation '%s' in the catalogue; see "
				     "'fwctl pds catalog %s'", ep->name, dot + 1, ep->name), NULL;
	return op;
}
