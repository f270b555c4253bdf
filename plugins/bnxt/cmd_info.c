// SPDX-License-Identifier: GPL-2.0-or-later
/* fwctl bnxt info: HWRM_VER_GET decoded, plus uctx_caps from FWCTL_INFO. */
#include <errno.h>
#include <stdio.h>
#include <string.h>

#include <json-c/json.h>

#include "../plugin.h"
#include "bnxt.h"
#include "bnxt_cmds.h"

static uint64_t get(const uint8_t *b, size_t len, const char *name)
{
	uint64_t v = 0;

	if (!prm_get_by_name(&bnxt_ver_get_resp, name, b, len, &v))
		v = 0;
	return v;
}

/* Chip numbers from bnxt.h CHIP_NUM_*: the common ones. */
static const struct { uint16_t num; const char *name; } chips[] = {
	{ 0x16c8, "BCM57301" }, { 0x16c9, "BCM57302" }, { 0x16ca, "BCM57304" },
	{ 0x16d7, "BCM57414" }, { 0x16d8, "BCM57416" }, { 0x16d9, "BCM57417" },
	{ 0x16e2, "BCM57417_SFP" }, { 0x1750, "BCM57508" }, { 0x1751, "BCM57504" },
	{ 0x1752, "BCM57502" }, { 0x1760, "BCM57608" },
};

static const char *chip_name(uint16_t num)
{
	for (size_t i = 0; i < sizeof(chips) / sizeof(chips[0]); i++)
		if (chips[i].num == num)
			return chips[i].name;
	return NULL;
}

/*
 * bnxt_en's rule: the 16-bit version fields when the interface is newer
 * than 1.8.3 and the 16-bit major is non-zero, the 8-bit ones otherwise.
 */
static void component_version(const uint8_t *b, size_t len, const char *comp, bool use16,
			      char *out, size_t n)
{
	char k[4][40];
	static const char *const s16[4] = { "major", "minor", "build", "patch" };
	static const char *const s8[4] = { "maj_8b", "min_8b", "bld_8b", "rsvd_8b" };
	uint64_t v[4];

	for (int i = 0; i < 4; i++) {
		snprintf(k[i], sizeof(k[i]), "%s_fw_%s", comp, s16[i]);
		v[i] = get(b, len, k[i]);
	}
	if (!use16 || v[0] == 0)
		for (int i = 0; i < 4; i++) {
			snprintf(k[i], sizeof(k[i]), "%s_fw_%s", comp, s8[i]);
			v[i] = get(b, len, k[i]);
		}
	snprintf(out, n, "%u.%u.%u.%u", (unsigned)v[0], (unsigned)v[1], (unsigned)v[2],
		 (unsigned)v[3]);
}

static const struct prm_enum uctx_caps_names[] = {
	{ 0x1, "inline_commands" }, { 0x2, "query_commands" }, { 0x4, "send_commands" },
	{ 0x8, "dma_commands" }, { 0, NULL }
};

struct json_object *bnxt_flags_array(const struct prm_enum *e, uint64_t v)
{
	struct json_object *a = json_object_new_array();

	for (int bit = 0; bit < 64; bit++) {
		uint64_t m = 1ull << bit;
		const char *n;
		char buf[32];

		if (!(v & m))
			continue;
		n = prm_enum_name(e, m);
		if (!n) {
			snprintf(buf, sizeof(buf), "bit%d", bit);
			n = buf;
		}
		json_object_array_add(a, json_object_new_string(n));
	}
	return a;
}

/* The device's own facts: name, PCI address, FWCTL_INFO's uctx_caps. */
static void add_identity(struct fwctl_ctx *ctx, struct json_object *root)
{
	json_object_object_add(root, "device", json_object_new_string(ctx->h->dev->name));
	if (ctx->h->dev->pci_address)
		json_object_object_add(root, "pci_address",
				       json_object_new_string(ctx->h->dev->pci_address));
	if (ctx->h->devdata_len >= sizeof(struct fwctl_info_bnxt)) {
		uint32_t caps = prm_le32(ctx->h->devdata);

		json_object_object_add(root, "uctx_caps", json_object_new_int64(caps));
		json_object_object_add(root, "uctx_caps_names", bnxt_flags_array(uctx_caps_names, caps));
	}
}

