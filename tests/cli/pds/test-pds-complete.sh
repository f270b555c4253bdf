#!/bin/bash
# SPDX-License-Identifier: GPL-2.0-or-later
# Completion of pds commands: ENDPOINT.OPERATION names come from the
# catalogue on the search path, through the real completion script.
. "$(dirname "$0")/../lib.sh"
SRC=${FWCTL_SRCDIR:?}
export FWCTL_PDS_CATALOG="$SRC/plugins/pds/catalog/emulated.json"
export PATH="$(dirname "$FWCTL"):$PATH"

complete_words() { # words... (last one is being completed)
	bash -c '. "$1"; shift; COMP_WORDS=("$@"); COMP_CWORD=$((${#COMP_WORDS[@]} - 1))
		_fwctl; printf "%s\n" "${COMPREPLY[@]}"' _ "$SRC/completions/fwctl" "$@"
}

got=$(complete_words fwctl pds "")
ok "$([ "$(sort <<<"$got" | tr '\n' ' ')" = "call catalog info rpc " ]; echo $?)" "pds commands: $(tr '\n' ' ' <<<"$got")"

got=$(complete_words fwctl pds call "")
ok "$([ "$(wc -l <<<"$got")" = 10 ]; echo $?)" "10 operations offered"
ok "$(grep -qx 'debug.raw_poke' <<<"$got"; echo $?)" "debug.raw_poke offered"
got=$(complete_words fwctl pds call port.)
ok "$([ "$(tr '\n' ' ' <<<"$got")" = "port.get_config port.set_config port.commit " ]; echo $?)" "prefix port.: $(tr '\n' ' ' <<<"$got")"
got=$(complete_words fwctl pds catalog co)
ok "$([ "$(tr '\n' ' ' <<<"$got")" = "counters.read_counters counters.clear_counters " ]; echo $?)" "catalog completes too"
got=$(complete_words fwctl pds rpc --)
ok "$(grep -qx -- '--op-version' <<<"$got" && grep -qx -- '--resp-len' <<<"$got"; echo $?)" "rpc options"

got=$(FWCTL_PDS_CATALOG=/nonexistent complete_words fwctl pds call "")
ok "$([ -z "$got" ]; echo $?)" "no catalogue: nothing offered, no error"

# A --catalog on the line wins over the environment (here: none at all).
mini=$(mktemp -d)
trap 'rm -rf "$mini"' EXIT
python3 - "$FWCTL_PDS_CATALOG" "$mini/one.json" <<'PY'
import json, sys
c = json.load(open(sys.argv[1]))
ep = next(e for e in c["endpoints"] if any(o["name"] == "get_config" for o in e["operations"]))
ep["operations"] = [o for o in ep["operations"] if o["name"] == "get_config"]
c["endpoints"] = [ep]
json.dump(c, open(sys.argv[2], "w"))
PY
want="$(python3 -c 'import json,sys; c=json.load(open(sys.argv[1])); print(c["endpoints"][0]["name"] + ".get_config")' "$mini/one.json")"
got=$(FWCTL_PDS_CATALOG=/nonexistent complete_words fwctl pds call --catalog "$mini/one.json" "")
ok "$([ "$got" = "$want" ]; echo $?)" "--catalog FILE on the line: its one operation ($got)"
got=$(FWCTL_PDS_CATALOG=/nonexistent complete_words fwctl pds catalog "--catalog=$mini/one.json" "")
ok "$([ "$got" = "$want" ]; echo $?)" "--catalog=FILE form too"
got=$(complete_words fwctl pds call --catalog /nonexistent/x.json "")
ok "$([ -z "$got" ]; echo $?)" "a --catalog that does not load: nothing offered, no error"
done_testing
