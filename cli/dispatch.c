// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * From argv to a handler: global options, exact command lookup, the
 * command's options, the cross-cutting gates (format, --force, device
 * opening and type check), then errors to the documented exit codes.
 */
#include <ctype.h>
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <json-c/json.h>

#include "config.h"
#include "version.h"
#include "../lib/rpc.h"
#include "../lib/suggest.h"
#include "audit.h"
#include "all.h"
#include "dispatch.h"
#include "dryrun.h"
#include "opt.h"
#include "signals.h"

const struct fwctl_plugin *fwctl_find_plugin(const char *name)
{
	for (size_t i = 0; i < fwctl_n_plugins; i++)
		if (fwctl_plugins[i]->name && !strcmp(fwctl_plugins[i]->name, name))
			return fwctl_plugins[i];
	return NULL;
}

const struct fwctl_cmd *fwctl_find_cmd(const struct fwctl_plugin *p, const char *name)
{
	for (size_t i = 0; i < p->n_cmds; i++)
		if (!strcmp(p->cmds[i].name, name))
			return &p->cmds[i];
	return NULL;
}

void fwctl_print_cmd_help(FILE *f, const struct fwctl_plugin *p, const struct fwctl_cmd *c)
{
	fprintf(f, "usage: fwctl %s%s%s [<options>]%s%s\n\n%s\n", p->name ? p->name : "",
		p->name ? " " : "", c->name, c->usage ? " " : "", c->usage ? c->usage : "",
		c->summary);
	if (c->flags & CMD_SENDS_RPC)
		fprintf(f, "Lowest scope used: %s\n", fwctl_scope_name(c->min_scope));
	fwctl_opt_print_help(f, c->opts, "Options");
	fwctl_opt_print_help(f, fwctl_global_options, "Global options");
	fprintf(f, "\nSee fwctl-%s%s%s(8).\n", p->name ? p->name : "", p->name ? "-" : "", c->name);
}

static void list_cmds(FILE *f, const struct fwctl_plugin *p, int indent)
{
	for (size_t i = 0; i < p->n_cmds; i++)
		if (!(p->cmds[i].flags & CMD_HIDDEN))
			fprintf(f, "%*s%-16s %s\n", indent, "", p->cmds[i].name, p->cmds[i].summary);
}

void fwctl_print_plugin_help(FILE *f, const struct fwctl_plugin *p)
{
	fprintf(f, "usage: fwctl %s <command> [<options>]\n\n%s\n\nCommands:\n", p->name, p->summary);
	list_cmds(f, p, 2);
	fprintf(f, "\nRun 'fwctl %s <command> --help' or 'fwctl help %s <command>'.\n", p->name, p->name);
}

void fwctl_print_main_help(FILE *f)
{
	fputs("usage: fwctl [<options>] <command> [<args>]\n"
	      "       fwctl [<options>] <plugin> <command> [<args>]\n\n"
	      "Talk to device firmware through the Linux fwctl subsystem (/dev/fwctl).\n\n"
	      "Commands:\n", f);
	for (size_t i = 0; i < fwctl_n_plugins; i++)
		if (!fwctl_plugins[i]->name)
			list_cmds(f, fwctl_plugins[i], 2);
	fputs("\nPlugins:\n", f);
	for (size_t i = 0; i < fwctl_n_plugins; i++)
		if (fwctl_plugins[i]->name)
			fprintf(f, "  %-16s %s\n", fwctl_plugins[i]->name, fwctl_plugins[i]->summary);
	fwctl_opt_print_help(f, fwctl_global_options, "Global options");
	fputs("\nExit codes: 0 ok, 1 error, 2 usage, 3 no such device, 4 permission or scope\n"
	      "refused, 5 firmware error status, 6 not supported.  See fwctl(8).\n", f);
}

static void list_all_cmds(FILE *f, const struct fwctl_plugin *only)
{
	for (size_t i = 0; i < fwctl_n_plugins; i++) {
		const struct fwctl_plugin *p = fwctl_plugins[i];

		if (only && p != only)
			continue;
		if (!only && p->name) {
			fprintf(f, "%s\n", p->name);
			continue;
		}
		for (size_t c = 0; c < p->n_cmds; c++)
			if (!(p->cmds[c].flags & CMD_HIDDEN))
				fprintf(f, "%s\n", p->cmds[c].name);
	}
}

