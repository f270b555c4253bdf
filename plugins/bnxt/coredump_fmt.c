// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * Coredump layouts and decoders.  HWRM offsets from the 7.3
 * include/linux/bnxt/hsi.h (shared/bnxt-dma-abi.md section 4); the file
 * format from bnxt_coredump.h (struct bnxt_coredump_segment_hdr, struct
 * bnxt_coredump_record).  All little-endian.
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "coredump_fmt.h"

#define F(n, byte, bits) { .name = (n), .bit_off = (byte) * 8, .bit_width = (bits), .kind = PRM_UINT }
#define U8(n, b)  F(n, b, 8)
#define U16(n, b) F(n, b, 16)
#define U32(n, b) F(n, b, 32)
#define U64(n, b) F(n, b, 64)
#define BIT(n, byte, bit) { .name = (n), .bit_off = (byte) * 8 + (bit), .bit_width = 1, .kind = PRM_BOOL }
#define STR(n, b, len) { .name = (n), .bit_off = (b) * 8, .bit_width = (len) * 8, .kind = PRM_STRING }

/* Requests: whole structs, header included (bnxt_req_hdr fills bytes 0..15). */
static const struct prm_field dbg_qcfg_req_f[] = { U16("fid", 16), U16("flags", 18),
	U32("coredump_component_disable_flags", 20) };
const struct prm_layout bnxt_cd_dbg_qcfg_req = PRM_LAYOUT("hwrm_dbg_qcfg_input", 24 * 8, PRM_LE, dbg_qcfg_req_f);

static const struct prm_field dbg_qcfg_resp_f[] = { U16("fid", 8), U32("coredump_size", 12),
	U32("flags", 16), U16("async_cmpl_ring", 20), U32("crashdump_size", 24) };
const struct prm_layout bnxt_cd_dbg_qcfg_resp = PRM_LAYOUT("hwrm_dbg_qcfg_output", 32 * 8, PRM_LE, dbg_qcfg_resp_f);

static const struct prm_field list_req_f[] = { U64("host_dest_addr", 16), U32("host_buf_len", 24),
	U16("seq_no", 28), U8("flags", 30) };
const struct prm_layout bnxt_cd_list_req = PRM_LAYOUT("hwrm_dbg_coredump_list_input", 32 * 8, PRM_LE, list_req_f);

static const struct prm_field list_resp_f[] = { BIT("more", 8, 0), U16("total_segments", 10),
	U16("data_len", 12) };
const struct prm_layout bnxt_cd_list_resp = PRM_LAYOUT("hwrm_dbg_coredump_list_output", 16 * 8, PRM_LE, list_resp_f);

static const struct prm_field seg_record_f[] = { U16("component_id", 0), U16("segment_id", 2),
	U16("max_instances", 4), U8("version_hi", 6), U8("version_low", 7), U8("seg_flags", 8),
	U8("compress_flags", 9), U32("segment_len", 12) };
const struct prm_layout bnxt_cd_seg_record = PRM_LAYOUT("coredump_segment_record", 16 * 8, PRM_LE, seg_record_f);

static const struct prm_field initiate_req_f[] = { U16("component_id", 16), U16("segment_id", 18),
	U16("instance", 20), U8("seg_flags", 24) };
const struct prm_layout bnxt_cd_initiate_req = PRM_LAYOUT("hwrm_dbg_coredump_initiate_input", 32 * 8, PRM_LE, initiate_req_f);

static const struct prm_field retrieve_req_f[] = { U64("host_dest_addr", 16), U32("host_buf_len", 24),
	U16("component_id", 32), U16("segment_id", 34), U16("instance", 36), U8("seg_flags", 40),
	U32("seq_no", 48) };
const struct prm_layout bnxt_cd_retrieve_req = PRM_LAYOUT("hwrm_dbg_coredump_retrieve_input", 56 * 8, PRM_LE, retrieve_req_f);

