/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * The tool's own table of the mlx5 opcodes the kernel lets through fwctl,
 * with the least scope each needs (shared/kernel-abi.md section 3).  Kept
 * apart from the emulator's allow-list on purpose: a test compares both.
 */
#ifndef FWCTL_MLX5_OPCODES_H
#define FWCTL_MLX5_OPCODES_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

enum mlx5_opc_rule {
	OPC_PLAIN = 0,          /* min_scope applies to every op_mod */
	OPC_OPMOD0_CONFIG,      /* op_mod 0 (register write) is allowed at CONFIGURATION */
};

/* What a request does: `writes` for commands that change device state
 * (SET_, MODIFY_...); for OPC_OPMOD0_CONFIG, op_mod 0 writes, 1 reads. */

struct mlx5_opcode {
	const char *name;
	uint16_t opcode;
	uint32_t min_scope;
	enum mlx5_opc_rule rule;
	bool writes;
};

extern const struct mlx5_opcode mlx5_opcodes[];
extern const size_t mlx5_n_opcodes;

const struct mlx5_opcode *mlx5_opcode_find(const char *name);   /* case-insensitive */
const struct mlx5_opcode *mlx5_opcode_by_value(uint16_t opcode);
/* Least scope the kernel accepts for opcode+op_mod. */
uint32_t mlx5_opcode_scope(const struct mlx5_opcode *o, uint16_t op_mod);
/* True if opcode+op_mod changes the device. */
bool mlx5_opcode_writes(const struct mlx5_opcode *o, uint16_t op_mod);
const char *const *mlx5_opcode_names(void);

#endif
