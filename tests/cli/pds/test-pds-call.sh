#!/bin/bash
# SPDX-License-Identifier: GPL-2.0-or-later
# fwctl pds call: every scope the driver derives from firmware attributes,
# --force for writes (nothing sent without it), firmware retvals (exit 5).
. "$(dirname "$0")/../lib.sh"
export FWCTL_PDS_CATALOG="$FWCTL_SRCDIR/plugins/pds/catalog/emulated.json"

# --- attr READ (0x00) and SYNC (0x10) -> config ---
run_fwctl --device pds -- pds call identity.identify -j
expect_rc 0 "identify (attr READ)"
expect_golden call-identify "JSON golden"
expect_stats 'd["devices"][0]["rpcs_by_scope"] == [1, 0, 0, 0]' "sent at config"

run_fwctl --device pds -- pds call identity.api_version -j
expect_rc 0 "api_version (attr SYNC)"
expect_json 'j["response"] == {"major": 1, "minor": 2} and j["scope"] == "config"' "decoded, config"

run_fwctl --device pds -- pds call 1.2 -j
expect_rc 0 "numbers instead of names"
expect_json 'j["operation"] == "api_version"' "resolved"

# --- attr DEBUG_READ (0x02) -> debug-ro ---
run_fwctl --device pds -- pds call counters.read_counters first=1 num=2 -j
expect_rc 0 "read_counters (attr DEBUG_READ)"
expect_golden call-read-counters "JSON golden (array sized by num)"
expect_stats 'd["devices"][0]["rpcs_by_scope"] == [0, 1, 0, 0] and not d["tainted"]' "sent at debug-ro"

run_fwctl --device pds -- pds call counters.read_counters -j
expect_rc 0 "defaults from the catalogue"
expect_json 'j["request_hex"] == "0000000008000000" and len(j["response"]["counters"]) == 8' "first=0 num=8"

run_fwctl --device pds -- --scope config pds call counters.read_counters
expect_rc 4 "--scope below the catalogue's"
expect_err_re 'needs scope debug-ro or higher.*nothing was sent' "explained"
expect_stats 'd["devices"][0]["rpcs"] == 0' "nothing sent"

run_fwctl --device pds -- --scope debug-write pds call counters.read_counters
expect_rc 4 "a raised write scope needs --force"
expect_stats 'd["devices"][0]["rpcs"] == 0 and not d["tainted"]' "nothing sent, no taint"

# --- attr WRITE (0x04) -> config, but it changes the device ---
run_fwctl --device pds -- pds call port.set_config mtu=9000
expect_rc 4 "set_config without --force"
expect_err_re "changes the device's state" "says it writes"
expect_stats 'd["devices"][0]["rpcs"] == 0' "nothing sent"

run_emu_sh --device pds -- '
$FWCTL -f pds call port.set_config mtu=9000 fec=fc -j >/dev/null || exit 11
$FWCTL pds call port.get_config -j | grep -q "\"pending\": 1" || exit 12
$FWCTL -f pds call port.commit -j >/dev/null || exit 13
$FWCTL pds call port.get_config -j'
expect_rc 0 "stage, read, commit, read"
expect_json 'j["response"]["mtu"] == 9000 and j["response"]["fec"] == "fc" and j["response"]["commits"] == 1 and j["response"]["flags"] == ["link_up", "autoneg"]' "committed settings read back"
expect_stats 'd["devices"][0]["rpcs_by_scope"] == [3, 0, 0, 1] and d["tainted"]' "set/get at config, commit at debug-write-full (taints)"

run_fwctl --device pds -- -f pds call port.set_config mtu=20
expect_rc 5 "mtu out of range: firmware retval"
expect_err_re 'retval 16 \(ERANGE' "ERANGE named"
run_fwctl --device pds -- -f pds call port.set_config mtu=1500 fec=3 -j
expect_rc 5 "unsupported fec value: retval ENOSUPP"
expect_json 'j["error"]["kind"] == "firmware" and j["error"]["fw_status"] == 19 and j["error"]["fw_status_name"] == "ENOSUPP"' "JSON error with fw_status"
run_fwctl --device pds -- -f pds call port.commit
expect_rc 5 "commit with nothing staged: retval EBUSY"

run_fwctl --device pds -- -f pds call counters.clear_counters -j
expect_rc 0 "clear_counters (attr WRITE) with --force"
expect_stats 'd["devices"][0]["rpcs_by_scope"] == [1, 0, 0, 0] and not d["tainted"]' "config scope: no taint"

# --- attr DEBUG_WRITE (0x08) -> debug-write ---
run_fwctl --device pds -- pds call debug.reg_write reg=3 value=0x1234
expect_rc 4 "reg_write without --force"
expect_err_re 'taints the kernel' "taint named"
expect_stats 'd["devices"][0]["rpcs"] == 0 and not d["tainted"]' "nothing sent, no taint"
run_emu_sh --device pds -- '
$FWCTL -f pds call debug.reg_write reg=3 value=0x1234 >/dev/null || exit 11
$FWCTL pds call debug.reg_read reg=3 -j'
expect_rc 0 "reg_write with --force, then reg_read"
expect_json 'j["response"]["value_hex"] == "0x1234" and j["scope"] == "debug-ro"' "written value read back"
expect_stats 'd["devices"][0]["rpcs_by_scope"] == [0, 1, 1, 0] and d["tainted"]' "debug-write taints"

