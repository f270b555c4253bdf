#!/bin/bash
# fwctl report: the default emulated machine, faults per device, per-device
# timeout, -o FILE (atomic), -d, text summary, options and errors.
. "$(dirname "$0")/../lib.sh"

run_fwctl -- report -j
expect_rc 0 "report -j over the default devices"
expect_json 'j["format_version"] == 1' "format_version 1"
expect_json 'j["tool"]["name"] == "fwctl" and j["tool"]["version"]' "tool version"
expect_json 'j["kernel"]["release"] and "machine" in j["kernel"]' "kernel release"
expect_json 'j["kernel_taint"]["fwctl"] is False and isinstance(j["kernel_taint"]["flags"], list)' \
	"taint state with named flags"
expect_json 'len(j["devices"]) == 5 and [d["name"] for d in j["devices"]] == ["fwctl%d" % i for i in range(5)]' \
	"every device, in order"
expect_json 'all("pci_address" in d and "driver" in d and "type" in d for d in j["devices"])' \
	"identity of every device"
expect_json 'all(d["plugin"] == "mlx5" and d["plugin_report"]["psid"] and d["plugin_report"]["adapter"] for d in j["devices"] if d["type"] == "mlx5")' \
	"mlx5: PSID and QUERY_ADAPTER"
expect_json 'all("log_max_qp" in d["plugin_report"]["caps_current"]["general"] for d in j["devices"] if d["type"] == "mlx5")' \
	"mlx5: GENERAL caps decoded"
expect_json 'all(set(d["plugin_report"]["registers"]) == {"paos_port1", "pmtu_port1", "ptys_port1_eth", "mtmp_sensor0", "mgir"} for d in j["devices"] if d["type"] == "mlx5")' \
	"mlx5: the key registers"
expect_json '[d["plugin_report"]["firmware_version"] for d in j["devices"] if d["type"] == "mlx5"] == ["22.41.1000", "28.43.2026"]' \
	"mlx5: the firmware version of each device (MGIR)"
expect_json 'all(d["plugin_report"]["firmware"]["psid"] == d["plugin_report"]["psid"] and d["plugin_report"]["firmware"]["build_date"] for d in j["devices"] if d["type"] == "mlx5")' \
	"mlx5: MGIR's PSID agrees with QUERY_ADAPTER's, build date shown"
expect_json 'all(("fields" in r) != ("error" in r) for d in j["devices"] if d["type"] == "mlx5" for r in d["plugin_report"]["registers"].values())' \
	"each register decoded or its firmware refusal in its place"
expect_json 'all(d["plugin_report"]["firmware_version"] and d["plugin_report"]["chip"]["name"] for d in j["devices"] if d["type"] == "bnxt")' \
	"bnxt: firmware version and chip"
expect_json 'all((d["plugin_report"] is None and d["note"]) or d["plugin_report"] for d in j["devices"])' \
	"a device without report support says so"
expect_json 'not any("error" in d for d in j["devices"]) and j["summary"] == {"devices": 5, "failed": 0, "complete": True}' \
	"summary: complete"
expect_stats 'all(x["rpcs_by_scope"][2] == 0 and x["rpcs_by_scope"][3] == 0 for x in d["devices"]) and not d["tainted"]' \
	"nothing above debug-ro, no taint"
expect_stats 'all(x["rpcs"] > 0 for x in d["devices"] if x["type"] in ("mlx5", "bnxt"))' \
	"the plugins' devices were read"

# Golden: the decoded entries of the devices whose plugins report (mlx5,
# bnxt), without what varies between runs (seconds).  When an emulated
# firmware model or a decoder changes on purpose, FWCTL_UPDATE_GOLDEN=1
# rewrites the file: review the diff.
golden="$(dirname "$0")/golden/report-devices.json"
"$PY" - "$T_TMP/out" "$T_TMP/devices.json" <<'PY'
import json, sys
j = json.load(open(sys.argv[1]))
devs = [{k: v for k, v in d.items() if k != "seconds"} for d in j["devices"] if d["type"] in ("mlx5", "bnxt")]
json.dump(devs, open(sys.argv[2], "w"), indent=1, sort_keys=True)
PY
[ "${FWCTL_UPDATE_GOLDEN:-0}" = 1 ] && cp "$T_TMP/devices.json" "$golden"
ok "$("$PY" -c 'import json,sys; sys.exit(0 if json.load(open(sys.argv[1])) == json.load(open(sys.argv[2])) else 1)' \
	"$T_TMP/devices.json" "$golden"; echo $?)" "mlx5 and bnxt entries equal golden/report-devices.json"

# One device with an injected firmware fault: still one valid document, exit 1.
run_fwctl --fault fw-status,dev=fwctl1 -- report -j
expect_rc 1 "a failing device: exit 1"
expect_json 'len(j["devices"]) == 5 and j["devices"][1]["error"]["kind"] == "firmware" and j["devices"][1]["error"]["fw_status"] == 3' \
	"error object for the faulty device"
expect_json 'j["devices"][1]["plugin_report"] is None and j["devices"][1]["name"] == "fwctl1" and j["devices"][1]["pci_address"]' \
	"its identity is kept"