static int apply_globals(struct fwctl_ctx *ctx, const struct fwctl_global_opts *g)
{
	ctx->device_name = g->device;
	ctx->all = g->all;
	ctx->output = g->output;
	ctx->force = g->force;
	ctx->verbose = g->verbose;
	ctx->quiet = g->quiet;
	ctx->dry_run = g->dry_run;
	ctx->timeout = g->timeout;
	ctx->scope = g->scope ? fwctl_scope_from_name(g->scope) : -1;
	ctx->format = OUT_TEXT;
	if (g->format)
		ctx->format = !strcmp(g->format, "json") ? OUT_JSON
			    : !strcmp(g->format, "binary") ? OUT_BINARY : OUT_TEXT;
	if (g->json) {
		if (g->format && ctx->format != OUT_JSON)
			return fwctl_err_set(&ctx->err, FWCTL_ERR_USAGE, EINVAL,
					     "-j/--json conflicts with --format=%s", g->format);
		ctx->format = OUT_JSON;
	}
	return 0;
}

/*
 * Every device of the host, then the one -d names or the only one of the
 * plugin's type: "the only one", "which of these" and "no such device"
 * need them all.
 */
static int scan_and_resolve(struct fwctl_ctx *ctx)
{
	const struct fwctl_plugin *p = ctx->plugin;

	if (fwctl_discover_typed(ctx))
		return -1;
	return fwctl_resolve(&ctx->devices, ctx->device_name, p->device_type, p->name, &ctx->dev,
			     &ctx->err);
}

int fwctl_discover_typed(struct fwctl_ctx *ctx)
{
	bool unknown = false;

	if (fwctl_discover(&ctx->devices, &ctx->err))
		return -1;
	/* The type comes from the bound driver; only a device whose driver
	 * says nothing is asked (FWCTL_INFO).  The open confirms it. */
	for (size_t i = 0; i < ctx->devices.n; i++)
		unknown |= ctx->devices.devs[i].type == FWCTL_DEVICE_TYPE_ERROR;
	if (!ctx->device_name && unknown && ctx->plugin->device_type >= 0)
		fwctl_device_list_probe(&ctx->devices);
	return 0;
}

/*
 * -d NAME is found through NAME's own sysfs class, at a cost that does
 * not grow with the host.  FWCTL_RESOLVE_SCAN=1 takes the scan instead:
 * the tests and the benchmark compare the two.
 */
static int resolve_device(struct fwctl_ctx *ctx)
{
	const char *scan = getenv("FWCTL_RESOLVE_SCAN");

	if (ctx->device_name && !(scan && !strcmp(scan, "1")) &&
	    fwctl_lookup(ctx->device_name, &ctx->devices) == 0) {
		ctx->dev = &ctx->devices.devs[0];
		return 0;
	}
	return scan_and_resolve(ctx);
}

int fwctl_prepare_device(struct fwctl_ctx *ctx)
{
	if (ctx->h)
		return 0;
	if (resolve_device(ctx))
		return -1;
	return fwctl_open_device(ctx);
}

int fwctl_open_device(struct fwctl_ctx *ctx)
{
	const struct fwctl_plugin *p = ctx->plugin;

	if (fwctl_open(ctx->dev, &ctx->h, &ctx->err))
		return -1;
	if (p->device_type >= 0 && ctx->h->type != (uint32_t)p->device_type) {
		/* A type no built-in plugin names: say its number. */
		if (!fwctl_plugin_for_type(ctx->h->type))
			return fwctl_err_set(&ctx->err, FWCTL_ERR_NO_DEVICE, ENODEV,
					     "'%s' is a device of type %u (no plugin for it in "
					     "this build), not %s", ctx->dev->name, ctx->h->type,
					     p->name);
		return fwctl_err_set(&ctx->err, FWCTL_ERR_NO_DEVICE, ENODEV,
				     "'%s' is a device of type %s, not %s", ctx->dev->name,
				     fwctl_type_name(ctx->h->type), p->name);
	}
	fwctl_install_policy(ctx, ctx->h);
	return 0;
}

