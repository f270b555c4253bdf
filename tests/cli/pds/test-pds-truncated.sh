#!/bin/bash
# SPDX-License-Identifier: GPL-2.0-or-later
# Every pds command that reads, under a reply shorter than the 48-byte
# struct (--fault short) and one longer than the buffer (--fault
# oversize): exit 1 with a truncation or malformed-reply error, one JSON
# document holding only the error, nothing decoded.
. "$(dirname "$0")/../lib.sh"
export FWCTL_PDS_CATALOG="$FWCTL_SRCDIR/plugins/pds/catalog/emulated.json"

expect_refused() {
	expect_rc 1 "$1"
	expect_json 'set(j) == {"format_version", "error"} and j["error"]["kind"] in ("truncated", "protocol")' "$1: only the error, nothing decoded"
}

cmds=(
	"call identity.identify"
	"call identity.api_version"
	"call counters.read_counters"
	"call debug.reg_read reg=3"
	"call port.get_config"
	"rpc --ep 1 --op 1"
	"rpc --ep 2 --op 1 --op-version 2 --in-hex 0000000008000000"
)
for fault in short oversize; do
	for c in "${cmds[@]}"; do
		# shellcheck disable=SC2086
		run_fwctl --device pds --fault $fault -- pds $c -j
		expect_refused "$fault: pds $c"
	done
done

run_fwctl --device pds --fault short -- pds call identity.identify
expect_rc 1 "text: short reply"
ok_if '[ -z "$OUT" ]' "text: nothing on stdout"
expect_err_re 'reply truncated: 24 bytes received, 48 expected' "bytes received and expected named"
run_fwctl --device pds --fault oversize -- pds call identity.identify --format=binary -o "$T_TMP/resp.bin"
expect_rc 1 "binary to a file: oversize"
ok_if '[ ! -e "$T_TMP/resp.bin" ]' "no file written"

done_testing
