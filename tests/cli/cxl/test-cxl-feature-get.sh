#!/bin/bash
# SPDX-License-Identifier: GPL-2.0-or-later
# fwctl cxl feature get: selections, decoders, chunked reads and error paths.
. "$(dirname "$0")/../lib.sh"

for sel in current default saved; do
	run_fwctl --device cxl,profile=cxl-test -- cxl feature get vendor-test --selection $sel -j
	expect_rc 0 "get $sel on the cxl_test mock"
	expect_json 'j["data_hex"] == "efbeadde" and j["data"]["data_hex"] == "0xdeadbeef" and j["selection"] == "'$sel'"' \
		"$sel: ef be ad de"
	expect_stats 'd["devices"][0]["rpcs"] == 2 and d["devices"][0]["rpcs_by_scope"][0] == 2' "$sel: list + one Get Feature at config"
done
expect_golden get-vendor-test "vendor-test matches the golden file"

run_fwctl --device cxl -- cxl feature get patrol-scrub -j
expect_rc 0 "get patrol scrub"
expect_golden get-patrol-scrub "patrol scrub matches the golden file"
expect_json 'j["data"]["scrub_cycle_hours"] == 12 and j["data"]["min_scrub_cycle_hours"] == 1 and j["data"]["enabled"] is True' "scrub decoded"
run_fwctl --device cxl -- cxl feature get ecs -j
expect_rc 0 "get ECS"
expect_golden get-ecs "ECS matches the golden file"
expect_json 'len(j["data"]["media_frus"]) == 2 and j["data"]["media_frus"][1]["count_mode"] == "counts_codewords"' "ECS per-FRU records"
run_fwctl --device cxl -- cxl feature get sppr -j
expect_rc 0 "get sPPR"
expect_golden get-sppr "sPPR matches the golden file"
expect_json 'j["data"]["op_class"] == "ppr" and j["data"]["dpa_supported"] is True and j["data"]["data_lost_during_repair"] is True and j["data"]["media_inaccessible_during_repair"] is False' "sPPR decoded (class, capabilities, restrictions)"
run_fwctl --device cxl -- cxl feature get row-sparing
expect_rc 0 "get row sparing"
expect_out_re 'op_class +: sparing' "row sparing: text, class"
expect_out_re 'hard_sparing_capable +: yes' "row sparing: text, restriction flags"
run_fwctl --device cxl -- cxl feature get e5b13f22-2328-4a14-B8BA-b9691e893386 -j
expect_rc 0 "get by UUID (either case)"
expect_json 'j["name"] == "ecs"' "UUID resolves to its name"
run_fwctl --device cxl -- cxl feature get 3f2a8c5e-6b1d-4e7a-9c0b-2d4e6f8a0b1c -j
expect_rc 0 "unknown vendor feature"
expect_json 'j["name"] is None and j["data_hex"] == "1122334455667788" and "data" not in j' "hex only"
run_fwctl --device cxl -- cxl feature get patrol-scrub
expect_out_re 'scrub_cycle_hours +: 12' "text output"

run_fwctl --device cxl -- cxl feature get c0ffee00-1b2c-4d3e-8f4a-5b6c7d8e9fa0 -j
expect_rc 0 "1536-byte feature"
expect_json 'len(j["data_hex"]) == 3072 and j["data_hex"].startswith("4c4f4731") and j["data_hex"][2*1535:] == "ff"' "all bytes"
expect_stats 'd["devices"][0]["rpcs"] == 3' "read in two chunks"
run_fwctl --device cxl,payload=256 -- cxl feature get c0ffee00-1b2c-4d3e-8f4a-5b6c7d8e9fa0 -j
expect_json 'len(j["data_hex"]) == 3072 and j["data_hex"][2*1535:] == "ff"' "same data through a 256-byte mailbox"
run_fwctl --device cxl -- cxl feature get c0ffee00-1b2c-4d3e-8f4a-5b6c7d8e9fa0 -v -j
expect_err_re 'Get Feature in=37 out=1040/1040' "trace shows a 1024-byte chunk"

