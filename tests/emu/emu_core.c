// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * The fwctl core (drivers/fwctl/main.c) as an independent model: ioctl
 * number, struct size rules, removal, INFO device data, RPC length and
 * scope rules, taint; then the driver.  Faults are applied here so every
 * driver gets them for free.  Order of checks follows shared/kernel-abi.md
 * section 2, because tools depend on which errno wins.
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "emu_int.h"

/* copy_struct_from_user(): bytes beyond the kernel's struct must be zero. */
static int check_tail(const void *arg, size_t arg_size, uint32_t user_size, size_t ksize)
{
	const uint8_t *p = arg;

	if (user_size <= ksize)
		return 0;
	if (arg_size < user_size)
		return -EFAULT;    /* the transport could not fetch what was declared */
	for (size_t i = ksize; i < user_size; i++)
		if (p[i])
			return -E2BIG;
	return 0;
}

static int core_info(struct emu_dev *dev, struct fwctl_info *info, struct emu_mem *mem)
{
	uint32_t user_len = info->device_data_len;
	size_t drv_len = 0;

	if (info->flags)
		return -EOPNOTSUPP;
	dev->infos++;
	if (user_len) {
		const void *data = NULL;
		uint8_t *buf;
		int rc;

		/* An emulator limit, not the kernel's: it would clear_user() any size. */
		if (user_len > EMU_MAX_INFO_LEN)
			return -EFAULT;
		if (dev->drv->info)
			data = dev->drv->info(dev, &drv_len);
		else
			drv_len = 0;
		buf = calloc(1, user_len);
		if (!buf)
			return -ENOMEM;
		/* copy_to_user_zero_pad(): the whole user buffer is written. */
		if (data)
			memcpy(buf, data, EMU_MIN(drv_len, (size_t)user_len));
		rc = mem->write(mem, EMU_MEM_ARG, offsetof(struct fwctl_info, out_device_data),
				buf, user_len);
		free(buf);
		if (rc)
			return rc;
	}
	info->out_device_type = dev->drv->device_type;
	info->device_data_len = (uint32_t)drv_len;
	return 0;
}

static const struct emu_fault *find_fault(struct emu_dev *dev, enum emu_fault_kind kind,
					  uint64_t seq)
{
	struct emu_world *w = dev->world;

	for (size_t i = 0; i < w->n_faults; i++)
		if (w->faults[i].kind == kind && emu_fault_hits(&w->faults[i], dev, seq))
			return &w->faults[i];
	return NULL;
}

static void sleep_ms(uint64_t ms)
{
	struct timespec ts = { .tv_sec = (time_t)(ms / 1000), .tv_nsec = (long)(ms % 1000) * 1000000 };

	while (nanosleep(&ts, &ts) && errno == EINTR)
		;
}

/* Faults that change the reply after the driver answered. */
static void reply_faults(struct emu_dev *dev, uint64_t seq, uint8_t *out, const size_t *out_len,
			 uint32_t user_out_len, size_t *reported)
{
	const struct emu_fault *f;
	uint64_t v;

	if ((f = find_fault(dev, EMU_FAULT_FW_STATUS, seq)) && dev->drv->inject_status)
		dev->drv->inject_status(dev, out, *out_len, f->status);
	if ((f = find_fault(dev, EMU_FAULT_GARBAGE, seq))) {
		uint64_t keep = 0, seed;

		emu_spec_get_u64(f->args, "keep", 0, &keep);
		emu_spec_get_u64(f->args, "seed", dev->world->noise_seed, &seed);
		if (keep < *out_len)
			emu_fill_noise(out + keep, *out_len - keep, seed ^ (seq * 0x100000001b3ull));
	}
	if ((f = find_fault(dev, EMU_FAULT_SHORT, seq))) {
		/* The firmware wrote less: the rest of the buffer stays zero. */
		emu_spec_get_u64(f->args, "len", *out_len / 2, &v);
		if (v < *out_len) {
			memset(out + v, 0, *out_len - v);
			*reported = v;
		}
	}
	if ((f = find_fault(dev, EMU_FAULT_OVERSIZE, seq))) {
		emu_spec_get_u64(f->args, "len", (uint64_t)user_out_len + 4096, &v);
		if (v <= user_out_len)
			v = (uint64_t)user_out_len + 1;
		*reported = v > UINT32_MAX ? UINT32_MAX : v;
	}
}

