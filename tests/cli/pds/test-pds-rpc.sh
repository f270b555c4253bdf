#!/bin/bash
# SPDX-License-Identifier: GPL-2.0-or-later
# fwctl pds rpc: raw endpoint/operation RPCs, with and without a catalogue;
# the kernel's EPERM and EINVAL explained; sizes checked before sending.
. "$(dirname "$0")/../lib.sh"
export FWCTL_PDS_CATALOG="$FWCTL_SRCDIR/plugins/pds/catalog/emulated.json"
mkdir "$T_TMP/empty"
NOCAT=(--catalog "$T_TMP/empty")
# An operation no catalogue describes is of unknown effect: the firmware
# passes writes at config too, so the tool cannot tell; --force is needed.

run_fwctl --device pds -- pds rpc --ep 1 --op 1 --op-version 1 --resp-len 56 -j
expect_rc 0 "identify by numbers"
expect_json 'j["retval"] == 0 and j["operation"] == "identify" and j["response"]["fw_version"] == "1.60.0-emu"' "the catalogue decodes it"
expect_json 'len(j["response_hex"]) == 112 and j["op_word_hex"] == "0x00010001"' "56 bytes, op word with version"

run_fwctl --device pds -- pds rpc --ep 1 --op 1 "${NOCAT[@]}" -j
expect_rc 4 "no catalogue: unknown effect, refused without --force"
expect_err_re 'no pds catalogue describes this operation' "says why"
expect_stats 'd["devices"][0]["rpcs"] == 0' "nothing sent"
run_fwctl --device pds -- -f pds rpc --ep 1 --op 1 "${NOCAT[@]}" -j
expect_rc 0 "no catalogue, --force: raw only"
expect_json '"response" not in j and j["response_len"] == 4096 and j["scope"] == "config"' "default 4096-byte buffer, least scope"

run_fwctl --device pds -- pds rpc --ep 2 --op 1 --op-version 2 --in-hex '00000000 02000000' --resp-len 16 -j
expect_rc 0 "catalogued debug-ro operation: its scope is the default"
expect_json 'j["scope"] == "debug-ro" and j["response"]["counters"] == [1000, 2000]' "decoded"

printf '\x01\x00\x00\x00\x02\x00\x00\x00' >"$T_TMP/req"
run_fwctl --device pds -- pds rpc --ep 2 --op 1 --in "$T_TMP/req" --resp-len 16 --format=binary -o "$T_TMP/resp"
expect_rc 0 "--in FILE, binary output"
ok "$([ "$(stat -c %s "$T_TMP/resp")" = 16 ]; echo $?)" "16 bytes written"

# --- EPERM from the driver: explained, exit 4 ---
run_fwctl --device pds -- -f pds rpc --ep 2 --op 1 --in-hex 0000000001000000 "${NOCAT[@]}"
expect_rc 4 "debug-read op at config scope (no catalogue to know better)"
expect_err_re 'refused ep 2 op 1 at scope config \(EPERM\)' "EPERM named"
expect_err_re 'config < debug-ro < debug-write < debug-write-full' "scopes listed"
expect_err_re 'need --force' "write scopes need --force"
expect_stats 'd["devices"][0]["rpcs"] == 1' "the kernel saw it"

run_fwctl --device pds -- -f --scope debug-ro pds rpc --ep 2 --op 1 --in-hex 0000000001000000 "${NOCAT[@]}" -j
expect_rc 0 "--scope debug-ro"

run_fwctl --device pds -- -f --scope debug-ro pds rpc --ep 3 --op 2 --in-hex 0100000002000000 "${NOCAT[@]}" -j
expect_rc 4 "debug-write op at debug-ro"
expect_json 'j["error"]["errno"] == 1 and j["error"]["kind"] == "permission"' "JSON error, errno EPERM"

run_fwctl --device pds -- --scope debug-write pds rpc --ep 3 --op 2 --in-hex 0100000002000000 "${NOCAT[@]}"
expect_rc 4 "raised write scope without --force"
expect_stats 'd["devices"][0]["rpcs"] == 0 and not d["tainted"]' "nothing sent"
run_fwctl --device pds -- --scope debug-write -f pds rpc --ep 3 --op 2 --in-hex 0100000002000000 --resp-len 4 "${NOCAT[@]}" -j
expect_rc 0 "debug-write with --force"
expect_stats 'd["devices"][0]["rpcs_by_scope"][2] == 1 and d["tainted"]' "taints"

run_fwctl --device pds -- pds rpc --ep 3 --op 2 --in-hex 0100000002000000
expect_rc 4 "catalogued write: --force asked before sending"
expect_stats 'd["devices"][0]["rpcs"] == 0' "nothing sent"

