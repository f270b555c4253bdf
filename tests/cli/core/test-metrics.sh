#!/bin/bash
# fwctl metrics: the Prometheus text format, values as the register commands
# read them, read-only scopes, a failing device, -o FILE atomic, promtool,
# the systemd units, and node_exporter's textfile collector end to end.
. "$(dirname "$0")/../lib.sh"
. "$(dirname "$0")/../metrics-lib.sh"

run_fwctl -- metrics
expect_rc 0 "metrics on the default machine"
expect_err_empty "nothing on stderr"
expect_out_re '^fwctl_device_info\{device="fwctl0",type="mlx5",pci_address="0000:08:00.0",driver="mlx5_core",firmware_version="22.41.1000"\} 1$' \
	"info metric with its labels"
expect_out_re '^fwctl_kernel_tainted 0$' "not tainted"
expect_out_re '^fwctl_scrape_error\{device="fwctl1"\} 0$' "no scrape error"
expect_stats 'd["tainted"] is False and all(x["rpcs_by_scope"][2] == 0 and x["rpcs_by_scope"][3] == 0 for x in d["devices"])' \
	"no write scope, no taint"
expect_stats 'all(x["rpcs_by_scope"][0] == 0 for x in d["devices"] if x["type"] in ("mlx5", "bnxt")) and any(x["rpcs_by_scope"][1] > 0 for x in d["devices"])' \
	"register and HWRM reads at debug-ro"
expect_exposition "families have HELP/TYPE, counters _total, grouped"
metrics=$OUT

# Values equal what the register commands decode (a fresh emulator each run).
run_fwctl -- mlx5 reg MTMP -d fwctl1 --index sensor_index=1 -j
t=$(json_get 'j["fields"]["temperature"] / 8')
OUT=$metrics
ok_if '[ "$(val "fwctl_temperature_celsius{device=\"fwctl1\",sensor=\"1\",name=\"MOD0\"}")" = "$t" ]' \
	"MTMP sensor 1 in celsius = reg MTMP ($t)"
run_fwctl -- mlx5 reg PPCNT -d fwctl0 --index grp=ieee_802_3 -j
tx=$(json_get 'j["fields"]["counters"]["a_octets_transmitted_ok"]')
rc3635=$(json_get 'j["fields"]["counters"]["a_frames_received_ok"]')
OUT=$metrics
ok_if '[ -n "$tx" ] && [ "$(val "fwctl_port_transmit_bytes_total{device=\"fwctl0\",port=\"1\"}")" = "$tx" ]' \
	"PPCNT octets transmitted = reg PPCNT ($tx)"
ok_if '[ "$(val "fwctl_port_receive_frames_total{device=\"fwctl0\",port=\"1\"}")" = "$rc3635" ]' \
	"PPCNT frames received = reg PPCNT"
run_fwctl -- mlx5 reg PTYS -d fwctl1 -j
rate=$(json_get 'j["fields"]["data_rate_oper"] * 100000000 // 8')
OUT=$metrics
ok_if '[ "$(val "fwctl_link_speed_bytes{device=\"fwctl1\",port=\"1\"}")" = "$rate" ]' \
	"link speed in bytes/s = PTYS data_rate_oper ($rate)"
ok_if '[ "$(val "fwctl_link_up{device=\"fwctl0\",port=\"1\"}")" = 1 ]' "PAOS up"
# bnxt (fwctl4) writes into the same families as mlx5.
run_fwctl -- bnxt query temperature -d fwctl4 -j
bt=$(json_get 'j["response"]["temp"]')
OUT=$metrics
ok_if '[ -n "$bt" ] && [ "$(val "fwctl_temperature_celsius{device=\"fwctl4\",sensor=\"0\",name=\"ASIC\"}")" = "$bt" ]' \
	"bnxt chip temperature in mlx5's family, name ASIC ($bt)"
ok_if '[ "$(printf "%s\n" "$OUT" | grep -c "^# TYPE fwctl_port_transmit_bytes_total ")" = 1 ] &&
       printf "%s\n" "$OUT" | grep -q "^fwctl_port_transmit_bytes_total{device=\"fwctl4\",port=\"0\"} " &&
       printf "%s\n" "$OUT" | grep -q "^fwctl_link_speed_bytes{device=\"fwctl4\",port=\"0\"} "' \
	"bnxt counters and link in the shared families, one TYPE line each"