static const struct prm_field retrieve_resp_f[] = { BIT("more", 8, 0), U16("data_len", 10) };
const struct prm_layout bnxt_cd_retrieve_resp = PRM_LAYOUT("hwrm_dbg_coredump_retrieve_output", 16 * 8, PRM_LE, retrieve_resp_f);

/* struct bnxt_coredump_segment_hdr */
static const struct prm_field seg_hdr_f[] = { STR("signature", 0, 4), U32("component_id", 4),
	U32("segment_id", 8), U32("flags", 12), U8("low_version", 16), U8("high_version", 17),
	U16("function_id", 18), U32("offset", 20), U32("length", 24), U32("status", 28),
	U32("duration", 32), U32("data_offset", 36), U32("instance", 40) };
const struct prm_layout bnxt_cd_file_seg_hdr = PRM_LAYOUT("bnxt_coredump_segment_hdr", 64 * 8, PRM_LE, seg_hdr_f);

/* struct bnxt_coredump_record */
static const struct prm_field record_f[] = { STR("signature", 0, 4), U32("flags", 4),
	U8("low_version", 8), U8("high_version", 9), U8("asic_state", 10), STR("system_name", 16, 32),
	U16("year", 48), U16("month", 50), U16("day", 52), U16("hour", 54), U16("minute", 56),
	U16("second", 58), U16("utc_bias", 60), STR("commandline", 64, 256), U32("total_segments", 320),
	U32("os_ver_major", 324), U32("os_ver_minor", 328), STR("os_name", 336, 32),
	U16("end_year", 368), U16("end_month", 370), U16("end_day", 372), U16("end_hour", 374),
	U16("end_minute", 376), U16("end_second", 378), U16("end_utc_bias", 380),
	U32("asic_id1", 384), U32("asic_id2", 388), U32("coredump_status", 392),
	U8("ioctl_low_version", 396), U8("ioctl_high_version", 397) };
const struct prm_layout bnxt_cd_file_record = PRM_LAYOUT("bnxt_coredump_record", 1024 * 8, PRM_LE, record_f);

static uint64_t get(const struct prm_layout *l, const char *name, const uint8_t *b, size_t len)
{
	uint64_t v = 0;

	if (!prm_get_by_name(l, name, b, len, &v))
		v = 0;
	return v;
}

static void set(const struct prm_layout *l, const char *name, uint8_t *b, uint64_t v)
{
	prm_set_by_name(l, name, b, l->size_bits / 8, v);
}

/* strscpy() into a string field: at most width - 1 bytes and a NUL. */
static void set_str(const struct prm_layout *l, const char *name, uint8_t *b, const char *s, bool nul)
{
	const struct prm_field *f = prm_find(l, name);
	size_t width, n;

	if (!f || !s)
		return;
	width = f->bit_width / 8;
	n = strlen(s);
	if (nul && n >= width)
		n = width - 1;
	else if (n > width)
		n = width;
	memset(b + f->bit_off / 8, 0, width);
	memcpy(b + f->bit_off / 8, s, n);
}

static int page(const struct prm_layout *l, const char *what, const uint8_t *resp, size_t resp_len,
		uint32_t buf_len, struct bnxt_cd_page *pg, struct fwctl_err *err)
{
	uint64_t more, dl;

	memset(pg, 0, sizeof(*pg));
	if (!prm_get_by_name(l, "more", resp, resp_len, &more) ||
	    !prm_get_by_name(l, "data_len", resp, resp_len, &dl))
		return fwctl_err_set(err, FWCTL_ERR_PROTOCOL, 0,
				     "%s: answer of %zu bytes is shorter than its %u-byte layout",
				     what, resp_len, l->size_bits / 8);
	if (dl > buf_len)
		return fwctl_err_set(err, FWCTL_ERR_PROTOCOL, 0,
				     "%s: the firmware says it wrote %u bytes into a %u-byte buffer",
				     what, (unsigned int)dl, buf_len);
	pg->more = more != 0;
	pg->data_len = (uint16_t)dl;
	pg->total_segments = (uint16_t)get(l, "total_segments", resp, resp_len);
	return 0;
}

