// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * The field-table engine behind every firmware layout (see prm.h).
 * Bounds are checked on every access: buffers come from firmware.
 */
#include <arpa/inet.h>
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <json-c/json.h>

#include "prm.h"

static bool in_range(uint32_t bit_off, uint64_t bit_width, size_t len)
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

/* Kinds whose JSON is a decoded form added beside the raw value. */
static bool decoded_kind(enum prm_kind k)
{
	return k == PRM_CELSIUS8 || k == PRM_MAC || k == PRM_IPV4 || k == PRM_IPV6 ||
	       k == PRM_GID || k == PRM_OUI || k == PRM_PCI_VENDOR || k == PRM_PCI_BDF;
}

/* Kinds an .also can add: the decoded ones, and a raw kind's form under a new key. */
static bool also_kind(enum prm_kind k)
{
	return decoded_kind(k) || k == PRM_HEX || k == PRM_STRING || k == PRM_ENUM ||
	       k == PRM_FLAGS;
}

/* How a field's raw value is shown: a decoded kind keeps a number, or
 * its bytes when it is wider than a number. */
static enum prm_kind raw_kind(const struct prm_field *f)
{
	if (!decoded_kind(f->kind))
		return f->kind;
	return f->bit_width > 64 ? PRM_BYTES : PRM_UINT;
}

/* The form added beside the raw value; PRM_UINT (0) when there is none. */
static enum prm_kind shown_kind(const struct prm_field *f)
{
	if (f->also)
		return f->also;
	return decoded_kind(f->kind) ? f->kind : PRM_UINT;
}

