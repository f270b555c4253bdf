#!/bin/bash
# SPDX-License-Identifier: GPL-2.0-or-later
# fwctl bnxt query NAME / --list: every decoded query against the emulated firmware.
. "$(dirname "$0")/../lib.sh"

run_plain bnxt query --list -j
expect_rc 0 "query --list needs no device"
expect_json '[q["name"] for q in j["queries"]] == ["version", "func-qcaps", "func-qcfg", "func-stats", "port-phy", "port-mac", "queue-caps", "fw-health", "temperature", "nvm-info", "port-stats", "port-stats-ext", "pcie-stats", "roce-stats"]' "all queries listed"
expect_json 'all(q["scope"] == "debug-ro" for q in j["queries"])' "each with its scope"
expect_json '[q["name"] for q in j["queries"] if not q["layout_verified"]] == ["port-mac", "queue-caps", "fw-health", "roce-stats"]' "unverified layouts are marked"
expect_json '[q["name"] for q in j["queries"] if q["dma"]] == ["port-stats", "port-stats-ext", "pcie-stats", "roce-stats"] and [q["name"] for q in j["queries"] if q["sample"]] == ["func-stats", "port-stats", "port-stats-ext", "pcie-stats", "roce-stats"]' "DMA and sampled queries marked"

for q in version func-qcaps func-qcfg func-stats port-phy port-mac queue-caps fw-health temperature nvm-info; do
	run_fwctl --device bnxt -- bnxt query "$q" -j
	expect_rc 0 "query $q"
	expect_json 'j["query"] == "'"$q"'" and len(j["response"]) > 0' "query $q decodes"
	expect_stats 'd["devices"][0]["rpcs"] == 1 and d["devices"][0]["rpcs_by_scope"][1] == 1' "query $q: one RPC at debug-ro"
	[ "$q" = func-stats ] || expect_golden "query-$q" "query $q matches the golden file"
done

run_fwctl --device bnxt -- bnxt query temperature -j
expect_json 'j["response"]["temp"] == 52 and j["response"]["flags"] == ["threshold_values_available"] and j["response"]["critical_threshold"] == 105' "temperature values"
run_fwctl --device bnxt,temp=77 -- bnxt query temperature -j
expect_json 'j["response"]["temp"] == 77' "temp=77 spec key"
run_fwctl --device bnxt -- bnxt query port-phy -j
expect_json 'j["response"]["link"] == "link" and j["response"]["link_speed"] == "25gb" and j["response"]["phy_vendor_name"] == "BROADCOM"' "port-phy decoded names"
run_fwctl --device bnxt,link=down -- bnxt query port-phy -j
expect_json 'j["response"]["link"] == "no_link" and j["response"]["link_down_reason"] == ["cable_removed"]' "link=down"
run_fwctl --device bnxt -- bnxt query func-qcaps -j
expect_json 'j["response"]["mac_address_hex"] == "000af73b0010" and "ptp_supported" in j["response"]["flags"]' "func-qcaps MAC and flags"
run_fwctl --device bnxt -- bnxt query func-qcfg -j
expect_json 'j["response"]["negotiated_link_width"] == "x16" and j["response"]["link_admin_state"] == "auto" and j["response"]["svif_valid"] is True' "func-qcfg sub-fields"
expect_json 'j["response"]["pci_id"] == 15104 and j["response"]["pci_id_bdf"] == "3b:00.0"' "func-qcfg: the PCI routing ID as a number and as bus:device.function"
run_fwctl --device bnxt -- bnxt query func-qcfg
expect_out_re '^  pci_id_bdf +: 3b:00\.0$' "func-qcfg text: the BDF"
run_fwctl --device bnxt -- bnxt query nvm-info -j
expect_json 'j["response"]["pkg_name"] == "230.0.158.0" and j["response"]["nvram_size"] == 16777216' "nvm-info"
run_fwctl --device bnxt -- bnxt query fw-health -j
expect_json 'j["response"]["fw_status"] == ["sbi_booted", "srt_booted", "crt_booted"] and "layout_source" in j' "fw-health with its layout source"

run_fwctl --device bnxt -- bnxt query temperature
expect_rc 0 "text output"
expect_out_re 'temp *: *52' "text shows the temperature"

run_fwctl --device bnxt -- bnxt query no-such-thing
expect_rc 2 "unknown query is a usage error"
expect_stats 'd["devices"][0]["rpcs"] == 0' "unknown query: nothing sent"
run_fwctl --device bnxt -- bnxt query
expect_rc 2 "query without a name"
run_fwctl --device bnxt -- --scope config bnxt query temperature
expect_rc 4 "query below its scope is refused"
expect_stats 'd["devices"][0]["rpcs"] == 0' "scope refusal: nothing sent"

done_testing
