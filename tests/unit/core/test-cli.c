// SPDX-License-Identifier: GPL-2.0-or-later
/* Option parsing, number/hex parsing, name resolution, renderers, exit codes. */
#include <stdlib.h>
#include <string.h>

#include <json-c/json.h>

#include "../../../cli/opt.h"
#include "../../../plugins/plugin.h"
#include "../../../plugins/cxl/uapi.h"
#include "../../../plugins/mlx5/uapi.h"
#include "../../../plugins/pds/uapi.h"
#include "../../tap.h"

struct t_opts {
	bool flag;
	uint32_t n;
	bool n_seen;
	const char *mode;
	struct fwctl_str_list sets;
	uint64_t size;
};

static const char *const modes[] = { "a", "b", NULL };
static const struct fwctl_opt t_opts[] = {
	{ "flag", 'x', OPT_BOOL, OPT_OFF(struct t_opts, flag), NULL, "a flag" },
	{ "n", 0, OPT_U32, OPT_OFF(struct t_opts, n), "N", "a number", .has_seen = true,
	  .seen_offset = OPT_OFF(struct t_opts, n_seen) },
	{ "mode", 0, OPT_STR, OPT_OFF(struct t_opts, mode), "M", "a choice", modes },
	{ "set", 0, OPT_STR_LIST, OPT_OFF(struct t_opts, sets), "F=V", "repeatable" },
	{ "size", 0, OPT_SIZE, OPT_OFF(struct t_opts, size), "S", "a size" },
	FWCTL_OPT_END
};

static int parse(struct t_opts *o, struct fwctl_global_opts *g, int argc, const char **argv,
		 int *pos, struct fwctl_err *err)
{
	memset(o, 0, sizeof(*o));
	memset(g, 0, sizeof(*g));
	fwctl_err_clear(err);
	return fwctl_opt_parse(argc, (char **)argv, t_opts, o, g, false, pos, err);
}

static void test_options(void)
{
	struct t_opts o;
	struct fwctl_global_opts g;
	struct fwctl_err err;
	int pos;
	const char *a1[] = { "cmd", "pos1", "-x", "--n", "0", "-j", "--set", "a=1", "pos2",
			     "--set=b=2", "-d", "mlx5_0", "--size", "4K", NULL };
	const char *a2[] = { "cmd", "--mode", "c", NULL };
	const char *a3[] = { "cmd", "--n", "0x100000000", NULL };
	const char *a4[] = { "cmd", "--bogus", NULL };
	const char *a5[] = { "cmd", "--n", NULL };
	const char *a6[] = { "cmd", "--", "-x", NULL };

	ok(parse(&o, &g, 14, a1, &pos, &err) == 0, "parse(&o, &g, 14, a1, &pos, &err) == 0");
	ok(o.flag && o.n == 0 && o.n_seen && g.json, "o.flag && o.n == 0 && o.n_seen && g.json");
	ok(o.sets.n == 2, "o.sets.n == 2");
	is_str(o.sets.v[1], "b=2", "o.sets.v[1] == \"b=2\"");
	is_str(g.device, "mlx5_0", "g.device == \"mlx5_0\"");
	ok(o.size == 4096, "o.size == 4096");
	ok(pos == 12, "pos == 12");
	is_str(a1[12], "pos1", "a1[12] == \"pos1\"");
	is_str(a1[13], "pos2", "a1[13] == \"pos2\"");
	fwctl_opt_free(t_opts, &o);

	ok(parse(&o, &g, 3, a2, &pos, &err) == -1 && err.kind == FWCTL_ERR_USAGE, "parse(&o, &g, 3, a2, &pos, &err) == -1 && err.kind == FWCTL_ERR_USAGE");
	ok(parse(&o, &g, 3, a3, &pos, &err) == -1 && err.kind == FWCTL_ERR_USAGE, "parse(&o, &g, 3, a3, &pos, &err) == -1 && err.kind == FWCTL_ERR_USAGE");
	ok(parse(&o, &g, 2, a4, &pos, &err) == -1 && strstr(err.message, "--bogus"), "parse(&o, &g, 2, a4, &pos, &err) == -1 && strstr(err.message, \"--bogus\")");
	ok(parse(&o, &g, 2, a5, &pos, &err) == -1 && strstr(err.message, "needs a value"), "parse(&o, &g, 2, a5, &pos, &err) == -1 && strstr(err.message, \"needs a value\")");
	ok(parse(&o, &g, 3, a6, &pos, &err) == 0 && !o.flag && pos == 2, "parse(&o, &g, 3, a6, &pos, &err) == 0 && !o.flag && pos == 2");
}