static bool scalar_kind(enum prm_kind k)
{
	return k == PRM_UINT || k == PRM_BOOL || k == PRM_HEX || k == PRM_ENUM ||
	       k == PRM_FLAGS;
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
	enum prm_kind k = raw_kind(f);
	bool hex = k == PRM_HEX || k == PRM_BYTES;

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

/* Its name from the field's .enums, "unknown_<n>" without one. */
static struct json_object *enum_form(const struct prm_enum *e, uint64_t v)
{
	const char *n = prm_enum_name(e, v);
	char tmp[40];

	if (!n) {
		snprintf(tmp, sizeof(tmp), "unknown_%" PRIu64, v);
		n = tmp;
	}
	return json_object_new_string(n);
}

/* A number in kind k's form (boolean, "0x..", enum name, flag names) over
 * width bits; NULL for a kind that shows the number itself. */
static struct json_object *scalar_form(enum prm_kind k, const struct prm_enum *enums,
				       uint32_t width, uint64_t v)
{
	char tmp[40];

	switch (k) {
	case PRM_BOOL:
		return json_object_new_boolean(v != 0);
	case PRM_HEX:
		snprintf(tmp, sizeof(tmp), "0x%" PRIx64, v);
		return json_object_new_string(tmp);
	case PRM_ENUM:
		return enum_form(enums, v);
	case PRM_FLAGS:
		return decode_flags(enums, v, width);
	default:
		return NULL;
	}
}

struct json_object *prm_value_json(const struct prm_field *f, uint64_t v)
{
	struct json_object *o = scalar_form(f->kind, f->enums, f->bit_width, v);

	return o ? o : json_uint(v);
}

static int decode_at(const struct prm_layout *l, const uint8_t *buf, size_t len,
		     struct json_object *into, unsigned int flags, int depth);

/* Bits a field and its array elements take. */
static uint64_t field_span(const struct prm_field *f)
{
	if (f->kind == PRM_ARRAY)
		return (uint64_t)(f->sub ? f->sub->size_bits : f->bit_width) * f->count;
	return f->bit_width;
}

/* The value a decoded form shows: its bits, and the name its keys start with. */
struct shown {
	uint32_t off;
	uint64_t width;
	char stem[80];
};

/*
 * The name two split fields share, up to the '_' before they differ:
 * "mac_addr_47_32" + "mac_addr_31_0" -> "mac_addr".  Empty if none.
 */
static void shared_name(const char *a, const char *b, char *out, size_t n)
{
	size_t i = 0, cut = 0;

	for (; a[i] && a[i] == b[i]; i++)
		if (a[i] == '_')
			cut = i;
	if ((!a[i] && b[i] == '_') || (!b[i] && a[i] == '_'))
		cut = i;            /* "name" + "name_lo" share "name" */
	snprintf(out, n, "%.*s", (int)cut, a);
}

/* false if .to names no later field of l. */
static bool shown_span(const struct prm_layout *l, const struct prm_field *f, struct shown *s)
{
	const struct prm_field *last = f;

	if (f->to) {
		last = prm_find(l, f->to);
		if (!last || last->bit_off < (uint64_t)f->bit_off + field_span(f))
			return false;
		shared_name(f->name, last->name, s->stem, sizeof(s->stem));
	} else {
		snprintf(s->stem, sizeof(s->stem), "%s", f->name);
	}
	s->off = f->bit_off;
	s->width = last->bit_off + field_span(last) - f->bit_off;
	return true;
}

/* Forms read from the bytes in memory order (the rest from the value). */
static bool bytes_form(enum prm_kind k)
{
	return k == PRM_MAC || k == PRM_IPV6 || k == PRM_GID || k == PRM_STRING;
}

static const char *form_suffix(enum prm_kind k)
{
	switch (k) {
	case PRM_CELSIUS8:
		return "_celsius";
	case PRM_MAC:
		return "_mac";
	case PRM_IPV4:
	case PRM_IPV6:
		return "_ip";
	case PRM_GID:
		return "_gid";
	case PRM_HEX:
	case PRM_OUI:
	case PRM_PCI_VENDOR:
		return "_hex";
	case PRM_PCI_BDF:
		return "_bdf";
	case PRM_ENUM:
		return "_name";
	case PRM_FLAGS:
		return "_names";
	default:
		return "";          /* a string is named by what it says */
	}
}

/* The bits each form needs (0: any, up to 64 for numbers). */
static uint64_t form_width(enum prm_kind k)
{
	switch (k) {
	case PRM_MAC:
		return 48;
	case PRM_IPV4:
		return 32;
	case PRM_IPV6:
	case PRM_GID:
		return 128;
	case PRM_OUI:
		return 24;
	case PRM_PCI_VENDOR:
	case PRM_PCI_BDF:
		return 16;
	default:
		return 0;
	}
}

/* 1/8 degrees, two's complement, as degrees: 438 -> 54.75. */
static struct json_object *celsius8(uint64_t raw, uint64_t width)
{
	int64_t v = (int64_t)raw;

	if (width < 64 && (raw >> (width - 1)) & 1)
		v = (int64_t)(raw - (UINT64_C(1) << width));
	return json_object_new_double((double)v / 8.0);
}

/* p: the value's bytes (bytes_form), v: its number (the others). */
static struct json_object *form_value(const struct prm_field *f, enum prm_kind k, const uint8_t *p,
				      uint64_t width, uint64_t v)
{
	char txt[INET6_ADDRSTRLEN + 8];

	switch (k) {
	case PRM_ENUM:
	case PRM_FLAGS:
	case PRM_HEX:
		return scalar_form(k, f->enums, (uint32_t)width, v);
	case PRM_PCI_BDF:
		snprintf(txt, sizeof(txt), "%02x:%02x.%x", (unsigned int)(v >> 8) & 0xff,
			 (unsigned int)(v >> 3) & 0x1f, (unsigned int)v & 7);
		break;
	case PRM_CELSIUS8:
		return celsius8(v, width);
	case PRM_STRING:
		return decode_string(p, width / 8);
	case PRM_MAC:
		snprintf(txt, sizeof(txt), "%02x:%02x:%02x:%02x:%02x:%02x",
			 p[0], p[1], p[2], p[3], p[4], p[5]);
		break;
	case PRM_IPV4:
		snprintf(txt, sizeof(txt), "%u.%u.%u.%u", (unsigned int)(v >> 24) & 255,
			 (unsigned int)(v >> 16) & 255, (unsigned int)(v >> 8) & 255,
			 (unsigned int)v & 255);
		break;
	case PRM_IPV6:
	case PRM_GID:
		if (!inet_ntop(AF_INET6, p, txt, sizeof(txt)))
			return NULL;
		break;
	case PRM_OUI:
		snprintf(txt, sizeof(txt), "0x%06" PRIx64, v);
		break;
	case PRM_PCI_VENDOR:
		snprintf(txt, sizeof(txt), "0x%04" PRIx64, v);
		break;
	default:
		return NULL;
	}
	return json_object_new_string(txt);
}

static bool all_zero(const uint8_t *p, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (p[i])
			return false;
	return true;
}

/*
 * The decoded form beside the raw value ("temperature_celsius",
 * "mac_addr_mac"...).  A value the buffer cuts short is not shown at all:
 * its raw fields count as missing, and no byte past len is read.
 */
static void add_shown(const struct prm_layout *l, const struct prm_field *f, const uint8_t *buf,
		      size_t len, struct json_object *into, unsigned int flags)
{
	enum prm_kind k = shown_kind(f);
	const uint8_t *p = NULL;
	struct json_object *o;
	struct shown s;
	const char *vendor;
	uint64_t v = 0;
	char key[96];

	if (k == PRM_UINT || !shown_span(l, f, &s) || !in_range(s.off, s.width, len))
		return;
	if (bytes_form(k)) {
		/* Tables are checked; a fuzzed or broken one must still not misread. */
		if (s.off % 8 || s.width % 8 || (form_width(k) && s.width != form_width(k)))
			return;
		p = buf + s.off / 8;
		if ((flags & PRM_DECODE_SKIP_ZERO) && all_zero(p, s.width / 8))
			return;
	} else {
		if (s.width > 64)
			return;
		v = l->endian == PRM_BE ? get_be(buf, s.off, (uint32_t)s.width)
					: get_le(buf, s.off, (uint32_t)s.width);
		if ((flags & PRM_DECODE_SKIP_ZERO) && !v)
			return;
	}
	o = form_value(f, k, p, s.width, v);
	if (!o)
		return;
	snprintf(key, sizeof(key), "%s%s", s.stem, form_suffix(k));
	json_object_object_add(into, key, o);
	vendor = k == PRM_OUI || k == PRM_PCI_VENDOR ? prm_enum_name(f->enums, v) : NULL;
	if (vendor) {
		snprintf(key, sizeof(key), "%s_vendor", s.stem);
		json_object_object_add(into, key, json_object_new_string(vendor));
	}
}

/* "<name>_speed_mbps" when .mbps has the value (a mask with one bit set). */
static void add_speed(const struct prm_layout *l, const struct prm_field *f, const uint8_t *buf,
		      size_t len, struct json_object *into)
{
	uint64_t v;
	char key[96];

	if (!f->mbps || !prm_get(l, f, buf, len, &v))
		return;
	for (const struct prm_number *n = f->mbps; n->value || n->number; n++)
		if (n->value == v) {
			snprintf(key, sizeof(key), "%s_speed_mbps", f->name);
			json_object_object_add(into, key, json_uint(n->number));
			return;
		}
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
		enum prm_kind k = raw_kind(f);
		struct json_object *v = NULL;
		uint64_t val = 0;

		if (is_reserved(f))
			continue;
		if (k == PRM_ARRAY) {
			v = decode_array(l, f, buf, len, flags, depth, &missing);
		} else if (!in_range(f->bit_off, f->bit_width, len)) {
			missing++;
			continue;
		} else if (scalar_kind(k)) {
			if (f->bit_width > 64)
				return -1;
			prm_get(l, f, buf, len, &val);
			if (!(flags & PRM_DECODE_SKIP_ZERO) || val)
				v = prm_value_json(f, val);
		} else if (k == PRM_STRING) {
			v = decode_string(buf + f->bit_off / 8, f->bit_width / 8);
		} else if (k == PRM_BYTES) {
			v = decode_bytes(buf + f->bit_off / 8, f->bit_width / 8);
		} else if (k == PRM_STRUCT && f->sub) {
			v = json_object_new_object();
			missing += decode_at(f->sub, buf + f->bit_off / 8,
					     len - f->bit_off / 8, v, flags, depth + 1);
		}
		if (v)
			json_object_object_add(into, prm_json_key(f, key, sizeof(key)), v);
		add_shown(l, f, buf, len, into, flags);
		add_speed(l, f, buf, len, into);
	}
	return missing;
}

