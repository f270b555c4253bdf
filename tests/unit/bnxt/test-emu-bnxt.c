// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * The emulated bnxt kernel driver, called directly (no umockdev): the
 * rules of shared/bnxt-abi.md section 5, point by point.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../../emu/emu.h"
#include "../../emu/drivers/bnxt/fw.h"

#include "../../tap.h"

static uint16_t le16(const uint8_t *p) { return (uint16_t)(p[0] | p[1] << 8); }

static struct emu_kv kv[4];
static struct emu_spec spec = { .type = "bnxt", .kv = kv };
static struct emu_fault faults[4];
static struct emu_world world = { .faults = faults };
static struct emu_dev dev = { .world = &world, .drv = &emu_drv_bnxt, .spec = &spec, .name = "fwctl0" };

static void setup(const char *k, const char *v)
{
	char err[128];

	if (dev.drvdata)
		emu_drv_bnxt.remove(&dev);
	spec.n_kv = 0;
	if (k) {
		kv[0].key = (char *)k;
		kv[0].value = (char *)v;
		spec.n_kv = 1;
	}
	dev.stopped = false;
	world.n_faults = 0;
	if (emu_drv_bnxt.probe(&dev, err, sizeof(err)) != 0) {
		printf("Bail out! probe: %s\n", err);
		exit(1);
	}
}

static void req_init(uint8_t *req, uint16_t type, uint16_t cmpl_ring, uint16_t target)
{
	memset(req, 0, 256);
	req[0] = (uint8_t)type; req[1] = (uint8_t)(type >> 8);
	req[2] = (uint8_t)cmpl_ring; req[3] = (uint8_t)(cmpl_ring >> 8);
	req[4] = 0x34; req[5] = 0x12;   /* client's seq_id: must be ignored */
	req[6] = (uint8_t)target; req[7] = (uint8_t)(target >> 8);
}

/* Call fw_rpc with a heap copy of req, like the core does. */
static uint8_t *rpc(uint32_t scope, const uint8_t *req, size_t in_len, size_t out_len,
		    size_t *ret_len, int *errnum)
{
	void *in = malloc(in_len ? in_len : 1);
	uint8_t *out;

	memcpy(in, req, in_len);
	*ret_len = out_len;
	*errnum = 0;
	out = emu_drv_bnxt.fw_rpc(&dev, scope, in, in_len, ret_len, errnum, NULL);
	if (out != in)
		free(in);
	return out;
}

static bool all_zero(const uint8_t *b, size_t from, size_t to)
{
	for (size_t i = from; i < to; i++)
		if (b[i])
			return false;
	return true;
}

/* ---- the 7.3 DMA commands: user pointers inside the request ---- */

static const uint8_t *cur_req;   /* the caller's request (where pointers live) */

static int mem_rw(struct emu_mem *m, enum emu_mem_parent parent, size_t off, void *buf,
		  size_t len, bool write)
{
	uint64_t p;

	(void)m;
	if (parent != EMU_MEM_IN || !cur_req)
		return -EFAULT;
	memcpy(&p, cur_req + off, 8);
	if (!p)
		return -EFAULT;
	if (write)
		memcpy((void *)(uintptr_t)p, buf, len);
	else
		memcpy(buf, (void *)(uintptr_t)p, len);
	return 0;
}
static int mem_read(struct emu_mem *m, enum emu_mem_parent pa, size_t off, void *dst, size_t len)
{
	return mem_rw(m, pa, off, dst, len, false);
}
static int mem_write(struct emu_mem *m, enum emu_mem_parent pa, size_t off, const void *src, size_t len)
{
	return mem_rw(m, pa, off, (void *)src, len, true);
}
static struct emu_mem umem = { .read = mem_read, .write = mem_write };

static void put32(uint8_t *p, uint32_t v)
{
	for (int i = 0; i < 4; i++)
		p[i] = (uint8_t)(v >> (8 * i));
}
static void put_ptr(uint8_t *p, const void *ptr)
{
	uint64_t v = (uint64_t)(uintptr_t)ptr;

	memcpy(p, &v, 8);
}

static uint8_t *rpc_mem(uint32_t scope, const uint8_t *req, size_t in_len, size_t out_len, int *errnum)
{
	void *in = malloc(in_len);
	size_t len = out_len;
	uint8_t *out;

	memcpy(in, req, in_len);
	cur_req = req;
	*errnum = 0;
	out = emu_drv_bnxt.fw_rpc(&dev, scope, in, in_len, &len, errnum, &umem);
	if (out != in)
		free(in);
	cur_req = NULL;
	return out;
}

static void list_req(uint8_t *req, void *buf, uint32_t len, uint16_t seq)
{
	req_init(req, 0xff17, 0xffff, 0xffff);
	put_ptr(req + 16, buf);
	put32(req + 24, len);
	req[28] = (uint8_t)seq;
}

