// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * From argv to a handler: global options, exact command lookup, the
 * command's options, the cross-cutting gates (format, --force, device
 * opening and type check), then errors to the documented exit codes.
 */
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <json-c/json.h>

#include "config.h"
#include "../lib/rpc.h"
#include "audit.h"
#include "dispatch.h"
#include "opt.h"

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

static volatile sig_atomic_t got_signal;

static void on_signal(int sig)
{
	fwctl_stop_signal = sig;
	got_signal = sig;
	/* unlink() only: safe in a handler.  The command then stops at its
	 * next RPC and main exits 130/143. */
	atomic_file_cleanup_all();
}

static void install_signals(void)
{
	struct sigaction sa;

	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = on_signal;     /* no SA_RESTART: a blocked ioctl returns EINTR */
	sigemptyset(&sa.sa_mask);
	sigaction(SIGINT, &sa, NULL);
	sigaction(SIGTERM, &sa, NULL);
}

/* --dry-run: each RPC that would be sent, as text lines or JSON records. */
static struct json_object *dry_run_log;

static void on_dry_run(void *vctx, const struct fwctl_handle *h, const void *vargs)
{
	const struct fwctl_rpc_args *a = vargs;
	struct fwctl_ctx *ctx = vctx;
	char *hex = out_hex_string(a->in, a->in_len);

	if (ctx->format == OUT_JSON) {
		struct json_object *r = json_object_new_object();

		json_object_object_add(r, "device", json_object_new_string(h->dev->name));
		json_object_object_add(r, "scope", json_object_new_string(fwctl_scope_name(a->scope)));
		json_object_object_add(r, "what", json_object_new_string(a->what ? a->what : ""));
		json_object_object_add(r, "in_len", json_object_new_int64((int64_t)a->in_len));
		json_object_object_add(r, "out_len", json_object_new_int64((int64_t)a->out_cap));
		json_object_object_add(r, "in_hex", json_object_new_string(hex ? hex : ""));
		if (!dry_run_log)
			dry_run_log = json_object_new_array();
		json_object_array_add(dry_run_log, r);
	} else {
		printf("would send to %s at scope %s: %s (in %zu bytes, out %zu bytes)\n",
		       h->dev->name, fwctl_scope_name(a->scope), a->what ? a->what : "RPC",
		       a->in_len, a->out_cap);
		out_hexdump(stdout, a->in, a->in_len);
	}
	free(hex);
}

