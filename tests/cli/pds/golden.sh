# SPDX-License-Identifier: GPL-2.0-or-later
# expect_golden NAME DESC: stdout (JSON) equals golden/NAME.json.
# FWCTL_UPDATE_GOLDEN=1 rewrites the file instead (then review the diff).
GOLDEN_DIR="$(dirname "${BASH_SOURCE[0]}")/golden"
expect_golden() {
	local g="$GOLDEN_DIR/$1.json"
	if [ "${FWCTL_UPDATE_GOLDEN:-0}" = 1 ]; then
		printf '%s\n' "$OUT" >"$g"
	fi
	"$PY" -c 'import json,sys
a = json.load(open(sys.argv[1])); b = json.load(open(sys.argv[2]))
if a != b:
    for k in sorted(set(a) | set(b)):
        if a.get(k) != b.get(k):
            print("# golden differs at", k, ":", json.dumps(b.get(k))[:200], "!=", json.dumps(a.get(k))[:200])
    sys.exit(1)' "$T_TMP/out" "$g"
	_t_result $? "$2"
}
