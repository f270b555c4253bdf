/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * A small SHA-256 (FIPS 180-4) for dump summaries.  Debian's json-c and
 * libudev have none and OpenSSL is not a dependency we want; this one is
 * checked against the FIPS known answers in tests/unit/mlx5-dump/.
 */
#ifndef FWCTL_RSC_DUMP_SHA256_H
#define FWCTL_RSC_DUMP_SHA256_H

#include <stddef.h>
#include <stdint.h>

struct sha256 {
	uint32_t h[8];
	uint64_t len;          /* bytes hashed so far */
	uint8_t buf[64];
	unsigned int have;     /* bytes waiting in buf */
};

void sha256_init(struct sha256 *s);
void sha256_update(struct sha256 *s, const void *data, size_t n);
void sha256_final(struct sha256 *s, uint8_t digest[32]);
/* Lower-case hex of the digest into out[65]. */
void sha256_hex(const uint8_t digest[32], char out[65]);

#endif
