// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * cxl driver rules (kernel-abi.md section 5) and the facts measured on a
 * real kernel with cxl_test (shared/real-kernel-cxl.md on 7.2.13, and the
 * tests/vm run on 7.3.4: tests/vm/README.md).
 */
#include <stdlib.h>
#include <unistd.h>

#include "drivers/cxl/emu_cxl.h"
#include "emu_test.h"

static uint8_t in[16 + 32 + 2048], out[4096];

static int gsf(struct emu_dev *d, uint32_t scope, uint32_t count, uint16_t start,
	       uint32_t op_size, uint32_t *len)
{
	memset(in, 0, sizeof(in));
	emu_put_le32(in, 0x500);
	emu_put_le32(in + 8, op_size);
	emu_put_le32(in + 16, count);
	emu_put_le16(in + 20, start);
	return t_rpc(d, scope, in, 24, out, len);
}

static int get_feat(struct emu_dev *d, const char *uuid, uint16_t count, uint8_t sel,
		    uint32_t *len)
{
	memset(in, 0, sizeof(in));
	emu_put_le32(in, 0x501);
	emu_put_le32(in + 8, 21);
	emu_cxl_uuid_parse(uuid, in + 16);
	emu_put_le16(in + 34, count);
	in[36] = sel;
	return t_rpc(d, 0, in, 16 + 21, out, len);
}

static int set_feat(struct emu_dev *d, uint32_t scope, const char *uuid, const uint8_t *data,
		    size_t n, uint32_t *len)
{
	memset(in, 0, sizeof(in));
	emu_put_le32(in, 0x502);
	emu_put_le32(in + 8, (uint32_t)(32 + n));
	emu_cxl_uuid_parse(uuid, in + 16);
	in[16 + 22] = 1;   /* version */
	memcpy(in + 16 + 32, data, n);
	return t_rpc(d, scope, in, (uint32_t)(16 + 32 + n), out, len);
}

#define TEST_UUID "ffffffff-ffff-ffff-ffff-ffffffffffff"
#define SCRUB_UUID "96dad7d6-fde8-482b-a733-75774e06db8a"
#define IMM_UUID "3f2a8c5e-6b1d-4e7a-9c0b-2d4e6f8a0b1c"
#define RESET_UUID "7c9e1d3b-2a4f-4b6c-8e0d-1f3a5c7e9b2d"
#define RO_UUID "a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d"
#define BG_UUID "5d0c6e2a-9b47-4f13-a8e5-3c7b1d9f0e42"
#define RSVD_UUID "e8a41f07-36c2-4d5b-b190-7f2e5a8c4d63"
#define NOEFF_UUID "2b6f9d31-c4e8-4a70-9d15-6e3a8b2c7f90"
#define LOG_UUID "c0ffee00-1b2c-4d3e-8f4a-5b6c7d8e9fa0"

