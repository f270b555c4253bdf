/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * The kernel's taint mask.  TAINT_FWCTL is bit 19 ('J'), set by the first
 * RPC at a write scope (524288, as measured on a real kernel).
 * The file read is /proc/sys/kernel/tainted, or $FWCTL_PROC_TAINTED: the
 * one hook tests use (fwctl-emu points it at the emulated kernel's state).
 */
#ifndef FWCTL_TAINT_H
#define FWCTL_TAINT_H

#include <stdbool.h>
#include <stdint.h>

#define FWCTL_TAINT_BIT 19
#define FWCTL_TAINT_ENV "FWCTL_PROC_TAINTED"

/* 0 on success; -1 if the mask cannot be read. */
int fwctl_read_taint(uint64_t *mask);
bool fwctl_taint_fwctl(uint64_t mask);
/* Names of the set taint flags ("fwctl", "proprietary_module"...) into a
 * NULL-terminated static array of at most 32 entries. */
void fwctl_taint_names(uint64_t mask, const char *names[33]);

#endif
