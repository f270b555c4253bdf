/* SPDX-License-Identifier: GPL-2.0-or-later */
/* The bnxt command handlers and their small shared helpers. */
#ifndef FWCTL_BNXT_CMDS_H
#define FWCTL_BNXT_CMDS_H

#include "../plugin.h"
#include "bnxt.h"

struct json_object;
struct fwctl_metrics;

int bnxt_cmd_info(struct fwctl_ctx *ctx, void *opts, int argc, char **argv);
/* fwctl report hook (struct fwctl_plugin). */
int bnxt_report(struct fwctl_ctx *ctx, struct json_object *into);
/* fwctl list --long hook (struct fwctl_plugin). */
int bnxt_firmware_version(struct fwctl_ctx *ctx, char *buf, size_t len);
/* fwctl metrics hook (struct fwctl_plugin). */
int bnxt_metrics(struct fwctl_ctx *ctx, struct fwctl_metrics *m);
int bnxt_cmd_query(struct fwctl_ctx *ctx, void *opts, int argc, char **argv);
int bnxt_cmd_hwrm(struct fwctl_ctx *ctx, void *opts, int argc, char **argv);
int bnxt_cmd_commands(struct fwctl_ctx *ctx, void *opts, int argc, char **argv);
int bnxt_cmd_coredump(struct fwctl_ctx *ctx, void *opts, int argc, char **argv);

struct bnxt_coredump_opts {
	bool list, live, live_l1;
	uint64_t retrieve_len;
	bool retrieve_len_seen;
};
extern const struct fwctl_opt bnxt_coredump_opts[];

int bnxt_cmd_nvm(struct fwctl_ctx *ctx, void *opts, int argc, char **argv);
struct bnxt_nvm_opts {
	const char *type;
	uint32_t ordinal;
	bool ordinal_seen;
};
extern const struct fwctl_opt bnxt_nvm_opts[];
const char *const *bnxt_nvm_complete_positional(void);
/* complete.c: query and HWRM command names, for completion. */
const char *const *bnxt_query_names(void);
const char *const *bnxt_hwrm_names(void);

struct bnxt_query_opts {
	bool list;
	uint32_t sample, interval;
	bool interval_seen;
};
extern const struct fwctl_opt bnxt_query_opts[];

struct bnxt_hwrm_opts {
	uint32_t req_type;
	bool req_type_seen;
	const char *in_hex;
	const char *in_file;
	uint64_t resp_len;
	bool resp_len_seen;
	struct fwctl_str_list buf_in, buf_out, buf_len;   /* DMA commands (7.3) */
};

struct bnxt_resp;
struct bnxt_dma_cmd;
/* The raw result object (device, command, scope, lengths, header, hex, decoded). */
struct json_object *bnxt_hwrm_result_json(struct fwctl_ctx *ctx, const char *what, uint16_t req_type,
					  uint32_t scope, size_t req_len, size_t out_cap,
					  const struct bnxt_resp *st, const uint8_t *out);
/* One DMA table row for `fwctl bnxt commands`. */
struct json_object *bnxt_dma_cmd_json(const struct bnxt_dma_cmd *c);
/* hwrm NAME for a DMA command: buffers from --buf-in / to --buf-out. */
int bnxt_hwrm_dma(struct fwctl_ctx *ctx, struct bnxt_hwrm_opts *o, const struct bnxt_dma_cmd *c,
		  const uint8_t *body, size_t body_len, size_t out_cap);

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
