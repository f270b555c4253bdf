// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * Emulated bnxt_fwctl kernel driver (shared/bnxt-abi.md section 5): length
 * checks, then the ULP-stopped state and the allow-list (EPERM), then the
 * bnxt_en send path: seq_id/resp_addr overwritten, cmpl_ring/target_id
 * passed through (cmpl_ring != 0xFFFF is modelled as a timeout, so a
 * client that forgets it is caught), a zero-filled response of exactly
 * out_len holding min(resp_len, out_len) firmware bytes with `valid`
 * cleared, kernel errors in-band as (u16)-errno, out_len unchanged.
 *
 * The allow-list below is this model's own table, not the tool's.
 *
 * Spec keys: profile=bcm57414|bcm57508, kong=0|1, link=up|down, temp=C,
 * stopped=0|1, nvm_delay_ms=N (long NVM commands hold the device lock),
 * trace=FILE (one JSON line per RPC that reaches the driver),
 * kernel=7.2|7.3 (default 7.3: the DMA commands of kdma.c and
 * DBG_COREDUMP_INITIATE, uctx_caps 0xF), coredump=SIZE (firmware coredump
 * bytes, default 1M), segments=N (default 6), list_page=N (segment records
 * per COREDUMP_LIST page, default 4), qcfg_size=N (DBG_QCFG coredump_size
 * override), roce=0|1 (RoCE statistics, default 1).
 *
 * The 7.3 DMA path follows drivers/fwctl/bnxt/main.c: request size and
 * buffer lengths (EINVAL) before permission (EPERM); host-to-device
 * buffers copied in before sending (EFAULT); every device-to-host buffer
 * copied back whole, whatever the firmware wrote (EFAULT drops the
 * response).
 * Vendor faults (--fault vendor,name=...): bnxt-timeout (no answer:
 * error_code 0xFFF0), bnxt-stopped (ULP stopped: EPERM), bnxt-error
 * (status=N: firmware error code, default 0x2 INVALID_PARAMS; cmd_err=N),
 * bnxt-kernel (status=N: a kernel-injected code such as 0xFFED or 0xFFF4),
 * bnxt-retrieve-fail (segment=I page=K status=N: COREDUMP_RETRIEVE of the
 * I-th listed segment fails at seq_no K, default I 1, K 1, status 0x1),
 * bnxt-list-more (COREDUMP_LIST keeps `more` set), bnxt-efault (dir=from:
 * copying a buffer back fails; dir=to: copying one in fails).
 */
#include <errno.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "../../emu.h"
#include "../../emu_int.h"
#include "fw.h"
#include "kdma.h"

