// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * Diagnostic counters of the emulated firmware: QUERY_DIAGNOSTIC_PARAMS
 * (0x819), SET_DIAGNOSTIC_PARAMS (0x820), QUERY_DIAGNOSTIC_COUNTERS
 * (0x821).  Layouts as NVIDIA's mlx5ctl tool uses them (not in the kernel
 * header): the params context (24 bytes + one dword per counter id)
 * follows the first 8 bytes of the QUERY out mailbox and of the SET in
 * mailbox; counter records (16 bytes: id, sample id, timestamp, 64-bit
 * value) follow the 16-byte out header.  Counters advance on every query
 * so that samples differ.
 */
#include <string.h>

#include "emu_mlx5.h"

/* diagnostic_params_context, bit offsets */
#define CTX_NUM_COUNTERS   0x00, 16
#define CTX_LOG_SAMPLES    0x18, 8
#define CTX_FLAGS          0x20, 6     /* single repetitive sync clear on_demand enable */
#define CTX_LOG_PERIOD     0x38, 8
#define CTX_LEN            24
#define CTX_FLAG_ENABLE    0x01        /* lowest bit of the 6-bit flag group */
#define CTX_FLAG_CLEAR     0x04
#define PARAMS_CTX_OFF     8
#define SET_CTX_OFF        8
/* query_diagnostic_counters_in */
#define Q_NUM_SAMPLES      8           /* be16 */
#define Q_SAMPLE_INDEX     10          /* be16 */
#define REC_LEN            16

static bool supported(const struct emu_mlx5_profile *p, uint16_t id)
{
	for (size_t i = 0; i < p->n_diag; i++)
		if (p->diag_ids[i] == id)
			return true;
	return false;
}

int emu_mlx5_cmd_query_diag_params(struct emu_dev *dev, const uint8_t *in, size_t in_len,
				   uint8_t *out, size_t out_cap, uint32_t *syndrome)
{
	struct emu_mlx5 *m = emu_mlx5(dev);
	uint8_t *ctx = out + PARAMS_CTX_OFF;
	size_t room = m->req_out_len > PARAMS_CTX_OFF + CTX_LEN ?
		      (m->req_out_len - PARAMS_CTX_OFF - CTX_LEN) / 4 : 0;

	(void)in; (void)in_len;
	if (m->req_out_len < PARAMS_CTX_OFF + CTX_LEN || out_cap < PARAMS_CTX_OFF + CTX_LEN) {
		*syndrome = EMU_MLX5_SYND_SHORT_OUT;
		return EMU_MLX5_STAT_BAD_OUTP_LEN;
	}
	emu_prm_set(ctx, CTX_LEN, CTX_NUM_COUNTERS, m->diag_n);
	emu_prm_set(ctx, CTX_LEN, CTX_LOG_SAMPLES, m->diag_log_samples);
	emu_prm_set(ctx, CTX_LEN, CTX_FLAGS, m->diag_flags | (m->diag_enabled ? CTX_FLAG_ENABLE : 0));
	emu_prm_set(ctx, CTX_LEN, CTX_LOG_PERIOD, m->diag_log_period);
	/* As many counter ids as the caller's buffer holds. */
	for (uint32_t i = 0; i < m->diag_n && i < room; i++)
		emu_put_be32(ctx + CTX_LEN + 4 * i, m->diag_ids[i]);
	return EMU_MLX5_STAT_OK;
}

