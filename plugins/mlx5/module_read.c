// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * Page 0 of a module's EEPROM through MCIA, in reads of at most the
 * register's 48-byte window that stay inside one half page: the way
 * Linux's mlx5 driver serves ethtool's page reads
 * (mlx5_query_module_eeprom_by_page, each ethtool request within a half
 * page).  The register's own status says whether the module answered.
 */
#include <stdio.h>
#include <string.h>

#include "../../lib/sff.h"
#include "mlx5_util.h"
#include "module.h"

uint32_t mlx5_mcia_chunk(uint32_t at, uint32_t end)
{
	uint32_t n, half_left;

	if (at >= end)
		return 0;
	n = end - at;
	half_left = SFF_HALF_PAGE_LEN - at % SFF_HALF_PAGE_LEN;
	if (n > MLX5_MCIA_DATA_MAX)
		n = MLX5_MCIA_DATA_MAX;
	return n < half_left ? n : half_left;
}

/* The MCIA request for bytes [at, at + n) of page 0 at the module's A0h. */
static void mcia_request(const struct mlx5_reg *r, uint8_t *req, uint32_t module, uint32_t at,
			 uint32_t n)
{
	const struct { const char *field; uint32_t value; } set[] = {
		{ "module", module }, { "i2c_device_address", SFF_I2C_ADDR }, { "page_number", 0 },
		{ "device_address", at }, { "size", n },
	};

	memset(req, 0, mlx5_reg_len(r));
	for (size_t i = 0; i < FWCTL_ARRAY_SIZE(set); i++)
		prm_set_by_name(r->layout, set[i].field, req, mlx5_reg_len(r), set[i].value);
}

/* The register's status: 0 when good, else the firmware error naming it. */
static int mcia_status(struct fwctl_ctx *ctx, const struct mlx5_reg *r, const uint8_t *reply,
		       uint32_t module, uint32_t at, uint32_t n)
{
	const struct prm_field *f = prm_find(r->layout, "status");
	char buf[24];
	const char *name;
	uint64_t st;

	if (!f || !prm_get(r->layout, f, reply, mlx5_reg_len(r), &st))
		return fwctl_err_set(&ctx->err, FWCTL_ERR_FAILED, 0, "MCIA layout has no status");
	if (!st)
		return 0;
	name = prm_enum_name(f->enums, st);
	return fwctl_err_firmware(&ctx->err, (uint32_t)st, name, false, 0,
				  "module %u: MCIA read of EEPROM bytes %u-%u returned status 0x%x (%s)",
				  module, at, at + n - 1, (unsigned)st,
				  fwctl_fw_status_name(name, (uint32_t)st, buf, sizeof(buf)));
}

int mlx5_module_read(struct fwctl_ctx *ctx, uint32_t module, uint8_t *page, uint32_t len)
{
	const struct mlx5_reg *r = mlx5_reg_find("mcia");
	uint8_t req[MLX5_REG_MAX_BYTES], reply[MLX5_REG_MAX_BYTES];
	uint32_t n;

	if (!r || mlx5_reg_len(r) > sizeof(req) ||
	    mlx5_reg_len(r) < MLX5_MCIA_DATA_OFF + MLX5_MCIA_DATA_MAX || len > SFF_PAGE_LEN)
		return fwctl_err_set(&ctx->err, FWCTL_ERR_FAILED, 0, "MCIA register table unusable");
	for (uint32_t at = 0; at < len; at += n) {
		n = mlx5_mcia_chunk(at, len);
		mcia_request(r, req, module, at, n);
		/* The reply has the register's length (the RPC layer holds it
		 * to that); the bytes are the first n of its window. */
		if (mlx5_reg_access(ctx, r, req, reply, 0) ||
		    mcia_status(ctx, r, reply, module, at, n))
			return -1;
		memcpy(page + at, reply + MLX5_MCIA_DATA_OFF, n);
	}
	return 0;
}
