// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * Building the emulated machine: devices from specs (count=N expands to N
 * devices with unique PCI addresses and names), drivers probed, faults
 * parsed.  fwctlN numbers follow the order of the specs.
 */
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "emu_int.h"

struct world_priv {
	struct emu_world pub;
	struct emu_spec **specs;
	size_t n_specs;
	uint32_t next_auto_pci;
	unsigned next_rdma, next_mem, next_platform; /* where the lowest free name search resumes */
};


const struct emu_driver *emu_driver_find(const char *name)
{
	for (size_t i = 0; i < emu_n_drivers; i++)
		if (!strcmp(emu_drivers[i]->name, name))
			return emu_drivers[i];
	return NULL;
}

/* PCI address as domain<<16 | bus<<8 | dev<<3 | fn; accepts "08:00.0" too. */
static int pci_parse(const char *s, uint32_t *out)
{
	unsigned dom = 0, bus, dev, fn;
	char tail;

	if (sscanf(s, "%x:%x:%x.%x%c", &dom, &bus, &dev, &fn, &tail) != 4) {
		dom = 0;
		if (sscanf(s, "%x:%x.%x%c", &bus, &dev, &fn, &tail) != 3)
			return -EINVAL;
	}
	if (dom > 0xffff || bus > 0xff || dev > 0x1f || fn > 7)
		return -EINVAL;
	*out = dom << 16 | bus << 8 | dev << 3 | fn;
	return 0;
}

static void pci_format(uint32_t a, char *buf, size_t len)
{
	snprintf(buf, len, "%04x:%02x:%02x.%x", a >> 16, (a >> 8) & 0xff, (a >> 3) & 0x1f, a & 7);
}

static bool pci_used(struct emu_world *w, const char *addr)
{
	for (size_t i = 0; i < w->n_devs; i++)
		if (!strcmp(w->devs[i]->pci_address, addr))
			return true;
	return false;
}

static bool name_used(struct emu_world *w, const char *name)
{
	if (!*name)
		return false;
	for (size_t i = 0; i < w->n_devs; i++) {
		struct emu_dev *d = w->devs[i];

		if (!strcmp(d->netdev, name) || !strcmp(d->rdma, name) || !strcmp(d->memdev, name) ||
		    !strcmp(d->platform, name))
			return true;
	}
	return false;
}

/* The k-th name of a series: "mem5" -> mem5, mem6...; "eth" -> eth, eth1... */
static int name_nth(const char *base, unsigned k, char *buf, size_t len)
{
	size_t n = strlen(base), d = n;
	int r;

	if (k == 0) {
		r = snprintf(buf, len, "%s", base);
	} else {
		while (d > 0 && base[d - 1] >= '0' && base[d - 1] <= '9')
			d--;
		if (d < n && n - d < 9)
			r = snprintf(buf, len, "%.*s%lu", (int)d, base, strtoul(base + d, NULL, 10) + k);
		else
			r = snprintf(buf, len, "%s%u", base, k);
	}
	return r < 0 || (size_t)r >= len ? -EINVAL : 0;
}

/* The lowest free "<prefix>N" at or after *next (names are never freed). */
static int pick_free(struct emu_world *w, const char *prefix, unsigned *next, char *buf,
		     size_t len)
{
	for (unsigned i = *next; i < 100000; i++) {
		snprintf(buf, len, "%s%u", prefix, i);
		if (!name_used(w, buf)) {
			*next = i + 1;
			return 0;
		}
	}
	return -ENOSPC;
}

