#!/bin/bash
# SPDX-License-Identifier: GPL-2.0-or-later
# fwctl mlx5 query error paths: an object that does not exist is the
# firmware's status (BAD_RESOURCE / BAD_PARAM) with its syndrome, exit 5;
# usage errors exit 2 and send nothing.
. "$(dirname "$0")/../lib.sh"
. "$(dirname "$0")/objects.sh"

# Every object with an id: a number the emulated firmware does not hold.
for row in "${OBJECTS[@]}"; do
	IFS='|' read -r name args scope <<<"$row"
	case "$args" in --id*) ;; *) continue ;; esac
	extra=${args#--id * }
	[ "$extra" = "$args" ] && extra=
	# shellcheck disable=SC2086
	run_fwctl --device mlx5 -- -j mlx5 query "$name" --id 0x77 $extra
	expect_rc 5 "$name --id 0x77 does not exist"
	expect_json 'j["error"]["kind"] == "firmware" and j["error"]["fw_status"] == 5 and j["error"]["fw_status_name"] == "BAD_RESOURCE" and j["error"]["syndrome"] >> 16 == 0x3f2a' "$name: BAD_RESOURCE with its syndrome"
	expect_json '"no '"$name"' with" in j["error"]["message"] and "BAD_RESOURCE" in j["error"]["message"]' "$name: the message names the object"
done

run_fwctl --device mlx5 -- mlx5 query qp --id 0x999
expect_rc 5 "qp 0x999 (text)"
expect_err_re 'QUERY_QP qpn 2457: firmware returned status 0x5 \(BAD_RESOURCE\), syndrome 0x3f2a050b: no qp with qpn 2457\?' "stderr names status, syndrome and the object"
ok "$([ -z "$OUT" ]; echo $?)" "nothing on stdout"

# Parameters the firmware refuses: BAD_PARAM.
run_fwctl --device mlx5 -- -j mlx5 query nic_vport_context --other-vport 9
expect_rc 5 "vport 9 does not exist"
expect_json 'j["error"]["fw_status_name"] == "BAD_PARAM" and j["error"]["syndrome"] == 0x1c7b0754' "vport 9: BAD_PARAM"
for obj in vport_state esw_vport_context hca_vport_context vport_counter vnic_env; do
	run_fwctl --device mlx5 -- -j mlx5 query "$obj" --other-vport 3
	expect_rc 5 "$obj --other-vport 3"
	expect_json 'j["error"]["fw_status_name"] == "BAD_PARAM"' "$obj vport 3: BAD_PARAM"
done
run_fwctl --device mlx5 -- -j mlx5 query flow_table --id 1 table_type=9
expect_rc 5 "table_type 9"
expect_json 'j["error"]["fw_status_name"] == "BAD_PARAM"' "table_type 9: BAD_PARAM"
run_fwctl --device mlx5 -- -j mlx5 query flow_group --id 0 table_id=2
expect_rc 5 "group 0 of table 2 does not exist"
expect_json 'j["error"]["fw_status_name"] == "BAD_RESOURCE"' "flow group in the wrong table: BAD_RESOURCE"
run_fwctl --device mlx5 -- -j mlx5 query cong_status priority=9
expect_rc 5 "priority 9"
expect_json 'j["error"]["fw_status_name"] == "BAD_PARAM"' "priority 9: BAD_PARAM"
run_fwctl --device mlx5 -- -j mlx5 query pages --op-mod 0
expect_rc 5 "QUERY_PAGES op_mod 0"
expect_json 'j["error"]["fw_status_name"] == "BAD_PARAM"' "pages op_mod 0: BAD_PARAM"
run_fwctl --device mlx5 -- -j mlx5 query pages --id 3
expect_rc 5 "QUERY_PAGES of function 3"
# Objects without an id fail only when the firmware fails (injected).
for obj in cong_params cong_statistics special_contexts issi lag esw_functions; do
	run_fwctl --device mlx5 --fault fw-status,status=4 -- -j mlx5 query "$obj"
	expect_rc 5 "$obj with a firmware error"
	expect_json 'j["error"]["fw_status"] == 4 and j["error"]["fw_status_name"] == "BAD_SYS_STATE"' "$obj: status name"
done

# Usage errors: exit 2, nothing sent.
usage() { # DESC ERR_REGEX ARGS...
	local desc=$1 re=$2
	shift 2
	run_fwctl --device mlx5 -- mlx5 query "$@"
	expect_rc 2 "$desc"
	expect_err_re "$re" "$desc: message"
	expect_stats 'd["devices"][0]["rpcs"] == 0' "$desc: nothing sent"
}
usage "unknown object" "unknown object 'bogus'" bogus
usage "no object" "which object" 
usage "qp without --id" "qp needs --id N \(its qpn\)" qp
usage "--id on an object without one" "lag takes no --id" lag --id 1
usage "--other-vport where there is none" "qp has no --other-vport" qp --id 0x100 --other-vport 1
usage "input that is not one" "'qpc_ext' is not an input of qp" qp --id 0x100 qpc_ext=1
usage "clear is never an input" "'clear' is not an input of vport_counter" vport_counter clear=1
usage "unknown field" "has no field 'nope'" qp --id 0x100 nope=1
usage "not FIELD=VALUE" "'junk' is not FIELD=VALUE" qp --id 0x100 junk
usage "id twice" "qpn given twice" qp --id 0x100 qpn=0x100
usage "flow group without table_id" "flow_group needs table_id=N" flow_group --id 0
usage "id too wide" "does not fit" eq --id 0x1ff
usage "--op-mod too wide" "does not fit 16 bits" lag --op-mod 0x10000
usage "FIELD=VALUE on a header-only command" "issi takes no FIELD=VALUE" issi x=1
usage "bad table_type name" "not a valid value" flow_table --id 1 table_type=nowhere
usage "--list with a name" "--list takes no object" --list qp

# Scope: below the object's scope the tool refuses before sending.
run_fwctl --device mlx5 -- --scope config mlx5 query qp --id 0x100
expect_rc 4 "qp at --scope config is refused"
expect_stats 'd["devices"][0]["rpcs"] == 0' "scope refusal: nothing sent"
run_fwctl --device mlx5 -- --scope debug-ro -j mlx5 query hca_vport_context
expect_rc 0 "a higher --scope is honoured"
expect_stats 'd["devices"][0]["rpcs_by_scope"][1] == 1' "hca_vport_context at debug-ro when asked"

# Wrong device type.
run_fwctl --device pds -- mlx5 query qp --id 0x100
expect_rc 3 "a pds device is not mlx5"

done_testing