void fwctl_install_policy(struct fwctl_ctx *ctx, struct fwctl_handle *h)
{
	const struct fwctl_plugin *p = fwctl_plugin_for_type(h->type);

	h->policy = p ? p->rpc_policy : NULL;
	h->force = ctx->force;
	h->dry_run = ctx->dry_run;
	h->verbose = ctx->verbose;
	h->audit = fwctl_audit_rpc;
	h->audit_ctx = ctx;
	h->on_dry_run = fwctl_dry_run_record;
	h->on_dry_run_ctx = ctx;
	fwctl_set_timeout(h, ctx->timeout);
}

/* The message already gives the status ("status 0x3", "return code
 * 0x7e", "error 0x007e"): the status line would repeat it. */
static bool message_names_status(const struct fwctl_err *e)
{
	char s[2][32];

	snprintf(s[0], sizeof(s[0]), "0x%x", e->fw_status);
	snprintf(s[1], sizeof(s[1]), "0x%04x", e->fw_status);
	for (int i = 0; i < 2; i++) {
		const char *p = strstr(e->message, s[i]);

		/* Whole numbers only: "0x7e" is not in "0x7e00". */
		if (p && !isxdigit((unsigned char)p[strlen(s[i])]))
			return true;
	}
	return false;
}

static void report_error(struct fwctl_ctx *ctx)
{
	const struct fwctl_err *e = &ctx->err;
	/* Raw data on stdout (-o - of a dump): nothing may follow it there. */
	FILE *doc = ctx->stdout_raw ? stderr : stdout;

	if (e->kind == FWCTL_ERR_DRY_RUN) {
		fwctl_dry_run_report(ctx, doc);
		return;
	}
	fprintf(stderr, "fwctl%s%s%s%s: %s\n", ctx->plugin && ctx->plugin->name ? " " : "",
		ctx->plugin && ctx->plugin->name ? ctx->plugin->name : "", ctx->cmd ? " " : "",
		ctx->cmd ? ctx->cmd->name : "", e->message);
	if (e->has_fw_status && !message_names_status(e)) {
		fprintf(stderr, "  firmware status 0x%x%s%s%s", e->fw_status,
			e->fw_status_name[0] ? " (" : "", e->fw_status_name,
			e->fw_status_name[0] ? ")" : "");
		/* Only some firmware has a syndrome; "syndrome 0x0" elsewhere would mislead. */
		if (e->has_syndrome)
			fprintf(stderr, ", syndrome 0x%x", e->syndrome);
		fputc('\n', stderr);
	}
	/* One JSON document per run: only if the command printed none yet. */
	if (ctx->format == OUT_JSON && (!ctx->emitted || (ctx->cmd && (ctx->cmd->flags & CMD_STREAM)))) {
		struct json_object *o = out_error_object(e);

		if (ctx->cmd && (ctx->cmd->flags & CMD_STREAM))
			out_render_json_line(doc, o);
		else
			out_render_json(doc, o);
		json_object_put(o);
	}
}

static int finish(struct fwctl_ctx *ctx, int ret)
{
	int code = 0;

	if (ret && !fwctl_err_is_set(&ctx->err))
		fwctl_err_set(&ctx->err, FWCTL_ERR_FAILED, 0, "failed");
	/*
	 * A signal that came after the command completed (ret 0, result
	 * committed) changes nothing: exit 130 next to a complete -o FILE
	 * would break "no file on failure".
	 */
	if (fwctl_signal_received() && ret && ctx->err.kind != FWCTL_ERR_INTERRUPTED)
		fwctl_err_interrupted(&ctx->err);
	if (ctx->err.kind == FWCTL_ERR_INTERRUPTED && !ctx->err.signo)
		ctx->err.signo = fwctl_signal_received() ? fwctl_signal_received() : SIGINT;
	if (ret && fwctl_broken_pipe(&ctx->err)) {
		code = FWCTL_EXIT_BROKEN_PIPE;   /* the reader left: nothing to tell it */
	} else if (fwctl_err_is_set(&ctx->err)) {
		report_error(ctx);
		code = fwctl_err_exit_code(&ctx->err);
	}
	if (fflush(stdout) || ferror(stdout)) {
		int e = errno;

		if (e == EPIPE || fwctl_broken_pipe(NULL)) {
			if (!code)
				code = FWCTL_EXIT_BROKEN_PIPE;
		} else {
			fprintf(stderr, "fwctl: cannot write to stdout: %s\n", strerror(e));
			if (!code)
				code = FWCTL_EXIT_ERROR;
		}
	}
	fwctl_close(ctx->h);
	ctx->h = NULL;
	fwctl_device_list_free(&ctx->devices);
	fwctl_dry_run_free();
	return code;
}

