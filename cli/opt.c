// SPDX-License-Identifier: GPL-2.0-or-later
#include <errno.h>
#include <getopt.h>
#include <stdlib.h>
#include <string.h>

#include <json-c/json.h>

#include "opt.h"
#include "../lib/suggest.h"

/* The choice arg names (in the table's spelling), or exit 2 naming them
 * all and the closest ones. */
static int check_choice(const struct fwctl_opt *o, const char **arg, struct fwctl_err *err)
{
	struct fwctl_suggest sg;
	char list[256] = "", hint[160];

	for (size_t i = 0; o->choices[i]; i++)
		if (fwctl_name_eq(*arg, o->choices[i])) {
			*arg = o->choices[i];
			return 0;
		}
	fwctl_suggest_init(&sg, *arg);
	for (size_t i = 0; o->choices[i]; i++) {
		strncat(list, i ? ", " : "", sizeof(list) - strlen(list) - 1);
		strncat(list, o->choices[i], sizeof(list) - strlen(list) - 1);
		fwctl_suggest_add(&sg, o->choices[i]);
	}
	return fwctl_err_set(err, FWCTL_ERR_USAGE, EINVAL, "invalid value '%s' for --%s (one of: %s)%s",
			     *arg, o->long_name, list, fwctl_suggest_text(&sg, hint, sizeof(hint)));
}

#define G(m) OPT_OFF(struct fwctl_global_opts, m)

static const char *const format_choices[] = { "text", "json", "binary", NULL };
static const char *const scope_choices[] = { "config", "debug-ro", "debug-write",
					     "debug-write-full", NULL };

const struct fwctl_opt fwctl_global_options[] = {
	{ "device", 'd', OPT_STR, G(device), "DEV",
	  "device: fwctlN, /dev/fwctl/fwctlN, PCI address, netdev, RDMA device or memory device (memN)" },
	{ "all", 0, OPT_BOOL, G(all), NULL,
	  "run a reading command on every device of its type, in parallel: one document" },
	{ "json", 'j', OPT_BOOL, G(json), NULL, "JSON output (same as --format=json)" },
	{ "format", 0, OPT_STR, G(format), "FMT", "output format", format_choices },
	{ "output", 'o', OPT_STR, G(output), "FILE", "write the result to FILE atomically ('-' = stdout)" },
	{ "scope", 0, OPT_STR, G(scope), "SCOPE", "raise the RPC scope", scope_choices },
	{ "force", 'f', OPT_BOOL, G(force), NULL,
	  "allow writes and write scopes (taints the kernel), overwrite -o FILE" },
	{ "verbose", 'v', OPT_INCR, G(verbose), NULL, "trace each RPC (and what a command counts) on stderr" },
	{ "quiet", 'q', OPT_BOOL, G(quiet), NULL, "no warnings or progress on stderr" },
	{ "dry-run", 0, OPT_BOOL, G(dry_run), NULL, "show the RPCs that would be sent, send nothing" },
	{ "timeout", 0, OPT_DOUBLE, G(timeout), "SECONDS", "bound the whole command's RPCs" },
	{ "help", 'h', OPT_BOOL, G(help), NULL, "show help" },
	{ "version", 0, OPT_BOOL, G(version), NULL, "show the version" },
	{ "list-cmds", 0, OPT_BOOL, G(list_cmds), NULL, "list commands (for completion)" },
	{ "list-plugins", 0, OPT_BOOL, G(list_plugins), NULL, "list plugins (for completion)" },
	{ "list-opts", 0, OPT_BOOL, G(list_opts), NULL, "list options (for completion)" },
	{ "list-values", 0, OPT_STR, G(list_values), "OPT", "list an option's values (for completion)" },
	FWCTL_OPT_END
};

static bool hidden(const struct fwctl_opt *o)
{
	return !strcmp(o->long_name, "list-cmds") || !strcmp(o->long_name, "list-plugins") || !strcmp(o->long_name, "list-opts") ||
	       !strcmp(o->long_name, "list-values");
}

static size_t count(const struct fwctl_opt *o)
{
	size_t n = 0;

	while (o && o[n].long_name)
		n++;
	return n;
}

