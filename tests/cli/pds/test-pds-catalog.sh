#!/bin/bash
# SPDX-License-Identifier: GPL-2.0-or-later
# fwctl pds catalog: loading, the search path and the loader's refusals.
. "$(dirname "$0")/../lib.sh"
. "$(dirname "$0")/golden.sh"
CAT="$FWCTL_SRCDIR/plugins/pds/catalog/emulated.json"
unset FWCTL_PDS_CATALOG

run_plain pds catalog --catalog "$CAT" -j
expect_rc 0 "the shipped catalogue loads without a device"
expect_golden catalog "JSON golden (every endpoint and operation)"
expect_json '[o["scope"] for e in j["endpoints"] for o in e["operations"]].count("debug-write-full") == 2' "attr 0x20 and 0x0c map to debug-write-full"

run_plain pds catalog --catalog "$CAT" port.set_config -j
expect_rc 0 "one operation in detail"
expect_golden catalog-set-config "JSON golden (fields with defaults and enums)"

run_plain pds catalog --catalog "$CAT" debug
expect_rc 0 "one endpoint, text"
expect_out_re 'raw_poke +3 +1 +0x00010003 +debug-write-full' "raw_poke row"

FWCTL_PDS_CATALOG="$CAT" run_plain pds catalog -j
expect_rc 0 "\$FWCTL_PDS_CATALOG"
expect_json 'len(j["endpoints"]) == 4' "4 endpoints"

mkdir "$T_TMP/dir"
cp "$CAT" "$T_TMP/dir/a.json"
cat >"$T_TMP/dir/b.json" <<'J'
{"format":"fwctl-pds-catalog","format_version":1,"endpoints":[
 {"name":"extra","id":77,"operations":[{"name":"ping","id":1,"scope":"debug-ro"}]}]}
J
echo 'not json' >"$T_TMP/dir/c.txt"
FWCTL_PDS_CATALOG="$T_TMP/dir" run_plain pds catalog -j
expect_rc 0 "a directory: every *.json merged, other files ignored"
expect_json 'len(j["endpoints"]) == 5 and j["endpoints"][4]["operations"][0]["scope"] == "debug-ro"' "5 endpoints"

cp "$CAT" "$T_TMP/dir/d.json"
run_plain pds catalog --catalog "$T_TMP/dir"
expect_rc 2 "the same endpoint twice across files"
expect_err_re 'd.json: endpoints\[0\]: endpoint id 1 is defined twice' "file and JSON path named"

FWCTL_PDS_CATALOG=/nonexistent/x.json run_plain pds catalog
expect_rc 2 "an explicit location that does not exist is an error"
expect_err_re "cannot read '/nonexistent/x.json'" "named"

# Malformed catalogues: each refusal names where and what.
bad() { # DESC REGEX JSON
	printf '%s' "$3" >"$T_TMP/bad.json"
	run_plain pds catalog --catalog "$T_TMP/bad.json" -j
	expect_rc 2 "refused: $1"
	expect_json 'j["error"]["kind"] == "usage"' "JSON error document: $1"
	expect_err_re "$2" "explained: $1"
}
H='"format":"fwctl-pds-catalog","format_version":1'
bad "not JSON" 'not valid JSON' '{"format": '
bad "trailing data" 'trailing data' "{$H,\"endpoints\":[]} x"
bad "wrong format" '"format" must be' '{"format":"x","format_version":1,"endpoints":[]}'
bad "newer version" 'format_version 2' '{"format":"fwctl-pds-catalog","format_version":2,"endpoints":[]}'
bad "unknown key" 'unknown key "endpoint"' "{$H,\"endpoint\":[]}"
bad "bad name" 'only a-z' "{$H,\"endpoints\":[{\"name\":\"Bad.Name\",\"id\":1,\"operations\":[]}]}"
bad "no scope" 'exactly one of "scope" and "attr"' "{$H,\"endpoints\":[{\"name\":\"e\",\"id\":1,\"operations\":[{\"name\":\"o\",\"id\":1}]}]}"
bad "op id over 16 bits" '"id" 65536 is over 65535' "{$H,\"endpoints\":[{\"name\":\"e\",\"id\":1,\"operations\":[{\"name\":\"o\",\"id\":65536,\"attr\":0}]}]}"
bad "field outside payload" 'lies outside the 4-byte payload' "{$H,\"endpoints\":[{\"name\":\"e\",\"id\":1,\"operations\":[{\"name\":\"o\",\"id\":1,\"attr\":0,\"response\":{\"size\":4,\"fields\":[{\"name\":\"x\",\"offset\":2,\"type\":\"u32\"}]}}]}]}"
bad "overlapping fields" 'endpoints\[0\].operations\[0\].response' "{$H,\"endpoints\":[{\"name\":\"e\",\"id\":1,\"operations\":[{\"name\":\"o\",\"id\":1,\"attr\":0,\"response\":{\"size\":8,\"fields\":[{\"name\":\"x\",\"offset\":0,\"type\":\"u32\"},{\"name\":\"y\",\"offset\":2,\"type\":\"u32\"}]}}]}]}"
bad "negative offset" 'must not be negative' "{$H,\"endpoints\":[{\"name\":\"e\",\"id\":1,\"operations\":[{\"name\":\"o\",\"id\":1,\"attr\":0,\"request\":{\"size\":8,\"fields\":[{\"name\":\"x\",\"offset\":-1,\"type\":\"u32\"}]}}]}]}"
bad "count_from not a request field" 'count_from "n" is not an integer request field' "{$H,\"endpoints\":[{\"name\":\"e\",\"id\":1,\"operations\":[{\"name\":\"o\",\"id\":1,\"attr\":0,\"response\":{\"size\":8,\"fields\":[{\"name\":\"x\",\"offset\":0,\"type\":\"u32\",\"count\":2,\"count_from\":\"n\"}]}}]}]}"
bad "duplicate operation" 'defined twice' "{$H,\"endpoints\":[{\"name\":\"e\",\"id\":1,\"operations\":[{\"name\":\"o\",\"id\":1,\"attr\":0},{\"name\":\"p\",\"id\":1,\"attr\":0}]}]}"
bad "write scope marked read" 'always counts as a write' "{$H,\"endpoints\":[{\"name\":\"e\",\"id\":1,\"operations\":[{\"name\":\"o\",\"id\":1,\"attr\":8,\"writes\":false}]}]}"

run_plain pds catalog --catalog "$CAT" nosuch
expect_rc 2 "unknown endpoint"
run_plain pds catalog --catalog "$CAT" port.nosuch
expect_rc 2 "unknown operation"
expect_err_re "endpoint 'port' has no operation 'nosuch'" "named"
done_testing
