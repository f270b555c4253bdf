// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * Decoding an object's answer: the fixed layout, then its variable-length
 * tails (RQT rq_num[], flow entry destinations and counters).  The counts
 * come from the firmware: each is bounded by the tail's max and by the
 * bytes actually in the answer.  Shared by `fwctl mlx5 query` and its
 * fuzz target.
 */
#include <stdio.h>
#include <string.h>

#include <json-c/json.h>

#include "prm_objects.h"

/* Value of a dotted path ("flow_context.destination_list_size") through
 * nested byte-aligned structures; false if absent or outside the answer. */
static bool get_path(const struct prm_layout *l, const char *path, const uint8_t *buf,
		     size_t len, uint64_t *v)
{
	char name[64];

	for (;;) {
		const char *dot = strchr(path, '.');
		size_t n = dot ? (size_t)(dot - path) : strlen(path);
		const struct prm_field *f;

		if (n >= sizeof(name))
			return false;
		memcpy(name, path, n);
		name[n] = 0;
		f = prm_find(l, name);
		if (!f)
			return false;
		if (!dot)
			return prm_get(l, f, buf, len, v);
		if (f->kind != PRM_STRUCT || !f->sub || f->bit_off / 8 > len)
			return false;
		buf += f->bit_off / 8;
		len -= f->bit_off / 8;
		l = f->sub;
		path = dot + 1;
	}
}

static struct json_object *decode_elem(const struct prm_layout *e, const uint8_t *p, size_t len)
{
	struct json_object *o = json_object_new_object();
	struct json_object *v;

	prm_decode(e, p, len, o, 0);
	/* A one-number element (rq_num) reads better as the number itself. */
	if (e->n_fields == 1 && e->fields[0].kind == PRM_UINT &&
	    json_object_object_get_ex(o, e->fields[0].name, &v)) {
		v = json_object_get(v);
		json_object_put(o);
		return v;
	}
	return o;
}

struct json_object *mlx5_object_decode(const struct mlx5_object *o, const uint8_t *out,
				       size_t len)
{
	struct json_object *fields = json_object_new_object();
	size_t bit = o->tail_off;

	prm_decode(o->out, out, len, fields, 0);
	for (const struct mlx5_object_tail *t = o->tails; t && t->name; t++) {
		struct json_object *arr;
		size_t stride = t->elem->size_bits;
		uint64_t count = 0;

		if (!get_path(o->out, t->count, out, len, &count))
			break;
		if (count > t->max) {
			/* More than the mailbox had room for: say so rather than guess. */
			char key[80];

			snprintf(key, sizeof(key), "%s_truncated", t->name);
			json_object_object_add(fields, key, json_object_new_boolean(true));
			count = t->max;
		}
		arr = json_object_new_array();
		for (uint64_t i = 0; i < count && (bit + stride) / 8 <= len; i++, bit += stride)
			json_object_array_add(arr, decode_elem(t->elem, out + bit / 8, stride / 8));
		json_object_object_add(fields, t->name, arr);
	}
	return fields;
}
