#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-or-later
# Runs inside the VM (busybox sh).  Reads /steps (written by cases.py on
# the host) and prints one record per step on stdout; the host checks them.
#
# Records:  @@FACT KEY VALUE
#           @@REC ID RC / O <base64 of stdout> / E <base64 of stderr> / @@END ID
# Steps:    run ID ARGS...      fwctl ARGS (placeholders below), recorded
#           taint ID            /proc/sys/kernel/tainted as fact ID
#           remove ID ARGS...   fwctl ARGS --in FIFO -o FILE: once fwctl holds
#                               @LAST@ open, unbind its memdev's platform
#                               device, then feed the request
# Placeholders: @DEV@ @MEM@ (the first fwctl device and its memdev),
#               @LAST@ @LASTMEM@ (the last one), @TMP@ (a scratch dir).
FWCTL=${FWCTL:-/usr/bin/fwctl}
TMP=/tmp/vm
mkdir -p $TMP

# Facts read by the test itself from sysfs, for the host's checks.
for c in /sys/class/fwctl/fwctl*; do
	[ -e "$c" ] || continue
	name=${c##*/}
	mem=$(basename "$(readlink -f "$c/device")")
	plat=$(basename "$(dirname "$(readlink -f "$c/device")")")
	echo "@@FACT sysfs $name $mem $(cat "$c/dev") $plat"
done
DEV=$(ls /sys/class/fwctl | sort -t l -k 2 -n | head -n1)
LAST=$(ls /sys/class/fwctl | sort -t l -k 2 -n | tail -n1)
MEM=$(basename "$(readlink -f /sys/class/fwctl/$DEV/device)")
LASTMEM=$(basename "$(readlink -f /sys/class/fwctl/$LAST/device)")
echo "@@FACT first $DEV $MEM"
echo "@@FACT last $LAST $LASTMEM"

subst() {
	echo "$*" | sed -e "s|@DEV@|$DEV|g" -e "s|@MEM@|$MEM|g" \
		-e "s|@LASTMEM@|$LASTMEM|g" -e "s|@LAST@|$LAST|g" -e "s|@TMP@|$TMP|g"
}

emit() { # id rc
	echo "@@REC $1 $2"
	base64 $TMP/out | sed 's/^/O /'
	base64 $TMP/err | sed 's/^/E /'
	echo "@@END $1"
}

holds() { # pid path: does process pid have path open?
	for fd in /proc/$1/fd/*; do
		[ "$(readlink "$fd" 2>/dev/null)" = "$2" ] && return 0
	done
	return 1
}

remove() { # id args...
	id=$1
	shift
	fifo=$TMP/fifo
	rm -f $fifo $TMP/removed.bin
	mkfifo $fifo
	# shellcheck disable=SC2046
	$FWCTL $(subst "$@") --in $fifo >$TMP/out 2>$TMP/err &
	pid=$!
	# Wait until fwctl holds the device node open (it blocks on the FIFO).
	i=0
	while [ $i -lt 200 ]; do
		holds $pid "/dev/fwctl/$LAST" && break
		sleep 0.05
		i=$((i + 1))
	done
	held=no
	holds $pid "/dev/fwctl/$LAST" && held=yes
	plat=$(dirname "$(readlink -f /sys/class/fwctl/$LAST/device)")
	drv=$(readlink -f "$plat/driver")
	echo "${plat##*/}" >"$drv/unbind"
	echo "@@FACT remove_held $held"
	echo "@@FACT remove_unbound ${plat##*/} ${drv##*/}"
	# The request: Get Supported Features, header + 8-byte payload.
	# (timeout: if fwctl died early nobody reads the FIFO).
	timeout 20 sh -c "printf '\\000\\005\\000\\000\\000\\000\\000\\000\\010\\000\\000\\000\\000\\000\\000\\000\\000\\020\\000\\000\\000\\000\\000\\000' >$fifo"
	wait $pid
	rc=$?
	node=absent
	[ -e /dev/fwctl/$LAST ] && node=present
	out=absent
	ls $TMP/removed.bin* >/dev/null 2>&1 && out=present
	ls -a $TMP >$TMP/ls
	echo "@@FACT remove_node $node"
	echo "@@FACT remove_output $out"
	echo "@@FACT remove_tmpdir $(tr '\n' ' ' <$TMP/ls)"
	emit "$id" $rc
}

while read -r kind id args; do
	case $kind in
	run)
		# shellcheck disable=SC2046
		$FWCTL $(subst $args) >$TMP/out 2>$TMP/err </dev/null
		emit "$id" $?
		;;
	taint)
		echo "@@FACT $id $(cat /proc/sys/kernel/tainted)"
		;;
	remove)
		remove "$id" $args
		;;
	esac
done <"${STEPS:-/steps}"
