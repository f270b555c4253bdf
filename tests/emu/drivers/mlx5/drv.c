// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * The mlx5 fwctl driver's rules (drivers/fwctl/mlx5/main.c, as described
 * in shared/kernel-abi.md section 3): header length checks (EMSGSIZE),
 * opcode allow-list per scope (EBADMSG), UID forced into the in header,
 * firmware status returned with ioctl success, out_len left as the user's.
 * The allow-list is our own table, independent of the tool's tables.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "emu_mlx5.h"

#define ACCESS_REG 0x805
#define ACCESS_REGISTER_USER 0xb0c

/* Allowed at every scope (CONFIGURATION and up). */
static const uint16_t allow_config[] = {
	0x823, /* MODIFY_CONG_STATUS */      0xb2e, /* POSTPONE_CONNECTED_QP_TIMEOUT */
	0x101, /* QUERY_ADAPTER */           0x740, /* QUERY_ESW_FUNCTIONS */
	0x100, /* QUERY_HCA_CAP */           0x762, /* QUERY_HCA_VPORT_CONTEXT */
	0x10e, /* QUERY_OTHER_HCA_CAP */     0x760, /* QUERY_ROCE_ADDRESS */
	0xb22, /* QUERY_VUID */              0x731, /* DELEGATE_VHCA_MANAGEMENT */
	0x109, /* SET_HCA_CAP */
};

/* Allowed from DEBUG_READ_ONLY up. */
static const uint16_t allow_debug_ro[] = {
	0x964, 0x962, 0x80d, 0x971, 0x813, 0x981, 0x824, 0x826, 0x822, 0x402, 0xb14,
	0x716, 0x713, 0x911, 0x821, 0x819, 0xb28, 0xb2a, 0x10c, 0xb03, 0xb2f, 0xb0f,
	0x303, 0x752, 0x93b, 0x935, 0x937, 0x932, 0xa02, 0x764, 0x765, 0x10a, 0x82a,
	0x842, 0x80b, 0xb13, 0x201, 0x942, 0x8001, 0x754, 0x722, 0xb02, 0x728, 0x93f,
	0x107, 0x602, 0x773, 0x50b, 0x781, 0x512, 0xb05, 0xb07, 0x90f, 0x90b, 0x919,
	0x8000, 0x8006, 0x784, 0x111, 0x203, 0x907, 0x702, 0x903, 0x915, 0xa05, 0xa09,
	0x117 /* QUERY_VHCA_MIGRATION_STATE */, 0xb0d /* QUERY_VHCA_STATE */,
	0x76f, 0x770, 0x750, 0x831, 0x707, 0x725, 0x727, 0x719, 0xb08, 0xb0a,
	0x730, 0x732,
};

/* Allowed from DEBUG_WRITE up. */
static const uint16_t allow_debug_write[] = {
	0x820, /* SET_DIAGNOSTIC_PARAMS */
};

static bool listed(const uint16_t *list, size_t n, uint16_t op)
{
	for (size_t i = 0; i < n; i++)
		if (list[i] == op)
			return true;
	return false;
}

/* mlx5ctl_validate_rpc(): true if opcode/op_mod may run at this scope. */
bool emu_mlx5_allowed(uint16_t opcode, uint16_t op_mod, uint32_t scope)
{
	if (opcode == ACCESS_REG || opcode == ACCESS_REGISTER_USER) {
		/* The quirk: register writes are CONFIGURATION, reads need debug. */
		if (op_mod == 0)
			return true;
		return scope >= FWCTL_RPC_DEBUG_READ_ONLY;
	}
	if (listed(allow_config, EMU_ARRAY_SIZE(allow_config), opcode))
		return true;
	if (listed(allow_debug_ro, EMU_ARRAY_SIZE(allow_debug_ro), opcode))
		return scope >= FWCTL_RPC_DEBUG_READ_ONLY;
	if (listed(allow_debug_write, EMU_ARRAY_SIZE(allow_debug_write), opcode))
		return scope >= FWCTL_RPC_DEBUG_WRITE;
	return false;
}

static void *mlx5_fw_rpc(struct emu_dev *dev, uint32_t scope, void *in, size_t in_len,
			 size_t *out_len, int *errnum, struct emu_mem *mem)
{
	struct emu_mlx5 *m = emu_mlx5(dev);
	uint8_t *rin = in, *rout;

	(void)mem;
	if (in_len < EMU_MLX5_HDR || *out_len < EMU_MLX5_HDR) {
		*errnum = EMSGSIZE;
		return NULL;
	}
	if (!emu_mlx5_allowed(emu_get_be16(rin + MLX5_IN_OPCODE_OFF),
			      emu_get_be16(rin + MLX5_IN_OP_MOD_OFF), scope)) {
		*errnum = EBADMSG;
		return NULL;
	}
	/* The kernel reuses the in buffer when the answer fits in it. */
	if (*out_len <= in_len) {
		rout = rin;
	} else {
		rout = calloc(1, *out_len);
		if (!rout) {
			*errnum = ENOMEM;
			return NULL;
		}
	}
	emu_put_be16(rin + MLX5_IN_UID_OFF, (uint16_t)m->info.uid);
	if (rout == rin) {
		/* The firmware reads the command before it writes the answer. */
		uint8_t *copy = malloc(in_len);

		if (!copy) {
			*errnum = ENOMEM;
			return NULL;
		}
		memcpy(copy, rin, in_len);
		emu_mlx5_fw_exec(dev, copy, in_len, rout, *out_len);
		free(copy);
	} else {
		emu_mlx5_fw_exec(dev, rin, in_len, rout, *out_len);
	}
	/* *out_len stays the user's: the whole mailbox is the answer. */
	return rout;
}