static void cxl_test_facts(void)
{
	struct emu_world *w = t_world1("cxl,profile=cxl-test");
	struct emu_dev *d = w->devs[0];
	uint8_t data[4] = { 1, 2, 3, 4 }, dd[8];
	uint32_t len, type;

	len = sizeof(dd);
	memset(dd, 0xff, sizeof(dd));
	is_int(t_info(d, dd, &len, &type), 0, "INFO ok");
	ok(type == FWCTL_DEVICE_TYPE_CXL && len == 0 && dd[0] == 0, "INFO: type 2, len 0, zeroed");

	for (uint32_t s = 0; s < 4; s++) {
		len = sizeof(out);
		is_int(gsf(d, s, 4096, 0, 8, &len), 0, "Get Supported Features at every scope");
	}
	is_int(len, 72, "GSF out_len 72");
	is_int(emu_get_le32(out), 56, "GSF size 56");
	is_int(emu_get_le32(out + 4), 0, "GSF retval 0");
	is_int(emu_get_le16(out + 8), 1, "num_entries 1");
	is_int(emu_get_le16(out + 10), 1, "supported_feats 1");
	{
		const uint8_t *e = out + 16;
		uint8_t ff[16];

		memset(ff, 0xff, 16);
		ok(!memcmp(e, ff, 16), "entry uuid ffffffff-...");
		ok(emu_get_le16(e + 16) == 0 && emu_get_le16(e + 18) == 4 &&
		     emu_get_le16(e + 20) == 4, "id 0, get 4, set 4");
		is_int(emu_get_le32(e + 22), 0x61, "flags 0x61");
		ok(e[26] == 1 && e[27] == 1, "versions 1/1");
		is_int(emu_get_le16(e + 28), 0x0201, "effects 0x0201");
	}
	len = sizeof(out);
	is_int(gsf(d, 0, 0, 0, 8, &len), 0, "count 0 ok");
	ok(emu_get_le16(out + 8) == 0 && emu_get_le16(out + 10) == 1, "count 0: no entries, supported 1");
	/* 7.3.4: out_len counts the 16-byte fwctl_rpc_cxl_out, so 16 + the 8-byte list header. */
	is_int(len, 24, "count 0: out_len 24");
	is_int(emu_get_le32(out), 8, "count 0: size 8");
	len = sizeof(out);
	is_int(gsf(d, 0, 4096, 1, 8, &len), -EINVAL, "start_idx past the end -> EINVAL");
	len = sizeof(out);
	is_int(gsf(d, 0, 4096, 0, 9, &len), -EINVAL, "op_size != 8 -> EINVAL");
	len = sizeof(out);
	is_int(t_rpc(d, 0, in, 12, out, &len), -EINVAL, "in_len < 16 -> EINVAL");
	len = 16;
	is_int(gsf(d, 0, 4096, 0, 8, &len), 0, "truncation is not an error");
	is_int(len, 72, "truncated: out_len 72");
	gsf(d, 0, 4096, 0, 8, &len);
	emu_put_le32(in + 4, 7);        /* flags */
	emu_put_le32(in + 12, 9);       /* reserved1 */
	len = sizeof(out);
	is_int(t_rpc(d, 0, in, 24, out, &len), 0, "flags/reserved1 not checked");
	emu_put_le32(in, 0x10500);
	len = sizeof(out);
	is_int(t_rpc(d, 0, in, 24, out, &len), 0, "opcode truncated to 16 bits (0x10500)");
	emu_put_le32(in, 0x1234);
	len = sizeof(out);
	is_int(t_rpc(d, 0, in, 24, out, &len), -EINVAL, "unknown opcode -> EINVAL");

	for (uint8_t sel = 0; sel < 3; sel++) {
		len = sizeof(out);
		is_int(get_feat(d, TEST_UUID, 4, sel, &len), 0, "Get Feature");
		ok(len == 20 && emu_get_le32(out) == 4 && emu_get_le32(out + 8) == 0xdeadbeef,
		     "selection %u: ef be ad de", sel);
	}
	len = sizeof(out);
	is_int(get_feat(d, TEST_UUID, 0, 0, &len), -EINVAL, "Get count 0 -> EINVAL");
	len = 10;
	is_int(get_feat(d, TEST_UUID, 4, 0, &len), -EINVAL, "Get count beyond the out buffer -> EINVAL");
	len = sizeof(out);
	is_int(get_feat(d, "01234567-89ab-cdef-0123-456789abcdef", 4, 0, &len), 0, "Get unknown UUID: ioctl succeeds");
	ok(emu_get_le32(out) == 0 && emu_get_le32(out + 4) == 3, "size 0, retval 3");
	is_int(len, 16, "unknown UUID: out_len 16 (the header only)");

	len = sizeof(out);
	is_int(set_feat(d, 0, TEST_UUID, data, 4, &len), -EINVAL, "Set at scope 0 -> EINVAL");
	len = sizeof(out);
	is_int(set_feat(d, 1, TEST_UUID, data, 4, &len), -EINVAL, "Set at scope 1 -> EINVAL");
	len = sizeof(out);
	is_int(set_feat(d, 2, TEST_UUID, data, 4, &len), 0, "Set at scope 2");
	ok(len == 16 && emu_get_le32(out + 4) == 0, "Set: header-only answer, retval 0");
	len = sizeof(out);
	get_feat(d, TEST_UUID, 4, 0, &len);
	is_int(emu_get_le32(out + 8), 0x04030201, "Get returns the new data");
	len = sizeof(out);
	is_int(set_feat(d, 3, TEST_UUID, data, 4, &len), 0, "Set at scope 3");
	ok(w->tainted, "write scopes tainted");

	/* The mock's own rules (tools/testing/cxl/test/mem.c), read from its source. */
	len = sizeof(out);
	is_int(get_feat(d, TEST_UUID, 8, 0, &len), 0, "mock: Get past the data: ioctl succeeds");
	ok(emu_get_le32(out) == 0 && emu_get_le32(out + 4) == 2, "mock: size 0, retval 2 (invalid input)");
	for (uint8_t sel = 0; sel < 3; sel++) {
		len = sizeof(out);
		get_feat(d, TEST_UUID, 4, sel, &len);
		ok(emu_get_le32(out + 8) == 0x04030201, "mock: one value for selection %u", sel);
	}
	len = sizeof(out);
	memset(dd, 0x5a, sizeof(dd));
	is_int(set_feat(d, 2, TEST_UUID, dd, 8, &len), 0, "mock: Set with 8 bytes");
	ok(emu_get_le32(out + 4) == 0, "mock: accepted, 4 bytes copied");
	len = sizeof(out);
	get_feat(d, TEST_UUID, 4, 0, &len);
	is_int(emu_get_le32(out + 8), 0x5a5a5a5a, "mock: first four bytes stored");
	len = sizeof(out);
	set_feat(d, 2, TEST_UUID, data, 4, &len);
	in[16 + 20] = 1;           /* offset 1 */
	len = sizeof(out);
	is_int(t_rpc(d, 2, in, 16 + 32 + 4, out, &len), 0, "mock: Set at offset 1 delivered");
	is_int(emu_get_le32(out + 4), 2, "mock: offset != 0 -> retval 2");
	len = sizeof(out);
	is_int(set_feat(d, 2, TEST_UUID, data, 4, &len), 0, "Set again");
	in[16 + 16] = 1;           /* flags: initiate transfer; the kernel overrides it */
	len = sizeof(out);
	is_int(t_rpc(d, 2, in, 16 + 32 + 4, out, &len), 0, "Set with user transfer flags");
	is_int(emu_get_le32(out + 4), 0, "the kernel sends a full transfer whatever the user's flags");
	emu_world_free(w);
}

