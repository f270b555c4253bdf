// SPDX-License-Identifier: GPL-2.0-or-later
/* In-process transport and device record (see emu_inproc.h). */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "emu_inproc.h"
#include "emu_int.h"

struct inproc_mem {
	uint8_t *arg;
	size_t arg_size;
};

/* The user pointer named by (parent, ptr_off), and the bytes it may cover. */
static int resolve(struct emu_mem *m, enum emu_mem_parent parent, size_t ptr_off, void **out)
{
	struct inproc_mem *im = m->priv;
	const struct fwctl_rpc *rpc = (const void *)im->arg;
	uint64_t v;

	if (parent == EMU_MEM_ARG) {
		if (ptr_off + sizeof(v) > im->arg_size)
			return -EFAULT;
		memcpy(&v, im->arg + ptr_off, sizeof(v));
	} else {
		/* Only RPCs have an input buffer; the pointer must lie inside it. */
		if (im->arg_size < sizeof(*rpc) || !rpc->in || ptr_off + sizeof(v) > rpc->in_len)
			return -EFAULT;
		memcpy(&v, (const uint8_t *)(uintptr_t)rpc->in + ptr_off, sizeof(v));
	}
	if (!v)
		return -EFAULT;
	*out = (void *)(uintptr_t)v;
	return 0;
}

static int mem_read(struct emu_mem *m, enum emu_mem_parent parent, size_t ptr_off,
		    void *dst, size_t len)
{
	void *p;
	int rc;

	if (!len)
		return 0;
	rc = resolve(m, parent, ptr_off, &p);
	if (!rc)
		memcpy(dst, p, len);
	return rc;
}

static int mem_write(struct emu_mem *m, enum emu_mem_parent parent, size_t ptr_off,
		     const void *src, size_t len)
{
	void *p;
	int rc;

	if (!len)
		return 0;
	rc = resolve(m, parent, ptr_off, &p);
	if (!rc)
		memmove(p, src, len);
	return rc;
}

void emu_inproc_mem(struct emu_mem *mem, void *arg, size_t arg_size)
{
	static __thread struct inproc_mem im;

	im.arg = arg;
	im.arg_size = arg_size;
	mem->read = mem_read;
	mem->write = mem_write;
	mem->priv = &im;
}

/* Like the kernel: fetch the declared size, answer, copy back min(size, ksize). */
static int inproc_ioctl(struct emu_dev *dev, unsigned long req, void *user, size_t ksize)
{
	uint32_t size;
	uint8_t stackbuf[256], *buf = stackbuf;
	size_t n;
	struct emu_mem mem;
	int rc;

	memcpy(&size, user, sizeof(size));
	n = EMU_MAX((size_t)size, sizeof(size));
	if (n > 4096)
		n = 4096;     /* larger declared sizes fail the tail check with EFAULT */
	if (n > sizeof(stackbuf)) {
		buf = malloc(n);
		if (!buf)
			return -ENOMEM;
	}
	memcpy(buf, user, n);
	emu_inproc_mem(&mem, buf, n);
	rc = emu_core_ioctl(dev, req, buf, n, &mem);
	if (!rc)
		memcpy(user, buf, EMU_MIN((size_t)size, ksize));
	if (buf != stackbuf)
		free(buf);
	return rc;
}

static int t_info(void *priv, struct fwctl_info *info)
{
	return inproc_ioctl(priv, FWCTL_IOCTL_INFO, info, sizeof(*info));
}

static int t_rpc(void *priv, struct fwctl_rpc *rpc)
{
	return inproc_ioctl(priv, FWCTL_IOCTL_RPC, rpc, sizeof(*rpc));
}

static void t_close(void *priv)
{
	(void)priv;
}

static const struct fwctl_transport_ops inproc_ops = {
	.name = "emu-inproc",
	.info = t_info,
	.rpc = t_rpc,
	.close = t_close,
};

void emu_inproc_transport(struct emu_dev *dev, struct fwctl_transport *t)
{
	t->ops = &inproc_ops;
	t->priv = dev;
}

static char **one(const char *s, size_t *n)
{
	char **v;

	*n = 0;
	if (!*s)
		return NULL;
	v = calloc(1, sizeof(*v));
	if (v && (v[0] = strdup(s)))
		*n = 1;
	return v;
}

int emu_inproc_fill_device(struct emu_dev *dev, struct fwctl_device *out)
{
	const struct emu_driver *drv = dev->drv;
	bool cxl = drv->parent == EMU_PARENT_CXL_MEMDEV;
	char buf[256];

	memset(out, 0, sizeof(*out));
	out->name = strdup(dev->name);
	snprintf(buf, sizeof(buf), "/dev/fwctl/%s", dev->name);
	out->devnode = strdup(buf);
	if (cxl && *dev->platform)
		snprintf(buf, sizeof(buf), "/sys/devices/platform/%s/%s/fwctl/%s",
			 dev->platform, dev->memdev, dev->name);
	else if (cxl)
		snprintf(buf, sizeof(buf), "/sys/devices/pci0000:00/%s/%s/fwctl/%s",
			 dev->pci_address, dev->memdev, dev->name);
	else
		snprintf(buf, sizeof(buf), "/sys/devices/pci0000:00/%s/fwctl/%s",
			 dev->pci_address, dev->name);
	out->syspath = strdup(buf);
	out->major = 239;
	out->minor = dev->index;
	out->parent_kind = cxl ? FWCTL_PARENT_BUS_DEVICE : FWCTL_PARENT_PCI;
	out->parent_kind_name = cxl ? "cxl_memdev" : NULL;
	out->parent_name = strdup(cxl ? dev->memdev : dev->pci_address);
	/* A platform parent (cxl_test's mock) has no PCI function: no address, no ids. */
	if (*dev->pci_address) {
		out->pci_address = strdup(dev->pci_address);
		out->has_pci_ids = true;
		out->pci_vendor = drv->pci_vendor;
		out->pci_device = dev->pci_device;
	}
	/* Discovery names the memdev's driver for cxl, the PCI function's otherwise. */
	out->driver = strdup(cxl ? "cxl_mem" : drv->pci_driver ? drv->pci_driver : "");
	out->netdevs = one(dev->netdev, &out->n_netdevs);
	out->rdma = one(dev->rdma, &out->n_rdma);
	out->memdev = *dev->memdev ? strdup(dev->memdev) : NULL;
	out->type_known = true;
	out->type = drv->device_type;
	if (!out->name || !out->devnode || !out->syspath || !out->parent_name ||
	    (*dev->pci_address && !out->pci_address) || !out->driver) {
		emu_inproc_free_device(out);
		return -ENOMEM;
	}
	return 0;
}

void emu_inproc_free_device(struct fwctl_device *d)
{
	fwctl_device_clear(d);
}
