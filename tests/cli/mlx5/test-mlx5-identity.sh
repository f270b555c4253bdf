#!/bin/bash
# SPDX-License-Identifier: GPL-2.0-or-later
# fwctl mlx5 identity: the running firmware from MGIR (version, build date,
# security and life-cycle state), QUERY_ADAPTER (PSID, VSD, vendor ids),
# GENERAL caps of the function, the user context FWCTL_INFO reports.
. "$(dirname "$0")/../lib.sh"

run_fwctl --device mlx5,profile=cx6dx -- mlx5 identity -j
expect_rc 0 "cx6dx identity -j"
expect_json 'j["psid"] == "MT_0000000359" and j["adapter"]["vsd_contd_psid"] == "MT_0000000359"' "PSID"
expect_json 'j["adapter"]["ieee_vendor_id"] == 0x2c9 and j["adapter"]["vsd_vendor_id"] == 0x15b3' "vendor ids"
expect_json 'j["adapter"]["ieee_vendor_id_hex"] == "0x0002c9" and j["adapter"]["ieee_vendor_id_vendor"] == "Mellanox Technologies, Inc." and j["adapter"]["vsd_vendor_id_hex"] == "0x15b3" and j["adapter"]["vsd_vendor_id_vendor"] == "Mellanox Technologies"' \
	"OUI and PCI vendor: hex and the registries' names beside the numbers"
expect_json 'j["adapter"]["vsd"] == "ConnectX-6 Dx EN 100GbE"' "VSD string"
expect_json 'j["function"]["vhca_id"] == 0 and j["function"]["num_ports"] == 1 and j["function"]["port_type"] == "eth"' "function from GENERAL caps"
expect_json 'j["function"]["uctx_cap_hex"] == "0x3" and j["user_context"] == {"uid": 0x11, "uctx_caps": 0}' "no TOOLS_RESOURCES on cx6dx"
expect_json 'list(j)[:8] == ["format_version", "device", "firmware_version", "build_date", "psid", "vsd", "secure_boot", "life_cycle"]' \
	"leads with firmware version, build date, PSID, VSD, secure boot, life cycle"
expect_json 'j["firmware_version"] == "22.41.1000" and j["firmware"]["version_fields"] == "extended"' \
	"version from the extended words, not the truncated deprecated byte"
expect_json 'j["build_date"] == "2024-03-26" and j["firmware"]["build_time"] == "10:51"' "BCD build date and hour"
expect_json 'j["firmware"]["psid"] == j["psid"] and j["hardware"]["device_id_hex"] == "0x101d"' \
	"MGIR agrees with QUERY_ADAPTER and the PCI device id"
expect_json 'j["secure_boot"] is False and j["life_cycle"] == "ga_secured" and j["firmware"]["secured"] is True' \
	"security state"
expect_golden identity-cx6dx "cx6dx identity JSON matches the golden file"
expect_stats 'd["devices"][0]["rpcs"] == 3 and d["devices"][0]["rpcs_by_scope"] == [2, 1, 0, 0]' \
	"QUERY_ADAPTER + QUERY_HCA_CAP at CONFIGURATION, MGIR at DEBUG_READ_ONLY"
run_fwctl --device mlx5,profile=cx6dx -- mlx5 identity
expect_out_re '^  ieee_vendor_id_hex +: 0x0002c9$' "OUI in hex in text"
expect_out_re '^  ieee_vendor_id_vendor +: Mellanox Technologies, Inc\.$' "OUI vendor name in text"

run_fwctl --device mlx5,profile=cx7 -- mlx5 identity -j
expect_rc 0 "cx7 identity -j"
expect_json 'j["psid"] == "MT_0000000834" and j["function"]["vhca_id"] == 0x20' "cx7 PSID and vhca_id"
expect_json 'j["function"]["uctx_cap_hex"] == "0x7" and j["user_context"] == {"uid": 0x25, "uctx_caps": 4}' "TOOLS_RESOURCES granted on cx7"
expect_json 'j["firmware_version"] == "28.43.2026" and j["build_date"] == "2024-11-14" and j["secure_boot"] is True' \
	"cx7 firmware 28.43.2026, secure boot on"