run_fwctl -- metrics -j
expect_rc 2 "no JSON form"

# A device removed mid-scrape: its error, the rest still written, exit 1.
run_fwctl --fault enodev,dev=fwctl1,after=2 -- metrics
expect_rc 1 "a failing device exits 1"
expect_out_re '^fwctl_scrape_error\{device="fwctl1"\} 1$' "scrape error for fwctl1"
expect_out_re '^fwctl_scrape_error\{device="fwctl0"\} 0$' "fwctl0 fine"
expect_out_re '^fwctl_temperature_celsius\{device="fwctl0"' "fwctl0 still has its samples"
ok_if '! printf "%s\n" "$OUT" | grep -q "^fwctl_temperature_celsius{device=\"fwctl1\""' \
	"fwctl1's partial samples are dropped"
expect_out_re '^fwctl_device_info\{device="fwctl1"' "fwctl1 keeps its info"
expect_err_re 'fwctl1: .*removed' "stderr says why"
faulted=$OUT

# -o FILE: atomic, refuses to replace without --force, written under a fault.
d=$T_TMP/out-dir; mkdir -p "$d"
run_fwctl -- metrics -o "$d/fwctl.prom"
expect_rc 0 "metrics -o FILE"
ok_if '[ -z "$OUT" ] && grep -q "^fwctl_device_info" "$d/fwctl.prom"' "file written, stdout empty"
run_fwctl -- metrics -o "$d/fwctl.prom"
ok_if "[ \$RC != 0 ]" "an existing file is not replaced without --force"
run_fwctl --fault enodev,dev=fwctl1,after=2 -- --force metrics -o "$d/fwctl.prom"
expect_rc 1 "--force replaces it, under a fault"
ok_if 'grep -q "^fwctl_scrape_error{device=\"fwctl1\"} 1$" "$d/fwctl.prom"' "the faulted document is in the file"
ok_if '[ "$(ls -A "$d")" = fwctl.prom ]' "no temp file left beside it"
run_fwctl --fault enodev,dev=fwctl0 -- --force metrics -o /nonexistent/dir/fwctl.prom
ok_if '[ "$RC" != 0 ] && [ ! -e /nonexistent/dir/fwctl.prom ]' "an unwritable FILE fails"

# promtool, on the default machine and under the fault.
if command -v promtool >/dev/null; then
	printf '%s
' "$metrics" | promtool check metrics >"$T_TMP/p1" 2>&1
	ok_if '[ $? = 0 ] && [ ! -s "$T_TMP/p1" ]' "promtool check metrics: default machine, no lint"
	sed 's/^/# promtool: /' "$T_TMP/p1"
	printf '%s\n' "$faulted" | promtool check metrics >"$T_TMP/p2" 2>&1
	ok $? "promtool check metrics: under a fault"
	run_fwctl --fault fw-status,dev=mlx5 -- metrics
	printf '%s\n' "$OUT" | promtool check metrics >/dev/null 2>&1
	ok $? "promtool check metrics: firmware refusing every mlx5 RPC"
	run_fwctl --fault fw-status,dev=bnxt -- metrics
	printf '%s\n' "$OUT" | promtool check metrics >/dev/null 2>&1
	ok $? "promtool check metrics: firmware refusing every bnxt RPC"
	run_fwctl --fault vendor,name=bnxt-timeout,dev=fwctl4,after=3,count=1 -- metrics
	printf '%s\n' "$OUT" | promtool check metrics >/dev/null 2>&1
	ok_if '[ $? = 0 ] && [ "$RC" = 1 ] && printf "%s\n" "$OUT" | grep -q "^fwctl_scrape_error{device=\"fwctl4\"} 1$" &&
	       printf "%s\n" "$OUT" | grep -q "^fwctl_temperature_celsius{device=\"fwctl0\""' \
		"promtool check metrics: a bnxt timeout (fwctl4 scrape error, mlx5 still written)"
