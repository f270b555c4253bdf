// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * One FWCTL_RPC.  This is the hot path of multi-MiB dumps (tens of
 * thousands of calls), so it allocates nothing and formats nothing unless
 * tracing is on.
 */
#include <errno.h>
#include <inttypes.h>
#include <stdio.h>
#include <string.h>
#include <time.h>

#include "rpc.h"

_Atomic int fwctl_stop_signal;

static uint64_t now_ns(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (uint64_t)ts.tv_sec * 1000000000u + (uint64_t)ts.tv_nsec;
}

static bool past_deadline(const struct fwctl_handle *h)
{
	struct timespec now;

	if (!h->deadline.tv_sec && !h->deadline.tv_nsec)
		return false;
	clock_gettime(CLOCK_MONOTONIC, &now);
	return now.tv_sec > h->deadline.tv_sec ||
	       (now.tv_sec == h->deadline.tv_sec && now.tv_nsec >= h->deadline.tv_nsec);
}

static int interrupted(struct fwctl_err *err)
{
	int sig = fwctl_stop_signal;

	fwctl_err_set(err, FWCTL_ERR_INTERRUPTED, EINTR, "interrupted by signal %d", sig);
	err->signo = sig;
	return -1;
}

int fwctl_rpc_errno_to_err(uint32_t scope, int e, struct fwctl_err *err)
{
	const char *sc = fwctl_scope_name(scope);

	switch (e) {
	case ENODEV:
		return fwctl_err_set(err, FWCTL_ERR_NO_DEVICE, e,
				     "the device was removed (ENODEV); it is gone until it is re-probed");
	case EPERM:
	case EACCES:
		if (scope == FWCTL_RPC_DEBUG_WRITE_FULL)
			return fwctl_err_set(err, FWCTL_ERR_PERMISSION, e,
					     "scope debug-write-full needs CAP_SYS_RAWIO, or the driver refused it (%s)",
					     e == EPERM ? "EPERM" : "EACCES");
		return fwctl_err_set(err, FWCTL_ERR_PERMISSION, e,
				     "the kernel refused the RPC at scope %s (%s)", sc,
				     e == EPERM ? "EPERM" : "EACCES");
	case EINVAL:
		return fwctl_err_set(err, FWCTL_ERR_FAILED, e, "the kernel refused the request (EINVAL)");
	case EMSGSIZE:
		return fwctl_err_set(err, FWCTL_ERR_USAGE, e,
				     "buffer size refused (EMSGSIZE): over the kernel's 2 MiB limit "
				     "or under the driver's minimum");
	case EOPNOTSUPP:
		return fwctl_err_set(err, FWCTL_ERR_UNSUPPORTED, e,
				     "the kernel does not support scope %u or this request (EOPNOTSUPP)", scope);
	case E2BIG:
		return fwctl_err_set(err, FWCTL_ERR_UNSUPPORTED, e,
				     "the kernel is older than this tool's request layout (E2BIG)");
	case ENOTTY:
		return fwctl_err_set(err, FWCTL_ERR_UNSUPPORTED, e, "not a fwctl device (ENOTTY)");
	case ETIMEDOUT:
		return fwctl_err_set(err, FWCTL_ERR_TIMEOUT, e, "the firmware did not answer in time");
	case EINTR:
		/* No signal of ours was delivered (that path stops earlier):
		 * a failure, not an interruption by the user. */
		return fwctl_err_set(err, FWCTL_ERR_FAILED, e,
				     "the RPC kept being interrupted (EINTR) although no signal was sent to fwctl");
	default:
		return fwctl_err_set(err, FWCTL_ERR_FAILED, e, "FWCTL_RPC failed: %s", strerror(e));
	}
}

void fwctl_rpc_classify(const struct fwctl_handle *h, const struct fwctl_rpc_args *a,
			struct fwctl_rpc_class *c)
{
	*c = (struct fwctl_rpc_class){ .effect = FWCTL_RPC_UNKNOWN };
	if (h->policy && h->policy->classify)
		h->policy->classify(a, c);
}

/* Static so the per-RPC gate inlines it (an exported function is not
 * inlined in a -fPIC build). */
static bool needs_force(const struct fwctl_rpc_class *c, uint32_t scope)
{
	return scope >= FWCTL_RPC_DEBUG_WRITE || (c->effect != FWCTL_RPC_READS && !c->malformed);
}

