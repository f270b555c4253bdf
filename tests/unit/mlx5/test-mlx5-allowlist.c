// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * The mlx5 kernel allow-list three ways: the values of shared/kernel-abi.md
 * section 3 (transcribed below, the reference), the emulated kernel's rule
 * (tests/emu/drivers/mlx5/drv.c, emu_mlx5_allowed) and the tool's opcode
 * table (plugins/mlx5/opcodes.c).  The two code tables are written
 * independently; each must agree with the reference for every opcode and
 * scope, and refuse everything the reference does not list.
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>

#include "lib/abi.h"
#include "plugins/mlx5/mlx5_opcodes.h"
#include "tests/emu/drivers/mlx5/emu_mlx5.h"

static int n, fails;

static void ok(int cond, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void ok(int cond, const char *fmt, ...)
{
	va_list ap;

	n++;
	if (!cond)
		fails++;
	printf("%sok %d - ", cond ? "" : "not ", n);
	va_start(ap, fmt);
	vprintf(fmt, ap);
	va_end(ap);
	printf("\n");
}

/* shared/kernel-abi.md section 3: "Allowed at ANY scope". */
static const uint16_t doc_config[] = {
	0x823, 0xb2e, 0x101, 0x740, 0x100, 0x762, 0x10e, 0x760, 0xb22, 0x731, 0x109,
};
/*
 * "Allowed at scope >= DEBUG_READ_ONLY".  QUERY_VHCA_MIGRATION_STATE is
 * 0x117 in mlx5_ifc.h (the document guesses ~0xb19, marked UNVERIFIED);
 * QUERY_VHCA_STATE 0xb0d as the document says.
 */
static const uint16_t doc_debug_ro[] = {
	0x964, 0x962, 0x80d, 0x971, 0x813, 0x981, 0x824, 0x826, 0x822, 0x402, 0xb14, 0x716,
	0x713, 0x911, 0x821, 0x819, 0xb28, 0xb2a, 0x10c, 0xb03, 0xb2f, 0xb0f, 0x303, 0x752,
	0x93b, 0x935, 0x937, 0x932, 0xa02, 0x764, 0x765, 0x10a, 0x82a, 0x842, 0x80b, 0xb13,
	0x201, 0x942, 0x8001, 0x754, 0x722, 0xb02, 0x728, 0x93f, 0x107, 0x602, 0x773, 0x50b,
	0x781, 0x512, 0xb05, 0xb07, 0x90f, 0x90b, 0x919, 0x8000, 0x8006, 0x784, 0x111, 0x203,
	0x907, 0x702, 0x903, 0x915, 0xa05, 0xa09, 0x117, 0xb0d, 0x76f, 0x770, 0x750, 0x831,
	0x707, 0x725, 0x727, 0x719, 0xb08, 0xb0a, 0x730, 0x732,
};
/* "Allowed at scope >= DEBUG_WRITE". */
static const uint16_t doc_debug_write[] = { 0x820 };
/* ACCESS_REG / ACCESS_REGISTER_USER: op_mod 0 (write) at any scope, reads at debug-ro. */
static const uint16_t doc_access_reg[] = { 0x805, 0xb0c };

#define N(a) (sizeof(a) / sizeof((a)[0]))

/* Least scope the document gives for opcode/op_mod; 4 = never allowed. */
static uint32_t doc_scope(uint16_t op, uint16_t op_mod)
{
	for (size_t i = 0; i < N(doc_access_reg); i++)
		if (doc_access_reg[i] == op)
			return op_mod == 0 ? FWCTL_RPC_CONFIGURATION : FWCTL_RPC_DEBUG_READ_ONLY;
	for (size_t i = 0; i < N(doc_config); i++)
		if (doc_config[i] == op)
			return FWCTL_RPC_CONFIGURATION;
	for (size_t i = 0; i < N(doc_debug_ro); i++)
		if (doc_debug_ro[i] == op)
			return FWCTL_RPC_DEBUG_READ_ONLY;
	for (size_t i = 0; i < N(doc_debug_write); i++)
		if (doc_debug_write[i] == op)
			return FWCTL_RPC_DEBUG_WRITE;
	return 4;
}

/* Least scope at which the emulated kernel lets opcode/op_mod through. */
static uint32_t emu_scope(uint16_t op, uint16_t op_mod)
{
	for (uint32_t s = 0; s <= FWCTL_RPC_DEBUG_WRITE_FULL; s++)
		if (emu_mlx5_allowed(op, op_mod, s)) {
			/* Allowed from s on, at every higher scope too. */
			for (uint32_t t = s; t <= FWCTL_RPC_DEBUG_WRITE_FULL; t++)
				if (!emu_mlx5_allowed(op, op_mod, t))
					return 5;
			return s;
		}
	return 4;
}

static uint32_t tool_scope(uint16_t op, uint16_t op_mod)
{
	const struct mlx5_opcode *o = mlx5_opcode_by_value(op);

	return o ? mlx5_opcode_scope(o, op_mod) : 4;
}

int main(void)
{
	unsigned listed = 0, emu_bad = 0, tool_bad = 0, first_emu = 0, first_tool = 0;

	/* Every 16-bit opcode, op_mod 0 (writes / plain) and 1 (reads). */
	for (uint32_t op = 0; op <= 0xffff; op++)
		for (uint16_t op_mod = 0; op_mod <= 1; op_mod++) {
			uint32_t want = doc_scope((uint16_t)op, op_mod);

			listed += want != 4 && op_mod == 0;
			if (emu_scope((uint16_t)op, op_mod) != want && !emu_bad++)
				first_emu = op;
			if (tool_scope((uint16_t)op, op_mod) != want && !tool_bad++)
				first_tool = op;
		}
	ok(listed == N(doc_config) + N(doc_debug_ro) + N(doc_debug_write) + N(doc_access_reg),
	   "reference lists %u opcodes (%u expected)", listed,
	   (unsigned)(N(doc_config) + N(doc_debug_ro) + N(doc_debug_write) + N(doc_access_reg)));
	ok(emu_bad == 0, "emulated kernel agrees with kernel-abi.md (%u mismatches, first 0x%x)",
	   emu_bad, first_emu);
	ok(tool_bad == 0, "tool's opcode table agrees with kernel-abi.md (%u mismatches, first 0x%x)",
	   tool_bad, first_tool);
	ok(mlx5_n_opcodes == listed, "tool table has %u rows, reference %u opcodes",
	   (unsigned)mlx5_n_opcodes, listed);
	/* The quirk, spelled out. */
	ok(emu_mlx5_allowed(0x805, 0, FWCTL_RPC_CONFIGURATION) &&
	   !emu_mlx5_allowed(0x805, 1, FWCTL_RPC_CONFIGURATION),
	   "emu: ACCESS_REG write at CONFIGURATION, read not");
	ok(tool_scope(0x805, 0) == FWCTL_RPC_CONFIGURATION && tool_scope(0x805, 1) ==
	   FWCTL_RPC_DEBUG_READ_ONLY, "tool: ACCESS_REG write %u, read %u",
	   tool_scope(0x805, 0), tool_scope(0x805, 1));
	ok(tool_scope(0x820, 0) == FWCTL_RPC_DEBUG_WRITE && emu_scope(0x820, 0) == FWCTL_RPC_DEBUG_WRITE,
	   "SET_DIAGNOSTIC_PARAMS needs debug-write in both (%u, %u)", tool_scope(0x820, 0),
	   emu_scope(0x820, 0));
	printf("1..%d\n", n);
	return fails ? 1 : 0;
}
