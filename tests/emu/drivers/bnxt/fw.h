/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * Emulated bnxt firmware (HWRM).  Independent of the tool: its own byte
 * offsets, transcribed from shared/bnxt-abi.md section 4, so a mistake in
 * the plugin's layout tables shows up as a test failure instead of being
 * mirrored here.
 */
#ifndef EMU_BNXT_FW_H
#define EMU_BNXT_FW_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#define EMU_HWRM_MAX_REQ 128
#define EMU_HWRM_RESP_AREA 4096   /* the kernel's DMA response page */

/*
 * The firmware coredump: segments with deterministic content (a counter-
 * based generator, so any offset can be produced without the rest), the
 * LIST and RETRIEVE paging state, and the faults the driver arms per RPC.
 */
#define EMU_BNXT_MAX_SEGS 32

struct emu_bnxt_seg {
	uint16_t component, segment, instances;
	uint8_t ver_hi, ver_lo, seg_flags, compress;
	uint32_t len;
};

struct emu_bnxt_dump {
	struct emu_bnxt_seg segs[EMU_BNXT_MAX_SEGS];
	size_t n_segs;
	uint32_t list_page;       /* segment records per LIST page */
	uint32_t qcfg_size;       /* DBG_QCFG coredump_size */
	int initiated;            /* segment index of the last INITIATE, -1 none */
	uint8_t init_flags;       /* its seg_flags */
	uint32_t next_seq;        /* RETRIEVE seq_no expected next */
	uint32_t off;             /* bytes of the initiated segment handed out */
	/* armed by the driver for the RPC in flight */
	int fail_seg, fail_page;  /* RETRIEVE of segment fail_seg at seq fail_page fails */
	uint16_t fail_status;
	bool list_more;           /* LIST keeps `more` set forever */
};

/* One DMA buffer of a request, as the kernel bounced it (zeroed, len bytes). */
struct emu_bnxt_dmabuf {
	uint8_t *buf;
	uint32_t len;
	bool to_dev;
};

struct emu_bnxt_fw {
	uint16_t chip_num;
	uint8_t chip_rev, chip_metal;
	bool kong;                /* KONG mailbox channel (dev_caps_cfg bit 4) */
	bool link_up;
	uint16_t link_speed;      /* 100 Mb/s units */
	uint8_t temp;             /* deg C */
	uint16_t fid, port_id;
	uint8_t mac[6];
	uint16_t pci_id;
	uint64_t stats_tick;      /* counters grow with every FUNC_QSTATS */
	struct emu_bnxt_dump dump;
	uint64_t dma_tick;        /* DMA statistics grow with every query */
	bool roce;                /* STAT_QUERY_ROCE_STATS answered */
};

void emu_bnxt_fw_init(struct emu_bnxt_fw *fw, const char *profile);

/*
 * Firmware processes one request (req is EMU_HWRM_MAX_REQ bytes: what the
 * mailbox window holds, zero past what the kernel wrote).  Writes the full
 * response into resp (EMU_HWRM_RESP_AREA bytes) with error_code, req_type
 * echo, seq_id echo, resp_len and valid = 1 last, and returns resp_len.
 */
size_t emu_bnxt_fw_handle(struct emu_bnxt_fw *fw, const uint8_t *req, uint8_t *resp);
/* The same with the request's host buffers (DMA commands). */
size_t emu_bnxt_fw_handle_bufs(struct emu_bnxt_fw *fw, const uint8_t *req, uint8_t *resp,
			       struct emu_bnxt_dmabuf *bufs, size_t n);

/*
 * The DMA commands and the coredump/NVM queries that go with them
 * (fw_dma.c).  handle() routes here; bufs are the request's host buffers
 * in the kernel's table order (n may be 0).  Same contract as handle().
 */
size_t emu_bnxt_fw_dma(struct emu_bnxt_fw *fw, const uint8_t *req, uint8_t *resp,
		       struct emu_bnxt_dmabuf *bufs, size_t n);
/* true if fw_dma.c answers req_type. */
bool emu_bnxt_fw_dma_owns(uint16_t req_type);
/* Build the coredump: n segments sharing `total` bytes (fw_dma.c). */
void emu_bnxt_dump_init(struct emu_bnxt_dump *d, uint64_t total, unsigned int n, uint32_t list_page);
/* Bytes [off, off+len) of segment s; l1 = collected with the L1-cache flag. */
void emu_bnxt_seg_data(const struct emu_bnxt_seg *s, bool l1, uint64_t off, uint8_t *dst, size_t len);
/* The NVM directory (fw_dma.c): entry count and the 24-byte entry size. */
unsigned int emu_bnxt_nvm_entries(void);
#define EMU_BNXT_NVM_ENTRY_LEN 24
/* Describe the coredump and NVM directory as JSON members (malloc'd). */
char *emu_bnxt_fw_describe_dma(const struct emu_bnxt_fw *fw);

/* A firmware error answer (struct hwrm_err_output, 16 bytes). */
size_t emu_bnxt_fw_error(const uint8_t *req, uint8_t *resp, uint16_t code, uint8_t cmd_err);

#endif
