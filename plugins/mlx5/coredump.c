// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * fwctl mlx5 coredump -o FILE: the CR-space resource dump segment streamed
 * into FILE, atomically.  Upstream fwctl allows no mkey, so the whole CR
 * space comes inline, 208 bytes per ACCESS_REG RPC: the minimum is
 * ceil(size / 208) RPCs plus the menu query, and that is what we send.
 */
#include <string.h>
#include <strings.h>

#include "rsc_dump_cmd.h"
#include "rsc_dump_stream.h"

const struct fwctl_opt coredump_cmd_opts[] = {
	{ "segment", 0, OPT_STR, OPT_OFF(struct coredump_opts, segment), "NAME",
	  "dump this menu segment instead of the CR-space one" },
	{ "max-size", 0, OPT_SIZE, OPT_OFF(struct coredump_opts, max_size), "SIZE",
	  "fail if the dump grows beyond SIZE (default: no limit, see --timeout)" },
	FWCTL_OPT_END
};

const struct rsc_menu_entry *rsc_find_crspace(const struct rsc_menu *menu)
{
	for (size_t i = 0; rsc_crspace_names[i]; i++) {
		const struct rsc_menu_entry *e = rsc_menu_find(menu, rsc_crspace_names[i]);

		if (e)
			return e;
	}
	/* Firmware naming varies: fall back to any "CR...SPACE"/"CR...DUMP" name. */
	for (size_t i = 0; i < menu->n; i++) {
		const char *n = menu->e[i].name;

		if (!strncasecmp(n, "CR", 2) && (strcasestr(n, "SPACE") || strcasestr(n, "DUMP")))
			return &menu->e[i];
	}
	return NULL;
}

int coredump_cmd_run(struct fwctl_ctx *ctx, void *opts, int argc, char **argv)
{
	struct coredump_opts *o = opts;
	const struct rsc_menu_entry *e;
	struct rsc_stream_result res;
	struct rsc_stream_req req = { 0 };
	struct rsc_target t = { 0 };
	struct atomic_file af;
	int rc;

	(void)argv;
	if (argc > 0)
		return fwctl_err_set(&ctx->err, FWCTL_ERR_USAGE, 0,
				     "coredump takes no arguments; the file is -o FILE");
	if (!ctx->output)
		return fwctl_err_set(&ctx->err, FWCTL_ERR_USAGE, 0,
				     "coredump needs -o FILE (or -o - for stdout)");
	if (ctx->timeout > 0)
		fwctl_set_timeout(ctx->h, ctx->timeout);
	/* Refuse an existing FILE (without --force) before the first RPC. */
	if (fwctl_open_output(ctx, ctx->output, true, &af) < 0)
		return -1;
	if (rsc_menu_fetch(ctx->h, FWCTL_RPC_DEBUG_READ_ONLY, &t.menu, &t.menu_rpcs,
			   &ctx->err) < 0)
		goto fail;
	e = o->segment ? rsc_menu_find(&t.menu, o->segment) : rsc_find_crspace(&t.menu);
	if (!e) {
		if (o->segment)
			fwctl_err_set(&ctx->err, FWCTL_ERR_USAGE, 0,
				      "no segment '%s' in the firmware's menu", o->segment);
		else
			fwctl_err_set(&ctx->err, FWCTL_ERR_UNSUPPORTED, 0,
				      "the firmware's menu has no CR-space segment (%zu segments; "
				      "see resource-dump --menu, then --segment NAME)", t.menu.n);
		goto fail;
	}
	if (e->must_have_index1 || e->must_have_index2 || e->must_have_num_obj1 ||
	    e->must_have_num_obj2) {
		fwctl_err_set(&ctx->err, FWCTL_ERR_UNSUPPORTED, 0,
			      "segment %s needs indexes: use resource-dump %s -o FILE", e->name,
			      e->name);
		goto fail;
	}
	snprintf(t.name, sizeof(t.name), "%s", e->name);
	req.path = ctx->output;
	req.segment_name = t.name;
	req.key.segment_type = e->segment_type;
	req.scope = FWCTL_RPC_DEBUG_READ_ONLY;
	req.max_bytes = o->max_size;
	req.menu_rpcs = t.menu_rpcs;
	rc = rsc_stream_to_file(ctx, &req, &af, &res);
	if (rc == 0)
		rc = rsc_stream_emit_summary(ctx, &req, &res);
	rsc_menu_free(&t.menu);
	return rc;
fail:
	atomic_file_abort(&af);
	rsc_menu_free(&t.menu);
	return -1;
}
