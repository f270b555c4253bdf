#!/bin/bash
# SPDX-License-Identifier: GPL-2.0-or-later
# fwctl bnxt hwrm for the Linux 7.3 DMA commands: --buf-in / --buf-out /
# --buf-len per address field, the kernel's length rules checked before
# sending, only the response's data count written out; commands lists
# the DMA table.
. "$(dirname "$0")/../lib.sh"

run_plain bnxt commands -j
expect_rc 0 "commands"
expect_json 'len([c for c in j["commands"] if c["dma_commands"]]) == 33' "32 DMA commands + DBG_COREDUMP_INITIATE"
expect_json '[b["fixed_length"] for c in j["commands"] if c["name"] == "HWRM_PORT_QSTATS" for b in c["buffers"]] == [408, 528]' "PORT_QSTATS: fixed 408 / 528"
expect_json '[(b["length_field"], b["length_unit"]) for c in j["commands"] if c["name"] == "HWRM_DBG_READ_DIRECT" for b in c["buffers"]] == [("read_len32", 4)]' "READ_DIRECT counts 32-bit words"
expect_json '{c["name"]: c["request_size"] for c in j["commands"] if c["name"] in ("HWRM_NVM_WRITE", "HWRM_SCH_GRP_CFG", "HWRM_DBG_READ_INDIRECT")} == {"HWRM_NVM_WRITE": 56, "HWRM_SCH_GRP_CFG": 88, "HWRM_DBG_READ_INDIRECT": 80}' "request sizes"
expect_json 'sorted(c["name"] for c in j["commands"] if c["dma_commands"] and c["tool_treats_as_write"]) == sorted(["HWRM_NVM_SET_VARIABLE", "HWRM_NVM_WRITE", "HWRM_NVM_MODIFY", "HWRM_NVM_RAW_WRITE_BLK", "HWRM_FW_SET_STRUCTURED_DATA", "HWRM_FW_LIVEPATCH", "HWRM_DBG_TOKEN_CFG", "HWRM_DBG_PTRACE", "HWRM_SCH_GRP_CFG"])' \
	"the writes: every host-to-device command"

L="$T_TMP/list.bin"
run_fwctl --device bnxt -- bnxt hwrm DBG_COREDUMP_LIST --buf-out "$L" --buf-len 2048 -j
expect_rc 0 "raw COREDUMP_LIST"
expect_json 'j["in_len"] == 32 and j["buffers"][0]["length"] == 2048 and j["buffers"][0]["data_len"] == 64 and j["buffers"][0]["data_len_from_response"]' "2048-byte buffer, 64 bytes of data"
ok "$([ "$(stat -c %s "$L")" = 64 ]; echo $?)" "only data_len bytes written, not the whole buffer"
expect_stats 'd["devices"][0]["rpcs_by_scope"][1] == 1' "one RPC at debug-ro"
run_fwctl --device bnxt -- bnxt hwrm --req-type 0xff17 --buf-out "$L" --buf-len 2048 --force -j
expect_rc 0 "by req_type"

run_fwctl --device bnxt -- bnxt hwrm PORT_QSTATS --buf-out "$T_TMP/tx" --buf-out "$T_TMP/rx" -j
expect_rc 0 "PORT_QSTATS: two buffers, fixed lengths"
ok "$([ "$(stat -c %s "$T_TMP/tx")" = 408 ] && [ "$(stat -c %s "$T_TMP/rx")" = 528 ]; echo $?)" "408 and 528 bytes"
run_fwctl --device bnxt -- bnxt hwrm DBG_READ_DIRECT --buf-out "$T_TMP/rd" --buf-len 64 -j
expect_rc 0 "READ_DIRECT 64 bytes"
expect_json 'j["buffers"][0]["data_len"] == 64 and not j["buffers"][0]["data_len_from_response"]' "no count in the response: the requested length"
ok "$([ "$(stat -c %s "$T_TMP/rd")" = 64 ]; echo $?)" "64 bytes written"

