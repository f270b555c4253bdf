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
/* fwctl list --long hook (fwver.c). */
int pds_firmware_version(struct fwctl_ctx *ctx, char *buf, size_t len);

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
/* Send m at scope: 0 with m->reply filled from an answer the policy
 * accepted (echo intact, retval 0), or -1 with err set (a non-zero
 * retval is a firmware error, exit 5). */
int pds_send(struct fwctl_handle *h, uint32_t scope, struct pds_msg *m, struct fwctl_err *err);

/* policy.c: the classification of one operation (catalogue entry op, or
 * NULL: the firmware's scope rule), the policy, the driver name. */
void pds_rpc_class(const struct pds_op *op, uint32_t ep, uint32_t op_word, uint32_t scope,
		   struct fwctl_rpc_class *c);
extern const struct fwctl_rpc_policy pds_rpc_policy;
extern const char *const pds_drivers[];
void pds_device_data_json(const uint8_t *data, uint32_t len, struct json_object *into);

/* The scope for op (or the least scope when unknown), checked against
 * --scope (exit 4 below the catalogue's scope, nothing sent). */
int pds_gate(struct fwctl_ctx *ctx, const struct pds_op *op, const char *label, uint32_t *scope);

/*
 * One operation end to end: sizes checked, scope gate, response buffer
 * (m->resp, freed by the caller), send, the exchange emitted
 * (pds_msg_json).  0, or -1 with ctx->err set.
 */
int pds_execute(struct fwctl_ctx *ctx, struct pds_msg *m);

/* Load the catalogue for a command; `need` makes "none found" an error. */
int pds_load_catalog(struct fwctl_ctx *ctx, const char *path, bool need, struct pds_catalog *cat);

#endif
