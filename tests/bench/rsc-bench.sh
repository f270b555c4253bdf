#!/bin/bash
# SPDX-License-Identifier: GPL-2.0-or-later
# Resource dump figures (issue 4).  Prints ratios; asserts nothing timed.
#   rsc-bench.sh BUILDDIR
# 1. RPCs for a dump of S bytes vs the minimum ceil(S/208) + menu queries;
# 2. instructions per RPC: tool vs emulated kernel+firmware (callgrind);
# 3. peak RSS for a 1 MiB and a 64 MiB dump;
# 4. MiB/s through the real ioctl path under fwctl-emu.
set -eu
B=${1:-build}
BENCH=$B/tests/bench/rsc-bench
EMU=$B/tests/emu/fwctl-emu
FWCTL=$B/fwctl
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

echo "== RPCs vs minimum"
for s in 4K 1M 16M; do "$BENCH" $s; done

echo "== instructions per RPC (callgrind, in-process transport, 1 MiB)"
if command -v valgrind >/dev/null; then
	valgrind --tool=callgrind --callgrind-out-file="$tmp/cg.out" "$BENCH" 1M >"$tmp/run" 2>/dev/null
	rpcs=$(sed -n 's/.* rpcs=\([0-9]*\).*/\1/p' "$tmp/run")
	callgrind_annotate --inclusive=yes "$tmp/cg.out" 2>/dev/null >"$tmp/ann"
	incl() { grep -E "[: ]$1[. ]" "$tmp/ann" | head -1 | awk '{gsub(",","",$1); print $1}'; }
	loop=$(incl rsc_bench_loop); fw=$(incl emu_core_ioctl); sha=$(incl nettle_sha256_update)
	tool=$((loop - fw))
	echo "rpcs=$rpcs loop_ir=$loop firmware_ir=$fw sha256_ir=$sha"
	awk -v t="$tool" -v f="$fw" -v s="$sha" -v n="$rpcs" 'BEGIN {
		printf "tool_ir_per_rpc=%.0f (of which sha256 %.0f, protocol+io %.0f)\n", t/n, s/n, (t-s)/n;
		printf "firmware_ir_per_rpc=%.0f\n", f/n;
		printf "tool/firmware=%.1f%% (without sha256: %.1f%%)\n", 100*t/f, 100*(t-s)/f }'
else
	echo "valgrind not installed: skipped"
fi

echo "== peak RSS"
a=$("$BENCH" 1M | sed -n 's/.*peak_rss_kib=\([0-9]*\).*/\1/p')
b=$("$BENCH" 64M | sed -n 's/.*peak_rss_kib=\([0-9]*\).*/\1/p')
awk -v a="$a" -v b="$b" 'BEGIN { printf "1MiB=%d KiB 64MiB=%d KiB ratio=%.3f\n", a, b, b/a }'

echo "== real ioctl path under fwctl-emu (umockdev)"
if [ -x "$EMU" ]; then
	"$EMU" --device mlx5,crspace=4M -- "$FWCTL" mlx5 coredump -o "$tmp/core.bin" -j >"$tmp/sum"
	python3 -c 'import json,sys; j=json.load(open(sys.argv[1]))
print("bytes=%d rpcs=%d seconds=%.3f mib_per_s=%.2f rpcs_per_s=%.0f" % (j["bytes"], j["rpcs"],
 j["seconds"], j["mib_per_s"], j["rpcs"] / j["seconds"]))' "$tmp/sum"
else
	echo "fwctl-emu not built: skipped"
fi
