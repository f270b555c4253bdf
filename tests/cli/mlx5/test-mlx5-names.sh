#!/bin/bash
# SPDX-License-Identifier: GPL-2.0-or-later
# Unknown names in every mlx5 command: a usage error (exit 2) that still
# points at the list of valid names and adds the closest ones ("did you
# mean"); nothing reaches the device.  A number off the kernel's
# allow-list is another matter: exit 6.
. "$(dirname "$0")/../lib.sh"

run_fwctl --device mlx5 -- mlx5 cmd QUERY_HCA_CA
expect_rc 2 "opcode name typo"
expect_err_re "unknown command name 'QUERY_HCA_CA' \(see 'fwctl mlx5 cmd --list'\); did you mean 'QUERY_HCA_CAP'\?" \
	"points at the list and suggests QUERY_HCA_CAP"
expect_stats 'd["devices"][0]["rpcs"] == 0' "nothing sent"
run_fwctl --device mlx5 -- mlx5 cmd query_adaptr -j
expect_rc 2 "lower-case typo, JSON"
expect_json 'j["error"]["kind"] == "usage" and "did you mean '"'"'QUERY_ADAPTER'"'"'" in j["error"]["message"]' \
	"suggestion in the JSON error"
run_fwctl --device mlx5 -- mlx5 cmd NO_SUCH_COMMAND_AT_ALL
expect_rc 2 "a name close to nothing"
expect_err_re "unknown command name 'NO_SUCH_COMMAND_AT_ALL' \(see 'fwctl mlx5 cmd --list'\)$" \
	"no suggestion when nothing is close"
run_fwctl --device mlx5 -- mlx5 cmd 0xffff
expect_rc 6 "a number off the allow-list stays unsupported"
expect_err_re "not on the kernel's allow-list" "says why"
expect_stats 'd["devices"][0]["rpcs"] == 0' "nothing sent"

run_fwctl --device mlx5 -- mlx5 reg PAOX
expect_rc 2 "register name typo"
expect_err_re "unknown register 'PAOX' \(fwctl mlx5 reg --list\); did you mean 'paos'\?" "suggests paos"
expect_stats 'd["devices"][0]["rpcs"] == 0' "nothing sent"
run_fwctl --device mlx5 -- mlx5 reg paos --set admin_stat=up --force
expect_rc 2 "field name typo"
expect_err_re "has no field 'admin_stat'; did you mean 'admin_status'\?" "suggests admin_status"
expect_stats 'd["devices"][0]["rpcs"] == 0' "nothing sent"

run_fwctl --device mlx5 -- mlx5 reg ppcnt grp=ieee8023
expect_rc 2 "PPCNT group typo"
expect_err_re "unknown PPCNT group 'ieee8023' \(a number or one of: ieee_802_3, rfc_2863, .*\); did you mean 'ieee_802_3'\?" \
	"lists the groups and suggests ieee_802_3"
expect_stats 'd["devices"][0]["rpcs"] == 0' "nothing sent"
run_fwctl --device mlx5 -- mlx5 reg ppcnt grp=IEEE-802-3 -j
expect_rc 0 "a group name in any case, - for _"
expect_json 'j["fields"]["grp"] == 0' "read group 0"
run_fwctl --device mlx5 -- mlx5 reg paos local_port=one
expect_rc 2 "a field value that is no number"
expect_err_re "'one' is not a valid value for local_port \(a number\)" "says a number is wanted"

run_fwctl --device mlx5 -- mlx5 query qpx --id 1
expect_rc 2 "query object typo"
expect_err_re "unknown object 'qpx' \(fwctl mlx5 query --list\); did you mean 'qp'\?" "suggests qp"
run_fwctl --device mlx5 -- mlx5 query vport_stat
expect_rc 2 "query object prefix"
expect_err_re "did you mean 'vport_state'\?" "suggests vport_state"

run_fwctl --device mlx5 -- mlx5 resource-dump FUL_QPC --index1 0
expect_rc 2 "segment name typo"
expect_err_re "no segment 'FUL_QPC' in the firmware's menu \(fwctl mlx5 resource-dump --menu lists 5\); did you mean 'FULL_QPC'\?" \
	"suggests FULL_QPC from the firmware's menu"
expect_no_rpc 0 '^0805.{8}0000' "no write"

# --type is checked by the option parser against the table of types: it
# lists them (the suggestion is the parser's to add).
run_fwctl --device mlx5 -- mlx5 query-caps --type genral
expect_rc 2 "capability type typo"
expect_err_re "invalid value 'genral' for --type \(one of: all, general," "lists the valid types"
expect_stats 'd["devices"][0]["rpcs"] == 0' "nothing sent"

done_testing
