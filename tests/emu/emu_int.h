/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * Internals of the emulated kernel shared by the core, the world builder
 * and the drivers.  Not part of the fixed interface (emu.h): drivers and
 * their firmware models include this for byte helpers, spec-key checks and
 * fault queries.  Plain C, no GLib.
 */
#ifndef FWCTL_EMU_INT_H
#define FWCTL_EMU_INT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "emu.h"

#define EMU_ARRAY_SIZE(a) (sizeof(a) / sizeof((a)[0]))
#define EMU_MIN(a, b) ((a) < (b) ? (a) : (b))
#define EMU_MAX(a, b) ((a) > (b) ? (a) : (b))

/* TAINT_FWCTL is bit 19 of /proc/sys/kernel/tainted (measured on 7.2). */
#define EMU_TAINT_FWCTL_VALUE 524288u

/* Limits of the emulator itself (not kernel rules): see emu_core.c. */
#define EMU_MAX_DEVICES FWCTL_MAX_DEVICES
#define EMU_MAX_INFO_LEN (16u * 1024 * 1024)

/*
 * Every emu_dev is allocated as this wrapper so the core can keep its own
 * per-device bookkeeping without widening the fixed struct.
 */
struct emu_dev_priv {
	struct emu_dev pub;
	uint64_t rpc_seq;        /* RPCs that passed the core's checks */
	uint64_t cur_seq;        /* sequence number of the RPC in flight */
	bool in_rpc;
};

static inline struct emu_dev_priv *emu_dev_priv(struct emu_dev *d)
{
	return (struct emu_dev_priv *)d;
}

/* ---- byte helpers (firmware formats are explicit-endian) ---- */
uint16_t emu_get_be16(const uint8_t *p);
uint32_t emu_get_be32(const uint8_t *p);
void emu_put_be16(uint8_t *p, uint16_t v);
void emu_put_be32(uint8_t *p, uint32_t v);
uint16_t emu_get_le16(const uint8_t *p);
uint32_t emu_get_le32(const uint8_t *p);
void emu_put_le16(uint8_t *p, uint16_t v);
void emu_put_le32(uint8_t *p, uint32_t v);
void emu_put_le64(uint8_t *p, uint64_t v);
/*
 * PRM bit fields: big-endian 32-bit dwords, bit 0 = MSB of byte 0.  Fields
 * may not cross a dword boundary (as in mlx5_ifc), width 1..32.
 */
void emu_prm_set(uint8_t *buf, size_t buf_len, unsigned bit_off, unsigned width, uint32_t val);
uint32_t emu_prm_get(const uint8_t *buf, size_t buf_len, unsigned bit_off, unsigned width);

/* Deterministic noise (splitmix64) for the garbage fault and test data. */
uint64_t emu_rand_next(uint64_t *state);
void emu_fill_noise(uint8_t *buf, size_t len, uint64_t seed);

/* ---- spec helpers ---- */
/* Keys every device spec accepts (checked by the world). */
extern const char *const emu_common_keys[];
/*
 * A driver's probe calls this with its own extra keys (NULL-terminated,
 * may be NULL): any key that is neither common nor listed is an error that
 * names the key.  Returns 0 or -EINVAL with errbuf filled.
 */
int emu_spec_check_keys(const struct emu_dev *dev, const char *const *extra,
			char *errbuf, size_t errlen);
/* Parse a --fault spec; fills *f (strings owned by f). */
int emu_fault_parse(const char *text, struct emu_fault *f, char *errbuf, size_t errlen);
void emu_fault_clear(struct emu_fault *f);
const char *emu_fault_kind_name(enum emu_fault_kind k);

/*
 * Drivers ask whether a vendor fault called `name` applies to the RPC in
 * flight on `dev` (same dev/after/count rules as core faults).  Returns
 * the fault (its ->args carries the vendor keys) or NULL.
 */
const struct emu_fault *emu_fault_active(struct emu_dev *dev, const char *name);
/* Whether fault f hits RPC number seq of dev (used by core and drivers). */
bool emu_fault_hits(const struct emu_fault *f, const struct emu_dev *dev, uint64_t seq);

/* Driver registry (drivers.c). */
extern const struct emu_driver *const emu_drivers[];
extern const size_t emu_n_drivers;

/* Set the taint flag of the world and rewrite the fake tainted file. */
void emu_world_taint(struct emu_world *w);
int emu_world_set_taint_file(struct emu_world *w, const char *path);

/* Format a message into errbuf (if any) and return -EINVAL. */
int emu_fail(char *errbuf, size_t errlen, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));

#endif
