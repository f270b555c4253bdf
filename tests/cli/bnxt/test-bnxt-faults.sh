#!/bin/bash
# SPDX-License-Identifier: GPL-2.0-or-later
# Faults of the emulated bnxt device: firmware errors, timeouts (0xFFF0),
# kernel-side codes, ULP-stopped (EPERM while INFO works), removal (ENODEV).
. "$(dirname "$0")/../lib.sh"

run_fwctl --device bnxt --fault vendor,name=bnxt-error,status=0x2,cmd_err=3 -- bnxt query func-qcaps -j
expect_rc 5 "firmware error code"
expect_json 'j["error"]["fw_status"] == 2' "status in the JSON error"
expect_err_re 'INVALID_PARAMS' "firmware code named"
expect_err_re 'cmd_err 3' "cmd_err shown"

run_fwctl --device bnxt --fault vendor,name=bnxt-error,status=0xffff -- bnxt info
expect_rc 5 "CMD_NOT_SUPPORTED is a firmware answer"
expect_err_re 'CMD_NOT_SUPPORTED' "named"

run_fwctl --device bnxt --fault fw-status,status=0x10 -- bnxt query temperature
expect_rc 5 "core fw_status fault"
expect_err_re 'BUSY' "BUSY named"

run_fwctl --device bnxt --fault vendor,name=bnxt-timeout -- bnxt query port-phy
expect_rc 1 "timeout"
expect_err_re '0xfff0.*timeout' "0xFFF0 explained as a timeout or reset"

run_fwctl --device bnxt --fault vendor,name=bnxt-timeout -- bnxt hwrm VER_GET -j
expect_rc 1 "raw hwrm: timeout is an error too"
expect_json 'j["error"]["errno"] == 16' "EBUSY in the JSON error"

run_fwctl --device bnxt --fault vendor,name=bnxt-kernel,status=0xffed -- bnxt info
expect_rc 3 "0xFFED: device gone"
expect_err_re 'disabled' "explained"

run_fwctl --device bnxt --fault vendor,name=bnxt-kernel,status=0xfff4 -- bnxt info
expect_rc 1 "0xFFF4: no memory"
expect_err_re 'memory' "explained"

run_fwctl --device bnxt --fault vendor,name=bnxt-stopped -- bnxt query temperature
expect_rc 4 "ULP stopped: EPERM"
expect_err_re 'temporarily stopped' "a stopped device is the likely cause when the scope is right"
expect_stats 'd["devices"][0]["rpcs"] == 1' "the RPC reached the kernel"

run_fwctl --device bnxt,stopped=1 -- info -j
expect_rc 0 "fwctl info works while stopped"
expect_json 'j["devices"][0]["type"] == "bnxt" if "devices" in j else j["type"] == "bnxt"' "type still reported"

run_fwctl --device bnxt,stopped=1 -- bnxt info
expect_rc 4 "bnxt info while stopped"

run_fwctl --device bnxt --fault enodev -- bnxt info
expect_rc 3 "removed device: ENODEV"

run_fwctl --device bnxt --fault vendor,name=bnxt-timeout,after=1,count=1 -- bnxt query func-stats -j
expect_rc 0 "a fault on a later RPC does not touch the first"

done_testing
