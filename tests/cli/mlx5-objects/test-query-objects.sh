#!/bin/bash
# SPDX-License-Identifier: GPL-2.0-or-later
# fwctl mlx5 query OBJECT: every object decodes in JSON (golden files) and
# text for an instance the emulated firmware holds, with one RPC at the
# object's scope; values show the decoding is field by field.
. "$(dirname "$0")/../lib.sh"
. "$(dirname "$0")/objects.sh"

for row in "${OBJECTS[@]}"; do
	IFS='|' read -r name args scope <<<"$row"
	# shellcheck disable=SC2086
	run_fwctl --device mlx5 -- -j mlx5 query "$name" $args
	expect_rc 0 "query $name $args"
	expect_json 'j["object"] == "'"$name"'" and isinstance(j["fields"], dict) and len(j["fields"]) > 0' "$name: decoded fields"
	expect_stats 'd["devices"][0]["rpcs"] == 1 and d["devices"][0]["rpcs_by_scope"]['"$scope"'] == 1' "$name: one RPC at scope $scope"
	expect_golden "query-$name" "$name matches golden/query-$name.json"
	# shellcheck disable=SC2086
	run_fwctl --device mlx5 -- mlx5 query "$name" $args
	expect_rc 0 "$name text"
	expect_out_re "^object +: $name\$" "$name text names the object"
	expect_out_re '^fields:' "$name text has the fields section"
done

# hca_vport_context: InfiniBand port states by the names ib_verbs.h gives;
# the physical state and the policy stay numbers, their names added.
run_fwctl --device mlx5 -- -j mlx5 query hca_vport_context
expect_json 'j["fields"]["hca_vport_context"]["port_state"] == "active" and j["fields"]["hca_vport_context"]["vport_state"] == "active"' \
	"hca_vport_context: port and vport active"
expect_json 'j["fields"]["hca_vport_context"]["port_physical_state"] == 5 and j["fields"]["hca_vport_context"]["port_physical_state_name"] == "link_up" and j["fields"]["hca_vport_context"]["vport_state_policy_name"] == "down"' \
	"hca_vport_context: physical state 5 is link_up, policy 0 down"
run_fwctl --device mlx5 -- mlx5 query hca_vport_context
expect_out_re '^    port_physical_state_name +: link_up$' "hca_vport_context text: the physical state's name"

# Values: enums by name, nested contexts as nested objects.
run_fwctl --device mlx5 -- -j mlx5 query qp --id 0x100
expect_json 'j["fields"]["qpc"]["state"] == "rts" and j["fields"]["qpc"]["st"] == "rc" and j["fields"]["qpc"]["mtu"] == "4096"' "qp 0x100: RC in RTS, MTU 4096"
expect_json 'j["fields"]["qpc"]["cqn_snd"] == 0x40 and j["fields"]["qpc"]["cqn_rcv"] == 0x41 and j["fields"]["qpc"]["remote_qpn"] == 0x1a0' "qp 0x100: its CQs and remote QP"
expect_json 'j["fields"]["qpc"]["primary_address_path"]["vhca_port_num"] == 1 and j["fields"]["qpc"]["primary_address_path"]["ack_timeout"] == 14' "qp 0x100: address path nested"
expect_json 'j["fields"]["qpc"]["primary_address_path"]["rgid_rip_gid"] == "::ffff:192.0.2.10" and j["fields"]["qpc"]["primary_address_path"]["rgid_rip"][-4:] == [192, 0, 2, 10]' \
	"qp 0x100: remote GID as RFC 5952 text beside its bytes"
expect_json 'j["fields"]["qpc"]["primary_address_path"]["rmac_mac"] == "0c:42:a1:b2:c3:d1" and "rmac_47_32_mac" not in j["fields"]["qpc"]["primary_address_path"]' \
	"qp 0x100: remote MAC from rmac_47_32 + rmac_31_0, once"
