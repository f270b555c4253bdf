// SPDX-License-Identifier: GPL-2.0-or-later
/* The one list of command sets.  Order = order in help and completion. */
#include <string.h>

#include "config.h"
#include "plugin.h"

extern const struct fwctl_plugin fwctl_plugin_core;
/* FWCTL_PLUGINS(X) (config.h, from plugins/meson.build): X(name) per built plugin. */
#define X(name) extern const struct fwctl_plugin fwctl_plugin_##name;
FWCTL_PLUGINS(X)
#undef X

const struct fwctl_plugin *const fwctl_plugins[] = {
	&fwctl_plugin_core,
#define X(name) &fwctl_plugin_##name,
	FWCTL_PLUGINS(X)
#undef X
};
const size_t fwctl_n_plugins = FWCTL_ARRAY_SIZE(fwctl_plugins);

const struct fwctl_plugin *fwctl_plugin_for_type(uint32_t type)
{
	for (size_t i = 0; i < fwctl_n_plugins; i++)
		if (fwctl_plugins[i]->name && fwctl_plugins[i]->device_type == (int)type)
			return fwctl_plugins[i];
	return NULL;
}

static const char *plugin_type_name(uint32_t type)
{
	const struct fwctl_plugin *p = fwctl_plugin_for_type(type);

	return p ? p->name : NULL;
}

static int plugin_type_of_driver(const char *driver)
{
	for (size_t i = 0; i < fwctl_n_plugins; i++) {
		const struct fwctl_plugin *p = fwctl_plugins[i];

		for (size_t k = 0; p->drivers && p->drivers[k]; k++)
			if (!strcmp(p->drivers[k], driver))
				return p->device_type;
	}
	return -1;
}

static const char *plugin_parent_bus(const char *subsystem)
{
	for (size_t i = 0; i < fwctl_n_plugins; i++) {
		const struct fwctl_plugin *p = fwctl_plugins[i];

		for (size_t k = 0; p->parent_buses && p->parent_buses[k].subsystem; k++)
			if (!strcmp(p->parent_buses[k].subsystem, subsystem))
				return p->parent_buses[k].kind;
	}
	return NULL;
}

void fwctl_plugins_install_type_hooks(void)
{
	fwctl_set_type_name_hook(plugin_type_name);
	fwctl_set_driver_type_hook(plugin_type_of_driver);
	fwctl_set_bus_device_hook(plugin_parent_bus);
}
