// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * The bnxt DMA tables: every layout passes the table checker and has the
 * size hsi.h gives; the plugin's DMA table agrees row by row with the
 * emulator's independent transcription (tests/emu/drivers/bnxt/kdma.c);
 * the length rules, the errno map and the file-format encoders.
 */
#include <errno.h>
#include <stdio.h>
#include <string.h>

#include <json-c/json.h>

#include "../../../plugins/bnxt/coredump_fmt.h"
#include "../../../plugins/bnxt/dma.h"
#include "../../../plugins/bnxt/dma_stats.h"
#include "../../../plugins/bnxt/nvm.h"
#include "../../emu/drivers/bnxt/kdma.h"
#include "../../tap.h"

static void layouts(void)
{
	static const struct { const struct prm_layout *l; unsigned int bytes; } t[] = {
		{ &bnxt_tx_port_stats, 408 }, { &bnxt_rx_port_stats, 528 },
		{ &bnxt_tx_port_stats_ext, 256 }, { &bnxt_rx_port_stats_ext, 488 },
		{ &bnxt_pcie_stats, 568 }, { &bnxt_roce_stats, 352 },
		{ &bnxt_cd_dbg_qcfg_req, 24 }, { &bnxt_cd_dbg_qcfg_resp, 32 },
		{ &bnxt_cd_list_req, 32 }, { &bnxt_cd_list_resp, 16 }, { &bnxt_cd_seg_record, 16 },
		{ &bnxt_cd_initiate_req, 32 }, { &bnxt_cd_retrieve_req, 56 },
		{ &bnxt_cd_retrieve_resp, 16 }, { &bnxt_cd_file_seg_hdr, 64 },
		{ &bnxt_cd_file_record, 1024 }, { &bnxt_nvm_dir_info_resp, 24 },
		{ &bnxt_nvm_dir_entry, 24 }, { &bnxt_nvm_read_req, 40 },
	};

	for (size_t i = 0; i < sizeof(t) / sizeof(t[0]); i++) {
		const char *why = prm_layout_check(t[i].l);

		ok(!why && t[i].l->size_bits == t[i].bytes * 8, "layout %s: checked, %u bytes%s%s",
		   t[i].l->name, t[i].bytes, why ? ": " : "", why ? why : "");
	}
	ok(bnxt_tx_port_stats.n_fields == 51 && bnxt_rx_port_stats.n_fields == 66,
	   "PORT_QSTATS blocks: 51 and 66 counters");
	for (size_t i = 0; i < bnxt_n_dma_queries; i++) {
		const struct bnxt_dma_query *q = &bnxt_dma_queries[i];
		const struct bnxt_dma_cmd *c = bnxt_dma_by_type(q->req_type);

		ok(c && c->n_bufs == q->n_blocks && !prm_layout_check(q->resp), "query %s: its DMA row has %u buffers",
		   q->name, q->n_blocks);
	}
}

/* The plugin's table and the emulator's, transcribed separately, must agree. */
static void tables_agree(void)
{
	size_t n = 0;

	for (size_t i = 0; i < bnxt_n_dma_cmds; i++) {
		const struct bnxt_dma_cmd *c = &bnxt_dma_cmds[i];
		const struct emu_kdma_cmd *k = emu_kdma_find(c->req_type);
		bool same = true;

		if (!c->n_bufs) {
			ok(!k && c->req_type == 0xff18, "%s has no buffer and is not in the kernel's DMA table", c->name);
			continue;
		}
		n++;
		same = k && k->req_size == c->req_size && k->scope == c->min_scope && k->n == c->n_bufs;
		for (unsigned int b = 0; same && b < c->n_bufs; b++) {
			const struct bnxt_dma_buf *p = &c->bufs[b];
			const struct emu_kdma_field *f = &k->f[b];

			same = f->addr_off == p->addr_off && f->to_dev == (p->dir == BNXT_DMA_TO_DEV) &&
			       f->len_off == p->len_off && f->len_width == p->len_width &&
			       (!p->len_width || f->unit == p->len_unit) && f->fixed == p->fixed_len;
		}
		ok(same, "%s (0x%04x): plugin and emulator tables agree", c->name, c->req_type);
		ok(c->req_size <= HWRM_REQ_MAX_LEN && c->req_size % 8 == 0 && !bnxt_cmd_by_type(c->req_type),
		   "%s: request size %u, not on the 7.2 allow-list", c->name, c->req_size);
		for (unsigned int b = 0; b < c->n_bufs; b++) {
			const struct bnxt_dma_buf *p = &c->bufs[b];

			ok(p->addr_off >= 16 && p->addr_off + 8u <= c->req_size &&
			   (!p->len_width || (p->len_off >= 16 && p->len_off + p->len_width <= c->req_size)) &&
			   (p->len_width || (p->fixed_len && p->fixed_len <= BNXT_MAX_DMABUF)),
			   "%s buffer %s inside the request", c->name, p->addr_name);
		}
	}
	ok(n == 32, "32 DMA commands (%zu)", n);
}