int bnxt_cd_list_page(const uint8_t *resp, size_t resp_len, uint32_t buf_len,
		      struct bnxt_cd_page *pg, struct fwctl_err *err)
{
	return page(&bnxt_cd_list_resp, "HWRM_DBG_COREDUMP_LIST", resp, resp_len, buf_len, pg, err);
}

int bnxt_cd_retrieve_page(const uint8_t *resp, size_t resp_len, uint32_t buf_len,
			  struct bnxt_cd_page *pg, struct fwctl_err *err)
{
	return page(&bnxt_cd_retrieve_resp, "HWRM_DBG_COREDUMP_RETRIEVE", resp, resp_len, buf_len,
		    pg, err);
}

int bnxt_cd_records(const uint8_t *data, size_t len, struct bnxt_cd_seg *segs, size_t n,
		    struct fwctl_err *err)
{
	const struct prm_layout *l = &bnxt_cd_seg_record;

	if (len != n * BNXT_CD_REC_LEN)
		return fwctl_err_set(err, FWCTL_ERR_PROTOCOL, 0,
				     "coredump segment list: %zu bytes for %zu records of %u bytes",
				     len, n, BNXT_CD_REC_LEN);
	for (size_t i = 0; i < n; i++) {
		const uint8_t *r = data + i * BNXT_CD_REC_LEN;
		struct bnxt_cd_seg *s = &segs[i];

		s->component = (uint16_t)get(l, "component_id", r, BNXT_CD_REC_LEN);
		s->segment = (uint16_t)get(l, "segment_id", r, BNXT_CD_REC_LEN);
		s->instances = (uint16_t)get(l, "max_instances", r, BNXT_CD_REC_LEN);
		s->version_hi = (uint8_t)get(l, "version_hi", r, BNXT_CD_REC_LEN);
		s->version_low = (uint8_t)get(l, "version_low", r, BNXT_CD_REC_LEN);
		s->seg_flags = (uint8_t)get(l, "seg_flags", r, BNXT_CD_REC_LEN);
		s->compress_flags = (uint8_t)get(l, "compress_flags", r, BNXT_CD_REC_LEN);
		s->length = (uint32_t)get(l, "segment_len", r, BNXT_CD_REC_LEN);
	}
	return 0;
}

int bnxt_cd_list_feed(struct bnxt_cd_list *l, const struct bnxt_cd_page *pg, const uint8_t *data,
		      struct fwctl_err *err)
{
	if (l->pages++ == 0) {
		if (pg->total_segments == 0)
			return fwctl_err_set(err, FWCTL_ERR_FAILED, EIO,
					     "the firmware lists no coredump segments (total_segments 0)");
		l->total = pg->total_segments;
		l->data = calloc(l->total, BNXT_CD_REC_LEN);
		if (!l->data)
			return fwctl_err_set(err, FWCTL_ERR_FAILED, ENOMEM, "out of memory");
	}
	if (l->have + pg->data_len > l->total * BNXT_CD_REC_LEN)
		return fwctl_err_set(err, FWCTL_ERR_PROTOCOL, 0,
				     "coredump segment list: more than the %zu records the firmware "
				     "announced (page %u)", l->total, l->pages - 1);
	memcpy(l->data + l->have, data, pg->data_len);
	l->have += pg->data_len;
	if (!pg->more) {
		if (l->have != l->total * BNXT_CD_REC_LEN)
			return fwctl_err_set(err, FWCTL_ERR_PROTOCOL, 0,
					     "coredump segment list ended after %zu of %zu records",
					     l->have / BNXT_CD_REC_LEN, l->total);
		return 0;
	}
	if (l->have == l->total * BNXT_CD_REC_LEN || pg->data_len == 0)
		return fwctl_err_set(err, FWCTL_ERR_PROTOCOL, 0,
				     "coredump segment list: the firmware keeps 'more' set after %zu "
				     "of %zu records (page %u%s)", l->have / BNXT_CD_REC_LEN, l->total,
				     l->pages - 1, pg->data_len ? "" : " was empty");
	return 1;
}

