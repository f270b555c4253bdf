#!/bin/bash
# SPDX-License-Identifier: GPL-2.0-or-later
# fwctl mlx5 query-caps on both emulated generations: every capability type
# listed, refused types reported in place, --cur/--max/--diff, binary pages.
. "$(dirname "$0")/../lib.sh"

ALL='["general", "ethernet_offloads", "odp", "atomic", "roce", "flow_table", "eswitch_flow_table", "eswitch", "qos", "debug", "dev_mem", "tls", "ipsec", "crypto", "macsec", "general_2", "port_selection", "adv_virtualization"]'

run_fwctl --device mlx5,profile=cx7 -- mlx5 query-caps -j
expect_rc 0 "cx7: query-caps -j"
expect_json "[c['type'] for c in j['caps']] == $ALL" "every capability type, in order"
expect_json "all(c['supported'] and len(c['fields']) > 0 for c in j['caps'])" "cx7 answers every type with decoded fields"
expect_json 'j["mode"] == "cur" and j["caps"][0]["fields"]["vhca_id"] == 0x20 and j["caps"][0]["fields"]["log_max_qp"] == 18' "current GENERAL values (vhca_id, log_max_qp)"
expect_json 'j["caps"][14]["fields"]["macsec_epn"] is True and j["caps"][17]["fields"]["pg_track_log_max_page_size"] == 30' "MACsec and dirty-page tracking on cx7"
expect_json 'j["caps"][0]["fields"]["port_type"] == "eth" and j["caps"][0]["fields"]["num_of_diagnostic_counters"] == 10' "port type and counter count"
expect_json 'all("reserved" not in k for c in j["caps"] for k in c["fields"])' "reserved bits are not decoded"
expect_golden_delta caps-cx6dx caps-cx7-delta "cx7 caps differ from cx6dx exactly as recorded"
expect_stats 'd["devices"][0]["rpcs"] == 18 and d["devices"][0]["rpcs_by_scope"][0] == 18' "one RPC per type, at CONFIGURATION"

run_fwctl --device mlx5,profile=cx6dx -- mlx5 query-caps -j
expect_rc 0 "cx6dx: absent types do not fail the command"
expect_json "[c['type'] for c in j['caps']] == $ALL" "every type listed for cx6dx too"
# As the kernel does, a type GENERAL says the device lacks is not asked.
expect_json '{c["type"]: c["absent_per_general"] for c in j["caps"] if not c["supported"]} == {"tls": "tls_tx, tls_rx", "ipsec": "ipsec_offload", "crypto": "crypto", "macsec": "general_obj_types@39", "adv_virtualization": "adv_virtualization"}' \
	"cx6dx: TLS, IPsec, crypto, MACsec, adv. virtualization absent per GENERAL"
expect_json 'all("fields" not in c and "fw_status" not in c for c in j["caps"] if not c["supported"])' "an absent type has no fields and no firmware status"
expect_stats 'd["devices"][0]["rpcs"] == 13' "13 RPCs: the 5 absent types are not asked"
expect_json 'j["caps"][0]["fields"]["log_max_qp"] == 17' "generation difference (log_max_qp)"
expect_golden caps-cx6dx "cx6dx caps JSON matches the golden file"
run_fwctl --device mlx5,profile=cx6dx -- mlx5 query-caps --type macsec -j
expect_rc 5 "an absent type asked for by name is still asked: the firmware refuses it"
expect_json 'j["error"]["fw_status_name"] == "BAD_PARAM" and j["error"]["syndrome"] == 0xc4a9f3' "refusal with status and syndrome"

# The supported types are exactly those the emulator says the generation has.
for p in cx6dx cx7; do
	"$FWCTL_EMU" --device mlx5,profile=$p --describe >"$T_TMP/describe" 2>/dev/null
	run_fwctl --device mlx5,profile=$p -- mlx5 query-caps -j
	# The emulated cx6dx would answer TLS, IPsec and crypto queries, but its
	# GENERAL page says it lacks them, so they are not asked.
	expect_json "sorted(c['type_id'] for c in j['caps'] if c['supported']) == sorted(t for t in json.load(open('$T_TMP/describe'))[0]['driver']['cap_types'] if '$p' != 'cx6dx' or t not in (0x11, 0x15, 0x1a))" "$p: supported types match --describe and GENERAL"
done

run_fwctl --device mlx5,profile=cx6dx -- mlx5 query-caps --max -j
expect_rc 0 "--max"
expect_json 'j["mode"] == "max" and j["caps"][0]["fields"]["log_max_qp"] == 18' "maximum values"
expect_stats 'd["devices"][0]["rpcs"] == 13' "one RPC per type GENERAL announces"

