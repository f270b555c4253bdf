// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * fwctl pds info: what FWCTL_INFO and sysfs say about the device.  The
 * stored pds driver never sets the device data length, so the kernel
 * reports 0 bytes and the caps are unknown: said, not guessed.
 */
#include <json-c/json.h>
#include <stdio.h>

#include "pds_cmds.h"

/* uctx_caps if the kernel reported it, else why it is unknown. */
static struct json_object *caps_json(const struct fwctl_handle *h)
{
	struct json_object *caps = json_object_new_object();

	if (h->devdata_len >= sizeof(struct fwctl_info_pds)) {
		uint32_t v = prm_le32(h->devdata);

		json_object_object_add(caps, "known", json_object_new_boolean(1));
		json_object_object_add(caps, "uctx_caps", json_object_new_int64(v));
		/* The driver ORs the enum values QUERY_CAP (0) and SEND_CAP (1) as if
		 * they were masks, so a working device reads 1. */
		json_object_object_add(caps, "note", json_object_new_string(
			v == (FWCTL_PDS_CAP_QUERY | FWCTL_PDS_CAP_SEND)
			? "1 = QUERY_CAP (0) | SEND_CAP (1): the driver ORs the capability numbers"
			: "unexpected value: the driver sets QUERY_CAP | SEND_CAP = 1"));
	} else {
		json_object_object_add(caps, "known", json_object_new_boolean(0));
		json_object_object_add(caps, "uctx_caps", NULL);
		json_object_object_add(caps, "note", json_object_new_string(
			"the kernel reported no device data (device_data_len 0, a known pds driver "
			"bug); capabilities unknown"));
	}
	return caps;
}

int pds_cmd_info(struct fwctl_ctx *ctx, void *opts, int argc, char **argv)
{
	const struct fwctl_device *d = ctx->h->dev;
	struct json_object *root = json_object_new_object();
	char buf[16];

	(void)opts;
	(void)argc;
	(void)argv;
	json_object_object_add(root, "device", json_object_new_string(d->name));
	json_object_object_add(root, "device_type", json_object_new_string("pds"));
	json_object_object_add(root, "pci_address",
			       d->pci_address ? json_object_new_string(d->pci_address) : NULL);
	if (d->has_pci_ids) {
		snprintf(buf, sizeof(buf), "0x%04x", d->pci_vendor);
		json_object_object_add(root, "pci_vendor_hex", json_object_new_string(buf));
		snprintf(buf, sizeof(buf), "0x%04x", d->pci_device);
		json_object_object_add(root, "pci_device_hex", json_object_new_string(buf));
	}
	json_object_object_add(root, "driver", d->driver ? json_object_new_string(d->driver) : NULL);
	json_object_object_add(root, "device_data_len", json_object_new_int64(ctx->h->devdata_len));
	json_object_object_add(root, "caps", caps_json(ctx->h));
	return fwctl_emit(ctx, root, ctx->h->devdata, ctx->h->devdata_len);
}

/*
 * fwctl report: the caps, and which catalogue the tool would use.  No RPC:
 * without a catalogue that matches the firmware no operation is known to
 * be harmless, and a catalogue is not proof that it matches.
 */
int pds_report(struct fwctl_ctx *ctx, struct json_object *into)
{
	struct pds_catalog cat;
	struct fwctl_err err = { 0 };
	struct json_object *c = json_object_new_object();
	size_t n_ops = 0;
	bool found = false;

	json_object_object_add(into, "device_data_len", json_object_new_int64(ctx->h->devdata_len));
	json_object_object_add(into, "caps", caps_json(ctx->h));
	if (pds_catalog_load(&cat, NULL, &found, &err) < 0) {
		json_object_object_add(c, "error", json_object_new_string(err.message));
	} else if (found) {
		for (size_t i = 0; i < cat.n_eps; i++)
			n_ops += cat.eps[i].n_ops;
		json_object_object_add(c, "source", json_object_new_string(cat.source ? cat.source : ""));
		json_object_object_add(c, "endpoints", json_object_new_int64((int64_t)cat.n_eps));
		json_object_object_add(c, "operations", json_object_new_int64((int64_t)n_ops));
	}
	json_object_object_add(c, "found", json_object_new_boolean(found));
	json_object_object_add(into, "catalog", c);
	pds_catalog_free(&cat);
	return 0;
}
