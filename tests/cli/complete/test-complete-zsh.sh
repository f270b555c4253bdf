#!/bin/bash
# SPDX-License-Identifier: GPL-2.0-or-later
# zsh completion (completions/_fwctl) through real zsh, on the shared cases.
SHELL_UNDER_TEST=zsh
. "$(dirname "$0")/cases.sh"
