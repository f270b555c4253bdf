// SPDX-License-Identifier: GPL-2.0-or-later
/* One JSON shape for "which device is this", shared by list, info, report. */
#include <stdio.h>
#include <string.h>

#include <json-c/json.h>

#include "../lib/taint.h"
#include "core.h"

static struct json_object *str_or_null(const char *s)
{
	return s ? json_object_new_string(s) : NULL;
}

static struct json_object *names(char *const *v, size_t n)
{
	struct json_object *a = json_object_new_array();

	for (size_t i = 0; i < n; i++)
		json_object_array_add(a, json_object_new_string(v[i]));
	return a;
}

struct json_object *fwctl_device_json(const struct fwctl_device *d)
{
	struct json_object *o = json_object_new_object();
	static const char *const parent_kinds[] = { "unknown", "pci", "cxl_memdev" };
	char hex[8];

	json_object_object_add(o, "name", json_object_new_string(d->name));
	json_object_object_add(o, "devnode", str_or_null(d->devnode));
	json_object_object_add(o, "major", json_object_new_int((int)d->major));
	json_object_object_add(o, "minor", json_object_new_int((int)d->minor));
	json_object_object_add(o, "type", json_object_new_string(fwctl_type_name(d->type)));
	json_object_object_add(o, "type_source",
			       json_object_new_string(d->type_known ? "fwctl_info" : "driver"));
	json_object_object_add(o, "parent_kind", json_object_new_string(parent_kinds[d->parent_kind]));
	json_object_object_add(o, "parent", str_or_null(d->parent_name));
	json_object_object_add(o, "pci_address", str_or_null(d->pci_address));
	if (d->has_pci_ids) {
		snprintf(hex, sizeof(hex), "0x%04x", d->pci_vendor);
		json_object_object_add(o, "pci_vendor_id_hex", json_object_new_string(hex));
		snprintf(hex, sizeof(hex), "0x%04x", d->pci_device);
		json_object_object_add(o, "pci_device_id_hex", json_object_new_string(hex));
	} else {
		json_object_object_add(o, "pci_vendor_id_hex", NULL);
		json_object_object_add(o, "pci_device_id_hex", NULL);
	}
	json_object_object_add(o, "driver", str_or_null(d->driver));
	json_object_object_add(o, "netdevs", names(d->netdevs, d->n_netdevs));
	json_object_object_add(o, "rdma_devices", names(d->rdma, d->n_rdma));
	json_object_object_add(o, "memdev", str_or_null(d->memdev));
	if (d->probe_error)
		json_object_object_add(o, "probe_error", json_object_new_string(d->probe_error));
	return o;
}

static void flag_names(struct json_object *o, uint32_t caps, const char *const *bits, int nbits)
{
	struct json_object *a = json_object_new_array();

	for (int i = 0; i < 32; i++)
		if (caps & (1u << i)) {
			char tmp[16];

			snprintf(tmp, sizeof(tmp), "bit_%d", i);
			json_object_array_add(a, json_object_new_string(i < nbits && bits[i] ? bits[i] : tmp));
		}
	json_object_object_add(o, "uctx_caps_names", a);
}

struct json_object *fwctl_device_data_json(uint32_t type, const uint8_t *data, uint32_t len)
{
	struct json_object *o = json_object_new_object();
	static const char *const mlx5_bits[] = { NULL, NULL, "tools_resources" };
	static const char *const bnxt_bits[] = { "inline_commands", "query_commands", "send_commands" };
	uint8_t b[8] = { 0 };
	uint32_t v0, v1;

	/* Only the bytes the kernel returned (len may be 0); each case checks len. */
	memcpy(b, data, len < sizeof(b) ? len : sizeof(b));
	v0 = (uint32_t)b[0] | (uint32_t)b[1] << 8 | (uint32_t)b[2] << 16 | (uint32_t)b[3] << 24;
	v1 = (uint32_t)b[4] | (uint32_t)b[5] << 8 | (uint32_t)b[6] << 16 | (uint32_t)b[7] << 24;

	/* Device data is in host byte order (the kernel's u32s). */
	switch (type) {
	case FWCTL_DEVICE_TYPE_MLX5:
		if (len < sizeof(struct fwctl_info_mlx5))
			break;
		json_object_object_add(o, "uid", json_object_new_int64(v0));
		json_object_object_add(o, "uctx_caps", json_object_new_int64(v1));
		flag_names(o, v1, mlx5_bits, 3);
		break;
	case FWCTL_DEVICE_TYPE_PDS:
		if (len < sizeof(struct fwctl_info_pds)) {
			json_object_object_add(o, "note", json_object_new_string(
				"the kernel reported no device data (a known pds driver bug); caps unknown"));
			break;
		}
		json_object_object_add(o, "uctx_caps", json_object_new_int64(v0));
		break;
	case FWCTL_DEVICE_TYPE_BNXT:
		if (len < sizeof(struct fwctl_info_bnxt))
			break;
		json_object_object_add(o, "uctx_caps", json_object_new_int64(v0));
		flag_names(o, v0, bnxt_bits, 3);
		break;
	default:
		break;
	}
	return o;
}

struct json_object *fwctl_taint_json(void)
{
	struct json_object *o, *flags;
	const char *names_[33];
	uint64_t mask;

	if (fwctl_read_taint(&mask))
		return NULL;
	o = json_object_new_object();
	json_object_object_add(o, "fwctl", json_object_new_boolean(fwctl_taint_fwctl(mask)));
	json_object_object_add(o, "mask", json_object_new_int64((int64_t)mask));
	flags = json_object_new_array();
	fwctl_taint_names(mask, names_);
	for (size_t i = 0; names_[i]; i++)
		json_object_array_add(flags, json_object_new_string(names_[i]));
	json_object_object_add(o, "flags", flags);
	return o;
}