int prm_decode(const struct prm_layout *l, const uint8_t *buf, size_t len,
	       struct json_object *into, unsigned int flags)
{
	return decode_at(l, buf, len, into, flags, 0);
}

/*
 * A decoded form: a kind that has one, beside a raw form that can carry
 * it under another key, over a value of the width the kind needs.
 * Returns NULL or what is wrong, to follow the field's name.
 */
static const char *check_shown(const struct prm_layout *l, const struct prm_field *f)
{
	enum prm_kind k = shown_kind(f), raw = raw_kind(f);
	char rkey[96], skey[96];
	struct shown s;

	if (k == PRM_UINT)
		return f->to ? "names a .to field but shows no decoded form" : NULL;
	if (f->also && !also_kind(f->also))
		return "has an .also kind that adds no decoded form";
	if ((k == PRM_ENUM || k == PRM_FLAGS) && !f->enums)
		return "names its value without an .enums table";
	if (f->also && raw != PRM_UINT && raw != PRM_HEX && raw != PRM_BYTES &&
	    !(raw == PRM_ARRAY && !f->sub))
		return "has an .also beside a raw form that cannot carry one";
	if (!shown_span(l, f, &s))
		return "names as .to no later field of the layout";
	if (f->to && !s.stem[0])
		return "shares no name with its .to field";
	snprintf(skey, sizeof(skey), "%s%s", s.stem, form_suffix(k));
	if (!strcmp(skey, prm_json_key(f, rkey, sizeof(rkey))))
		return "would show its decoded form under its raw key";
	if (form_width(k) ? s.width != form_width(k) : !bytes_form(k) && s.width > 64)
		return "has an invalid width for its decoded form";
	if (bytes_form(k) && (s.off % 8 || s.width % 8))
		return "must be byte aligned";
	if (s.off + s.width > l->size_bits)
		return "shows a value that ends outside the layout";
	return NULL;
}

