/* SPDX-License-Identifier: GPL-2.0-or-later */
/* What discovery (device.c) and resolution (resolve.c) share; not API. */
#ifndef FWCTL_DEVICE_INT_H
#define FWCTL_DEVICE_INT_H

#include <libudev.h>

#include "device.h"

/* Fill a zeroed record from the fwctl class device u (0, or -1 and the
 * record half filled: fwctl_device_clear() it). */
int fwctl_device_fill(struct fwctl_device *d, struct udev_device *u);
/* N of "fwctlN": the order of discovery. */
unsigned long fwctl_device_index(const char *name);

/* The scan's test of whether a record answers to -d name. */
bool fwctl_device_matches(const struct fwctl_device *d, const char *name);
/* The kind of bus a parent subsystem is (the plugins' hook), else NULL. */
const char *fwctl_bus_kind(const char *subsystem);

#endif
