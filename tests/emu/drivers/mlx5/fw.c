// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * mlx5 firmware model.  Commands are dispatched by opcode from a table;
 * ACCESS_REG is dispatched again by register id.  Every handler writes its
 * answer after the 16-byte out header into a staging buffer and returns
 * the PRM status; the dispatcher fills the header and copies what fits.
 */
#include <stdlib.h>
#include <string.h>

#include "emu_mlx5.h"

/* GENERAL capability fields we model (PRM bit offsets, cmd_hca_cap). */
#define CAP_VHCA_ID        0x30, 16
#define CAP_LOG_MAX_QP_SZ  0x88, 8
#define CAP_LOG_MAX_QP     0x9b, 5
#define CAP_NUM_PORTS      0x1b8, 8

/* Deterministic syndromes so tests can assert them. */
#define SYND_BAD_OP        0x00b8a1d1u
#define SYND_BAD_CAP_TYPE  0x00c4a9f3u
#define SYND_BAD_REG       0x0074e2a5u
#define SYND_SHORT_IN      0x005b7c10u

typedef int (*mlx5_cmd_fn)(struct emu_dev *dev, const uint8_t *in, size_t in_len,
			   uint8_t *out, size_t out_cap, uint32_t *syndrome);

void emu_mlx5_fw_init(struct emu_dev *dev)
{
	struct emu_mlx5 *m = emu_mlx5(dev);
	const struct emu_mlx5_profile *p = m->prof;
	uint8_t *pages[2] = { m->caps_cur, m->caps_max };

	for (int i = 0; i < 2; i++) {
		memset(pages[i], 0, EMU_MLX5_CAP_PAGE);
		emu_prm_set(pages[i], EMU_MLX5_CAP_PAGE, CAP_VHCA_ID, m->vhca_id);
		emu_prm_set(pages[i], EMU_MLX5_CAP_PAGE, CAP_LOG_MAX_QP_SZ, p->log_max_qp_sz[i]);
		emu_prm_set(pages[i], EMU_MLX5_CAP_PAGE, CAP_LOG_MAX_QP, p->log_max_qp[i]);
		emu_prm_set(pages[i], EMU_MLX5_CAP_PAGE, CAP_NUM_PORTS, p->num_ports);
	}
}

static int cmd_nop(struct emu_dev *dev, const uint8_t *in, size_t in_len,
		   uint8_t *out, size_t out_cap, uint32_t *syndrome)
{
	(void)dev; (void)in; (void)in_len; (void)out; (void)out_cap; (void)syndrome;
	return EMU_MLX5_STAT_OK;
}

static int cmd_query_hca_cap(struct emu_dev *dev, const uint8_t *in, size_t in_len,
			     uint8_t *out, size_t out_cap, uint32_t *syndrome)
{
	struct emu_mlx5 *m = emu_mlx5(dev);
	uint16_t op_mod = emu_get_be16(in + MLX5_IN_OP_MOD_OFF);
	unsigned cap_type = op_mod >> 1;

	(void)in_len;
	if (cap_type != 0) {      /* only GENERAL is modelled */
		*syndrome = SYND_BAD_CAP_TYPE;
		return EMU_MLX5_STAT_BAD_PARAM;
	}
	if (out_cap >= EMU_MLX5_HDR + EMU_MLX5_CAP_PAGE)
		memcpy(out + EMU_MLX5_HDR, (op_mod & 1) ? m->caps_cur : m->caps_max,
		       EMU_MLX5_CAP_PAGE);
	return EMU_MLX5_STAT_OK;
}

/*
 * QUERY_ADAPTER: header, 0x40 reserved bits, then the adapter parameter
 * block (ieee_vendor_id in its dword 6, vsd_vendor_id, vsd, PSID last).
 */
static int cmd_query_adapter(struct emu_dev *dev, const uint8_t *in, size_t in_len,
			     uint8_t *out, size_t out_cap, uint32_t *syndrome)
{
	struct emu_mlx5 *m = emu_mlx5(dev);
	uint8_t *blk = out + EMU_MLX5_HDR + 8;
	const size_t blk_len = 256;

	(void)in; (void)in_len; (void)syndrome;
	if (out_cap < EMU_MLX5_HDR + 8 + blk_len)
		return EMU_MLX5_STAT_OK;
	emu_prm_set(blk, blk_len, 0xc8, 24, m->prof->ieee_vendor_id);
	emu_prm_set(blk, blk_len, 0xf0, 16, dev->drv->pci_vendor);
	memcpy(blk + 32, "emulated-vsd", 12);
	strncpy((char *)blk + 240, m->prof->psid, 16);
	return EMU_MLX5_STAT_OK;
}

