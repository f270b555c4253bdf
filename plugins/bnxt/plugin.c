// SPDX-License-Identifier: GPL-2.0-or-later
/* The bnxt command set: Broadcom NetXtreme-C/E HWRM over fwctl. */
#include "bnxt_cmds.h"


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
	{ "buf-in", 0, OPT_STR_LIST, OPT_OFF(struct bnxt_hwrm_opts, buf_in), "FILE",
	  "DMA commands: a host-to-device buffer's contents (repeat in table order)" },
	{ "buf-out", 0, OPT_STR_LIST, OPT_OFF(struct bnxt_hwrm_opts, buf_out), "FILE",
	  "DMA commands: where a device-to-host buffer's data goes (repeat in table order)" },
	{ "buf-len", 0, OPT_STR_LIST, OPT_OFF(struct bnxt_hwrm_opts, buf_len), "N",
	  "DMA commands: size of each --buf-out buffer, 1..65536 (one value serves all)" },
	FWCTL_OPT_END
};

static const struct fwctl_cmd bnxt_cmds[] = {
	{ .name = "info", .summary = "firmware versions, HWRM interface, chip and capabilities",
	  .usage = "", .min_scope = FWCTL_RPC_DEBUG_READ_ONLY,
	  .flags = CMD_NEEDS_DEV | CMD_SENDS_RPC | CMD_BINARY, .run = bnxt_cmd_info },
	{ .name = "query", .summary = "decode an HWRM query (func-qcaps, port-phy, temperature...)",
	  .usage = "NAME [--sample N [--interval MS]] | --list", .positional = "NAME: a query from --list",
	  .opts = bnxt_query_opts, .opts_size = sizeof(struct bnxt_query_opts),
	  .min_scope = FWCTL_RPC_DEBUG_READ_ONLY, .flags = CMD_SENDS_RPC | CMD_BINARY | CMD_STREAM,
	  .run = bnxt_cmd_query, .complete_positional = bnxt_query_names },
	{ .name = "hwrm", .summary = "send a raw HWRM command from the kernel's allow-list or DMA table",
	  .usage = "(NAME | --req-type N) [--in-hex HEX | --in FILE] [--resp-len N] "
		   "[--buf-in FILE]... [--buf-out FILE]... [--buf-len N]...",
	  .positional = "NAME: an HWRM command from 'fwctl bnxt commands'",
	  .opts = hwrm_opts, .opts_size = sizeof(struct bnxt_hwrm_opts),
	  .min_scope = FWCTL_RPC_CONFIGURATION,
	  .flags = CMD_NEEDS_DEV | CMD_SENDS_RPC | CMD_MAY_WRITE | CMD_BINARY, .run = bnxt_cmd_hwrm,
	  .complete_positional = bnxt_hwrm_names },
	{ .name = "coredump", .summary = "firmware live coredump to a file, as ethtool -w writes it (Linux 7.3)",
	  .usage = "-o FILE [--live | --live-l1] [--retrieve-len N] | --list",
	  .opts = bnxt_coredump_opts, .opts_size = sizeof(struct bnxt_coredump_opts),
	  .min_scope = FWCTL_RPC_DEBUG_READ_ONLY,
	  .flags = CMD_NEEDS_DEV | CMD_SENDS_RPC | CMD_OWN_OUTPUT, .run = bnxt_cmd_coredump },
	{ .name = "nvm", .summary = "NVM (flash) directory and package version; 'nvm read' copies one item (Linux 7.3)",
	  .usage = "[read --type TYPE [--ordinal N] -o FILE]",
	  .positional = "read: copy one item to -o FILE (NVM writes are not offered)",
	  .opts = bnxt_nvm_opts, .opts_size = sizeof(struct bnxt_nvm_opts),
	  .min_scope = FWCTL_RPC_DEBUG_READ_ONLY,
	  .flags = CMD_NEEDS_DEV | CMD_SENDS_RPC | CMD_BINARY | CMD_OWN_OUTPUT, .run = bnxt_cmd_nvm, .complete_positional = bnxt_nvm_complete_positional },
	{ .name = "commands", .summary = "list the HWRM commands the kernel accepts, with their scopes",
	  .usage = "", .run = bnxt_cmd_commands },
};

const struct fwctl_plugin fwctl_plugin_bnxt = {
	.name = "bnxt",
	.summary = "Broadcom NetXtreme-C/E (bnxt_en) firmware: HWRM",
	.device_type = FWCTL_DEVICE_TYPE_BNXT,
	.cmds = bnxt_cmds,
	.n_cmds = FWCTL_ARRAY_SIZE(bnxt_cmds),
	.drivers = bnxt_drivers,
	.rpc_policy = &bnxt_rpc_policy,
	.device_data_json = bnxt_device_data_json,
	.report = bnxt_report,
	.firmware_version = bnxt_firmware_version,
	.metrics = bnxt_metrics,
};
