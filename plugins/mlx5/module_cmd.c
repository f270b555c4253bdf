// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * fwctl mlx5 module: who made the pluggable module in a cage and what it
 * is (identifier, vendor, OUI, part number, revision, serial number), from
 * page 0 of its EEPROM read whole.  One MCIA read never holds all of
 * these fields: they lie across the upper page.
 */
#include <json-c/json.h>

#include "../../lib/sff.h"
#include "mlx5_handlers.h"
#include "mlx5_util.h"
#include "module.h"

int mlx5_cmd_module(struct fwctl_ctx *ctx, void *optp, int argc, char **argv)
{
	const struct module_opts *o = optp;
	uint8_t page[SFF_PAGE_LEN];
	struct json_object *root;

	/* --module's range is the option parser's (MLX5_MCIA_MODULE_MAX). */
	if (argc > 0)
		return fwctl_err_set(&ctx->err, FWCTL_ERR_USAGE, 0, "unexpected argument '%s'", argv[0]);
	if (mlx5_module_read(ctx, o->module, page, sizeof(page)))
		return -1;
	root = mlx5_json_root(ctx);
	json_object_object_add(root, "module", json_object_new_int64(o->module));
	mlx5_module_page(page, sizeof(page), root);
	return fwctl_emit(ctx, root, page, sizeof(page));
}

const struct fwctl_opt mlx5_module_opts[] = {
	{ "module", 'm', OPT_U32, OPT_OFF(struct module_opts, module), "N",
	  "the module (cage) to read, as MCIA numbers it (default 0)",
	  .max = MLX5_MCIA_MODULE_MAX },
	FWCTL_OPT_END
};
