# SPDX-License-Identifier: GPL-2.0-or-later
# Sourced first (before lib.sh, which makes a temp directory an exec would
# leak) by tests that need a private mount namespace to bind their own
# files over the host's without touching it.
#
#   mount_ns_enter VAR WHY "$@"   re-execute the script in one (unshare -m,
#                                 or -rm as a normal user) with VAR=1 set;
#                                 returns at once when VAR is already set;
#                                 without unshare: TAP skip, naming WHY

mount_ns_enter() {
	local var=$1 why=$2 u
	shift 2
	[ -n "${!var:-}" ] && return 0
	for u in "unshare -m --propagation private" "unshare -rm --propagation private"; do
		if $u true 2>/dev/null; then
			exec env "$var=1" $u bash "$0" "$@"
		fi
	done
	echo "1..0 # SKIP no mount namespace (unshare -m / -rm) $why"
	exit 0
}
