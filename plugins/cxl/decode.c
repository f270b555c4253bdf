// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * Decoders for what the device sends: the Get Supported Features list and
 * feature data.  Untrusted input: every count is checked against the
 * length that arrived.  No I/O.
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include <json-c/json.h>

#include "../../lib/device.h"
#include "../../lib/error.h"
#include "cxl.h"

/* Attribute Flags bits 3:1 (CXL r3.2 Table 8-109). */
static const struct prm_enum reset_persistence[] = {
	{ 0, "none" }, { 1, "cxl_reset" }, { 2, "hot_reset" }, { 3, "warm_reset" },
	{ 4, "cold_reset" }, { 0, NULL },
};
/* Set Feature Effects (CXL r3.2 Table 8-87, the command effects bits). */
static const struct prm_enum effect_names[] = {
	{ CXL_EFFECT_CONFIG_CHANGE_COLD_RESET, "config_change_after_cold_reset" },
	{ CXL_EFFECT_CONFIG_CHANGE_IMMEDIATE, "config_change_immediate" },
	{ CXL_EFFECT_DATA_CHANGE_IMMEDIATE, "data_change_immediate" },
	{ CXL_EFFECT_POLICY_CHANGE_IMMEDIATE, "policy_change_immediate" },
	{ CXL_EFFECT_LOG_CHANGE_IMMEDIATE, "log_change_immediate" },
	{ CXL_EFFECT_SECURITY_STATE_CHANGE, "security_state_change" },
	{ CXL_EFFECT_BACKGROUND, "background_operation" },
	{ CXL_EFFECT_BGCMD_ABORT_SUPPORTED, "background_abort_supported" },
	{ CXL_EFFECT_EFFECTS_VALID, "effects_valid" },
	{ CXL_EFFECT_CONFIG_CHANGE_CONV_RESET, "config_change_after_conventional_reset" },
	{ CXL_EFFECT_CONFIG_CHANGE_CXL_RESET, "config_change_after_cxl_reset" },
	{ 0, NULL },
};

static const struct prm_field entry_fields[] = {
	{ "uuid", 0, 128, PRM_RESERVED },    /* shown formatted, not as a field */
	{ "id", 128, 16, PRM_UINT },
	{ "get_size", 144, 16, PRM_UINT, .unit = "bytes" },
	{ "set_size", 160, 16, PRM_UINT, .unit = "bytes" },
	{ "changeable", 176, 1, PRM_BOOL },
	{ "deepest_reset_persistence", 177, 3, PRM_ENUM, reset_persistence },
	{ "persist_across_fw_update", 180, 1, PRM_BOOL },
	{ "default_selection", 181, 1, PRM_BOOL },
	{ "saved_selection", 182, 1, PRM_BOOL },
	{ "get_version", 208, 8, PRM_UINT },
	{ "set_version", 216, 8, PRM_UINT },
	{ "effects", 224, 16, PRM_FLAGS, effect_names },
	{ "reserved", 240, 144, PRM_RESERVED },
};
const struct prm_layout cxl_feat_entry_layout =
	PRM_LAYOUT("cxl_feat_entry", 48 * 8, PRM_LE, entry_fields);

void cxl_feat_list_free(struct cxl_feat_list *l)
{
	free(l->v);
	memset(l, 0, sizeof(*l));
}

const struct cxl_feat *cxl_feat_find(const struct cxl_feat_list *l, const uint8_t uuid[16])
{
	for (size_t i = 0; i < l->n; i++)
		if (!memcmp(l->v[i].uuid, uuid, 16))
			return &l->v[i];
	return NULL;
}

static void entry_from_bytes(const uint8_t *e, struct cxl_feat *f)
{
	memcpy(f->uuid, e, 16);
	f->id = prm_le16(e + 16);
	f->get_size = prm_le16(e + 18);
	f->set_size = prm_le16(e + 20);
	f->flags = prm_le32(e + 22);
	f->get_ver = e[26];
	f->set_ver = e[27];
	f->effects = prm_le16(e + 28);
}

