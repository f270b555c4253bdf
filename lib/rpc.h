/* SPDX-License-Identifier: GPL-2.0-or-later */
/* One FWCTL_RPC, with scope policy, truncation check, trace and audit. */
#ifndef FWCTL_RPC_H
#define FWCTL_RPC_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "device.h"

enum fwctl_rpc_flags {
	/* Return success with *out_len > out_cap instead of FWCTL_ERR_TRUNCATED
	 * (the raw rpc command shows what arrived and reports the rest). */
	FWCTL_RPC_ALLOW_TRUNCATED = 1u << 0,
};

struct fwctl_rpc_args {
	uint32_t scope;
	const void *in;
	size_t in_len;
	void *out;            /* zeroed by fwctl_rpc_call before sending */
	size_t out_cap;
	size_t out_len;       /* result: length the kernel reported */
	const char *what;     /* "QUERY_HCA_CAP GENERAL cur": trace, audit, dry-run */
	unsigned int flags;
};

/*
 * Send one RPC.  Returns 0 when the kernel delivered it (the firmware's own
 * status is inside out: check it), -1 with err set otherwise.  errno values
 * are explained per driver (mlx5 EBADMSG, pds EPERM/EINVAL, cxl EINVAL,
 * bnxt EPERM, ENODEV, EMSGSIZE...).  Refuses scopes >= DEBUG_WRITE unless
 * h->allow_write.  In dry-run mode it prints the RPC it would send (device,
 * scope, what, input hex) on stdout and fails with FWCTL_ERR_DRY_RUN, which
 * main() turns into exit 0: a command stops at its first RPC.
 */
int fwctl_rpc_call(struct fwctl_handle *h, struct fwctl_rpc_args *a, struct fwctl_err *err);

/* True if the request changes the device although its scope is below
 * DEBUG_WRITE (mlx5 ACCESS_REG write, cxl Set Feature): audited too. */
bool fwctl_rpc_is_write(uint32_t type, const void *in, size_t in_len);

/* Explain an errno from FWCTL_RPC for this device type and scope. */
int fwctl_rpc_errno_to_err(uint32_t type, uint32_t scope, int errnum, struct fwctl_err *err);

/* Set by the CLI's SIGINT/SIGTERM handler; RPC loops stop at the next call. */
extern volatile int fwctl_stop_signal;

#endif
