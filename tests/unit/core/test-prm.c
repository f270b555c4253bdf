// SPDX-License-Identifier: GPL-2.0-or-later
/* The field-table engine: bit numbering, bounds, decoding, table checks. */
#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

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

static const char *str_at(struct json_object *o, const char *key)
{
	struct json_object *x;

	return json_object_object_get_ex(o, key, &x) ? json_object_get_string(x) : NULL;
}

static bool has(struct json_object *o, const char *key)
{
	return json_object_object_get_ex(o, key, NULL);
}

static const struct prm_enum ouis[] = { { 0x0002c9, "Vendor A" }, { 0, NULL } };

/* The decoded kinds in one big-endian layout: raw values kept, forms added. */
static const struct prm_field kinds_f[] = {
	{ "mac", 0, 48, PRM_MAC },
	{ "ethertype", 48, 16, PRM_UINT, .also = PRM_HEX },
	{ "ip", 64, 32, PRM_IPV4 },
	{ "oui", 96, 24, PRM_OUI, ouis },
	{ "pci", 120, 16, PRM_PCI_VENDOR },
	{ "gid", 136, 8, PRM_ARRAY, .count = 16, .also = PRM_GID },
	{ "v6", 264, 128, PRM_IPV6 },
	{ "mac_addr_47_32", 400, 16, PRM_UINT, .also = PRM_MAC, .to = "mac_addr_31_0" },
	{ "mac_addr_31_0", 416, 32, PRM_UINT },
	{ "name_hi", 448, 32, PRM_HEX, .also = PRM_STRING, .to = "name_lo" },
	{ "name_lo", 480, 32, PRM_HEX },
};
static const struct prm_layout kinds = PRM_LAYOUT("kinds", 512, PRM_BE, kinds_f);

static void fill_kinds(uint8_t *b)
{
	static const uint8_t gid[16] = { 0xfe, 0x80, 0, 0, 0, 0, 0, 0,
					 0x02, 0x02, 0xc9, 0xff, 0xfe, 0x01, 0x02, 0x03 };
	static const uint8_t v6[16] = { 0x20, 0x01, 0x0d, 0xb8, 0, 0, 0, 0,
					0, 0, 0, 0, 0, 0, 0, 1 };
	static const uint8_t head[17] = { 0x00, 0x02, 0xc9, 0xaa, 0xbb, 0xcc, 0x08, 0x00,
					  192, 0, 2, 1, 0x00, 0x02, 0xc9, 0x15, 0xb3 };

	memset(b, 0, 64);
	memcpy(b, head, sizeof(head));
	memcpy(b + 17, gid, 16);
	memcpy(b + 33, v6, 16);
	memcpy(b + 50, "\x00\x02\xc9\x01\x02\x03", 6);    /* mac_addr at bit 400 */
	memcpy(b + 56, "ASIC\0\0\0\0", 8);
}

