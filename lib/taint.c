// SPDX-License-Identifier: GPL-2.0-or-later
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>

#include "taint.h"

int fwctl_read_taint(uint64_t *mask)
{
	const char *path = getenv(FWCTL_TAINT_ENV);
	FILE *f = fopen(path && *path ? path : "/proc/sys/kernel/tainted", "r");
	int ok;

	if (!f)
		return -1;
	ok = fscanf(f, "%" SCNu64, mask) == 1;
	fclose(f);
	return ok ? 0 : -1;
}

bool fwctl_taint_fwctl(uint64_t mask)
{
	return mask & (UINT64_C(1) << FWCTL_TAINT_BIT);
}

/* Bit numbers from the kernel's Documentation/admin-guide/tainted-kernels.rst. */
static const char *const taint_flag_names[] = {
	"proprietary_module", "forced_module", "cpu_out_of_spec", "forced_rmmod",
	"machine_check", "bad_page", "user", "die", "overridden_acpi_table", "warn",
	"crap", "firmware_workaround", "oot_module", "unsigned_module", "softlockup",
	"livepatch", "aux", "randstruct", "test", "fwctl",
};

void fwctl_taint_names(uint64_t mask, const char *names[33])
{
	size_t n = 0;

	for (unsigned int bit = 0; bit < 32; bit++) {
		if (!(mask & (UINT64_C(1) << bit)))
			continue;
		names[n++] = bit < sizeof(taint_flag_names) / sizeof(taint_flag_names[0])
			? taint_flag_names[bit] : "unknown";
	}
	names[n] = NULL;
}
