#!/bin/bash
# The command table: help, usage errors, -h for every command, man pages,
# --force gates, completion.
. "$(dirname "$0")/../lib.sh"
SRC=${FWCTL_SRCDIR:?}

run_plain --version
expect_rc 0 "--version"
expect_out_re '^fwctl [0-9]' "version line"
run_plain version -j
expect_json 'isinstance(j["plugins"], list)' "version -j lists plugins"
run_plain --help
expect_rc 0 "--help"
run_plain
expect_rc 2 "no command"
run_plain nosuchcommand
expect_rc 2 "unknown command"
run_plain list --nosuchoption
expect_rc 2 "unknown option"
expect_err_re "unknown option '--nosuchoption'" "names the option"
run_plain list -j extra
expect_rc 2 "unexpected argument"
run_plain list --format=xml
expect_rc 2 "bad --format value"
run_plain list --format=binary -o /dev/null
expect_rc 2 "list has no binary form"

run_plain help --list -j
expect_rc 0 "help --list -j"
expect_json 'all(set(c) >= {"plugin", "command", "summary", "options", "min_scope", "flags"} for c in j["commands"])' \
	"command table keys"
expect_json '{"list", "info", "rpc", "help", "version"} <= {c["command"] for c in j["commands"] if c["plugin"] is None}' \
	"core commands present"
cmds=$(json_get '[(c["plugin"] or "") + ":" + c["command"] for c in j["commands"]]')

for pc in $cmds; do
	p=${pc%%:*} c=${pc#*:}
	run_plain $p $c -h
	expect_rc 0 "fwctl $p $c -h"
	expect_out_re "^usage: fwctl ${p:+$p }$c" "usage line of $p $c"
	page="fwctl${p:+-$p}-$c.8.scd"
	ok "$(find "$SRC/Documentation" -name "$page" | grep -q .; echo $?)" "man page source $page"
	run_plain $p $c --list-opts
	expect_out_re '^--device=$' "--list-opts of $p $c includes global options"
done
# Each "writes" command is driven with arguments that write in
# tests/cli/report/test-policy.sh.

# Completion asks the binary; drive it the way bash does.
complete_words() { # words... (last one is being completed)
	COMP_WORDS=("$@") COMP_CWORD=$(($# - 1)) bash -c '
		. "$1"; shift; COMP_WORDS=("$@"); COMP_CWORD=$((${#COMP_WORDS[@]} - 1))
		_fwctl; printf "%s\n" "${COMPREPLY[@]}"' _ "$SRC/completions/fwctl" "$@"
}
dir=$(dirname "$FWCTL")
export PATH="$dir:$PATH"
got=$(complete_words fwctl "")
missing=0
for c in $("$FWCTL" --list-cmds); do
	grep -qx "$c" <<<"$got" || { echo "# completion lacks $c"; missing=1; }
done
ok $missing "completion offers every command and plugin"
for p in $("$FWCTL" --list-plugins); do
	got=$(complete_words fwctl "$p" "")
	missing=0
	for c in $("$FWCTL" "$p" --list-cmds); do
		grep -qx "$c" <<<"$got" || missing=1
	done
	ok $missing "completion offers every $p command"
done
got=$(complete_words fwctl rpc --sc)
ok "$(grep -qx -- --scope <<<"$got"; echo $?)" "completion of an option name"
got=$(complete_words fwctl rpc --scope "")
ok "$(grep -qx debug-ro <<<"$got"; echo $?)" "completion of --scope values"
T_LAST_CMD="completion of -d under fwctl-emu"
got=$("$FWCTL_EMU" -- bash -c '. "$1"; COMP_WORDS=(fwctl info -d ""); COMP_CWORD=3; _fwctl;
	printf "%s\n" "${COMPREPLY[@]}"' _ "$SRC/completions/fwctl" 2>/dev/null)
OUT=$got
for n in fwctl0 fwctl3 mem0; do
	ok "$(grep -qx "$n" <<<"$got"; echo $?)" "completion offers device name $n"
done
ok "$(grep -q '^mlx5_' <<<"$got"; echo $?)" "completion offers RDMA names"

# -j promises one JSON document even when the command line itself is wrong,
# wherever -j stands relative to the mistake.
for args in "-j rpc --scope 4 --in-hex 00" "-j list --bogus" "-j bogus" \
	"rpc --bogus --json" "--format=json mlx5 query-caps --type nope"; do
	# shellcheck disable=SC2086
	run_plain $args
	expect_rc 2 "usage error exits 2: fwctl $args"
	expect_json 'j["error"]["kind"] == "usage" and j["error"]["message"]' \
		"usage error as a JSON error object: fwctl $args"
done
run_plain list --bogus
expect_rc 2 "usage error without -j exits 2"
ok "$([ -z "$OUT" ]; echo $?)" "usage error without -j prints nothing on stdout"
# Names forgive: typos get the closest names, case and '-'/'_' do not matter.
run_plain lst
expect_rc 2 "fwctl lst: unknown command"
expect_err_re "did you mean 'list'" "suggests list"
run_plain mlx6 identity
expect_rc 2 "a mistyped plugin"
expect_err_re "did you mean 'mlx5'" "suggests the plugin"
run_fwctl -- --format JSON list
expect_rc 0 "--format JSON: a choice in any case"
expect_json 'j["devices"]' "and it is JSON"
run_fwctl -- --scope debug-r list
expect_rc 2 "--scope debug-r"
expect_err_re "did you mean 'debug-ro'" "suggests the scope"
run_fwctl -- -d fwctl0 mlx5 query vport-state -j
expect_rc 0 "mlx5 query vport-state: '-' for '_'"
run_fwctl -- bnxt query func_qcaps -j
expect_rc 0 "bnxt query func_qcaps: '_' for '-'"
run_fwctl -- -d fwctl0 mlx5 reg Paos -j
expect_rc 0 "mlx5 reg Paos: any case"
# Global options between the plugin and its command, as README shows.
run_fwctl -- mlx5 -d mlx5_0 identity -j
expect_rc 0 "fwctl mlx5 -d mlx5_0 identity"
expect_json 'j["device"] == "fwctl0"' "-d between plugin and command resolves"
run_fwctl -- mlx5 -j -d fwctl1 reg paos
expect_rc 0 "fwctl mlx5 -j -d fwctl1 reg paos"
expect_json 'j["device"] == "fwctl1" and j["register"] == "paos"' "-j and -d between plugin and command"
run_plain mlx5 --bogus
expect_rc 2 "an unknown option after the plugin"
# fwctl PLUGIN help [COMMAND] is fwctl help PLUGIN [COMMAND].
run_plain help mlx5
help_plugin=$OUT
run_plain mlx5 help
expect_rc 0 "fwctl mlx5 help"
ok_if '[ "$OUT" = "$help_plugin" ] && [ -z "$ERR" ]' "prints what fwctl help mlx5 does, on stdout"
run_plain help mlx5 identity
help_cmd=$OUT
run_plain mlx5 help identity
expect_rc 0 "fwctl mlx5 help identity"
ok_if '[ "$OUT" = "$help_cmd" ]' "the command's help, as fwctl help mlx5 identity"
run_plain mlx5 help nosuch
expect_rc 2 "fwctl mlx5 help NOSUCH"
expect_err_re "no mlx5 command 'nosuch'" "names the word, as fwctl help does"
done_testing
