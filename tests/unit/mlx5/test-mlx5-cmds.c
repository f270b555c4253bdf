// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * The mlx5 handlers end to end over the in-process transport, against the
 * emulator's firmware model (tests/emu/drivers/mlx5/, ConnectX-6 Dx
 * profile, which refuses the MACsec and advanced virtualization caps):
 * caps pages, QUERY_ADAPTER, registers with state, diagnostic counters.
 * Checks the JSON trees the handlers emit (-o FILE) and the error paths.
 * The expected values are the profile's (fw_profiles.c, fw_caps.c,
 * fw_regs.c); the syndromes are the model's (emu_mlx5.h).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <json-c/json.h>

#include "plugins/mlx5/mlx5_handlers.h"
#include "plugins/mlx5/mlx5_prm.h"
#include "tests/emu/drivers/mlx5/emu_mlx5.h"
#include "tests/emu/emu_inproc.h"

#include "../../tap.h"

typedef int (*cmd_fn)(struct fwctl_ctx *, void *, int, char **);

static struct emu_world *world;
static struct emu_dev *edev;
static struct fwctl_device dev;
static char outfile[64];

static struct json_object *run_as(cmd_fn fn, void *opts, int argc, char **argv, bool force,
				  int *rc, struct fwctl_err *err)
{
	struct fwctl_ctx ctx = { 0 };
	struct fwctl_transport t;
	struct json_object *j = NULL;

	ctx.progname = "fwctl";
	ctx.format = OUT_JSON;
	ctx.output = outfile;
	ctx.force = force;
	ctx.scope = -1;
	ctx.quiet = true;
	ctx.dev = &dev;
	unlink(outfile);
	emu_inproc_transport(edev, &t);
	if (fwctl_open_transport(&dev, t, &ctx.h, &ctx.err)) {
		printf("Bail out! open %s: %s\n", dev.name, ctx.err.message);
		exit(1);
	}
	fwctl_install_policy(&ctx, ctx.h);   /* the mlx5 plugin's, as main installs it */
	*rc = fn(&ctx, opts, argc, argv);
	*err = ctx.err;
	fwctl_close(ctx.h);
	if (*rc == 0)
		j = json_object_from_file(outfile);
	return j;
}

static struct json_object *run(cmd_fn fn, void *opts, int argc, char **argv, int *rc,
			       struct fwctl_err *err)
{
	return run_as(fn, opts, argc, argv, false, rc, err);
}

static struct json_object *path(struct json_object *o, const char *k)
{
	struct json_object *v = NULL;

	if (o)
		json_object_object_get_ex(o, k, &v);
	return v;
}

static const char *str(struct json_object *o, const char *k)
{
	return json_object_get_string(path(o, k));
}

static struct json_object *cap_entry(struct json_object *caps, const char *type)
{
	for (size_t i = 0; caps && i < json_object_array_length(caps); i++) {
		struct json_object *e = json_object_array_get_idx(caps, i);

		if (str(e, "type") && !strcmp(str(e, "type"), type))
			return e;
	}
	return NULL;
}

static void test_caps_all(void)
{
	struct caps_opts o = { 0 };
	struct fwctl_err err;
	struct json_object *j, *caps, *e;
	int rc;

	j = run(mlx5_cmd_query_caps, &o, 0, NULL, &rc, &err);
	caps = path(j, "caps");
	ok(rc == 0 && caps && json_object_array_length(caps) == mlx5_n_cap_types,
	   "%s", "query-caps all: every type listed");
	/* GENERAL says cx6dx has no MACsec: not asked, as the kernel does
	 * (the single --type macsec below is asked, and refused). */
	e = cap_entry(caps, "macsec");
	ok(e && !json_object_get_boolean(path(e, "supported")) && !path(e, "fw_status"),
	   "%s", "absent type (macsec on cx6dx) reported in place, unasked");
	is_str(str(e, "absent_per_general"), "general_obj_types@39", "%s",
	       "absent type: the GENERAL field that says so");
	e = cap_entry(caps, "general");
	is_int(json_object_get_int(path(path(e, "fields"), "vhca_id")), 7,
	       "%s", "general vhca_id decoded (the device's)");
	is_int(json_object_get_int(path(path(e, "fields"), "log_max_qp")), 17,
	       "%s", "general log_max_qp: the profile's current value");
	is_int(json_object_get_int(path(path(e, "fields"), "num_of_diagnostic_counters")), 6,
	       "%s", "general num_of_diagnostic_counters: six on cx6dx");
	json_object_put(j);
}

