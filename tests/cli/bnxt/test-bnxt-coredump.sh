#!/bin/bash
# SPDX-License-Identifier: GPL-2.0-or-later
# fwctl bnxt coredump: the file checked by an independent parser written
# from shared/bnxt-dma-abi.md section 4 (check-bnxt-coredump.py), segment
# digests against the emulator's published ones, RPC counts against its
# stats, and every refusal and fault path.
. "$(dirname "$0")/../lib.sh"

HERE=$(dirname "$0")
CHECK="$HERE/check-bnxt-coredump.py"
DESC="$T_TMP/describe.json"
"$FWCTL_EMU" --device bnxt --describe >"$DESC"
emu() { "$PY" -c 'import json,sys; d=json.load(open(sys.argv[1]))[0]["driver"]; print(eval(sys.argv[2]))' "$DESC" "$1"; }
QCFG=$(emu 'd["coredump"]["qcfg_size"]')
FILE_BYTES=$(emu 'd["coredump"]["file_bytes"]')
RPCS=$(emu '2 + d["coredump"]["list_rpcs"] + d["coredump"]["segments"] + d["coredump"]["retrieve_rpcs_4k"]')
PARSED="$T_TMP/parsed.json"
# check_file FILE DESC: run the independent parser, keep its JSON for expect_parsed
check_file() {
	"$PY" "$CHECK" "$1" --size "$QCFG" >"$PARSED"
	ok $? "$2"
}
expect_parsed() {
	"$PY" -c 'import json,sys
p = json.load(open(sys.argv[1])); d = json.load(open(sys.argv[2]))[0]["driver"]
sys.exit(0 if eval(sys.argv[3]) else 1)' "$PARSED" "$DESC" "$1"
	_t_result $? "$2"
}

F="$T_TMP/cd.bin"
run_fwctl --device bnxt -- bnxt coredump -o "$F" -j
expect_rc 0 "coredump -o FILE"
ok "$([ -f "$F" ] && [ "$(stat -c %s "$F")" = "$FILE_BYTES" ]; echo $?)" "file is DBG_QCFG size + 1264 bytes ($FILE_BYTES)"
check_file "$F" "the file parses: VER_GET segment, segment headers, record, zero padding"
expect_parsed '[(s["component_id"], s["segment_id"], s["length"], s["sha256"]) for s in p["segments"]] == [(s["component_id"], s["segment_id"], s["length"], s["sha256"]) for s in d["coredump"]["segment_table"]]' \
	"every segment hashes to the emulator's published value"
expect_parsed 'all(s["status"] == 0 and s["flags"] == e["compress_flags"] and s["high_version"] == e["version_hi"] and s["low_version"] == e["version_low"] for s, e in zip(p["segments"], d["coredump"]["segment_table"]))' \
	"headers carry status 0, compress flags and versions"
expect_parsed 'p["record"]["asic_id1"] == (d["chip_num"] << 16 | 1 << 8) and p["record"]["os_name"] == "Linux" and "bnxt coredump" in p["record"]["commandline"] and p["record"]["coredump_status"] == 0' \
	"record: ASIC id from VER_GET, OS name, command line, status"
expect_parsed 'p["ver_get_chip_num"] == d["chip_num"] and p["segments"][0]["function_id"] == 0' \
	"VER_GET segment holds the chip; function id = devfn of 0000:01:00.0"
expect_json 'j["complete"] and j["bytes"] == '"$FILE_BYTES"' and j["segments"] == 6 and j["failed_segments"] == 0' "summary: complete, bytes, segments"
expect_json 'j["rpcs"] == '"$RPCS"' and j["retrieve_buffer"] == 4096 and j["seconds"] >= 0' "summary: the fewest RPCs at 4 KiB per RETRIEVE ($RPCS)"
expect_stats 'd["devices"][0]["rpcs"] == '"$RPCS"' and d["devices"][0]["rpcs_by_scope"][1] == '"$RPCS" \
	"the emulator saw exactly those RPCs, all at debug-ro"