run_fwctl --device mlx5,profile=cx6dx -- mlx5 query-caps --diff -j
expect_rc 0 "--diff"
expect_json 'j["mode"] == "diff"' "diff mode"
expect_json '{"field": "log_max_qp", "cur": 17, "max": 18} in j["caps"][0]["differences"]' "log_max_qp differs (17 < 18)"
expect_json 'j["caps"][1]["differences"] == []' "no difference in ETHERNET_OFFLOADS"
expect_json 'all(d["cur"] <= d["max"] for c in j["caps"] if c["supported"] for d in c["differences"] if "cur" in d)' "current never above maximum"
expect_json 'any(d["field"] == "flow_table_properties_nic_receive.log_max_ft_size" for d in j["caps"][5]["differences"])' "nested fields are compared"
expect_stats 'd["devices"][0]["rpcs"] == 13 * 2' "cur and max per type GENERAL announces"

run_fwctl --device mlx5,profile=cx6dx -- mlx5 query-caps --diff
expect_rc 0 "--diff (text)"
expect_out_re 'log_max_qp +17 +18' "text diff table"

run_fwctl --device mlx5,profile=cx7 -- mlx5 query-caps --type macsec -j
expect_rc 0 "--type macsec on cx7"
expect_json 'len(j["caps"]) == 1 and j["caps"][0]["type"] == "macsec"' "only the asked type"
expect_stats 'd["devices"][0]["rpcs"] == 1' "one RPC"

run_fwctl --device mlx5,profile=cx6dx -- mlx5 query-caps --type macsec -j
expect_rc 5 "--type macsec on cx6dx: firmware refusal is the command's failure"
expect_json 'j["error"]["fw_status"] == 3 and j["error"]["syndrome"] == 0xc4a9f3' "error JSON carries fw_status and syndrome"
expect_err_re 'BAD_PARAM' "status named on stderr"

run_fwctl --device mlx5,profile=cx6dx -- mlx5 query-caps --type general --format=binary
expect_rc 0 "--format=binary"
ok "$([ "$(wc -c <"$T_TMP/out")" = 4096 ]; echo $?)" "one raw 4096-byte page"

run_fwctl --device mlx5,profile=cx7 -- mlx5 query-caps --format=binary
expect_rc 0 "all pages in binary"
ok "$([ "$(wc -c <"$T_TMP/out")" = $((18 * 4096)) ]; echo $?)" "18 raw pages"

run_fwctl -- mlx5 query-caps -d fwctl1 --type general -j
expect_rc 0 "default machine: -d fwctl1 is the cx7"
expect_json 'j["device"] == "fwctl1" and j["caps"][0]["fields"]["vhca_id"] == 0x20' "cx7 vhca_id"

for dev in 0000:08:00.0 08:00.0 enp8s0f0np0 mlx5_0 /dev/fwctl/fwctl0; do
	run_fwctl -- mlx5 query-caps -d "$dev" --type general -j
	expect_rc 0 "-d $dev"
	expect_json 'j["device"] == "fwctl0" and j["caps"][0]["fields"]["vhca_id"] == 0' "-d $dev resolves to the cx6dx"
done

run_fwctl -- mlx5 query-caps --type general
expect_rc 2 "two mlx5 devices and no -d"
run_fwctl -- mlx5 query-caps -d fwctl2
expect_rc 3 "a pds device is not mlx5"
run_fwctl --device mlx5 -- mlx5 query-caps --type nosuch
expect_rc 2 "unknown capability type"
expect_err_re "invalid value 'nosuch' for --type" "names the value and the choices"
expect_stats 'd["devices"][0]["rpcs"] == 0' "nothing sent"
run_fwctl --device mlx5 -- mlx5 query-caps --cur --max
expect_rc 2 "--cur and --max exclusive"
run_fwctl --device mlx5 -- mlx5 query-caps --diff --format=binary
expect_rc 2 "--diff has no binary form"
run_fwctl --device mlx5 -- mlx5 query-caps extra
expect_rc 2 "stray argument"
run_fwctl --device mlx5 --fault fw-status,status=1 -- mlx5 query-caps -j
expect_rc 5 "GENERAL refused (injected INT_ERR): the device fails, exit 5"
expect_json 'j["error"]["kind"] == "firmware" and j["error"]["fw_status_name"] == "INTERNAL_ERR"' \
	"the firmware error, not a report of zeros"
run_fwctl --device mlx5 --fault fw-status,status=1,after=1 -- mlx5 query-caps -j
expect_rc 0 "every optional type refused: still a report"
expect_json 'j["caps"][0]["supported"] and all(not c["supported"] and (c.get("fw_status_name") == "INTERNAL_ERR" or "absent_per_general" in c) for c in j["caps"][1:])' \
	"injected status in the place of each type asked"

done_testing
