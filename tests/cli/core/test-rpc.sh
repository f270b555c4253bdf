#!/bin/bash
# fwctl rpc: raw RPCs, scopes, --force, kernel refusals, truncation, faults.
. "$(dirname "$0")/../lib.sh"

NOP=080d0000000000000000000000000000            # mlx5 NOP, 16-byte header
CREATE_QP=05000000000000000000000000000000      # not on the kernel's allow-list
# cxl Get Supported Features: header {0x500, 0, op_size 8, 0} + {count 4096, start 0}
GSF=000500000000000008000000000000000010000000000000

run_fwctl -- rpc -d fwctl0 --scope debug-ro --in-hex $NOP --out-len 16 -j
expect_rc 0 "mlx5 NOP at debug-ro"
expect_json 'j["out_len"] == 16 and j["out_hex"][:2] == "00"' "status OK in the reply"
expect_json 'j["truncated"] is False' "not truncated"
expect_stats 'd["devices"][0]["rpcs_by_scope"][1] == 1' "one RPC at debug-ro"

run_fwctl -- rpc -d fwctl0 --scope debug-ro --in-hex $NOP --out-len 16
expect_rc 0 "text output"
expect_out_re '^00000000 ' "hex dump"

run_fwctl -- rpc -d fwctl0 --in-hex $NOP -j
expect_rc 2 "no --scope is a usage error"

run_fwctl -- rpc -d fwctl0 --scope debug-ro -j
expect_rc 2 "no request is a usage error"
run_fwctl -- rpc -d fwctl0 --scope debug-ro --in-hex 0x0g -j
expect_rc 2 "bad hex is a usage error"

run_fwctl -- rpc -d fwctl0 --scope debug-write --in-hex $NOP --out-len 16 -j
expect_rc 4 "write scope without --force"
expect_json 'j["error"]["kind"] == "permission"' "permission error"
expect_err_re 'taints the kernel' "explains the taint"
expect_stats 'sum(x["rpcs"] for x in d["devices"]) == 0' "nothing was sent"
expect_stats 'd["tainted"] is False' "kernel not tainted"

run_emu_sh -- '$FWCTL rpc -d fwctl0 --scope debug-write --force --in-hex '$NOP' --out-len 16 -j >/dev/null &&
	$FWCTL info -d fwctl0 -j'
expect_rc 0 "write scope with --force, then info"
expect_json 'j["kernel_taint"]["fwctl"] is True' "info reports the taint afterwards"
expect_err_re 'kernel will be tainted' "warned before the first write-scope RPC"
expect_stats 'd["tainted"] is True' "emulated kernel tainted"

run_fwctl -- rpc -d fwctl0 --scope debug-ro --in-hex $CREATE_QP --out-len 16 -j
expect_rc 6 "opcode off the mlx5 allow-list: refused before sending"
expect_err_re "CREATE_QP|not on the kernel's allow-list" "says it is off the allow-list"
expect_stats 'd["devices"][0]["rpcs"] == 0' "nothing sent"
run_fwctl -- rpc -d fwctl0 --scope debug-ro --in-hex $CREATE_QP --out-len 16 --force -j
expect_rc 6 "with --force the kernel's allow-list refuses it"
expect_err_re 'EBADMSG' "names the mlx5 errno"

run_fwctl -- rpc -d fwctl0 --scope debug-ro --in-hex 080d --out-len 16 -j
expect_rc 2 "mlx5 request shorter than the header"
expect_err_re 'EMSGSIZE' "names EMSGSIZE"

run_fwctl -- rpc -d fwctl0 --scope debug-ro --in-hex $NOP --out-len 3145728 -j
expect_rc 2 "reply buffer over 2 MiB refused"

cxl=$(run_fwctl -- list -j; json_get '[d for d in j["devices"] if d["type"] == "cxl"][0]["name"]')
run_fwctl -- rpc -d "$cxl" --scope config --in-hex $GSF --out-len 16 -j
expect_rc 1 "cxl reply larger than the buffer"
expect_json 'j["truncated"] is True and j["out_len"] > 16' "truncation reported with the driver's length"
expect_err_re 'truncated' "stderr says truncated"

run_fwctl -- rpc -d "$cxl" --scope config --in-hex 00050000 -j
expect_rc 1 "cxl refuses a short request (EINVAL)"
expect_err_re 'cxl driver refused' "explains the cxl EINVAL"

run_fwctl -- rpc -d fwctl0 --scope debug-ro --in-hex $NOP --out-len 16 --dry-run -j
expect_rc 0 "--dry-run"
expect_json 'j["dry_run"] is True and j["rpcs"][0]["in_hex"] == "'$NOP'"' "dry run shows the request"
expect_stats 'sum(x["rpcs"] for x in d["devices"]) == 0' "dry run sends nothing"

out="$T_TMP/reply.bin"
run_fwctl -- rpc -d fwctl0 --scope debug-ro --in-hex $NOP --out-len 16 --format=binary -o "$out"
expect_rc 0 "binary reply to a file"
ok "$([ "$(stat -c %s "$out")" = 16 ]; echo $?)" "file holds the 16 reply bytes"
run_fwctl -- rpc -d fwctl0 --scope debug-ro --in-hex $NOP --out-len 16 --format=binary -o "$out"
expect_rc 4 "existing -o FILE needs --force"
ok "$(ls -a "$T_TMP" | grep -q fwctl-; [ $? = 1 ]; echo $?)" "no temp file left behind"

# Faults injected by the emulated kernel.
run_fwctl --fault oversize -- rpc -d fwctl0 --scope debug-ro --in-hex $NOP --out-len 16 -j
expect_rc 1 "oversized out_len is truncation"
expect_json 'j["truncated"] is True' "reported as truncated"
run_fwctl --fault enodev,after=1 -- rpc -d fwctl0 --scope debug-ro --in-hex $NOP --out-len 16 -j
expect_rc 0 "first RPC before the removal"
run_emu_sh --fault enodev,after=1 -- '$FWCTL rpc -d fwctl0 --scope debug-ro --in-hex '$NOP' --out-len 16 >/dev/null;
	$FWCTL rpc -d fwctl0 --scope debug-ro --in-hex '$NOP' --out-len 16 -j'
expect_rc 3 "ENODEV after removal"
expect_json 'j["error"]["kind"] == "no_device"' "no_device error"
run_fwctl --fault eintr,count=1 -- rpc -d fwctl0 --scope debug-ro --in-hex $NOP --out-len 16 -j
expect_rc 0 "a stray EINTR is retried"
run_fwctl --fault slow,delay=50 -- rpc -d fwctl0 --scope debug-ro --in-hex $NOP --out-len 16 -j
expect_rc 0 "a slow reply still arrives"
done_testing
