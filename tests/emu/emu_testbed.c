// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * The fake sysfs/udev/dev tree (shared/umockdev-testbed.md recipe):
 *   PCI function (vendor/device/class, driver link)
 *     net/<netdev>, infiniband/<rdma>        (PCI parents)
 *     fwctl/fwctlN                           (mlx5, pds, bnxt)
 *     memN (subsystem cxl) / fwctl/fwctlN    (cxl)
 *   or, for parent=platform (cxl_test's mock, no PCI function above):
 *   platform/cxl_mem.N (driver cxl_mock_mem) / memN / fwctl/fwctlN
 * Every fwctl child has dev=MAJOR:MINOR, MAJOR, MINOR, DEVNAME and an
 * (empty) node file; one ioctl handler serves all nodes.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "emu_int.h"
#include "emu_umockdev.h"

static const char *pci_class(const struct emu_driver *drv)
{
	switch (drv->device_type) {
	case FWCTL_DEVICE_TYPE_CXL: return "0x050210";  /* CXL memory device */
	case FWCTL_DEVICE_TYPE_PDS: return "0x120000";  /* processing accelerator */
	default: return "0x020000";                     /* ethernet */
	}
}

static gchar *add_pci(UMockdevTestbed *tb, struct emu_dev *dev)
{
	const struct emu_driver *drv = dev->drv;
	g_autofree gchar *vendor = g_strdup_printf("0x%04x", drv->pci_vendor);
	g_autofree gchar *device = g_strdup_printf("0x%04x", dev->pci_device);
	g_autofree gchar *pci_id = g_strdup_printf("%04X:%04X", drv->pci_vendor, dev->pci_device);
	g_autofree gchar *link = g_strdup_printf("../../bus/pci/drivers/%s", drv->pci_driver);
	gchar *sys;

	sys = umockdev_testbed_add_device(tb, "pci", dev->pci_address, NULL,
		"vendor", vendor, "device", device, "class", pci_class(drv), NULL,
		"PCI_SLOT_NAME", dev->pci_address, "PCI_ID", pci_id, "DRIVER", drv->pci_driver,
		NULL);
	if (sys)
		umockdev_testbed_set_attribute_link(tb, sys, "driver", link);
	return sys;
}

/* cxl_test's mock memdev parent: /sys/devices/platform/cxl_mem.N, bound to cxl_mock_mem. */
static gchar *add_platform(UMockdevTestbed *tb, struct emu_dev *dev)
{
	const struct emu_driver *drv = dev->drv;
	g_autofree gchar *name = g_strdup_printf("platform/%s", dev->platform);
	g_autofree gchar *modalias = g_strdup_printf("platform:%s", drv->platform_prefix);
	g_autofree gchar *link = g_strdup_printf("../../../bus/platform/drivers/%s",
						 drv->platform_driver);
	gchar *sys;

	sys = umockdev_testbed_add_device(tb, "platform", name, NULL,
		"modalias", modalias, NULL,
		"DRIVER", drv->platform_driver, "MODALIAS", modalias, NULL);
	if (sys)
		umockdev_testbed_set_attribute_link(tb, sys, "driver", link);
	return sys;
}

static gboolean add_siblings(UMockdevTestbed *tb, struct emu_dev *dev, const gchar *pci)
{
	if (*dev->netdev) {
		g_autofree gchar *name = g_strdup_printf("net/%s", dev->netdev);
		g_autofree gchar *ifindex = g_strdup_printf("%u", 2 + dev->index);
		g_autofree gchar *mac = g_strdup_printf("02:fc:00:00:%02x:%02x",
							(dev->index >> 8) & 0xff, dev->index & 0xff);
		g_autofree gchar *sys = umockdev_testbed_add_device(tb, "net", name, pci,
			"ifindex", ifindex, "address", mac, "operstate", "up", NULL,
			"INTERFACE", dev->netdev, "IFINDEX", ifindex, NULL);

		if (!sys)
			return FALSE;
		umockdev_testbed_set_attribute_link(tb, sys, "device", "../..");
	}
	if (*dev->rdma) {
		g_autofree gchar *name = g_strdup_printf("infiniband/%s", dev->rdma);
		g_autofree gchar *sys = umockdev_testbed_add_device(tb, "infiniband", name, pci,
			"node_type", "1: CA", NULL, "NAME", dev->rdma, NULL);

		if (!sys)
			return FALSE;
		umockdev_testbed_set_attribute_link(tb, sys, "device", "../..");
	}
	return TRUE;
}

static gboolean add_node(UMockdevTestbed *tb, struct emu_dev *dev, const gchar *parent,
			 UMockdevIoctlBase *handler, unsigned major, GError **error)
{
	g_autofree gchar *name = g_strdup_printf("fwctl/%s", dev->name);
	g_autofree gchar *devnum = g_strdup_printf("%u:%u", major, dev->index);
	g_autofree gchar *smajor = g_strdup_printf("%u", major);
	g_autofree gchar *sminor = g_strdup_printf("%u", dev->index);
	g_autofree gchar *devname = g_strdup_printf("/dev/fwctl/%s", dev->name);
	g_autofree gchar *root = umockdev_testbed_get_root_dir(tb);
	g_autofree gchar *node = g_build_filename(root, devname, NULL);
	g_autofree gchar *sys = umockdev_testbed_add_device(tb, "fwctl", name, parent,
		"dev", devnum, NULL,
		"MAJOR", smajor, "MINOR", sminor, "DEVNAME", devname, NULL);

	if (!sys) {
		g_set_error(error, G_IO_ERROR, G_IO_ERROR_FAILED, "cannot add %s", dev->name);
		return FALSE;
	}
	/* Class devices link to their parent, as the kernel's do. */
	umockdev_testbed_set_attribute_link(tb, sys, "device", "../..");
	/* add_device() does not create the node: an empty file is enough. */
	if (!g_file_set_contents(node, "", 0, error))
		return FALSE;
	return umockdev_testbed_attach_ioctl(tb, devname, handler, error);
}

gboolean emu_testbed_build(UMockdevTestbed *tb, struct emu_world *w,
			   UMockdevIoctlBase *handler, unsigned major, GError **error)
{
	g_autofree gchar *root = umockdev_testbed_get_root_dir(tb);
	g_autofree gchar *devdir = g_build_filename(root, "dev", "fwctl", NULL);

	if (g_mkdir_with_parents(devdir, 0755)) {
		g_set_error(error, G_IO_ERROR, G_IO_ERROR_FAILED, "cannot create %s", devdir);
		return FALSE;
	}
	for (size_t i = 0; i < w->n_devs; i++) {
		struct emu_dev *dev = w->devs[i];
		g_autofree gchar *pci = *dev->platform ? add_platform(tb, dev) : add_pci(tb, dev);
		g_autofree gchar *memdev = NULL;
		const gchar *parent = pci;

		if (!pci || !add_siblings(tb, dev, pci)) {
			g_set_error(error, G_IO_ERROR, G_IO_ERROR_FAILED,
				    "cannot add the parents of %s", dev->name);
			return FALSE;
		}
		if (dev->drv->parent == EMU_PARENT_CXL_MEMDEV) {
			g_autofree gchar *serial = g_strdup_printf("0x%x", 0xc0de0000u + dev->index);

			memdev = umockdev_testbed_add_device(tb, "cxl", dev->memdev, pci,
				"serial", serial, "numa_node", "0", NULL,
				"DRIVER", "cxl_mem", NULL);
			if (!memdev) {
				g_set_error(error, G_IO_ERROR, G_IO_ERROR_FAILED,
					    "cannot add memdev %s", dev->memdev);
				return FALSE;
			}
			/* One level deeper under /sys/devices/platform/. */
			umockdev_testbed_set_attribute_link(tb, memdev, "driver", *dev->platform ?
				"../../../../bus/cxl/drivers/cxl_mem" :
				"../../../bus/cxl/drivers/cxl_mem");
			parent = memdev;
		}
		if (!add_node(tb, dev, parent, handler, major, error))
			return FALSE;
		if (getenv("FWCTL_EMU_DEBUG_TIMING") && i % 128 == 0)
			fprintf(stderr, "fwctl-emu: %zu devices at %.3f s\n", i,
				g_get_monotonic_time() / 1e6);
	}
	return TRUE;
}
