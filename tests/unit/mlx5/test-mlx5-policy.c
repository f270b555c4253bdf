// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * The mlx5 RPC classifier against the plugin's whole opcode table: every
 * row is known at its table scope with the right effect (a register write
 * or a SET_/MODIFY_ command writes, a QUERY_ reads), the reply rule is the
 * buffer the caller gave, every other opcode is off the allow-list, and a
 * request shorter than the mailbox header is malformed.  The RPC layer
 * decides --force, --dry-run and the reply check from these answers, so a
 * wrong row here is a write sent without --force.
 */
#include <stdio.h>
#include <string.h>

#include "lib/abi.h"
#include "lib/prm.h"
#include "lib/rpc.h"
#include "plugins/mlx5/mlx5_opcodes.h"
#include "plugins/mlx5/mlx5_policy.h"

#include "../../tap.h"

#define HDR 16

static void classify(uint16_t opcode, uint16_t op_mod, size_t in_len, size_t out_cap,
		     struct fwctl_rpc_class *c)
{
	uint8_t in[64] = { 0 };
	struct fwctl_rpc_args a = {
		.scope = FWCTL_RPC_CONFIGURATION, .in = in, .in_len = in_len, .out_cap = out_cap,
	};

	prm_put_be16(in, opcode);
	prm_put_be16(in + 6, op_mod);
	/* As fwctl_rpc_classify() hands it over. */
	*c = (struct fwctl_rpc_class){ .effect = FWCTL_RPC_UNKNOWN };
	mlx5_rpc_policy.classify(&a, c);
}

static bool starts(const char *s, const char *prefix)
{
	return !strncmp(s, prefix, strlen(prefix));
}

/* What the row's name says it does, independent of the table's flag. */
static int effect_by_name(const struct mlx5_opcode *o, uint16_t op_mod)
{
	if (o->rule == OPC_OPMOD0_CONFIG)
		return op_mod == 0 ? FWCTL_RPC_WRITES_DEVICE : FWCTL_RPC_READS;
	if (starts(o->name, "QUERY_") || starts(o->name, "USER_QUERY_") ||
	    starts(o->name, "FPGA_QUERY_") || !strcmp(o->name, "NOP"))
		return FWCTL_RPC_READS;
	return FWCTL_RPC_WRITES_DEVICE;
}

static void check_row(const struct mlx5_opcode *o, unsigned *bad)
{
	for (uint16_t op_mod = 0; op_mod <= 1; op_mod++) {
		uint32_t want_scope = o->rule == OPC_OPMOD0_CONFIG && op_mod == 0
				      ? FWCTL_RPC_CONFIGURATION : o->min_scope;
		struct fwctl_rpc_class c;

		classify(o->opcode, op_mod, 32, 4112, &c);
		if (!c.known || c.malformed || c.off_allow_list || c.min_scope != want_scope ||
		    (int)c.effect != effect_by_name(o, op_mod) || c.reply_min != 4112 ||
		    !starts(c.name, o->name)) {
			printf("#   %s (0x%x) op_mod %u: known %d malformed %d off %d scope %u "
			       "(want %u) effect %d (want %d) reply_min %zu name '%s'\n",
			       o->name, o->opcode, op_mod, c.known, c.malformed, c.off_allow_list,
			       c.min_scope, want_scope, c.effect, effect_by_name(o, op_mod),
			       c.reply_min, c.name);
			(*bad)++;
		}
	}
}

static void test_table(void)
{
	unsigned bad = 0, dups = 0;

	ok(mlx5_n_opcodes > 90, "the table has %zu opcodes", mlx5_n_opcodes);
	for (size_t i = 0; i < mlx5_n_opcodes; i++) {
		check_row(&mlx5_opcodes[i], &bad);
		for (size_t k = i + 1; k < mlx5_n_opcodes; k++)
			dups += mlx5_opcodes[i].opcode == mlx5_opcodes[k].opcode;
	}
	is_int(dups, 0, "no opcode twice in the table");
	is_int(bad, 0, "every row, op_mod 0 and 1: known, table scope, effect, reply_min, name");
}

