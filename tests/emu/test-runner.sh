#!/bin/bash
# SPDX-License-Identifier: GPL-2.0-or-later
# fwctl-emu itself: exit status pass-through, --stats, --describe, taint
# file, errors, teardown with a request in flight.
# Usage: test-runner.sh FWCTL_EMU CLIENT EXIT_MID_IOCTL
emu=$1 client=$2 midexit=$3
. "$(dirname "$0")/../cli/lib.sh"
tmp=$T_TMP

"$emu" -- sh -c 'exit 7'; rc=$?
ok_if '[ $rc = 7 ]' "exit status passes through"
"$emu" -- sh -c 'kill -TERM $$'; rc=$?
ok_if '[ $rc = 143 ]' "killed child -> 128+signal"
"$emu" --device bogus -- true 2>"$tmp/err"; rc=$?
ok_if '[ $rc = 125 ] && grep -q "^fwctl-emu: unknown device type .bogus." "$tmp/err"' "unknown type is an error"
"$emu" --device mlx5,colour=red -- true 2>"$tmp/err"; rc=$?
ok_if '[ $rc = 125 ] && grep -q "colour" "$tmp/err"' "unknown key named"
"$emu" --fault bogus -- true 2>"$tmp/err"; rc=$?
ok_if '[ $rc = 125 ] && grep -q "unknown fault kind" "$tmp/err"' "unknown fault kind"

"$emu" --describe > "$tmp/d.json"; rc=$?
ok_if '[ $rc = 0 ] && python3 -c "
import json,sys; d=json.load(open(sys.argv[1]))
assert [x[\"type\"] for x in d]==[\"mlx5\",\"mlx5\",\"pds\",\"cxl\",\"bnxt\"]
assert d[4][\"pci\"]==\"0000:3b:00.0\" and d[4][\"netdev\"]==\"ens3f0np0\"
assert d[0][\"pci\"]==\"0000:08:00.0\" and d[0][\"netdev\"]==\"enp8s0f0np0\" and d[0][\"rdma\"]==\"mlx5_0\"
assert d[1][\"netdev\"]==\"enp65s0f0np0\" and d[1][\"rdma\"]==\"mlx5_1\"
assert d[3][\"memdev\"]==\"mem0\" and d[3][\"name\"]==\"fwctl3\"
" "$tmp/d.json"' "--describe default machine"

"$emu" --device mlx5,count=3 --device cxl,count=2 --describe > "$tmp/d2.json"
ok_if 'python3 -c "
import json,sys; d=json.load(open(sys.argv[1]))
assert len(d)==5 and len({x[\"pci\"] for x in d})==5
assert [x[\"memdev\"] for x in d[3:]]==[\"mem0\",\"mem1\"]
assert len({x[\"rdma\"] for x in d[:3]})==3
" "$tmp/d2.json"' "count=N makes unique names"

"$emu" --stats "$tmp/s.json" -- "$client" > "$tmp/out"; rc=$?
ok_if '[ $rc = 0 ]' "client passes under fwctl-emu"
ok_if 'python3 -c "
import json,sys; s=json.load(open(sys.argv[1]))
d=s[\"devices\"][0]
assert s[\"tainted\"] is False, s
assert d[\"name\"]==\"fwctl0\" and d[\"type\"]==\"mlx5\"
assert d[\"rpcs\"]==3 and d[\"rpcs_by_scope\"]==[1,2,0,0], d
assert d[\"infos\"]==1, d
" "$tmp/s.json"' "--stats counts infos, rpcs, scopes"

"$emu" --stats "$tmp/s2.json" -- sh -c 'cat "$FWCTL_PROC_TAINTED"' > "$tmp/t0"
ok_if '[ "$(cat "$tmp/t0")" = 0 ]' "fake tainted file starts at 0"
"$emu" -- sh -c 'ls /dev/fwctl' > "$tmp/ls"
ok_if '[ "$(tr "\n" " " < "$tmp/ls")" = "fwctl0 fwctl1 fwctl2 fwctl3 fwctl4 " ]' "nodes visible to COMMAND"
"$emu" -- sh -c 'readlink -f /sys/class/fwctl/fwctl3/device' > "$tmp/l"
ok_if 'grep -q "mem0$" "$tmp/l"' "cxl fwctl parent is the memdev"
"$emu" -- sh -c 'basename $(readlink /sys/class/fwctl/fwctl0/device/driver)' > "$tmp/drv"
ok_if '[ "$(cat "$tmp/drv")" = mlx5_core ]' "PCI parent has a driver link"

# The command dies with an ioctl in flight, and every ioctl waits 20 ms
# first: requests from the dead command are still being dispatched on
# umockdev's worker thread while fwctl-emu tears down and exits (umockdev
# does not join that thread).  Any crash, sanitizer report or hang fails,
# and so do missing stats or a testbed directory left behind (fwctl-emu
# removes it itself); 20 rounds with exit times spread over 1-20 ms.
bad=0
mkdir "$tmp/tb"
for i in $(seq 1 20); do
	rm -f "$tmp/m.json"
	FWCTL_EMU_TMPDIR="$tmp/tb" FWCTL_EMU_DEBUG_IOCTL_DELAY_US=20000 \
		timeout -k 5 30 "$emu" --stats "$tmp/m.json" -- "$midexit" $((i * 1000)) 2>"$tmp/m.err"
	rc=$?
	if [ $rc != 0 ] || grep -Eq "SEGV|Sanitizer|runtime error|g_mutex" "$tmp/m.err" ||
		! grep -q '"infos":' "$tmp/m.json" || [ -n "$(ls -A "$tmp/tb")" ]; then
		bad=$((bad + 1))
		echo "# round $i: exit $rc, left: $(ls -A "$tmp/tb")"; sed 's/^/# /' "$tmp/m.err" | head -n 8
		rm -rf "${tmp:?}/tb/"*
	fi
done
ok_if '[ $bad = 0 ]' "command exiting mid-ioctl: 20 teardowns, no crash, hang or leftover"

done_testing
