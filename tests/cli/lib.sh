# SPDX-License-Identifier: GPL-2.0-or-later
# Helpers for CLI tests: run the real fwctl binary under fwctl-emu and check
# its exit code, stdout (JSON parsed with python3), stderr and the emulator's
# counters.  Output is TAP.  Sourced by tests/cli/<area>/test-*.sh.
#
#   run_fwctl [fwctl-emu options...] -- [fwctl args...]   sets OUT ERR RC
#   run_plain [fwctl args...]         fwctl without the emulator
#   expect_rc N DESC                  exit code
#   expect_json 'PYEXPR' DESC         j = parsed stdout (one JSON document)
#   expect_jsonl 'PYEXPR' DESC        js = list of parsed JSON Lines
#   expect_out_re 'REGEX' DESC        grep -E on stdout
#   expect_err_re 'REGEX' DESC        grep -E on stderr
#   expect_stats 'PYEXPR' DESC        d = fwctl-emu --stats of the last run
#   ok COND_EXIT_STATUS DESC          e.g. ok "$([ -f x ]; echo $?)" "x exists"
#   ok_if 'SHELL CONDITION' DESC      the condition's exit status, e.g. ok_if '[ $rc = 0 ]' "ran"
#   skip DESC REASON                  a check that cannot run here (TAP SKIP)
#   skip_all REASON                   the whole script skipped: exit 77
#   expect_golden NAME DESC           stdout JSON equals golden/NAME.json
#   expect_golden_text NAME DESC      stdout equals golden/NAME.txt
#   expect_golden_delta BASE NAME DESC  stdout JSON differs from golden/BASE.json
#                                     exactly as golden/NAME.json lists (leaf paths)
#   done_testing
# Environment: FWCTL, FWCTL_EMU (from meson), FWCTL_WRAP (e.g. valgrind),
# FWCTL_WRAP_EVERY=N: wrap only the 1st, N+1th, 2N+1th... fwctl run of a
# script (valgrind costs ~30x; ASan/UBSan and LeakSanitizer see every run).

set -u
: "${FWCTL:=}"
: "${FWCTL_EMU:=}"
T_N=0
T_FAIL=0
T_TMP=$(mktemp -d "${TMPDIR:-/tmp}/fwctl-test.XXXXXX")
trap 'rm -rf "$T_TMP"' EXIT
STATS="$T_TMP/stats.json"
OUT= ERR= RC=0
PY=${PYTHON3:-python3}

_t_result() { # status desc
	T_N=$((T_N + 1))
	if [ "$1" = 0 ]; then
		echo "ok $T_N - $2"
	else
		T_FAIL=$((T_FAIL + 1))
		echo "not ok $T_N - $2"
		echo "# command: ${T_LAST_CMD:-}"
		echo "# rc=$RC"
		printf '%s\n' "$OUT" | head -n 40 | sed 's/^/# stdout: /'
		printf '%s\n' "$ERR" | head -n 20 | sed 's/^/# stderr: /'
	fi
}

T_RUNS=0
# Whether the next run_* call will run fwctl under FWCTL_WRAP (a script
# that waits for fwctl waits longer then).
next_run_wrapped() {
	[ -n "${FWCTL_WRAP:-}" ] && [ $((T_RUNS % ${FWCTL_WRAP_EVERY:-1})) = 0 ]
}
# The wrapper for this run (empty when FWCTL_WRAP_EVERY skips it).
_wrap() {
	if next_run_wrapped; then
		T_WRAP=$FWCTL_WRAP
	else
		T_WRAP=
	fi
	T_RUNS=$((T_RUNS + 1))
}

