// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * The bnxt plugin's data and framing: the allow-list table, the response
 * checks, the layout tables (self-check), and the layouts against the
 * emulated firmware's independent encodings.
 */
#include <errno.h>
#include <stdio.h>
#include <string.h>

#include <json-c/json.h>

#include "../../../plugins/bnxt/bnxt.h"
#include "../../emu/drivers/bnxt/fw.h"

#include "../../tap.h"

static void test_table(void)
{
	int a = 0, b = 0, c = 0, dup = 0, bad = 0;

	for (size_t i = 0; i < bnxt_n_hwrm_cmds; i++) {
		const struct bnxt_hwrm_cmd *x = &bnxt_hwrm_cmds[i];

		a += x->group == 'A';
		b += x->group == 'B';
		c += x->group == 'C';
		for (size_t j = i + 1; j < bnxt_n_hwrm_cmds; j++)
			dup += bnxt_hwrm_cmds[j].req_type == x->req_type ||
			       !strcmp(bnxt_hwrm_cmds[j].name, x->name);
		bad += (x->group == 'A' && (x->min_scope != 0 || !x->effect)) ||
		       (x->group == 'B' && x->min_scope != 1) ||
		       (x->group == 'C' && (x->min_scope != 2 || !x->effect));
	}
	ok(bnxt_n_hwrm_cmds == 71 && a == 15 && b == 54 && c == 2, "71 commands: 15 A, 54 B, 2 C");
	ok(dup == 0, "no duplicate req_type or name");
	ok(bad == 0, "scopes match groups; writes have an effect statement");
	ok(bnxt_cmd_by_name("HWRM_FUNC_QCAPS") && bnxt_cmd_by_name("func-qcaps") &&
	   bnxt_cmd_by_name("FUNC_QCAPS")->req_type == 0x15, "names: prefix, case and dashes");
	ok(!bnxt_cmd_by_name("FUNC_QCAP") && !bnxt_cmd_by_name("HWRM_") && !bnxt_cmd_by_name(""),
	   "no prefix matching");
	ok(!bnxt_cmd_by_type(0x0001) && !bnxt_cmd_by_type(0x0017), "FUNC_CFG-like codes are not on the list");
	ok(bnxt_cmd_by_type(0xfff0)->timeout_ms == 60000 && bnxt_cmd_by_type(0x0011)->timeout_ms == 2000 &&
	   bnxt_cmd_by_type(0xfff9)->timeout_ms == 500, "timeout classes");
	for (size_t i = 0; i < bnxt_n_queries; i++) {
		const struct bnxt_hwrm_cmd *x = bnxt_cmd_by_type(bnxt_queries[i].req_type);

		ok(x && x->group == 'B', "query %s is an allow-listed group B command", bnxt_queries[i].name);
	}
}

static void put16(uint8_t *b, uint16_t v) { b[0] = (uint8_t)v; b[1] = (uint8_t)(v >> 8); }