expect_json 'j["input"]["qpn"] == 0x100 and j["command"] == "QUERY_QP" and j["opcode"] == 0x50b' "qp: input echoed"
run_fwctl --device mlx5 -- mlx5 query qp --id 0x100
expect_out_re '^      rgid_rip_gid +: ::ffff:192\.0\.2\.10$' "qp 0x100: remote GID in text"
run_fwctl --device mlx5 -- -j mlx5 query qp --id 0x101
expect_json 'j["fields"]["qpc"]["st"] == "ud" and j["fields"]["qpc"]["state"] == "rts"' "qp 0x101: UD"
run_fwctl --device mlx5 -- -j mlx5 query qp --id 0x102
expect_json 'j["fields"]["qpc"]["state"] == "err"' "qp 0x102: in error"
run_fwctl --device mlx5 -- -j mlx5 query qp --id 0x103
expect_json 'j["fields"]["qpc"]["state"] == "init"' "qp 0x103: INIT"
run_fwctl --device mlx5 -- -j mlx5 query cq --id 0x40
expect_json 'j["fields"]["cq_context"]["st"] == "notification_request_armed" and j["fields"]["cq_context"]["c_eqn_or_apu_element"] == 7 and j["fields"]["cq_context"]["log_cq_size"] == 10' "cq 0x40 armed on EQ 7"
run_fwctl --device mlx5 -- -j mlx5 query eq --id 7
expect_json 'j["fields"]["eq_context_entry"]["st"] == "armed" and j["fields"]["event_bitmask_hex"] == "0xffff"' "eq 7"
run_fwctl --device mlx5 -- -j mlx5 query sq --id 0x201
expect_json 'j["fields"]["sq_context"]["state"] == "err" and j["fields"]["sq_context"]["wq"]["wq_type"] == "cyclic"' "sq 0x201 in error, wq nested"
run_fwctl --device mlx5 -- -j mlx5 query tir --id 0x10
expect_json 'j["fields"]["tir_context"]["disp_type"] == "indirect" and j["fields"]["tir_context"]["indirect_table"] == 0x11 and j["fields"]["tir_context"]["rx_hash_fn"] == "toeplitz"' "tir 0x10 spreads over RQT 0x11"
run_fwctl --device mlx5 -- -j mlx5 query mkey --id 5
expect_json 'j["fields"]["memory_key_mkey_entry"]["access_mode_1_0"] == "mtt" and j["fields"]["memory_key_mkey_entry"]["len"] == 0x200000' "mkey 5"
run_fwctl --device mlx5 -- -j mlx5 query nic_vport_context
expect_json 'j["fields"]["nic_vport_context"]["mtu"] == 1518 and j["fields"]["nic_vport_context"]["permanent_address"]["mac_addr_47_32"] == 0x0c42' "nic vport: MTU and MAC"
expect_json 'j["fields"]["nic_vport_context"]["permanent_address"]["mac_addr_mac"] == "0c:42:a1:b2:c3:d0"' \
	"nic vport: the split MAC shown once, by the name its parts share"
