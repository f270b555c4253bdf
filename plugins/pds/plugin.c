// SPDX-License-Identifier: GPL-2.0-or-later
/* The pds command set: AMD/Pensando DSC firmware RPCs over fwctl. */
#include "pds_cmds.h"

#define RPC(m) OPT_OFF(struct pds_rpc_opts, m)

static const struct fwctl_opt rpc_opts[] = {
	{ "ep", 0, OPT_U32, RPC(ep), "N", "firmware endpoint id", .has_seen = true,
	  .seen_offset = RPC(ep_seen) },
	{ "op", 0, OPT_U32, RPC(op), "N", "operation id (16-bit)", .has_seen = true,
	  .seen_offset = RPC(op_seen) },
	{ "op-version", 0, OPT_U32, RPC(op_version), "V", "operation version (0..255, default 0)" },
	{ "in", 0, OPT_STR, RPC(in_file), "FILE", "request payload from FILE ('-' = stdin)" },
	{ "in-hex", 0, OPT_STR, RPC(in_hex), "HEX", "request payload as hex" },
	{ "resp-len", 0, OPT_SIZE, RPC(resp_len), "N", "response buffer size (default 4096)",
	  .has_seen = true, .seen_offset = RPC(resp_len_seen) },
	{ "catalog", 0, OPT_STR, RPC(catalog), "FILE",
	  "catalogue file or directory (default: the search path)" },
	FWCTL_OPT_END
};

static const struct fwctl_opt call_opts[] = {
	{ "catalog", 0, OPT_STR, OPT_OFF(struct pds_call_opts, catalog), "FILE",
	  "catalogue file or directory (default: the search path)" },
	{ "op-version", 0, OPT_U32, OPT_OFF(struct pds_call_opts, op_version), "V",
	  "operation version (default: the catalogue's)", .has_seen = true,
	  .seen_offset = OPT_OFF(struct pds_call_opts, op_version_seen) },
	FWCTL_OPT_END
};

static const struct fwctl_opt catalog_opts[] = {
	{ "catalog", 0, OPT_STR, OPT_OFF(struct pds_catalog_opts, catalog), "FILE",
	  "catalogue file or directory (default: the search path)" },
	FWCTL_OPT_END
};

static const struct fwctl_cmd pds_cmds[] = {
	{ .name = "info", .summary = "device data (caps), PCI function and driver",
	  .usage = "", .min_scope = FWCTL_RPC_CONFIGURATION,
	  .flags = CMD_NEEDS_DEV | CMD_BINARY, .run = pds_cmd_info },
	{ .name = "rpc", .summary = "send a raw RPC to a firmware endpoint and operation",
	  .usage = "--ep N --op N [--op-version V] [--in FILE | --in-hex HEX] [--resp-len N]",
	  .opts = rpc_opts, .opts_size = sizeof(struct pds_rpc_opts),
	  .min_scope = FWCTL_RPC_CONFIGURATION,
	  .flags = CMD_NEEDS_DEV | CMD_SENDS_RPC | CMD_MAY_WRITE | CMD_BINARY, .run = pds_cmd_rpc },
	{ .name = "call", .summary = "call an operation described by the catalogue, decoded",
	  .usage = "ENDPOINT.OPERATION [FIELD=VALUE...] [--catalog FILE]",
	  .positional = "ENDPOINT.OPERATION from 'fwctl pds catalog', then FIELD=VALUE request fields",
	  .opts = call_opts, .opts_size = sizeof(struct pds_call_opts),
	  .min_scope = FWCTL_RPC_CONFIGURATION,
	  .flags = CMD_NEEDS_DEV | CMD_SENDS_RPC | CMD_MAY_WRITE | CMD_BINARY, .run = pds_cmd_call,
	  .complete_positional = pds_complete_ops },
	{ .name = "catalog", .summary = "list the catalogue's endpoints, operations and fields",
	  .usage = "[ENDPOINT[.OPERATION]] [--catalog FILE]",
	  .positional = "ENDPOINT or ENDPOINT.OPERATION to show in detail",
	  .opts = catalog_opts, .opts_size = sizeof(struct pds_catalog_opts),
	  .run = pds_cmd_catalog, .complete_positional = pds_complete_ops },
};

const struct fwctl_plugin fwctl_plugin_pds = {
	.name = "pds",
	.summary = "AMD/Pensando DSC (pds_core) firmware: endpoint/operation RPCs",
	.device_type = FWCTL_DEVICE_TYPE_PDS,
	.cmds = pds_cmds,
	.n_cmds = FWCTL_ARRAY_SIZE(pds_cmds),
	.drivers = pds_drivers,
	.rpc_policy = &pds_rpc_policy,
	.device_data_json = pds_device_data_json,
	.report = pds_report,
	.firmware_version = pds_firmware_version,
};
