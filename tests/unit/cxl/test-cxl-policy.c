// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * The cxl policy on the driver's whole allow-list: the three Features
 * opcodes classified from request bytes (the scope the kernel takes each
 * at, Set Feature a device write), every other opcode off the list, short
 * requests malformed; and the (size, retval) reply check.
 */
#include <stdio.h>
#include <string.h>

#include "../../../plugins/cxl/cxl.h"
#include "../../../lib/rpc.h"

#include "../../tap.h"

static void classify(uint32_t opcode, size_t in_len, struct fwctl_rpc_class *c)
{
	uint8_t in[64] = { 0 };
	struct fwctl_rpc_args a = { .in = in, .in_len = in_len, .out_cap = 64 };

	prm_put_le32(in, opcode);
	*c = (struct fwctl_rpc_class){ .effect = FWCTL_RPC_UNKNOWN };
	cxl_rpc_policy.classify(&a, c);
}

static void test_allow_list(void)
{
	static const struct {
		uint16_t opcode;
		const char *name;
		uint32_t scope;
		enum fwctl_rpc_effect effect;
	} want[] = {
		{ 0x0500, "Get Supported Features", FWCTL_RPC_CONFIGURATION, FWCTL_RPC_READS },
		{ 0x0501, "Get Feature", FWCTL_RPC_CONFIGURATION, FWCTL_RPC_READS },
		{ 0x0502, "Set Feature", FWCTL_RPC_DEBUG_WRITE, FWCTL_RPC_WRITES_DEVICE },
	};
	struct fwctl_rpc_class c;
	int off = 0;

	for (size_t i = 0; i < sizeof(want) / sizeof(want[0]); i++) {
		classify(want[i].opcode, 16 + 8, &c);
		ok(c.known && !c.malformed && !c.off_allow_list && c.min_scope == want[i].scope &&
		   c.effect == want[i].effect && !strcmp(c.name, want[i].name) &&
		   c.reply_min == sizeof(struct fwctl_rpc_cxl_out_hdr),
		   "0x%04x %s: known, scope %s, %s, reply of 8 bytes at least", want[i].opcode,
		   want[i].name, fwctl_scope_name(want[i].scope),
		   want[i].effect == FWCTL_RPC_READS ? "reads" : "writes the device");
	}
	classify(0x0502, 16 + 8, &c);
	ok(fwctl_rpc_needs_force(&c, FWCTL_RPC_CONFIGURATION) &&
	   fwctl_rpc_needs_force(&c, FWCTL_RPC_DEBUG_WRITE), "Set Feature needs --force at any scope");
	classify(0x0501, 16 + 8, &c);
	ok(!fwctl_rpc_needs_force(&c, FWCTL_RPC_CONFIGURATION), "Get Feature at config does not");

	for (uint32_t op = 0; op <= 0xffff; op++) {
		if (op >= 0x0500 && op <= 0x0502)
			continue;
		classify(op, 16, &c);
		off += c.off_allow_list && !c.known && c.effect == FWCTL_RPC_UNKNOWN;
	}
	ok(off == 0x10000 - 3, "every other 16-bit opcode: off the allow-list, unknown effect");
	classify(0x00010502, 16 + 8, &c);
	ok(c.known && c.effect == FWCTL_RPC_WRITES_DEVICE,
	   "the kernel takes the low 16 bits: 0x10502 is Set Feature");
	classify(0x0502, 15, &c);
	ok(c.malformed && !c.known && !c.off_allow_list, "a request under the 16-byte header: malformed");
	ok(!fwctl_rpc_needs_force(&c, FWCTL_RPC_CONFIGURATION),
	   "malformed: sent as a read (the kernel refuses it)");
}

static int check(uint32_t size, uint32_t retval, size_t out_len, unsigned int flags,
		 struct fwctl_err *err)
{
	uint8_t in[24] = { 0 }, out[64] = { 0 };
	struct fwctl_rpc_args a = { .in = in, .in_len = sizeof(in), .out = out, .out_cap = sizeof(out),
				    .out_len = out_len, .flags = flags, .what = "Get Feature" };
	struct fwctl_rpc_class c;

	prm_put_le32(in, 0x0501);
	prm_put_le32(out, size);
	prm_put_le32(out + 4, retval);
	c = (struct fwctl_rpc_class){ .effect = FWCTL_RPC_UNKNOWN };
	cxl_rpc_policy.classify(&a, &c);
	fwctl_err_clear(err);
	return cxl_rpc_policy.check_reply(&a, &c, err);
}

static void test_check_reply(void)
{
	struct fwctl_err err = { 0 };

	ok(check(4, 0, 12, 0, &err) == 0, "size 4 in a 12-byte reply: ok");
	ok(check(8, 0, 12, 0, &err) < 0 && err.kind == FWCTL_ERR_TRUNCATED &&
	   strstr(err.message, "12 bytes received") && strstr(err.message, "16"),
	   "size past the reply: truncated, both lengths named");
	ok(check(8, 0, 12, FWCTL_RPC_ALLOW_TRUNCATED, &err) == 0, "unless the caller allows it");
	ok(check(0, 2, 8, 0, &err) < 0 && err.kind == FWCTL_ERR_FIRMWARE && err.fw_status == 2 &&
	   !strcmp(err.fw_status_name, "invalid_input"), "retval: firmware error (exit 5), named");
	ok(fwctl_err_exit_code(&err) == 5, "exit code 5");
	ok(check(0, 2, 8, FWCTL_RPC_OWN_STATUS, &err) == 0, "OWN_STATUS: the caller reads the retval");
}

int main(void)
{
	test_allow_list();
	test_check_reply();
	return tap_done();
}