static void test_resp_check(void)
{
	uint8_t out[64] = { 0 };
	struct bnxt_resp st;
	struct fwctl_err err;

	memset(&err, 0, sizeof(err));
	put16(out + 2, 0x15);
	put16(out + 6, 48);
	ok(bnxt_resp_check(0x15, out, sizeof(out), false, &st, &err) == 0 && st.data_len == 48,
	   "success: data_len = resp_len");

	fwctl_err_clear(&err);
	put16(out + 6, 144);
	ok(bnxt_resp_check(0x15, out, sizeof(out), false, &st, &err) == -1 &&
	   err.kind == FWCTL_ERR_TRUNCATED && st.truncated && st.data_len == 64, "resp_len > buffer: truncated");
	fwctl_err_clear(&err);
	ok(bnxt_resp_check(0x15, out, sizeof(out), true, &st, &err) == 0 && st.truncated,
	   "truncation allowed when the caller asks");

	fwctl_err_clear(&err);
	put16(out + 6, 0);
	ok(bnxt_resp_check(0x15, out, sizeof(out), false, &st, &err) == -1 &&
	   err.kind == FWCTL_ERR_PROTOCOL, "resp_len 0: no data");

	fwctl_err_clear(&err);
	put16(out, 0xfff0);
	ok(bnxt_resp_check(0x15, out, sizeof(out), false, &st, &err) == -1 &&
	   err.kind == FWCTL_ERR_FAILED && err.errnum == EBUSY && strstr(err.message, "timeout"),
	   "0xFFF0: kernel-side timeout / reset, named");
	fwctl_err_clear(&err);
	put16(out, 0xffed);
	ok(bnxt_resp_check(0x15, out, sizeof(out), false, &st, &err) == -1 &&
	   err.kind == FWCTL_ERR_NO_DEVICE && err.errnum == ENODEV, "0xFFED: device gone");
	fwctl_err_clear(&err);
	put16(out, 0xfff4);
	ok(bnxt_resp_check(0x15, out, sizeof(out), false, &st, &err) == -1 && err.errnum == ENOMEM,
	   "0xFFF4: no memory");

	fwctl_err_clear(&err);
	put16(out, 0x2);
	put16(out + 6, 16);
	out[14] = 5;
	ok(bnxt_resp_check(0x15, out, sizeof(out), false, &st, &err) == -1 &&
	   err.kind == FWCTL_ERR_FIRMWARE && err.fw_status == 2 &&
	   !strcmp(err.fw_status_name, "INVALID_PARAMS") && err.has_syndrome && err.syndrome == 5,
	   "firmware code named, cmd_err kept");
	fwctl_err_clear(&err);
	put16(out, 0xffff);
	ok(bnxt_resp_check(0x15, out, sizeof(out), false, &st, &err) == -1 &&
	   err.kind == FWCTL_ERR_FIRMWARE && !strcmp(err.fw_status_name, "CMD_NOT_SUPPORTED"),
	   "0xFFFF is a firmware code (CMD_NOT_SUPPORTED), not a kernel one");

	fwctl_err_clear(&err);
	put16(out, 0);
	put16(out + 2, 0x16);
	ok(bnxt_resp_check(0x15, out, sizeof(out), false, &st, &err) == -1 &&
	   err.kind == FWCTL_ERR_PROTOCOL, "req_type echo mismatch");
	fwctl_err_clear(&err);
	ok(bnxt_resp_check(0x15, out, 7, false, &st, &err) == -1, "buffer below 8 bytes");
}

static void test_framing(void)
{
	uint8_t req[24];

	memset(req, 0xaa, sizeof(req));
	bnxt_query_build(bnxt_query_by_name("func-qcaps"), req);
	ok(req[0] == 0x15 && req[1] == 0 && req[2] == 0xff && req[3] == 0xff && req[6] == 0xff &&
	   req[7] == 0xff, "header: req_type, cmpl_ring 0xFFFF, target_id 0xFFFF");
	ok(req[4] == 0 && req[5] == 0 && req[8] == 0 && req[15] == 0, "seq_id and resp_addr zero");
	ok(req[16] == 0xff && req[17] == 0xff && req[23] == 0, "fid 0xFFFF, rest zero");
	bnxt_query_build(bnxt_query_by_name("version"), req);
	ok(req[16] == 1 && req[17] == 10 && req[18] == 3, "VER_GET asks for HSI 1.10.3");
}

static uint64_t field(const struct prm_layout *l, const uint8_t *b, size_t len, const char *n)
{
	uint64_t v = 0xdeadbeef;

	if (!prm_get_by_name(l, n, b, len, &v))
		printf("# no field %s in %s\n", n, l->name);
	return v;
}

