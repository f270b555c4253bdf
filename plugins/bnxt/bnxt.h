/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * Broadcom NetXtreme (bnxt) over fwctl: HWRM requests.  The facts come
 * from shared/bnxt-abi.md; this header is the plugin's only shared
 * declaration point (allow-list, layouts, framing).
 */
#ifndef FWCTL_BNXT_H
#define FWCTL_BNXT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "../../lib/abi.h"
#include "../../lib/device.h"
#include "../../lib/error.h"
#include "../../lib/prm.h"
#include "../../lib/rpc.h"
#include "uapi.h"

struct json_object;

/* ---- the kernel's allow-list (bnxt-abi.md section 3), as data ---- */

/*
 * Group A: accepted at any scope (resets, NVM changes, debug config);
 * the tool still treats them as writes.  Group B: queries, scope >= 1.
 * Group C: I2C/MDIO writes, scope >= 2 (taints).
 */
enum bnxt_group { BNXT_GROUP_A = 'A', BNXT_GROUP_B = 'B', BNXT_GROUP_C = 'C' };

struct bnxt_hwrm_cmd {
	const char *name;        /* without the HWRM_ prefix: "FUNC_QCAPS" */
	uint16_t req_type;
	char group;              /* enum bnxt_group */
	uint32_t min_scope;      /* what the kernel requires */
	uint32_t timeout_ms;     /* the kernel's class: 500, 2000, 60000 */
	const char *effect;      /* group A/C: plain statement of what it does */
};

extern const struct bnxt_hwrm_cmd bnxt_hwrm_cmds[];
extern const size_t bnxt_n_hwrm_cmds;

/* A user's spelling of a command name: optional "HWRM_" prefix, any case, '-' = '_'. */
bool bnxt_hwrm_name_eq(const char *user, const char *name);
/* Exact lookup by bnxt_hwrm_name_eq(). */
const struct bnxt_hwrm_cmd *bnxt_cmd_by_name(const char *name);
const struct bnxt_hwrm_cmd *bnxt_cmd_by_type(uint16_t req_type);
const char *bnxt_timeout_class(uint32_t timeout_ms);   /* "default", "medium", "long" */

struct fwctl_ctx;
/* hwrm's scope: a --scope below min_scope is refused (exit 4, nothing
 * sent), else --scope or min_scope.  0, or -1 with ctx->err set. */
int bnxt_hwrm_pick_scope(struct fwctl_ctx *ctx, const char *name, uint32_t min_scope,
			 uint32_t *scope);

/* policy.c: what each RPC is, for the plugin table. */
extern const struct fwctl_rpc_policy bnxt_rpc_policy;
extern const char *const bnxt_drivers[];
void bnxt_device_data_json(const uint8_t *data, uint32_t len, struct json_object *into);

/* ---- firmware status codes ---- */

/* Firmware HWRM_ERR_CODE_* name, or NULL. */
const char *bnxt_fw_error_name(uint16_t code);
/* Codes 0xFF00..0xFFFD are (u16)-errno injected by the kernel's send path. */
static inline bool bnxt_is_kernel_code(uint16_t code)
{
	return code >= 0xff00 && code <= 0xfffd;
}

/* ---- framing ---- */

#define BNXT_CMPL_RING_NONE 0xffffu
#define BNXT_TARGET_HWRM    0xffffu
#define BNXT_ERR_OUT_LEN    16          /* struct hwrm_err_output */
#define BNXT_CMD_ERR_OFF    14          /* its cmd_err byte */
#define BNXT_DEFAULT_RESP_CAP 4096      /* the kernel's DMA response area is a page */

/* Fill the 16-byte request header: req_type, cmpl_ring and target_id 0xFFFF. */
void bnxt_req_hdr(uint8_t *req, size_t req_len, uint16_t req_type);

struct bnxt_resp {
	uint16_t error_code;
	uint16_t req_type;
	uint16_t seq_id;
	uint16_t resp_len;     /* what firmware wrote (may exceed the buffer) */
	size_t data_len;       /* bytes of firmware data in the buffer: min(resp_len, cap) */
	bool truncated;        /* resp_len > cap */
};