run_fwctl --device pds -- --scope config pds rpc --ep 3 --op 1 --in-hex 01000000
expect_rc 4 "--scope below the catalogued scope"
expect_err_re 'needs scope debug-ro' "explained from the catalogue"
expect_stats 'd["devices"][0]["rpcs"] == 0' "nothing sent"

# --- EINVAL from the driver: unknown endpoint/operation/version, sizes ---
run_fwctl --device pds -- -f pds rpc --ep 9 --op 1 -j
expect_rc 1 "unknown endpoint"
expect_json 'j["error"]["errno"] == 22' "EINVAL"
expect_err_re 'endpoint 9 or operation 1 version 0 is unknown' "explained"
run_fwctl --device pds -- -f pds rpc --ep 1 --op 7
expect_rc 1 "unknown operation"
run_fwctl --device pds -- -f pds rpc --ep 1 --op 1 --op-version 2
expect_rc 1 "version above the firmware's"

run_fwctl --device pds,max_resp_sz=64 -- -f pds rpc --ep 1 --op 1 --resp-len 128 "${NOCAT[@]}"
expect_rc 1 "response over the firmware's max_resp_sz: the driver's EINVAL"
expect_err_re 'over the firmware.s maximum' "explained"
run_fwctl --device pds,max_req_sz=4 -- -f --scope debug-ro pds rpc --ep 3 --op 1 --in-hex 0100000000 "${NOCAT[@]}"
expect_rc 1 "request over max_req_sz"

run_fwctl --device pds -- pds rpc --ep 1 --op 1 --resp-len 8192
expect_rc 2 "over the catalogue's max_resp_sz: refused before sending"
expect_err_re "catalogue's maximum of 4096.*nothing was sent" "explained"
expect_stats 'd["devices"][0]["rpcs"] == 0' "nothing sent"
run_fwctl --device pds -- -f pds rpc --ep 1 --op 1 --resp-len 2M "${NOCAT[@]}"
expect_rc 2 "over the tool's 1 MiB cap"
run_fwctl --device pds -- pds rpc --ep 1 --op 1 --in-hex "$(head -c 4097 /dev/zero | od -An -v -tx1 | tr -d ' \n')"
expect_rc 2 "request over the catalogue's max_req_sz"

# --- firmware retval: exit 5 ---
run_fwctl --device pds -- pds rpc --ep 2 --op 1 --op-version 2 --in-hex 0700000005000000 -j
expect_rc 5 "counter range: retval ERANGE"
expect_json 'j["error"]["fw_status"] == 16 and j["error"]["fw_status_name"] == "ERANGE"' "JSON names the status"
run_fwctl --device pds -- pds rpc --ep 2 --op 1 --op-version 2 --in-hex 00000000 -j
expect_rc 5 "short request: retval EINVAL"
expect_json 'j["error"]["fw_status"] == 14' "EINVAL 14"

# --- dry run and usage ---
run_fwctl --device pds -- --dry-run pds rpc --ep 1 --op 1
expect_rc 0 "--dry-run"
expect_out_re 'would send to fwctl0 at scope config: identity.identify \(ep 1 op 0x00000001\)' "what would be sent"
expect_stats 'd["devices"][0]["rpcs"] == 0' "nothing sent"
run_fwctl --device pds -- pds rpc --op 1
expect_rc 2 "--ep missing"
run_fwctl --device pds -- pds rpc --ep 1
expect_rc 2 "--op missing"
run_fwctl --device pds -- pds rpc --ep 1 --op 0x10000
expect_rc 2 "--op over 16 bits"
run_fwctl --device pds -- -f pds rpc --ep 1 --op 1 --op-version 256
expect_rc 2 "--op-version over 8 bits"
run_fwctl --device pds -- pds rpc --ep 1 --op 1 --in-hex 00 --in "$T_TMP/req"
expect_rc 2 "--in and --in-hex together"
run_fwctl --device pds -- pds rpc --ep 1 --op 1 --in-hex zz
expect_rc 2 "bad hex"
run_fwctl --device pds -- pds rpc --ep 1 --op 1 --in "$T_TMP/nonexistent"
expect_rc 2 "missing --in file"
run_fwctl --device pds -- pds rpc --ep 1 --op 1 --catalog "$T_TMP/nonexistent"
expect_rc 2 "explicit --catalog that does not exist"
FWCTL_PDS_CATALOG="$T_TMP/nonexistent" run_fwctl --device pds -- -f pds rpc --ep 1 --op 1 -j
expect_rc 0 "a broken catalogue on the search path does not block raw access"
expect_err_re 'continuing without a catalogue' "warned"
expect_json '"response" not in j' "raw answer"
run_fwctl --device pds -- pds rpc --ep 1 --op 1 extra
expect_rc 2 "no positional arguments"
done_testing
