/* SPDX-License-Identifier: GPL-2.0-or-later */
/* One FWCTL_RPC, with scope policy, truncation check, trace and audit. */
#ifndef FWCTL_RPC_H
#define FWCTL_RPC_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "device.h"

enum fwctl_rpc_flags {
	/* Return success with *out_len > out_cap instead of FWCTL_ERR_TRUNCATED
	 * (the raw rpc command shows what arrived and reports the rest). */
	FWCTL_RPC_ALLOW_TRUNCATED = 1u << 0,
	/* The caller reads the firmware's status itself (per-item status,
	 * raw commands that show a failed reply): the plugin's reply check
	 * checks lengths only. */
	FWCTL_RPC_OWN_STATUS = 1u << 1,
	/* A read the command needs to build a write (read-modify-write, a
	 * feature lookup): --dry-run sends it; other reads stop a dry run. */
	FWCTL_RPC_FOR_WRITE = 1u << 2,
	/* out holds defined bytes already (zeroed once, or the previous reply
	 * of a loop that reuses it): not cleared before sending.  Bytes past
	 * the reply are cleared after it either way. */
	FWCTL_RPC_OUT_DEFINED = 1u << 3,
};

/* What one request does to the device, as its plugin classifies it. */
enum fwctl_rpc_effect {
	FWCTL_RPC_READS = 0,       /* reads only */
	FWCTL_RPC_WRITES_DEVICE,   /* changes device state (even at a low scope) */
	FWCTL_RPC_UNKNOWN,         /* the plugin cannot tell: treated as a write */
};

struct fwctl_rpc_class {
	enum fwctl_rpc_effect effect;
	bool known;                /* on the plugin's table: min_scope holds */
	/* Shorter than the driver's own header: the kernel refuses it before
	 * any firmware sees it, so it is sent as a read (the kernel's errno
	 * is the answer). */
	bool malformed;
	/* The plugin knows the kernel's allow-list and this request is not on
	 * it: refused before sending (exit 6) unless --force. */
	bool off_allow_list;
	uint32_t min_scope;        /* lowest scope the kernel takes it at */
	size_t reply_min;          /* shortest valid reply in bytes (0 = no rule) */
	char name[64];             /* the request's name in its plugin's words */
	/* What a write does, in plain words ("resets the PCI function..."),
	 * for the --force refusal; NULL = "it changes the device's state". */
	const char *effect_text;
};

struct fwctl_rpc_args {
	uint32_t scope;
	const void *in;
	size_t in_len;
	void *out;            /* bytes past the reply's out_len are zeroed */
	size_t out_cap;
	size_t out_len;       /* result: length the kernel reported */
	const char *what;     /* "QUERY_HCA_CAP GENERAL cur": trace, audit, dry-run */
	unsigned int flags;   /* enum fwctl_rpc_flags */
	/* A classification made once for a loop of like requests (a resource
	 * dump's pages); NULL = classify this request. */
	const struct fwctl_rpc_class *cls;
};

/*
 * A plugin's decisions about each RPC of its device type, applied by
 * fwctl_rpc_call() to every request, whichever command built it.  Every
 * hook is optional; without a policy every request is of unknown effect
 * (it needs --force) and no reply rule applies.
 */
struct fwctl_rpc_policy {
	/* What the request does, from its bytes (a->in, a->in_len, a->scope,
	 * a->out_cap).  c is zeroed and effect UNKNOWN on entry. */
	void (*classify)(const struct fwctl_rpc_args *a, struct fwctl_rpc_class *c);
	/*
	 * A delivered reply (a->out_len bytes, at least c->reply_min): 0 if
	 * it is well formed and the firmware's status is success, else -1
	 * with err set: FWCTL_ERR_TRUNCATED or FWCTL_ERR_PROTOCOL for a
	 * malformed reply, fwctl_err_firmware() for an error status (not
	 * checked with FWCTL_RPC_OWN_STATUS).
	 */
	int (*check_reply)(const struct fwctl_rpc_args *a, const struct fwctl_rpc_class *c,
			   struct fwctl_err *err);
	/* An errno from FWCTL_RPC in this driver's words: true if it set err,
	 * false for the generic explanation. */
	bool (*explain_errno)(const struct fwctl_rpc_args *a, const struct fwctl_rpc_class *c,
			      int errnum, struct fwctl_err *err);
};

/*
 * Send one RPC, applying the policy once for every command:
 *  - classify it (h->policy); a write (device write, unknown effect or a
 *    scope >= DEBUG_WRITE) is refused without --force (h->force; exit 4,
 *    the message says what and whether the kernel will be tainted) and
 *    always when h->never_write; with --force it is audited first; a
 *    request off the kernel's allow-list is refused without --force
 *    (exit 6: the kernel would refuse it too);
 *  - --dry-run (h->dry_run): a read flagged FWCTL_RPC_FOR_WRITE is sent,
 *    every other RPC is shown (h->on_dry_run) and not sent, and the call
 *    fails with FWCTL_ERR_DRY_RUN (exit 0): the command stops there;
 *  - the reply: longer than the buffer or shorter than the class's
 *    reply_min is FWCTL_ERR_TRUNCATED (exit 1) naming both lengths, then
 *    the plugin's check_reply (firmware status: exit 5).
 * Returns 0 when the reply passed, -1 with err set otherwise.
 */
int fwctl_rpc_call(struct fwctl_handle *h, struct fwctl_rpc_args *a, struct fwctl_err *err);

/* After an FWCTL_RPC_OWN_STATUS call whose reply the caller has shown:
 * the plugin's verdict on it, firmware status included; a->in must still
 * hold the request (it is classified again).  0, or -1 with err set
 * (FWCTL_ERR_FIRMWARE for an error status). */
int fwctl_rpc_reply_status(const struct fwctl_handle *h, const struct fwctl_rpc_args *a,
			   struct fwctl_err *err);

/* The policy's classification of a request on this handle. */
void fwctl_rpc_classify(const struct fwctl_handle *h, const struct fwctl_rpc_args *a,
			struct fwctl_rpc_class *c);
/* True if sending it needs --force: a device write, an unknown effect or a
 * scope that taints the kernel. */
bool fwctl_rpc_needs_force(const struct fwctl_rpc_class *c, uint32_t scope);

/* The generic explanation of an errno from FWCTL_RPC (no driver's words). */
int fwctl_rpc_errno_to_err(uint32_t scope, int errnum, struct fwctl_err *err);

/* Set by the CLI's SIGINT/SIGTERM handler; RPC loops stop at the next call
 * (report's worker threads too: atomic, and lock-free so the handler may
 * write it). */
extern _Atomic int fwctl_stop_signal;

#endif