const struct fwctl_opt *fwctl_opt_find(const struct fwctl_opt *opts, const char *long_name)
{
	for (size_t i = 0; opts && opts[i].long_name; i++)
		if (!strcmp(opts[i].long_name, long_name))
			return &opts[i];
	return NULL;
}

static int store_value(const struct fwctl_opt *o, void *store, const char *arg,
		       struct fwctl_err *err)
{
	char *p = (char *)store + o->offset;
	uint64_t v;

	if (o->has_seen)
		*(bool *)((char *)store + o->seen_offset) = true;
	switch (o->type) {
	case OPT_BOOL:
		*(bool *)p = true;
		return 0;
	case OPT_INCR:
		(*(int *)p)++;
		return 0;
	case OPT_STR:
		if (o->choices && check_choice(o, &arg, err))
			return -1;
		*(const char **)p = arg;
		return 0;
	case OPT_U32:
	case OPT_U64:
		if (fwctl_parse_u64(arg, o->type == OPT_U32 ? UINT32_MAX : UINT64_MAX, &v))
			return fwctl_err_set(err, FWCTL_ERR_USAGE, EINVAL,
					     "invalid number '%s' for --%s", arg, o->long_name);
		if (o->max && v > o->max)
			return fwctl_err_set(err, FWCTL_ERR_USAGE, ERANGE,
					     "--%s %s: out of range (at most %llu)", o->long_name, arg,
					     (unsigned long long)o->max);
		if (o->type == OPT_U32)
			*(uint32_t *)p = (uint32_t)v;
		else
			*(uint64_t *)p = v;
		return 0;
	case OPT_SIZE: {
		uint64_t mult = 1;
		size_t len = strlen(arg);
		char num[32];

		if (len && strchr("kKmMgG", arg[len - 1])) {
			mult = strchr("kK", arg[len - 1]) ? 1024 : strchr("mM", arg[len - 1]) ? 1048576
											  : 1073741824;
			len--;
		}
		if (!len || len >= sizeof(num))
			goto bad_size;
		memcpy(num, arg, len);
		num[len] = 0;
		if (fwctl_parse_u64(num, UINT64_MAX / mult, &v))
			goto bad_size;
		*(uint64_t *)p = v * mult;
		return 0;
bad_size:
		return fwctl_err_set(err, FWCTL_ERR_USAGE, EINVAL, "invalid size '%s' for --%s",
				     arg, o->long_name);
	}
	case OPT_DOUBLE: {
		char *end;
		double d;

		errno = 0;
		d = strtod(arg, &end);
		if (errno || end == arg || *end || d < 0 || d != d)
			return fwctl_err_set(err, FWCTL_ERR_USAGE, EINVAL,
					     "invalid value '%s' for --%s", arg, o->long_name);
		/* p points at the option's double field (offset into the ctx). */
		// cppcheck-suppress invalidPointerCast
		*(double *)p = d;
		return 0;
	}
	case OPT_STR_LIST: {
		struct fwctl_str_list *l = (struct fwctl_str_list *)p;
		const char **nv = realloc(l->v, (l->n + 1) * sizeof(*nv));

		if (!nv)
			return fwctl_err_set(err, FWCTL_ERR_FAILED, ENOMEM, "out of memory");
		l->v = nv;
		l->v[l->n++] = arg;
		return 0;
	}
	}
	return 0;
}

static bool takes_arg(const struct fwctl_opt *o)
{
	return o->type != OPT_BOOL && o->type != OPT_INCR;
}

/*
 * An optional value: "--sample=5" / "-n5" (getopt's optarg), else the next
 * argument if it is a number ("--sample 5", consumed), else none ("0").
 */
static const char *optional_value(int argc, char **argv)
{
	uint64_t v;

	if (optarg)
		return optarg;
	if (optind < argc && !fwctl_parse_u64(argv[optind], UINT64_MAX, &v))
		return argv[optind++];
	return "0";
}

