// SPDX-License-Identifier: GPL-2.0-or-later
/* Device and fault specs, and the world's naming of devices. */
#include <stdlib.h>

#include "emu_test.h"

static int world_err(const char *const *devs, const char *const *faults, char *err, size_t n)
{
	size_t nd = 0, nf = 0;
	struct emu_world *w;

	while (devs && devs[nd]) nd++;
	while (faults && faults[nf]) nf++;
	w = emu_world_new(devs, nd, faults, nf, err, n);
	emu_world_free(w);
	return w ? 0 : -1;
}

int main(void)
{
	struct emu_spec s;
	char err[256];
	uint64_t v;

	is_int(emu_spec_parse("mlx5,profile=cx7,count=2", &s, err, sizeof(err)), 0, "parse");
	ok(!strcmp(s.type, "mlx5") && s.n_kv == 2, "type and keys");
	ok(!strcmp(emu_spec_get(&s, "profile", "x"), "cx7"), "get");
	ok(!strcmp(emu_spec_get(&s, "nope", "dflt"), "dflt"), "get default");
	emu_spec_free(&s);
	is_int(emu_spec_parse("mlx5,a=1,a=2", &s, err, sizeof(err)), -EINVAL, "duplicate key refused");
	is_int(emu_spec_parse("mlx5,flag", &s, err, sizeof(err)), -EINVAL, "key without value refused");
	is_int(emu_spec_parse("", &s, err, sizeof(err)), -EINVAL, "empty spec refused");
	is_int(emu_spec_parse("a=b", &s, err, sizeof(err)), -EINVAL, "spec must start with a type");

	emu_spec_parse("x,a=0x10,b=4K,c=2M,d=1G,e=12z,f=-1", &s, err, sizeof(err));
	ok(!emu_spec_get_u64(&s, "a", 0, &v) && v == 16, "hex number");
	ok(!emu_spec_get_u64(&s, "b", 0, &v) && v == 4096, "K suffix");
	ok(!emu_spec_get_u64(&s, "c", 0, &v) && v == 2u << 20, "M suffix");
	ok(!emu_spec_get_u64(&s, "d", 0, &v) && v == 1u << 30, "G suffix");
	ok(emu_spec_get_u64(&s, "e", 0, &v) == -EINVAL, "junk suffix refused");
	ok(emu_spec_get_u64(&s, "f", 0, &v) == -EINVAL, "negative refused");
	ok(!emu_spec_get_u64(&s, "zz", 7, &v) && v == 7, "missing key gives default");
	emu_spec_free(&s);

	{
		const char *d[] = { "mlx5,colour=red", NULL };

		ok(world_err(d, NULL, err, sizeof(err)) && strstr(err, "'colour'"),
		     "unknown key is an error naming it: %s", err);
	}
	{
		const char *d[] = { "nic9", NULL };

		ok(world_err(d, NULL, err, sizeof(err)) && strstr(err, "nic9") && strstr(err, "mlx5"),
		     "unknown type lists known types: %s", err);
	}
	{
		const char *d[] = { "mlx5,count=4097", NULL };

		ok(world_err(d, NULL, err, sizeof(err)), "more than 4096 devices refused");
	}
	{
		const char *d[] = { "mlx5,pci=zz", NULL };

		ok(world_err(d, NULL, err, sizeof(err)), "bad PCI address refused");
	}
	{
		const char *d[] = { "mlx5,pci=08:00.0", "pds,pci=0000:08:00.0", NULL };

		ok(world_err(d, NULL, err, sizeof(err)) && strstr(err, "twice"), "PCI address used twice");
	}
	{
		const char *d[] = { "cxl,netdev=eth0", NULL };

		ok(world_err(d, NULL, err, sizeof(err)), "netdev on cxl refused");
	}
	{
		const char *d[] = { "mlx5,profile=cx9", NULL };

		ok(world_err(d, NULL, err, sizeof(err)) && strstr(err, "cx9"), "unknown profile");
	}
	{
		const char *d[] = { "mlx5", NULL }, *f[] = { "melt", NULL };

		ok(world_err(d, f, err, sizeof(err)) && strstr(err, "melt"), "unknown fault kind");
	}
	{
		const char *d[] = { "mlx5", NULL }, *f[] = { "short,bogus=1", NULL };

		ok(world_err(d, f, err, sizeof(err)) && strstr(err, "bogus"), "unknown fault key");
	}
	{
		const char *d[] = { "mlx5", NULL }, *f[] = { "eintr,dev=fwctl7", NULL };

		ok(world_err(d, f, err, sizeof(err)), "fault dev matching nothing refused");
	}
	{
		const char *d[] = { "mlx5", NULL }, *f[] = { "vendor", NULL };

		ok(world_err(d, f, err, sizeof(err)) && strstr(err, "name="), "vendor needs name=");
	}
	{
		const char *d[] = { "mlx5,pci=0000:08:00.0,count=3,netdev=eth4,rdma=roce",
				    "cxl,count=2,memdev=mem5", "mlx5,count=2", NULL };
		struct emu_world *w = t_world(d, NULL);

		is_int(w->n_devs, 7, "count expands");
		ok(!strcmp(w->devs[1]->pci_address, "0000:08:00.1") &&
		     !strcmp(w->devs[2]->pci_address, "0000:08:00.2"), "pci=ADDR walks functions");
		ok(!strcmp(w->devs[1]->netdev, "eth5") && !strcmp(w->devs[2]->netdev, "eth6"),
		     "netdev series");
		ok(!strcmp(w->devs[0]->rdma, "roce") && !strcmp(w->devs[1]->rdma, "roce1"),
		     "rdma series without digits");
		ok(!strcmp(w->devs[3]->memdev, "mem5") && !strcmp(w->devs[4]->memdev, "mem6"),
		     "memdev series");
		ok(!strcmp(w->devs[5]->rdma, "mlx5_0") && !strcmp(w->devs[6]->rdma, "mlx5_1"),
		     "automatic rdma names are the lowest free");
		ok(!strcmp(w->devs[6]->name, "fwctl6") && w->devs[6]->index == 6, "fwctlN order");
		emu_world_free(w);
	}
	{
		const char *d[] = { "mlx5,count=2048", NULL };
		struct emu_world *w = t_world(d, NULL);
		bool uniq = true;

		for (size_t i = 1; i < w->n_devs; i++)
			uniq &= strcmp(w->devs[i]->pci_address, w->devs[i - 1]->pci_address) != 0 &&
				strcmp(w->devs[i]->netdev, w->devs[i - 1]->netdev) != 0;
		ok(w->n_devs == 2048 && uniq, "2048 devices with unique addresses");
		emu_world_free(w);
	}
	return tap_done();
}
