#!/bin/bash
# SPDX-License-Identifier: GPL-2.0-or-later
# -o FILE never widens permissions or changes owners; dumps and reports are
# created 0600; -o DIR and -o FORMAT-NAME are caught; input directories say
# EISDIR; every JSON document is valid UTF-8 whatever the bytes it carries.
. "$(dirname "$0")/../lib.sh"

D="$T_TMP/o"
mkdir -p "$D"
PY=${PYTHON3:-python3}
mode_of() { stat -c %a "$1"; }
owner_of() { stat -c %U:%G "$1"; }
strict_json() { # FILE: one JSON document, strictly UTF-8
	"$PY" -c 'import json,sys; json.loads(open(sys.argv[1], "rb").read().decode("utf-8"))' "$1" 2>/dev/null
}

# New files: the umask for ordinary results, 0600 for reports and dumps.
umask 022
run_fwctl -- -j -o "$D/info.json" -d fwctl0 info
expect_rc 0 "info -o FILE"
ok "$([ "$(mode_of "$D/info.json")" = 644 ]; echo $?)" "a new info file follows the umask (022: 644)"
run_fwctl -- -j -o "$D/report.json" report
expect_rc 0 "report -o FILE"
ok "$([ "$(mode_of "$D/report.json")" = 600 ]; echo $?)" "a new report is 0600 (machine details)"
run_fwctl --device mlx5,crspace=64K -- -q -o "$D/core.bin" mlx5 coredump
expect_rc 0 "coredump -o FILE"
ok "$([ "$(mode_of "$D/core.bin")" = 600 ]; echo $?)" "a new coredump is 0600 (firmware memory)"
umask 077
run_fwctl -- -j -o "$D/info077.json" -d fwctl0 info
umask 022
ok "$([ "$(mode_of "$D/info077.json")" = 600 ]; echo $?)" "umask 077 is honoured (600)"

# Replacing keeps the file's mode, and as root its owner and group (as > does).
chmod 640 "$D/info.json"
run_fwctl -- -j -o "$D/info.json" --force -d fwctl0 info
expect_rc 0 "--force replaces"
ok "$([ "$(mode_of "$D/info.json")" = 640 ]; echo $?)" "--force keeps mode 640"
chmod 666 "$D/core.bin"
run_fwctl --device mlx5,crspace=64K -- -q -o "$D/core.bin" --force mlx5 coredump
ok "$([ "$(mode_of "$D/core.bin")" = 666 ]; echo $?)" "--force keeps a dump's 666 (the user chose it)"
if [ "$(id -u)" = 0 ] && getent passwd nobody >/dev/null; then
	grp=$(id -gn nobody)
	chown "nobody:$grp" "$D/report.json"
	chmod 600 "$D/report.json"
	run_fwctl -- -j -o "$D/report.json" --force report
	expect_rc 0 "root replaces a file owned by nobody"
	ok "$([ "$(owner_of "$D/report.json")" = "nobody:$grp" ] && [ "$(mode_of "$D/report.json")" = 600 ]; echo $?)" \
		"owner, group and mode 600 kept (was: root root 644)"
else
	skip "owner and group kept on --force" "not root"
fi

# -o DIR: "is a directory" first (not "exists; use --force").
run_fwctl -- -j -o "$D" -d fwctl0 info
expect_rc 1 "-o DIR"
expect_json 'j["error"]["errno"] == 21' "EISDIR error object"
expect_err_re "is a directory" "says 'is a directory'"
ok "$(grep -q -- '--force' "$T_TMP/err"; [ $? = 1 ]; echo $?)" "does not suggest --force"
run_fwctl -- -j -o "$D" --force -d fwctl0 info
expect_err_re "is a directory" "-o DIR --force: the same message"
run_fwctl -- -j -o "$D/new/" -d fwctl0 info
expect_rc 1 "-o PATH/ (trailing slash)"
expect_err_re "is a directory" "trailing slash: is a directory"
ok "$([ ! -e "$D/new" ]; echo $?)" "nothing created"

# -o json (nvme-cli's -o FORMAT): a file named json, with a warning.
cd "$D"
run_fwctl -- list -o json
expect_rc 0 "list -o json"
expect_err_re "writing to a file named 'json'.*-j" "warns that -o names a file and points at -j"
ok "$([ -f "$D/json" ]; echo $?)" "the file is written"
run_fwctl -- list -o json --force
ok "$(grep -q "named 'json'" "$T_TMP/err"; [ $? = 1 ]; echo $?)" "no warning once the file exists"
run_fwctl -- list -q -o binary
cd - >/dev/null
expect_err_empty "-q: no warning"

# Input files that are directories: EISDIR, not "cannot read '/tmp'2097152".
for c in "rpc -d fwctl0 --scope debug-ro --out-len 16 --in" "pds rpc --ep 1 --op 1 --in" \
	 "bnxt hwrm VER_GET --in" "cxl feature set vendor-test --force --data"; do
	# shellcheck disable=SC2086
	run_fwctl -- -j $c "$D"
	expect_rc 2 "${c%% -*} ... DIR: usage error"
	expect_json 'j["error"]["errno"] == 21 and j["error"]["message"].endswith("Is a directory")' "${c%% -*}: EISDIR in the error object"
	expect_err_re "cannot read '$D': Is a directory$" "${c%% -*}: the message ends with the reason"
	expect_stats 'sum(x["rpcs"] for x in d["devices"]) == 0' "${c%% -*}: no RPC sent"
done

# Non-UTF-8 bytes from argv and sysfs: the JSON stays valid (U+FFFD).
run_fwctl -- info -d "$(printf 'fw\377ctl0')" -j
expect_rc 3 "a device name with a 0xff byte"
ok "$(strict_json "$T_TMP/out"; echo $?)" "its error document is valid UTF-8 JSON"
expect_json '"fw\ufffdctl0" in j["error"]["message"]' "the byte became U+FFFD"
run_fwctl --device "mlx5,netdev=$(printf 'eth\377\3000')" -- list -j
ok "$(strict_json "$T_TMP/out"; echo $?)" "list -j with a netdev name holding 0xff 0xc0: valid UTF-8"
expect_json 'j["devices"][0]["netdevs"] == ["eth\ufffd\ufffd0"]' "one U+FFFD per invalid byte"
run_fwctl --device "mlx5,netdev=$(printf 'eth\377\3000')" -- list -j -o "$D/list.json"
ok "$(strict_json "$D/list.json"; echo $?)" "the same in a file"

done_testing