static void test_caps_diff_and_refused(void)
{
	struct caps_opts o = { .diff = true, .type = "general" };
	struct caps_opts r = { .type = "macsec" };
	struct fwctl_err err;
	struct json_object *j, *d;
	int rc;

	j = run(mlx5_cmd_query_caps, &o, 0, NULL, &rc, &err);
	d = path(json_object_array_get_idx(path(j, "caps"), 0), "differences");
	/* cx6dx general: log_max_qp 17/18, log_max_srq 20/23, max_qp_cnt 64/128 */
	ok(rc == 0 && d && json_object_array_length(d) == 3, "%s",
	   "--diff lists the three fields whose current value is below the maximum");
	for (size_t i = 0; d && i < json_object_array_length(d); i++) {
		const char *f = str(json_object_array_get_idx(d, i), "field");

		ok(f && (!strcmp(f, "log_max_qp") || !strcmp(f, "log_max_srq") ||
			 !strcmp(f, "max_qp_cnt")), "--diff field %s is one of them", f ? f : "?");
	}
	json_object_put(j);

	j = run(mlx5_cmd_query_caps, &r, 0, NULL, &rc, &err);
	ok(rc == -1 && err.kind == FWCTL_ERR_FIRMWARE && err.fw_status == EMU_MLX5_STAT_BAD_PARAM &&
	   err.syndrome == EMU_MLX5_SYND_BAD_CAP_TYPE, "%s", "single refused type: firmware error");
}

static void test_identity(void)
{
	struct identity_opts o = { 0 };
	struct fwctl_err err;
	struct json_object *j;
	int rc;

	j = run(mlx5_cmd_identity, &o, 0, NULL, &rc, &err);
	is_int(rc, 0, "%s", "identity");
	is_str(str(j, "psid"), "MT_0000000359", "%s", "identity psid (cx6dx)");
	is_int(json_object_get_int(path(path(j, "adapter"), "ieee_vendor_id")), 0x2c9,
	       "%s", "identity vendor id");
	is_int(json_object_get_int(path(path(j, "function"), "num_ports")), 1,
	       "%s", "identity function num_ports");
	json_object_put(j);
}

static void test_reg_write(void)
{
	/* The handler keeps the register's name in its options: one set per run. */
	struct reg_opts o = { 0 }, forced = { 0 }, rd = { 0 };
	const char *set[] = { "admin_status=down" };
	char *argv[] = { "paos", "local_port=1" };
	struct fwctl_err err;
	struct json_object *j;
	uint64_t rpcs, writes;
	int rc;

	o.set.v = forced.set.v = set;
	o.set.n = forced.set.n = 1;
	rpcs = edev->rpcs;
	writes = edev->writes;
	j = run(mlx5_cmd_reg, &o, 2, argv, &rc, &err);
	/* The read of the read-modify-write goes out; the write does not. */
	ok(rc == -1 && err.kind == FWCTL_ERR_PERMISSION && edev->rpcs == rpcs + 1 &&
	   edev->writes == writes && strstr(err.message, "without --force"),
	   "%s", "reg --set without --force: the write refused");

	j = run_as(mlx5_cmd_reg, &forced, 2, argv, true, &rc, &err);
	ok(rc == 0 && edev->writes == writes + 1, "%s", "reg --set --force: written");
	json_object_put(j);
	j = run(mlx5_cmd_reg, &rd, 2, argv, &rc, &err);
	is_str(str(path(j, "fields"), "admin_status"), "down", "%s", "read back: admin down");
	is_str(str(path(j, "fields"), "oper_status"), "down", "%s", "read back: oper follows");
	json_object_put(j);
}

