// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * The pds plugin's data and decoders: the attribute -> scope rule against
 * the emulated driver's independent copy, the shipped catalogue against
 * the emulated firmware's tables, the loader's refusals, request encoding,
 * response decoding and the reply-struct checks.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <json-c/json.h>

#include "../../../plugins/plugin.h"
#include "../../../plugins/pds/pds.h"
#include "../../emu/drivers/pds/emu_pds.h"

#include "../../tap.h"

static void test_attr_scope(void)
{
	int diff = 0;

	for (uint32_t a = 0; a < 256; a++)
		diff += pds_attr_scope(a) != emu_pds_attr_scope((uint8_t)a);
	ok(diff == 0, "attr -> scope agrees with the emulated driver for all 256 values");
	ok(pds_attr_scope(PDS_ATTR_READ) == FWCTL_RPC_CONFIGURATION &&
	   pds_attr_scope(PDS_ATTR_WRITE) == FWCTL_RPC_CONFIGURATION &&
	   pds_attr_scope(PDS_ATTR_SYNC) == FWCTL_RPC_CONFIGURATION, "READ/WRITE/SYNC -> config");
	ok(pds_attr_scope(PDS_ATTR_DEBUG_READ) == FWCTL_RPC_DEBUG_READ_ONLY, "DEBUG_READ -> debug-ro");
	ok(pds_attr_scope(PDS_ATTR_DEBUG_WRITE) == FWCTL_RPC_DEBUG_WRITE, "DEBUG_WRITE -> debug-write");
	ok(pds_attr_scope(0x0c) == FWCTL_RPC_DEBUG_WRITE_FULL &&
	   pds_attr_scope(0x06) == FWCTL_RPC_DEBUG_WRITE_FULL &&
	   pds_attr_scope(0x20) == FWCTL_RPC_DEBUG_WRITE_FULL, "combinations and unknown -> full");
}

static void test_status(void)
{
	ok(!strcmp(pds_status_name(0), "SUCCESS") && !strcmp(pds_status_name(14), "EINVAL") &&
	   !strcmp(pds_status_name(16), "ERANGE") && !strcmp(pds_status_name(255), "BAD_PCI"),
	   "status names");
	ok(pds_status_name(20) == NULL && pds_status_name(1000) == NULL, "gaps are unknown");
	ok(pds_status_name(EMU_PDS_RC_ENOENT) && !strcmp(pds_status_name(EMU_PDS_RC_ENOENT), "ENOENT") &&
	   !strcmp(pds_status_name(EMU_PDS_RC_EBUSY), "EBUSY") &&
	   !strcmp(pds_status_name(EMU_PDS_RC_ENOSUPP), "ENOSUPP"),
	   "the emulator's retvals have the plugin's names");
}

static int load(struct pds_catalog *cat, const char *text, struct fwctl_err *err)
{
	memset(cat, 0, sizeof(*cat));
	memset(err, 0, sizeof(*err));
	return pds_catalog_parse(cat, text, strlen(text), "t.json", err);
}

