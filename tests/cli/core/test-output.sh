#!/bin/bash
# -o FILE when the file cannot be written: full disk (RLIMIT_FSIZE, writes
# fail with EFBIG), a missing directory.  Found by the fault matrix.
. "$(dirname "$0")/../lib.sh"

D="$T_TMP/o"
mkdir -p "$D"
# The limit only for fwctl (the emulator keeps writing its testbed), and
# stdout a pipe (the harness stores it in a file).  The bare binary, never
# FWCTL_WRAP: valgrind cannot start with a file size limit of 0.
run_emu_sh -- "(trap '' XFSZ; ulimit -f 0; exec '$FWCTL' -j -o '$D/info.json' -d fwctl0 info) 2> >(cat >&2) | cat; exit \${PIPESTATUS[0]}"
expect_rc 1 "full disk: exit 1"
expect_json 'j["error"]["kind"] == "io" and j["error"]["errno"] == 27' "full disk: EFBIG error object on stdout"
expect_err_re "cannot write '$D/info.json': File too large" "message names the file"
ok "$(ls -A "$D" | grep -q .; [ $? = 1 ]; echo $?)" "no file and no temp file left"

run_fwctl -- -j -o "$D/missing/info.json" -d fwctl0 info
expect_rc 1 "missing directory: exit 1"
expect_json 'j["error"]["errno"] == 2' "ENOENT error object on stdout"
expect_err_re "cannot create a file next to" "message"

run_fwctl -- -j -o "$D/info.json" -d fwctl0 info
expect_rc 0 "writable: exit 0"
ok "$([ ! -s "$T_TMP/out" ]; echo $?)" "stdout empty when the document went to the file"
ok "$("${PYTHON3:-python3}" -c 'import json,sys; json.load(open(sys.argv[1]))' "$D/info.json"; echo $?)" "file holds JSON"

# A named pipe (like /dev/null or /dev/stdout) is written in place, needs
# no --force, and stays a pipe: renaming a temp file over it would replace
# the node itself (with --force that once turned /dev/full into a file).
mkfifo "$D/pipe"
timeout 20 cat "$D/pipe" >"$D/from-pipe" &
reader=$!
run_fwctl -- -j -o "$D/pipe" -d fwctl0 info
: 1<>"$D/pipe"   # releases the reader if fwctl never opened the pipe
wait $reader
expect_rc 0 "FIFO as -o: exit 0"
ok "$([ -p "$D/pipe" ]; echo $?)" "the FIFO is still a FIFO"
ok "$("${PYTHON3:-python3}" -c 'import json,sys; json.load(open(sys.argv[1]))' "$D/from-pipe"; echo $?)" "the reader got the JSON document"
timeout 20 cat "$D/pipe" >/dev/null &   # timeout: a replaced pipe never releases it
reader=$!
run_fwctl -- -j -o "$D/pipe" --force -d fwctl0 info
[ -p "$D/pipe" ] && : 1<>"$D/pipe"
wait $reader
ok "$([ -p "$D/pipe" ] && [ -z "$(ls -A "$D" | grep '^\.')" ]; echo $?)" "with --force too: still a FIFO, no temp file"
rm -f "$D/pipe" "$D/from-pipe"

# A symlink is followed: the file it names is replaced, the link stays
# (renaming over it would turn /dev/stdout into a regular file).
echo old >"$D/target"
ln -s target "$D/link"
run_fwctl -- -j -o "$D/link" -d fwctl0 info
expect_rc 4 "symlink to an existing file: --force needed"
run_fwctl -- -j -o "$D/link" --force -d fwctl0 info
expect_rc 0 "symlink with --force"
ok "$([ -L "$D/link" ] && [ "$(readlink "$D/link")" = target ]; echo $?)" "the link is still a link"
ok "$("${PYTHON3:-python3}" -c 'import json,sys; json.load(open(sys.argv[1]))' "$D/target"; echo $?)" "its target holds the JSON"
rm -f "$D/target"
run_fwctl -- -j -o "$D/link" -d fwctl0 info
expect_rc 0 "dangling symlink: its file is created (as > would)"
ok "$([ -L "$D/link" ] && [ -s "$D/target" ]; echo $?)" "dangling symlink: link kept, target written"
ln -s missing/nowhere "$D/dangling"
run_fwctl -- -j -o "$D/dangling" -d fwctl0 info
expect_rc 1 "symlink into a missing directory: exit 1"
expect_err_re "cannot create a file next to '$D/missing/nowhere'" "names the file it would have written"
ln -s loop-b "$D/loop-a"
ln -s loop-a "$D/loop-b"
run_fwctl -- -j -o "$D/loop-a" -d fwctl0 info
expect_rc 1 "symlink loop: exit 1"
expect_err_re "cannot follow the symlink" "symlink loop: says so"
rm -f "$D/target" "$D/link" "$D/dangling" "$D/loop-a" "$D/loop-b"

done_testing
