// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * Module EEPROM bytes as people read them: one hex string, and page 0 as
 * lib/sff.c reads it where the bytes cover it (one MCIA read, or the
 * whole page fwctl mlx5 module reads).
 */
#include "module.h"

#include <json-c/json.h>
#include <stdlib.h>

#include "../../lib/sff.h"
#include "../../output/out.h"
#include "../vendor_ids.h"
#include "mlx5_prm.h"

/* The EEPROM bytes as "eeprom_hex" ("" if out of memory). */
static void add_eeprom_hex(struct json_object *into, const uint8_t *bytes, size_t n)
{
	char *hex = out_hex_string(bytes, n);

	json_object_object_add(into, "eeprom_hex", json_object_new_string(hex ? hex : ""));
	free(hex);
}

void mlx5_mcia_module(const uint8_t *reg, size_t len, struct json_object *fields)
{
	uint64_t status = 1, addr = 0, size = 0, n;
	struct json_object *m;

	if (!prm_get_by_name(&mlx5_prm_mcia_reg, "status", reg, len, &status) ||
	    !prm_get_by_name(&mlx5_prm_mcia_reg, "device_address", reg, len, &addr) ||
	    !prm_get_by_name(&mlx5_prm_mcia_reg, "size", reg, len, &size) || status || !size ||
	    len <= MLX5_MCIA_DATA_OFF)
		return;
	n = size < MLX5_MCIA_DATA_MAX ? size : MLX5_MCIA_DATA_MAX;
	if (n > len - MLX5_MCIA_DATA_OFF)
		n = len - MLX5_MCIA_DATA_OFF;
	add_eeprom_hex(fields, reg + MLX5_MCIA_DATA_OFF, n);
	m = sff_page0(reg + MLX5_MCIA_DATA_OFF, (uint32_t)addr, (uint32_t)n, fwctl_oui_names);
	if (m)
		json_object_object_add(fields, "eeprom", m);
}

void mlx5_module_page(const uint8_t *page, size_t len, struct json_object *into)
{
	uint32_t n = len < SFF_PAGE_LEN ? (uint32_t)len : SFF_PAGE_LEN;
	struct json_object *m = n ? sff_page0(page, 0, n, fwctl_oui_names) : NULL;

	/* The decoded fields at the caller's level: they are what it shows. */
	if (m) {
		json_object_object_foreach(m, k, v) {
			json_object_object_add(into, k, json_object_get(v));
		}
		json_object_put(m);
	}
	add_eeprom_hex(into, page, n);
}
