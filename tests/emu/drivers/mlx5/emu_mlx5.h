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
	EMU_MLX5_STAT_NO_RES = 0xf,
	EMU_MLX5_STAT_BAD_INP_LEN = 0x50,
	EMU_MLX5_STAT_BAD_OUTP_LEN = 0x51,
};

/* Opcodes the firmware model answers (the allow-lists live in drv.c). */
enum {
	EMU_MLX5_OP_QUERY_HCA_CAP = 0x100,
	EMU_MLX5_OP_QUERY_ADAPTER = 0x101,
	EMU_MLX5_OP_ACCESS_REG = 0x805,
	EMU_MLX5_OP_NOP = 0x80d,
	EMU_MLX5_OP_QUERY_DIAGNOSTIC_PARAMS = 0x819,
	EMU_MLX5_OP_SET_DIAGNOSTIC_PARAMS = 0x820,
	EMU_MLX5_OP_QUERY_DIAGNOSTIC_COUNTERS = 0x821,
};

#define EMU_MLX5_REG_RESOURCE_DUMP 0xc000
#define EMU_MLX5_CAP_PAGE 4096
#define EMU_MLX5_HDR 16
#define EMU_MLX5_N_PROFILES 2       /* columns of the per-profile value tables */
#define EMU_MLX5_MAX_DIAG 32        /* diagnostic counters a profile may offer */
#define EMU_MLX5_REG_MAX 256        /* largest register image (PPCNT) */
#define EMU_MLX5_REG_INSTANCES 64   /* register instances (port, sensor...) kept per device */

/*
 * Deterministic syndromes so tests can assert them.  Real firmware
 * syndromes are opaque 32-bit values; these are ours, one per cause.
 */
#define EMU_MLX5_SYND_BAD_OP        0x00b8a1d1u   /* opcode unknown to the firmware */
#define EMU_MLX5_SYND_BAD_CAP_TYPE  0x00c4a9f3u   /* QUERY_HCA_CAP type not supported */
#define EMU_MLX5_SYND_BAD_REG       0x0074e2a5u   /* ACCESS_REG register id unknown */
#define EMU_MLX5_SYND_BAD_OPMOD     0x003a61b7u   /* op_mod not defined for the opcode */
#define EMU_MLX5_SYND_BAD_INDEX     0x00615c2eu   /* register index (port, sensor, group) */
#define EMU_MLX5_SYND_BAD_FIELD     0x0051d0a9u   /* written value out of range */
#define EMU_MLX5_SYND_READ_ONLY     0x0027f3c4u   /* write to a read-only register */
#define EMU_MLX5_SYND_SHORT_IN      0x005b7c10u   /* mailbox shorter than the command */
#define EMU_MLX5_SYND_SHORT_OUT     0x005b7c11u   /* output mailbox too small */
#define EMU_MLX5_SYND_DIAG_OFF      0x0019e7d3u   /* counters queried while disabled */
#define EMU_MLX5_SYND_DIAG_ID       0x0019e7d4u   /* counter id not supported */

struct emu_mlx5_eeprom_part {
	uint8_t off;
	uint8_t len;
	const char *bytes;
};

/*
 * A device generation.  Everything that differs between generations is
 * here or in the per-profile columns of the value tables (fw_caps.c,
 * fw_regs.c), indexed by `idx`.
 */
struct emu_mlx5_profile {
	const char *name;
	unsigned idx;              /* column in the value tables */
	uint16_t pci_device;
	uint16_t vhca_id;          /* of the first device; +1 per further device */
	uint16_t uid;              /* UID of the fd's user context */
	uint32_t uctx_caps;
	const char *psid;
	const char *vsd;
	uint32_t ieee_vendor_id;
	uint8_t num_ports;
	uint8_t num_sensors;       /* MTMP sensor_index 0..num_sensors-1 */
	const uint16_t *cap_types; /* QUERY_HCA_CAP types answered */
	size_t n_cap_types;
	const uint16_t *diag_ids;  /* diagnostic counter ids (DEBUG cap list) */
	size_t n_diag;
	const uint8_t *ppcnt_groups;
	size_t n_ppcnt_groups;
	/* Module EEPROM (I2C 0x50, page 0, bytes 0..255) as pieces. */
	const struct emu_mlx5_eeprom_part *eeprom;
	size_t n_eeprom;
};

/* One stored register instance (keyed by its index fields). */
struct emu_mlx5_reg_inst {
	uint16_t reg_id;
	uint64_t key;
	uint64_t reads;            /* reads of this instance: counters advance per read */
	uint8_t data[EMU_MLX5_REG_MAX];
};

struct emu_mlx5 {
	const struct emu_mlx5_profile *prof;
	struct fwctl_info_mlx5 info;
	uint16_t vhca_id;
	/* Observations for tests: what the firmware last received. */
	uint16_t last_opcode, last_uid;
	uint64_t fw_cmds;
	size_t req_out_len;        /* out mailbox length of the command in flight */
	/* Where handlers build an answer (fw.c), kept between commands. */
	uint8_t *stage;
	size_t stage_cap;
	/* Register state (fw_regs.c): written values persist. */
	struct emu_mlx5_reg_inst *regs;
	size_t n_regs;
	/* Diagnostic counters (fw_diag.c). */
	bool diag_enabled;
	uint8_t diag_flags;        /* single/repetitive/sync/clear/on_demand bits as set */
	uint8_t diag_log_samples, diag_log_period;
	uint16_t diag_ids[EMU_MLX5_MAX_DIAG];
	uint32_t diag_n;
	uint64_t diag_queries;
	/* Extension state (e.g. resource dump), freed with ext_free. */
	void *ext;
	void (*ext_free)(void *ext);
};

