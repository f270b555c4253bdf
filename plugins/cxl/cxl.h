/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * CXL memory-device Features over fwctl (shared/kernel-abi.md section 5):
 * the well-known feature table, feature-data layouts, the kernel's Set
 * Feature scope rule, and the three mailbox commands the cxl fwctl driver
 * passes: Get Supported Features, Get Feature, Set Feature.
 * No CLI knowledge here except the ctx used for errors.
 */
#ifndef FWCTL_CXL_H
#define FWCTL_CXL_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "../../lib/abi.h"
#include "../../lib/prm.h"
#include "uapi.h"

struct json_object;
struct fwctl_err;
struct fwctl_handle;

#define CXL_UUID_STR_LEN 37   /* 36 characters + NUL */

/* Strict "xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx" (either case) to uuid_t byte order. */
int cxl_uuid_parse(const char *s, uint8_t out[16]);
void cxl_uuid_format(const uint8_t u[16], char out[CXL_UUID_STR_LEN]);

/* A feature the CXL specification (or the kernel's cxl_test) defines. */
struct cxl_known_feat {
	const char *name;              /* CLI name: "patrol-scrub" */
	const char *title;             /* "Device Patrol Scrub Control" */
	const char *uuid;
	bool kernel_exclusive;         /* the kernel keeps it (features.c list) */
	const struct prm_layout *rd;   /* readable data layout, NULL = hex only */
	const struct prm_layout *wr;   /* writable data layout, NULL = hex only */
	/* Readable data made of a header and repeated records (ECS media FRUs). */
	const struct prm_layout *rd_rec;
	uint32_t rd_rec_off;           /* byte offset of the first record */
	const struct prm_layout *wr_rec;
	uint32_t wr_rec_off;
	const char *rec_key;           /* JSON key of the records: "media_frus" */
};
extern const struct cxl_known_feat cxl_known_feats[];
extern const size_t cxl_n_known_feats;
const struct cxl_known_feat *cxl_known_by_uuid(const uint8_t uuid[16]);
const struct cxl_known_feat *cxl_known_by_name(const char *name);
/* NULL-terminated: every name, for completion. */
const char *const *cxl_feature_names(void);

/* One Supported Feature Entry, in host order. */
struct cxl_feat {
	uint8_t uuid[16];
	uint16_t id, get_size, set_size;
	uint32_t flags;
	uint8_t get_ver, set_ver;
	uint16_t effects;
};

struct cxl_feat_list {
	struct cxl_feat *v;
	size_t n;
	uint16_t supported;   /* total the device reports */
};
void cxl_feat_list_free(struct cxl_feat_list *l);
const struct cxl_feat *cxl_feat_find(const struct cxl_feat_list *l, const uint8_t uuid[16]);

/* Layout of the 48-byte Supported Feature Entry (CXL r3.2 Table 8-109). */
extern const struct prm_layout cxl_feat_entry_layout;

/*
 * Parse one Get Supported Features answer (fwctl out header + list header
 * + entries), as the kernel produced it in out_len bytes, and append its
 * entries to l (at most `room` more).  Checks every length against every
 * count; the retval is the policy's (a reply it passed has retval 0).
 * Returns the number of entries appended, or -1 with err set.
 */
int cxl_parse_sup_page(const uint8_t *out, size_t out_len, size_t room,
		       struct cxl_feat_list *l, struct fwctl_err *err);
/* The decoded entry as JSON (uuid, name, sizes, flags, versions, effects, set scope). */
struct json_object *cxl_feat_json(const struct cxl_feat *f);

/*
 * The kernel's Set Feature rule (cxlctl_validate_set_features plus the
 * exclusive list): 0 and the scope it demands, or -1 and why not.
 */
int cxl_set_scope(const struct cxl_feat *f, uint32_t *scope, const char **why);
/* Effects in words ("takes effect after a cold reset"...), for messages. */
const char *cxl_effect_summary(uint16_t effects);

/* CXL mailbox return code name ("invalid_input"), NULL if unknown. */
const char *cxl_retval_name(uint32_t rc);

/* policy.c: what each RPC is, and the driver the memdevs are bound to. */
extern const struct fwctl_rpc_policy cxl_rpc_policy;
extern const char *const cxl_drivers[];

/*
 * Decode feature data with the feature's layout (readable or writable
 * form) into a new JSON object; NULL when the feature has no layout.
 */
struct json_object *cxl_data_json(const struct cxl_known_feat *k, bool writable,
				  const uint8_t *d, size_t len);

/* ---- the three mailbox commands (mbox.c) ---- */

/* Every entry, paged by start index until the device's total is read. */
int cxl_read_features(struct fwctl_handle *h, uint32_t scope, struct cxl_feat_list *l,
		      unsigned *rpcs, struct fwctl_err *err);
/* Get Feature of f (all get_size bytes), in chunks; buf holds get_size bytes. */
int cxl_get_feature(struct fwctl_handle *h, uint32_t scope, const struct cxl_feat *f,
		    uint8_t selection, uint8_t *buf, unsigned *rpcs, struct fwctl_err *err);
/* Set Feature: one full transfer of data at offset 0.  what names it for
 * the trace, the audit, --dry-run and a --force refusal (NULL: "Set Feature"). */
int cxl_set_feature(struct fwctl_handle *h, uint32_t scope, const struct cxl_feat *f,
		    uint32_t flags, const uint8_t *data, size_t len, const char *what,
		    struct fwctl_err *err);

/* Largest Get Feature read per RPC; the kernel splits it further into mailbox payloads. */
#define CXL_GET_CHUNK 1024u
/* Entries asked for per Get Supported Features RPC. */
#define CXL_SUP_PAGE 64u

#endif
