// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * fwctl report --include coredump, mlx5 part: the CR-space resource dump
 * streamed into the report's archive through the core's sink, the same
 * RPC loop as `fwctl mlx5 coredump` (DEBUG_READ_ONLY, 208 bytes per RPC).
 */
#include <stdio.h>

#include <json-c/json.h>

#include "mlx5_handlers.h"
#include "rsc_dump_cmd.h"
#include "rsc_dump_sha256.h"

int mlx5_report_coredump(struct fwctl_ctx *ctx, struct json_object *into,
			 int (*write)(void *wctx, const void *buf, size_t len), void *wctx)
{
	const struct rsc_menu_entry *e;
	struct rsc_menu menu = { 0 };
	struct rsc_walker walk;
	struct rsc_key key = { 0 };
	struct rsc_dump d;
	struct sha256_ctx sha;
	uint64_t menu_rpcs = 0;
	uint8_t digest[SHA256_DIGEST_SIZE];
	char hex[65], what[48];
	int more;

	if (rsc_menu_fetch(ctx->h, FWCTL_RPC_DEBUG_READ_ONLY, &menu, &menu_rpcs, &ctx->err) < 0)
		goto fail;
	e = rsc_find_crspace(&menu);
	if (!e) {
		fwctl_err_set(&ctx->err, FWCTL_ERR_UNSUPPORTED, 0,
			      "the firmware's menu has no CR-space segment");
		goto fail;
	}
	key.segment_type = e->segment_type;
	json_object_object_add(into, "segment", json_object_new_string(e->name));
	snprintf(what, sizeof(what), "RESOURCE_DUMP %s", e->name);
	rsc_dump_init(&d, ctx->h, FWCTL_RPC_DEBUG_READ_ONLY, &key, what);
	rsc_walker_init(&walk);
	sha256_init(&sha);
	/* Same loop as `mlx5 coredump`: one RPC, write, hash, walk; nothing kept. */
	do {
		const uint8_t *p;
		size_t n;

		more = rsc_dump_next(&d, &p, &n, &ctx->err);
		if (more < 0 || (n && write(wctx, p, n)) ||
		    rsc_walker_feed(&walk, p, n, &ctx->err) < 0)
			goto fail;
		sha256_update(&sha, n, p);
	} while (more);
	if (rsc_walker_finish(&walk, &ctx->err) < 0)
		goto fail;
	sha256_digest(&sha, SHA256_DIGEST_SIZE, digest);
	rsc_sha256_hex(digest, hex);
	json_object_object_add(into, "bytes", json_object_new_int64((int64_t)d.bytes));
	json_object_object_add(into, "segments", json_object_new_int64((int64_t)walk.n_segments));
	json_object_object_add(into, "rpcs", json_object_new_int64((int64_t)(d.rpcs + menu_rpcs)));
	json_object_object_add(into, "sha256_hex", json_object_new_string(hex));
	rsc_menu_free(&menu);
	return 0;
fail:
	rsc_menu_free(&menu);
	return -1;
}
