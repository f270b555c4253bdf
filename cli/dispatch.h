/* SPDX-License-Identifier: GPL-2.0-or-later */
#ifndef FWCTL_CLI_DISPATCH_H
#define FWCTL_CLI_DISPATCH_H

#include <stdio.h>

#include "../plugins/plugin.h"

/* The whole program: returns the exit code. */
int fwctl_main(int argc, char **argv);

/* Every fwctl device into ctx->devices, with the type of those whose
 * driver does not tell asked of the device when the plugin needs one
 * type and -d names none.  0, or -1 with ctx->err set. */
int fwctl_discover_typed(struct fwctl_ctx *ctx);

const struct fwctl_plugin *fwctl_find_plugin(const char *name);
const struct fwctl_cmd *fwctl_find_cmd(const struct fwctl_plugin *p, const char *name);
/* "; did you mean 'X'?" for a command name of p not found (with the
 * plugins' names too for the core's), in buf; "" when nothing is close. */
const char *fwctl_cmd_suggestion(const struct fwctl_plugin *p, const char *name, char *buf,
				 size_t len);
void fwctl_print_cmd_help(FILE *f, const struct fwctl_plugin *p, const struct fwctl_cmd *c);
void fwctl_print_main_help(FILE *f);
void fwctl_print_plugin_help(FILE *f, const struct fwctl_plugin *p);

#endif
