// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * fwctl mlx5 cmd: send one command of the kernel's allow-list, by name or
 * number, at the least scope the kernel accepts for it (mlx5_opcodes.c).
 * --in-hex gives the bytes after the first 8 (opcode/uid/op_mod), i.e. the
 * command-specific part starting at byte 8; the input is padded to 16.
 */
#include <stdlib.h>
#include <string.h>

#include <json-c/json.h>

#include "mlx5_mbox.h"
#include "mlx5_handlers.h"
#include "mlx5_opcodes.h"
#include "mlx5_util.h"

#define RAW_MAX_LEN (2u << 20)   /* the kernel's MAX_RPC_LEN */
/* An answer of unknown size: a header and a page, the largest common one. */
#define RAW_DEFAULT_OUT_LEN (MLX5_HDR_LEN + MLX5_CAP_PAGE_LEN)

/* The opcode by name or number: an unknown name is a usage error, a number
 * off the allow-list is refused here (the kernel would refuse it too). */
static const struct mlx5_opcode *raw_resolve(struct fwctl_ctx *ctx, const char *arg)
{
	const struct mlx5_opcode *op = mlx5_opcode_find(arg);
	char hint[MLX5_SUGGEST_LEN];
	uint64_t num;

	if (op)
		return op;
	if (fwctl_parse_u64(arg, 0xffff, &num)) {
		fwctl_err_set(&ctx->err, FWCTL_ERR_USAGE, 0,
			      "unknown command name '%s' (see 'fwctl mlx5 cmd --list')%s", arg,
			      mlx5_suggest(arg, mlx5_opcode_names(), hint, sizeof(hint)));
		return NULL;
	}
	op = mlx5_opcode_by_value((uint16_t)num);
	if (!op)
		fwctl_err_set(&ctx->err, FWCTL_ERR_UNSUPPORTED, 0,
			      "opcode %s is not on the kernel's allow-list for mlx5 (the kernel "
			      "would refuse it with EBADMSG); nothing was sent", arg);
	return op;
}

/* The allow-list as the tool knows it: offline, like reg --list. */
static int list_opcodes(struct fwctl_ctx *ctx)
{
	struct json_object *root = json_object_new_object(), *arr = json_object_new_array();
	char hex[8];

	for (size_t i = 0; i < mlx5_n_opcodes; i++) {
		const struct mlx5_opcode *op = &mlx5_opcodes[i];
		struct json_object *e = json_object_new_object();
		bool by_opmod = op->rule == OPC_OPMOD0_CONFIG;

		snprintf(hex, sizeof(hex), "0x%04x", op->opcode);
		json_object_object_add(e, "name", json_object_new_string(op->name));
		json_object_object_add(e, "opcode_hex", json_object_new_string(hex));
		json_object_object_add(e, "scope", json_object_new_string(
			fwctl_scope_name(mlx5_opcode_scope(op, by_opmod ? 1 : 0))));
		json_object_object_add(e, "writes", json_object_new_string(
			by_opmod ? "op_mod 0" : op->writes ? "yes" : "no"));
		json_object_array_add(arr, e);
	}
	json_object_object_add(root, "commands", arr);
	return fwctl_emit(ctx, root, NULL, 0);
}

