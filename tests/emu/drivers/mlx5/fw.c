// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * mlx5 firmware model.  Commands are dispatched by opcode from a table;
 * ACCESS_REG is dispatched again by register id (RESOURCE_DUMP to
 * fw_rscdump.c, the others to fw_regs.c).  Capabilities are in
 * fw_caps.c, diagnostic counters in fw_diag.c, the generations in
 * fw_profiles.c.  Every handler writes its answer after the 16-byte out
 * header into a staging buffer and returns the PRM status; the dispatcher
 * fills the header and copies what fits.
 */
#include <stdlib.h>
#include <string.h>

#include "emu_mlx5.h"

void emu_mlx5_fw_init(struct emu_dev *dev)
{
	struct emu_mlx5 *m = emu_mlx5(dev);

	m->regs = NULL;        /* register instances are created on first access */
	m->n_regs = 0;
	m->diag_enabled = false;
	m->diag_n = 0;
}

void emu_mlx5_fw_free(struct emu_dev *dev)
{
	struct emu_mlx5 *m = emu_mlx5(dev);

	free(m->regs);
	m->regs = NULL;
	m->n_regs = 0;
	free(m->stage);
	m->stage = NULL;
	m->stage_cap = 0;
}

static int cmd_nop(struct emu_dev *dev, const uint8_t *in, size_t in_len,
		   uint8_t *out, size_t out_cap, uint32_t *syndrome)
{
	(void)dev; (void)in; (void)in_len; (void)out; (void)out_cap; (void)syndrome;
	return EMU_MLX5_STAT_OK;
}

/*
 * QUERY_ADAPTER: the parameter block (query_adapter_param_block, 256
 * bytes) follows the 16-byte out header.  In it: ieee_vendor_id (bit
 * 0xc8, 24 bits), vsd_vendor_id (0xf0, 16), vsd (208 bytes at byte 32),
 * vsd_contd_psid (16 bytes at byte 240).
 */
#define ADAPTER_BLK_LEN 256

static int cmd_query_adapter(struct emu_dev *dev, const uint8_t *in, size_t in_len,
			     uint8_t *out, size_t out_cap, uint32_t *syndrome)
{
	struct emu_mlx5 *m = emu_mlx5(dev);
	uint8_t *blk = out + EMU_MLX5_HDR;

	(void)in; (void)in_len;
	if (out_cap < EMU_MLX5_HDR + ADAPTER_BLK_LEN) {
		*syndrome = EMU_MLX5_SYND_SHORT_OUT;
		return EMU_MLX5_STAT_INT_ERR;
	}
	emu_prm_set(blk, ADAPTER_BLK_LEN, 0xc8, 24, m->prof->ieee_vendor_id);
	emu_prm_set(blk, ADAPTER_BLK_LEN, 0xf0, 16, dev->drv->pci_vendor);
	strncpy((char *)blk + 32, m->prof->vsd, 208);
	strncpy((char *)blk + 240, m->prof->psid, 16);
	return EMU_MLX5_STAT_OK;
}

/* ---- ACCESS_REG ---- */

#define ACCESS_REG_WRITE 0
#define ACCESS_REG_READ 1

static int cmd_access_reg(struct emu_dev *dev, const uint8_t *in, size_t in_len,
			  uint8_t *out, size_t out_cap, uint32_t *syndrome)
{
	uint16_t op_mod = emu_get_be16(in + MLX5_IN_OP_MOD_OFF);
	uint16_t reg_id = emu_get_be16(in + 10);
	int st;

	if (op_mod != ACCESS_REG_WRITE && op_mod != ACCESS_REG_READ) {
		*syndrome = EMU_MLX5_SYND_BAD_OPMOD;
		return EMU_MLX5_STAT_BAD_PARAM;
	}
	if (reg_id == EMU_MLX5_REG_RESOURCE_DUMP)
		return emu_mlx5_rsc_dump_reg(dev, op_mod == ACCESS_REG_WRITE, in + EMU_MLX5_HDR,
					     in_len - EMU_MLX5_HDR, out + EMU_MLX5_HDR,
					     out_cap - EMU_MLX5_HDR, syndrome);
	if (op_mod == ACCESS_REG_WRITE)
		dev->writes++;
	st = emu_mlx5_reg_access(dev, op_mod == ACCESS_REG_WRITE, reg_id, in + EMU_MLX5_HDR,
				 in_len - EMU_MLX5_HDR, out + EMU_MLX5_HDR,
				 out_cap - EMU_MLX5_HDR, syndrome);
	if (st < 0) {
		*syndrome = EMU_MLX5_SYND_BAD_REG;
		return EMU_MLX5_STAT_BAD_PARAM;
	}
	return st;
}