static void test_numbers(void)
{
	uint64_t v;
	uint8_t *b;
	size_t n;

	ok(fwctl_parse_u64("0x10", 100, &v) == 0 && v == 16, "fwctl_parse_u64(\"0x10\", 100, &v) == 0 && v == 16");
	ok(fwctl_parse_u64("10", 100, &v) == 0 && v == 10, "fwctl_parse_u64(\"10\", 100, &v) == 0 && v == 10");
	ok(fwctl_parse_u64("101", 100, &v) == -1, "fwctl_parse_u64(\"101\", 100, &v) == -1");
	ok(fwctl_parse_u64("-1", UINT64_MAX, &v) == -1, "fwctl_parse_u64(\"-1\", UINT64_MAX, &v) == -1");
	ok(fwctl_parse_u64("12abc", UINT64_MAX, &v) == -1, "fwctl_parse_u64(\"12abc\", UINT64_MAX, &v) == -1");
	ok(fwctl_parse_u64("", UINT64_MAX, &v) == -1, "fwctl_parse_u64(\"\", UINT64_MAX, &v) == -1");
	ok(fwctl_parse_u64(" 1", UINT64_MAX, &v) == -1, "fwctl_parse_u64(\" 1\", UINT64_MAX, &v) == -1");

	ok(fwctl_parse_hex("0x0102 ff:EE", &b, &n) == 0 && n == 4 && b[0] == 1 && b[3] == 0xee, "fwctl_parse_hex(\"0x0102 ff:EE\", &b, &n) == 0 && n == 4 && b[0] == 1 && b[3] == 0xee");
	free(b);
	ok(fwctl_parse_hex("abc", &b, &n) == -1, "fwctl_parse_hex(\"abc\", &b, &n) == -1");
	ok(fwctl_parse_hex("a b", &b, &n) == -1, "fwctl_parse_hex(\"a b\", &b, &n) == -1");
	ok(fwctl_parse_hex("zz", &b, &n) == -1, "fwctl_parse_hex(\"zz\", &b, &n) == -1");
	ok(fwctl_parse_hex("", &b, &n) == 0 && n == 0, "fwctl_parse_hex(\"\", &b, &n) == 0 && n == 0");
	free(b);
}

static char *s(const char *x) { return strdup(x); }

