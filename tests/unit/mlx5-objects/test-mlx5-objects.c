// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * mlx5 object queries: every layout passes prm_layout_check(); the sizes
 * of the mailboxes and contexts and a set of anchor fields match
 * include/linux/mlx5/mlx5_ifc.h (numbers read off the header here, apart
 * from the tables); the catalogue agrees with the tool's allow-list table
 * (opcode and scope); decoding gives enums by name and nested objects and
 * copes with short answers.  TAP output.
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <json-c/json.h>

#include "plugins/mlx5/mlx5_opcodes.h"
#include "plugins/mlx5/prm_objects.h"

#include "../../tap.h"

/* Resolve "qpc.primary_address_path.sl": absolute bit offset and width. */
static const struct prm_field *path(const struct prm_layout *l, const char *p, uint32_t *off)
{
	char buf[128], *save = NULL, *tok;
	const struct prm_field *f = NULL;

	snprintf(buf, sizeof(buf), "%s", p);
	*off = 0;
	for (tok = strtok_r(buf, ".", &save); tok; tok = strtok_r(NULL, ".", &save)) {
		if (!l)
			return NULL;
		f = prm_find(l, tok);
		if (!f)
			return NULL;
		*off += f->bit_off;
		l = f->kind == PRM_STRUCT ? f->sub : NULL;
	}
	return f;
}

/* MLX5_ST_SZ_BITS of the out mailboxes (fixed part, flexible arrays excluded). */
static const struct { const struct prm_layout *l; uint32_t bits; } sizes[] = {
	{ &mlx5_prm_obj_query_qp_out, 0xe80 }, { &mlx5_prm_obj_query_cq_out, 0x880 },
	{ &mlx5_prm_obj_query_eq_out, 0x880 }, { &mlx5_prm_obj_query_sq_out, 0x880 },
	{ &mlx5_prm_obj_query_rq_out, 0x880 }, { &mlx5_prm_obj_query_tir_out, 0x880 },
	{ &mlx5_prm_obj_query_mkey_out, 0x980 }, { &mlx5_prm_obj_query_q_counter_out, 0x800 },
	{ &mlx5_prm_obj_query_vport_state_out, 0x80 },
	{ &mlx5_prm_obj_query_nic_vport_context_out, 0x880 },
	{ &mlx5_prm_obj_query_hca_vport_context_out, 0x1080 },
	{ &mlx5_prm_obj_query_vport_counter_out, 0x1080 },
	{ &mlx5_prm_obj_query_flow_group_out, 0x2000 }, { &mlx5_prm_obj_query_fte_out, 0x1a00 },
	{ &mlx5_prm_obj_query_q_counter_in, 0x100 }, { &mlx5_prm_obj_query_fte_in, 0x200 },
	{ &mlx5_prm_obj_query_pages_out, 0x80 }, { &mlx5_prm_obj_query_lag_out, 0x80 },
};

/* Anchors: (layout, path, absolute bit offset, width). */
static const struct {
	const struct prm_layout *l;
	const char *path;
	uint32_t off, width;
} anchors[] = {
	{ &mlx5_prm_obj_query_qp_in, "qpn", 0x48, 24 },
	{ &mlx5_prm_obj_query_qp_out, "qpc.state", 0xc0, 4 },
	{ &mlx5_prm_obj_query_qp_out, "qpc.st", 0xc8, 8 },
	{ &mlx5_prm_obj_query_qp_out, "qpc.cqn_snd", 0x4a8, 24 },
	{ &mlx5_prm_obj_query_qp_out, "qpc.primary_address_path.vhca_port_num", 0x2a8, 8 },
	{ &mlx5_prm_obj_query_cq_out, "cq_context.log_cq_size", 0xe3, 5 },
	{ &mlx5_prm_obj_query_eq_in, "eq_number", 0x58, 8 },
	{ &mlx5_prm_obj_query_sq_out, "sq_context.wq.log_wq_sz", 0x39b, 5 },
	{ &mlx5_prm_obj_query_mkey_out, "memory_key_mkey_entry.len", 0x140, 64 },
	{ &mlx5_prm_obj_query_q_counter_in, "counter_set_id", 0xf8, 8 },
	{ &mlx5_prm_obj_query_vport_state_out, "state", 0x7c, 4 },
	{ &mlx5_prm_obj_query_nic_vport_context_out, "nic_vport_context.mtu", 0x1b0, 16 },
	{ &mlx5_prm_obj_query_vport_counter_out, "received_eth_unicast.octets", 0x4c0, 64 },
	{ &mlx5_prm_obj_query_fte_in, "flow_index", 0x100, 32 },
	{ &mlx5_prm_obj_query_fte_out, "flow_context.match_value.outer_headers.ethertype", 0x430, 16 },
	{ &mlx5_prm_obj_query_cong_statistics_out, "rp_cnp_handled", 0x100, 64 },
	{ &mlx5_prm_obj_query_pages_out, "num_pages", 0x60, 32 },
};

