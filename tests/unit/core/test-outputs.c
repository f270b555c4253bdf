// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * Outputs that never lie: UTF-8 repair in the JSON renderer, signal exit
 * codes, optional option values, input files that are directories.
 */
#include <errno.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>

#include <json-c/json.h>

#include "../../../cli/opt.h"
#include "../../../cli/signals.h"
#include "../../../plugins/plugin.h"
#include "../../tap.h"

/* out_utf8_fix(in) as a string: in itself when valid. */
static const char *fixed(const char *in, char **to_free)
{
	size_t n = 0;
	char *f = out_utf8_fix(in, strlen(in), &n);

	*to_free = f;
	if (f)
		ok(n == strlen(f), "out_len is the repaired length");
	return f ? f : in;
}

static void test_utf8(void)
{
	static const struct { const char *in, *out; } cases[] = {
		{ "fwctl0", "fwctl0" },
		{ "gr\xc3\xbc\xc3\x9f \xe2\x82\xac \xf0\x9f\x98\x80", "gr\xc3\xbc\xc3\x9f \xe2\x82\xac \xf0\x9f\x98\x80" },
		{ "fw\xff" "ctl0", "fw\xef\xbf\xbd" "ctl0" },
		{ "\x80", "\xef\xbf\xbd" },
		{ "\xc0\xaf", "\xef\xbf\xbd\xef\xbf\xbd" },           /* overlong '/' */
		{ "\xe0\x80\xaf", "\xef\xbf\xbd\xef\xbf\xbd\xef\xbf\xbd" },
		{ "\xed\xa0\x80", "\xef\xbf\xbd\xef\xbf\xbd\xef\xbf\xbd" }, /* surrogate D800 */
		{ "\xf4\x90\x80\x80", "\xef\xbf\xbd\xef\xbf\xbd\xef\xbf\xbd\xef\xbf\xbd" },
		{ "\xe2\x82", "\xef\xbf\xbd" },                       /* truncated: one U+FFFD */
		{ "\xe2\x82" "x", "\xef\xbf\xbd" "x" },
		{ "\xf0\x9f\x98", "\xef\xbf\xbd" },
		{ "a\xf5" "z", "a\xef\xbf\xbd" "z" },
	};

	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		char *f;

		is_str(fixed(cases[i].in, &f), cases[i].out, "case %zu repaired as expected", i);
		ok(!strcmp(cases[i].in, cases[i].out) == !f, "case %zu: a copy only when something was invalid", i);
		free(f);
	}
}

/* A document with a raw 0xff in a key and a value renders as valid JSON. */
static void test_render_utf8(void)
{
	struct json_object *o = json_object_new_object(), *back;
	char *buf = NULL;
	size_t len = 0;
	FILE *m = open_memstream(&buf, &len);
	struct json_tokener *tok = json_tokener_new();

	json_object_object_add(o, "psid\xff", json_object_new_string("MT_\xfe\x00"));
	out_render_json(m, o);
	fclose(m);
	json_tokener_set_flags(tok, JSON_TOKENER_STRICT | JSON_TOKENER_VALIDATE_UTF8);
	back = json_tokener_parse_ex(tok, buf, (int)len - 1);
	ok(back != NULL, "a document with raw 0xff bytes parses with UTF-8 validation");
	ok(back && json_object_object_get_ex(back, "psid\xef\xbf\xbd", NULL), "the key's 0xff became U+FFFD");
	ok(strstr(buf, "MT_\xef\xbf\xbd\"") != NULL, "the value's 0xfe became U+FFFD");
	json_object_put(back);
	json_tokener_free(tok);
	json_object_put(o);
	free(buf);
}

/* Text: a long *_hex value is a hex dump, repeated lines once as "*";
 * a short one, or one that is not hex, stays a line. */
static void test_render_hex_block(void)
{
	struct json_object *o = json_object_new_object();
	char hex[2 * 80 + 1], *buf = NULL;
	size_t len = 0;
	FILE *m = open_memstream(&buf, &len);

	for (int i = 0; i < 80; i++)
		snprintf(hex + 2 * i, 3, "%02x", i < 16 ? i : i == 79 ? 0xff : 0);
	json_object_object_add(o, "out_hex", json_object_new_string(hex));
	json_object_object_add(o, "short_hex", json_object_new_string("0x1234"));
	json_object_object_add(o, "name_hex", json_object_new_string(
		"not hex at all, but long enough to be more than sixty-four characters"));
	out_render_text(m, o);
	fclose(m);
	ok(strstr(buf, "out_hex (80 bytes):\n  00000000  00 01 02 03") != NULL,
	   "a long *_hex value: a dump with its length");
	ok(strstr(buf, "  00000010  00 00") && strstr(buf, "\n  *\n") &&
	   strstr(buf, "  00000040  00 00 00 00 00 00 00 00  00 00 00 00 00 00 00 ff") &&
	   !strstr(buf, "  00000020"), "repeated lines once as '*', the last line always shown");
	ok(strstr(buf, "short_hex : 0x1234") != NULL, "a short *_hex value stays a line");
	ok(strstr(buf, "name_hex  : not hex at all") != NULL, "a long value that is not hex stays a line");
	json_object_put(o);
	free(buf);
}

