// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * The cxl plugin: layout self-checks, UUIDs, the kernel's Set Feature
 * scope rule, the list and data decoders on hand-made and hostile bytes,
 * and the three mailbox helpers against the emulated device in process
 * (the emulator's tables are its own: a disagreement fails here).
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <json-c/json.h>

#include "../../../plugins/cxl/cxl.h"
#include "../../../plugins/cxl/cxl_cmds.h"
#include "../../../lib/device.h"
#include "../../../lib/error.h"
#include "../../emu/drivers/cxl/emu_cxl.h"
#include "emu_inproc.h"

extern const struct fwctl_plugin fwctl_plugin_cxl;

#include "../../tap.h"

static const char *jstr(struct json_object *o, const char *k)
{
	struct json_object *v;

	return json_object_object_get_ex(o, k, &v) ? json_object_get_string(v) : NULL;
}

static int64_t jint(struct json_object *o, const char *k)
{
	struct json_object *v;

	return json_object_object_get_ex(o, k, &v) ? json_object_get_int64(v) : -1;
}

static void test_tables(void)
{
	const char *why;
	int dup = 0, bad = 0, emu_disagree = 0;

	why = prm_layout_check(&cxl_feat_entry_layout);
	ok(!why, "feature entry layout self-check %s", why ? why : "");
	ok(cxl_feat_entry_layout.size_bits == 8 * sizeof(struct cxl_feat_entry), "entry layout is 48 bytes");
	for (size_t i = 0; i < cxl_n_known_feats; i++) {
		const struct cxl_known_feat *k = &cxl_known_feats[i];
		const struct prm_layout *ls[] = { k->rd, k->wr, k->rd_rec, k->wr_rec };
		uint8_t u[16];

		bad += cxl_uuid_parse(k->uuid, u) != 0 || cxl_known_by_uuid(u) != k ||
		       cxl_known_by_name(k->name) != k;
		/* The emulator's own list of kernel-exclusive UUIDs must agree. */
		emu_disagree += emu_cxl_uuid_exclusive(u) != k->kernel_exclusive;
		for (size_t j = 0; j < 4; j++)
			if (ls[j] && prm_layout_check(ls[j])) {
				printf("# %s: %s\n", ls[j]->name, prm_layout_check(ls[j]));
				bad++;
			}
		for (size_t j = i + 1; j < cxl_n_known_feats; j++)
			dup += !strcmp(k->uuid, cxl_known_feats[j].uuid) ||
			       !strcmp(k->name, cxl_known_feats[j].name);
	}
	ok(!bad, "known features: UUIDs parse, lookups round-trip, layouts check");
	ok(!dup, "no duplicate names or UUIDs");
	ok(!emu_disagree, "kernel-exclusive set agrees with the emulator's (features.c list)");
	ok(cxl_n_known_feats == 9, "8 spec features + cxl_test's vendor feature");
	for (size_t i = 0; i < cxl_n_known_feats; i++)
		bad += !cxl_known_feats[i].rd;
	ok(!bad, "every known feature has a readable layout");
	{
		const char *const *n = cxl_feature_names();
		size_t c = 0;

		while (n[c])
			c++;
		ok(c == cxl_n_known_feats && !strcmp(n[0], "patrol-scrub"), "completion names");
	}
	ok(cxl_retval_name(0) && !strcmp(cxl_retval_name(2), "invalid_input") &&
	   !strcmp(cxl_retval_name(3), "unsupported") &&
	   !strcmp(cxl_retval_name(EMU_CXL_RC_PAYLOADLEN), "invalid_payload_length") &&
	   !cxl_retval_name(0x1000), "mailbox return code names");
}

static void test_uuid(void)
{
	static const char *const badv[] = {
		"", "ffffffff-ffff-ffff-ffff-fffffffffff", "ffffffff-ffff-ffff-ffff-fffffffffffff",
		"ffffffffxffff-ffff-ffff-ffffffffffff", "gfffffff-ffff-ffff-ffff-ffffffffffff",
		"ffffffffffff-ffff-ffff-ffff-ffffffff", "ffffffff-ffff-ffff-ffff-fffffffffff-",
	};
	uint8_t u[16];
	char s[CXL_UUID_STR_LEN];
	int rejected = 0;

	ok(!cxl_uuid_parse("96DAD7D6-fde8-482b-a733-75774e06db8a", u) && u[0] == 0x96 &&
	   u[15] == 0x8a && u[6] == 0x48, "parse, uuid_t byte order, either case");
	cxl_uuid_format(u, s);
	ok(!strcmp(s, "96dad7d6-fde8-482b-a733-75774e06db8a"), "format round-trips");
	for (size_t i = 0; i < sizeof(badv) / sizeof(badv[0]); i++)
		rejected += cxl_uuid_parse(badv[i], u) != 0;
	ok(rejected == (int)(sizeof(badv) / sizeof(badv[0])), "malformed UUIDs rejected");
}

static void test_scope_rule(void)
{
	static const struct { uint16_t effects; uint32_t flags; int scope; } cases[] = {
		{ 0x0201, 1, FWCTL_RPC_DEBUG_WRITE },       /* cold reset */
		{ 0x0600, 1, FWCTL_RPC_DEBUG_WRITE },       /* conventional reset */
		{ 0x0a00, 1, FWCTL_RPC_DEBUG_WRITE },       /* CXL reset */
		{ 0x0202, 1, FWCTL_RPC_DEBUG_WRITE_FULL },  /* config immediate */
		{ 0x0204, 1, FWCTL_RPC_DEBUG_WRITE_FULL },  /* data immediate */
		{ 0x0208, 1, FWCTL_RPC_DEBUG_WRITE_FULL },  /* policy immediate */
		{ 0x0210, 1, FWCTL_RPC_DEBUG_WRITE_FULL },  /* log immediate */
		{ 0x0203, 1, FWCTL_RPC_DEBUG_WRITE_FULL },  /* immediate wins over reset */
		{ 0x0220, 1, -1 },                          /* security change only: no imm/reset */
		{ 0x0200, 1, -1 },                          /* "hardware bug" */
		{ 0x0000, 1, -1 },
		{ 0x0242, 1, -1 },                          /* background */
		{ 0x1201, 1, -1 },                          /* reserved bit 12 */
		{ 0x8201, 1, -1 },                          /* reserved bit 15 */
		{ 0x0201, 0, -1 },                          /* not changeable */
	};
	int wrong = 0;

	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		struct cxl_feat f = { .effects = cases[i].effects, .flags = cases[i].flags };
		const char *why;
		uint32_t scope = 99;
		int r = cxl_set_scope(&f, &scope, &why);

		memset(f.uuid, 0x11, 16);
		if ((cases[i].scope < 0) != (r < 0) || (r == 0 && scope != (uint32_t)cases[i].scope) ||
		    (r < 0 && !why)) {
			printf("# effects 0x%04x flags %u: r=%d scope=%u\n", cases[i].effects,
			       cases[i].flags, r, scope);
			wrong++;
		}
	}
	ok(!wrong, "Set Feature scope rule on %zu effect/flag combinations",
	   sizeof(cases) / sizeof(cases[0]));
	{
		struct cxl_feat f = { .effects = 0x0201, .flags = 1 };
		const char *why;
		uint32_t scope;

		cxl_uuid_parse("450ebf67-b135-4f97-a498-c2d57f279bed", f.uuid);
		ok(cxl_set_scope(&f, &scope, &why) < 0 && strstr(why, "EPERM"),
		   "kernel-exclusive refused even when changeable");
	}
}

