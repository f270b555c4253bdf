// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * libFuzzer: FWCTL_INFO device data (what the kernel returns for `fwctl
 * info`) of any type and length, through the decoder and both renderers.
 * Byte 0 = device type (0..255: unknown types must work too).
 */
#include <stdio.h>

#include <json-c/json.h>

#include "core/core.h"
#include "output/out.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static FILE *sink;
	struct json_object *o;

	if (size < 1)
		return 0;
	if (!sink)
		sink = fopen("/dev/null", "w");
	o = fwctl_device_data_json(data[0], data + 1, (uint32_t)(size - 1));
	if (o && sink) {
		out_render_json(sink, o);
		out_render_text(sink, o);
	}
	json_object_put(o);
	return 0;
}
