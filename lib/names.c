// SPDX-License-Identifier: GPL-2.0-or-later
/* Names of device types and scopes, as users type and read them. */
#include <string.h>

#include "device.h"

static const char *(*type_name_hook)(uint32_t type);

void fwctl_set_type_name_hook(const char *(*hook)(uint32_t type))
{
	type_name_hook = hook;
}

static const char *const scope_names[] = {
	[FWCTL_RPC_CONFIGURATION] = "config",
	[FWCTL_RPC_DEBUG_READ_ONLY] = "debug-ro",
	[FWCTL_RPC_DEBUG_WRITE] = "debug-write",
	[FWCTL_RPC_DEBUG_WRITE_FULL] = "debug-write-full",
};

const char *fwctl_type_name(uint32_t type)
{
	const char *name = type_name_hook ? type_name_hook(type) : NULL;

	if (name)
		return name;
	return type == FWCTL_DEVICE_TYPE_ERROR ? "error" : "unknown";
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
