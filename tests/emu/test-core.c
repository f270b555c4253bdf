// SPDX-License-Identifier: GPL-2.0-or-later
/* The fwctl core rules (shared/kernel-abi.md sections 0 and 2). */
#include <stdlib.h>
#include <unistd.h>

#include "emu_test.h"

int main(void)
{
	struct emu_world *w = t_world1("mlx5");
	struct emu_dev *d = w->devs[0];
	uint8_t in[16], out[64];
	uint32_t len;
	int rc;

	t_mlx5_hdr(in, 0x80d, 0);
	len = sizeof(out);
	rc = t_rpc(d, 1, in, sizeof(in), out, &len);
	T_EQ(rc, 0, "NOP works");
	emu_world_free(w);
	return t_done();
}
