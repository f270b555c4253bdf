#!/bin/bash
# SPDX-License-Identifier: GPL-2.0-or-later
# fwctl cxl feature set: the --force gate, the kernel's scope rule, refusals
# before sending, data sources, and Set changing what Get returns.
. "$(dirname "$0")/../lib.sh"

TEST=ffffffff-ffff-ffff-ffff-ffffffffffff
IMM=3f2a8c5e-6b1d-4e7a-9c0b-2d4e6f8a0b1c
RESET=7c9e1d3b-2a4f-4b6c-8e0d-1f3a5c7e9b2d
RO=a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d
BG=5d0c6e2a-9b47-4f13-a8e5-3c7b1d9f0e42
RSVD=e8a41f07-36c2-4d5b-b190-7f2e5a8c4d63
NOEFF=2b6f9d31-c4e8-4a70-9d15-6e3a8b2c7f90
LOG=c0ffee00-1b2c-4d3e-8f4a-5b6c7d8e9fa0

run_fwctl --device cxl,profile=cxl-test -- cxl feature set vendor-test --data-hex 01020304 -j
expect_rc 4 "without --force: refused"
SET_FEATURE='^02050000'
expect_no_rpc 0 "$SET_FEATURE" "without --force: no Set Feature sent"
expect_stats 'd["tainted"] is False' "no taint"
expect_err_re 'taints the kernel' "says the kernel would be tainted"
expect_err_re 'vendor-test \(ffffffff-ffff-ffff-ffff-ffffffffffff\) on fwctl0 to 01020304' "says what would change"
expect_json 'j["error"]["kind"] == "permission"' "JSON error document"

run_fwctl --device cxl,profile=cxl-test -- cxl feature set vendor-test --data-hex 01020304 --dry-run -j
expect_rc 0 "--dry-run"
expect_json 'j["dry_run"] is True' "dry run result"
expect_no_rpc 0 "$SET_FEATURE" "--dry-run: no Set Feature sent"
expect_stats 'd["tainted"] is False' "--dry-run: no taint"
expect_json '[(r["what"].split(" ")[0:2], r["effect"], r["sent"]) for r in j["rpcs"]] == [(["Get", "Supported"], "read", True), (["Get", "Feature"], "read", True), (["Set", "Feature"], "write", False)]' "--dry-run shows the reads it sent and the write it did not"
expect_json 'j["rpcs"][2]["in_hex"].endswith("01020304") and j["rpcs"][2]["scope"] == "debug-write"' "the write as hex, at its scope"
expect_json 'j["preview"]["feature"]["name"] == "vendor-test" and j["preview"]["feature"]["uuid"] == "'$TEST'" and j["preview"]["feature"]["set_scope"] == "debug-write"' "preview: the feature"
expect_json 'j["preview"]["current"]["data_hex"] == "efbeadde" and j["preview"]["current"]["data"]["data_hex"] == "0xdeadbeef"' "preview: current data, hex and decoded"
expect_json 'j["preview"]["new"]["data_hex"] == "01020304" and j["preview"]["new"]["data"]["data_hex"] == "0x4030201" and j["preview"]["new"]["saved_across_reset"] is False' "preview: new data, hex and decoded"
expect_stats '[r["head_hex"][:4] for r in d["devices"][0]["rpc_log"]] == ["0005", "0105"]' "--dry-run: only the two reads reached the device"