static void test_tables(void)
{
	for (size_t i = 0; i < mlx5_n_object_layouts; i++) {
		const char *why = prm_layout_check(mlx5_object_layouts[i]);

		ok(!why, "layout %s: %s", mlx5_object_layouts[i]->name, why ? why : "valid");
	}
	for (size_t i = 0; i < sizeof(sizes) / sizeof(sizes[0]); i++)
		ok(sizes[i].l->size_bits == sizes[i].bits, "%s is 0x%x bits", sizes[i].l->name,
		   sizes[i].bits);
	for (size_t i = 0; i < sizeof(anchors) / sizeof(anchors[0]); i++) {
		uint32_t off;
		const struct prm_field *f = path(anchors[i].l, anchors[i].path, &off);

		ok(f && off == anchors[i].off && f->bit_width == anchors[i].width,
		   "%s.%s at 0x%x/%u", anchors[i].l->name, anchors[i].path, anchors[i].off,
		   anchors[i].width);
	}
}

static void test_catalogue(void)
{
	const char *const *names = mlx5_object_names();
	size_t n = 0;

	ok(mlx5_n_objects == 32, "32 objects");
	for (size_t i = 0; i < mlx5_n_objects; i++) {
		const struct mlx5_object *o = &mlx5_objects[i];
		const struct mlx5_opcode *a = mlx5_opcode_by_value(o->opcode);

		ok(a && mlx5_opcode_scope(a, o->op_mod) == o->scope,
		   "%s: opcode 0x%x allowed at scope %u", o->name, o->opcode, o->scope);
		ok(!o->id || (o->in && prm_find(o->in, o->id)), "%s: id field exists", o->name);
		ok(!o->needs || mlx5_object_input_ok(o, o->needs), "%s: needed input is an input",
		   o->name);
		for (const char *const *p = o->inputs; p && *p; p++)
			ok(o->in && prm_find(o->in, *p) && strcmp(*p, "clear"),
			   "%s: input %s exists and has no side effect", o->name, *p);
		ok(o->out && mlx5_object_out_len(o) >= 16 && mlx5_object_in_len(o) >= 16,
		   "%s: mailboxes", o->name);
	}
	while (names[n])
		n++;
	ok(n == mlx5_n_objects, "completion lists every object");
	ok(mlx5_object_find("QP") == &mlx5_objects[0], "find is case-insensitive");
	ok(!mlx5_object_find("q"), "no prefix matching");
	ok(mlx5_object_input_ok(mlx5_object_find("flow_group"), "table_id") &&
	   mlx5_object_input_ok(mlx5_object_find("flow_group"), "group_id") &&
	   !mlx5_object_input_ok(mlx5_object_find("flow_group"), "opcode"), "input_ok");
}

static json_object *get(json_object *o, const char *p)
{
	char buf[128], *save = NULL, *tok;

	snprintf(buf, sizeof(buf), "%s", p);
	for (tok = strtok_r(buf, ".", &save); tok && o; tok = strtok_r(NULL, ".", &save))
		if (!json_object_object_get_ex(o, tok, &o))
			return NULL;
	return o;
}

