// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * Pluggable-module EEPROM page 0 (I2C address 0x50) as people read it.
 * The identifier (SFF-8024 Table 4-1, as the kernel's include/linux/sfp.h
 * numbers it) says which map the page follows: SFF-8472 for SFP, SFF-8636
 * for QSFP/QSFP+/QSFP28, CMIS for QSFP-DD, OSFP and the CMIS QSFP+/SFP
 * variants.  A field is shown only when the bytes given hold all of it.
 */
#include "sff.h"

#include <json-c/json.h>
#include <stdbool.h>
#include <string.h>

#include "prm.h"

enum module_map { MAP_NONE, MAP_SFF8472, MAP_SFF8636, MAP_CMIS };

/* The identifier's name; module_maps_of says which map its page follows. */
static const struct prm_enum module_id_names[] = {
	{ 0x02, "SFF-8472 soldered" }, { 0x03, "SFP" }, { 0x0b, "DWDM-SFP" }, { 0x0c, "QSFP" },
	{ 0x0d, "QSFP+" }, { 0x11, "QSFP28" }, { 0x18, "QSFP-DD" }, { 0x19, "OSFP" },
	{ 0x1b, "DSFP" }, { 0x1e, "QSFP+ (CMIS)" }, { 0x1f, "SFP-DD (CMIS)" },
	{ 0x20, "SFP+ (CMIS)" }, { 0, NULL }
};
static const struct { uint8_t id; enum module_map map; } module_maps_of[] = {
	{ 0x02, MAP_SFF8472 }, { 0x03, MAP_SFF8472 }, { 0x0b, MAP_SFF8472 },
	{ 0x0c, MAP_SFF8636 }, { 0x0d, MAP_SFF8636 }, { 0x11, MAP_SFF8636 },
	{ 0x18, MAP_CMIS }, { 0x19, MAP_CMIS }, { 0x1b, MAP_CMIS }, { 0x1e, MAP_CMIS },
	{ 0x1f, MAP_CMIS }, { 0x20, MAP_CMIS },
};

#define B(n, byte, len, k) { .name = (n), .bit_off = (byte) * 8, .bit_width = (len) * 8, .kind = (k) }
#define OUI(byte) { .name = "vendor_oui", .bit_off = (byte) * 8, .bit_width = 24, \
		    .kind = PRM_UINT, .also = PRM_OUI }

/* Byte 0 (or its copy at 128, moved there by identify()). */
static const struct prm_field id_f = { "identifier", 0, 8, PRM_HEX, module_id_names,
				       .also = PRM_ENUM };
/* SFF-8472 A0h bytes 20-83. */
static const struct prm_field sff8472_f[] = {
	B("vendor_name", 20, 16, PRM_STRING), OUI(37), B("part_number", 40, 16, PRM_STRING),
	B("revision", 56, 4, PRM_STRING), B("serial_number", 68, 16, PRM_STRING),
};
/* SFF-8636 upper page 00h bytes 148-211. */
static const struct prm_field sff8636_f[] = {
	B("vendor_name", 148, 16, PRM_STRING), OUI(165), B("part_number", 168, 16, PRM_STRING),
	B("revision", 184, 2, PRM_STRING), B("serial_number", 196, 16, PRM_STRING),
};
/* CMIS upper page 00h bytes 129-181. */
static const struct prm_field cmis_f[] = {
	B("vendor_name", 129, 16, PRM_STRING), OUI(145), B("part_number", 148, 16, PRM_STRING),
	B("revision", 164, 2, PRM_STRING), B("serial_number", 166, 16, PRM_STRING),
};
#undef B
#undef OUI

static const struct prm_layout module_maps[] = {
	[MAP_SFF8472] = PRM_LAYOUT("sff8472_a0", SFF_PAGE_LEN * 8, PRM_BE, sff8472_f),
	[MAP_SFF8636] = PRM_LAYOUT("sff8636_page0", SFF_PAGE_LEN * 8, PRM_BE, sff8636_f),
	[MAP_CMIS] = PRM_LAYOUT("cmis_page0", SFF_PAGE_LEN * 8, PRM_BE, cmis_f),
};

/* The returned bytes: page[addr .. addr + n). */
struct window {
	uint8_t page[SFF_PAGE_LEN];
	uint32_t addr, n;
};

static bool covers(const struct window *w, uint32_t off, uint32_t len)
{
	return off >= w->addr && off + len <= w->addr + w->n;
}

/* Each field of l the window holds whole, into o. */
static void decode_covered(const struct prm_layout *l, const struct window *w,
			   const struct prm_enum *ouis, struct json_object *o)
{
	for (size_t i = 0; i < l->n_fields; i++) {
		struct prm_field f = l->fields[i];
		struct prm_layout one = { l->name, l->size_bits, l->endian, &f, 1 };

		if (f.also == PRM_OUI)
			f.enums = ouis;       /* the caller's OUI list names the vendor */
		if (covers(w, f.bit_off / 8, f.bit_width / 8))
			prm_decode(&one, w->page, sizeof(w->page), o, 0);
	}
}

/*
 * The identifier's offset (SFF_PAGE_LEN: none returned) and the map it names.
 * Byte 0 is the identifier; without it, byte 128 is its copy in the maps
 * that keep one (byte 128 of an SFP's A0h is reserved).
 */
static uint32_t identify(const struct window *w, enum module_map *map)
{
	uint32_t at = covers(w, 0, 1) ? 0 : covers(w, 128, 1) ? 128 : SFF_PAGE_LEN;

	*map = MAP_NONE;
	for (size_t i = 0; at < SFF_PAGE_LEN && i < sizeof(module_maps_of) / sizeof(module_maps_of[0]); i++)
		if (module_maps_of[i].id == w->page[at])
			*map = module_maps_of[i].map;
	if (at == 128 && *map != MAP_SFF8636 && *map != MAP_CMIS)
		return SFF_PAGE_LEN;
	return at;
}

static struct json_object *module_object(const struct window *w, const struct prm_enum *ouis)
{
	struct json_object *o = json_object_new_object();
	enum module_map map;
	uint32_t at = identify(w, &map);
	struct prm_field f = id_f;
	struct prm_layout l = { "module_id", SFF_PAGE_LEN * 8, PRM_BE, &f, 1 };

	if (at < SFF_PAGE_LEN) {
		f.bit_off = at * 8;
		prm_decode(&l, w->page, sizeof(w->page), o, 0);
	}
	if (map != MAP_NONE)
		decode_covered(&module_maps[map], w, ouis, o);
	return o;
}

struct json_object *sff_page0(const uint8_t *bytes, uint32_t addr, uint32_t n,
			      const struct prm_enum *ouis)
{
	struct json_object *o;
	struct window w;

	if (addr >= SFF_PAGE_LEN || !n)
		return NULL;
	memset(&w, 0, sizeof(w));
	w.addr = addr;
	w.n = n < SFF_PAGE_LEN - addr ? n : SFF_PAGE_LEN - addr;
	memcpy(w.page + addr, bytes, w.n);
	o = module_object(&w, ouis);
	if (json_object_object_length(o))
		return o;
	json_object_put(o);
	return NULL;
}
