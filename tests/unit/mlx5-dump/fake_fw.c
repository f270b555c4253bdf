// SPDX-License-Identifier: GPL-2.0-or-later
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fake_fw.h"

/* The emulator's spec helper, reduced to what fw_rscdump.c asks for. */
const char *emu_spec_get(const struct emu_spec *s, const char *key, const char *def)
{
	for (size_t i = 0; i < s->n_kv; i++)
		if (!strcmp(s->kv[i].key, key))
			return s->kv[i].value;
	return def;
}

int emu_spec_get_u64(const struct emu_spec *s, const char *key, uint64_t def, uint64_t *out)
{
	const char *v = emu_spec_get(s, key, NULL);
	char *end;

	*out = def;
	if (!v)
		return 0;
	*out = strtoull(v, &end, 0);
	if (*end == 'K' || *end == 'k')
		*out <<= 10;
	else if (*end == 'M' || *end == 'm')
		*out <<= 20;
	else if (*end == 'G' || *end == 'g')
		*out <<= 30;
	return 0;
}

static int fake_info(void *priv, struct fwctl_info *info)
{
	(void)priv;
	info->out_device_type = FWCTL_DEVICE_TYPE_MLX5;
	info->device_data_len = 0;
	return 0;
}

static int fake_rpc(void *priv, struct fwctl_rpc *r)
{
	struct fake_fw *f = priv;
	const uint8_t *in = (const uint8_t *)(uintptr_t)r->in;
	uint8_t *out = (uint8_t *)(uintptr_t)r->out;
	uint32_t syn = 0;
	int st;

	if (r->in_len < 16 || r->out_len < 16)
		return -EMSGSIZE;
	/* ACCESS_REG read needs debug-ro; anything else is not modelled here. */
	if ((in[0] << 8 | in[1]) != 0x805 || (in[6] << 8 | in[7]) != 1 ||
	    r->scope < FWCTL_RPC_DEBUG_READ_ONLY)
		return -EBADMSG;
	f->dev.rpcs++;
	f->dev.rpcs_by_scope[r->scope]++;
	if ((in[10] << 8 | in[11]) != 0xC000) {
		st = 0x3;
		syn = 0xbad;
	} else {
		st = emu_mlx5_rsc_dump_reg(&f->dev, 0, in + 16, r->in_len - 16, out + 16,
					   r->out_len - 16, &syn);
	}
	memset(out, 0, 16);
	out[0] = (uint8_t)st;
	out[4] = (uint8_t)(syn >> 24);
	out[5] = (uint8_t)(syn >> 16);
	out[6] = (uint8_t)(syn >> 8);
	out[7] = (uint8_t)syn;
	return 0;
}

static void fake_close(void *priv)
{
	(void)priv;
}

static const struct fwctl_transport_ops fake_ops = {
	.name = "fake-rscdump", .info = fake_info, .rpc = fake_rpc, .close = fake_close,
};

void fake_fw_init(struct fake_fw *f, uint64_t crspace, const char *fault_name,
		  uint64_t after, uint64_t status)
{
	memset(f, 0, sizeof(*f));
	snprintf(f->crspace, sizeof(f->crspace), "%llu", (unsigned long long)crspace);
	f->kv[0].key = (char *)"crspace";
	f->kv[0].value = f->crspace;
	f->spec.type = (char *)"mlx5";
	f->spec.kv = f->kv;
	f->spec.n_kv = 1;
	f->drv.name = "mlx5";
	f->dev.drv = &f->drv;
	f->dev.spec = &f->spec;
	f->dev.world = &f->world;
	snprintf(f->dev.name, sizeof(f->dev.name), "fwctl0");
	if (fault_name) {
		snprintf(f->fault_name, sizeof(f->fault_name), "%s", fault_name);
		f->fault.kind = EMU_FAULT_VENDOR;
		f->fault.name = f->fault_name;
		f->fault.after = after;
		f->fault.status = status;
		f->world.faults = &f->fault;
		f->world.n_faults = 1;
	}
	f->fdev.name = (char *)"fwctl0";
	f->fdev.devnode = (char *)"/dev/fwctl/fwctl0";
}

int fake_fw_open(struct fake_fw *f, struct fwctl_handle **h, struct fwctl_err *err)
{
	struct fwctl_transport t = { .ops = &fake_ops, .priv = f };

	return fwctl_open_transport(&f->fdev, t, h, err);
}
