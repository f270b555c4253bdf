#!/bin/bash
# SPDX-License-Identifier: GPL-2.0-or-later
# fwctl mlx5 reg: every register read on both generations, index fields,
# firmware refusals, usage errors (writes: test-mlx5-reg-write.sh).
. "$(dirname "$0")/../lib.sh"

run_fwctl --device mlx5 -- mlx5 reg --list -j
expect_rc 0 "reg --list"
expect_json '[r["name"] for r in j["registers"]] == ["paos", "ptys", "pmtu", "ppcnt", "pcam", "qcam", "mcam", "mtmp", "mcia", "mgir"]' "the registers the tool knows"
expect_json '[(r["register_id"], r["size"], r["index_fields"], r["writable_fields"]) for r in j["registers"] if r["name"] == "mgir"] == [(0x9020, 160, [], [])]' \
	"MGIR: 0x9020, 160 bytes, no index, read-only"
expect_golden reg-list "register list JSON matches the golden file"
expect_stats 'd["devices"][0]["rpcs"] == 0' "--list sends nothing"
run_plain mlx5 reg --list -j
expect_rc 0 "reg --list needs no device (none here)"
run_fwctl -- mlx5 reg --list -j
expect_rc 0 "reg --list needs no -d (two mlx5 devices here)"
run_plain mlx5 reg paox
expect_rc 2 "an unknown register is a usage error before any device is looked for"

for p in cx6dx cx7; do
	for r in paos ptys pmtu ppcnt pcam qcam mcam mtmp mcia mgir; do
		run_fwctl --device mlx5,profile=$p -- mlx5 reg $r -j
		expect_rc 0 "$p: reg $r"
		expect_json "j['register'] == '$r' and len(j['fields']) > 0" "$p: $r decoded"
		expect_stats 'd["devices"][0]["rpcs_by_scope"] == [0, 1, 0, 0]' "$p: $r read at debug-ro"
	done
done

run_fwctl --device mlx5,profile=cx6dx -- mlx5 reg paos -j
expect_json 'j["fields"]["local_port"] == 1 and j["fields"]["admin_status"] == "up" and j["fields"]["oper_status"] == "up"' "PAOS port 1 up"
expect_golden reg-paos "PAOS JSON matches the golden file"
run_fwctl --device mlx5,profile=cx6dx -- mlx5 reg ptys -j
expect_json 'j["fields"]["eth_proto_oper_hex"] == "0x200000" and j["fields"]["data_rate_oper"] == 1000' "cx6dx at 100GBASE-SR4"
# The masks keep their _hex keys; _names spells the modes as the kernel's
# enum mlx5e_link_mode does, _speed_mbps is the one operating mode's rate.
expect_json 'j["fields"]["eth_proto_oper_names"] == ["100GBASE_SR4"] and j["fields"]["eth_proto_oper_speed_mbps"] == 100000' \
	"cx6dx: the operating mode by name and its speed"
expect_json 'j["fields"]["eth_proto_capability_names"] == ["40GBASE_CR4", "100GBASE_CR4", "100GBASE_SR4", "100GBASE_KR4", "25GBASE_CR", "25GBASE_SR", "50GBASE_CR2"]' \
	"cx6dx: the capability mask as link modes, lowest bit first"
expect_json 'j["fields"]["ext_eth_proto_oper_names"] == [] and "ext_eth_proto_oper_speed_mbps" not in j["fields"]' \
	"cx6dx: no extended mode operating, no extended speed"
expect_golden reg-ptys-cx6dx "PTYS JSON matches the golden file"
run_fwctl --device mlx5,profile=cx7 -- mlx5 reg ptys -j
expect_json 'j["fields"]["ext_eth_proto_oper_hex"] == "0x10000" and j["fields"]["data_rate_oper"] == 4000' "cx7 at 400GAUI-4"
expect_json 'j["fields"]["ext_eth_proto_oper_names"] == ["400GAUI_4_400GBASE_CR4_KR4"] and j["fields"]["ext_eth_proto_oper_speed_mbps"] == 400000' \
	"cx7: the extended operating mode by name and its speed"
expect_json '"400GAUI_8_400GBASE_CR8" in j["fields"]["ext_eth_proto_capability_names"] and j["fields"]["ib_proto_oper_names"] == []' \
	"cx7: extended capabilities named, no InfiniBand rate on an Ethernet port"