/* The driver's switch on req_type: 'A' any scope, 'B' scope >= 1, 'C' scope >= 2. */
static const struct { uint16_t type; char group; bool long_timeout; } allow[] = {
	{ 0x0000, 'B' }, { 0x000c, 'B' }, { 0x0011, 'A' }, { 0x0015, 'B' }, { 0x0016, 'B' },
	{ 0x0018, 'B' }, { 0x0025, 'A' }, { 0x0027, 'B' }, { 0x0028, 'B' }, { 0x002a, 'B' },
	{ 0x002b, 'C' }, { 0x002c, 'B' }, { 0x0037, 'B' }, { 0x0039, 'B' }, { 0x0047, 'B' },
	{ 0x0087, 'B' }, { 0x0088, 'B' }, { 0x008a, 'B' }, { 0x008c, 'B' }, { 0x008d, 'B' },
	{ 0x008f, 'B' }, { 0x00a0, 'B' }, { 0x00b5, 'C' }, { 0x00b6, 'B' }, { 0x00bc, 'B' },
	{ 0x00be, 'B' }, { 0x00c0, 'A' }, { 0x00c1, 'B' }, { 0x00c2, 'B' }, { 0x00c3, 'A' },
	{ 0x00c8, 'A' }, { 0x00c9, 'B' }, { 0x00da, 'B' }, { 0x00dd, 'B' }, { 0x00df, 'B' },
	{ 0x00e0, 'B' }, { 0x00e1, 'B' }, { 0x00e2, 'B' }, { 0x0112, 'B' }, { 0x0124, 'B' },
	{ 0x0190, 'B' }, { 0x0192, 'B' }, { 0x0194, 'B' }, { 0x0198, 'B' }, { 0x019c, 'B' },
	{ 0x01a1, 'B' }, { 0x01a4, 'B' }, { 0x01a8, 'B' }, { 0x01ac, 'B' }, { 0x01c3, 'B' },
	{ 0x0200, 'B' }, { 0x0232, 'B' }, { 0xff0f, 'A' }, { 0xff15, 'A' }, { 0xff16, 'A' },
	{ 0xff1c, 'B' }, { 0xff20, 'B' }, { 0xff21, 'B' }, { 0xff25, 'B' }, { 0xff26, 'B' },
	{ 0xff2e, 'B' }, { 0xff2f, 'B' }, { 0xffec, 'A', true }, { 0xffee, 'A', true },
	{ 0xfff0, 'A', true }, { 0xfff5, 'A', true }, { 0xfff6, 'B' }, { 0xfff7, 'A', true },
	{ 0xfff8, 'A', true }, { 0xfff9, 'A' }, { 0xfffb, 'B' },
};
#define N_ALLOW (sizeof(allow) / sizeof(allow[0]))
_Static_assert(N_ALLOW == 71, "the kernel's list has 71 commands");
/* 7.3 adds one command without a buffer to group B. */
#define REQ_COREDUMP_INITIATE 0xff18

#define KERNEL_EBUSY  0xfff0
#define KERNEL_EINVAL 0xffea
#define TARGET_KONG   0xfff9

struct bnxt_state {
	pthread_mutex_t lock;            /* edev->en_dev_lock: one RPC at a time */
	struct fwctl_info_bnxt info;
	struct emu_bnxt_fw fw;
	uint16_t seq;                    /* the kernel's HWRM sequence counter */
	uint64_t calls;                  /* RPCs that reached this driver */
	uint64_t cmpl_ring_not_ffff;     /* requests modelled as timeouts for that */
	uint64_t target_not_ffff;
	uint64_t eperm, einval, timeouts, fw_errors, efault, dma_rpcs;
	uint64_t nvm_delay_ms;
	bool kernel73;
	char *trace;
};

static const char *spec_get(const struct emu_dev *dev, const char *key, const char *def)
{
	if (!dev->spec)
		return def;
	for (size_t i = 0; i < dev->spec->n_kv; i++)
		if (dev->spec->kv[i].key && strcmp(dev->spec->kv[i].key, key) == 0)
			return dev->spec->kv[i].value ? dev->spec->kv[i].value : "";
	return def;
}

static int spec_num(const struct emu_dev *dev, const char *key, uint64_t def, uint64_t *out,
		    char *errbuf, size_t errlen)
{
	const char *s = spec_get(dev, key, NULL);
	char *end;

	*out = def;
	if (!s)
		return 0;
	errno = 0;
	*out = strtoull(s, &end, 0);
	if (errno || end == s || *end) {
		snprintf(errbuf, errlen, "bnxt: %s=%s is not a number", key, s);
		return -1;
	}
	return 0;
}