static void test_catalog_vs_emulator(void)
{
	struct pds_catalog cat;
	struct fwctl_err err = { 0 };
	bool found;
	size_t n_ops = 0, missing = 0, wrong = 0;

	ok(pds_catalog_load(&cat, PDS_CATALOG_PATH, &found, &err) == 0 && found,
	   "shipped catalogue loads: %s", err.message);
	ok(cat.n_eps == emu_pds_n_endpoints, "%zu endpoints, as the emulator", cat.n_eps);
	for (size_t e = 0; e < emu_pds_n_endpoints; e++) {
		const struct emu_pds_ep *ee = &emu_pds_endpoints[e];
		const struct pds_ep *ce = pds_find_ep_id(&cat, ee->id);

		if (!ce || strcmp(ce->name, ee->name) || ce->n_ops != ee->n_ops) {
			missing++;
			continue;
		}
		for (size_t i = 0; i < ee->n_ops; i++) {
			const struct emu_pds_op *eo = &ee->ops[i];
			const struct pds_op *co = pds_find_op_cmd(ce, eo->id & FWCTL_PDS_OP_CMD_MASK);

			n_ops++;
			if (!co || strcmp(co->name, eo->name)) {
				missing++;
				continue;
			}
			/* The catalogue's version is the highest the firmware lists. */
			wrong += co->version != (eo->id & FWCTL_PDS_OP_VER_MASK) >> FWCTL_PDS_OP_VER_SHIFT ||
				 !co->has_attr || co->attr != eo->attr ||
				 co->scope != emu_pds_attr_scope(eo->attr);
		}
	}
	ok(missing == 0, "every emulated endpoint and operation is in the catalogue (%zu ops)", n_ops);
	ok(wrong == 0, "ids, versions, attributes and scopes match");
	{
		const struct pds_op *op = pds_resolve(&cat, "counters.read_counters", &err);
		char *argv[] = { "first=1", "num=0x2" };
		uint8_t *req = NULL, resp[64] = { 0 };
		size_t len = 0;
		struct json_object *o = json_object_new_object(), *c;

		ok(op && op->scope == FWCTL_RPC_DEBUG_READ_ONLY && !op->writes, "read_counters: debug-ro, read");
		ok(op && pds_encode_request(op, 2, argv, &req, &len, &err) == 0 && len == 8 &&
		   !memcmp(req, "\x01\0\0\0\x02\0\0\0", 8), "request encoded little-endian");
		for (int i = 0; i < 8; i++)
			emu_put_le64(resp + i * 8, 100 + i);
		ok(op && pds_decode_response(op, req, len, resp, sizeof(resp), o) == 0 &&
		   json_object_object_get_ex(o, "counters", &c) && json_object_array_length(c) == 2 &&
		   json_object_get_int64(json_object_array_get_idx(c, 1)) == 101,
		   "count_from limits the array to num");
		json_object_put(o);
		o = json_object_new_object();
		ok(op && pds_decode_response(op, req, len, resp, 12, o) > 0,
		   "short response: missing elements reported");
		json_object_put(o);
		free(req);
	}
	{
		const struct pds_op *op = pds_resolve(&cat, "port.set_config", &err);
		char *a1[] = { "fec=fc" }, *a2[] = { "fec=bogus" }, *a3[] = { "mtu=0x100000000" };
		uint8_t *req = NULL;
		size_t len = 0;

		ok(op && op->writes && op->scope == FWCTL_RPC_CONFIGURATION, "set_config: config, writes");
		ok(op && pds_encode_request(op, 1, a1, &req, &len, &err) == 0 &&
		   req[0] == 0xdc && req[1] == 0x05 && req[4] == 1, "default mtu 1500, enum by name");
		free(req);
		ok(op && pds_encode_request(op, 1, a2, &req, &len, &err) < 0 && err.kind == FWCTL_ERR_USAGE,
		   "unknown enum name refused");
		fwctl_err_clear(&err);
		ok(op && pds_encode_request(op, 1, a3, &req, &len, &err) < 0, "value over the width refused");
		fwctl_err_clear(&err);
	}
	{
		const struct pds_op *op = pds_resolve(&cat, "debug.reg_read", &err);
		uint8_t *req = NULL;
		size_t len = 0;

		ok(op && pds_encode_request(op, 0, NULL, &req, &len, &err) < 0 &&
		   strstr(err.message, "needs reg=VALUE"), "required field: %s", err.message);
		fwctl_err_clear(&err);
		ok(pds_resolve(&cat, "port.commit", &err)->scope == FWCTL_RPC_DEBUG_WRITE_FULL,
		   "commit (attr 0x0c) -> debug-write-full");
		ok(pds_resolve(&cat, "4.3", &err) == pds_resolve(&cat, "port.commit", &err), "numbers resolve");
		ok(pds_resolve(&cat, "port", &err) == NULL && err.kind == FWCTL_ERR_USAGE, "no dot refused");
		fwctl_err_clear(&err);
	}
	pds_catalog_free(&cat);
}

#define H "{\"format\":\"fwctl-pds-catalog\",\"format_version\":1,\"endpoints\":"

static void test_loader(void)
{
	static const struct { const char *json, *want; } bad[] = {
		{ "", "not valid JSON" },
		{ "[]", "must be a JSON object" },
		{ H "[]} {}", "trailing data" },
		{ H "{}}", "\"endpoints\" must be an array" },
		{ H "[{\"name\":\"e\",\"id\":4294967296,\"operations\":[]}]}", "is over 4294967295" },
		{ H "[{\"name\":\"e\",\"id\":1,\"operations\":[{\"name\":\"o\",\"id\":1,\"scope\":\"root\"}]}]}", "scope must be" },
		{ H "[{\"name\":\"e\",\"id\":1,\"operations\":[{\"name\":\"o\",\"id\":1,\"attr\":0,\"request\":{\"size\":4,\"fields\":[{\"name\":\"s\",\"offset\":0,\"type\":\"string\"}]}}]}]}", "needs \"size\"" },
		{ H "[{\"name\":\"e\",\"id\":1,\"operations\":[{\"name\":\"o\",\"id\":1,\"attr\":0,\"request\":{\"size\":4,\"fields\":[{\"name\":\"s\",\"offset\":0,\"type\":\"u8\",\"default\":256}]}}]}]}", "\"default\" 256 is over 255" },
		{ H "[{\"name\":\"e\",\"id\":1,\"operations\":[{\"name\":\"o\",\"id\":1,\"attr\":0,\"response\":{\"size\":4,\"fields\":[{\"name\":\"s\",\"offset\":0,\"type\":\"u8\",\"flags\":{\"x\":64}}]}}]}]}", "bit 0..63" },
		{ H "[{\"name\":\"e\",\"id\":1,\"operations\":[{\"name\":\"o\",\"id\":1,\"attr\":0,\"response\":{\"size\":4,\"fields\":[{\"name\":\"s\",\"offset\":0,\"type\":\"u8\",\"count\":2,\"count_from\":\"x\"}]}}]}]}", "count_from" },
		{ H "[{\"name\":\"e\",\"id\":1,\"operations\":[{\"name\":\"o\",\"id\":1,\"attr\":0,\"response\":{\"size\":4,\"fields\":[{\"name\":\"s\",\"offset\":0,\"type\":\"u16\",\"count\":3}]}}]}]}", "outside the 4-byte payload" },
		{ H "[{\"name\":\"e\",\"id\":1,\"operations\":[]},{\"name\":\"e\",\"id\":2,\"operations\":[]}]}", "defined twice" },
		{ H "[{\"name\":\"9e\",\"id\":1,\"operations\":[]}]}", "must not start with a digit" },
	};
	static const char second[] = H "[{\"name\":\"f\",\"id\":2,\"operations\":[]}]}";
	struct pds_catalog cat;
	struct fwctl_err err;

	for (size_t i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
		int rc = load(&cat, bad[i].json, &err);

		ok(rc < 0 && err.kind == FWCTL_ERR_USAGE && strstr(err.message, bad[i].want),
		   "refused (%s): %s", bad[i].want, err.message);
		pds_catalog_free(&cat);
	}
	ok(load(&cat, H "[{\"name\":\"e\",\"id\":1,\"comment\":\"x\",\"operations\":[{\"name\":\"o\",\"id\":1,\"scope\":\"debug-write\"}]}]}", &err) == 0 &&
	   cat.eps[0].ops[0].writes && cat.eps[0].ops[0].ep == &cat.eps[0], "minimal catalogue, write scope writes");
	ok(pds_catalog_parse(&cat, second, strlen(second), "u.json", &err) == 0 &&
	   cat.n_eps == 2 && cat.eps[0].ops[0].ep == &cat.eps[0] && strstr(cat.source, "t.json, u.json"),
	   "a second document merges, back-links stay valid");
	pds_catalog_free(&cat);
}