static void lengths(void)
{
	const struct bnxt_dma_cmd *rd = bnxt_dma_by_name("hwrm_dbg_read_direct");
	const struct bnxt_dma_cmd *ls = bnxt_dma_by_name("DBG-COREDUMP-LIST");
	uint8_t req[128] = { 0 };
	uint32_t lens[2];
	struct fwctl_err e;

	memset(&e, 0, sizeof(e));
	ok(rd && ls, "lookup by name, any spelling");
	ok(bnxt_dma_set_len(rd, 0, req, 32, 65536, &e) == 0 && prm_le32(req + 28) == 16384 &&
	   bnxt_dma_lengths(rd, req, 32, lens, &e) == 0 && lens[0] == 65536, "READ_DIRECT: 64 KiB = 16384 words");
	fwctl_err_clear(&e);
	ok(bnxt_dma_set_len(rd, 0, req, 32, 6, &e) < 0 && e.kind == FWCTL_ERR_USAGE, "6 bytes is not whole words");
	fwctl_err_clear(&e);
	prm_put_le32(req + 28, 16385);
	ok(bnxt_dma_lengths(rd, req, 32, lens, &e) < 0 && e.errnum == EINVAL, "16385 words: over 64 KiB, refused");
	fwctl_err_clear(&e);
	memset(req, 0, sizeof(req));
	prm_put_le32(req + 24, 2048);
	ok(bnxt_dma_lengths(ls, req, 24, lens, &e) < 0, "LIST with in_len 24, not 32: refused");
	fwctl_err_clear(&e);
	ok(bnxt_dma_lengths(ls, req, 32, lens, &e) == 0 && lens[0] == 2048, "LIST 2048");
	prm_put_le32(req + 24, 0);
	fwctl_err_clear(&e);
	ok(bnxt_dma_lengths(ls, req, 32, lens, &e) < 0, "length 0 refused");
	ok(bnxt_dma_is_write(bnxt_dma_by_name("NVM_SET_VARIABLE")) && !bnxt_dma_is_write(ls) &&
	   bnxt_dma_is_write(bnxt_dma_by_name("DBG_PTRACE")), "writes: host-to-device, write scopes");
}

static void formats(void)
{
	struct bnxt_cd_hdr_info hi = { .component = 3, .segment = 1, .length = 1234, .status = -EIO,
				       .duration_ms = 7, .function_id = 0x19, .low_version = 2,
				       .high_version = 1, .flags = 1 };
	struct bnxt_cd_record_info ri = { .system_name = "host", .commandline = "fwctl x",
					  .os_name = "Linux", .total_segments = 7, .asic_id1 = 0x16d70100,
					  .coredump_status = -EACCES, .start = { 2026, 12, 2, 3, 4, 5 } };
	static const char log[] = "old\tx\t1.0\n2026\tpkg\t230.0.158.0\tts\n";
	uint8_t h[64], r[1024];
	struct json_object *p;

	bnxt_cd_fill_seg_hdr(h, &hi);
	ok(!memcmp(h, "sEgM", 4) && prm_le32(h + 4) == 3 && prm_le32(h + 8) == 1 && prm_le32(h + 12) == 1 &&
	   h[16] == 2 && h[17] == 1 && prm_le16(h + 18) == 0x19 && prm_le32(h + 24) == 1234 &&
	   (int32_t)prm_le32(h + 28) == -EIO && prm_le32(h + 32) == 7 && prm_le32(h + 36) == 64,
	   "segment header at the offsets of bnxt_coredump_segment_hdr");
	bnxt_cd_fill_record(r, &ri);
	ok(!memcmp(r, "cOrE", 4) && r[9] == 1 && !strcmp((char *)r + 16, "host") && prm_le16(r + 48) == 2026 &&
	   !strcmp((char *)r + 64, "fwctl x") && prm_le32(r + 320) == 7 && !strcmp((char *)r + 336, "Linux") &&
	   prm_le32(r + 384) == 0x16d70100 && (int32_t)prm_le32(r + 392) == -EACCES,
	   "record at the offsets of bnxt_coredump_record");
	ok(bnxt_hwrm_err_to_errno(0x2) == -EINVAL && bnxt_hwrm_err_to_errno(0x3) == -EACCES &&
	   bnxt_hwrm_err_to_errno(0x1) == -EIO && bnxt_hwrm_err_to_errno(0xfff0) == -EBUSY &&
	   bnxt_hwrm_err_to_errno(0xffff) == -EOPNOTSUPP, "firmware codes to errno as bnxt_en maps them");
	p = bnxt_nvm_pkglog_json((const uint8_t *)log, sizeof(log) - 1);
	ok(p && !strcmp(json_object_get_string(json_object_object_get(p, "version")), "230.0.158.0"),
	   "package log: the last line's version");
	json_object_put(p);
}

int main(void)
{
	printf("TAP version 13\n");
	layouts();
	tables_agree();
	lengths();
	formats();
	return tap_done();
}
