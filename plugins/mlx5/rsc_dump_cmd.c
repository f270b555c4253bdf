// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * fwctl mlx5 resource-dump: --menu decodes the firmware's segment menu;
 * SEGMENT dumps one segment, raw (to -o FILE or with --format=binary) or
 * as decoded segment records (text/JSON).
 */
#include <errno.h>
#include <inttypes.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <json-c/json.h>

#include "../../lib/suggest.h"
#include "rsc_dump_cmd.h"
#include "rsc_dump_stream.h"

/* Special num_of_obj values (resource dump "all"/"active"; as used by
 * NVIDIA's resourcedump tool: UNVERIFIED against the PRM). */
#define RSC_NUM_OBJ_ALL    0xffff
#define RSC_NUM_OBJ_ACTIVE 0xfffe

/* Decoded views keep the stream in memory: bounded by default. */
#define RSC_DECODE_DEFAULT_MAX (64ull << 20)

const struct fwctl_opt rsc_dump_cmd_opts[] = {
	{ "menu", 0, OPT_BOOL, OPT_OFF(struct rsc_dump_opts, menu), NULL,
	  "list the segments the firmware can dump" },
	{ "index1", 0, OPT_U32, OPT_OFF(struct rsc_dump_opts, index1), "N",
	  "first index of the object (e.g. the QP number)",
	  .has_seen = true, .seen_offset = OPT_OFF(struct rsc_dump_opts, index1_seen) },
	{ "index2", 0, OPT_U32, OPT_OFF(struct rsc_dump_opts, index2), "N",
	  "second index of the object",
	  .has_seen = true, .seen_offset = OPT_OFF(struct rsc_dump_opts, index2_seen) },
	{ "num-obj1", 0, OPT_STR, OPT_OFF(struct rsc_dump_opts, num_obj1), "N|all|active",
	  "number of objects from index1" },
	{ "num-obj2", 0, OPT_STR, OPT_OFF(struct rsc_dump_opts, num_obj2), "N|all|active",
	  "number of objects from index2" },
	{ "max-size", 0, OPT_SIZE, OPT_OFF(struct rsc_dump_opts, max_size), "SIZE",
	  "fail if the dump grows beyond SIZE (default: none for files, 64M decoded)" },
	FWCTL_OPT_END
};

const char *const rsc_crspace_names[] = {
	"CR_SPACE", "CRSPACE", "CR_DUMP", "CORE_DUMP", "CRDUMP", NULL,
};

static int parse_num_obj(struct fwctl_ctx *ctx, const char *opt, const char *s, bool all_ok,
			 bool active_ok, uint16_t *out)
{
	uint64_t v;

	if (!strcasecmp(s, "all")) {
		if (!all_ok)
			return fwctl_err_set(&ctx->err, FWCTL_ERR_USAGE, 0,
					     "--%s all: this segment does not support 'all'", opt);
		*out = RSC_NUM_OBJ_ALL;
		return 0;
	}
	if (!strcasecmp(s, "active")) {
		if (!active_ok)
			return fwctl_err_set(&ctx->err, FWCTL_ERR_USAGE, 0,
					     "--%s active: this segment does not support 'active'",
					     opt);
		*out = RSC_NUM_OBJ_ACTIVE;
		return 0;
	}
	if (fwctl_parse_u64(s, 0xfffd, &v) < 0)
		return fwctl_err_set(&ctx->err, FWCTL_ERR_USAGE, 0,
				     "--%s: '%s' is not a count (0..65533), 'all' or 'active'",
				     opt, s);
	*out = (uint16_t)v;
	return 0;
}

static int check_param(struct fwctl_ctx *ctx, const char *seg, const char *opt, bool given,
		       bool support, bool must)
{
	if (must && !given)
		return fwctl_err_set(&ctx->err, FWCTL_ERR_USAGE, 0,
				     "segment %s requires --%s (see --menu)", seg, opt);
	if (given && !support && !must)
		return fwctl_err_set(&ctx->err, FWCTL_ERR_USAGE, 0,
				     "segment %s does not take --%s (see --menu)", seg, opt);
	return 0;
}

/* The menu's segment names closest to a typo; they live as long as the menu. */
static const char *menu_suggestion(const struct rsc_menu *menu, const char *word, char *buf,
				   size_t len)
{
	struct fwctl_suggest s;

	fwctl_suggest_init(&s, word);
	for (size_t i = 0; i < menu->n; i++)
		if (menu->e[i].name[0])
			fwctl_suggest_add(&s, menu->e[i].name);
	return fwctl_suggest_text(&s, buf, len);
}

