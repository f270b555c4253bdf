/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * mlx5 object queries (QUERY_QP, QUERY_CQ, QUERY_NIC_VPORT_CONTEXT...):
 * the in/out mailbox layouts (prm_objects*.c, transcribed from
 * include/linux/mlx5/mlx5_ifc.h) and the catalogue of queryable objects
 * (query_objects.c) that `fwctl mlx5 query` and its tests walk.
 */
#ifndef FWCTL_MLX5_PRM_OBJECTS_H
#define FWCTL_MLX5_PRM_OBJECTS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "../../lib/prm.h"

/* In (command) and out (answer) mailboxes, headers included: bit 0 is the
 * first bit of the 16-byte header, as in mlx5_ifc.h. */
extern const struct prm_layout
	mlx5_prm_obj_query_qp_in, mlx5_prm_obj_query_qp_out,
	mlx5_prm_obj_query_dct_in, mlx5_prm_obj_query_dct_out,
	mlx5_prm_obj_query_cq_in, mlx5_prm_obj_query_cq_out,
	mlx5_prm_obj_query_eq_in, mlx5_prm_obj_query_eq_out,
	mlx5_prm_obj_query_sq_in, mlx5_prm_obj_query_sq_out,
	mlx5_prm_obj_query_rq_in, mlx5_prm_obj_query_rq_out,
	mlx5_prm_obj_query_srq_in, mlx5_prm_obj_query_srq_out,
	mlx5_prm_obj_query_xrq_in, mlx5_prm_obj_query_xrq_out,
	mlx5_prm_obj_query_xrc_srq_in, mlx5_prm_obj_query_xrc_srq_out,
	mlx5_prm_obj_query_rmp_in, mlx5_prm_obj_query_rmp_out,
	mlx5_prm_obj_query_tir_in, mlx5_prm_obj_query_tir_out,
	mlx5_prm_obj_query_tis_in, mlx5_prm_obj_query_tis_out,
	mlx5_prm_obj_query_rqt_in, mlx5_prm_obj_query_rqt_out,
	mlx5_prm_obj_query_mkey_in, mlx5_prm_obj_query_mkey_out,
	mlx5_prm_obj_query_q_counter_in, mlx5_prm_obj_query_q_counter_out,
	mlx5_prm_obj_query_vport_state_in, mlx5_prm_obj_query_vport_state_out,
	mlx5_prm_obj_query_nic_vport_context_in, mlx5_prm_obj_query_nic_vport_context_out,
	mlx5_prm_obj_query_esw_vport_context_in, mlx5_prm_obj_query_esw_vport_context_out,
	mlx5_prm_obj_query_hca_vport_context_in, mlx5_prm_obj_query_hca_vport_context_out,
	mlx5_prm_obj_query_vport_counter_in, mlx5_prm_obj_query_vport_counter_out,
	mlx5_prm_obj_query_vnic_env_in, mlx5_prm_obj_query_vnic_env_out,
	mlx5_prm_obj_query_flow_table_in, mlx5_prm_obj_query_flow_table_out,
	mlx5_prm_obj_query_flow_group_in, mlx5_prm_obj_query_flow_group_out,
	mlx5_prm_obj_query_fte_in, mlx5_prm_obj_query_fte_out,
	mlx5_prm_obj_query_cong_status_in, mlx5_prm_obj_query_cong_status_out,
	mlx5_prm_obj_query_cong_params_in, mlx5_prm_obj_query_cong_params_out,
	mlx5_prm_obj_query_cong_statistics_in, mlx5_prm_obj_query_cong_statistics_out,
	mlx5_prm_obj_query_special_contexts_out, mlx5_prm_obj_query_issi_out,
	mlx5_prm_obj_query_lag_out, mlx5_prm_obj_query_esw_functions_out,
	mlx5_prm_obj_query_pages_in, mlx5_prm_obj_query_pages_out;

/*
 * A variable-length array after the fixed answer (the RQ list of an RQT,
 * the destinations and counters of a flow entry).  Its length is a field
 * of the answer, bounded by `max` (the out mailbox has room for max
 * elements); a second tail of the same object starts where the first ends.
 */
struct mlx5_object_tail {
	const char *name;             /* JSON key, e.g. "rq_num" */
	const char *count;            /* path of the count field: "rqt_context.rqt_actual_size" */
	const struct prm_layout *elem;
	uint32_t max;
};

/* One queryable object. */
struct mlx5_object {
	const char *name;             /* "qp": the command-line name */
	const char *command;          /* "QUERY_QP" */
	uint16_t opcode;
	uint16_t op_mod;              /* default op_mod (--op-mod overrides) */
	uint32_t scope;               /* least scope the kernel's allow-list accepts */
	const struct prm_layout *in;  /* NULL: the 16-byte header is the whole command */
	const struct prm_layout *out;
	const char *id;               /* in field --id sets; NULL: the object has none */
	bool id_required;             /* no default instance without --id */
	/* Other in fields the user may set as FIELD=VALUE (NULL-terminated,
	 * may be NULL).  Fields with side effects (clear) are never listed. */
	const char *const *inputs;
	const char *needs;            /* an input that must be given (table_id), or NULL */
	uint32_t tail_off;            /* bit offset of the first tail in the out mailbox */
	const struct mlx5_object_tail *tails;   /* {NULL}-terminated, may be NULL */
	const char *summary;
};

extern const struct mlx5_object mlx5_objects[];
extern const size_t mlx5_n_objects;
const struct mlx5_object *mlx5_object_find(const char *name);   /* case-insensitive */
const char *const *mlx5_object_names(void);                     /* completion */
/* After the object's name: FIELD= for its id and each of its other inputs. */
const char *const *mlx5_object_next_words(int argc, char *const *argv);
/* Is `field` the id or one of the inputs of o? */
bool mlx5_object_input_ok(const struct mlx5_object *o, const char *field);
/* Bytes of the in / out mailboxes (out: room for every tail's max). */
size_t mlx5_object_in_len(const struct mlx5_object *o);
size_t mlx5_object_out_len(const struct mlx5_object *o);

/*
 * Decode an answer (out mailbox of len bytes): every field of o->out, then
 * each tail as a JSON array under its name (counts bounded by max and
 * len).  Returns a new JSON object.
 */
struct json_object *mlx5_object_decode(const struct mlx5_object *o, const uint8_t *out,
				       size_t len);

/* Every layout above (for the self-check unit test and the fuzzer). */
extern const struct prm_layout mlx5_prm_obj_rq_num, mlx5_prm_obj_dest_format,
	mlx5_prm_obj_flow_counter_list;
extern const struct prm_layout *const mlx5_object_layouts[];
extern const size_t mlx5_n_object_layouts;

#endif
