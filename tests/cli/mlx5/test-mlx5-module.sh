#!/bin/bash
# SPDX-License-Identifier: GPL-2.0-or-later
# fwctl mlx5 module: page 0 of the module EEPROM in six MCIA reads (48-byte
# window, never across the half page), decoded once, on both generations
# (SFF-8636 QSFP28, CMIS OSFP); a module that does not answer, usage,
# scope, --dry-run and firmware refusals.
. "$(dirname "$0")/../lib.sh"

# profile|identifier|part number|revision|serial
MODULES=(
	"cx6dx|QSFP28|MCP1600-C001E30N|A3|MT2216VS01234"
	"cx7|OSFP|MMA4Z00-NS400|A1|MT2325FT05678"
)
for m in "${MODULES[@]}"; do
	IFS='|' read -r p id pn rev sn <<<"$m"
	run_fwctl --device mlx5,profile=$p -- mlx5 module -j
	expect_rc 0 "$p: module -j"
	expect_json "j['identifier_name'] == '$id' and j['module'] == 0" "$p: identifier $id, module 0"
	expect_json "j['vendor_name'] == 'NVIDIA' and j['vendor_oui_hex'] == '0x0002c9' and j['vendor_oui_vendor'] == 'Mellanox Technologies, Inc.'" \
		"$p: vendor name and OUI with the OUI's company"
	expect_json "j['part_number'] == '$pn' and j['revision'] == '$rev' and j['serial_number'] == '$sn'" \
		"$p: part number, revision and serial together"
	expect_json 'len(j["eeprom_hex"]) == 512 and list(j)[:4] == ["format_version", "device", "module", "identifier_hex"] and list(j)[-1] == "eeprom_hex"' \
		"$p: the decoded fields on top, the 256 bytes last"
	expect_stats 'd["devices"][0]["rpcs"] == 6 and d["devices"][0]["rpcs_by_scope"] == [0, 6, 0, 0]' \
		"$p: 256 bytes in six reads at debug-ro"
	expect_stats 'all(r["head_hex"] == "0805000000000001" for r in d["devices"][0]["rpc_log"])' \
		"$p: every RPC an ACCESS_REG read"
	expect_golden module-$p "$p: module JSON matches the golden file"
	cp "$T_TMP/out" "$T_TMP/page-$p.json"
	run_fwctl --device mlx5,profile=$p -- mlx5 module
	expect_rc 0 "$p: module text"
	expect_golden_text module-$p "$p: module text matches the golden file"
	expect_out_re "^part_number +: $pn\$" "$p: part number line"
	expect_out_re "^serial_number +: $sn\$" "$p: serial number line"
	expect_out_re '^eeprom_hex \(256 bytes\):$' "$p: the bytes as a hex dump"
done

# The assembled page holds each window where a single read finds it.
for at in 0 48 96 128 176 224; do
	size=$((at % 128 == 96 ? 32 : 48))
	run_fwctl --device mlx5,profile=cx6dx -- mlx5 reg mcia device_address=$at size=$size -j
	expect_json "j['fields']['eeprom_hex'] == json.load(open('$T_TMP/page-cx6dx.json'))['eeprom_hex'][2 * $at:2 * ($at + $size)]" \
		"bytes $at-$((at + size - 1)) as reg mcia reads them"
done
run_fwctl --device mlx5,profile=cx7 -- mlx5 module
expect_out_re '^  000000a0  30 20 20 20 41 31 4d 54  32 33 32 35 46 54 30 35  \|0   A1MT2325FT05\|$' \
	"hex dump: offset, 16 bytes, ASCII"

run_fwctl --device mlx5 -- mlx5 module --format=binary
expect_rc 0 "binary"
ok "$([ "$(wc -c <"$T_TMP/out")" = 256 ] && [ "$(od -An -tx1 -N1 "$T_TMP/out" | tr -d ' ')" = 11 ]; echo $?)" \
	"binary: the 256 bytes, identifier first"

