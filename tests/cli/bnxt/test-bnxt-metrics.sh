#!/bin/bash
# SPDX-License-Identifier: GPL-2.0-or-later
# fwctl metrics on bnxt devices: temperatures, link and (Linux 7.3 DMA)
# port counters with the values the bnxt queries decode, mlx5's family
# names, read-only scope, a 7.2 kernel without counters, firmware
# refusals left out and failed deliveries as fwctl_scrape_error.
. "$(dirname "$0")/../lib.sh"
. "$(dirname "$0")/../metrics-lib.sh"
promtool_ok() { # DESC: promtool accepts $OUT without a lint message
	if ! command -v promtool >/dev/null; then
		skip "promtool check metrics: $1" "promtool not installed (Debian package prometheus)"
		return
	fi
	printf '%s\n' "$OUT" | promtool check metrics >"$T_TMP/prom" 2>&1
	ok_if '[ $? = 0 ] && [ ! -s "$T_TMP/prom" ]' "promtool check metrics: $1"
	sed 's/^/# promtool: /' "$T_TMP/prom"
}
back_to_metrics() { # $metrics as the output under test again (expect_out_re reads the file)
	OUT=$metrics
	printf '%s\n' "$OUT" >"$T_TMP/out"
}
D='device="fwctl0"'

run_fwctl --device bnxt -- metrics
expect_rc 0 "metrics on one bnxt device"
expect_err_empty "nothing on stderr"
promtool_ok "bnxt, Linux 7.3"
expect_stats 'd["tainted"] is False and d["devices"][0]["writes"] == 0 and d["devices"][0]["rpcs_by_scope"] == [0, 6, 0, 0]' \
	"six reads, all at debug-ro, no write, no taint"
expect_stats '[r["head_hex"][:4] for r in d["devices"][0]["rpc_log"]] == ["0000", "e000", "1600", "2700", "2300", "b400"]' \
	"VER_GET, TEMP_MONITOR_QUERY, FUNC_QCFG, PORT_PHY_QCFG, PORT_QSTATS, PORT_QSTATS_EXT"
expect_exposition "families have HELP/TYPE, counters _total, grouped"
ok_if '! printf "%s\n" "$OUT" | grep -q "^fwctl_link_admin_up{"' \
	"no admin state: PORT_PHY_QCFG does not report one"
metrics=$OUT

# The values are what `fwctl bnxt ...` decodes (a fresh emulator each run).
run_fwctl --device bnxt -- bnxt info -j
fw=$(json_get 'j["firmware_version"]')
back_to_metrics
expect_out_re '^fwctl_device_info\{device="fwctl0",type="bnxt",pci_address="[0-9a-f:.]+",driver="bnxt_en",firmware_version="'"$fw"'"\} 1$' \
	"info metric with bnxt info's firmware version ($fw)"
run_fwctl --device bnxt -- bnxt query temperature -j
r=$(json_get '" ".join(str(j["response"][k]) for k in ("temp", "phy_temp", "om_temp", "warn_threshold", "critical_threshold", "fatal_threshold", "shutdown_threshold"))')
read -r t pt ot warn crit fatal shut <<<"$r"
back_to_metrics
ok_if '[ "$(val "fwctl_temperature_celsius{$D,sensor=\"0\",name=\"ASIC\"}")" = "$t" ]' \
	"chip temperature, mlx5's ASIC name = query temperature ($t)"
ok_if '[ "$(val "fwctl_temperature_celsius{$D,sensor=\"1\",name=\"PHY\"}")" = "$pt" ]' "PHY temperature ($pt)"
ok_if '[ "$(val "fwctl_temperature_celsius{$D,sensor=\"2\",name=\"MOD0\"}")" = "$ot" ]' \
	"module temperature, mlx5's MOD0 name ($ot)"
