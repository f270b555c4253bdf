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
	uint8_t data[24];   /* data up to 24 bytes; a larger one starts with 16 of
			       these and continues in a counting pattern */
};

/*
 * Default device: the two kernel-exclusive scrub features a scrub-capable
 * memory device reports, cxl_test's vendor feature, emulator vendor features
 * that walk every branch of the kernel's Set Feature checks, and two
 * kernel-exclusive repair features (appended last: feature ids 0..9 stay
 * what the tests were written against).
 */
static const struct feat_def default_feats[] = {
	/* patrol scrub (CXL r3.2 8.2.10.9.11.1): cap changeable, cycle 12 h,
	 * minimum 1 h, enabled; immediate policy change */
	{ "96dad7d6-fde8-482b-a733-75774e06db8a", 4, 2, 0x61, 2, 0x0208,
	  { 0x01, 0x0c, 0x01, 0x01 } },
	/* DDR5 ECS (8.2.10.9.11.2): log entry type per media FRU, two FRUs,
	 * each realtime-report capable, threshold 1024 (index 4), counting rows */
	{ "e5b13f22-2328-4a14-b8ba-b9691e893386", 9, 5, 0x61, 1, 0x0208,
	  { 0x01, 0x01, 0x04, 0x00, 0x00, 0x01, 0x0c, 0x00, 0x00 } },
	/* cxl_test's vendor test feature: cold reset effect */
	{ "ffffffff-ffff-ffff-ffff-ffffffffffff", 4, 4, 0x61, 1, 0x0201,
	  { 0xef, 0xbe, 0xad, 0xde } },
	/* vendor feature, immediate config change: needs DEBUG_WRITE_FULL */
	{ "3f2a8c5e-6b1d-4e7a-9c0b-2d4e6f8a0b1c", 8, 8, 0x61, 1, 0x0202,
	  { 0x11, 0x22, 0x33, 0x44, 0x55, 0x66, 0x77, 0x88 } },
	/* vendor feature, effective after a conventional reset: DEBUG_WRITE */
	{ "7c9e1d3b-2a4f-4b6c-8e0d-1f3a5c7e9b2d", 4, 4, 0x01, 1, 0x0600,
	  { 0x01, 0x00, 0x00, 0x00 } },
	/* vendor feature, read-only */
	{ "a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d", 16, 0, 0x00, 1, 0x0200,
	  "emu-cxl-readonly" },
	/* vendor feature set as a background command: the kernel refuses it */
	{ "5d0c6e2a-9b47-4f13-a8e5-3c7b1d9f0e42", 4, 4, 0x01, 1, 0x0242,
	  { 0xb0, 0x00, 0x00, 0x00 } },
	/* vendor feature whose effects have reserved bits: the kernel refuses it */
	{ "e8a41f07-36c2-4d5b-b190-7f2e5a8c4d63", 4, 4, 0x01, 1, 0x1201,
	  { 0xe0, 0x00, 0x00, 0x00 } },
	/* vendor feature with neither an immediate nor a reset effect ("the
	 * hardware has a bug"): the kernel refuses it */
	{ "2b6f9d31-c4e8-4a70-9d15-6e3a8b2c7f90", 4, 4, 0x01, 1, 0x0200,
	  { 0xb6, 0x00, 0x00, 0x00 } },
	/* vendor log configuration, 1536 bytes: larger than one tool chunk and
	 * than a 256-byte mailbox payload; effective after a CXL reset */
	{ "c0ffee00-1b2c-4d3e-8f4a-5b6c7d8e9fa0", 1536, 1536, 0x61, 3, 0x0a00,
	  { 0x4c, 0x4f, 0x47, 0x31 } },
	/* sPPR (8.2.10.7.2.1, 20 bytes): latency 0x25, device-initiated
	 * capable, class PPR/subclass sPPR, DPA + nibble mask supported,
	 * data not retained during repair */
	{ "892ba475-fad8-474e-9d3e-692c917568bb", 20, 3, 0x21, 3, 0x0208,
	  { 0x25, 0x01, 0x00, 0x00, 0x00, 0x01, 0x00, [16] = 0x03, [17] = 0x04 } },
	/* row sparing (8.2.10.7.2.3, 19 bytes): class sparing/subclass row,
	 * hard and soft sparing capable */
	{ "450ebf67-b135-4f97-a498-c2d57f279bed", 19, 2, 0x21, 1, 0x0208,
	  { 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x01, [17] = 0x06 } },
};

static const struct feat_def cxl_test_feats[] = {
	{ "ffffffff-ffff-ffff-ffff-ffffffffffff", 4, 4, 0x61, 1, 0x0201,
	  { 0xef, 0xbe, 0xad, 0xde } },
};