/* The HWRM interface version; true if the 16-bit firmware fields apply. */
static bool add_interface(struct json_object *root, const uint8_t *out, size_t len)
{
	uint64_t maj = get(out, len, "hwrm_intf_maj_8b"), min = get(out, len, "hwrm_intf_min_8b");
	uint64_t upd = get(out, len, "hwrm_intf_upd_8b"), rsvd = get(out, len, "hwrm_intf_rsvd_8b");
	char ver[64];

	snprintf(ver, sizeof(ver), "%u.%u.%u.%u", (unsigned)maj, (unsigned)min, (unsigned)upd,
		 (unsigned)rsvd);
	json_object_object_add(root, "hwrm_interface_version", json_object_new_string(ver));
	return (uint32_t)(maj << 16 | min << 8 | upd) > 0x10803;
}

/* bnxt_en's firmware version string (HWRM firmware + "/pkg <name>") and each component's. */
static void add_firmware(struct json_object *root, const uint8_t *out, size_t len, bool use16)
{
	static const struct { const char *comp, *key; } comps[] = {
		{ "hwrm", "hwrm_fw_name" }, { "mgmt", "mgmt_fw_name" },
		{ "netctrl", "netctrl_fw_name" }, { "roce", "roce_fw_name" },
	};
	struct json_object *tmp = json_object_new_object(), *fw = json_object_new_array(), *pk = NULL;
	const char *pkg;
	char ver[64], full[128];

	prm_decode(&bnxt_ver_get_resp, out, len, tmp, 0);
	component_version(out, len, "hwrm", use16, ver, sizeof(ver));
	json_object_object_get_ex(tmp, "active_pkg_name", &pk);
	pkg = pk ? json_object_get_string(pk) : NULL;
	if (pkg && *pkg)
		snprintf(full, sizeof(full), "%s/pkg %s", ver, pkg);
	else
		snprintf(full, sizeof(full), "%s", ver);
	json_object_object_add(root, "firmware_version", json_object_new_string(full));
	json_object_object_add(root, "active_pkg_name", json_object_new_string(pkg ? pkg : ""));
	for (size_t i = 0; i < sizeof(comps) / sizeof(comps[0]); i++) {
		struct json_object *c = json_object_new_object(), *nm = NULL;

		component_version(out, len, comps[i].comp, use16, ver, sizeof(ver));
		json_object_object_add(c, "component", json_object_new_string(comps[i].comp));
		json_object_object_get_ex(tmp, comps[i].key, &nm);
		json_object_object_add(c, "name",
				       json_object_new_string(nm ? json_object_get_string(nm) : ""));
		json_object_object_add(c, "version", json_object_new_string(ver));
		json_object_array_add(fw, c);
	}
	json_object_object_add(root, "firmware", fw);
	json_object_put(tmp);
}

static struct json_object *chip_json(const uint8_t *out, size_t len)
{
	struct json_object *chip = json_object_new_object();
	uint16_t num = (uint16_t)get(out, len, "chip_num");
	const char *cn = chip_name(num);
	uint64_t plat = get(out, len, "chip_platform_type");
	const struct prm_field *pf = prm_find(&bnxt_ver_get_resp, "chip_platform_type");
	const char *pn = pf ? prm_enum_name(pf->enums, plat) : NULL;
	static const char *const ints[] = { "rev", "metal", "bond_id" };
	char pbuf[32];

	json_object_object_add(chip, "num", json_object_new_int64(num));
	snprintf(pbuf, sizeof(pbuf), "0x%04x", num);
	json_object_object_add(chip, "num_hex", json_object_new_string(pbuf));
	json_object_object_add(chip, "name", json_object_new_string(cn ? cn : "unknown"));
	for (size_t i = 0; i < sizeof(ints) / sizeof(ints[0]); i++) {
		char field[32];

		snprintf(field, sizeof(field), "chip_%s", ints[i]);
		json_object_object_add(chip, ints[i], json_object_new_int64((int64_t)get(out, len, field)));
	}
	if (!pn) {
		snprintf(pbuf, sizeof(pbuf), "unknown_%u", (unsigned)plat);
		pn = pbuf;
	}
	json_object_object_add(chip, "platform", json_object_new_string(pn));
	return chip;
}

