#!/bin/bash
# -d NAME without the scan: every form of NAME (fwctlN, its node, a PCI
# address full, short or in capitals, a netdev, an RDMA device, a memdev,
# names of nothing, devices of the wrong type) gives the same stdout,
# stderr and exit code as the scan of every device (FWCTL_RESOLVE_SCAN=1),
# and the direct way reads no other fwctl device's sysfs files.
. "$(dirname "$0")/../lib.sh"

# same_as_scan RC [fwctl-emu options...] -- fwctl args...
same_as_scan() {
	local want=$1 emu=() rc1 out1 err1
	shift
	while [ $# -gt 0 ] && [ "$1" != "--" ]; do emu+=("$1"); shift; done
	shift
	FWCTL_RESOLVE_SCAN=1 run_fwctl "${emu[@]}" -- "$@"
	rc1=$RC out1=$OUT err1=$ERR
	run_fwctl "${emu[@]}" -- "$@"
	ok_if '[ "$RC" = "$want" ] && [ "$RC" = "$rc1" ] && [ "$OUT" = "$out1" ] && [ "$ERR" = "$err1" ]' \
		"fwctl $*: exit $want, output as with the scan"
	if [ "$RC" != "$rc1" ] || [ "$OUT" != "$out1" ] || [ "$ERR" != "$err1" ]; then
		echo "# scan: rc=$rc1"
		diff <(printf '%s\n' "$out1" "$err1") <(printf '%s\n' "$OUT" "$ERR") | head -n 20 |
			sed 's/^/# /'
	fi
}

# The default machine: mlx5 fwctl0/1, pds fwctl2, cxl fwctl3 (mem0 on
# 0000:0d:00.0), bnxt fwctl4.
for name in fwctl0 fwctl4 /dev/fwctl/fwctl1 /dev/fwctl/fwctl3 0000:08:00.0 41:00.0 \
	0000:3B:00.0 b5:00.0 enp8s0f0np0 enp65s0f0np0 ens3f0np0 mlx5_0 mlx5_1 mem0; do
	same_as_scan 0 -- info -d "$name" -j
done
# Names of nothing: the scan's message (which lists the devices), exit 3.
for name in nope fwctl9 /dev/fwctl/fwctl9 /dev/null /dev/fwctl/../fwctl/fwctl0 fwctl/fwctl0 \
	0000:0d:00.0 0d:00.0 0000:08:00.1 mem1 lo ""; do
	same_as_scan 3 -- info -d "$name" -j
done
same_as_scan 3 -- info -d nope
# A plugin command: the device's type decides, the same way.
same_as_scan 0 -- mlx5 reg PTYS -d enp65s0f0np0 -j
same_as_scan 0 -- mlx5 reg PTYS -d 08:00.0
for name in fwctl2 /dev/fwctl/fwctl2 b5:00.0 mem0 ens3f0np0; do
	same_as_scan 3 -- mlx5 reg PTYS -d "$name"
done
same_as_scan 3 -- cxl features -d mlx5_0 -j
# No -d: the scan, unchanged (two mlx5 devices: choose one, exit 2).
same_as_scan 2 -- mlx5 reg PTYS
same_as_scan 0 -- pds info -j

# A short PCI address names that function in any domain (lspci -s): one
# domain has it, it resolves; two do, it is ambiguous (exit 2, both named).
two=(--device mlx5,pci=0000:08:00.0 --device mlx5,pci=0001:08:00.0,netdev=eth9,rdma=mlx5_9
	--device mlx5,pci=0001:09:00.0,netdev=eth10,rdma=mlx5_10)
same_as_scan 2 "${two[@]}" -- info -d 08:00.0 -j
expect_json 'j["error"]["kind"] == "usage" and "0000:08:00.0" in j["error"]["message"] and "0001:08:00.0" in j["error"]["message"]' \
	"a short address in two domains: ambiguous, both named"
same_as_scan 0 "${two[@]}" -- info -d 09:00.0 -j
expect_json 'j["name"] == "fwctl2"' "a short address in one domain other than 0000 resolves"
same_as_scan 0 "${two[@]}" -- info -d 0001:08:00.0 -j
expect_json 'j["name"] == "fwctl1"' "the full address picks its domain"

# A netdev named like another device (fwctl0's netdev is "fwctl1"): the
# scan takes the first device in fwctlN order that answers to the name.
same_as_scan 0 --device mlx5,netdev=fwctl1 --device pds -- info -d fwctl1 -j
expect_json 'j["name"] == "fwctl0"' "netdev fwctl1 of fwctl0 wins, as in the scan"
same_as_scan 0 --device pds --device mlx5,netdev=fwctl0 -- info -d fwctl0 -j
expect_json 'j["name"] == "fwctl0"' "fwctl0 itself wins over fwctl1's netdev fwctl0"

# More devices, a memdev with no PCI function (cxl_test), pds with names.
big=(--device mlx5,count=6 --device cxl,count=2 --device cxl,parent=platform
	--device pds,netdev=pdsnet0,rdma=pdsib0 --device bnxt)
run_fwctl "${big[@]}" -- list -j
expect_rc 0 "list of the larger machine"
mlx5_pci=$(json_get 'j["devices"][4]["pci_address"]')
pds_short=$(json_get 'j["devices"][9]["pci_address"][5:]')
bnxt_net=$(json_get 'j["devices"][10]["netdevs"][0]')
cxl_short=$(json_get 'j["devices"][6]["pci_address"][5:]')
ok_if '[ -n "$mlx5_pci" ] && [ -n "$pds_short" ] && [ -n "$bnxt_net" ] && [ -n "$cxl_short" ]' \
	"names from list: $mlx5_pci $pds_short $bnxt_net $cxl_short"
for name in fwctl5 /dev/fwctl/fwctl7 mem0 mem1 mem2 pdsnet0 pdsib0 mlx5_3 "$mlx5_pci" \
	"$pds_short" "$bnxt_net"; do
	same_as_scan 0 "${big[@]}" -- info -d "$name" -j
done
same_as_scan 3 "${big[@]}" -- info -d mem3 -j
# A cxl device is named by its memdev, not by its function.
same_as_scan 3 "${big[@]}" -- info -d "$cxl_short" -j
same_as_scan 3 "${big[@]}" -- mlx5 reg PTYS -d mem2

# The direct way opens only the named device's sysfs files (strace sees
# the testbed's real paths); the scan, as a control, opens them all.
fwctl_paths() { # fwctl args: the fwctlN whose sysfs files the run opened
	"$FWCTL_EMU" --device mlx5,count=8 -- strace -f -qq -e trace=open,openat \
		-o "$T_TMP/strace" "$FWCTL" "$@" >/dev/null 2>&1
	grep -oE '/fwctl/fwctl[0-9]+/' "$T_TMP/strace" | sort -u | tr -d '/' | sed 's/^fwctl//' |
		tr '\n' ' '
}
if ! command -v strace >/dev/null || ! strace -qq -o /dev/null true 2>/dev/null; then
	skip "only the named device's files are read" "strace missing or ptrace refused"
else
	for name in fwctl5 /dev/fwctl/fwctl5 0000:01:05.0 mlx5_5 enp1s5f0np0; do
		got=$(fwctl_paths info -d "$name" -j)
		ok_if '[ "$got" = "fwctl5 " ]' "-d $name reads fwctl5's files only (read: $got)"
	done
	got=$(FWCTL_RESOLVE_SCAN=1 fwctl_paths info -d fwctl5 -j)
	ok_if '[ "$(echo $got | wc -w)" = 8 ]' "control: the scan reads all 8 devices ($got)"
fi
done_testing