run_fwctl --device mlx5,profile=cx7 -- mlx5 reg ptys
expect_out_re '^  ext_eth_proto_oper_hex +: 0x10000$' "PTYS text: the raw mask"
expect_out_re '^  ext_eth_proto_oper_names +: 400GAUI_4_400GBASE_CR4_KR4$' "PTYS text: the mode's name"
expect_out_re '^  ext_eth_proto_oper_speed_mbps +: 400000$' "PTYS text: the speed in Mb/s"
run_fwctl --device mlx5,profile=cx7 -- mlx5 reg pcam -j
expect_json 'j["fields"]["feature_cap_mask"]["ppcnt_statistical_group"] is True and j["fields"]["port_access_reg_cap_mask"]["ppcnt"] is True' "cx7 PCAM"
expect_golden reg-pcam-cx7 "PCAM JSON matches the golden file"
run_fwctl --device mlx5,profile=cx6dx -- mlx5 reg pcam -j
expect_json 'j["fields"]["feature_cap_mask"]["ppcnt_statistical_group"] is False' "cx6dx has no statistical PPCNT group"
run_fwctl --device mlx5,profile=cx7 -- mlx5 reg mcam -j
expect_json 'j["fields"]["mng_access_reg_cap_mask"]["mtmp"] is True and j["fields"]["mng_access_reg_cap_mask"]["mcda"] is True' "MCAM lists MTMP and MCDA"
run_fwctl --device mlx5,profile=cx7 -- mlx5 reg qcam -j
expect_json 'j["fields"]["qos_access_reg_cap_mask"]["qpdpm"] is True' "QCAM"
run_fwctl --device mlx5,profile=cx7 -- mlx5 reg mtmp -j
expect_json '480 <= j["fields"]["temperature"] <= 500 and j["fields"]["max_temperature"] >= j["fields"]["temperature"] and j["fields"]["sensor_name_hi_hex"] == "0x41534943"' "ASIC temperature around 62 C"
run_fwctl --device mlx5,profile=cx7 -- mlx5 reg mtmp sensor_index=1 -j
expect_rc 0 "cx7 second sensor"
expect_json 'j["fields"]["sensor_index"] == 1 and j["fields"]["sensor_name_hi_hex"] == "0x4d4f4430"' "module sensor"
# The name the PRM splits over two big-endian dwords is one string, shown
# once; the raw dwords stay for scripts that read them.
expect_json 'j["fields"]["sensor_name"] == "MOD0" and j["fields"]["sensor_name_lo_hex"] == "0x0"' \
	"MTMP sensor name: one string from sensor_name_hi + sensor_name_lo"
run_fwctl --device mlx5,profile=cx7 -- mlx5 reg mtmp
expect_out_re '^  sensor_name +: ASIC$' "MTMP sensor name in text"
run_fwctl --device mlx5,profile=cx6dx -- mlx5 reg mtmp sensor_index=1 -j
expect_rc 5 "cx6dx has one sensor"
expect_json 'j["error"]["fw_status"] == 3 and j["error"]["syndrome"] == 0x615c2e' "bad index: BAD_PARAM + syndrome"
run_fwctl --device mlx5,profile=cx6dx -- mlx5 reg mcia -j
expect_json 'j["fields"]["status"] == "good" and j["fields"]["size"] == 48 and j["fields"]["dword_0"] == 0x11080000' "QSFP28 identifier 0x11 in the module EEPROM"
run_fwctl --device mlx5,profile=cx6dx -- mlx5 reg mcia device_address=148 size=16 -j
expect_json 'bytes.fromhex("%08x%08x%08x%08x" % tuple(j["fields"]["dword_%d" % i] for i in range(4))) == b"NVIDIA          "' "vendor name at byte 148"
# The returned bytes as eeprom_hex, and what page 0 says where the read
# covered it: the SFF-8024 identifier at byte 0 (or its copy at 128), then
# the fields of the map it names that lie whole inside the read.
run_fwctl --device mlx5,profile=cx6dx -- mlx5 reg mcia -j
expect_json 'j["fields"]["eeprom_hex"][:8] == "11080000" and len(j["fields"]["eeprom_hex"]) == 96 and j["fields"]["module"] == 0' \
	"MCIA: the 48 bytes as eeprom_hex, the module index kept"
expect_json 'j["fields"]["eeprom"] == {"identifier_hex": "0x11", "identifier_name": "QSFP28"}' \
	"MCIA at byte 0: the identifier only (the vendor fields are on the upper page)"
run_fwctl --device mlx5,profile=cx6dx -- mlx5 reg mcia
expect_out_re '^  eeprom_hex \(48 bytes\):$' "MCIA text: the bytes as a hex dump"
expect_out_re '^    identifier_name +: QSFP28$' "MCIA text: the module type"
run_fwctl --device mlx5,profile=cx6dx -- mlx5 reg mcia device_address=128 size=48 -j
expect_json 'j["fields"]["eeprom"]["identifier_name"] == "QSFP28" and j["fields"]["eeprom"]["vendor_name"] == "NVIDIA" and j["fields"]["eeprom"]["vendor_oui_hex"] == "0x0002c9"' \
	"SFF-8636 upper page: identifier copy, vendor name and OUI"
