// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * A trivial client for fwctl-emu's end-to-end test: plain open/ioctl, no
 * umockdev, no libfwctl.  Expects the default machine (fwctl0 = mlx5
 * cx6dx, fwctl3 = cxl).  Prints TAP.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <unistd.h>

#include "lib/abi.h"
#include "plugins/cxl/uapi.h"
#include "plugins/mlx5/uapi.h"
#include "plugins/pds/uapi.h"
#include "../tap.h"

static int do_rpc(int fd, uint32_t scope, void *in, uint32_t in_len, void *out, uint32_t *out_len)
{
	struct fwctl_rpc rpc = {
		.size = sizeof(rpc), .scope = scope, .in_len = in_len, .out_len = *out_len,
		.in = (uintptr_t)in, .out = (uintptr_t)out,
	};
	int rc = ioctl(fd, FWCTL_IOCTL_RPC, &rpc);

	*out_len = rpc.out_len;
	return rc ? -errno : 0;
}

int main(void)
{
	struct fwctl_info_mlx5 dd;
	struct fwctl_info info;
	uint8_t in[16], out[64];
	uint32_t out_len;
	struct stat st;
	struct { struct fwctl_rpc r; uint64_t extra; } big;
	int fd, rc;

	fd = open("/dev/fwctl/fwctl0", O_RDWR);
	ok(fd >= 0, "open /dev/fwctl/fwctl0");
	if (fd < 0)
		return tap_done();
	ok(stat("/dev/fwctl/fwctl0", &st) == 0 && S_ISCHR(st.st_mode) &&
	   major(st.st_rdev) == 239 && minor(st.st_rdev) == 0, "node is char 239:0");

	memset(&dd, 0xff, sizeof(dd));
	info = (struct fwctl_info){ .size = sizeof(info), .device_data_len = sizeof(dd),
				    .out_device_data = (uintptr_t)&dd };
	rc = ioctl(fd, FWCTL_IOCTL_INFO, &info);
	ok(rc == 0 && info.out_device_type == FWCTL_DEVICE_TYPE_MLX5, "FWCTL_INFO type mlx5");
	ok(info.device_data_len == 8 && dd.uid == 0x11 && dd.uctx_caps == 0, "mlx5 info uid/caps");

	info.flags = 1;
	ok(ioctl(fd, FWCTL_IOCTL_INFO, &info) < 0 && errno == EOPNOTSUPP, "INFO flags -> EOPNOTSUPP");

	memset(in, 0, sizeof(in));
	in[0] = 0x08; in[1] = 0x0d;   /* NOP */
	memset(out, 0xaa, sizeof(out));
	out_len = sizeof(out);
	rc = do_rpc(fd, FWCTL_RPC_DEBUG_READ_ONLY, in, sizeof(in), out, &out_len);
	ok(rc == 0 && out_len == sizeof(out) && out[0] == 0, "NOP at debug-ro: status 0");
	out_len = sizeof(out);
	rc = do_rpc(fd, FWCTL_RPC_CONFIGURATION, in, sizeof(in), out, &out_len);
	ok(rc == -EBADMSG, "NOP at config -> EBADMSG");
	out_len = sizeof(out);
	rc = do_rpc(fd, 4, in, sizeof(in), out, &out_len);
	ok(rc == -EOPNOTSUPP, "scope 4 -> EOPNOTSUPP");
	ok(ioctl(fd, _IO(0x9A, 7), &info) < 0 && errno == ENOTTY, "unknown ioctl -> ENOTTY");

	/* Larger struct: zero tail accepted, non-zero tail E2BIG. */
	memset(&big, 0, sizeof(big));
	big.r = (struct fwctl_rpc){ .size = sizeof(big), .scope = 1, .in_len = sizeof(in),
				    .out_len = sizeof(out), .in = (uintptr_t)in, .out = (uintptr_t)out };
	ok(ioctl(fd, FWCTL_IOCTL_RPC, &big) == 0 && big.extra == 0, "bigger struct, zero tail ok");
	big.extra = 1;
	ok(ioctl(fd, FWCTL_IOCTL_RPC, &big) < 0 && errno == E2BIG, "non-zero tail -> E2BIG");
	close(fd);

	fd = open("/dev/fwctl/fwctl3", O_RDWR);
	ok(fd >= 0, "open fwctl3 (cxl)");
	if (fd >= 0) {
		info = (struct fwctl_info){ .size = sizeof(info), .device_data_len = sizeof(dd),
					    .out_device_data = (uintptr_t)&dd };
		memset(&dd, 0xff, sizeof(dd));
		rc = ioctl(fd, FWCTL_IOCTL_INFO, &info);
		ok(rc == 0 && info.out_device_type == FWCTL_DEVICE_TYPE_CXL &&
		   info.device_data_len == 0 && dd.uid == 0 && dd.uctx_caps == 0,
		   "cxl INFO: type 2, len 0, buffer zeroed");
		close(fd);
	}
	return tap_done();
}
