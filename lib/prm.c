// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * The field-table engine behind every firmware layout (see prm.h).
 * Bounds are checked on every access: buffers come from firmware.
 */
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <json-c/json.h>

#include "prm.h"

static bool in_range(uint32_t bit_off, uint32_t bit_width, size_t len)
{
	uint64_t end = (uint64_t)bit_off + bit_width;

	return bit_width > 0 && end <= (uint64_t)len * 8;
}

static uint64_t get_be(const uint8_t *buf, uint32_t bit, uint32_t width)
{
	uint64_t v = 0;

	while (width) {
		uint32_t used = bit % 8, avail = 8 - used;
		uint32_t take = width < avail ? width : avail;
		uint32_t chunk = (buf[bit / 8] >> (avail - take)) & ((1u << take) - 1);

		v = (v << take) | chunk;   /* take <= 8 */
		bit += take;
		width -= take;
	}
	return v;
}

static uint64_t get_le(const uint8_t *buf, uint32_t bit, uint32_t width)
{
	uint64_t v = 0;
	uint32_t shift = 0;

	while (width) {
		uint32_t used = bit % 8, avail = 8 - used;
		uint32_t take = width < avail ? width : avail;
		uint64_t chunk = (buf[bit / 8] >> used) & ((1u << take) - 1);

		v |= chunk << shift;
		shift += take;
		bit += take;
		width -= take;
	}
	return v;
}

static void set_be(uint8_t *buf, uint32_t bit, uint32_t width, uint64_t v)
{
	/* Walk from the last bit backwards so the low bits of v go last. */
	uint32_t end = bit + width;

	while (width) {
		uint32_t last = end - 1;
		uint32_t pos = 7 - last % 8;          /* bit position in byte, from LSB */
		uint32_t room = 8 - pos;               /* bits available towards MSB */
		uint32_t take = width < room ? width : room;
		/* room = 1 + last % 8, so take <= 8: the analyzer cannot see it. */
		// NOLINTNEXTLINE(clang-analyzer-core.UndefinedBinaryOperatorResult)
		uint8_t mask = (uint8_t)(((1u << take) - 1) << pos);

		// NOLINTNEXTLINE(clang-analyzer-core.UndefinedBinaryOperatorResult)
		buf[last / 8] = (uint8_t)((buf[last / 8] & ~mask) | (((v & ((1u << take) - 1)) << pos) & mask));
		v >>= take;                /* take <= 8 */
		end -= take;
		width -= take;
	}
}

static void set_le(uint8_t *buf, uint32_t bit, uint32_t width, uint64_t v)
{
	while (width) {
		uint32_t used = bit % 8, avail = 8 - used;
		uint32_t take = width < avail ? width : avail;
		/* avail = 8 - bit % 8, so take <= 8: the analyzer cannot see it. */
		// NOLINTNEXTLINE(clang-analyzer-core.UndefinedBinaryOperatorResult)
		uint8_t mask = (uint8_t)(((1u << take) - 1) << used);

		buf[bit / 8] = (uint8_t)((buf[bit / 8] & ~mask) | ((v << used) & mask));
		v >>= take;
		bit += take;
		width -= take;
	}
}

bool prm_fits(const struct prm_field *f, uint64_t val)
{
	return f->bit_width >= 64 || val < (UINT64_C(1) << f->bit_width);
}

static bool scalar_kind(enum prm_kind k)
{
	return k == PRM_UINT || k == PRM_BOOL || k == PRM_HEX || k == PRM_ENUM ||
	       k == PRM_FLAGS || k == PRM_CELSIUS8;
}

bool prm_get(const struct prm_layout *l, const struct prm_field *f,
	     const uint8_t *buf, size_t len, uint64_t *val)
{
	if (f->bit_width > 64 || !in_range(f->bit_off, f->bit_width, len))
		return false;
	*val = l->endian == PRM_BE ? get_be(buf, f->bit_off, f->bit_width)
				   : get_le(buf, f->bit_off, f->bit_width);
	return true;
}

bool prm_set(const struct prm_layout *l, const struct prm_field *f,
	     uint8_t *buf, size_t len, uint64_t val)
{
	if (f->bit_width > 64 || !in_range(f->bit_off, f->bit_width, len))
		return false;
	if (f->bit_width < 64)
		val &= (UINT64_C(1) << f->bit_width) - 1;
	if (l->endian == PRM_BE)
		set_be(buf, f->bit_off, f->bit_width, val);
	else
		set_le(buf, f->bit_off, f->bit_width, val);
	return true;
}

const struct prm_field *prm_find(const struct prm_layout *l, const char *name)
{
	for (size_t i = 0; i < l->n_fields; i++)
		if (l->fields[i].kind != PRM_RESERVED && !strcmp(l->fields[i].name, name))
			return &l->fields[i];
	return NULL;
}