/*
 * Read an HWRM response header (cap bytes in the buffer) into st; checks
 * nothing: the policy's reply check (policy.c) has judged it for every
 * RPC before a caller sees it.  st is zeroed when cap is under 8 bytes.
 */
void bnxt_resp_parse(const uint8_t *out, size_t cap, struct bnxt_resp *st);

/*
 * The policy's check of an HWRM response (out_cap bytes in the buffer) of
 * a request with req_type, run by fwctl_rpc_call() for every bnxt RPC.
 * Never looks at fwctl_rpc.out_len (bnxt leaves it unchanged).  Order:
 * error_code (firmware code or kernel-injected errno), then resp_len (0 =
 * no data; > out_cap = truncated), then the req_type echo.  Returns 0, or
 * -1 with err set; st is filled as far as the buffer allows either way.
 * With allow_truncated, a truncated answer is not an error.
 */
int bnxt_resp_check(uint16_t req_type, const uint8_t *out, size_t out_cap,
		    bool allow_truncated, struct bnxt_resp *st, struct fwctl_err *err);

/*
 * Send one HWRM request (header filled here) at `scope`.  `req` is
 * req_len bytes (16..128) and is modified (header).  Returns 0 with *st
 * filled from a response the policy accepted (status success, resp_len
 * within the buffer, req_type echoed), or -1 with err set (kernel
 * refusal explained for bnxt, firmware status named, kernel-side codes
 * named, a truncated reply naming both lengths).
 */
int bnxt_hwrm_send(struct fwctl_handle *h, uint32_t scope, uint8_t *req, size_t req_len,
		   uint8_t *out, size_t out_cap, const char *what, struct bnxt_resp *st,
		   struct fwctl_err *err);

/* Explain the kernel's single EPERM for this command at this scope. */
void bnxt_explain_eperm(const struct bnxt_hwrm_cmd *c, uint32_t scope, struct fwctl_err *err);

/* ---- layouts (bnxt-abi.md section 4), as data ---- */

struct bnxt_req_init {
	uint16_t byte_off;
	uint8_t size;          /* 1, 2 or 4 (little-endian) */
	uint32_t value;
};

struct bnxt_query {
	const char *name;            /* CLI name: "func-qcaps" */
	const char *summary;
	uint16_t req_type;
	uint16_t req_len;            /* sizeof the request struct */
	uint16_t resp_len;           /* sizeof the response struct */
	const struct prm_layout *resp;
	const struct bnxt_req_init *init;   /* request body defaults */
	size_t n_init;
	bool verified;               /* layout read from the kernel's bnxt hsi.h */
	const char *source;          /* where the layout comes from */
};

extern const struct bnxt_query bnxt_queries[];
extern const size_t bnxt_n_queries;
const struct bnxt_query *bnxt_query_by_name(const char *name);
const struct bnxt_query *bnxt_query_by_type(uint16_t req_type);

extern const struct prm_layout bnxt_ver_get_resp;
extern const struct prm_layout bnxt_func_qcaps_resp;
extern const struct prm_layout bnxt_func_qcfg_resp;
extern const struct prm_layout bnxt_func_qstats_resp;
extern const struct prm_layout bnxt_port_phy_qcfg_resp;
extern const struct prm_layout bnxt_port_mac_qcfg_resp;
extern const struct prm_layout bnxt_queue_qcaps_resp;
extern const struct prm_layout bnxt_fw_health_check_resp;
extern const struct prm_layout bnxt_temp_monitor_resp;
extern const struct prm_layout bnxt_nvm_dev_info_resp;
extern const struct prm_enum bnxt_dev_caps_cfg_flags[];

/* Build a request for query q into req (zeroed; >= q->req_len bytes). */
void bnxt_query_build(const struct bnxt_query *q, uint8_t *req);

/* HWRM spec version the layouts come from (sent in VER_GET). */
#define BNXT_HSI_MAJOR 1
#define BNXT_HSI_MINOR 10
#define BNXT_HSI_UPDATE 3

#endif
