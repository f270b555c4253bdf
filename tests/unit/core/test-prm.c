// SPDX-License-Identifier: GPL-2.0-or-later
/* The field-table engine: bit numbering, bounds, decoding, table checks. */
#include <stdint.h>
#include <stdlib.h>

#include <json-c/json.h>

#include "../../../lib/prm.h"
#include "../../tap.h"

static const struct prm_enum states[] = { { 0, "reset" }, { 3, "rts" }, { 0, NULL } };
static const struct prm_enum flagnames[] = { { 1, "a" }, { 4, "c" }, { 0, NULL } };

static const struct prm_field be_fields[] = {
	{ "hi_bit", 0, 1, PRM_BOOL },
	{ "reserved_at_1", 1, 7, PRM_RESERVED },
	{ "byte1", 8, 8, PRM_UINT },
	{ "vhca_id", 0x30, 16, PRM_UINT },
	{ "odd", 0x9b, 5, PRM_UINT },
	{ "state", 0xa0, 4, PRM_ENUM, states },
	{ "mask", 0xa4, 4, PRM_FLAGS, flagnames },
	{ "wide", 0xc0, 64, PRM_HEX },
	{ "name", 0x100, 64, PRM_STRING },
};
static const struct prm_layout be = PRM_LAYOUT("be", 0x140, PRM_BE, be_fields);

static const struct prm_field le_fields[] = {
	{ "le16", 48, 16, PRM_UINT },
	{ "flag3", 67, 1, PRM_BOOL },
	{ "le32", 96, 32, PRM_UINT },
};
static const struct prm_layout le = PRM_LAYOUT("le", 128, PRM_LE, le_fields);

static const struct prm_field bad_fields[] = {
	{ "a", 0, 8, PRM_UINT },
	{ "b", 4, 8, PRM_UINT },
};
static const struct prm_layout bad = PRM_LAYOUT("bad", 32, PRM_BE, bad_fields);

static const struct prm_field outside_fields[] = { { "a", 30, 8, PRM_UINT } };
static const struct prm_layout outside = PRM_LAYOUT("outside", 32, PRM_BE, outside_fields);

/* PRM_CELSIUS8: the raw number and the degrees, negative ones too. */
static void test_celsius(void)
{
	static const struct prm_field f[] = {
		{ "t", 0, 16, PRM_CELSIUS8 }, { "cold", 16, 16, PRM_CELSIUS8 },
	};
	static const struct prm_layout l = PRM_LAYOUT("temps", 32, PRM_BE, f);
	uint8_t buf[4] = { 0x01, 0xb6, 0xff, 0xf0 };   /* 438 = 54.75, -16 = -2.0 */
	struct json_object *o = json_object_new_object(), *x;

	ok(prm_layout_check(&l) == NULL, "a CELSIUS8 layout is valid");
	prm_decode(&l, buf, sizeof(buf), o, 0);
	ok(json_object_object_get_ex(o, "t", &x) && json_object_get_int(x) == 438, "raw value kept");
	ok(json_object_object_get_ex(o, "t_celsius", &x) && json_object_get_double(x) == 54.75,
	   "t_celsius = 438 / 8");
	ok(json_object_object_get_ex(o, "cold_celsius", &x) && json_object_get_double(x) == -2.0,
	   "a negative temperature (two's complement)");
	json_object_put(o);
}

