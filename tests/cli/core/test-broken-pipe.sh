#!/bin/bash
# SPDX-License-Identifier: GPL-2.0-or-later
# A closed reader (fwctl ... | head -1) is not an error worth a message:
# fwctl ends quietly with exit 141 (128 + SIGPIPE, as git does), whether
# SIGPIPE is at its default or was ignored by the caller (then writes fail
# with EPIPE), and a dump streaming to the pipe stops at once.
. "$(dirname "$0")/../lib.sh"

# stdout = a FIFO whose only reader has closed: every write gets EPIPE.
# Deterministic, unlike racing `| head -1`.
P="$T_TMP/pipe"
# run_closed [--ignore] [fwctl-emu options...] -- [fwctl args...]: sets RC ERR
run_closed() {
	local pre=""
	if [ "$1" = --ignore ]; then pre="trap '' PIPE;"; shift; fi
	local emu=()
	while [ $# -gt 0 ] && [ "$1" != "--" ]; do emu+=("$1"); shift; done
	shift
	rm -f "$P"
	mkfifo "$P"
	exec 4<>"$P" 5>"$P"
	exec 4<&-
	T_LAST_CMD="fwctl-emu ${emu[*]} -- fwctl $* >closed-pipe ${pre:+(SIGPIPE ignored)}"
	# The shell in between applies the caller's SIGPIPE disposition.
	"$FWCTL_EMU" "${emu[@]}" --stats "$STATS" -- bash -c "$pre"' exec "$0" "$@"' \
		"$FWCTL" "$@" >&5 2>"$T_TMP/err" </dev/null
	RC=$?
	exec 5>&-
	OUT=
	ERR=$(cat "$T_TMP/err")
}

for how in "" --ignore; do
	what=${how:+SIGPIPE ignored}
	what=${what:-SIGPIPE default}
	run_closed $how -- help --list
	expect_rc 141 "help --list, $what"
	expect_err_empty "help --list, $what: no message"
	run_closed $how -- list -j
	expect_rc 141 "list -j, $what"
	expect_err_empty "list -j, $what: no message (and no error document)"
	run_closed $how -- -j -d fwctl0 info
	expect_rc 141 "info -j, $what"
	expect_err_empty "info -j, $what: no message"
	run_closed $how --device mlx5 -- mlx5 diag-counters --enable --force -q --sample --interval 1 -j
	expect_rc 141 "diag-counters --sample, $what"
	expect_err_empty "diag-counters --sample, $what: no message"
	# 16 MiB of CR space would take ~80k RPCs; a closed reader stops it at
	# the first flush of the dump's 64 KiB output buffer (~315 RPCs).
	run_closed $how --device mlx5,crspace=16M -- -q -o - mlx5 coredump
	expect_rc 141 "coredump -o -, $what"
	expect_err_empty "coredump -o -, $what: no message"
	expect_stats 'd["devices"][0]["rpcs"] < 400' "coredump -o -, $what: stops at the first flush"
done

# A SIGPIPE sent to a run with -o FILE: the named temp file (no O_TMPFILE) is removed.
if [ -n "${FWCTL_TEST_NO_TMPFILE:-}" ]; then
	D="$T_TMP/o"
	mkdir -p "$D"
	"$FWCTL_EMU" --device mlx5,crspace=16M --fault slow,delay=2 -- bash -c \
		'echo $$ >"$0"; LD_PRELOAD="$1:$LD_PRELOAD" exec "${@:2}"' "$T_TMP/pid" \
		"$FWCTL_TEST_NO_TMPFILE" "$FWCTL" -q -o "$D/core.bin" mlx5 coredump \
		>"$T_TMP/out" 2>"$T_TMP/err" </dev/null &
	emu=$!
	for _ in $(seq 100); do
		[ -n "$(ls -A "$D")" ] && break
		sleep 0.1
	done
	ok "$([ -n "$(ls -A "$D")" ]; echo $?)" "named temp file present while dumping"
	kill -PIPE "$(cat "$T_TMP/pid")"
	wait $emu
	RC=$?
	ERR=$(cat "$T_TMP/err")
	expect_rc 141 "SIGPIPE mid-dump"
	expect_err_empty "SIGPIPE mid-dump: no message"
	ok "$([ -z "$(ls -A "$D")" ]; echo $?)" "SIGPIPE mid-dump: no file, no temp file"
else
	skip "SIGPIPE removes the named temp file" "FWCTL_TEST_NO_TMPFILE not set"
fi

done_testing