/* The 7.3 keys: kernel version, coredump shape, RoCE. */
static int probe_dma(struct emu_dev *dev, struct bnxt_state *st, char *errbuf, size_t errlen)
{
	const char *k = spec_get(dev, "kernel", "7.3");
	uint64_t size, segs, page, qcfg, roce;

	if (strcmp(k, "7.3") != 0 && strcmp(k, "7.2") != 0) {
		snprintf(errbuf, errlen, "bnxt: kernel=%s: expected 7.2 or 7.3", k);
		return -1;
	}
	st->kernel73 = strcmp(k, "7.3") == 0;
	/* uctx_caps = INLINE | QUERY | SEND (| DMA on 7.3), the same for every fd. */
	st->info.uctx_caps = st->kernel73 ? 0xf : 0x7;
	if (emu_spec_get_u64(dev->spec, "coredump", 1u << 20, &size) ||
	    emu_spec_get_u64(dev->spec, "segments", 6, &segs) ||
	    emu_spec_get_u64(dev->spec, "list_page", 4, &page) ||
	    emu_spec_get_u64(dev->spec, "qcfg_size", 0, &qcfg) ||
	    emu_spec_get_u64(dev->spec, "roce", 1, &roce)) {
		snprintf(errbuf, errlen, "bnxt: coredump, segments, list_page, qcfg_size, roce: numbers");
		return -1;
	}
	if (segs < 1 || segs > EMU_BNXT_MAX_SEGS || page < 1 || page > 128 || size > (1ull << 32) - 1) {
		snprintf(errbuf, errlen, "bnxt: segments=1..%d, list_page=1..128, coredump < 4G",
			 EMU_BNXT_MAX_SEGS);
		return -1;
	}
	emu_bnxt_dump_init(&st->fw.dump, size, (unsigned int)segs, (uint32_t)page);
	if (qcfg)
		st->fw.dump.qcfg_size = (uint32_t)qcfg;
	st->fw.roce = roce != 0;
	return 0;
}

static int bnxt_probe(struct emu_dev *dev, char *errbuf, size_t errlen)
{
	struct bnxt_state *st = calloc(1, sizeof(*st));
	const char *profile = spec_get(dev, "profile", "bcm57414");
	const char *link = spec_get(dev, "link", "up");
	uint64_t v;

	static const char *const keys[] = { "kong", "link", "temp", "stopped", "nvm_delay_ms",
					    "trace", "kernel", "coredump", "segments", "list_page",
					    "qcfg_size", "roce", NULL };

	if (emu_spec_check_keys(dev, keys, errbuf, errlen)) {
		free(st);
		return -1;
	}
	if (!st) {
		snprintf(errbuf, errlen, "bnxt: out of memory");
		return -1;
	}
	if (strcmp(profile, "bcm57414") != 0 && strcmp(profile, "bcm57508") != 0) {
		snprintf(errbuf, errlen, "bnxt: profile=%s: expected bcm57414 or bcm57508", profile);
		free(st);
		return -1;
	}
	if (strcmp(link, "up") != 0 && strcmp(link, "down") != 0) {
		snprintf(errbuf, errlen, "bnxt: link=%s: expected up or down", link);
		free(st);
		return -1;
	}
	pthread_mutex_init(&st->lock, NULL);
	emu_bnxt_fw_init(&st->fw, profile);
	if (probe_dma(dev, st, errbuf, errlen) < 0)
		goto fail;
	st->fw.link_up = strcmp(link, "up") == 0;
	if (!spec_get(dev, "device_id", NULL))   /* the profile's chip, unless given */
		dev->pci_device = st->fw.chip_num;
	if (spec_num(dev, "kong", 0, &v, errbuf, errlen) < 0)
		goto fail;
	st->fw.kong = v != 0;
	if (spec_num(dev, "temp", st->fw.temp, &v, errbuf, errlen) < 0)
		goto fail;
	st->fw.temp = (uint8_t)v;
	if (spec_num(dev, "stopped", 0, &v, errbuf, errlen) < 0)
		goto fail;
	dev->stopped = v != 0;
	if (spec_num(dev, "nvm_delay_ms", 0, &st->nvm_delay_ms, errbuf, errlen) < 0)
		goto fail;
	if (spec_get(dev, "trace", NULL)) {
		st->trace = strdup(spec_get(dev, "trace", NULL));
		if (!st->trace)
			goto fail;
	}
	dev->drvdata = st;
	return 0;
fail:
	pthread_mutex_destroy(&st->lock);
	free(st);
	return -1;
}

