#!/bin/bash
# fwctl list: every device of the default emulated set, JSON contract, text.
. "$(dirname "$0")/../lib.sh"

run_fwctl -- list -j
expect_rc 0 "list -j"
expect_json 'j["format_version"] == 1' "format_version is 1"
expect_json 'len(j["devices"]) >= 4' "at least the four default devices"
expect_json '[d["name"] for d in j["devices"]] == ["fwctl%d" % i for i in range(len(j["devices"]))]' \
	"devices sorted fwctl0.."
expect_json 'sum(d["type"] == "mlx5" for d in j["devices"]) == 2' "two mlx5 functions"
expect_json 'sum(d["type"] == "pds" for d in j["devices"]) == 1' "one pds function"
expect_json 'sum(d["type"] == "cxl" for d in j["devices"]) == 1' "one cxl memdev"
expect_json 'all(d["type_source"] == "fwctl_info" for d in j["devices"])' "types come from FWCTL_INFO"
expect_json 'all(isinstance(d["major"], int) and isinstance(d["minor"], int) for d in j["devices"])' \
	"major/minor are numbers"
expect_json 'all(d["devnode"] == "/dev/fwctl/" + d["name"] for d in j["devices"])' "devnodes"
expect_json 'all(d["netdevs"] and d["rdma_devices"] and d["pci_address"] and d["driver"] == "mlx5_core" and d["pci_vendor_id_hex"] == "0x15b3" for d in j["devices"] if d["type"] == "mlx5")' \
	"mlx5 functions carry PCI address, ids, driver, netdev and RDMA names"
expect_json 'len({d["pci_address"] for d in j["devices"] if d["type"] == "mlx5"}) == 2' \
	"the two mlx5 functions have different PCI addresses"
expect_json 'all(d["parent_kind"] == "cxl_memdev" and d["memdev"] and d["memdev"].startswith("mem") for d in j["devices"] if d["type"] == "cxl")' \
	"the cxl device hangs off a memdev"
expect_json 'all(d["parent_kind"] == "pci" for d in j["devices"] if d["type"] != "cxl")' \
	"other devices hang off PCI functions"
expect_json 'j["kernel_taint"]["fwctl"] is False' "kernel not tainted"
expect_stats 'sum(x["rpcs"] for x in d["devices"]) == 0' "list sends no RPC"

run_fwctl -- list
expect_rc 0 "list (text)"
expect_out_re '^ *name +type +pci_address' "text table header"
expect_out_re '^ *fwctl0 +mlx5 +0000:' "fwctl0 row"
expect_out_re 'kernel_fwctl_tainted +: no' "taint line"

run_fwctl --device cxl -- list -j
expect_rc 0 "list with one cxl device"
expect_json 'len(j["devices"]) == 1 and j["devices"][0]["type"] == "cxl"' "only the cxl device"

if [ ! -d /sys/class/fwctl ]; then
	run_plain list -j
	expect_rc 0 "list on a machine without fwctl devices"
	expect_json 'j["devices"] == []' "empty list is valid JSON"
	run_plain list
	expect_rc 0 "empty text list"
	expect_err_re 'no fwctl devices found' "empty list says so on stderr"
fi
done_testing
