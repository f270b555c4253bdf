#!/bin/bash
# SPDX-License-Identifier: GPL-2.0-or-later
# fwctl bnxt info: HWRM_VER_GET decoded, uctx_caps from FWCTL_INFO.
. "$(dirname "$0")/../lib.sh"

run_fwctl --device bnxt -- bnxt info -j
expect_rc 0 "bnxt info -j"
expect_json 'j["hwrm_interface_version"] == "1.10.3.151"' "HWRM interface version"
expect_json 'j["firmware_version"] == "230.0.158.0/pkg 230.0.158.0"' "firmware version as bnxt_en builds it"
expect_json '[c["component"] for c in j["firmware"]] == ["hwrm", "mgmt", "netctrl", "roce"] and all(c["version"] == "230.0.158.0" for c in j["firmware"])' "component versions (NCSI = netctrl)"
expect_json 'j["chip"]["num"] == 0x16d7 and j["chip"]["name"] == "BCM57414" and j["chip"]["num_hex"] == "0x16d7"' "chip number"
expect_json 'j["uctx_caps"] == 15 and j["uctx_caps_names"] == ["inline_commands", "query_commands", "send_commands", "dma_commands"]' "uctx_caps (7.3: DMA commands, bit 3)"
expect_json '"short_cmd_supported" in j["dev_caps_cfg"] and "kong_mb_chnl_supported" not in j["dev_caps_cfg"]' "device caps"
expect_json 'j["max_req_timeout_s"] == 60 and j["max_req_win_len"] == 128' "limits"
expect_golden info "info JSON matches the golden file"
expect_stats 'd["devices"][0]["rpcs"] == 1 and d["devices"][0]["rpcs_by_scope"][1] == 1' "one RPC at scope debug-ro"
expect_stats 'not d["tainted"]' "no taint"

run_fwctl --device bnxt,kernel=7.2 -- bnxt info -j
expect_rc 0 "bnxt info on a 7.2 kernel"
expect_json 'j["uctx_caps"] == 7 and "dma_commands" not in j["uctx_caps_names"]' "7.2: uctx_caps 0x7, no DMA commands"

run_fwctl --device bnxt,profile=bcm57508,kong=1 -- bnxt info -j
expect_rc 0 "bnxt info on a BCM57508"
expect_json 'j["chip"]["name"] == "BCM57508" and "kong_mb_chnl_supported" in j["dev_caps_cfg"]' "chip and KONG cap from the profile"

run_fwctl --device bnxt -- bnxt info
expect_rc 0 "bnxt info (text)"
expect_out_re 'hwrm_interface_version *: *1\.10\.3\.151' "text output shows the interface version"
expect_out_re 'BCM57414' "text output shows the chip"

run_fwctl --device bnxt -- bnxt info --format=binary
expect_rc 0 "bnxt info --format=binary"
ok "$([ "$(wc -c <"$T_TMP/out")" = 176 ]; echo $?)" "binary output is the raw VER_GET response (176 bytes)"

run_fwctl --device mlx5 -- bnxt info -d fwctl0
expect_rc 3 "bnxt info on an mlx5 device"
expect_err_re 'not bnxt' "wrong type is named"

run_fwctl --device bnxt --device bnxt -- bnxt info
expect_rc 2 "two bnxt devices and no -d: choose one"
expect_err_re "choose one with -d" "candidates listed"

run_fwctl --device bnxt --device bnxt -- bnxt info -d fwctl1 -j
expect_rc 0 "-d picks one of two"
expect_json 'j["device"] == "fwctl1"' "the chosen device answers"

done_testing
