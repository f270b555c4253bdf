/* SPDX-License-Identifier: GPL-2.0-or-later */
/* The mlx5 plugin's policy hooks (policy.c), for the plugin table. */
#ifndef FWCTL_MLX5_POLICY_H
#define FWCTL_MLX5_POLICY_H

#include <stdint.h>

struct json_object;

extern const struct fwctl_rpc_policy mlx5_rpc_policy;
extern const char *const mlx5_drivers[];
void mlx5_device_data_json(const uint8_t *data, uint32_t len, struct json_object *into);

#endif