bool prm_get_by_name(const struct prm_layout *l, const char *name,
		     const uint8_t *buf, size_t len, uint64_t *val)
{
	const struct prm_field *f = prm_find(l, name);

	return f && prm_get(l, f, buf, len, val);
}

bool prm_set_by_name(const struct prm_layout *l, const char *name,
		     uint8_t *buf, size_t len, uint64_t val)
{
	const struct prm_field *f = prm_find(l, name);

	return f && prm_set(l, f, buf, len, val);
}

const char *prm_enum_name(const struct prm_enum *e, uint64_t v)
{
	for (; e && e->name; e++)
		if (e->value == v)
			return e->name;
	return NULL;
}

bool prm_enum_value(const struct prm_enum *e, const char *name, uint64_t *v)
{
	for (; e && e->name; e++)
		if (!strcmp(e->name, name)) {
			*v = e->value;
			return true;
		}
	return false;
}

const char *prm_json_key(const struct prm_field *f, char *buf, size_t n)
{
	bool hex = f->kind == PRM_HEX || f->kind == PRM_BYTES;

	snprintf(buf, n, "%s%s", f->name, hex ? "_hex" : "");
	return buf;
}

static bool is_reserved(const struct prm_field *f)
{
	return f->kind == PRM_RESERVED || !f->name || !strncmp(f->name, "reserved", 8);
}

static struct json_object *json_uint(uint64_t v)
{
	if (v <= INT64_MAX)
		return json_object_new_int64((int64_t)v);
	return json_object_new_uint64(v);
}

static struct json_object *decode_string(const uint8_t *p, size_t n)
{
	char *s = malloc(n + 1);
	struct json_object *o;
	size_t end = 0;

	if (!s)
		return NULL;
	for (size_t i = 0; i < n && p[i]; i++) {
		/* Firmware strings are ASCII; anything else would break a terminal. */
		s[i] = (p[i] >= 0x20 && p[i] < 0x7f) ? (char)p[i] : '?';
		end = i + 1;
	}
	while (end && s[end - 1] == ' ')
		end--;
	s[end] = 0;
	o = json_object_new_string(s);
	free(s);
	return o;
}

static struct json_object *decode_bytes(const uint8_t *p, size_t n)
{
	static const char digits[] = "0123456789abcdef";
	char *s = malloc(2 * n + 1);
	struct json_object *o;

	if (!s)
		return NULL;
	for (size_t i = 0; i < n; i++) {
		s[2 * i] = digits[p[i] >> 4];
		s[2 * i + 1] = digits[p[i] & 15];
	}
	s[2 * n] = 0;
	o = json_object_new_string(s);
	free(s);
	return o;
}

static struct json_object *decode_flags(const struct prm_enum *names, uint64_t v, uint32_t width)
{
	struct json_object *arr = json_object_new_array();
	char tmp[24];

	for (uint32_t bit = 0; bit < width && bit < 64; bit++) {
		const char *n;

		if (!(v & (UINT64_C(1) << bit)))
			continue;
		n = prm_enum_name(names, UINT64_C(1) << bit);
		if (!n) {
			snprintf(tmp, sizeof(tmp), "bit_%u", bit);
			n = tmp;
		}
		json_object_array_add(arr, json_object_new_string(n));
	}
	return arr;
}

static struct json_object *decode_scalar(const struct prm_field *f, uint64_t v)
{
	char tmp[40];
	const char *n;

	switch (f->kind) {
	case PRM_BOOL:
		return json_object_new_boolean(v != 0);
	case PRM_HEX:
		snprintf(tmp, sizeof(tmp), "0x%" PRIx64, v);
		return json_object_new_string(tmp);
	case PRM_ENUM:
		n = prm_enum_name(f->enums, v);
		if (!n) {
			snprintf(tmp, sizeof(tmp), "unknown_%" PRIu64, v);
			n = tmp;
		}
		return json_object_new_string(n);
	case PRM_FLAGS:
		return decode_flags(f->enums, v, f->bit_width);
	default:
		return json_uint(v);
	}
}

static int decode_at(const struct prm_layout *l, const uint8_t *buf, size_t len,
		     struct json_object *into, unsigned int flags, int depth);

/* The degrees beside the raw value: "temperature_celsius": 54.75. */
static void add_celsius(struct json_object *into, const struct prm_field *f, uint64_t raw)
{
	char key[96];
	int64_t v = (int64_t)raw;

	if (f->bit_width < 64 && (raw >> (f->bit_width - 1)) & 1)
		v = (int64_t)(raw - (UINT64_C(1) << f->bit_width));  /* two's complement */
	snprintf(key, sizeof(key), "%s_celsius", f->name);
	json_object_object_add(into, key, json_object_new_double((double)v / 8.0));
}