expect_json '"part_number" not in j["fields"]["eeprom"]' "a part number the read cuts short is not shown"
run_fwctl --device mlx5,profile=cx6dx -- mlx5 reg mcia device_address=148 size=16 -j
expect_json '"eeprom" not in j["fields"] and j["fields"]["eeprom_hex"] == "4e564944494120202020202020202020"' \
	"without the identifier the page is not interpreted"
run_fwctl --device mlx5,profile=cx7 -- mlx5 reg mcia device_address=128 size=48 -j
expect_json 'j["fields"]["eeprom"]["identifier_name"] == "OSFP" and j["fields"]["eeprom"]["part_number"] == "MMA4Z00-NS400" and "serial_number" not in j["fields"]["eeprom"]' \
	"CMIS upper page: the part number at 148, the serial beyond the read"
run_fwctl --device mlx5,profile=cx7 -- mlx5 reg mcia module=3 -j
expect_rc 0 "absent module"
expect_json 'j["fields"]["status"] == "module_not_connected"' "reported in the register's status"
expect_json '"eeprom_hex" not in j["fields"] and "eeprom" not in j["fields"]' "no EEPROM bytes from a failed read"
run_fwctl --device mlx5,profile=cx7 -- mlx5 reg mcia size=64 -j
expect_rc 5 "MCIA larger than 12 dwords"

# MGIR: every field decoded, the same answer as the emulated firmware's own
# transcription, for both generations (golden text and JSON).
for p in cx6dx cx7; do
	run_fwctl --device mlx5,profile=$p -- mlx5 reg MGIR -j
	expect_rc 0 "$p: reg MGIR (any case)"
	expect_golden reg-mgir-$p "$p: MGIR JSON matches the golden file"
	run_fwctl --device mlx5,profile=$p -- mlx5 reg mgir
	expect_golden_text reg-mgir-$p "$p: MGIR text matches the golden file"
done
run_fwctl --device mlx5,profile=cx6dx -- mlx5 reg mgir -j
expect_json 'sorted(j["fields"]) == ["dev_info", "fw_info", "hw_info", "sw_info"]' "four parts"
expect_json 'sorted(j["fields"]["hw_info"]) == sorted(["device_hw_revision_hex", "device_id_hex", "num_ports", "technology", "pvs", "hw_dev_id_hex", "manufacturing_base_mac_hex", "manufacturing_base_mac_mac", "uptime"])' \
	"hardware info: device id, revision, technology, ports, base MAC, uptime"
expect_json 'j["fields"]["hw_info"]["device_id_hex"] == "0x101d" and j["fields"]["hw_info"]["manufacturing_base_mac_hex"] == "0x2c9a4f1e0" and j["fields"]["hw_info"]["manufacturing_base_mac_mac"] == "00:02:c9:a4:f1:e0" and j["fields"]["hw_info"]["technology"] == "16nm"' \
	"cx6dx hardware info"
expect_json '{k: j["fields"]["fw_info"][k] for k in ("extended_major", "extended_minor", "extended_sub_minor", "major", "minor", "sub_minor")} == {"extended_major": 22, "extended_minor": 41, "extended_sub_minor": 1000, "major": 22, "minor": 41, "sub_minor": 232}' \
	"cx6dx: extended version 22.41.1000, the deprecated byte truncated"
expect_json 'j["fields"]["fw_info"]["psid"] == "MT_0000000359" and j["fields"]["fw_info"]["year_hex"] == "0x2024" and j["fields"]["fw_info"]["hour_hex"] == "0x1051" and j["fields"]["fw_info"]["build_id_hex"] == "0x5a3e1c07"' \
	"PSID, BCD date and hour, build id"
expect_json 'all(k in j["fields"]["fw_info"] for k in ("secured", "signed_fw", "debug", "dev", "life_cycle", "sec_boot", "encryption", "issu_able", "ini_file_version"))' \
	"security, life cycle, ISSU and INI fields"
expect_json 'j["fields"]["sw_info"]["rom0_type"] == "flexboot" and j["fields"]["sw_info"]["rom1_version"] == {"major": 14, "minor": 33, "build": 15}' \
	"software info: expansion ROMs"
run_fwctl --device mlx5,profile=cx7 -- mlx5 reg mgir -j
expect_json 'j["fields"]["fw_info"]["major"] == 0 and j["fields"]["fw_info"]["extended_major"] == 28 and j["fields"]["fw_info"]["sec_boot"] is True and j["fields"]["fw_info"]["bkv_minor"] == 2' \
	"cx7: deprecated version bytes 0, secure boot, BKV"