run_fwctl --device mlx5 -- mlx5 query nic_vport_context
expect_out_re '^      mac_addr_mac +: 0c:42:a1:b2:c3:d0$' "nic vport: MAC in text"
run_fwctl --device mlx5 -- -j mlx5 query nic_vport_context --other-vport 2
expect_json 'j["fields"]["nic_vport_context"]["mtu"] == 9018 and j["input"]["other_vport"] is True and j["input"]["vport_number"] == 2' "--other-vport 2 sets other_vport and vport_number"
run_fwctl --device mlx5 -- -j mlx5 query vport_state --other-vport 2
expect_json 'j["fields"]["state"] == "down" and j["fields"]["admin_state"] == "down"' "vport 2 is down"
run_fwctl --device mlx5 -- -j mlx5 query vport_state --op-mod 2
expect_json 'j["op_mod"] == 2 and j["fields"]["state"] == "up"' "--op-mod reaches the header"
run_fwctl --device mlx5 -- -j mlx5 query vport_counter
expect_json 'j["fields"]["received_eth_unicast"]["packets"] == 1048576 and j["fields"]["received_eth_unicast"]["octets"] == 0x138000000' "vport counters: 64-bit values"
run_fwctl --device mlx5 -- -j mlx5 query flow_table --id 2 table_type=fdb
expect_json 'j["fields"]["flow_table_context"]["log_size"] == 16 and j["input"]["table_type"] == "fdb"' "flow table by table_type name"
run_fwctl --device mlx5 -- -j mlx5 query flow_table_entry --id 0 table_id=1
expect_json 'j["fields"]["flow_context"]["action"] == ["fwd_dest", "count"] and j["fields"]["flow_context"]["match_value"]["outer_headers"]["ethertype"] == 0x800' "fte 0: action flags and match value"
expect_json 'j["fields"]["destination"] == [{"destination_type": "tir", "destination_id": 16, "destination_eswitch_owner_vhca_id_valid": False, "packet_reformat": False, "destination_eswitch_owner_vhca_id": 0}] and j["fields"]["flow_counter"] == [9]' "fte 0: forwards to TIR 0x10 and counts in counter 9"
run_fwctl --device mlx5 -- -j mlx5 query flow_table_entry --id 1 table_id=1
expect_json 'j["fields"]["flow_context"]["action"] == ["drop"] and j["fields"]["destination"] == [] and j["fields"]["flow_counter"] == []' "fte 1: drop, no destination"
run_fwctl --device mlx5 -- -j mlx5 query rqt --id 0x11
expect_json 'j["fields"]["rqt_context"]["rqt_actual_size"] == 4 and j["fields"]["rq_num"] == [0x300, 0x301, 0x302, 0x303]' "rqt 0x11 lists its RQs"
run_fwctl --device mlx5 -- -j mlx5 query rq --id 0x303
expect_rc 0 "the RQs of the RQT exist"
run_fwctl --device mlx5 -- -j mlx5 query flow_group --id 0 table_id=1
expect_json 'j["fields"]["end_flow_index"] == 7 and j["fields"]["match_criteria"]["outer_headers"]["ethertype"] == 0xffff' "flow group 0: range and criteria"
run_fwctl --device mlx5 -- -j mlx5 query cong_status priority=0
expect_json 'j["fields"]["enable"] is False' "congestion off on priority 0"
run_fwctl --device mlx5 -- -j mlx5 query pages --op-mod 1
expect_json 'j["fields"]["num_pages"] == 64' "boot pages"
run_fwctl --device mlx5 -- -j mlx5 query esw_functions
expect_json 'j["fields"]["host_params_context"]["host_num_of_vfs"] == 2 and j["fields"]["host_params_context"]["host_total_vfs"] == 8' "esw functions: host PF VFs"
run_fwctl --device mlx5 -- -j mlx5 query lag
expect_json 'j["fields"]["ctx"]["port_select_mode"] == "queue_affinity" and j["fields"]["ctx"]["tx_remap_affinity_1"] == 1' "lag context"

# Object names are case-insensitive; the id may also be given as FIELD=VALUE.
run_fwctl --device mlx5 -- -j mlx5 query QP qpn=0x100
expect_rc 0 "QP qpn=0x100"
expect_json 'j["object"] == "qp" and j["input"]["qpn"] == 256' "id as FIELD=VALUE"

# The second emulated device answers the same population.
run_fwctl -- -j -d fwctl1 mlx5 query cq --id 0x42
expect_json 'j["device"] == "fwctl1" and j["fields"]["cq_context"]["cqe_sz"] == "128_bytes"' "-d fwctl1"

# --format=binary: the raw out mailbox (status 0, then the context).
run_emu_sh --device mlx5 -- '$FWCTL --format=binary -o "'"$T_TMP"'/qp.bin" mlx5 query qp --id 0x100'
expect_rc 0 "binary to a file"
ok "$([ "$(stat -c %s "$T_TMP/qp.bin")" = 464 ]; echo $?)" "binary is the 464-byte QUERY_QP out mailbox"
ok "$([ "$(od -An -tx1 -N1 "$T_TMP/qp.bin" | tr -d ' ')" = 00 ] && [ "$(od -An -tx1 -j24 -N1 "$T_TMP/qp.bin" | tr -d ' ')" = 30 ]; echo $?)" "binary: status 0, qpc state rts in byte 24"

# --dry-run sends nothing.
run_fwctl --device mlx5 -- --dry-run mlx5 query qp --id 0x100
expect_stats 'd["devices"][0]["rpcs"] == 0' "--dry-run sends nothing"

done_testing
