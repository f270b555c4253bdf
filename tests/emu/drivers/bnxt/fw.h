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
};

void emu_bnxt_fw_init(struct emu_bnxt_fw *fw, const char *profile);

/*
 * Firmware processes one request (req is EMU_HWRM_MAX_REQ bytes: what the
 * mailbox window holds, zero past what the kernel wrote).  Writes the full
 * response into resp (EMU_HWRM_RESP_AREA bytes) with error_code, req_type
 * echo, seq_id echo, resp_len and valid = 1 last, and returns resp_len.
 */
size_t emu_bnxt_fw_handle(struct emu_bnxt_fw *fw, const uint8_t *req, uint8_t *resp);

/* A firmware error answer (struct hwrm_err_output, 16 bytes). */
size_t emu_bnxt_fw_error(const uint8_t *req, uint8_t *resp, uint16_t code, uint8_t cmd_err);

#endif
