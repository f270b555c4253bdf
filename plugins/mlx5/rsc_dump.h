/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * mlx5 resource dump over fwctl: the RESOURCE_DUMP register (0xC000) read
 * through ACCESS_REG, inline mode only (upstream fwctl lets userspace create
 * no mkey, so the firmware hands back 208 bytes per RPC).
 *
 * Protocol (learnt from the kernel's diag/rsc_dump.c and mlx5_ifc.h):
 *  - request: segment_type, index1/2, num_of_obj1/2, inline_dump = 1, seq 0;
 *  - reply: size = bytes of inline_data, more_dump, seq_num = request + 1
 *    (4 bits, wraps), device_opaque;
 *  - while more_dump: send again with seq_num, index1/2, num_of_obj1/2,
 *    more_dump and device_opaque copied from the reply, segment_type kept.
 * The concatenated inline data is a stream of segments, each starting with
 * a 4-byte header {length_dw:16, segment_type:16}: INFO, COMMAND, then the
 * resource segments (or MENU, ERROR, NOTICE, REFERENCE), then TERMINATE.
 */
#ifndef FWCTL_MLX5_RSC_DUMP_H
#define FWCTL_MLX5_RSC_DUMP_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "../../lib/device.h"
#include "../../lib/error.h"
#include "../../lib/rpc.h"
#include "../../lib/prm.h"

struct json_object;

enum {
	MLX5_CMD_OP_ACCESS_REG = 0x805,
	MLX5_REG_RESOURCE_DUMP = 0xC000,
	MLX5_ACCESS_REG_OP_READ = 1,
	RSC_ACCESS_HDR_LEN = 16,       /* access_register in/out header */
	RSC_REG_LEN = 256,             /* the resource_dump register */
	RSC_RPC_LEN = RSC_ACCESS_HDR_LEN + RSC_REG_LEN,
	RSC_INLINE_OFF = 48,           /* inline_data inside the register */
	RSC_INLINE_MAX = 208,          /* bytes of data per RPC */
	RSC_SEG_HDR_LEN = 4,
	RSC_MENU_RECORD_LEN = 52,
	RSC_MENU_SEG_HDR_LEN = 8,      /* header + num_of_records */
	RSC_RESOURCE_SEG_HDR_LEN = 16, /* header + reserved + index1 + index2 */
};

/* Segment types in the dump stream and in requests (0xffff asks for the menu). */
enum rsc_seg_type {
	RSC_SEG_RESOURCE_MAX = 0xfeff,   /* 0..0xfeff: resource segments */
	RSC_SEG_NOTICE = 0xfff9,
	RSC_SEG_COMMAND = 0xfffa,
	RSC_SEG_TERMINATE = 0xfffb,
	RSC_SEG_ERROR = 0xfffc,
	RSC_SEG_REFERENCE = 0xfffd,
	RSC_SEG_INFO = 0xfffe,
	RSC_SEG_MENU = 0xffff,
};

/* Layouts (PRM_BE), one table each; also used by the unit tests. */
extern const struct prm_layout rsc_reg_layout;          /* resource_dump register */
extern const struct prm_layout rsc_menu_record_layout;  /* 52-byte menu record */
extern const struct prm_layout rsc_seg_hdr_layout;
extern const struct prm_layout rsc_info_seg_layout;
extern const struct prm_layout rsc_cmd_seg_layout;
extern const struct prm_layout rsc_error_seg_layout;
extern const struct prm_layout rsc_notice_seg_layout;
extern const struct prm_layout rsc_reference_seg_layout;
extern const struct prm_layout rsc_resource_seg_layout;
extern const struct prm_enum rsc_seg_type_names[];

/* "INFO", "TERMINATE", ..., "RESOURCE" for 0..0xfeff, "UNKNOWN" otherwise. */
const char *rsc_seg_kind_name(uint16_t type);

/* ---- the menu ---- */

struct rsc_menu_entry {
	uint16_t segment_type;
	char name[17], index1_name[17], index2_name[17];
	bool support_index1, must_have_index1;
	bool support_index2, must_have_index2;
	bool support_num_obj1, must_have_num_obj1, num_obj1_all, num_obj1_active;
	bool support_num_obj2, must_have_num_obj2, num_obj2_all, num_obj2_active;
};

struct rsc_menu {
	struct rsc_menu_entry *e;
	size_t n;
};

/*
 * Decode a whole menu dump stream (INFO, COMMAND, MENU, TERMINATE...).
 * Every count and length is checked against len; records beyond the
 * segment are an error.  Returns 0 or -1 with err (PROTOCOL).
 */
int rsc_menu_parse(const uint8_t *buf, size_t len, struct rsc_menu *menu, struct fwctl_err *err);
void rsc_menu_free(struct rsc_menu *menu);
/* Find by exact name (case-insensitive) or by number ("0x1000", "4096"). */
const struct rsc_menu_entry *rsc_menu_find(const struct rsc_menu *menu, const char *name);
/* JSON array of the entries. */
struct json_object *rsc_menu_to_json(const struct rsc_menu *menu);

/* ---- decoded view of a dump stream ---- */

/*
 * Decode the segments of a dump stream into a JSON array of records
 * {type, type_hex, kind, length, ... fields ..., payload_hex}.  Stops at
 * TERMINATE.  Returns 0 (complete), or -1 with err on a malformed stream
 * (the records decoded so far stay in `into`).
 */
int rsc_segments_to_json(const uint8_t *buf, size_t len, struct json_object *into,
			 struct fwctl_err *err);

/* ---- streaming segment walker (headers only: cheap per byte) ---- */

struct rsc_walker {
	uint64_t off;            /* stream offset of the next byte */
	uint64_t seg_left;       /* body bytes of the current segment still to come */
	uint8_t hdr[RSC_SEG_HDR_LEN];
	unsigned int hdr_have;
	bool in_segment;
	bool terminated;
	uint64_t n_segments;
	/* The first ERROR segment (syndrome and text) stops the dump. */
	uint16_t cur_type;
	uint64_t seg_off;        /* stream offset of the current segment's header */
	uint8_t cap[48];         /* head of an ERROR segment */
	unsigned int cap_have, cap_want;
	bool error_seen;
	uint16_t error_syndrome;
	char error_text[33];
};

void rsc_walker_init(struct rsc_walker *w);
/* Feed bytes; -1 with err on a malformed stream or data after TERMINATE. */
int rsc_walker_feed_bytes(struct rsc_walker *w, const uint8_t *p, size_t n,
			  struct fwctl_err *err);
/*
 * The same, with the common case of a dump inline: the bytes fall inside
 * the body of a segment that is only counted (no header, no ERROR head to
 * keep, the segment does not end).  The call was a sixth of the tool's
 * instructions per RPC.
 */
static inline int rsc_walker_feed(struct rsc_walker *w, const uint8_t *p, size_t n,
				  struct fwctl_err *err)
{
	if (w->in_segment && n < w->seg_left && w->cap_have >= w->cap_want) {
		w->off += n;
		w->seg_left -= n;
		return 0;
	}
	return rsc_walker_feed_bytes(w, p, n, err);
}
/* At the end of the dump: -1 unless the stream ended cleanly with TERMINATE. */
int rsc_walker_finish(const struct rsc_walker *w, struct fwctl_err *err);

/* ---- one dump session ---- */

struct rsc_key {
	uint16_t segment_type;
	uint32_t index1, index2;
	uint16_t num_obj1, num_obj2;
};

/* Per-RPC trace sink (the -v trace); called after each reply. */
typedef void (*rsc_trace_fn)(void *ctx, uint64_t rpc, unsigned int seq, size_t bytes,
			     bool more, uint64_t usec);

struct rsc_dump {
	struct fwctl_handle *h;
	uint32_t scope;
	const char *what;            /* "RESOURCE_DUMP <segment>" for traces/errors */
	uint8_t in[RSC_RPC_LEN];     /* reused for every RPC: nothing is allocated per RPC */
	uint8_t out[RSC_RPC_LEN];
	struct fwctl_rpc_args args;  /* in -> out, built once by rsc_dump_init */
	struct fwctl_rpc_class cls;  /* of every request of the dump (args.cls) */
	unsigned int seq;            /* seq_num sent in the current request */
	bool started, finished;
	uint64_t rpcs, bytes;
	uint64_t max_bytes;          /* 0 = no limit */
	unsigned int empty_run;      /* consecutive replies with more_dump but no data */
	rsc_trace_fn trace; void *trace_ctx;
};

/* Bound on replies that say "more" but carry nothing. */
#define RSC_MAX_EMPTY_REPLIES 16

void rsc_dump_init(struct rsc_dump *d, struct fwctl_handle *h, uint32_t scope,
		   const struct rsc_key *key, const char *what);
/*
 * One RPC.  On success *data and *len point at this reply's inline data (valid
 * until the next call) and the return is 1 if more follows, 0 if this was
 * the last reply.  -1 with err: delivery failed (kernel errno, timeout,
 * interrupt), the firmware's status was an error, or the reply broke the
 * protocol (size > 208, seq_num out of order, endless empty replies,
 * more than max_bytes).
 */
int rsc_dump_next(struct rsc_dump *d, const uint8_t **data, size_t *len, struct fwctl_err *err);

/* Check one reply register against the request (exposed for unit tests). */
int rsc_reply_check(const uint8_t *reg_in, const uint8_t *reg_out, size_t *size, bool *more,
		    struct fwctl_err *err);

/* Fetch the whole menu stream into memory (bounded) and parse it. */
int rsc_menu_fetch(struct fwctl_handle *h, uint32_t scope, struct rsc_menu *menu,
		   uint64_t *rpcs, struct fwctl_err *err);

#endif