static void test_kinds(void)
{
	uint8_t b[64];
	struct json_object *o = json_object_new_object(), *x;

	fill_kinds(b);
	is_str(prm_layout_check(&kinds), NULL, "a layout of every decoded kind is valid");
	ok(prm_decode(&kinds, b, sizeof(b), o, 0) == 0, "decodes completely");
	ok(json_object_object_get_ex(o, "mac", &x) && json_object_get_int64(x) == 0x0002c9aabbcc,
	   "MAC: the raw number stays");
	is_str(str_at(o, "mac_mac"), "00:02:c9:aa:bb:cc", "MAC: <name>_mac");
	ok(json_object_object_get_ex(o, "ethertype", &x) && json_object_get_int(x) == 0x800,
	   ".also HEX: the raw number stays");
	is_str(str_at(o, "ethertype_hex"), "0x800", ".also HEX: <name>_hex");
	is_str(str_at(o, "ip_ip"), "192.0.2.1", "IPv4: <name>_ip");
	is_str(str_at(o, "oui_hex"), "0x0002c9", "OUI: six hex digits");
	is_str(str_at(o, "oui_vendor"), "Vendor A", "OUI: the name .enums gives");
	is_str(str_at(o, "pci_hex"), "0x15b3", "PCI vendor: four hex digits");
	ok(!has(o, "pci_vendor"), "PCI vendor: no name without .enums");
	ok(json_object_object_get_ex(o, "gid", &x) && json_object_array_length(x) == 16,
	   "GID: the byte array stays");
	is_str(str_at(o, "gid_gid"), "fe80::202:c9ff:fe01:203", "GID: RFC 5952 text");
	is_str(str_at(o, "v6_hex"), "20010db8000000000000000000000001", "IPv6: raw bytes as _hex");
	is_str(str_at(o, "v6_ip"), "2001:db8::1", "IPv6: RFC 5952 text");
	ok(has(o, "mac_addr_47_32") && has(o, "mac_addr_31_0"), "split MAC: both raw parts stay");
	is_str(str_at(o, "mac_addr_mac"), "00:02:c9:01:02:03", "split MAC: once, by the shared name");
	ok(!has(o, "mac_addr_47_32_mac"), "split MAC: not under the high part's name");
	is_str(str_at(o, "name_hi_hex"), "0x41534943", "split string: raw parts stay");
	is_str(str_at(o, "name"), "ASIC", "split string: one string by the shared name");
	json_object_put(o);

	/* SKIP_ZERO hides a form whose whole value is zero, not a split one
	 * whose high part alone is. */
	memset(b + 50, 0, 5);
	o = json_object_new_object();
	prm_decode(&kinds, b, sizeof(b), o, PRM_DECODE_SKIP_ZERO);
	ok(!has(o, "mac_addr_47_32"), "SKIP_ZERO: the zero high part is left out");
	is_str(str_at(o, "mac_addr_mac"), "00:00:00:00:00:03", "SKIP_ZERO: the MAC is still shown");
	json_object_put(o);
}

/* A field, or any part of a split value, past len is not decoded: nothing
 * is read there (ASan would see it), and it is counted missing. */
static void test_kinds_short(void)
{
	static const size_t cuts[] = { 4, 10, 14, 20, 40, 52, 60 };
	uint8_t b[64];

	fill_kinds(b);
	for (size_t i = 0; i < sizeof(cuts) / sizeof(cuts[0]); i++) {
		size_t n = cuts[i];
		uint8_t *p = malloc(n);
		struct json_object *o = json_object_new_object();

		memcpy(p, b, n);
		ok(prm_decode(&kinds, p, n, o, 0) > 0, "cut at %zu: fields counted missing", n);
		ok(has(o, "mac_mac") == (n >= 6) && has(o, "ip_ip") == (n >= 12) &&
		   has(o, "gid_gid") == (n >= 33) && has(o, "v6_ip") == (n >= 49) &&
		   has(o, "mac_addr_mac") == (n >= 56) && has(o, "name") == (n >= 64),
		   "cut at %zu: only the values that fit are shown", n);
		ok(!has(o, "mac_addr_mac") || has(o, "mac_addr_31_0"),
		   "cut at %zu: a split value needs its last part", n);
		json_object_put(o);
		free(p);
	}
}

static const struct prm_enum modes[] = {
	{ 1u << 0, "1G" }, { 1u << 4, "10G" }, { 1u << 20, "100G" }, { 0, NULL }
};
static const struct prm_number mode_mbps[] = {
	{ 1u << 0, 1000 }, { 1u << 4, 10000 }, { 1u << 20, 100000 }, { 0, 0 }
};
static const struct prm_enum port_states[] = { { 1, "down" }, { 4, "active" }, { 0, NULL } };