static void test_resolve(void)
{
	struct fwctl_device_list list = { 0 };
	struct fwctl_device *d = NULL;
	struct fwctl_err err = { 0 };

	list.n = 3;
	list.devs = calloc(3, sizeof(*list.devs));
	list.devs[0] = (struct fwctl_device){ .name = s("fwctl0"), .devnode = s("/dev/fwctl/fwctl0"),
		.parent_kind = FWCTL_PARENT_PCI, .pci_address = s("0000:08:00.0"),
		.type = FWCTL_DEVICE_TYPE_MLX5 };
	list.devs[0].netdevs = calloc(1, sizeof(char *));
	list.devs[0].netdevs[0] = s("eth0");
	list.devs[0].n_netdevs = 1;
	list.devs[0].rdma = calloc(1, sizeof(char *));
	list.devs[0].rdma[0] = s("mlx5_0");
	list.devs[0].n_rdma = 1;
	list.devs[1] = (struct fwctl_device){ .name = s("fwctl1"), .devnode = s("/dev/fwctl/fwctl1"),
		.parent_kind = FWCTL_PARENT_PCI, .pci_address = s("0001:41:00.1"),
		.type = FWCTL_DEVICE_TYPE_MLX5 };
	list.devs[2] = (struct fwctl_device){ .name = s("fwctl2"), .devnode = s("/dev/fwctl/fwctl2"),
		.parent_kind = FWCTL_PARENT_BUS_DEVICE, .parent_kind_name = "cxl_memdev", .memdev = s("mem3"),
		.pci_address = s("0000:0d:00.0"), .type = FWCTL_DEVICE_TYPE_CXL };

	ok(fwctl_resolve(&list, "fwctl1", -1, NULL, &d, &err) == 0 && d == &list.devs[1], "fwctl_resolve(&list, \"fwctl1\", -1, NULL, &d, &err) == 0 && d == &list.devs[1]");
	ok(fwctl_resolve(&list, "/dev/fwctl/fwctl2", -1, NULL, &d, &err) == 0 && d == &list.devs[2], "fwctl_resolve(&list, \"/dev/fwctl/fwctl2\", -1, NULL, &d, &err) == 0 && d == &list.devs[2]");
	ok(fwctl_resolve(&list, "0000:08:00.0", -1, NULL, &d, &err) == 0 && d == &list.devs[0], "fwctl_resolve(&list, \"0000:08:00.0\", -1, NULL, &d, &err) == 0 && d == &list.devs[0]");
	ok(fwctl_resolve(&list, "08:00.0", -1, NULL, &d, &err) == 0 && d == &list.devs[0], "fwctl_resolve(&list, \"08:00.0\", -1, NULL, &d, &err) == 0 && d == &list.devs[0]");
	ok(fwctl_resolve(&list, "0001:41:00.1", -1, NULL, &d, &err) == 0 && d == &list.devs[1], "fwctl_resolve(&list, \"0001:41:00.1\", -1, NULL, &d, &err) == 0 && d == &list.devs[1]");
	ok(fwctl_resolve(&list, "eth0", -1, NULL, &d, &err) == 0 && d == &list.devs[0], "fwctl_resolve(&list, \"eth0\", -1, NULL, &d, &err) == 0 && d == &list.devs[0]");
	ok(fwctl_resolve(&list, "mlx5_0", -1, NULL, &d, &err) == 0 && d == &list.devs[0], "fwctl_resolve(&list, \"mlx5_0\", -1, NULL, &d, &err) == 0 && d == &list.devs[0]");
	ok(fwctl_resolve(&list, "mem3", -1, NULL, &d, &err) == 0 && d == &list.devs[2], "fwctl_resolve(&list, \"mem3\", -1, NULL, &d, &err) == 0 && d == &list.devs[2]");
	/* A memdev's PCI device is not a name for the fwctl device. */
	fwctl_err_clear(&err);
	ok(fwctl_resolve(&list, "0d:00.0", -1, NULL, &d, &err) == -1 &&
	      err.kind == FWCTL_ERR_NO_DEVICE, "fwctl_resolve(&list, \"0d:00.0\", -1, NULL, &d, &err) == -1 && err.kind == FWCTL_ERR_NO_DEVICE");
	fwctl_err_clear(&err);
	ok(fwctl_resolve(&list, "nope", -1, NULL, &d, &err) == -1 && strstr(err.message, "fwctl0"), "fwctl_resolve(&list, \"nope\", -1, NULL, &d, &err) == -1 && strstr(err.message, \"fwctl0\")");
	fwctl_err_clear(&err);
	ok(fwctl_resolve(&list, NULL, FWCTL_DEVICE_TYPE_CXL, "cxl", &d, &err) == 0 && d == &list.devs[2], "fwctl_resolve(&list, NULL, FWCTL_DEVICE_TYPE_CXL, \"cxl\", &d, &err) == 0 && d == &list.devs[2]");
	ok(fwctl_resolve(&list, NULL, FWCTL_DEVICE_TYPE_MLX5, "mlx5", &d, &err) == -1 &&
	      err.kind == FWCTL_ERR_USAGE && strstr(err.message, "fwctl1"), "fwctl_resolve(&list, NULL, FWCTL_DEVICE_TYPE_MLX5, \"mlx5\", &d, &err) == -1 && err.kind == FWCTL_ERR_USAGE && strstr(err.message, \"fwctl1\")");
	fwctl_err_clear(&err);
	ok(fwctl_resolve(&list, NULL, FWCTL_DEVICE_TYPE_PDS, "pds", &d, &err) == -1 &&
	      err.kind == FWCTL_ERR_NO_DEVICE, "fwctl_resolve(&list, NULL, FWCTL_DEVICE_TYPE_PDS, \"pds\", &d, &err) == -1 && err.kind == FWCTL_ERR_NO_DEVICE");
	fwctl_device_list_free(&list);
}

/*
 * The direct lookup on the host running the tests: whatever it finds no
 * fwctl device for leaves the list empty (the caller then scans).
 */
static void test_lookup(void)
{
	static const char *const none[] = { "", "fwctl-unit-no-such-device", "/nonexistent/fwctl0",
					    "/dev/null", "/dev/fwctl/../null" };
	struct fwctl_device_list list = { .n = 7 };

	ok(fwctl_lookup(NULL, &list) == -1 && list.n == 0 && !list.devs, "no name: nothing");
	for (size_t i = 0; i < sizeof(none) / sizeof(none[0]); i++) {
		list.n = 7;
		ok(fwctl_lookup(none[i], &list) == -1 && list.n == 0 && !list.devs,
		   "'%s' is no fwctl device: nothing found, list empty", none[i]);
	}
}

