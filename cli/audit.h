/* SPDX-License-Identifier: GPL-2.0-or-later */
#ifndef FWCTL_CLI_AUDIT_H
#define FWCTL_CLI_AUDIT_H

#include <stdint.h>

struct fwctl_device;

void fwctl_audit_set_cmdline(int argc, char **argv);
/* fwctl_audit_fn: ctx is the struct fwctl_ctx. */
void fwctl_audit_rpc(void *ctx, const struct fwctl_device *dev, uint32_t scope, const char *what);

#endif
