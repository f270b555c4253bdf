#!/bin/bash
# SPDX-License-Identifier: GPL-2.0-or-later
# fwctl bnxt nvm / nvm read: the NVM directory decoded, one item copied
# page by page; items checked with zlib's CRC-32 against the emulator.
. "$(dirname "$0")/../lib.sh"

DESC="$T_TMP/describe.json"
"$FWCTL_EMU" --device bnxt --describe >"$DESC"
nvm_item() { "$PY" -c 'import json,sys; d=json.load(open(sys.argv[1]))[0]["driver"]["nvm"]; print(eval(sys.argv[2]))' "$DESC" "$1"; }

run_fwctl --device bnxt -- bnxt nvm -j
expect_rc 0 "nvm"
expect_golden nvm "directory matches the golden file"
expect_json 'j["entries"] == 14 and j["entry_length"] == 24 and len(j["directory"]) == 14' "14 entries of 24 bytes"
expect_json '[(e["type"], e["ordinal"], e["data_length"]) for e in j["directory"]] == [(t, o, n) for t, o, n in [("bootcode", 0, 52480), ("bootcode_2", 0, 20480), ("chimp_patch", 0, 150000), ("kong_fw", 0, 98304), ("ape_fw", 0, 131072), ("bono_fw", 0, 40960), ("exp_rom_mba", 0, 65536), ("vpd", 0, 512), ("shared_cfg", 0, 4096), ("port_cfg", 0, 2048), ("port_cfg", 1, 2048), ("func_cfg", 0, 8192), ("pkg_log", 0, 126), ("update", 0, 70000)]]' \
	"type names, ordinals, data lengths"
expect_json 'j["directory"][13]["ext"] == ["inactive"] and j["directory"][7]["attr"] == ["no_checksum"]' "ext and attr bits named"
expect_json 'j["package"]["version"] == "230.0.158.0" and "NetXtreme-E" in j["package"]["description"]' "package version from PKG_LOG"
expect_json '"UNVERIFIED" in j["entry_layout_source"]' "the entry layout is marked unverified"
expect_stats 'd["devices"][0]["rpcs"] == 3 and d["devices"][0]["rpcs_by_scope"][1] == 3' "GET_DIR_INFO, GET_DIR_ENTRIES, READ of PKG_LOG, at debug-ro"

run_fwctl --device bnxt -- bnxt nvm
expect_rc 0 "text output"
expect_out_re 'chimp_patch +0 ' "text table"
run_fwctl --device bnxt -- bnxt nvm --format=binary -o "$T_TMP/dir.bin"
expect_rc 0 "--format=binary: the raw directory"
ok "$([ "$(stat -c %s "$T_TMP/dir.bin")" = 336 ]; echo $?)" "14 x 24 bytes, not the 64 KiB buffer"

# nvm read: every item, CRC-32 (zlib) equal to the emulator's
for idx in 0 2 4 6 12; do
	t=$(nvm_item 'd["items"]['$idx']["type"]')
	crc=$(nvm_item 'd["items"]['$idx']["crc32"]')
	len=$(nvm_item 'd["items"]['$idx']["data_length"]')
	F="$T_TMP/item$idx.bin"
	run_fwctl --device bnxt -- bnxt nvm read --type "$t" -o "$F" -j
	expect_rc 0 "nvm read --type $t"
	ok "$([ "$(stat -c %s "$F")" = "$len" ]; echo $?)" "item $idx: $len bytes"
	ok "$([ "$("$PY" -c 'import zlib,sys; print(zlib.crc32(open(sys.argv[1],"rb").read()))' "$F")" = "$crc" ] || [ "$crc" = 0 ]; echo $?)" \
		"item $idx: zlib CRC-32 matches the emulator"
	expect_json 'j["bytes"] == '"$len"' and j["rpcs"] == 2 + -(-'"$len"' // 65536) and j["index"] == '"$idx" \
		"item $idx: one NVM_READ per 64 KiB"
	ok "$([ "$(json_get 'j["sha256_hex"]')" = "$(sha256sum "$F" | cut -d' ' -f1)" ]; echo $?)" "item $idx: sha256 is the file's"
