// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * Resolution of -d: the names a user has in hand (fwctlN, its node, a PCI
 * address, a netdev, an RDMA device, a bus device such as memN) matched
 * against the discovered devices.
 */
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "device.h"
#include "device_int.h"

static bool match_pci(const char *addr, const char *name)
{
	if (!addr)
		return false;
	if (!strcasecmp(addr, name))
		return true;
	/* "08:00.0" is that function in any domain (lspci -s): the caller
	 * refuses it when several domains have one. */
	return strlen(addr) == 12 && strlen(name) == 7 && !strcasecmp(addr + 5, name);
}

static bool match_list(char *const *v, size_t n, const char *name)
{
	for (size_t i = 0; i < n; i++)
		if (!strcmp(v[i], name))
			return true;
	return false;
}

bool fwctl_device_matches(const struct fwctl_device *d, const char *name)
{
	if (!strcmp(d->name, name) || (d->devnode && !strcmp(d->devnode, name)))
		return true;
	/* PCI names only for PCI parents: a bus device is named by its own name. */
	if (d->parent_kind == FWCTL_PARENT_PCI && match_pci(d->pci_address, name))
		return true;
	if (d->memdev && !strcmp(d->memdev, name))
		return true;
	return match_list(d->netdevs, d->n_netdevs, name) || match_list(d->rdma, d->n_rdma, name);
}

static void describe(const struct fwctl_device *d, char *buf, size_t n)
{
	size_t used = (size_t)snprintf(buf, n, "%s (%s", d->name, fwctl_type_name(d->type));
	const char *extra[3] = { d->pci_address, d->n_netdevs ? d->netdevs[0] : NULL,
				 d->memdev ? d->memdev : (d->n_rdma ? d->rdma[0] : NULL) };

	for (int i = 0; i < 3 && used < n; i++)
		if (extra[i])
			used += (size_t)snprintf(buf + used, n - used, ", %s", extra[i]);
	if (used < n)
		snprintf(buf + used, n - used, ")");
}

static void list_candidates(struct fwctl_device_list *list, int want_type, char *buf, size_t n)
{
	size_t used = 0;

	buf[0] = 0;
	for (size_t i = 0; i < list->n && used + 2 < n; i++) {
		char one[160];

		if (want_type >= 0 && list->devs[i].type != (uint32_t)want_type)
			continue;
		describe(&list->devs[i], one, sizeof(one));
		used += (size_t)snprintf(buf + used, n - used, "%s%s", used ? ", " : "", one);
	}
}

/* A short PCI address matched devs[first]: another PCI function of the
 * same bus:device.fn in another domain makes it ambiguous (exit 2). */
static bool other_domain(struct fwctl_device_list *list, size_t first, const char *name,
			 struct fwctl_err *err)
{
	const struct fwctl_device *a = &list->devs[first];
	char one[160], two[160];

	if (strlen(name) != 7 || a->parent_kind != FWCTL_PARENT_PCI || !a->pci_address ||
	    strcasecmp(a->pci_address + 5, name))
		return false;
	for (size_t i = first + 1; i < list->n; i++) {
		const struct fwctl_device *b = &list->devs[i];

		if (b->parent_kind != FWCTL_PARENT_PCI || !match_pci(b->pci_address, name) ||
		    !strcasecmp(b->pci_address, a->pci_address))
			continue;
		describe(a, one, sizeof(one));
		describe(b, two, sizeof(two));
		fwctl_err_set(err, FWCTL_ERR_USAGE, EINVAL,
			      "'%s' is ambiguous: it names a PCI function in more than one "
			      "domain, e.g. %s and %s; give the full address (DDDD:%s)",
			      name, one, two, name);
		return true;
	}
	return false;
}

int fwctl_resolve(struct fwctl_device_list *list, const char *name, int want_type,
		  const char *plugin_name, struct fwctl_device **out, struct fwctl_err *err)
{
	char cands[480];
	size_t found = 0;

	*out = NULL;
	if (name) {
		for (size_t i = 0; i < list->n; i++)
			if (fwctl_device_matches(&list->devs[i], name)) {
				*out = &list->devs[i];
				return other_domain(list, i, name, err) ? -1 : 0;
			}
		list_candidates(list, -1, cands, sizeof(cands));
		return fwctl_err_set(err, FWCTL_ERR_NO_DEVICE, ENODEV,
				     "no fwctl device named '%s'%s%s", name,
				     list->n ? "; devices: " : " (no fwctl devices present)", cands);
	}
	for (size_t i = 0; i < list->n; i++)
		if (want_type < 0 || list->devs[i].type == (uint32_t)want_type) {
			if (!found)
				*out = &list->devs[i];
			found++;
		}
	if (found == 1)
		return 0;
	*out = NULL;
	if (!found)
		return fwctl_err_set(err, FWCTL_ERR_NO_DEVICE, ENODEV, "no %s%sfwctl device found",
				     plugin_name ? plugin_name : "", plugin_name ? " " : "");
	list_candidates(list, want_type, cands, sizeof(cands));
	return fwctl_err_set(err, FWCTL_ERR_USAGE, 0,
			     "%zu %s%sdevices present, choose one with -d: %s", found,
			     plugin_name ? plugin_name : "fwctl", " ", cands);
}
