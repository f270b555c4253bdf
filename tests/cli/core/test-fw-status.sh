#!/bin/bash
# A firmware status no plugin has a name for is named the same way by
# every plugin ("unknown_0x<status>"), in the error object and on stderr,
# and each failure is told once: the status line is left out when the
# message already gives the status.
. "$(dirname "$0")/../lib.sh"

CAT="${FWCTL_SRCDIR:?}/plugins/pds/catalog/emulated.json"
check() { # DEV TYPE ARGS...
	local dev=$1 type=$2
	shift 2
	run_fwctl --fault "fw-status,dev=$dev,status=0x7e" -- -d "$dev" -j "$@"
	expect_rc 5 "$type: an unnamed status exits 5"
	expect_json 'j["error"]["fw_status"] == 0x7e and j["error"]["fw_status_name"] == "unknown_0x7e"' \
		"$type: fw_status_name unknown_0x7e"
	run_fwctl --fault "fw-status,dev=$dev,status=0x7e" -- -d "$dev" "$@"
	expect_err_re 'unknown status' "$type: the message says it is unknown"
	ok_if '[ "$(grep -c "0x0*7e" "$T_TMP/err")" = 1 ]' "$type: the status is told once"
}
check fwctl0 mlx5 mlx5 reg mtmp
check fwctl2 pds pds call identity.identify --catalog "$CAT"
check fwctl3 cxl cxl features
check fwctl4 bnxt bnxt info

# A named status keeps its name.
run_fwctl --fault fw-status,dev=fwctl0,status=3 -- -d fwctl0 -j mlx5 reg mtmp
expect_json 'j["error"]["fw_status_name"] == "BAD_PARAM"' "mlx5: a known status keeps its name"
done_testing
