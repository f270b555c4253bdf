/* SPDX-License-Identifier: GPL-2.0-or-later */
/* fwctl-emu internals that need umockdev/GLib (never linked into libfwctl_emu). */
#ifndef FWCTL_EMU_UMOCKDEV_H
#define FWCTL_EMU_UMOCKDEV_H

#include <umockdev.h>

#include "emu.h"

#define EMU_UMD_MAX_CHILDREN 8

/*
 * emu_mem over umockdev: user pointers are resolved from the fetched ioctl
 * struct (EMU_MEM_ARG) or from the fetched RPC input buffer (EMU_MEM_IN).
 * umockdev caches a resolved pointer by its offset (a second resolve of the
 * same slot returns the first buffer), so we cache too and refuse an access
 * longer than the first one.  Writes go into the local copies, which
 * umockdev_ioctl_client_complete() flushes back to the client.
 */
struct emu_umd_mem {
	struct emu_mem mem;
	UMockdevIoctlData *arg;        /* the fetched ioctl struct (borrowed) */
	struct {
		enum emu_mem_parent parent;
		size_t off, len;
		UMockdevIoctlData *data;   /* owned reference */
	} child[EMU_UMD_MAX_CHILDREN];
	size_t n_child;
};

void emu_umd_mem_init(struct emu_umd_mem *m, UMockdevIoctlData *arg);
void emu_umd_mem_release(struct emu_umd_mem *m);

/* Build sysfs, udev properties, /dev nodes for every device of w. */
gboolean emu_testbed_build(UMockdevTestbed *tb, struct emu_world *w,
			   UMockdevIoctlBase *handler, unsigned major, GError **error);

#endif