/* getopt's '?' (unknown) or ':' (value missing) as a usage error. */
static int bad_option(int c, const char *bad, struct fwctl_err *err)
{
	if (c == ':')
		return fwctl_err_set(err, FWCTL_ERR_USAGE, EINVAL, "option '%s' needs a value", bad);
	if (optopt && optopt < 256)
		return fwctl_err_set(err, FWCTL_ERR_USAGE, EINVAL, "unknown option '-%c'", optopt);
	return fwctl_err_set(err, FWCTL_ERR_USAGE, EINVAL, "unknown option '%s'", bad);
}

/* getopt's answer c as an index into globals + cmd_opts (n in all). */
static bool option_index(int c, const struct fwctl_opt *cmd_opts, size_t ng, size_t n, size_t *idx)
{
	if (c >= 256) {
		*idx = (size_t)(c - 256);
		return true;
	}
	for (*idx = 0; *idx < n; (*idx)++) {
		const struct fwctl_opt *t = *idx < ng ? &fwctl_global_options[*idx]
						       : &cmd_opts[*idx - ng];
		if (t->short_name == c)
			return true;
	}
	return false;
}

int fwctl_opt_parse(int argc, char **argv, const struct fwctl_opt *cmd_opts, void *cmd_store,
		    struct fwctl_global_opts *g, bool stop_at_nonopt, int *first_pos,
		    struct fwctl_err *err)
{
	size_t ng = count(fwctl_global_options), nc = count(cmd_opts), n = ng + nc;
	struct option *lo = calloc(n + 1, sizeof(*lo));
	char shorts[128];
	size_t sl = 0;
	int ret = 0, c;

	if (!lo)
		return fwctl_err_set(err, FWCTL_ERR_FAILED, ENOMEM, "out of memory");
	shorts[sl++] = stop_at_nonopt ? '+' : '-';
	shorts[sl++] = ':';
	for (size_t i = 0; i < n; i++) {
		const struct fwctl_opt *o = i < ng ? &fwctl_global_options[i] : &cmd_opts[i - ng];

		lo[i].name = o->long_name;
		lo[i].has_arg = o->optional_value ? optional_argument
				: takes_arg(o) ? required_argument : no_argument;
		lo[i].val = 256 + (int)i;
		if (o->short_name && sl + 3 < sizeof(shorts)) {
			shorts[sl++] = (char)o->short_name;
			if (takes_arg(o))
				shorts[sl++] = ':';
			if (o->optional_value && sl + 2 < sizeof(shorts))
				shorts[sl++] = ':';
		}
	}
	shorts[sl] = 0;

	/* Positionals are collected in order and put back after the options. */
	char **pos = calloc((size_t)argc + 1, sizeof(*pos));
	int npos = 0;

	if (!pos) {
		free(lo);
		return fwctl_err_set(err, FWCTL_ERR_FAILED, ENOMEM, "out of memory");
	}
	optind = 0;   /* 0 = full re-initialisation (mode may change between calls) */
	opterr = 0;
	while (!ret && (c = getopt_long(argc, argv, shorts, lo, NULL)) != -1) {
		const struct fwctl_opt *o = NULL;
		size_t idx = 0;

		if (c == 1) {         /* '-' mode: a positional in place */
			pos[npos++] = optarg;
			continue;
		}
		if (c == '?' || c == ':') {
			ret = bad_option(c, argv[optind - 1], err);
			break;
		}
		if (!option_index(c, cmd_opts, ng, n, &idx))
			continue;
		o = idx < ng ? &fwctl_global_options[idx] : &cmd_opts[idx - ng];
		ret = store_value(o, idx < ng ? (void *)g : cmd_store,
				  o->optional_value ? optional_value(argc, argv) : optarg, err);
	}
	if (!ret) {
		/* Whatever follows (after "--" or the stop point) is positional. */
		for (int i = optind; i < argc; i++)
			pos[npos++] = argv[i];
		for (int i = 0; i < npos; i++)
			argv[argc - npos + i] = pos[i];
		*first_pos = argc - npos;
	}
	free(pos);
	free(lo);
	return ret;
}

