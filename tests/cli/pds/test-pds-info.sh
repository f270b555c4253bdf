#!/bin/bash
# SPDX-License-Identifier: GPL-2.0-or-later
# fwctl pds info: device data (both kernel behaviours), PCI function, driver.
. "$(dirname "$0")/../lib.sh"
. "$(dirname "$0")/golden.sh"

run_fwctl --device pds -- pds info -j
expect_rc 0 "info on a kernel that reports device_data_len 0"
expect_golden info-len0 "JSON golden (caps unknown)"
expect_json 'j["caps"]["known"] is False and j["caps"]["uctx_caps"] is None' "caps unknown, not guessed"
expect_stats 'd["devices"][0]["rpcs"] == 0' "info sends no RPC"

run_fwctl --device pds,info_len=4 -- pds info -j
expect_rc 0 "info on a fixed kernel"
expect_golden info-len4 "JSON golden (caps 1)"

run_fwctl --device pds -- pds info
expect_rc 0 "text output"
expect_out_re 'driver +: pds_core' "driver shown"
expect_out_re 'device_data_len +: 0' "length 0 shown"
expect_out_re 'known pds driver bug' "the bug is named"

run_fwctl -- pds info -j
expect_rc 0 "default machine: the only pds device is picked"
expect_json 'j["device"] == "fwctl2" and j["pci_address"] == "0000:b5:00.0"' "fwctl2 at 0000:b5:00.0"

run_fwctl -- -d fwctl0 pds info
expect_rc 3 "an mlx5 device is refused"
expect_err_re 'not pds|is a mlx5|mlx5 device' "type mismatch explained"

run_fwctl --device pds,info_len=4 -- pds info --format=binary -o "$T_TMP/caps.bin"
expect_rc 0 "binary = the device data"
ok "$([ "$(od -An -tx1 "$T_TMP/caps.bin" | tr -d ' \n')" = 01000000 ]; echo $?)" "4 bytes, uctx_caps 1"

run_fwctl --device pds -- pds info extra
expect_rc 2 "no positional arguments"
done_testing
