#!/bin/bash
# SPDX-License-Identifier: GPL-2.0-or-later
# Every firmware layout table against its declarative source
# (plugins/*/layouts/*.layout, scripts/prm-layouts), that the check catches
# a wrong width, and the mlx5 layouts against the kernel's mlx5_ifc.h when
# a kernel tree is at hand (FWCTL_KERNEL_SRC, or the one tests/vm caches).
# TAP.
set -u
src=${FWCTL_SRCDIR:?}
tool=$src/scripts/prm-layouts
. "$(dirname "$0")/../cli/lib.sh"
tmp=$T_TMP

out=$("$tool" check "$src" 2>&1); rc=$?
printf '%s\n' "$out" | sed 's/^/# /'
ok $rc "every table matches its .layout block"

# A copy with one width changed must fail and name the field.
mkdir -p "$tmp/src"
cp -r "$src/plugins" "$src/lib" "$src/output" "$tmp/src/"
sed -i '0,/^  admin_status 0x4$/s//  admin_status 0x3/' "$tmp/src/plugins/mlx5/layouts/prm_regs.layout"
out=$("$tool" check "$tmp/src" 2>&1); rc=$?
printf '%s\n' "$out" | grep -q "field 'admin_status' at 0x14 width 0x4" && [ $rc = 1 ]
ok $? "a wrong width in a .layout is reported with the field and exit 1"

hdr=
if [ -n "${FWCTL_KERNEL_SRC:-}" ]; then
	hdr=$FWCTL_KERNEL_SRC/include/linux/mlx5/mlx5_ifc.h
else
	hdr=$(find "${XDG_CACHE_HOME:-$HOME/.cache}/fwctl/vm" -maxdepth 6 -path '*/include/linux/mlx5/mlx5_ifc.h' 2>/dev/null | sort | tail -1)
fi
if [ -n "$hdr" ] && [ -f "$hdr" ]; then
	out=$("$tool" check --kernel-ifc "$hdr" "$src" 2>&1); rc=$?
	printf '%s\n' "$out" | sed 's/^/# /'
	ok $rc "mlx5 layouts agree with $hdr"
else
	skip "mlx5 layouts agree with the kernel's mlx5_ifc.h" \
		"no kernel tree (FWCTL_KERNEL_SRC or tests/vm's cache)"
fi
done_testing