static void dma_tests(void)
{
	static uint8_t buf[65536], buf2[65536];
	uint8_t req[256], *out;
	int e;

	setup("kernel", "7.2");
	list_req(req, buf, 2048, 0);
	out = rpc_mem(1, req, 32, 16, &e);
	ok(!out && e == EPERM, "7.2: COREDUMP_LIST is not on the list -> EPERM");
	req_init(req, 0xff18, 0xffff, 0xffff);
	out = rpc_mem(1, req, 32, 16, &e);
	ok(!out && e == EPERM, "7.2: COREDUMP_INITIATE -> EPERM");

	setup(NULL, NULL);
	list_req(req, buf, 2048, 0);
	out = rpc_mem(0, req, 24, 16, &e);
	ok(!out && e == EINVAL, "in_len 24 != 32 -> EINVAL even at scope 0 (lengths first)");
	list_req(req, buf, 0, 0);
	out = rpc_mem(1, req, 32, 16, &e);
	ok(!out && e == EINVAL, "host_buf_len 0 -> EINVAL");
	list_req(req, buf, 65537, 0);
	out = rpc_mem(0, req, 32, 16, &e);
	ok(!out && e == EINVAL, "host_buf_len 65537 -> EINVAL before the scope check");
	list_req(req, buf, 2048, 0);
	out = rpc_mem(0, req, 32, 16, &e);
	ok(!out && e == EPERM, "valid LIST at scope 0 -> EPERM");

	memset(buf, 0xa5, sizeof(buf));
	out = rpc_mem(1, req, 32, 16, &e);
	ok(out && e == 0 && le16(out) == 0 && le16(out + 10) == 6 && le16(out + 12) == 64 &&
	   (out[8] & 1), "LIST page 0: 6 segments, 4 records (64 bytes), more");
	ok(le16(buf) == 1 && all_zero(buf, 64, 2048) && buf[2048] == 0xa5,
	   "the whole 2048-byte buffer is copied back, nothing beyond it");
	free(out);
	list_req(req, buf, 2048, 1);
	out = rpc_mem(1, req, 32, 16, &e);
	ok(out && le16(out + 12) == 32 && !(out[8] & 1), "LIST page 1: 2 records, more clear");
	free(out);

	/* RETRIEVE before INITIATE: firmware error, buffer still copied back */
	memset(buf, 0xa5, 4096);
	req_init(req, 0xff19, 0xffff, 0xffff);
	put_ptr(req + 16, buf);
	put32(req + 24, 4096);
	req[32] = 1;
	out = rpc_mem(1, req, 56, 16, &e);
	ok(out && le16(out) == 0x2 && all_zero(buf, 0, 4096),
	   "RETRIEVE before INITIATE: INVALID_PARAMS, buffer overwritten with zeros");
	free(out);
	req_init(req, 0xff18, 0xffff, 0xffff);
	req[16] = 1;
	out = rpc_mem(1, req, 32, 16, &e);
	ok(out && le16(out) == 0, "INITIATE (component 1, segment 0) at scope 1");
	free(out);
	req_init(req, 0xff19, 0xffff, 0xffff);
	put_ptr(req + 16, buf);
	put32(req + 24, 4096);
	req[32] = 1;
	out = rpc_mem(1, req, 56, 16, &e);
	ok(out && le16(out) == 0 && le16(out + 10) == 4096 && (out[8] & 1), "RETRIEVE page 0: 4096 bytes, more");
	free(out);

	/* READ_DIRECT counts 32-bit words */
	req_init(req, 0xff10, 0xffff, 0xffff);
	put_ptr(req + 16, buf);
	put32(req + 28, 16385);
	out = rpc_mem(1, req, 32, 16, &e);
	ok(!out && e == EINVAL, "READ_DIRECT read_len32 16385 (x4 > 64 KiB) -> EINVAL");
	put32(req + 28, 16384);
	out = rpc_mem(1, req, 32, 16, &e);
	ok(out && e == 0, "READ_DIRECT read_len32 16384 (64 KiB) accepted");
	free(out);

	/* GET_DIR_ENTRIES: fixed 64 KiB */
	memset(buf, 0xa5, sizeof(buf));
	req_init(req, 0xfffa, 0xffff, 0xffff);
	put_ptr(req + 16, buf);
	out = rpc_mem(1, req, 24, 16, &e);
	ok(out && le16(out) == 0 && le16(buf) == 4 && all_zero(buf, 14 * 24, sizeof(buf)),
	   "GET_DIR_ENTRIES writes the directory and zeroes the rest of 64 KiB");
	free(out);

	/* EFAULT both ways */
	faults[0] = (struct emu_fault){ .kind = EMU_FAULT_VENDOR, .name = "bnxt-efault" };
	world.n_faults = 1;
	out = rpc_mem(1, req, 24, 16, &e);
	ok(!out && e == EFAULT, "bnxt-efault (dir=from): copy back fails -> EFAULT, no response");
	{
		static struct emu_kv fkv[1] = { { "dir", "to" } };
		static struct emu_spec fspec = { .type = "vendor", .kv = fkv, .n_kv = 1 };

		faults[0].args = &fspec;
		out = rpc_mem(1, req, 24, 16, &e);
		ok(out && e == 0, "dir=to does not touch a device-to-host command");
		free(out);
		req_init(req, 0xff2d, 0xffff, 0xffff);
		put_ptr(req + 16, buf);
		put_ptr(req + 24, buf2);
		put32(req + 32, 64);
		out = rpc_mem(2, req, 40, 16, &e);
		ok(!out && e == EFAULT, "dir=to: copying DBG_PTRACE's command buffer in fails -> EFAULT");
	}
	world.n_faults = 0;
	memset(buf, 0x3c, 64);
	memset(buf2, 0, 64);
	out = rpc_mem(2, req, 40, 16, &e);
	ok(out && e == 0 && buf2[0] == 0x3c && buf2[63] == 0x3c, "DBG_PTRACE: to-device in, from-device out");
	free(out);
	out = rpc_mem(1, req, 40, 16, &e);
	ok(!out && e == EPERM, "DBG_PTRACE at scope 1 (needs 2) -> EPERM");
}

