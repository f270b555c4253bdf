#!/bin/bash
# SPDX-License-Identifier: GPL-2.0-or-later
# Every bnxt command that reads, under a reply shorter than the buffer
# (--fault short) and one longer (--fault oversize), on its first RPC and
# on a later one: exit 1 with a truncation or malformed-reply error, one
# JSON document holding only the error, no decoded data, no output file.
. "$(dirname "$0")/../lib.sh"

# expect_refused DESC: the last run failed as a truncated or malformed reply and decoded nothing.
expect_refused() {
	expect_rc 1 "$1"
	expect_json 'set(j) == {"format_version", "error"} and j["error"]["kind"] in ("truncated", "protocol")' "$1: only the error, nothing decoded"
	ok_if '[ -z "$(ls "$T_TMP"/out-* 2>/dev/null)" ]' "$1: no output file"
}

cmds=(
	"info"
	"hwrm VER_GET"
	"hwrm FUNC_QCFG"
	"hwrm DBG_COREDUMP_LIST --buf-out $T_TMP/out-list --buf-len 4096"
	"coredump --list"
	"coredump -o $T_TMP/out-cd"
	"nvm"
	"nvm read --type bootcode -o $T_TMP/out-nvm"
)
for q in version func-qcaps func-qcfg func-stats port-phy port-mac queue-caps fw-health \
	 temperature nvm-info port-stats port-stats-ext pcie-stats roce-stats; do
	cmds+=("query $q")
done

for fault in short oversize; do
	for c in "${cmds[@]}"; do
		rm -f "$T_TMP"/out-*
		# shellcheck disable=SC2086
		run_fwctl --device bnxt --fault $fault -- bnxt $c -j
		expect_refused "$fault: bnxt $c"
	done
	# A later RPC of a command that sends several.
	run_fwctl --device bnxt --fault $fault,after=2 -- bnxt nvm -j
	expect_refused "$fault on the package log read: bnxt nvm"
	run_fwctl --device bnxt --fault $fault,after=1 -- bnxt query port-stats -j
	expect_refused "$fault on the DMA query: bnxt query port-stats"
	rm -f "$T_TMP"/out-*
	run_fwctl --device bnxt --fault $fault,after=8 -- bnxt coredump -o "$T_TMP/out-cd" -j
	expect_refused "$fault on a coredump page: bnxt coredump"
	rm -f "$T_TMP"/out-*
	run_fwctl --device bnxt --fault $fault,after=2 -- bnxt nvm read --type bootcode -o "$T_TMP/out-nvm" -j
	expect_refused "$fault on an NVM_READ page: bnxt nvm read"
done

# Text output too: nothing on stdout.
run_fwctl --device bnxt --fault short -- bnxt query func-qcaps
expect_rc 1 "text: short reply"
ok_if '[ -z "$OUT" ]' "text: nothing on stdout"
expect_err_re 'reply truncated: 2048 bytes received, 4096 expected' "bytes received and expected named"
run_fwctl --device bnxt --fault short -- bnxt hwrm VER_GET
expect_err_re 'received, 4096 expected$' "a cut reply gives no --resp-len hint"

done_testing
