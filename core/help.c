// SPDX-License-Identifier: GPL-2.0-or-later
/* fwctl help [PLUGIN] [COMMAND], fwctl help --list [-j]. */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include <json-c/json.h>

#include "config.h"
#include "../cli/all.h"
#include "../cli/dispatch.h"
#include "../cli/opt.h"
#include "core.h"

static struct json_object *flags_json(const struct fwctl_cmd *c)
{
	struct json_object *o = json_object_new_object();
	unsigned int f = c->flags;

	json_object_object_add(o, "needs_device", json_object_new_boolean(f & CMD_NEEDS_DEV));
	json_object_object_add(o, "writes", json_object_new_boolean(f & CMD_MAY_WRITE));
	json_object_object_add(o, "binary", json_object_new_boolean(f & CMD_BINARY));
	json_object_object_add(o, "sends_rpc", json_object_new_boolean(f & CMD_SENDS_RPC));
	json_object_object_add(o, "json_lines", json_object_new_boolean(f & CMD_STREAM));
	json_object_object_add(o, "private_output", json_object_new_boolean(f & CMD_PRIVATE_OUTPUT));
	json_object_object_add(o, "streams_raw", json_object_new_boolean(f & CMD_STREAM_RAW));
	json_object_object_add(o, "all", json_object_new_boolean(fwctl_cmd_takes_all(c)));
	return o;
}

static int help_list(struct fwctl_ctx *ctx)
{
	struct json_object *root = json_object_new_object(), *cmds = json_object_new_array();

	for (size_t i = 0; i < fwctl_n_plugins; i++) {
		const struct fwctl_plugin *p = fwctl_plugins[i];

		for (size_t c = 0; c < p->n_cmds; c++) {
			const struct fwctl_cmd *cmd = &p->cmds[c];
			struct json_object *o;

			if (cmd->flags & CMD_HIDDEN)
				continue;
			o = json_object_new_object();
			json_object_object_add(o, "plugin", p->name ? json_object_new_string(p->name) : NULL);
			json_object_object_add(o, "command", json_object_new_string(cmd->name));
			json_object_object_add(o, "summary", json_object_new_string(cmd->summary));
			json_object_object_add(o, "usage", json_object_new_string(cmd->usage ? cmd->usage : ""));
			json_object_object_add(o, "device_type", p->device_type >= 0
					       ? json_object_new_string(fwctl_type_name((uint32_t)p->device_type))
					       : NULL);
			json_object_object_add(o, "min_scope", cmd->flags & CMD_SENDS_RPC
					       ? json_object_new_string(fwctl_scope_name(cmd->min_scope))
					       : NULL);
			json_object_object_add(o, "flags", flags_json(cmd));
			json_object_object_add(o, "options", fwctl_opt_json(cmd->opts));
			json_object_array_add(cmds, o);
		}
	}
	json_object_object_add(root, "commands", cmds);
	if (ctx->format == OUT_TEXT) {
		/* The text form is the table without the option lists. */
		for (size_t i = 0; i < json_object_array_length(cmds); i++) {
			struct json_object *o = json_object_array_get_idx(cmds, i);

			json_object_object_del(o, "options");
			json_object_object_del(o, "flags");
			json_object_object_del(o, "usage");
		}
	}
	return fwctl_emit(ctx, root, NULL, 0);
}

/* man fwctl-<plugin>-<cmd>; when man or the page is missing, -h text. */
static int show_man(const char *page)
{
	pid_t pid;
	int status;

	fflush(stdout);
	pid = fork();
	if (pid == 0) {
		int devnull = open("/dev/null", O_WRONLY);

		if (devnull >= 0 && !isatty(STDOUT_FILENO))
			dup2(devnull, STDERR_FILENO);
		execlp("man", "man", "8", page, (char *)NULL);
		_exit(127);
	}
	if (pid < 0 || waitpid(pid, &status, 0) < 0)
		return -1;
	return WIFEXITED(status) && WEXITSTATUS(status) == 0 ? 0 : -1;
}

const char *const *help_words(void)
{
	static const char **v;
	size_t n = 0;

	if (v)
		return v;
	for (size_t i = 0; i < fwctl_n_plugins; i++)
		n += fwctl_plugins[i]->name ? 1 : fwctl_plugins[i]->n_cmds;
	v = calloc(n + 1, sizeof(*v));
	n = 0;
	for (size_t i = 0; v && i < fwctl_n_plugins; i++) {
		const struct fwctl_plugin *p = fwctl_plugins[i];

		for (size_t c = 0; !p->name && c < p->n_cmds; c++)
			v[n++] = p->cmds[c].name;
		if (p->name)
			v[n++] = p->name;
	}
	return v;
}

/* fwctl help PLUGIN <TAB>: that plugin's commands. */
const char *const *help_next_words(int argc, char *const *argv)
{
	static const char *v[64];
	const struct fwctl_plugin *p = argc == 1 ? fwctl_find_plugin(argv[0]) : NULL;
	size_t n = 0;

	for (size_t c = 0; p && c < p->n_cmds && n + 1 < sizeof(v) / sizeof(v[0]); c++)
		if (!(p->cmds[c].flags & CMD_HIDDEN))
			v[n++] = p->cmds[c].name;
	v[n] = NULL;
	return p ? v : NULL;
}

int cmd_help(struct fwctl_ctx *ctx, void *vopts, int argc, char **argv)
{
	struct help_opts *o = vopts;
	const struct fwctl_plugin *p = fwctl_plugins[0];
	const struct fwctl_cmd *c = NULL;
	char page[128], hint[160];

	if (o->list)
		return help_list(ctx);
	if (argc == 0) {
		fwctl_print_main_help(stdout);
		return 0;
	}
	if (argc > 2)
		return fwctl_err_set(&ctx->err, FWCTL_ERR_USAGE, EINVAL, "usage: fwctl help [PLUGIN] [COMMAND]");
	if (fwctl_find_plugin(argv[0])) {
		p = fwctl_find_plugin(argv[0]);
		if (argc == 2 && !(c = fwctl_find_cmd(p, argv[1])))
			return fwctl_err_set(&ctx->err, FWCTL_ERR_USAGE, EINVAL,
					     "no %s command '%s'%s", p->name, argv[1],
					     fwctl_cmd_suggestion(p, argv[1], hint, sizeof(hint)));
	} else if (argc == 1 && (c = fwctl_find_cmd(p, argv[0]))) {
		;
	} else {
		return fwctl_err_set(&ctx->err, FWCTL_ERR_USAGE, EINVAL, "no command '%s'%s", argv[0],
				     fwctl_cmd_suggestion(p, argv[0], hint, sizeof(hint)));
	}
	snprintf(page, sizeof(page), "fwctl%s%s%s%s", p->name ? "-" : "", p->name ? p->name : "",
		 c ? "-" : "", c ? c->name : "");
	if (isatty(STDOUT_FILENO) && show_man(page) == 0)
		return 0;
	if (c)
		fwctl_print_cmd_help(stdout, p, c);
	else
		fwctl_print_plugin_help(stdout, p);
	return 0;
}
