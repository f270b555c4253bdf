#!/bin/bash
# SPDX-License-Identifier: GPL-2.0-or-later
# A cxl memdev with no PCI function above it, as the kernel's cxl_test mock
# has (platform device cxl_mem.N, driver cxl_mock_mem; seen on 7.3.4 in
# tests/vm): discovery reports no PCI address or ids and still finds it by
# memdev name.  The default cxl device stays under a PCI function.
. "$(dirname "$0")/../lib.sh"

run_fwctl --device cxl,profile=cxl-test --device cxl,profile=cxl-test,memdev=mem8 -- list -j
expect_rc 0 "list"
expect_json 'all(d["pci_address"] is None and d["pci_vendor_id_hex"] is None and d["pci_device_id_hex"] is None for d in j["devices"])' \
	"no PCI address or ids"
expect_json '[(d["parent_kind"], d["parent"], d["memdev"], d["driver"], d["type"]) for d in j["devices"]] == [("cxl_memdev", "mem0", "mem0", "cxl_mem", "cxl"), ("cxl_memdev", "mem8", "mem8", "cxl_mem", "cxl")]' \
	"memdev parent, driver cxl_mem, type cxl"

run_fwctl --device cxl,profile=cxl-test -- list
expect_rc 0 "list text"
expect_out_re '^  fwctl0 +cxl +- +mem0 +cxl_mem' "text: '-' for the PCI address"

run_fwctl --device cxl,profile=cxl-test --device cxl,profile=cxl-test,memdev=mem8 -- info -d mem8 -j
expect_rc 0 "info by memdev name"
expect_json 'j["name"] == "fwctl1" and j["pci_address"] is None and j["type_id"] == 2' "fwctl1 found by its memdev"

run_fwctl --device cxl,profile=cxl-test -- info -d mem99
expect_rc 3 "unknown name"
expect_err_re "no fwctl device named 'mem99'; devices: fwctl0 \(cxl, mem0\)$" "the device list names no PCI address"

run_fwctl --device cxl,parent=platform -- list -j
expect_rc 0 "parent=platform with the default profile"
expect_json 'j["devices"][0]["pci_address"] is None and j["devices"][0]["memdev"] == "mem0"' "no PCI function"

run_fwctl --device cxl -- list -j
expect_rc 0 "default cxl device"
expect_json '(j["devices"][0]["pci_address"], j["devices"][0]["pci_vendor_id_hex"], j["devices"][0]["pci_device_id_hex"]) == ("0000:01:00.0", "0x8086", "0x0d93")' \
	"default cxl: under PCI function 0000:01:00.0 (8086:0d93)"

run_fwctl --device cxl,profile=cxl-test,parent=pci -- list -j
expect_rc 0 "cxl-test with parent=pci"
expect_json 'j["devices"][0]["pci_address"] == "0000:01:00.0"' "parent=pci puts the mock under a PCI function"

run_fwctl --device cxl,profile=cxl-test,pci=0000:01:00.0 -- list
expect_rc 125 "pci= with a platform parent refused by fwctl-emu"
expect_err_re 'pci/device_id keys do not apply to a platform parent' "the emulator says why"

done_testing
