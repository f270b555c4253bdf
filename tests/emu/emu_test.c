// SPDX-License-Identifier: GPL-2.0-or-later
#include <stdarg.h>
#include <stdlib.h>

#include "emu_test.h"

struct emu_world *t_world(const char *const *devs, const char *const *faults)
{
	char err[256] = "";
	size_t nd = 0, nf = 0;
	struct emu_world *w;

	while (devs && devs[nd])
		nd++;
	while (faults && faults[nf])
		nf++;
	w = emu_world_new(devs, nd, faults, nf, err, sizeof(err));
	if (!w) {
		printf("Bail out! world: %s\n", err);
		exit(1);
	}
	return w;
}

struct emu_world *t_world1(const char *spec)
{
	const char *d[] = { spec, NULL };

	return t_world(d, NULL);
}

struct fwctl_handle *t_open(struct emu_dev *dev, struct fwctl_device *rec)
{
	struct fwctl_err err = { 0 };
	struct fwctl_transport t;
	struct fwctl_handle *h;

	if (emu_inproc_fill_device(dev, rec)) {
		printf("Bail out! out of memory\n");
		exit(1);
	}
	emu_inproc_transport(dev, &t);
	if (fwctl_open_transport(rec, t, &h, &err)) {
		printf("Bail out! open %s: %s\n", dev->name, err.message);
		exit(1);
	}
	/* These tests drive plugin code below the policy layer (no plugin
	 * policy installed, so every RPC would count as unclassified); the
	 * policy has its own tests. */
	h->force = true;
	return h;
}

void t_close(struct fwctl_handle *h, struct fwctl_device *rec)
{
	fwctl_close(h);
	emu_inproc_free_device(rec);
}

int t_info(struct emu_dev *dev, void *data, uint32_t *len, uint32_t *type)
{
	struct fwctl_transport t;
	struct fwctl_info info = {
		.size = sizeof(info), .device_data_len = *len, .out_device_data = (uintptr_t)data,
	};
	int rc;

	emu_inproc_transport(dev, &t);
	rc = t.ops->info(t.priv, &info);
	*len = info.device_data_len;
	if (type)
		*type = info.out_device_type;
	return rc;
}

int t_rpc(struct emu_dev *dev, uint32_t scope, void *in, uint32_t in_len,
	  void *out, uint32_t *out_len)
{
	struct fwctl_transport t;
	struct fwctl_rpc rpc = {
		.size = sizeof(rpc), .scope = scope, .in_len = in_len, .out_len = *out_len,
		.in = (uintptr_t)in, .out = (uintptr_t)out,
	};
	int rc;

	emu_inproc_transport(dev, &t);
	rc = t.ops->rpc(t.priv, &rpc);
	*out_len = rpc.out_len;
	return rc;
}

int t_ioctl(struct emu_dev *dev, unsigned long req, void *arg, size_t arg_size)
{
	struct emu_mem mem;

	emu_inproc_mem(&mem, arg, arg_size);
	return emu_core_ioctl(dev, req, arg, arg_size, &mem);
}

void t_mlx5_hdr(uint8_t *in, uint16_t opcode, uint16_t op_mod)
{
	memset(in, 0, 16);
	emu_put_be16(in, opcode);
	emu_put_be16(in + 6, op_mod);
}
