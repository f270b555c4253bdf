// SPDX-License-Identifier: GPL-2.0-or-later
#include <stdarg.h>
#include <stdlib.h>

#include "emu_test.h"

static int n_tests, n_failed;

void t_ok(int cond, const char *fmt, ...)
{
	va_list ap;

	printf("%sok %d - ", cond ? "" : "not ", ++n_tests);
	va_start(ap, fmt);
	vprintf(fmt, ap);
	va_end(ap);
	printf("\n");
	if (!cond)
		n_failed++;
}

int t_done(void)
{
	printf("1..%d\n", n_tests);
	return n_failed ? 1 : 0;
}

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
