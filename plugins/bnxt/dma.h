/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * bnxt DMA commands (Linux 7.3, shared/bnxt-dma-abi.md): HWRM requests
 * that carry host buffer addresses.  The tool writes its own buffer's
 * address and length into the request; the kernel bounces each buffer
 * (at most 64 KiB) and copies device-to-host buffers back whole, even
 * when the firmware failed or wrote less, so only the response's own
 * data length is data.
 *
 * The kernel's DMA table is data here: request size, address field(s),
 * length field (offset, width, unit) or fixed length, direction, minimum
 * scope, and where the response says how much it wrote.
 */
#ifndef FWCTL_BNXT_DMA_H
#define FWCTL_BNXT_DMA_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "bnxt.h"

/* FWCTL_INFO uctx_caps bit FWCTL_BNXT_DMA_COMMANDS (3): the only test for the feature. */
#define BNXT_UCTX_DMA_COMMANDS (1u << 3)
#define BNXT_MAX_DMABUF 65536u     /* FWCTL_BNXT_MAX_DMABUF */
#define BNXT_DMA_MAX_BUFS 2

enum bnxt_dma_dir { BNXT_DMA_FROM_DEV = 0, BNXT_DMA_TO_DEV = 1 };

struct bnxt_dma_buf {
	const char *addr_name;      /* the request's address field: "host_dest_addr" */
	uint8_t addr_off;           /* le64 */
	enum bnxt_dma_dir dir;
	const char *len_name;       /* NULL: fixed length */
	uint8_t len_off;
	uint8_t len_width;          /* 2 or 4 bytes; 0 = fixed_len */
	uint8_t len_unit;           /* bytes per unit of the length field */
	uint32_t fixed_len;
	/* Where the response says how many bytes it wrote (le16); 0 = it does
	 * not say: on success the requested length is data. */
	uint8_t resp_len_off;
};

struct bnxt_dma_cmd {
	const char *name;           /* without HWRM_: "DBG_COREDUMP_LIST" */
	uint16_t req_type;
	uint16_t req_size;          /* the kernel wants exactly this in_len (0: any, no buffers) */
	uint32_t min_scope;
	uint32_t timeout_ms;
	uint8_t n_bufs;
	struct bnxt_dma_buf bufs[BNXT_DMA_MAX_BUFS];
	const char *effect;         /* set for commands that change the device */
};

/* Every command the 7.3 kernel accepts only with uctx_caps bit 3: the 32
 * DMA commands and DBG_COREDUMP_INITIATE (no buffer). */
extern const struct bnxt_dma_cmd bnxt_dma_cmds[];
extern const size_t bnxt_n_dma_cmds;

const struct bnxt_dma_cmd *bnxt_dma_by_type(uint16_t req_type);
/* Names as for bnxt_cmd_by_name(): optional HWRM_ prefix, any case, '-' = '_'. */
const struct bnxt_dma_cmd *bnxt_dma_by_name(const char *name);
/* Changes the device (a host-to-device buffer or a write scope). */
bool bnxt_dma_is_write(const struct bnxt_dma_cmd *c);
/* The kernel's errno for a DMA command, in its terms: true if err was set. */
bool bnxt_dma_explain_errno(const struct bnxt_dma_cmd *c, uint32_t scope, int e,
			    struct fwctl_err *err);

/*
 * The kernel's length rules, applied to a request before it is sent:
 * in_len must equal req_size; each buffer's length (field x unit, or the
 * fixed length) must be 1..65536.  lens[] gets each length.  Returns 0 or
 * -1 with err set (FWCTL_ERR_USAGE: nothing may be sent).
 */
int bnxt_dma_lengths(const struct bnxt_dma_cmd *c, const uint8_t *req, size_t req_len,
		     uint32_t *lens, struct fwctl_err *err);
/* Write `bytes` into buffer i's length field (in field units); -1 with err
 * if it does not fit the field, is not a multiple of the unit, or the
 * buffer's length is fixed and differs. */
int bnxt_dma_set_len(const struct bnxt_dma_cmd *c, unsigned int i, uint8_t *req, size_t req_len,
		     uint32_t bytes, struct fwctl_err *err);

/* The device reports FWCTL_BNXT_DMA_COMMANDS; otherwise err says it
 * needs Linux 7.3 (FWCTL_ERR_UNSUPPORTED, exit 6) and nothing is sent. */
bool bnxt_dma_supported(const struct fwctl_handle *h);
int bnxt_dma_require(const struct fwctl_handle *h, const char *what, struct fwctl_err *err);

/* One host buffer of a request: the tool's memory, at least the length. */
struct bnxt_dma_io {
	void *buf;
	size_t cap;
	uint32_t len;         /* out: the length the request asked for */
	uint32_t data_len;    /* out: bytes of data (the response's count, or len) */
};

/*
 * Send a request of command c: capability, lengths (against io[i].cap
 * too), user pointers written into the address fields, then
 * bnxt_hwrm_send().  On success io[i].data_len is what the response says
 * the firmware wrote (checked against the buffer); bytes past it are not
 * data.  EINVAL and EFAULT from the kernel are explained.
 */
int bnxt_dma_send(struct fwctl_handle *h, uint32_t scope, const struct bnxt_dma_cmd *c,
		  uint8_t *req, size_t req_len, struct bnxt_dma_io *io, uint8_t *out,
		  size_t out_cap, const char *what, struct bnxt_resp *st, struct fwctl_err *err);

#endif
