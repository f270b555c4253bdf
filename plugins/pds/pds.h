/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * The pds plugin (AMD/Pensando DSC).  The RPC is struct fwctl_rpc_pds
 * (uapi.h): endpoint, operation and pointers to the request and response
 * payloads; the kernel hands the struct back with out.retval set.  Which
 * endpoints and operations exist is the firmware's business and cannot be
 * listed through fwctl, so names, scopes and payload layouts come from a
 * JSON catalogue (catalog.c, format in fwctl-pds-call(8)).
 */
#ifndef FWCTL_PDS_H
#define FWCTL_PDS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "../../lib/abi.h"
#include "../../lib/error.h"
#include "../../lib/prm.h"
#include "uapi.h"

/* ---- the kernel's rules (drivers/fwctl/pds/main.c) ---- */

/* Firmware command attributes (PDSFC_FW_CMD_ATTR_*), mapped to scopes by the driver. */
enum {
	PDS_ATTR_READ = 0x00,
	PDS_ATTR_DEBUG_READ = 0x02,
	PDS_ATTR_WRITE = 0x04,
	PDS_ATTR_DEBUG_WRITE = 0x08,
	PDS_ATTR_SYNC = 0x10,
};

/* The driver's mapping: exact values only, anything else is DEBUG_WRITE_FULL. */
uint32_t pds_attr_scope(uint32_t attr);
/* enum pds_core_status_code name ("EINVAL"), NULL if unknown. */
const char *pds_status_name(uint32_t retval);
const char *pds_status_text(uint32_t retval);

/* Operation word: command in bits 15:0, version in bits 23:16. */
static inline uint32_t pds_op_word(uint32_t cmd, uint32_t ver)
{
	return (cmd & FWCTL_PDS_OP_CMD_MASK) | (ver << FWCTL_PDS_OP_VER_SHIFT & FWCTL_PDS_OP_VER_MASK);
}

/* What came back in the 48-byte struct. */
struct pds_reply {
	uint32_t op, ep, in_len, out_len, retval;
};

/*
 * Check the struct the kernel returned (buf/len = fwctl_rpc.out as reported
 * by out_len): long enough to hold out.retval, endpoint, operation and
 * lengths echoed unchanged.  Returns 0 or -1 with err (PROTOCOL) set.  A
 * non-zero retval is not an error here: the policy's reply check (policy.c)
 * runs this for every pds RPC and then judges the retval (exit 5).
 */
int pds_reply_check(const struct fwctl_rpc_pds *sent, const uint8_t *buf, size_t len,
		    struct pds_reply *r, struct fwctl_err *err);
/* Read what came back into r (zeroes past len); checks nothing. */
void pds_reply_parse(const uint8_t *buf, size_t len, struct pds_reply *r);

/* ---- the catalogue ---- */

enum pds_ftype { PDS_F_U8, PDS_F_U16, PDS_F_U32, PDS_F_U64, PDS_F_STRING, PDS_F_BYTES };

struct pds_field {
	char *name;
	char *description;
	enum pds_ftype type;
	uint32_t offset;        /* bytes */
	uint32_t size;          /* bytes of one element */
	uint32_t count;         /* array elements, 1 = scalar */
	char *count_from;       /* response arrays: request field holding the count */
	bool has_default;
	uint64_t def;           /* integer default */
	char *def_str;          /* string default */
	bool required;
	bool hex, flags;
	struct prm_enum *enums; /* {0, NULL}-terminated, NULL if none */
	char *unit;
};

struct pds_layout {
	uint32_t size;          /* bytes */
	struct pds_field *fields;
	size_t n_fields;
	struct prm_field *prm;  /* the same fields as a prm table */
	struct prm_layout pl;
};

struct pds_op {
	char *name;
	char *description;
	uint32_t cmd;           /* bits 15:0 of the operation word */
	uint32_t version;       /* bits 23:16: highest version the catalogue describes */
	uint32_t scope;         /* from "scope" or the driver's mapping of "attr" */
	bool has_attr;
	uint32_t attr;
	bool writes;            /* changes device state: --force */
	struct pds_layout req, resp;
	struct pds_ep *ep;
};

struct pds_ep {
	char *name;
	char *description;
	uint32_t id;
	struct pds_op *ops;
	size_t n_ops;
};

struct pds_catalog {
	char *source;           /* file(s) it came from */
	char *firmware;         /* free text from the catalogue */
	uint32_t max_req_sz, max_resp_sz;   /* 0 = not documented */
	struct pds_ep *eps;
	size_t n_eps;
};

#define PDS_CATALOG_MAX_BYTES (4u << 20)
#define PDS_CATALOG_MAX_EPS 1024u
#define PDS_CATALOG_MAX_OPS 1024u
#define PDS_CATALOG_MAX_FIELDS 256u
#define PDS_CATALOG_MAX_PAYLOAD (1u << 20)   /* per request/response layout */
#define PDS_CATALOG_MAX_ENUMS 256u
#define PDS_NAME_MAX 64u

/*
 * Parse one catalogue document and append its endpoints to cat (several
 * files merge; an endpoint id or name defined twice is an error).
 * Returns 0 or -1 with err set (kind USAGE, message names the JSON path).
 */
int pds_catalog_parse(struct pds_catalog *cat, const char *text, size_t len,
		      const char *source, struct fwctl_err *err);
void pds_catalog_free(struct pds_catalog *cat);

/*
 * Load the catalogue: `path` (a file or directory of *.json) if given, else
 * the first of $FWCTL_PDS_CATALOG, FWCTL_PDS_SYSCONF_DIR, FWCTL_PDS_DATA_DIR
 * that exists.  *found is false (and 0 returned) when no location exists
 * and none was asked for explicitly.
 */
int pds_catalog_load(struct pds_catalog *cat, const char *path, bool *found,
		     struct fwctl_err *err);
/* The search path, in order, for messages and the man page ("a:b:c"). */
const char *pds_catalog_search_path(char *buf, size_t n);

const struct pds_ep *pds_find_ep(const struct pds_catalog *cat, const char *name_or_id);
const struct pds_ep *pds_find_ep_id(const struct pds_catalog *cat, uint32_t id);
const struct pds_op *pds_find_op(const struct pds_ep *ep, const char *name_or_id);
const struct pds_op *pds_find_op_cmd(const struct pds_ep *ep, uint32_t cmd);
/* An endpoint by name or number; NULL with err set (usage, the closest names). */
const struct pds_ep *pds_resolve_ep(const struct pds_catalog *cat, const char *name,
				    struct fwctl_err *err);
/* "ENDPOINT.OPERATION" (names or numbers) -> op; NULL with err set (usage,
 * the closest names). */
const struct pds_op *pds_resolve(const struct pds_catalog *cat, const char *spec,
				 struct fwctl_err *err);

/* ---- payloads ---- */

/*
 * Build the request of op from FIELD=VALUE arguments (defaults for the
 * rest; required fields must be given).  *buf is malloc'd, req.size bytes.
 */
int pds_encode_request(const struct pds_op *op, int argc, char **argv, uint8_t **buf,
		       size_t *len, struct fwctl_err *err);
/*
 * Decode a response into `into` using op's response layout.  Arrays with
 * count_from take their length from that request field.  Returns the number
 * of fields that lay beyond len.
 */
int pds_decode_response(const struct pds_op *op, const uint8_t *req, size_t req_len,
			const uint8_t *resp, size_t resp_len, struct json_object *into);

#endif
