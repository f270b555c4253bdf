#!/bin/bash
# SPDX-License-Identifier: GPL-2.0-or-later
# When stdout carries the dump itself (-o -, --format=binary), nothing but
# dump bytes ever reaches it: a failure or a signal puts the error document
# (-j) on stderr.  Piped into zstd, a JSON error inside the compressed dump
# would be found only when someone decompresses it.
. "$(dirname "$0")/../lib.sh"

PY=${PYTHON3:-python3}
REF="$T_TMP/ref.bin"
# is_prefix FILE: FILE's bytes are the first bytes of the fault-free dump.
is_prefix() { [ -s "$1" ] && cmp -s -n "$(stat -c %s "$1")" "$1" "$REF"; }
no_json_in_stdout() { ! grep -aq '"format_version"' "$T_TMP/out"; }
err_doc() { # PYEXPR over the JSON document at the end of stderr
	"$PY" -c 'import json,re,sys
t = open(sys.argv[1]).read()
i = [m.start() for m in re.finditer(r"(?m)^\{", t)][0]
j = json.loads(t[i:])
sys.exit(0 if eval(sys.argv[2]) else 1)' "$T_TMP/err" "$1"
}

SPEC=mlx5,crspace=64K
run_fwctl --device $SPEC -- -q -o - mlx5 coredump
expect_rc 0 "fault-free coredump -o -"
cp "$T_TMP/out" "$REF"
ok "$([ "$(stat -c %s "$REF")" -gt 60000 ]; echo $?)" "the reference dump (64 KiB CR space)"

# The device goes away 200 RPCs in (~41 KB), with -j.
run_fwctl --device $SPEC --fault enodev,dev=fwctl0,after=200 -- -j -o - mlx5 coredump
expect_rc 3 "ENODEV mid-dump, -o - -j"
ok "$(is_prefix "$T_TMP/out"; echo $?)" "stdout: exactly the bytes dumped before the removal"
ok "$(no_json_in_stdout; echo $?)" "no JSON document appended to the data"
ok "$(err_doc 'j["error"]["kind"] == "no_device" and j["error"]["errno"] == 19'; echo $?)" \
	"the error document is on stderr"

# Firmware error status on the third RPC, --format=binary (no -j: no document at all).
run_fwctl --device $SPEC --fault fw-status,after=3,status=5 -- --format=binary -o - mlx5 coredump
expect_rc 5 "firmware error mid-dump, --format=binary"
ok "$(is_prefix "$T_TMP/out" || [ ! -s "$T_TMP/out" ]; echo $?)" "stdout: dump bytes only"
ok "$(no_json_in_stdout; echo $?)" "no JSON on stdout"
expect_err_re "firmware" "the message on stderr"

# resource-dump streams the same way.
run_fwctl --device mlx5 -- -q --format=binary mlx5 resource-dump FULL_QPC --index1 0 --num-obj1 all
expect_rc 0 "fault-free resource-dump --format=binary"
cp "$T_TMP/out" "$REF"
run_fwctl --device mlx5 --fault enodev,after=3 -- -j -o - mlx5 resource-dump FULL_QPC --index1 0 --num-obj1 all
expect_rc 3 "resource-dump -o - -j, ENODEV on the 4th RPC"
ok "$(is_prefix "$T_TMP/out" || [ ! -s "$T_TMP/out" ]; echo $?)" "resource-dump: stdout holds dump bytes only"
ok "$(no_json_in_stdout; echo $?)" "resource-dump: no JSON document on stdout"
ok "$(err_doc 'j["error"]["kind"] == "no_device"'; echo $?)" "resource-dump: the error document on stderr"

# A signal mid-dump: the interrupted document on stderr, not after the data.
run_fwctl --device $SPEC -- -q -o - mlx5 coredump
cp "$T_TMP/out" "$REF"
for sig in INT TERM HUP; do
	run_emu_sh --device mlx5,crspace=16M --fault slow,delay=2 -- \
		"timeout --preserve-status -s $sig 1 \$FWCTL -j -o - mlx5 coredump"
	case $sig in INT) want=130 ;; TERM) want=143 ;; HUP) want=129 ;; esac
	expect_rc $want "SIG$sig mid-dump to stdout"
	ok "$(no_json_in_stdout; echo $?)" "SIG$sig: no JSON document appended to the data"
	ok "$(err_doc 'j["error"]["kind"] == "interrupted"'; echo $?)" "SIG$sig: the interrupted document is on stderr"
done

# --dry-run with the data going to stdout: the RPC it would send is a diagnostic.
run_fwctl --device $SPEC -- --dry-run -o - mlx5 coredump
expect_rc 0 "--dry-run -o -"
ok "$([ ! -s "$T_TMP/out" ]; echo $?)" "--dry-run -o -: stdout empty"
expect_err_re "would send" "--dry-run -o -: the RPC on stderr"

done_testing
