// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * Writes fuzz seed corpora from the emulated firmware: whole dump streams
 * of the menu and of several segments.  Usage: gen-rsc-corpus DIR
 * (creates DIR/fuzz-rsc-menu/ and DIR/fuzz-rsc-records/).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "../../../plugins/mlx5/rsc_dump.h"
#include "../../emu/emu_test.h"

static int dump(struct fwctl_handle *h, struct rsc_key *key, const char *path, uint8_t prefix,
		bool with_prefix)
{
	struct fwctl_err err = { 0 };
	struct rsc_dump d;
	FILE *f = fopen(path, "wb");
	int more;

	if (!f)
		return -1;
	if (with_prefix)
		fputc(prefix, f);
	rsc_dump_init(&d, h, FWCTL_RPC_DEBUG_READ_ONLY, key, "corpus");
	do {
		const uint8_t *p;
		size_t n;

		more = rsc_dump_next(&d, &p, &n, &err);
		if (more < 0) {
			fprintf(stderr, "%s: %s\n", path, err.message);
			break;
		}
		fwrite(p, 1, n, f);
	} while (more);
	fclose(f);
	return more < 0 ? -1 : 0;
}

int main(int argc, char **argv)
{
	struct emu_world *w;
	struct fwctl_device rec;
	struct fwctl_handle *h;
	char path[4096];
	struct { const char *name; struct rsc_key key; } segs[] = {
		{ "full_qpc_all", { .segment_type = 0x10, .num_obj1 = 0xffff } },
		{ "full_qpc_bad", { .segment_type = 0x10, .index1 = 99 } },
		{ "full_eqc", { .segment_type = 0x12, .index1 = 3 } },
		{ "rdb", { .segment_type = 0x40, .index1 = 1, .num_obj2 = 0xffff } },
		{ "crspace_1k", { .segment_type = 0x1000 } },
	};

	if (argc != 2)
		return 2;
	w = t_world1("mlx5,crspace=1024");
	h = t_open(w->devs[0], &rec);
	snprintf(path, sizeof(path), "%s/fuzz-rsc-menu", argv[1]);
	mkdir(path, 0755);
	snprintf(path, sizeof(path), "%s/fuzz-rsc-records", argv[1]);
	mkdir(path, 0755);
	{
		struct rsc_key k = { .segment_type = 0xffff };

		snprintf(path, sizeof(path), "%s/fuzz-rsc-menu/emu-menu", argv[1]);
		dump(h, &k, path, 0, false);
		snprintf(path, sizeof(path), "%s/fuzz-rsc-records/emu-menu", argv[1]);
		dump(h, &k, path, 3, true);
	}
	for (size_t i = 0; i < sizeof(segs) / sizeof(segs[0]); i++) {
		snprintf(path, sizeof(path), "%s/fuzz-rsc-records/emu-%s", argv[1], segs[i].name);
		dump(h, &segs[i].key, path, (uint8_t)(i * 37 + 1), true);
	}
	t_close(h, &rec);
	emu_world_free(w);
	return 0;
}
