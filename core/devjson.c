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
	static const char *const parent_kinds[] = { "unknown", "pci", "bus_device" };
	const char *kind = d->parent_kind == FWCTL_PARENT_BUS_DEVICE && d->parent_kind_name
			   ? d->parent_kind_name : parent_kinds[d->parent_kind];
	char hex[8];

	json_object_object_add(o, "name", json_object_new_string(d->name));
	json_object_object_add(o, "devnode", str_or_null(d->devnode));
	json_object_object_add(o, "major", json_object_new_int((int)d->major));
	json_object_object_add(o, "minor", json_object_new_int((int)d->minor));
	json_object_object_add(o, "type", json_object_new_string(fwctl_type_name(d->type)));
	json_object_object_add(o, "type_source",
			       json_object_new_string(d->type_known ? "fwctl_info" : "driver"));
	json_object_object_add(o, "parent_kind", json_object_new_string(kind));
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

void fwctl_json_add_flag_names(struct json_object *o, uint32_t caps, const char *const *bits,
				int nbits)
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

uint32_t fwctl_devdata_u32(const uint8_t *data, uint32_t len, uint32_t index)
{
	uint32_t off = index * 4, v = 0;

	/* Device data is in host byte order (the kernel's u32s); only the
	 * bytes the kernel returned count. */
	if (off + 4 <= len)
		memcpy(&v, data + off, 4);
	return v;
}

struct json_object *fwctl_device_data_json(uint32_t type, const uint8_t *data, uint32_t len)
{
	struct json_object *o = json_object_new_object();
	const struct fwctl_plugin *p = fwctl_plugin_for_type(type);

	if (p && p->device_data_json)
		p->device_data_json(data, len, o);
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

struct json_object *fwctl_error_json(const struct fwctl_err *e)
{
	struct json_object *o = out_error_object(e), *inner = NULL;

	json_object_object_get_ex(o, "error", &inner);
	json_object_get(inner);
	json_object_put(o);
	return inner;
}