static void test_reply(void)
{
	struct fwctl_rpc_pds s = { 0 }, b;
	struct pds_reply r;
	struct fwctl_err err = { 0 };

	s.in.op = 0x00010001;
	s.in.ep = 3;
	s.in.len = 4;
	s.out.len = 8;
	b = s;
	b.out.retval = 7;
	ok(pds_reply_check(&s, (uint8_t *)&b, sizeof(b), &r, &err) == 0 && r.retval == 7 && r.ep == 3,
	   "good reply, retval read");
	ok(pds_reply_check(&s, (uint8_t *)&b, 28, &r, &err) == 0 && r.retval == 7,
	   "28 bytes: enough for the retval");
	ok(pds_reply_check(&s, (uint8_t *)&b, 27, &r, &err) < 0 && err.kind == FWCTL_ERR_PROTOCOL,
	   "27 bytes: too short");
	fwctl_err_clear(&err);
	b.in.ep = 4;
	ok(pds_reply_check(&s, (uint8_t *)&b, sizeof(b), &r, &err) < 0 && strstr(err.message, "ep 4"),
	   "another endpoint refused");
	fwctl_err_clear(&err);
	b.in.ep = 3;
	b.out.len = 9;
	ok(pds_reply_check(&s, (uint8_t *)&b, sizeof(b), &r, &err) < 0, "changed out.len refused");
}

extern const struct fwctl_plugin fwctl_plugin_pds;

/* The report hook sends nothing: caps from the device data, the catalogue in use. */
static void test_report(void)
{
	struct fwctl_handle h = { 0 };
	struct fwctl_ctx ctx = { .h = &h, .scope = -1 };
	struct json_object *o = json_object_new_object(), *c, *v;

	setenv("FWCTL_PDS_CATALOG", PDS_CATALOG_PATH, 1);
	h.devdata_len = 4;
	h.devdata[0] = 1;
	ok(fwctl_plugin_pds.report && fwctl_plugin_pds.report(&ctx, o) == 0, "report hook runs");
	ok(json_object_object_get_ex(o, "caps", &c) && json_object_object_get_ex(c, "uctx_caps", &v) &&
	   json_object_get_int(v) == 1, "caps 1");
	ok(json_object_object_get_ex(o, "catalog", &c) && json_object_object_get_ex(c, "endpoints", &v) &&
	   json_object_get_int(v) == 4, "catalogue with 4 endpoints");
	ok(h.rpcs == 0, "no RPC");
	json_object_put(o);
	o = json_object_new_object();
	h.devdata_len = 0;
	setenv("FWCTL_PDS_CATALOG", "/nonexistent.json", 1);
	ok(fwctl_plugin_pds.report(&ctx, o) == 0 && json_object_object_get_ex(o, "catalog", &c) &&
	   json_object_object_get_ex(c, "error", NULL) && json_object_object_get_ex(o, "caps", &c) &&
	   json_object_object_get_ex(c, "known", &v) && !json_object_get_boolean(v),
	   "length 0 and a broken catalogue are reported, not fatal");
	json_object_put(o);
	unsetenv("FWCTL_PDS_CATALOG");
}

int main(void)
{
	test_attr_scope();
	test_status();
	test_catalog_vs_emulator();
	test_loader();
	test_reply();
	test_report();
	return tap_done();
}
