// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * The feature-data decoders on untrusted bytes: byte 0 picks the known
 * feature, byte 1 bit 0 the writable (set) layout instead of the readable
 * one, the rest is the data Get Feature returned.  Also the UUID parser on
 * the same bytes as text.
 */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <json-c/json.h>

#include "../../../plugins/cxl/cxl.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const struct cxl_known_feat *k;
	struct json_object *o;
	char *s;

	if (size < 2)
		return 0;
	k = &cxl_known_feats[data[0] % cxl_n_known_feats];
	o = cxl_data_json(k, data[1] & 1, data + 2, size - 2);
	if (o) {
		(void)json_object_to_json_string(o);
		json_object_put(o);
	}
	s = malloc(size - 1);
	if (s) {
		uint8_t u[16];
		char back[CXL_UUID_STR_LEN];

		memcpy(s, data + 2, size - 2);
		s[size - 2] = 0;
		if (cxl_uuid_parse(s, u) == 0) {
			cxl_uuid_format(u, back);
			if (strcasecmp(back, s))
				__builtin_trap();
		}
		free(s);
	}
	return 0;
}
