// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * Every HWRM command the bnxt fwctl driver accepts (71 entries), with the
 * scope it requires and its timeout class (shared/bnxt-abi.md section 3).
 * The tool refuses anything else before sending: the kernel would answer
 * EPERM, which cannot be told apart from "scope too low" or "device stopped".
 */
#include <ctype.h>
#include <string.h>
#include <strings.h>

#include "bnxt.h"

#define T_DEF  500u
#define T_MED  2000u
#define T_LONG 60000u

#define A(n, t, to, eff) { n, t, BNXT_GROUP_A, FWCTL_RPC_CONFIGURATION, to, eff }
#define B(n, t)          { n, t, BNXT_GROUP_B, FWCTL_RPC_DEBUG_READ_ONLY, T_DEF, NULL }
#define C(n, t, eff)     { n, t, BNXT_GROUP_C, FWCTL_RPC_DEBUG_WRITE, T_DEF, eff }

const struct bnxt_hwrm_cmd bnxt_hwrm_cmds[] = {
	/* Group A: the kernel accepts them at every scope, even 0. */
	A("FUNC_RESET", 0x0011, T_MED, "resets the PCI function: traffic stops and the driver must reinitialise it"),
	A("PORT_CLR_STATS", 0x0025, T_DEF, "clears the port statistics counters"),
	A("FW_RESET", 0x00c0, T_DEF, "resets firmware (possibly the whole chip): every function of the adapter loses connectivity"),
	A("FW_SYNC", 0x00c3, T_DEF, "synchronises firmware state (may trigger a firmware reset)"),
	A("FW_SET_TIME", 0x00c8, T_DEF, "sets the firmware's clock"),
	A("DBG_LOG_BUFFER_FLUSH", 0xff0f, T_DEF, "flushes the firmware's debug log buffer"),
	A("DBG_ERASE_NVM", 0xff15, T_DEF, "erases NVM (flash) contents: the adapter may not boot afterwards"),
	A("DBG_CFG", 0xff16, T_DEF, "changes the firmware's debug configuration"),
	A("NVM_DEFRAG", 0xffec, T_LONG, "defragments the NVM (flash); can take up to 60 s"),
	A("NVM_FACTORY_DEFAULTS", 0xffee, T_LONG, "restores NVM configuration to factory defaults"),
	A("NVM_FLUSH", 0xfff0, T_LONG, "flushes pending NVM writes to flash"),
	A("NVM_VERIFY_UPDATE", 0xfff5, T_LONG, "verifies (and may activate) an NVM update"),
	A("NVM_ERASE_DIR_ENTRY", 0xfff7, T_LONG, "erases an NVM directory entry (a firmware image or config item)"),
	A("NVM_MOD_DIR_ENTRY", 0xfff8, T_LONG, "modifies an NVM directory entry"),
	A("NVM_FIND_DIR_ENTRY", 0xfff9, T_DEF, "looks up an NVM directory entry (the kernel lists it with the writes)"),
	/* Group B: queries, scope >= DEBUG_READ_ONLY. */
	B("VER_GET", 0x0000),
	B("ERROR_RECOVERY_QCFG", 0x000c),
	B("FUNC_QCAPS", 0x0015),
	B("FUNC_QCFG", 0x0016),
	B("FUNC_QSTATS", 0x0018),
	B("PORT_PHY_QCFG", 0x0027),
	B("PORT_MAC_QCFG", 0x0028),
	B("PORT_PHY_QCAPS", 0x002a),
	B("PORT_PHY_I2C_READ", 0x002c),
	B("PORT_PHY_MDIO_READ", 0x00b6),
	B("QUEUE_PRI2COS_QCFG", 0x0037),
	B("QUEUE_COS2BW_QCFG", 0x0039),
	B("VNIC_RSS_QCFG", 0x0047),
	B("QUEUE_GLOBAL_QCFG", 0x0087),
	B("QUEUE_ADPTV_QOS_RX_FEATURE_QCFG", 0x0088),
	B("QUEUE_ADPTV_QOS_TX_FEATURE_QCFG", 0x008a),
	B("QUEUE_QCAPS", 0x008c),
	B("QUEUE_ADPTV_QOS_RX_TUNING_QCFG", 0x008d),
	B("QUEUE_ADPTV_QOS_TX_TUNING_QCFG", 0x008f),
	B("TUNNEL_DST_PORT_QUERY", 0x00a0),
	B("PORT_TX_FIR_QCFG", 0x00bc),
	B("FW_LIVEPATCH_QUERY", 0x00be),
	B("FW_QSTATUS", 0x00c1),
	B("FW_HEALTH_CHECK", 0x00c2),
	B("FW_GET_TIME", 0x00c9),
	B("PORT_EP_TX_QCFG", 0x00da),
	B("PORT_QCFG", 0x00dd),
	B("PORT_MAC_QCAPS", 0x00df),
	B("TEMP_MONITOR_QUERY", 0x00e0),
	B("REG_POWER_QUERY", 0x00e1),
	B("CORE_FREQUENCY_QUERY", 0x00e2),
	B("CFA_REDIRECT_QUERY_TUNNEL_TYPE", 0x0112),
	B("CFA_ADV_FLOW_MGNT_QCAPS", 0x0124),
	B("FUNC_RESOURCE_QCAPS", 0x0190),
	B("FUNC_BACKING_STORE_QCAPS", 0x0192),
	B("FUNC_BACKING_STORE_QCFG", 0x0194),
	B("FUNC_QSTATS_EXT", 0x0198),
	B("FUNC_PTP_PIN_QCFG", 0x019c),
	B("FUNC_PTP_EXT_QCFG", 0x01a1),
	B("FUNC_BACKING_STORE_QCFG_V2", 0x01a4),
	B("FUNC_BACKING_STORE_QCAPS_V2", 0x01a8),
	B("FUNC_SYNCE_QCFG", 0x01ac),
	B("FUNC_TTX_PACING_RATE_PROF_QUERY", 0x01c3),
	B("PORT_PHY_FDRSTAT", 0x0232),
	B("DBG_RING_INFO_GET", 0xff1c),
	B("DBG_QCAPS", 0xff20),
	B("DBG_QCFG", 0xff21),
	B("DBG_USEQ_FLUSH", 0xff25),
	B("DBG_USEQ_QCAPS", 0xff26),
	B("DBG_SIM_CABLE_STATE", 0xff2e),
	B("DBG_TOKEN_QUERY_AUTH_IDS", 0xff2f),
	B("NVM_GET_DEV_INFO", 0xfff6),
	B("NVM_GET_DIR_INFO", 0xfffb),
	B("SELFTEST_QLIST", 0x0200),
	/* Group C: scope >= DEBUG_WRITE (taints the kernel). */
	C("PORT_PHY_I2C_WRITE", 0x002b, "writes to the transceiver module over I2C"),
	C("PORT_PHY_MDIO_WRITE", 0x00b5, "writes a PHY register over MDIO"),
};
const size_t bnxt_n_hwrm_cmds = sizeof(bnxt_hwrm_cmds) / sizeof(bnxt_hwrm_cmds[0]);

