// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * libFuzzer: the record decoder and the streaming walker on arbitrary dump
 * streams.  The first byte picks the chunk size the walker is fed with, so
 * headers straddle chunk boundaries as they do across RPCs.
 */
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <json-c/json.h>

#include "../../../plugins/mlx5/rsc_dump.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct fwctl_err err = { 0 };
	struct rsc_walker w;
	json_object *recs;
	size_t chunk;

	if (size < 1)
		return 0;
	chunk = (size_t)data[0] % 208 + 1;
	data++;
	size--;
	recs = json_object_new_array();
	rsc_segments_to_json(data, size, recs, &err);
	json_object_put(recs);

	rsc_walker_init(&w);
	fwctl_err_clear(&err);
	for (size_t off = 0; off < size; off += chunk) {
		size_t n = size - off < chunk ? size - off : chunk;

		if (rsc_walker_feed(&w, data + off, n, &err) < 0)
			return 0;
	}
	rsc_walker_finish(&w, &err);
	if (w.off != size)
		__builtin_trap();
	return 0;
}
