#!/bin/bash
# SPDX-License-Identifier: GPL-2.0-or-later
# A sampled stream is complete at every line: --sample without a count (or
# 0) runs until interrupted, and SIGINT, SIGTERM or SIGHUP end it cleanly:
# the samples taken are kept (-o FILE committed), a summary record says
# interrupted, exit 0.  SIGQUIT aborts (131, no file); a stop before the
# first sample is an ordinary interruption (130, no file).
. "$(dirname "$0")/../lib.sh"

S="$T_TMP/s"
mkdir -p "$S"
PY=${PYTHON3:-python3}
ENABLE='$FWCTL mlx5 diag-counters --enable --force -q >/dev/null 2>&1'
# lines FILE PYEXPR: js = the JSON Lines of FILE
lines() {
	"$PY" -c 'import json,sys
js = [json.loads(l) for l in open(sys.argv[1]) if l.strip()]
sys.exit(0 if eval(sys.argv[2]) else 1)' "$1" "$2" 2>/dev/null
}
# sample_and_stop SIG FILE [PRELOAD] [sampler args...]: sets RC (the sampler's) and ERR
# The wait before the signal is long enough for several samples at
# --interval 50; under valgrind (30x slower, and the machine may be busy)
# the first sample takes seconds.
sample_and_stop() {
	local sig=$1 f=$2 pre=${3:-} settle=1
	shift 3
	next_run_wrapped && settle=6
	run_emu_sh --device mlx5 -- "$ENABLE
		${pre:+LD_PRELOAD=\"$pre:\$LD_PRELOAD\" }\$FWCTL mlx5 diag-counters $* >'$f.out' 2>'$f.err' &
		p=\$!
		sleep $settle
		kill -$sig \$p
		wait \$p
		echo rc=\$?"
	RC=${OUT#rc=}
	cp "$f.err" "$T_TMP/err"
	ERR=$(cat "$f.err")
}

for sig in INT TERM HUP; do
	sample_and_stop $sig "$S/$sig" "" --sample --interval 50 -j -o "$S/$sig.jsonl"
	expect_rc 0 "--sample (no count) -o FILE, SIG$sig: a user stop"
	ok "$(lines "$S/$sig.jsonl" 'len(js) >= 3 and [r["sample"] for r in js[:-1]] == list(range(len(js) - 1))'; echo $?)" \
		"SIG$sig: the file holds every sample taken, in order"
	ok "$(lines "$S/$sig.jsonl" 'js[-1]["summary"] == {"samples": len(js) - 1, "interrupted": True, "signal": "SIG'$sig'"}'; echo $?)" \
		"SIG$sig: the summary record counts them and says interrupted by SIG$sig"
	expect_err_re "stopped by SIG$sig after [0-9]+ samples; kept in $S/$sig.jsonl" "SIG$sig: says so on stderr"
	ok "$([ "$(ls -A "$S" | grep -c '^\.')" = 0 ]; echo $?)" "SIG$sig: no temp file"
done

# --sample 0 to stdout, text too.
sample_and_stop INT "$S/zero" "" --sample 0 --interval 50 -j
expect_rc 0 "--sample 0 to stdout, SIGINT"
ok "$(lines "$S/zero.out" 'js[-1]["summary"]["interrupted"] and len(js) >= 3'; echo $?)" \
	"--sample 0: samples, then the summary on stdout"
sample_and_stop INT "$S/text" "" --sample --interval 50
expect_rc 0 "--sample text, SIGINT"
ok "$(grep -q 'interrupted *: yes' "$S/text.out"; echo $?)" "text: the summary says interrupted"

# The named temp file fallback keeps the stream too (the handler must not unlink it).
if [ -n "${FWCTL_TEST_NO_TMPFILE:-}" ]; then
	sample_and_stop INT "$S/named" "$FWCTL_TEST_NO_TMPFILE" --sample --interval 50 -j -o "$S/named.jsonl"
	expect_rc 0 "named temp file, SIGINT"
	ok "$(lines "$S/named.jsonl" 'js[-1]["summary"]["interrupted"] and len(js) >= 3'; echo $?)" \
		"named temp file: committed with the samples"
	ok "$([ "$(ls -A "$S" | grep -c '^\.')" = 0 ]; echo $?)" "named temp file: none left"
else
	skip "named temp file fallback keeps the samples" "FWCTL_TEST_NO_TMPFILE not set"
fi

# SIGQUIT is no user stop: exit 131, nothing kept.
sample_and_stop QUIT "$S/quit" "" --sample --interval 50 -j -o "$S/quit.jsonl"
expect_rc 131 "SIGQUIT: no user stop"
ok "$([ ! -e "$S/quit.jsonl" ] && [ "$(ls -A "$S" | grep -c '^\.')" = 0 ]; echo $?)" "SIGQUIT: no file, no temp file"

# Stopped before the first sample (slow firmware: still reading capabilities).
run_emu_sh --device mlx5 --fault slow,delay=700 -- "$ENABLE
	\$FWCTL mlx5 diag-counters --sample -j -o '$S/early.jsonl' >'$S/early.out' 2>'$S/early.err' &
	p=\$!
	sleep 1
	kill -INT \$p
	wait \$p
	echo rc=\$?"
RC=${OUT#rc=}
expect_rc 130 "SIGINT before the first sample: interrupted"
ok "$([ ! -e "$S/early.jsonl" ]; echo $?)" "no file without a sample"

# Under nohup (SIGHUP ignored when fwctl starts) a hangup changes nothing.
run_emu_sh --device mlx5 -- "$ENABLE
	(trap '' HUP; exec \$FWCTL mlx5 diag-counters --sample 3 --interval 300 -j) >'$S/nohup.out' &
	p=\$!
	sleep 0.3
	kill -HUP \$p
	wait \$p
	echo rc=\$?"
RC=${OUT#rc=}
expect_rc 0 "SIGHUP ignored at start (nohup)"
ok "$(lines "$S/nohup.out" 'len(js) == 4 and js[3]["summary"]["interrupted"] is False'; echo $?)" \
	"nohup: all three samples, not interrupted"

# A finite --sample N still ends with the summary, not interrupted.
run_emu_sh --device mlx5 -- "$ENABLE
	\$FWCTL mlx5 diag-counters --sample 2 --interval 1 -j"
expect_rc 0 "--sample 2"
expect_jsonl 'len(js) == 3 and js[2]["summary"] == {"samples": 2, "interrupted": False, "signal": None}' \
	"--sample 2: two samples and a summary"

done_testing
