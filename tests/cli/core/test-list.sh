#!/bin/bash
# fwctl list: every device of the default emulated set, JSON contract, text;
# --long: the firmware version of each, one read per device.
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

# --long: one read per device through its plugin's firmware_version hook.
run_fwctl -- list --long -j
expect_rc 0 "list --long -j"
expect_json '[d["firmware_version"] for d in j["devices"]] == ["22.41.1000", "28.43.2026", None, None, "230.0.158.0/pkg 230.0.158.0"]' \
	"mlx5 from MGIR, bnxt from VER_GET; pds and cxl have none here"
expect_json '"no pds catalogue" in j["devices"][2]["firmware_version_note"] and "firmware_version" in j["devices"][3]["firmware_version_note"] and "/sys/bus/cxl/devices/mem0/" in j["devices"][3]["firmware_version_note"]' \
	"a note says why: no catalogue (pds), not reachable through fwctl (cxl)"
expect_json 'not any("error" in d for d in j["devices"]) and all("firmware_version_note" not in d for d in j["devices"] if d["firmware_version"])' \
	"no error, no note where there is a version"
expect_golden list-long "list --long JSON matches the golden file"
expect_stats '[x["rpcs_by_scope"] for x in d["devices"]] == [[0, 1, 0, 0], [0, 1, 0, 0], [0, 0, 0, 0], [0, 0, 0, 0], [0, 1, 0, 0]] and not d["tainted"]' \
	"one debug-ro read per mlx5 and bnxt device, nothing to pds and cxl"
run_fwctl -- list --long
expect_rc 0 "list --long (text)"
expect_golden_text list-long "list --long text matches the golden file"
expect_out_re '^ *name +type +pci_address +memdev +driver +netdevs +rdma_devices +firmware$' "a firmware column"
expect_out_re '^ *fwctl3 +cxl .* -$' "cxl: -"

FWCTL_PDS_CATALOG="$FWCTL_SRCDIR/plugins/pds/catalog/emulated.json" run_fwctl -- list -l -j
expect_rc 0 "list -l with the emulator's pds catalogue"
expect_json 'j["devices"][2]["firmware_version"] == "1.62.0-emu"' "pds: identity.identify's fw_version"
expect_stats 'd["devices"][2]["rpcs_by_scope"] == [1, 0, 0, 0]' "pds: one read at config"

run_fwctl --fault fw-status,dev=fwctl1 -- list --long -j
expect_rc 1 "a device whose query fails: exit 1"
expect_json 'len(j["devices"]) == 5 and j["devices"][1]["firmware_version"] is None and j["devices"][1]["error"]["fw_status_name"] == "BAD_PARAM"' \
	"its row keeps an error object"
expect_json 'j["devices"][0]["firmware_version"] == "22.41.1000" and j["devices"][4]["firmware_version"] and "error" not in j' \
	"the others are intact; one document, no top-level error"
expect_err_re 'fwctl1: ACCESS_REG read mgir: firmware returned' "stderr names the device and the reason"
run_fwctl --fault fw-status,dev=fwctl1 -- list --long
expect_rc 1 "text: exit 1"
expect_out_re '^ *fwctl1 +mlx5 .* error$' "text: the failed row says error"
run_fwctl --fault enodev,dev=fwctl0 -- list --long -j
expect_json 'j["devices"][0]["firmware_version"] is None and j["devices"][0]["error"]["kind"] in ("no_device", "failed") and j["devices"][1]["firmware_version"] == "28.43.2026"' \
	"a device that vanishes: error in its row, the rest answered"

run_fwctl -- --dry-run list --long -j
expect_rc 0 "--dry-run list --long"
expect_json '[(r["device"], r["what"]) for r in j["rpcs"]] == [("fwctl0", "ACCESS_REG read mgir"), ("fwctl1", "ACCESS_REG read mgir"), ("fwctl4", "HWRM_VER_GET")]' \
	"the reads it would send"
expect_stats 'sum(x["rpcs"] for x in d["devices"]) == 0' "nothing sent"

run_fwctl --device mlx5 -- --scope config list --long -j
expect_rc 0 "--scope config: MGIR not read"
expect_json 'j["devices"][0]["firmware_version"] is None and "debug-ro" in j["devices"][0]["firmware_version_note"]' "says why"
expect_stats 'd["devices"][0]["rpcs"] == 0' "nothing sent"

run_plain list --list-opts
expect_out_re '^--long$' "completion offers --long"

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