static int apply_globals(struct fwctl_ctx *ctx, const struct fwctl_global_opts *g)
{
	ctx->device_name = g->device;
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

int fwctl_prepare_device(struct fwctl_ctx *ctx)
{
	const struct fwctl_plugin *p = ctx->plugin;
	bool unknown = false;

	if (ctx->h)
		return 0;

	if (fwctl_discover(&ctx->devices, &ctx->err))
		return -1;
	/* Default selection uses the bound driver; INFO below confirms. */
	for (size_t i = 0; i < ctx->devices.n; i++)
		if (ctx->devices.devs[i].type == FWCTL_DEVICE_TYPE_ERROR)
			unknown = true;
	if (!ctx->device_name && unknown && p->device_type >= 0)
		fwctl_device_list_probe(&ctx->devices);
	if (fwctl_resolve(&ctx->devices, ctx->device_name, p->device_type, p->name, &ctx->dev,
			  &ctx->err))
		return -1;
	if (fwctl_open(ctx->dev, &ctx->h, &ctx->err))
		return -1;
	if (p->device_type >= 0 && ctx->h->type != (uint32_t)p->device_type)
		return fwctl_err_set(&ctx->err, FWCTL_ERR_NO_DEVICE, ENODEV,
				     "'%s' is a%s %s device, not %s", ctx->dev->name,
				     ctx->h->type == FWCTL_DEVICE_TYPE_MLX5 ? "n" : "",
				     fwctl_type_name(ctx->h->type), p->name);
	fwctl_install_policy(ctx, ctx->h);
	return 0;
}

void fwctl_install_policy(struct fwctl_ctx *ctx, struct fwctl_handle *h)
{
	h->allow_write = ctx->force;
	h->dry_run = ctx->dry_run;
	h->verbose = ctx->verbose;
	h->audit = fwctl_audit_rpc;
	h->audit_ctx = ctx;
	h->on_dry_run = on_dry_run;
	h->on_dry_run_ctx = ctx;
	fwctl_set_timeout(h, ctx->timeout);
}

static void report_error(struct fwctl_ctx *ctx)
{
	const struct fwctl_err *e = &ctx->err;

	if (e->kind == FWCTL_ERR_DRY_RUN) {
		if (ctx->format == OUT_JSON) {
			struct json_object *o = json_object_new_object();

			json_object_object_add(o, "dry_run", json_object_new_boolean(1));
			json_object_object_add(o, "rpcs", dry_run_log ? dry_run_log : json_object_new_array());
			dry_run_log = NULL;
			out_render_json(stdout, o);
			json_object_put(o);
		}
		if (!ctx->quiet)
			fprintf(stderr, "fwctl: dry run: stopped before the first RPC; nothing was sent\n");
		return;
	}
	fprintf(stderr, "fwctl%s%s%s%s: %s\n", ctx->plugin && ctx->plugin->name ? " " : "",
		ctx->plugin && ctx->plugin->name ? ctx->plugin->name : "", ctx->cmd ? " " : "",
		ctx->cmd ? ctx->cmd->name : "", e->message);
	if (e->has_fw_status) {
		fprintf(stderr, "  firmware status 0x%x%s%s%s", e->fw_status,
			e->fw_status_name[0] ? " (" : "", e->fw_status_name,
			e->fw_status_name[0] ? ")" : "");
		/* Only mlx5 has a syndrome; "syndrome 0x0" elsewhere would mislead. */
		if (e->has_syndrome)
			fprintf(stderr, ", syndrome 0x%x", e->syndrome);
		fputc('\n', stderr);
	}
	/* One JSON document per run: only if the command printed none yet. */
	if (ctx->format == OUT_JSON && (!ctx->emitted || (ctx->cmd && (ctx->cmd->flags & CMD_STREAM)))) {
		struct json_object *o = out_error_object(e);

		if (ctx->cmd && (ctx->cmd->flags & CMD_STREAM))
			out_render_json_line(stdout, o);
		else
			out_render_json(stdout, o);
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
	if (got_signal && ret && ctx->err.kind != FWCTL_ERR_INTERRUPTED) {
		fwctl_err_reset(&ctx->err, FWCTL_ERR_INTERRUPTED, EINTR, "interrupted by signal %d",
				(int)got_signal);
	}
	if (ctx->err.kind == FWCTL_ERR_INTERRUPTED && !ctx->err.signo)
		ctx->err.signo = got_signal ? (int)got_signal : SIGINT;
	if (fwctl_err_is_set(&ctx->err)) {
		report_error(ctx);
		code = fwctl_err_exit_code(&ctx->err);
	}
	if (fflush(stdout) || ferror(stdout)) {
		fprintf(stderr, "fwctl: cannot write to stdout: %s\n", strerror(errno));
		if (!code)
			code = FWCTL_EXIT_ERROR;
	}
	fwctl_close(ctx->h);
	ctx->h = NULL;
	fwctl_device_list_free(&ctx->devices);
	if (dry_run_log) {
		json_object_put(dry_run_log);
		dry_run_log = NULL;
	}
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

/* --list-values=positional: what the command's first argument may be. */
static int list_positional(const struct fwctl_cmd *c)
{
	const char *const *v = c->complete_positional ? c->complete_positional() : NULL;

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

int fwctl_main(int argc, char **argv)
{
	struct fwctl_ctx ctx = { .progname = "fwctl", .scope = -1 };
	struct fwctl_global_opts g = { 0 };
	const struct fwctl_plugin *p = NULL;
	const struct fwctl_cmd *c = NULL;
	void *store = NULL;
	int pos, ret = -1, sub_argc;
	char **sub_argv;

	install_signals();
	fwctl_audit_set_cmdline(argc, argv);

	/* Global options before the command. */
	if (fwctl_opt_parse(argc, argv, NULL, NULL, &g, true, &pos, &ctx.err))
		goto out;
	if (g.version) {
		printf("fwctl %s\n", FWCTL_VERSION);
		ret = 0;
		goto out;
	}
	if (g.list_plugins) {
		for (size_t i = 0; i < fwctl_n_plugins; i++)
			if (fwctl_plugins[i]->name)
				printf("%s\n", fwctl_plugins[i]->name);
		ret = 0;
		goto out;
	}
	if (g.list_opts && pos >= argc) {
		fwctl_opt_list(stdout, fwctl_global_options);
		ret = 0;
		goto out;
	}
	if (g.list_cmds && pos >= argc) {
		list_all_cmds(stdout, NULL);
		ret = 0;
		goto out;
	}
	if (pos >= argc) {
		fwctl_print_main_help(g.help ? stdout : stderr);
		ret = g.help ? 0 : usage_error(&ctx, "%s", "no command given");
		goto out;
	}

	/* fwctl <plugin> <cmd> | fwctl <core-cmd> — exact names only. */
	p = fwctl_find_plugin(argv[pos]);
	if (p) {
		ctx.plugin = p;
		if (pos + 1 >= argc || argv[pos + 1][0] == '-') {
			const char *a = pos + 1 < argc ? argv[pos + 1] : "";

			if (!strcmp(a, "--list-cmds") || g.list_cmds) {
				list_all_cmds(stdout, p);
				ret = 0;
			} else if (!strcmp(a, "-h") || !strcmp(a, "--help") || g.help) {
				fwctl_print_plugin_help(stdout, p);
				ret = 0;
			} else {
				fwctl_print_plugin_help(stderr, p);
				ret = usage_error(&ctx, "no %s command given", p->name);
			}
			goto out;
		}
		c = fwctl_find_cmd(p, argv[pos + 1]);
		if (!c) {
			fwctl_print_plugin_help(stderr, p);
			ret = usage_error(&ctx, "unknown command '%s'", argv[pos + 1]);
			goto out;
		}
		pos++;
	} else {
		p = fwctl_plugins[0];
		c = fwctl_find_cmd(p, argv[pos]);
		if (!c) {
			ret = usage_error(&ctx, "unknown command '%s'; see 'fwctl --help'", argv[pos]);
			goto out;
		}
	}
	ctx.plugin = p;
	ctx.cmd = c;

	/* The command's own options, with the global ones accepted too. */
	store = calloc(1, c->opts_size ? c->opts_size : 1);
	if (!store) {
		fwctl_err_set(&ctx.err, FWCTL_ERR_FAILED, ENOMEM, "out of memory");
		goto out;
	}
	sub_argc = argc - pos;
	sub_argv = argv + pos;
	if (fwctl_opt_parse(sub_argc, sub_argv, c->opts, store, &g, false, &pos, &ctx.err)) {
		fprintf(stderr, "usage: fwctl %s%s%s [<options>]%s%s\n", p->name ? p->name : "",
			p->name ? " " : "", c->name, c->usage ? " " : "", c->usage ? c->usage : "");
		goto out;
	}
	if (g.help) {
		fwctl_print_cmd_help(stdout, p, c);
		ret = 0;
		goto out;
	}
	if (g.list_opts) {
		fwctl_opt_list(stdout, c->opts);
		fwctl_opt_list(stdout, fwctl_global_options);
		ret = 0;
		goto out;
	}
	if (g.list_values) {
		ret = !strcmp(g.list_values, "positional") ? list_positional(c)
							   : list_values(&ctx, c, g.list_values);
		goto out;
	}
	if (apply_globals(&ctx, &g))
		goto out;
	if (!c->positional && pos < sub_argc) {
		ret = usage_error(&ctx, "unexpected argument '%s'", sub_argv[pos]);
		goto out;
	}
	if (ctx.format == OUT_BINARY && !(c->flags & CMD_BINARY)) {
		ret = usage_error(&ctx, "%s", "this command has no binary output; use text or JSON");
		goto out;
	}
	if (ctx.format == OUT_JSON && (c->flags & CMD_NO_JSON)) {
		ret = usage_error(&ctx, "%s", "this command has no JSON output");
		goto out;
	}
	if (ctx.format == OUT_BINARY && !ctx.output && isatty(STDOUT_FILENO)) {
		ret = usage_error(&ctx, "%s",
				  "refusing to write binary data to a terminal; use -o FILE or a pipe");
		goto out;
	}
	if ((c->flags & CMD_WRITES) && !ctx.force && !ctx.dry_run) {
		char what[128];

		snprintf(what, sizeof(what), "run '%s', which changes the device", c->name);
		ret = fwctl_require_force(&ctx, what, c->min_scope >= FWCTL_RPC_DEBUG_WRITE);
		goto out;
	}
	if ((c->flags & CMD_NEEDS_DEV) && fwctl_prepare_device(&ctx))
		goto out;

	ret = c->run(&ctx, store, sub_argc - pos, sub_argv + pos);
	ret = fwctl_stream_finish(&ctx, ret);
out:
	/* A usage error found before apply_globals() still owes -j its JSON. */
	if (ctx.format != OUT_JSON && ctx.err.kind == FWCTL_ERR_USAGE && wants_json(argc, argv, &g))
		ctx.format = OUT_JSON;
	if (c && store)
		fwctl_opt_free(c->opts, store);
	free(store);
	return finish(&ctx, ret);
}