int main(void)
{
	uint8_t req[256], orig[256];
	uint8_t *out;
	size_t len;
	int e;
	const void *info;
	size_t info_len;

	printf("TAP version 13\n");
	setup(NULL, NULL);

	/* 1. identity */
	info = emu_drv_bnxt.info(&dev, &info_len);
	ok(info_len == 4 && le16(info) == 0xf, "FWCTL_INFO device data: 4 bytes, uctx_caps 0xF (7.3)");
	setup("kernel", "7.2");
	info = emu_drv_bnxt.info(&dev, &info_len);
	ok(info_len == 4 && le16(info) == 7, "kernel=7.2: uctx_caps 0x7");
	setup(NULL, NULL);
	ok(emu_drv_bnxt.device_type == 3 && strcmp(emu_drv_bnxt.pci_driver, "bnxt_en") == 0 &&
	   emu_drv_bnxt.parent == EMU_PARENT_PCI && emu_drv_bnxt.has_netdev,
	   "type 3, PCI parent bound to bnxt_en, with a netdev");

	/* 3. lengths, before permission */
	req_init(req, 0x0000, 0xffff, 0xffff);
	out = rpc(1, req, 15, 176, &len, &e);
	ok(!out && e == EINVAL, "in_len 15 -> EINVAL");
	out = rpc(1, req, 129, 176, &len, &e);
	ok(!out && e == EINVAL, "in_len 129 -> EINVAL");
	out = rpc(1, req, 24, 7, &len, &e);
	ok(!out && e == EINVAL, "out_len 7 -> EINVAL");
	req_init(req, 0x0001, 0xffff, 0xffff);
	out = rpc(0, req, 8, 176, &len, &e);
	ok(!out && e == EINVAL, "a disallowed command with a bad length gets EINVAL, not EPERM");

	/* 4. permission */
	out = rpc(3, req, 24, 176, &len, &e);
	ok(!out && e == EPERM, "req_type 0x0001 (not on the list) -> EPERM even at scope 3");
	req_init(req, 0x0015, 0xffff, 0xffff);
	out = rpc(0, req, 24, 144, &len, &e);
	ok(!out && e == EPERM, "group B (FUNC_QCAPS) at scope 0 -> EPERM");
	req_init(req, 0x002b, 0xffff, 0xffff);
	out = rpc(1, req, 24, 64, &len, &e);
	ok(!out && e == EPERM, "group C (I2C_WRITE) at scope 1 -> EPERM");
	out = rpc(2, req, 24, 64, &len, &e);
	ok(out && e == 0, "group C at scope 2 -> accepted");
	free(out);
	req_init(req, 0x00c0, 0xffff, 0xffff);
	out = rpc(0, req, 24, 64, &len, &e);
	ok(out && e == 0 && le16(out) == 0, "group A (FW_RESET) at scope 0 -> accepted");
	free(out);

	/* 6, 7: response buffer and header */
	req_init(req, 0x0000, 0xffff, 0xffff);
	req[16] = 1; req[17] = 10; req[18] = 3;
	memcpy(orig, req, sizeof(req));
	out = rpc(1, req, 24, 4096, &len, &e);
	ok(out && e == 0, "VER_GET at scope 1 -> ioctl 0");
	ok(len == 4096, "out_len returned unchanged (4096)");
	ok(le16(out) == 0 && le16(out + 2) == 0 && le16(out + 6) == 176, "error 0, req_type echo, resp_len 176");
	ok(le16(out + 4) != 0x1234, "seq_id is the kernel's, not the client's");
	ok(out[175] == 0, "valid byte reads 0");
	ok(all_zero(out, 176, 4096), "bytes past resp_len are zero");
	ok(out[8] == 1 && out[9] == 10 && le16(out + 112) == 0x16d7, "interface 1.10, chip BCM57414");
	ok(memcmp(req, orig, sizeof(req)) == 0, "the caller's request is not modified");
	free(out);
	out = rpc(1, req, 24, 64, &len, &e);
	ok(out && len == 64 && le16(out + 6) == 176, "out_len 64: truncated copy, resp_len still 176");
	free(out);

	/* 10. short request: header only is legal */
	req_init(req, 0x0015, 0xffff, 0xffff);
	out = rpc(1, req, 16, 144, &len, &e);
	ok(out && le16(out) == 0 && le16(out + 6) == 144, "16-byte FUNC_QCAPS request accepted");
	free(out);

	/* 9. cmpl_ring != 0xFFFF modelled as a timeout */
	req_init(req, 0x0000, 0x0000, 0xffff);
	out = rpc(1, req, 24, 176, &len, &e);
	ok(out && e == 0 && le16(out) == 0xfff0 && all_zero(out, 2, 176),
	   "cmpl_ring 0 -> ioctl 0, zeroed buffer, error_code 0xFFF0");
	free(out);
	{
		char *d = emu_drv_bnxt.describe(&dev);

		ok(d && strstr(d, "\"cmpl_ring_not_ffff\":1"), "describe counts the cmpl_ring request: %s", d);
		free(d);
	}

	/* 8. KONG + cmpl_ring */
	setup("kong", "1");
	req_init(req, 0x0000, 0x0001, 0xfff9);
	out = rpc(1, req, 24, 176, &len, &e);
	ok(out && le16(out) == 0xffea, "KONG target with a completion ring -> 0xFFEA");
	free(out);

	/* 12. stopped: RPC EPERM, INFO works */
	setup("stopped", "1");
	req_init(req, 0x0000, 0xffff, 0xffff);
	out = rpc(1, req, 24, 176, &len, &e);
	ok(!out && e == EPERM, "stopped device -> EPERM");
	info = emu_drv_bnxt.info(&dev, &info_len);
	ok(info && info_len == 4, "stopped device still answers INFO");

	/* vendor faults */
	setup(NULL, NULL);
	faults[0] = (struct emu_fault){ .kind = EMU_FAULT_VENDOR, .name = "bnxt-timeout", .count = 1 };
	world.n_faults = 1;
	out = rpc(1, req, 24, 176, &len, &e);
	ok(out && le16(out) == 0xfff0 && le16(out + 6) == 0, "bnxt-timeout: 0xFFF0, resp_len 0");
	free(out);
	out = rpc(1, req, 24, 176, &len, &e);
	ok(out && le16(out) == 0 && le16(out + 6) == 176, "count=1: the next RPC is answered");
	free(out);

	setup(NULL, NULL);
	{
		static struct emu_kv fkv[1] = { { "status", "0x11" } };
		static struct emu_spec fspec = { .type = "vendor", .kv = fkv, .n_kv = 1 };

		faults[0] = (struct emu_fault){ .kind = EMU_FAULT_VENDOR, .name = "bnxt-error", .args = &fspec };
		world.n_faults = 1;
		out = rpc(1, req, 24, 176, &len, &e);
		ok(out && le16(out) == 0x11 && le16(out + 6) == 16 && out[15] == 0,
		   "bnxt-error status=0x11: firmware error response, 16 bytes, valid 0");
		free(out);
	}
	setup(NULL, NULL);
	faults[0] = (struct emu_fault){ .kind = EMU_FAULT_VENDOR, .name = "bnxt-stopped", .after = 1 };
	world.n_faults = 1;
	out = rpc(1, req, 24, 176, &len, &e);
	ok(out != NULL, "bnxt-stopped after=1: first RPC passes");
	free(out);
	out = rpc(1, req, 24, 176, &len, &e);
	ok(!out && e == EPERM && dev.stopped, "then EPERM, device stopped");

	/* FW_STATUS fault from the core */
	setup(NULL, NULL);
	out = rpc(1, req, 24, 176, &len, &e);
	emu_drv_bnxt.inject_status(&dev, out, len, 0x2);
	ok(le16(out) == 2 && le16(out + 6) == 16 && all_zero(out, 8, 176), "inject_status writes an error response");
	free(out);

	dma_tests();
	emu_drv_bnxt.remove(&dev);
	return tap_done();
}