/* The plugin's tables read what the emulator's hand-placed bytes say. */
static void test_layouts_vs_emulator(void)
{
	struct emu_bnxt_fw fw;
	uint8_t req[EMU_HWRM_MAX_REQ], resp[EMU_HWRM_RESP_AREA];
	size_t len;

	for (size_t i = 0; i < bnxt_n_queries; i++) {
		const struct bnxt_query *q = &bnxt_queries[i];
		const char *why = prm_layout_check(q->resp);
		struct json_object *o = json_object_new_object();
		int missing;

		ok(!why, "layout %s self-check%s%s", q->resp->name, why ? ": " : "", why ? why : "");
		ok(q->resp->size_bits == q->resp_len * 8u && q->req_len >= 16 && q->req_len <= 128 &&
		   q->req_len % 8 == 0, "%s sizes", q->name);
		emu_bnxt_fw_init(&fw, "bcm57414");
		memset(req, 0, sizeof(req));
		bnxt_query_build(q, req);
		len = emu_bnxt_fw_handle(&fw, req, resp);
		ok(len == q->resp_len, "%s: emulated firmware answers %zu bytes", q->name, len);
		missing = prm_decode(q->resp, resp, len, o, 0);
		ok(missing == 0, "%s decodes completely", q->name);
		json_object_put(o);
	}

	emu_bnxt_fw_init(&fw, "bcm57508");
	memset(req, 0, sizeof(req));
	bnxt_query_build(bnxt_query_by_name("version"), req);
	len = emu_bnxt_fw_handle(&fw, req, resp);
	ok(field(&bnxt_ver_get_resp, resp, len, "chip_num") == 0x1750 &&
	   field(&bnxt_ver_get_resp, resp, len, "hwrm_intf_rsvd_8b") == 151 &&
	   field(&bnxt_ver_get_resp, resp, len, "hwrm_fw_build") == 158 &&
	   field(&bnxt_ver_get_resp, resp, len, "max_req_timeout") == 60 &&
	   field(&bnxt_ver_get_resp, resp, len, "always_1") == 1, "VER_GET fields at the right offsets");

	bnxt_query_build(bnxt_query_by_name("port-phy"), req);
	len = emu_bnxt_fw_handle(&fw, req, resp);
	ok(field(&bnxt_port_phy_qcfg_resp, resp, len, "link_speed") == 0x3e8 &&
	   field(&bnxt_port_phy_qcfg_resp, resp, len, "signal_mode") == 1 &&
	   field(&bnxt_port_phy_qcfg_resp, resp, len, "active_fec") == 4 &&
	   field(&bnxt_port_phy_qcfg_resp, resp, len, "xcvr_identifier_type") == 0x11 &&
	   field(&bnxt_port_phy_qcfg_resp, resp, len, "active_lanes") == 4, "PORT_PHY_QCFG sub-byte fields");

	bnxt_query_build(bnxt_query_by_name("func-qcfg"), req);
	len = emu_bnxt_fw_handle(&fw, req, resp);
	ok(field(&bnxt_func_qcfg_resp, resp, len, "svif") == 0x12 &&
	   field(&bnxt_func_qcfg_resp, resp, len, "svif_valid") == 1 &&
	   field(&bnxt_func_qcfg_resp, resp, len, "link_admin_state") == 2 &&
	   field(&bnxt_func_qcfg_resp, resp, len, "negotiated_link_width") == 0x10 &&
	   field(&bnxt_func_qcfg_resp, resp, len, "admin_mtu") == 1500, "FUNC_QCFG fields");

	bnxt_query_build(bnxt_query_by_name("temperature"), req);
	len = emu_bnxt_fw_handle(&fw, req, resp);
	ok(field(&bnxt_temp_monitor_resp, resp, len, "temp") == 52 &&
	   field(&bnxt_temp_monitor_resp, resp, len, "fatal_threshold") == 110, "TEMP_MONITOR fields");

	bnxt_query_build(bnxt_query_by_name("nvm-info"), req);
	len = emu_bnxt_fw_handle(&fw, req, resp);
	ok(field(&bnxt_nvm_dev_info_resp, resp, len, "nvram_size") == 16u << 20 &&
	   field(&bnxt_nvm_dev_info_resp, resp, len, "netctrl_fw_build") == 158 &&
	   field(&bnxt_nvm_dev_info_resp, resp, len, "security_soc_fw_major") == 1, "NVM_GET_DEV_INFO fields");

	bnxt_query_build(bnxt_query_by_name("func-stats"), req);
	len = emu_bnxt_fw_handle(&fw, req, resp);
	ok(field(&bnxt_func_qstats_resp, resp, len, "tx_ucast_pkts") == 1000 &&
	   field(&bnxt_func_qstats_resp, resp, len, "rx_agg_aborts") == 20000, "FUNC_QSTATS counters");
}

int main(void)
{
	printf("TAP version 13\n");
	test_table();
	test_resp_check();
	test_framing();
	test_layouts_vs_emulator();
	return tap_done();
}
