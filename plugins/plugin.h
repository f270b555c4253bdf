/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * The command table.  Every command, core or plugin, is one row: name,
 * summary, options, minimum scope, flags and handler.  Help, --list-cmds,
 * --list-opts, completion, man-page checks and `fwctl help --list -j` all
 * come from these rows.  Adding a vendor = one folder + one line in
 * plugins/registry.c.
 *
 * Handlers return 0, or -1 with ctx->err set.  They build a json-c tree and
 * hand it to fwctl_emit(); they never print data themselves and never call
 * exit().
 */
#ifndef FWCTL_PLUGIN_H
#define FWCTL_PLUGIN_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "../lib/abi.h"
#include "../lib/device.h"
#include "../lib/error.h"
#include "../lib/rpc.h"
#include "../output/out.h"

struct json_object;
struct fwctl_ctx;
struct fwctl_metrics;

/* ---- options: one declarative table per command ---- */

enum fwctl_opt_type {
	OPT_BOOL,     /* --flag */
	OPT_INCR,     /* -v -v: int counter */
	OPT_STR,      /* const char * */
	OPT_U32,      /* uint32_t, strict: decimal or 0x, range-checked */
	OPT_U64,      /* uint64_t */
	OPT_SIZE,     /* uint64_t with optional K/M/G suffix (powers of 1024) */
	OPT_DOUBLE,   /* double, >= 0 */
	OPT_STR_LIST, /* repeatable: struct fwctl_str_list */
};

struct fwctl_str_list {
	const char **v;
	size_t n;
};

struct fwctl_opt {
	const char *long_name;
	int short_name;            /* 0 if none */
	enum fwctl_opt_type type;
	size_t offset;             /* into the command's options struct */
	const char *argname;       /* "NAME" for --type NAME */
	const char *help;
	const char *const *choices;   /* NULL-terminated; validated + completed */
	/* Dynamic completion values (e.g. register names); may be NULL. */
	const char *const *(*complete)(void);
	/* When has_seen: a bool at seen_offset is set if the option was given
	 * (for options whose value 0 is meaningful, e.g. --index1 0). */
	bool has_seen;
	size_t seen_offset;
	/* The value may be left out (--sample, --sample 5, --sample=5): it is
	 * taken from the next argument only if that is a number; absent = 0. */
	bool optional_value;
	/* Giving it makes the command send a write (gated by the RPC layer):
	 * "writes" in `fwctl help --list -j`, for the policy test and tools. */
	bool writes;
	/* Giving it makes the command a sampled stream (CMD_STREAM): one
	 * device at a time, so --all refuses it. */
	bool streams;
	/* OPT_U32/OPT_U64: the largest value taken (0: the type's own), so
	 * that a value out of a field's range is a usage error at parse
	 * time, before any device is looked up. */
	uint64_t max;
};

#define FWCTL_OPT_END { 0 }
#define OPT_OFF(type, member) offsetof(type, member)

/* ---- commands and plugins ---- */

enum fwctl_cmd_flags {
	CMD_NEEDS_DEV  = 1u << 0,  /* main resolves -d, opens, checks the type */
	/* Some options or arguments make it send writes (the RPC layer
	 * gates each one: --force, audit, --dry-run); listed as "writes". */
	CMD_MAY_WRITE  = 1u << 1,
	CMD_BINARY     = 1u << 2,  /* --format=binary is meaningful */
	CMD_SENDS_RPC  = 1u << 3,  /* honours --dry-run, --timeout */
	CMD_HIDDEN     = 1u << 4,  /* not listed in help or completion */
	CMD_NO_JSON    = 1u << 5,  /* has no JSON form */
	CMD_STREAM     = 1u << 6,  /* JSON Lines output */
	/* Results hold firmware memory or machine details: a new -o FILE is 0600. */
	CMD_PRIVATE_OUTPUT = 1u << 7,
	/* Streams raw device data to -o FILE (or stdout) as it arrives. */
	CMD_STREAM_RAW = 1u << 8,
	/* Covers every device itself (list, report, metrics): no --all. */
	CMD_EVERY_DEVICE = 1u << 9,
	/* -o FILE is the command's own data (a dump, an NVM item), not its
	 * document: --all, whose one document -o names, refuses it. */
	CMD_OWN_OUTPUT = 1u << 10,
};

struct fwctl_cmd {
	const char *name;
	const char *summary;           /* one line */
	const char *usage;             /* arguments after the command name */
	const char *positional;        /* description of positional args, NULL = none allowed */
	const struct fwctl_opt *opts;  /* FWCTL_OPT_END-terminated, may be NULL */
	size_t opts_size;              /* sizeof the options struct run() receives */
	uint32_t min_scope;            /* lowest scope the command uses */
	unsigned int flags;
	int (*run)(struct fwctl_ctx *ctx, void *opts, int argc, char **argv);
	/* Completion of the first positional argument (e.g. register names). */
	const char *const *(*complete_positional)(void);
	/* Completion of a later one, given the argc positionals before it
	 * (the register's FIELD= words after its name); NULL = none. */
	const char *const *(*complete_next)(int argc, char *const *argv);
};