void bnxt_cd_list_free(struct bnxt_cd_list *l)
{
	free(l->data);
	memset(l, 0, sizeof(*l));
}

/* bnxt_en's hwrm_err_map(): firmware codes to errno. */
static const struct { uint16_t code; int errnum; } err_map[] = {
	{ 0x11, EROFS },        /* RESOURCE_LOCKED */
	{ 0x3, EACCES },        /* RESOURCE_ACCESS_DENIED */
	{ 0x4, ENOSPC },        /* RESOURCE_ALLOC_ERROR */
	{ 0x2, EINVAL }, { 0x5, EINVAL }, { 0x6, EINVAL }, { 0x7, EINVAL }, { 0x9, EINVAL },
	{ 0x8, ENOMEM },        /* NO_BUFFER */
	{ 0xa, EAGAIN }, { 0x10, EAGAIN },   /* HOT_RESET_PROGRESS, BUSY */
	{ 0xffff, EOPNOTSUPP }, /* CMD_NOT_SUPPORTED */
	{ 0x12, ENODEV },       /* PF_UNAVAILABLE */
};

int bnxt_hwrm_err_to_errno(uint16_t code)
{
	if (code == 0)
		return 0;
	if (bnxt_is_kernel_code(code))
		return -(int)(0x10000 - code);
	for (size_t i = 0; i < sizeof(err_map) / sizeof(err_map[0]); i++)
		if (err_map[i].code == code)
			return -err_map[i].errnum;
	return -EIO;
}

void bnxt_cd_fill_seg_hdr(uint8_t *hdr, const struct bnxt_cd_hdr_info *in)
{
	const struct prm_layout *l = &bnxt_cd_file_seg_hdr;

	memset(hdr, 0, BNXT_CD_SEG_HDR_LEN);
	set_str(l, "signature", hdr, "sEgM", false);
	set(l, "component_id", hdr, in->component);
	set(l, "segment_id", hdr, in->segment);
	set(l, "flags", hdr, in->flags);
	set(l, "low_version", hdr, in->low_version);
	set(l, "high_version", hdr, in->high_version);
	set(l, "function_id", hdr, in->function_id);
	set(l, "length", hdr, in->length);
	set(l, "status", hdr, (uint32_t)in->status);
	set(l, "duration", hdr, in->duration_ms);
	set(l, "data_offset", hdr, BNXT_CD_SEG_HDR_LEN);
	set(l, "instance", hdr, in->instance);
}

void bnxt_cd_fill_record(uint8_t *rec, const struct bnxt_cd_record_info *in)
{
	const struct prm_layout *l = &bnxt_cd_file_record;
	static const char *const start[6] = { "year", "month", "day", "hour", "minute", "second" };
	static const char *const end[6] = { "end_year", "end_month", "end_day", "end_hour",
					    "end_minute", "end_second" };

	memset(rec, 0, BNXT_CD_RECORD_LEN);
	set_str(l, "signature", rec, "cOrE", false);
	set(l, "high_version", rec, 1);
	set_str(l, "system_name", rec, in->system_name, true);
	for (int i = 0; i < 6; i++) {
		set(l, start[i], rec, in->start[i]);
		set(l, end[i], rec, in->end[i]);
	}
	set(l, "utc_bias", rec, in->utc_bias);
	set(l, "end_utc_bias", rec, in->utc_bias);
	set_str(l, "commandline", rec, in->commandline, true);
	set(l, "total_segments", rec, in->total_segments);
	set(l, "os_ver_major", rec, in->os_ver_major);
	set(l, "os_ver_minor", rec, in->os_ver_minor);
	set_str(l, "os_name", rec, in->os_name, true);
	set(l, "asic_id1", rec, in->asic_id1);
	set(l, "coredump_status", rec, (uint32_t)in->coredump_status);
}
