#!/bin/bash
# The write gate, walked over every command: each command that
# `fwctl help --list -j` marks "writes" is driven with arguments that make
# it write, and the emulator's per-device "writes" counter (requests that
# would change a device's state reaching its firmware) proves that
#  - without --force nothing is written and the exit is 4,
#  - --force --dry-run writes nothing, exits 0 and shows the write,
#  - --force writes, with exactly one audit record per write.
# A command marked "writes" with no example here fails the test: a new
# write path cannot go untested.
. "$(dirname "$0")/audit-ns.sh"
audit_ns_enter "$@"
. "$(dirname "$0")/../lib.sh"
audit_ns_setup
export FWCTL_PDS_CATALOG="$FWCTL_SRCDIR/plugins/pds/catalog/emulated.json"

# "plugin command" -> emulator devices | arguments that write on them.
declare -A EXAMPLE=(
	["- rpc"]="--device mlx5|rpc --scope config --in-hex 08050000000000000000500600000000 --out-len 32"
	["mlx5 reg"]="--device mlx5|mlx5 reg paos --set admin_status=down"
	["mlx5 diag-counters"]="--device mlx5|mlx5 diag-counters --enable"
	["mlx5 cmd"]="--device mlx5|mlx5 cmd ACCESS_REG --op-mod 0 --in-hex 00005006"
	["pds rpc"]="--device pds|pds rpc --ep 4 --op 2 --in-hex 2823000000"
	["pds call"]="--device pds|pds call port.set_config mtu=9000"
	["cxl feature"]="--device cxl|cxl feature set 3f2a8c5e-6b1d-4e7a-9c0b-2d4e6f8a0b1c --data-hex 0102030405060708"
	["bnxt hwrm"]="--device bnxt|bnxt hwrm PORT_PHY_I2C_WRITE"
)

writes_total='sum(x["writes"] for x in d["devices"])'

run_fwctl -- help --list -j
expect_rc 0 "help --list -j"
mapfile -t WRITERS < <("$PY" -c '
import json, sys
for c in json.loads(sys.stdin.read())["commands"]:
    if c["flags"]["writes"]:
        print((c["plugin"] or "-") + " " + c["command"])' <<<"$OUT")
ok_if '[ ${#WRITERS[@]} -ge 8 ]' "help --list -j marks the write-capable commands (${#WRITERS[@]})"
for key in "${!EXAMPLE[@]}"; do
	found=1
	for w in "${WRITERS[@]}"; do [ "$w" = "$key" ] && found=0; done
	ok "$found" "'$key' has an example and is marked writes"
done

for key in "${WRITERS[@]}"; do
	ex=${EXAMPLE[$key]:-}
	if [ -z "$ex" ]; then
		ok 1 "'$key' is marked writes but has no write example in this test"
		continue
	fi
	emu=${ex%%|*} args=${ex#*|}
	# shellcheck disable=SC2086
	run_fwctl $emu -- $args -j
	expect_rc 4 "$key: refused without --force"
	expect_json 'j["error"]["kind"] == "permission"' "$key: a JSON permission error"
	expect_err_re 'force' "$key: the refusal names --force"
	expect_stats "$writes_total == 0" "$key: no write reached the firmware"

	# shellcheck disable=SC2086
	run_fwctl $emu -- --dry-run --force $args -j
	expect_rc 0 "$key: --dry-run"
	expect_json 'j["dry_run"] is True and any(r["effect"] != "read" and not r["sent"] for r in j["rpcs"])' \
		"$key: --dry-run shows the write it did not send"
	expect_stats "$writes_total == 0" "$key: --dry-run wrote nothing"

	: >"$LOG"
	# shellcheck disable=SC2086
	run_fwctl $emu -- --force $args -j
	n=$("$PY" -c "import json; d = json.load(open('$STATS')); print($writes_total)")
	audit_settle
	ok_if "[ '$n' -ge 1 ]" "$key: --force reaches the firmware with a write ($n)"
	ok_if "[ \"\$(audit_records)\" = '$n' ]" "$key: one audit record per write ($(audit_records) for $n)"
done

# Without a catalogue nothing says whether a pds operation writes (the
# firmware passes its writes at config): unknown effect, --force needed.
FWCTL_PDS_CATALOG=/nonexistent run_fwctl --device pds -- pds rpc --ep 4 --op 2 --in-hex 2823000000 -j
expect_rc 4 "pds rpc, no catalogue: an operation of unknown effect needs --force"
expect_err_re 'catalogue' "the refusal says a catalogue would tell"
expect_stats "$writes_total == 0" "pds rpc, no catalogue: nothing written"
run_fwctl --device pds -- rpc --scope config --in-hex 020000000400000000000000050000000000000000000000000000000000000000000000000000000000000000000000 -j
expect_rc 4 "fwctl rpc to a pds device: unknown effect, --force needed"
expect_stats "$writes_total == 0" "fwctl rpc to a pds device: nothing written"
done_testing
