// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * Before any RPC at a write scope: one warning that the kernel will be
 * tainted (unless --quiet), and an audit record through syslog so the
 * journal shows who changed a device out of band.
 */
#include <stdio.h>
#include <string.h>
#include <syslog.h>
#include <unistd.h>

#include "../lib/taint.h"
#include "../plugins/plugin.h"
#include "audit.h"

static char cmdline[512];

void fwctl_audit_set_cmdline(int argc, char **argv)
{
	size_t used = 0;

	cmdline[0] = 0;
	for (int i = 0; i < argc && used + 2 < sizeof(cmdline); i++)
		used += (size_t)snprintf(cmdline + used, sizeof(cmdline) - used, "%s%s",
					 i ? " " : "", argv[i]);
}

void fwctl_audit_rpc(void *vctx, const struct fwctl_device *dev, uint32_t scope, const char *what)
{
	struct fwctl_ctx *ctx = vctx;
	static bool warned;
	uint64_t mask = 0;

	if (!warned && !ctx->quiet && scope >= FWCTL_RPC_DEBUG_WRITE) {
		bool already = fwctl_read_taint(&mask) == 0 && fwctl_taint_fwctl(mask);

		fprintf(stderr, "fwctl: warning: sending %s at scope %s%s\n", what,
			fwctl_scope_name(scope),
			already ? " (the kernel already carries the fwctl taint)"
				: ": the kernel will be tainted (TAINT_FWCTL)");
		warned = true;
	}
	openlog("fwctl", LOG_PID, LOG_USER);
	syslog(LOG_NOTICE, "device=%s driver=%s op=\"%s\" scope=%s uid=%u cmdline=\"%s\"",
	       dev ? dev->name : "?", dev && dev->driver ? dev->driver : "?", what,
	       fwctl_scope_name(scope), (unsigned int)getuid(), cmdline);
	closelog();
}
