// SPDX-License-Identifier: GPL-2.0-or-later
/* The core command table: commands that work on any fwctl device. */
#include "core.h"

static const struct fwctl_opt rpc_opts[] = {
	{ "in", 0, OPT_STR, OPT_OFF(struct rpc_opts, in_file), "FILE",
	  "request bytes from FILE ('-' = stdin)" },
	{ "in-hex", 0, OPT_STR, OPT_OFF(struct rpc_opts, in_hex), "HEX", "request bytes as hex" },
	{ "out-len", 0, OPT_U32, OPT_OFF(struct rpc_opts, out_len), "N",
	  "reply buffer size in bytes (default 4096)", .has_seen = true,
	  .seen_offset = OPT_OFF(struct rpc_opts, out_len_seen) },
	FWCTL_OPT_END
};

static const struct fwctl_opt help_opts[] = {
	{ "list", 0, OPT_BOOL, OPT_OFF(struct help_opts, list), NULL,
	  "the command table (plugin, command, summary, options, scope); with -j as JSON" },
	FWCTL_OPT_END
};

static const struct fwctl_opt list_opts[] = {
	{ "long", 'l', OPT_BOOL, OPT_OFF(struct list_opts, long_format), NULL,
	  "also show each device's firmware version (one read RPC per device)" },
	FWCTL_OPT_END
};

static const char *const report_include_choices[] = { "coredump", NULL };

static const struct fwctl_opt report_opts[] = {
	{ "timeout-per-device", 0, OPT_DOUBLE, OPT_OFF(struct report_opts, timeout_per_device),
	  "SECONDS", "time each device (and each coredump) may take; default --timeout, else 30 (coredump 600)",
	  .has_seen = true, .seen_offset = OPT_OFF(struct report_opts, timeout_seen) },
	{ "include", 0, OPT_STR, OPT_OFF(struct report_opts, include), "WHAT",
	  "coredump: write a tar archive (-o FILE) with report.json and one coredump per device that can dump one",
	  report_include_choices },
	{ "jobs", 0, OPT_U32, OPT_OFF(struct report_opts, jobs), "N",
	  "devices gathered at the same time, 1 to 16 (1 = one after another); default the online CPUs, at most 16",
	  .has_seen = true, .seen_offset = OPT_OFF(struct report_opts, jobs_seen) },
	FWCTL_OPT_END
};

static const struct fwctl_cmd core_cmds[] = {
	{ .name = "list", .summary = "List fwctl devices with their names, ids and drivers",
	  .usage = "[--long]", .opts = list_opts, .opts_size = sizeof(struct list_opts),
	  .min_scope = FWCTL_RPC_CONFIGURATION, .flags = CMD_SENDS_RPC | CMD_EVERY_DEVICE, .run = cmd_list },
	{ .name = "info", .summary = "Show a device's type, device data, parent and taint state",
	  .flags = CMD_NEEDS_DEV, .run = cmd_info },
	{ .name = "rpc", .summary = "Send a raw RPC to any fwctl device",
	  .usage = "--scope SCOPE (--in FILE | --in-hex HEX) [--out-len N]",
	  .opts = rpc_opts, .opts_size = sizeof(struct rpc_opts),
	  .flags = CMD_NEEDS_DEV | CMD_BINARY | CMD_SENDS_RPC | CMD_MAY_WRITE, .run = cmd_rpc },
	{ .name = "report", .summary = "Collect a support report of every device as one JSON document",
	  .usage = "[-o FILE] [--timeout-per-device S] [--jobs N] [--include coredump]",
	  .opts = report_opts, .opts_size = sizeof(struct report_opts),
	  .min_scope = FWCTL_RPC_CONFIGURATION, .flags = CMD_SENDS_RPC | CMD_PRIVATE_OUTPUT | CMD_EVERY_DEVICE,
	  .run = cmd_report },
	{ .name = "metrics",
	  .summary = "Write every device's metrics in the Prometheus text format",
	  .usage = "[-o FILE]", .flags = CMD_SENDS_RPC | CMD_NO_JSON | CMD_EVERY_DEVICE, .run = cmd_metrics },
	{ .name = "help", .summary = "Show help for a command (its man page)",
	  .usage = "[PLUGIN] [COMMAND]", .positional = "command",
	  .opts = help_opts, .opts_size = sizeof(struct help_opts), .run = cmd_help,
	  .complete_positional = help_words, .complete_next = help_next_words },
	{ .name = "version", .summary = "Show the version and the compiled-in plugins",
	  .run = cmd_version },
};

const struct fwctl_plugin fwctl_plugin_core = {
	.name = NULL,
	.summary = "core commands",
	.device_type = -1,
	.cmds = core_cmds,
	.n_cmds = FWCTL_ARRAY_SIZE(core_cmds),
};
