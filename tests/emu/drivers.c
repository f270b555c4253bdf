// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * The driver registry: one line per emulated device type.  Adding a type
 * is one line here (and, for the default machine, one spec in
 * fwctl-emu.c's default_specs[]).
 */
#include "emu_int.h"

const struct emu_driver *const emu_drivers[] = {
	&emu_drv_mlx5,
	&emu_drv_cxl,
	&emu_drv_pds,
	&emu_drv_bnxt,
};
const size_t emu_n_drivers = EMU_ARRAY_SIZE(emu_drivers);
