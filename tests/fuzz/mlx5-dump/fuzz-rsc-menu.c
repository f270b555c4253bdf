// SPDX-License-Identifier: GPL-2.0-or-later
/* libFuzzer: the resource dump menu decoder on arbitrary firmware bytes. */
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <json-c/json.h>

#include "../../../plugins/mlx5/rsc_dump.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct fwctl_err err = { 0 };
	struct rsc_menu menu;

	if (rsc_menu_parse(data, size, &menu, &err) == 0) {
		json_object *j = rsc_menu_to_json(&menu);

		/* Lookups must stay inside the decoded names. */
		for (size_t i = 0; i < menu.n; i++)
			if (rsc_menu_find(&menu, menu.e[i].name) == NULL && menu.e[i].name[0])
				__builtin_trap();
		json_object_put(j);
		rsc_menu_free(&menu);
	}
	return 0;
}