static int assign_pci(struct world_priv *wp, struct emu_dev *dev, unsigned k,
		      char *errbuf, size_t errlen)
{
	struct emu_world *w = &wp->pub;
	const char *v = emu_spec_get(dev->spec, "pci", NULL);
	uint32_t a;

	if (v) {
		if (pci_parse(v, &a))
			return emu_fail(errbuf, errlen, "bad PCI address '%s' (want DDDD:BB:DD.F)", v);
		/* count=N from an explicit address walks functions, then devices, buses. */
		if ((a & 0xffff) + k > 0xffff)
			return emu_fail(errbuf, errlen, "pci=%s with count too large", v);
		pci_format(a + k, dev->pci_address, sizeof(dev->pci_address));
		if (pci_used(w, dev->pci_address))
			return emu_fail(errbuf, errlen, "PCI address %s used twice", dev->pci_address);
		return 0;
	}
	for (;;) {
		uint32_t i = wp->next_auto_pci++;

		if (i >= 255 * 32)
			return emu_fail(errbuf, errlen, "out of automatic PCI addresses");
		a = (1 + i / 32) << 8 | (i % 32) << 3;
		pci_format(a, dev->pci_address, sizeof(dev->pci_address));
		if (!pci_used(w, dev->pci_address))
			return 0;
	}
}

/*
 * parent=pci|platform; without the key the driver's platform profile (cxl:
 * cxl-test, the kernel's mock) implies platform.  Returns 1 for a platform
 * parent, 0 for PCI, or -EINVAL for a key that does not fit.
 */
static int want_platform(const struct emu_dev *dev, char *errbuf, size_t errlen)
{
	const struct emu_driver *drv = dev->drv;
	const char *v = emu_spec_get(dev->spec, "parent", NULL);
	const char *profile = emu_spec_get(dev->spec, "profile", "");
	bool platform;

	if (!v)
		platform = drv->platform_profile && !strcmp(profile, drv->platform_profile);
	else if (!strcmp(v, "pci") || !strcmp(v, "platform"))
		platform = !strcmp(v, "platform");
	else
		return emu_fail(errbuf, errlen, "parent must be pci or platform, not '%s'", v);
	if (platform && !drv->platform_driver)
		return emu_fail(errbuf, errlen, "parent=platform does not apply to %s", drv->name);
	if (platform && (emu_spec_get(dev->spec, "pci", NULL) ||
			 emu_spec_get(dev->spec, "device_id", NULL)))
		return emu_fail(errbuf, errlen, "pci/device_id keys do not apply to a platform "
				"parent (parent=pci to put %s under a PCI function)", drv->name);
	if (!platform && emu_spec_get(dev->spec, "platform", NULL))
		return emu_fail(errbuf, errlen, "platform key needs parent=platform");
	return platform;
}

static int assign_name(struct emu_world *w, struct emu_dev *dev, const char *key,
		       const char *autofmt, unsigned *next, char *dst, size_t dstlen, unsigned k,
		       char *errbuf, size_t errlen)
{
	const char *v = emu_spec_get(dev->spec, key, NULL);

	if (v) {
		if (!*v || name_nth(v, k, dst, dstlen))
			return emu_fail(errbuf, errlen, "%s name '%s' empty or too long", key, v);
	} else if (autofmt) {
		if (pick_free(w, autofmt, next, dst, dstlen))
			return emu_fail(errbuf, errlen, "out of %s names", key);
	} else {
		return 0;
	}
	if (name_used(w, dst))
		return emu_fail(errbuf, errlen, "%s name '%s' used twice", key, dst);
	return 0;
}