static void test_decode(void)
{
	const struct prm_layout *l = &mlx5_prm_obj_query_qp_out;
	size_t len = l->size_bits / 8;
	uint8_t *buf = calloc(1, len);
	json_object *o = json_object_new_object();
	const struct prm_field *f;
	uint32_t off;
	int missing;

	/* state RTS (3), st UD (2), sl 5 in the primary path: set by bit offset */
	f = path(l, "qpc.state", &off);
	buf[off / 8] |= 0x3 << 4;
	f = path(l, "qpc.st", &off);
	buf[off / 8] = 0x2;
	f = path(l, "qpc.primary_address_path.sl", &off);
	ok(f && off % 8 == 4, "sl is the low nibble of a byte");
	buf[off / 8] |= 5;
	missing = prm_decode(l, buf, len, o, 0);
	ok(missing == 0, "full answer decodes completely");
	ok(get(o, "qpc.state") && !strcmp(json_object_get_string(get(o, "qpc.state")), "rts"),
	   "state by name");
	ok(get(o, "qpc.st") && !strcmp(json_object_get_string(get(o, "qpc.st")), "ud"),
	   "type by name");
	ok(get(o, "qpc.primary_address_path.sl") &&
	   json_object_get_int(get(o, "qpc.primary_address_path.sl")) == 5,
	   "nested address path");
	json_object_put(o);

	/* An undefined state value is shown, not hidden. */
	path(l, "qpc.state", &off);
	buf[off / 8] = (uint8_t)((buf[off / 8] & 0x0f) | 0x5 << 4);
	o = json_object_new_object();
	prm_decode(l, buf, len, o, 0);
	ok(get(o, "qpc.state") && !strcmp(json_object_get_string(get(o, "qpc.state")), "unknown_5"),
	   "unknown enum value");
	json_object_put(o);

	/* A short answer: what lies past the end (the whole qpc here) is
	 * counted, never read. */
	o = json_object_new_object();
	missing = prm_decode(l, buf, 40, o, 0);
	ok(missing > 0 && get(o, "ece") && !get(o, "qpc"), "short answer: %d missing", missing);
	json_object_put(o);
	free(buf);

	/* Flow action flags by name. */
	l = &mlx5_prm_obj_query_fte_out;
	len = l->size_bits / 8;
	buf = calloc(1, len);
	o = json_object_new_object();
	path(l, "flow_context.action", &off);
	buf[off / 8 + 1] = 0x4 | 0x8;
	prm_decode(l, buf, len, o, 0);
	ok(get(o, "flow_context.action") &&
	   !strcmp(json_object_to_json_string_ext(get(o, "flow_context.action"),
						  JSON_C_TO_STRING_PLAIN), "[\"fwd_dest\",\"count\"]"),
	   "flow actions as names");
	json_object_put(o);
	free(buf);
}

/* Tails: counts come from the answer, bounded by max and by its length. */
static void test_tails(void)
{
	const struct mlx5_object *o = mlx5_object_find("rqt");
	size_t len = mlx5_object_out_len(o);
	uint8_t *buf = calloc(1, len);
	json_object *j, *a;
	uint32_t off;

	ok(len == 272 + 256 * 4, "rqt out mailbox has room for 256 RQs (%zu)", len);
	path(o->out, "rqt_context.rqt_actual_size", &off);
	buf[off / 8] = 0; buf[off / 8 + 1] = 3;
	buf[272 + 3] = 0x10; buf[276 + 3] = 0x11; buf[280 + 2] = 0x1; buf[280 + 3] = 0x12;
	j = mlx5_object_decode(o, buf, len);
	a = get(j, "rq_num");
	ok(a && json_object_array_length(a) == 3 &&
	   json_object_get_int(json_object_array_get_idx(a, 2)) == 0x112, "three RQs decoded");
	json_object_put(j);
	/* The answer stops after two entries: only two are read. */
	j = mlx5_object_decode(o, buf, 272 + 8);
	ok(get(j, "rq_num") && json_object_array_length(get(j, "rq_num")) == 2, "bounded by length");
	json_object_put(j);
	/* A count beyond the room: capped and flagged. */
	buf[off / 8] = 0xff; buf[off / 8 + 1] = 0xff;
	j = mlx5_object_decode(o, buf, len);
	ok(get(j, "rq_num") && json_object_array_length(get(j, "rq_num")) == 256 &&
	   get(j, "rq_num_truncated"), "capped at max and flagged");
	json_object_put(j);
	free(buf);

	o = mlx5_object_find("flow_table_entry");
	len = mlx5_object_out_len(o);
	buf = calloc(1, len);
	path(o->out, "flow_context.destination_list_size", &off);
	buf[off / 8 + 2] = 2;
	path(o->out, "flow_context.flow_counter_list_size", &off);
	buf[off / 8 + 2] = 1;
	buf[832] = 0x2; buf[832 + 3] = 0x10;      /* TIR 0x10 */
	buf[840] = 0x1; buf[840 + 3] = 0x05;      /* flow table 5 */
	buf[848 + 3] = 9;                         /* counter 9 */
	j = mlx5_object_decode(o, buf, len);
	ok(get(j, "destination") && json_object_array_length(get(j, "destination")) == 2 &&
	   !strcmp(json_object_get_string(get(json_object_array_get_idx(get(j, "destination"), 1),
					      "destination_type")), "flow_table"),
	   "destinations decoded with type names");
	ok(get(j, "flow_counter") && json_object_array_length(get(j, "flow_counter")) == 1 &&
	   json_object_get_int(json_object_array_get_idx(get(j, "flow_counter"), 0)) == 9,
	   "counters follow the destinations");
	json_object_put(j);
	free(buf);
}

int main(void)
{
	test_tables();
	test_catalogue();
	test_decode();
	test_tails();
	return tap_done();
}