static void test_reg_errors(void)
{
	struct reg_opts o = { 0 }, o2 = { 0 };
	char *bad[] = { "nosuch" };
	char *sensor[] = { "mtmp", "sensor_index=1" };
	struct fwctl_err err;
	int rc;

	run(mlx5_cmd_reg, &o, 1, bad, &rc, &err);
	ok(rc == -1 && err.kind == FWCTL_ERR_USAGE, "%s", "unknown register: usage error");
	/* cx6dx has one temperature sensor: index 1 is refused by the firmware. */
	run(mlx5_cmd_reg, &o2, 2, sensor, &rc, &err);
	ok(rc == -1 && err.kind == FWCTL_ERR_FIRMWARE && err.fw_status == EMU_MLX5_STAT_BAD_PARAM &&
	   err.syndrome == EMU_MLX5_SYND_BAD_INDEX, "%s",
	   "firmware refuses a register index: status and syndrome");
}

static uint64_t first_counter(struct json_object *j)
{
	return (uint64_t)json_object_get_int64(path(json_object_array_get_idx(
		path(j, "counters"), 0), "value"));
}

static void test_diag(void)
{
	struct diag_opts off = { 0 }, on = { .enable = true };
	struct fwctl_err err;
	struct json_object *j;
	uint64_t v1;
	int rc;

	j = run(mlx5_cmd_diag, &off, 0, NULL, &rc, &err);
	ok(rc == 0 && !json_object_get_boolean(path(j, "enabled")) && !path(j, "counters"),
	   "%s", "diag-counters: disabled at first, no values");
	json_object_put(j);
	j = run_as(mlx5_cmd_diag, &on, 0, NULL, true, &rc, &err);
	ok(rc == 0 && json_object_get_boolean(path(j, "enabled")) &&
	   json_object_array_length(path(j, "counters")) == 6,
	   "%s", "diag-counters --enable --force: one sample of the six cx6dx counters");
	is_int(json_object_get_int(path(json_object_array_get_idx(path(j, "counters"), 0),
					"counter_id")), 0x401, "%s", "first counter id 0x401");
	v1 = first_counter(j);
	json_object_put(j);
	j = run(mlx5_cmd_diag, &off, 0, NULL, &rc, &err);
	ok(rc == 0 && first_counter(j) > v1, "%s", "the next sample has advanced");
	json_object_put(j);
}

static void test_raw(void)
{
	struct raw_opts o = { 0 };
	char *argv[] = { "QUERY_ROCE_ADDRESS" };
	char *bad[] = { "0xa04" };
	struct fwctl_err err;
	struct json_object *j;
	int rc;

	/* Allowed by the kernel and the tool, not implemented by the model. */
	run(mlx5_cmd_raw, &o, 1, argv, &rc, &err);
	ok(rc == -1 && err.kind == FWCTL_ERR_FIRMWARE && err.fw_status == EMU_MLX5_STAT_BAD_OP &&
	   err.syndrome == EMU_MLX5_SYND_BAD_OP, "%s", "cmd QUERY_ROCE_ADDRESS: firmware BAD_OP");
	run(mlx5_cmd_raw, &o, 1, bad, &rc, &err);
	ok(rc == -1 && err.kind == FWCTL_ERR_UNSUPPORTED, "%s",
	   "cmd CREATE_UCTX: off the allow-list (exit 6)");
	argv[0] = "query_adapter";
	j = run(mlx5_cmd_raw, &o, 1, argv, &rc, &err);
	ok(rc == 0 && str(j, "scope") && !strcmp(str(j, "scope"), "config"),
	   "%s", "cmd query_adapter at config scope");
	json_object_put(j);
}

int main(void)
{
	static const char *const specs[] = { "mlx5,profile=cx6dx,vhca_id=7" };
	char errbuf[256];

	snprintf(outfile, sizeof(outfile), "/tmp/fwctl-mlx5-test-%d.json", (int)getpid());
	world = emu_world_new(specs, 1, NULL, 0, errbuf, sizeof(errbuf));
	if (!world || emu_inproc_fill_device(world->devs[0], &dev)) {
		printf("Bail out! world: %s\n", world ? "out of memory" : errbuf);
		return 1;
	}
	edev = world->devs[0];
	test_caps_all();
	test_caps_diff_and_refused();
	test_identity();
	test_reg_write();
	test_reg_errors();
	test_diag();
	test_raw();
	unlink(outfile);
	emu_inproc_free_device(&dev);
	emu_world_free(world);
	return tap_done();
}