static int assign_names(struct world_priv *wp, struct emu_dev *dev, unsigned k,
			char *errbuf, size_t errlen)
{
	struct emu_world *w = &wp->pub;
	const struct emu_driver *drv = dev->drv;
	unsigned a, bus, slot, fn;
	char autonet[32];
	uint64_t did;
	int rc;

	rc = want_platform(dev, errbuf, errlen);
	if (rc < 0)
		return rc;
	if (rc) {
		char prefix[24];

		/* No PCI function at all: the memdev hangs under the platform device. */
		snprintf(prefix, sizeof(prefix), "%s.", drv->platform_prefix);
		rc = assign_name(w, dev, "platform", prefix, &wp->next_platform, dev->platform,
				 sizeof(dev->platform), k, errbuf, errlen);
		if (rc)
			return rc;
	} else {
		rc = assign_pci(wp, dev, k, errbuf, errlen);
		if (rc)
			return rc;
		if (emu_spec_get_u64(dev->spec, "device_id", drv->default_pci_device, &did) ||
		    did > 0xffff)
			return emu_fail(errbuf, errlen, "bad device_id '%s'",
					emu_spec_get(dev->spec, "device_id", ""));
		dev->pci_device = (uint16_t)did;
	}

	if (drv->parent == EMU_PARENT_CXL_MEMDEV) {
		if (emu_spec_get(dev->spec, "netdev", NULL) || emu_spec_get(dev->spec, "rdma", NULL))
			return emu_fail(errbuf, errlen, "netdev/rdma keys do not apply to %s", drv->name);
		return assign_name(w, dev, "memdev", "mem", &wp->next_mem, dev->memdev, sizeof(dev->memdev),
				   k, errbuf, errlen);
	}
	if (emu_spec_get(dev->spec, "memdev", NULL))
		return emu_fail(errbuf, errlen, "memdev key does not apply to %s", drv->name);
	/* Predictable names as systemd would give a PCI netdev (domain 0 only). */
	pci_parse(dev->pci_address, &a);
	bus = (a >> 8) & 0xff;
	slot = (a >> 3) & 0x1f;
	fn = a & 7;
	snprintf(autonet, sizeof(autonet), "enp%us%uf%unp0", bus, slot, fn);
	if (strlen(autonet) >= sizeof(dev->netdev) || strchr(autonet, '%'))
		autonet[0] = '\0';
	if (emu_spec_get(dev->spec, "netdev", NULL) || !drv->has_netdev || !autonet[0]) {
		rc = assign_name(w, dev, "netdev", NULL, NULL, dev->netdev, sizeof(dev->netdev), k,
				 errbuf, errlen);
	} else {
		snprintf(dev->netdev, sizeof(dev->netdev), "%s", autonet);
		rc = name_used(w, dev->netdev) ? emu_fail(errbuf, errlen, "netdev '%s' used twice",
						       dev->netdev) : 0;
	}
	if (rc)
		return rc;
	return assign_name(w, dev, "rdma", drv->has_rdma ? "mlx5_" : NULL, &wp->next_rdma, dev->rdma,
			   sizeof(dev->rdma), k, errbuf, errlen);
}

static int add_devices(struct world_priv *wp, const char *text, char *errbuf, size_t errlen)
{
	struct emu_world *w = &wp->pub;
	const struct emu_driver *drv;
	struct emu_spec *spec, **specs;
	uint64_t count;
	int rc;

	spec = calloc(1, sizeof(*spec));
	specs = realloc(wp->specs, (wp->n_specs + 1) * sizeof(*specs));
	if (!spec || !specs) {
		free(spec);
		return -ENOMEM;
	}
	wp->specs = specs;
	rc = emu_spec_parse(text, spec, errbuf, errlen);
	if (rc) {
		free(spec);
		return rc;
	}
	specs[wp->n_specs++] = spec;
	drv = emu_driver_find(spec->type);
	if (!drv) {
		char known[128] = "";

		for (size_t i = 0; i < emu_n_drivers; i++) {
			strncat(known, i ? ", " : "", sizeof(known) - strlen(known) - 1);
			strncat(known, emu_drivers[i]->name, sizeof(known) - strlen(known) - 1);
		}
		return emu_fail(errbuf, errlen, "unknown device type '%s' (known: %s)", spec->type, known);
	}
	if (emu_spec_get_u64(spec, "count", 1, &count) || count < 1 ||
	    count > EMU_MAX_DEVICES - w->n_devs)
		return emu_fail(errbuf, errlen, "bad count '%s' (1..%u devices in total)",
			    emu_spec_get(spec, "count", ""), EMU_MAX_DEVICES);
	for (unsigned k = 0; k < count; k++) {
		struct emu_dev_priv *p = calloc(1, sizeof(*p));
		struct emu_dev *dev = &p->pub, **devs;

		devs = realloc(w->devs, (w->n_devs + 1) * sizeof(*devs));
		if (!p || !devs) {
			free(p);
			return -ENOMEM;
		}
		w->devs = devs;
		dev->world = w;
		dev->drv = drv;
		dev->spec = spec;
		dev->index = (unsigned)w->n_devs;
		snprintf(dev->name, sizeof(dev->name), "fwctl%u", dev->index);
		rc = assign_names(wp, dev, k, errbuf, errlen);
		if (!rc && drv->probe)
			rc = drv->probe(dev, errbuf, errlen);
		if (rc) {
			if (drv->remove)
				drv->remove(dev);
			free(p);
			return rc < 0 ? rc : -EINVAL;
		}
		w->devs[w->n_devs++] = dev;
	}
	return 0;
}

