#!/bin/bash
# SPDX-License-Identifier: GPL-2.0-or-later
# The tool never sends cmpl_ring 0 (the kernel would wait for a completion
# that never comes): the emulated driver traces every request header and
# models cmpl_ring != 0xFFFF as a timeout.
. "$(dirname "$0")/../lib.sh"

TRACE="$T_TMP/trace.jsonl"
cmds=("bnxt info" "bnxt query version" "bnxt query func-qcaps" "bnxt query func-qcfg"
      "bnxt query func-stats" "bnxt query port-phy" "bnxt query port-mac" "bnxt query queue-caps"
      "bnxt query fw-health" "bnxt query temperature" "bnxt query nvm-info"
      "bnxt hwrm VER_GET" "bnxt hwrm --req-type 0x18" "bnxt hwrm PORT_QCFG --in-hex 0100"
      "--force bnxt hwrm FW_RESET" "--force bnxt hwrm PORT_PHY_MDIO_WRITE")
for c in "${cmds[@]}"; do
	# shellcheck disable=SC2086
	run_fwctl --device "bnxt,trace=$TRACE" -- $c
	expect_rc 0 "$c"
done
"$PY" -c 'import json,sys
t = [json.loads(l) for l in open(sys.argv[1])]
bad = [r for r in t if r["cmpl_ring"] != 0xffff or r["target_id"] != 0xffff or r["result"] != "ok"]
print("#", len(t), "requests traced")
sys.exit(0 if len(t) == int(sys.argv[2]) and not bad else 1)' "$TRACE" "${#cmds[@]}"
ok $? "every request: cmpl_ring 0xFFFF, target_id 0xFFFF, answered"
ok "$(grep -qv '"in_len":\(16\|24\|32\|40\|48\|56\|64\|72\|80\|88\|96\|104\|112\|120\|128\),' "$TRACE"; [ $? = 1 ]; echo $?)" "every in_len is a whole struct (multiple of 8, <= 128)"

# The control: a request with cmpl_ring 0 (sent with the core's raw rpc) times out.
run_fwctl --device "bnxt,trace=$T_TMP/t2" -- --scope debug-ro rpc --in-hex 000000000000ffff0000000000000000010a030000000000 --out-len 176 -j
expect_rc 1 "raw request with cmpl_ring 0: shown as it came, the kernel's error_code decides the exit"
expect_json 'j.get("out_hex", j.get("response_hex", ""))[:4] == "f0ff"' "error_code 0xFFF0 in-band"
ok "$(grep -q '"result":"timeout-cmpl-ring"' "$T_TMP/t2"; echo $?)" "the emulator flagged the cmpl_ring request"

done_testing
