// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * CXL device feature store.  Feature UUIDs of the kernel-exclusive
 * features were checked against include/cxl/features.h (torvalds/linux);
 * the vendor test feature is the one cxl_test's mock device exposes.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "emu_cxl.h"

int emu_cxl_uuid_parse(const char *s, uint8_t out[16])
{
	unsigned n = 0;

	for (size_t i = 0; s[i] && n < 32; i++) {
		unsigned v;
		char c = s[i];

		if (c == '-')
			continue;
		if (c >= '0' && c <= '9') v = (unsigned)(c - '0');
		else if (c >= 'a' && c <= 'f') v = (unsigned)(c - 'a' + 10);
		else if (c >= 'A' && c <= 'F') v = (unsigned)(c - 'A' + 10);
		else return -1;
		if (n % 2 == 0)
			out[n / 2] = (uint8_t)(v << 4);
		else
			out[n / 2] |= (uint8_t)v;
		n++;
	}
	return n == 32 ? 0 : -1;
}

static const char *const exclusive_uuids[] = {
	"96dad7d6-fde8-482b-a733-75774e06db8a", /* patrol scrub */
	"e5b13f22-2328-4a14-b8ba-b9691e893386", /* DDR5 ECS */
	"892ba475-fad8-474e-9d3e-692c917568bb", /* sPPR */
	"80ea4521-786f-4127-afb1-ec7459fb0e24", /* hPPR */
	"96c33386-91dd-44c7-9ecb-fdaf6503bac4", /* cacheline sparing */
	"450ebf67-b135-4f97-a498-c2d57f279bed", /* row sparing */
	"78b79636-90ac-4b64-a4ef-faac5d18a863", /* bank sparing */
	"34dbaff5-0552-4281-8f76-da0b5e7a76a7", /* rank sparing */
};

bool emu_cxl_uuid_exclusive(const uint8_t uuid[16])
{
	uint8_t u[16];

	for (size_t i = 0; i < EMU_ARRAY_SIZE(exclusive_uuids); i++)
		if (!emu_cxl_uuid_parse(exclusive_uuids[i], u) && !memcmp(u, uuid, 16))
			return true;
	return false;
}

struct feat_def {
	const char *uuid;
	uint16_t get_size, set_size;
	uint32_t flags;
	uint8_t ver;
	uint16_t effects;
	uint8_t data[16];
};

/* Default device: two kernel-exclusive features and four user-visible ones. */
static const struct feat_def default_feats[] = {
	/* patrol scrub: cap, le16 cycle (min<<8 | cur hours), flags; immediate */
	{ "96dad7d6-fde8-482b-a733-75774e06db8a", 4, 2, 0x61, 2, 0x0202,
	  { 0x01, 0x0c, 0x01, 0x01 } },
	/* ECS: log cap, config per media FRU (simplified); immediate */
	{ "e5b13f22-2328-4a14-b8ba-b9691e893386", 8, 4, 0x61, 1, 0x0202,
	  { 0x03, 0x00, 0x00, 0x00, 0x10, 0x00, 0x00, 0x00 } },
	/* cxl_test's vendor test feature: cold reset effect */
	{ "ffffffff-ffff-ffff-ffff-ffffffffffff", 4, 4, 0x61, 1, 0x0201,
	  { 0xef, 0xbe, 0xad, 0xde } },
	/* emulator vendor feature, immediate config change: needs DEBUG_WRITE_FULL */
	{ "3f2a8c5e-6b1d-4e7a-9c0b-2d4e6f8a0b1c", 8, 8, 0x61, 1, 0x0202,
	  { 0x11, 0x22, 0x33, 0x44, 0x55, 0x66, 0x77, 0x88 } },
	/* emulator vendor feature, effective after conventional reset: DEBUG_WRITE */
	{ "7c9e1d3b-2a4f-4b6c-8e0d-1f3a5c7e9b2d", 4, 4, 0x01, 1, 0x0600,
	  { 0x01, 0x00, 0x00, 0x00 } },
	/* emulator vendor feature, read-only */
	{ "a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d", 16, 0, 0x00, 1, 0x0200,
	  "emu-cxl-readonly" },
};