/* A few rows spelled out, so the test does not only restate the table. */
static void test_known_rows(void)
{
	struct fwctl_rpc_class c;

	classify(0x805, 0, 32, 32, &c);
	ok(c.known && c.effect == FWCTL_RPC_WRITES_DEVICE && c.min_scope == FWCTL_RPC_CONFIGURATION,
	   "ACCESS_REG op_mod 0 (write): a device write at config");
	is_str(c.name, "ACCESS_REG write", "named as a write");
	ok(fwctl_rpc_needs_force(&c, FWCTL_RPC_CONFIGURATION), "which needs --force");
	classify(0x805, 1, 32, 32, &c);
	ok(c.known && c.effect == FWCTL_RPC_READS && c.min_scope == FWCTL_RPC_DEBUG_READ_ONLY,
	   "ACCESS_REG op_mod 1 (read): a read at debug-ro");
	is_str(c.name, "ACCESS_REG read", "named as a read");
	ok(!fwctl_rpc_needs_force(&c, FWCTL_RPC_DEBUG_READ_ONLY), "which needs no --force");
	classify(0xb0c, 0, 32, 32, &c);
	ok(c.effect == FWCTL_RPC_WRITES_DEVICE, "ACCESS_REGISTER_USER op_mod 0 writes");
	classify(0x100, 1, 16, 4112, &c);
	ok(c.known && c.effect == FWCTL_RPC_READS && c.min_scope == FWCTL_RPC_CONFIGURATION,
	   "QUERY_HCA_CAP: a read at config");
	classify(0x109, 0, 16, 16, &c);
	ok(c.effect == FWCTL_RPC_WRITES_DEVICE, "SET_HCA_CAP writes");
	classify(0x820, 0, 16, 16, &c);
	ok(c.effect == FWCTL_RPC_WRITES_DEVICE && c.min_scope == FWCTL_RPC_DEBUG_WRITE,
	   "SET_DIAGNOSTIC_PARAMS: a write at debug-write");
	classify(0x821, 0, 16, 16, &c);
	ok(c.effect == FWCTL_RPC_READS && c.min_scope == FWCTL_RPC_DEBUG_READ_ONLY,
	   "QUERY_DIAGNOSTIC_COUNTERS: a read at debug-ro");
}

static void test_reply_min(void)
{
	static const size_t caps[] = { 16, 17, 32, 272, 4112, 2u << 20 };
	struct fwctl_rpc_class c;
	unsigned bad = 0;

	for (size_t i = 0; i < sizeof(caps) / sizeof(caps[0]); i++) {
		classify(0x805, 1, 32, caps[i], &c);
		if (c.reply_min != caps[i]) {
			printf("#   out_cap %zu: reply_min %zu\n", caps[i], c.reply_min);
			bad++;
		}
	}
	is_int(bad, 0, "reply_min is the out_cap given (the driver copies the whole buffer)");
	classify(0x805, 1, 32, 8, &c);
	is_int(c.reply_min, HDR, "a buffer under the header still needs a whole header");
}

static void test_off_list(void)
{
	unsigned off = 0, wrong = 0;
	struct fwctl_rpc_class c;

	for (uint32_t op = 0; op <= 0xffff; op++) {
		if (mlx5_opcode_by_value((uint16_t)op))
			continue;
		off++;
		classify((uint16_t)op, 0, 16, 16, &c);
		if (c.known || !c.off_allow_list || c.malformed || c.effect != FWCTL_RPC_UNKNOWN) {
			if (wrong++ < 3)
				printf("#   0x%x: known %d off %d malformed %d effect %d\n", op,
				       c.known, c.off_allow_list, c.malformed, c.effect);
		}
	}
	is_int(off, 0x10000 - mlx5_n_opcodes, "every other opcode tried");
	is_int(wrong, 0, "each is off the allow-list, unknown, of unknown effect");
	classify(0xffff, 0, 16, 16, &c);
	is_str(c.name, "opcode 0xffff", "named by its number");
	ok(fwctl_rpc_needs_force(&c, FWCTL_RPC_CONFIGURATION), "and treated as a write");
}

static void test_malformed(void)
{
	struct fwctl_rpc_class c;
	struct fwctl_rpc_args a = { .scope = FWCTL_RPC_CONFIGURATION, .out_cap = 16 };
	unsigned bad = 0;

	for (size_t len = 0; len < HDR; len++) {
		classify(0x805, 0, len, 32, &c);   /* a write's header, cut short */
		if (!c.malformed || c.known || c.off_allow_list)
			bad++;
	}
	is_int(bad, 0, "a request of 0..15 bytes is malformed, neither known nor off the list");
	ok(!fwctl_rpc_needs_force(&c, FWCTL_RPC_CONFIGURATION),
	   "and goes out as a read (the kernel refuses it)");
	c = (struct fwctl_rpc_class){ .effect = FWCTL_RPC_UNKNOWN };
	mlx5_rpc_policy.classify(&a, &c);
	ok(c.malformed, "no request buffer at all is malformed");
	classify(0x805, 0, HDR, 32, &c);
	ok(!c.malformed && c.known, "exactly a header is a request");
}

int main(void)
{
	test_table();
	test_known_rows();
	test_reply_min();
	test_off_list();
	test_malformed();
	return tap_done();
}
