# SPDX-License-Identifier: GPL-2.0-or-later
# Sourced by tests that read fwctl's audit records back: run the script in
# a private mount namespace with its own /dev holding a /dev/log socket the
# test owns, so syslog(3) records land in $LOG and the host's /dev and
# syslog daemon are never touched.
#
# glibc's syslog() writes to the datagram socket /dev/log and has no switch
# to send it elsewhere, and the tool must not behave differently under
# test; hence the namespace (unshare -m, or -rm as a normal user).
#
#   audit_ns_enter "$@"   first line of the script: re-executes it inside
#   . lib.sh; audit_ns_setup   then: $LOG collects the records
#   audit_records         number of records so far
#   audit_settle          let the reader catch up (datagrams are delivered
#                         when syslog() returns)

. "$(dirname "${BASH_SOURCE[0]}")/../mount-ns.sh"

audit_ns_enter() {
	mount_ns_enter FWCTL_AUDIT_NS "to own /dev/log" "$@"
}

audit_ns_setup() {
	local newdev="$T_TMP/dev" n i
	mkdir "$newdev"
	mount -t tmpfs -o mode=755 fwctl-test-dev "$newdev" || { echo "Bail out! tmpfs"; exit 1; }
	for n in null zero full random urandom tty; do
		[ -e "/dev/$n" ] || continue
		: >"$newdev/$n"
		mount --bind "/dev/$n" "$newdev/$n"
	done
	mkdir "$newdev/shm" "$newdev/pts"
	ln -s /proc/self/fd "$newdev/fd"
	for i in 0 1 2; do
		ln -s "/proc/self/fd/$i" "$newdev/$(echo stdin stdout stderr | cut -d' ' -f$((i + 1)))"
	done
	mount --bind "$newdev" /dev || { echo "Bail out! cannot mount the private /dev"; exit 1; }
	export FWCTL_EMU_TMPDIR="$T_TMP"

	LOG="$T_TMP/audit.log"
	: >"$LOG"
	"$PY" "$(dirname "${BASH_SOURCE[0]}")/syslog-listen.py" /dev/log "$T_TMP/ready" "$LOG" &
	AUDIT_LISTENER=$!
	# Unmount before removing: rm must never walk into the bind-mounted nodes.
	trap 'kill $AUDIT_LISTENER 2>/dev/null; umount -l /dev; umount -l "$T_TMP/dev"; rm -rf "$T_TMP"' EXIT
	for _ in $(seq 100); do [ -s "$T_TMP/ready" ] && break; sleep 0.05; done
}

audit_records() { grep -c 'fwctl\[' "$LOG"; }
audit_settle() { sleep 0.2; }