struct fwctl_parent_bus {
	const char *subsystem;   /* the parent's sysfs subsystem */
	const char *kind;        /* "parent_kind" in list -j */
};

struct fwctl_plugin {
	const char *name;              /* NULL for the core command set */
	const char *summary;
	int device_type;               /* enum fwctl_device_type, -1 = any */
	const struct fwctl_cmd *cmds;
	size_t n_cmds;
	/* Kernel drivers whose fwctl devices this plugin serves (the parent's
	 * bound driver), NULL-terminated: the device type before FWCTL_INFO
	 * confirms it.  May be NULL. */
	const char *const *drivers;
	/* Parent subsystems that are buses of this device type whose device
	 * names the function (a memory device "mem0": -d mem0, "memdev" in
	 * list), ending with { NULL }.  May be NULL: PCI parents need nothing. */
	const struct fwctl_parent_bus *parent_buses;
	/* What each RPC to this device type is and how to read its reply:
	 * lib/rpc.h.  Installed on every handle of the type, whichever
	 * command opened it (the raw `fwctl rpc` included). */
	const struct fwctl_rpc_policy *rpc_policy;
	/* fwctl info and report: the driver's FWCTL_INFO device data (len
	 * bytes as the kernel returned them, maybe 0) decoded into `into`
	 * (uid, uctx_caps and their names...).  Optional. */
	void (*device_data_json)(const uint8_t *data, uint32_t len, struct json_object *into);
	/*
	 * fwctl report: what can be read safely at the lowest scope (identity,
	 * key caps...), added to `into`.  Optional.  Returns 0 or -1 with
	 * ctx->err set; ctx->h is the opened device (writes refused, the
	 * per-device deadline set).  A -1 puts the error object in the device's
	 * place; a firmware refusal of one optional item is better reported in
	 * that item's place.  A "firmware_version" or "psid" string key is shown
	 * in the text summary.  Without this hook a device is reported with
	 * its identity only.  See Documentation/fwctl-report.8.scd.
	 */
	int (*report)(struct fwctl_ctx *ctx, struct json_object *into);
	/*
	 * fwctl report --include coredump: stream this device's coredump into
	 * the open archive entry through write(wctx, buf, len) (which returns
	 * 0 or -1 with ctx->err set), and describe it in `into` (segment,
	 * bytes, rpcs, sha256_hex...).  Optional; 0 or -1 with ctx->err set.
	 */
	int (*report_coredump)(struct fwctl_ctx *ctx, struct json_object *into,
			       int (*write)(void *wctx, const void *buf, size_t len), void *wctx);
	/*
	 * fwctl list --long: the firmware version the device runs, as one
	 * short string ("22.41.1000"), read at the lowest scope that gives it
	 * (ctx->h opened as for report: writes refused, deadline set).
	 * Optional.  Returns 0 with the version in buf, 1 when this device
	 * has no way to tell (buf then says why, for the JSON note), or -1
	 * with ctx->err set when asking failed.  Without the hook the column
	 * shows "-" and the note says the plugin cannot tell.
	 */
	int (*firmware_version)(struct fwctl_ctx *ctx, char *buf, size_t len);
	/*
	 * fwctl metrics: register families and add this device's samples
	 * (every sample labelled device="fwctlN") through output/metrics.h,
	 * and its firmware version for fwctl_device_info.  Reads only, at the
	 * lowest scopes (ctx->h has writes refused and the per-device
	 * deadline set).  Optional; 0 or -1 with ctx->err set: then the
	 * core drops what the device added and sets fwctl_scrape_error.
	 */
	int (*metrics)(struct fwctl_ctx *ctx, struct fwctl_metrics *m);
};

#define FWCTL_ARRAY_SIZE(a) (sizeof(a) / sizeof((a)[0]))

extern const struct fwctl_plugin *const fwctl_plugins[];
extern const size_t fwctl_n_plugins;
/* The plugin of a device type (enum fwctl_device_type), NULL if none is built in. */
const struct fwctl_plugin *fwctl_plugin_for_type(uint32_t type);
/* Teach lib/ the plugins' type names and drivers (fwctl_type_name(),
 * discovery's type guess); main calls it first. */
void fwctl_plugins_install_type_hooks(void);

/* ---- the per-run context handed to every handler ---- */

struct fwctl_ctx {
	const char *progname;
	const struct fwctl_plugin *plugin;
	const struct fwctl_cmd *cmd;

	/* global options */
	const char *device_name;       /* -d */
	bool all;                      /* --all: every device of the type */
	enum out_format format;        /* -j / --format */
	const char *output;            /* -o FILE ("-" = stdout) */
	int scope;                     /* --scope, -1 if not given */
	bool force;                    /* -f */
	int verbose;                   /* -v */
	bool quiet;                    /* -q */
	bool dry_run;                  /* --dry-run */
	double timeout;                /* --timeout seconds, 0 = none */

	/* prepared by main for CMD_NEEDS_DEV */
	struct fwctl_device_list devices;
	struct fwctl_device *dev;
	struct fwctl_handle *h;

