// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * The Get Supported Features decoder on untrusted bytes: byte 0 = how
 * many entries were asked for (the page size), the rest = the answer the
 * kernel returned (out header, list header, entries).  Every entry that is
 * accepted is decoded to JSON and judged by the Set Feature scope rule.
 * Invariants: never more entries than asked for, never read past size.
 */
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <json-c/json.h>

#include "../../../lib/error.h"
#include "../../../plugins/cxl/cxl.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct cxl_feat_list l = { 0 };
	struct fwctl_err err;
	size_t room;
	int n;

	if (size < 1)
		return 0;
	room = data[0];
	data++;
	size--;
	memset(&err, 0, sizeof(err));
	n = cxl_parse_sup_page(data, size, room, &l, &err);
	if (n > (int)room || l.n != (n > 0 ? (size_t)n : 0) || (n < 0 && !fwctl_err_is_set(&err)))
		__builtin_trap();
	for (size_t i = 0; i < l.n; i++) {
		struct json_object *o = cxl_feat_json(&l.v[i]);
		const char *why;
		uint32_t scope;

		(void)json_object_to_json_string(o);
		json_object_put(o);
		if (cxl_set_scope(&l.v[i], &scope, &why) == 0 && scope < FWCTL_RPC_DEBUG_WRITE)
			__builtin_trap();
		(void)cxl_feat_find(&l, l.v[i].uuid);
	}
	cxl_feat_list_free(&l);
	return 0;
}
