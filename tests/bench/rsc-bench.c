// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * Resource dump benchmark through the in-process transport (DESIGN §6):
 * one CR-space dump as `fwctl mlx5 coredump` does it (menu, RPC loop,
 * write, SHA-256, segment walk), without umockdev in the way.
 *
 *   rsc-bench SIZE [OUTFILE]
 * prints: crspace, stream bytes, RPCs sent, minimum RPCs, peak RSS (KiB).
 * Run under callgrind by rsc-bench.sh to split tool and firmware cost:
 * rsc_bench_loop() is the tool, emu_core_ioctl() the emulated kernel and
 * firmware.
 */
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>

#include "emu_inproc.h"
#include "plugins/mlx5/rsc_dump.h"
#include "plugins/mlx5/rsc_dump_sha256.h"

/* The tool's per-dump work, kept out of line so callgrind can name it. */
__attribute__((noinline)) static int rsc_bench_loop(struct fwctl_handle *h, FILE *out,
						   uint64_t *rpcs, uint64_t *bytes,
						   struct fwctl_err *err)
{
	struct rsc_key key = { .segment_type = 0x1000 };
	struct rsc_walker w;
	struct sha256_ctx sha;
	struct rsc_dump d;
	uint8_t digest[SHA256_DIGEST_SIZE];
	int more;

	rsc_dump_init(&d, h, FWCTL_RPC_DEBUG_READ_ONLY, &key, "RESOURCE_DUMP");
	rsc_walker_init(&w);
	sha256_init(&sha);
	do {
		const uint8_t *p;
		size_t n;

		more = rsc_dump_next(&d, &p, &n, err);
		if (more < 0)
			return -1;
		if (n && fwrite(p, 1, n, out) != n)
			return -1;
		sha256_update(&sha, n, p);
		if (rsc_walker_feed(&w, p, n, err) < 0)
			return -1;
	} while (more);
	sha256_digest(&sha, SHA256_DIGEST_SIZE, digest);
	*rpcs = d.rpcs;
	*bytes = d.bytes;
	return rsc_walker_finish(&w, err);
}

int main(int argc, char **argv)
{
	char spec[64], errbuf[256];
	const char *specs[1] = { spec };
	struct fwctl_err err = { 0 };
	struct fwctl_transport t;
	struct fwctl_device dev;
	struct fwctl_handle *h;
	struct emu_world *w;
	struct rsc_menu menu;
	struct rusage ru;
	uint64_t menu_rpcs = 0, rpcs = 0, bytes = 0;
	FILE *out;

	if (argc < 2) {
		fprintf(stderr, "usage: rsc-bench SIZE [OUTFILE]\n");
		return 2;
	}
	snprintf(spec, sizeof(spec), "mlx5,crspace=%s", argv[1]);
	w = emu_world_new(specs, 1, NULL, 0, errbuf, sizeof(errbuf));
	if (!w) {
		fprintf(stderr, "%s\n", errbuf);
		return 1;
	}
	emu_inproc_fill_device(w->devs[0], &dev);
	emu_inproc_transport(w->devs[0], &t);
	if (fwctl_open_transport(&dev, t, &h, &err)) {
		fprintf(stderr, "%s\n", err.message);
		return 1;
	}
	out = fopen(argc > 2 ? argv[2] : "/dev/null", "wb");
	if (!out || rsc_menu_fetch(h, FWCTL_RPC_DEBUG_READ_ONLY, &menu, &menu_rpcs, &err) ||
	    rsc_bench_loop(h, out, &rpcs, &bytes, &err)) {
		fprintf(stderr, "dump failed: %s\n", err.message);
		return 1;
	}
	fclose(out);
	rsc_menu_free(&menu);
	getrusage(RUSAGE_SELF, &ru);
	printf("crspace=%s stream_bytes=%" PRIu64 " rpcs=%" PRIu64 " min_rpcs=%" PRIu64
	       " menu_rpcs=%" PRIu64 " peak_rss_kib=%ld\n", argv[1], bytes, rpcs + menu_rpcs,
	       (bytes + RSC_INLINE_MAX - 1) / RSC_INLINE_MAX + menu_rpcs, menu_rpcs, ru.ru_maxrss);
	fwctl_close(h);
	emu_inproc_free_device(&dev);
	emu_world_free(w);
	return rpcs == (bytes + RSC_INLINE_MAX - 1) / RSC_INLINE_MAX ? 0 : 1;
}