int cxl_parse_sup_page(const uint8_t *out, size_t out_len, size_t room,
		       struct cxl_feat_list *l, struct fwctl_err *err)
{
	const size_t hdr = sizeof(struct fwctl_rpc_cxl_out_hdr) +
			   sizeof(struct cxl_get_sup_feats_out_hdr);
	const size_t esz = sizeof(struct cxl_feat_entry);
	uint32_t size;
	uint16_t n, total;
	struct cxl_feat *v;

	if (out_len < hdr)
		return fwctl_err_set(err, FWCTL_ERR_PROTOCOL, EPROTO,
				     "Get Supported Features: answer of %zu bytes, under the %zu-byte header",
				     out_len, hdr);
	/* The retval was the policy's to judge (policy.c). */
	size = prm_le32(out);
	n = prm_le16(out + 8);
	total = prm_le16(out + 10);
	if (n > room || size != 8 + (size_t)n * esz || out_len < hdr + (size_t)n * esz)
		return fwctl_err_set(err, FWCTL_ERR_PROTOCOL, EPROTO,
				     "Get Supported Features: %u entries in a %u-byte payload of a %zu-byte "
				     "answer (asked for at most %zu)", n, size, out_len, room);
	if (l->n + n > UINT16_MAX)
		return fwctl_err_set(err, FWCTL_ERR_PROTOCOL, EPROTO,
				     "Get Supported Features: more than 65535 entries");
	l->supported = total;
	if (!n)
		return 0;
	v = realloc(l->v, (l->n + n) * sizeof(*v));
	if (!v)
		return fwctl_err_set(err, FWCTL_ERR_FAILED, ENOMEM, "out of memory");
	l->v = v;
	for (size_t i = 0; i < n; i++)
		entry_from_bytes(out + hdr + i * esz, &l->v[l->n + i]);
	l->n += n;
	return n;
}

int cxl_set_scope(const struct cxl_feat *f, uint32_t *scope, const char **why)
{
	const struct cxl_known_feat *k = cxl_known_by_uuid(f->uuid);

	*why = NULL;
	if (k && k->kernel_exclusive)
		*why = "the kernel keeps this feature for itself (it drives it through EDAC); "
		       "the cxl driver refuses Set Feature with EPERM";
	else if (!(f->flags & CXL_FEAT_F_CHANGEABLE))
		*why = "the device reports it as not changeable; the kernel refuses Set Feature (EINVAL)";
	else if (f->effects & CXL_EFFECT_RESERVED_MASK)
		*why = "its set effects have reserved bits the kernel does not understand; it refuses "
		       "Set Feature (EINVAL)";
	else if (f->effects & CXL_EFFECT_BACKGROUND)
		*why = "setting it runs as a background command, which the kernel does not allow "
		       "through fwctl (EINVAL)";
	else if (!(f->effects & (CXL_EFFECT_IMMEDIATE_MASK | CXL_EFFECT_RESET_MASK)))
		*why = "its set effects name neither an immediate change nor a reset; the kernel treats "
		       "that as a device bug and refuses Set Feature (EINVAL)";
	if (*why)
		return -1;
	*scope = (f->effects & CXL_EFFECT_IMMEDIATE_MASK) ? FWCTL_RPC_DEBUG_WRITE_FULL
							 : FWCTL_RPC_DEBUG_WRITE;
	return 0;
}

const char *cxl_effect_summary(uint16_t e)
{
	if (e & CXL_EFFECT_IMMEDIATE_MASK)
		return "changes the device's configuration, data, policy or logs immediately";
	if (e & CXL_EFFECT_CONFIG_CHANGE_COLD_RESET)
		return "takes effect after the next cold reset";
	if (e & CXL_EFFECT_CONFIG_CHANGE_CONV_RESET)
		return "takes effect after the next conventional reset";
	if (e & CXL_EFFECT_CONFIG_CHANGE_CXL_RESET)
		return "takes effect after the next CXL reset";
	return "has no declared effect";
}

struct json_object *cxl_feat_json(const struct cxl_feat *f)
{
	const struct cxl_known_feat *k = cxl_known_by_uuid(f->uuid);
	struct json_object *o = json_object_new_object();
	char u[CXL_UUID_STR_LEN], hex[16];
	uint8_t raw[48] = { 0 };
	const char *why;
	uint32_t scope;

