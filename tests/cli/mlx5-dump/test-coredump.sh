#!/bin/bash
# SPDX-License-Identifier: GPL-2.0-or-later
# fwctl mlx5 coredump: byte-exact, minimum RPCs, atomic, every failure
# leaves neither FILE nor a temp file.
. "$(dirname "$0")/../lib.sh"

D="$T_TMP/dumps"
mkdir -p "$D"
F="$D/core.bin"

# Nothing but FILE itself may be in $D: no temp file survives.
only_file() { # expected-count desc
	local n
	n=$(find "$D" -mindepth 1 | wc -l)
	[ "$n" = "$1" ]; ok $? "$2 ($n entries in the directory)"
}

emu_describe() { # spec key
	"$FWCTL_EMU" --device "$1" --describe | "$PY" -c '
import json,sys; print(json.load(sys.stdin)[0]["driver"]["rsc_dump"][sys.argv[1]])' "$2"
}

SPEC=mlx5,crspace=16M
want_sha=$(emu_describe $SPEC crspace_dump_sha256)
want_bytes=$(emu_describe $SPEC crspace_dump_bytes)
want_rpcs=$(emu_describe $SPEC crspace_dump_min_rpcs)
menu_rpcs=$(emu_describe $SPEC menu_min_rpcs)
ok "$([ -n "$want_sha" ] && [ "$want_rpcs" -gt 80000 ]; echo $?)" \
	"emulator describes a 16 MiB CR space ($want_bytes bytes, $want_rpcs RPCs)"

run_fwctl --device $SPEC -- mlx5 coredump -o "$F" -j
expect_rc 0 "16 MiB coredump"
got_sha=$(sha256sum "$F" | cut -d' ' -f1)
ok "$([ "$got_sha" = "$want_sha" ]; echo $?)" "file sha256 (coreutils) equals the emulator's"
expect_json "j['sha256_hex'] == '$want_sha' and j['bytes'] == $want_bytes" \
	"summary: bytes and sha256"
expect_json "j['data_rpcs'] == $want_rpcs and j['menu_rpcs'] == $menu_rpcs and \
j['rpcs'] == $((want_rpcs + menu_rpcs))" "summary: minimum RPC count ceil(S/208) + menu"
expect_json "j['segment'] == 'CR_SPACE' and j['seconds'] > 0 and j['mib_per_s'] > 0" \
	"summary: segment, seconds, rate"
expect_stats "d['devices'][0]['rpcs'] == $((want_rpcs + menu_rpcs))" \
	"emulator counted exactly the minimum RPCs"
expect_stats "d['devices'][0]['rpcs_by_scope'][1] == d['devices'][0]['rpcs']" \
	"every RPC at debug-ro"
ok "$(! grep -q $'\r' "$T_TMP/err"; echo $?)" "no progress when stderr is not a terminal"
only_file 1 "only FILE after success"

run_fwctl --device $SPEC -- mlx5 coredump -o "$F"
expect_rc 4 "existing FILE refused without --force"
expect_err_re "exists.*--force" "message names --force"
ok "$([ "$(sha256sum "$F" | cut -d' ' -f1)" = "$want_sha" ]; echo $?)" "FILE untouched"
expect_stats "d['devices'][0]['rpcs'] == 0" "refused before any RPC"

SMALL=mlx5,crspace=256K
small_sha=$(emu_describe $SMALL crspace_dump_sha256)
run_fwctl --device $SMALL -- mlx5 coredump -o "$F" --force
expect_rc 0 "--force replaces FILE"
ok "$([ "$(sha256sum "$F" | cut -d' ' -f1)" = "$small_sha" ]; echo $?)" "new content"
expect_out_re "sha256_hex +: $small_sha" "text summary has the sha256"
only_file 1 "only FILE after --force"
rm -f "$F"

run_fwctl --device $SMALL -- mlx5 coredump -o - --format=binary
expect_rc 0 "-o - writes the dump to stdout"
ok "$([ "$(sha256sum < "$T_TMP/out" | cut -d' ' -f1)" = "$small_sha" ]; echo $?)" \
	"stdout bytes are the dump"
expect_err_re "sha256 $small_sha" "summary goes to stderr with -o -"

run_fwctl --device $SMALL -- mlx5 coredump -o -
expect_rc 0 "-o - without --format=binary"
ok "$([ "$(sha256sum < "$T_TMP/out" | cut -d' ' -f1)" = "$small_sha" ]; echo $?)" \
	"stdout bytes are the dump (text format)"

run_fwctl --device $SMALL -- mlx5 coredump
expect_rc 2 "no -o is a usage error"

run_fwctl --device mlx5,crspace=4K -- mlx5 coredump -o "$F" -v
expect_rc 0 "-v dump"
expect_err_re "rsc-dump: rpc 1 seq 1 bytes 208 more 1 [0-9]+ us" "-v traces seq, bytes, us"
rm -f "$F"

# Every failure: documented exit code, no FILE, no temp file.
fail_case() { # rc desc fwctl-emu-args... -- fwctl-args...
	local rc=$1 desc=$2
	shift 2
	run_fwctl "$@"
	expect_rc "$rc" "$desc"
	only_file 0 "$desc: no FILE, no temp file"
}
fail_case 5 "firmware error status mid-dump" --device $SMALL \
	--fault vendor,name=rsc-status,after=200 -- mlx5 coredump -o "$F"
expect_err_re "status 0x4" "status reported"
fail_case 1 "seq_num out of order" --device $SMALL \
	--fault vendor,name=rsc-seq,after=200 -- mlx5 coredump -o "$F"
expect_err_re "seq_num" "seq_num named"
fail_case 1 "endless more_dump stopped by --timeout" --device $SMALL \
	--fault vendor,name=rsc-endless,after=200 -- --timeout 2 mlx5 coredump -o "$F"
expect_err_re "timed out" "timeout named"
fail_case 1 "endless more_dump stopped by --max-size" --device $SMALL \
	--fault vendor,name=rsc-endless,after=200 -- mlx5 coredump -o "$F" --max-size 512K
fail_case 3 "device removed mid-dump (ENODEV)" --device $SMALL \
	--fault enodev,after=200 -- mlx5 coredump -o "$F"
fail_case 1 "garbage reply mid-dump" --device $SMALL \
	--fault garbage,after=200,count=1,keep=16 -- mlx5 coredump -o "$F"
fail_case 5 "error status on the menu" --device $SMALL \
	--fault vendor,name=rsc-status,after=0 -- mlx5 coredump -o "$F"
fail_case 1 "failure with -j" --device $SMALL \
	--fault vendor,name=rsc-seq,after=100 -- -j mlx5 coredump -o "$F"
expect_json "j['error']['kind'] != ''" "JSON error object"

done_testing