/* ---- ACCESS_REG ---- */

__attribute__((weak)) int emu_mlx5_rsc_dump_reg(struct emu_dev *dev, int write,
						const uint8_t *reg_in, size_t reg_len,
						uint8_t *reg_out, size_t out_cap, uint32_t *syndrome)
{
	(void)dev; (void)write; (void)reg_in; (void)reg_len; (void)reg_out; (void)out_cap;
	*syndrome = SYND_BAD_REG;
	return EMU_MLX5_STAT_BAD_PARAM;
}

typedef int (*mlx5_reg_fn)(struct emu_dev *dev, int write, const uint8_t *reg_in,
			   size_t reg_len, uint8_t *reg_out, size_t out_cap, uint32_t *syndrome);

static const struct { uint16_t id; mlx5_reg_fn fn; } reg_table[] = {
	{ EMU_MLX5_REG_RESOURCE_DUMP, emu_mlx5_rsc_dump_reg },
};

static int cmd_access_reg(struct emu_dev *dev, const uint8_t *in, size_t in_len,
			  uint8_t *out, size_t out_cap, uint32_t *syndrome)
{
	uint16_t op_mod = emu_get_be16(in + MLX5_IN_OP_MOD_OFF);
	uint16_t reg_id = emu_get_be16(in + 10);

	for (size_t i = 0; i < EMU_ARRAY_SIZE(reg_table); i++)
		if (reg_table[i].id == reg_id)
			return reg_table[i].fn(dev, op_mod == 0, in + EMU_MLX5_HDR,
					       in_len - EMU_MLX5_HDR, out + EMU_MLX5_HDR,
					       out_cap - EMU_MLX5_HDR, syndrome);
	*syndrome = SYND_BAD_REG;
	return EMU_MLX5_STAT_BAD_PARAM;
}

static const struct { uint16_t opcode; mlx5_cmd_fn fn; } cmd_table[] = {
	{ EMU_MLX5_OP_QUERY_HCA_CAP, cmd_query_hca_cap },
	{ EMU_MLX5_OP_QUERY_ADAPTER, cmd_query_adapter },
	{ EMU_MLX5_OP_ACCESS_REG, cmd_access_reg },
	{ EMU_MLX5_OP_NOP, cmd_nop },
};

__attribute__((weak)) int emu_mlx5_ext_cmd(struct emu_dev *dev, uint16_t opcode,
					   const uint8_t *in, size_t in_len, uint8_t *out,
					   size_t out_cap, uint32_t *syndrome)
{
	(void)dev; (void)opcode; (void)in; (void)in_len; (void)out; (void)out_cap; (void)syndrome;
	return -1;
}

/* Largest answer any handler builds; the caller's out_len may be smaller. */
#define STAGING_MIN (EMU_MLX5_HDR + EMU_MLX5_CAP_PAGE + 4096)

void emu_mlx5_fw_exec(struct emu_dev *dev, const uint8_t *in, size_t in_len,
		      uint8_t *out, size_t out_len)
{
	struct emu_mlx5 *m = emu_mlx5(dev);
	uint16_t opcode = emu_get_be16(in + MLX5_IN_OPCODE_OFF);
	size_t cap = EMU_MAX(out_len, (size_t)STAGING_MIN);
	uint8_t *stage = calloc(1, cap);
	uint32_t syndrome = 0;
	int status = EMU_MLX5_STAT_BAD_OP;
	size_t i;

	m->last_opcode = opcode;
	m->last_uid = emu_get_be16(in + MLX5_IN_UID_OFF);
	m->fw_cmds++;
	if (!stage) {
		memset(out, 0, out_len);
		out[0] = EMU_MLX5_STAT_INT_ERR;
		return;
	}
	for (i = 0; i < EMU_ARRAY_SIZE(cmd_table); i++)
		if (cmd_table[i].opcode == opcode)
			break;
	if (i == EMU_ARRAY_SIZE(cmd_table)) {
		status = emu_mlx5_ext_cmd(dev, opcode, in, in_len, stage, cap, &syndrome);
		if (status < 0) {
			status = EMU_MLX5_STAT_BAD_OP;
			syndrome = SYND_BAD_OP;
		}
	} else
		status = cmd_table[i].fn(dev, in, in_len, stage, cap, &syndrome);
	if (status != EMU_MLX5_STAT_OK)
		memset(stage, 0, cap);   /* a failed command carries only its header */
	stage[MLX5_OUT_STATUS_OFF] = (uint8_t)status;
	emu_put_be32(stage + MLX5_OUT_SYNDROME_OFF, status ? syndrome : 0);
	memcpy(out, stage, out_len);
	free(stage);
}