int main(void)
{
	test_celsius();
	uint8_t buf[40] = { 0 };
	uint64_t v;
	struct json_object *o, *x;

	ok(prm_layout_check(&be) == NULL, "prm_layout_check(&be) == NULL");
	ok(prm_layout_check(&le) == NULL, "prm_layout_check(&le) == NULL");
	ok(prm_layout_check(&bad) != NULL, "prm_layout_check(&bad) != NULL");
	ok(prm_layout_check(&outside) != NULL, "prm_layout_check(&outside) != NULL");

	/* Big-endian bit stream: vhca_id at bit 0x30 is bytes 6-7. */
	ok(prm_set_by_name(&be, "vhca_id", buf, sizeof(buf), 0x1234), "prm_set_by_name(&be, \"vhca_id\", buf, sizeof(buf), 0x1234)");
	ok(buf[6] == 0x12 && buf[7] == 0x34, "buf[6] == 0x12 && buf[7] == 0x34");
	/* odd @0x9b/5 = low 5 bits of byte 19. */
	ok(prm_set_by_name(&be, "odd", buf, sizeof(buf), 0x1f), "prm_set_by_name(&be, \"odd\", buf, sizeof(buf), 0x1f)");
	ok(buf[19] == 0x1f && buf[18] == 0, "buf[19] == 0x1f && buf[18] == 0");
	ok(prm_set_by_name(&be, "hi_bit", buf, sizeof(buf), 1), "prm_set_by_name(&be, \"hi_bit\", buf, sizeof(buf), 1)");
	ok(buf[0] == 0x80, "buf[0] == 0x80");
	ok(prm_set_by_name(&be, "state", buf, sizeof(buf), 3), "prm_set_by_name(&be, \"state\", buf, sizeof(buf), 3)");
	ok(buf[20] == 0x30, "buf[20] == 0x30");
	ok(prm_set_by_name(&be, "mask", buf, sizeof(buf), 5), "prm_set_by_name(&be, \"mask\", buf, sizeof(buf), 5)");
	ok(buf[20] == 0x35, "buf[20] == 0x35");
	ok(prm_set_by_name(&be, "wide", buf, sizeof(buf), UINT64_C(0x0102030405060708)), "prm_set_by_name(&be, \"wide\", buf, sizeof(buf), UINT64_C(0x0102030405060708))");
	ok(buf[24] == 1 && buf[31] == 8, "buf[24] == 1 && buf[31] == 8");
	ok(prm_get_by_name(&be, "wide", buf, sizeof(buf), &v) && v == UINT64_C(0x0102030405060708), "prm_get_by_name(&be, \"wide\", buf, sizeof(buf), &v) && v == UINT64_C(0x0102030405060708)");
	ok(prm_get_by_name(&be, "odd", buf, sizeof(buf), &v) && v == 0x1f, "prm_get_by_name(&be, \"odd\", buf, sizeof(buf), &v) && v == 0x1f");
	/* Values wider than the field are truncated, not spilled into neighbours. */
	ok(prm_set_by_name(&be, "odd", buf, sizeof(buf), 0xff), "prm_set_by_name(&be, \"odd\", buf, sizeof(buf), 0xff)");
	ok(buf[19] == 0x1f && buf[18] == 0, "buf[19] == 0x1f && buf[18] == 0");
	memcpy(buf + 32, "MT_0001 ", 8);

	/* Bounds: a field past the buffer is never read. */
	ok(!prm_get_by_name(&be, "wide", buf, 30, &v), "!prm_get_by_name(&be, \"wide\", buf, 30, &v)");
	ok(!prm_set_by_name(&be, "wide", buf, 30, 1), "!prm_set_by_name(&be, \"wide\", buf, 30, 1)");
	ok(!prm_get_by_name(&be, "nonexistent", buf, sizeof(buf), &v), "!prm_get_by_name(&be, \"nonexistent\", buf, sizeof(buf), &v)");

	o = json_object_new_object();
	ok(prm_decode(&be, buf, sizeof(buf), o, 0) == 0, "prm_decode(&be, buf, sizeof(buf), o, 0) == 0");
	ok(json_object_object_get_ex(o, "vhca_id", &x) && json_object_get_int(x) == 0x1234, "json_object_object_get_ex(o, \"vhca_id\", &x) && json_object_get_int(x) == 0x1234");
	ok(json_object_object_get_ex(o, "state", &x), "json_object_object_get_ex(o, \"state\", &x)");
	is_str(json_object_get_string(x), "rts", "json_object_get_string(x) == \"rts\"");
	ok(json_object_object_get_ex(o, "mask", &x) && json_object_array_length(x) == 2, "json_object_object_get_ex(o, \"mask\", &x) && json_object_array_length(x) == 2");
	ok(json_object_object_get_ex(o, "wide_hex", &x), "json_object_object_get_ex(o, \"wide_hex\", &x)");
	is_str(json_object_get_string(x), "0x102030405060708", "json_object_get_string(x) == \"0x102030405060708\"");
	ok(json_object_object_get_ex(o, "name", &x), "json_object_object_get_ex(o, \"name\", &x)");
	is_str(json_object_get_string(x), "MT_0001", "json_object_get_string(x) == \"MT_0001\"");
	ok(!json_object_object_get_ex(o, "reserved_at_1", &x), "!json_object_object_get_ex(o, \"reserved_at_1\", &x)");
	ok(json_object_object_get_ex(o, "hi_bit", &x) && json_object_get_boolean(x), "json_object_object_get_ex(o, \"hi_bit\", &x) && json_object_get_boolean(x)");
	json_object_put(o);

	/* A short buffer decodes what fits and counts the rest. */
	o = json_object_new_object();
	ok(prm_decode(&be, buf, 20, o, 0) == 4, "prm_decode(&be, buf, 20, o, 0) == 4");
	json_object_put(o);

	/* Little-endian: le16 at byte 6, flag bit 3 of byte 8, le32 at byte 12. */
	memset(buf, 0, sizeof(buf));
	ok(prm_set_by_name(&le, "le16", buf, sizeof(buf), 0xbeef), "prm_set_by_name(&le, \"le16\", buf, sizeof(buf), 0xbeef)");
	ok(buf[6] == 0xef && buf[7] == 0xbe, "buf[6] == 0xef && buf[7] == 0xbe");
	ok(prm_set_by_name(&le, "flag3", buf, sizeof(buf), 1), "prm_set_by_name(&le, \"flag3\", buf, sizeof(buf), 1)");
	ok(buf[8] == 0x08, "buf[8] == 0x08");
	ok(prm_set_by_name(&le, "le32", buf, sizeof(buf), 0xdeadbeef), "prm_set_by_name(&le, \"le32\", buf, sizeof(buf), 0xdeadbeef)");
	ok(buf[12] == 0xef && buf[15] == 0xde, "buf[12] == 0xef && buf[15] == 0xde");
	ok(prm_get_by_name(&le, "le32", buf, sizeof(buf), &v) && v == 0xdeadbeef, "prm_get_by_name(&le, \"le32\", buf, sizeof(buf), &v) && v == 0xdeadbeef");

	ok(prm_fits(&be_fields[4], 31) && !prm_fits(&be_fields[4], 32), "prm_fits(&be_fields[4], 31) && !prm_fits(&be_fields[4], 32)");
	ok(prm_enum_value(states, "rts", &v) && v == 3, "prm_enum_value(states, \"rts\", &v) && v == 3");
	ok(!prm_enum_value(states, "nope", &v), "!prm_enum_value(states, \"nope\", &v)");
	return tap_done();
}