static inline struct emu_mlx5 *emu_mlx5(struct emu_dev *dev)
{
	return dev->drvdata;
}

/* The emulated kernel's allow-list (drv.c): may opcode/op_mod run at scope? */
bool emu_mlx5_allowed(uint16_t opcode, uint16_t op_mod, uint32_t scope);

/* Profiles (fw_profiles.c). */
const struct emu_mlx5_profile *emu_mlx5_profile_find(const char *name);
extern const char *const emu_mlx5_profile_names;   /* "cx6dx, cx7" for messages */

/* Firmware: per-device state; execute one command into out. */
void emu_mlx5_fw_init(struct emu_dev *dev);
void emu_mlx5_fw_free(struct emu_dev *dev);
void emu_mlx5_fw_exec(struct emu_dev *dev, const uint8_t *in, size_t in_len,
		      uint8_t *out, size_t out_len);

/*
 * Command handlers (same contract for all): `in` is the whole in mailbox,
 * the answer goes after the 16-byte header of `out` (out_cap bytes in
 * all; emu_mlx5(dev)->req_out_len is what the caller really has).
 * Return the PRM status, set *syndrome on error.
 */
typedef int (*emu_mlx5_cmd_fn)(struct emu_dev *dev, const uint8_t *in, size_t in_len,
			       uint8_t *out, size_t out_cap, uint32_t *syndrome);
int emu_mlx5_cmd_query_hca_cap(struct emu_dev *dev, const uint8_t *in, size_t in_len,
			       uint8_t *out, size_t out_cap, uint32_t *syndrome);
int emu_mlx5_cmd_query_diag_params(struct emu_dev *dev, const uint8_t *in, size_t in_len,
				   uint8_t *out, size_t out_cap, uint32_t *syndrome);
int emu_mlx5_cmd_set_diag_params(struct emu_dev *dev, const uint8_t *in, size_t in_len,
				 uint8_t *out, size_t out_cap, uint32_t *syndrome);
int emu_mlx5_cmd_query_diag_counters(struct emu_dev *dev, const uint8_t *in, size_t in_len,
				     uint8_t *out, size_t out_cap, uint32_t *syndrome);

/* Build one capability page (cur or max) of `type`; false if the profile
 * does not answer that type. page has EMU_MLX5_CAP_PAGE bytes. */
bool emu_mlx5_cap_page(struct emu_dev *dev, uint16_t type, bool cur, uint8_t *page);
/* Self-check of the value tables (cur <= max, values within widths,
 * supported types have values): NULL or a static description. */
const char *emu_mlx5_tables_check(void);

/*
 * ACCESS_REG of every register but RESOURCE_DUMP (fw_regs.c).  Returns
 * the PRM status (syndrome set on error) or -1 if the register id is not
 * one the firmware implements.
 */
int emu_mlx5_reg_access(struct emu_dev *dev, bool write, uint16_t reg_id,
			const uint8_t *reg_in, size_t reg_len, uint8_t *reg_out,
			size_t out_cap, uint32_t *syndrome);

/* MGIR's image (fw_mgir.c): `reads` earlier reads of it advance uptime. */
#define EMU_MLX5_MGIR_LEN 160
void emu_mlx5_mgir_read(struct emu_dev *dev, uint8_t *reg, size_t len, uint64_t reads);

/*
 * ACCESS_REG on RESOURCE_DUMP (0xC000).  `reg_in` is the register data of
 * the request (after the 16-byte ACCESS_REG header), `reg_out` receives
 * the register data of the answer (out_cap bytes available).  Returns the
 * PRM status byte and sets *syndrome for errors (drivers/mlx5/fw_rscdump.c).
 */
int emu_mlx5_rsc_dump_reg(struct emu_dev *dev, int write, const uint8_t *reg_in,
			  size_t reg_len, uint8_t *reg_out, size_t out_cap, uint32_t *syndrome);

/*
 * Commands the opcode table in fw.c does not know (e.g. the object
 * queries QUERY_QP, QUERY_CQ... of drivers/mlx5/fw_objects.c).  Same
 * contract as a table handler: answer after the 16-byte header in `out`
 * (out_cap bytes), return the PRM status, set *syndrome on error.  Returns
 * -1 when the opcode is unknown to it too (drivers/mlx5/fw_objects.c).
 */
int emu_mlx5_ext_cmd(struct emu_dev *dev, uint16_t opcode, const uint8_t *in, size_t in_len,
		     uint8_t *out, size_t out_cap, uint32_t *syndrome);

/* JSON object describing the resource dump model (drivers/mlx5/fw_rscdump.c). */
char *emu_mlx5_rsc_dump_describe(struct emu_dev *dev);

#endif