else
	skip "promtool check metrics" "promtool not installed (Debian package prometheus)"
fi

# The systemd units.
src=${FWCTL_SRCDIR:-$(dirname "$0")/../../..}
ok_if 'grep -q "^ExecStart=.*fwctl .*metrics -o /var/lib/prometheus/node-exporter/fwctl.prom" "$src/contrib/systemd/fwctl-metrics.service"' \
	"the service writes Debian's textfile directory"
ok_if 'grep -q "^OnUnitActiveSec=60s" "$src/contrib/systemd/fwctl-metrics.timer"' "the timer runs every 60 s"
if command -v systemd-analyze >/dev/null && [ -n "${FWCTL_BUILDDIR:-}" ] && \
   [ -f "$FWCTL_BUILDDIR/contrib/systemd/fwctl-metrics.service" ]; then
	u=$T_TMP/units; mkdir -p "$u"
	sed "s|^ExecStart=[^ ]*/fwctl|ExecStart=$FWCTL|" "$FWCTL_BUILDDIR/contrib/systemd/fwctl-metrics.service" \
		>"$u/fwctl-metrics.service"
	cp "$FWCTL_BUILDDIR/contrib/systemd/fwctl-metrics.timer" "$u/"
	SYSTEMD_LOG_LEVEL=notice systemd-analyze verify "$u/fwctl-metrics.service" "$u/fwctl-metrics.timer" \
		>"$T_TMP/sa" 2>&1
	# The man page is not installed in the build tree: its Documentation= check is left out.
	grep -v "Command 'man " "$T_TMP/sa" >"$T_TMP/sa2"
	ok_if '! grep -qi "fwctl-metrics" "$T_TMP/sa2"' "systemd-analyze verify"
	sed 's/^/# systemd-analyze: /' "$T_TMP/sa2"
else
	skip "systemd-analyze verify" "systemd-analyze or the built units unavailable"
fi

# node_exporter's textfile collector end to end.
ne=$(command -v prometheus-node-exporter || command -v node_exporter || true)
if [ -z "$ne" ] || ! command -v curl >/dev/null; then
	skip "node_exporter end to end" "prometheus-node-exporter or curl not installed"
	done_testing
fi
tdir=$T_TMP/textfile; mkdir -p "$tdir"
run_fwctl -- metrics -o "$tdir/fwctl.prom"
expect_rc 0 "metrics -o DIR/fwctl.prom for node_exporter"
port=$("$PY" -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
"$ne" --web.listen-address="127.0.0.1:$port" --collector.disable-defaults --collector.textfile \
	--collector.textfile.directory="$tdir" >"$T_TMP/ne.log" 2>&1 &
nepid=$!
scraped=
for _ in $(seq 1 600); do
	scraped=$(curl -sf "http://127.0.0.1:$port/metrics" 2>/dev/null) && break
	sleep 0.1
done
kill "$nepid" 2>/dev/null; wait "$nepid" 2>/dev/null
[ -n "$scraped" ] || sed "s/^/# node_exporter: /" "$T_TMP/ne.log" | head -5
OUT=$scraped; printf "%s\n" "$scraped" >"$T_TMP/out"
expect_out_re '^fwctl_device_info\{device="fwctl0",driver="mlx5_core",firmware_version="22.41.1000",pci_address="0000:08:00.0",type="mlx5"\} 1$' \
	"node_exporter serves the info family"
expect_out_re '^fwctl_temperature_celsius\{device="fwctl1",name="MOD0",sensor="1"\} '"$t"'$' \
	"node_exporter serves the temperature ($t)"
expect_out_re '^fwctl_port_transmit_bytes_total\{device="fwctl0",port="1"\} 1\.851851835e\+11$' \
	"node_exporter serves the counter ($tx)"
expect_out_re '^fwctl_temperature_celsius\{device="fwctl4",name="ASIC",sensor="0"\} '"$bt"'$' \
	"node_exporter serves the bnxt temperature ($bt)"
expect_out_re '^# TYPE fwctl_port_transmit_bytes_total counter$' "as a counter"
expect_out_re '^node_textfile_scrape_error 0$' "the textfile collector read the file without error"
done_testing
