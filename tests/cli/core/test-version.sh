#!/bin/bash
# SPDX-License-Identifier: GPL-2.0-or-later
# fwctl version: the version comes from one place (meson's project version,
# git describe in a checkout), the plugins are the compiled-in ones, the
# build options are the configuration of this build directory.
. "$(dirname "$0")/../lib.sh"
SRC=${FWCTL_SRCDIR:?}
BUILD=${FWCTL_BUILDDIR:?}

intro="$T_TMP/intro.json"
meson introspect --projectinfo "$BUILD" >"$T_TMP/project.json"
meson introspect --buildoptions "$BUILD" >"$intro"
projver=$($PY -c 'import json,sys; print(json.load(open(sys.argv[1]))["version"])' "$T_TMP/project.json")
want=$("$SRC/scripts/git-version" "$SRC" "$projver") || want=$projver

run_plain version -j
expect_rc 0 "version -j"
expect_json "j['version'] == '$want'" "version is $want (project version $projver)"
expect_json "j['format_version'] == 1" "format_version 1"
expect_json "j['plugins'] == '''$("$FWCTL" --list-plugins)'''.split()" "plugins are the compiled-in ones"
opt() { $PY -c 'import json,sys
print(next(str(o["value"]) for o in json.load(open(sys.argv[1])) if o["name"] == sys.argv[2]))' "$intro" "$1"; }
for o in buildtype b_sanitize prefix; do
	v=$(opt "$o")
	expect_json "j['build_options']['$o'] == '$v'" "build option $o is $v"
done
expect_json "j['build_options']['sos_plugin'] in ('true', 'false')" "sos_plugin reported"
expect_json "j['build_options']['docs'] in ('enabled', 'disabled')" "docs reported"

run_plain --version
expect_rc 0 "--version"
ok "$([ "$OUT" = "fwctl $want" ]; echo $?)" "--version prints the same version"
run_plain version
expect_rc 0 "version (text)"
expect_out_re "^version +: $want\$" "text form shows the version"

# Outside a checkout of the source tree itself, git-version fails and meson
# falls back to the project version (a release tarball unpacked in a repo).
sub="$T_TMP/repo/fwctl"
mkdir -p "$sub" && git -C "$T_TMP/repo" init -q 2>/dev/null
"$SRC/scripts/git-version" "$sub" 9.9.9 >/dev/null 2>&1
ok "$([ $? != 0 ]; echo $?)" "git-version refuses a directory inside another repository"
done_testing