/* The fwctl core as the real kernel showed it for a cxl device (real-kernel-cxl.md). */
static void cxl_test_core_facts(void)
{
	struct emu_world *w = t_world1("cxl,profile=cxl-test");
	struct emu_dev *d = w->devs[0];
	uint8_t arg[64] = { 0 };
	struct fwctl_info *info = (void *)arg;
	uint32_t len, sz;

	*info = (struct fwctl_info){ .size = 24, .flags = 1 };
	is_int(t_ioctl(d, FWCTL_IOCTL_INFO, arg, 24), -EOPNOTSUPP, "INFO flags=1 -> EOPNOTSUPP");
	memset(arg, 0, sizeof(arg));
	info->size = 40;
	is_int(t_ioctl(d, FWCTL_IOCTL_INFO, arg, 40), 0, "INFO larger struct, zero tail: accepted");
	is_int(info->out_device_type, FWCTL_DEVICE_TYPE_CXL, "INFO type 2");
	is_int(info->device_data_len, 0, "INFO device_data_len 0");
	arg[39] = 1;
	is_int(t_ioctl(d, FWCTL_IOCTL_INFO, arg, 40), -E2BIG, "INFO non-zero tail -> E2BIG");
	sz = 8; memset(arg, 0, sizeof(arg)); memcpy(arg, &sz, 4);
	is_int(t_ioctl(d, FWCTL_IOCTL_INFO, arg, sizeof(arg)), -EINVAL, "INFO size=8 -> EINVAL");
	sz = 16; memset(arg, 0, sizeof(arg)); memcpy(arg, &sz, 4);
	is_int(t_ioctl(d, FWCTL_IOCTL_RPC, arg, sizeof(arg)), -EINVAL, "RPC size=16 -> EINVAL");
	is_int(t_ioctl(d, 0x9a07, arg, sizeof(arg)), -ENOTTY, "unknown ioctl number -> ENOTTY");

	len = sizeof(out);
	is_int(gsf(d, 4, 4096, 0, 8, &len), -EOPNOTSUPP, "scope 4 -> EOPNOTSUPP");
	len = sizeof(out);
	is_int(gsf(d, 9, 4096, 0, 8, &len), -EOPNOTSUPP, "scope 9 -> EOPNOTSUPP");
	len = 3u << 20;
	is_int(gsf(d, 0, 4096, 0, 8, &len), -EMSGSIZE, "out_len 3 MiB -> EMSGSIZE");
	len = sizeof(out);
	is_int(t_rpc(d, 0, in, 3u << 20, out, &len), -EMSGSIZE, "in_len 3 MiB -> EMSGSIZE");
	is_int(d->rpcs, 0, "none of these reached the driver");
	ok(!w->tainted, "nothing tainted");
	emu_world_free(w);
}

