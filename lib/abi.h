/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * The kernel's fwctl user ABI, core part, written for fwctl from the
 * facts in shared/kernel-abi.md (not copied from kernel headers).  Every
 * layout is pinned with _Static_assert so a mistake fails the build, not
 * a device.  Each driver's part (device data, RPC framing) lives with its
 * plugin: plugins/<vendor>/uapi.h.
 */
#ifndef FWCTL_ABI_H
#define FWCTL_ABI_H

#include <stddef.h>
#include <stdint.h>
#include <linux/ioctl.h>

#define FWCTL_ASSERT_SIZE(type, n) \
	_Static_assert(sizeof(type) == (n), #type " must be " #n " bytes")
#define FWCTL_ASSERT_OFF(type, field, n) \
	_Static_assert(offsetof(type, field) == (n), #type "." #field " must be at " #n)

/* ---- fwctl core (include/uapi/fwctl/fwctl.h) ---- */

#define FWCTL_IOCTL_TYPE 0x9A
/* Both ioctls are _IO(): the struct size travels in the struct, not the number. */
#define FWCTL_IOCTL_INFO _IO(FWCTL_IOCTL_TYPE, 0)
#define FWCTL_IOCTL_RPC  _IO(FWCTL_IOCTL_TYPE, 1)
_Static_assert(FWCTL_IOCTL_INFO == 0x9A00, "FWCTL_INFO number");
_Static_assert(FWCTL_IOCTL_RPC == 0x9A01, "FWCTL_RPC number");

/* FWCTL_INFO's out_device_type.  Each driver's value is part of its own
 * ABI, defined beside it in plugins/<vendor>/uapi.h. */
enum fwctl_device_type {
	FWCTL_DEVICE_TYPE_ERROR = 0,
};

enum fwctl_rpc_scope {
	FWCTL_RPC_CONFIGURATION = 0,
	FWCTL_RPC_DEBUG_READ_ONLY = 1,
	FWCTL_RPC_DEBUG_WRITE = 2,      /* taints the kernel */
	FWCTL_RPC_DEBUG_WRITE_FULL = 3, /* taints, needs CAP_SYS_RAWIO */
};
#define FWCTL_RPC_SCOPE_MAX FWCTL_RPC_DEBUG_WRITE_FULL

/* The core refuses in_len/out_len above this with EMSGSIZE. */
#define FWCTL_MAX_RPC_LEN (2u * 1024 * 1024)
/* Minor numbers come from an IDA of this size. */
#define FWCTL_MAX_DEVICES 4096

struct fwctl_info {
	uint32_t size;
	uint32_t flags;           /* must be 0 */
	uint32_t out_device_type;
	uint32_t device_data_len; /* in: buffer size; out: driver's real length */
	uint64_t out_device_data; /* user pointer */
};
FWCTL_ASSERT_SIZE(struct fwctl_info, 24);
FWCTL_ASSERT_OFF(struct fwctl_info, size, 0);
FWCTL_ASSERT_OFF(struct fwctl_info, flags, 4);
FWCTL_ASSERT_OFF(struct fwctl_info, out_device_type, 8);
FWCTL_ASSERT_OFF(struct fwctl_info, device_data_len, 12);
FWCTL_ASSERT_OFF(struct fwctl_info, out_device_data, 16);

struct fwctl_rpc {
	uint32_t size;
	uint32_t scope;
	uint32_t in_len;
	uint32_t out_len;  /* in: buffer size; out: driver's length (may be larger) */
	uint64_t in;       /* user pointer */
	uint64_t out;      /* user pointer */
};
FWCTL_ASSERT_SIZE(struct fwctl_rpc, 32);
FWCTL_ASSERT_OFF(struct fwctl_rpc, size, 0);
FWCTL_ASSERT_OFF(struct fwctl_rpc, scope, 4);
FWCTL_ASSERT_OFF(struct fwctl_rpc, in_len, 8);
FWCTL_ASSERT_OFF(struct fwctl_rpc, out_len, 12);
FWCTL_ASSERT_OFF(struct fwctl_rpc, in, 16);
FWCTL_ASSERT_OFF(struct fwctl_rpc, out, 24);

#endif /* FWCTL_ABI_H */
