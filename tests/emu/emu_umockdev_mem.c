// SPDX-License-Identifier: GPL-2.0-or-later
/* emu_mem for fwctl-emu: caller memory through umockdev_ioctl_data_resolve(). */
#include <errno.h>
#include <string.h>

#include "emu_int.h"
#include "emu_umockdev.h"

static UMockdevIoctlData *lookup(struct emu_umd_mem *m, enum emu_mem_parent parent,
				 size_t off, size_t *len)
{
	for (size_t i = 0; i < m->n_child; i++)
		if (m->child[i].parent == parent && m->child[i].off == off) {
			*len = m->child[i].len;
			return m->child[i].data;
		}
	return NULL;
}

static int get(struct emu_umd_mem *m, enum emu_mem_parent parent, size_t off, size_t len,
	       UMockdevIoctlData **out)
{
	UMockdevIoctlData *pd, *c;
	GError *err = NULL;
	size_t have;
	uint64_t ptr;

	if ((c = lookup(m, parent, off, &have))) {
		if (len > have)
			return -EFAULT;
		*out = c;
		return 0;
	}
	if (parent == EMU_MEM_ARG) {
		pd = m->arg;
	} else {
		/* The RPC's input buffer, fetched by the core before any driver access. */
		pd = lookup(m, EMU_MEM_ARG, offsetof(struct fwctl_rpc, in), &have);
	}
	if (!pd || m->n_child == EMU_UMD_MAX_CHILDREN || off + sizeof(ptr) > (size_t)pd->data_len)
		return -EFAULT;
	memcpy(&ptr, pd->data + off, sizeof(ptr));
	if (!ptr)
		return -EFAULT;       /* resolve() would return NULL and remember nothing useful */
	c = umockdev_ioctl_data_resolve(pd, off, len, &err);
	if (!c) {
		g_clear_error(&err);
		return -EFAULT;
	}
	m->child[m->n_child].parent = parent;
	m->child[m->n_child].off = off;
	m->child[m->n_child].len = len;
	m->child[m->n_child].data = c;
	m->n_child++;
	*out = c;
	return 0;
}

static int umd_read(struct emu_mem *mem, enum emu_mem_parent parent, size_t ptr_off,
		    void *dst, size_t len)
{
	struct emu_umd_mem *m = mem->priv;
	UMockdevIoctlData *c;
	int rc;

	if (!len)
		return 0;
	rc = get(m, parent, ptr_off, len, &c);
	if (!rc)
		memcpy(dst, c->data, len);
	return rc;
}

static int umd_write(struct emu_mem *mem, enum emu_mem_parent parent, size_t ptr_off,
		     const void *src, size_t len)
{
	struct emu_umd_mem *m = mem->priv;
	UMockdevIoctlData *c;
	int rc;

	if (!len)
		return 0;
	rc = get(m, parent, ptr_off, len, &c);
	if (!rc)
		memcpy(c->data, src, len);
	return rc;
}

void emu_umd_mem_init(struct emu_umd_mem *m, UMockdevIoctlData *arg)
{
	memset(m, 0, sizeof(*m));
	m->arg = arg;
	m->mem.read = umd_read;
	m->mem.write = umd_write;
	m->mem.priv = m;
}

void emu_umd_mem_release(struct emu_umd_mem *m)
{
	for (size_t i = 0; i < m->n_child; i++)
		g_object_unref(m->child[i].data);
	m->n_child = 0;
}
