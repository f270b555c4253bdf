// SPDX-License-Identifier: GPL-2.0-or-later
/* The field-table engine: bit numbering, bounds, decoding, table checks. */
#include <stdint.h>
#include <stdlib.h>

#include <json-c/json.h>

#include "../../../lib/prm.h"
#include "../check.h"

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

int main(void)
{
	uint8_t buf[40] = { 0 };
	uint64_t v;
	struct json_object *o, *x;

	CHECK(prm_layout_check(&be) == NULL);
	CHECK(prm_layout_check(&le) == NULL);
	CHECK(prm_layout_check(&bad) != NULL);
	CHECK(prm_layout_check(&outside) != NULL);

	/* Big-endian bit stream: vhca_id at bit 0x30 is bytes 6-7. */
	CHECK(prm_set_by_name(&be, "vhca_id", buf, sizeof(buf), 0x1234));
	CHECK(buf[6] == 0x12 && buf[7] == 0x34);
	/* odd @0x9b/5 = low 5 bits of byte 19. */
	CHECK(prm_set_by_name(&be, "odd", buf, sizeof(buf), 0x1f));
	CHECK(buf[19] == 0x1f && buf[18] == 0);
	CHECK(prm_set_by_name(&be, "hi_bit", buf, sizeof(buf), 1));
	CHECK(buf[0] == 0x80);
	CHECK(prm_set_by_name(&be, "state", buf, sizeof(buf), 3));
	CHECK(buf[20] == 0x30);
	CHECK(prm_set_by_name(&be, "mask", buf, sizeof(buf), 5));
	CHECK(buf[20] == 0x35);
	CHECK(prm_set_by_name(&be, "wide", buf, sizeof(buf), UINT64_C(0x0102030405060708)));
	CHECK(buf[24] == 1 && buf[31] == 8);
	CHECK(prm_get_by_name(&be, "wide", buf, sizeof(buf), &v) && v == UINT64_C(0x0102030405060708));
	CHECK(prm_get_by_name(&be, "odd", buf, sizeof(buf), &v) && v == 0x1f);
	/* Values wider than the field are truncated, not spilled into neighbours. */
	CHECK(prm_set_by_name(&be, "odd", buf, sizeof(buf), 0xff));
	CHECK(buf[19] == 0x1f && buf[18] == 0);
	memcpy(buf + 32, "MT_0001 ", 8);

	/* Bounds: a field past the buffer is never read. */
	CHECK(!prm_get_by_name(&be, "wide", buf, 30, &v));
	CHECK(!prm_set_by_name(&be, "wide", buf, 30, 1));
	CHECK(!prm_get_by_name(&be, "nonexistent", buf, sizeof(buf), &v));

	o = json_object_new_object();
	CHECK(prm_decode(&be, buf, sizeof(buf), o, 0) == 0);
	CHECK(json_object_object_get_ex(o, "vhca_id", &x) && json_object_get_int(x) == 0x1234);
	CHECK(json_object_object_get_ex(o, "state", &x));
	CHECK_STR(json_object_get_string(x), "rts");
	CHECK(json_object_object_get_ex(o, "mask", &x) && json_object_array_length(x) == 2);
	CHECK(json_object_object_get_ex(o, "wide_hex", &x));
	CHECK_STR(json_object_get_string(x), "0x102030405060708");
	CHECK(json_object_object_get_ex(o, "name", &x));
	CHECK_STR(json_object_get_string(x), "MT_0001");
	CHECK(!json_object_object_get_ex(o, "reserved_at_1", &x));
	CHECK(json_object_object_get_ex(o, "hi_bit", &x) && json_object_get_boolean(x));
	json_object_put(o);

	/* A short buffer decodes what fits and counts the rest. */
	o = json_object_new_object();
	CHECK(prm_decode(&be, buf, 20, o, 0) == 4);
	json_object_put(o);

	/* Little-endian: le16 at byte 6, flag bit 3 of byte 8, le32 at byte 12. */
	memset(buf, 0, sizeof(buf));
	CHECK(prm_set_by_name(&le, "le16", buf, sizeof(buf), 0xbeef));
	CHECK(buf[6] == 0xef && buf[7] == 0xbe);
	CHECK(prm_set_by_name(&le, "flag3", buf, sizeof(buf), 1));
	CHECK(buf[8] == 0x08);
	CHECK(prm_set_by_name(&le, "le32", buf, sizeof(buf), 0xdeadbeef));
	CHECK(buf[12] == 0xef && buf[15] == 0xde);
	CHECK(prm_get_by_name(&le, "le32", buf, sizeof(buf), &v) && v == 0xdeadbeef);

	CHECK(prm_fits(&be_fields[4], 31) && !prm_fits(&be_fields[4], 32));
	CHECK(prm_enum_value(states, "rts", &v) && v == 3);
	CHECK(!prm_enum_value(states, "nope", &v));
	TEST_DONE();
}
