// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * Decoders for whole resource dump streams: the segment menu and the
 * record view.  Input is firmware data: every length and count is checked
 * against the buffer before it is used (these are fuzz targets).
 */
#include <errno.h>
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <json-c/json.h>

#include "rsc_dump.h"
#include "rsc_dump_priv.h"
#include "../../lib/suggest.h"

/* Largest number of records a menu may claim (the count is 16 bits anyway). */
#define RSC_MENU_MAX_RECORDS 4096

static bool rec_bool(const uint8_t *rec, int idx)
{
	uint64_t v = 0;

	prm_get(&rsc_menu_record_layout, &rsc_menu_record_fields[idx], rec,
		RSC_MENU_RECORD_LEN, &v);
	return v != 0;
}

static void rec_name(char dst[17], const uint8_t *src)
{
	size_t j = 0;

	for (size_t i = 0; i < 16 && src[i]; i++)
		dst[j++] = (src[i] >= 0x20 && src[i] < 0x7f) ? (char)src[i] : '?';
	while (j > 0 && dst[j - 1] == ' ')
		j--;
	dst[j] = '\0';
}

static void decode_record(const uint8_t *rec, struct rsc_menu_entry *e)
{
	memset(e, 0, sizeof(*e));
	e->segment_type = prm_be16(rec + 2);
	rec_name(e->name, rec + 4);
	rec_name(e->index1_name, rec + 20);
	rec_name(e->index2_name, rec + 36);
	e->support_index1 = rec_bool(rec, RSC_M_SUPPORT_INDEX1);
	e->must_have_index1 = rec_bool(rec, RSC_M_MUST_INDEX1);
	e->support_index2 = rec_bool(rec, RSC_M_SUPPORT_INDEX2);
	e->must_have_index2 = rec_bool(rec, RSC_M_MUST_INDEX2);
	e->support_num_obj1 = rec_bool(rec, RSC_M_SUPPORT_NUM_OBJ1);
	e->must_have_num_obj1 = rec_bool(rec, RSC_M_MUST_NUM_OBJ1);
	e->num_obj1_all = rec_bool(rec, RSC_M_NUM_OBJ1_ALL);
	e->num_obj1_active = rec_bool(rec, RSC_M_NUM_OBJ1_ACTIVE);
	e->support_num_obj2 = rec_bool(rec, RSC_M_SUPPORT_NUM_OBJ2);
	e->must_have_num_obj2 = rec_bool(rec, RSC_M_MUST_NUM_OBJ2);
	e->num_obj2_all = rec_bool(rec, RSC_M_NUM_OBJ2_ALL);
	e->num_obj2_active = rec_bool(rec, RSC_M_NUM_OBJ2_ACTIVE);
}

/* The records of one MENU segment (seg_len bytes, header included). */
static int menu_segment(const uint8_t *seg, uint32_t seg_len, struct rsc_menu *menu,
			struct fwctl_err *err)
{
	uint32_t n = prm_be16(seg + 6);
	struct rsc_menu_entry *ne;

	if (n > RSC_MENU_MAX_RECORDS ||
	    (uint64_t)n * RSC_MENU_RECORD_LEN > seg_len - RSC_MENU_SEG_HDR_LEN) {
		rsc_menu_free(menu);
		return fwctl_err_set(err, FWCTL_ERR_PROTOCOL, 0,
				     "menu claims %u records but its segment holds %u", n,
				     (seg_len - RSC_MENU_SEG_HDR_LEN) / RSC_MENU_RECORD_LEN);
	}
	ne = calloc(n ? n : 1, sizeof(*ne));
	if (!ne)
		return fwctl_err_set(err, FWCTL_ERR_FAILED, ENOMEM, "out of memory");
	for (uint32_t i = 0; i < n; i++)
		decode_record(seg + RSC_MENU_SEG_HDR_LEN + (size_t)i * RSC_MENU_RECORD_LEN, &ne[i]);
	menu->e = ne;
	menu->n = n;
	return 0;
}