static struct json_object *decode_array(const struct prm_layout *l, const struct prm_field *f,
					const uint8_t *buf, size_t len, unsigned int flags,
					int depth, int *missing)
{
	struct json_object *arr = json_object_new_array();
	uint32_t stride = f->sub ? f->sub->size_bits : f->bit_width;

	for (uint32_t i = 0; i < f->count; i++) {
		uint32_t off = f->bit_off + i * stride;

		if (!in_range(off, stride, len)) {
			(*missing)++;
			break;
		}
		if (f->sub) {
			struct json_object *o = json_object_new_object();

			*missing += decode_at(f->sub, buf + off / 8, len - off / 8, o, flags, depth + 1);
			json_object_array_add(arr, o);
		} else {
			uint64_t v = l->endian == PRM_BE ? get_be(buf, off, stride)
							 : get_le(buf, off, stride);
			json_object_array_add(arr, json_uint(v));
		}
	}
	return arr;
}

static int decode_at(const struct prm_layout *l, const uint8_t *buf, size_t len,
		     struct json_object *into, unsigned int flags, int depth)
{
	int missing = 0;
	char key[96];

	/* Nesting comes from our own tables; the bound only guards against a cycle. */
	if (depth > 8)
		return -1;
	for (size_t i = 0; i < l->n_fields; i++) {
		const struct prm_field *f = &l->fields[i];
		struct json_object *v = NULL;
		uint64_t val = 0;

		if (is_reserved(f))
			continue;
		if (f->kind == PRM_ARRAY) {
			v = decode_array(l, f, buf, len, flags, depth, &missing);
		} else if (!in_range(f->bit_off, f->bit_width, len)) {
			missing++;
			continue;
		} else if (scalar_kind(f->kind)) {
			if (f->bit_width > 64)
				return -1;
			prm_get(l, f, buf, len, &val);
			if ((flags & PRM_DECODE_SKIP_ZERO) && !val)
				continue;
			v = decode_scalar(f, val);
		} else if (f->kind == PRM_STRING) {
			v = decode_string(buf + f->bit_off / 8, f->bit_width / 8);
		} else if (f->kind == PRM_BYTES) {
			v = decode_bytes(buf + f->bit_off / 8, f->bit_width / 8);
		} else if (f->kind == PRM_STRUCT && f->sub) {
			v = json_object_new_object();
			missing += decode_at(f->sub, buf + f->bit_off / 8,
					     len - f->bit_off / 8, v, flags, depth + 1);
		}
		if (v)
			json_object_object_add(into, prm_json_key(f, key, sizeof(key)), v);
		if (v && f->kind == PRM_CELSIUS8)
			add_celsius(into, f, val);
	}
	return missing;
}

int prm_decode(const struct prm_layout *l, const uint8_t *buf, size_t len,
	       struct json_object *into, unsigned int flags)
{
	return decode_at(l, buf, len, into, flags, 0);
}

const char *prm_layout_check(const struct prm_layout *l)
{
	static char why[160];

	for (size_t i = 0; i < l->n_fields; i++) {
		const struct prm_field *f = &l->fields[i];
		uint64_t span = f->kind == PRM_ARRAY
			? (uint64_t)(f->sub ? f->sub->size_bits : f->bit_width) * f->count
			: f->bit_width;

		if (!f->name || !span || (uint64_t)f->bit_off + span > l->size_bits)
			goto bad_range;
		if (scalar_kind(f->kind) && f->bit_width > 64)
			goto bad_width;
		if (f->kind == PRM_BOOL && f->bit_width != 1)
			goto bad_width;
		if ((f->kind == PRM_STRING || f->kind == PRM_BYTES || f->kind == PRM_STRUCT ||
		     (f->kind == PRM_ARRAY && f->sub)) &&
		    (f->bit_off % 8 || span % 8))
			goto bad_align;
		if ((f->kind == PRM_STRUCT || f->kind == PRM_ARRAY) && f->sub) {
			const char *sub = prm_layout_check(f->sub);

			if (sub)
				return sub;
		}
		if (is_reserved(f))
			continue;
		for (size_t j = 0; j < i; j++) {
			const struct prm_field *g = &l->fields[j];
			uint64_t gspan = g->kind == PRM_ARRAY
				? (uint64_t)(g->sub ? g->sub->size_bits : g->bit_width) * g->count
				: g->bit_width;

			if (is_reserved(g))
				continue;
			if (!strcmp(f->name, g->name)) {
				snprintf(why, sizeof(why), "%s: duplicate field %s", l->name, f->name);
				return why;
			}
			if (f->bit_off < g->bit_off + gspan && g->bit_off < f->bit_off + span) {
				snprintf(why, sizeof(why), "%s: %s overlaps %s", l->name, f->name, g->name);
				return why;
			}
		}
		continue;
bad_range:
		snprintf(why, sizeof(why), "%s: field %zu (%s) outside the layout", l->name, i,
			 f->name ? f->name : "?");
		return why;
bad_width:
		snprintf(why, sizeof(why), "%s: %s has an invalid width", l->name, f->name);
		return why;
bad_align:
		snprintf(why, sizeof(why), "%s: %s must be byte aligned", l->name, f->name);
		return why;
	}
	return NULL;
}
