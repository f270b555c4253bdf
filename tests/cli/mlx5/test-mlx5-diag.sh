#!/bin/bash
# SPDX-License-Identifier: GPL-2.0-or-later
# fwctl mlx5 diag-counters: query, enable (--force, taint), sampling as JSON Lines.
. "$(dirname "$0")/../lib.sh"

run_fwctl --device mlx5,profile=cx6dx -- mlx5 diag-counters -j
expect_rc 0 "query"
expect_json 'j["enabled"] is False and j["supported_counters"] == [0x401, 0x402, 0x403, 0x406, 0x1001, 0x2006]' "cx6dx counter ids from the DEBUG caps"
expect_json '"counters" not in j' "no values while disabled"
expect_golden diag-cx6dx "diag-counters JSON matches the golden file"
expect_stats 'd["devices"][0]["rpcs_by_scope"] == [2, 1, 0, 0] and not d["tainted"]' "caps at CONFIGURATION, params at debug-ro, no taint"

run_fwctl --device mlx5,profile=cx7 -- mlx5 diag-counters -j
expect_json 'len(j["supported_counters"]) == 10' "cx7 offers ten counters"

run_fwctl --device mlx5 -- mlx5 diag-counters --enable
expect_rc 4 "--enable without --force"
expect_err_re 'taint' "warns about the taint"
expect_no_rpc 0 '^0820' "SET_DIAGNOSTIC_PARAMS never reached the firmware"
expect_stats 'not d["tainted"]' "no taint"
run_fwctl --device mlx5 -- mlx5 diag-counters --enable --dry-run -j
expect_rc 0 "--dry-run"
expect_stats 'd["devices"][0]["rpcs"] == 2 and d["devices"][0]["writes"] == 0' \
	"--dry-run sends only the caps reads that build the write"
expect_json '[r["what"] for r in j["rpcs"] if not r["sent"]] == ["SET_DIAGNOSTIC_PARAMS enable"]' \
	"--dry-run shows SET_DIAGNOSTIC_PARAMS, unsent"
expect_stats 'not d["tainted"]' "--dry-run: no taint"

run_fwctl --device mlx5 -- mlx5 diag-counters --enable --force -j
expect_rc 0 "--enable --force"
expect_json 'j["enabled"] is True and j["params"]["num_of_counters"] == 6 and j["params"]["on_demand"] is True' "enabled, on demand"
expect_json '[c["counter_id"] for c in j["counters"]] == j["supported_counters"] and all(c["value"] > 0 for c in j["counters"])' "one value per counter"
expect_stats 'd["tainted"] and d["devices"][0]["rpcs_by_scope"][2] == 1' "SET_DIAGNOSTIC_PARAMS at debug-write taints"
expect_err_re 'taint' "warning on stderr"

run_emu_sh --device mlx5 -- '$FWCTL mlx5 diag-counters --enable --force >/dev/null 2>&1 && $FWCTL mlx5 diag-counters --sample 3 --interval 20 -j'
expect_rc 0 "--sample 3 -j"
# Three samples, then the summary record that ends every sampled stream.
expect_jsonl 'len(js) == 4 and [r["sample"] for r in js[:3]] == [0, 1, 2]' "three JSON lines of samples"
expect_jsonl 'js[3]["summary"] == {"samples": 3, "interrupted": False, "signal": None}' "then the summary: 3 samples, not interrupted"
expect_jsonl 'all(a["value"] < b["value"] for r, s in zip(js, js[1:3]) for a, b in zip(r["counters"], s["counters"]))' "values advance between samples"
expect_jsonl '"delta" not in js[0]["counters"][0] and all(c["delta"] > 0 and c["rate_per_sec"] > 0 for r in js[1:3] for c in r["counters"])' "deltas and rates from the second sample on"
expect_jsonl 'js[2]["elapsed_ms"] >= 40' "interval honoured"
ok "$([ "$(wc -l <"$T_TMP/out")" = 4 ]; echo $?)" "one document per line"

run_emu_sh --device mlx5 -- '$FWCTL mlx5 diag-counters --enable --force >/dev/null 2>&1 && $FWCTL mlx5 diag-counters --sample 2 --interval 1'
expect_rc 0 "--sample text"
expect_out_re 'rate_per_sec' "text shows rates"

# -o FILE: the stream goes to the file, renamed there after the last sample;
# a stream that fails part-way leaves nothing under FILE.
S="$T_TMP/samples"
mkdir -p "$S"
run_fwctl --device mlx5 -- mlx5 diag-counters --enable --force --sample 3 --interval 1 -j -q -o "$S/c.jsonl"
expect_rc 0 "--sample -o FILE"
ok "$([ ! -s "$T_TMP/out" ]; echo $?)" "-o: nothing on stdout"
ok "$([ "$(wc -l <"$S/c.jsonl")" = 4 ] && "${PYTHON3:-python3}" -c 'import json,sys; [json.loads(l) for l in open(sys.argv[1])]' "$S/c.jsonl"; echo $?)" \
	"-o: the file holds the three JSON lines and the summary"
run_fwctl --device mlx5 --fault fw-status,after=4 -- mlx5 diag-counters --enable --force --sample 3 --interval 1 -j -q -o "$S/d.jsonl"
expect_rc 5 "stream failing at the third sample"
expect_jsonl 'len(js) == 1 and js[0]["error"]["kind"] == "firmware"' "-o: the error object on stdout"
ok "$(ls -A "$S" | grep -vqx c.jsonl; [ $? = 1 ]; echo $?)" "-o: no file and no temp file for the failed stream"

run_fwctl --device mlx5 -- mlx5 diag-counters --sample 2 --interval 1 -j
expect_rc 1 "sampling while disabled"
expect_json '"enable" in j["error"]["message"]' "says how to enable"
run_fwctl --device mlx5 -- mlx5 diag-counters --interval 5
expect_rc 2 "--interval without --sample"
run_fwctl --device mlx5 -- mlx5 diag-counters --sample 2 --format=binary
expect_rc 2 "--sample has no binary form"
run_fwctl --device mlx5 -- mlx5 diag-counters extra
expect_rc 2 "stray argument"
run_fwctl --device mlx5 --fault fw-status,status=4,after=2 -- mlx5 diag-counters -j
expect_rc 5 "firmware refuses QUERY_DIAGNOSTIC_PARAMS"
expect_json 'j["error"]["fw_status"] == 4' "fw_status in JSON"
run_fwctl --device mlx5 -- mlx5 diag-counters -d fwctl0 --scope=config
expect_rc 4 "--scope below debug-ro"

done_testing