expect_json 'j["firmware"]["dev_branch_tag"] == "rel-28_43_2026" and j["hardware"]["hw_dev_id_hex"] == "0x0218"' \
	"cx7 branch tag and hardware id"
expect_golden identity-cx7 "cx7 identity JSON matches the golden file"

run_fwctl --device mlx5,profile=cx7 --device mlx5,profile=cx7 -- mlx5 identity -d fwctl1 -j
expect_rc 0 "second cx7 function"
expect_json 'j["function"]["vhca_id"] == 0x21' "vhca_id differs per function"

run_fwctl --device mlx5 -- mlx5 identity
expect_rc 0 "text output"
expect_out_re '^psid +: MT_0000000359' "PSID line"
ok "$(sed -n 2p "$T_TMP/out" | grep -Eq '^firmware_version +: 22\.41\.1000$'; echo $?)" \
	"text leads with the firmware version (after the device)"
expect_out_re '^build_date +: 2024-03-26$' "build date line"
expect_out_re '^secure_boot +: no$' "secure boot line"
expect_out_re '^life_cycle +: ga_secured$' "life cycle line"
expect_out_re 'vhca_id +: 0' "function section"

for p in cx6dx cx7; do
	run_fwctl --device mlx5,profile=$p -- mlx5 identity
	expect_rc 0 "$p text"
	expect_golden_text identity-$p "$p identity text matches the golden file"
done

run_fwctl --device mlx5 -- mlx5 identity --format=binary
expect_rc 0 "binary"
ok "$([ "$(wc -c <"$T_TMP/out")" = 272 ]; echo $?)" "raw QUERY_ADAPTER answer (16-byte header + 256-byte block)"

run_fwctl --device mlx5 --fault fw-status,status=4 -- mlx5 identity -j
expect_rc 5 "firmware error status"
expect_json 'j["error"]["fw_status"] == 4 and "syndrome" in j["error"]' "fw_status and syndrome in JSON"
expect_err_re 'BAD_SYS_STATE' "status name on stderr"

run_fwctl --device mlx5 --fault fw-status,status=3,count=1 -- mlx5 identity -j
expect_rc 0 "MGIR refused: identity still answers"
expect_json 'j["firmware_version"] is None and j["firmware"]["error"]["fw_status_name"] == "BAD_PARAM" and j["psid"] == "MT_0000000359"' \
	"refusal reported in the firmware section, QUERY_ADAPTER still shown"
expect_json '"hardware" not in j and j["secure_boot"] is None' "no MGIR-derived values invented"

run_fwctl --device mlx5 -- --scope config mlx5 identity -j
expect_rc 0 "--scope config: identity without MGIR"
expect_json 'j["firmware_version"] is None and "debug-ro" in j["firmware"]["skipped"]' "says why"
expect_stats 'd["devices"][0]["rpcs_by_scope"] == [2, 0, 0, 0]' "nothing above the scope given"

run_fwctl --device mlx5 --fault fw-status,status=3,after=2 -- mlx5 identity -j
expect_rc 0 "GENERAL caps refused: identity still answers"
expect_json 'j["function"]["fw_status_name"] == "BAD_PARAM" and j["psid"] == "MT_0000000359"' "refusal reported in the function section"

run_fwctl --device mlx5 -- mlx5 identity extra
expect_rc 2 "stray argument"
run_fwctl -- mlx5 identity -d 0000:41:00.0 -j
expect_rc 0 "-d by PCI address on the default machine"
expect_json 'j["device"] == "fwctl1" and j["psid"] == "MT_0000000834"' "the cx7 is the second mlx5 device"
run_fwctl -- mlx5 identity -d mlx5_1 -j
expect_rc 0 "-d by RDMA name"
expect_json 'j["device"] == "fwctl1"' "mlx5_1 is fwctl1"
run_fwctl -- mlx5 identity -d enp65s0f0np0 -j
expect_rc 0 "-d by netdev"
expect_json 'j["device"] == "fwctl1"' "enp65s0f0np0 is fwctl1"

done_testing
