// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * -d NAME without enumerating the host: NAME is looked up in the sysfs
 * classes it may belong to (its node through /sys/dev/char, fwctl, pci,
 * net, infiniband, the plugins' bus devices), and the fwctl devices
 * under what it names are built one by one.  A command's cost then does
 * not grow with the number of fwctl devices.
 *
 * Every candidate is accepted only if the scan's own predicate
 * (fwctl_device_matches) accepts it, and the lowest fwctlN wins, as in
 * the scan; whatever this finds nothing for goes to the scan, which alone
 * can list what exists in its error.
 */
#include <ctype.h>
#include <dirent.h>
#include <limits.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>

#include "device.h"
#include "device_int.h"

struct pick {
	struct udev *udev;
	const char *name;
	struct fwctl_device dev;
	bool found;
	bool ambiguous;        /* a short PCI address in several domains */
};

/* Keep the fwctl class device u if it answers to the name and comes
 * before the one kept (the scan's order). */
static void consider(struct pick *p, struct udev_device *u)
{
	const char *sub = u ? udev_device_get_subsystem(u) : NULL;
	struct fwctl_device d = { 0 };

	if (!sub || strcmp(sub, "fwctl")) {
		if (u)
			udev_device_unref(u);
		return;
	}
	if (fwctl_device_fill(&d, u) == 0 && fwctl_device_matches(&d, p->name) &&
	    (!p->found || fwctl_device_index(d.name) < fwctl_device_index(p->dev.name))) {
		if (p->found)
			fwctl_device_clear(&p->dev);
		p->dev = d;
		p->found = true;
	} else {
		fwctl_device_clear(&d);
	}
	udev_device_unref(u);
}

static bool join(char *buf, size_t n, const char *dir, const char *leaf)
{
	return snprintf(buf, n, "%s/%s", dir, leaf) < (int)n;
}

/* The fwctl devices right under the device at syspath sys (sys/fwctl/). */
static void consider_children(struct pick *p, const char *sys)
{
	char dir[PATH_MAX], path[PATH_MAX];
	struct dirent *e;
	DIR *d;

	if (!join(dir, sizeof(dir), sys, "fwctl") || !(d = opendir(dir)))
		return;
	while ((e = readdir(d)))
		if (e->d_name[0] != '.' && join(path, sizeof(path), dir, e->d_name))
			consider(p, udev_device_new_from_syspath(p->udev, path));
	closedir(d);
}

/*
 * The fwctl devices of a function: under it, or under one of its bus
 * devices (a memdev's fwctl device has the function's netdevs).
 */
static void consider_function(struct pick *p, const char *sys)
{
	char path[PATH_MAX];
	struct dirent *e;
	DIR *d;

	consider_children(p, sys);
	if (!(d = opendir(sys)))
		return;
	while ((e = readdir(d)))
		if (e->d_name[0] != '.' && e->d_type == DT_DIR && strcmp(e->d_name, "fwctl") &&
		    join(path, sizeof(path), sys, e->d_name))
			consider_children(p, path);
	closedir(d);
}

static struct udev_device *by_name(struct pick *p, const char *subsystem, const char *name)
{
	return udev_device_new_from_subsystem_sysname(p->udev, subsystem, name);
}

/* A netdev or RDMA device: /sys/class/SUBSYSTEM/NAME/device is the
 * function it belongs to (FUNCTION/net/NAME, FUNCTION/infiniband/NAME).
 * The link is read directly: a libudev device for NAME would cost more
 * than the whole lookup by fwctlN. */
static void consider_class_child(struct pick *p, const char *subsystem)
{
	char link[PATH_MAX], sys[PATH_MAX];

	if (snprintf(link, sizeof(link), "/sys/class/%s/%s/device", subsystem, p->name) >=
	    (int)sizeof(link) || !realpath(link, sys))
		return;
	consider_function(p, sys);
}

/* "08:00.0" names the function of that bus:device.fn in any domain, as
 * lspci -s does: its full address if exactly one domain has it; in
 * several it is ambiguous (the scan then says so, listing them). */
static bool short_pci_address(struct pick *p, char *addr, size_t len)
{
	struct dirent *e;
	DIR *d = opendir("/sys/bus/pci/devices");
	int n = 0;

	if (!d)
		return false;
	while ((e = readdir(d)))
		if (strlen(e->d_name) == 12 && !strcasecmp(e->d_name + 5, p->name) && n++ == 0)
			snprintf(addr, len, "%s", e->d_name);
	closedir(d);
	p->ambiguous = n > 1;
	return n == 1;
}

/* A PCI address, full or short ("08:00.0"), in any case. */
static void consider_pci(struct pick *p)
{
	char addr[64];
	struct udev_device *f;
	size_t n = strlen(p->name);

	if (!strchr(p->name, ':') || n + 6 > sizeof(addr))
		return;
	if (n == 7) {
		if (!short_pci_address(p, addr, sizeof(addr)))
			return;
	} else {
		snprintf(addr, sizeof(addr), "%s", p->name);
	}
	for (char *c = addr; *c; c++)
		*c = (char)tolower((unsigned char)*c);
	f = by_name(p, "pci", addr);
	if (f) {
		consider_children(p, udev_device_get_syspath(f));
		udev_device_unref(f);
	}
}

/* A bus device (memN): each subsystem sysfs has that a plugin names a bus of. */
static void consider_bus_devices(struct pick *p, const char *top)
{
	struct dirent *e;
	DIR *d = opendir(top);

	if (!d)
		return;
	while ((e = readdir(d))) {
		struct udev_device *b;

		if (e->d_name[0] == '.' || !fwctl_bus_kind(e->d_name))
			continue;
		b = by_name(p, e->d_name, p->name);
		if (b) {
			consider_children(p, udev_device_get_syspath(b));
			udev_device_unref(b);
		}
	}
	closedir(d);
}

/* /dev/fwctl/fwctlN: a fwctl char device, as /sys/dev/char/MAJ:MIN says. */
static void consider_node(struct pick *p)
{
	struct stat st;

	if (stat(p->name, &st) == 0 && S_ISCHR(st.st_mode))
		consider(p, udev_device_new_from_devnum(p->udev, 'c', st.st_rdev));
}

int fwctl_lookup(const char *name, struct fwctl_device_list *list)
{
	struct pick p = { .name = name };

	list->devs = NULL;
	list->n = 0;
	if (!name || !*name || !(p.udev = udev_new()))
		return -1;
	if (strchr(name, '/')) {
		/* No sysfs name has a slash: only a node path can. */
		consider_node(&p);
	} else {
		consider(&p, by_name(&p, "fwctl", name));
		consider_pci(&p);
		consider_class_child(&p, "net");
		consider_class_child(&p, "infiniband");
		consider_bus_devices(&p, "/sys/bus");
		consider_bus_devices(&p, "/sys/class");
	}
	udev_unref(p.udev);
	if (p.ambiguous && p.found)
		fwctl_device_clear(&p.dev);
	if (!p.found || p.ambiguous)
		return -1;
	list->devs = malloc(sizeof(*list->devs));
	if (!list->devs) {
		fwctl_device_clear(&p.dev);
		return -1;
	}
	list->devs[0] = p.dev;
	list->n = 1;
	return 0;
}
