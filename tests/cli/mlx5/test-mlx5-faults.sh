#!/bin/bash
# SPDX-License-Identifier: GPL-2.0-or-later
# A short or oversized reply to any RPC of any mlx5 command that reads:
# exit 1 with a truncation error naming the bytes received and expected,
# and nothing decoded (the -j document holds the error only; no file).
# Each case names the RPC the fault hits (after=N: the N+1th request), so
# faults on later RPCs (the second cap page, a dump's later pages, the
# sample after the setup) are covered too, not only the first.
. "$(dirname "$0")/../lib.sh"

F="$T_TMP/files"
mkdir -p "$F"
DEV=mlx5,crspace=64K

# "AFTER|ARGS" (ARGS word-split; $F is expanded)
CASES=(
	"0|mlx5 reg paos"
	"0|mlx5 reg ppcnt grp=0x12"
	"0|mlx5 reg paos --set admin_status=down --force"
	"0|mlx5 identity"
	"1|mlx5 identity"
	"2|mlx5 identity"
	"0|mlx5 module"
	"5|mlx5 module"
	"0|mlx5 query-caps"
	"7|mlx5 query-caps"
	"0|mlx5 query-caps --type general --diff"
	"0|mlx5 query qp --id 0x100"
	"0|mlx5 query vport_state"
	"0|mlx5 diag-counters"
	"2|mlx5 diag-counters"
	"4|mlx5 diag-counters --enable --force --sample 1"
	"0|mlx5 resource-dump --menu"
	"1|mlx5 resource-dump --menu"
	"2|mlx5 resource-dump FULL_QPC --index1 0 --num-obj1 all"
	"6|mlx5 resource-dump FULL_QPC --index1 0 --num-obj1 all"
	"4|mlx5 resource-dump FULL_QPC --index1 0 --num-obj1 all -o $F/rd.bin"
	"0|mlx5 coredump -o $F/core.bin"
	"200|mlx5 coredump -o $F/core.bin"
	"0|mlx5 cmd QUERY_HCA_CAP"
	"0|mlx5 cmd ACCESS_REG --op-mod 1 --in-hex 000050060000000001000000 --out-len 32"
)

for fault in short oversize; do
	if [ $fault = short ]; then
		RE='reply truncated: [0-9]+ bytes received, [0-9]+ expected'
	else
		RE='reply truncated: the driver produced [0-9]+ bytes, the buffer holds [0-9]+'
	fi
	for c in "${CASES[@]}"; do
		after=${c%%|*}
		args=${c#*|}
		rm -f "$F"/*
		# shellcheck disable=SC2086
		run_fwctl --device $DEV --fault $fault,after=$after -- -j $args
		expect_rc 1 "$fault reply to RPC $((after + 1)) of '$args'"
		expect_stats 'd["devices"][0]["rpcs"] > '"$after" "  the fault was reached"
		expect_json 'set(j) == {"format_version", "error"} and j["error"]["kind"] == "truncated"' \
			"  a truncation error and nothing decoded"
		expect_err_re "$RE" "  names the bytes received and expected"
		ok "$([ -z "$(ls -A "$F")" ]; echo $?)" "  no file left behind"
	done
done

# The text form: nothing on stdout either.
for c in "0|mlx5 reg paos" "1|mlx5 identity" "3|mlx5 module" "7|mlx5 query-caps" "6|mlx5 resource-dump FULL_QPC --index1 0 --num-obj1 all"; do
	# shellcheck disable=SC2086
	run_fwctl --device $DEV --fault short,after=${c%%|*} -- ${c#*|}
	expect_rc 1 "text: short reply to '${c#*|}'"
	ok "$([ -z "$OUT" ]; echo $?)" "  nothing on stdout"
done

done_testing
