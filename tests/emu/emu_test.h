/* SPDX-License-Identifier: GPL-2.0-or-later */
/* Worlds and raw calls for the emulated kernel's tests; checks come from tests/tap.h. */
#ifndef FWCTL_EMU_TEST_H
#define FWCTL_EMU_TEST_H

#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "../tap.h"
#include "emu_inproc.h"
#include "emu_int.h"


/* A world from up to 4 specs and 4 faults (NULL-terminated lists); aborts on error. */
struct emu_world *t_world(const char *const *devs, const char *const *faults);
struct emu_world *t_world1(const char *spec);

/*
 * A libfwctl handle on an emulated device (in-process transport); bails
 * out on error.  *rec is the device record, freed by t_close().
 */
struct fwctl_handle *t_open(struct emu_dev *dev, struct fwctl_device *rec);
void t_close(struct fwctl_handle *h, struct fwctl_device *rec);

/* FWCTL_INFO through the in-process transport; returns 0 or -errno. */
int t_info(struct emu_dev *dev, void *data, uint32_t *len, uint32_t *type);
/* FWCTL_RPC; *out_len in: buffer size, out: reported length. */
int t_rpc(struct emu_dev *dev, uint32_t scope, void *in, uint32_t in_len,
	  void *out, uint32_t *out_len);
/* Raw ioctl with a caller-made arg buffer of arg_size bytes. */
int t_ioctl(struct emu_dev *dev, unsigned long req, void *arg, size_t arg_size);

/* mlx5 helpers: build a 16-byte in header. */
void t_mlx5_hdr(uint8_t *in, uint16_t opcode, uint16_t op_mod);

#endif