static int resolve_target(struct fwctl_ctx *ctx, struct rsc_dump_opts *o, const char *arg,
			  struct rsc_target *t)
{
	const struct rsc_menu_entry *e;
	uint64_t num;
	bool numeric = fwctl_parse_u64(arg, 0xffff, &num) == 0;

	if (rsc_menu_fetch(ctx->h, FWCTL_RPC_DEBUG_READ_ONLY, &t->menu, &t->menu_rpcs,
			   &ctx->err) < 0)
		return -1;
	e = rsc_menu_find(&t->menu, arg);
	if (!e && numeric)
		for (size_t i = 0; i < t->menu.n; i++)
			if (t->menu.e[i].segment_type == num)
				e = &t->menu.e[i];
	if (!e && !numeric) {
		char hint[160];

		fwctl_err_set(&ctx->err, FWCTL_ERR_USAGE, 0,
			      "no segment '%s' in the firmware's menu (fwctl mlx5 resource-dump "
			      "--menu lists %zu)%s", arg, t->menu.n,
			      menu_suggestion(&t->menu, arg, hint, sizeof(hint)));
		return -1;
	}
	memset(&t->key, 0, sizeof(t->key));
	t->key.segment_type = e ? e->segment_type : (uint16_t)num;
	if (e && e->name[0])
		snprintf(t->name, sizeof(t->name), "%s", e->name);
	else
		snprintf(t->name, sizeof(t->name), "0x%04x", t->key.segment_type);
	if (e) {
		if (check_param(ctx, t->name, "index1", o->index1_seen, e->support_index1,
				e->must_have_index1) < 0 ||
		    check_param(ctx, t->name, "index2", o->index2_seen, e->support_index2,
				e->must_have_index2) < 0 ||
		    check_param(ctx, t->name, "num-obj1", o->num_obj1 != NULL,
				e->support_num_obj1, e->must_have_num_obj1) < 0 ||
		    check_param(ctx, t->name, "num-obj2", o->num_obj2 != NULL,
				e->support_num_obj2, e->must_have_num_obj2) < 0)
			return -1;
	}
	t->key.index1 = o->index1;
	t->key.index2 = o->index2;
	if (o->num_obj1 && parse_num_obj(ctx, "num-obj1", o->num_obj1, !e || e->num_obj1_all,
					 !e || e->num_obj1_active, &t->key.num_obj1) < 0)
		return -1;
	if (o->num_obj2 && parse_num_obj(ctx, "num-obj2", o->num_obj2, !e || e->num_obj2_all,
					 !e || e->num_obj2_active, &t->key.num_obj2) < 0)
		return -1;
	return 0;
}

static int run_menu(struct fwctl_ctx *ctx)
{
	struct rsc_menu menu;
	uint64_t rpcs = 0;
	json_object *root;

	if (rsc_menu_fetch(ctx->h, FWCTL_RPC_DEBUG_READ_ONLY, &menu, &rpcs, &ctx->err) < 0)
		return -1;
	root = json_object_new_object();
	json_object_object_add(root, "device", json_object_new_string(ctx->dev->name));
	json_object_object_add(root, "rpcs", json_object_new_int64((int64_t)rpcs));
	json_object_object_add(root, "segments", rsc_menu_to_json(&menu));
	rsc_menu_free(&menu);
	return fwctl_emit(ctx, root, NULL, 0);
}

/* Append one reply's inline data to the collected stream. */
static int stream_append(struct fwctl_ctx *ctx, uint8_t **buf, size_t *len, size_t *cap,
			 const uint8_t *p, size_t n)
{
	if (*len + n > *cap) {
		size_t ncap = *cap ? *cap * 2 : 4096;
		uint8_t *nb;

		while (ncap < *len + n)
			ncap *= 2;
		nb = realloc(*buf, ncap);
		if (!nb)
			return fwctl_err_set(&ctx->err, FWCTL_ERR_FAILED, ENOMEM, "out of memory");
		*buf = nb;
		*cap = ncap;
	}
	if (n)   /* an empty record may come with p == NULL, buf == NULL */
		memcpy(*buf + *len, p, n);
	*len += n;
	return 0;
}

/*
 * The whole stream into *buf, walked as it arrives: an ERROR segment is
 * the firmware saying no (exit 5) and stops the dump, as it does for a
 * dump to a file; a stream cut short or running past TERMINATE is
 * malformed.  *rpcs counts the data RPCs sent.
 */
