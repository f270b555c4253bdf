// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * Resource dump: SHA-256 known answers, layout tables, the streaming
 * walker, reply checks, menu and record decoders, and whole dumps against
 * the emulated firmware (including its faults).  TAP output.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <json-c/json.h>

#include "../../../lib/rpc.h"
#include "../../../plugins/mlx5/mlx5_policy.h"
#include "../../../plugins/mlx5/rsc_dump.h"
#include "../../../plugins/mlx5/rsc_dump_sha256.h"
#include "../../emu/emu_test.h"

/* The emulated firmware's resource-dump model (drivers/mlx5/fw_rscdump.c). */
char *emu_mlx5_rsc_dump_describe(struct emu_dev *dev);

static const char *sha_of(const void *p, size_t n, char out[65])
{
	struct sha256_ctx s;
	uint8_t d[32];

	sha256_init(&s);
	sha256_update(&s, n, p);
	sha256_digest(&s, SHA256_DIGEST_SIZE, d);
	rsc_sha256_hex(d, out);
	return out;
}

static void test_sha256(void)
{
	char h[65];
	static char million[1000000];
	struct sha256_ctx s;
	uint8_t d[32];
	const char *msg448 = "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq";

	ok(!strcmp(sha_of("", 0, h),
		   "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
	   "sha256 of the empty string");
	ok(!strcmp(sha_of("abc", 3, h),
		   "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
	   "sha256(\"abc\") (FIPS 180-2 B.1)");
	ok(!strcmp(sha_of(msg448, strlen(msg448), h),
		   "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"),
	   "sha256 of the 448-bit message (B.2)");
	memset(million, 'a', sizeof(million));
	ok(!strcmp(sha_of(million, sizeof(million), h),
		   "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0"),
	   "sha256 of a million 'a' (B.3)");
	/* Odd-sized updates must give the same digest as one call. */
	sha256_init(&s);
	for (size_t off = 0, step = 1; off < sizeof(million); off += step, step = step * 7 % 251 + 1)
		sha256_update(&s, off + step > sizeof(million) ? sizeof(million) - off : step,
			      (const uint8_t *)million + off);
	sha256_digest(&s, SHA256_DIGEST_SIZE, d);
	rsc_sha256_hex(d, h);
	ok(!strcmp(h, "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0"),
	   "sha256 with odd-sized updates");
}

static void test_layouts(void)
{
	const struct prm_layout *ls[] = {
		&rsc_reg_layout, &rsc_menu_record_layout, &rsc_seg_hdr_layout, &rsc_info_seg_layout,
		&rsc_cmd_seg_layout, &rsc_error_seg_layout, &rsc_notice_seg_layout,
		&rsc_reference_seg_layout, &rsc_resource_seg_layout,
	};

	for (size_t i = 0; i < sizeof(ls) / sizeof(ls[0]); i++) {
		const char *why = prm_layout_check(ls[i]);

		ok(why == NULL, "layout %s is consistent", ls[i]->name);
		if (why)
			printf("# %s\n", why);
	}
	ok(rsc_reg_layout.size_bits == 256 * 8 && rsc_menu_record_layout.size_bits == 52 * 8,
	   "register 256 bytes, menu record 52 bytes");
	{
		const struct prm_field *m = prm_find(&rsc_reg_layout, "more_dump");
		const struct prm_field *in = prm_find(&rsc_reg_layout, "inline_dump");
		const struct prm_field *q = prm_find(&rsc_reg_layout, "seq_num");
		const struct prm_field *z = prm_find(&rsc_reg_layout, "size");

		/* rsc_dump.c reads these bytes directly on the per-RPC path. */
		ok(m->bit_off == 0 && in->bit_off == 1 && q->bit_off == 12 && q->bit_width == 4 &&
		   z->bit_off == 36 * 8 && z->bit_width == 32,
		   "fast-path byte offsets agree with the table");
	}
	{
		const struct prm_field *f = prm_find(&rsc_reg_layout, "inline_data");

		ok(f && f->bit_off / 8 == 48 && f->bit_width / 8 == 208,
		   "inline_data is 208 bytes at byte 48");
	}
}

static void test_reply_check(void)
{
	uint8_t in[256] = { 0 }, out[256] = { 0 };
	struct fwctl_err err = { 0 };
	size_t size;
	bool more;

	in[1] = 15;
	out[1] = 0;                    /* 15 + 1 wraps to 0 */
	out[0] = 0x80;
	out[39] = 208;
	ok(rsc_reply_check(in, out, &size, &more, &err) == 0 && size == 208 && more,
	   "seq_num wraps 15 -> 0");
	out[39] = 209;
	fwctl_err_clear(&err);
	ok(rsc_reply_check(in, out, &size, &more, &err) < 0 && err.kind == FWCTL_ERR_PROTOCOL,
	   "size 209 is refused");
	out[39] = 8;
	out[1] = 1;
	fwctl_err_clear(&err);
	ok(rsc_reply_check(in, out, &size, &more, &err) < 0 && err.kind == FWCTL_ERR_PROTOCOL,
	   "seq_num out of order is refused");
	out[36] = 0x80;
	out[1] = 0;
	fwctl_err_clear(&err);
	ok(rsc_reply_check(in, out, &size, &more, &err) < 0, "huge size is refused");
}

static void test_walker(void)
{
	/* INFO(16) + RESOURCE(16+8) + TERMINATE(4) */
	uint8_t s[44] = { 0, 4, 0xff, 0xfe, [16] = 0, 6, 0x10, 0x00, [40] = 0, 1, 0xff, 0xfb };
	struct rsc_walker w;
	struct fwctl_err err = { 0 };
	int rc = 0;

	rsc_walker_init(&w);
	for (size_t i = 0; i < sizeof(s) && !rc; i++)
		rc = rsc_walker_feed(&w, s + i, 1, &err);
	ok(!rc && rsc_walker_finish(&w, &err) == 0 && w.n_segments == 3,
	   "walker: byte-by-byte feed finds 3 segments and TERMINATE");
	rsc_walker_init(&w);
	ok(rsc_walker_feed(&w, s, sizeof(s), &err) == 0 &&
	   rsc_walker_feed(&w, s, 4, &err) < 0 && err.kind == FWCTL_ERR_PROTOCOL,
	   "walker: data after TERMINATE is refused");
	rsc_walker_init(&w);
	fwctl_err_clear(&err);
	ok(rsc_walker_feed(&w, s, 30, &err) == 0 && rsc_walker_finish(&w, &err) < 0,
	   "walker: a stream cut inside a segment is refused");
	{
		uint8_t z[8] = { 0 };

		rsc_walker_init(&w);
		fwctl_err_clear(&err);
		ok(rsc_walker_feed(&w, z, sizeof(z), &err) < 0, "walker: length 0 is refused");
	}
	{
		uint8_t e[48] = { 0, 12, 0xff, 0xfc, 0, 0, 0x12, 0x34, [16] = 'b', 'a', 'd' };

		rsc_walker_init(&w);
		fwctl_err_clear(&err);
		ok(rsc_walker_feed(&w, e, sizeof(e), &err) < 0 && err.kind == FWCTL_ERR_FIRMWARE &&
		   err.syndrome == 0x1234 && strstr(err.message, "bad"),
		   "walker: an ERROR segment fails with its syndrome and text");
	}
}

/* Collect a whole dump through the session API. */
static int collect(struct fwctl_handle *h, const struct rsc_key *key, uint64_t max,
		   uint8_t **buf, size_t *len, uint64_t *rpcs, struct fwctl_err *err)
{
	struct rsc_dump d;
	size_t cap = 0;
	int more;

	*buf = NULL;
	*len = 0;
	rsc_dump_init(&d, h, FWCTL_RPC_DEBUG_READ_ONLY, key, "test");
	d.max_bytes = max;
	do {
		const uint8_t *p;
		size_t n;

		more = rsc_dump_next(&d, &p, &n, err);
		if (more < 0)
			break;
		if (*len + n > cap) {
			cap = (cap + n) * 2;
			*buf = realloc(*buf, cap);
		}
		memcpy(*buf + *len, p, n);
		*len += n;
	} while (more);
	*rpcs = d.rpcs;
	return more < 0 ? -1 : 0;
}

static void test_menu_and_dumps(void)
{
	struct emu_world *w = t_world1("mlx5,crspace=65548");
	struct fwctl_device rec;
	struct fwctl_handle *h = t_open(w->devs[0], &rec);
	struct fwctl_err err = { 0 };
	struct rsc_menu menu;
	uint64_t rpcs = 0;
	const struct rsc_menu_entry *e;

	ok(rsc_menu_fetch(h, FWCTL_RPC_DEBUG_READ_ONLY, &menu, &rpcs, &err) == 0,
	   "menu fetch %s", err.message);
	ok(menu.n == 5 && rpcs == 2, "menu has 5 segments in 2 RPCs");
	e = rsc_menu_find(&menu, "full_qpc");
	ok(e && e->segment_type == 0x10 && e->must_have_index1 && e->support_num_obj1 &&
	   e->num_obj1_all && e->num_obj1_active && !e->support_index2 &&
	   !strcmp(e->index1_name, "QPN"),
	   "FULL_QPC record decoded (case-insensitive lookup)");
	e = rsc_menu_find(&menu, "CR_SPACE");
	ok(e && e->segment_type == 0x1000, "CR_SPACE found");
	{
		json_object *j = rsc_menu_to_json(&menu);

		ok(json_object_array_length(j) == 5, "menu JSON has 5 entries");
		json_object_put(j);
	}
	rsc_menu_free(&menu);

	/* Whole CR-space dump: bytes, hash and RPC count as the firmware says. */
	{
		struct rsc_key key = { .segment_type = 0x1000 };
		char *desc = emu_mlx5_rsc_dump_describe(w->devs[0]);
		json_object *dj = json_tokener_parse(desc), *rd = dj, *v = NULL;
		uint8_t *buf;
		size_t len;
		char hex[65];
		struct rsc_walker walker;

		fwctl_err_clear(&err);
		ok(collect(h, &key, 0, &buf, &len, &rpcs, &err) == 0, "CR-space dump %s",
		   err.message);
		json_object_object_get_ex(rd, "crspace_dump_bytes", &v);
		ok((uint64_t)json_object_get_int64(v) == len, "dump length equals the firmware's");
		json_object_object_get_ex(rd, "crspace_dump_sha256", &v);
		ok(!strcmp(sha_of(buf, len, hex), json_object_get_string(v)),
		   "dump sha256 equals the firmware's");
		ok(rpcs == (len + 207) / 208, "minimum RPC count ceil(S/208)");
		rsc_walker_init(&walker);
		ok(rsc_walker_feed(&walker, buf, len, &err) == 0 && rsc_walker_finish(&walker, &err) == 0 &&
		   walker.n_segments == 2 + 2 + 1, "walker: INFO, COMMAND, 2 CR chunks, TERMINATE");
		free(buf);
		json_object_put(dj);
		free(desc);
	}
	/* Decoded records of FULL_QPC num_of_obj1=active: 8 QPs. */
	{
		struct rsc_key key = { .segment_type = 0x10, .index1 = 0, .num_obj1 = 0xfffe };
		json_object *recs = json_object_new_array();
		uint8_t *buf;
		size_t len;

		fwctl_err_clear(&err);
		ok(collect(h, &key, 0, &buf, &len, &rpcs, &err) == 0 &&
		   rsc_segments_to_json(buf, len, recs, &err) == 0 &&
		   json_object_array_length(recs) == 2 + 8 + 1,
		   "FULL_QPC active: INFO, COMMAND, 8 records, TERMINATE");
		free(buf);
		json_object_put(recs);
	}
	/* Max size bound. */
	{
		struct rsc_key key = { .segment_type = 0x1000 };
		uint8_t *buf;
		size_t len;

		fwctl_err_clear(&err);
		ok(collect(h, &key, 4096, &buf, &len, &rpcs, &err) < 0 &&
		   err.kind == FWCTL_ERR_PROTOCOL, "max_bytes bounds a dump");
		free(buf);
	}
	t_close(h, &rec);
	emu_world_free(w);
}

static void test_fault(const char *name, enum fwctl_err_kind want)
{
	char fault[64];
	const char *devs[] = { "mlx5,crspace=262144", NULL }, *faults[] = { fault, NULL };
	struct emu_world *w;
	struct fwctl_device rec;
	struct fwctl_handle *h;
	struct fwctl_err err = { 0 };
	struct rsc_key key = { .segment_type = 0x1000 };
	uint8_t *buf;
	size_t len;
	uint64_t rpcs;

	snprintf(fault, sizeof(fault), "vendor,name=%s,after=20", name);
	w = t_world(devs, faults);
	h = t_open(w->devs[0], &rec);
	h->policy = &mlx5_rpc_policy;   /* the reply contract, as main installs it */
	ok(collect(h, &key, 1u << 20, &buf, &len, &rpcs, &err) < 0 && err.kind == want,
	   "fault %s is detected", name);
	printf("# %s\n", err.message);
	free(buf);
	t_close(h, &rec);
	emu_world_free(w);
}

int main(void)
{
	test_sha256();
	test_layouts();
	test_reply_check();
	test_walker();
	test_menu_and_dumps();
	test_fault("rsc-seq", FWCTL_ERR_PROTOCOL);
	test_fault("rsc-status", FWCTL_ERR_FIRMWARE);
	test_fault("rsc-endless", FWCTL_ERR_PROTOCOL);
	return tap_done();
}