bool fwctl_rpc_needs_force(const struct fwctl_rpc_class *c, uint32_t scope)
{
	return needs_force(c, scope);
}

static const char *rpc_name(const struct fwctl_rpc_args *a, const struct fwctl_rpc_class *c)
{
	return a->what ? a->what : c->name[0] ? c->name : "an unclassified RPC";
}

/* The one refusal of a write: what it is, at which scope, and what --force means. */
static int refuse_write(const struct fwctl_handle *h, const struct fwctl_rpc_args *a,
			const struct fwctl_rpc_class *c, struct fwctl_err *err)
{
	bool taints = a->scope >= FWCTL_RPC_DEBUG_WRITE;
	const char *effect = c->effect_text ? c->effect_text
			   : c->effect == FWCTL_RPC_WRITES_DEVICE ? "it changes the device's state"
			   : c->effect == FWCTL_RPC_UNKNOWN ? "fwctl cannot tell whether it changes the device"
			   : "it only reads";

	if (h->never_write)
		return fwctl_err_set(err, FWCTL_ERR_PERMISSION, EPERM,
				     "refusing to send %s at scope %s: this command only reads (%s%s)",
				     rpc_name(a, c), fwctl_scope_name(a->scope), effect,
				     taints ? ", and the scope taints the kernel" : "");
	return fwctl_err_set(err, FWCTL_ERR_PERMISSION, EPERM,
			     "refusing to send %s at scope %s without --force: %s%s",
			     rpc_name(a, c), fwctl_scope_name(a->scope), effect,
			     taints ? "; the scope taints the kernel (TAINT_FWCTL)" : "");
}

/* The checks before sending: 0 to send, -1 with err set (dry run included). */
static int rpc_gate(struct fwctl_handle *h, struct fwctl_rpc_args *a,
		    const struct fwctl_rpc_class *c, struct fwctl_err *err)
{
	bool write = needs_force(c, a->scope);

	if (write && h->never_write)
		return refuse_write(h, a, c, err);
	if (h->dry_run) {
		bool send = !write && ((a->flags & FWCTL_RPC_FOR_WRITE) || h->building_write);

		if (h->on_dry_run)
			h->on_dry_run(h->on_dry_run_ctx, h, a, c, send);
		if (send)
			return 0;
		return fwctl_err_set(err, FWCTL_ERR_DRY_RUN, 0, "dry run: %s was not sent",
				     rpc_name(a, c));
	}
	if (c->off_allow_list && !h->force)
		return fwctl_err_set(err, FWCTL_ERR_UNSUPPORTED, EPERM,
				     "%s is not on the kernel's allow-list for this driver; nothing was sent "
				     "(--force sends it anyway and lets the kernel decide)", rpc_name(a, c));
	if (write && !h->force)
		return refuse_write(h, a, c, err);
	if (past_deadline(h))
		return fwctl_err_set(err, FWCTL_ERR_TIMEOUT, ETIMEDOUT,
				     "timed out after %" PRIu64 " RPCs", h->rpcs);
	/* Audit before sending: a record exists even if the RPC then hangs. */
	if (write && h->audit)
		h->audit(h->audit_ctx, h->dev, a->scope, rpc_name(a, c));
	return 0;
}

static int rpc_failed(const struct fwctl_handle *h, const struct fwctl_rpc_args *a,
		      const struct fwctl_rpc_class *c, int e, struct fwctl_err *err)
{
	if (e == EINTR && fwctl_stop_signal)
		return interrupted(err);
	if (!(h->policy && h->policy->explain_errno && h->policy->explain_errno(a, c, e, err)))
		fwctl_rpc_errno_to_err(a->scope, e, err);
	if (a->what)
		fwctl_err_prefix(err, "%s", a->what);
	return -1;
}

/* The reply contract, the same for every vendor, before any decoder runs. */
static int rpc_check_reply(const struct fwctl_handle *h, const struct fwctl_rpc_args *a,
			   const struct fwctl_rpc_class *c, struct fwctl_err *err)
{
	if (a->out_len > a->out_cap && !(a->flags & FWCTL_RPC_ALLOW_TRUNCATED))
		return fwctl_err_set(err, FWCTL_ERR_TRUNCATED, EMSGSIZE,
				     "%s: reply truncated: the driver produced %zu bytes, the buffer holds %zu",
				     rpc_name(a, c), a->out_len, a->out_cap);
	/* What is in the buffer: an oversized reply (allowed above) holds
	 * out_cap bytes, and the plugin's check reads no further. */
	if ((a->out_len < a->out_cap ? a->out_len : a->out_cap) < c->reply_min)
		return fwctl_err_set(err, FWCTL_ERR_TRUNCATED, EPROTO,
				     "%s: reply truncated: %zu bytes received, %zu expected",
				     rpc_name(a, c), a->out_len < a->out_cap ? a->out_len : a->out_cap,
				     c->reply_min);
	if (h->policy && h->policy->check_reply)
		return h->policy->check_reply(a, c, err);
	return 0;
}