/* A Get Supported Features answer as the driver builds it: 16 + 8 + n*48. */
static size_t make_page(uint8_t *out, uint16_t n, uint16_t total, uint32_t retval)
{
	size_t len = 24 + (size_t)n * 48;

	memset(out, 0, len);
	prm_put_le32(out, 8 + (uint32_t)n * 48);
	prm_put_le32(out + 4, retval);
	prm_put_le16(out + 8, n);
	prm_put_le16(out + 10, total);
	for (uint16_t i = 0; i < n; i++) {
		uint8_t *e = out + 16 + i * 48;

		memset(e, 0xa0 + i, 16);
		prm_put_le16(e + 16, i);
		prm_put_le16(e + 18, 4);
		prm_put_le16(e + 20, 4);
		prm_put_le32(e + 22, 0x61);
		e[26] = 1;
		e[27] = 2;
		prm_put_le16(e + 28, 0x0201);
	}
	return len;
}

static void test_page_decoder(void)
{
	static uint8_t out[24 + 4 * 48];
	struct cxl_feat_list l = { 0 };
	struct fwctl_err err = { 0 };
	struct json_object *o;
	size_t len = make_page(out, 3, 5, 0);

	ok(cxl_parse_sup_page(out, len, 4, &l, &err) == 3 && l.n == 3 && l.supported == 5,
	   "page of 3 of 5");
	ok(l.v[2].id == 2 && l.v[2].flags == 0x61 && l.v[2].set_ver == 2 && l.v[2].effects == 0x0201 &&
	   l.v[2].uuid[0] == 0xa2, "entry fields in host order");
	ok(cxl_parse_sup_page(out, len, 4, &l, &err) == 3 && l.n == 6, "pages append");
	o = cxl_feat_json(&l.v[0]);
	ok(!strcmp(jstr(o, "flags_hex"), "0x00000061") && !strcmp(jstr(o, "effects_hex"), "0x0201") &&
	   jint(o, "get_size") == 4 && !strcmp(jstr(o, "set_scope"), "debug-write") &&
	   !strcmp(jstr(o, "uuid"), "a0a0a0a0-a0a0-a0a0-a0a0-a0a0a0a0a0a0"), "entry JSON");
	json_object_put(o);
	cxl_feat_list_free(&l);

	memset(&err, 0, sizeof(err));
	ok(cxl_parse_sup_page(out, len, 2, &l, &err) < 0 && err.kind == FWCTL_ERR_PROTOCOL,
	   "more entries than asked for: protocol error");
	memset(&err, 0, sizeof(err));
	ok(cxl_parse_sup_page(out, len - 49, 4, &l, &err) < 0 && err.kind == FWCTL_ERR_PROTOCOL,
	   "entries beyond the answer: protocol error");
	memset(&err, 0, sizeof(err));
	prm_put_le32(out, 8 + 2 * 48);
	ok(cxl_parse_sup_page(out, len, 4, &l, &err) < 0, "size disagreeing with num_entries refused");
	memset(&err, 0, sizeof(err));
	ok(cxl_parse_sup_page(out, 15, 4, &l, &err) < 0 && err.kind == FWCTL_ERR_PROTOCOL,
	   "answer under the header refused");
	ok(l.n == 0 && !l.v, "nothing appended on errors");
	memset(&err, 0, sizeof(err));
	len = make_page(out, 0, 1, 3);
	{
		uint8_t in[16 + 8] = { 0 };
		struct fwctl_rpc_args a = { .in = in, .in_len = sizeof(in), .out = out,
					    .out_cap = len, .out_len = len };
		struct fwctl_rpc_class c = { .effect = FWCTL_RPC_UNKNOWN };

		prm_put_le32(in, 0x0500);
		cxl_rpc_policy.classify(&a, &c);
		ok(cxl_rpc_policy.check_reply(&a, &c, &err) < 0 && err.kind == FWCTL_ERR_FIRMWARE &&
		   err.fw_status == 3 && !strcmp(err.fw_status_name, "unsupported"),
		   "retval -> firmware error, in the policy's reply check");
	}
}