static void bnxt_remove(struct emu_dev *dev)
{
	struct bnxt_state *st = dev->drvdata;

	if (!st)
		return;
	pthread_mutex_destroy(&st->lock);
	free(st->trace);
	free(st);
	dev->drvdata = NULL;
}

static const void *bnxt_info(struct emu_dev *dev, size_t *len)
{
	struct bnxt_state *st = dev->drvdata;

	*len = sizeof(st->info);
	return &st->info;
}

static uint16_t le16(const uint8_t *p) { return (uint16_t)(p[0] | p[1] << 8); }
static void put_le16(uint8_t *p, uint16_t v) { p[0] = (uint8_t)v; p[1] = (uint8_t)(v >> 8); }

/* Is a vendor fault `name` active for this (0-based) RPC of the device? */
static const struct emu_fault *vendor_fault(struct emu_dev *dev, const char *name, uint64_t idx)
{
	struct emu_world *w = dev->world;

	for (size_t i = 0; w && i < w->n_faults; i++) {
		const struct emu_fault *f = &w->faults[i];

		if (f->kind != EMU_FAULT_VENDOR || !f->name || strcmp(f->name, name) != 0)
			continue;
		if (f->device && strcmp(f->device, dev->name) != 0 && strcmp(f->device, "bnxt") != 0)
			continue;
		if (idx < f->after || (f->count && idx >= f->after + f->count))
			continue;
		return f;
	}
	return NULL;
}

static uint64_t fault_key(const struct emu_fault *f, const char *key, uint64_t def)
{
	if (!f->args)
		return def;
	for (size_t i = 0; i < f->args->n_kv; i++)
		if (f->args->kv[i].key && strcmp(f->args->kv[i].key, key) == 0 && f->args->kv[i].value)
			return strtoull(f->args->kv[i].value, NULL, 0);
	return def;
}

static void trace_rpc(struct bnxt_state *st, uint32_t scope, const uint8_t *in, size_t in_len,
		      size_t out_len, const char *result)
{
	FILE *f;

	if (!st->trace)
		return;
	f = fopen(st->trace, "a");
	if (!f)
		return;
	fprintf(f, "{\"req_type\":%u,\"cmpl_ring\":%u,\"target_id\":%u,\"scope\":%u,"
		"\"in_len\":%zu,\"out_len\":%zu,\"result\":\"%s\"}\n",
		in_len >= 2 ? le16(in) : 0, in_len >= 4 ? le16(in + 2) : 0,
		in_len >= 8 ? le16(in + 6) : 0, scope, in_len, out_len, result);
	fclose(f);
}

static int allowed(const struct bnxt_state *st, uint16_t type, uint32_t scope, bool *long_timeout)
{
	if (st->kernel73 && type == REQ_COREDUMP_INITIATE) {
		*long_timeout = true;
		return scope >= 1;
	}
	for (size_t i = 0; i < N_ALLOW; i++) {
		if (allow[i].type != type)
			continue;
		*long_timeout = allow[i].long_timeout;
		switch (allow[i].group) {
		case 'A': return 1;
		case 'B': return scope >= 1;
		default:  return scope >= 2;
		}
	}
	return 0;
}

/* Groups A and C change the device (resets, NVM, PHY writes); B reads. */
static bool writes_device(uint16_t type)
{
	for (size_t i = 0; i < N_ALLOW; i++)
		if (allow[i].type == type)
			return allow[i].group != 'B';
	return false;
}

/* The kernel's bounce buffers of one DMA request. */
struct dma_map {
	const struct emu_kdma_cmd *desc;
	struct emu_bnxt_dmabuf bufs[EMU_BNXT_DMA_FIELDS];
	uint32_t lens[EMU_BNXT_DMA_FIELDS];
	size_t n;
};

static void dma_free(struct dma_map *m)
{
	for (size_t i = 0; i < m->n; i++)
		free(m->bufs[i].buf);
	m->n = 0;
}