int fwctl_rpc_reply_status(const struct fwctl_handle *h, const struct fwctl_rpc_args *a,
			   struct fwctl_err *err)
{
	struct fwctl_rpc_args st = *a;
	struct fwctl_rpc_class own;
	const struct fwctl_rpc_class *c = a->cls;

	if (!h->policy || !h->policy->check_reply)
		return 0;
	if (!c) {
		fwctl_rpc_classify(h, a, &own);
		c = &own;
	}
	st.flags &= ~(unsigned int)FWCTL_RPC_OWN_STATUS;
	if (st.out_len > st.out_cap)
		st.out_len = st.out_cap;
	return h->policy->check_reply(&st, c, err);
}

int fwctl_rpc_call(struct fwctl_handle *h, struct fwctl_rpc_args *a, struct fwctl_err *err)
{
	struct fwctl_rpc_class own;
	const struct fwctl_rpc_class *c = a->cls;
	struct fwctl_rpc r;
	uint64_t t0 = 0;
	int ret, tries = 0;

	a->out_len = 0;
	if (fwctl_stop_signal)
		return interrupted(err);
	if (a->scope > FWCTL_RPC_SCOPE_MAX)
		return fwctl_err_set(err, FWCTL_ERR_USAGE, EINVAL, "invalid scope %u", a->scope);
	if (a->in_len > UINT32_MAX || a->out_cap > UINT32_MAX)
		return fwctl_err_set(err, FWCTL_ERR_USAGE, EMSGSIZE, "buffer larger than 4 GiB");
	if (!c) {
		fwctl_rpc_classify(h, a, &own);
		c = &own;
	}
	if (rpc_gate(h, a, c, err))
		return -1;

	r = (struct fwctl_rpc){
		.size = sizeof(r),
		.scope = a->scope,
		.in_len = (uint32_t)a->in_len,
		.out_len = (uint32_t)a->out_cap,
		.in = (uint64_t)(uintptr_t)a->in,
		.out = (uint64_t)(uintptr_t)a->out,
	};
	/*
	 * What the transport passes on must be defined (umockdev forwards the
	 * whole buffer to its server), so a buffer the caller has not filled
	 * is zeroed; a loop that reuses one (a dump's pages) says so and
	 * saves an eighth of its per-RPC cost.  Stale bytes never reach a
	 * caller: past the reply they are cleared below.
	 */
	if (a->out && a->out_cap && !(a->flags & FWCTL_RPC_OUT_DEFINED))
		memset(a->out, 0, a->out_cap);
	/* The clock only for the -v trace: two reads are a third of a dump's per-RPC cost. */
	if (h->verbose > 0)
		t0 = now_ns();
	do {
		ret = h->t.ops->rpc(h->t.priv, &r);
		/* A stray EINTR is retried; one from our own SIGINT/SIGTERM stops. */
	} while (ret == -EINTR && !fwctl_stop_signal && ++tries < 16);
	h->rpcs++;
	if (h->verbose > 0)
		fprintf(h->trace ? h->trace : stderr,
			"fwctl: rpc %s scope=%s %s in=%zu out=%u/%zu -> %s%s %" PRIu64 " us\n",
			h->dev ? h->dev->name : "?", fwctl_scope_name(a->scope),
			rpc_name(a, c), a->in_len, r.out_len, a->out_cap,
			ret ? "errno " : "ok", ret ? strerror(-ret) : "", (now_ns() - t0) / 1000);
	/* A failed RPC leaves nothing behind that a caller could decode, a
	 * short one nothing past its length. */
	if (a->out && ret)
		memset(a->out, 0, a->out_cap);
	else if (a->out && r.out_len < a->out_cap)
		memset((uint8_t *)a->out + r.out_len, 0, a->out_cap - r.out_len);
	if (ret)
		return rpc_failed(h, a, c, -ret, err);
	a->out_len = r.out_len;
	return rpc_check_reply(h, a, c, err);
}