int mlx5_cmd_raw(struct fwctl_ctx *ctx, void *optp, int argc, char **argv)
{
	struct raw_opts *o = optp;
	const struct mlx5_opcode *op;
	uint8_t *payload = NULL, *in = NULL, *out = NULL;
	size_t plen = 0, in_len, out_len;
	uint32_t scope;
	struct json_object *root;
	char what[80], *hex;
	int rc = -1;

	if (o->list) {
		if (argc > 0)
			return fwctl_err_set(&ctx->err, FWCTL_ERR_USAGE, 0,
					     "--list takes no command name");
		return list_opcodes(ctx);
	}
	if (argc != 1)
		return fwctl_err_set(&ctx->err, FWCTL_ERR_USAGE, 0,
				     "usage: fwctl mlx5 cmd OPCODE|NAME [--op-mod N] [--in-hex HEX]");
	op = raw_resolve(ctx, argv[0]);
	if (!op || fwctl_prepare_device(ctx))
		return -1;
	if (o->op_mod > 0xffff)
		return fwctl_err_set(&ctx->err, FWCTL_ERR_USAGE, 0, "--op-mod is 16 bits");
	if (o->out_len_seen && (o->out_len < MLX5_HDR_LEN || o->out_len > RAW_MAX_LEN))
		return fwctl_err_set(&ctx->err, FWCTL_ERR_USAGE, 0,
				     "--out-len must be 16..%u", RAW_MAX_LEN);
	if (o->in_hex && fwctl_parse_hex(o->in_hex, &payload, &plen))
		return fwctl_err_set(&ctx->err, FWCTL_ERR_USAGE, 0, "--in-hex: not a hex string");
	if (plen > RAW_MAX_LEN - 8) {
		fwctl_err_set(&ctx->err, FWCTL_ERR_USAGE, 0, "--in-hex is too long");
		goto out;
	}
	scope = mlx5_opcode_scope(op, (uint16_t)o->op_mod);
	in_len = 8 + plen < MLX5_HDR_LEN ? MLX5_HDR_LEN : 8 + plen;
	out_len = o->out_len_seen ? o->out_len : mlx5_cmd_reply_len(op->opcode, (uint16_t)o->op_mod);
	if (!out_len)
		out_len = RAW_DEFAULT_OUT_LEN;
	in = calloc(1, in_len);
	out = calloc(1, out_len);
	if (!in || !out) {
		fwctl_err_set(&ctx->err, FWCTL_ERR_FAILED, 12, "out of memory");
		goto out;
	}
	mlx5_mbox_hdr(in, op->opcode, (uint16_t)o->op_mod);
	if (plen)
		memcpy(in + 8, payload, plen);
	snprintf(what, sizeof(what), "%s op_mod %u", op->name, o->op_mod);
	if (mlx5_send(ctx, scope, in, in_len, out, out_len, what, 0))
		goto out;
	if (ctx->format == OUT_BINARY) {
		rc = fwctl_emit(ctx, NULL, out, out_len);
		goto out;
	}
	root = mlx5_json_root(ctx);
	json_object_object_add(root, "opcode", json_object_new_int(op->opcode));
	/* The PRM and every other tool spell opcodes in hex (QUERY_QP 0x50b). */
	snprintf(what, sizeof(what), "0x%04x", op->opcode);
	json_object_object_add(root, "opcode_hex", json_object_new_string(what));
	json_object_object_add(root, "opcode_name", json_object_new_string(op->name));
	json_object_object_add(root, "op_mod", json_object_new_int((int)o->op_mod));
	json_object_object_add(root, "scope", json_object_new_string(fwctl_scope_name(scope)));
	mlx5_json_fw_status(root, out[0], prm_be32(out + 4));
	json_object_object_add(root, "out_len", json_object_new_int64((int64_t)out_len));
	json_object_object_add(root, "decoded",
			       mlx5_cmd_reply_decode(op->opcode, (uint16_t)o->op_mod, out, out_len));
	hex = out_hex_string(out, out_len);
	json_object_object_add(root, "out_hex", json_object_new_string(hex ? hex : ""));
	free(hex);
	rc = fwctl_emit(ctx, root, out, out_len);
out:
	free(payload);
	free(in);
	free(out);
	return rc;
}

const struct fwctl_opt mlx5_raw_opts[] = {
	{ "op-mod", 0, OPT_U32, OPT_OFF(struct raw_opts, op_mod), "N", "op_mod (default 0)",
	  NULL, NULL, true, OPT_OFF(struct raw_opts, op_mod_seen) },
	{ "in-hex", 0, OPT_STR, OPT_OFF(struct raw_opts, in_hex), "HEX",
	  "command bytes from byte 8 on (after opcode, uid, op_mod)" },
	{ "out-len", 0, OPT_SIZE, OPT_OFF(struct raw_opts, out_len), "BYTES",
	  "output buffer size (default: the answer's size where known, else 4112)", NULL, NULL, true,
	  OPT_OFF(struct raw_opts, out_len_seen) },
	{ "list", 'l', OPT_BOOL, OPT_OFF(struct raw_opts, list), NULL,
	  "list the commands of the kernel's allow-list (no device needed)" },
	FWCTL_OPT_END
};
