#!/bin/bash
# SPDX-License-Identifier: GPL-2.0-or-later
# fwctl mlx5 reg --set: read-modify-write that persists, firmware checks of
# written values, and the --force gate (nothing sent, exit 4).
. "$(dirname "$0")/../lib.sh"

# Writes: read-modify-write, visible in the next read.
run_emu_sh --device mlx5 -- '$FWCTL mlx5 reg paos --set admin_status=down --force -j >/dev/null && $FWCTL mlx5 reg paos -j'
expect_rc 0 "PAOS write then read"
expect_json 'j["fields"]["admin_status"] == "down" and j["fields"]["oper_status"] == "down"' "port down after the write"
expect_stats 'd["devices"][0]["rpcs_by_scope"][0] == 1 and d["devices"][0]["rpcs_by_scope"][1] == 3' "write at CONFIGURATION, reads at debug-ro"
expect_stats 'not d["tainted"]' "register writes do not taint"
expect_err_re 'writing register paos on fwctl0' "the write is announced"
run_fwctl --device mlx5 -- mlx5 reg pmtu --set admin_mtu=9000 --force -j
expect_rc 0 "PMTU write"
expect_json 'j["changes"] == [{"field": "admin_mtu", "old": 1522, "new": 9000}] and j["fields"]["oper_mtu"] == 9000' "change listed, read back"
run_fwctl --device mlx5 -- mlx5 reg pmtu --set admin_mtu=20000 --force -j
expect_rc 5 "MTU above max_mtu"
expect_json 'j["error"]["fw_status"] == 3 and j["error"]["syndrome"] == 0x51d0a9' "BAD_PARAM with the syndrome"
run_emu_sh --device mlx5,profile=cx7 -- '$FWCTL mlx5 reg mtmp --set temp_threshold_hi=880 --set temp_threshold_lo=840 --force >/dev/null && $FWCTL mlx5 reg mtmp -j'
expect_json 'j["fields"]["temp_threshold_hi"] == 880 and j["fields"]["temp_threshold_lo"] == 840' "MTMP thresholds written"
run_emu_sh --device mlx5,profile=cx7 -- '$FWCTL mlx5 reg ptys --set ext_eth_proto_admin=0x400 --force >/dev/null && $FWCTL mlx5 reg ptys -j'
expect_json 'j["fields"]["ext_eth_proto_oper_hex"] == "0x400" and j["fields"]["data_rate_oper"] == 1000' "PTYS admin 100GAUI-2: link at 100G"
run_fwctl --device mlx5,profile=cx6dx -- mlx5 reg ptys --set ext_eth_proto_admin=0x40000 --force -j
expect_rc 5 "protocol outside the capability refused"

# The --force gate: nothing is sent, exit 4.
run_fwctl --device mlx5 -- mlx5 reg paos --set admin_status=down
expect_rc 4 "write without --force"
expect_err_re 'requires --force' "explains"
expect_stats 'd["devices"][0]["rpcs"] == 0' "nothing sent"
run_fwctl --device mlx5 -- mlx5 reg paos --set admin_status=down -j
expect_rc 4 "write without --force, JSON"
expect_json '"error" in j' "error object"
run_fwctl --device mlx5 -- mlx5 reg paos --set admin_status=down --force --dry-run
expect_rc 0 "--dry-run"
expect_stats 'd["devices"][0]["rpcs"] == 0' "--dry-run sends nothing"

done_testing
