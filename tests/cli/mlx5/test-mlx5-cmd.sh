#!/bin/bash
# SPDX-License-Identifier: GPL-2.0-or-later
# fwctl mlx5 cmd: any allow-listed opcode at its least scope.
. "$(dirname "$0")/../lib.sh"

run_fwctl --device mlx5 -- mlx5 cmd QUERY_ADAPTER -j
expect_rc 0 "by name"
expect_json 'j["opcode"] == 0x101 and j["scope"] == "config" and j["fw_status"] == 0' "CONFIGURATION scope, status OK"
expect_json 'bytes.fromhex(j["out_hex"])[16 + 240:16 + 253] == b"MT_0000000359"' "PSID in the raw answer"
expect_stats 'd["devices"][0]["rpcs_by_scope"] == [1, 0, 0, 0]' "sent at CONFIGURATION"

run_fwctl --device mlx5 -- mlx5 cmd 0x80d -j
expect_rc 0 "NOP by number"
expect_json 'j["opcode_name"].lower() == "nop" and j["scope"] == "debug-ro"' "NOP needs debug-ro"
expect_json 'j["out_len"] == 16 and j["decoded"] is None' "NOP asks for its 16 bytes, nothing to decode"

# The answer's size and fields come from the layouts the plugin knows.
run_fwctl --device mlx5 -- mlx5 cmd QUERY_ADAPTER -j
expect_json 'j["out_len"] == 272' "QUERY_ADAPTER: out_len its answer's 272 bytes"
expect_json 'j["decoded"]["vsd_contd_psid"] == "MT_0000000359" and j["decoded"]["ieee_vendor_id"] == 713' \
	"QUERY_ADAPTER decoded: PSID and vendor id"
run_fwctl --device mlx5 -- mlx5 cmd QUERY_HCA_CAP --op-mod 1 -j
expect_json 'j["out_len"] == 4112 and j["decoded"]["log_max_qp"] == 17' "QUERY_HCA_CAP op_mod 1: GENERAL current decoded"
run_fwctl --device mlx5 -- mlx5 cmd QUERY_NIC_VPORT_CONTEXT -j
expect_json 'j["decoded"]["nic_vport_context"]["roce_en"] is True and j["out_len"] == len(bytes.fromhex(j["out_hex"]))' \
	"an object query's answer decoded as fwctl mlx5 query decodes it"
run_fwctl --device mlx5 -- mlx5 cmd QUERY_ADAPTER
expect_out_re '^  vsd +: ConnectX-6 Dx' "decoded fields in text"
run_fwctl --device mlx5 -- mlx5 cmd QUERY_DRIVER_VERSION --dry-run
expect_out_re 'out 4112 bytes' "an answer of unknown size: a header and a page"

run_fwctl --device mlx5 -- mlx5 cmd QUERY_HCA_CAP --op-mod 0x3f -j
expect_rc 5 "QUERY_HCA_CAP MACSEC cur on cx6dx: firmware status exits 5"
expect_json 'j["error"]["fw_status"] == 3 and j["error"]["syndrome"] == 0xc4a9f3' "BAD_PARAM + syndrome in the error"
expect_err_re 'BAD_PARAM' "status named"
run_fwctl --device mlx5,profile=cx7 -- mlx5 cmd QUERY_HCA_CAP --op-mod 0x3f -j
expect_rc 0 "same on cx7 succeeds"
expect_json 'j["fw_status"] == 0 and len(bytes.fromhex(j["out_hex"])) == 4112' "full page"

run_fwctl --device mlx5 -- mlx5 cmd ACCESS_REG --op-mod 1 --in-hex 000012340000000000000000 --out-len 32 -j
expect_rc 5 "unknown register id"
expect_json 'j["error"]["fw_status"] == 3 and j["error"]["syndrome"] == 0x74e2a5' "BAD_PARAM + unknown-register syndrome"
expect_stats 'd["devices"][0]["rpcs_by_scope"] == [0, 1, 0, 0]' "register read at debug-ro"