/*
 * sPPR and row sparing readable attributes, byte by byte as CXL r3.2
 * Tables 8-128 and 8-134 place them (the kernel's edac.c reads the same
 * offsets): header bytes 0..15, then the feature's own flags.
 */
static void test_repair_decoders(void)
{
	static const uint8_t ppr[20] = {
		[0] = 0x25, [1] = 0x01, [3] = 0x01, [5] = 0x01, [6] = 0x00,
		[16] = 0x0b, [17] = 0x04, [19] = 0x02,
	};
	static const uint8_t spare[19] = {
		[1] = 0x00, [3] = 0x00, [5] = 0x02, [6] = 0x01, [17] = 0x06,
	};
	struct json_object *o;

	o = cxl_data_json(cxl_known_by_name("sppr"), false, ppr, sizeof(ppr));
	ok(o && !strcmp(jstr(o, "max_op_latency_hex"), "0x25") &&
	   !strcmp(jstr(o, "device_initiated_capable"), "true") &&
	   !strcmp(jstr(o, "device_initiated_enabled"), "true") && !strcmp(jstr(o, "op_class"), "ppr") &&
	   jint(o, "op_subclass") == 0, "sPPR: maintenance header");
	ok(o && !strcmp(jstr(o, "dpa_supported"), "true") && !strcmp(jstr(o, "nibble_mask_supported"), "true") &&
	   !strcmp(jstr(o, "sparing_event_record_capable"), "false") &&
	   !strcmp(jstr(o, "initiated_at_boot_capable"), "true") &&
	   !strcmp(jstr(o, "media_inaccessible_during_repair"), "false") &&
	   !strcmp(jstr(o, "data_lost_during_repair"), "true") &&
	   !strcmp(jstr(o, "sparing_event_record_enabled"), "false") &&
	   !strcmp(jstr(o, "initiated_at_boot_enabled"), "true"), "sPPR: flags, restrictions, op mode");
	json_object_put(o);
	o = cxl_data_json(cxl_known_by_name("row-sparing"), false, spare, sizeof(spare));
	ok(o && !strcmp(jstr(o, "op_class"), "sparing") && jint(o, "op_subclass") == 1 &&
	   !strcmp(jstr(o, "device_initiated_capable"), "false") &&
	   !strcmp(jstr(o, "unsafe_while_in_use"), "false") && !strcmp(jstr(o, "hard_sparing_capable"), "true") &&
	   !strcmp(jstr(o, "soft_sparing_capable"), "true"), "row sparing: class, restriction flags");
	json_object_put(o);
	o = cxl_data_json(cxl_known_by_name("hppr"), false, ppr, 16);
	ok(o && !strcmp(jstr(o, "op_class"), "ppr") && !json_object_object_get_ex(o, "dpa_supported", NULL),
	   "short data: only the fields it holds");
	json_object_put(o);
}

