#!/bin/bash
# SPDX-License-Identifier: GPL-2.0-or-later
# Regenerate tests/fuzz/corpus/mlx5-objects from the emulated firmware:
# one seed per object, its catalogue index byte followed by the raw out
# mailbox of `fwctl mlx5 query --format=binary`.
#   tests/fuzz/mlx5-objects/seed.sh BUILDDIR
set -eu
here=$(cd "$(dirname "$0")" && pwd)
build=${1:?usage: seed.sh BUILDDIR}
corpus="$here/../corpus/mlx5-objects"
. "$here/../../cli/mlx5-objects/objects.sh"
mkdir -p "$corpus"
i=0
for row in "${OBJECTS[@]}"; do
	IFS='|' read -r name args _ <<<"$row"
	rm -f "$corpus/.raw"   # -o never overwrites
	# shellcheck disable=SC2086
	"$build/tests/emu/fwctl-emu" --device mlx5 -- "$build/fwctl" --format=binary \
		-o "$corpus/.raw" mlx5 query "$name" $args
	{ printf "\\x$(printf %02x "$i")"; cat "$corpus/.raw"; } >"$corpus/$(printf %02d "$i")-$name"
	i=$((i + 1))
done
rm -f "$corpus/.raw"
