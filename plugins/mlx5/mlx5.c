// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * The mlx5 plugin's command table.  Minimal version from the resource dump
 * branch; the mlx5 plugin's own version (with its rows) takes precedence
 * when the branches are merged: keep MLX5_RSC_DUMP_CMD_ROWS in its table.
 */
#include "../plugin.h"
#include "rsc_dump_cmd.h"

static const struct fwctl_cmd mlx5_cmds[] = {
	MLX5_RSC_DUMP_CMD_ROWS,
};

const struct fwctl_plugin fwctl_plugin_mlx5 = {
	.name = "mlx5",
	.summary = "NVIDIA/Mellanox ConnectX (mlx5) devices",
	.device_type = FWCTL_DEVICE_TYPE_MLX5,
	.cmds = mlx5_cmds,
	.n_cmds = FWCTL_ARRAY_SIZE(mlx5_cmds),
};
