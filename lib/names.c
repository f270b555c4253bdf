// SPDX-License-Identifier: GPL-2.0-or-later
/* Names of device types and scopes, as users type and read them. */
#include <string.h>

#include "device.h"

static const char *const type_names[] = {
	[FWCTL_DEVICE_TYPE_ERROR] = "error",
	[FWCTL_DEVICE_TYPE_MLX5] = "mlx5",
	[FWCTL_DEVICE_TYPE_CXL] = "cxl",
	[FWCTL_DEVICE_TYPE_BNXT] = "bnxt",
	[FWCTL_DEVICE_TYPE_PDS] = "pds",
};

static const char *const scope_names[] = {
	[FWCTL_RPC_CONFIGURATION] = "config",
	[FWCTL_RPC_DEBUG_READ_ONLY] = "debug-ro",
	[FWCTL_RPC_DEBUG_WRITE] = "debug-write",
	[FWCTL_RPC_DEBUG_WRITE_FULL] = "debug-write-full",
};

const char *fwctl_type_name(uint32_t type)
{
	if (type < sizeof(type_names) / sizeof(type_names[0]) && type_names[type])
		return type_names[type];
	return "unknown";
}

int fwctl_type_from_name(const char *name)
{
	for (size_t i = 1; i < sizeof(type_names) / sizeof(type_names[0]); i++)
		if (type_names[i] && !strcmp(type_names[i], name))
			return (int)i;
	return -1;
}

const char *fwctl_scope_name(uint32_t scope)
{
	if (scope <= FWCTL_RPC_SCOPE_MAX)
		return scope_names[scope];
	return "invalid";
}

int fwctl_scope_from_name(const char *name)
{
	for (size_t i = 0; i <= FWCTL_RPC_SCOPE_MAX; i++)
		if (!strcmp(scope_names[i], name))
			return (int)i;
	/* The kernel's own names are accepted too. */
	if (!strcmp(name, "configuration"))
		return FWCTL_RPC_CONFIGURATION;
	if (!strcmp(name, "debug-read-only"))
		return FWCTL_RPC_DEBUG_READ_ONLY;
	return -1;
}