int emu_mlx5_cmd_set_diag_params(struct emu_dev *dev, const uint8_t *in, size_t in_len,
				 uint8_t *out, size_t out_cap, uint32_t *syndrome)
{
	struct emu_mlx5 *m = emu_mlx5(dev);
	const uint8_t *ctx = in + SET_CTX_OFF;
	uint32_t n, flags;

	(void)out; (void)out_cap;
	if (in_len < SET_CTX_OFF + CTX_LEN) {
		*syndrome = EMU_MLX5_SYND_SHORT_IN;
		return EMU_MLX5_STAT_BAD_INP_LEN;
	}
	n = emu_prm_get(ctx, CTX_LEN, CTX_NUM_COUNTERS);
	flags = emu_prm_get(ctx, CTX_LEN, CTX_FLAGS);
	if (in_len < SET_CTX_OFF + CTX_LEN + 4 * (size_t)n) {
		*syndrome = EMU_MLX5_SYND_SHORT_IN;
		return EMU_MLX5_STAT_BAD_INP_LEN;
	}
	if (n > m->prof->n_diag || n > EMU_MLX5_MAX_DIAG ||
	    ((flags & CTX_FLAG_ENABLE) && n == 0)) {
		*syndrome = EMU_MLX5_SYND_BAD_FIELD;
		return EMU_MLX5_STAT_BAD_PARAM;
	}
	for (uint32_t i = 0; i < n; i++)
		if (!supported(m->prof, (uint16_t)emu_get_be32(ctx + CTX_LEN + 4 * i))) {
			*syndrome = EMU_MLX5_SYND_DIAG_ID;
			return EMU_MLX5_STAT_BAD_PARAM;
		}
	for (uint32_t i = 0; i < n; i++)
		m->diag_ids[i] = (uint16_t)emu_get_be32(ctx + CTX_LEN + 4 * i);
	m->diag_n = n;
	m->diag_enabled = flags & CTX_FLAG_ENABLE;
	m->diag_flags = (uint8_t)(flags & ~(uint32_t)(CTX_FLAG_ENABLE | CTX_FLAG_CLEAR));
	m->diag_log_samples = (uint8_t)emu_prm_get(ctx, CTX_LEN, CTX_LOG_SAMPLES);
	m->diag_log_period = (uint8_t)emu_prm_get(ctx, CTX_LEN, CTX_LOG_PERIOD);
	if (flags & CTX_FLAG_CLEAR || !m->diag_enabled)
		m->diag_queries = 0;
	return EMU_MLX5_STAT_OK;
}

/* Value of counter `id` at query q: a per-id base plus a per-id rate. */
static uint64_t counter_value(uint16_t id, uint64_t q)
{
	uint64_t base = (uint64_t)id * 1000003u;
	uint64_t rate = 1000u + (id & 0xff) * 37u;

	/* PCIe and pipe counters of a busy port exceed 32 bits quickly. */
	return (base << 12) + rate * q;
}

int emu_mlx5_cmd_query_diag_counters(struct emu_dev *dev, const uint8_t *in, size_t in_len,
				     uint8_t *out, size_t out_cap, uint32_t *syndrome)
{
	struct emu_mlx5 *m = emu_mlx5(dev);
	uint32_t samples, first;
	size_t room, k = 0;
	uint64_t q;

	if (in_len < EMU_MLX5_HDR) {
		*syndrome = EMU_MLX5_SYND_SHORT_IN;
		return EMU_MLX5_STAT_BAD_INP_LEN;
	}
	if (!m->diag_enabled) {
		*syndrome = EMU_MLX5_SYND_DIAG_OFF;
		return EMU_MLX5_STAT_BAD_SYS_STATE;
	}
	samples = emu_get_be16(in + Q_NUM_SAMPLES);
	first = emu_get_be16(in + Q_SAMPLE_INDEX);
	if (samples == 0 || samples > (1u << m->diag_log_samples) + 1u) {
		*syndrome = EMU_MLX5_SYND_BAD_FIELD;
		return EMU_MLX5_STAT_BAD_PARAM;
	}
	/* One record per enabled counter and sample, as far as the mailbox goes. */
	room = EMU_MIN(m->req_out_len, out_cap);
	room = room > EMU_MLX5_HDR ? (room - EMU_MLX5_HDR) / REC_LEN : 0;
	q = ++m->diag_queries;
	for (uint32_t s = 0; s < samples; s++)
		for (uint32_t i = 0; i < m->diag_n && k < room; i++, k++) {
			uint8_t *r = out + EMU_MLX5_HDR + k * REC_LEN;
			uint64_t v = counter_value(m->diag_ids[i], q + s);

			emu_put_be16(r, m->diag_ids[i]);
			emu_put_be16(r + 2, (uint16_t)(first + s));
			emu_put_be32(r + 4, (uint32_t)(q * 1000u + s));   /* time_stamp_31_0 */
			emu_put_be32(r + 8, (uint32_t)(v >> 32));
			emu_put_be32(r + 12, (uint32_t)v);
		}
	return EMU_MLX5_STAT_OK;
}
