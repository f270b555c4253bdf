/* SPDX-License-Identifier: GPL-2.0-or-later */
#ifndef FWCTL_CORE_H
#define FWCTL_CORE_H

#include "../plugins/plugin.h"

int cmd_list(struct fwctl_ctx *ctx, void *opts, int argc, char **argv);
int cmd_info(struct fwctl_ctx *ctx, void *opts, int argc, char **argv);
int cmd_rpc(struct fwctl_ctx *ctx, void *opts, int argc, char **argv);
int cmd_help(struct fwctl_ctx *ctx, void *opts, int argc, char **argv);
/* help's first argument: the core commands and the plugins. */
const char *const *help_words(void);
const char *const *help_next_words(int argc, char *const *argv);
int cmd_version(struct fwctl_ctx *ctx, void *opts, int argc, char **argv);
int cmd_metrics(struct fwctl_ctx *ctx, void *opts, int argc, char **argv);
int cmd_report(struct fwctl_ctx *ctx, void *opts, int argc, char **argv);

/* The identity of a device as JSON (names, ids, driver): list, info, report. */
struct json_object *fwctl_device_json(const struct fwctl_device *d);
/* Decoded FWCTL_INFO device data per vendor. */
struct json_object *fwctl_device_data_json(uint32_t type, const uint8_t *data, uint32_t len);
/* The inner {"kind", "errno", "message", ...} of the standard error object,
 * for an error kept in a device's place in a document. */
struct json_object *fwctl_error_json(const struct fwctl_err *e);
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
struct list_opts {
	bool long_format;
};

/*
 * list --long: add "firmware_version" (and a note or an error object) to
 * each device of devs, in ctx->devices order.  Returns the number of
 * devices whose query failed, or -1 with ctx->err (interrupted, dry run).
 */
int fwctl_list_long(struct fwctl_ctx *ctx, struct json_object *devs);
struct report_opts {
	double timeout_per_device;
	bool timeout_seen;
	const char *include;
	uint32_t jobs;
	bool jobs_seen;
};

#endif
