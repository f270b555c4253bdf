#!/bin/bash
# SPDX-License-Identifier: GPL-2.0-or-later
# Completion against the command table, for every command `fwctl help
# --list -j` lists (bash completion, completions/fwctl):
#  - every option that takes a value: what completion offers is exactly
#    what `--list-values OPTION` says, each offered value is accepted by
#    the parser, and a value off a choice list is refused (exit 2);
#  - the first positional argument: completion offers exactly
#    `--list-values positional`, and the command, run with each offered
#    word under fwctl-emu (--dry-run: nothing is sent), never calls that
#    word unknown; one of its words misspelt is refused with a "did you
#    mean" naming it.
# Options naming files or devices complete as such and are left out.
. "$(dirname "$0")/../lib.sh"
SRC=${FWCTL_SRCDIR:?}
DRIVER="$(dirname "$0")/bash-complete"
export PATH="$(dirname "$FWCTL"):$PATH"
export FWCTL_PDS_CATALOG="$SRC/plugins/pds/catalog/emulated.json"

complete_words() { OUT=$("$DRIVER" "$SRC/completions" "$@" 2>/dev/null); }
sorted() { sed '/^$/d' | sort -u; }

run_plain help --list -j
table=$OUT
# plugin<TAB>command<TAB>long<TAB>has-choices, one line per option taking a value.
opts=$("$PY" -c 'import json,sys
skip = {"device", "output", "in", "data", "catalog", "buf-in", "buf-out", "list-values"}
for c in json.loads(sys.argv[1])["commands"]:
    for o in c["options"]:
        if o["argument"] and o["long"] not in skip:
            print("%s\t%s\t%s\t%d" % (c["plugin"] or "-", c["command"], o["long"], "choices" in o))' "$table")

n_opts=0
while IFS=$'\t' read -r p c long choices; do
	[ -n "$p" ] || continue
	[ "$p" = - ] && p=
	want=$("$FWCTL" $p $c --list-values "$long" 2>/dev/null | sorted)
	complete_words fwctl $p $c "--$long" ""
	ok_if '[ "$OUT" = "$want" ]' "${p:+$p }$c --$long: completion offers --list-values"
	n_opts=$((n_opts + 1))
	[ "$choices" = 1 ] || continue
	bad=
	for v in $want; do
		"$FWCTL" $p $c "--$long" "$v" --help >/dev/null 2>&1 || bad="$bad $v"
	done
	ok_if '[ -z "$bad" ]' "${p:+$p }$c --$long: every offered value is accepted${bad:+ (not:$bad)}"
	"$FWCTL" $p $c "--$long" no-such-value-at-all --help >/dev/null 2>&1
	ok_if '[ $? = 2 ]' "${p:+$p }$c --$long: a value off the list is refused"
done <<<"$opts"
ok_if '[ $n_opts -gt 10 ]' "$n_opts options walked"

# The first positional word of every command that completes one.
cmds=$("$PY" -c 'import json,sys
for c in json.loads(sys.argv[1])["commands"]:
    print("%s\t%s" % (c["plugin"] or "-", c["command"]))' "$table")
script="$T_TMP/positional.sh"
: >"$script"
n_pos=0
while IFS=$'\t' read -r p c; do
	[ "$p" = - ] && p=
	want=$("$FWCTL" $p $c --list-values positional 2>/dev/null | sorted)
	[ -n "$want" ] || continue
	complete_words fwctl $p $c ""
	ok_if '[ "$OUT" = "$want" ]' "${p:+$p }$c: completion offers --list-values positional"
	n_pos=$((n_pos + 1))
	# "-" for no plugin: a tab is whitespace to read, an empty field would vanish.
	for w in $want; do
		printf '%s\t%s\t%s\n' "${p:--}" "$c" "$w" >>"$script.cases"
	done
	# One misspelling per command: its first word of 5 or more letters
	# with the last one dropped, when that is no offered word itself.
	for w in $want; do
		[ ${#w} -ge 5 ] && [[ $w =~ ^[A-Za-z][A-Za-z_-]+$ ]] || continue
		printf '%s\n' "$want" | grep -qix "${w%?}" && continue
		printf '%s\t%s\t%s\n' "${p:--}" "$c" "$w" >>"$script.typos"
		break
	done
done <<<"$cmds"
ok_if '[ $n_pos -ge 8 ]' "$n_pos commands complete a positional word"

# One emulated machine runs every word; a word the command does not take
# is named in a usage error ("unknown ... 'W'", "no ... 'W'", "'W' is
# neither ...").  (cxl features checks its names against the device's
# list, which a dry run does not read: there this proves nothing.)
cat >"$script" <<'SH'
# The device of plugin $1's type in the default machine, as -d DEV.
device_of() {
	case $1 in
	mlx5) echo "-d fwctl0" ;; pds) echo "-d fwctl2" ;; cxl) echo "-d fwctl3" ;; bnxt) echo "-d fwctl4" ;;
	esac
}
while IFS=$'\t' read -r p c w; do
	[ "$p" = - ] && p=
	# shellcheck disable=SC2086
	err=$($FWCTL $(device_of "$p") --dry-run $p $c "$w" 2>&1 >/dev/null)
	# ENDPOINT.OPERATION: an unknown endpoint is named alone.
	if printf '%s' "$err" | grep -Eq "(unknown|no) [^']*'($w|${w%%.*})'|'$w' is (neither|not)"; then
		printf 'refused\t%s %s %s\t%s\n' "$p" "$c" "$w" "$(printf '%s' "$err" | head -1)"
	fi
done <"$1"
# A misspelt word: refused with the word it misses among the suggestions.
while IFS=$'\t' read -r p c w; do
	[ "$p" = - ] && p=
	# shellcheck disable=SC2086
	err=$($FWCTL $(device_of "$p") --dry-run $p $c "${w%?}" 2>&1 >/dev/null)
	rc=$?
	if [ $rc != 2 ] || ! printf '%s' "$err" | grep -iq "did you mean.*'$w'"; then
		printf 'nosuggest\t%s %s %s\t%s\n' "$p" "$c" "${w%?}" "rc=$rc $(printf '%s' "$err" | head -1)"
	fi
	printf 'typo\t%s %s\n' "$p" "$c"
done <"$2"
echo walked
SH
run_emu_sh -- "bash '$script' '$script.cases' '$script.typos'"
ok_if 'grep -qx walked "$T_TMP/out"' "every offered word run under fwctl-emu"
refused=$(grep '^refused' "$T_TMP/out")
ok_if '[ -z "$refused" ]' "no offered positional word is refused as unknown"
[ -z "$refused" ] || printf '%s\n' "$refused" | head -20 | sed 's/^/# /'
n_typos=$(grep -c '^typo' "$T_TMP/out")
ok_if '[ "$n_typos" -ge 7 ]' "$n_typos commands given a misspelt first word"
nosuggest=$(grep '^nosuggest' "$T_TMP/out")
ok_if '[ -z "$nosuggest" ]' "each misspelling refused (exit 2) with the word among the suggestions"
[ -z "$nosuggest" ] || printf '%s\n' "$nosuggest" | head -20 | sed 's/^/# /'
done_testing
