#!/bin/bash
# SPDX-License-Identifier: GPL-2.0-or-later
# Every cxl command that reads, under a reply shorter than its header
# says (--fault short) and one longer than the buffer (--fault oversize),
# on the feature lookup and on the Get Feature after it: exit 1 with a
# truncation or malformed-reply error, one JSON document holding only the
# error, nothing decoded, no Set Feature sent.
. "$(dirname "$0")/../lib.sh"

expect_refused() {
	expect_rc 1 "$1"
	expect_json 'set(j) == {"format_version", "error"} and j["error"]["kind"] in ("truncated", "protocol")' "$1: only the error, nothing decoded"
}

for fault in short oversize; do
	run_fwctl --device cxl --fault $fault -- cxl features -j
	expect_refused "$fault: cxl features"
	for f in vendor-test patrol-scrub ecs sppr; do
		run_fwctl --device cxl --fault $fault -- cxl feature get $f -j
		expect_refused "$fault on the lookup: cxl feature get $f"
		run_fwctl --device cxl --fault $fault,after=1 -- cxl feature get $f -j
		expect_refused "$fault on Get Feature: cxl feature get $f"
	done
	# A write's lookup: the Set is never reached.
	run_fwctl --device cxl --fault $fault -- cxl feature set vendor-test --data-hex 01020304 --force -j
	expect_refused "$fault on the lookup: cxl feature set"
	expect_no_rpc 0 '^02050000' "$fault: no Set Feature sent"
done

run_fwctl --device cxl --fault short,after=1 -- cxl feature get vendor-test
expect_rc 1 "text: short Get Feature"
ok_if '[ -z "$OUT" ]' "text: nothing on stdout"
expect_err_re 'Get Feature: reply truncated' "named"

done_testing
