/* SPDX-License-Identifier: GPL-2.0-or-later */
/* Option parsing over getopt_long, driven by the declarative tables. */
#ifndef FWCTL_CLI_OPT_H
#define FWCTL_CLI_OPT_H

#include <stdio.h>

#include "../plugins/plugin.h"

/* Global options, accepted before the command and after it. */
struct fwctl_global_opts {
	const char *device;
	bool all;
	bool json;
	const char *format;
	const char *output;
	const char *scope;
	bool force;
	int verbose;
	bool quiet;
	bool dry_run;
	double timeout;
	bool help;
	bool version;
	bool list_cmds;
	bool list_plugins;
	bool list_opts;
	const char *list_values;
};

extern const struct fwctl_opt fwctl_global_options[];

/*
 * Parse argv (argv[0] is the command name) against the global table and
 * `cmd_opts` (may be NULL).  When stop_at_nonopt, parsing ends at the
 * first non-option (used before the command name).  Positionals are moved
 * to the end; *first_pos receives their index.  Returns 0 or -1 with err.
 */
int fwctl_opt_parse(int argc, char **argv, const struct fwctl_opt *cmd_opts, void *cmd_store,
		    struct fwctl_global_opts *g, bool stop_at_nonopt, int *first_pos,
		    struct fwctl_err *err);
/* Was option o given a value in a parsed store? */
bool fwctl_opt_given(const struct fwctl_opt *o, const void *store);
/* Free OPT_STR_LIST arrays in a parsed store. */
void fwctl_opt_free(const struct fwctl_opt *opts, void *store);

void fwctl_opt_print_help(FILE *f, const struct fwctl_opt *opts, const char *heading);
void fwctl_opt_list(FILE *f, const struct fwctl_opt *opts);
const struct fwctl_opt *fwctl_opt_find(const struct fwctl_opt *opts, const char *long_name);
/* Option table as JSON array (for help --list -j). */
struct json_object *fwctl_opt_json(const struct fwctl_opt *opts);

#endif
