#!/bin/bash
# SPDX-License-Identifier: GPL-2.0-or-later
# Every catchable signal in the middle of a coredump -o FILE: exit 128+N,
# no FILE and no temp file, with O_TMPFILE (no name until the commit) and
# with the named temp file fallback.  SIGKILL cannot be caught: with
# O_TMPFILE it still leaves nothing.
. "$(dirname "$0")/../lib.sh"

D="$T_TMP/dumps"
mkdir -p "$D"

# dump_and_signal SIG [named]: start a 16 MiB dump, send SIG mid-way.
dump_and_signal() {
	local sig=$1 pre=
	[ "${2:-}" = named ] && pre="LD_PRELOAD=\"$FWCTL_TEST_NO_TMPFILE:\$LD_PRELOAD\" "
	"$FWCTL_EMU" --device mlx5,crspace=16M --fault slow,delay=2 -- \
		bash -c "${pre}exec \"\$@\"" sh "$FWCTL" mlx5 coredump -o "$D/core.bin" \
		>"$T_TMP/out" 2>"$T_TMP/err" </dev/null &
	emu=$!
	# Wait until the dump is under way: fwctl holds its output file open
	# (unnamed with O_TMPFILE, so look at its descriptors, not the directory).
	# fwctl-emu's child is fwctl (or valgrind running it, same pid); never a
	# system-wide pgrep, which could pick another test's fwctl.
	pid=
	for _ in $(seq 100); do
		pid=$(pgrep -P "$emu" | head -n 1)
		[ -n "$pid" ] && ls -l "/proc/$pid/fd" 2>/dev/null | grep -q "$D/" && break
		sleep 0.1
	done
	sleep 0.5
	ok "$([ -n "$pid" ] && ls -l "/proc/$pid/fd" | grep -q "$D/"; echo $?)" \
		"SIG$sig${2:+ ($2)}: dump in progress (output file open)"
	if [ "${2:-}" = named ]; then
		ok "$(ls -A "$D" | grep -q '^\.core\.bin\.fwctl-'; echo $?)" \
			"SIG$sig (named): the fallback's temp file is there"
	else
		ok "$([ -z "$(ls -A "$D")" ]; echo $?)" "SIG$sig: O_TMPFILE: no name in the directory"
	fi
	kill -"$sig" "$pid"
	wait "$emu"
	RC=$?
	OUT=$(cat "$T_TMP/out"); ERR=$(cat "$T_TMP/err")
}

for sig in HUP INT QUIT PIPE TERM; do
	want=$((128 + $(kill -l "$sig")))
	kinds=plain
	[ -n "${FWCTL_TEST_NO_TMPFILE:-}" ] && kinds="plain named"
	for kind in $kinds; do
		k=
		[ $kind = named ] && k=named
		dump_and_signal $sig $k
		expect_rc $want "SIG$sig${k:+ ($k)} mid-dump"
		ok "$([ -z "$(ls -A "$D")" ]; echo $?)" "SIG$sig${k:+ ($k)}: no FILE and no temp file left"
		if [ $sig = PIPE ]; then
			expect_err_empty "SIGPIPE${k:+ ($k)}: quiet (nobody reads)"
		else
			expect_err_re "interrupted" "SIG$sig${k:+ ($k)}: says interrupted"
		fi
	done
done

dump_and_signal KILL
expect_rc 137 "SIGKILL mid-dump"
ok "$([ -z "$(ls -A "$D")" ]; echo $?)" "SIGKILL: O_TMPFILE leaves nothing under any name"

done_testing
