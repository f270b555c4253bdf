#!/bin/bash
# SPDX-License-Identifier: GPL-2.0-or-later
# Completion of the mlx5 commands: names, options, capability types,
# register names (positional and --register, mgir included), opcode names;
# and the core list --long next to them.
. "$(dirname "$0")/../lib.sh"

SRC=${FWCTL_SRCDIR:-$(dirname "$0")/../../..}
complete_words() { # words... (last one is being completed)
	bash -c '. "$1"; shift; COMP_WORDS=("$@"); COMP_CWORD=$((${#COMP_WORDS[@]} - 1))
		_fwctl; printf "%s\n" "${COMPREPLY[@]}"' _ "$SRC/completions/fwctl" "$@"
}
PATH="$(dirname "$FWCTL"):$PATH"
export PATH
has() { grep -qx -- "$1" <<<"$2"; echo $?; }

got=$(complete_words fwctl mlx5 "")
for c in query-caps identity module reg diag-counters cmd; do
	ok "$(has "$c" "$got")" "command $c completes"
done
got=$(complete_words fwctl mlx5 query-caps --t)
ok "$(has --type "$got")" "option --type completes"
got=$(complete_words fwctl mlx5 query-caps --type "")
for t in all general general_2 macsec adv_virtualization; do
	ok "$(has "$t" "$got")" "capability type $t completes"
done
got=$(complete_words fwctl mlx5 query-caps --type ge)
ok "$([ "$(sort <<<"$got" | tr '\n' ' ')" = "general general_2 " ]; echo $?)" "prefix narrows the types"
got=$(complete_words fwctl mlx5 reg "")
for r in paos ptys pmtu ppcnt pcam qcam mcam mtmp mcia mgir; do
	ok "$(has "$r" "$got")" "register $r completes as the first argument"
done
got=$(complete_words fwctl mlx5 reg --register "")
ok "$(has mtmp "$got")" "--register values complete"
ok "$(has mgir "$got")" "--register offers mgir"
got=$(complete_words fwctl mlx5 reg mg)
ok "$([ "$got" = mgir ]; echo $?)" "'mg' completes to mgir only"
got=$(complete_words fwctl list --)
ok "$(has --long "$got")" "fwctl list --long completes"
got=$(complete_words fwctl mlx5 reg --s)
ok "$(has --set "$got")" "--set completes"
got=$(complete_words fwctl mlx5 module --)
ok "$(has --module "$got")" "mlx5 module --module completes"
got=$(complete_words fwctl mlx5 cmd QUERY_A)
ok "$(has QUERY_ADAPTER "$got")" "opcode names complete"
got=$(complete_words fwctl mlx5 diag-counters --)
for o in --enable --sample --interval --force; do
	ok "$(has "$o" "$got")" "diag-counters option $o completes"
done

done_testing
