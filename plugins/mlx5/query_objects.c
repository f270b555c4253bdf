// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * The catalogue of `fwctl mlx5 query`: every object query of the kernel's
 * mlx5 fwctl allow-list (drivers/fwctl/mlx5/main.c) whose layout is public
 * in include/linux/mlx5/mlx5_ifc.h.  Opcodes and op_mod values are the
 * PRM's; scopes are what the allow-list demands (QUERY_HCA_VPORT_CONTEXT
 * and QUERY_ESW_FUNCTIONS pass at CONFIGURATION, the rest need
 * DEBUG_READ_ONLY).
 */
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "../../lib/abi.h"
#include "prm_objects.h"
#include "../../lib/suggest.h"

#define RO FWCTL_RPC_DEBUG_READ_ONLY
#define CFG FWCTL_RPC_CONFIGURATION

static const char *const in_vport[] = { "other_vport", "vport_number", NULL };
static const char *const in_nic_vport[] = { "other_vport", "vport_number",
					    "allowed_list_type", NULL };
static const char *const in_hca_vport[] = { "other_vport", "port_num", "vport_number", NULL };
static const char *const in_q_counter[] = { "other_vport", "vport_number", "aggregate", NULL };
static const char *const in_flow_table[] = { "table_type", NULL };
static const char *const in_flow_obj[] = { "table_type", "table_id", NULL };
static const char *const in_cong_status[] = { "priority", "cong_protocol", NULL };
static const char *const in_cong_params[] = { "cong_protocol", NULL };
static const char *const in_mkey[] = { "pg_access", NULL };
static const char *const in_pages[] = { "embedded_cpu_function", NULL };

/* x names the layouts: mlx5_prm_obj_query_<x>_in and _out. */
/* rq_num[] after the RQT context (bit 0x100 + 0x780); bounded at 256. */
static const struct mlx5_object_tail rqt_tails[] = {
	{ "rq_num", "rqt_context.rqt_actual_size", &mlx5_prm_obj_rq_num, 256 },
	{ NULL },
};
/* destination[] after the flow context (bit 0x200 + 0x1800). */
static const struct mlx5_object_tail fte_tails[] = {
	{ "destination", "flow_context.destination_list_size", &mlx5_prm_obj_dest_format, 64 },
	{ "flow_counter", "flow_context.flow_counter_list_size", &mlx5_prm_obj_flow_counter_list, 64 },
	{ NULL },
};

#define OBJ(n, cmd, op, sc, x, idf, req, inp, sum) \
	{ .name = (n), .command = (cmd), .opcode = (op), .scope = (sc), \
	  .in = &mlx5_prm_obj_query_##x##_in, .out = &mlx5_prm_obj_query_##x##_out, \
	  .id = (idf), .id_required = (req), .inputs = (inp), .summary = (sum) }
