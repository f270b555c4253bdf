// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * fwctl bnxt nvm                                    the NVM directory
 * fwctl bnxt nvm read --type T [--ordinal N] -o FILE   one item
 *
 * Both read only, at DEBUG_READ_ONLY, through the 7.3 DMA commands.  The
 * directory is what an operator checks after a firmware update (which
 * images are there, their lengths, the package version from PKG_LOG).
 * Writing NVM is deliberately not offered.
 */
#include <errno.h>
#include <inttypes.h>
#include <stdlib.h>
#include <string.h>

#include <json-c/json.h>
#include <nettle/sha2.h>

#include "bnxt_cmds.h"
#include "dma.h"
#include "nvm.h"

struct nvm_dir {
	uint8_t *data;           /* the 64 KiB buffer NVM_GET_DIR_ENTRIES fills */
	uint32_t entries, entry_length;
	uint64_t rpcs;
};

static const char *const *nvm_actions(void)
{
	static const char *const a[] = { "read", NULL };

	return a;
}

const struct fwctl_opt bnxt_nvm_opts[] = {
	{ "type", 't', OPT_STR, OPT_OFF(struct bnxt_nvm_opts, type), "TYPE",
	  "read: the item's directory type (name such as pkg_log, bootcode, or a number)",
	  .complete = bnxt_nvm_type_names },
	{ "ordinal", 0, OPT_U32, OPT_OFF(struct bnxt_nvm_opts, ordinal), "N",
	  "read: the item's ordinal (default 0)", .has_seen = true,
	  .seen_offset = OPT_OFF(struct bnxt_nvm_opts, ordinal_seen) },
	FWCTL_OPT_END
};

const char *const *bnxt_nvm_complete_positional(void)
{
	return nvm_actions();
}

static int dir_fetch(struct fwctl_ctx *ctx, uint32_t scope, struct nvm_dir *d)
{
	const struct bnxt_dma_cmd *c = bnxt_dma_by_type(BNXT_NVM_REQ_DIR_ENTRIES);
	uint8_t req[HWRM_REQ_MAX_LEN] = { 0 }, out[BNXT_DEFAULT_RESP_CAP];
	struct bnxt_dma_io io = { 0 };
	struct bnxt_resp st;
	uint64_t n, len;

	memset(d, 0, sizeof(*d));
	prm_put_le16(req, BNXT_NVM_REQ_DIR_INFO);
	d->rpcs++;
	if (bnxt_hwrm_send(ctx->h, scope, req, HWRM_REQ_MIN_LEN, out, sizeof(out),
			   "HWRM_NVM_GET_DIR_INFO", &st, &ctx->err) < 0)
		return -1;
	if (!prm_get_by_name(&bnxt_nvm_dir_info_resp, "entries", out, st.data_len, &n) ||
	    !prm_get_by_name(&bnxt_nvm_dir_info_resp, "entry_length", out, st.data_len, &len))
		return fwctl_err_set(&ctx->err, FWCTL_ERR_PROTOCOL, 0,
				     "HWRM_NVM_GET_DIR_INFO: answer of %zu bytes is too short",
				     st.data_len);
	if (bnxt_nvm_dir_check((uint32_t)n, (uint32_t)len, &ctx->err) < 0)
		return -1;
	d->entries = (uint32_t)n;
	d->entry_length = (uint32_t)len;
	/* The kernel's length for this command is fixed: the buffer must hold 64 KiB. */
	d->data = calloc(1, BNXT_MAX_DMABUF);
	if (!d->data)
		return fwctl_err_set(&ctx->err, FWCTL_ERR_FAILED, ENOMEM, "out of memory");
	io.buf = d->data;
	io.cap = BNXT_MAX_DMABUF;
	memset(req, 0, sizeof(req));
	d->rpcs++;
	return bnxt_dma_send(ctx->h, scope, c, req, c->req_size, &io, out, sizeof(out),
			     "HWRM_NVM_GET_DIR_ENTRIES", &st, &ctx->err);
}