static int collect_stream(struct fwctl_ctx *ctx, const struct rsc_target *t, uint64_t max,
			  uint8_t **buf, size_t *len, uint64_t *rpcs)
{
	struct rsc_walker walk;
	struct rsc_dump d;
	size_t cap = 0;
	int more, rc = -1;

	rsc_dump_init(&d, ctx->h, FWCTL_RPC_DEBUG_READ_ONLY, &t->key, "RESOURCE_DUMP");
	d.max_bytes = max;
	if (ctx->verbose > 0)
		d.trace = rsc_stream_trace;
	rsc_walker_init(&walk);
	*buf = NULL;
	*len = 0;
	do {
		const uint8_t *p;
		size_t n;

		more = rsc_dump_next(&d, &p, &n, &ctx->err);
		if (more < 0 || stream_append(ctx, buf, len, &cap, p, n) < 0 ||
		    rsc_walker_feed(&walk, p, n, &ctx->err) < 0)
			goto out;
	} while (more);
	rc = rsc_walker_finish(&walk, &ctx->err);
out:
	*rpcs = d.rpcs;
	if (rc < 0) {
		fwctl_err_prefix(&ctx->err, "%s", t->name);
		free(*buf);
		*buf = NULL;
	}
	return rc;
}

/* Decoded view: the stream is collected (bounded) then decoded record by record. */
static int run_decoded(struct fwctl_ctx *ctx, struct rsc_target *t, uint64_t max)
{
	uint8_t *buf;
	size_t len;
	uint64_t rpcs;
	json_object *root, *recs;

	if (collect_stream(ctx, t, max, &buf, &len, &rpcs) < 0)
		return -1;
	root = json_object_new_object();
	recs = json_object_new_array();
	json_object_object_add(root, "segment", json_object_new_string(t->name));
	json_object_object_add(root, "segment_type", json_object_new_int(t->key.segment_type));
	json_object_object_add(root, "bytes", json_object_new_int64((int64_t)len));
	json_object_object_add(root, "rpcs", json_object_new_int64((int64_t)(rpcs +
									      t->menu_rpcs)));
	if (rsc_segments_to_json(buf, len, recs, &ctx->err) < 0) {
		json_object_put(recs);
		json_object_put(root);
		free(buf);
		fwctl_err_prefix(&ctx->err, "%s", t->name);
		return -1;
	}
	json_object_object_add(root, "records", recs);
	free(buf);
	return fwctl_emit(ctx, root, NULL, 0);
}

int rsc_dump_cmd_run(struct fwctl_ctx *ctx, void *opts, int argc, char **argv)
{
	struct rsc_dump_opts *o = opts;
	struct rsc_target t = { 0 };
	int rc;

	if (o->menu) {
		if (argc > 0)
			return fwctl_err_set(&ctx->err, FWCTL_ERR_USAGE, 0,
					     "--menu takes no SEGMENT");
		if (ctx->timeout > 0)
			fwctl_set_timeout(ctx->h, ctx->timeout);
		return run_menu(ctx);
	}
	if (argc != 1)
		return fwctl_err_set(&ctx->err, FWCTL_ERR_USAGE, 0,
				     argc ? "exactly one SEGMENT, please" :
				     "which SEGMENT? (--menu lists them)");
	/* --timeout bounds the whole dump, menu included. */
	if (ctx->timeout > 0)
		fwctl_set_timeout(ctx->h, ctx->timeout);
	if (ctx->output || ctx->format == OUT_BINARY) {
		struct atomic_file af;
		const char *path = ctx->output ? ctx->output : "-";

		/* Refuse an existing FILE before spending any RPC. */
		if (fwctl_open_output(ctx, path, true, &af) < 0)
			return -1;
		if (resolve_target(ctx, o, argv[0], &t) < 0) {
			atomic_file_abort(&af);
			rsc_menu_free(&t.menu);
			return -1;
		}
		struct rsc_stream_req req = {
			.path = path,
			.segment_name = t.name,
			.key = t.key,
			.scope = FWCTL_RPC_DEBUG_READ_ONLY,
			.max_bytes = o->max_size,
			.menu_rpcs = t.menu_rpcs,
		};
		struct rsc_stream_result res;

		rc = rsc_stream_to_file(ctx, &req, &af, &res);
		if (rc == 0)
			rc = rsc_stream_emit_summary(ctx, &req, &res);
	} else {
		if (resolve_target(ctx, o, argv[0], &t) < 0) {
			rsc_menu_free(&t.menu);
			return -1;
		}
		rc = run_decoded(ctx, &t, o->max_size ? o->max_size : RSC_DECODE_DEFAULT_MAX);
	}
	rsc_menu_free(&t.menu);
	return rc;
}