run_fwctl -- mlx5 module -d mlx5_1 -j
expect_rc 0 "-d by RDMA name on the default machine"
expect_json 'j["device"] == "fwctl1" and j["identifier_name"] == "OSFP"' "mlx5_1 holds the OSFP module"
run_fwctl -- mlx5 module --all -j
expect_rc 0 "--all"
expect_json '[d["result"]["part_number"] for d in j["devices"]] == ["MCP1600-C001E30N", "MMA4Z00-NS400"]' \
	"--all: each device's module"

# A module past the device's modules: MCIA's own status, named.
for p in cx6dx cx7; do
	run_fwctl --device mlx5,profile=$p -- mlx5 module --module 1 -j
	expect_rc 5 "$p: --module 1 past the one module"
	expect_json 'j["error"]["kind"] == "firmware" and j["error"]["fw_status"] == 3 and j["error"]["fw_status_name"] == "module_not_connected"' \
		"$p: the MCIA status in the error object"
	expect_stats 'd["devices"][0]["rpcs"] == 1' "$p: nothing read after the refusal"
done
run_fwctl --device mlx5 -- mlx5 module -m 3
expect_rc 5 "-m 3: text"
expect_err_re 'module 3: MCIA read of EEPROM bytes 0-47 returned status 0x3 \(module_not_connected\)' \
	"the message names the module, the bytes and the status"
ok "$([ -z "$OUT" ]; echo $?)" "nothing on stdout"

run_fwctl --device mlx5 -- mlx5 module --module 256
expect_rc 2 "--module beyond MCIA's 8 bits"
expect_err_re "at most 255" "the message gives the range"
run_plain mlx5 module --module 256
expect_rc 2 "refused as usage before any device is looked up (none here)"
run_fwctl --device mlx5 -- mlx5 module 0
expect_rc 2 "a positional argument"
run_fwctl --device mlx5 -- mlx5 module --module x
expect_rc 2 "--module not a number"
expect_stats 'd["devices"][0]["rpcs"] == 0' "usage errors send nothing"

run_fwctl --device mlx5 -- --dry-run mlx5 module -j
expect_rc 0 "--dry-run"
expect_json 'j["dry_run"] is True and [(r["what"], r["scope"], r["effect"], r["sent"]) for r in j["rpcs"]] == [("ACCESS_REG read mcia", "debug-ro", "read", False)]' \
	"--dry-run: the first MCIA read shown, not sent"
expect_json 'j["rpcs"][0]["in_hex"][32:56] == "000000005000000000000030"' \
	"--dry-run: module 0, I2C 0x50, page 0, byte 0, 48 bytes"
expect_stats 'd["devices"][0]["rpcs"] == 0' "--dry-run sends nothing"
run_fwctl --device mlx5 -- --dry-run mlx5 module
expect_out_re '^would send to fwctl0 at scope debug-ro: ACCESS_REG read mcia, read' "--dry-run text"

run_fwctl --device mlx5 -- --scope config mlx5 module -j
expect_rc 4 "--scope config is below a register read"
expect_json '"debug-ro" in j["error"]["message"]' "names the scope needed"
expect_stats 'd["devices"][0]["rpcs"] == 0' "nothing sent below the scope"

run_fwctl --device mlx5 --fault fw-status,status=3,after=4,count=1 -- mlx5 module -j
expect_rc 5 "ACCESS_REG refused on the fifth read"
expect_json 'j["error"]["fw_status_name"] == "BAD_PARAM" and j["error"]["syndrome"] is not None' \
	"the command's status and syndrome"
expect_stats 'd["devices"][0]["rpcs"] == 5' "no read after the refused one"
run_fwctl --device mlx5 --fault short,after=5 -- mlx5 module -j
expect_rc 1 "the last reply short"
expect_json '"error" in j and len(j) == 2' "nothing decoded from a page read in part"

done_testing
