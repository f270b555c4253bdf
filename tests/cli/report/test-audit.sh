#!/bin/bash
# Audit: every RPC above DEBUG_READ_ONLY and every register/feature write is
# logged through syslog(3) before it is sent (device, driver, operation,
# scope, uid, command line).  The test reads the records back.
#
# How: glibc's syslog() writes to the datagram socket /dev/log and has no
# switch to send it elsewhere, and the tool must not behave differently
# under test.  So the test re-runs itself in a private mount namespace
# (unshare -m, or -rm as a normal user) with its own tmpfs on /dev that
# holds the usual device nodes (bind mounts) and a /dev/log socket the test
# owns.  The host's /dev and syslog daemon are never touched.
if [ -z "${FWCTL_AUDIT_NS:-}" ]; then
	for u in "unshare -m --propagation private" "unshare -rm --propagation private"; do
		if $u true 2>/dev/null; then
			FWCTL_AUDIT_NS=1 exec $u bash "$0" "$@"
		fi
	done
	echo "1..0 # SKIP no mount namespace (unshare -m / -rm) to own /dev/log"
	exit 0
fi
. "$(dirname "$0")/../lib.sh"

newdev="$T_TMP/dev"
mkdir "$newdev"
mount -t tmpfs -o mode=755 fwctl-test-dev "$newdev" || { echo "Bail out! tmpfs"; exit 1; }
for n in null zero full random urandom tty; do
	[ -e "/dev/$n" ] || continue
	: >"$newdev/$n"
	mount --bind "/dev/$n" "$newdev/$n"
done
mkdir "$newdev/shm" "$newdev/pts"
ln -s /proc/self/fd "$newdev/fd"
for i in 0 1 2; do ln -s "/proc/self/fd/$i" "$newdev/$(echo stdin stdout stderr | cut -d' ' -f$((i + 1)))"; done
mount --bind "$newdev" /dev || { echo "Bail out! cannot mount the private /dev"; exit 1; }
export FWCTL_EMU_TMPDIR="$T_TMP"

LOG="$T_TMP/audit.log"
: >"$LOG"
"$PY" "$(dirname "$0")/syslog-listen.py" /dev/log "$T_TMP/ready" "$LOG" &
listener=$!
# Unmount before removing: rm must never walk into the bind-mounted nodes.
trap 'kill $listener 2>/dev/null; umount -l /dev; umount -l "$newdev"; rm -rf "$T_TMP"' EXIT
for _ in $(seq 100); do [ -s "$T_TMP/ready" ] && break; sleep 0.05; done

NOP=080d0000000000000000000000000000
records() { grep -c 'fwctl\[' "$LOG"; }
# Datagrams are delivered when syslog() returns; allow the reader a moment.
settle() { sleep 0.2; }

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
run_fwctl -- mlx5 cmd -d fwctl0 ACCESS_REG --op-mod 0 --in-hex 00005006 -j
settle
ok "$(grep -q 'op="ACCESS_REG op_mod 0" scope=config' "$LOG"; echo $?)" \
	"ACCESS_REG write at scope config is audited"
: >"$LOG"
run_fwctl -- mlx5 cmd -d fwctl0 ACCESS_REG --op-mod 1 --in-hex 00005006 -j
settle
ok "$([ "$(records)" = 0 ]; echo $?)" "an ACCESS_REG read is not"
run_fwctl -- rpc -d fwctl0 --scope config --in-hex 08050000000000000000500600000000 --out-len 32 -j
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
