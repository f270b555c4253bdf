// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * Every bnxt decoder on untrusted firmware bytes: byte 0 picks the query
 * (its response layout), the rest is the response.  Also runs the info
 * command's field reads and the response-header checks on the same bytes.
 */
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <json-c/json.h>

#include "../../../plugins/bnxt/bnxt.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const struct bnxt_query *q;
	struct json_object *o;
	struct bnxt_resp st;
	struct fwctl_err err;

	if (size < 1)
		return 0;
	q = &bnxt_queries[data[0] % bnxt_n_queries];
	data++;
	size--;

	o = json_object_new_object();
	prm_decode(q->resp, data, size, o, 0);
	(void)json_object_to_json_string(o);
	json_object_put(o);
	o = json_object_new_object();
	prm_decode(q->resp, data, size, o, PRM_DECODE_SKIP_ZERO);
	json_object_put(o);

	for (size_t i = 0; i < q->resp->n_fields; i++) {
		uint64_t v;

		(void)prm_get(q->resp, &q->resp->fields[i], data, size, &v);
	}
	memset(&err, 0, sizeof(err));
	(void)bnxt_resp_check(q->req_type, data, size, false, &st, &err);
	if (st.data_len > size)
		__builtin_trap();
	return 0;
}
