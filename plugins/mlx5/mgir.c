// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * What MGIR says, as people ask for it: the firmware version (xx.yy.zzzz
 * from the 32-bit extended words; the deprecated 8-bit bytes only when the
 * firmware leaves the extended ones zero, as older firmware does), the
 * build date (BCD in the register), PSID, security and life-cycle state.
 * Shared by identity, report and list --long.  Fields are read by name
 * from the layout (prm_mgir.c), never by shifting here.
 */
#include <stdio.h>
#include <string.h>

#include <json-c/json.h>

#include "mgir.h"
#include "mlx5_handlers.h"
#include "mlx5_util.h"

static uint64_t fw_field(const uint8_t *mgir, const char *name)
{
	uint64_t v = 0;

	prm_get_by_name(&mlx5_prm_mgir_fw_info, name, mgir + MLX5_MGIR_FW_INFO_OFF,
			MLX5_MGIR_LEN - MLX5_MGIR_FW_INFO_OFF, &v);
	return v;
}

static uint64_t hw_field(const uint8_t *mgir, const char *name)
{
	uint64_t v = 0;

	prm_get_by_name(&mlx5_prm_mgir_hw_info, name, mgir + MLX5_MGIR_HW_INFO_OFF,
			MLX5_MGIR_LEN - MLX5_MGIR_HW_INFO_OFF, &v);
	return v;
}

int mlx5_mgir_read(struct fwctl_ctx *ctx, uint8_t mgir[MLX5_MGIR_LEN])
{
	const struct mlx5_reg *r = mlx5_reg_by_id(MLX5_REG_MGIR);
	uint8_t req[MLX5_MGIR_LEN] = { 0 };

	if (!r || mlx5_reg_len(r) != MLX5_MGIR_LEN)
		return fwctl_err_set(&ctx->err, FWCTL_ERR_FAILED, 0, "MGIR table missing");
	return mlx5_reg_access(ctx, r, req, mgir, 0);
}

bool mlx5_mgir_version(const uint8_t *mgir, char *buf, size_t n, bool *deprecated)
{
	uint64_t v[3] = { fw_field(mgir, "extended_major"), fw_field(mgir, "extended_minor"),
			  fw_field(mgir, "extended_sub_minor") };

	*deprecated = !v[0] && !v[1] && !v[2];
	if (*deprecated) {
		v[0] = fw_field(mgir, "major");
		v[1] = fw_field(mgir, "minor");
		v[2] = fw_field(mgir, "sub_minor");
	}
	if (!v[0] && !v[1] && !v[2])
		return false;
	snprintf(buf, n, "%u.%u.%04u", (unsigned)v[0], (unsigned)v[1], (unsigned)v[2]);
	return true;
}

/* A BCD value of `digits` digits, or -1 if a nibble is not a decimal digit. */
static long bcd(uint64_t v, unsigned digits)
{
	long r = 0, scale = 1;

	for (unsigned i = 0; i < digits; i++, v >>= 4, scale *= 10) {
		if ((v & 0xf) > 9)
			return -1;
		r += (long)(v & 0xf) * scale;
	}
	return r;
}

/* "2024-03-26", or NULL when the firmware gives no (or no valid) date. */
static struct json_object *build_date(const uint8_t *mgir)
{
	long y = bcd(fw_field(mgir, "year"), 4), m = bcd(fw_field(mgir, "month"), 2);
	long d = bcd(fw_field(mgir, "day"), 2);
	char buf[16];

	if (y < 1 || m < 1 || m > 12 || d < 1 || d > 31)
		return NULL;
	snprintf(buf, sizeof(buf), "%04ld-%02ld-%02ld", y, m, d);
	return json_object_new_string(buf);
}

/* "17:43" from BCD 0x1743, or NULL. */
static struct json_object *build_time(const uint8_t *mgir)
{
	long h = bcd(fw_field(mgir, "hour") >> 8, 2), m = bcd(fw_field(mgir, "hour"), 2);
	char buf[8];

	if (h < 0 || h > 23 || m < 0 || m > 59)
		return NULL;
	snprintf(buf, sizeof(buf), "%02ld:%02ld", h, m);
	return json_object_new_string(buf);
}

/* life_cycle with the msb bits newer devices put above it, named. */
static struct json_object *life_cycle(const uint8_t *mgir)
{
	uint64_t v = fw_field(mgir, "life_cycle") | fw_field(mgir, "life_cycle_msb") << 2;
	const char *n = prm_enum_name(mlx5_mgir_life_cycle_enum, v);
	char buf[24];

	if (!n) {
		snprintf(buf, sizeof(buf), "unknown_%u", (unsigned)v);
		n = buf;
	}
	return json_object_new_string(n);
}

static struct json_object *str_field(const struct prm_layout *l, size_t off, const char *name,
				     const uint8_t *mgir)
{
	struct json_object *o = json_object_new_object(), *v = NULL, *r;

	prm_decode(l, mgir + off, MLX5_MGIR_LEN - off, o, 0);
	json_object_object_get_ex(o, name, &v);
	r = json_object_get(v);
	json_object_put(o);
	return r;
}

static struct json_object *hex_json(uint64_t v, int digits)
{
	char buf[24];

	snprintf(buf, sizeof(buf), "0x%0*llx", digits, (unsigned long long)v);
	return json_object_new_string(buf);
}

static struct json_object *bool_json(uint64_t v)
{
	return json_object_new_boolean(v != 0);
}

struct json_object *mlx5_mgir_firmware(const uint8_t *mgir)
{
	struct json_object *fw = json_object_new_object(), *tag, *date;
	char ver[48];
	bool deprecated;