ok "$([ "$(json_get 'j["sha256_hex"]')" = "$(sha256sum "$F" | cut -d' ' -f1)" ]; echo $?)" "summary sha256 is the file's (sha256sum)"
expect_json '[s["sha256_hex"] for s in j["segment_table"]] == [s["sha256"] for s in json.load(open("'"$DESC"'"))[0]["driver"]["coredump"]["segment_table"]]' \
	"summary per-segment sha256 = the emulator's"
ok "$(ls -a "$T_TMP" | grep -q '\.fwctl-'; [ $? = 1 ]; echo $?)" "no temp file left"

run_fwctl --device bnxt -- bnxt coredump -o "$F" -j
expect_rc 4 "an existing FILE is refused without --force"
expect_stats 'd["devices"][0]["rpcs"] == 0' "refused before any RPC"
run_fwctl --device bnxt -- bnxt coredump -o "$F" --live-l1 --force -j
expect_rc 0 "--live-l1 --force replaces it"
check_file "$F" "the L1 dump parses"
expect_parsed '[s["sha256"] for s in p["segments"]] == [s["sha256_l1"] for s in d["coredump"]["segment_table"]]' \
	"--live-l1 sends COLLECT_CTX_L1_CACHE: the emulator's L1 digests"
expect_json 'j["dump_type"] == "live-l1"' "dump_type live-l1"

rm -f "$F"
run_fwctl --device bnxt -- bnxt coredump -o "$F" --retrieve-len 64K -j
expect_rc 0 "--retrieve-len 64K"
expect_json 'j["retrieve_rpcs"] == sum(-(-s["length"] // 65535) for s in json.load(open("'"$DESC"'"))[0]["driver"]["coredump"]["segment_table"]) and j["rpcs"] < 40' \
	"64 KiB buffers: 16x fewer RPCs (data_len is 16-bit: 65535 per page)"
check_file "$F" "the 64 KiB dump parses"
expect_parsed '[s["sha256"] for s in p["segments"]] == [s["sha256"] for s in d["coredump"]["segment_table"]]' "same segments"

run_fwctl --device bnxt -- bnxt coredump --list -j
expect_rc 0 "--list"
expect_golden coredump-list "--list matches the golden file"
expect_stats 'd["devices"][0]["rpcs"] == 4' "--list: DBG_QCFG, VER_GET and two LIST pages"

# Refusals
rm -f "$F"
run_fwctl --device bnxt,kernel=7.2 -- bnxt coredump -o "$F" -j
expect_rc 6 "7.2 kernel: not supported"
expect_json '"Linux 7.3" in j["error"]["message"] and "uctx_caps 0x7" in j["error"]["message"]' "says it needs Linux 7.3"
expect_stats 'd["devices"][0]["rpcs"] == 0' "7.2: nothing sent"
ok "$([ ! -e "$F" ]; echo $?)" "7.2: no file"
run_fwctl --device bnxt,kernel=7.2 -- bnxt coredump --list
expect_rc 6 "7.2: --list not supported either"
run_fwctl --device bnxt -- bnxt coredump -j
expect_rc 2 "no -o FILE"
run_fwctl --device bnxt -- bnxt coredump --list --live-l1
expect_rc 2 "--list with --live-l1"
run_fwctl --device bnxt -- bnxt coredump --list -j -o "$T_TMP/list.json"
expect_rc 0 "--list -o FILE writes the listing there"
ok "$("$PY" -c 'import json,sys; sys.exit(0 if json.load(open(sys.argv[1]))["total_segments"] == 6 else 1)' "$T_TMP/list.json"; echo $?)" "the listing is in FILE"
run_fwctl --device bnxt -- bnxt coredump -o "$F" --live --live-l1
expect_rc 2 "--live with --live-l1"
run_fwctl --device bnxt -- bnxt coredump -o "$F" --retrieve-len 65537
expect_rc 2 "--retrieve-len over the 64 KiB cap"
expect_stats 'd["devices"][0]["rpcs"] == 0' "usage errors send nothing"
run_fwctl --device bnxt -- --scope config bnxt coredump -o "$F"
expect_rc 4 "scope below debug-ro"
expect_stats 'd["devices"][0]["rpcs"] == 0' "scope refusal: nothing sent"
run_emu_sh --device bnxt -- '$FWCTL bnxt coredump -o - | cat >/dev/null; exit ${PIPESTATUS[0]}'
expect_rc 2 "-o - on a pipe: the dump needs a seekable file"
expect_err_re 'seek' "says why"
expect_stats 'd["devices"][0]["rpcs"] == 0' "pipe refused before any RPC"
S="$T_TMP/stdout.bin"
run_emu_sh --device bnxt -- '$FWCTL bnxt coredump -o - >'"$S"
expect_rc 0 "-o - to a regular file"
check_file "$S" "the dump on stdout parses"
expect_err_re 'sha256 [0-9a-f]{64}' "summary on stderr when stdout is the dump"

