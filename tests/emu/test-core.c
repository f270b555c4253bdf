// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * The fwctl core rules (shared/kernel-abi.md sections 0 and 2) and the
 * core's fault injection.  Each check fails if its rule is broken.
 */
#include <stdlib.h>
#include <time.h>
#include <unistd.h>

#include "emu_test.h"

static void nop(uint8_t *in) { t_mlx5_hdr(in, 0x80d, 0); }

static void test_sizes(void)
{
	struct emu_world *w = t_world1("mlx5");
	struct emu_dev *d = w->devs[0];
	uint8_t arg[64] = { 0 }, in[16], out[16];
	struct fwctl_rpc *rpc = (void *)arg;
	struct fwctl_info *info = (void *)arg;
	uint32_t sz;

	is_int(t_ioctl(d, 0x9a07, arg, sizeof(arg)), -ENOTTY, "unknown ioctl nr -> ENOTTY");
	is_int(t_ioctl(d, 0x9b00, arg, sizeof(arg)), -ENOTTY, "wrong ioctl type -> ENOTTY");
	sz = 8; memcpy(arg, &sz, 4);
	is_int(t_ioctl(d, FWCTL_IOCTL_INFO, arg, sizeof(arg)), -EINVAL, "INFO size 8 -> EINVAL");
	sz = 23; memcpy(arg, &sz, 4);
	is_int(t_ioctl(d, FWCTL_IOCTL_INFO, arg, sizeof(arg)), -EINVAL, "INFO size 23 -> EINVAL");
	sz = 16; memcpy(arg, &sz, 4);
	is_int(t_ioctl(d, FWCTL_IOCTL_RPC, arg, sizeof(arg)), -EINVAL, "RPC size 16 -> EINVAL");
	sz = 31; memcpy(arg, &sz, 4);
	is_int(t_ioctl(d, FWCTL_IOCTL_RPC, arg, sizeof(arg)), -EINVAL, "RPC size 31 -> EINVAL");

	memset(arg, 0, sizeof(arg));
	info->size = 40;
	is_int(t_ioctl(d, FWCTL_IOCTL_INFO, arg, 40), 0, "INFO larger struct, zero tail: ok");
	is_int(info->out_device_type, FWCTL_DEVICE_TYPE_MLX5, "INFO type");
	arg[39] = 1;
	is_int(t_ioctl(d, FWCTL_IOCTL_INFO, arg, 40), -E2BIG, "INFO non-zero tail -> E2BIG");

	nop(in);
	memset(arg, 0, sizeof(arg));
	*rpc = (struct fwctl_rpc){ .size = 48, .scope = 1, .in_len = 16, .out_len = 16,
				   .in = (uintptr_t)in, .out = (uintptr_t)out };
	is_int(t_ioctl(d, FWCTL_IOCTL_RPC, arg, 48), 0, "RPC larger struct, zero tail: ok");
	arg[47] = 0x80;
	is_int(t_ioctl(d, FWCTL_IOCTL_RPC, arg, 48), -E2BIG, "RPC non-zero tail -> E2BIG");

	/* Removal is checked after the size checks. */
	d->removed = true;
	sz = 8; memset(arg, 0, sizeof(arg)); memcpy(arg, &sz, 4);
	is_int(t_ioctl(d, FWCTL_IOCTL_INFO, arg, sizeof(arg)), -EINVAL, "removed: size error wins");
	info->size = 40; arg[39] = 1;
	is_int(t_ioctl(d, FWCTL_IOCTL_INFO, arg, 40), -E2BIG, "removed: E2BIG wins");
	arg[39] = 0;
	is_int(t_ioctl(d, FWCTL_IOCTL_INFO, arg, 40), -ENODEV, "removed: INFO -> ENODEV");
	*rpc = (struct fwctl_rpc){ .size = 32, .scope = 1, .in_len = 16, .out_len = 16,
				   .in = (uintptr_t)in, .out = (uintptr_t)out };
	is_int(t_ioctl(d, FWCTL_IOCTL_RPC, arg, 32), -ENODEV, "removed: RPC -> ENODEV");
	rpc->scope = 9;
	is_int(t_ioctl(d, FWCTL_IOCTL_RPC, arg, 32), -ENODEV, "removed: ENODEV before scope");
	emu_world_free(w);
}

