// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * What identity, report and list --long make of MGIR (plugins/mlx5/mgir.c):
 * the version from the extended words, the deprecated bytes only when
 * those are all zero, BCD date and hour (invalid digits give null, not a
 * made-up date), the life cycle with its msb bits.  TAP output.
 */
#include <stdio.h>
#include <string.h>

#include <json-c/json.h>

#include "plugins/mlx5/mgir.h"

#include "../../tap.h"

static void fw_set(uint8_t *m, const char *name, uint64_t v)
{
	prm_set_by_name(&mlx5_prm_mgir_fw_info, name, m + MLX5_MGIR_FW_INFO_OFF,
			MLX5_MGIR_LEN - MLX5_MGIR_FW_INFO_OFF, v);
}

static const char *str(struct json_object *o, const char *key)
{
	struct json_object *v = NULL;

	json_object_object_get_ex(o, key, &v);
	return v ? json_object_get_string(v) : NULL;
}

int main(void)
{
	uint8_t m[MLX5_MGIR_LEN];
	struct json_object *fw;
	char ver[48];
	bool dep;

	memset(m, 0, sizeof(m));
	ok(!mlx5_mgir_version(m, ver, sizeof(ver), &dep), "all zero: no version");
	fw = mlx5_mgir_firmware(m);
	ok(json_object_object_get(fw, "version") == NULL && str(fw, "build_date") == NULL &&
	   str(fw, "build_time") == NULL, "all zero: version, date and time null");
	is_str(str(fw, "life_cycle"), "production", "life cycle 0 is production");
	json_object_put(fw);

	fw_set(m, "major", 22);
	fw_set(m, "minor", 41);
	fw_set(m, "sub_minor", 1000 & 0xff);
	ok(mlx5_mgir_version(m, ver, sizeof(ver), &dep) && dep, "deprecated bytes used when the extended words are 0");
	is_str(ver, "22.41.0232", "deprecated version as is (sub-minor truncated by the firmware)");
	fw_set(m, "extended_major", 22);
	fw_set(m, "extended_minor", 41);
	fw_set(m, "extended_sub_minor", 1000);
	ok(mlx5_mgir_version(m, ver, sizeof(ver), &dep) && !dep, "extended words preferred");
	is_str(ver, "22.41.1000", "xx.yy.zzzz");
	fw_set(m, "extended_minor", 0);
	ok(mlx5_mgir_version(m, ver, sizeof(ver), &dep) && !dep && !strcmp(ver, "22.0.1000"),
	   "a zero extended minor is still the extended form");
	fw_set(m, "extended_major", 0xffffffffu);
	mlx5_mgir_version(m, ver, sizeof(ver), &dep);
	is_str(ver, "4294967295.0.1000", "32-bit words are not truncated");

	fw_set(m, "year", 0x2024);
	fw_set(m, "month", 0x03);
	fw_set(m, "day", 0x26);
	fw_set(m, "hour", 0x1743);
	fw = mlx5_mgir_firmware(m);
	is_str(str(fw, "build_date"), "2024-03-26", "BCD date");
	is_str(str(fw, "build_time"), "17:43", "BCD hour");
	json_object_put(fw);
	fw_set(m, "month", 0x13);
	fw_set(m, "hour", 0x2460);
	fw = mlx5_mgir_firmware(m);
	ok(str(fw, "build_date") == NULL && str(fw, "build_time") == NULL, "month 13, 24:60: null");
	json_object_put(fw);
	fw_set(m, "month", 0x03);
	fw = mlx5_mgir_firmware(m);
	ok(str(fw, "build_date") && str(fw, "build_time") == NULL, "valid date, hour 24:60: time null");
	json_object_put(fw);
	fw_set(m, "month", 0x1a);
	fw_set(m, "hour", 0x0f00);
	fw = mlx5_mgir_firmware(m);
	ok(str(fw, "build_date") == NULL && str(fw, "build_time") == NULL, "non-decimal nibbles: null");
	json_object_put(fw);

	fw_set(m, "life_cycle", 0);
	fw_set(m, "life_cycle_msb", 1);
	fw = mlx5_mgir_firmware(m);
	is_str(str(fw, "life_cycle"), "pre_production", "life_cycle_msb extends the value (4)");
	json_object_put(fw);
	fw_set(m, "life_cycle", 3);
	fw_set(m, "life_cycle_msb", 7);
	fw = mlx5_mgir_firmware(m);
	is_str(str(fw, "life_cycle"), "unknown_31", "an unnamed life cycle says its number");
	json_object_put(fw);

	memcpy(m + MLX5_MGIR_FW_INFO_OFF + 0x10, "MT_0000000359\0\0\0", 16);
	memset(m + MLX5_MGIR_DEV_INFO_OFF, 'x', 28);   /* not NUL-terminated */
	fw = mlx5_mgir_firmware(m);
	is_str(str(fw, "psid"), "MT_0000000359", "PSID");
	ok(str(fw, "dev_branch_tag") && strlen(str(fw, "dev_branch_tag")) == 28,
	   "a branch tag filling all 28 bytes stays within them");
	json_object_put(fw);
	return tap_done();
}