/* Commands whose in mailbox is the bare header. */
#define OBJ_NOIN(n, cmd, op, sc, x, sum) \
	{ .name = (n), .command = (cmd), .opcode = (op), .scope = (sc), \
	  .out = &mlx5_prm_obj_query_##x##_out, .summary = (sum) }
/* x is pasted into a name, it cannot be parenthesized. */
// NOLINTNEXTLINE(bugprone-macro-parentheses)
#define Q(x) &mlx5_prm_obj_query_##x##_in, &mlx5_prm_obj_query_##x##_out

const struct mlx5_object mlx5_objects[] = {
	OBJ("qp", "QUERY_QP", 0x50b, RO, qp, "qpn", true, NULL,
	    "queue pair context: state, type, address paths, counters"),
	OBJ("dct", "QUERY_DCT", 0x713, RO, dct, "dctn", true, NULL,
	    "DC target context"),
	OBJ("cq", "QUERY_CQ", 0x402, RO, cq, "cqn", true, NULL,
	    "completion queue context: arm state, producer/consumer counters"),
	OBJ("eq", "QUERY_EQ", 0x303, RO, eq, "eq_number", true, NULL,
	    "event queue context and event bitmask"),
	OBJ("sq", "QUERY_SQ", 0x907, RO, sq, "sqn", true, NULL,
	    "send queue context and its work queue"),
	OBJ("rq", "QUERY_RQ", 0x90b, RO, rq, "rqn", true, NULL,
	    "receive queue context and its work queue"),
	OBJ("srq", "QUERY_SRQ", 0x702, RO, srq, "srqn", true, NULL,
	    "shared receive queue context"),
	OBJ("xrq", "QUERY_XRQ", 0x719, RO, xrq, "xrqn", true, NULL,
	    "XRQ (tag matching) context"),
	OBJ("xrc_srq", "QUERY_XRC_SRQ", 0x707, RO, xrc_srq, "xrc_srqn", true, NULL,
	    "XRC shared receive queue context"),
	OBJ("rmp", "QUERY_RMP", 0x90f, RO, rmp, "rmpn", true, NULL,
	    "receive memory pool context"),
	OBJ("tir", "QUERY_TIR", 0x903, RO, tir, "tirn", true, NULL,
	    "transport interface receive: dispatch, hashing, LRO"),
	OBJ("tis", "QUERY_TIS", 0x915, RO, tis, "tisn", true, NULL,
	    "transport interface send context"),
	{ .name = "rqt", .command = "QUERY_RQT", .opcode = 0x919, .scope = RO,
	  .in = &mlx5_prm_obj_query_rqt_in, .out = &mlx5_prm_obj_query_rqt_out,
	  .id = "rqtn", .id_required = true, .tail_off = 0x880, .tails = rqt_tails,
	  .summary = "RQ table: sizes and the RQs it spreads over" },
	OBJ("mkey", "QUERY_MKEY", 0x201, RO, mkey, "mkey_index", true, in_mkey,
	    "memory key context"),
	OBJ("q_counter", "QUERY_Q_COUNTER", 0x773, RO, q_counter, "counter_set_id", true,
	    in_q_counter, "queue counter set (never cleared by this tool)"),
	OBJ("vport_state", "QUERY_VPORT_STATE", 0x750, RO, vport_state, NULL, false, in_vport,
	    "vport admin and operational state (op_mod 0 vnic, 1 esw, 2 uplink)"),
	OBJ("nic_vport_context", "QUERY_NIC_VPORT_CONTEXT", 0x754, RO, nic_vport_context,
	    NULL, false, in_nic_vport, "NIC vport context: MTU, MAC, promiscuity, RoCE"),
	OBJ("esw_vport_context", "QUERY_ESW_VPORT_CONTEXT", 0x752, RO, esw_vport_context,
	    NULL, false, in_vport, "e-switch vport context: VLAN strip/insert"),
	OBJ("hca_vport_context", "QUERY_HCA_VPORT_CONTEXT", 0x762, CFG, hca_vport_context,
	    NULL, false, in_hca_vport, "HCA vport context: port state, GUIDs, LID"),
	OBJ("vport_counter", "QUERY_VPORT_COUNTER", 0x770, RO, vport_counter, NULL, false,
	    in_hca_vport, "vport traffic counters (never cleared by this tool)"),
	OBJ("vnic_env", "QUERY_VNIC_ENV", 0x76f, RO, vnic_env, NULL, false, in_vport,
	    "vNIC environment diagnostics: drops, buffer overruns"),
	OBJ("flow_table", "QUERY_FLOW_TABLE", 0x932, RO, flow_table, "table_id", true,
	    in_flow_table, "flow table context (table_type=nic_rx|nic_tx|fdb|...)"),
	{ .name = "flow_group", .command = "QUERY_FLOW_GROUP", .opcode = 0x935, .scope = RO,
	  .in = &mlx5_prm_obj_query_flow_group_in, .out = &mlx5_prm_obj_query_flow_group_out,
	  .id = "group_id", .id_required = true, .inputs = in_flow_obj, .needs = "table_id",
	  .summary = "flow group: index range and match criteria" },
	{ .name = "flow_table_entry", .command = "QUERY_FLOW_TABLE_ENTRY", .opcode = 0x937,
	  .scope = RO, .in = &mlx5_prm_obj_query_fte_in, .out = &mlx5_prm_obj_query_fte_out,
	  .id = "flow_index", .id_required = true, .inputs = in_flow_obj, .needs = "table_id",
	  .tail_off = 0x1a00, .tails = fte_tails,
	  .summary = "flow table entry: action, match value, destinations, counters" },
	OBJ("cong_status", "QUERY_CONG_STATUS", 0x822, RO, cong_status, NULL, false,
	    in_cong_status, "congestion control enable per priority and protocol"),
	OBJ("cong_params", "QUERY_CONG_PARAMS", 0x824, RO, cong_params, NULL, false,
	    in_cong_params, "congestion control parameters"),
	OBJ("cong_statistics", "QUERY_CONG_STATISTICS", 0x826, RO, cong_statistics, NULL,
	    false, NULL, "congestion control statistics (never cleared by this tool)"),
	OBJ_NOIN("special_contexts", "QUERY_SPECIAL_CONTEXTS", 0x203, RO, special_contexts,
		 "reserved lkey and special mkeys"),
	OBJ_NOIN("issi", "QUERY_ISSI", 0x10a, RO, issi,
		 "current and supported interface step sequence ids"),
	OBJ_NOIN("lag", "QUERY_LAG", 0x842, RO, lag, "link aggregation context"),
	OBJ_NOIN("esw_functions", "QUERY_ESW_FUNCTIONS", 0x740, CFG, esw_functions,
		 "e-switch host functions: VFs, SFs, host PF state"),
	{ .name = "pages", .command = "QUERY_PAGES", .opcode = 0x107, .op_mod = 3, .scope = RO,
	  .in = &mlx5_prm_obj_query_pages_in, .out = &mlx5_prm_obj_query_pages_out,
	  .id = "function_id", .id_required = false, .inputs = in_pages,
	  .summary = "pages the firmware wants (op_mod 1 boot, 2 init, 3 regular)" },
};
const size_t mlx5_n_objects = sizeof(mlx5_objects) / sizeof(mlx5_objects[0]);

const struct mlx5_object *mlx5_object_find(const char *name)
{
	for (size_t i = 0; i < mlx5_n_objects; i++)
		if (fwctl_name_eq(name, mlx5_objects[i].name))
			return &mlx5_objects[i];
	return NULL;
}

const char *const *mlx5_object_names(void)
{
	static const char *names[sizeof(mlx5_objects) / sizeof(mlx5_objects[0]) + 1];

	for (size_t i = 0; i < mlx5_n_objects; i++)
		names[i] = mlx5_objects[i].name;
	names[mlx5_n_objects] = NULL;
	return names;
}

bool mlx5_object_input_ok(const struct mlx5_object *o, const char *field)
{
	if (o->id && !strcmp(o->id, field))
		return true;
	for (const char *const *p = o->inputs; p && *p; p++)
		if (!strcmp(*p, field))
			return true;
	return false;
}

size_t mlx5_object_in_len(const struct mlx5_object *o)
{
	return o->in ? o->in->size_bits / 8 : 16;
}

size_t mlx5_object_out_len(const struct mlx5_object *o)
{
	size_t bits = o->out->size_bits;

	if (o->tails) {
		bits = o->tail_off;
		for (const struct mlx5_object_tail *t = o->tails; t->name; t++)
			bits += (size_t)t->max * t->elem->size_bits;
	}
	return bits / 8;
}

const struct prm_layout *const mlx5_object_layouts[] = {
	Q(qp), Q(dct), Q(cq), Q(eq), Q(sq), Q(rq), Q(srq), Q(xrq), Q(xrc_srq), Q(rmp),
	Q(tir), Q(tis), Q(rqt), Q(mkey), Q(q_counter), Q(vport_state), Q(nic_vport_context),
	Q(esw_vport_context), Q(hca_vport_context), Q(vport_counter), Q(vnic_env),
	Q(flow_table), Q(flow_group), Q(fte), Q(cong_status), Q(cong_params),
	Q(cong_statistics), &mlx5_prm_obj_query_special_contexts_out,
	&mlx5_prm_obj_query_issi_out, &mlx5_prm_obj_query_lag_out,
	&mlx5_prm_obj_query_esw_functions_out, Q(pages), &mlx5_prm_obj_rq_num,
	&mlx5_prm_obj_dest_format, &mlx5_prm_obj_flow_counter_list,
};
const size_t mlx5_n_object_layouts = sizeof(mlx5_object_layouts) /
				     sizeof(mlx5_object_layouts[0]);