for lv in "warning $warn" "critical $crit" "fatal $fatal" "shutdown $shut"; do
	read -r level want <<<"$lv"
	ok_if '[ "$(val "fwctl_temperature_threshold_celsius{$D,sensor=\"0\",name=\"ASIC\",level=\"$level\"}")" = "$want" ]' \
		"chip $level threshold ($want)"
done
run_fwctl --device bnxt -- bnxt query func-qcfg -j
port=$(json_get 'j["response"]["port_id"]')
run_fwctl --device bnxt -- bnxt query port-phy -j
speed=$(json_get '{"25gb": 25000000000 // 8, "100gb": 100000000000 // 8}[j["response"]["link_speed"]]')
back_to_metrics
P="$D,port=\"$port\""
ok_if '[ "$(val "fwctl_link_up{$P}")" = 1 ]' "link up, port label = FUNC_QCFG port_id ($port)"
ok_if '[ "$(val "fwctl_link_speed_bytes{$P}")" = "$speed" ]' "link speed in bytes/s = port-phy link_speed ($speed)"
# The emulator's counters grow with every DMA statistics query: the
# metrics' PORT_QSTATS is the first (one port-stats query), its
# PORT_QSTATS_EXT the second (the second sample of port-stats-ext).
run_fwctl --device bnxt -- bnxt query port-stats -j
ps=$(json_get '" ".join(str(j["stats"][b][k]) for b, k in (("tx", "tx_good_frames"), ("rx", "rx_good_frames"), ("tx", "tx_bytes"), ("rx", "rx_bytes"), ("rx", "rx_fcs_err_frames"), ("rx", "rx_stat_discard"), ("rx", "rx_stat_err"), ("tx", "tx_stat_discard"), ("tx", "tx_stat_error")))')
run_fwctl --device bnxt -- bnxt query port-stats-ext --sample 2 --interval 1 -j
fec=$(printf '%s\n' "$OUT" | "$PY" -c 'import json, sys
r = json.loads(sys.stdin.readlines()[1])["counters"]["rx"]
print(r["rx_fec_corrected_blocks"]["value"], r["rx_fec_uncorrectable_blocks"]["value"])')
back_to_metrics
read -r -a want <<<"$ps $fec"
i=0
for f in transmit_frames receive_frames transmit_bytes receive_bytes receive_fcs_errors \
	 receive_discards receive_errors transmit_discards transmit_errors fec_corrected_blocks \
	 fec_uncorrectable_blocks; do
	w=${want[$i]:-}
	ok_if '[ -n "$w" ] && [ "$(val "fwctl_port_${f}_total{$P}")" = "$w" ]' \
		"fwctl_port_${f}_total = the query's counter ($w)"
	i=$((i + 1))
done
expect_out_re '^# TYPE fwctl_port_transmit_bytes_total counter$' "counters are counters"
expect_out_re '^# HELP fwctl_port_transmit_bytes_total Bytes transmitted$' "mlx5's help text for a shared family"

# The emulator's knobs reach the metrics.
run_fwctl --device bnxt,temp=77,link=down -- metrics
ok_if '[ "$(val "fwctl_temperature_celsius{$D,sensor=\"0\",name=\"ASIC\"}")" = 77 ]' "temp=77"
ok_if '[ "$(val "fwctl_link_up{$P}")" = 0 ] && [ "$(val "fwctl_link_speed_bytes{$P}")" = 0 ]' "link down: up 0, speed 0"
run_fwctl --device bnxt,profile=bcm57508 -- metrics
ok_if '[ "$(val "fwctl_link_speed_bytes{$P}")" = 12500000000 ]' "100G: 12.5e9 bytes/s"

# Linux 7.2: no DMA commands, so no counters, not a word about it.
run_fwctl --device bnxt,kernel=7.2 -- metrics
expect_rc 0 "metrics on a 7.2 kernel"
expect_err_empty "7.2: nothing on stderr"
promtool_ok "bnxt, Linux 7.2"
ok_if '! printf "%s\n" "$OUT" | grep -q "_total"' "7.2: no counter family"
expect_out_re '^fwctl_temperature_celsius\{device="fwctl0",sensor="0",name="ASIC"\} ' "7.2: temperatures"
expect_out_re '^fwctl_link_up\{device="fwctl0",port="0"\} 1$' "7.2: link"
expect_out_re '^fwctl_scrape_error\{device="fwctl0"\} 0$' "7.2: no scrape error"
expect_no_rpc 0 '^(2300|b400)' "7.2: no PORT_QSTATS / PORT_QSTATS_EXT sent"

# A firmware refusal leaves that query's samples out; the rest is written.
run_fwctl --device bnxt --fault vendor,name=bnxt-error,status=0x2,dev=fwctl0,after=1,count=1 -- metrics
expect_rc 0 "TEMP_MONITOR_QUERY refused: not an error"
expect_out_re '^fwctl_scrape_error\{device="fwctl0"\} 0$' "refused: no scrape error"
ok_if '! printf "%s\n" "$OUT" | grep -q "^fwctl_temperature"' "refused: no temperature sample"
expect_out_re '^fwctl_port_transmit_bytes_total\{device="fwctl0",port="0"\} ' "refused: counters still there"
promtool_ok "a refused query"
run_fwctl --device bnxt --fault vendor,name=bnxt-error,status=0x2,dev=fwctl0,after=2,count=1 -- metrics
expect_rc 0 "FUNC_QCFG refused: not an error"
ok_if '! printf "%s\n" "$OUT" | grep -Eq "^fwctl_(link|port)_" && printf "%s\n" "$OUT" | grep -q "^fwctl_temperature_celsius{"' \
	"no port, so no link or counter sample; temperatures kept"
expect_no_rpc 0 '^(2700|2300|b400)' "no port query sent without the port"
run_fwctl --device bnxt --fault vendor,name=bnxt-error,status=0xffff,dev=fwctl0,after=5,count=1 -- metrics
expect_rc 0 "PORT_QSTATS_EXT not supported"
ok_if '! printf "%s\n" "$OUT" | grep -q "^fwctl_port_fec" && printf "%s\n" "$OUT" | grep -q "^fwctl_port_receive_bytes_total{"' \
	"no FEC counters, PORT_QSTATS counters kept"

# A failed delivery on one RPC: that device's scrape error, the rest written.
for f in "3 PORT_PHY_QCFG" "4 PORT_QSTATS"; do
	read -r after cmd <<<"$f"
	run_fwctl --device bnxt --device bnxt --fault vendor,name=bnxt-timeout,dev=fwctl0,after=$after,count=1 -- metrics
	expect_rc 1 "timeout on $cmd: exit 1"
	expect_out_re '^fwctl_scrape_error\{device="fwctl0"\} 1$' "$cmd: fwctl_scrape_error 1"
	expect_out_re '^fwctl_scrape_error\{device="fwctl1"\} 0$' "$cmd: fwctl1 fine"
	ok_if '! printf "%s\n" "$OUT" | grep -Eq "^fwctl_(temperature|link|port)[a-z_]*\{device=\"fwctl0\""' \
		"$cmd: fwctl0's partial samples are dropped"
	expect_out_re '^fwctl_device_info\{device="fwctl0",type="bnxt"' "$cmd: fwctl0 keeps its info"
	expect_out_re '^fwctl_port_transmit_bytes_total\{device="fwctl1",port="0"\} ' "$cmd: fwctl1 still has its counters"
	expect_err_re "fwctl0: HWRM_$cmd: .*timeout" "$cmd: stderr says which RPC and why"
	promtool_ok "timeout on $cmd"
done
run_fwctl --device bnxt --fault enodev,dev=fwctl0,after=2 -- metrics
expect_rc 1 "device removed mid-scrape"
expect_out_re '^fwctl_scrape_error\{device="fwctl0"\} 1$' "removed: fwctl_scrape_error 1"
promtool_ok "a removed device"
done_testing
