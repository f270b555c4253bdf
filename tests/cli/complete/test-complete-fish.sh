#!/bin/bash
# SPDX-License-Identifier: GPL-2.0-or-later
# fish completion (completions/fwctl.fish) through real fish, on the shared cases.
SHELL_UNDER_TEST=fish
. "$(dirname "$0")/cases.sh"
