/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * Calls made later on umockdev's worker thread, one per main loop
 * iteration: fwctl-emu's answers to RPCs of slow firmware.
 */
#ifndef FWCTL_EMU_DEFERRED_H
#define FWCTL_EMU_DEFERRED_H

#include <stdint.h>

typedef void (*emu_deferred_fn)(void *data);

/*
 * fn(data) once `ms` milliseconds have passed, on the thread that calls
 * this (its thread-default main context: umockdev's worker).  Due calls
 * run in the order they fall due.
 */
void emu_defer(uint64_t ms, emu_deferred_fn fn, void *data);

#endif
