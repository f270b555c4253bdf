// SPDX-License-Identifier: GPL-2.0-or-later
/* Byte-order helpers, PRM bit fields and deterministic noise. */
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>

#include "emu_int.h"

uint16_t emu_get_be16(const uint8_t *p) { return (uint16_t)(p[0] << 8 | p[1]); }
uint32_t emu_get_be32(const uint8_t *p)
{
	return (uint32_t)p[0] << 24 | (uint32_t)p[1] << 16 | (uint32_t)p[2] << 8 | p[3];
}
void emu_put_be16(uint8_t *p, uint16_t v) { p[0] = v >> 8; p[1] = v & 0xff; }
void emu_put_be32(uint8_t *p, uint32_t v)
{
	p[0] = v >> 24; p[1] = (v >> 16) & 0xff; p[2] = (v >> 8) & 0xff; p[3] = v & 0xff;
}
uint16_t emu_get_le16(const uint8_t *p) { return (uint16_t)(p[0] | p[1] << 8); }
uint32_t emu_get_le32(const uint8_t *p)
{
	return p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24;
}
void emu_put_le16(uint8_t *p, uint16_t v) { p[0] = v & 0xff; p[1] = v >> 8; }
void emu_put_le32(uint8_t *p, uint32_t v)
{
	p[0] = v & 0xff; p[1] = (v >> 8) & 0xff; p[2] = (v >> 16) & 0xff; p[3] = v >> 24;
}
void emu_put_le64(uint8_t *p, uint64_t v)
{
	emu_put_le32(p, (uint32_t)v);
	emu_put_le32(p + 4, (uint32_t)(v >> 32));
}

void emu_prm_set(uint8_t *buf, size_t buf_len, unsigned bit_off, unsigned width, uint32_t val)
{
	unsigned dw = bit_off / 32, shift;
	uint32_t mask, cur;

	if (width == 0 || width > 32 || (bit_off % 32) + width > 32 || (dw + 1) * 4 > buf_len)
		return;
	shift = 32 - (bit_off % 32) - width;
	mask = width == 32 ? 0xffffffffu : ((1u << width) - 1) << shift;
	cur = emu_get_be32(buf + dw * 4);
	cur = (cur & ~mask) | ((val << shift) & mask);
	emu_put_be32(buf + dw * 4, cur);
}

uint32_t emu_prm_get(const uint8_t *buf, size_t buf_len, unsigned bit_off, unsigned width)
{
	unsigned dw = bit_off / 32, shift;

	if (width == 0 || width > 32 || (bit_off % 32) + width > 32 || (dw + 1) * 4 > buf_len)
		return 0;
	shift = 32 - (bit_off % 32) - width;
	if (width == 32)
		return emu_get_be32(buf + dw * 4);
	return (emu_get_be32(buf + dw * 4) >> shift) & ((1u << width) - 1);
}

uint64_t emu_rand_next(uint64_t *state)
{
	uint64_t z = (*state += 0x9e3779b97f4a7c15ull);

	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
	z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
	return z ^ (z >> 31);
}

void emu_fill_noise(uint8_t *buf, size_t len, uint64_t seed)
{
	uint64_t st = seed, r = 0;

	for (size_t i = 0; i < len; i++) {
		if (i % 8 == 0)
			r = emu_rand_next(&st);
		buf[i] = (uint8_t)(r >> (8 * (i % 8)));
	}
}

int emu_fail(char *errbuf, size_t errlen, const char *fmt, ...)
{
	va_list ap;

	if (errbuf && errlen) {
		va_start(ap, fmt);
		vsnprintf(errbuf, errlen, fmt, ap);
		va_end(ap);
	}
	return -EINVAL;
}