# Faults
rm -f "$F"
run_fwctl --device bnxt --fault vendor,name=bnxt-retrieve-fail,segment=2,page=3 -- bnxt coredump -o "$F" -j
expect_rc 1 "a segment failing mid-way: exit 1"
expect_json 'not j["complete"] and j["failed_segments"] == 1 and j["segment_table"][2]["status"] == -5 and j["segment_table"][2]["fw_status_name"] == "FAIL"' \
	"one complete JSON document naming the failed segment (FAIL -> -EIO)"
check_file "$F" "the file with a failed segment is still complete and parses"
expect_parsed 'p["segments"][2]["status"] == -5 and p["segments"][2]["length"] == 0' "its header records status -EIO and length 0"
expect_parsed '[s["sha256"] for i, s in enumerate(p["segments"]) if i != 2] == [s["sha256"] for i, s in enumerate(d["coredump"]["segment_table"]) if i != 2]' \
	"every other segment is intact"
expect_err_re '1 of 6 coredump segments failed' "stderr says so"

run_fwctl --device bnxt --fault vendor,name=bnxt-retrieve-fail,segment=5,page=0,status=0x3 -- bnxt coredump -o "$F" --force -j
expect_rc 1 "the last segment failing"
check_file "$F" "parses"
expect_parsed 'p["segments"][5]["status"] == -13 and p["record"]["coredump_status"] == -13' "RESOURCE_ACCESS_DENIED -> -EACCES, also in the record (the kernel keeps the last status)"

rm -f "$F"
run_fwctl --device bnxt --fault vendor,name=bnxt-list-more -- bnxt coredump -o "$F" -j
expect_rc 1 "LIST whose more never clears"
expect_json '"more" in j["error"]["message"]' "named"
expect_stats 'd["devices"][0]["rpcs"] <= 5' "stops right after the last record"
ok "$([ ! -e "$F" ]; echo $?)" "no file"

run_fwctl --device bnxt --fault enodev,after=60 -- bnxt coredump -o "$F" -j
expect_rc 3 "device removed mid-dump"
ok "$([ ! -e "$F" ] && ! ls -a "$T_TMP" | grep -q '\.fwctl-'; echo $?)" "no file, no temp file"

run_fwctl --device bnxt --fault vendor,name=bnxt-efault,after=10,count=1 -- bnxt coredump -o "$F" -j
expect_rc 1 "EFAULT copying a buffer back"
expect_json 'j["error"]["errno"] == 14 and "EFAULT" in j["error"]["message"]' "explained"
ok "$([ ! -e "$F" ]; echo $?)" "no file"

run_fwctl --device bnxt,qcfg_size=100000 -- bnxt coredump -o "$F" -j
expect_rc 1 "more data than DBG_QCFG announced"
expect_json 'j["error"]["errno"] == 105' "ENOBUFS, as the kernel"
ok "$([ ! -e "$F" ]; echo $?)" "no file"

run_fwctl --device bnxt --fault vendor,name=bnxt-timeout,after=20,count=1 -- bnxt coredump -o "$F" -j
expect_rc 1 "a RETRIEVE timeout (0xFFF0) is recorded like the kernel's -EBUSY"
expect_json 'j["failed_segments"] == 1 and -16 in [s["status"] for s in j["segment_table"]]' "status -EBUSY"

done_testing
