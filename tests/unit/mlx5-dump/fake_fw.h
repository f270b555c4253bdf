/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * A direct transport to the emulated RESOURCE_DUMP firmware
 * (tests/emu/drivers/mlx5/fw_rscdump.c) for unit tests, fuzz corpus
 * generation and benchmarks that must not depend on the whole emulator:
 * it plays the mlx5 fwctl driver's part (opcode allow-list at debug-ro,
 * out header status/syndrome) and nothing else.
 */
#ifndef FWCTL_TEST_FAKE_FW_H
#define FWCTL_TEST_FAKE_FW_H

#include "../../emu/emu.h"
#include "../../../lib/device.h"

struct fake_fw {
	struct emu_world world;
	struct emu_dev dev;
	struct emu_driver drv;
	struct emu_spec spec;
	struct emu_kv kv[2];
	char crspace[32];
	struct emu_fault fault;
	char fault_name[32];
	struct fwctl_device fdev;
};

/* crspace bytes; fault_name NULL or "rsc-seq" etc. firing after `after` RPCs. */
void fake_fw_init(struct fake_fw *f, uint64_t crspace, const char *fault_name,
		  uint64_t after, uint64_t status);
/* An open handle on it (fwctl_open_transport). */
int fake_fw_open(struct fake_fw *f, struct fwctl_handle **h, struct fwctl_err *err);

int emu_mlx5_rsc_dump_reg(struct emu_dev *dev, int write, const uint8_t *reg_in,
			  size_t reg_len, uint8_t *reg_out, size_t out_cap, uint32_t *syndrome);
char *emu_mlx5_rsc_dump_describe(struct emu_dev *dev);

#endif
