#!/bin/bash
# SPDX-License-Identifier: GPL-2.0-or-later
# fwctl mlx5 reg --set: read-modify-write that persists, firmware checks of
# written values, and the --force gate (the read goes out, the write does
# not, exit 4).
. "$(dirname "$0")/../lib.sh"

# Writes: read-modify-write, visible in the next read.
run_emu_sh --device mlx5 -- '$FWCTL mlx5 reg paos --set admin_status=down --force -j >/dev/null && $FWCTL mlx5 reg paos -j'
expect_rc 0 "PAOS write then read"
expect_json 'j["fields"]["admin_status"] == "down" and j["fields"]["oper_status"] == "down"' "port down after the write"
expect_stats 'd["devices"][0]["rpcs_by_scope"][0] == 1 and d["devices"][0]["rpcs_by_scope"][1] == 3' "write at CONFIGURATION, reads at debug-ro"
expect_stats 'not d["tainted"]' "register writes do not taint"
expect_err_re 'wrote register paos on fwctl0' "the write is announced"
run_fwctl --device mlx5 -- mlx5 reg paos --set admin_status=down --force -j
expect_json 'j["changes"] == [{"field": "admin_status", "old": "up", "new": "down", "old_value": 1, "new_value": 2}]' \
	"changes in the fields' form (enum names), with the numbers"
run_fwctl --device mlx5 -- mlx5 reg paos --set admin_status=down --force
expect_out_re '^  admin_status +up +down +1 +2$' "the same in the text table"
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
expect_json 'j["fields"]["ext_eth_proto_oper_names"] == ["100GAUI_2_100GBASE_CR2_KR2"] and j["fields"]["ext_eth_proto_oper_speed_mbps"] == 100000' \
	"the written mode by name, its speed read back"
run_fwctl --device mlx5,profile=cx6dx -- mlx5 reg ptys --set ext_eth_proto_admin=0x40000 --force -j
expect_rc 5 "protocol outside the capability refused"

# The --force gate: the read of the read-modify-write goes out, the write
# (ACCESS_REG op_mod 0) never does, exit 4.
ACCESS_REG_WRITE='^0805.{8}0000'
run_fwctl --device mlx5 -- mlx5 reg paos --set admin_status=down
expect_rc 4 "write without --force"
expect_err_re 'refusing to send ACCESS_REG write paos at scope config without --force' "explains"
expect_no_rpc 0 "$ACCESS_REG_WRITE" "no ACCESS_REG write reached the firmware"
expect_stats 'd["devices"][0]["rpcs"] == 1' "only the read was sent"
run_fwctl --device mlx5 -- mlx5 reg paos --set admin_status=down -j
expect_rc 4 "write without --force, JSON"
expect_json '"error" in j' "error object"
run_fwctl --device mlx5 -- mlx5 reg paos --set admin_status=down --force --dry-run
expect_rc 0 "--dry-run"
expect_no_rpc 0 "$ACCESS_REG_WRITE" "--dry-run sends no write"
expect_out_re 'would send to fwctl0 at scope config: ACCESS_REG write paos, write' "--dry-run shows the write"
expect_out_re 'sending \(a read the write needs\).*ACCESS_REG read paos' "and the read it sent to build it"
run_fwctl --device mlx5 -- mlx5 reg paos --set admin_status=down --dry-run -j
expect_rc 0 "--dry-run -j without --force"
expect_json '[(r["what"], r["effect"], r["sent"]) for r in j["rpcs"]] == [("ACCESS_REG read paos", "read", True), ("ACCESS_REG write paos", "write", False)]' "both RPCs listed, the write not sent"

# --dry-run previews the write it does not send: each changed field before
# and after, as the read shows them.
run_fwctl --device mlx5 -- mlx5 reg paos --set admin_status=down --force --dry-run -j
expect_rc 0 "--dry-run --force -j"
expect_json 'j["dry_run"] and j["preview"]["register"] == "paos" and j["preview"]["register_id"] == 0x5006' \
	"the preview names the register"
expect_json 'j["preview"]["fields"] == [{"name": "admin_status", "before": "up", "after": "down"}, {"name": "ase", "before": False, "after": True}]' \
	"admin_status up -> down, and the ase bit the write needs"
expect_json '[(r["what"], r["sent"]) for r in j["rpcs"]] == [("ACCESS_REG read paos", True), ("ACCESS_REG write paos", False)]' \
	"the read sent, the write only listed"
expect_no_rpc 0 "$ACCESS_REG_WRITE" "no ACCESS_REG write reached the firmware"
expect_stats 'd["devices"][0]["rpcs"] == 1' "only the read was sent"
run_fwctl --device mlx5,profile=cx7 -- mlx5 reg mtmp --set temp_threshold_hi=880 --set temp_threshold_lo=840 --force --dry-run
expect_rc 0 "--dry-run text, two fields"
expect_out_re 'temp_threshold_hi +840 +880' "hi threshold before and after"
expect_out_re 'temp_threshold_lo +800 +840' "lo threshold before and after"
expect_no_rpc 0 "$ACCESS_REG_WRITE" "no write"
run_fwctl --device mlx5 -- mlx5 reg pmtu --set admin_mtu=9000 --dry-run -j
expect_rc 0 "--dry-run without --force previews too"
expect_json 'j["preview"]["fields"] == [{"name": "admin_mtu", "before": 1522, "after": 9000}]' "admin_mtu 1522 -> 9000"
expect_no_rpc 0 "$ACCESS_REG_WRITE" "no write"
run_fwctl --device mlx5 -- mlx5 reg pmtu --set admin_mtu=9000 -j
expect_rc 4 "the same without --dry-run and --force"
expect_json '"preview" not in j and j["error"]["kind"] == "permission"' "refused, no preview"
expect_no_rpc 0 "$ACCESS_REG_WRITE" "nothing written"

done_testing
