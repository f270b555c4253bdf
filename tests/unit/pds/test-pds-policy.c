// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * The pds policy: every operation of the example catalogue classified
 * with its catalogue entry (the scope its attribute maps to, its writes
 * flag), the same requests classified from their bytes alone (the
 * firmware's rule: reads below debug-write), short requests; and the
 * answer-struct and retval check every pds RPC goes through.
 */
#include <stdio.h>
#include <string.h>

#include "../../../plugins/pds/pds_cmds.h"

#include "../../tap.h"

/* The example catalogue, by hand: attr -> scope, and whether it writes. */
static const struct {
	const char *ep, *op;
	uint32_t scope;
	bool writes;
} want[] = {
	{ "identity", "identify", FWCTL_RPC_CONFIGURATION, false },          /* READ */
	{ "identity", "api_version", FWCTL_RPC_CONFIGURATION, false },       /* SYNC */
	{ "counters", "read_counters", FWCTL_RPC_DEBUG_READ_ONLY, false },   /* DEBUG_READ */
	{ "counters", "clear_counters", FWCTL_RPC_CONFIGURATION, true },     /* WRITE */
	{ "debug", "reg_read", FWCTL_RPC_DEBUG_READ_ONLY, false },
	{ "debug", "reg_write", FWCTL_RPC_DEBUG_WRITE, true },               /* DEBUG_WRITE */
	{ "debug", "raw_poke", FWCTL_RPC_DEBUG_WRITE_FULL, true },           /* unknown attr */
	{ "port", "get_config", FWCTL_RPC_CONFIGURATION, false },
	{ "port", "set_config", FWCTL_RPC_CONFIGURATION, true },
	{ "port", "commit", FWCTL_RPC_DEBUG_WRITE_FULL, true },              /* WRITE|DEBUG_WRITE */
};

static void raw_class(const struct pds_op *op, uint32_t scope, size_t in_len,
		      struct fwctl_rpc_class *c)
{
	struct fwctl_rpc_pds r = { 0 };
	struct fwctl_rpc_args a = { .scope = scope, .in = &r, .in_len = in_len, .out_cap = sizeof(r) };

	r.in.ep = op->ep->id;
	r.in.op = pds_op_word(op->cmd, op->version);
	*c = (struct fwctl_rpc_class){ .effect = FWCTL_RPC_UNKNOWN };
	pds_rpc_policy.classify(&a, c);
}

static void test_catalogue(const struct pds_catalog *cat)
{
	size_t n_ops = 0;

	for (size_t i = 0; i < cat->n_eps; i++)
		n_ops += cat->eps[i].n_ops;
	ok(n_ops == sizeof(want) / sizeof(want[0]), "the table covers all %zu operations", n_ops);
	for (size_t i = 0; i < sizeof(want) / sizeof(want[0]); i++) {
		const struct pds_ep *ep = pds_find_ep(cat, want[i].ep);
		const struct pds_op *op = ep ? pds_find_op(ep, want[i].op) : NULL;
		struct fwctl_rpc_class c, r;
		char name[2 * PDS_NAME_MAX + 2];

		if (!ok(op != NULL, "%s.%s is in the catalogue", want[i].ep, want[i].op))
			continue;
		snprintf(name, sizeof(name), "%s.%s", want[i].ep, want[i].op);
		pds_rpc_class(op, op->ep->id, pds_op_word(op->cmd, op->version), op->scope, &c);
		ok(c.known && c.min_scope == want[i].scope &&
		   c.effect == (want[i].writes ? FWCTL_RPC_WRITES_DEVICE : FWCTL_RPC_READS) &&
		   !strcmp(c.name, name) &&
		   fwctl_rpc_needs_force(&c, want[i].scope) ==
			   (want[i].writes || want[i].scope >= FWCTL_RPC_DEBUG_WRITE),
		   "%s: scope %s, %s", name, fwctl_scope_name(want[i].scope),
		   want[i].writes ? "writes (--force)" : "reads");
		/* From the bytes alone nothing tells a read from a write (the
		 * firmware passes writes at config): unknown effect, --force. */
		raw_class(op, want[i].scope, sizeof(struct fwctl_rpc_pds), &r);
		ok(!r.known && !r.malformed && r.reply_min == sizeof(struct fwctl_rpc_pds) &&
		   r.effect == FWCTL_RPC_UNKNOWN && fwctl_rpc_needs_force(&r, want[i].scope),
		   "%s raw at %s: unknown effect, needs --force", name,
		   fwctl_scope_name(want[i].scope));
	}
}

static void test_short(const struct pds_catalog *cat)
{
	struct fwctl_rpc_class c;

	raw_class(&cat->eps[0].ops[0], FWCTL_RPC_CONFIGURATION, sizeof(struct fwctl_rpc_pds) - 1, &c);
	ok(c.malformed && !c.known, "a request shorter than struct fwctl_rpc_pds: malformed");
}

static int check(struct fwctl_rpc_pds *sent, struct fwctl_rpc_pds *back, size_t out_len,
		 unsigned int flags, struct fwctl_err *err)
{
	struct fwctl_rpc_args a = { .in = sent, .in_len = sizeof(*sent), .out = back,
				    .out_cap = sizeof(*back), .out_len = out_len, .flags = flags };
	struct fwctl_rpc_class c = { .effect = FWCTL_RPC_UNKNOWN };

	pds_rpc_policy.classify(&a, &c);
	fwctl_err_clear(err);
	return pds_rpc_policy.check_reply(&a, &c, err);
}

static void test_check_reply(void)
{
	struct fwctl_rpc_pds s = { 0 }, b;
	struct fwctl_err err = { 0 };

	s.in.op = 0x00010001;
	s.in.ep = 1;
	s.out.len = 56;
	b = s;
	ok(check(&s, &b, sizeof(b), 0, &err) == 0, "the echo of the request, retval 0: ok");
	b.out.retval = 16;
	ok(check(&s, &b, sizeof(b), 0, &err) < 0 && err.kind == FWCTL_ERR_FIRMWARE &&
	   err.fw_status == 16 && !strcmp(err.fw_status_name, "ERANGE") &&
	   fwctl_err_exit_code(&err) == 5, "retval: firmware error (exit 5), named");
	ok(check(&s, &b, sizeof(b), FWCTL_RPC_OWN_STATUS, &err) == 0,
	   "OWN_STATUS: the caller reads the retval");
	b.out.retval = 0;
	b.in.ep = 2;
	ok(check(&s, &b, sizeof(b), 0, &err) < 0 && err.kind == FWCTL_ERR_PROTOCOL &&
	   strstr(err.message, "the answer names ep 2"), "another endpoint's answer: malformed");
	ok(check(&s, &b, sizeof(b), FWCTL_RPC_OWN_STATUS, &err) < 0,
	   "OWN_STATUS does not excuse a malformed answer");
}

int main(void)
{
	struct pds_catalog cat = { 0 };
	struct fwctl_err err = { 0 };
	bool found = false;

	if (!ok(pds_catalog_load(&cat, PDS_CATALOG_PATH, &found, &err) == 0 && found,
		"example catalogue loads"))
		return tap_done();
	test_catalogue(&cat);
	test_short(&cat);
	pds_catalog_free(&cat);
	test_check_reply();
	return tap_done();
}