printf 'fwctl-ptrace-%.0s' $(seq 5) >"$T_TMP/pin"
run_fwctl --device bnxt -- bnxt hwrm DBG_PTRACE --buf-in "$T_TMP/pin" --buf-out "$T_TMP/pout" -j
expect_rc 4 "DBG_PTRACE (debug-write) needs --force"
expect_stats 'd["devices"][0]["rpcs"] == 0 and not d["tainted"]' "nothing sent, no taint"
run_fwctl --device bnxt -- --force bnxt hwrm DBG_PTRACE --buf-in "$T_TMP/pin" --buf-out "$T_TMP/pout" -j
expect_rc 0 "DBG_PTRACE with --force"
ok "$(cmp -s "$T_TMP/pin" "$T_TMP/pout"; echo $?)" "host-to-device buffer in, device-to-host buffer out"
expect_json 'j["buffers"][0]["direction"] == "to_device" and j["buffers"][0]["length"] == 65 and j["buffers"][1]["data_len"] == 65' "lengths from the file, shared length field"
expect_stats 'd["tainted"] and d["devices"][0]["rpcs_by_scope"][2] == 1' "sent at debug-write, tainted"
run_fwctl --device bnxt -- bnxt hwrm NVM_SET_VARIABLE --buf-in "$T_TMP/pin" -j
expect_rc 4 "NVM_SET_VARIABLE (scope 0, host to device) is a write: --force"
expect_err_re 'NVM configuration variable' "says what it does"
run_fwctl --device bnxt -- --scope debug-ro --force bnxt hwrm NVM_WRITE --buf-in "$T_TMP/pin" -j
expect_rc 4 "NVM_WRITE below debug-write"
expect_stats 'd["devices"][0]["rpcs"] == 0' "nothing sent"

run_fwctl --device bnxt -- bnxt hwrm DBG_COREDUMP_INITIATE --in-hex 01000000 -j
expect_rc 0 "INITIATE (7.3, no buffer)"
run_fwctl --device bnxt -- bnxt hwrm DBG_COREDUMP_INITIATE --in-hex 77000000 -j
expect_rc 5 "INITIATE of an unknown component: firmware error"

# Refused before sending
for args in "DBG_COREDUMP_LIST --buf-out $L --buf-len 65537" "DBG_COREDUMP_LIST --buf-out $L --buf-len 0" \
	"DBG_READ_DIRECT --buf-out $L --buf-len 6" "PORT_QSTATS --buf-out $L --buf-out $L.2 --buf-len 100" \
	"NVM_READ" "NVM_READ --buf-out $L" "NVM_READ --buf-in $L --buf-len 4" "VER_GET --buf-out $L --buf-len 8" \
	"DBG_COREDUMP_LIST --buf-out - --buf-len 16" \
	"DBG_COREDUMP_LIST --buf-out $L --buf-len 16 --in-hex $(printf '00%.0s' $(seq 17))"; do
	# shellcheck disable=SC2086
	run_fwctl --device bnxt -- bnxt hwrm $args --force -j
	expect_rc 2 "refused: hwrm $args"
	expect_stats 'd["devices"][0]["rpcs"] == 0' "nothing sent: $args"
done
run_fwctl --device bnxt -- bnxt hwrm NVM_READ --force -j
expect_json '"--buf-out host_dest_addr" in j["error"]["message"]' "names the buffer it needs"

run_fwctl --device bnxt,kernel=7.2 -- bnxt hwrm DBG_COREDUMP_LIST --buf-out "$L" --buf-len 2048 --force -j
expect_rc 6 "7.2 kernel: DMA command not supported"
expect_json '"Linux 7.3" in j["error"]["message"]' "says so"
run_fwctl --device bnxt,kernel=7.2 -- bnxt hwrm DBG_COREDUMP_INITIATE -j
expect_rc 6 "7.2 kernel: INITIATE is a 7.3 command too"
expect_stats 'd["devices"][0]["rpcs"] == 0' "7.2: nothing sent"

# The kernel's own length rule, reached with the generic raw rpc (no bnxt checks)
run_fwctl --device bnxt -- rpc --scope debug-ro --in-hex "17ffffff0000ffff000000000000000000000000000000000000000000000000" -j
expect_rc 1 "COREDUMP_LIST with host_buf_len 0 through fwctl rpc: EINVAL from the kernel"
expect_json 'j["error"]["errno"] == 22 and "DMA" in j["error"]["message"]' "EINVAL explained, DMA rule named"
expect_stats 'd["devices"][0]["rpcs"] == 1' "it did reach the kernel"
run_fwctl --device bnxt --fault vendor,name=bnxt-efault,dir=to -- --force bnxt hwrm DBG_PTRACE --buf-in "$T_TMP/pin" --buf-out "$T_TMP/p2" -j
expect_rc 1 "EFAULT copying the command buffer in"
expect_json '"EFAULT" in j["error"]["message"]' "explained"
ok "$([ ! -e "$T_TMP/p2" ]; echo $?)" "no output file"

done_testing