static void test_data_decoders(void)
{
	static const uint8_t scrub[] = { 0x03, 0x18, 0x02, 0x00 };
	static const uint8_t ecs[] = { 0x00, 0x00, 0x05, 0x00, 0x7f, 0x01, 0x1b, 0x00, 0x00 };
	const struct cxl_known_feat *k = cxl_known_by_name("patrol-scrub");
	struct json_object *o, *a, *r;

	o = cxl_data_json(k, false, scrub, sizeof(scrub));
	ok(o && jint(o, "scrub_cycle_hours") == 24 && jint(o, "min_scrub_cycle_hours") == 2 &&
	   !strcmp(jstr(o, "enabled"), "false") && !strcmp(jstr(o, "realtime_report_capable"), "true"),
	   "patrol scrub readable attributes");
	json_object_put(o);
	o = cxl_data_json(k, true, scrub, 2);
	ok(o && jint(o, "scrub_cycle_hours") == 3 && !strcmp(jstr(o, "enabled"), "false"),
	   "patrol scrub writable attributes");
	json_object_put(o);
	k = cxl_known_by_name("ecs");
	o = cxl_data_json(k, false, ecs, sizeof(ecs));
	ok(o && !strcmp(jstr(o, "log_entry_type"), "per_dram") &&
	   json_object_object_get_ex(o, "media_frus", &a) && json_object_array_length(a) == 2,
	   "ECS: two media FRU records");
	r = json_object_array_get_idx(a, 0);
	ok(!strcmp(jstr(r, "threshold"), "4096_per_gb") && !strcmp(jstr(r, "count_mode"), "counts_rows") &&
	   !strcmp(jstr(r, "ecs_flags_hex"), "0x7f"), "ECS FRU 0");
	r = json_object_array_get_idx(a, 1);
	ok(!strcmp(jstr(r, "threshold"), "256_per_gb") && !strcmp(jstr(r, "count_mode"), "counts_codewords") &&
	   !strcmp(jstr(r, "reset_counter"), "true"), "ECS FRU 1");
	json_object_put(o);
	o = cxl_data_json(k, false, ecs, 6);
	ok(o && json_object_object_get_ex(o, "media_frus", &a) && json_object_array_length(a) == 1,
	   "ECS: a partial record is not decoded");
	json_object_put(o);
	ok(!cxl_data_json(NULL, false, ecs, 4) && !cxl_data_json(cxl_known_by_name("sppr"), true, ecs, 3),
	   "unknown feature, or no writable layout (kernel-kept sPPR): hex only");
	test_repair_decoders();
}