/*
 * One NVM_READ page per 64 KiB of item idx from off; the request's
 * length is what the firmware fills (its answer has no count).
 */
static int read_page(struct fwctl_ctx *ctx, uint32_t scope, uint16_t idx, uint32_t off,
		     uint32_t len, uint8_t *buf)
{
	const struct bnxt_dma_cmd *c = bnxt_dma_by_type(BNXT_NVM_REQ_READ);
	uint8_t req[40] = { 0 }, out[BNXT_DEFAULT_RESP_CAP];
	struct bnxt_dma_io io = { .buf = buf, .cap = BNXT_MAX_DMABUF };
	struct bnxt_resp st;

	prm_set_by_name(&bnxt_nvm_read_req, "dir_idx", req, sizeof(req), idx);
	prm_set_by_name(&bnxt_nvm_read_req, "offset", req, sizeof(req), off);
	prm_set_by_name(&bnxt_nvm_read_req, "len", req, sizeof(req), len);
	return bnxt_dma_send(ctx->h, scope, c, req, sizeof(req), &io, out, sizeof(out),
			     "HWRM_NVM_READ", &st, &ctx->err);
}

/*
 * The package log (PKG_LOG, ordinal 0): the installed package's version,
 * into *out (NULL when there is none).  It is extra: a read the device or
 * kernel refuses is a warning, but a malformed or truncated answer fails
 * the command like any other (-1), so nothing decoded follows it.
 */
static int package(struct fwctl_ctx *ctx, uint32_t scope, struct nvm_dir *d, struct json_object **out)
{
	struct bnxt_nvm_item it = { 0 };
	bool found = false;
	uint8_t *buf;

	*out = NULL;
	for (uint32_t i = 0; i < d->entries && !found; i++) {
		bnxt_nvm_item(d->data, d->entry_length, i, &it);
		found = it.type == BNXT_NVM_TYPE_PKG_LOG && it.ordinal == 0 &&
			!(it.ext & BNXT_NVM_EXT_INACTIVE);
	}
	if (!found || !it.data_length || it.data_length > BNXT_MAX_DMABUF)
		return 0;
	buf = calloc(1, BNXT_MAX_DMABUF);
	if (!buf)
		return 0;
	d->rpcs++;
	if (read_page(ctx, scope, it.index, 0, it.data_length, buf) < 0) {
		free(buf);
		if (ctx->err.kind == FWCTL_ERR_TRUNCATED || ctx->err.kind == FWCTL_ERR_PROTOCOL) {
			fwctl_err_prefix(&ctx->err, "reading the package log");
			return -1;
		}
		fwctl_warn(ctx, "reading the package log: %s", ctx->err.message);
		fwctl_err_clear(&ctx->err);
		return 0;
	}
	*out = bnxt_nvm_pkglog_json(buf, it.data_length);
	free(buf);
	return 0;
}

static int show_dir(struct fwctl_ctx *ctx, uint32_t scope, struct nvm_dir *d)
{
	struct json_object *root, *pkg = NULL;
	size_t raw = (size_t)d->entries * d->entry_length;

	if (ctx->format != OUT_BINARY && package(ctx, scope, d, &pkg) < 0)
		return -1;
	root = json_object_new_object();
	json_object_object_add(root, "device", json_object_new_string(ctx->h->dev->name));
	json_object_object_add(root, "entries", json_object_new_int64(d->entries));
	json_object_object_add(root, "entry_length", json_object_new_int64(d->entry_length));
	json_object_object_add(root, "entry_layout_source", json_object_new_string(bnxt_nvm_entry_source));
	json_object_object_add(root, "directory", bnxt_nvm_dir_json(d->data, d->entries, d->entry_length));
	if (pkg)
		json_object_object_add(root, "package", pkg);
	json_object_object_add(root, "rpcs", json_object_new_int64((int64_t)d->rpcs));
	return fwctl_emit(ctx, root, d->data, raw);
}

/* The directory entry of --type/--ordinal: an active one before an inactive one. */
static int find_item(struct fwctl_ctx *ctx, struct bnxt_nvm_opts *o, const struct nvm_dir *d,
		     struct bnxt_nvm_item *out)
{
	bool found = false;
	uint16_t type;

