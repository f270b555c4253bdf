#!/bin/bash
# SPDX-License-Identifier: GPL-2.0-or-later
# fwctl bnxt hwrm / commands: raw HWRM, the allow-list enforced before sending.
. "$(dirname "$0")/../lib.sh"

run_plain bnxt commands -j
expect_rc 0 "commands needs no device"
expect_json 'len([c for c in j["commands"] if not c["dma_commands"]]) == 71' "71 allow-listed commands"
expect_json 'sum(c["min_scope"] == "config" for c in j["commands"] if not c["dma_commands"]) == 15 and sum(c["min_scope"] == "debug-write" for c in j["commands"] if not c["dma_commands"]) == 2' "15 at config, 2 at debug-write"

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

# A reply longer than --resp-len is a truncated reply like any other: exit 1, nothing decoded.
run_fwctl --device bnxt -- bnxt hwrm VER_GET --resp-len 16 -j
expect_rc 1 "truncated answer"
expect_json 'j["error"]["kind"] == "truncated" and "decoded" not in j and "response_hex" not in j' "an error document, no data"
expect_err_re '16 bytes received, 176 expected' "bytes received and expected named"
expect_err_re 'resp-len 176 shows it whole' "the --resp-len that holds it"
run_fwctl --device bnxt -- bnxt hwrm FUNC_QCAPS --resp-len 64
expect_rc 1 "truncated answer (text)"
ok_if '[ -z "$OUT" ]' "nothing on stdout"
run_fwctl --device bnxt -- bnxt hwrm FUNC_QCAPS --resp-len 144 -j
expect_rc 0 "a --resp-len that holds the reply"
expect_json 'j["resp_len"] == 144 and not j["truncated"]' "whole answer"

run_fwctl --device bnxt -- bnxt hwrm VER_GET --format=binary -o "$T_TMP/ver.bin"
expect_rc 0 "binary to a file"
ok "$([ "$(stat -c %s "$T_TMP/ver.bin")" = 176 ]; echo $?)" "file holds resp_len bytes"

printf '\xff\xff\x00\x00\x00\x00\x00\x00' >"$T_TMP/body"
run_fwctl --device bnxt -- bnxt hwrm FUNC_QCFG --in "$T_TMP/body" -j
expect_rc 0 "--in FILE"

# --- refusals: nothing reaches the device ---
# A name on neither table is a usage error (the tool cannot tell a typo
# from a command the driver does not take), with the closest names.
run_fwctl --device bnxt -- bnxt hwrm FUNC_CFG
expect_rc 2 "name not on the kernel's list"
expect_err_re 'not an HWRM command the bnxt fwctl driver accepts' "explained"
expect_stats 'd["devices"][0]["rpcs"] == 0' "not on the list: 0 RPCs"

run_fwctl --device bnxt -- bnxt hwrm VER_GTE -j
expect_rc 2 "a typo"
expect_json 'j["error"]["kind"] == "usage"' "usage error in the JSON document"
expect_err_re "did you mean 'VER_GET'" "closest name suggested"
expect_stats 'd["devices"][0]["rpcs"] == 0' "typo: 0 RPCs"
run_fwctl --device bnxt -- bnxt hwrm hwrm-func-qcap
expect_rc 2 "a typo with prefix and dashes"
expect_err_re "did you mean 'FUNC_QCAPS'" "compared as the table spells names"
run_fwctl --device bnxt -- bnxt hwrm FOO
expect_rc 2 "an unknown name"
expect_err_re "see 'fwctl bnxt commands'" "points at the list"
expect_stats 'd["devices"][0]["rpcs"] == 0' "unknown name: 0 RPCs"

run_fwctl --device bnxt -- bnxt hwrm --req-type 0x17
expect_rc 6 "numeric req_type off the kernel's list"
expect_err_re 'not on the bnxt fwctl driver.s list' "explained"
expect_stats 'd["devices"][0]["rpcs"] == 0' "0 RPCs"
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
