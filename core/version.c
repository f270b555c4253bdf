// SPDX-License-Identifier: GPL-2.0-or-later
/* fwctl version [-j]: the version, the compiled-in plugins, the build options. */
#include <json-c/json.h>

#include "config.h"
#include "version.h"
#include "../cli/dispatch.h"
#include "core.h"

/* name/value pairs written by core/meson.build (FWCTL_BUILD_OPTIONS). */
static const struct {
	const char *name, *value;
} build_options[] = { FWCTL_BUILD_OPTIONS };

int cmd_version(struct fwctl_ctx *ctx, void *opts, int argc, char **argv)
{
	struct json_object *root = json_object_new_object(), *plugins = json_object_new_array();
	struct json_object *build = json_object_new_object();

	(void)opts; (void)argc; (void)argv;
	json_object_object_add(root, "version", json_object_new_string(FWCTL_VERSION));
	for (size_t i = 0; i < fwctl_n_plugins; i++)
		if (fwctl_plugins[i]->name)
			json_object_array_add(plugins, json_object_new_string(fwctl_plugins[i]->name));
	json_object_object_add(root, "plugins", plugins);
	for (size_t i = 0; i < FWCTL_ARRAY_SIZE(build_options); i++)
		json_object_object_add(build, build_options[i].name,
				       json_object_new_string(build_options[i].value));
	json_object_object_add(root, "build_options", build);
	return fwctl_emit(ctx, root, NULL, 0);
}
