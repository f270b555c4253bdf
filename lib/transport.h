/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * How an ioctl reaches a device.  The fwctl binary only ever uses the real
 * ioctl transport; benchmarks and fuzz targets plug in an in-process one
 * that calls the emulated kernel directly (shared/DESIGN.md section 6), so
 * the tool's own cost per RPC can be measured without umockdev's socket hops.
 */
#ifndef FWCTL_TRANSPORT_H
#define FWCTL_TRANSPORT_H

#include "abi.h"

struct fwctl_transport_ops {
	const char *name;
	/* Both return 0 or -errno, exactly like the ioctl would. */
	int (*info)(void *priv, struct fwctl_info *info);
	int (*rpc)(void *priv, struct fwctl_rpc *rpc);
	void (*close)(void *priv);
};

struct fwctl_transport {
	const struct fwctl_transport_ops *ops;
	void *priv;
};

/* The real thing: ioctl() on an open /dev/fwctl/fwctlN descriptor (owned). */
void fwctl_transport_ioctl(struct fwctl_transport *t, int fd);

#endif