done
run_fwctl --device bnxt -- bnxt nvm read --type chimp_patch -o "$T_TMP/item2.bin" -j --force
expect_json 'j["crc32_matches_directory"] is True and j["crc32_hex"] == j["directory_checksum_hex"]' "checksum compared with the directory"
expect_stats 'd["devices"][0]["rpcs_by_scope"][1] == d["devices"][0]["rpcs"] and d["devices"][0]["rpcs_by_scope"][2] == 0' "reads only, at debug-ro"
run_emu_sh --device bnxt -- '$FWCTL bnxt nvm read --type port_cfg --ordinal 1 -o - >'"$T_TMP/p1.bin"
expect_rc 0 "ordinal 1 to stdout"
ok "$([ "$(stat -c %s "$T_TMP/p1.bin")" = 2048 ]; echo $?)" "2048 bytes on stdout"
expect_err_re 'NVM item 10' "summary on stderr"
run_fwctl --device bnxt -- bnxt nvm read --type 2 -o "$T_TMP/upd.bin" -j
expect_rc 0 "type by number; only an inactive UPDATE item exists"
expect_json 'j["inactive"] is True and j["bytes"] == 70000' "inactive item said so"

# Refusals
run_fwctl --device bnxt,kernel=7.2 -- bnxt nvm -j
expect_rc 6 "7.2: nvm not supported"
expect_json '"Linux 7.3" in j["error"]["message"]' "names Linux 7.3"
expect_stats 'd["devices"][0]["rpcs"] == 0' "7.2: nothing sent"
run_fwctl --device bnxt,kernel=7.2 -- bnxt nvm read --type bootcode -o "$T_TMP/x.bin"
expect_rc 6 "7.2: nvm read not supported"
expect_stats 'd["devices"][0]["rpcs"] == 0' "7.2 read: nothing sent"
run_fwctl --device bnxt -- bnxt nvm read --type bootcode
expect_rc 2 "read without -o"
run_fwctl --device bnxt -- bnxt nvm read -o "$T_TMP/x.bin"
expect_rc 2 "read without --type"
run_fwctl --device bnxt -- bnxt nvm write --type bootcode
expect_rc 2 "no write action"
expect_err_re 'not offered' "says NVM writes are not offered"
run_fwctl --device bnxt -- bnxt nvm --type bootcode
expect_rc 2 "--type without read"
expect_stats 'd["devices"][0]["rpcs"] == 0' "usage errors send nothing"
run_fwctl --device bnxt -- bnxt nvm read --type no_such_type -o "$T_TMP/x.bin"
expect_rc 2 "unknown type name"
run_fwctl --device bnxt -- bnxt nvm read --type ccm -o "$T_TMP/x.bin" -j
expect_rc 2 "a type the directory lacks"
expect_json '"no NVM item" in j["error"]["message"]' "named"
ok "$([ ! -e "$T_TMP/x.bin" ]; echo $?)" "no file"
run_fwctl --device bnxt --fault vendor,name=bnxt-error,status=0x2,after=3 -- bnxt nvm read --type chimp_patch -o "$T_TMP/x.bin" -j
expect_rc 5 "firmware error on the second page"
ok "$([ ! -e "$T_TMP/x.bin" ]; echo $?)" "no partial file"
run_fwctl --device bnxt --fault vendor,name=bnxt-efault,after=1,count=1 -- bnxt nvm -j
expect_rc 1 "EFAULT on GET_DIR_ENTRIES"
expect_json 'j["error"]["errno"] == 14' "EFAULT in the error"

# Completion asks the binary: the action and the type names
complete_words() {
	bash -c '. "$1"; shift; COMP_WORDS=("$@"); COMP_CWORD=$((${#COMP_WORDS[@]} - 1))
		_fwctl; printf "%s\n" "${COMPREPLY[@]}"' _ "$FWCTL_SRCDIR/completions/fwctl" "$@"
}
export PATH="$(dirname "$FWCTL"):$PATH"
got=$(complete_words fwctl bnxt nvm "")
ok "$(grep -qx read <<<"$got"; echo $?)" "completion offers 'nvm read'"
got=$(complete_words fwctl bnxt nvm read --type "")
ok "$(grep -qx pkg_log <<<"$got" && grep -qx kong_fw <<<"$got"; echo $?)" "completion offers directory type names"
got=$(complete_words fwctl bnxt coredump --l)
ok "$(grep -qx -- --live-l1 <<<"$got" && grep -qx -- --list <<<"$got"; echo $?)" "completion offers coredump options"

done_testing