	if (mlx5_mgir_version(mgir, ver, sizeof(ver), &deprecated)) {
		json_object_object_add(fw, "version", json_object_new_string(ver));
		json_object_object_add(fw, "version_fields", json_object_new_string(
			deprecated ? "deprecated_8bit" : "extended"));
	} else {
		json_object_object_add(fw, "version", NULL);
	}
	date = build_date(mgir);
	json_object_object_add(fw, "build_date", date);
	/* 0x0000 is a valid 00:00, but not without a date. */
	json_object_object_add(fw, "build_time", date ? build_time(mgir) : NULL);
	json_object_object_add(fw, "build_id_hex", hex_json(fw_field(mgir, "build_id"), 8));
	json_object_object_add(fw, "psid", str_field(&mlx5_prm_mgir_fw_info, MLX5_MGIR_FW_INFO_OFF,
						     "psid", mgir));
	json_object_object_add(fw, "ini_file_version",
			       json_object_new_int64((int64_t)fw_field(mgir, "ini_file_version")));
	json_object_object_add(fw, "secured", bool_json(fw_field(mgir, "secured")));
	json_object_object_add(fw, "signed_fw", bool_json(fw_field(mgir, "signed_fw")));
	json_object_object_add(fw, "debug", bool_json(fw_field(mgir, "debug")));
	json_object_object_add(fw, "dev", bool_json(fw_field(mgir, "dev")));
	json_object_object_add(fw, "secure_boot", bool_json(fw_field(mgir, "sec_boot")));
	json_object_object_add(fw, "encryption", bool_json(fw_field(mgir, "encryption")));
	json_object_object_add(fw, "life_cycle", life_cycle(mgir));
	json_object_object_add(fw, "issu_able", bool_json(fw_field(mgir, "issu_able")));
	tag = str_field(&mlx5_prm_mgir_dev_info, MLX5_MGIR_DEV_INFO_OFF, "dev_branch_tag", mgir);
	json_object_object_add(fw, "dev_branch_tag", tag);
	return fw;
}

struct json_object *mlx5_mgir_hardware(const uint8_t *mgir)
{
	struct json_object *hw = json_object_new_object(), *tech;

	json_object_object_add(hw, "device_id_hex", hex_json(hw_field(mgir, "device_id"), 4));
	json_object_object_add(hw, "hw_dev_id_hex", hex_json(hw_field(mgir, "hw_dev_id"), 4));
	json_object_object_add(hw, "revision_hex", hex_json(hw_field(mgir, "device_hw_revision"), 2));
	tech = str_field(&mlx5_prm_mgir_hw_info, MLX5_MGIR_HW_INFO_OFF, "technology", mgir);
	json_object_object_add(hw, "technology", tech);
	json_object_object_add(hw, "num_ports",
			       json_object_new_int64((int64_t)hw_field(mgir, "num_ports")));
	json_object_object_add(hw, "uptime_s",
			       json_object_new_int64((int64_t)hw_field(mgir, "uptime")));
	return hw;
}

/* Delivery failures stop the caller; what the firmware or kernel refused is data. */
bool mlx5_mgir_refusal(const struct fwctl_err *e)
{
	return e->kind == FWCTL_ERR_FIRMWARE || e->kind == FWCTL_ERR_UNSUPPORTED ||
	       e->kind == FWCTL_ERR_PERMISSION;
}

struct json_object *mlx5_error_json(const struct fwctl_err *e)
{
	struct json_object *o = out_error_object(e), *inner = NULL;

	json_object_object_get_ex(o, "error", &inner);
	json_object_get(inner);
	json_object_put(o);
	return inner;
}

int mlx5_mgir_add(struct fwctl_ctx *ctx, struct json_object *into, uint8_t mgir[MLX5_MGIR_LEN])
{
	struct json_object *fw;

	if (ctx->scope >= 0 && ctx->scope < FWCTL_RPC_DEBUG_READ_ONLY) {
		fw = json_object_new_object();
		json_object_object_add(fw, "version", NULL);
		json_object_object_add(fw, "skipped", json_object_new_string(
			"MGIR is an ACCESS_REG read, which the kernel allows from scope debug-ro; "
			"--scope config was given"));
		json_object_object_add(into, "firmware", fw);
		return 1;
	}
	if (mlx5_mgir_read(ctx, mgir)) {
		if (!mlx5_mgir_refusal(&ctx->err))
			return -1;
		fw = json_object_new_object();
		json_object_object_add(fw, "version", NULL);
		json_object_object_add(fw, "error", mlx5_error_json(&ctx->err));
		fwctl_err_clear(&ctx->err);
		json_object_object_add(into, "firmware", fw);
		return 1;
	}
	json_object_object_add(into, "firmware", mlx5_mgir_firmware(mgir));
	json_object_object_add(into, "hardware", mlx5_mgir_hardware(mgir));
	return 0;
}

int mlx5_firmware_version(struct fwctl_ctx *ctx, char *buf, size_t len)
{
	uint8_t mgir[MLX5_MGIR_LEN];
	bool deprecated;

	if (ctx->scope >= 0 && ctx->scope < FWCTL_RPC_DEBUG_READ_ONLY) {
		snprintf(buf, len, "MGIR is read at scope debug-ro; --scope config was given");
		return 1;
	}
	if (mlx5_mgir_read(ctx, mgir))
		return -1;
	if (!mlx5_mgir_version(mgir, buf, len, &deprecated)) {
		snprintf(buf, len, "MGIR carries no firmware version (all version fields 0)");
		return 1;
	}
	return 0;
}
