// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * Resource dump benchmark through the in-process transport (DESIGN §6):
 * one CR-space dump by the code `fwctl mlx5 coredump -o FILE` runs
 * (rsc_stream_to_file: menu, RPC loop, buffered write, SHA-256, segment
 * walk), without umockdev in the way.
 *
 *   rsc-bench SIZE [OUTFILE]
 * prints: crspace, stream bytes, RPCs sent, minimum RPCs, peak RSS (KiB),
 * and natively timed nanoseconds per RPC: the whole dump, and SHA-256 of
 * 208 bytes alone (valgrind cannot count the CPU's SHA instructions the
 * way they run).  Run under callgrind by rsc-bench.sh to split the cost:
 * rsc_bench_loop() is the tool, t_rpc() inside it the transport, emulated
 * kernel and firmware (a syscall on a real machine).
 */
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <time.h>

#include "emu_inproc.h"
#include "plugins/mlx5/rsc_dump.h"
#include "plugins/mlx5/rsc_dump_sha256.h"
#include "plugins/mlx5/rsc_dump_stream.h"

static double now_ns(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec * 1e9 + (double)ts.tv_nsec;
}

/* The tool's per-dump work, kept out of line so callgrind can name it. */
__attribute__((noinline)) static int rsc_bench_loop(struct fwctl_ctx *ctx,
						   const struct rsc_stream_req *req,
						   struct atomic_file *af,
						   struct rsc_stream_result *res)
{
	return rsc_stream_to_file(ctx, req, af, res);
}

static volatile uint8_t sink;   /* keeps the digest computed */

/* SHA-256 in 208-byte updates, as the dump loop feeds it: ns per update. */
static double sha256_ns_per_update(uint64_t updates)
{
	uint8_t buf[RSC_INLINE_MAX], digest[SHA256_DIGEST_SIZE];
	struct sha256_ctx sha;
	double t0;

	for (size_t i = 0; i < sizeof(buf); i++)
		buf[i] = (uint8_t)(i * 131u + 7u);
	sha256_init(&sha);
	t0 = now_ns();
	for (uint64_t i = 0; i < updates; i++)
		sha256_update(&sha, sizeof(buf), buf);
	sha256_digest(&sha, SHA256_DIGEST_SIZE, digest);
	sink = digest[0];
	return (now_ns() - t0) / (double)updates;
}

int main(int argc, char **argv)
{
	char spec[64], errbuf[256];
	const char *specs[1] = { spec };
	struct fwctl_ctx ctx;
	struct fwctl_transport t;
	struct fwctl_device dev;
	struct rsc_stream_req req = {
		.path = argc > 2 ? argv[2] : "/dev/null",
		.segment_name = "CR_SPACE",
		.key = { .segment_type = 0x1000 },
		.scope = FWCTL_RPC_DEBUG_READ_ONLY,
	};
	struct rsc_stream_result res;
	struct atomic_file af;
	struct emu_world *w;
	struct rsc_menu menu;
	struct rusage ru;
	uint64_t menu_rpcs = 0;
	double t0, dump_ns;

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
	memset(&ctx, 0, sizeof(ctx));
	ctx.quiet = true;
	ctx.dev = &dev;
	emu_inproc_fill_device(w->devs[0], &dev);
	emu_inproc_transport(w->devs[0], &t);
	if (fwctl_open_transport(&dev, t, &ctx.h, &ctx.err)) {
		fprintf(stderr, "%s\n", ctx.err.message);
		return 1;
	}
	/* The hooks the CLI installs on every handle: the RPC layer classifies
	 * each RPC through the plugin's policy, as in `fwctl mlx5 coredump`. */
	fwctl_plugins_install_type_hooks();
	fwctl_install_policy(&ctx, ctx.h);
	if (rsc_menu_fetch(ctx.h, FWCTL_RPC_DEBUG_READ_ONLY, &menu, &menu_rpcs, &ctx.err) ||
	    atomic_file_open(&af, req.path, true, &ctx.err)) {
		fprintf(stderr, "dump failed: %s\n", ctx.err.message);
		return 1;
	}
	req.menu_rpcs = menu_rpcs;
	t0 = now_ns();
	if (rsc_bench_loop(&ctx, &req, &af, &res)) {
		fprintf(stderr, "dump failed: %s\n", ctx.err.message);
		return 1;
	}
	dump_ns = now_ns() - t0;
	rsc_menu_free(&menu);
	getrusage(RUSAGE_SELF, &ru);
	printf("crspace=%s stream_bytes=%" PRIu64 " rpcs=%" PRIu64 " min_rpcs=%" PRIu64
	       " menu_rpcs=%" PRIu64 " peak_rss_kib=%ld dump_ns_per_rpc=%.0f"
	       " sha256_ns_per_rpc=%.0f\n", argv[1], res.bytes, res.rpcs + menu_rpcs,
	       (res.bytes + RSC_INLINE_MAX - 1) / RSC_INLINE_MAX + menu_rpcs, menu_rpcs,
	       ru.ru_maxrss, dump_ns / (double)res.rpcs, sha256_ns_per_update(res.rpcs));
	fwctl_close(ctx.h);
	emu_inproc_free_device(&dev);
	emu_world_free(w);
	return res.rpcs == (res.bytes + RSC_INLINE_MAX - 1) / RSC_INLINE_MAX ? 0 : 1;
}