run_fwctl --device mlx5 -- mlx5 cmd ACCESS_REG --op-mod 2 --in-hex 000050060000000001000000 --out-len 32 -j
expect_rc 5 "ACCESS_REG op_mod 2"
expect_json 'j["error"]["syndrome"] == 0x3a61b7' "bad op_mod syndrome"

run_fwctl --device mlx5 -- mlx5 cmd ACCESS_REG --op-mod 0 --in-hex 00005008000000000001000000000000 --out-len 272 -j
expect_rc 4 "a raw register write without --force"
expect_err_re 'ACCESS_REG op_mod 0 at scope config without --force: it changes the device' "names the write"
expect_stats 'd["devices"][0]["rpcs"] == 0' "nothing sent"
run_fwctl --device mlx5 -- mlx5 cmd ACCESS_REG --op-mod 0 --in-hex 00005008000000000001000000000000 --out-len 272 --force -j
expect_rc 5 "write to PPCNT (read-only)"
expect_stats 'd["devices"][0]["rpcs_by_scope"] == [1, 0, 0, 0]' "register write at CONFIGURATION"

run_fwctl --device mlx5 -- mlx5 cmd QUERY_DRIVER_VERSION -j
expect_rc 5 "allowed but not modelled: BAD_OP"
expect_json 'j["error"]["fw_status_name"] == "BAD_OP"' "BAD_OP"

run_fwctl --device mlx5 -- mlx5 cmd SET_DIAGNOSTIC_PARAMS
expect_rc 4 "debug-write opcode without --force"
expect_stats 'd["devices"][0]["rpcs"] == 0' "nothing sent"
run_fwctl --device mlx5 -- mlx5 cmd SET_DIAGNOSTIC_PARAMS --force --dry-run
expect_rc 0 "--dry-run"
expect_stats 'd["devices"][0]["rpcs"] == 0' "--dry-run sends nothing"
run_fwctl --device mlx5 -- mlx5 cmd SET_DIAGNOSTIC_PARAMS --force --in-hex 00000000000000000000000000000000000000000000000000000000 -j
expect_rc 0 "SET_DIAGNOSTIC_PARAMS (disable) with --force"
expect_stats 'd["tainted"]' "taints"

run_fwctl --device mlx5 -- mlx5 cmd CREATE_QP
expect_rc 2 "a name the tool does not know"
expect_err_re "unknown command name 'CREATE_QP'" "says so"
run_fwctl --device mlx5 -- mlx5 cmd 0x500
expect_rc 6 "opcode off the allow-list"
expect_err_re "not on the kernel's allow-list.*EBADMSG" "the kernel's answer is named"
expect_stats 'd["devices"][0]["rpcs"] == 0' "nothing sent"
run_fwctl --device mlx5 -- mlx5 cmd QUERY_ADAPTER --in-hex zz
expect_rc 2 "bad hex"
run_fwctl --device mlx5 -- mlx5 cmd QUERY_ADAPTER --out-len 8
expect_rc 2 "--out-len below the header"
run_fwctl --device mlx5 -- mlx5 cmd
expect_rc 2 "no opcode"
run_fwctl --device mlx5 -- mlx5 cmd QUERY_ADAPTER --format=binary --out-len 272
expect_rc 0 "binary"
ok "$([ "$(wc -c <"$T_TMP/out")" = 272 ]; echo $?)" "raw mailbox"
run_fwctl --device mlx5 -- mlx5 cmd QUERY_ADAPTER
expect_rc 0 "text"
expect_out_re 'out_hex' "hex in text"

run_plain mlx5 cmd --list -j
expect_rc 0 "cmd --list needs no device"
expect_json '{c["name"]: (c["opcode_hex"], c["scope"], c["writes"]) for c in j["commands"]}["ACCESS_REG"] == ("0x0805", "debug-ro", "op_mod 0")' \
	"ACCESS_REG: opcode, read scope, writes with op_mod 0"
expect_json 'all(c["writes"] in ("yes", "no", "op_mod 0") for c in j["commands"]) and len(j["commands"]) > 20' \
	"every command says whether it writes"
run_plain mlx5 cmd QUERY_FOO
expect_rc 2 "an unknown name, no device needed to say so"
expect_err_re "see 'fwctl mlx5 cmd --list'" "points at --list"
done_testing
