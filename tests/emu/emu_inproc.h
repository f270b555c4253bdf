/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * In-process access to the emulated kernel for benchmarks and fuzz
 * targets: a lib/transport.h transport whose ioctls call emu_core_ioctl()
 * directly (user pointers are dereferenced in this process), and a
 * lib/device.h record describing an emulated device without udev.
 */
#ifndef FWCTL_EMU_INPROC_H
#define FWCTL_EMU_INPROC_H

#include "lib/device.h"
#include "lib/transport.h"
#include "emu.h"

/* t->priv is dev; close() does nothing (the world owns the device). */
void emu_inproc_transport(struct emu_dev *dev, struct fwctl_transport *t);

/*
 * Fill *out as discovery would (names strdup'ed, type_known set from the
 * driver).  Returns 0 or -ENOMEM.  Free with emu_inproc_free_device().
 */
int emu_inproc_fill_device(struct emu_dev *dev, struct fwctl_device *out);
void emu_inproc_free_device(struct fwctl_device *d);

/* The emu_mem used by the transport, for tests that call emu_core_ioctl(). */
void emu_inproc_mem(struct emu_mem *mem, void *arg, size_t arg_size);

#endif
