/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * The bnxt firmware coredump over fwctl (shared/bnxt-dma-abi.md section
 * 4): the HWRM layouts of DBG_QCFG, DBG_COREDUMP_LIST / INITIATE /
 * RETRIEVE, and the file format `ethtool -w DEV data FILE` writes for a
 * live dump (64-byte segment headers, the 1024-byte coredump record).
 * Layouts are data; the decoders here take firmware bytes and are fuzzed.
 */
#ifndef FWCTL_BNXT_COREDUMP_FMT_H
#define FWCTL_BNXT_COREDUMP_FMT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "bnxt.h"

#define BNXT_CD_LIST_BUF      2048u   /* what bnxt_en uses */
#define BNXT_CD_RETRIEVE_BUF  4096u
#define BNXT_CD_REC_LEN       16u     /* struct coredump_segment_record */
#define BNXT_CD_SEG_HDR_LEN   64u     /* struct bnxt_coredump_segment_hdr */
#define BNXT_CD_RECORD_LEN    1024u   /* struct bnxt_coredump_record */
#define BNXT_CD_VER_GET_LEN   176u    /* hwrm_ver_get_output */
#define BNXT_CD_VER_GET_COMP  2u      /* the driver's VER_GET segment: component 2, segment 0 */

#define BNXT_CD_REQ_DBG_QCFG  0xff21
#define BNXT_CD_REQ_LIST      0xff17
#define BNXT_CD_REQ_INITIATE  0xff18
#define BNXT_CD_REQ_RETRIEVE  0xff19

/* INITIATE seg_flags: a live dump sends 0 (as bnxt_en does), --live-l1 this. */
#define BNXT_CD_INIT_COLLECT_L1 0x4

extern const struct prm_layout bnxt_cd_dbg_qcfg_req, bnxt_cd_dbg_qcfg_resp;
extern const struct prm_layout bnxt_cd_list_req, bnxt_cd_list_resp, bnxt_cd_seg_record;
extern const struct prm_layout bnxt_cd_initiate_req;
extern const struct prm_layout bnxt_cd_retrieve_req, bnxt_cd_retrieve_resp;
extern const struct prm_layout bnxt_cd_file_seg_hdr, bnxt_cd_file_record;

/* One firmware segment, from the LIST data. */
struct bnxt_cd_seg {
	uint16_t component, segment, instances;
	uint8_t version_hi, version_low, seg_flags, compress_flags;
	uint32_t length;
};

/* One LIST or RETRIEVE answer, checked. */
struct bnxt_cd_page {
	bool more;
	uint16_t data_len;
	uint16_t total_segments;   /* LIST only */
};

/* LIST answer (resp_len bytes of response header/body) for a buf_len-byte buffer. */
int bnxt_cd_list_page(const uint8_t *resp, size_t resp_len, uint32_t buf_len,
		      struct bnxt_cd_page *pg, struct fwctl_err *err);
int bnxt_cd_retrieve_page(const uint8_t *resp, size_t resp_len, uint32_t buf_len,
			  struct bnxt_cd_page *pg, struct fwctl_err *err);
/* Decode n segment records from len bytes of LIST data (len must be n * 16). */
int bnxt_cd_records(const uint8_t *data, size_t len, struct bnxt_cd_seg *segs, size_t n,
		    struct fwctl_err *err);

/*
 * Collects LIST pages: total_segments from the first, records appended
 * until `more` clears.  A firmware that keeps `more` set once every
 * record arrived, sends an empty page with `more`, or sends more or fewer
 * records than it announced, is an error.
 */
struct bnxt_cd_list {
	uint8_t *data;          /* total * 16 bytes */
	size_t have, total;     /* bytes so far; total segments */
	unsigned int pages;
};
/* Feed one page (pg from bnxt_cd_list_page, data its buffer).  Returns 1
 * for "send the next page", 0 when complete, -1 with err set. */
int bnxt_cd_list_feed(struct bnxt_cd_list *l, const struct bnxt_cd_page *pg, const uint8_t *data,
		      struct fwctl_err *err);
void bnxt_cd_list_free(struct bnxt_cd_list *l);

/* HWRM error code -> the negative errno bnxt_en's hwrm_req_send() returns
 * (what the kernel stores in a failed segment's header status). */
int bnxt_hwrm_err_to_errno(uint16_t code);

/* The file's segment header (64 bytes at hdr). */
struct bnxt_cd_hdr_info {
	uint32_t component, segment, flags, length, duration_ms, instance;
	int32_t status;
	uint8_t low_version, high_version;
	uint16_t function_id;
};
void bnxt_cd_fill_seg_hdr(uint8_t *hdr, const struct bnxt_cd_hdr_info *in);

/* The 1024-byte coredump record that ends the data. */
struct bnxt_cd_record_info {
	const char *system_name, *commandline, *os_name;
	uint16_t start[6], end[6];       /* UTC year, month, day, hour, minute, second */
	uint16_t utc_bias;
	uint32_t total_segments, os_ver_major, os_ver_minor, asic_id1;
	int32_t coredump_status;
};
void bnxt_cd_fill_record(uint8_t *rec, const struct bnxt_cd_record_info *in);

#endif