run_fwctl --device cxl,profile=cxl-test -- cxl feature set vendor-test data=0x11223344 --saved --dry-run
expect_rc 0 "--dry-run, text"
expect_out_re 'would send to fwctl0 at scope debug-write: Set Feature vendor-test' "the write it would send"
expect_out_re 'data_hex +: 44332211' "new data in the preview"
expect_out_re 'data_hex +: efbeadde' "current data in the preview"
expect_out_re 'saved_across_reset +: yes' "--saved in the preview"
expect_no_rpc 0 "$SET_FEATURE" "--dry-run (text): no Set Feature sent"
run_fwctl --device cxl -- cxl feature set $RESET --data-hex 05000000 --dry-run -j
expect_rc 0 "--dry-run of a feature without a known layout"
expect_json '"data" not in j["preview"]["new"] and j["preview"]["new"]["data_hex"] == "05000000" and j["preview"]["feature"]["name"] is None' "hex only"
expect_no_rpc 0 "$SET_FEATURE" "no Set Feature sent"
run_fwctl --device cxl --fault fw-status,after=1,status=3 -- cxl feature set vendor-test --data-hex 01020304 --dry-run -j
expect_rc 0 "--dry-run when the current data cannot be read"
expect_json 'j["preview"]["current"] is None and "unsupported" in j["preview"]["current_note"]' "says why there is no current data"
expect_no_rpc 0 "$SET_FEATURE" "no Set Feature sent"

run_fwctl --device cxl,profile=cxl-test -- cxl feature set vendor-test --data-hex 01020304 --force -j
expect_rc 0 "reset-only feature with --force"
expect_golden set-vendor-test "set matches the golden file"
expect_stats 'd["devices"][0]["rpcs_by_scope"] == [1, 0, 1, 0] and d["tainted"] is True' "list at config, Set at debug-write: tainted"

run_emu_sh --device cxl,profile=cxl-test -- '$FWCTL cxl feature set vendor-test --data-hex 0a0b0c0d --force -q >/dev/null && $FWCTL cxl feature get vendor-test -j'
expect_rc 0 "set then get"
expect_json 'j["data_hex"] == "0a0b0c0d"' "Get returns what Set wrote"
run_emu_sh --device cxl -- '$FWCTL cxl feature set vendor-test data=0x11223344 --force -q >/dev/null && $FWCTL cxl feature get vendor-test -j'
expect_json 'j["data"]["data_hex"] == "0x11223344" and j["data_hex"] == "44332211"' "FIELD=VALUE, little-endian"
run_emu_sh --device cxl -- '$FWCTL cxl feature set '$RESET' --data-hex 05000000 --force -q >/dev/null && $FWCTL cxl feature get '$RESET' -j'
expect_json 'j["data_hex"] == "05000000"' "reset-only vendor feature changed"

data="$T_TMP/data.bin"
printf '\x21\x22\x23\x24' >"$data"
run_emu_sh --device cxl -- '$FWCTL cxl feature set vendor-test --data '"$data"' --saved --force -j && $FWCTL cxl feature get vendor-test -j --selection saved'
expect_rc 0 "--data FILE --saved"
expect_out_re '"saved_across_reset": true' "saved flag reported"
expect_out_re '"data_hex": "21222324"' "saved value changed"

run_fwctl --device cxl -- cxl feature set $IMM --data-hex 0102030405060708 --force -j
expect_rc 0 "immediate-effect feature"
expect_json 'j["scope"] == "debug-write-full"' "needs debug-write-full"
expect_stats 'd["devices"][0]["rpcs_by_scope"] == [1, 0, 0, 1]' "sent at debug-write-full"
run_fwctl --device cxl --no-cap-sys-rawio -- cxl feature set $IMM --data-hex 0102030405060708 --force -j
expect_rc 4 "debug-write-full without CAP_SYS_RAWIO"
expect_err_re 'CAP_SYS_RAWIO' "explains EPERM"
run_fwctl --device cxl -- --scope debug-write cxl feature set $IMM --data-hex 0102030405060708 --force
expect_rc 4 "--scope below what the effects demand"
expect_err_re 'needs scope debug-write-full; the cxl driver refuses it at debug-write with EINVAL' "explains"
expect_stats 'd["devices"][0]["rpcs_by_scope"][2] == 0 and d["devices"][0]["rpcs_by_scope"][3] == 0' "no write sent"
run_fwctl --device cxl -- --scope debug-write-full cxl feature set vendor-test --data-hex 01020304 --force -j
expect_rc 0 "--scope above the minimum"
expect_stats 'd["devices"][0]["rpcs_by_scope"][3] == 1' "sent at the scope asked for"

