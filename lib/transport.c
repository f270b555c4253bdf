// SPDX-License-Identifier: GPL-2.0-or-later
/* The real transport: ioctl() on /dev/fwctl/fwctlN. */
#include <errno.h>
#include <stdint.h>
#include <sys/ioctl.h>
#include <unistd.h>

#include "transport.h"

static int do_ioctl(void *priv, unsigned long req, void *arg)
{
	int fd = (int)(intptr_t)priv;

	return ioctl(fd, req, arg) < 0 ? -errno : 0;
}

static int ioctl_info(void *priv, struct fwctl_info *info)
{
	return do_ioctl(priv, FWCTL_IOCTL_INFO, info);
}

static int ioctl_rpc(void *priv, struct fwctl_rpc *rpc)
{
	return do_ioctl(priv, FWCTL_IOCTL_RPC, rpc);
}

static void ioctl_close(void *priv)
{
	close((int)(intptr_t)priv);
}

static const struct fwctl_transport_ops ioctl_ops = {
	.name = "ioctl",
	.info = ioctl_info,
	.rpc = ioctl_rpc,
	.close = ioctl_close,
};

void fwctl_transport_ioctl(struct fwctl_transport *t, int fd)
{
	t->ops = &ioctl_ops;
	t->priv = (void *)(intptr_t)fd;
}
