#!/bin/bash
# fwctl report --jobs N: devices gathered concurrently keep their list
# order, their own errors and timeouts, and the output of --jobs 1.
# A slow device's firmware delays only its own RPCs (fwctl-emu answers
# each request once its device's delay has passed), as separate devices'
# would.
. "$(dirname "$0")/../lib.sh"

# The devices without what varies between runs (seconds).
stable() {
	"$PY" -c 'import json,sys
j = json.load(open(sys.argv[1]))
print(json.dumps([{k: v for k, v in d.items() if k != "seconds"} for d in j["devices"]], sort_keys=True))
print(json.dumps(j["summary"], sort_keys=True))' "$T_TMP/out"
}

# The same document whatever the number of workers.
run_fwctl -- report -j --jobs 1
expect_rc 0 "report --jobs 1"
seq_doc=$(stable)
run_fwctl -- report -j --jobs 16
expect_rc 0 "report --jobs 16"
ok_if '[ "$(stable)" = "$seq_doc" ]' "--jobs 16: the same devices and summary as --jobs 1"
expect_stats 'all(x["infos"] == 1 for x in d["devices"])' "each device opened once, on its own fd"
run_fwctl -- report -j
ok_if '[ "$(stable)" = "$seq_doc" ]' "default --jobs: the same document"

run_fwctl --fault fw-status,dev=fwctl1 -- report --jobs 1
seq_text=$OUT
run_fwctl --fault fw-status,dev=fwctl1 -- report --jobs 8
expect_rc 1 "text report with a failure, --jobs 8"
ok_if '[ "$OUT" = "$seq_text" ]' "text output identical to --jobs 1"

# Order: fwctl0 answers slowly and finishes last, yet comes first.
run_fwctl --fault slow,dev=fwctl0,delay=300 -- report -j --jobs 8
expect_rc 0 "a slow device with --jobs 8"
expect_json '[d["name"] for d in j["devices"]] == ["fwctl%d" % i for i in range(5)]' \
	"devices in list order"
expect_json 'all(j["devices"][0]["seconds"] > d["seconds"] for d in j["devices"][2:])' \
	"the first device finished after the ones behind it"
expect_json 'j["summary"] == {"devices": 5, "failed": 0, "complete": True}' "complete"

# A per-device error stays in its place; the rest is complete.
run_fwctl --fault slow,dev=fwctl0,delay=100 --fault fw-status,dev=fwctl1 -- report -j --jobs 8
expect_rc 1 "one failing device, --jobs 8"
expect_json '[d["name"] for d in j["devices"]] == ["fwctl%d" % i for i in range(5)]' "order kept"
expect_json 'j["devices"][1]["error"]["kind"] == "firmware" and j["devices"][1]["plugin_report"] is None' \
	"the error object in the failing device's place"
expect_json 'all("error" not in d for i, d in enumerate(j["devices"]) if i != 1) and j["devices"][0]["plugin_report"]["psid"]' \
	"the other devices are complete"
expect_json 'j["summary"]["failed"] == 1 and j["summary"]["devices"] == 5' "summary counts it"

# Per-device timeout with workers: the slow mlx5 device is cut off, the
# devices gathered beside it (one RPC each) are not.
MACHINE=(--device mlx5 --device bnxt --device cxl --device pds)
run_fwctl "${MACHINE[@]}" --fault slow,dev=fwctl0,delay=400 -- report -j --jobs 4 --timeout-per-device 1
expect_rc 1 "a device over its time, --jobs 4"
expect_json 'j["devices"][0]["error"]["kind"] == "timeout" and j["devices"][0]["seconds"] < 2.5' \
	"timeout error object, cut off in time"
expect_json '[d["name"] for d in j["devices"]] == ["fwctl0", "fwctl1", "fwctl2", "fwctl3"]' "order kept"
expect_json 'all("error" not in d for d in j["devices"][1:]) and j["devices"][1]["plugin_report"]["firmware_version"]' \
	"the devices beside it are reported"
expect_json 'j["summary"] == {"devices": 4, "failed": 1, "complete": False}' "summary"

# Coredumps gathered in parallel enter the archive whole and in device
# order (each worker spools its dump; the main thread copies them in).
tar="$T_TMP/report.tar"
run_fwctl --device mlx5 --device bnxt --device mlx5,profile=cx7 -- \
	report --include coredump -o "$tar" -j --jobs 3
expect_rc 0 "report --include coredump --jobs 3"
ok_if '"$PY" - "$tar" <<'"'PY'"'
import hashlib, json, sys, tarfile
t = tarfile.open(sys.argv[1], format=tarfile.USTAR_FORMAT)
j = json.load(t.extractfile("report.json"))
d = j["devices"]
ok = t.getnames() == ["coredump-fwctl0.bin", "coredump-fwctl2.bin", "report.json"]
ok = ok and all(hashlib.sha256(t.extractfile(d[i]["coredump"]["file"]).read()).hexdigest()
                == d[i]["coredump"]["sha256_hex"] for i in (0, 2))
sys.exit(0 if ok and "coredump" not in d[1] else 1)
PY' "archive: both dumps whole, in device order, then report.json"
ok_if '[ -z "$(ls -A "$T_TMP" | grep -i spool)" ]' "no spool file left"

# A stop signal ends every worker at its next RPC: no document, no file.
out="$T_TMP/report.json"
run_emu_sh --fault slow,delay=300 -- \
	't0=$(date +%s%N); $FWCTL report --jobs 8 -j -o '"$out"' & pid=$!; sleep 0.5; kill -INT $pid;
	 wait $pid; rc=$?; echo "ms=$((($(date +%s%N) - t0) / 1000000))"; exit $rc'
expect_rc 130 "SIGINT during a parallel report"
expect_err_re 'interrupted' "stderr says interrupted"
# Uninterrupted: an mlx5 device's 7 RPCs take 2.1 s.  Each worker may
# finish the RPC it is in (the second, or under load the third).
ok_if '[ "$(sed -n "s/^ms=//p" "$T_TMP/out")" -lt 2000 ]' "the workers stopped before the end"
expect_stats 'all(x["rpcs"] <= 3 for x in d["devices"])' "no worker went on past its next RPC"
ok_if '[ ! -e "$out" ] && ! ls -A "$T_TMP" | grep -q "report.json.fwctl-"' "neither FILE nor a temp file"

# --dry-run: one device after another, the same lines as --jobs 1.
run_fwctl -- report --dry-run --jobs 1
seq_dry=$OUT
run_fwctl -- report --dry-run --jobs 8
expect_rc 0 "--dry-run with --jobs 8"
ok_if '[ "$OUT" = "$seq_dry" ] && [ -n "$OUT" ]' "the same RPC lines, in device order"
expect_stats 'sum(x["rpcs"] for x in d["devices"]) == 0' "nothing sent"

# --jobs validation, before the first RPC.
for bad in 0 17 four -1 ''; do
	run_fwctl -- report -j --jobs "$bad"
	expect_rc 2 "--jobs '$bad' refused"
	expect_json 'j["error"]["kind"] == "usage"' "--jobs '$bad': usage error object"
	expect_stats 'sum(x["rpcs"] for x in d["devices"]) == 0' "--jobs '$bad': nothing sent"
done
run_fwctl -- report -j --jobs 17
expect_err_re '1 to 16' "the message gives the range"

run_fwctl -- report --help
expect_out_re '--jobs' "help lists --jobs"
done_testing