struct emu_world *emu_world_new(const char *const *dev_specs, size_t n_dev_specs,
				const char *const *fault_specs, size_t n_fault_specs,
				char *errbuf, size_t errlen)
{
	struct world_priv *wp = calloc(1, sizeof(*wp));
	struct emu_world *w;

	if (!wp) {
		emu_fail(errbuf, errlen, "out of memory");
		return NULL;
	}
	w = &wp->pub;
	w->cap_sys_rawio = true;
	w->noise_seed = 0x5eed0f1c7a11u;
	for (size_t i = 0; i < n_dev_specs; i++)
		if (add_devices(wp, dev_specs[i], errbuf, errlen))
			goto err;
	if (n_fault_specs) {
		w->faults = calloc(n_fault_specs, sizeof(*w->faults));
		if (!w->faults)
			goto err;
	}
	for (size_t i = 0; i < n_fault_specs; i++) {
		struct emu_fault *f = &w->faults[i];
		bool match = false;

		if (emu_fault_parse(fault_specs[i], f, errbuf, errlen))
			goto err;
		w->n_faults++;
		for (size_t d = 0; f->device && d < w->n_devs; d++)
			match |= !strcmp(f->device, w->devs[d]->name) ||
				 !strcmp(f->device, w->devs[d]->drv->name);
		if (f->device && !match) {
			emu_fail(errbuf, errlen, "fault dev=%s matches no device", f->device);
			goto err;
		}
	}
	return w;
err:
	emu_world_free(w);
	return NULL;
}

void emu_world_free(struct emu_world *w)
{
	struct world_priv *wp = (struct world_priv *)w;

	if (!w)
		return;
	for (size_t i = 0; i < w->n_devs; i++) {
		if (w->devs[i]->drv->remove)
			w->devs[i]->drv->remove(w->devs[i]);
		free(w->devs[i]);
	}
	free(w->devs);
	for (size_t i = 0; i < w->n_faults; i++)
		emu_fault_clear(&w->faults[i]);
	free(w->faults);
	for (size_t i = 0; i < wp->n_specs; i++) {
		emu_spec_free(wp->specs[i]);
		free(wp->specs[i]);
	}
	free(wp->specs);
	free(w->taint_file);
	free(wp);
}

int emu_world_set_taint_file(struct emu_world *w, const char *path)
{
	FILE *f;

	free(w->taint_file);
	w->taint_file = path ? strdup(path) : NULL;
	if (!path)
		return 0;
	f = fopen(path, "w");
	if (!f)
		return -errno;
	fprintf(f, "%u\n", w->tainted ? EMU_TAINT_FWCTL_VALUE : 0u);
	return fclose(f) ? -errno : 0;
}

void emu_world_taint(struct emu_world *w)
{
	if (w->tainted)
		return;
	w->tainted = true;
	if (w->taint_file) {
		/* Write a new file and rename it: a reader never sees it half written. */
		size_t n = strlen(w->taint_file) + 8;
		char *tmp = malloc(n);
		FILE *f;

		if (!tmp)
			return;
		snprintf(tmp, n, "%s.new", w->taint_file);
		f = fopen(tmp, "w");
		if (f) {
			fprintf(f, "%u\n", EMU_TAINT_FWCTL_VALUE);
			if (fclose(f) == 0)
				rename(tmp, w->taint_file);
		}
		free(tmp);
	}
}
