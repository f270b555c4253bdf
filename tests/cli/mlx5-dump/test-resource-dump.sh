#!/bin/bash
# SPDX-License-Identifier: GPL-2.0-or-later
# fwctl mlx5 resource-dump: menu, parameter checks, decoded and raw dumps.
. "$(dirname "$0")/../lib.sh"

D="$T_TMP/dumps"
mkdir -p "$D"
SPEC=mlx5,crspace=64K

run_fwctl --device $SPEC -- mlx5 resource-dump --menu -j
expect_rc 0 "--menu"
expect_json "len(j['segments']) == 5" "five segments"
expect_json "[s for s in j['segments'] if s['name'] == 'FULL_QPC'][0]['index1'] == 'required'" \
	"FULL_QPC requires index1"
expect_json "set([s for s in j['segments'] if s['name'] == 'FULL_QPC'][0]['num_of_obj1']['special_values']) == {'all', 'active'}" \
	"FULL_QPC num_of_obj1 supports all and active"
expect_json "[s for s in j['segments'] if s['name'] == 'CR_SPACE'][0]['segment_type_hex'] == '0x1000'" \
	"CR_SPACE segment type"

run_fwctl --device $SPEC -- mlx5 resource-dump --menu
expect_rc 0 "--menu text"
expect_out_re "FULL_QPC" "text lists FULL_QPC"
expect_out_re "RDB_INDEX" "text shows index names"

run_fwctl --device $SPEC -- mlx5 resource-dump FULL_QPC
expect_rc 2 "missing required --index1"
expect_err_re "requires --index1" "says which parameter"

run_fwctl --device $SPEC -- mlx5 resource-dump SX_SLICE_ALL --index1 1
expect_rc 2 "unsupported --index1"

run_fwctl --device $SPEC -- mlx5 resource-dump SX_SLICE_ALL --num-obj1 all
expect_rc 2 "unsupported --num-obj1"

run_fwctl --device $SPEC -- mlx5 resource-dump NO_SUCH_SEGMENT
expect_rc 2 "unknown segment name"
expect_err_re "no segment 'NO_SUCH_SEGMENT'" "names the segment"

run_fwctl --device $SPEC -- mlx5 resource-dump full_qpc --index1 0 --num-obj1 active -j
expect_rc 0 "FULL_QPC active (name is case-insensitive)"
expect_json "len(j['records']) == 11 and j['records'][0]['kind'] == 'INFO' and \
j['records'][1]['kind'] == 'COMMAND' and j['records'][-1]['kind'] == 'TERMINATE'" \
	"INFO, COMMAND, 8 QPs, TERMINATE"
expect_json "[r['index1'] for r in j['records'] if r['kind'] == 'RESOURCE'] == list(range(0, 16, 2))" \
	"active QPs are the even ones"
expect_json "all(len(r['payload_hex']) == 128 for r in j['records'] if r['kind'] == 'RESOURCE')" \
	"64-byte payloads"
expect_json "j['records'][1]['segment_called_hex'] == '0x10'" "command segment decoded"

run_fwctl --device $SPEC -- mlx5 resource-dump FULL_QPC --index1 0 --num-obj1 all -j
expect_rc 0 "FULL_QPC all (multi-RPC)"
expect_json "len(j['records']) == 19 and j['rpcs'] > 3" "16 QPs over several RPCs"

# An ERROR segment is the firmware refusing the dump: exit 5 in every view,
# with its syndrome and text, and no records.
run_fwctl --device $SPEC -- mlx5 resource-dump FULL_QPC --index1 99 -j
expect_rc 5 "error segment in the decoded view"
expect_json "j['error']['kind'] == 'firmware' and j['error']['syndrome'] == 1 and \
'QPN out of range' in j['error']['message'] and 'records' not in j" "syndrome and error text, no records"
run_fwctl --device mlx5 -- mlx5 resource-dump FULL_QPC --index1 0x100
expect_rc 5 "error segment on the default device, text"
expect_err_re "FULL_QPC: firmware put an error segment in the dump at offset 36: syndrome 0x1, QPN out of range" \
	"says where, the syndrome and the firmware's text"
ok "$([ -z "$OUT" ]; echo $?)" "nothing decoded on stdout"
run_fwctl --device mlx5 -- mlx5 resource-dump FULL_QPC --index1 0x100 -o "$D/err.bin"
expect_rc 5 "error segment in a dump to a file"
ok "$([ ! -e "$D/err.bin" ]; echo $?)" "no file left behind"

run_fwctl --device $SPEC -- mlx5 resource-dump 0x12 --index1 3 -j
expect_rc 0 "segment by number"
expect_json "j['segment'] == 'FULL_EQC'" "number resolved through the menu"

run_fwctl --device $SPEC -- mlx5 resource-dump FULL_EQC --index1 3
expect_rc 0 "text view"
expect_out_re "RESOURCE" "text shows records"

run_fwctl --device $SPEC -- mlx5 resource-dump RDB --index1 1 --num-obj2 all -o "$D/rdb.bin" -j
expect_rc 0 "raw dump to a file"
expect_json "j['file'] == '$D/rdb.bin' and j['bytes'] == $(stat -c %s "$D/rdb.bin" 2>/dev/null || echo -1)" \
	"summary matches the file"

run_fwctl --device $SPEC -- mlx5 resource-dump RDB --index1 1 --num-obj2 all --format=binary
expect_rc 0 "--format=binary to stdout"
ok "$(cmp -s "$T_TMP/out" "$D/rdb.bin"; echo $?)" "same bytes as the file"

run_fwctl --device $SPEC -- mlx5 resource-dump RDB --index1 1 -o "$D/rdb.bin"
expect_rc 4 "existing file refused"

run_fwctl --device $SPEC --fault vendor,name=rsc-status,after=2 -- \
	mlx5 resource-dump FULL_QPC --index1 0 --num-obj1 all -o "$D/qpc.bin"
expect_rc 5 "firmware error status"
ok "$([ ! -e "$D/qpc.bin" ] && [ "$(find "$D" -mindepth 1 | wc -l)" = 1 ]; echo $?)" \
	"no partial file, no temp file"

run_fwctl --device $SPEC --fault vendor,name=rsc-seq,after=3 -- \
	mlx5 resource-dump FULL_QPC --index1 0 --num-obj1 all -j
expect_rc 1 "seq_num out of order in the decoded view"
expect_json "j['error']['kind'] == 'protocol'" "JSON error kind"

run_fwctl --device $SPEC -- --dry-run mlx5 resource-dump --menu
expect_rc 0 "--dry-run stops before the first RPC"
expect_stats "d['devices'][0]['rpcs'] == 0" "dry run sent nothing"

done_testing
