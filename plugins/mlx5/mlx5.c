// SPDX-License-Identifier: GPL-2.0-or-later
/* The mlx5 command table.  Handlers live in one file per command. */
#include "../plugin.h"
#include "mlx5_handlers.h"
#include "mlx5_opcodes.h"
#include "mlx5_policy.h"
#include "query.h"
#include "uapi.h"
#include "rsc_dump_cmd.h"

static const struct fwctl_cmd mlx5_cmds[] = {
	{ .name = "query-caps", .summary = "show device capabilities (QUERY_HCA_CAP)",
	  .usage = "[--type NAME|all] [--cur|--max|--diff]",
	  .opts = mlx5_query_caps_opts, .opts_size = sizeof(struct caps_opts),
	  .min_scope = FWCTL_RPC_CONFIGURATION,
	  .flags = CMD_NEEDS_DEV | CMD_BINARY | CMD_SENDS_RPC, .run = mlx5_cmd_query_caps },
	{ .name = "identity", .summary = "show the running firmware (MGIR) and the adapter identity",
	  .usage = "",
	  .opts = mlx5_identity_opts, .opts_size = sizeof(struct identity_opts),
	  .min_scope = FWCTL_RPC_CONFIGURATION,
	  .flags = CMD_NEEDS_DEV | CMD_BINARY | CMD_SENDS_RPC, .run = mlx5_cmd_identity },
	{ .name = "module", .summary = "show the pluggable module's identity from its EEPROM (MCIA)",
	  .usage = "[--module N]",
	  .opts = mlx5_module_opts, .opts_size = sizeof(struct module_opts),
	  .min_scope = FWCTL_RPC_DEBUG_READ_ONLY,
	  .flags = CMD_NEEDS_DEV | CMD_BINARY | CMD_SENDS_RPC, .run = mlx5_cmd_module },
	{ .name = "reg", .summary = "read or write an access register (ACCESS_REG)",
	  .usage = "NAME [FIELD=VALUE...] [--index FIELD=VALUE]... [--set FIELD=VALUE]... | --list",
	  .positional = "NAME: register (see --list); FIELD=VALUE: index fields",
	  .complete_positional = mlx5_reg_names, .complete_next = mlx5_reg_next_words,
	  .opts = mlx5_reg_opts, .opts_size = sizeof(struct reg_opts),
	  .min_scope = FWCTL_RPC_DEBUG_READ_ONLY,
	  .flags = CMD_BINARY | CMD_SENDS_RPC | CMD_MAY_WRITE, .run = mlx5_cmd_reg },
	{ .name = "diag-counters", .summary = "show, enable and sample diagnostic counters",
	  .usage = "[--enable --force] [--sample [N] [--interval MS]]",
	  .opts = mlx5_diag_opts, .opts_size = sizeof(struct diag_opts),
	  .min_scope = FWCTL_RPC_DEBUG_READ_ONLY,
	  .flags = CMD_NEEDS_DEV | CMD_BINARY | CMD_SENDS_RPC | CMD_MAY_WRITE | CMD_STREAM,
	  .run = mlx5_cmd_diag },
	{ .name = "cmd", .summary = "send one allowed PRM command by name or opcode",
	  .usage = "OPCODE|NAME [--op-mod N] [--in-hex HEX] [--out-len BYTES] | --list",
	  .positional = "OPCODE|NAME: an opcode of the kernel's allow-list",
	  .complete_positional = mlx5_opcode_names,
	  .opts = mlx5_raw_opts, .opts_size = sizeof(struct raw_opts),
	  .min_scope = FWCTL_RPC_CONFIGURATION,
	  .flags = CMD_BINARY | CMD_SENDS_RPC | CMD_MAY_WRITE, .run = mlx5_cmd_raw },
	MLX5_RSC_DUMP_CMD_ROWS,
	MLX5_QUERY_CMD_ROW,
};

const struct fwctl_plugin fwctl_plugin_mlx5 = {
	.name = "mlx5",
	.summary = "NVIDIA ConnectX (mlx5) firmware commands",
	.device_type = FWCTL_DEVICE_TYPE_MLX5,
	.cmds = mlx5_cmds,
	.n_cmds = FWCTL_ARRAY_SIZE(mlx5_cmds),
	.drivers = mlx5_drivers,
	.rpc_policy = &mlx5_rpc_policy,
	.device_data_json = mlx5_device_data_json,
	.report = mlx5_report,
	.report_coredump = mlx5_report_coredump,
	.firmware_version = mlx5_firmware_version,
	.metrics = mlx5_metrics,
};
