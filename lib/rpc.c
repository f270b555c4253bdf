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

volatile int fwctl_stop_signal;

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

int fwctl_rpc_errno_to_err(uint32_t type, uint32_t scope, int e, struct fwctl_err *err)
{
	const char *sc = fwctl_scope_name(scope);

	switch (e) {
	case ENODEV:
		return fwctl_err_set(err, FWCTL_ERR_NO_DEVICE, e,
				     "the device was removed (ENODEV); it is gone until it is re-probed");
	case EPERM:
		if (scope == FWCTL_RPC_DEBUG_WRITE_FULL)
			return fwctl_err_set(err, FWCTL_ERR_PERMISSION, e,
					     "scope debug-write-full needs CAP_SYS_RAWIO, or the driver refused it (EPERM)");
		if (type == FWCTL_DEVICE_TYPE_PDS)
			return fwctl_err_set(err, FWCTL_ERR_PERMISSION, e,
					     "the pds driver refused scope %s: the operation needs a higher scope "
					     "(config < debug-ro < debug-write < debug-write-full; write scopes need --force)", sc);
		if (type == FWCTL_DEVICE_TYPE_BNXT)
			return fwctl_err_set(err, FWCTL_ERR_PERMISSION, e,
					     "the bnxt driver refused the command (EPERM) at scope %s: it is not on the "
					     "kernel's list, needs a higher scope, or the device is stopped by a reset or reload", sc);
		return fwctl_err_set(err, FWCTL_ERR_PERMISSION, e,
				     "the kernel refused the RPC at scope %s (EPERM)", sc);
	case EBADMSG:
		return fwctl_err_set(err, FWCTL_ERR_PERMISSION, e,
				     "the mlx5 driver refused the command (EBADMSG): the opcode is not on the "
				     "kernel's allow-list at scope %s", sc);
	case EINVAL:
		if (type == FWCTL_DEVICE_TYPE_CXL)
			return fwctl_err_set(err, FWCTL_ERR_FAILED, e,
					     "the cxl driver refused the request (EINVAL): unknown opcode, wrong "
					     "payload size, unknown or read-only feature, or scope %s too low for it", sc);
		if (type == FWCTL_DEVICE_TYPE_PDS)
			return fwctl_err_set(err, FWCTL_ERR_FAILED, e,
					     "the pds driver refused the request (EINVAL): unknown endpoint or "
					     "operation, or a payload over the firmware's maximum size");
		if (type == FWCTL_DEVICE_TYPE_BNXT)
			return fwctl_err_set(err, FWCTL_ERR_FAILED, e,
					     "the bnxt driver refused the request (EINVAL): request length outside "
					     "16..128 bytes or reply buffer under 8 bytes");
		return fwctl_err_set(err, FWCTL_ERR_FAILED, e, "the kernel refused the request (EINVAL)");
	case EMSGSIZE:
		return fwctl_err_set(err, FWCTL_ERR_USAGE, e,
				     "buffer size refused (EMSGSIZE): over the kernel's 2 MiB limit%s",
				     type == FWCTL_DEVICE_TYPE_MLX5 ? ", or under the 16-byte mlx5 header" : "");
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
		return fwctl_err_set(err, FWCTL_ERR_INTERRUPTED, e, "the RPC was interrupted");
	default:
		return fwctl_err_set(err, FWCTL_ERR_FAILED, e, "FWCTL_RPC failed: %s", strerror(e));
	}
}

/*
 * Requests that change the device at a scope below DEBUG_WRITE: they are
 * audited like write-scope RPCs.  Matched on the request bytes, so every
 * path (plugin commands, `mlx5 cmd`, raw `fwctl rpc`) is covered in one
 * place.  Offsets and values from shared/kernel-abi.md: mlx5 in header
 * opcode (be16 @0) and op_mod (be16 @6, ACCESS_REG 0 = write); cxl
 * fwctl_rpc_cxl.opcode (le32 @0), Set Feature 0x0502.
 */
static const struct write_rule {
	uint32_t type;
	uint8_t opcode_off, opcode_len;
	bool big_endian;
	uint32_t opcode;
	int8_t op_mod_off;       /* -1 = any op_mod */
	uint16_t op_mod;
} write_rules[] = {
	{ FWCTL_DEVICE_TYPE_MLX5, 0, 2, true, 0x0805, 6, 0 },   /* ACCESS_REG write */
	{ FWCTL_DEVICE_TYPE_CXL, 0, 4, false, 0x0502, -1, 0 },  /* Set Feature */
};

static uint32_t get_uint(const uint8_t *p, unsigned int len, bool be)
{
	uint32_t v = 0;

	for (unsigned int i = 0; i < len; i++)
		v |= (uint32_t)p[be ? i : len - 1 - i] << (8 * (len - 1 - i));
	return v;
}

