#!/bin/bash
# SPDX-License-Identifier: GPL-2.0-or-later
# fwctl bnxt hwrm / commands: raw HWRM, the allow-list enforced before sending.
. "$(dirname "$0")/../lib.sh"

run_plain bnxt commands -j
expect_rc 0 "commands needs no device"
expect_json 'len(j["commands"]) == 71' "71 allow-listed commands"
expect_json 'sum(c["min_scope"] == "config" for c in j["commands"]) == 15 and sum(c["min_scope"] == "debug-write" for c in j["commands"]) == 2' "15 at config, 2 at debug-write"

run_fwctl --device bnxt -- bnxt hwrm VER_GET -j
expect_rc 0 "hwrm VER_GET"
expect_json 'j["req_type"] == 0 and j["scope"] == "debug-ro" and j["in_len"] == 24 and j["error_code"] == 0 and j["resp_len"] == 176 and not j["truncated"]' "header fields"
expect_json 'j["response_hex"][:4] == "0000" and len(j["response_hex"]) == 352' "response bytes (resp_len of them)"
expect_json 'j["decoded"]["chip_num"] == 0x16d7' "known layout decoded"
expect_stats 'd["devices"][0]["rpcs"] == 1' "one RPC"

run_fwctl --device bnxt -- bnxt hwrm --req-type 0xe0 -j
expect_rc 0 "hwrm --req-type 0xe0"
expect_json 'j["hwrm_command"] == "HWRM_TEMP_MONITOR_QUERY" and j["in_len"] == 16' "named from the code, header-only request"

run_fwctl --device bnxt -- bnxt hwrm hwrm_port_qcfg --in-hex 0000 -j
expect_rc 0 "command without a decoder, with a body"
expect_json 'j["in_len"] == 24 and j["resp_len"] == 16' "body padded to 8 bytes, generic answer"

run_fwctl --device bnxt -- bnxt hwrm FUNC_QCAPS --resp-len 64 -j
expect_rc 0 "truncated answer still shown"
expect_json 'j["truncated"] and j["resp_len"] == 144 and len(j["response_hex"]) == 128' "truncation reported"
expect_err_re 'truncated.*--resp-len' "truncation explained on stderr"

run_fwctl --device bnxt -- bnxt hwrm VER_GET --format=binary -o "$T_TMP/ver.bin"
expect_rc 0 "binary to a file"
ok "$([ "$(stat -c %s "$T_TMP/ver.bin")" = 176 ]; echo $?)" "file holds resp_len bytes"

printf '\xff\xff\x00\x00\x00\x00\x00\x00' >"$T_TMP/body"
run_fwctl --device bnxt -- bnxt hwrm FUNC_QCFG --in "$T_TMP/body" -j
expect_rc 0 "--in FILE"

# --- refusals: nothing reaches the device ---
run_fwctl --device bnxt -- bnxt hwrm FUNC_CFG
expect_rc 6 "command not on the kernel's list"
expect_err_re 'not an HWRM command the bnxt fwctl driver accepts' "explained"
expect_stats 'd["devices"][0]["rpcs"] == 0' "not on the list: 0 RPCs"

run_fwctl --device bnxt -- bnxt hwrm --req-type 0x17 --scope debug-write-full --force
expect_rc 6 "req_type 0x17 refused at any scope"
expect_stats 'd["devices"][0]["rpcs"] == 0 and not d["tainted"]' "0 RPCs, no taint"

run_fwctl --device bnxt -- --scope config bnxt hwrm FUNC_QCAPS
expect_rc 4 "query at scope config"
expect_err_re 'needs scope debug-ro' "needed scope named"
expect_stats 'd["devices"][0]["rpcs"] == 0' "scope too low: 0 RPCs"

run_fwctl --device bnxt -- bnxt hwrm PORT_PHY_I2C_WRITE
expect_rc 4 "group C at its default scope needs --force"
expect_stats 'd["devices"][0]["rpcs"] == 0 and not d["tainted"]' "0 RPCs, no taint"
run_fwctl --device bnxt -- --scope debug-ro bnxt hwrm PORT_PHY_I2C_WRITE
expect_rc 4 "group C at debug-ro refused before sending"
expect_stats 'd["devices"][0]["rpcs"] == 0' "0 RPCs"
run_fwctl --device bnxt -- --force bnxt hwrm PORT_PHY_I2C_WRITE -j
expect_rc 0 "group C with --force"
expect_json 'j["scope"] == "debug-write"' "sent at debug-write"
expect_stats 'd["devices"][0]["rpcs_by_scope"][2] == 1 and d["tainted"]' "debug-write taints"

run_fwctl --device bnxt -- bnxt hwrm FW_RESET
expect_rc 4 "group A (FW_RESET) needs --force though the kernel takes it at scope 0"
expect_err_re 'resets firmware' "says what it does"
expect_stats 'd["devices"][0]["rpcs"] == 0' "0 RPCs"
run_fwctl --device bnxt -- --force bnxt hwrm FW_RESET -j
expect_rc 0 "FW_RESET with --force"
expect_json 'j["scope"] == "config"' "at the least scope: config"
expect_stats 'd["devices"][0]["rpcs_by_scope"][0] == 1 and not d["tainted"]' "scope 0: no taint"
run_fwctl --device bnxt -- --force bnxt hwrm NVM_FLUSH -j
expect_rc 0 "NVM_FLUSH with --force"

run_fwctl --device bnxt -- bnxt hwrm VER_GET --in-hex "$(printf '00%.0s' $(seq 113))"
expect_rc 2 "body over 112 bytes"
run_fwctl --device bnxt -- bnxt hwrm VER_GET --resp-len 4
expect_rc 2 "--resp-len below 8"
run_fwctl --device bnxt -- bnxt hwrm VER_GET --req-type 0
expect_rc 2 "NAME and --req-type together"
run_fwctl --device bnxt -- bnxt hwrm VER_GET --in-hex 00 --in "$T_TMP/body"
expect_rc 2 "--in-hex and --in together"
expect_stats 'd["devices"][0]["rpcs"] == 0' "usage errors: 0 RPCs"

run_fwctl --device bnxt -- --dry-run bnxt hwrm VER_GET
expect_rc 0 "--dry-run"
expect_stats 'd["devices"][0]["rpcs"] == 0' "dry run sends nothing"

done_testing