static const struct feat_def cxl_test_feats[] = {
	{ "ffffffff-ffff-ffff-ffff-ffffffffffff", 4, 4, 0x61, 1, 0x0201,
	  { 0xef, 0xbe, 0xad, 0xde } },
};

int emu_cxl_fw_load(struct emu_cxl *c, const char *profile)
{
	const struct feat_def *defs = default_feats;
	size_t n = EMU_ARRAY_SIZE(default_feats);

	if (!strcmp(profile, "cxl-test")) {
		defs = cxl_test_feats;
		n = EMU_ARRAY_SIZE(cxl_test_feats);
	} else if (strcmp(profile, "default")) {
		return -1;
	}
	c->feats = calloc(n, sizeof(*c->feats));
	if (!c->feats)
		return -1;
	c->n_feats = n;
	for (size_t i = 0; i < n; i++) {
		struct emu_cxl_feat *f = &c->feats[i];

		emu_cxl_uuid_parse(defs[i].uuid, f->uuid);
		f->id = (uint16_t)i;
		f->get_size = defs[i].get_size;
		f->set_size = defs[i].set_size;
		f->flags = defs[i].flags;
		f->get_ver = f->set_ver = defs[i].ver;
		f->effects = defs[i].effects;
		memcpy(f->cur, defs[i].data, sizeof(defs[i].data));
		memcpy(f->def, defs[i].data, sizeof(defs[i].data));
		memcpy(f->saved, defs[i].data, sizeof(defs[i].data));
	}
	return 0;
}

struct emu_cxl_feat *emu_cxl_fw_find(struct emu_cxl *c, const uint8_t uuid[16])
{
	for (size_t i = 0; i < c->n_feats; i++)
		if (!memcmp(c->feats[i].uuid, uuid, 16))
			return &c->feats[i];
	return NULL;
}

uint16_t emu_cxl_fw_get_feature(struct emu_cxl *c, const uint8_t uuid[16], uint16_t offset,
				uint16_t count, uint8_t selection, uint8_t *out, size_t *n_out)
{
	struct emu_cxl_feat *f = emu_cxl_fw_find(c, uuid);
	const uint8_t *src;
	size_t n;

	*n_out = 0;
	c->fw_cmds++;
	if (!f)
		return EMU_CXL_RC_UNSUPPORTED;
	switch (selection) {
	case 0: src = f->cur; break;
	case 1: src = f->def; break;
	case 2: src = f->saved; break;
	default: return EMU_CXL_RC_INPUT;
	}
	if (offset >= f->get_size)
		return EMU_CXL_RC_INPUT;
	n = EMU_MIN((size_t)count, (size_t)(f->get_size - offset));
	memcpy(out, src + offset, n);
	*n_out = n;
	return EMU_CXL_RC_SUCCESS;
}

uint16_t emu_cxl_fw_set_feature(struct emu_cxl *c, const uint8_t uuid[16], uint32_t flags,
				uint16_t offset, uint8_t version, const uint8_t *data, size_t len)
{
	struct emu_cxl_feat *f = emu_cxl_fw_find(c, uuid);

	c->fw_cmds++;
	if (!f || !(f->flags & CXL_FEAT_F_CHANGEABLE))
		return EMU_CXL_RC_UNSUPPORTED;
	(void)version;   /* like cxl_test's mock, the version is not checked */
	if ((flags & 7) > 4 ||
	    (size_t)offset + len > f->set_size)
		return EMU_CXL_RC_INPUT;
	if ((flags & 7) == 4)    /* abort */
		return EMU_CXL_RC_SUCCESS;
	memcpy(f->cur + offset, data, len);
	if (flags & CXL_SET_FEAT_SAVED_ACROSS_RESET)
		memcpy(f->saved + offset, data, len);
	return EMU_CXL_RC_SUCCESS;
}