static int core_rpc(struct emu_dev *dev, struct fwctl_rpc *rpc, struct emu_mem *mem)
{
	struct emu_dev_priv *p = emu_dev_priv(dev);
	const struct emu_fault *f;
	size_t out_len, reported;
	void *in = NULL, *out;
	uint64_t seq;
	int errnum = 0, rc;

	if (rpc->in_len > FWCTL_MAX_RPC_LEN || rpc->out_len > FWCTL_MAX_RPC_LEN)
		return -EMSGSIZE;
	switch (rpc->scope) {
	case FWCTL_RPC_CONFIGURATION:
	case FWCTL_RPC_DEBUG_READ_ONLY:
		break;
	case FWCTL_RPC_DEBUG_WRITE_FULL:
		if (!dev->world->cap_sys_rawio)
			return -EPERM;
		__attribute__((fallthrough));   /* clang needs the attribute */
	case FWCTL_RPC_DEBUG_WRITE:
		/* Before the driver looks at the command: a refused RPC still taints. */
		emu_world_taint(dev->world);
		break;
	default:
		return -EOPNOTSUPP;
	}

	seq = p->rpc_seq++;
	if (find_fault(dev, EMU_FAULT_ENODEV, seq)) {
		dev->removed = true;
		return -ENODEV;
	}
	if (find_fault(dev, EMU_FAULT_EINTR, seq))
		return -EINTR;
	if (!dev->world->transport_waits && (f = find_fault(dev, EMU_FAULT_SLOW, seq)))
		sleep_ms(f->delay_ms);

	/* kvzalloc(in_len) + copy_from_user(); in_len may be 0. */
	in = calloc(1, rpc->in_len ? rpc->in_len : 1);
	if (!in)
		return -ENOMEM;
	rc = mem->read(mem, EMU_MEM_ARG, offsetof(struct fwctl_rpc, in), in, rpc->in_len);
	if (rc) {
		free(in);
		return rc;
	}
	dev->rpcs++;
	dev->rpcs_by_scope[rpc->scope]++;
	if (dev->n_rpc_log < EMU_RPC_LOG) {
		size_t n = rpc->in_len < 8 ? rpc->in_len : 8;

		dev->rpc_log[dev->n_rpc_log].scope = rpc->scope;
		dev->rpc_log[dev->n_rpc_log].len = (uint32_t)n;
		memcpy(dev->rpc_log[dev->n_rpc_log].head, in, n);
		dev->n_rpc_log++;
	}
	out_len = rpc->out_len;
	p->in_rpc = true;
	p->cur_seq = seq;
	out = dev->drv->fw_rpc(dev, rpc->scope, in, rpc->in_len, &out_len, &errnum, mem);
	p->in_rpc = false;
	if (!out) {
		free(in);
		return errnum ? -abs(errnum) : -EIO;
	}
	if (out != in)
		free(in);
	reported = out_len;
	reply_faults(dev, seq, out, &out_len, rpc->out_len, &reported);
	rc = mem->write(mem, EMU_MEM_ARG, offsetof(struct fwctl_rpc, out), out,
			EMU_MIN((size_t)rpc->out_len, out_len));
	free(out);
	if (rc)
		return rc;
	rpc->out_len = (uint32_t)reported;
	return 0;
}

uint64_t emu_core_rpc_delay_ms(struct emu_dev *dev, unsigned long request)
{
	uint64_t seq = emu_dev_priv(dev)->rpc_seq;
	const struct emu_fault *f;

	/* The faults core_rpc() checks first answer at once. */
	if (request != FWCTL_IOCTL_RPC || dev->removed || find_fault(dev, EMU_FAULT_ENODEV, seq) ||
	    find_fault(dev, EMU_FAULT_EINTR, seq))
		return 0;
	f = find_fault(dev, EMU_FAULT_SLOW, seq);
	return f ? f->delay_ms : 0;
}

int emu_core_ioctl(struct emu_dev *dev, unsigned long request, void *arg, size_t arg_size,
		   struct emu_mem *mem)
{
	size_t ksize, min_size;
	uint32_t user_size;
	int rc;

	if (request == FWCTL_IOCTL_INFO) {
		ksize = min_size = sizeof(struct fwctl_info);
	} else if (request == FWCTL_IOCTL_RPC) {
		ksize = min_size = sizeof(struct fwctl_rpc);
	} else {
		return -ENOTTY;
	}
	if (arg_size < sizeof(uint32_t))
		return -EFAULT;
	memcpy(&user_size, arg, sizeof(user_size));
	if (user_size < min_size)
		return -EINVAL;
	if (arg_size < min_size)
		return -EFAULT;
	rc = check_tail(arg, arg_size, user_size, ksize);
	if (rc)
		return rc;
	/* The kernel checks for an unregistered device only after copying the struct. */
	if (dev->removed)
		return -ENODEV;

	if (request == FWCTL_IOCTL_INFO) {
		struct fwctl_info info;

		memcpy(&info, arg, sizeof(info));
		rc = core_info(dev, &info, mem);
		if (!rc)
			memcpy(arg, &info, sizeof(info));
	} else {
		struct fwctl_rpc rpc;

		memcpy(&rpc, arg, sizeof(rpc));
		rc = core_rpc(dev, &rpc, mem);
		if (!rc)
			memcpy(arg, &rpc, sizeof(rpc));
	}
	return rc;
}
