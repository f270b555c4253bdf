#!/bin/bash
# --all: a reading command on every device of its type, in parallel, as
# one document in device order with a result or an error object each.
. "$(dirname "$0")/../lib.sh"

run_fwctl -- mlx5 identity --all -j
expect_rc 0 "mlx5 identity --all -j"
expect_json '[d["device"] for d in j["devices"]] == ["fwctl0", "fwctl1"]' "the two mlx5 devices, in order"
expect_json 'all(d["type"] == "mlx5" and d["pci_address"] and "error" not in d for d in j["devices"])' \
	"each with its identity and no error"
expect_json '[d["result"]["firmware_version"] for d in j["devices"]] == ["22.41.1000", "28.43.2026"]' \
	"each device's own result"
expect_json 'j["summary"] == {"devices": 2, "failed": 0, "complete": True}' "summary: complete"
expect_stats '[x["infos"] for x in d["devices"]] == [1, 1, 0, 0, 0]' "each mlx5 device opened once, nothing else"
expect_stats 'all(x["writes"] == 0 for x in d["devices"])' "no writes"

# The same result as -d, device by device.
run_fwctl -- mlx5 identity --all -j
all_doc=$OUT
for i in 0 1; do
	run_fwctl -- -d fwctl$i mlx5 identity -j
	ok_if "[ \"\$($PY -c 'import json,sys; print(json.dumps(json.loads(sys.argv[1])[\"devices\"][$i][\"result\"], sort_keys=True))' "\$all_doc")\" = \"\$($PY -c 'import json,sys; d=json.loads(sys.argv[1]); d.pop(\"format_version\"); print(json.dumps(d, sort_keys=True))' "\$OUT")\" ]" \
		"fwctl$i: --all's result equals -d fwctl$i's document"
done

run_fwctl -- mlx5 reg MTMP --all
expect_rc 0 "mlx5 reg MTMP --all (text)"
expect_out_re '^fwctl0 \(0000:08:00\.0\):$' "a section for fwctl0"
expect_out_re '^fwctl1 \(0000:41:00\.0\):$' "a section for fwctl1"
expect_out_re '^  fields:$' "the register's fields inside the section"

run_fwctl -- bnxt info --all -j
expect_rc 0 "bnxt info --all"
expect_json '[d["device"] for d in j["devices"]] == ["fwctl4"]' "the one bnxt device"
run_fwctl -- info --all -j
expect_rc 0 "core info --all: every device"
expect_json '[d["type"] for d in j["devices"]] == ["mlx5", "mlx5", "pds", "cxl", "bnxt"]' "every type, in order"

# One device fails: its error object in its place, the others complete, exit 1.
run_fwctl --fault fw-status,dev=fwctl1 -- mlx5 identity --all -j
expect_rc 1 "one device fails"
expect_json 'j["devices"][1]["error"]["kind"] == "firmware" and "result" not in j["devices"][1]' \
	"its error object in its place"
expect_json '"result" in j["devices"][0] and "error" not in j["devices"][0]' "the other is complete"
expect_json 'j["summary"] == {"devices": 2, "failed": 1, "complete": False}' "summary counts it"
expect_err_re '^fwctl mlx5 identity: fwctl1: .*status 0x3' "the device's error on stderr"
expect_err_re '1 of 2 devices failed' "and the count"
run_fwctl --fault fw-status,dev=fwctl1 -- mlx5 identity --all
expect_rc 1 "the same in text"
expect_out_re '^fwctl1 \(0000:41:00\.0\):$' "fwctl1's section"
expect_out_re '^  error +: .*status 0x3' "holds its error"

# Order: the slow first device finishes last, yet comes first.
run_fwctl --fault slow,dev=fwctl0,delay=200 -- mlx5 reg MTMP --all -j
expect_rc 0 "a slow device"
expect_json '[d["device"] for d in j["devices"]] == ["fwctl0", "fwctl1"]' "device order kept"

# Per-device timeout: an error object each, the document complete.
run_fwctl --fault slow,delay=400 -- --timeout 0.3 mlx5 identity --all -j
expect_rc 1 "every device over its time"
expect_json 'all(d["error"]["kind"] == "timeout" for d in j["devices"]) and len(j["devices"]) == 2' \
	"a timeout error object per device"

# Writes: refused before any RPC when an option writes, on the device
# when the command would send one; never sent.
run_fwctl -- -f mlx5 reg PAOS --set admin_status=1 --all
expect_rc 2 "--all with a writing option"
expect_err_re 'only reads.*--set' "says --set writes"
expect_stats 'all(x["rpcs"] == 0 for x in d["devices"])' "nothing sent"
run_fwctl -- -f cxl feature set vendor-test --data-hex 00000000 --all -j
expect_rc 1 "a write the command would send"
expect_json 'j["devices"][0]["error"]["kind"] == "permission"' "refused on the device"
expect_stats 'all(x["writes"] == 0 for x in d["devices"]) and not d["tainted"]' "no write, no taint"

# What --all does not combine with.
for args in "-d fwctl0 mlx5 identity" "mlx5 diag-counters --sample 2" "mlx5 coredump -o $T_TMP/cd" \
	"bnxt coredump -o $T_TMP/cd" "list" "report" "version" "--format=binary mlx5 cmd NOP"; do
	# shellcheck disable=SC2086
	run_fwctl -- --all $args
	expect_rc 2 "--all $args: refused"
done
ok_if '[ ! -e "$T_TMP/cd" ]' "no dump file"

run_fwctl --device pds -- mlx5 identity --all -j
expect_rc 3 "no mlx5 device"
expect_json 'j["error"]["kind"] == "no_device"' "one error document"

# --dry-run: the devices one after another, their RPC lines in order.
run_fwctl -- --dry-run mlx5 reg MTMP --all
expect_rc 0 "--dry-run"
ok_if '[ "$(printf "%s\n" "$OUT" | grep -o "^would send to fwctl[0-9]" | tr "\n" " ")" = "would send to fwctl0 would send to fwctl1 " ]' \
	"one RPC line per device, in device order"
expect_stats 'all(x["rpcs"] == 0 for x in d["devices"])' "nothing sent"

# -o FILE: the one document, atomically.
run_fwctl -- mlx5 identity --all -j -o "$T_TMP/all.json"
expect_rc 0 "-o FILE"
ok_if "$PY -c 'import json,sys; d=json.load(open(sys.argv[1])); assert len(d[\"devices\"]) == 2' '$T_TMP/all.json'" \
	"the file holds the document"

run_plain help --list -j
expect_json '{(c["plugin"], c["command"]) for c in j["commands"] if c["flags"]["all"]} >= {("mlx5", "identity"), ("mlx5", "reg"), ("bnxt", "info"), (None, "info")}' \
	"help --list -j says which commands take --all"
expect_json 'not any(c["flags"]["all"] for c in j["commands"] if c["command"] in ("list", "report", "metrics", "version", "coredump") and c["plugin"] in (None, "mlx5"))' \
	"and which do not"

done_testing