/* The mailbox helpers against the emulated kernel and firmware. */
static void test_against_emulator(void)
{
	const char *specs[1] = { "cxl,payload=256" };
	struct fwctl_err err = { 0 };
	struct cxl_feat_list l = { 0 };
	struct fwctl_transport t;
	struct fwctl_device dev;
	struct fwctl_handle *h;
	struct emu_world *w;
	const struct cxl_feat *f;
	uint8_t u[16], buf[1536], data[1536];
	char errbuf[256];
	unsigned rpcs = 0;

	w = emu_world_new(specs, 1, NULL, 0, errbuf, sizeof(errbuf));
	if (!w) {
		printf("Bail out! %s\n", errbuf);
		exit(1);
	}
	emu_inproc_fill_device(w->devs[0], &dev);
	emu_inproc_transport(w->devs[0], &t);
	if (fwctl_open_transport(&dev, t, &h, &err)) {
		printf("Bail out! %s\n", err.message);
		exit(1);
	}
	/* The cxl plugin's policy, as main installs it; --force for the Set
	 * Feature calls below. */
	h->policy = &cxl_rpc_policy;
	h->force = true;
	ok(!cxl_read_features(h, 0, &l, &rpcs, &err) && l.n == 12 && l.supported == 12 && rpcs == 1,
	   "read the emulated list");
	cxl_uuid_parse("96dad7d6-fde8-482b-a733-75774e06db8a", u);
	f = cxl_feat_find(&l, u);
	ok(f && f->set_size == 0 && !(f->flags & CXL_FEAT_F_CHANGEABLE), "patrol scrub reported read-only");
	ok(f && !cxl_get_feature(h, 0, f, 0, buf, NULL, &err) && buf[1] == 12, "patrol scrub read");
	cxl_uuid_parse("c0ffee00-1b2c-4d3e-8f4a-5b6c7d8e9fa0", u);
	f = cxl_feat_find(&l, u);
	rpcs = 0;
	ok(f && !cxl_get_feature(h, 0, f, 0, buf, &rpcs, &err) && rpcs == 2 && buf[0] == 0x4c &&
	   buf[1535] == 0xff, "1536 bytes in two chunks");
	for (size_t i = 0; i < sizeof(data); i++)
		data[i] = (uint8_t)(i * 7);
	ok(f && !cxl_set_feature(h, FWCTL_RPC_DEBUG_WRITE, f, 0, data, sizeof(data), NULL, &err),
	   "Set 1536 bytes at debug-write");
	ok(f && !cxl_get_feature(h, 0, f, 0, buf, NULL, &err) && !memcmp(buf, data, sizeof(data)),
	   "Get returns the new data");
	ok(f && !cxl_get_feature(h, 0, f, CXL_GET_FEAT_SEL_SAVED, buf, NULL, &err) &&
	   !memcmp(buf, data, sizeof(data)), "saved value too (the kernel sets saved-across-reset)");
	memset(&err, 0, sizeof(err));
	ok(f && cxl_set_feature(h, FWCTL_RPC_DEBUG_WRITE, f, 0, data, 4, NULL, &err) == 0, "shorter Set accepted");
	memset(&err, 0, sizeof(err));
	cxl_uuid_parse("3f2a8c5e-6b1d-4e7a-9c0b-2d4e6f8a0b1c", u);
	f = cxl_feat_find(&l, u);
	ok(f && cxl_set_feature(h, FWCTL_RPC_DEBUG_WRITE, f, 0, data, 8, NULL, &err) < 0 &&
	   err.errnum == EINVAL, "immediate feature at debug-write: the driver's EINVAL");
	memset(&err, 0, sizeof(err));
	ok(f && cxl_set_feature(h, FWCTL_RPC_DEBUG_WRITE_FULL, f, 0, data, 9, NULL, &err) < 0 &&
	   err.kind == FWCTL_ERR_FIRMWARE && err.fw_status == EMU_CXL_RC_INPUT,
	   "data past the set size: mailbox invalid input");
	cxl_feat_list_free(&l);
	{
		struct fwctl_ctx ctx = { .h = h, .dev = &dev, .scope = -1 };
		struct json_object *o = json_object_new_object(), *a;

		ok(fwctl_plugin_cxl.report && !fwctl_plugin_cxl.report(&ctx, o) &&
		   jint(o, "supported_features") == 12 && json_object_object_get_ex(o, "features", &a) &&
		   !strcmp(jstr(json_object_array_get_idx(a, 2), "set_scope"), "debug-write") &&
		   !strcmp(jstr(json_object_array_get_idx(a, 0), "name"), "patrol-scrub"),
		   "report: the feature list in short form");
		json_object_put(o);
	}
	fwctl_close(h);
	emu_inproc_free_device(&dev);
	emu_world_free(w);
}

int main(void)
{
	test_tables();
	test_uuid();
	test_scope_rule();
	test_page_decoder();
	test_data_decoders();
	test_against_emulator();
	return tap_done();
}