int rsc_menu_parse(const uint8_t *buf, size_t len, struct rsc_menu *menu, struct fwctl_err *err)
{
	size_t off = 0;
	bool have_menu = false, terminated = false;

	menu->e = NULL;
	menu->n = 0;
	while (off < len && !terminated) {
		uint32_t seg_len;
		uint16_t type;

		if (len - off < RSC_SEG_HDR_LEN)
			goto trunc;
		seg_len = (uint32_t)prm_be16(buf + off) * 4;
		type = prm_be16(buf + off + 2);
		if (seg_len < RSC_SEG_HDR_LEN) {
			rsc_menu_free(menu);
			return fwctl_err_set(err, FWCTL_ERR_PROTOCOL, 0,
					     "segment of length 0 at offset %zu", off);
		}
		if (seg_len > len - off)
			goto trunc;
		if (type == RSC_SEG_TERMINATE) {
			terminated = true;
		} else if (type == RSC_SEG_ERROR) {
			uint16_t syn = seg_len >= 8 ? prm_be16(buf + off + 6) : 0;

			rsc_menu_free(menu);
			return fwctl_err_firmware(err, RSC_SEG_ERROR, "ERROR_SEGMENT", true, syn,
						  "firmware answered the menu with an error segment "
						  "(syndrome 0x%x)", syn);
		} else if (type == RSC_SEG_MENU) {
			if (have_menu) {
				rsc_menu_free(menu);
				return fwctl_err_set(err, FWCTL_ERR_PROTOCOL, 0,
						     "more than one MENU segment");
			}
			have_menu = true;
			if (seg_len < RSC_MENU_SEG_HDR_LEN)
				goto trunc;
			if (menu_segment(buf + off, seg_len, menu, err) < 0)
				return -1;
		}
		off += seg_len;
	}
	if (!have_menu) {
		rsc_menu_free(menu);
		return fwctl_err_set(err, FWCTL_ERR_PROTOCOL, 0,
				     "the firmware's answer has no MENU segment");
	}
	if (!terminated) {
		rsc_menu_free(menu);
		return fwctl_err_set(err, FWCTL_ERR_PROTOCOL, 0,
				     "menu answer ends without a TERMINATE segment");
	}
	return 0;
trunc:
	rsc_menu_free(menu);
	return fwctl_err_set(err, FWCTL_ERR_PROTOCOL, 0,
			     "segment at offset %zu runs past the end of the data (%zu bytes)",
			     off, len);
}

void rsc_menu_free(struct rsc_menu *menu)
{
	free(menu->e);
	menu->e = NULL;
	menu->n = 0;
}

const struct rsc_menu_entry *rsc_menu_find(const struct rsc_menu *menu, const char *name)
{
	for (size_t i = 0; i < menu->n; i++)
		if (menu->e[i].name[0] && fwctl_name_eq(name, menu->e[i].name))
			return &menu->e[i];
	return NULL;
}

static const char *param_usage(bool support, bool must)
{
	return must ? "required" : support ? "optional" : "unsupported";
}

static json_object *num_obj_json(bool support, bool must, bool all, bool active)
{
	json_object *o = json_object_new_object();
	json_object *sp = json_object_new_array();

	json_object_object_add(o, "usage", json_object_new_string(param_usage(support, must)));
	if (all)
		json_object_array_add(sp, json_object_new_string("all"));
	if (active)
		json_object_array_add(sp, json_object_new_string("active"));
	json_object_object_add(o, "special_values", sp);
	return o;
}

struct json_object *rsc_menu_to_json(const struct rsc_menu *menu)
{
	json_object *arr = json_object_new_array();

	for (size_t i = 0; i < menu->n; i++) {
		const struct rsc_menu_entry *e = &menu->e[i];
		json_object *o = json_object_new_object();
		char hex[16];

		snprintf(hex, sizeof(hex), "0x%04x", e->segment_type);
		json_object_object_add(o, "name", json_object_new_string(e->name));
		json_object_object_add(o, "segment_type", json_object_new_int(e->segment_type));
		json_object_object_add(o, "segment_type_hex", json_object_new_string(hex));
		json_object_object_add(o, "index1",
				       json_object_new_string(param_usage(e->support_index1,
									  e->must_have_index1)));
		json_object_object_add(o, "index1_name", json_object_new_string(e->index1_name));
		json_object_object_add(o, "index2",
				       json_object_new_string(param_usage(e->support_index2,
									  e->must_have_index2)));
		json_object_object_add(o, "index2_name", json_object_new_string(e->index2_name));
		json_object_object_add(o, "num_of_obj1",
				       num_obj_json(e->support_num_obj1, e->must_have_num_obj1,
						    e->num_obj1_all, e->num_obj1_active));
		json_object_object_add(o, "num_of_obj2",
				       num_obj_json(e->support_num_obj2, e->must_have_num_obj2,
						    e->num_obj2_all, e->num_obj2_active));
		json_object_array_add(arr, o);
	}
	return arr;
}