run_fwctl() {
	: "${FWCTL:?FWCTL must point at the fwctl binary}"
	local emu=()
	while [ $# -gt 0 ] && [ "$1" != "--" ]; do emu+=("$1"); shift; done
	[ $# -gt 0 ] && shift
	: "${FWCTL_EMU:?FWCTL_EMU must point at fwctl-emu}"
	rm -f "$STATS"
	T_LAST_CMD="fwctl-emu ${emu[*]} -- fwctl $*"
	_wrap
	# shellcheck disable=SC2086
	"$FWCTL_EMU" "${emu[@]}" --stats "$STATS" -- $T_WRAP "$FWCTL" "$@" \
		>"$T_TMP/out" 2>"$T_TMP/err" </dev/null
	RC=$?
	OUT=$(tr -d '\0' <"$T_TMP/out")   # raw dumps: bash variables hold no NUL
	ERR=$(cat "$T_TMP/err")
}

# Several fwctl runs in one emulated machine (state such as the taint
# carries over): run_emu_sh [fwctl-emu options...] -- 'SCRIPT using $FWCTL'
run_emu_sh() {
	local emu=()
	while [ $# -gt 0 ] && [ "$1" != "--" ]; do emu+=("$1"); shift; done
	[ $# -gt 0 ] && shift
	rm -f "$STATS"
	T_LAST_CMD="fwctl-emu ${emu[*]} -- bash -c '$1'"
	_wrap
	FWCTL="${T_WRAP:+$T_WRAP }$FWCTL" \
		"$FWCTL_EMU" "${emu[@]}" --stats "$STATS" -- bash -c "$1" \
		>"$T_TMP/out" 2>"$T_TMP/err" </dev/null
	RC=$?
	OUT=$(tr -d '\0' <"$T_TMP/out")   # raw dumps: bash variables hold no NUL
	ERR=$(cat "$T_TMP/err")
}

# Evaluate a python expression over the last stdout's JSON and print it.
json_get() {
	"$PY" -c 'import json,sys
j = json.load(open(sys.argv[1]))
v = eval(sys.argv[2])
print("\n".join(map(str, v)) if isinstance(v, list) else v)' "$T_TMP/out" "$1"
}

run_plain() {
	: "${FWCTL:?FWCTL must point at the fwctl binary}"
	T_LAST_CMD="fwctl $*"
	_wrap
	# shellcheck disable=SC2086
	$T_WRAP "$FWCTL" "$@" >"$T_TMP/out" 2>"$T_TMP/err" </dev/null
	RC=$?
	OUT=$(tr -d '\0' <"$T_TMP/out")   # raw dumps: bash variables hold no NUL
	ERR=$(cat "$T_TMP/err")
}

ok() { _t_result "$1" "$2"; }

skip() { T_N=$((T_N + 1)); echo "ok $T_N - $1 # SKIP $2"; }

expect_rc() { [ "$RC" = "$1" ]; _t_result $? "$2 (exit $1)"; }

expect_json() {
	"$PY" -c 'import json,sys
j = json.load(open(sys.argv[1]))
sys.exit(0 if eval(sys.argv[2]) else 1)' "$T_TMP/out" "$1" 2>"$T_TMP/pyerr"
	local s=$?
	[ $s = 0 ] || sed 's/^/# python: /' "$T_TMP/pyerr"
	_t_result $s "$2"
}

expect_jsonl() {
	"$PY" -c 'import json,sys
js = [json.loads(l) for l in open(sys.argv[1]) if l.strip()]
sys.exit(0 if eval(sys.argv[2]) else 1)' "$T_TMP/out" "$1" 2>"$T_TMP/pyerr"
	local s=$?
	[ $s = 0 ] || sed 's/^/# python: /' "$T_TMP/pyerr"
	_t_result $s "$2"
}

expect_stats() {
	"$PY" -c 'import json,sys
d = json.load(open(sys.argv[1]))
sys.exit(0 if eval(sys.argv[2]) else 1)' "$STATS" "$1" 2>"$T_TMP/pyerr"
	local s=$?
	[ $s = 0 ] || sed 's/^/# python: /' "$T_TMP/pyerr"
	_t_result $s "$2"
}

# expect_no_rpc DEVICE_INDEX REGEX DESC: no request whose first 8 bytes (hex,
# fwctl-emu's --stats rpc_log) match REGEX reached that device.
expect_no_rpc() {
	expect_stats 'not [r for r in d["devices"]['"$1"']["rpc_log"] if __import__("re").match(r"'"$2"'", r["head_hex"])]' "$3"
}

expect_out_re() { grep -Eq -- "$1" "$T_TMP/out"; _t_result $? "$2"; }
expect_err_re() { grep -Eq -- "$1" "$T_TMP/err"; _t_result $? "$2"; }
expect_err_empty() { [ ! -s "$T_TMP/err" ]; _t_result $? "$1"; }

# expect_golden NAME DESC: stdout (JSON) equals golden/NAME.json.
# FWCTL_UPDATE_GOLDEN=1 rewrites the file instead (then review the diff).
# The golden files live next to the test script, in golden/.
GOLDEN_DIR=${GOLDEN_DIR:-"$(dirname "$0")/golden"}
expect_golden() {
	local g="$GOLDEN_DIR/$1.json"
	if [ "${FWCTL_UPDATE_GOLDEN:-0}" = 1 ]; then
		printf '%s\n' "$OUT" >"$g"
	fi
	"$PY" -c 'import json,sys
a = json.load(open(sys.argv[1])); b = json.load(open(sys.argv[2]))
if a != b:
    for k in sorted(set(a) | set(b)):
        if a.get(k) != b.get(k):
            print("# golden differs at", k, ":", json.dumps(b.get(k))[:200], "!=", json.dumps(a.get(k))[:200])
    sys.exit(1)' "$T_TMP/out" "$g"
	_t_result $? "$2"
}

# expect_golden_text NAME DESC: stdout (text) equals golden/NAME.txt byte
# for byte.  FWCTL_UPDATE_GOLDEN=1 rewrites it, as for expect_golden.
expect_golden_text() {
	local g="$GOLDEN_DIR/$1.txt"
	if [ "${FWCTL_UPDATE_GOLDEN:-0}" = 1 ]; then
		cp "$T_TMP/out" "$g"
	fi
	diff -u "$g" "$T_TMP/out" >"$T_TMP/golden.diff" 2>&1
	local s=$?
	[ $s = 0 ] || head -n 30 "$T_TMP/golden.diff" | sed 's/^/# /'
	_t_result $s "$2"
}

# A golden that records only how this output differs from another golden:
# {"changed": {"caps/3/fields/x": value, ...}, "absent": ["path", ...]}.
# Near-identical outputs (two generations of one device) then keep one
# full golden and a small, reviewable list of what the second one changes.
expect_golden_delta() {
	local base="$GOLDEN_DIR/$1.json" g="$GOLDEN_DIR/$2.json"
	"$PY" -c 'import json,sys
def flat(o, p, out):
    if isinstance(o, dict) and o:
        for k, v in o.items(): flat(v, p + [str(k)], out)
    elif isinstance(o, list) and o:
        for i, v in enumerate(o): flat(v, p + [str(i)], out)
    else:
        out["/".join(p)] = o
    return out
a = flat(json.load(open(sys.argv[1])), [], {})
b = flat(json.load(open(sys.argv[2])), [], {})
delta = {"changed": {k: v for k, v in sorted(a.items()) if k not in b or b[k] != v},
         "absent": sorted(k for k in b if k not in a)}
if sys.argv[4] == "1":
    with open(sys.argv[3], "w") as f:
        json.dump(delta, f, indent=1, sort_keys=True); f.write("\n")
want = json.load(open(sys.argv[3]))
if delta != want:
    for k in sorted(set(delta["changed"]) | set(want["changed"])):
        if delta["changed"].get(k, "<none>") != want["changed"].get(k, "<none>"):
            print("# delta differs at", k, ":", json.dumps(delta["changed"].get(k, "<none>"))[:200],
                  "!=", json.dumps(want["changed"].get(k, "<none>"))[:200])
    for k in sorted(set(delta["absent"]) ^ set(want["absent"])):
        print("# absent differs at", k)
    sys.exit(1)' "$T_TMP/out" "$base" "$g" "${FWCTL_UPDATE_GOLDEN:-0}"
	_t_result $? "$3"
}

ok_if() { # 'shell condition' desc
	eval "$1"
	_t_result $? "$2"
}

skip_all() {
	echo "1..0 # SKIP $1"
	exit 77
}

done_testing() {
	echo "1..$T_N"
	[ "$T_FAIL" = 0 ]
	exit $?
}