/* TAINT_FWCTL: bit 19, set by the first RPC at scope 2 even if it only reads. */
static void cxl_test_taint(void)
{
	struct emu_world *w = t_world1("cxl,profile=cxl-test");
	struct emu_dev *d = w->devs[0];
	char tfile[64] = "/tmp/emu-cxl-taint-XXXXXX", txt[32] = "";
	int fd = mkstemp(tfile);
	uint32_t len;
	FILE *f;

	if (fd >= 0)
		close(fd);
	is_int(emu_world_set_taint_file(w, tfile), 0, "taint file set");
	for (uint32_t s = 0; s < 2; s++) {
		len = sizeof(out);
		gsf(d, s, 4096, 0, 8, &len);
	}
	ok(!w->tainted, "Get Supported Features at scopes 0 and 1: no taint");
	len = sizeof(out);
	is_int(gsf(d, 2, 4096, 0, 8, &len), 0, "Get Supported Features at scope 2 (read-only)");
	ok(w->tainted, "scope 2 taints, even for a read");
	f = fopen(tfile, "r");
	if (f) {
		if (!fgets(txt, sizeof(txt), f))
			txt[0] = '\0';
		fclose(f);
	}
	ok(!strcmp(txt, "524288\n"), "tainted holds bit 19 (524288)");
	unlink(tfile);
	emu_world_free(w);
}

/* Unbinding the platform device: ENODEV on that device only. */
static void cxl_test_unbind(void)
{
	const char *devs[] = { "cxl,profile=cxl-test", "cxl,profile=cxl-test", NULL };
	const char *faults[] = { "enodev,dev=fwctl0,after=1", NULL };
	struct emu_world *w = t_world(devs, faults);
	struct emu_dev *d = w->devs[0], *other = w->devs[1];
	uint8_t dd[8];
	uint32_t len;

	len = sizeof(out);
	is_int(gsf(d, 0, 4096, 0, 8, &len), 0, "before the unbind: RPC ok");
	len = sizeof(out);
	is_int(gsf(d, 0, 4096, 0, 8, &len), -ENODEV, "after the unbind: RPC -> ENODEV");
	len = sizeof(dd);
	is_int(t_info(d, dd, &len, NULL), -ENODEV, "after the unbind: INFO -> ENODEV");
	len = sizeof(dd);
	is_int(t_info(other, dd, &len, NULL), 0, "the other device stays: INFO");
	len = sizeof(out);
	is_int(gsf(other, 0, 4096, 0, 8, &len), 0, "the other device stays: RPC");
	emu_world_free(w);
}