static void test_info(void)
{
	const char *specs[] = { "mlx5", "cxl", NULL };
	struct emu_world *w = t_world(specs, NULL);
	struct emu_dev *m = w->devs[0], *c = w->devs[1];
	uint8_t buf[16];
	uint32_t len, type = 0;
	struct fwctl_info info = { .size = 24, .flags = 1 };

	is_int(t_ioctl(m, FWCTL_IOCTL_INFO, &info, 24), -EOPNOTSUPP, "INFO flags != 0 -> EOPNOTSUPP");
	memset(buf, 0xee, sizeof(buf));
	len = 0;
	is_int(t_info(m, buf, &len, &type), 0, "INFO len 0 ok");
	is_int(len, 0, "INFO len 0: driver not asked, 0 returned");
	is_int(type, FWCTL_DEVICE_TYPE_MLX5, "INFO len 0 still reports the type");
	ok(buf[0] == 0xee, "INFO len 0: buffer untouched");
	len = sizeof(buf);
	is_int(t_info(m, buf, &len, NULL), 0, "INFO len 16 ok");
	is_int(len, 8, "INFO returns the driver's real length");
	ok(buf[8] == 0 && buf[15] == 0, "INFO zero-fills the rest of the user buffer");
	memset(buf, 0xee, sizeof(buf));
	len = 4;
	is_int(t_info(m, buf, &len, NULL), 0, "INFO len 4 ok");
	is_int(len, 8, "INFO short buffer: real length reported");
	ok(buf[4] == 0xee, "INFO short buffer: nothing written past it");
	memset(buf, 0xee, sizeof(buf));
	len = sizeof(buf);
	is_int(t_info(c, buf, &len, &type), 0, "INFO without driver info op ok");
	ok(len == 0 && buf[0] == 0 && buf[15] == 0, "no info op: zero-filled, length 0");
	is_int(type, FWCTL_DEVICE_TYPE_CXL, "cxl type");
	is_int(m->infos, 3, "infos counted (flags error not counted)");
	emu_world_free(w);
}

static void test_rpc_rules(void)
{
	struct emu_world *w = t_world1("mlx5");
	struct emu_dev *d = w->devs[0];
	char tfile[64] = "/tmp/emu-taint-XXXXXX";
	uint8_t in[16], out[64];
	uint32_t len;
	char txt[32] = "";
	FILE *f;
	int fd = mkstemp(tfile);

	close(fd);
	emu_world_set_taint_file(w, tfile);
	nop(in);
	len = sizeof(out);
	is_int(t_rpc(d, 9, in, (3u << 20), out, &len), -EMSGSIZE, "in_len > 2MiB -> EMSGSIZE (before scope)");
	len = 3u << 20;
	is_int(t_rpc(d, 0, in, 16, out, &len), -EMSGSIZE, "out_len > 2MiB -> EMSGSIZE");
	len = sizeof(out);
	is_int(t_rpc(d, 4, in, 16, out, &len), -EOPNOTSUPP, "scope 4 -> EOPNOTSUPP");
	len = sizeof(out);
	is_int(t_rpc(d, 0xffffffffu, in, 16, out, &len), -EOPNOTSUPP, "scope ~0 -> EOPNOTSUPP");
	ok(!w->tainted, "not tainted yet");
	w->cap_sys_rawio = false;
	len = sizeof(out);
	is_int(t_rpc(d, 3, in, 16, out, &len), -EPERM, "scope 3 without CAP_SYS_RAWIO -> EPERM");
	ok(!w->tainted, "EPERM for scope 3 does not taint");
	is_int(d->rpcs, 0, "refused RPCs never reach the driver");
	w->cap_sys_rawio = true;
	t_mlx5_hdr(in, 0x200, 0);   /* CREATE_MKEY: never allowed */
	len = sizeof(out);
	is_int(t_rpc(d, 2, in, 16, out, &len), -EBADMSG, "scope 2, driver refuses");
	ok(w->tainted, "scope 2 taints even when the driver refuses");
	f = fopen(tfile, "r");
	if (f) {
		if (!fgets(txt, sizeof(txt), f))
			txt[0] = '\0';
		fclose(f);
	}
	ok(!strcmp(txt, "524288\n"), "taint file holds bit 19 (524288)");
	nop(in);
	len = sizeof(out);
	is_int(t_rpc(d, 3, in, 16, out, &len), 0, "scope 3 with CAP_SYS_RAWIO ok");
	len = sizeof(out);
	is_int(t_rpc(d, 1, in, 0, out, &len), -EMSGSIZE, "in_len 0 reaches the driver (mlx5 EMSGSIZE)");
	is_int(d->rpcs, 3, "rpcs counted at the driver");
	ok(d->rpcs_by_scope[1] == 1 && d->rpcs_by_scope[2] == 1 && d->rpcs_by_scope[3] == 1,
	     "rpcs_by_scope");
	unlink(tfile);
	unlink(strcat(tfile, ".new"));
	emu_world_free(w);
}

static void test_rpc_copy(void)
{
	struct emu_world *w = t_world1("cxl,profile=cxl-test");
	struct emu_dev *d = w->devs[0];
	uint8_t in[24] = { 0 }, out[96];
	uint32_t len;

	emu_put_le32(in, 0x500);
	emu_put_le32(in + 8, 8);
	emu_put_le32(in + 16, 4096);
	memset(out, 0xee, sizeof(out));
	len = 16;
	is_int(t_rpc(d, 0, in, sizeof(in), out, &len), 0, "truncated answer is not an error");
	is_int(len, 72, "out_len = driver's length");
	ok(out[16] == 0xee, "copy stops at the user's out_len");
	emu_world_free(w);
}

