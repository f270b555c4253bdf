#!/bin/bash
# SPDX-License-Identifier: GPL-2.0-or-later
# SIGINT / SIGTERM in the middle of a coredump: exit 130/143, no FILE, no temp.
. "$(dirname "$0")/../lib.sh"

D="$T_TMP/dumps"
mkdir -p "$D"

for sig in INT TERM; do
	want=130
	[ $sig = TERM ] && want=143
	"$FWCTL_EMU" --device mlx5,crspace=16M --fault slow,delay=2 -- \
		"$FWCTL" mlx5 coredump -o "$D/core.bin" >"$T_TMP/out" 2>"$T_TMP/err" </dev/null &
	emu=$!
	# Wait until the dump is under way (the temp file exists), then signal fwctl.
	for _ in $(seq 100); do
		[ -n "$(find "$D" -mindepth 1)" ] && break
		sleep 0.1
	done
	sleep 0.5
	# fwctl-emu's child is fwctl (or valgrind running it, same pid); never a
	# system-wide pgrep, which could pick another test's fwctl.
	pid=$(pgrep -P "$emu" | head -n 1)
	ok "$([ -n "$pid" ] && [ -n "$(find "$D" -mindepth 1)" ]; echo $?)" \
		"SIG$sig: dump in progress (temp file present)"
	kill -$sig "$pid"
	wait "$emu"
	RC=$?
	OUT=$(cat "$T_TMP/out"); ERR=$(cat "$T_TMP/err")
	expect_rc $want "SIG$sig mid-dump"
	n=$(find "$D" -mindepth 1 | wc -l)
	ok "$([ "$n" = 0 ]; echo $?)" "SIG$sig: no FILE and no temp file left"
	expect_err_re "interrupted" "SIG$sig: says interrupted"
done

done_testing