/* Names and numbers beside a raw value: .also ENUM/FLAGS, .mbps, PCI_BDF. */
static const struct prm_field named_f[] = {
	{ "cap", 0, 32, PRM_HEX, modes, .also = PRM_FLAGS },
	{ "oper", 32, 32, PRM_HEX, modes, .also = PRM_FLAGS, .mbps = mode_mbps },
	{ "state", 64, 8, PRM_UINT, port_states, .also = PRM_ENUM },
	{ "odd", 72, 8, PRM_HEX, port_states, .also = PRM_ENUM },
	{ "pci_id", 80, 16, PRM_UINT, .also = PRM_PCI_BDF },
	{ "rid", 96, 16, PRM_PCI_BDF },
};
static const struct prm_layout named = PRM_LAYOUT("named", 128, PRM_BE, named_f);

static void fill_named(uint8_t *b, uint32_t oper)
{
	static const uint8_t head[16] = { 0x00, 0x10, 0x00, 0x11, 0, 0, 0, 0,
					  4, 9, 0x3b, 0x00, 0xaf, 0xfd, 0, 0 };

	memcpy(b, head, sizeof(head));
	prm_put_be32(b + 4, oper);
}

static void test_named(void)
{
	uint8_t b[16];
	struct json_object *o = json_object_new_object(), *x;

	fill_named(b, 1u << 20);
	is_str(prm_layout_check(&named), NULL, "a layout of names, rates and BDFs is valid");
	ok(prm_decode(&named, b, sizeof(b), o, 0) == 0, "decodes completely");
	is_str(str_at(o, "cap_hex"), "0x100011", ".also FLAGS: the raw mask stays");
	ok(json_object_object_get_ex(o, "cap_names", &x) && json_object_array_length(x) == 3 &&
	   !strcmp(json_object_get_string(json_object_array_get_idx(x, 0)), "1G") &&
	   !strcmp(json_object_get_string(json_object_array_get_idx(x, 2)), "100G"),
	   ".also FLAGS: <name>_names, lowest bit first");
	ok(!has(o, "cap_speed_mbps"), "no rate without .mbps");
	ok(json_object_object_get_ex(o, "oper_speed_mbps", &x) && json_object_get_int64(x) == 100000,
	   ".mbps: one bit set, its rate");
	ok(json_object_object_get_ex(o, "state", &x) && json_object_get_int(x) == 4,
	   ".also ENUM: the raw number stays");
	is_str(str_at(o, "state_name"), "active", ".also ENUM: <name>_name");
	is_str(str_at(o, "odd_name"), "unknown_9", ".also ENUM: an unnamed value");
	ok(json_object_object_get_ex(o, "pci_id", &x) && json_object_get_int(x) == 15104,
	   "PCI BDF: the raw number stays");
	is_str(str_at(o, "pci_id_bdf"), "3b:00.0", "PCI BDF: bus 0x3b, device 0, function 0");
	is_str(str_at(o, "rid_bdf"), "af:1f.5", "PCI BDF: the widest device and function");
	json_object_put(o);

	fill_named(b, 1u << 20 | 1u << 4);
	o = json_object_new_object();
	prm_decode(&named, b, sizeof(b), o, 0);
	ok(!has(o, "oper_speed_mbps"), ".mbps: two bits set, no single rate");
	json_object_put(o);
	fill_named(b, 1u << 7);
	o = json_object_new_object();
	prm_decode(&named, b, sizeof(b), o, 0);
	ok(!has(o, "oper_speed_mbps"), ".mbps: a bit the table lacks, no rate");
	ok(json_object_object_get_ex(o, "oper_names", &x) && json_object_array_length(x) == 1 &&
	   !strcmp(json_object_get_string(json_object_array_get_idx(x, 0)), "bit_7"),
	   ".also FLAGS: an unnamed bit as bit_<i>");
	json_object_put(o);
}