static bool efault_armed(struct emu_dev *dev, uint64_t idx, bool to_dev)
{
	const struct emu_fault *f = vendor_fault(dev, "bnxt-efault", idx);
	const char *dir = f && f->args ? emu_spec_get(f->args, "dir", "from") : "from";

	return f && (strcmp(dir, "to") == 0) == to_dev;
}

/* Allocate zeroed buffers of exactly each length; copy in host-to-device ones. */
static int dma_map_in(struct emu_dev *dev, uint64_t idx, struct dma_map *m, struct emu_mem *mem)
{
	for (size_t i = 0; i < m->desc->n; i++) {
		const struct emu_kdma_field *f = &m->desc->f[i];
		struct emu_bnxt_dmabuf *b = &m->bufs[i];

		b->buf = calloc(1, m->lens[i]);
		if (!b->buf)
			return -ENOMEM;
		b->len = m->lens[i];
		b->to_dev = f->to_dev;
		m->n++;
		if (f->to_dev && (!mem || efault_armed(dev, idx, true) ||
				  mem->read(mem, EMU_MEM_IN, f->addr_off, b->buf, b->len)))
			return -EFAULT;
	}
	return 0;
}

/* Copy every device-to-host buffer back whole (even after a firmware error). */
static int dma_unmap_out(struct emu_dev *dev, uint64_t idx, struct dma_map *m, struct emu_mem *mem)
{
	int rc = 0;

	for (size_t i = 0; i < m->n; i++) {
		if (m->bufs[i].to_dev)
			continue;
		if (!mem || efault_armed(dev, idx, false) ||
		    mem->write(mem, EMU_MEM_IN, m->desc->f[i].addr_off, m->bufs[i].buf, m->bufs[i].len))
			rc = -EFAULT;
	}
	dma_free(m);
	return rc;
}

/* Arm the firmware's coredump faults for this RPC. */
static void arm_fw_faults(struct emu_dev *dev, struct bnxt_state *st, uint64_t idx)
{
	const struct emu_fault *f = vendor_fault(dev, "bnxt-retrieve-fail", idx);

	st->fw.dump.fail_seg = f ? (int)fault_key(f, "segment", 1) : -1;
	st->fw.dump.fail_page = f ? (int)fault_key(f, "page", 1) : -1;
	st->fw.dump.fail_status = f ? (uint16_t)fault_key(f, "status", 0x1) : 0;
	st->fw.dump.list_more = vendor_fault(dev, "bnxt-list-more", idx) != NULL;
}

/* bnxt_en's send path: the answer (or injected code) in out. */
static const char *send_msg(struct emu_dev *dev, struct bnxt_state *st, uint64_t idx,
			    uint8_t *req, size_t olen, uint8_t *out, uint8_t *resp,
			    struct dma_map *m, bool long_to)
{
	uint16_t cmpl_ring = le16(req + 2), target = le16(req + 6);
	const struct emu_fault *f;
	const char *result = "ok";
	size_t rlen;

	if (target == TARGET_KONG && st->fw.kong && cmpl_ring != 0xffff) {
		put_le16(out, KERNEL_EINVAL);                /* refused locally */
		return "kong-einval";
	}
	if (cmpl_ring != 0xffff || vendor_fault(dev, "bnxt-timeout", idx)) {
		/* Waits for a completion (or an answer) that never comes. */
		put_le16(out, KERNEL_EBUSY);
		st->timeouts++;
		return cmpl_ring != 0xffff ? "timeout-cmpl-ring" : "timeout";
	}
	if ((f = vendor_fault(dev, "bnxt-kernel", idx))) {
		put_le16(out, (uint16_t)fault_key(f, "status", 0xffed));
		return "kernel-error";
	}
	if ((f = vendor_fault(dev, "bnxt-error", idx))) {
		rlen = emu_bnxt_fw_error(req, resp, (uint16_t)fault_key(f, "status", 0x2),
					 (uint8_t)fault_key(f, "cmd_err", 0));
		st->fw_errors++;
		result = "fw-error";
	} else {
		arm_fw_faults(dev, st, idx);
		rlen = emu_bnxt_fw_handle_bufs(&st->fw, req, resp, m->bufs, m->n);
		if (le16(resp) != 0)
			st->fw_errors++;
	}
	if (long_to && st->nvm_delay_ms) {
		struct timespec ts = { (time_t)(st->nvm_delay_ms / 1000),
				       (long)(st->nvm_delay_ms % 1000) * 1000000L };
		nanosleep(&ts, NULL);
	}
	/* The kernel clears `valid` (byte resp_len-1) before copying. */
	if (rlen)
		resp[rlen - 1] = 0;
	memcpy(out, resp, rlen < olen ? rlen : olen);
	return result;
}

