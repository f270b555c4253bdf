// SPDX-License-Identifier: GPL-2.0-or-later
/* The cxl command set: CXL memory-device Features over fwctl. */
#include <stdio.h>
#include <string.h>

#include "cxl_cmds.h"

static const char *const selections[] = { "current", "default", "saved", NULL };

static const struct fwctl_opt feature_opts[] = {
	{ "selection", 0, OPT_STR, OPT_OFF(struct cxl_feature_opts, selection), "SEL",
	  "get: which value to read (default current)", selections },
	{ "data-hex", 0, OPT_STR, OPT_OFF(struct cxl_feature_opts, data_hex), "HEX",
	  "set: the new feature data as hex" },
	{ "data", 0, OPT_STR, OPT_OFF(struct cxl_feature_opts, data_file), "FILE",
	  "set: the new feature data from FILE ('-' = stdin)" },
	{ "saved", 0, OPT_BOOL, OPT_OFF(struct cxl_feature_opts, saved), NULL,
	  "set: ask for the value to be saved across reset" },
	FWCTL_OPT_END
};

/* Completion of `features`: every known name, each once. */
static const char *const *features_next(int argc, char *const *argv)
{
	(void)argc;
	(void)argv;
	return cxl_feature_names();
}

/* Completion of `feature`: the action, then the feature names we know. */
static const char *const *feature_actions(void)
{
	static const char *const w[] = { "get", "set", NULL };

	return w;
}

/* After the feature of `set`: FIELD= for each field of its write layout. */
static const char *const *feature_next(int argc, char *const *argv)
{
	static const char *fields[64];
	const struct cxl_known_feat *k;
	size_t n = 0;

	if (argc == 1)
		return strcmp(argv[0], "get") && strcmp(argv[0], "set") ? NULL : cxl_feature_names();
	if (strcmp(argv[0], "set") || !(k = cxl_known_by_name(argv[1])) || !k->wr)
		return NULL;
	for (size_t i = 0; i < k->wr->n_fields && n + 1 < sizeof(fields) / sizeof(fields[0]); i++)
		if (k->wr->fields[i].kind != PRM_RESERVED && k->wr->fields[i].name)
			fields[n++] = k->wr->fields[i].name;
	fields[n] = NULL;
	return fwctl_assign_words(fields);
}

static const struct fwctl_cmd cxl_cmds[] = {
	{ .name = "features", .summary = "list the device's features: UUID, name, sizes, flags, "
	  "versions, set effects and the scope a set needs", .usage = "[FEATURE...]",
	  .positional = "FEATURE: a UUID or a name: every field of those features",
	  .complete_positional = cxl_feature_names, .complete_next = features_next,
	  .min_scope = FWCTL_RPC_CONFIGURATION,
	  .flags = CMD_NEEDS_DEV | CMD_SENDS_RPC, .run = cxl_cmd_features },
	{ .name = "feature", .summary = "read (get) or change (set) one feature's data",
	  .usage = "get FEATURE [--selection current|default|saved] | "
		   "set FEATURE (--data-hex HEX | --data FILE | FIELD=VALUE...) [--saved] --force",
	  .positional = "get|set, FEATURE: a UUID or a name from 'fwctl cxl features'; "
			"FIELD=VALUE: set fields of a known layout",
	  .opts = feature_opts, .opts_size = sizeof(struct cxl_feature_opts),
	  .min_scope = FWCTL_RPC_CONFIGURATION,
	  .flags = CMD_NEEDS_DEV | CMD_SENDS_RPC | CMD_MAY_WRITE | CMD_BINARY, .run = cxl_cmd_feature,
	  .complete_positional = feature_actions, .complete_next = feature_next },
};

/*
 * fwctl list --long: nothing to ask.  The kernel's fwctl cxl driver passes
 * only the Features commands, and none carries the firmware revision (Get
 * FW Info is not among them); the cxl core shows it in sysfs instead.
 */
static int cxl_firmware_version(struct fwctl_ctx *ctx, char *buf, size_t len)
{
	const char *md = ctx->dev && ctx->dev->memdev ? ctx->dev->memdev : "memN";

	snprintf(buf, len, "not reachable through fwctl (Features commands only); "
		 "see /sys/bus/cxl/devices/%s/firmware_version", md);
	return 1;
}

const struct fwctl_plugin fwctl_plugin_cxl = {
	.name = "cxl",
	.summary = "CXL memory device Features (Get/Set Feature mailbox commands)",
	.device_type = FWCTL_DEVICE_TYPE_CXL,
	.cmds = cxl_cmds,
	.n_cmds = FWCTL_ARRAY_SIZE(cxl_cmds),
	.drivers = cxl_drivers,
	.parent_buses = cxl_parent_buses,
	.rpc_policy = &cxl_rpc_policy,
	.report = cxl_report,
	.firmware_version = cxl_firmware_version,
};