bool fwctl_opt_given(const struct fwctl_opt *o, const void *store)
{
	const char *p = (const char *)store + o->offset;

	if (o->has_seen)
		return *(const bool *)((const char *)store + o->seen_offset);
	switch (o->type) {
	case OPT_BOOL:
		return *(const bool *)p;
	case OPT_INCR:
		return *(const int *)p != 0;
	case OPT_STR:
		return *(const char *const *)p != NULL;
	case OPT_U32:
		return *(const uint32_t *)p != 0;
	case OPT_U64:
	case OPT_SIZE:
		return *(const uint64_t *)p != 0;
	case OPT_DOUBLE: {
		double d;

		memcpy(&d, p, sizeof(d));
		return d != 0;
	}
	case OPT_STR_LIST:
		return ((const struct fwctl_str_list *)p)->n != 0;
	}
	return false;
}

void fwctl_opt_free(const struct fwctl_opt *opts, void *store)
{
	for (size_t i = 0; opts && opts[i].long_name; i++)
		if (opts[i].type == OPT_STR_LIST) {
			struct fwctl_str_list *l = (void *)((char *)store + opts[i].offset);

			free(l->v);
			l->v = NULL;
			l->n = 0;
		}
}

void fwctl_opt_print_help(FILE *f, const struct fwctl_opt *opts, const char *heading)
{
	if (!count(opts))
		return;
	fprintf(f, "\n%s:\n", heading);
	for (size_t i = 0; opts[i].long_name; i++) {
		const struct fwctl_opt *o = &opts[i];
		const char *name = o->argname ? o->argname : "VALUE";
		char left[64], arg[40] = "";

		if (hidden(o))
			continue;
		if (takes_arg(o))
			snprintf(arg, sizeof(arg), o->optional_value ? " [%s]" : " %s", name);
		if (o->short_name)
			snprintf(left, sizeof(left), "-%c, --%s%s", o->short_name, o->long_name, arg);
		else
			snprintf(left, sizeof(left), "    --%s%s", o->long_name, arg);
		fprintf(f, "  %-28s %s", left, o->help ? o->help : "");
		if (o->choices) {
			fputs(" (", f);
			for (size_t c = 0; o->choices[c]; c++)
				fprintf(f, "%s%s", c ? "|" : "", o->choices[c]);
			fputc(')', f);
		}
		fputc('\n', f);
	}
}

void fwctl_opt_list(FILE *f, const struct fwctl_opt *opts)
{
	for (size_t i = 0; opts && opts[i].long_name; i++) {
		if (hidden(&opts[i]))
			continue;
		/* A trailing '=' tells completion that a value follows. */
		fprintf(f, "--%s%s\n", opts[i].long_name, takes_arg(&opts[i]) ? "=" : "");
		if (opts[i].short_name)
			fprintf(f, "-%c%s\n", opts[i].short_name, takes_arg(&opts[i]) ? "=" : "");
	}
}

struct json_object *fwctl_opt_json(const struct fwctl_opt *opts)
{
	struct json_object *arr = json_object_new_array();

	for (size_t i = 0; opts && opts[i].long_name; i++) {
		const struct fwctl_opt *o = &opts[i];
		struct json_object *j = json_object_new_object();
		char s[3] = { '-', (char)o->short_name, 0 };

		json_object_object_add(j, "long", json_object_new_string(o->long_name));
		json_object_object_add(j, "short", o->short_name ? json_object_new_string(s) : NULL);
		json_object_object_add(j, "argument", takes_arg(o) && o->argname
				       ? json_object_new_string(o->argname) : NULL);
		json_object_object_add(j, "help", json_object_new_string(o->help ? o->help : ""));
		json_object_object_add(j, "writes", json_object_new_boolean(o->writes));
		json_object_object_add(j, "streams", json_object_new_boolean(o->streams));
		if (o->choices) {
			struct json_object *c = json_object_new_array();

			for (size_t k = 0; o->choices[k]; k++)
				json_object_array_add(c, json_object_new_string(o->choices[k]));
			json_object_object_add(j, "choices", c);
		}
		json_object_array_add(arr, j);
	}
	return arr;
}