static const void *mlx5_info(struct emu_dev *dev, size_t *len)
{
	*len = sizeof(struct fwctl_info_mlx5);
	return &emu_mlx5(dev)->info;
}

static void mlx5_inject_status(struct emu_dev *dev, uint8_t *out, size_t out_len, uint64_t status)
{
	(void)dev;
	if (out_len < EMU_MLX5_HDR)
		return;
	out[MLX5_OUT_STATUS_OFF] = (uint8_t)status;
	emu_put_be32(out + MLX5_OUT_SYNDROME_OFF, 0x00fa0000u | (uint32_t)(status & 0xff));
}

static int mlx5_probe(struct emu_dev *dev, char *errbuf, size_t errlen)
{
	static const char *const keys[] = { "uid", "uctx_caps", "vhca_id",
					    "crspace", "seed", NULL };  /* fw_rscdump.c */
	const char *pname = emu_spec_get(dev->spec, "profile", "cx6dx");
	const struct emu_mlx5_profile *prof = NULL;
	unsigned same_profile = 0;
	uint64_t uid, caps, vhca;
	struct emu_mlx5 *m;
	int rc;

	rc = emu_spec_check_keys(dev, keys, errbuf, errlen);
	if (rc)
		return rc;
	/* An inconsistent model (cur > max, value wider than its field) is a bug here. */
	if (emu_mlx5_tables_check()) {
		snprintf(errbuf, errlen, "mlx5 firmware tables: %s", emu_mlx5_tables_check());
		return -EINVAL;
	}
	prof = emu_mlx5_profile_find(pname);
	if (!prof) {
		snprintf(errbuf, errlen, "unknown mlx5 profile '%s' (known: %s)", pname,
			 emu_mlx5_profile_names);
		return -EINVAL;
	}
	/* Devices of one profile differ in vhca_id (one per function). */
	for (size_t i = 0; i < dev->world->n_devs; i++) {
		struct emu_dev *o = dev->world->devs[i];

		if (o->drv == dev->drv && emu_mlx5(o)->prof == prof)
			same_profile++;
	}
	if (emu_spec_get_u64(dev->spec, "uid", prof->uid, &uid) || uid > 0xffff ||
	    emu_spec_get_u64(dev->spec, "uctx_caps", prof->uctx_caps, &caps) || caps > 0xffffffffu ||
	    emu_spec_get_u64(dev->spec, "vhca_id", prof->vhca_id + same_profile, &vhca) ||
	    vhca > 0xffff) {
		snprintf(errbuf, errlen, "bad number in mlx5 spec");
		return -EINVAL;
	}
	m = calloc(1, sizeof(*m));
	if (!m)
		return -ENOMEM;
	m->prof = prof;
	m->info.uid = (uint32_t)uid;
	m->info.uctx_caps = (uint32_t)caps;
	m->vhca_id = (uint16_t)vhca;
	dev->drvdata = m;
	if (!emu_spec_get(dev->spec, "device_id", NULL))
		dev->pci_device = prof->pci_device;
	emu_mlx5_fw_init(dev);
	return 0;
}

static void mlx5_remove(struct emu_dev *dev)
{
	struct emu_mlx5 *m = emu_mlx5(dev);

	if (!m)
		return;
	if (m->ext_free)
		m->ext_free(m->ext);
	emu_mlx5_fw_free(dev);
	free(m);
	dev->drvdata = NULL;
}

static char *mlx5_describe(struct emu_dev *dev)
{
	struct emu_mlx5 *m = emu_mlx5(dev);
	const struct emu_mlx5_profile *p = m->prof;
	char *rd = emu_mlx5_rsc_dump_describe(dev);
	char types[16 * 8] = "", *s = NULL;
	size_t used = 0;

	/* The capability types this generation answers, for test authors. */
	for (size_t i = 0; i < p->n_cap_types && used < sizeof(types) - 8; i++)
		used += (size_t)snprintf(types + used, sizeof(types) - used, "%s%u", i ? "," : "",
					 p->cap_types[i]);
	if (asprintf(&s, "{\"profile\":\"%s\",\"uid\":%u,\"uctx_caps\":%u,\"vhca_id\":%u,"
		     "\"psid\":\"%s\",\"cap_types\":[%s],\"diag_counters\":%zu,"
		     "\"ppcnt_groups\":%zu,\"rsc_dump\":%s}", p->name, m->info.uid,
		     m->info.uctx_caps, m->vhca_id, p->psid, types, p->n_diag, p->n_ppcnt_groups,
		     rd ? rd : "null") < 0)
		s = NULL;
	free(rd);
	return s;
}

const struct emu_driver emu_drv_mlx5 = {
	.name = "mlx5",
	.device_type = FWCTL_DEVICE_TYPE_MLX5,
	.parent = EMU_PARENT_PCI,
	.pci_driver = "mlx5_core",
	.pci_vendor = 0x15b3,
	.default_pci_device = 0x101d,
	.has_netdev = true,
	.has_rdma = true,
	.probe = mlx5_probe,
	.remove = mlx5_remove,
	.info = mlx5_info,
	.fw_rpc = mlx5_fw_rpc,
	.inject_status = mlx5_inject_status,
	.describe = mlx5_describe,
};
