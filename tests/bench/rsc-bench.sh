#!/bin/bash
# SPDX-License-Identifier: GPL-2.0-or-later
# Resource dump figures.  Prints ratios; asserts nothing timed.
#   rsc-bench.sh BUILDDIR
# 1. RPCs for a dump of S bytes vs the minimum ceil(S/208) + menu queries;
# 2. instructions per RPC of the tool, absolute and against the emulated
#    kernel+firmware (callgrind); SHA-256 timed natively;
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
# tool: rsc_bench_loop (the CLI's rsc_stream_to_file) less the transport
# call t_rpc (on a real machine the ioctl: kernel and firmware) and less
# SHA-256, which is reported natively below: valgrind counts the SHA-NI
# compress as plain x86 instructions.  Goal: tool <= 300 per RPC.
if command -v valgrind >/dev/null; then
	valgrind --tool=callgrind --toggle-collect=rsc_bench_loop --callgrind-out-file="$tmp/cg.out" "$BENCH" 1M >"$tmp/run" 2>/dev/null
	rpcs=$(sed -n 's/.* rpcs=\([0-9]*\).*/\1/p' "$tmp/run")
	callgrind_annotate --inclusive=yes "$tmp/cg.out" 2>/dev/null >"$tmp/ann"
	incl() { grep -E "[: ]$1[. ]" "$tmp/ann" | head -1 | awk '{gsub(",","",$1); print $1 + 0}'; }
	loop=$(incl rsc_bench_loop); tr=$(incl t_rpc); fw=$(incl emu_core_ioctl)
	sha=$(( $(incl nettle_sha256_update) + $(incl nettle_sha256_digest) ))
	echo "rpcs=$rpcs loop_ir=$loop transport_ir=$tr firmware_ir=$fw sha256_ir=$sha"
	awk -v l="$loop" -v r="$tr" -v f="$fw" -v s="$sha" -v n="$rpcs" 'BEGIN {
		t = l - r - s
		printf "tool_ir_per_rpc=%.0f (without sha256; goal <= 300)\n", t/n;
		printf "sha256_ir_per_rpc=%.0f (valgrind view; native time below)\n", s/n;
		printf "transport_ir_per_rpc=%.0f (in-process ioctl and emulated kernel)\n", (r-f)/n;
		printf "firmware_ir_per_rpc=%.0f\n", f/n;
		printf "tool/firmware=%.1f%% by instructions, without sha256\n", 100*t/f }'
else
	echo "valgrind not installed: skipped"
fi

echo "== native time per RPC (1 MiB dump, in-process transport)"
"$BENCH" 1M | sed -n 's/.*\(dump_ns_per_rpc=[0-9]*\) \(sha256_ns_per_rpc=[0-9]*\).*/\1 (tool, transport, firmware) \2 (hashing 208 bytes)/p'

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
