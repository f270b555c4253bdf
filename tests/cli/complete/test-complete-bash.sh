#!/bin/bash
# SPDX-License-Identifier: GPL-2.0-or-later
# bash completion (completions/fwctl) through real bash, on the shared cases.
SHELL_UNDER_TEST=bash
. "$(dirname "$0")/cases.sh"
