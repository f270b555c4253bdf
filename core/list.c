// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * fwctl list: every fwctl device of every vendor, from sysfs/udev and
 * FWCTL_INFO only (no RPC); --long adds each firmware version (list_long.c).
 */
#include <json-c/json.h>

#include "core.h"

/* --long's column: the version, "-" when the device cannot tell, "error". */
static struct json_object *firmware_cell(struct json_object *d)
{
	struct json_object *v = NULL;

	if (json_object_object_get_ex(d, "error", NULL))
		return json_object_new_string("error");
	json_object_object_get_ex(d, "firmware_version", &v);
	return v ? json_object_get(v) : json_object_new_string("-");
}

/* The text table shows the columns a person scans for; JSON has everything. */
static struct json_object *text_view(struct json_object *root, bool long_format)
{
	struct json_object *devs, *view = json_object_new_object(), *rows = json_object_new_array();
	struct json_object *taint = NULL;
	static const char *const cols[] = { "name", "type", "pci_address", "memdev", "driver",
					    "netdevs", "rdma_devices" };

	json_object_object_get_ex(root, "devices", &devs);
	for (size_t i = 0; i < json_object_array_length(devs); i++) {
		struct json_object *d = json_object_array_get_idx(devs, i), *r = json_object_new_object();

		for (size_t c = 0; c < sizeof(cols) / sizeof(cols[0]); c++) {
			struct json_object *v = NULL;

			json_object_object_get_ex(d, cols[c], &v);
			json_object_object_add(r, cols[c], json_object_get(v));
		}
		if (long_format)
			json_object_object_add(r, "firmware", firmware_cell(d));
		json_object_array_add(rows, r);
	}
	json_object_object_add(view, "devices", rows);
	if (json_object_object_get_ex(root, "kernel_taint", &taint) && taint) {
		struct json_object *fw = NULL;

		json_object_object_get_ex(taint, "fwctl", &fw);
		json_object_object_add(view, "kernel_fwctl_tainted", json_object_get(fw));
	}
	return view;
}

int cmd_list(struct fwctl_ctx *ctx, void *opts, int argc, char **argv)
{
	const struct list_opts *o = opts;
	struct json_object *root, *devs;
	int failed = 0;

	(void)argc; (void)argv;
	if (fwctl_discover(&ctx->devices, &ctx->err))
		return -1;
	fwctl_device_list_probe(&ctx->devices);
	root = json_object_new_object();
	devs = json_object_new_array();
	for (size_t i = 0; i < ctx->devices.n; i++)
		json_object_array_add(devs, fwctl_device_json(&ctx->devices.devs[i]));
	json_object_object_add(root, "devices", devs);
	json_object_object_add(root, "kernel_taint", fwctl_taint_json());
	if (o->long_format) {
		failed = fwctl_list_long(ctx, devs);
		if (failed < 0) {
			json_object_put(root);
			return -1;
		}
	}
	if (ctx->format == OUT_TEXT) {
		struct json_object *view = text_view(root, o->long_format);

		json_object_put(root);
		root = view;
		if (!ctx->devices.n && !ctx->quiet)
			fwctl_info_msg(ctx, "no fwctl devices found (is a fwctl driver loaded?)");
	}
	if (fwctl_emit(ctx, root, NULL, 0))
		return -1;
	if (failed)
		return fwctl_err_set(&ctx->err, FWCTL_ERR_FAILED, 0,
				     "the firmware version of %d device%s could not be read (see the "
				     "error objects); the list itself is complete", failed,
				     failed == 1 ? "" : "s");
	return 0;
}
