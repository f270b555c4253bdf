#!/bin/bash
# SPDX-License-Identifier: GPL-2.0-or-later
# fwctl mlx5 query --list: the catalogue without a device, and completion of
# object names from the command row.
. "$(dirname "$0")/../lib.sh"
. "$(dirname "$0")/objects.sh"

want=$(for row in "${OBJECTS[@]}"; do printf '%s ' "${row%%|*}"; done)

run_plain mlx5 query --list -j
expect_rc 0 "--list needs no device"
expect_json '" ".join(o["name"] for o in j["objects"]) == "'"${want% }"'"' "every object listed, in order"
expect_json 'all(o["scope"] in ("config", "debug-ro") for o in j["objects"])' "each with its scope"
expect_json '[o["name"] for o in j["objects"] if o["scope"] == "config"] == ["hca_vport_context", "esw_functions"]' "config-scope objects per the kernel allow-list"
expect_json 'next(o for o in j["objects"] if o["name"] == "qp")["id"] == "qpn" and next(o for o in j["objects"] if o["name"] == "lag")["id"] is None' "the id each needs"
expect_json 'next(o for o in j["objects"] if o["name"] == "nic_vport_context")["other_vport"] is True' "--other-vport support shown"
expect_json 'not any("clear" in o["inputs"] for o in j["objects"])' "no input clears counters"
expect_json 'len(set(o["opcode"] for o in j["objects"])) == len(j["objects"])' "one opcode per object"

run_plain mlx5 query --list
expect_rc 0 "--list text"
expect_out_re '^ +qp +QUERY_QP +1291 +qpn ' "text table row for qp"

run_fwctl -- mlx5 query --list -j
expect_stats 'all(x["rpcs"] == 0 for x in d["devices"])' "--list sends nothing"

# Completion of the first argument comes from the command row.
run_plain mlx5 query --list-values=positional
expect_rc 0 "positional completion"
ok "$([ "$(echo $OUT)" = "${want% }" ]; echo $?)" "completes every object name"
run_plain mlx5 query --list-opts
expect_out_re '^--other-vport' "--other-vport in --list-opts"

# The bash completion offers the names after `fwctl mlx5 query`.
complete_words() { # words... (last one is being completed)
	COMP_WORDS=("$@") COMP_CWORD=$(($# - 1)) bash -c '
		. "$1"; shift; COMP_WORDS=("$@"); COMP_CWORD=$((${#COMP_WORDS[@]} - 1))
		_fwctl; printf "%s\n" "${COMPREPLY[@]}"' _ "$FWCTL_SRCDIR/completions/fwctl" "$@"
}
PATH="$(dirname "$FWCTL"):$PATH"
export PATH
got=$(complete_words fwctl mlx5 query "flow_t" | sort | tr '\n' ' ')
ok "$([ "$got" = "flow_table flow_table_entry " ]; echo $?)" "bash completes flow_t to the flow objects ($got)"

done_testing
