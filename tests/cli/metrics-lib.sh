# SPDX-License-Identifier: GPL-2.0-or-later
# Checks on `fwctl metrics` output, for the tests of every plugin's hook.
# Sourced after lib.sh.
#
#   val METRIC{LABELS}        the value of that exact sample in $OUT
#   expect_exposition DESC    every family in $OUT has # HELP and # TYPE,
#                             counters end in _total, and a family's
#                             samples follow it, never interleaved

val() {
	printf '%s\n' "$OUT" | awk -v k="$1" '$1 == k { print $2 }'
}

expect_exposition() {
	ok "$(printf '%s\n' "$OUT" | "$PY" -c '
import sys, re
seen, cur, bad, helped = set(), None, 0, set()
for line in sys.stdin:
    if line.startswith("# HELP "): helped.add(line.split()[2]); continue
    if line.startswith("# TYPE "):
        n = line.split()[2]; bad += n in seen or n not in helped; seen.add(n); cur = n
        bad += line.split()[3] == "counter" and not n.endswith("_total"); continue
    bad += re.match(r"[a-z_]+", line).group(0) != cur
sys.exit(1 if bad else 0)'; echo $?)" "$1"
}
