/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * Firmware layouts as data.  A layout is a table of fields
 * {name, bit offset, bit width, kind}; one table drives decoding into a
 * json-c tree (and so text and JSON output), lookups by name for --set,
 * and the emulator's encoding of its answers.  No per-field shift code.
 *
 * Bit numbering:
 *  - PRM_BE (programmer's-manual style): the buffer is a big-endian bit
 *    stream; bit 0 is the most significant bit of byte 0.  "u8 foo[0x10]"
 *    at reserved_at_20 is {"foo", 0x20, 0x10}.
 *  - PRM_LE (little-endian structs): bit n is bit (n % 8) of byte (n / 8),
 *    values are little-endian: a le16 at byte 6 is {"x", 48, 16}; flag
 *    bit 3 of a le32 at byte 8 is {"y", 67, 1}.
 */
#ifndef FWCTL_PRM_H
#define FWCTL_PRM_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

struct json_object;

enum prm_endian { PRM_BE, PRM_LE };

enum prm_kind {
	PRM_UINT = 0,   /* JSON number */
	PRM_BOOL,       /* JSON true/false (width 1) */
	PRM_HEX,        /* JSON string "0x..", key gets a "_hex" suffix */
	PRM_ENUM,       /* JSON string from .enums, "unknown_<n>" otherwise */
	PRM_FLAGS,      /* JSON array of names of set bits (bit i = 1 << i) from .enums */
	PRM_STRING,     /* byte-aligned ASCII, NUL/space trimmed */
	PRM_BYTES,      /* byte-aligned, JSON string of hex digits, key gets "_hex" */
	PRM_STRUCT,     /* byte-aligned nested layout (.sub) -> JSON object */
	PRM_ARRAY,      /* .count elements of .sub (stride = sub size) -> JSON array */
	PRM_RESERVED,   /* documented gap: never decoded (lets tables mirror the source) */
	/*
	 * Decoded kinds.  Each keeps the raw value (a JSON number under
	 * "<name>"; a field wider than 64 bits: its bytes under "<name>_hex")
	 * and adds the value as people read it under "<name>_<suffix>", so a
	 * key's suffix says what its string holds.  The same kinds in .also
	 * add the decoded form to a field whose raw form (HEX, BYTES, an
	 * ARRAY of bytes...) scripts already read.
	 */
	/* A signed temperature in 1/8 degree Celsius: "<name>_celsius", degrees. */
	PRM_CELSIUS8,
	/* 48 bits, byte aligned: "<name>_mac" "aa:bb:cc:dd:ee:ff", bytes in memory order. */
	PRM_MAC,
	/* 32 bits: "<name>_ip" "a.b.c.d", the value's most significant byte first. */
	PRM_IPV4,
	/* 128 bits, byte aligned: "<name>_ip", RFC 5952 text (inet_ntop). */
	PRM_IPV6,
	/* 128 bits, byte aligned: "<name>_gid", an RDMA GID in IPv6 text. */
	PRM_GID,
	/* 24 bits, an IEEE OUI: "<name>_hex" "0x0002c9", and "<name>_vendor"
	 * when .enums names it. */
	PRM_OUI,
	/* 16 bits, a PCI vendor ID: "<name>_hex" "0x15b3", "<name>_vendor" from .enums. */
	PRM_PCI_VENDOR,
	/* 16 bits, a PCI routing ID (bus << 8 | device << 3 | function):
	 * "<name>_bdf" "3b:00.0", as lspci writes it without the domain. */
	PRM_PCI_BDF,
};

struct prm_enum {
	uint64_t value;
	const char *name;
};

/* The number a value stands for: {value, number}, {0, 0}-terminated. */
struct prm_number {
	uint64_t value;
	uint64_t number;
};

struct prm_layout;

struct prm_field {
	const char *name;
	uint32_t bit_off;
	uint32_t bit_width;        /* for ARRAY: width of one element */
	enum prm_kind kind;
	const struct prm_enum *enums;  /* ENUM/FLAGS: {0, NULL}-terminated */
	const struct prm_layout *sub;  /* STRUCT/ARRAY */
	uint32_t count;            /* ARRAY elements */
	const char *unit;          /* shown in text output only, e.g. "C", "bytes" */
	/*
	 * A decoded kind (or HEX, or STRING) shown beside this field's raw
	 * form, which stays as .kind makes it: { "ethertype", ..., PRM_UINT,
	 * .also = PRM_HEX } gives "ethertype" and "ethertype_hex".  ENUM
	 * and FLAGS name the value from .enums beside a HEX (or UINT) raw
	 * form: "<name>_name" one name ("unknown_<n>" if none), "<name>_names"
	 * the names of the set bits ("bit_<i>" if none).
	 */
	enum prm_kind also;
	/*
	 * The value the decoded form shows does not end with this field but
	 * with the later field named here: the PRM splits MACs and strings
	 * over fields ("mac_addr_47_32", "mac_addr_31_0").  The raw fields
	 * stay; the decoded value appears once, named after the part of the
	 * two names they share ("mac_addr" -> "mac_addr_mac").  A STRING
	 * .also needs .to: its key is that shared name ("sensor_name").
	 */
	const char *to;
	/*
	 * A rate in Mb/s the value stands for (a link-mode mask with one bit
	 * set: {1 << bit, Mb/s}): "<name>_speed_mbps", a number, when the
	 * table has the value; absent otherwise (no bit, or several).
	 */
	const struct prm_number *mbps;
};

struct prm_layout {
	const char *name;
	uint32_t size_bits;        /* whole structure */
	enum prm_endian endian;
	const struct prm_field *fields;
	size_t n_fields;
};

#define PRM_LAYOUT(lname, bits, end, tbl) \
	{ .name = (lname), .size_bits = (bits), .endian = (end), \
	  .fields = (tbl), .n_fields = sizeof(tbl) / sizeof((tbl)[0]) }

/* Decode flags */
enum {
	PRM_DECODE_SKIP_ZERO = 1u << 0,  /* omit fields whose value is 0 / false */
};

/*
 * Read one scalar field (width <= 64).  Returns false if the field lies
 * outside buf[0..len) — callers treat that as a short reply.
 */
bool prm_get(const struct prm_layout *l, const struct prm_field *f,
	     const uint8_t *buf, size_t len, uint64_t *val);
/* Write one scalar field; value is truncated to the width.  false if out of range. */
bool prm_set(const struct prm_layout *l, const struct prm_field *f,
	     uint8_t *buf, size_t len, uint64_t val);
/* Value fits the field's width? */
bool prm_fits(const struct prm_field *f, uint64_t val);

/* Look up a field by name (top level only); NULL if absent. */
const struct prm_field *prm_find(const struct prm_layout *l, const char *name);
/* Get/set by name (top level only). */
bool prm_get_by_name(const struct prm_layout *l, const char *name,
		     const uint8_t *buf, size_t len, uint64_t *val);
bool prm_set_by_name(const struct prm_layout *l, const char *name,
		     uint8_t *buf, size_t len, uint64_t val);

/*
 * Decode every named field of l from buf into the JSON object `into`.
 * Fields beyond len are not decoded; returns the number of such fields
 * (0 = complete), or -1 on an invalid table.
 */
int prm_decode(const struct prm_layout *l, const uint8_t *buf, size_t len,
	       struct json_object *into, unsigned int flags);

/* A scalar value as decode shows it under the field's key: a number, a
 * boolean, "0x.." (HEX), an enum name, the array of flag names. */
struct json_object *prm_value_json(const struct prm_field *f, uint64_t v);

/* The JSON key a field's raw value gets ("name" or "name_hex"). Returns buf. */
const char *prm_json_key(const struct prm_field *f, char *buf, size_t n);

/* Enum helpers. */
const char *prm_enum_name(const struct prm_enum *e, uint64_t v);   /* NULL if none */
bool prm_enum_value(const struct prm_enum *e, const char *name, uint64_t *v);

/* Self-check of a table: fields inside size, no overlap of named fields,
 * widths valid for their kinds (a decoded form: the width of the value it
 * shows, .to included).  Returns NULL or a static description. */
const char *prm_layout_check(const struct prm_layout *l);

/* Big/little-endian byte helpers for headers (no bounds checks: callers size). */
static inline uint16_t prm_be16(const uint8_t *p) { return (uint16_t)(p[0] << 8 | p[1]); }
static inline uint32_t prm_be32(const uint8_t *p)
{ return (uint32_t)p[0] << 24 | (uint32_t)p[1] << 16 | (uint32_t)p[2] << 8 | p[3]; }
static inline void prm_put_be16(uint8_t *p, uint16_t v) { p[0] = v >> 8; p[1] = (uint8_t)v; }
static inline void prm_put_be32(uint8_t *p, uint32_t v)
{ p[0] = v >> 24; p[1] = (uint8_t)(v >> 16); p[2] = (uint8_t)(v >> 8); p[3] = (uint8_t)v; }
static inline uint16_t prm_le16(const uint8_t *p) { return (uint16_t)(p[0] | p[1] << 8); }
static inline uint32_t prm_le32(const uint8_t *p)
{ return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24; }
static inline void prm_put_le16(uint8_t *p, uint16_t v) { p[0] = (uint8_t)v; p[1] = v >> 8; }
static inline void prm_put_le32(uint8_t *p, uint32_t v)
{ p[0] = (uint8_t)v; p[1] = (uint8_t)(v >> 8); p[2] = (uint8_t)(v >> 16); p[3] = v >> 24; }

#endif
