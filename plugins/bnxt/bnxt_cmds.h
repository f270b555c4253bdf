/* SPDX-License-Identifier: GPL-2.0-or-later */
/* The bnxt command handlers and their small shared helpers. */
#ifndef FWCTL_BNXT_CMDS_H
#define FWCTL_BNXT_CMDS_H

#include "../plugin.h"
#include "bnxt.h"

struct json_object;

int bnxt_cmd_info(struct fwctl_ctx *ctx, void *opts, int argc, char **argv);
/* fwctl report hook (struct fwctl_plugin). */
int bnxt_report(struct fwctl_ctx *ctx, struct json_object *into);
int bnxt_cmd_query(struct fwctl_ctx *ctx, void *opts, int argc, char **argv);
int bnxt_cmd_hwrm(struct fwctl_ctx *ctx, void *opts, int argc, char **argv);
int bnxt_cmd_commands(struct fwctl_ctx *ctx, void *opts, int argc, char **argv);

struct bnxt_query_opts {
	bool list;
};

struct bnxt_hwrm_opts {
	uint32_t req_type;
	bool req_type_seen;
	const char *in_hex;
	const char *in_file;
	uint64_t resp_len;
	bool resp_len_seen;
};

/* JSON array of the names of the bits set in v. */
struct json_object *bnxt_flags_array(const struct prm_enum *e, uint64_t v);

/*
 * For commands that only sometimes need a device (query --list does not):
 * resolve -d (or the only bnxt device), open it and apply the global
 * options the dispatcher applies for CMD_NEEDS_DEV commands.
 */
struct bnxt_devref {
	struct fwctl_device *dev;
	struct fwctl_handle *h;
};
int bnxt_dev_open(struct fwctl_ctx *ctx, struct bnxt_devref *ref);
void bnxt_dev_close(struct bnxt_devref *ref);

#endif
