// SPDX-License-Identifier: GPL-2.0-or-later
/* fwctl info: what FWCTL_INFO says, plus who the device is. */
#include <stdlib.h>

#include <json-c/json.h>

#include "core.h"

int cmd_info(struct fwctl_ctx *ctx, void *opts, int argc, char **argv)
{
	struct fwctl_handle *h = ctx->h;
	struct json_object *root;
	uint32_t shown = h->devdata_len < sizeof(h->devdata) ? h->devdata_len : sizeof(h->devdata);
	char *hex;

	(void)opts; (void)argc; (void)argv;
	ctx->dev->type = h->type;
	ctx->dev->type_known = true;
	root = fwctl_device_json(ctx->dev);
	json_object_object_add(root, "type_id", json_object_new_int((int)h->type));
	json_object_object_add(root, "device_data_len", json_object_new_int64(h->devdata_len));
	hex = out_hex_string(h->devdata, shown);
	json_object_object_add(root, "device_data_hex", json_object_new_string(hex ? hex : ""));
	free(hex);
	json_object_object_add(root, "device_data",
			       fwctl_device_data_json(h->type, h->devdata, h->devdata_len));
	json_object_object_add(root, "kernel_taint", fwctl_taint_json());
	return fwctl_emit(ctx, root, NULL, 0);
}
