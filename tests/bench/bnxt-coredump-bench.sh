#!/bin/bash
# SPDX-License-Identifier: GPL-2.0-or-later
# bnxt coredump figures (Linux 7.3 DMA commands), through the real ioctl
# path under fwctl-emu.  Prints figures and ratios; asserts nothing timed.
#   bnxt-coredump-bench.sh BUILDDIR
# 1. RPCs sent vs the minimum the firmware allows: DBG_QCFG + VER_GET +
#    LIST pages + one INITIATE and ceil(len / page) RETRIEVEs per segment,
#    at 4 KiB (bnxt_en's page) and 64 KiB (the kernel's DMA cap) pages;
# 2. peak RSS of fwctl (/usr/bin/time) for 1, 16 and 64 MiB dumps: flat
#    in the dump size, since each page goes straight to the file.
set -eu
B=${1:-build}
EMU=$B/tests/emu/fwctl-emu
FWCTL=$B/fwctl
TIME=/usr/bin/time
tmp=$(mktemp -d "${TMPDIR:-/tmp}/bnxt-bench.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
[ -x "$EMU" ] || { echo "fwctl-emu not built: skipped"; exit 0; }
[ -x "$TIME" ] || { echo "$TIME missing (Debian: time): skipped"; exit 0; }

# run SIZE PAGE: dump, print "size page rpcs min_rpcs rss_kib seconds"
run() {
	local size=$1 page=$2
	"$EMU" --device "bnxt,coredump=$size" --describe >"$tmp/desc"
	"$EMU" --device "bnxt,coredump=$size" -- "$TIME" -f "rss_kib=%M" -o "$tmp/rss" \
		"$FWCTL" -q bnxt coredump -o "$tmp/core.bin" --force --retrieve-len "$page" -j >"$tmp/sum"
	python3 - "$tmp/desc" "$tmp/sum" "$tmp/rss" "$size" "$page" <<'PY'
import json, sys
d = json.load(open(sys.argv[1]))[0]["driver"]["coredump"]
s = json.load(open(sys.argv[2]))
rss = int(open(sys.argv[3]).read().split("rss_kib=")[1])
page = {"4K": 4096, "64K": 65535}[sys.argv[5]]
minimum = 2 + d["list_rpcs"] + d["segments"] + sum(-(-t["length"] // page) for t in d["segment_table"])
print("size=%s page=%s bytes=%d rpcs=%d min_rpcs=%d rpcs/min=%.3f rss_kib=%d seconds=%.3f rpcs_per_s=%.0f"
      % (sys.argv[4], sys.argv[5], s["bytes"], s["rpcs"], minimum, s["rpcs"] / minimum, rss,
         s["seconds"], s["rpcs"] / s["seconds"] if s["seconds"] else 0))
PY
}

echo "== RPCs vs minimum, peak RSS"
for size in 1M 16M 64M; do
	run "$size" 64K | tee -a "$tmp/rows"
done
run 16M 4K | tee -a "$tmp/rows"
awk '/page=64K/ { sub("rss_kib=", "", $7); r[$1] = $7 }
	END { printf "peak RSS 64MiB/1MiB=%.3f (flat = 1.0)\n", r["size=64M"] / r["size=1M"] }' "$tmp/rows"
