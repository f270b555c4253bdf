// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * fwctl - the user-space tool for the Linux fwctl subsystem.
 * Everything lives in libfwctl (lib/) and the CLI library (cli/, core/,
 * plugins/, output/); main() only hands over, so tests and fuzzers can
 * drive the same code.
 */
#include "cli/dispatch.h"

int main(int argc, char **argv)
{
	return fwctl_main(argc, argv);
}
