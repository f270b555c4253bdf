// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * libFuzzer target for the decoders of `fwctl mlx5 query`: the first byte
 * picks an object of the catalogue, the rest is the firmware's out
 * mailbox, of any length.  It is decoded exactly as the command does
 * (fixed layout: nested contexts, enums, flags, arrays; then the
 * variable-length tails whose counts the input controls), then every
 * top-level scalar is read back.
 */
#include <stddef.h>
#include <stdint.h>

#include <json-c/json.h>

#include "plugins/mlx5/prm_objects.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const struct mlx5_object *o;
	struct json_object *j;
	uint64_t v;

	if (size < 1)
		return 0;
	o = &mlx5_objects[data[0] % mlx5_n_objects];
	j = mlx5_object_decode(o, data + 1, size - 1);
	json_object_to_json_string(j);
	json_object_put(j);
	for (size_t i = 0; i < o->out->n_fields; i++)
		if (o->out->fields[i].bit_width <= 64)
			prm_get(o->out, &o->out->fields[i], data + 1, size - 1, &v);
	return 0;
}
