// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * The decoded queries: request size and body defaults, response layout.
 * One row per `fwctl bnxt query NAME`.
 */
#include <string.h>

#include "bnxt.h"
#include "../../lib/suggest.h"

static const struct bnxt_req_init ver_get_init[] = {
	{ 16, 1, BNXT_HSI_MAJOR }, { 17, 1, BNXT_HSI_MINOR }, { 18, 1, BNXT_HSI_UPDATE },
};
/* fid 0xFFFF = the calling function, as bnxt_en itself asks. */
static const struct bnxt_req_init fid_self[] = { { 16, 2, 0xffff } };

#define Q(n, s, t, rq, rs, lay, ini, ver, src) \
	{ .name = (n), .summary = (s), .req_type = (t), .req_len = (rq), .resp_len = (rs), .resp = &(lay), \
	  .init = (ini), .n_init = sizeof(ini) / sizeof((ini)[0]), .verified = (ver), .source = (src) }
#define Q0(n, s, t, rq, rs, lay, ver, src) \
	{ .name = (n), .summary = (s), .req_type = (t), .req_len = (rq), .resp_len = (rs), .resp = &(lay), \
	  .verified = (ver), .source = (src) }

#define HSI "include/linux/bnxt/hsi.h"

const struct bnxt_query bnxt_queries[] = {
	Q("version", "firmware and HWRM interface versions (HWRM_VER_GET)", 0x0000, 24, 176,
	  bnxt_ver_get_resp, ver_get_init, true, HSI),
	Q("func-qcaps", "function capabilities and limits (HWRM_FUNC_QCAPS)", 0x0015, 24, 144,
	  bnxt_func_qcaps_resp, fid_self, true, HSI),
	Q("func-qcfg", "function configuration and allocated resources (HWRM_FUNC_QCFG)", 0x0016, 24, 176,
	  bnxt_func_qcfg_resp, fid_self, true, HSI),
	Q("func-stats", "function traffic counters (HWRM_FUNC_QSTATS)", 0x0018, 24, 176,
	  bnxt_func_qstats_resp, fid_self, true, HSI),
	Q0("port-phy", "PHY and link state (HWRM_PORT_PHY_QCFG)", 0x0027, 24, 112,
	  bnxt_port_phy_qcfg_resp, true, HSI),
	Q0("port-mac", "MAC configuration (HWRM_PORT_MAC_QCFG)", 0x0028, 24, 32,
	  bnxt_port_mac_qcfg_resp, false,
	  "DPDK hsi_struct_def_dpdk.h (HSI 1.10.3.97); not in the kernel tree"),
	Q0("queue-caps", "queue (CoS) capabilities (HWRM_QUEUE_QCAPS)", 0x008c, 16, 32,
	  bnxt_queue_qcaps_resp, false,
	  "DPDK hsi_struct_def_dpdk.h (HSI 1.10.3.97); not in the kernel tree"),
	Q0("fw-health", "firmware image boot status (HWRM_FW_HEALTH_CHECK)", 0x00c2, 16, 16,
	  bnxt_fw_health_check_resp, false,
	  "include/linux/bnge/hsi.h (same command number; bnxt firmware assumed identical)"),
	Q0("temperature", "chip, PHY and module temperatures (HWRM_TEMP_MONITOR_QUERY)", 0x00e0, 16, 24,
	  bnxt_temp_monitor_resp, true, HSI),
	Q0("nvm-info", "NVM (flash) device and stored firmware versions (HWRM_NVM_GET_DEV_INFO)", 0xfff6, 24, 96,
	  bnxt_nvm_dev_info_resp, true, HSI),
};
const size_t bnxt_n_queries = sizeof(bnxt_queries) / sizeof(bnxt_queries[0]);

const struct bnxt_query *bnxt_query_by_name(const char *name)
{
	for (size_t i = 0; name && i < bnxt_n_queries; i++)
		if (fwctl_name_eq(name, bnxt_queries[i].name))
			return &bnxt_queries[i];
	return NULL;
}

const struct bnxt_query *bnxt_query_by_type(uint16_t req_type)
{
	for (size_t i = 0; i < bnxt_n_queries; i++)
		if (bnxt_queries[i].req_type == req_type)
			return &bnxt_queries[i];
	return NULL;
}

void bnxt_query_build(const struct bnxt_query *q, uint8_t *req)
{
	memset(req, 0, q->req_len);
	bnxt_req_hdr(req, q->req_len, q->req_type);
	for (size_t i = 0; i < q->n_init; i++) {
		const struct bnxt_req_init *in = &q->init[i];

		if ((size_t)in->byte_off + in->size > q->req_len)
			continue;   /* table error: caught by the unit test */
		for (unsigned int b = 0; b < in->size; b++)
			req[in->byte_off + b] = (uint8_t)(in->value >> (8 * b));
	}
}
