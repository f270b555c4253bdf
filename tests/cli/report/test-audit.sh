#!/bin/bash
# Audit: every RPC above DEBUG_READ_ONLY and every register/feature write is
# logged through syslog(3) before it is sent (device, driver, operation,
# scope, uid, command line).  The test reads the records back.
# The records are read back from a private /dev/log (audit-ns.sh).
. "$(dirname "$0")/audit-ns.sh"
audit_ns_enter "$@"
. "$(dirname "$0")/../lib.sh"
audit_ns_setup

NOP=080d0000000000000000000000000000
records() { audit_records; }
settle() { audit_settle; }

run_fwctl -- rpc -d fwctl0 --scope debug-ro --in-hex $NOP --out-len 16 -j
expect_rc 0 "debug-ro RPC"
settle
ok "$([ "$(records)" = 0 ]; echo $?)" "a debug-ro RPC is not audited"

run_fwctl -- rpc -d fwctl0 --scope debug-write --force --in-hex $NOP --out-len 16 -j
expect_rc 0 "debug-write RPC with --force"
settle
ok "$([ "$(records)" = 1 ]; echo $?)" "one record for one write-scope RPC"
rec=$(grep 'scope=debug-write' "$LOG" | tail -n 1)
ok "$(grep -Eq '^<13>' <<<"$rec"; echo $?)" "facility user, severity notice"
ok "$(grep -q 'device=fwctl0 driver=mlx5_core' <<<"$rec"; echo $?)" "device and driver"
ok "$(grep -q 'op="raw RPC in_len=16 head=080d0000' <<<"$rec"; echo $?)" "the operation with its opcode bytes"
ok "$(grep -q "uid=$(id -u) " <<<"$rec"; echo $?)" "the caller's uid"
ok "$(grep -q 'cmdline=".*fwctl rpc -d fwctl0 --scope debug-write --force' <<<"$rec"; echo $?)" \
	"the command line"

# Logged before it is sent: the device is gone at that RPC, the record exists.
: >"$LOG"
run_fwctl --fault enodev,dev=fwctl0 -- rpc -d fwctl0 --scope debug-write --force --in-hex $NOP --out-len 16 -j
expect_rc 3 "the write-scope RPC fails (device removed)"
settle
ok "$([ "$(records)" = 1 ]; echo $?)" "the record was written before the RPC"

# A register write below the write scopes (mlx5 ACCESS_REG op_mod 0 passes
# at CONFIGURATION) is audited too.
: >"$LOG"
run_fwctl -- mlx5 cmd -d fwctl0 ACCESS_REG --op-mod 0 --in-hex 00005006 --force -j
settle
ok "$(grep -q 'op="ACCESS_REG op_mod 0" scope=config' "$LOG"; echo $?)" \
	"ACCESS_REG write at scope config is audited"
: >"$LOG"
run_fwctl -- mlx5 cmd -d fwctl0 ACCESS_REG --op-mod 1 --in-hex 00005006 -j
settle
ok "$([ "$(records)" = 0 ]; echo $?)" "an ACCESS_REG read is not"
run_fwctl -- rpc -d fwctl0 --scope config --in-hex 08050000000000000000500600000000 --out-len 32 --force -j
settle
ok "$(grep -q 'op="raw RPC in_len=16 head=0805000000000000' "$LOG"; echo $?)" \
	"a raw ACCESS_REG write through 'fwctl rpc' is audited"

# Nothing sent, nothing logged.
: >"$LOG"
run_fwctl -- rpc -d fwctl0 --scope debug-write --in-hex $NOP --out-len 16 -j
expect_rc 4 "refused without --force"
run_fwctl -- rpc -d fwctl0 --scope debug-write --force --dry-run --in-hex $NOP --out-len 16 -j
expect_rc 0 "--dry-run"
settle
ok "$([ "$(records)" = 0 ]; echo $?)" "refused and dry-run RPCs leave no record"

# The report never writes, so it is never audited.
run_fwctl -- report -j
settle
ok "$([ "$(records)" = 0 ]; echo $?)" "fwctl report leaves no record"
done_testing
