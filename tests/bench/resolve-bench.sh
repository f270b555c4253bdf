#!/bin/bash
# SPDX-License-Identifier: GPL-2.0-or-later
# What -d NAME and list cost as the host grows, in instructions of the
# fwctl process from main() on (valgrind --tool=callgrind: a count, not a
# time, so a busy machine does not change it), under fwctl-emu with N
# emulated mlx5 functions.  Prints a table and ratios; asserts nothing.
#   resolve-bench.sh BUILDDIR
# 1. `fwctl mlx5 reg PTYS -d fwctl0` and `-d mlx5_0` at each N (the sizes
#    in FWCTL_BENCH_SIZES, default 5 256 1024 4096: the emulator's
#    maximum), and the scan of every device (FWCTL_RESOLVE_SCAN=1) for
#    comparison.  Goal: the same cost at every N (largest / smallest
#    within 1.10).
# 2. `fwctl list` at 256 devices, per device.  Goal: half of the 794 k
#    instructions per device that list cost with two libudev
#    enumerations per device.
# The emulator needs about 2 minutes to build 4096 devices: every
# command of one size runs in one emulated machine.
set -eu
B=${1:-build}
EMU=$B/tests/emu/fwctl-emu
FWCTL=$(realpath "$B/fwctl")
SIZES=${FWCTL_BENCH_SIZES:-5 256 1024 4096}
LIST_AT=256
LIST_BEFORE=794000
tmp=$(mktemp -d "${TMPDIR:-/tmp}/resolve-bench.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
[ -x "$EMU" ] || { echo "fwctl-emu not built: skipped"; exit 0; }
command -v valgrind >/dev/null || { echo "valgrind missing (Debian: valgrind): skipped"; exit 0; }

# Run inside the emulated machine: one "label instructions" line per command.
cat >"$tmp/inner.sh" <<'SH'
set -eu
ir() { # LABEL COMMAND...
	local label=$1
	shift
	if ! valgrind --tool=callgrind --toggle-collect=main --callgrind-out-file="$T/cg.out" \
		--log-file="$T/vg.log" "$@" >/dev/null 2>"$T/err"; then
		echo "$label: $* failed" >&2
		cat "$T/err" >&2
		exit 1
	fi
	echo "$label $(sed -n 's/.*Collected : //p' "$T/vg.log")"
}
ir direct_fwctl0 "$FWCTL" mlx5 reg PTYS -d fwctl0
ir direct_mlx5_0 "$FWCTL" mlx5 reg PTYS -d mlx5_0
FWCTL_RESOLVE_SCAN=1 ir scan_fwctl0 "$FWCTL" mlx5 reg PTYS -d fwctl0
if [ "$LIST" = 1 ]; then
	ir list "$FWCTL" list
fi
SH

for n in $SIZES; do
	start=$(date +%s)
	T=$tmp FWCTL=$FWCTL LIST=$([ "$n" = "$LIST_AT" ] && echo 1 || echo 0) \
		"$EMU" --device "mlx5,count=$n" -- bash "$tmp/inner.sh" >"$tmp/ir.$n"
	echo "measured $n devices in $(($(date +%s) - start)) s" >&2
done

python3 - "$tmp" "$LIST_AT" "$LIST_BEFORE" $SIZES <<'PY'
import sys
tmp, list_at, before, sizes = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), sys.argv[4:]
ir = {}
for n in sizes:
    ir[int(n)] = {k: int(v) for k, v in (l.split() for l in open("%s/ir.%s" % (tmp, n)))}
ns = sorted(ir)
print("instructions of fwctl (callgrind, from main)")
print("%8s %14s %14s %16s %12s" % ("devices", "-d fwctl0", "-d mlx5_0", "scan -d fwctl0", "scan/direct"))
for n in ns:
    r = ir[n]
    print("%8d %14d %14d %16d %11.1fx" % (n, r["direct_fwctl0"], r["direct_mlx5_0"], r["scan_fwctl0"],
                                         r["scan_fwctl0"] / r["direct_fwctl0"]))
for k, name in (("direct_fwctl0", "-d fwctl0"), ("direct_mlx5_0", "-d mlx5_0"), ("scan_fwctl0", "scan")):
    v = [ir[n][k] for n in ns]
    print("%-10s %d/%d devices = %.3f, max/min = %.3f%s" % (
        name, ns[-1], ns[0], v[-1] / v[0], max(v) / min(v),
        " (goal <= 1.10)" if k != "scan_fwctl0" else ""))
# The two names of one device against each other, at every size.
both = [ir[n][k] for n in ns for k in ("direct_fwctl0", "direct_mlx5_0")]
print("-d fwctl0 and -d mlx5_0 at every size: max/min = %.3f (goal <= 1.10)" % (max(both) / min(both)))
if list_at in ir and "list" in ir[list_at]:
    total = ir[list_at]["list"]
    per = total / list_at
    print("list at %d devices: %d instructions, %.0f per device, %.3f of %d before (goal <= 0.50)"
          % (list_at, total, per, per / before, before))
PY
