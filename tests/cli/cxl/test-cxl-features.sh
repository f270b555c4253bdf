#!/bin/bash
# SPDX-License-Identifier: GPL-2.0-or-later
# fwctl cxl features: the decoded list, paging, scopes and every error path.
. "$(dirname "$0")/../lib.sh"

run_fwctl --device cxl -- cxl features -j
expect_rc 0 "features"
expect_json 'j["supported_features"] == 12 and len(j["features"]) == 12' "all twelve features listed"
expect_golden features "features match the golden file"
expect_stats 'd["devices"][0]["rpcs"] == 1 and d["devices"][0]["rpcs_by_scope"][0] == 1' "one RPC at scope config"
expect_stats 'd["tainted"] is False' "listing does not taint"
expect_json '[f["name"] for f in j["features"][:3]] == ["patrol-scrub", "ecs", "vendor-test"]' "well-known UUIDs named"
expect_json 'all(f["kernel_exclusive"] and f["set_size"] == 0 and not f["changeable"] and f["set_scope"] is None for f in j["features"][:2])' \
	"kernel-exclusive features shown as not changeable"
expect_json '[f["set_scope"] for f in j["features"][2:5]] == ["debug-write", "debug-write-full", "debug-write"]' \
	"set scope from the effects (reset-only / immediate)"
expect_json '[("set_refused" in f) for f in j["features"][5:9]] == [True] * 4' "read-only, background, reserved, no-effect: refused"
expect_json 'j["features"][3]["effects"] == ["config_change_immediate", "effects_valid"]' "effects in words"
expect_json 'j["features"][7]["effects"][-1] == "bit_12"' "reserved effect bit named by number"
expect_json 'j["features"][4]["deepest_reset_persistence"] == "none" and j["features"][4]["default_selection"] is False' "flags decoded"

run_fwctl --device cxl,profile=cxl-test -- cxl features -j
expect_rc 0 "features on the cxl_test mock"
expect_golden features-cxl-test "cxl-test features match the golden file"
expect_json 'j["features"][0]["uuid"] == "ffffffff-ffff-ffff-ffff-ffffffffffff" and j["features"][0]["flags_hex"] == "0x00000061" and j["features"][0]["effects_hex"] == "0x0201"' \
	"mock entry: flags 0x61, effects 0x0201"
expect_json 'j["features"][0]["get_size"] == 4 and j["features"][0]["set_size"] == 4 and j["features"][0]["get_version"] == 1 and j["features"][0]["set_version"] == 1' \
	"mock entry: sizes 4/4, versions 1/1"

run_fwctl --device cxl -- cxl features
expect_rc 0 "text output"
expect_out_re '^supported_features +: 12' "text: total"
expect_out_re 'vendor-test +ffffffff-ffff-ffff-ffff-ffffffffffff +4 +4 +yes +debug-write ' "text: summary row"
ok "$(! grep -q effects_hex <<<"$OUT"; echo $?)" "text: the summary leaves the detail columns out"
run_fwctl --device cxl -- cxl features -v
ok_if '[ "$OUT" = "$(run_fwctl --device cxl -- cxl features; printf "%s" "$OUT")" ]' \
	"text -v: the same terminal-width table (-v only traces)"
run_fwctl --device cxl -- cxl features vendor-test patrol-scrub
expect_rc 0 "named features"
expect_out_re '^vendor-test:$' "text: a block per named feature"
expect_out_re '^  title +: cxl_test vendor test feature' "with every field"
expect_out_re '^patrol-scrub:$' "in the order given"
ok_if '! grep -q "^ *ecs" "$T_TMP/out"' "and no other feature"
run_fwctl --device cxl -- cxl features ffffffff-ffff-ffff-ffff-ffffffffffff ecs -j
expect_rc 0 "by UUID and name, JSON"
expect_json '[f["name"] for f in j["features"]] == ["vendor-test", "ecs"] and "effects_hex" in j["features"][0]' \
	"the features array: those two, every field"
run_fwctl --device cxl -- cxl features patrol-scrb
expect_rc 2 "a misspelt name"
expect_err_re "did you mean 'patrol-scrub'" "suggests the closest"
expect_stats 'd["devices"][0]["rpcs"] == 0' "refused before any RPC"
run_fwctl --device cxl -- --dry-run cxl features ecs patrol-scrb
expect_rc 2 "a misspelt name under --dry-run"
expect_err_re "did you mean 'patrol-scrub'" "suggests it there too"
run_fwctl --device cxl -- cxl features 01234567-89ab-cdef-0123-456789abcdef
expect_rc 6 "a UUID the device does not list"

run_fwctl --device cxl,extra=100 -- cxl features -j
expect_rc 0 "112 features"
expect_json 'len(j["features"]) == 112 and len({f["uuid"] for f in j["features"]}) == 112 and [f["id"] for f in j["features"]] == list(range(112))' \
	"every entry read once, in order"
expect_stats 'd["devices"][0]["rpcs"] == 2' "paged: two Get Supported Features RPCs"

run_fwctl -- cxl features -d mem0 -j
expect_rc 0 "memdev name on the default machine"
expect_json 'j["memdev"] == "mem0" and j["device"] == "fwctl3"' "memdev resolves to its fwctl device"
run_fwctl -- cxl features -d fwctl0
expect_rc 3 "an mlx5 device is not a cxl device"
expect_err_re 'type (mlx5|1 \(no plugin)' "names the device's type"

run_fwctl --device cxl -- --scope debug-ro cxl features -j
expect_rc 0 "--scope debug-ro"
expect_stats 'd["devices"][0]["rpcs_by_scope"][1] == 1' "sent at debug-ro"
run_fwctl --device cxl -- --scope debug-write cxl features -j
expect_rc 4 "a write scope needs --force"
expect_stats 'd["devices"][0]["rpcs"] == 0 and d["tainted"] is False' "nothing sent"
run_fwctl --device cxl -- --scope debug-write --force cxl features -j
expect_rc 0 "write scope with --force"
expect_stats 'd["devices"][0]["rpcs_by_scope"][2] == 1 and d["tainted"] is True' "sent at debug-write: tainted"

run_fwctl --device cxl,feat_cap=ro -- cxl features -j
expect_rc 0 "read-only Features capability still lists"

run_fwctl --device cxl -- cxl features --dry-run -j
expect_rc 0 "--dry-run"
expect_json 'j["dry_run"] is True and j["rpcs"][0]["what"] == "Get Supported Features"' "shows the request"
expect_stats 'd["devices"][0]["rpcs"] == 0' "dry run sends nothing"

run_fwctl --device cxl --fault fw-status,status=4 -- cxl features -j
expect_rc 5 "mailbox error status"
expect_json 'j["error"]["fw_status"] == 4 and j["error"]["kind"] == "firmware"' "error JSON carries the return code"
expect_err_re 'internal_error' "names the return code"
run_fwctl --device cxl --fault short,len=12 -- cxl features -j
expect_rc 1 "short answer"
expect_err_re 'reply truncated: 12 bytes received' "explains the short answer"
run_fwctl --device cxl --fault garbage,keep=8,seed=3 -- cxl features -j
expect_rc 1 "garbage answer refused"
expect_json '"error" in j' "one JSON error document"
run_fwctl --device cxl --fault enodev -- cxl features -j
expect_rc 3 "device removed"
expect_err_re 'ENODEV' "explains the removal"

done_testing