/* The send path: the mailbox holds whole 32-bit words, zero beyond. */
static void mailbox(struct bnxt_state *st, const uint8_t *in, size_t in_len, const struct dma_map *m,
		    uint8_t *req)
{
	memcpy(req, in, in_len / 4 * 4);
	put_le16(req + 4, ++st->seq);                    /* seq_id: the kernel's */
	memset(req + 8, 0, 8);
	put_le16(req + 8, 0x1000);                       /* resp_addr: a DMA address */
	req[11] = 0xfe;
	for (size_t i = 0; i < m->n; i++) {              /* bus addresses replace user pointers */
		memset(req + m->desc->f[i].addr_off, 0, 8);
		put_le16(req + m->desc->f[i].addr_off + 2, (uint16_t)(0x2000 + i));
	}
}

/* Steps 2 and 3 of the kernel's checks for a DMA command: EINVAL. */
static int dma_check(struct bnxt_state *st, const uint8_t *in, size_t in_len, struct dma_map *m)
{
	memset(m, 0, sizeof(*m));
	m->desc = st->kernel73 ? emu_kdma_find(le16(in)) : NULL;
	if (!m->desc)
		return 0;
	if (in_len != m->desc->req_size || !emu_kdma_lengths(m->desc, in, m->lens))
		return -EINVAL;
	return 0;
}

static void *bnxt_fw_rpc(struct emu_dev *dev, uint32_t scope, void *in, size_t in_len,
			 size_t *out_len, int *errnum, struct emu_mem *mem)
{
	struct bnxt_state *st = dev->drvdata;
	const uint8_t *req_in = in;
	uint8_t req[EMU_HWRM_MAX_REQ] = { 0 };
	uint8_t *resp = NULL, *out = NULL;
	size_t olen = *out_len;
	struct dma_map m = { 0 };
	bool long_to = false;
	uint64_t idx;
	const char *result;
	int rc;

	pthread_mutex_lock(&st->lock);
	idx = st->calls++;
	/* 1-3. lengths, before permission: a disallowed command with a bad length is EINVAL */
	if (in_len < 16 || in_len > EMU_HWRM_MAX_REQ || olen < 8 || dma_check(st, in, in_len, &m)) {
		st->einval++;
		trace_rpc(st, scope, req_in, in_len, olen, "einval");
		*errnum = EINVAL;
		goto fail;
	}
	/* 4. permission: ULP stopped, then the DMA table's scope or the allow-list */
	if (vendor_fault(dev, "bnxt-stopped", idx))
		dev->stopped = true;
	if (dev->stopped || (m.desc ? scope < m.desc->scope : !allowed(st, le16(req_in), scope, &long_to))) {
		st->eperm++;
		trace_rpc(st, scope, req_in, in_len, olen, dev->stopped ? "eperm-stopped" : "eperm");
		*errnum = EPERM;
		goto fail;
	}
	if (!m.desc && writes_device(le16(req_in)))
		dev->writes++;
	out = calloc(1, olen);          /* zero-filled response of exactly out_len */
	resp = malloc(EMU_HWRM_RESP_AREA);
	if (!out || !resp) {
		*errnum = ENOMEM;
		goto fail;
	}
	if (le16(req_in + 2) != 0xffff)
		st->cmpl_ring_not_ffff++;
	if (le16(req_in + 6) != 0xffff)
		st->target_not_ffff++;
	/* 5, 6. bounce buffers; host-to-device ones copied in before sending */
	if (m.desc) {
		st->dma_rpcs++;
		long_to = true;
		if ((rc = dma_map_in(dev, idx, &m, mem)) < 0) {
			if (rc == -EFAULT)
				st->efault++;
			trace_rpc(st, scope, req_in, in_len, olen, rc == -EFAULT ? "efault-in" : "enomem");
			*errnum = -rc;
			goto fail;
		}
	}

	mailbox(st, req_in, in_len, &m, req);
	result = send_msg(dev, st, idx, req, olen, out, resp, &m, long_to);

	/* 7. copy back; a failure drops the response */
	if (m.desc && dma_unmap_out(dev, idx, &m, mem) < 0) {
		st->efault++;
		trace_rpc(st, scope, req_in, in_len, olen, "efault-out");
		*errnum = EFAULT;
		goto fail;
	}
	trace_rpc(st, scope, req_in, in_len, olen, result);
	free(resp);
	pthread_mutex_unlock(&st->lock);
	*out_len = olen;        /* bnxt leaves out_len unchanged */
	return out;
fail:
	dma_free(&m);
	free(resp);
	free(out);
	pthread_mutex_unlock(&st->lock);
	return NULL;
}

