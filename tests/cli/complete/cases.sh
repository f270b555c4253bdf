# SPDX-License-Identifier: GPL-2.0-or-later
# Completion cases, the same for every shell: sourced by
# test-complete-SHELL.sh after it set SHELL_UNDER_TEST; SHELL-complete here
# prints the sorted candidates that shell offers for a command line.  The
# cases are those of the bash tests (core/test-cli.sh,
# mlx5/test-mlx5-complete.sh, pds/test-pds-complete.sh) so the three
# completions must agree.
if ! command -v "$SHELL_UNDER_TEST" >/dev/null; then
	# scripts/setup-deps --test installs it; CI must not skip.
	[ "${CI:-}" = true ] && { echo "1..1"; echo "not ok 1 - $SHELL_UNDER_TEST not installed"; exit 1; }
	echo "1..0 # SKIP $SHELL_UNDER_TEST not installed"
	exit 0
fi
DRIVER="$(dirname "$0")/$SHELL_UNDER_TEST-complete"
. "$(dirname "$0")/../lib.sh"
SRC=${FWCTL_SRCDIR:?}
COMPDIR="$SRC/completions"
export PATH="$(dirname "$FWCTL"):$PATH"
export FWCTL_PDS_CATALOG="$SRC/plugins/pds/catalog/emulated.json"

complete_words() { # words... (the last one is being completed)
	T_LAST_CMD="$(basename "$DRIVER") $*"
	OUT=$("$DRIVER" "$COMPDIR" "$@" 2>"$T_TMP/err")
	RC=$? ERR=$(cat "$T_TMP/err")
}
sorted() { tr ' ' '\n' <<<"$1" | sed '/^$/d' | sort -u; }
# expect_has "CANDIDATES" DESC: each is offered
expect_has() {
	local c missing=0
	for c in $1; do grep -qx -- "$c" <<<"$OUT" || { echo "# lacks $c"; missing=1; }; done
	ok $missing "$2"
}
# expect_set "CANDIDATES" DESC: exactly these are offered
expect_set() { ok "$([ "$OUT" = "$(sorted "$1")" ]; echo $?)" "$2"; }
expect_none() { ok "$([ -z "$OUT" ] && [ "$RC" = 0 ]; echo $?)" "$1"; }

# Commands, plugins, their commands.
complete_words fwctl ""
expect_has "$("$FWCTL" --list-cmds)" "every command and plugin"
for p in $("$FWCTL" --list-plugins); do
	complete_words fwctl "$p" ""
	expect_set "$("$FWCTL" "$p" --list-cmds)" "exactly the $p commands"
done
complete_words fwctl mlx5 re
expect_set "reg resource-dump" "a prefix narrows the commands (mlx5 re)"

# Options and their values.
complete_words fwctl rpc --sc
expect_set "--scope" "an option name (rpc --sc)"
complete_words fwctl rpc --scope ""
expect_set "config debug-ro debug-write debug-write-full" "--scope values"
complete_words fwctl mlx5 query-caps --t
expect_has "--type" "option --type"
complete_words fwctl mlx5 query-caps --type ""
expect_has "all general general_2 macsec adv_virtualization" "capability types"
complete_words fwctl mlx5 query-caps --type ge
expect_set "general general_2" "a prefix narrows the types"
complete_words fwctl mlx5 diag-counters --
expect_has "--enable --sample --interval --force" "diag-counters options"
complete_words fwctl mlx5 reg --s
expect_has "--set" "reg --set"
complete_words fwctl mlx5 mo
expect_set "module" "mlx5 mo: the module command"
complete_words fwctl mlx5 module --m
expect_set "--module" "mlx5 module --module"
complete_words fwctl mlx5 module --module ""
expect_none "mlx5 module --module N: a number, nothing offered"

# Positional names: registers, opcodes, pds operations.
complete_words fwctl mlx5 reg ""
expect_has "paos ptys pmtu ppcnt pcam qcam mcam mtmp mcia" "registers as the first argument"
complete_words fwctl mlx5 reg --register ""
expect_has "mtmp" "--register values"
complete_words fwctl mlx5 cmd QUERY_A
expect_has "QUERY_ADAPTER" "opcode names"
complete_words fwctl -j --scope debug-ro mlx5 reg mt
expect_set "mtmp" "global options with values before the plugin are skipped"
complete_words fwctl pds call ""
ok "$([ "$(wc -l <<<"$OUT")" = 10 ]; echo $?)" "10 pds operations offered"
expect_has "debug.raw_poke" "debug.raw_poke offered"
complete_words fwctl pds call port.
expect_set "port.get_config port.set_config port.commit" "prefix port."
complete_words fwctl pds catalog co
expect_set "counters.read_counters counters.clear_counters" "pds catalog completes too"
complete_words fwctl pds rpc --
expect_has "--op-version --resp-len" "pds rpc options"
FWCTL_PDS_CATALOG=/nonexistent complete_words fwctl pds call ""
expect_none "no catalogue: nothing offered, no error"

