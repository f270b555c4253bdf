/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * Emulated mlx5: the kernel driver's rules (drv.c) and a firmware model
 * (fw.c) answering PRM commands.  Helpers extend the firmware by adding
 * rows to the opcode table in fw.c or by providing the strong definition
 * of emu_mlx5_rsc_dump_reg() (fw_rscdump.c).
 */
#ifndef FWCTL_EMU_MLX5_H
#define FWCTL_EMU_MLX5_H

#include <stddef.h>
#include <stdint.h>

#include "../../emu_int.h"

/* PRM command status codes (out header byte 0). */
enum {
	EMU_MLX5_STAT_OK = 0x0,
	EMU_MLX5_STAT_INT_ERR = 0x1,
	EMU_MLX5_STAT_BAD_OP = 0x2,
	EMU_MLX5_STAT_BAD_PARAM = 0x3,
	EMU_MLX5_STAT_BAD_SYS_STATE = 0x4,
	EMU_MLX5_STAT_BAD_RES = 0x5,
	EMU_MLX5_STAT_BAD_INP_LEN = 0x50,
	EMU_MLX5_STAT_BAD_OUTP_LEN = 0x51,
};

/* Opcodes the firmware model answers (the allow-lists live in drv.c). */
enum {
	EMU_MLX5_OP_QUERY_HCA_CAP = 0x100,
	EMU_MLX5_OP_QUERY_ADAPTER = 0x101,
	EMU_MLX5_OP_ACCESS_REG = 0x805,
	EMU_MLX5_OP_NOP = 0x80d,
};

#define EMU_MLX5_REG_RESOURCE_DUMP 0xc000
#define EMU_MLX5_CAP_PAGE 4096
#define EMU_MLX5_HDR 16

struct emu_mlx5_profile {
	const char *name;
	uint16_t pci_device;
	uint16_t vhca_id;          /* of the first device; +1 per further device */
	uint16_t uid;              /* UID of the fd's user context */
	uint32_t uctx_caps;
	uint8_t log_max_qp_sz[2];  /* [0] = cur, [1] = max */
	uint8_t log_max_qp[2];
	uint8_t num_ports;
	const char *psid;
	uint32_t ieee_vendor_id;
};

struct emu_mlx5 {
	const struct emu_mlx5_profile *prof;
	struct fwctl_info_mlx5 info;
	uint16_t vhca_id;
	uint8_t caps_cur[EMU_MLX5_CAP_PAGE];   /* GENERAL capability page, current */
	uint8_t caps_max[EMU_MLX5_CAP_PAGE];
	/* Observations for tests: what the firmware last received. */
	uint16_t last_opcode, last_uid;
	uint64_t fw_cmds;
	/* Extension state (e.g. resource dump), freed with ext_free. */
	void *ext;
	void (*ext_free)(void *ext);
};

static inline struct emu_mlx5 *emu_mlx5(struct emu_dev *dev)
{
	return dev->drvdata;
}

/* Firmware: build caps for the profile; execute one command into out. */
void emu_mlx5_fw_init(struct emu_dev *dev);
void emu_mlx5_fw_exec(struct emu_dev *dev, const uint8_t *in, size_t in_len,
		      uint8_t *out, size_t out_len);

/*
 * ACCESS_REG on RESOURCE_DUMP (0xC000).  `reg_in` is the register data of
 * the request (after the 16-byte ACCESS_REG header), `reg_out` receives
 * the register data of the answer (out_cap bytes available).  Returns the
 * PRM status byte and sets *syndrome for errors.  fw.c has a weak default
 * returning BAD_PARAM; drivers/mlx5/fw_rscdump.c provides the real one.
 */
int emu_mlx5_rsc_dump_reg(struct emu_dev *dev, int write, const uint8_t *reg_in,
			  size_t reg_len, uint8_t *reg_out, size_t out_cap, uint32_t *syndrome);

/*
 * Commands the opcode table in fw.c does not know (e.g. the object
 * queries QUERY_QP, QUERY_CQ... of drivers/mlx5/fw_objects.c).  Same
 * contract as a table handler: answer after the 16-byte header in `out`
 * (out_cap bytes), return the PRM status, set *syndrome on error.  Returns
 * -1 when the opcode is unknown to it too (weak default: always -1).
 */
int emu_mlx5_ext_cmd(struct emu_dev *dev, uint16_t opcode, const uint8_t *in, size_t in_len,
		     uint8_t *out, size_t out_cap, uint32_t *syndrome);

/* JSON object describing the resource dump model (weak default: NULL). */
char *emu_mlx5_rsc_dump_describe(struct emu_dev *dev);

#endif
