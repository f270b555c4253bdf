/* SPDX-License-Identifier: GPL-2.0-or-later */
#ifndef FWCTL_CORE_H
#define FWCTL_CORE_H

#include "../plugins/plugin.h"

int cmd_list(struct fwctl_ctx *ctx, void *opts, int argc, char **argv);
int cmd_info(struct fwctl_ctx *ctx, void *opts, int argc, char **argv);
int cmd_rpc(struct fwctl_ctx *ctx, void *opts, int argc, char **argv);
int cmd_help(struct fwctl_ctx *ctx, void *opts, int argc, char **argv);
int cmd_version(struct fwctl_ctx *ctx, void *opts, int argc, char **argv);
int cmd_report(struct fwctl_ctx *ctx, void *opts, int argc, char **argv);

/* The identity of a device as JSON (names, ids, driver): list, info, report. */
struct json_object *fwctl_device_json(const struct fwctl_device *d);
/* Decoded FWCTL_INFO device data per vendor. */
struct json_object *fwctl_device_data_json(uint32_t type, const uint8_t *data, uint32_t len);
/* {"fwctl": bool, "mask": N, "flags": [...]} or NULL if unreadable. */
struct json_object *fwctl_taint_json(void);

struct rpc_opts {
	const char *in_file;
	const char *in_hex;
	uint32_t out_len;
	bool out_len_seen;
};
struct help_opts {
	bool list;
};
struct report_opts {
	double timeout_per_device;
	bool timeout_seen;
	const char *include;
};

#endif
