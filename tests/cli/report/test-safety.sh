#!/bin/bash
# Safety across commands: the kernel's fwctl taint (bit 19, 'J' in the
# kernel's admin-guide/tainted-kernels.rst) shows in list, info and report
# after a write-scope RPC; the tool warns before the first one (unless -q);
# --dry-run sends nothing on every command that sends RPCs.
. "$(dirname "$0")/../lib.sh"

NOP=080d0000000000000000000000000000
write_rpc='$FWCTL rpc -d fwctl0 --scope debug-write --force --in-hex '$NOP' --out-len 16 -j >/dev/null'

# ---- taint ----
run_emu_sh -- "$write_rpc && \$FWCTL list -j"
expect_rc 0 "write-scope RPC, then list"
expect_json 'j["kernel_taint"]["fwctl"] is True and "fwctl" in j["kernel_taint"]["flags"]' \
	"list -j: taint field after a write-scope RPC"
expect_json 'j["kernel_taint"]["mask"] & (1 << 19)' "bit 19 is set in the mask"
expect_stats 'd["tainted"] is True' "the emulated kernel is tainted"
expect_err_re 'warning: sending .* at scope debug-write: the kernel will be tainted' \
	"warned before the first write-scope RPC"

run_emu_sh -- "$write_rpc && \$FWCTL list"
expect_out_re '^kernel_fwctl_tainted +: yes' "list text: the taint line says yes"

run_emu_sh -- "$write_rpc && \$FWCTL report -j"
expect_rc 0 "write-scope RPC, then report"
expect_json 'j["kernel_taint"]["fwctl"] is True' "report: taint"
run_emu_sh -- "$write_rpc && \$FWCTL report"
expect_out_re '^kernel_taint_flags +: fwctl$' "report text names the flag"

run_emu_sh -- "$write_rpc && \$FWCTL rpc -d fwctl1 --scope debug-write --force --in-hex $NOP --out-len 16 -j"
expect_err_re 'already carries the fwctl taint' "second write-scope run: says the taint is already there"

run_fwctl -- rpc -d fwctl0 --scope debug-write --force -q --in-hex $NOP --out-len 16 -j
expect_rc 0 "-q write-scope RPC"
expect_err_empty "-q silences the taint warning"

run_fwctl -- list -j
expect_json 'j["kernel_taint"]["fwctl"] is False' "a fresh emulated machine is not tainted"
run_fwctl -- rpc -d fwctl0 --scope debug-ro --in-hex $NOP --out-len 16 -j
expect_stats 'd["tainted"] is False' "debug-ro does not taint"

# The taint names follow the kernel's bit numbers (FWCTL_PROC_TAINTED is
# the one hook: a file read instead of /proc/sys/kernel/tainted).
mask="$T_TMP/tainted"
echo $(( (1 << 0) | (1 << 12) | (1 << 19) )) >"$mask"
FWCTL_PROC_TAINTED="$mask" run_plain list -j
expect_json 'j["kernel_taint"]["flags"] == ["proprietary_module", "oot_module", "fwctl"] and j["kernel_taint"]["mask"] == 528385' \
	"flags named by bit: P (0), O (12), J (19)"
echo 0 >"$mask"
FWCTL_PROC_TAINTED="$mask" run_plain list -j
expect_json 'j["kernel_taint"] == {"fwctl": False, "mask": 0, "flags": []}' "untainted"
FWCTL_PROC_TAINTED="$T_TMP/nonexistent" run_plain list -j
expect_rc 0 "unreadable taint file"
expect_json 'j["kernel_taint"] is None' "unknown taint is null, not a guess"

# ---- --dry-run sends nothing, on each kind of command ----
dry() { # DESC fwctl-args...
	local desc=$1; shift
	run_fwctl -- --dry-run "$@" -j
	expect_rc 0 "--dry-run $desc"
	expect_json 'j["dry_run"] is True and len(j["rpcs"]) >= 1' "$desc: the RPC it would send"
	expect_stats 'sum(x["rpcs"] for x in d["devices"]) == 0 and not d["tainted"]' "$desc: nothing sent"
}
dry "rpc" rpc -d fwctl0 --scope debug-ro --in-hex $NOP --out-len 16
dry "rpc at a write scope" rpc -d fwctl0 --scope debug-write --force --in-hex $NOP --out-len 16
dry "mlx5 query-caps" mlx5 query-caps -d fwctl0
dry "mlx5 identity" mlx5 identity -d fwctl0
dry "mlx5 cmd" mlx5 cmd -d fwctl0 NOP
dry "mlx5 coredump" mlx5 coredump -d fwctl0 -o "$T_TMP/core.bin"
dry "bnxt info" bnxt info
# The devices whose report sends RPCs (pds reports its device data only).
run_fwctl -- report -j
hooked=$("$PY" -c 'import json, sys
print(" ".join(x["name"] for x in json.load(open(sys.argv[1]))["devices"] if x["rpcs"] > 0))' "$STATS")
dry "report" report
expect_json '[r["device"] for r in j["rpcs"]] == "'"$hooked"'".split() and {"fwctl0", "fwctl4"} <= set("'"$hooked"'".split())' \
	"report --dry-run: the first RPC of each device with report support"
expect_json 'all(r["scope"] in ("config", "debug-ro") and r["in_hex"] for r in j["rpcs"])' \
	"each with its scope and request bytes"
ok "$([ ! -e "$T_TMP/core.bin" ]; echo $?)" "a dry-run coredump writes no file"

run_fwctl -- --dry-run report
expect_rc 0 "--dry-run report (text)"
expect_out_re '^would send to fwctl0 at scope debug-ro: ACCESS_REG read mgir' "text: what would be sent (MGIR first)"
expect_out_re '^00000000  08 05 00 00 00 00 00 01  00 00 90 20' "text: the request bytes as hex"
done_testing
