/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * SHA-256 of dumps: Debian's nettle (libnettle8, with the CPU's SHA
 * extensions where present) does the hashing; we only format the digest.
 */
#ifndef FWCTL_RSC_DUMP_SHA256_H
#define FWCTL_RSC_DUMP_SHA256_H

#include <stdint.h>

#include <nettle/sha2.h>

/* Lower-case hex of a SHA-256 digest into out[65]. */
void rsc_sha256_hex(const uint8_t digest[SHA256_DIGEST_SIZE], char out[65]);

#endif