static struct emu_world *world_or_err(const char *spec, char *errbuf, size_t errlen)
{
	const char *d[] = { spec };

	errbuf[0] = '\0';
	return emu_world_new(d, 1, NULL, 0, errbuf, errlen);
}

/*
 * cxl_test's memdevs hang under a platform device (cxl_mem.N or cxl_rcd.N,
 * driver cxl_mock_mem) with no PCI function above (7.3.4 in the VM), so the
 * tool reports no PCI address or ids.  profile=cxl-test implies
 * parent=platform; the default cxl device stays under a PCI function.
 */
static void cxl_test_parent(void)
{
	static const char *const bad[] = {
		"mlx5,parent=platform", "cxl,parent=usb", "cxl,profile=cxl-test,pci=0000:01:00.0",
		"cxl,profile=cxl-test,device_id=0x0d93", "cxl,platform=cxl_mem.3",
	};
	struct emu_world *w;
	struct fwctl_device fd;
	char err[256];

	w = t_world1("cxl,profile=cxl-test,count=2");
	ok(!strcmp(w->devs[0]->platform, "cxl_mem.0") && !strcmp(w->devs[1]->platform, "cxl_mem.1"),
	     "cxl-test: platform devices cxl_mem.0, cxl_mem.1");
	ok(!*w->devs[0]->pci_address && w->devs[0]->pci_device == 0, "cxl-test: no PCI function");
	is_int(emu_inproc_fill_device(w->devs[1], &fd), 0, "device record");
	ok(fd.pci_address == NULL && !fd.has_pci_ids, "record: no PCI address, no ids");
	ok(fd.parent_kind == FWCTL_PARENT_BUS_DEVICE && !strcmp(fd.memdev, "mem1") &&
	     !strcmp(fd.driver, "cxl_mem"), "record: memdev mem1, driver cxl_mem");
	ok(!strcmp(fd.syspath, "/sys/devices/platform/cxl_mem.1/mem1/fwctl/fwctl1"),
	     "record: syspath under the platform device (%s)", fd.syspath);
	emu_inproc_free_device(&fd);
	emu_world_free(w);

	w = t_world1("cxl,profile=cxl-test,platform=cxl_rcd.10");
	ok(!strcmp(w->devs[0]->platform, "cxl_rcd.10"), "platform=NAME (an RCD's name)");
	emu_world_free(w);
	w = t_world1("cxl,parent=platform");
	ok(!strcmp(w->devs[0]->platform, "cxl_mem.0") && !*w->devs[0]->pci_address,
	     "parent=platform with the default profile");
	emu_world_free(w);
	w = t_world1("cxl,profile=cxl-test,parent=pci");
	ok(!*w->devs[0]->platform && !strcmp(w->devs[0]->pci_address, "0000:01:00.0"),
	     "cxl-test with parent=pci: under a PCI function");
	emu_world_free(w);

	w = t_world1("cxl");
	ok(!*w->devs[0]->platform && !strcmp(w->devs[0]->pci_address, "0000:01:00.0") &&
	     w->devs[0]->pci_device == 0x0d93, "default cxl: PCI 0000:01:00.0, 8086:0d93");
	is_int(emu_inproc_fill_device(w->devs[0], &fd), 0, "default cxl: device record");
	ok(fd.pci_address && !strcmp(fd.pci_address, "0000:01:00.0") && fd.has_pci_ids &&
	     fd.pci_vendor == 0x8086 && fd.pci_device == 0x0d93, "default cxl: record has PCI ids");
	emu_inproc_free_device(&fd);
	emu_world_free(w);

	for (size_t i = 0; i < EMU_ARRAY_SIZE(bad); i++) {
		w = world_or_err(bad[i], err, sizeof(err));
		ok(!w && *err, "refused: %s (%s)", bad[i], err);
		emu_world_free(w);
	}
}