out="$T_TMP/feat.bin"
run_fwctl --device cxl,profile=cxl-test -- cxl feature get vendor-test --format=binary -o "$out"
expect_rc 0 "binary to a file"
ok "$([ "$(od -An -tx1 "$out" | tr -d ' \n')" = efbeadde ]; echo $?)" "file holds the raw data"

run_fwctl --device cxl -- cxl feature get 01234567-89ab-cdef-0123-456789abcdef -j
expect_rc 6 "feature the device does not list"
expect_json '"does not support feature" in j["error"]["message"]' "says so"
expect_stats 'd["devices"][0]["rpcs"] == 1' "only the list was read"
run_fwctl --device cxl -- cxl feature get no-such-feature
expect_rc 2 "neither UUID nor name"
expect_stats 'd["devices"][0]["rpcs"] == 0' "nothing sent"
run_fwctl --device cxl -- cxl feature get patrol-scrb -j
expect_rc 2 "a feature name typo"
expect_json 'j["error"]["kind"] == "usage"' "usage error in the JSON document"
expect_err_re "did you mean 'patrol-scrub'" "closest name suggested"
expect_stats 'd["devices"][0]["rpcs"] == 0' "typo: nothing sent"
run_fwctl --device cxl -- cxl feature set row-sparng --data-hex 00 --force
expect_rc 2 "a feature name typo (set)"
expect_err_re "did you mean 'row-sparing'" "closest name suggested"
expect_stats 'd["devices"][0]["rpcs"] == 0' "typo: nothing sent"
run_fwctl --device cxl -- cxl feature get 01234567-89ab-cdef-0123-456789abcdeg
expect_rc 2 "malformed UUID"
run_fwctl --device cxl -- cxl feature get 7c9e1d3b-2a4f-4b6c-8e0d-1f3a5c7e9b2d --selection default
expect_rc 6 "no default value for this feature"
expect_err_re 'lack the default selection' "explains the flags"
run_fwctl --device cxl -- cxl feature get 7c9e1d3b-2a4f-4b6c-8e0d-1f3a5c7e9b2d --selection saved
expect_rc 6 "no saved value for this feature"
run_fwctl --device cxl -- cxl feature get vendor-test --selection future
expect_rc 2 "--selection outside its choices"
run_fwctl --device cxl -- cxl feature get vendor-test --data-hex 00
expect_rc 2 "set options refused for get"
run_fwctl --device cxl -- cxl feature get
expect_rc 2 "get without a feature"
run_fwctl --device cxl -- cxl feature get a b
expect_rc 2 "get with two features"
run_fwctl --device cxl -- cxl feature
expect_rc 2 "no action"
run_fwctl --device cxl -- cxl feature fetch vendor-test
expect_rc 2 "unknown action"

run_fwctl --device cxl --fault fw-status,after=1,status=3 -- cxl feature get vendor-test -j
expect_rc 5 "Get Feature answered with a mailbox error"
expect_json 'j["error"]["fw_status"] == 3' "return code in the error"
expect_err_re 'unsupported' "named"
run_fwctl --device cxl --fault short,after=1,len=8 -- cxl feature get vendor-test -j
expect_rc 1 "answer shorter than its size field refused"
expect_err_re "Get Feature: reply truncated: 8 bytes received, its header says 12" "explains"
run_fwctl --device cxl --fault enodev,after=1 -- cxl feature get vendor-test -j
expect_rc 3 "removed between the two RPCs"
run_fwctl --device cxl -- cxl feature get vendor-test --dry-run -j
expect_rc 0 "--dry-run"
expect_stats 'd["devices"][0]["rpcs"] == 0' "dry run sends nothing"
run_fwctl --device cxl -- --scope debug-write cxl feature get vendor-test
expect_rc 4 "get at a write scope needs --force"
expect_stats 'd["devices"][0]["rpcs_by_scope"][2:] == [0, 0] and not d["tainted"]' "nothing sent at a write scope, no taint"

run_plain cxl feature --list-values positional
expect_out_re '^get$' "completion offers the actions first"
ok_if '! grep -qx patrol-scrub "$T_TMP/out"' "and only them"
run_plain cxl feature --list-values positional -- get
expect_out_re '^patrol-scrub$' "then the feature names"
run_plain cxl feature --list-values selection
expect_out_re '^saved$' "completion of --selection"

done_testing