static void test_render(void)
{
	struct json_object *root = json_object_new_object(), *arr = json_object_new_array();
	struct json_object *row = json_object_new_object(), *parsed, *first;
	struct fwctl_err err = { 0 };
	char *text = NULL;
	size_t len = 0;
	FILE *f;

	json_object_object_add(row, "name", json_object_new_string("fwctl0"));
	json_object_object_add(row, "type", json_object_new_string("mlx5"));
	json_object_array_add(arr, row);
	json_object_object_add(root, "devices", arr);
	json_object_object_add(root, "count", json_object_new_int(1));

	f = open_memstream(&text, &len);
	out_render_text(f, root);
	fclose(f);
	ok(strstr(text, "name    type") != NULL, "strstr(text, \"name type\") != NULL");
	ok(strstr(text, "fwctl0  mlx5") != NULL, "strstr(text, \"fwctl0 mlx5\") != NULL");
	ok(strstr(text, "count : 1") != NULL, "strstr(text, \"count : 1\") != NULL");
	free(text);

	f = open_memstream(&text, &len);
	out_render_json(f, root);
	fclose(f);
	parsed = json_tokener_parse(text);
	ok(parsed != NULL, "parsed != NULL");
	json_object_object_foreach(parsed, k, v) {
		(void)v;
		is_str(k, "format_version", "k == \"format_version\"");   /* the first key */
		break;
	}
	ok(json_object_object_get_ex(parsed, "count", &first), "json_object_object_get_ex(parsed, \"count\", &first)");
	json_object_put(parsed);
	free(text);
	json_object_put(root);

	fwctl_err_firmware(&err, 3, "BAD_PARAM", true, 0x1234, "no");
	root = out_error_object(&err);
	ok(json_object_object_get_ex(root, "error", &first), "json_object_object_get_ex(root, \"error\", &first)");
	{
		static const char *const keys[] = { "kind", "errno", "message", "fw_status", "syndrome" };
		struct json_object *x;

		for (size_t i = 0; i < 5; i++)
			ok(json_object_object_get_ex(first, keys[i], &x), "json_object_object_get_ex(first, keys[i], &x)");
		json_object_object_get_ex(first, "kind", &x);
		is_str(json_object_get_string(x), "firmware", "json_object_get_string(x) == \"firmware\"");
	}
	json_object_put(root);
	ok(fwctl_err_exit_code(&err) == 5, "fwctl_err_exit_code(&err) == 5");
}

static void test_errors(void)
{
	struct fwctl_err e = { 0 };

	fwctl_err_set(&e, FWCTL_ERR_NO_DEVICE, 19, "first");
	fwctl_err_set(&e, FWCTL_ERR_FAILED, 0, "second");
	ok(e.kind == FWCTL_ERR_NO_DEVICE && fwctl_err_exit_code(&e) == 3, "e.kind == FWCTL_ERR_NO_DEVICE && fwctl_err_exit_code(&e) == 3");
	fwctl_err_prefix(&e, "ctx");
	is_str(e.message, "ctx: first", "e.message == \"ctx: first\"");
	fwctl_err_reset(&e, FWCTL_ERR_PERMISSION, 1, "x");
	ok(fwctl_err_exit_code(&e) == 4, "fwctl_err_exit_code(&e) == 4");
	fwctl_err_reset(&e, FWCTL_ERR_INTERRUPTED, 4, "x");
	e.signo = 15;
	ok(fwctl_err_exit_code(&e) == 143, "fwctl_err_exit_code(&e) == 143");
	e.signo = 2;
	ok(fwctl_err_exit_code(&e) == 130, "fwctl_err_exit_code(&e) == 130");
	fwctl_err_reset(&e, FWCTL_ERR_UNSUPPORTED, 95, "x");
	ok(fwctl_err_exit_code(&e) == 6, "fwctl_err_exit_code(&e) == 6");
	fwctl_err_reset(&e, FWCTL_ERR_USAGE, 22, "x");
	ok(fwctl_err_exit_code(&e) == 2, "fwctl_err_exit_code(&e) == 2");
	ok(fwctl_scope_from_name("debug-ro") == 1 && fwctl_scope_from_name("x") == -1, "fwctl_scope_from_name(\"debug-ro\") == 1 && fwctl_scope_from_name(\"x\") == -1");
	/* Type names are the plugins': lib/ alone knows none. */
	is_str(fwctl_type_name(4), "unknown", "no plugin hooks: type 4 is \"unknown\"");
	is_str(fwctl_type_name(0), "error", "type 0 is \"error\"");
}

int main(void)
{
	test_options();
	test_numbers();
	test_resolve();
	test_lookup();
	test_render();
	test_errors();
	return tap_done();
}
