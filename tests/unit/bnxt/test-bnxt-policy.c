// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * The bnxt policy on the kernel's whole allow-list: every req_type of the
 * command table and of the Linux 7.3 DMA table classified from request
 * bytes (known, the kernel's minimum scope, read or write), codes off the
 * list, short requests; and the reply check every bnxt RPC goes through.
 */
#include <errno.h>
#include <stdio.h>
#include <string.h>

#include "../../../plugins/bnxt/bnxt.h"
#include "../../../plugins/bnxt/dma.h"

#include "../../tap.h"

static void classify(uint16_t req_type, size_t in_len, struct fwctl_rpc_class *c)
{
	uint8_t req[HWRM_REQ_MAX_LEN] = { 0 };
	struct fwctl_rpc_args a = { .scope = FWCTL_RPC_CONFIGURATION, .in = req, .in_len = in_len,
				    .out_cap = 4096 };

	bnxt_req_hdr(req, sizeof(req), req_type);
	*c = (struct fwctl_rpc_class){ .effect = FWCTL_RPC_UNKNOWN };
	bnxt_rpc_policy.classify(&a, c);
}

/* Group B reads, groups A (any scope, changes the device) and C (debug-write) write. */
static void test_command_table(void)
{
	int bad = 0, reads = 0, writes = 0;

	for (size_t i = 0; i < bnxt_n_hwrm_cmds; i++) {
		const struct bnxt_hwrm_cmd *x = &bnxt_hwrm_cmds[i];
		uint32_t want_scope = x->group == 'A' ? FWCTL_RPC_CONFIGURATION
				    : x->group == 'B' ? FWCTL_RPC_DEBUG_READ_ONLY : FWCTL_RPC_DEBUG_WRITE;
		enum fwctl_rpc_effect want = x->group == 'B' ? FWCTL_RPC_READS : FWCTL_RPC_WRITES_DEVICE;
		struct fwctl_rpc_class c;
		char name[64];

		classify(x->req_type, HWRM_REQ_MIN_LEN, &c);
		snprintf(name, sizeof(name), "HWRM_%s", x->name);
		if (!c.known || c.malformed || c.off_allow_list || c.min_scope != want_scope ||
		    c.effect != want || strcmp(c.name, name) ||
		    (want == FWCTL_RPC_WRITES_DEVICE && !c.effect_text) ||
		    fwctl_rpc_needs_force(&c, want_scope) != (want != FWCTL_RPC_READS)) {
			bad++;
			printf("# %s (0x%04x): known %d scope %u effect %d name %s\n", x->name,
			       x->req_type, c.known, c.min_scope, c.effect, c.name);
		}
		reads += c.effect == FWCTL_RPC_READS;
		writes += c.effect == FWCTL_RPC_WRITES_DEVICE;
	}
	ok(bad == 0, "all %zu commands: known, the kernel's scope, read/write by group",
	   bnxt_n_hwrm_cmds);
	ok(reads == 54 && writes == 17, "54 reads (group B), 17 writes (groups A and C)");
}

/* A DMA command writes when a buffer goes to the device, it needs a write
 * scope, or the table says what it changes. */
static void test_dma_table(void)
{
	int bad = 0, writes = 0;

	for (size_t i = 0; i < bnxt_n_dma_cmds; i++) {
		const struct bnxt_dma_cmd *x = &bnxt_dma_cmds[i];
		bool to_dev = false, w;
		struct fwctl_rpc_class c;

		for (unsigned int b = 0; b < x->n_bufs; b++)
			to_dev |= x->bufs[b].dir == BNXT_DMA_TO_DEV;
		w = to_dev || x->min_scope >= FWCTL_RPC_DEBUG_WRITE || x->effect;

		classify(x->req_type, x->req_size ? x->req_size : HWRM_REQ_MIN_LEN, &c);
		if (bnxt_cmd_by_type(x->req_type) || !c.known || c.off_allow_list ||
		    c.min_scope != x->min_scope ||
		    c.effect != (w ? FWCTL_RPC_WRITES_DEVICE : FWCTL_RPC_READS)) {
			bad++;
			printf("# DMA %s (0x%04x): known %d scope %u effect %d\n", x->name, x->req_type,
			       c.known, c.min_scope, c.effect);
		}
		writes += w;
	}
	ok(bad == 0, "all %zu DMA commands: known, their scope, read/write from their buffers",
	   bnxt_n_dma_cmds);
	ok(writes > 0 && writes < (int)bnxt_n_dma_cmds, "DMA table has both reads and writes (%d writes)",
	   writes);
}

static void test_off_list(void)
{
	struct fwctl_rpc_class c;
	int listed = 0, off = 0;

	/* Every other 16-bit code is off the kernel's list. */
	for (uint32_t t = 0; t <= 0xffff; t++) {
		bool on = bnxt_cmd_by_type((uint16_t)t) || bnxt_dma_by_type((uint16_t)t);

		classify((uint16_t)t, HWRM_REQ_MIN_LEN, &c);
		listed += on;
		off += !on && c.off_allow_list && !c.known && c.effect == FWCTL_RPC_UNKNOWN;
	}
	ok(listed == (int)(bnxt_n_hwrm_cmds + bnxt_n_dma_cmds) && off == 0x10000 - listed,
	   "every code off both tables: off the allow-list, unknown effect");
	classify(0x0017, HWRM_REQ_MIN_LEN, &c);
	ok(!strcmp(c.name, "HWRM req_type 0x0017"), "named by its code");
	classify(0x0000, HWRM_REQ_MIN_LEN - 1, &c);
	ok(c.malformed && !c.known && !c.off_allow_list, "a request under the 16-byte header: malformed");
}

static void put16(uint8_t *b, uint16_t v) { b[0] = (uint8_t)v; b[1] = (uint8_t)(v >> 8); }

static int check(uint16_t req_type, uint8_t *out, size_t cap, size_t out_len, unsigned int flags,
		 struct fwctl_err *err)
{
	uint8_t req[HWRM_REQ_MIN_LEN];
	struct fwctl_rpc_args a = { .in = req, .in_len = sizeof(req), .out = out, .out_cap = cap,
				    .out_len = out_len, .flags = flags };
	struct fwctl_rpc_class c = { .effect = FWCTL_RPC_UNKNOWN };

	bnxt_req_hdr(req, sizeof(req), req_type);
	bnxt_rpc_policy.classify(&a, &c);
	fwctl_err_clear(err);
	return bnxt_rpc_policy.check_reply(&a, &c, err);
}

static void test_check_reply(void)
{
	uint8_t out[64] = { 0 };
	struct fwctl_err err = { 0 };

	ok(bnxt_rpc_policy.check_reply != NULL, "the policy has a reply check");
	put16(out + 6, 48);
	ok(check(0x0000, out, sizeof(out), sizeof(out), 0, &err) == 0, "VER_GET, resp_len 48 of 64: ok");
	put16(out + 6, 176);
	ok(check(0x0000, out, sizeof(out), sizeof(out), 0, &err) < 0 && err.kind == FWCTL_ERR_TRUNCATED &&
	   strstr(err.message, "HWRM_VER_GET") && strstr(err.message, "64 bytes received, 176 expected"),
	   "resp_len over the buffer: truncated, both lengths named");
	ok(check(0x0000, out, sizeof(out), sizeof(out), FWCTL_RPC_ALLOW_TRUNCATED, &err) == 0,
	   "unless the caller allows a truncated reply");
	put16(out + 6, 16);
	put16(out, 0x0002);
	ok(check(0x0000, out, sizeof(out), sizeof(out), 0, &err) < 0 && err.kind == FWCTL_ERR_FIRMWARE &&
	   err.fw_status == 2, "error_code: firmware error");
	ok(check(0x0000, out, sizeof(out), sizeof(out), FWCTL_RPC_OWN_STATUS, &err) == 0,
	   "OWN_STATUS: the caller reads the error_code");
	put16(out, 0xfff0);
	ok(check(0x0016, out, sizeof(out), sizeof(out), FWCTL_RPC_OWN_STATUS, &err) == 0,
	   "OWN_STATUS covers kernel codes too");
	ok(check(0x0016, out, sizeof(out), sizeof(out), 0, &err) < 0 && err.errnum == EBUSY &&
	   strstr(err.message, "HWRM_FUNC_QCFG"), "kernel code 0xFFF0, command named");
	put16(out, 0);
	put16(out + 2, 0x0015);
	ok(check(0x0016, out, sizeof(out), sizeof(out), 0, &err) < 0 && err.kind == FWCTL_ERR_PROTOCOL,
	   "req_type echo mismatch: malformed");
	put16(out + 2, 0x0016);
	put16(out + 6, 0);
	ok(check(0x0016, out, sizeof(out), sizeof(out), 0, &err) < 0 && err.kind == FWCTL_ERR_PROTOCOL,
	   "resp_len 0: malformed");
	put16(out + 6, 4);
	ok(check(0x0016, out, sizeof(out), sizeof(out), 0, &err) < 0 && err.kind == FWCTL_ERR_PROTOCOL,
	   "resp_len under the header: malformed");
	put16(out + 6, 16);
	ok(check(0x0016, out, sizeof(out), sizeof(out) + 4096, FWCTL_RPC_ALLOW_TRUNCATED, &err) == 0,
	   "an oversized out_len is judged on the buffer's bytes");
}

int main(void)
{
	test_command_table();
	test_dma_table();
	test_off_list();
	test_check_reply();
	return tap_done();
}