static void test_exit_codes(void)
{
	static const int sigs[][2] = { { SIGHUP, 129 }, { SIGINT, 130 }, { SIGQUIT, 131 },
				       { SIGPIPE, 141 }, { SIGTERM, 143 } };
	struct fwctl_err e = { 0 };

	for (size_t i = 0; i < sizeof(sigs) / sizeof(sigs[0]); i++) {
		fwctl_err_reset(&e, FWCTL_ERR_INTERRUPTED, EINTR, "interrupted");
		e.signo = sigs[i][0];
		is_int(fwctl_err_exit_code(&e), sigs[i][1], "signal %d exits %d", sigs[i][0], sigs[i][1]);
	}
	e.signo = 0;
	is_int(fwctl_err_exit_code(&e), 130, "interrupted without a signal number: 130");
	is_str(fwctl_signal_name(SIGHUP), "SIGHUP", "signal names");
	ok(fwctl_signal_is_user_stop(SIGHUP) && fwctl_signal_is_user_stop(SIGINT) &&
	   fwctl_signal_is_user_stop(SIGTERM), "HUP, INT and TERM are user stops");
	ok(!fwctl_signal_is_user_stop(SIGQUIT) && !fwctl_signal_is_user_stop(SIGPIPE), "QUIT and PIPE are not");
	fwctl_err_reset(&e, FWCTL_ERR_IO, EPIPE, "cannot write to stdout");
	ok(fwctl_broken_pipe(&e), "EPIPE is a broken pipe");
	fwctl_err_reset(&e, FWCTL_ERR_IO, EIO, "cannot write to stdout");
	ok(!fwctl_broken_pipe(&e), "EIO is not");
}

struct s_opts {
	uint32_t sample;
	bool sample_seen;
};

static const struct fwctl_opt s_opts[] = {
	{ "sample", 'n', OPT_U32, OPT_OFF(struct s_opts, sample), "N", "count",
	  .has_seen = true, .seen_offset = OPT_OFF(struct s_opts, sample_seen),
	  .optional_value = true },
	FWCTL_OPT_END
};

/* argv (cmd first) -> sample, seen, first positional ("" if none); -1 on error. */
static int parse_sample(int argc, const char **argv, struct s_opts *o, const char **pos1)
{
	struct fwctl_global_opts g = { 0 };
	struct fwctl_err err = { 0 };
	char *v[8];
	int pos;

	memset(o, 0, sizeof(*o));
	memcpy(v, argv, sizeof(*v) * (size_t)argc);
	if (fwctl_opt_parse(argc, v, s_opts, o, &g, false, &pos, &err))
		return -1;
	*pos1 = pos < argc ? v[pos] : "";
	return 0;
}

static void test_optional_value(void)
{
	const char *a1[] = { "x", "--sample" }, *a2[] = { "x", "--sample", "5" },
		   *a3[] = { "x", "--sample=7", "arg" }, *a4[] = { "x", "-n", "-j" },
		   *a5[] = { "x", "--sample", "arg" }, *a6[] = { "x", "-n3" };
	struct s_opts o;
	const char *p;

	ok(!parse_sample(2, a1, &o, &p) && o.sample_seen && o.sample == 0 && !*p, "--sample alone: seen, 0");
	ok(!parse_sample(3, a2, &o, &p) && o.sample_seen && o.sample == 5 && !*p, "--sample 5: the number is its value");
	ok(!parse_sample(3, a3, &o, &p) && o.sample == 7 && !strcmp(p, "arg"), "--sample=7 arg: 7, arg positional");
	ok(!parse_sample(3, a4, &o, &p) && o.sample_seen && o.sample == 0, "-n -j: -n without a value");
	ok(!parse_sample(3, a5, &o, &p) && o.sample == 0 && !strcmp(p, "arg"), "--sample arg: a non-number stays positional");
	ok(!parse_sample(2, a6, &o, &p) && o.sample == 3, "-n3");
}

static void test_read_dir(void)
{
	struct fwctl_err err = { 0 };
	uint8_t *buf = NULL;
	size_t len = 0;

	ok(fwctl_read_file("/", 4096, &buf, &len, &err) == -1, "reading a directory fails");
	ok(err.errnum == EISDIR && err.kind == FWCTL_ERR_USAGE, "EISDIR, a usage error");
	is_str(err.message, "cannot read '/': Is a directory", "the message names the reason");
	ok(!buf && !len, "nothing returned");
}

int main(void)
{
	test_utf8();
	test_render_utf8();
	test_render_hex_block();
	test_exit_codes();
	test_optional_value();
	test_read_dir();
	return tap_done();
}