const char *prm_layout_check(const struct prm_layout *l)
{
	static char why[160];

	for (size_t i = 0; i < l->n_fields; i++) {
		const struct prm_field *f = &l->fields[i];
		enum prm_kind k = raw_kind(f);
		uint64_t span = field_span(f);
		const char *shown;

		if (!f->name || !span || (uint64_t)f->bit_off + span > l->size_bits)
			goto bad_range;
		if (scalar_kind(k) && f->bit_width > 64)
			goto bad_width;
		if (k == PRM_BOOL && f->bit_width != 1)
			goto bad_width;
		if ((k == PRM_STRING || k == PRM_BYTES || k == PRM_STRUCT ||
		     (k == PRM_ARRAY && f->sub)) &&
		    (f->bit_off % 8 || span % 8))
			goto bad_align;
		shown = is_reserved(f) ? NULL : check_shown(l, f);
		if (!shown && f->mbps && (!scalar_kind(k) || f->bit_width > 64))
			shown = "has a .mbps table but no number to look up";
		if (shown) {
			snprintf(why, sizeof(why), "%s: %s %s", l->name, f->name, shown);
			return why;
		}
		if ((f->kind == PRM_STRUCT || f->kind == PRM_ARRAY) && f->sub) {
			const char *sub = prm_layout_check(f->sub);

			if (sub)
				return sub;
		}
		if (is_reserved(f))
			continue;
		for (size_t j = 0; j < i; j++) {
			const struct prm_field *g = &l->fields[j];
			uint64_t gspan = field_span(g);

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