/* "hwrm_func-qcaps" == "FUNC_QCAPS": case, '-'/'_' and the prefix are spelling. */
bool bnxt_hwrm_name_eq(const char *user, const char *name)
{
	if (strncasecmp(user, "HWRM_", 5) == 0 || strncasecmp(user, "hwrm-", 5) == 0)
		user += 5;
	for (; *user && *name; user++, name++) {
		char u = *user == '-' ? '_' : (char)toupper((unsigned char)*user);
		if (u != *name)
			return false;
	}
	return *user == '\0' && *name == '\0';
}

const struct bnxt_hwrm_cmd *bnxt_cmd_by_name(const char *name)
{
	if (!name)
		return NULL;
	for (size_t i = 0; i < bnxt_n_hwrm_cmds; i++)
		if (bnxt_hwrm_name_eq(name, bnxt_hwrm_cmds[i].name))
			return &bnxt_hwrm_cmds[i];
	return NULL;
}

const struct bnxt_hwrm_cmd *bnxt_cmd_by_type(uint16_t req_type)
{
	for (size_t i = 0; i < bnxt_n_hwrm_cmds; i++)
		if (bnxt_hwrm_cmds[i].req_type == req_type)
			return &bnxt_hwrm_cmds[i];
	return NULL;
}

const char *bnxt_timeout_class(uint32_t timeout_ms)
{
	if (timeout_ms >= T_LONG)
		return "long";
	if (timeout_ms >= T_MED)
		return "medium";
	return "default";
}

/* HWRM_ERR_CODE_* (include/linux/bnxt/hsi.h), prefix dropped. */
static const struct { uint16_t code; const char *name; } fw_errs[] = {
	{ 0x0, "SUCCESS" },
	{ 0x1, "FAIL" },
	{ 0x2, "INVALID_PARAMS" },
	{ 0x3, "RESOURCE_ACCESS_DENIED" },
	{ 0x4, "RESOURCE_ALLOC_ERROR" },
	{ 0x5, "INVALID_FLAGS" },
	{ 0x6, "INVALID_ENABLES" },
	{ 0x7, "UNSUPPORTED_TLV" },
	{ 0x8, "NO_BUFFER" },
	{ 0x9, "UNSUPPORTED_OPTION_ERR" },
	{ 0xa, "HOT_RESET_PROGRESS" },
	{ 0xb, "HOT_RESET_FAIL" },
	{ 0xc, "NO_FLOW_COUNTER_DURING_ALLOC" },
	{ 0xd, "KEY_HASH_COLLISION" },
	{ 0xe, "KEY_ALREADY_EXISTS" },
	{ 0xf, "HWRM_ERROR" },
	{ 0x10, "BUSY" },
	{ 0x11, "RESOURCE_LOCKED" },
	{ 0x12, "PF_UNAVAILABLE" },
	{ 0x13, "ENTITY_NOT_PRESENT" },
	{ 0x14, "SECURE_SOC_ERROR" },
	{ 0x8000, "TLV_ENCAPSULATED_RESPONSE" },
	{ 0xfffe, "UNKNOWN_ERR" },
	{ 0xffff, "CMD_NOT_SUPPORTED" },
};

const char *bnxt_fw_error_name(uint16_t code)
{
	for (size_t i = 0; i < sizeof(fw_errs) / sizeof(fw_errs[0]); i++)
		if (fw_errs[i].code == code)
			return fw_errs[i].name;
	return NULL;
}
