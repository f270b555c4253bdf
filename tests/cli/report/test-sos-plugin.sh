#!/bin/bash
# contrib/sos/fwctl.py run by the real sos (Debian's sosreport/sos package)
# against the emulated devices: `sos report --only-plugins fwctl` must
# collect `fwctl report -j` (valid JSON, every device, an error object for
# a faulty one) and the text summary.
#
# sos runs commands with its own PATH (/usr/sbin:/usr/bin:...:/usr/local/sbin)
# and loads plugins from its own package.  So the test, in a private mount
# namespace, bind-mounts a directory holding `fwctl` (this build) over
# /usr/local/sbin, and runs sos from a copy of its package with our plugin
# added.  Nothing on the host is changed.  Skipped without sos or unshare;
# tests/unit/report/test-sos-plugin.py checks the plugin with a stub sos API.
SYS_PY=/usr/bin/python3
if [ -z "${FWCTL_SOS_NS:-}" ]; then
	if ! "$SYS_PY" -c 'import sos.report.plugins' 2>/dev/null || ! command -v sos >/dev/null; then
		echo "1..0 # SKIP sos is not installed (scripts/setup-deps --test installs it)"
		exit 0
	fi
	. "$(dirname "$0")/../mount-ns.sh"
	mount_ns_enter FWCTL_SOS_NS "" "$@"
fi
. "$(dirname "$0")/../lib.sh"

sbin="$T_TMP/sbin"
mkdir "$sbin"
printf '#!/bin/sh\nexec %s %s "$@"\n' "${FWCTL_WRAP:-}" "$FWCTL" >"$sbin/fwctl"
chmod +x "$sbin/fwctl"
mount --bind "$sbin" /usr/local/sbin || { echo "Bail out! cannot bind /usr/local/sbin"; exit 1; }
trap 'umount -l /usr/local/sbin; rm -rf "$T_TMP"' EXIT

sospkg=$("$SYS_PY" -c 'import os, sos; print(os.path.dirname(sos.__file__))')
mkdir "$T_TMP/py"
cp -r "$sospkg" "$T_TMP/py/sos"
cp "$FWCTL_SRCDIR/contrib/sos/fwctl.py" "$T_TMP/py/sos/report/plugins/fwctl.py"
mkdir "$T_TMP/sos"

sos_run() { # [fwctl-emu options...] [-- extra sos options]
	local emu=()
	while [ $# -gt 0 ] && [ "$1" != "--" ]; do emu+=("$1"); shift; done
	[ $# -gt 0 ] && shift
	rm -rf "${T_TMP:?}/sos/"*
	run_emu_sh "${emu[@]}" -- 'cd "'"$T_TMP"'" && PYTHONPATH="'"$T_TMP/py"'" '"$SYS_PY"' "$(command -v sos)" report --batch \
		--only-plugins fwctl --tmp-dir "'"$T_TMP/sos"'" --build '"$*"
	tree=$(ls -d "$T_TMP"/sos/sos*/ 2>/dev/null | head -n 1)
}

sos_run --fault fw-status,dev=fwctl1 -- -k fwctl.device-timeout=5
expect_rc 0 "sos report --only-plugins fwctl"
ok "$([ -n "$tree" ] && [ -d "$tree/sos_commands/fwctl" ]; echo $?)" "sos collected the fwctl plugin's output"
cp "$tree/sos_commands/fwctl/fwctl_report.json" "$T_TMP/out" 2>/dev/null
expect_json 'j["format_version"] == 1 and len(j["devices"]) == 5' "fwctl_report.json: the report of every device"
expect_json 'j["devices"][1]["error"]["kind"] == "firmware" and j["devices"][0]["plugin_report"]["psid"]' \
	"the faulty device's error object, the others' data"
expect_json 'j["options"]["timeout_per_device_s"] == 5' "the plugin option reached fwctl"
ok "$(grep -Eq '^kernel_fwctl_tainted +: no' "$tree/sos_commands/fwctl/fwctl_report.txt"; echo $?)" \
	"fwctl_report.txt: the text summary"
cp "$tree/sos_reports/manifest.json" "$T_TMP/out"
expect_json '[c["return_code"] for c in j["components"]["report"]["plugins"]["fwctl"]["commands"] if c["exec"].startswith("fwctl report -j")] == [1]' \
	"the manifest records fwctl's documented exit code 1 (a device failed)"

# The plugin's coredump option: fwctl writes its archive into the sos tree.
sos_run --device mlx5 -- -k fwctl.coredump=on -k fwctl.device-timeout=120
expect_rc 0 "sos report with fwctl.coredump=on"
ok "$(tar -tf "$tree/sos_commands/fwctl/coredump/fwctl_report.tar" 2>/dev/null | tr '\n' ' ' | grep -qx 'coredump-fwctl0.bin report.json '; echo $?)" \
	"the archive holds the coredump and report.json"
done_testing
