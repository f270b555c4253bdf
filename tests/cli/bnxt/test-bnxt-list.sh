#!/bin/bash
# SPDX-License-Identifier: GPL-2.0-or-later
# Discovery: the bnxt function in fwctl list / info (core commands).
. "$(dirname "$0")/../lib.sh"

run_fwctl -- list -j
expect_rc 0 "list under the default emulated set"
expect_json 'any(d["type"] == "bnxt" for d in j["devices"])' "the default set has a bnxt function"

run_fwctl --device bnxt -- list -j
expect_rc 0 "list with one bnxt"
expect_json 'j["devices"][0]["type"] == "bnxt" and j["devices"][0]["driver"] == "bnxt_en"' "type and driver"
expect_json 'j["devices"][0]["pci_address"] and len(j["devices"][0]["netdevs"]) == 1' "PCI address and netdev"
expect_stats 'd["devices"][0]["rpcs"] == 0' "list sends no RPC"

run_fwctl --device bnxt -- info -j
expect_rc 0 "fwctl info on bnxt"
expect_out_re 'inline_commands' "uctx_caps decoded by the core"

done_testing
