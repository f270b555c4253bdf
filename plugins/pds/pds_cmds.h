/* SPDX-License-Identifier: GPL-2.0-or-later */
/* The pds command handlers and what they share. */
#ifndef FWCTL_PDS_CMDS_H
#define FWCTL_PDS_CMDS_H

#include "../plugin.h"
#include "pds.h"

/* Without a catalogue's limits the tool still refuses absurd payloads. */
#define PDS_TOOL_MAX_PAYLOAD (1u << 20)
#define PDS_DEFAULT_RESP_LEN 4096u

int pds_cmd_info(struct fwctl_ctx *ctx, void *opts, int argc, char **argv);
int pds_cmd_rpc(struct fwctl_ctx *ctx, void *opts, int argc, char **argv);
int pds_cmd_call(struct fwctl_ctx *ctx, void *opts, int argc, char **argv);
int pds_cmd_catalog(struct fwctl_ctx *ctx, void *opts, int argc, char **argv);
const char *const *pds_complete_ops(void);
int pds_report(struct fwctl_ctx *ctx, struct json_object *into);

struct pds_rpc_opts {
	uint32_t ep, op, op_version;
	bool ep_seen, op_seen;
	const char *in_file, *in_hex, *catalog;
	uint64_t resp_len;
	bool resp_len_seen;
};

struct pds_call_opts {
	const char *catalog;
	uint32_t op_version;
	bool op_version_seen;
};

struct pds_catalog_opts {
	const char *catalog;
};

/* One RPC in flight. */
struct pds_msg {
	const char *label;            /* "counters.read_counters" or "ep 2 op 1" */
	uint32_t ep, op_word;
	const uint8_t *req;
	size_t req_len;
	uint8_t *resp;
	size_t resp_len;
	const struct pds_catalog *cat;   /* limits, may be NULL */
	const struct pds_op *op;         /* catalogue entry, may be NULL */
	struct pds_reply reply;          /* filled by pds_send */
};

int pds_check_sizes(const struct pds_msg *m, struct fwctl_err *err);
int pds_send(struct fwctl_handle *h, uint32_t scope, struct pds_msg *m, struct fwctl_err *err);
/* Record out.retval != 0 as a firmware error (exit 5); returns -1. */
int pds_fw_error(struct fwctl_err *err, const struct pds_msg *m);

/*
 * The scope for op (or the least scope when unknown), checked against
 * --scope, and the --force gate for writes.  Sets h->allow_write.
 */
int pds_gate(struct fwctl_ctx *ctx, const struct pds_op *op, const char *label, uint32_t *scope);

/*
 * One operation end to end: sizes checked, scope gate, response buffer
 * (m->resp, freed by the caller), send, out.retval as a firmware error,
 * the exchange emitted (pds_msg_json).  0, or -1 with ctx->err set.
 */
int pds_execute(struct fwctl_ctx *ctx, struct pds_msg *m);

/* Load the catalogue for a command; `need` makes "none found" an error. */
int pds_load_catalog(struct fwctl_ctx *ctx, const char *path, bool need, struct pds_catalog *cat);

#endif