	if (!o->type)
		return fwctl_err_set(&ctx->err, FWCTL_ERR_USAGE, 0, "nvm read needs --type TYPE");
	if (bnxt_nvm_type_parse(o->type, &type) < 0)
		return fwctl_err_set(&ctx->err, FWCTL_ERR_USAGE, 0,
				     "--type %s: not a directory type name or number "
				     "(see 'fwctl bnxt nvm')", o->type);
	for (uint32_t i = 0; i < d->entries; i++) {
		struct bnxt_nvm_item it;

		bnxt_nvm_item(d->data, d->entry_length, i, &it);
		if (it.type != type || it.ordinal != o->ordinal)
			continue;
		if (!found || ((out->ext & BNXT_NVM_EXT_INACTIVE) && !(it.ext & BNXT_NVM_EXT_INACTIVE)))
			*out = it;
		found = true;
	}
	if (!found)
		return fwctl_err_set(&ctx->err, FWCTL_ERR_USAGE, ENOENT,
				     "no NVM item of type %s ordinal %u in the directory (%u entries)",
				     o->type, o->ordinal, d->entries);
	return 0;
}

static uint32_t crc32_update(uint32_t crc, const uint8_t *p, size_t n)
{
	crc = ~crc;
	while (n--) {
		crc ^= *p++;
		for (int k = 0; k < 8; k++)
			crc = (crc >> 1) ^ (0xedb88320u & (0u - (crc & 1)));
	}
	return ~crc;
}

static struct json_object *read_summary(struct fwctl_ctx *ctx, const struct bnxt_nvm_item *it,
					uint64_t rpcs, const char *sha, uint32_t crc)
{
	struct json_object *o = json_object_new_object();
	const char *tn = prm_enum_name(bnxt_nvm_types, it->type);
	char hex[16];

	json_object_object_add(o, "device", json_object_new_string(ctx->h->dev->name));
	json_object_object_add(o, "file", json_object_new_string(ctx->output));
	json_object_object_add(o, "index", json_object_new_int(it->index));
	json_object_object_add(o, "type", json_object_new_string(tn ? tn : "unknown"));
	json_object_object_add(o, "type_id", json_object_new_int(it->type));
	json_object_object_add(o, "ordinal", json_object_new_int(it->ordinal));
	json_object_object_add(o, "inactive", json_object_new_boolean(it->ext & BNXT_NVM_EXT_INACTIVE));
	json_object_object_add(o, "bytes", json_object_new_int64(it->data_length));
	json_object_object_add(o, "rpcs", json_object_new_int64((int64_t)rpcs));
	json_object_object_add(o, "sha256_hex", json_object_new_string(sha));
	snprintf(hex, sizeof(hex), "0x%08x", crc);
	json_object_object_add(o, "crc32_hex", json_object_new_string(hex));
	snprintf(hex, sizeof(hex), "0x%08x", it->checksum);
	json_object_object_add(o, "directory_checksum_hex", json_object_new_string(hex));
	if (!(it->attr & BNXT_NVM_ATTR_NO_CHKSUM))
		json_object_object_add(o, "crc32_matches_directory", json_object_new_boolean(crc == it->checksum));
	return o;
}

/* NVM_READ page by page into the file, hashing as it goes. */
static int read_item(struct fwctl_ctx *ctx, uint32_t scope, const struct bnxt_nvm_item *it,
		     struct atomic_file *af, uint64_t *rpcs, char sha_out[65], uint32_t *crc)
{
	uint8_t *buf = malloc(BNXT_MAX_DMABUF), d[SHA256_DIGEST_SIZE];
	struct sha256_ctx sha;
	int rc = -1;

