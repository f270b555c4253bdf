// SPDX-License-Identifier: GPL-2.0-or-later
/* The bnxt command set: Broadcom NetXtreme-C/E HWRM over fwctl. */
#include "bnxt_cmds.h"

static const struct fwctl_opt query_opts[] = {
	{ "list", 0, OPT_BOOL, OPT_OFF(struct bnxt_query_opts, list), NULL,
	  "list the query names with the scope each needs" },
	FWCTL_OPT_END
};

static const struct fwctl_opt hwrm_opts[] = {
	{ "req-type", 0, OPT_U32, OPT_OFF(struct bnxt_hwrm_opts, req_type), "N",
	  "HWRM command code instead of NAME", .has_seen = true,
	  .seen_offset = OPT_OFF(struct bnxt_hwrm_opts, req_type_seen) },
	{ "in-hex", 0, OPT_STR, OPT_OFF(struct bnxt_hwrm_opts, in_hex), "HEX",
	  "request body after the 16-byte header, as hex" },
	{ "in", 0, OPT_STR, OPT_OFF(struct bnxt_hwrm_opts, in_file), "FILE",
	  "request body after the 16-byte header, from FILE ('-' = stdin)" },
	{ "resp-len", 0, OPT_SIZE, OPT_OFF(struct bnxt_hwrm_opts, resp_len), "N",
	  "response buffer size (default 4096)", .has_seen = true,
	  .seen_offset = OPT_OFF(struct bnxt_hwrm_opts, resp_len_seen) },
	FWCTL_OPT_END
};

static const struct fwctl_cmd bnxt_cmds[] = {
	{ .name = "info", .summary = "firmware versions, HWRM interface, chip and capabilities",
	  .usage = "", .min_scope = FWCTL_RPC_DEBUG_READ_ONLY,
	  .flags = CMD_NEEDS_DEV | CMD_SENDS_RPC | CMD_BINARY, .run = bnxt_cmd_info },
	{ .name = "query", .summary = "decode an HWRM query (func-qcaps, port-phy, temperature...)",
	  .usage = "NAME | --list", .positional = "NAME: a query from --list",
	  .opts = query_opts, .opts_size = sizeof(struct bnxt_query_opts),
	  .min_scope = FWCTL_RPC_DEBUG_READ_ONLY, .flags = CMD_SENDS_RPC | CMD_BINARY,
	  .run = bnxt_cmd_query },
	{ .name = "hwrm", .summary = "send a raw HWRM command from the kernel's allow-list",
	  .usage = "(NAME | --req-type N) [--in-hex HEX | --in FILE] [--resp-len N]",
	  .positional = "NAME: an HWRM command from 'fwctl bnxt commands'",
	  .opts = hwrm_opts, .opts_size = sizeof(struct bnxt_hwrm_opts),
	  .min_scope = FWCTL_RPC_CONFIGURATION,
	  .flags = CMD_NEEDS_DEV | CMD_SENDS_RPC | CMD_BINARY, .run = bnxt_cmd_hwrm },
	{ .name = "commands", .summary = "list the HWRM commands the kernel accepts, with their scopes",
	  .usage = "", .run = bnxt_cmd_commands },
};

const struct fwctl_plugin fwctl_plugin_bnxt = {
	.name = "bnxt",
	.summary = "Broadcom NetXtreme-C/E (bnxt_en) firmware: HWRM",
	.device_type = FWCTL_DEVICE_TYPE_BNXT,
	.cmds = bnxt_cmds,
	.n_cmds = FWCTL_ARRAY_SIZE(bnxt_cmds),
	.report = bnxt_report,
};