/* op_mod values each opcode defines; anything else is BAD_PARAM. */
static int opmod_zero(const uint8_t *in, uint32_t *syndrome)
{
	if (emu_get_be16(in + MLX5_IN_OP_MOD_OFF)) {
		*syndrome = EMU_MLX5_SYND_BAD_OPMOD;
		return EMU_MLX5_STAT_BAD_PARAM;
	}
	return EMU_MLX5_STAT_OK;
}

static int cmd_adapter_checked(struct emu_dev *dev, const uint8_t *in, size_t in_len,
			       uint8_t *out, size_t out_cap, uint32_t *syndrome)
{
	int st = opmod_zero(in, syndrome);

	return st ? st : cmd_query_adapter(dev, in, in_len, out, out_cap, syndrome);
}

static int cmd_diag_q(struct emu_dev *dev, const uint8_t *in, size_t in_len,
		      uint8_t *out, size_t out_cap, uint32_t *syndrome)
{
	int st = opmod_zero(in, syndrome);

	return st ? st : emu_mlx5_cmd_query_diag_params(dev, in, in_len, out, out_cap, syndrome);
}

static int cmd_diag_set(struct emu_dev *dev, const uint8_t *in, size_t in_len,
			uint8_t *out, size_t out_cap, uint32_t *syndrome)
{
	int st = opmod_zero(in, syndrome);

	dev->writes++;
	return st ? st : emu_mlx5_cmd_set_diag_params(dev, in, in_len, out, out_cap, syndrome);
}

static int cmd_diag_cnt(struct emu_dev *dev, const uint8_t *in, size_t in_len,
			uint8_t *out, size_t out_cap, uint32_t *syndrome)
{
	int st = opmod_zero(in, syndrome);

	return st ? st : emu_mlx5_cmd_query_diag_counters(dev, in, in_len, out, out_cap,
							   syndrome);
}

static const struct { uint16_t opcode; emu_mlx5_cmd_fn fn; } cmd_table[] = {
	{ EMU_MLX5_OP_QUERY_HCA_CAP, emu_mlx5_cmd_query_hca_cap },
	{ EMU_MLX5_OP_QUERY_ADAPTER, cmd_adapter_checked },
	{ EMU_MLX5_OP_ACCESS_REG, cmd_access_reg },
	{ EMU_MLX5_OP_NOP, cmd_nop },
	{ EMU_MLX5_OP_QUERY_DIAGNOSTIC_PARAMS, cmd_diag_q },
	{ EMU_MLX5_OP_SET_DIAGNOSTIC_PARAMS, cmd_diag_set },
	{ EMU_MLX5_OP_QUERY_DIAGNOSTIC_COUNTERS, cmd_diag_cnt },
};

/* Largest answer any handler builds; the caller's out_len may be smaller. */
#define STAGING_MIN (EMU_MLX5_HDR + EMU_MLX5_CAP_PAGE + 4096)

/*
 * The staging buffer, grown to the largest out_len seen and kept: a
 * calloc of 8 KiB per command was 60% of the emulated firmware's
 * instructions in a resource dump (tests/bench).  Only the out_len bytes
 * that reach the caller are zeroed; what a handler builds past them is
 * never copied out.
 */
static uint8_t *stage_get(struct emu_mlx5 *m, size_t out_len, size_t *cap)
{
	size_t want = EMU_MAX(out_len, (size_t)STAGING_MIN);

	if (want > m->stage_cap) {
		uint8_t *n = realloc(m->stage, want);

		if (!n)
			return NULL;
		m->stage = n;
		m->stage_cap = want;
	}
	memset(m->stage, 0, out_len);
	*cap = m->stage_cap;
	return m->stage;
}

void emu_mlx5_fw_exec(struct emu_dev *dev, const uint8_t *in, size_t in_len,
		      uint8_t *out, size_t out_len)
{
	struct emu_mlx5 *m = emu_mlx5(dev);
	uint16_t opcode = emu_get_be16(in + MLX5_IN_OPCODE_OFF);
	uint32_t syndrome = 0;
	int status = EMU_MLX5_STAT_BAD_OP;
	size_t i, cap;
	uint8_t *stage;

	m->last_opcode = opcode;
	m->last_uid = emu_get_be16(in + MLX5_IN_UID_OFF);
	m->fw_cmds++;
	m->req_out_len = out_len;
	stage = stage_get(m, out_len, &cap);
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
			syndrome = EMU_MLX5_SYND_BAD_OP;
		}
	} else
		status = cmd_table[i].fn(dev, in, in_len, stage, cap, &syndrome);
	if (status != EMU_MLX5_STAT_OK)
		memset(stage, 0, out_len);   /* a failed command carries only its header */
	stage[MLX5_OUT_STATUS_OFF] = (uint8_t)status;
	emu_put_be32(stage + MLX5_OUT_SYNDROME_OFF, status ? syndrome : 0);
	memcpy(out, stage, out_len);
}