/* Cut short, a value's name, rate and BDF go with the value itself. */
static void test_named_short(void)
{
	uint8_t b[16];

	fill_named(b, 1u << 20);
	for (size_t n = 0; n <= sizeof(b); n++) {
		uint8_t *p = malloc(n ? n : 1);
		struct json_object *o = json_object_new_object();

		memcpy(p, b, n);
		prm_decode(&named, p, n, o, 0);
		ok(has(o, "cap_names") == (n >= 4) && has(o, "oper_speed_mbps") == (n >= 8) &&
		   has(o, "state_name") == (n >= 9) && has(o, "pci_id_bdf") == (n >= 12) &&
		   has(o, "rid_bdf") == (n >= 14),
		   "cut at %zu: only the values that fit are named", n);
		json_object_put(o);
		free(p);
	}
}

/* prm_layout_check holds every decoded form to its width and alignment. */
static void test_kinds_check(void)
{
#define BAD(desc, ...)                                                              \
	do {                                                                          \
		static const struct prm_field f[] = { __VA_ARGS__ };                    \
		static const struct prm_layout l = PRM_LAYOUT("bad", 256, PRM_BE, f);  \
		ok(prm_layout_check(&l) != NULL, "rejected: %s", desc);                \
	} while (0)
	BAD("a 32-bit MAC", { "m", 0, 32, PRM_MAC });
	BAD("an unaligned MAC", { "m", 4, 48, PRM_MAC });
	BAD("a 24-bit IPv4", { "a", 0, 24, PRM_IPV4 });
	BAD("a 64-bit IPv6", { "a", 0, 64, PRM_IPV6 });
	BAD("a 120-bit GID", { "g", 0, 120, PRM_GID });
	BAD("a GID of 15 bytes", { "g", 0, 8, PRM_ARRAY, .count = 15, .also = PRM_GID });
	BAD("a 32-bit OUI", { "o", 0, 32, PRM_OUI });
	BAD("an 8-bit PCI vendor", { "p", 0, 8, PRM_PCI_VENDOR });
	BAD("a split MAC of 40 bits", { "m_hi", 0, 16, PRM_UINT, .also = PRM_MAC, .to = "m_lo" },
	    { "m_lo", 16, 24, PRM_UINT });
	BAD(".to naming no field", { "m_hi", 0, 16, PRM_UINT, .also = PRM_MAC, .to = "m_x" });
	BAD(".to naming an earlier field", { "m_lo", 0, 32, PRM_UINT },
	    { "m_hi", 32, 16, PRM_UINT, .also = PRM_MAC, .to = "m_lo" });
	BAD(".to names sharing nothing", { "hi", 0, 16, PRM_UINT, .also = PRM_MAC, .to = "lo" },
	    { "lo", 16, 32, PRM_UINT });
	BAD(".to without a decoded form", { "a_hi", 0, 16, PRM_UINT, .to = "a_lo" },
	    { "a_lo", 16, 16, PRM_UINT });
	BAD("a string under its raw key", { "s", 0, 32, PRM_UINT, .also = PRM_STRING });
	BAD("_hex beside a HEX field", { "h", 0, 24, PRM_HEX, .also = PRM_OUI });
	BAD(".also of a raw kind", { "e", 0, 8, PRM_UINT, .also = PRM_BOOL });
	BAD(".also beside a FLAGS field", { "f", 0, 32, PRM_FLAGS, .also = PRM_IPV4 });
	BAD("a 72-bit hex form", { "x", 0, 8, PRM_ARRAY, .count = 9, .also = PRM_HEX });
	BAD("an 8-bit PCI BDF", { "r", 0, 8, PRM_UINT, .also = PRM_PCI_BDF });
	BAD("names without .enums", { "e", 0, 8, PRM_UINT, .also = PRM_ENUM });
	BAD("a FLAGS form of 72 bits", { "m", 0, 72, PRM_BYTES, modes, .also = PRM_FLAGS });
	BAD(".mbps on a string", { "s", 0, 32, PRM_STRING, .mbps = mode_mbps });
#undef BAD
}

int main(void)
{
	test_celsius();
	test_kinds();
	test_kinds_short();
	test_kinds_check();
	test_named();
	test_named_short();
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
