/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * fwctl bnxt coredump: the firmware's live coredump through the 7.3 DMA
 * commands, written as `ethtool -w DEV data FILE` writes it.  The engine
 * (coredump.c) streams each RETRIEVE page into the file; a segment's
 * 64-byte header is written once its data is in (length, status and
 * duration are known only then), so the output must be seekable.
 */
#ifndef FWCTL_BNXT_COREDUMP_H
#define FWCTL_BNXT_COREDUMP_H

#include <stdio.h>

#include "../plugin.h"
#include "coredump_fmt.h"

struct bnxt_cd_seg_result {
	uint32_t length;          /* bytes retrieved (0 when the segment failed) */
	int32_t status;           /* 0 or the negative errno bnxt_en would record */
	uint16_t fw_code;         /* the HWRM error code behind status */
	uint32_t duration_ms;
	uint32_t rpcs;
	char sha256[65];          /* of the segment's data */
};

struct bnxt_cd_run {
	struct fwctl_ctx *ctx;
	struct fwctl_handle *h;
	uint32_t scope;
	uint8_t init_flags;       /* INITIATE seg_flags: 0 live, 0x4 live + L1 cache */
	uint32_t retrieve_len;    /* RETRIEVE host buffer */
	/* output */
	FILE *fp;
	const char *path;
	uint64_t base;            /* file offset of the dump (stdout may not start at 0) */
	uint64_t pos;             /* next byte, relative to base */
	uint64_t total;           /* file size: coredump_size + 64 + 176 + 1024 */
	/* firmware */
	uint32_t coredump_size;   /* DBG_QCFG */
	uint8_t ver_get[BNXT_CD_VER_GET_LEN];
	struct bnxt_cd_seg *segs;
	size_t n_segs;
	struct bnxt_cd_seg_result *res;
	unsigned int failed;
	struct fwctl_err first_failure;
	/* counts */
	uint64_t rpcs_info, rpcs_list, rpcs_initiate, rpcs_retrieve;
	uint64_t data_bytes;
	double seconds;
	bool progress;            /* a progress line on stderr (a terminal) */
	double next_progress;
	size_t cur_seg;
	time_t start, end;
	char sha256[65];          /* of the whole file */
};

/* DBG_QCFG and HWRM_VER_GET (what the file's first segment and record need). */
int bnxt_cd_query(struct bnxt_cd_run *r);
/* The segment table: COREDUMP_LIST, paged. */
int bnxt_cd_list(struct bnxt_cd_run *r);
/* The whole file into r->fp (opened, seekable); 0 or -1 with ctx->err. */
int bnxt_cd_write(struct bnxt_cd_run *r);
void bnxt_cd_run_free(struct bnxt_cd_run *r);

/* Output helpers (coredump_out.c). */
int bnxt_cd_record_info(struct bnxt_cd_run *r, struct bnxt_cd_record_info *ri, int32_t status,
			char *cmdline, size_t cmdline_len);
uint16_t bnxt_cd_function_id(const struct fwctl_handle *h);
struct json_object *bnxt_cd_summary(const struct bnxt_cd_run *r);
struct json_object *bnxt_cd_seg_json(const struct bnxt_cd_seg *s);
void bnxt_cd_progress(const struct bnxt_cd_run *r, size_t seg, bool last);

#endif