int emu_cxl_fw_load(struct emu_cxl *c, const char *profile, size_t extra)
{
	const struct feat_def *defs = default_feats;
	size_t n = EMU_ARRAY_SIZE(default_feats);

	if (!strcmp(profile, "cxl-test")) {
		defs = cxl_test_feats;
		n = EMU_ARRAY_SIZE(cxl_test_feats);
		c->mock = true;
	} else if (strcmp(profile, "default")) {
		return -1;
	}
	c->feats = calloc(n + extra, sizeof(*c->feats));
	if (!c->feats)
		return -1;
	c->n_feats = n + extra;
	/* Extra read-only vendor features make lists that need several pages. */
	for (size_t i = n; i < n + extra; i++) {
		struct emu_cxl_feat *f = &c->feats[i];

		f->uuid[0] = 0xe0;
		f->uuid[6] = 0x40;
		f->uuid[8] = 0x80;
		f->uuid[14] = (uint8_t)(i >> 8);
		f->uuid[15] = (uint8_t)i;
		f->id = (uint16_t)i;
		f->get_size = 4;
		f->get_ver = f->set_ver = 1;
		f->effects = CXL_EFFECT_EFFECTS_VALID;
		emu_put_le32(f->cur, (uint32_t)i);
		memcpy(f->def, f->cur, 4);
		memcpy(f->saved, f->cur, 4);
	}
	for (size_t i = 0; i < n; i++) {
		struct emu_cxl_feat *f = &c->feats[i];
		size_t given = defs[i].get_size <= sizeof(defs[i].data) ? defs[i].get_size : 16;

		emu_cxl_uuid_parse(defs[i].uuid, f->uuid);
		f->id = (uint16_t)i;
		f->get_size = defs[i].get_size;
		f->set_size = defs[i].set_size;
		f->flags = defs[i].flags;
		f->get_ver = f->set_ver = defs[i].ver;
		f->effects = defs[i].effects;
		for (size_t b = given; b < f->get_size && b < EMU_CXL_FEAT_MAX_DATA; b++)
			f->cur[b] = (uint8_t)b;
		memcpy(f->cur, defs[i].data, given);
		memcpy(f->def, f->cur, sizeof(f->cur));
		memcpy(f->saved, f->cur, sizeof(f->cur));
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

	*n_out = 0;
	c->fw_cmds++;
	if (!f)
		return EMU_CXL_RC_UNSUPPORTED;
	switch (c->mock ? 0 : selection) {   /* the mock keeps one value */
	case 0: src = f->cur; break;
	case 1: src = f->def; break;
	case 2: src = f->saved; break;
	default: return EMU_CXL_RC_INPUT;
	}
	/* Reading past the feature's data is invalid input (as in the mock). */
	if ((size_t)offset + count > f->get_size)
		return EMU_CXL_RC_INPUT;
	memcpy(out, src + offset, count);
	*n_out = count;
	return EMU_CXL_RC_SUCCESS;
}

uint16_t emu_cxl_fw_set_feature(struct emu_cxl *c, const uint8_t uuid[16], uint32_t flags,
				uint16_t offset, uint8_t version, const uint8_t *data, size_t len)
{
	struct emu_cxl_feat *f = emu_cxl_fw_find(c, uuid);
	uint32_t xfer = flags & CXL_SET_FEAT_XFER_MASK;

	c->fw_cmds++;
	if (!f || !(f->flags & CXL_FEAT_F_CHANGEABLE))
		return EMU_CXL_RC_UNSUPPORTED;
	(void)version;   /* like cxl_test's mock, the version is not checked */
	if (c->mock) {
		uint8_t v[4] = { 0 };

		/* The mock accepts only a full transfer at offset 0 and copies
		 * four bytes, whatever the length (shorter data reads zeros). */
		if (xfer != CXL_SET_FEAT_XFER_FULL || offset)
			return EMU_CXL_RC_INPUT;
		memcpy(v, data, EMU_MIN(len, sizeof(v)));
		memcpy(f->cur, v, sizeof(v));
		memcpy(f->def, v, sizeof(v));
		memcpy(f->saved, v, sizeof(v));
		return EMU_CXL_RC_SUCCESS;
	}
	if (xfer > CXL_SET_FEAT_XFER_ABORT || (size_t)offset + len > f->set_size)
		return EMU_CXL_RC_INPUT;
	if (xfer == CXL_SET_FEAT_XFER_ABORT)
		return EMU_CXL_RC_SUCCESS;
	memcpy(f->cur + offset, data, len);
	if (flags & CXL_SET_FEAT_SAVED_ACROSS_RESET)
		memcpy(f->saved + offset, data, len);
	return EMU_CXL_RC_SUCCESS;
}
