#!/bin/bash
# fwctl info: every device-name form, per-vendor device data, errors.
. "$(dirname "$0")/../lib.sh"

run_fwctl -- list -j
expect_rc 0 "list -j for names"
mlx=$(json_get '[d for d in j["devices"] if d["type"] == "mlx5"][0]["name"]')
pci=$(json_get '[d for d in j["devices"] if d["type"] == "mlx5"][0]["pci_address"]')
net=$(json_get '[d for d in j["devices"] if d["type"] == "mlx5"][0]["netdevs"][0]')
rdma=$(json_get '[d for d in j["devices"] if d["type"] == "mlx5"][0]["rdma_devices"][0]')
mlx1=$(json_get '[d for d in j["devices"] if d["type"] == "mlx5"][1]["name"]')
rdma1=$(json_get '[d for d in j["devices"] if d["type"] == "mlx5"][1]["rdma_devices"][0]')
mem=$(json_get '[d for d in j["devices"] if d["type"] == "cxl"][0]["memdev"]')
cxl=$(json_get '[d for d in j["devices"] if d["type"] == "cxl"][0]["name"]')
pds=$(json_get '[d for d in j["devices"] if d["type"] == "pds"][0]["name"]')

for name in "$mlx" "/dev/fwctl/$mlx" "$pci" "${pci#0000:}" "$net" "$rdma"; do
	run_fwctl -- info -d "$name" -j
	expect_rc 0 "info -d $name"
	expect_json "j['name'] == '$mlx'" "$name resolves to $mlx"
done
run_fwctl -- info -d "$rdma1" -j
expect_json "j['name'] == '$mlx1'" "second RDMA name resolves to the second function"

run_fwctl -- info -d "$mlx" -j
expect_json 'j["type"] == "mlx5" and j["type_id"] == 1' "mlx5 type"
expect_json 'j["device_data_len"] == 8' "mlx5 device data is 8 bytes"
expect_json 'isinstance(j["device_data"]["uid"], int)' "uid decoded"
expect_json 'isinstance(j["device_data"]["uctx_caps"], int)' "uctx_caps decoded"
expect_json '(j["device_data"]["uctx_caps"] & 4 == 0) or "tools_resources" in j["device_data"]["uctx_caps_names"]' \
	"TOOLS_RESOURCES named"
expect_json 'j["kernel_taint"]["fwctl"] is False' "no taint at start"
expect_stats 'sum(x["rpcs"] for x in d["devices"]) == 0' "info sends no RPC"

run_fwctl -- info -d "$mlx"
expect_rc 0 "info text"
expect_out_re '^type +: mlx5' "text shows the type"
expect_out_re '^  uid +: [0-9]+' "text shows the uid"

run_fwctl -- info -d "$mem" -j
expect_rc 0 "info -d $mem"
expect_json "j['name'] == '$cxl' and j['type'] == 'cxl'" "memdev name resolves to the cxl device"
expect_json 'j["device_data_len"] == 0 and j["device_data"] == {}' "cxl has no device data"
expect_json 'j["parent_kind"] == "cxl_memdev"' "cxl parent is the memdev"

run_fwctl -- info -d "$pds" -j
expect_rc 0 "info pds"
expect_json 'j["type"] == "pds"' "pds type"
expect_json '(j["device_data_len"] == 0 and "note" in j["device_data"]) or "uctx_caps" in j["device_data"]' \
	"pds device data decoded or its absence explained"

run_fwctl -- info -j
expect_rc 2 "info without -d and several devices"
expect_json 'j["error"]["kind"] == "usage"' "JSON error kind usage"
expect_err_re "choose one with -d: .*$mlx" "the error lists the candidates"

run_fwctl --device cxl -- info -j
expect_rc 0 "info without -d and a single device"

run_fwctl -- info -d nosuchdev -j
expect_rc 3 "unknown device name"
expect_json 'j["error"]["kind"] == "no_device" and j["error"]["errno"] == 19' "no_device error object"
expect_json 'set(j["error"]) >= {"kind", "errno", "message", "fw_status", "syndrome"}' "error keys"
expect_err_re "no fwctl device named 'nosuchdev'" "stderr names the device"

# The emulated device disappears at its second RPC; info then fails.
nop='$FWCTL rpc -d '"$mlx"' --scope debug-ro --out-len 16 --in-hex 080d0000000000000000000000000000'
run_emu_sh --fault enodev,after=1 -- "$nop >/dev/null; $nop >/dev/null 2>&1; \$FWCTL info -d $mlx -j"
expect_rc 3 "device removed: ENODEV"
expect_json 'j["error"]["kind"] == "no_device"' "removed device is no_device"
expect_err_re 'removed' "message says removed"
done_testing