static int usage_error(struct fwctl_ctx *ctx, const char *fmt, const char *arg)
	__attribute__((format(printf, 2, 0)));

static int usage_error(struct fwctl_ctx *ctx, const char *fmt, const char *arg)
{
	char msg[256];

#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wformat-nonliteral"
	/* Every caller passes a literal with one %s. */
	snprintf(msg, sizeof(msg), fmt, arg);
#pragma GCC diagnostic pop
	fwctl_err_set(&ctx->err, FWCTL_ERR_USAGE, EINVAL, "%s", msg);
	return -1;
}

static int list_values(struct fwctl_ctx *ctx, const struct fwctl_cmd *c, const char *name)
{
	const struct fwctl_opt *o = fwctl_opt_find(c ? c->opts : NULL, name);

	if (!o)
		o = fwctl_opt_find(fwctl_global_options, name);
	if (!o)
		return usage_error(ctx, "no option --%s", name);
	for (size_t i = 0; o->choices && o->choices[i]; i++)
		printf("%s\n", o->choices[i]);
	if (o->complete) {
		const char *const *v = o->complete();

		for (size_t i = 0; v && v[i]; i++)
			printf("%s\n", v[i]);
	}
	return 0;
}

/* --list-values=positional [WORD...]: what the command's next argument
 * may be after the positional words already on the line. */
static int list_positional(const struct fwctl_cmd *c, int argc, char *const *argv)
{
	const char *const *v = !argc ? (c->complete_positional ? c->complete_positional() : NULL)
			       : c->complete_next ? c->complete_next(argc, argv) : NULL;

	for (size_t i = 0; v && v[i]; i++)
		printf("%s\n", v[i]);
	return 0;
}

/*
 * Did the user ask for JSON?  Parsing may have stopped before -j was seen
 * (`fwctl -j rpc --scope 4`, `fwctl rpc --bogus -j`), so look at argv too;
 * "--" ends the options.
 */
static bool wants_json(int argc, char **argv, const struct fwctl_global_opts *g)
{
	if (g->json || (g->format && !strcmp(g->format, "json")))
		return true;
	for (int i = 1; i < argc && strcmp(argv[i], "--"); i++)
		if (!strcmp(argv[i], "-j") || !strcmp(argv[i], "--json") ||
		    !strcmp(argv[i], "--format=json") ||
		    (!strcmp(argv[i], "--format") && i + 1 < argc && !strcmp(argv[i + 1], "json")))
			return true;
	return false;
}

/* What fwctl_main() has found so far; each step below fills part of it. */
struct main_run {
	struct fwctl_ctx ctx;
	struct fwctl_global_opts g;
	const struct fwctl_plugin *p;
	const struct fwctl_cmd *c;
	void *store;            /* the command's options struct */
	int argc, pos, sub_argc;
	char **argv, **sub_argv;
	int ret;
};

/* A step's answer: go on, or stop with m->ret as the result. */
enum { STEP_GO = 0, STEP_DONE = 1 };

static int step_done(struct main_run *m, int ret)
{
	m->ret = ret;
	return STEP_DONE;
}

/* Global options before the command, and what they answer alone. */
static int main_globals(struct main_run *m)
{
	struct fwctl_global_opts *g = &m->g;

	if (fwctl_opt_parse(m->argc, m->argv, NULL, NULL, g, true, &m->pos, &m->ctx.err))
		return step_done(m, -1);
	if (g->version) {
		printf("fwctl %s\n", FWCTL_VERSION);
		return step_done(m, 0);
	}
	if (g->list_plugins) {
		for (size_t i = 0; i < fwctl_n_plugins; i++)
			if (fwctl_plugins[i]->name)
				printf("%s\n", fwctl_plugins[i]->name);
		return step_done(m, 0);
	}
	if (g->list_opts && m->pos >= m->argc) {
		fwctl_opt_list(stdout, fwctl_global_options);
		return step_done(m, 0);
	}
	if (g->list_cmds && m->pos >= m->argc) {
		list_all_cmds(stdout, NULL);
		return step_done(m, 0);
	}
	/* fwctl --scope <TAB>: the values of a global option, no command. */
	if (g->list_values && m->pos >= m->argc)
		return step_done(m, list_values(&m->ctx, NULL, g->list_values));
	if (m->pos >= m->argc) {
		fwctl_print_main_help(g->help ? stdout : stderr);
		return step_done(m, g->help ? 0 : usage_error(&m->ctx, "%s", "no command given"));
	}
	return STEP_GO;
}

