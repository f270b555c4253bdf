// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * libFuzzer target for `fwctl mlx5 cmd`'s answer decoding: the first byte
 * picks an opcode of the allow-list, the second and third are op_mod (big
 * endian), the rest is the firmware's out mailbox, of any length.
 */
#include <stddef.h>
#include <stdint.h>

#include <json-c/json.h>

#include "plugins/mlx5/mlx5_handlers.h"
#include "plugins/mlx5/mlx5_opcodes.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const struct mlx5_opcode *op;
	struct json_object *j;
	uint16_t op_mod;

	if (size < 3)
		return 0;
	op = &mlx5_opcodes[data[0] % mlx5_n_opcodes];
	op_mod = (uint16_t)(data[1] << 8 | data[2]);
	(void)mlx5_cmd_reply_len(op->opcode, op_mod);
	j = mlx5_cmd_reply_decode(op->opcode, op_mod, data + 3, size - 3);
	json_object_to_json_string(j);
	json_object_put(j);
	return 0;
}