bool fwctl_rpc_is_write(uint32_t type, const void *in, size_t in_len)
{
	const uint8_t *b = in;

	for (size_t i = 0; i < sizeof(write_rules) / sizeof(write_rules[0]); i++) {
		const struct write_rule *r = &write_rules[i];

		if (r->type != type || !b || in_len < (size_t)r->opcode_off + r->opcode_len ||
		    get_uint(b + r->opcode_off, r->opcode_len, r->big_endian) != r->opcode)
			continue;
		if (r->op_mod_off < 0)
			return true;
		if (in_len >= (size_t)r->op_mod_off + 2 &&
		    get_uint(b + r->op_mod_off, 2, r->big_endian) == r->op_mod)
			return true;
	}
	return false;
}

int fwctl_rpc_call(struct fwctl_handle *h, struct fwctl_rpc_args *a, struct fwctl_err *err)
{
	struct fwctl_rpc r;
	uint64_t t0, dt;
	int ret, tries = 0;

	a->out_len = 0;
	if (fwctl_stop_signal)
		return interrupted(err);
	if (a->scope > FWCTL_RPC_SCOPE_MAX)
		return fwctl_err_set(err, FWCTL_ERR_USAGE, EINVAL, "invalid scope %u", a->scope);
	if (a->scope >= FWCTL_RPC_DEBUG_WRITE && !h->allow_write)
		return fwctl_err_set(err, FWCTL_ERR_PERMISSION, EPERM,
				     "refusing to send %s at scope %s without --force (it taints the kernel)",
				     a->what ? a->what : "an RPC", fwctl_scope_name(a->scope));
	if (past_deadline(h))
		return fwctl_err_set(err, FWCTL_ERR_TIMEOUT, ETIMEDOUT,
				     "timed out after %" PRIu64 " RPCs", h->rpcs);
	if (h->dry_run) {
		if (h->on_dry_run)
			h->on_dry_run(h->on_dry_run_ctx, h, a);
		return fwctl_err_set(err, FWCTL_ERR_DRY_RUN, 0, "dry run: nothing was sent");
	}
	/* Audit before sending: a record exists even if the RPC then hangs. */
	if (h->audit && (a->scope >= FWCTL_RPC_DEBUG_WRITE ||
			 fwctl_rpc_is_write(h->type, a->in, a->in_len)))
		h->audit(h->audit_ctx, h->dev, a->scope, a->what ? a->what : "raw RPC");

	if (a->out && a->out_cap)
		memset(a->out, 0, a->out_cap);
	r = (struct fwctl_rpc){
		.size = sizeof(r),
		.scope = a->scope,
		.in_len = (uint32_t)a->in_len,
		.out_len = (uint32_t)a->out_cap,
		.in = (uint64_t)(uintptr_t)a->in,
		.out = (uint64_t)(uintptr_t)a->out,
	};
	if (a->in_len > UINT32_MAX || a->out_cap > UINT32_MAX)
		return fwctl_err_set(err, FWCTL_ERR_USAGE, EMSGSIZE, "buffer larger than 4 GiB");
	t0 = now_ns();
	do {
		ret = h->t.ops->rpc(h->t.priv, &r);
		/* A stray EINTR is retried; one from our own SIGINT/SIGTERM stops. */
	} while (ret == -EINTR && !fwctl_stop_signal && ++tries < 16);
	dt = now_ns() - t0;
	h->rpcs++;
	h->rpc_ns += dt;
	if (h->verbose > 0)
		fprintf(h->trace ? h->trace : stderr,
			"fwctl: rpc %s scope=%s %s in=%zu out=%u/%zu -> %s%s %" PRIu64 " us\n",
			h->dev ? h->dev->name : "?", fwctl_scope_name(a->scope),
			a->what ? a->what : "", a->in_len, r.out_len, a->out_cap,
			ret ? "errno " : "ok", ret ? strerror(-ret) : "", dt / 1000);
	if (ret == -EINTR && fwctl_stop_signal)
		return interrupted(err);
	if (ret) {
		fwctl_rpc_errno_to_err(h->type, a->scope, -ret, err);
		if (a->what)
			fwctl_err_prefix(err, "%s", a->what);
		return -1;
	}
	a->out_len = r.out_len;
	if (r.out_len > a->out_cap && !(a->flags & FWCTL_RPC_ALLOW_TRUNCATED))
		return fwctl_err_set(err, FWCTL_ERR_TRUNCATED, EMSGSIZE,
				     "%s%sreply truncated: the driver produced %u bytes, the buffer holds %zu",
				     a->what ? a->what : "", a->what ? ": " : "", r.out_len, a->out_cap);
	return 0;
}