for f in patrol-scrub ecs sppr hppr cacheline-sparing row-sparing bank-sparing rank-sparing 96dad7d6-fde8-482b-a733-75774e06db8a; do
	run_fwctl --device cxl -- cxl feature set $f --data-hex 0c01 --force
	expect_rc 4 "$f is kept by the kernel"
	expect_stats 'd["devices"][0]["rpcs"] == 0' "$f: nothing sent"
done
expect_err_re 'kept by the kernel.*EPERM' "explains the kernel's EPERM"

for f in "$RO read-only" "$BG background" "$RSVD reserved" "$NOEFF no-effect"; do
	set -- $f
	run_fwctl --device cxl -- cxl feature set $1 --data-hex 01 --force -j
	expect_rc 6 "$2 feature refused"
	expect_stats 'd["devices"][0]["rpcs"] == 1 and d["tainted"] is False' "$2: only the list was read"
done
expect_err_re 'neither an immediate change nor a reset' "explains the no-effect rule"

run_fwctl --device cxl -- cxl feature set 01234567-89ab-cdef-0123-456789abcdef --data-hex 01 --force
expect_rc 6 "feature the device does not list"
run_fwctl --device cxl -- cxl feature set vendor-test --data-hex 0102030405 --force
expect_rc 2 "data longer than the set size"
expect_stats 'd["devices"][0]["rpcs"] == 1' "refused before Set"
run_fwctl --device cxl -- cxl feature set vendor-test --data-hex zz --force
expect_rc 2 "bad hex"
run_fwctl --device cxl -- cxl feature set vendor-test --data-hex 01 --data "$data" --force
expect_rc 2 "two data sources"
run_fwctl --device cxl -- cxl feature set vendor-test --force
expect_rc 2 "no data"
run_fwctl --device cxl -- cxl feature set vendor-test colour=1 --force
expect_rc 2 "unknown field"
run_fwctl --device cxl -- cxl feature set vendor-test data=0x123456789 --force
expect_rc 2 "value wider than the field"
run_fwctl --device cxl -- cxl feature set $RESET x=1 --force
expect_rc 2 "FIELD=VALUE needs a known layout"
run_fwctl --device cxl -- cxl feature set vendor-test --data /nonexistent --force
expect_rc 2 "unreadable data file"
run_fwctl --device cxl -- cxl feature set vendor-test --data-hex 01 --selection saved --force
expect_rc 2 "--selection is for get"
run_fwctl --device cxl -- cxl feature set
expect_rc 2 "set without a feature"
run_fwctl --device cxl,feat_cap=ro -- cxl feature set vendor-test --data-hex 01020304 --force
expect_rc 1 "the driver refuses Set when the device's Features are read-only"
expect_err_re 'EINVAL' "names EINVAL"

run_emu_sh --device cxl,payload=256 -- 'head -c 1536 /dev/zero | tr "\0" "\132" >'"$T_TMP"'/big && $FWCTL cxl feature set '$LOG' --data '"$T_TMP"'/big --force -q >/dev/null && $FWCTL cxl feature get '$LOG' -j'
expect_rc 0 "1536 bytes through a 256-byte mailbox"
expect_json 'j["data_hex"] == "5a" * 1536' "all of it arrived"

run_fwctl --device cxl --fault fw-status,after=1,status=2 -- cxl feature set vendor-test --data-hex 01020304 --force -j
expect_rc 5 "Set Feature answered with a mailbox error"
expect_json 'j["error"]["fw_status"] == 2 and j["error"]["fw_status_name"] == "invalid_input"' "return code named"
run_fwctl --device cxl --fault enodev,after=1 -- cxl feature set vendor-test --data-hex 01020304 --force -j
expect_rc 3 "removed before the Set"

done_testing