	cxl_uuid_format(f->uuid, u);
	json_object_object_add(o, "uuid", json_object_new_string(u));
	json_object_object_add(o, "name", k ? json_object_new_string(k->name) : NULL);
	json_object_object_add(o, "title", k ? json_object_new_string(k->title) : NULL);
	/* One table decodes the entry: rebuild its bytes from the host-order copy. */
	memcpy(raw, f->uuid, 16);
	prm_put_le16(raw + 16, f->id);
	prm_put_le16(raw + 18, f->get_size);
	prm_put_le16(raw + 20, f->set_size);
	prm_put_le32(raw + 22, f->flags);
	raw[26] = f->get_ver;
	raw[27] = f->set_ver;
	prm_put_le16(raw + 28, f->effects);
	prm_decode(&cxl_feat_entry_layout, raw, sizeof(raw), o, 0);
	snprintf(hex, sizeof(hex), "0x%08x", f->flags);
	json_object_object_add(o, "flags_hex", json_object_new_string(hex));
	snprintf(hex, sizeof(hex), "0x%04x", f->effects);
	json_object_object_add(o, "effects_hex", json_object_new_string(hex));
	json_object_object_add(o, "kernel_exclusive", json_object_new_boolean(k && k->kernel_exclusive));
	if (cxl_set_scope(f, &scope, &why) == 0) {
		json_object_object_add(o, "set_scope", json_object_new_string(fwctl_scope_name(scope)));
		json_object_object_add(o, "set_effect", json_object_new_string(cxl_effect_summary(f->effects)));
	} else {
		json_object_object_add(o, "set_scope", NULL);
		json_object_object_add(o, "set_refused", json_object_new_string(why));
	}
	return o;
}

/* CXL mailbox return codes (CXL r3.2 Table 8-34). */
static const char *const retval_names[] = {
	"success", "background_command_started", "invalid_input", "unsupported",
	"internal_error", "retry_required", "busy", "media_disabled",
	"fw_transfer_in_progress", "fw_transfer_out_of_order", "fw_verification_failed",
	"invalid_slot", "activation_failed_fw_rolled_back", "activation_failed_cold_reset_required",
	"invalid_handle", "invalid_physical_address", "inject_poison_limit_reached",
	"permanent_media_failure", "aborted", "invalid_security_state", "incorrect_passphrase",
	"unsupported_mailbox_or_cci", "invalid_payload_length", "invalid_log",
	"interrupted", "unsupported_feature_version", "unsupported_feature_selection",
	"feature_transfer_in_progress", "feature_transfer_out_of_order", "resources_exhausted",
	"invalid_extent_list", "transfer_out_of_order", "request_abort_not_supported",
};

const char *cxl_retval_name(uint32_t rc)
{
	return rc < sizeof(retval_names) / sizeof(retval_names[0]) ? retval_names[rc] : NULL;
}

struct json_object *cxl_data_json(const struct cxl_known_feat *k, bool writable,
				  const uint8_t *d, size_t len)
{
	const struct prm_layout *l, *rec;
	struct json_object *o, *arr;
	size_t off, rsz;

	if (!k)
		return NULL;
	l = writable ? k->wr : k->rd;
	rec = writable ? k->wr_rec : k->rd_rec;
	off = writable ? k->wr_rec_off : k->rd_rec_off;
	if (!l)
		return NULL;
	o = json_object_new_object();
	prm_decode(l, d, len, o, 0);
	if (!rec)
		return o;
	/* Repeated records (ECS: one per media FRU) fill the rest of the data. */
	rsz = rec->size_bits / 8;
	arr = json_object_new_array();
	for (; rsz && off + rsz <= len; off += rsz) {
		struct json_object *r = json_object_new_object();

		prm_decode(rec, d + off, rsz, r, 0);
		json_object_array_add(arr, r);
	}
	json_object_object_add(o, k->rec_key ? k->rec_key : "records", arr);
	return o;
}
