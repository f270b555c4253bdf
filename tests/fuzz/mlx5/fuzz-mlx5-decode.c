// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * libFuzzer target for every mlx5 decoder: the first byte picks a layout
 * (cap pages, adapter block, each register, PPCNT groups, diagnostic
 * structures), the rest is the firmware's answer, of any length.  Seeds
 * (tests/fuzz/corpus/mlx5-decode/emu-*) are the emulated firmware's
 * answers for both generations (tests/unit/mlx5/gen-mlx5-corpus.c).  A
 * PPCNT answer is also decoded as the counter group its grp field names,
 * as fwctl mlx5 reg does; an MGIR answer also goes through the summary of
 * identity/report (version words, BCD date and hour, life cycle), zero-
 * padded to the register's length as the mailbox would be.  An MCIA answer
 * also goes through the module EEPROM decoding of fwctl mlx5 reg mcia
 * (seeds emu-*-reg-mcia-128: a read of upper page 00h), and its bytes
 * through that of the whole page fwctl mlx5 module assembles (seeds
 * emu-*-module-page0: the 256 bytes as that command reads them).
 */
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <json-c/json.h>

#include "plugins/mlx5/mgir.h"
#include "plugins/mlx5/mlx5_prm.h"
#include "plugins/mlx5/module.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const struct prm_layout *l;
	struct json_object *o;
	uint64_t v;

	if (size < 1)
		return 0;
	l = mlx5_all_layouts[data[0] % mlx5_n_all_layouts];
	o = json_object_new_object();
	prm_decode(l, data + 1, size - 1, o, 0);
	json_object_to_json_string(o);
	json_object_put(o);
	for (size_t i = 0; i < l->n_fields; i++)
		prm_get(l, &l->fields[i], data + 1, size - 1, &v);
	if (l == &mlx5_prm_ppcnt_reg && size - 1 > MLX5_PPCNT_SET_OFF &&
	    prm_get_by_name(l, "grp", data + 1, size - 1, &v)) {
		const struct mlx5_ppcnt_group *g = mlx5_ppcnt_group_by_id((uint8_t)v);

		if (g) {
			o = json_object_new_object();
			prm_decode(g->layout, data + 1 + MLX5_PPCNT_SET_OFF,
				   size - 1 - MLX5_PPCNT_SET_OFF, o, 0);
			json_object_to_json_string(o);
			json_object_put(o);
		}
	}
	if (l == &mlx5_prm_mcia_reg) {
		o = json_object_new_object();
		mlx5_mcia_module(data + 1, size - 1, o);
		json_object_to_json_string(o);
		json_object_put(o);
		o = json_object_new_object();
		mlx5_module_page(data + 1, size - 1, o);
		json_object_to_json_string(o);
		json_object_put(o);
	}
	if (l == &mlx5_prm_mgir_reg) {
		uint8_t mgir[MLX5_MGIR_LEN] = { 0 };

		memcpy(mgir, data + 1, size - 1 < sizeof(mgir) ? size - 1 : sizeof(mgir));
		o = mlx5_mgir_firmware(mgir);
		json_object_to_json_string(o);
		json_object_put(o);
		o = mlx5_mgir_hardware(mgir);
		json_object_to_json_string(o);
		json_object_put(o);
	}
	return 0;
}
