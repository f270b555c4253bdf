#!/bin/bash
# SPDX-License-Identifier: GPL-2.0-or-later
# fwctl report over 16 emulated mlx5 devices whose firmware takes 5 ms per
# RPC (fwctl-emu --fault slow,delay=5): wall time with --jobs 1, the
# default --jobs and --jobs 16, against the same report of one device.
# Goal: 16 devices in at most 1.5x the time of one.  Prints figures and
# ratios; asserts nothing timed.
#   report-bench.sh BUILDDIR [RUNS] [RPC_LATENCY_SHIM]
#
# Two ways to put the latency in: fwctl-emu's slow fault, which answers
# each RPC of a device that much later (other devices' RPCs are answered
# meanwhile, as separate devices' firmware would; tests/emu/emu_deferred.c), and the same 5 ms slept in the thread that sends the RPC
# (tests/bench/rpc-latency.c, LD_PRELOAD).  Either way fwctl-emu handles
# every device's requests on one thread (umockdev's ioctl worker), so
# the work of answering itself is served one request after another.
set -eu
B=${1:-build}
RUNS=${2:-3}
SHIM=${3:-$B/tests/bench/libfwctl-bench-rpc-latency.so}
EMU=$B/tests/emu/fwctl-emu
FWCTL=$B/fwctl
DELAY_MS=5
tmp=$(mktemp -d "${TMPDIR:-/tmp}/report-bench.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
[ -x "$EMU" ] || { echo "fwctl-emu not built: skipped"; exit 0; }

# once MODE COUNT JOBS...: the wall time of fwctl report alone (bash's
# time inside the emulated machine, not the testbed's setup), in seconds.
once() {
	local mode=$1 count=$2 fault=() pre=
	shift 2
	if [ "$mode" = emu ]; then
		fault=(--fault "slow,delay=$DELAY_MS")
	else
		pre="FWCTL_BENCH_RPC_DELAY_US=$((DELAY_MS * 1000)) LD_PRELOAD=$SHIM:\$LD_PRELOAD "
	fi
	"$EMU" --device "mlx5,count=$count" "${fault[@]}" --stats "$tmp/stats" -- bash -c \
		"TIMEFORMAT=%R; { time ${pre}$FWCTL report -j $* >'$tmp/out' 2>'$tmp/err'; } 2>'$tmp/time'" ||
		{ echo "fwctl report failed:"; cat "$tmp/err"; exit 1; }
	cat "$tmp/time"
}

# best MODE COUNT JOBS...: the best of RUNS; the RPC count in $tmp/rpcs.
best() {
	local all=() i
	for ((i = 0; i < RUNS; i++)); do all+=("$(once "$@")"); done
	python3 -c 'import json, sys; print(sum(x["rpcs"] for x in json.load(open(sys.argv[1]))["devices"]))' \
		"$tmp/stats" >"$tmp/rpcs"
	python3 -c 'import sys; print(min(float(x) for x in sys.argv[1:]))' "${all[@]}"
}

def_jobs=$(getconf _NPROCESSORS_ONLN)
[ "$def_jobs" -gt 16 ] && def_jobs=16

# figures MODE TITLE
figures() {
	local one one_rpcs seq rpcs def par
	one=$(best "$1" 1 --jobs 1); one_rpcs=$(cat "$tmp/rpcs")
	seq=$(best "$1" 16 --jobs 1); rpcs=$(cat "$tmp/rpcs")
	def=$(best "$1" 16)
	par=$(best "$1" 16 --jobs 16)
	python3 - "$2" "$one" "$one_rpcs" "$seq" "$def" "$par" "$rpcs" "$def_jobs" "$DELAY_MS" <<'PY'
import sys
title, one, one_rpcs, seq, dflt, par, rpcs, def_jobs, delay = sys.argv[1:]
one, seq, dflt, par = float(one), float(seq), float(dflt), float(par)
ms = int(delay) / 1000.0
print("== %s" % title)
print("1 device: %.3f s (%s RPCs x %s ms = %.3f s of latency)"
      % (one, one_rpcs, delay, int(one_rpcs) * ms))
print("16 devices (%s RPCs x %s ms = %.3f s of latency):" % (rpcs, delay, int(rpcs) * ms))
print("  --jobs 1          %.3f s  ratio_to_one_device=%.2f" % (seq, seq / one))
print("  default --jobs %-2s %.3f s  ratio_to_one_device=%.2f  speedup_vs_jobs1=%.2f"
      % (def_jobs, dflt, dflt / one, seq / dflt))
print("  --jobs 16         %.3f s  ratio_to_one_device=%.2f  speedup_vs_jobs1=%.2f"
      % (par, par / one, seq / par))
PY
}

echo "fwctl report over 16 mlx5 devices, ${DELAY_MS} ms per RPC, best of $RUNS;"
echo "goal: ratio_to_one_device <= 1.50 with the default --jobs (16 CPUs or more)"
figures emu "fwctl-emu --fault slow,delay=$DELAY_MS (each device's answers delayed, the others' not held up)"
if [ -f "$SHIM" ]; then
	figures shim "latency in the calling thread (rpc-latency.so: devices answer independently)"
else
	echo "== $SHIM not built: the per-thread latency figures are skipped"
fi