/* The request limits and timeouts, under the names `bnxt info` has always used. */
static void add_limits(struct json_object *root, const uint8_t *out, size_t len)
{
	static const struct { const char *key, *field; } lim[] = {
		{ "max_req_win_len", "max_req_win_len" }, { "max_ext_req_len", "max_ext_req_len" },
		{ "max_resp_len", "max_resp_len" }, { "def_req_timeout_ms", "def_req_timeout" },
		{ "max_req_timeout_s", "max_req_timeout" },
	};

	json_object_object_add(root, "dev_caps_cfg",
			       bnxt_flags_array(bnxt_dev_caps_cfg_flags, get(out, len, "dev_caps_cfg")));
	for (size_t i = 0; i < sizeof(lim) / sizeof(lim[0]); i++)
		json_object_object_add(root, lim[i].key,
				       json_object_new_int64((int64_t)get(out, len, lim[i].field)));
}

/*
 * HWRM_VER_GET decoded into *rootp (new object); the raw reply stays in
 * out (cap bytes), its length in *out_len.  Shared by `bnxt info` and the
 * report hook.
 */
static int info_collect(struct fwctl_ctx *ctx, struct json_object **rootp, uint8_t *out,
			size_t cap, size_t *out_len)
{
	const struct bnxt_query *q = bnxt_query_by_type(0x0000);
	uint8_t req[HWRM_REQ_MAX_LEN];
	struct bnxt_resp st;
	struct json_object *root;
	uint32_t scope;
	bool use16;

	if (fwctl_pick_scope(ctx, FWCTL_RPC_DEBUG_READ_ONLY, &scope) < 0)
		return -1;
	bnxt_query_build(q, req);
	if (bnxt_hwrm_send(ctx->h, scope, req, q->req_len, out, cap,
			   "HWRM_VER_GET", &st, &ctx->err) < 0)
		return -1;
	/* Older firmware answers a shorter struct: a fact, not a failure. */
	if (st.data_len < q->resp_len)
		fwctl_warn(ctx, "HWRM_VER_GET answered %zu of %u bytes: missing fields read as 0",
			   st.data_len, q->resp_len);
	root = json_object_new_object();
	add_identity(ctx, root);
	use16 = add_interface(root, out, st.data_len);
	add_firmware(root, out, st.data_len, use16);
	json_object_object_add(root, "chip", chip_json(out, st.data_len));
	add_limits(root, out, st.data_len);
	*rootp = root;
	*out_len = st.data_len;
	return 0;
}

int bnxt_cmd_info(struct fwctl_ctx *ctx, void *opts, int argc, char **argv)
{
	uint8_t out[BNXT_DEFAULT_RESP_CAP];
	struct json_object *root;
	size_t len;

	(void)opts;
	(void)argc;
	(void)argv;
	if (info_collect(ctx, &root, out, sizeof(out), &len))
		return -1;
	return fwctl_emit(ctx, root, out, len);
}

/* fwctl report: the info object (VER_GET at DEBUG_READ_ONLY, nothing written). */
int bnxt_report(struct fwctl_ctx *ctx, struct json_object *into)
{
	uint8_t out[BNXT_DEFAULT_RESP_CAP];
	struct json_object *root;
	size_t len;

	if (info_collect(ctx, &root, out, sizeof(out), &len))
		return -1;
	json_object_object_foreach(root, k, v) {
		json_object_object_add(into, k, json_object_get(v));
	}
	json_object_put(root);
	return 0;
}

/* fwctl list --long: the version string bnxt_en reports (VER_GET, one RPC). */
int bnxt_firmware_version(struct fwctl_ctx *ctx, char *buf, size_t len)
{
	uint8_t out[BNXT_DEFAULT_RESP_CAP];
	struct json_object *root, *v = NULL;
	size_t n;

	if (info_collect(ctx, &root, out, sizeof(out), &n))
		return -1;
	json_object_object_get_ex(root, "firmware_version", &v);
	snprintf(buf, len, "%s", v ? json_object_get_string(v) : "");
	json_object_put(root);
	if (!buf[0]) {
		snprintf(buf, len, "HWRM_VER_GET carries no firmware version");
		return 1;
	}
	return 0;
}
