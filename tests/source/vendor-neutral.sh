#!/bin/bash
# SPDX-License-Identifier: GPL-2.0-or-later
# The vendor boundary: lib/, core/, cli/, output/ and fwctl.c name no
# vendor.  Vendor knowledge (driver names, opcodes, errno texts, layouts)
# reaches them only through struct fwctl_plugin, so adding a vendor is
# one folder under plugins/.  The words checked are every plugin's folder
# name plus the vendors' and firmware interfaces' own names.  TAP.
set -u
src=${FWCTL_SRCDIR:?FWCTL_SRCDIR must point at the source tree}
cd "$src" || exit 1
words=(mellanox nvidia connectx broadcom netxtreme pensando hwrm 'access_reg')
for d in plugins/*/; do
	words+=("$(basename "$d")")
done
n=0 failed=0
for w in "${words[@]}"; do
	n=$((n + 1))
	hits=$(grep -rniE --include='*.c' --include='*.h' --include='*.build' "$w" lib core cli output fwctl.c 2>/dev/null)
	if [ -z "$hits" ]; then
		echo "ok $n - no '$w' in lib/ core/ cli/ output/"
	else
		failed=$((failed + 1))
		echo "not ok $n - '$w' named outside plugins/"
		printf '%s\n' "$hits" | head -n 10 | sed 's/^/# /'
	fi
done
n=$((n + 1))
if grep -q "choices" <(grep -A2 "option('plugins'" meson_options.txt); then
	failed=$((failed + 1))
	echo "not ok $n - meson_options.txt lists the plugins (plugins/meson.build owns the list)"
else
	echo "ok $n - meson_options.txt does not list the plugins"
fi
echo "1..$n"
[ "$failed" = 0 ]
