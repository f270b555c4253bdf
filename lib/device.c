// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * Discovery through libudev (subsystem "fwctl"), the names a user has in
 * hand for each device, and opening a device (resolution of -d:
 * resolve.c).
 */
#include <ctype.h>
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include <libudev.h>

#include "device.h"
#include "device_int.h"

static char *xstrdup(const char *s)
{
	return s ? strdup(s) : NULL;
}

static void add_name(char ***v, size_t *n, const char *name)
{
	char **nv = realloc(*v, (*n + 1) * sizeof(**v));

	if (!nv)
		return;
	*v = nv;
	nv[*n] = strdup(name);
	if (nv[*n])
		(*n)++;
}

static int cmp_str(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/*
 * The parent's class devices of one kind (its net/ or infiniband/
 * directory: netdevs, RDMA devices), sorted.  Reading that directory
 * costs the same on any host; a libudev enumeration would read every
 * device of the class once per fwctl device.
 */
static void child_names(struct udev_device *parent, const char *dir, char ***v, size_t *n)
{
	const char *sys = udev_device_get_syspath(parent);
	char path[PATH_MAX];
	struct dirent *e;
	DIR *d;

	if (!sys || snprintf(path, sizeof(path), "%s/%s", sys, dir) >= (int)sizeof(path))
		return;
	d = opendir(path);
	if (!d)
		return;
	while ((e = readdir(d)))
		if (e->d_name[0] != '.' && (e->d_type == DT_DIR || e->d_type == DT_UNKNOWN))
			add_name(v, n, e->d_name);
	closedir(d);
	if (*n > 1)
		qsort(*v, *n, sizeof(**v), cmp_str);
}

static void fill_pci(struct fwctl_device *d, struct udev_device *pci)
{
	const char *ven = udev_device_get_sysattr_value(pci, "vendor");
	const char *dev = udev_device_get_sysattr_value(pci, "device");

	d->pci_address = xstrdup(udev_device_get_sysname(pci));
	if (ven && dev) {
		d->pci_vendor = (uint16_t)strtoul(ven, NULL, 16);
		d->pci_device = (uint16_t)strtoul(dev, NULL, 16);
		d->has_pci_ids = true;
	}
	if (!d->driver)
		d->driver = xstrdup(udev_device_get_driver(pci));
	child_names(pci, "net", &d->netdevs, &d->n_netdevs);
	child_names(pci, "infiniband", &d->rdma, &d->n_rdma);
}

static bool subsystem_is(struct udev_device *d, const char *s)
{
	const char *sub = udev_device_get_subsystem(d);

	return sub && !strcmp(sub, s);
}

static int (*type_of_driver)(const char *driver);

void fwctl_set_driver_type_hook(int (*hook)(const char *driver))
{
	type_of_driver = hook;
}

static const char *(*bus_device_kind)(const char *subsystem);

void fwctl_set_bus_device_hook(const char *(*hook)(const char *subsystem))
{
	bus_device_kind = hook;
}

const char *fwctl_bus_kind(const char *subsystem)
{
	return subsystem && bus_device_kind ? bus_device_kind(subsystem) : NULL;
}

static const char *parent_bus_kind(struct udev_device *parent)
{
	return fwctl_bus_kind(udev_device_get_subsystem(parent));
}

/* Without FWCTL_INFO (no permission) the bound driver still says a lot. */
static void guess_type(struct fwctl_device *d)
{
	int t = d->driver && type_of_driver ? type_of_driver(d->driver) : -1;

	d->type = t >= 0 ? (uint32_t)t : FWCTL_DEVICE_TYPE_ERROR;
}

int fwctl_device_fill(struct fwctl_device *d, struct udev_device *u)
{
	const char *dev_attr = udev_device_get_sysattr_value(u, "dev");
	const char *node = udev_device_get_devnode(u);
	struct udev_device *parent = udev_device_get_parent(u);
	char buf[64];

	d->name = xstrdup(udev_device_get_sysname(u));
	d->syspath = xstrdup(udev_device_get_syspath(u));
	if (!d->name || !d->syspath)
		return -1;
	if (!node) {
		/* No udev database (e.g. a minimal initramfs): devtmpfs naming. */
		snprintf(buf, sizeof(buf), "/dev/fwctl/%s", d->name);
		node = buf;
	}
	d->devnode = xstrdup(node);
	if (dev_attr && sscanf(dev_attr, "%u:%u", &d->major, &d->minor) != 2)
		d->major = d->minor = 0;

	if (parent && subsystem_is(parent, "pci")) {
		d->parent_kind = FWCTL_PARENT_PCI;
		d->parent_name = xstrdup(udev_device_get_sysname(parent));
		fill_pci(d, parent);
	} else if (parent && parent_bus_kind(parent)) {
		struct udev_device *up;

		d->parent_kind = FWCTL_PARENT_BUS_DEVICE;
		d->parent_kind_name = parent_bus_kind(parent);
		d->parent_name = xstrdup(udev_device_get_sysname(parent));
		d->memdev = xstrdup(d->parent_name);
		d->driver = xstrdup(udev_device_get_driver(parent));
		for (up = udev_device_get_parent(parent); up; up = udev_device_get_parent(up)) {
			if (subsystem_is(up, "pci")) {
				fill_pci(d, up);
				break;
			}
		}
	} else if (parent) {
		d->parent_name = xstrdup(udev_device_get_sysname(parent));
		d->driver = xstrdup(udev_device_get_driver(parent));
	}
	guess_type(d);
	return 0;
}

unsigned long fwctl_device_index(const char *name)
{
	const char *p = name;

	while (*p && !isdigit((unsigned char)*p))
		p++;
	return strtoul(p, NULL, 10);
}

static int cmp_dev(const void *a, const void *b)
{
	const struct fwctl_device *x = a, *y = b;
	unsigned long ix = fwctl_device_index(x->name), iy = fwctl_device_index(y->name);

	return ix < iy ? -1 : ix > iy;
}

void fwctl_device_clear(struct fwctl_device *d)
{
	free(d->name);
	free(d->devnode);
	free(d->syspath);
	free(d->parent_name);
	free(d->pci_address);
	free(d->driver);
	for (size_t i = 0; i < d->n_netdevs; i++)
		free(d->netdevs[i]);
	free(d->netdevs);
	for (size_t i = 0; i < d->n_rdma; i++)
		free(d->rdma[i]);
	free(d->rdma);
	free(d->memdev);
	free(d->probe_error);
	memset(d, 0, sizeof(*d));
}

void fwctl_device_list_free(struct fwctl_device_list *list)
{
	for (size_t i = 0; i < list->n; i++)
		fwctl_device_clear(&list->devs[i]);
	free(list->devs);
	list->devs = NULL;
	list->n = 0;
}

int fwctl_discover(struct fwctl_device_list *list, struct fwctl_err *err)
{
	struct udev *udev = udev_new();
	struct udev_enumerate *en;
	struct udev_list_entry *e;
	size_t cap = 0;
	int ret = 0;

	list->devs = NULL;
	list->n = 0;
	if (!udev)
		return fwctl_err_set(err, FWCTL_ERR_FAILED, errno, "cannot initialise libudev");
	en = udev_enumerate_new(udev);
	if (!en || udev_enumerate_add_match_subsystem(en, "fwctl") < 0 ||
	    udev_enumerate_scan_devices(en) < 0) {
		ret = fwctl_err_set(err, FWCTL_ERR_FAILED, errno, "cannot enumerate fwctl devices");
		goto out;
	}
	udev_list_entry_foreach(e, udev_enumerate_get_list_entry(en)) {
		struct udev_device *u = udev_device_new_from_syspath(udev, udev_list_entry_get_name(e));

		if (!u)
			continue;
		if (list->n == cap) {
			size_t ncap = cap ? cap * 2 : 8;
			struct fwctl_device *nd = realloc(list->devs, ncap * sizeof(*nd));

			if (!nd) {
				udev_device_unref(u);
				ret = fwctl_err_set(err, FWCTL_ERR_FAILED, ENOMEM, "out of memory");
				break;
			}
			list->devs = nd;
			cap = ncap;
		}
		memset(&list->devs[list->n], 0, sizeof(list->devs[0]));
		if (fwctl_device_fill(&list->devs[list->n], u) == 0)
			list->n++;
		else
			fwctl_device_clear(&list->devs[list->n]);
		udev_device_unref(u);
	}
	if (list->n > 1)
		qsort(list->devs, list->n, sizeof(list->devs[0]), cmp_dev);
out:
	udev_enumerate_unref(en);
	udev_unref(udev);
	if (ret)
		fwctl_device_list_free(list);
	return ret;
}

void fwctl_device_list_probe(struct fwctl_device_list *list)
{
	for (size_t i = 0; i < list->n; i++) {
		struct fwctl_device *d = &list->devs[i];
		struct fwctl_handle *h;
		struct fwctl_err err = { 0 };

		if (fwctl_open(d, &h, &err) == 0) {
			d->type = h->type;
			d->type_known = true;
			fwctl_close(h);
		} else {
			free(d->probe_error);
			d->probe_error = strdup(err.message);
		}
	}
}

/* ---- open ---- */

static int read_info(struct fwctl_handle *h, struct fwctl_err *err)
{
	struct fwctl_info info = {
		.size = sizeof(info),
		.device_data_len = sizeof(h->devdata),
		.out_device_data = (uint64_t)(uintptr_t)h->devdata,
	};
	int ret;

	memset(h->devdata, 0, sizeof(h->devdata));
	ret = h->t.ops->info(h->t.priv, &info);
	if (ret == -ENODEV)
		return fwctl_err_set(err, FWCTL_ERR_NO_DEVICE, ENODEV,
				     "'%s' was removed (the kernel answered ENODEV)", h->dev->name);
	if (ret == -ENOTTY)
		return fwctl_err_set(err, FWCTL_ERR_UNSUPPORTED, ENOTTY,
				     "'%s' does not answer FWCTL_INFO: not a fwctl device?",
				     h->dev->devnode);
	if (ret)
		return fwctl_err_set(err, FWCTL_ERR_FAILED, -ret, "FWCTL_INFO on '%s' failed: %s",
				     h->dev->name, strerror(-ret));
	h->type = info.out_device_type;
	/* The driver's length may be larger than our buffer: keep the real value. */
	h->devdata_len = info.device_data_len;
	return 0;
}

int fwctl_open_transport(struct fwctl_device *dev, struct fwctl_transport t,
			 struct fwctl_handle **out, struct fwctl_err *err)
{
	struct fwctl_handle *h = calloc(1, sizeof(*h));

	*out = NULL;
	if (!h) {
		t.ops->close(t.priv);
		return fwctl_err_set(err, FWCTL_ERR_FAILED, ENOMEM, "out of memory");
	}
	h->dev = dev;
	h->t = t;
	h->trace = stderr;
	if (read_info(h, err)) {
		fwctl_close(h);
		return -1;
	}
	*out = h;
	return 0;
}

int fwctl_open(struct fwctl_device *dev, struct fwctl_handle **out, struct fwctl_err *err)
{
	struct fwctl_transport t;
	int fd = open(dev->devnode, O_RDWR | O_CLOEXEC);

	*out = NULL;
	if (fd < 0) {
		int e = errno;

		if (e == EACCES || e == EPERM)
			return fwctl_err_set(err, FWCTL_ERR_PERMISSION, e,
					     "cannot open '%s': %s (fwctl nodes are usually root only)",
					     dev->devnode, strerror(e));
		if (e == ENOENT || e == ENODEV || e == ENXIO)
			return fwctl_err_set(err, FWCTL_ERR_NO_DEVICE, e,
					     "cannot open '%s': %s (device removed?)",
					     dev->devnode, strerror(e));
		return fwctl_err_set(err, FWCTL_ERR_FAILED, e, "cannot open '%s': %s",
				     dev->devnode, strerror(e));
	}
	fwctl_transport_ioctl(&t, fd);
	return fwctl_open_transport(dev, t, out, err);
}

void fwctl_close(struct fwctl_handle *h)
{
	if (!h)
		return;
	if (h->t.ops && h->t.ops->close)
		h->t.ops->close(h->t.priv);
	free(h);
}

void fwctl_set_timeout(struct fwctl_handle *h, double seconds)
{
	struct timespec now;

	if (seconds <= 0) {
		h->deadline.tv_sec = h->deadline.tv_nsec = 0;
		return;
	}
	clock_gettime(CLOCK_MONOTONIC, &now);
	h->deadline.tv_sec = now.tv_sec + (time_t)seconds;
	h->deadline.tv_nsec = now.tv_nsec + (long)((seconds - (double)(time_t)seconds) * 1e9);
	if (h->deadline.tv_nsec >= 1000000000L) {
		h->deadline.tv_sec++;
		h->deadline.tv_nsec -= 1000000000L;
	}
}