/* Core FW_STATUS fault: the answer becomes a firmware error response. */
static void bnxt_inject_status(struct emu_dev *dev, uint8_t *out, size_t out_len, uint64_t status)
{
	(void)dev;
	if (out_len < 8)
		return;
	put_le16(out, (uint16_t)status);
	memset(out + 8, 0, out_len - 8);
	put_le16(out + 6, 16);
}

static char *bnxt_describe(struct emu_dev *dev)
{
	struct bnxt_state *st = dev->drvdata;
	char *s = NULL;

	char *dma = emu_bnxt_fw_describe_dma(&st->fw);

	if (!dma)
		return NULL;
	if (asprintf(&s, "{\"chip_num\":%u,\"kong\":%s,\"stopped\":%s,\"rpcs_seen\":%llu,"
		     "\"cmpl_ring_not_ffff\":%llu,\"target_not_ffff\":%llu,\"eperm\":%llu,"
		     "\"einval\":%llu,\"timeouts\":%llu,\"fw_errors\":%llu,\"kernel\":\"%s\","
		     "\"uctx_caps\":%u,\"dma_rpcs\":%llu,\"efault\":%llu,%s}",
		     st->fw.chip_num, st->fw.kong ? "true" : "false", dev->stopped ? "true" : "false",
		     (unsigned long long)st->calls, (unsigned long long)st->cmpl_ring_not_ffff,
		     (unsigned long long)st->target_not_ffff, (unsigned long long)st->eperm,
		     (unsigned long long)st->einval, (unsigned long long)st->timeouts,
		     (unsigned long long)st->fw_errors, st->kernel73 ? "7.3" : "7.2",
		     st->info.uctx_caps, (unsigned long long)st->dma_rpcs,
		     (unsigned long long)st->efault, dma) < 0)
		s = NULL;
	free(dma);
	return s;
}

const struct emu_driver emu_drv_bnxt = {
	.name = "bnxt",
	.device_type = FWCTL_DEVICE_TYPE_BNXT,
	.parent = EMU_PARENT_PCI,
	.pci_driver = "bnxt_en",
	.pci_vendor = 0x14e4,
	.default_pci_device = 0x16d7,
	.has_netdev = true,
	.has_rdma = false,
	.probe = bnxt_probe,
	.remove = bnxt_remove,
	.info = bnxt_info,
	.fw_rpc = bnxt_fw_rpc,
	.inject_status = bnxt_inject_status,
	.describe = bnxt_describe,
};
