// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * libFuzzer: whole commands against firmware whose answers the fuzz input
 * corrupts.  Every command of every plugin (and the core commands that take
 * a device) runs in-process on the emulated device of its type
 * (tests/emu/emu_inproc.h); each RPC first gets the emulator's real answer,
 * then the next 4 input bytes say what to do to it: pass, fail with an
 * errno, change out_len (also beyond the buffer), flip or set bytes, or
 * overwrite the reply with raw input bytes.  An empty tail = a healthy
 * device, so the fuzzer starts from real answers and needs few seeds.
 *
 * Input: byte 0 picks the command (table built from fwctl_plugins at
 * start-up, so commands added later are covered), byte 1 bit 0 = JSON.
 * Invariants: no sanitizer report, no hang (libFuzzer -timeout), a failed
 * command leaves an error with a message, and its error object renders.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <json-c/json.h>

#include "cli/opt.h"
#include "emu_inproc.h"
#include "output/out.h"
#include "plugins/plugin.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/*
 * Arguments that make a command do real work (as in tests/fault); a
 * command not listed runs without arguments.  Commands that write, sleep
 * or need --force are left to the fault matrix.
 */
static const struct {
	const char *plugin, *cmd;
	const char *args[6];
} arg_table[] = {
	{ NULL, "rpc", { "--scope", "debug-ro", "--in-hex", "080d0000000000000000000000000000" } },
	{ "mlx5", "query-caps", { "--type", "all" } },
	{ "mlx5", "reg", { "paos", "local_port=1" } },
	{ "mlx5", "cmd", { "QUERY_ADAPTER" } },
	{ "mlx5", "resource-dump", { "--menu" } },
	{ "mlx5", "resource-dump", { "FULL_QPC", "--index1", "0", "--num-obj1", "all" } },
	{ "mlx5", "coredump", { "-o", "-", "--format=binary" } },
	{ "bnxt", "query", { "temperature" } },
	{ "bnxt", "query", { "port-phy" } },
	{ "bnxt", "hwrm", { "VER_GET" } },
	{ "pds", "rpc", { "--ep", "1", "--op", "1" } },
	{ "cxl", "feature", { "get", "patrol-scrub" } },
	{ "cxl", "feature", { "get", "vendor-test" } },
	{ "mlx5", "query", { "qp", "--id", "0x100" } },
	{ "mlx5", "query", { "nic_vport_context" } },
};

struct entry {
	const struct fwctl_plugin *p;
	const struct fwctl_cmd *c;
	const char *const *args;
	struct emu_dev *dev;
};

static struct entry entries[256];
static size_t n_entries;
static struct emu_world *world;

/* The input still to be used for RPC answers. */
static const uint8_t *in_p;
static size_t in_left;
static struct fwctl_transport inner;

static int w_info(void *priv, struct fwctl_info *info)
{
	(void)priv;
	return inner.ops->info(inner.priv, info);
}

static int w_rpc(void *priv, struct fwctl_rpc *r)
{
	static const int errnos[] = { EINVAL, EPERM, ENODEV, EBADMSG, EMSGSIZE, EIO, ENOMEM, EFAULT };
	uint8_t *out = (uint8_t *)(uintptr_t)r->out;
	uint8_t op[4];
	int ret;

	(void)priv;
	ret = inner.ops->rpc(inner.priv, r);
	if (in_left < sizeof(op))
		return ret;
	memcpy(op, in_p, sizeof(op));
	in_p += sizeof(op);
	in_left -= sizeof(op);
	if (ret)
		return ret;
	switch (op[0] % 8) {
	case 0:
		break;
	case 1:
		return -errnos[op[1] % 8];
	case 2:   /* any length, also past the buffer (as a driver may report) */
		r->out_len = (uint32_t)(op[1] | op[2] << 8 | op[3] << 16);
		break;
	case 3:
		r->out_len = op[1] < r->out_len ? op[1] : r->out_len;
		break;
	case 4:
		if (r->out_len)
			out[(op[1] | op[2] << 8) % r->out_len] ^= op[3];
		break;
	case 5:
		if (r->out_len)
			out[op[1] % r->out_len] = op[2];
		break;
	case 6: { /* raw input bytes over the reply, from offset op[1] */
		size_t off = op[1], n = op[2];

		if (off < r->out_len) {
			if (n > r->out_len - off)
				n = r->out_len - off;
			if (n > in_left)
				n = in_left;
			memcpy(out + off, in_p, n);
			in_p += n;
			in_left -= n;
		}
		break;
	}
	default: /* an all-zero reply of the same length */
		memset(out, 0, r->out_len < (uint32_t)op[1] * 16 ? r->out_len : (uint32_t)op[1] * 16);
		break;
	}
	return 0;
}

