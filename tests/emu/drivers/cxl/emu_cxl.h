/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * Emulated CXL memdev with Features: the kernel's fwctl rules
 * (drivers/cxl/core/features.c, shared/kernel-abi.md section 5) in drv.c,
 * the device's feature store (mailbox Get/Set Feature) in fw.c.
 */
#ifndef FWCTL_EMU_CXL_H
#define FWCTL_EMU_CXL_H

#include <stddef.h>
#include <stdint.h>

#include "../../emu_int.h"

/* Mailbox return codes (CXL r3.2 Table 8-34) used here. */
enum {
	EMU_CXL_RC_SUCCESS = 0,
	EMU_CXL_RC_INPUT = 2,
	EMU_CXL_RC_UNSUPPORTED = 3,
	EMU_CXL_RC_PAYLOADLEN = 0x16,
};

/* Largest feature data the model stores (the vendor log feature is 1536 bytes). */
#define EMU_CXL_FEAT_MAX_DATA 2048
/* Mailbox payload sizes: the spec's minimum, cxl_test's SZ_4K, the spec's maximum. */
#define EMU_CXL_PAYLOAD_MIN 256
#define EMU_CXL_PAYLOAD_DEFAULT 4096
#define EMU_CXL_PAYLOAD_MAX (1024 * 1024)

struct emu_cxl_feat {
	uint8_t uuid[16];
	uint16_t id, get_size, set_size;
	uint32_t flags;
	uint8_t get_ver, set_ver;
	uint16_t effects;
	uint8_t cur[EMU_CXL_FEAT_MAX_DATA], def[EMU_CXL_FEAT_MAX_DATA], saved[EMU_CXL_FEAT_MAX_DATA];
};

enum emu_cxl_feat_cap { EMU_CXL_FEATURES_NONE, EMU_CXL_FEATURES_RO, EMU_CXL_FEATURES_RW };

struct emu_cxl {
	struct emu_cxl_feat *feats;
	size_t n_feats;
	enum emu_cxl_feat_cap feat_cap;
	const char *profile;
	/*
	 * cxl-test profile: firmware behaves as tools/testing/cxl's mock
	 * (one value for every selection, Set only as a full transfer at
	 * offset 0, 4 bytes copied whatever the length).
	 */
	bool mock;
	uint32_t payload;      /* mailbox payload size: the kernel splits transfers by it */
	uint64_t fw_cmds;      /* mailbox commands the firmware executed */
};

static inline struct emu_cxl *emu_cxl(struct emu_dev *dev)
{
	return dev->drvdata;
}

/* Parse "xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx" into uuid_t byte order. */
int emu_cxl_uuid_parse(const char *s, uint8_t out[16]);
/* Whether the kernel keeps this feature for itself (patrol scrub, ECS, PPR, sparing). */
bool emu_cxl_uuid_exclusive(const uint8_t uuid[16]);

/* Firmware: load a feature set; mailbox Get/Set Feature (return the mailbox rc). */
int emu_cxl_fw_load(struct emu_cxl *c, const char *profile, size_t extra);
struct emu_cxl_feat *emu_cxl_fw_find(struct emu_cxl *c, const uint8_t uuid[16]);
uint16_t emu_cxl_fw_get_feature(struct emu_cxl *c, const uint8_t uuid[16], uint16_t offset,
				uint16_t count, uint8_t selection, uint8_t *out, size_t *n_out);
uint16_t emu_cxl_fw_set_feature(struct emu_cxl *c, const uint8_t uuid[16], uint32_t flags,
				uint16_t offset, uint8_t version, const uint8_t *data, size_t len);

#endif