const char *fwctl_cmd_suggestion(const struct fwctl_plugin *p, const char *name, char *buf,
				 size_t len)
{
	struct fwctl_suggest sg;

	fwctl_suggest_init(&sg, name);
	for (size_t i = 0; i < p->n_cmds; i++)
		if (!(p->cmds[i].flags & CMD_HIDDEN))
			fwctl_suggest_add(&sg, p->cmds[i].name);
	for (size_t i = 0; !p->name && i < fwctl_n_plugins; i++)
		fwctl_suggest_add(&sg, fwctl_plugins[i]->name);
	return fwctl_suggest_text(&sg, buf, len);
}

/* "unknown command 'X'" with the closest names of p's commands (and, for
 * a core-level word, of the plugins). */
static int unknown_command(struct main_run *m, const struct fwctl_plugin *p, const char *name,
			   const char *tail)
{
	char hint[160];

	return fwctl_err_set(&m->ctx.err, FWCTL_ERR_USAGE, EINVAL, "unknown command '%s'%s%s", name,
			     fwctl_cmd_suggestion(p, name, hint, sizeof(hint)), tail);
}

/* fwctl <plugin> <cmd> | fwctl <core-cmd>: exact names only. */
static int main_find_command(struct main_run *m)
{
	const struct fwctl_plugin *p = fwctl_find_plugin(m->argv[m->pos]);
	int pos = m->pos, sub = 1;

	if (p) {
		m->ctx.plugin = p;
		/* Global options may also sit between the plugin and its
		 * command: fwctl PLUGIN -d DEV COMMAND. */
		if (pos + 1 < m->argc && m->argv[pos + 1][0] == '-' &&
		    fwctl_opt_parse(m->argc - pos, m->argv + pos, NULL, NULL, &m->g, true, &sub,
				    &m->ctx.err))
			return step_done(m, -1);
		if (pos + sub >= m->argc) {
			if (m->g.list_cmds) {
				list_all_cmds(stdout, p);
				return step_done(m, 0);
			}
			if (m->g.help) {
				fwctl_print_plugin_help(stdout, p);
				return step_done(m, 0);
			}
			fwctl_print_plugin_help(stderr, p);
			return step_done(m, usage_error(&m->ctx, "no %s command given", p->name));
		}
		if (!strcmp(m->argv[pos + sub], "help") && !fwctl_find_cmd(p, "help")) {
			/* fwctl PLUGIN help [COMMAND], as nvme-cli's plugins
			 * take it: run as fwctl help PLUGIN [COMMAND]. */
			m->argv[pos + sub] = m->argv[pos];
			m->argv[pos] = "help";
			return main_find_command(m);
		}
		m->c = fwctl_find_cmd(p, m->argv[pos + sub]);
		if (!m->c) {
			fwctl_print_plugin_help(stderr, p);
			return step_done(m, unknown_command(m, p, m->argv[pos + sub], ""));
		}
		m->pos += sub;
	} else {
		p = fwctl_plugins[0];
		m->c = fwctl_find_cmd(p, m->argv[pos]);
		if (!m->c)
			return step_done(m, unknown_command(m, p, m->argv[pos], "; see 'fwctl --help'"));
	}
	m->p = m->ctx.plugin = p;
	m->ctx.cmd = m->c;
	return STEP_GO;
}

