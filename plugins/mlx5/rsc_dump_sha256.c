// SPDX-License-Identifier: GPL-2.0-or-later
#include "rsc_dump_sha256.h"

void rsc_sha256_hex(const uint8_t digest[SHA256_DIGEST_SIZE], char out[65])
{
	static const char hex[] = "0123456789abcdef";

	for (int i = 0; i < SHA256_DIGEST_SIZE; i++) {
		out[2 * i] = hex[digest[i] >> 4];
		out[2 * i + 1] = hex[digest[i] & 15];
	}
	out[64] = '\0';
}