/* ---- record view ---- */

static void add_hex(json_object *o, const char *key, const uint8_t *p, size_t n)
{
	static const char digits[] = "0123456789abcdef";
	char *s = malloc(n * 2 + 1);

	if (!s)
		return;
	for (size_t i = 0; i < n; i++) {
		s[2 * i] = digits[p[i] >> 4];
		s[2 * i + 1] = digits[p[i] & 0xf];
	}
	s[n * 2] = '\0';
	json_object_object_add(o, key, json_object_new_string(s));
	free(s);
}

int rsc_segments_to_json(const uint8_t *buf, size_t len, struct json_object *into,
			 struct fwctl_err *err)
{
	size_t off = 0;

	while (off < len) {
		const struct prm_layout *l = NULL;
		size_t fixed = RSC_SEG_HDR_LEN;
		json_object *rec;
		uint32_t seg_len;
		uint16_t type;
		char hex[16];

		if (len - off < RSC_SEG_HDR_LEN || (seg_len = (uint32_t)prm_be16(buf + off) * 4) >
		    len - off)
			return fwctl_err_set(err, FWCTL_ERR_PROTOCOL, 0,
					     "segment at offset %zu runs past the end of the data "
					     "(%zu bytes)", off, len);
		if (seg_len < RSC_SEG_HDR_LEN)
			return fwctl_err_set(err, FWCTL_ERR_PROTOCOL, 0,
					     "segment of length 0 at offset %zu", off);
		type = prm_be16(buf + off + 2);
		rec = json_object_new_object();
		snprintf(hex, sizeof(hex), "0x%04x", type);
		json_object_object_add(rec, "offset", json_object_new_int64((int64_t)off));
		json_object_object_add(rec, "kind", json_object_new_string(rsc_seg_kind_name(type)));
		json_object_object_add(rec, "segment_type", json_object_new_int(type));
		json_object_object_add(rec, "segment_type_hex", json_object_new_string(hex));
		json_object_object_add(rec, "length", json_object_new_int64(seg_len));
		switch (type) {
		case RSC_SEG_INFO: l = &rsc_info_seg_layout; break;
		case RSC_SEG_COMMAND: l = &rsc_cmd_seg_layout; break;
		case RSC_SEG_ERROR: l = &rsc_error_seg_layout; break;
		case RSC_SEG_NOTICE: l = &rsc_notice_seg_layout; break;
		case RSC_SEG_TERMINATE: case RSC_SEG_REFERENCE: case RSC_SEG_MENU: break;
		default:
			if (type <= RSC_SEG_RESOURCE_MAX)
				l = &rsc_resource_seg_layout;
			break;
		}
		if (l) {
			fixed = l->size_bits / 8;
			if (fixed > seg_len)
				fixed = seg_len;
			/* Fields beyond a short segment are simply not decoded. */
			prm_decode(l, buf + off, seg_len, rec, 0);
		}
		if (type == RSC_SEG_MENU && seg_len >= RSC_MENU_SEG_HDR_LEN) {
			json_object_object_add(rec, "num_of_records",
					       json_object_new_int(prm_be16(buf + off + 6)));
			fixed = seg_len;   /* shown by --menu, not as hex */
		}
		if (seg_len > fixed)
			add_hex(rec, "payload_hex", buf + off + fixed, seg_len - fixed);
		json_object_array_add(into, rec);
		off += seg_len;
		if (type == RSC_SEG_TERMINATE)
			break;
	}
	return 0;
}