# A --catalog FILE on the line wins over the environment.
mini="$T_TMP/one.json"
"$PY" - "$FWCTL_PDS_CATALOG" "$mini" <<'PY'
import json, sys
c = json.load(open(sys.argv[1]))
ep = next(e for e in c["endpoints"] if any(o["name"] == "get_config" for o in e["operations"]))
ep["operations"] = [o for o in ep["operations"] if o["name"] == "get_config"]
c["endpoints"] = [ep]
json.dump(c, open(sys.argv[2], "w"))
PY
want=$("$PY" -c 'import json,sys; print(json.load(open(sys.argv[1]))["endpoints"][0]["name"] + ".get_config")' "$mini")
FWCTL_PDS_CATALOG=/nonexistent complete_words fwctl pds call --catalog "$mini" ""
expect_set "$want" "--catalog FILE on the line: its one operation"
FWCTL_PDS_CATALOG=/nonexistent complete_words fwctl pds catalog "--catalog=$mini" ""
expect_set "$want" "--catalog=FILE form too"
complete_words fwctl pds call --catalog /nonexistent/x.json ""
expect_none "a --catalog that does not load: nothing offered, no error"

# File names where a file is asked for.
: >"$T_TMP/report-out.json"
complete_words fwctl report -o "$T_TMP/report-o"
expect_set "$T_TMP/report-out.json" "-o completes file names"

# Device names, from fwctl list -j of the emulated machine.
T_LAST_CMD="fwctl-emu -- $(basename "$DRIVER") fwctl info -d ''"
OUT=$("$FWCTL_EMU" -- "$DRIVER" "$COMPDIR" fwctl info -d "" 2>/dev/null)
for n in fwctl0 fwctl3 mem0; do
	expect_has "$n" "device name $n"
done
ok "$(grep -q '^mlx5_' <<<"$OUT"; echo $?)" "RDMA device names"
# Values of global options, names of every table, field names.
complete_words fwctl --scope d
expect_set "debug-ro debug-write debug-write-full" "fwctl --scope: the scopes"
complete_words fwctl --format ""
expect_set "binary json text" "fwctl --format: the formats"
complete_words fwctl help m
expect_set "metrics mlx5" "fwctl help: commands and plugins"
complete_words fwctl bnxt query t
expect_set "temperature" "bnxt query: query names"
complete_words fwctl bnxt hwrm VER
expect_set "VER_GET" "bnxt hwrm: HWRM command names"
complete_words fwctl mlx5 reg paos --set ad
expect_set "admin_mtu= admin_status=" "mlx5 reg --set: writable fields"
complete_words fwctl mlx5 reg paos --index lo
expect_set "local_port=" "mlx5 reg --index: index fields"
# After the first positional word: what may follow it, not the first list again.
complete_words fwctl mlx5 reg paos ""
expect_set "local_port=" "mlx5 reg paos: the register's index fields"
complete_words fwctl -j mlx5 reg --set admin_status=1 ptys ""
expect_set "local_port= proto_mask=" "mlx5 reg ptys after options: its own index fields"
complete_words fwctl mlx5 reg nosuchreg ""
expect_none "after an unknown register: nothing"
complete_words fwctl cxl feature ""
expect_set "get set" "cxl feature: the actions only"
complete_words fwctl cxl feature get ""
expect_set "$("$FWCTL" cxl feature --list-values positional -- get)" "cxl feature get: the feature names"
ok_if '! grep -qx get <<<"$OUT" && grep -qx patrol-scrub <<<"$OUT"' "feature names without the actions"
complete_words fwctl cxl feature set patrol-scrub ""
expect_set "enabled= scrub_cycle_hours=" "cxl feature set FEATURE: its writable fields"
complete_words fwctl mlx5 query flow_table ""
expect_set "table_id= table_type=" "mlx5 query OBJECT: its inputs"
complete_words fwctl help mlx5 ""
expect_set "$("$FWCTL" mlx5 --list-cmds)" "fwctl help PLUGIN: its commands"
complete_words fwctl mlx5 cmd NOP ""
expect_none "mlx5 cmd after the opcode: nothing"
done_testing
