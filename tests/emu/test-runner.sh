#!/bin/bash
# SPDX-License-Identifier: GPL-2.0-or-later
# fwctl-emu itself: exit status pass-through, --stats, --describe, taint
# file, errors.  Usage: test-runner.sh FWCTL_EMU CLIENT
emu=$1 client=$2
n=0 failed=0
ok() { n=$((n+1)); if eval "$1"; then echo "ok $n - $2"; else echo "not ok $n - $2"; failed=1; fi; }
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT

"$emu" -- sh -c 'exit 7'; rc=$?
ok '[ $rc = 7 ]' "exit status passes through"
"$emu" -- sh -c 'kill -TERM $$'; rc=$?
ok '[ $rc = 143 ]' "killed child -> 128+signal"
"$emu" --device bogus -- true 2>"$tmp/err"; rc=$?
ok '[ $rc = 125 ] && grep -q "^fwctl-emu: unknown device type .bogus." "$tmp/err"' "unknown type is an error"
"$emu" --device mlx5,colour=red -- true 2>"$tmp/err"; rc=$?
ok '[ $rc = 125 ] && grep -q "colour" "$tmp/err"' "unknown key named"
"$emu" --fault bogus -- true 2>"$tmp/err"; rc=$?
ok '[ $rc = 125 ] && grep -q "unknown fault kind" "$tmp/err"' "unknown fault kind"

"$emu" --describe > "$tmp/d.json"; rc=$?
ok '[ $rc = 0 ] && python3 -c "
import json,sys; d=json.load(open(sys.argv[1]))
assert [x[\"type\"] for x in d]==[\"mlx5\",\"mlx5\",\"pds\",\"cxl\",\"bnxt\"]
assert d[4][\"pci\"]==\"0000:3b:00.0\" and d[4][\"netdev\"]==\"ens3f0np0\"
assert d[0][\"pci\"]==\"0000:08:00.0\" and d[0][\"netdev\"]==\"enp8s0f0np0\" and d[0][\"rdma\"]==\"mlx5_0\"
assert d[1][\"netdev\"]==\"enp65s0f0np0\" and d[1][\"rdma\"]==\"mlx5_1\"
assert d[3][\"memdev\"]==\"mem0\" and d[3][\"name\"]==\"fwctl3\"
" "$tmp/d.json"' "--describe default machine"

"$emu" --device mlx5,count=3 --device cxl,count=2 --describe > "$tmp/d2.json"
ok 'python3 -c "
import json,sys; d=json.load(open(sys.argv[1]))
assert len(d)==5 and len({x[\"pci\"] for x in d})==5
assert [x[\"memdev\"] for x in d[3:]]==[\"mem0\",\"mem1\"]
assert len({x[\"rdma\"] for x in d[:3]})==3
" "$tmp/d2.json"' "count=N makes unique names"

"$emu" --stats "$tmp/s.json" -- "$client" > "$tmp/out"; rc=$?
ok '[ $rc = 0 ]' "client passes under fwctl-emu"
ok 'python3 -c "
import json,sys; s=json.load(open(sys.argv[1]))
d=s[\"devices\"][0]
assert s[\"tainted\"] is False, s
assert d[\"name\"]==\"fwctl0\" and d[\"type\"]==\"mlx5\"
assert d[\"rpcs\"]==3 and d[\"rpcs_by_scope\"]==[1,2,0,0], d
assert d[\"infos\"]==1, d
" "$tmp/s.json"' "--stats counts infos, rpcs, scopes"

"$emu" --stats "$tmp/s2.json" -- sh -c 'cat "$FWCTL_PROC_TAINTED"' > "$tmp/t0"
ok '[ "$(cat "$tmp/t0")" = 0 ]' "fake tainted file starts at 0"
"$emu" -- sh -c 'ls /dev/fwctl' > "$tmp/ls"
ok '[ "$(tr "\n" " " < "$tmp/ls")" = "fwctl0 fwctl1 fwctl2 fwctl3 fwctl4 " ]' "nodes visible to COMMAND"
"$emu" -- sh -c 'readlink -f /sys/class/fwctl/fwctl3/device' > "$tmp/l"
ok 'grep -q "mem0$" "$tmp/l"' "cxl fwctl parent is the memdev"
"$emu" -- sh -c 'basename $(readlink /sys/class/fwctl/fwctl0/device/driver)' > "$tmp/drv"
ok '[ "$(cat "$tmp/drv")" = mlx5_core ]' "PCI parent has a driver link"

echo "1..$n"
exit $failed