static uint64_t now_ms(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (uint64_t)ts.tv_sec * 1000 + (uint64_t)ts.tv_nsec / 1000000;
}

static void test_faults(void)
{
	const char *devs[] = { "mlx5,count=2", "pds,info_len=4", NULL };
	const char *faults[] = {
		"fw-status,dev=fwctl0,after=1,count=1,status=5",
		"short,dev=fwctl0,after=2,count=1,len=20",
		"oversize,dev=fwctl0,after=3,count=1",
		"garbage,dev=fwctl0,after=4,count=1,keep=1",
		"eintr,dev=fwctl0,after=5,count=1",
		"slow,dev=fwctl0,after=6,count=1,delay=60",
		"enodev,dev=fwctl0,after=7",
		"vendor,name=ops-query,dev=pds,count=1",
		NULL,
	};
	struct emu_world *w = t_world(devs, faults), *w2;
	struct emu_dev *d = w->devs[0], *d1 = w->devs[1], *p = w->devs[2];
	uint8_t in[16], out[64], out2[64];
	uint32_t len;
	uint64_t t0;

	nop(in);
	len = sizeof(out);
	is_int(t_rpc(d, 1, in, 16, out, &len), 0, "RPC 0: no fault");
	is_int(out[0], 0, "RPC 0: status 0");
	len = sizeof(out);
	is_int(t_rpc(d, 1, in, 16, out, &len), 0, "RPC 1: fw-status still succeeds");
	is_int(out[0], 5, "fw-status: status=5 in the reply");
	memset(out, 0xee, sizeof(out));
	len = sizeof(out);
	is_int(t_rpc(d, 1, in, 16, out, &len), 0, "RPC 2: short");
	is_int(len, 20, "short: out_len reduced to len=20");
	ok(out[20] == 0 && out[63] == 0, "short: tail zeroed");
	len = sizeof(out);
	is_int(t_rpc(d, 1, in, 16, out, &len), 0, "RPC 3: oversize");
	is_int(len, 64 + 4096, "oversize: out_len beyond the buffer");
	len = sizeof(out);
	is_int(t_rpc(d, 1, in, 16, out, &len), 0, "RPC 4: garbage");
	ok(out[0] == 0 && (out[1] | out[2] | out[3] | out[8] | out[40]) != 0,
	     "garbage: noise after the kept byte");
	len = sizeof(out);
	is_int(t_rpc(d, 1, in, 16, out, &len), -EINTR, "RPC 5: eintr");
	t0 = now_ms();
	len = sizeof(out);
	is_int(t_rpc(d, 1, in, 16, out, &len), 0, "RPC 6: slow still answers");
	ok(now_ms() - t0 >= 55, "slow: delay=60 ms honoured");
	len = sizeof(out);
	is_int(t_rpc(d, 1, in, 16, out, &len), -ENODEV, "RPC 7: enodev");
	ok(d->removed, "enodev: device marked removed");
	len = 8;
	is_int(t_info(d, out, &len, NULL), -ENODEV, "after enodev INFO fails too");
	len = sizeof(out);
	is_int(t_rpc(d1, 1, in, 16, out, &len), 0, "dev=fwctl0 faults spare fwctl1");
	is_int(out[0], 0, "fwctl1 status 0");

	/* Garbage is deterministic: the same world gives the same bytes. */
	{
		const char *g[] = { "garbage", NULL };
		const char *m1[] = { "mlx5", NULL };

		w2 = t_world(m1, g);
		len = sizeof(out);
		t_rpc(w2->devs[0], 1, in, 16, out, &len);
		emu_world_free(w2);
		w2 = t_world(m1, g);
		len = sizeof(out2);
		t_rpc(w2->devs[0], 1, in, 16, out2, &len);
		emu_world_free(w2);
		ok(!memcmp(out, out2, sizeof(out)), "garbage is deterministic");
	}

	/* Vendor fault seen by the pds driver: first endpoint query fails. */
	{
		struct fwctl_rpc_pds r = { 0 };
		uint8_t resp[8];

		r.in.op = 2; r.in.ep = 1; r.out.len = sizeof(resp); r.out.payload = (uintptr_t)resp;
		len = sizeof(r);
		is_int(t_rpc(p, 0, &r, sizeof(r), &r, &len), -ENOMEM, "vendor ops-query -> ENOMEM");
		len = sizeof(r);
		is_int(t_rpc(p, 0, &r, sizeof(r), &r, &len), 0, "vendor fault count=1 then passes");
	}
	emu_world_free(w);
}

int main(void)
{
	test_sizes();
	test_info();
	test_rpc_rules();
	test_rpc_copy();
	test_faults();
	return tap_done();
}