run_fwctl --device pds -- pds call debug.reg_read reg=99
expect_rc 5 "bad register: retval ENOENT"
expect_err_re 'retval 7 \(ENOENT' "named"
expect_err_re '^  firmware status 0x7 \(ENOENT\)$' "status line without an mlx5 syndrome"

# --- unknown attribute (0x20) -> debug-write-full ---
run_fwctl --device pds -- -f pds call debug.raw_poke reg=1 value=2 -j
expect_rc 0 "raw_poke at debug-write-full"
expect_json 'j["scope"] == "debug-write-full"' "scope"
run_fwctl --device pds --no-cap-sys-rawio -- -f pds call debug.raw_poke reg=1 value=2
expect_rc 4 "debug-write-full without CAP_SYS_RAWIO: EPERM"
expect_err_re 'EPERM' "errno named"

# --- dry run sends nothing, even for writes without --force ---
run_fwctl --device pds -- --dry-run pds call debug.reg_write reg=3 value=7 -j
expect_rc 0 "--dry-run"
expect_json 'j["dry_run"] and j["rpcs"][0]["scope"] == "debug-write" and "0300000007000000" in j["rpcs"][0]["what"]' "shows scope and request"
expect_stats 'd["devices"][0]["rpcs"] == 0 and not d["tainted"]' "nothing sent"

# --- output forms ---
run_fwctl --device pds -- pds call identity.identify --format=binary -o "$T_TMP/id.bin"
expect_rc 0 "binary to a file"
ok "$([ "$(stat -c %s "$T_TMP/id.bin")" = 56 ]; echo $?)" "56 response bytes"
run_fwctl --device pds -- pds call port.get_config
expect_rc 0 "text"
expect_out_re 'fec +: rs' "enum decoded in text"

# --- argument errors: nothing sent ---
for a in "counters.read_counters nosuch=1" "counters.read_counters first" "counters.read_counters first=x" \
	 "counters.read_counters first=0x100000000" "counters.read_counters first=1 first=2" \
	 "debug.reg_read" "port.set_config fec=bogus" "nodot" "identity.identify.x" "identity.nosuch" "nosuch.x" \
	 "identity.identify x=1"; do
	# shellcheck disable=SC2086
	run_fwctl --device pds -- pds call $a
	expect_rc 2 "usage: $a"
	expect_stats 'd["devices"][0]["rpcs"] == 0' "nothing sent: $a"
done
run_fwctl --device pds -- pds call
expect_rc 2 "no operation"
run_fwctl --device pds -- pds call identity.identify --op-version 256
expect_rc 2 "--op-version over 255"

# --- a newer version than the firmware lists: the driver's EINVAL ---
run_fwctl --device pds -- pds call identity.identify --op-version 2
expect_rc 1 "version above the firmware's"
expect_err_re 'EINVAL.*version 2 is unknown' "explained"

# A catalogue that understates a scope: the driver's EPERM says they disagree.
sed 's/"name": "read_counters", "id": 1, "version": 2, "attr": 2/"name": "read_counters", "id": 1, "version": 2, "attr": 0/' \
	"$FWCTL_PDS_CATALOG" >"$T_TMP/wrong.json"
run_fwctl --device pds -- pds call counters.read_counters --catalog "$T_TMP/wrong.json"
expect_rc 4 "catalogue says config, firmware says debug-ro: EPERM"
expect_err_re 'catalogue gives config for it: the catalogue does not match this firmware' "mismatch explained"
expect_stats 'd["devices"][0]["rpcs_by_scope"] == [1, 0, 0, 0]' "sent once at config"

FWCTL_PDS_CATALOG="$T_TMP/none" run_fwctl --device pds -- pds call identity.identify
expect_rc 2 "missing catalogue"
mkdir "$T_TMP/empty"
run_fwctl --device pds -- pds call identity.identify --catalog "$T_TMP/empty"
expect_rc 2 "empty catalogue directory"
expect_err_re "no endpoint 'identity'" "explained"

# Unknown names: a usage error naming the closest names, nothing sent.
run_fwctl --device pds -- pds call identty.identify -j
expect_rc 2 "endpoint typo"
expect_json 'j["error"]["kind"] == "usage"' "usage error in the JSON document"
expect_err_re "no endpoint 'identty'.*did you mean 'identity'" "endpoint suggested"
expect_stats 'd["devices"][0]["rpcs"] == 0' "0 RPCs"
run_fwctl --device pds -- pds call counters.read_counter
expect_rc 2 "operation typo"
expect_err_re "no operation 'read_counter'.*did you mean 'read_counters'" "operation suggested"
expect_stats 'd["devices"][0]["rpcs"] == 0' "0 RPCs"
run_fwctl --device pds -- pds call port.zzz
expect_rc 2 "unknown operation, nothing close"
expect_err_re "see 'fwctl pds catalog port'" "points at the catalogue"
run_plain pds catalog countrs
expect_rc 2 "pds catalog: endpoint typo"
expect_err_re "did you mean 'counters'" "suggested"
done_testing