static void w_close(void *priv)
{
	(void)priv;
}

static const struct fwctl_transport_ops wrap_ops = {
	.name = "fuzz", .info = w_info, .rpc = w_rpc, .close = w_close,
};

static struct emu_dev *dev_of_type(int type)
{
	for (size_t i = 0; i < world->n_devs; i++)
		if (type < 0 ? world->devs[i]->drv->device_type == FWCTL_DEVICE_TYPE_MLX5
			     : world->devs[i]->drv->device_type == (uint32_t)type)
			return world->devs[i];
	return NULL;
}

static void add(const struct fwctl_plugin *p, const struct fwctl_cmd *c, const char *const *args)
{
	struct emu_dev *d = dev_of_type(p->device_type);

	if (d && n_entries < sizeof(entries) / sizeof(entries[0]))
		entries[n_entries++] = (struct entry){ p, c, args, d };
}

static void init(void)
{
	/* Small dumps so an execution stays short. */
	static const char *const specs[] = { "mlx5,crspace=4K", "bnxt", "pds", "cxl" };
	static const char *const no_args[1] = { NULL };
	char errbuf[256];
	int fd = open("/dev/null", O_WRONLY);

	/* Output goes nowhere: the renderers run, the terminal stays quiet. */
	if (fd >= 0) {
		dup2(fd, STDOUT_FILENO);
		close(fd);
	}
	world = emu_world_new(specs, 4, NULL, 0, errbuf, sizeof(errbuf));
	if (!world)
		abort();
	for (size_t i = 0; i < fwctl_n_plugins; i++) {
		const struct fwctl_plugin *p = fwctl_plugins[i];

		for (size_t j = 0; j < p->n_cmds; j++) {
			const struct fwctl_cmd *c = &p->cmds[j];
			bool listed = false;

			if (!(c->flags & CMD_SENDS_RPC))
				continue;
			for (size_t k = 0; k < sizeof(arg_table) / sizeof(arg_table[0]); k++)
				if ((!arg_table[k].plugin) == (!p->name) &&
				    (!p->name || !strcmp(arg_table[k].plugin, p->name)) &&
				    !strcmp(arg_table[k].cmd, c->name)) {
					add(p, c, arg_table[k].args);
					listed = true;
				}
			if (!listed)
				add(p, c, no_args);
		}
	}
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct fwctl_global_opts g = { 0 };
	struct fwctl_ctx ctx = { 0 };
	struct fwctl_device dev;
	struct fwctl_transport t = { &wrap_ops, NULL };
	const struct entry *e;
	char *argv[8];
	int argc = 0, pos = 0, ret;
	void *store;

	if (!world)
		init();
	if (size < 2 || !n_entries)
		return 0;
	e = &entries[data[0] % n_entries];
	in_p = data + 2;
	in_left = size - 2;

	argv[argc++] = (char *)e->c->name;
	for (size_t i = 0; i < 6 && e->args[i]; i++)
		argv[argc++] = (char *)e->args[i];
	argv[argc] = NULL;
	store = calloc(1, e->c->opts_size ? e->c->opts_size : 1);
	if (!store)
		return 0;
	ctx.progname = "fwctl";
	ctx.plugin = e->p;
	ctx.cmd = e->c;
	ctx.scope = -1;
	if (fwctl_opt_parse(argc, argv, e->c->opts, store, &g, false, &pos, &ctx.err))
		__builtin_trap();   /* the argument table is wrong */
	ctx.output = g.output;
	ctx.format = data[1] & 1 ? OUT_JSON : OUT_TEXT;
	if (g.format && !strcmp(g.format, "binary"))
		ctx.format = OUT_BINARY;
	if (g.scope)
		ctx.scope = fwctl_scope_from_name(g.scope);
	ctx.quiet = true;

	emu_inproc_transport(e->dev, &inner);
	if (emu_inproc_fill_device(e->dev, &dev))
		abort();
	ctx.dev = &dev;
	ret = fwctl_open_transport(&dev, t, &ctx.h, &ctx.err);
	if (!ret)
		ret = e->c->run(&ctx, store, argc - pos, argv + pos);
	if (fwctl_err_is_set(&ctx.err)) {
		struct json_object *o;

		if (!ctx.err.message[0])
			__builtin_trap();   /* a failure the user could not read */
		o = out_error_object(&ctx.err);
		out_render_json(stdout, o);
		json_object_put(o);
	}
	(void)ret;
	fflush(stdout);
	fwctl_opt_free(e->c->opts, store);
	free(store);
	fwctl_close(ctx.h);
	emu_inproc_free_device(&dev);
	return 0;
}