expect_json '"error" not in j["devices"][0] and j["devices"][0]["plugin_report"]["psid"]' "the other devices are intact"
expect_json 'j["summary"]["failed"] == 1 and j["summary"]["complete"] is False' "summary counts the failure"
expect_json '"error" not in j' "no top-level error object: the report is the document"
expect_err_re '1 part of the report failed' "stderr says parts failed"

run_fwctl --fault enodev,dev=fwctl0 -- report -j
expect_rc 1 "a removed device"
expect_json 'j["devices"][0]["error"]["kind"] == "no_device" and len(j["devices"]) == 5' "removed device: no_device"

# A device that cannot even be opened (removed before the report: its
# FWCTL_INFO fails): identity from sysfs, the error, no plugin.
nop='$FWCTL rpc -d fwctl0 --scope debug-ro --out-len 16 --in-hex 080d0000000000000000000000000000'
run_emu_sh --fault enodev,dev=fwctl0 -- "$nop >/dev/null 2>&1; \$FWCTL report -j"
expect_rc 1 "a device gone before the report"
expect_json 'j["devices"][0]["error"]["kind"] == "no_device" and j["devices"][0]["plugin"] is None and j["devices"][0]["pci_address"] == "0000:08:00.0"' \
	"its open failed: error object, identity from sysfs"
expect_json 'all("error" not in d for d in j["devices"][1:])' "the others are reported"

# Per-device timeout: slow answers on fwctl0 only.  --jobs 1: fwctl-emu
# answers every device's RPCs on one thread, so there a slow device also
# slows the devices gathered beside it (test-report-jobs.sh covers --jobs N).
run_fwctl --fault slow,dev=fwctl0,delay=300 -- report -j --timeout-per-device 0.5 --jobs 1
expect_rc 1 "a device over its time"
expect_json 'j["devices"][0]["error"]["kind"] == "timeout"' "timeout error object"
expect_json 'j["devices"][0]["seconds"] < 2.5' "the device was cut off in time"
expect_json '"error" not in j["devices"][1] and j["devices"][1]["plugin_report"]' "the next device is reported"
expect_json 'j["options"]["timeout_per_device_s"] == 0.5' "the timeout is recorded"

run_fwctl --fault slow,dev=fwctl0,delay=100 -- report -j --timeout-per-device 0
expect_rc 0 "--timeout-per-device 0: no limit"
expect_json 'j["options"]["timeout_per_device_s"] == 0 and j["summary"]["complete"]' "slow but complete"

run_fwctl --fault slow,dev=fwctl0,delay=300 -- report -j --timeout 0.4
expect_json 'j["devices"][0]["error"]["kind"] == "timeout"' "--timeout is the default per-device timeout"

# -o FILE: atomic, refuses to overwrite without --force.
out="$T_TMP/report.json"
run_fwctl -- report -j -o "$out"
expect_rc 0 "report -o FILE"
ok "$("$PY" -c 'import json,sys; j=json.load(open(sys.argv[1])); sys.exit(0 if len(j["devices"]) == 5 else 1)' "$out"; echo $?)" \
	"FILE holds the JSON document"
ok "$([ -z "$OUT" ]; echo $?)" "nothing on stdout"
ok "$(ls -A "$T_TMP" | grep -q '^\.report\.json\.fwctl-'; [ $? != 0 ]; echo $?)" "no temp file left"
run_fwctl -- report -j -o "$out"
expect_rc 4 "existing FILE refused"
run_fwctl -- report -j -o "$out" --force
expect_rc 0 "--force overwrites"

# -d: one device only.
run_fwctl -- report -j -d fwctl4
expect_rc 0 "report -d fwctl4"
expect_json 'len(j["devices"]) == 1 and j["devices"][0]["type"] == "bnxt"' "only that device"
expect_stats 'sum(x["rpcs"] for x in d["devices"] if x["name"] != "fwctl4") == 0' "no RPC to the others"

# Text: a readable summary.
run_fwctl --fault fw-status,dev=fwctl1 -- report
expect_rc 1 "text report with a failure"
expect_out_re '^kernel_fwctl_tainted +: no' "taint line"
expect_out_re '^  fwctl0 +mlx5 +0000:08:00.0 +mlx5_core +ok +22\.41\.1000 \(MT_0000000359\)' \
	"mlx5 row with its firmware version and PSID"
expect_out_re '^  fwctl1 +mlx5 .* error +QUERY_ADAPTER: firmware returned' "failed row with the reason"
expect_out_re '^  failed +: 1' "summary"

if [ ! -d /sys/class/fwctl ]; then
	run_plain report -j
	expect_rc 0 "report on a machine without fwctl devices"
	expect_json 'j["devices"] == [] and j["summary"]["complete"] is True and j["kernel"]["release"]' \
		"an empty report is still a complete document"
fi

# Usage errors.
run_fwctl -- report -j --include coredump
expect_rc 2 "--include coredump without -o"
expect_json 'j["error"]["kind"] == "usage"' "usage error object"
run_fwctl -- report -j --include everything
expect_rc 2 "unknown --include value"
run_fwctl -- report -j --timeout-per-device -1
expect_rc 2 "negative timeout"
run_fwctl -- report -j -d nosuchdev
expect_rc 3 "unknown device"
run_fwctl -- report --format=binary
expect_rc 2 "no binary form"

run_fwctl -- report --help
expect_rc 0 "--help"
expect_out_re 'timeout-per-device' "help lists the options"
done_testing