	struct fwctl_err err;
	bool emitted;                  /* fwctl_emit() was called */
	/* --all: fwctl_emit() keeps the document here for the per-device
	 * result instead of writing it. */
	bool collect;
	struct json_object *collected;
	/* stdout carries raw data (-o - of a dump, --format=binary): an error
	 * document goes to stderr, stdout gets nothing more. */
	bool stdout_raw;

	/* The output of a sampled stream (fwctl_emit_stream): stdout, or -o
	 * FILE kept under a temp name until main commits it after run(). */
	struct atomic_file stream;
	bool stream_open;
	uint64_t stream_records;       /* records emitted so far */
};

/*
 * Emit the command's result in the chosen format: text/JSON from root
 * (consumed), binary from raw/raw_len (refused if NULL).  Writes to -o FILE
 * atomically or to stdout.
 */
int fwctl_emit(struct fwctl_ctx *ctx, struct json_object *root,
	       const void *raw, size_t raw_len);
/*
 * One JSON Lines record / one text block of a sampled stream (consumed),
 * flushed at once.  With -o FILE the records go to a temp file that main
 * links to FILE after run() (fwctl_stream_finish).  A stream is complete
 * at every record: a user stop (SIGINT, SIGTERM, SIGHUP) after the first
 * record keeps the records (exit 0); a failure drops them, so a failed
 * stream never appears under FILE.
 */
int fwctl_emit_stream(struct fwctl_ctx *ctx, struct json_object *record);
/* Main, after run(): end the stream with its summary record ({"summary":
 * {"samples", "interrupted", "signal"}}) and commit it if ret is 0 or the
 * user stopped it, else drop it; the new ret. */
int fwctl_stream_finish(struct fwctl_ctx *ctx, int ret);

/*
 * Open `path` ("-" = stdout) for the command's output: atomically, --force
 * to replace, a new file 0600 for CMD_PRIVATE_OUTPUT commands (else the
 * umask decides).  raw: the data is raw bytes, so on stdout an error
 * document goes to stderr (ctx->stdout_raw).  Warns when path looks like
 * a format name (-o json).  0 or -1 with ctx->err set.
 */
int fwctl_open_output(struct fwctl_ctx *ctx, const char *path, bool raw, struct atomic_file *af);

/*
 * Resolve -d, open the device, check its type and install the policy hooks
 * (--force, --dry-run, -v, --timeout, audit): what main does before run()
 * for CMD_NEEDS_DEV.  Commands whose device is optional (e.g. `query
 * --list` needs none) call it themselves when they need one.  Idempotent.
 */
int fwctl_prepare_device(struct fwctl_ctx *ctx);

/* Open ctx->dev, check its type and install the policy hooks: the part
 * of fwctl_prepare_device() after -d is resolved. */
int fwctl_open_device(struct fwctl_ctx *ctx);

/* The policy hooks of fwctl_prepare_device() on a handle the command
 * opened itself (fwctl report walks every device). */
void fwctl_install_policy(struct fwctl_ctx *ctx, struct fwctl_handle *h);

/*
 * --dry-run: what the command can decode about the write it did not send
 * (register fields before and after, the feature's new data), consumed.
 * Shown after the RPC lines in text, as "preview" in the -j document;
 * ignored without --dry-run.  Call it before the write's RPC.
 */
void fwctl_dry_run_preview(struct fwctl_ctx *ctx, struct json_object *preview);

/* For device_data_json hooks: the u32 at index (host order, 0 past len), and
 * "uctx_caps_names" from a bit-name table. */
uint32_t fwctl_devdata_u32(const uint8_t *data, uint32_t len, uint32_t index);
void fwctl_json_add_flag_names(struct json_object *o, uint32_t caps, const char *const *bits,
				int nbits);

/* The scope to use: --scope if given, else `min`; a --scope below min is
 * FWCTL_ERR_PERMISSION (exit 4) naming the scope needed. */
int fwctl_pick_scope(struct fwctl_ctx *ctx, uint32_t min, uint32_t *scope);

/* "NAME=" for each of fields (NULL-terminated), for complete_next: one
 * static list, valid until the next call. */
const char *const *fwctl_assign_words(const char *const *fields);

/* Strict number parsing shared by option parser and plugins (0x allowed). */
int fwctl_parse_u64(const char *s, uint64_t max, uint64_t *out);
/* Hex string (spaces, colons and a 0x prefix allowed) -> malloc'd bytes. */
int fwctl_parse_hex(const char *s, uint8_t **buf, size_t *len);
/* Read a whole file (or "-" = stdin), at most max bytes. */
int fwctl_read_file(const char *path, size_t max, uint8_t **buf, size_t *len,
		    struct fwctl_err *err);

/* Diagnostics on stderr, prefixed "fwctl <plugin> <cmd>: ". */
void fwctl_warn(struct fwctl_ctx *ctx, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));
void fwctl_info_msg(struct fwctl_ctx *ctx, const char *fmt, ...)   /* silenced by -q */
	__attribute__((format(printf, 2, 3)));

#endif