expect_json 'j["fields"]["dev_info"]["dev_branch_tag"] == "rel-28_43_2026" and j["fields"]["sw_info"]["rom2_arch"] == "aarch64"' \
	"cx7: branch tag, aarch64 UEFI ROM"
expect_stats 'd["devices"][0]["rpcs_by_scope"] == [0, 1, 0, 0]' "one ACCESS_REG read at debug-ro"
run_fwctl --device mlx5 -- mlx5 reg mgir --format=binary
ok "$([ "$(wc -c <"$T_TMP/out")" = 160 ]; echo $?)" "raw 160-byte MGIR"
run_fwctl --device mlx5 -- mlx5 reg mgir --set uptime=0 --force
expect_rc 2 "MGIR has no writable field"
run_fwctl --device mlx5 -- mlx5 reg mgir local_port=1
expect_rc 2 "MGIR has no index field"
run_fwctl --device mlx5 --fault fw-status,status=3 -- mlx5 reg mgir -j
expect_rc 5 "MGIR refused by the firmware: exit 5"
expect_json 'j["error"]["fw_status_name"] == "BAD_PARAM"' "with its status"

run_fwctl --device mlx5,profile=cx7 -- mlx5 reg ppcnt grp=physical_layer_statistical -j
expect_rc 0 "cx7 statistical group"
expect_json 'j["fields"]["group"] == "physical_layer_statistical" and j["fields"]["counters"]["phy_received_bits"] > 0' "statistical counters"
run_fwctl --device mlx5,profile=cx6dx -- mlx5 reg ppcnt grp=physical_layer_statistical -j
expect_rc 5 "cx6dx refuses the statistical group"
expect_json 'j["error"]["fw_status_name"] == "BAD_PARAM"' "as BAD_PARAM"
run_fwctl --device mlx5,profile=cx6dx -- mlx5 reg ppcnt grp=per_priority prio_tc=3 -j
expect_rc 0 "per-priority group, priority 3"
expect_json 'j["fields"]["prio_tc"] == 3 and j["fields"]["counters"]["rx_frames"] > 0' "per-priority counters"
run_emu_sh --device mlx5 -- '$FWCTL mlx5 reg ppcnt -j; $FWCTL mlx5 reg ppcnt -j'
expect_rc 0 "PPCNT twice"
"$PY" -c 'import json,sys
t = open(sys.argv[1]).read(); d = json.JSONDecoder(); a, i = d.raw_decode(t); b, _ = d.raw_decode(t[i:].lstrip())
sys.exit(0 if b["fields"]["counters"]["a_frames_received_ok"] > a["fields"]["counters"]["a_frames_received_ok"] else 1)' "$T_TMP/out"
ok $? "counters advance between reads"

# Usage errors.
run_fwctl --device mlx5 -- mlx5 reg nosuch
expect_rc 2 "unknown register name"
expect_err_re "unknown register 'nosuch'" "named"
run_fwctl --device mlx5 -- mlx5 reg
expect_rc 2 "no register"
run_fwctl --device mlx5 -- mlx5 reg paos --set oper_status=1 --force
expect_rc 2 "read-only field"
expect_stats 'd["devices"][0]["rpcs"] == 0' "nothing sent"
run_fwctl --device mlx5 -- mlx5 reg paos --set admin_status=99 --force
expect_rc 2 "value wider than the field"
run_fwctl --device mlx5 -- mlx5 reg paos admin_status=1
expect_rc 2 "non-index field as an index"
run_fwctl --device mlx5 -- mlx5 reg paos local_port=2 -j
expect_rc 5 "port 2 does not exist on a one-port function"
expect_json 'j["error"]["syndrome"] == 0x615c2e' "bad-index syndrome"
run_fwctl --device mlx5 -- mlx5 reg --register pmtu --index local_port=1 -j
expect_rc 0 "--register and --index spellings"
expect_json 'j["register"] == "pmtu"' "pmtu read"
run_fwctl --device mlx5 -- mlx5 reg paos --format=binary
expect_rc 0 "binary"
ok "$([ "$(wc -c <"$T_TMP/out")" = 16 ]; echo $?)" "raw 16-byte PAOS"
run_fwctl --device mlx5 -- mlx5 reg paos --scope=config
expect_rc 4 "--scope below the command's least scope"
expect_err_re 'below what this command needs \(debug-ro\)' "names the scope needed"
expect_stats 'd["devices"][0]["rpcs"] == 0' "nothing sent"

done_testing
