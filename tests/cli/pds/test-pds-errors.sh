#!/bin/bash
# SPDX-License-Identifier: GPL-2.0-or-later
# pds answers that go wrong: injected retvals, short or garbled structs,
# adminq failures, removal.  Every one is reported, none decoded as data.
. "$(dirname "$0")/../lib.sh"
export FWCTL_PDS_CATALOG="$FWCTL_SRCDIR/plugins/pds/catalog/emulated.json"

run_fwctl --device pds --fault fw-status,status=12 -- pds call identity.identify -j
expect_rc 5 "injected retval 12"
expect_json 'j["error"]["kind"] == "firmware" and j["error"]["fw_status"] == 12 and j["error"]["fw_status_name"] == "EBUSY"' "EBUSY named in JSON"
run_fwctl --device pds --fault fw-status,status=200 -- pds call identity.identify
expect_rc 5 "unknown retval"
expect_err_re 'retval 200 \(unknown status' "said to be unknown"

run_fwctl --device pds --fault short,len=20 -- pds call identity.identify -j
expect_rc 1 "struct too short for out.retval"
expect_json 'j["error"]["kind"] == "truncated"' "truncation error"
expect_err_re 'reply truncated: 20 bytes received, 48 expected' "explained"

# The driver always answers the whole 48-byte struct: less is truncated.
run_fwctl --device pds --fault short,len=28 -- pds call identity.identify -j
expect_rc 1 "28 bytes: the struct is cut"
expect_json 'j["error"]["kind"] == "truncated"' "truncation error"

run_fwctl --device pds --fault garbage,seed=3 -- pds call identity.identify -j
expect_rc 1 "garbled struct"
expect_err_re 'the answer names ep' "echo mismatch explained"

run_fwctl --device pds --fault oversize -- pds call identity.identify
expect_rc 1 "out_len over the 48-byte buffer"
expect_err_re 'truncated' "truncation reported"

run_fwctl --device pds --fault vendor,name=adminq,errno=5 -- pds rpc --ep 1 --op 1
expect_rc 1 "adminq failure: the ioctl's EIO"
expect_err_re 'Input/output|EIO' "errno shown"
run_fwctl --device pds --fault vendor,name=ops-query -- pds rpc --ep 1 --op 1 -j
expect_rc 1 "operation query failure: ENOMEM"
expect_json 'j["error"]["errno"] == 12' "ENOMEM"

run_fwctl --device pds --fault enodev -- pds call identity.identify
expect_rc 3 "device removed"
run_fwctl --device pds --fault eintr -- pds call identity.identify
ok "$([ "$RC" != 0 ]; echo $?)" "EINTR is not success"
done_testing
