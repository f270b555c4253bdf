#!/bin/bash
# SPDX-License-Identifier: GPL-2.0-or-later
# The DMA statistics queries (Linux 7.3): port-stats, port-stats-ext,
# pcie-stats, roce-stats; sizes from the reply, sampling with deltas and
# rates, and the refusals (7.2 kernel, scope, firmware without RoCE).
. "$(dirname "$0")/../lib.sh"

for q in port-stats port-stats-ext pcie-stats roce-stats; do
	run_fwctl --device bnxt -- bnxt query "$q" -j
	expect_rc 0 "query $q"
	expect_golden "query-$q" "query $q matches the golden file"
done

run_fwctl --device bnxt -- bnxt query port-stats -j
expect_json 'len(j["stats"]["tx"]) == 51 and len(j["stats"]["rx"]) == 66' "PORT_QSTATS: 51 tx and 66 rx counters (408 / 528 bytes)"
expect_json 'j["stats"]["tx"]["tx_64b_frames"] == 6000 and j["stats"]["rx"]["rx_stat_err"] == 7000 + 66 * 1500' "first and last counters at their offsets"
expect_json 'j["response"]["tx_stat_size"] == 408 and j["response"]["rx_stat_size"] == 528' "sizes from the reply"
expect_stats 'd["devices"][0]["rpcs"] == 2 and d["devices"][0]["rpcs_by_scope"][1] == 2' "FUNC_QCFG (port id) and PORT_QSTATS at debug-ro"
run_fwctl --device bnxt -- bnxt query port-stats-ext -j
expect_json 'len(j["stats"]["tx"]) == 32 and len(j["stats"]["rx"]) == 61 and j["stats"]["rx"]["rx_fec_symbol_err"] == 300 + 61 * 30' "PORT_QSTATS_EXT: 256 / 488 bytes decoded"
run_fwctl --device bnxt -- bnxt query pcie-stats -j
expect_json 'j["response"]["pcie_stat_size"] == 568 and len(j["stats"]["pcie"]["pcie_rd_latency_histogram"]) == 12' "PCIE_QSTATS v2 block"
expect_stats 'd["devices"][0]["rpcs"] == 1' "no port lookup for PCIe"
run_fwctl --device bnxt -- bnxt query roce-stats -j
expect_json '"layout_source" in j and len(j["stats"]["roce"]) == 44' "RoCE counters, layout marked unverified"
run_fwctl --device bnxt -- bnxt query port-stats --format=binary -o "$T_TMP/ps.bin"
expect_rc 0 "binary: the filled blocks"
ok "$([ "$(stat -c %s "$T_TMP/ps.bin")" = 936 ]; echo $?)" "408 + 528 bytes"

# Sampling: JSON Lines, deltas and rates
run_fwctl --device bnxt -- bnxt query port-stats --sample 3 --interval 50 -j
expect_rc 0 "--sample 3"
expect_jsonl 'len(js) == 4 and [r["sample"] for r in js[:3]] == [0, 1, 2] and js[3]["summary"]["samples"] == 3' "three JSON Lines samples and a summary"
expect_jsonl '"delta" not in js[0]["counters"]["tx"]["tx_64b_frames"] and js[1]["counters"]["tx"]["tx_64b_frames"]["delta"] == 1000 and js[2]["counters"]["rx"]["rx_64b_frames"]["delta"] == 1500' \
	"deltas from the second sample on"
expect_jsonl 'all(r["counters"]["tx"]["tx_65b_127b_frames"]["rate_per_sec"] > 0 for r in js[1:3]) and js[2]["elapsed_ms"] >= 80' "rates per second, elapsed time"
expect_stats 'd["devices"][0]["rpcs"] == 4' "one port lookup, then one RPC per sample"
run_fwctl --device bnxt -- bnxt query func-stats --sample 2 --interval 10 -j
expect_rc 0 "func-stats samples too (inline counters)"
expect_jsonl 'js[1]["counters"]["tx_ucast_pkts"]["delta"] == 1000' "its delta"
run_fwctl --device bnxt -- bnxt query pcie-stats --sample 2 --interval 10
expect_rc 0 "text samples"
expect_out_re 'rate_per_sec' "text shows rates"

# Refusals
for q in port-stats port-stats-ext pcie-stats roce-stats; do
	run_fwctl --device bnxt,kernel=7.2 -- bnxt query "$q" -j
	expect_rc 6 "7.2: $q not supported"
	expect_stats 'd["devices"][0]["rpcs"] == 0' "7.2: $q sent nothing"
done
expect_json '"Linux 7.3" in j["error"]["message"]' "names Linux 7.3"
run_fwctl --device bnxt,roce=0 -- bnxt query roce-stats -j
expect_rc 6 "firmware without RoCE statistics"
expect_json '"CMD_NOT_SUPPORTED" in j["error"]["message"]' "says why"
run_fwctl --device bnxt -- bnxt query temperature --sample 2
expect_rc 2 "--sample of a query that has no counters"
run_fwctl --device bnxt -- bnxt query port-stats --interval 10
expect_rc 2 "--interval without --sample"
run_fwctl --device bnxt -- bnxt query port-stats --sample 2 --format=binary
expect_rc 2 "--sample has no binary form"
run_fwctl --device bnxt -- --scope config bnxt query port-stats
expect_rc 4 "scope below debug-ro"
expect_stats 'd["devices"][0]["rpcs"] == 0' "usage errors send nothing"
run_fwctl --device bnxt --fault vendor,name=bnxt-efault,after=1 -- bnxt query port-stats -j
expect_rc 1 "EFAULT copying the counters back"
expect_json '"EFAULT" in j["error"]["message"]' "explained"
run_fwctl --device bnxt --fault vendor,name=bnxt-stopped,after=1 -- bnxt query port-stats -j
expect_rc 4 "device stopped between the two RPCs: EPERM"
expect_json '"stopped" in j["error"]["message"]' "the likely cause is named"

done_testing