	if (!buf)
		return fwctl_err_set(&ctx->err, FWCTL_ERR_FAILED, ENOMEM, "out of memory");
	sha256_init(&sha);
	*crc = 0;
	for (uint32_t off = 0; off < it->data_length;) {
		uint32_t n = it->data_length - off < BNXT_MAX_DMABUF ? it->data_length - off : BNXT_MAX_DMABUF;

		if (fwctl_stop_signal) {
			fwctl_err_set(&ctx->err, FWCTL_ERR_INTERRUPTED, EINTR, "interrupted");
			ctx->err.signo = fwctl_stop_signal;
			goto out;
		}
		(*rpcs)++;
		if (read_page(ctx, scope, it->index, off, n, buf) < 0)
			goto out;
		if (fwrite(buf, 1, n, af->fp) != n) {
			fwctl_err_set(&ctx->err, FWCTL_ERR_IO, errno, "writing %s: %s", ctx->output,
				      strerror(errno));
			goto out;
		}
		sha256_update(&sha, n, buf);
		*crc = crc32_update(*crc, buf, n);
		off += n;
	}
	sha256_digest(&sha, sizeof(d), d);
	for (int i = 0; i < SHA256_DIGEST_SIZE; i++)
		snprintf(sha_out + 2 * i, 3, "%02x", d[i]);
	rc = 0;
out:
	free(buf);
	return rc;
}

static int nvm_read(struct fwctl_ctx *ctx, struct bnxt_nvm_opts *o, uint32_t scope, struct nvm_dir *d)
{
	struct bnxt_nvm_item it = { 0 };
	struct atomic_file af;
	char sha[65] = "";
	uint32_t crc = 0;
	struct json_object *sum;

	if (find_item(ctx, o, d, &it) < 0)
		return -1;
	if (atomic_file_open(&af, ctx->output, ctx->force, &ctx->err) < 0)
		return -1;
	if (read_item(ctx, scope, &it, &af, &d->rpcs, sha, &crc) < 0) {
		atomic_file_abort(&af);
		return -1;
	}
	if (atomic_file_commit(&af, &ctx->err) < 0)
		return -1;
	sum = read_summary(ctx, &it, d->rpcs, sha, crc);
	if (!strcmp(ctx->output, "-")) {
		if (!ctx->quiet)
			fwctl_info_msg(ctx, "%u bytes of NVM item %u, %" PRIu64 " RPCs, sha256 %s",
				       it.data_length, it.index, d->rpcs, sha);
		json_object_put(sum);
		return 0;
	}
	ctx->output = NULL;
	return fwctl_emit(ctx, sum, NULL, 0);
}

int bnxt_cmd_nvm(struct fwctl_ctx *ctx, void *opts, int argc, char **argv)
{
	struct bnxt_nvm_opts *o = opts;
	bool read = argc == 1 && !strcmp(argv[0], "read");
	struct nvm_dir d = { 0 };
	uint32_t scope;
	int rc = -1;

	if (argc > 1 || (argc == 1 && !read))
		return fwctl_err_set(&ctx->err, FWCTL_ERR_USAGE, 0,
				     "unknown action '%s': nvm shows the directory, 'nvm read' one item "
				     "(NVM writes are not offered)", argv[argc - 1]);
	if (!read && (o->type || o->ordinal_seen))
		return fwctl_err_set(&ctx->err, FWCTL_ERR_USAGE, 0, "--type and --ordinal belong to 'nvm read'");
	if (read && !ctx->output)
		return fwctl_err_set(&ctx->err, FWCTL_ERR_USAGE, 0, "nvm read needs -o FILE (or -o -)");
	if (read && !o->type)
		return fwctl_err_set(&ctx->err, FWCTL_ERR_USAGE, 0, "nvm read needs --type TYPE");
	if (fwctl_pick_scope(ctx, FWCTL_RPC_DEBUG_READ_ONLY, &scope) < 0 ||
	    bnxt_dma_require(ctx->h, read ? "fwctl bnxt nvm read" : "fwctl bnxt nvm", &ctx->err) < 0)
		return -1;
	if (dir_fetch(ctx, scope, &d) == 0)
		rc = read ? nvm_read(ctx, o, scope, &d) : show_dir(ctx, scope, &d);
	free(d.data);
	return rc;
}