static void default_rules(void)
{
	const char *specs[] = { "cxl", "cxl,feat_cap=ro", NULL };
	struct emu_world *w = t_world(specs, NULL);
	struct emu_dev *d = w->devs[0], *ro = w->devs[1];
	uint8_t data[8] = { 9, 9, 9, 9, 9, 9, 9, 9 };
	uint32_t len;

	len = sizeof(out);
	is_int(gsf(d, 0, 4096, 0, 8, &len), 0, "GSF default set");
	is_int(emu_get_le16(out + 8), 12, "twelve features");
	{
		const uint8_t *e = out + 16;   /* patrol scrub first */
		uint8_t u[16];

		emu_cxl_uuid_parse(SCRUB_UUID, u);
		ok(!memcmp(e, u, 16), "patrol scrub listed");
		ok(emu_get_le16(e + 20) == 0 && !(emu_get_le32(e + 22) & 1),
		     "exclusive: set size 0, CHANGEABLE cleared");
		ok(emu_get_le16(e + 48 * 2 + 20) == 4 && (emu_get_le32(e + 48 * 2 + 22) & 1),
		     "vendor feature keeps set size and CHANGEABLE");
	}
	len = sizeof(out);
	is_int(gsf(d, 0, 48 * 2, 1, 8, &len), 0, "GSF window");
	ok(emu_get_le16(out + 8) == 2 && len == 16 + 8 + 96, "count/48 entries from start_idx");
	len = sizeof(out);
	is_int(set_feat(d, 3, SCRUB_UUID, data, 2, &len), -EPERM, "Set of kernel-exclusive -> EPERM");
	len = sizeof(out);
	is_int(set_feat(d, 2, SCRUB_UUID, data, 2, &len), -EINVAL, "exclusive+immediate at 2 -> EINVAL");
	len = sizeof(out);
	is_int(set_feat(d, 2, IMM_UUID, data, 8, &len), -EINVAL, "immediate effect at 2 -> EINVAL");
	len = sizeof(out);
	is_int(set_feat(d, 3, IMM_UUID, data, 8, &len), 0, "immediate effect at 3");
	len = sizeof(out);
	is_int(set_feat(d, 2, RESET_UUID, data, 4, &len), 0, "reset-only effect at 2");
	len = sizeof(out);
	is_int(set_feat(d, 3, RO_UUID, data, 4, &len), -EINVAL, "not changeable -> EINVAL");
	len = sizeof(out);
	is_int(set_feat(d, 3, "01234567-89ab-cdef-0123-456789abcdef", data, 4, &len), -EINVAL, "unknown UUID Set -> EINVAL");
	len = sizeof(out);
	is_int(set_feat(d, 3, IMM_UUID, data, 0, &len), -EINVAL, "Set op_size <= 32 -> EINVAL");
	len = sizeof(out);
	is_int(set_feat(d, 3, RESET_UUID, data, 8, &len), 0, "Set too long still delivered");
	is_int(emu_get_le32(out + 4), 2, "mailbox rejects: retval 2 (invalid input)");
	len = sizeof(out);
	is_int(set_feat(ro, 3, RESET_UUID, data, 4, &len), -EINVAL, "feat_cap=ro: Set -> EINVAL");
	len = sizeof(out);
	is_int(gsf(ro, 0, 4096, 0, 8, &len), 0, "feat_cap=ro: GSF works");
	len = sizeof(out);
	is_int(get_feat(ro, RESET_UUID, 4, 0, &len), 0, "feat_cap=ro: Get works");

	/* Every refusal in cxlctl_validate_set_features() is EINVAL, even at scope 3. */
	len = sizeof(out);
	is_int(set_feat(d, 3, BG_UUID, data, 4, &len), -EINVAL, "background effect -> EINVAL");
	len = sizeof(out);
	is_int(set_feat(d, 3, RSVD_UUID, data, 4, &len), -EINVAL, "reserved effect bits -> EINVAL");
	len = sizeof(out);
	is_int(set_feat(d, 3, NOEFF_UUID, data, 4, &len), -EINVAL, "neither immediate nor reset effect -> EINVAL");
	len = sizeof(out);
	set_feat(d, 3, RESET_UUID, data, 4, &len);
	emu_put_le32(in + 8, 8);   /* op_size below a UUID */
	len = sizeof(out);
	is_int(t_rpc(d, 3, in, 16 + 32 + 4, out, &len), -EINVAL, "Set op_size < 16 -> EINVAL");

	/* Set changes Get; the kernel always sets "saved across reset". */
	len = sizeof(out);
	data[0] = 0x42;
	is_int(set_feat(d, 2, RESET_UUID, data, 4, &len), 0, "reset-only Set");
	len = sizeof(out);
	get_feat(d, RESET_UUID, 4, 0, &len);
	is_int(emu_get_le32(out + 8), 0x09090942, "current value changed");
	len = sizeof(out);
	get_feat(d, RESET_UUID, 4, 2, &len);
	is_int(emu_get_le32(out + 8), 0x09090942, "saved value changed too");
	len = sizeof(out);
	get_feat(d, RESET_UUID, 4, 1, &len);
	is_int(emu_get_le32(out + 8), 1, "default value kept");
	len = sizeof(out);
	is_int(get_feat(d, RESET_UUID, 4, 3, &len), 0, "selection 3 delivered");
	is_int(emu_get_le32(out + 4), 2, "selection 3 -> retval 2");
	len = sizeof(out);
	is_int(get_feat(d, RESET_UUID, 8, 0, &len), 0, "Get past the data delivered");
	is_int(emu_get_le32(out + 4), 2, "Get past the data -> retval 2");
	emu_world_free(w);
}

