// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * What `fwctl mlx5 cmd` knows of an opcode's answer: its size (the
 * default --out-len, so NOP asks for its 16 bytes, not a 4 KiB page) and
 * the layout it decodes with.  Each answer comes from a table the rest of
 * the plugin already uses: the object queries (query_objects.c), the
 * capability pages (QUERY_HCA_CAP op_mod = type << 1 | current) and the
 * adapter block (QUERY_ADAPTER); no layout is written twice.
 */
#include <json-c/json.h>

#include "mlx5_handlers.h"
#include "mlx5_prm.h"
#include "mlx5_util.h"
#include "prm_objects.h"

/* The object query of opcode, preferring the one whose op_mod matches. */
static const struct mlx5_object *reply_object(uint16_t opcode, uint16_t op_mod)
{
	const struct mlx5_object *first = NULL;

	for (size_t i = 0; i < mlx5_n_objects; i++) {
		const struct mlx5_object *o = &mlx5_objects[i];

		if (o->opcode != opcode)
			continue;
		if (o->op_mod == op_mod)
			return o;
		if (!first)
			first = o;
	}
	return first;
}

size_t mlx5_cmd_reply_len(uint16_t opcode, uint16_t op_mod)
{
	const struct mlx5_object *o;

	switch (opcode) {
	case MLX5_OP_NOP:
		return MLX5_HDR_LEN;
	case MLX5_OP_QUERY_ADAPTER:
		return MLX5_ADAPTER_OUT_LEN;
	case MLX5_OP_QUERY_HCA_CAP:
		return MLX5_HDR_LEN + MLX5_CAP_PAGE_LEN;
	}
	o = reply_object(opcode, op_mod);
	return o ? mlx5_object_out_len(o) : 0;
}

struct json_object *mlx5_cmd_reply_decode(uint16_t opcode, uint16_t op_mod, const uint8_t *out,
					  size_t len)
{
	const struct mlx5_cap_type *cap;
	const struct mlx5_object *o;

	if (len < MLX5_HDR_LEN)
		return NULL;
	switch (opcode) {
	case MLX5_OP_QUERY_ADAPTER:
		return mlx5_decode(&mlx5_prm_query_adapter_param_block, out + MLX5_ADAPTER_BLOCK_OFF,
				   len - MLX5_ADAPTER_BLOCK_OFF);
	case MLX5_OP_QUERY_HCA_CAP:
		cap = mlx5_cap_type_by_id(op_mod >> 1);
		return cap ? mlx5_decode(cap->layout, out + MLX5_HDR_LEN, len - MLX5_HDR_LEN) : NULL;
	}
	o = reply_object(opcode, op_mod);
	return o ? mlx5_object_decode(o, out, len) : NULL;
}