/* The command's own options, with the global ones accepted too. */
static int main_command_options(struct main_run *m)
{
	const struct fwctl_cmd *c = m->c;
	const struct fwctl_plugin *p = m->p;

	m->store = calloc(1, c->opts_size ? c->opts_size : 1);
	if (!m->store) {
		fwctl_err_set(&m->ctx.err, FWCTL_ERR_FAILED, ENOMEM, "out of memory");
		return step_done(m, -1);
	}
	m->sub_argc = m->argc - m->pos;
	m->sub_argv = m->argv + m->pos;
	if (fwctl_opt_parse(m->sub_argc, m->sub_argv, c->opts, m->store, &m->g, false, &m->pos,
			    &m->ctx.err)) {
		fprintf(stderr, "usage: fwctl %s%s%s [<options>]%s%s\n", p->name ? p->name : "",
			p->name ? " " : "", c->name, c->usage ? " " : "", c->usage ? c->usage : "");
		return step_done(m, -1);
	}
	if (m->g.help) {
		fwctl_print_cmd_help(stdout, p, c);
		return step_done(m, 0);
	}
	if (m->g.list_opts) {
		fwctl_opt_list(stdout, c->opts);
		fwctl_opt_list(stdout, fwctl_global_options);
		return step_done(m, 0);
	}
	if (m->g.list_values)
		return step_done(m, !strcmp(m->g.list_values, "positional")
				 ? list_positional(c, m->sub_argc - m->pos, m->sub_argv + m->pos)
				 : list_values(&m->ctx, c, m->g.list_values));
	return STEP_GO;
}

/* The cross-cutting rules every command obeys before it runs. */
static int main_check_invocation(struct main_run *m)
{
	struct fwctl_ctx *ctx = &m->ctx;
	const struct fwctl_cmd *c = m->c;

	if (apply_globals(ctx, &m->g))
		return step_done(m, -1);
	if (!c->positional && m->pos < m->sub_argc)
		return step_done(m, usage_error(ctx, "unexpected argument '%s'", m->sub_argv[m->pos]));
	if (ctx->format == OUT_BINARY && !(c->flags & CMD_BINARY))
		return step_done(m, usage_error(ctx, "%s",
						"this command has no binary output; use text or JSON"));
	if (ctx->format == OUT_JSON && (c->flags & CMD_NO_JSON))
		return step_done(m, usage_error(ctx, "%s", "this command has no JSON output"));
	if (ctx->format == OUT_BINARY && !ctx->output && isatty(STDOUT_FILENO))
		return step_done(m, usage_error(ctx, "%s", "refusing to write binary data to a "
						"terminal; use -o FILE or a pipe"));
	if (ctx->all && fwctl_all_check(ctx, m->store))
		return step_done(m, -1);
	/* Below the lowest scope the command uses nothing can work: say so
	 * before any RPC, the same way for every command. */
	if ((c->flags & CMD_SENDS_RPC) && ctx->scope >= 0 && (uint32_t)ctx->scope < c->min_scope) {
		uint32_t scope;

		return step_done(m, fwctl_pick_scope(ctx, c->min_scope, &scope));
	}
	return STEP_GO;
}

int fwctl_main(int argc, char **argv)
{
	struct main_run m = { .ctx = { .progname = "fwctl", .scope = -1 },
			      .argc = argc, .argv = argv, .ret = -1 };

	fwctl_signals_install();
	fwctl_audit_set_cmdline(argc, argv);
	fwctl_plugins_install_type_hooks();

	if (main_globals(&m) == STEP_GO && main_find_command(&m) == STEP_GO &&
	    main_command_options(&m) == STEP_GO && main_check_invocation(&m) == STEP_GO) {
		if (m.ctx.all) {
			m.ret = fwctl_run_all(&m.ctx, m.store, m.sub_argc - m.pos, m.sub_argv + m.pos);
		} else if ((m.c->flags & CMD_NEEDS_DEV) && fwctl_prepare_device(&m.ctx)) {
			m.ret = -1;
		} else {
			m.ret = m.c->run(&m.ctx, m.store, m.sub_argc - m.pos, m.sub_argv + m.pos);
			m.ret = fwctl_stream_finish(&m.ctx, m.ret);
		}
	}
	/* A usage error found before apply_globals() still owes -j its JSON. */
	if (m.ctx.format != OUT_JSON && m.ctx.err.kind == FWCTL_ERR_USAGE &&
	    wants_json(argc, argv, &m.g))
		m.ctx.format = OUT_JSON;
	if (m.c && m.store)
		fwctl_opt_free(m.c->opts, m.store);
	free(m.store);
	return finish(&m.ctx, m.ret);
}
