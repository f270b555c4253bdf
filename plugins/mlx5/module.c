// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * The module EEPROM bytes of an MCIA read: one hex string, and page 0 as
 * lib/sff.c reads it where the read covered it.
 */
#include "module.h"

#include <json-c/json.h>
#include <stdlib.h>

#include "../../lib/sff.h"
#include "../../output/out.h"
#include "../vendor_ids.h"
#include "mlx5_prm.h"

#define MCIA_DATA_OFF 16        /* dword_0 */
#define MCIA_DATA_MAX 48        /* 12 dwords */

void mlx5_mcia_module(const uint8_t *reg, size_t len, struct json_object *fields)
{
	uint64_t status = 1, addr = 0, size = 0, n;
	struct json_object *m;
	char *hex;

	if (!prm_get_by_name(&mlx5_prm_mcia_reg, "status", reg, len, &status) ||
	    !prm_get_by_name(&mlx5_prm_mcia_reg, "device_address", reg, len, &addr) ||
	    !prm_get_by_name(&mlx5_prm_mcia_reg, "size", reg, len, &size) || status || !size ||
	    len <= MCIA_DATA_OFF)
		return;
	n = size < MCIA_DATA_MAX ? size : MCIA_DATA_MAX;
	if (n > len - MCIA_DATA_OFF)
		n = len - MCIA_DATA_OFF;
	hex = out_hex_string(reg + MCIA_DATA_OFF, n);
	json_object_object_add(fields, "eeprom_hex", json_object_new_string(hex ? hex : ""));
	free(hex);
	m = sff_page0(reg + MCIA_DATA_OFF, (uint32_t)addr, (uint32_t)n, fwctl_oui_names);
	if (m)
		json_object_object_add(fields, "eeprom", m);
}