/* A 256-byte mailbox: the kernel splits Get and Set of the 1536-byte feature. */
static void small_payload(void)
{
	struct emu_world *w = t_world1("cxl,payload=256");
	struct emu_dev *d = w->devs[0];
	struct emu_cxl *c = emu_cxl(d);
	static uint8_t big[1536];
	uint64_t before;
	uint32_t len;

	for (size_t i = 0; i < sizeof(big); i++)
		big[i] = (uint8_t)(0xff - i);
	before = c->fw_cmds;
	len = sizeof(out);
	is_int(get_feat(d, LOG_UUID, 1024, 0, &len), 0, "Get 1024 bytes");
	ok(len == 16 + 1024 && emu_get_le32(out) == 1024 && out[8] == 0x4c && out[8 + 100] == 100,
	     "1024 bytes arrive");
	is_int(c->fw_cmds - before, 4, "as four mailbox commands of 256 bytes");
	before = c->fw_cmds;
	len = sizeof(out);
	is_int(set_feat(d, 2, LOG_UUID, big, sizeof(big), &len), 0, "Set 1536 bytes");
	is_int(emu_get_le32(out + 4), 0, "retval 0");
	is_int(c->fw_cmds - before, 7, "initiate, continue x5, finish (224 bytes each)");
	len = sizeof(out);
	get_feat(d, LOG_UUID, 512, 0, &len);
	ok(out[8] == 0xff && out[8 + 511] == (uint8_t)(0xff - 511), "Get returns the new data");
	emu_world_free(w);
}

int main(void)
{
	cxl_test_facts();
	cxl_test_core_facts();
	cxl_test_taint();
	cxl_test_unbind();
	cxl_test_parent();
	default_rules();
	small_payload();
	return tap_done();
}
