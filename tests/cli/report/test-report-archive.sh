#!/bin/bash
# fwctl report --include coredump -o FILE: a ustar archive with report.json
# and one coredump per mlx5 device, written atomically; a dump that fails
# is cut out of the archive and reported in place.
. "$(dirname "$0")/../lib.sh"

# One mlx5 device keeps the run short (a CR-space dump is ~20k RPCs).
MACHINE=(--device mlx5 --device bnxt)
tar="$T_TMP/report.tar"

# Check an archive with python's tarfile: names, report.json, dump hashes.
check_tar() {
	"$PY" - "$tar" "$1" <<'PY'
import hashlib, json, sys, tarfile
t = tarfile.open(sys.argv[1], format=tarfile.USTAR_FORMAT)
names = t.getnames()
j = json.load(t.extractfile("report.json"))
ok = eval(sys.argv[2])
sys.exit(0 if ok else 1)
PY
}

run_fwctl "${MACHINE[@]}" -- report --include coredump -o "$tar" -j
expect_rc 0 "report with coredumps"
expect_json 'j["archive"].endswith("report.tar") and j["report"]["complete"] is True' "summary on stdout"
ok "$(check_tar 'names == ["coredump-fwctl0.bin", "report.json"]'; echo $?)" \
	"archive: one coredump per mlx5 device, then report.json"
ok "$(check_tar 'all(m.isreg() and m.mode == 0o644 for m in t.getmembers()) and t.getmember("report.json").size > 0'; echo $?)" \
	"regular ustar members"
ok "$(check_tar 'j["format_version"] == 1 and j["options"]["include"] == ["coredump"] and len(j["devices"]) == 2'; echo $?)" \
	"report.json is the report"
ok "$(check_tar 'hashlib.sha256(t.extractfile("coredump-fwctl0.bin").read()).hexdigest() == j["devices"][0]["coredump"]["sha256_hex"]'; echo $?)" \
	"the dump in the archive matches its recorded sha256"
ok "$(check_tar 't.getmember("coredump-fwctl0.bin").size == j["devices"][0]["coredump"]["bytes"] > 1000000 and j["devices"][0]["coredump"]["file"] == "coredump-fwctl0.bin"'; echo $?)" \
	"size and name recorded"
ok "$(check_tar '"coredump" not in j["devices"][1]'; echo $?)" "no coredump for bnxt"
ok "$(tar -tf "$tar" >/dev/null 2>&1; echo $?)" "tar(1) reads the archive"
expect_stats 'd["devices"][0]["rpcs_by_scope"][2] == 0 and not d["tainted"]' "dumps stay at debug-ro"

# The archive file is refused if it exists, replaced with --force.
run_fwctl "${MACHINE[@]}" -- report --include coredump -o "$tar" -j
expect_rc 4 "existing archive refused"
expect_stats 'sum(x["rpcs"] for x in d["devices"]) == 0' "refused before the first RPC"

# A device removed in the middle of its dump: the dump's partial entry is
# dropped, the device says why, the archive stays valid.
rm -f "$tar"
run_fwctl "${MACHINE[@]}" --fault enodev,dev=fwctl0,after=200 -- report --include coredump -o "$tar" -j
expect_rc 1 "a failed coredump: exit 1"
expect_json 'j["report"]["failed"] == 1' "summary counts it"
ok "$(check_tar 'names == ["report.json"]'; echo $?)" "the partial dump is not in the archive"
ok "$(check_tar 'j["devices"][0]["coredump"]["error"]["kind"] == "no_device" and j["devices"][0]["coredump"]["file"] is None and j["devices"][0]["plugin_report"]["psid"]'; echo $?)" \
	"the coredump's error object, the device's data kept"

# Interrupted by a fault in the first device's data: no archive at all
# is left behind when the whole command cannot finish (signal).
rm -f "$tar"
run_emu_sh "${MACHINE[@]}" --fault slow,dev=fwctl0,delay=50 -- \
	'$FWCTL report --include coredump -o '"$tar"' -j & pid=$!; sleep 1; kill -TERM $pid; wait $pid'
expect_rc 143 "SIGTERM during the report"
ok "$([ ! -e "$tar" ] && ! ls -A "$T_TMP" | grep -q 'report.tar.fwctl-'; echo $?)" \
	"neither the archive nor its temp file exists"

# --dry-run: nothing sent, no archive written.
run_fwctl "${MACHINE[@]}" -- report --include coredump -o "$tar" --dry-run -j
expect_rc 0 "--dry-run with --include coredump"
expect_stats 'sum(x["rpcs"] for x in d["devices"]) == 0' "dry run sends nothing"
ok "$([ ! -e "$tar" ]; echo $?)" "dry run writes no archive"
done_testing
