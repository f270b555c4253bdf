/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * Emulated pds (AMD/Pensando): the kernel driver's rules (drv.c) and the
 * firmware's endpoint/operation catalogue with simple operations (fw.c).
 */
#ifndef FWCTL_EMU_PDS_H
#define FWCTL_EMU_PDS_H

#include <stddef.h>
#include <stdint.h>

#include "../../emu_int.h"

/* Firmware command attributes (PDSFC_FW_CMD_ATTR_*) and their scopes. */
enum {
	EMU_PDS_ATTR_READ = 0x00,
	EMU_PDS_ATTR_DEBUG_READ = 0x02,
	EMU_PDS_ATTR_WRITE = 0x04,
	EMU_PDS_ATTR_DEBUG_WRITE = 0x08,
	EMU_PDS_ATTR_SYNC = 0x10,
};

/* Firmware status codes (enum pds_core_status_code) used in out.retval. */
enum {
	EMU_PDS_RC_SUCCESS = 0,
	EMU_PDS_RC_EOPCODE = 2,
	EMU_PDS_RC_ENOENT = 7,
	EMU_PDS_RC_EBUSY = 12,
	EMU_PDS_RC_EINVAL = 14,
	EMU_PDS_RC_ENOSPC = 15,
	EMU_PDS_RC_ERANGE = 16,
	EMU_PDS_RC_ENOSUPP = 19,
};

/* Port settings the "port" endpoint reads and changes. */
enum { EMU_PDS_FEC_NONE = 0, EMU_PDS_FEC_FC = 1, EMU_PDS_FEC_RS = 2 };
#define EMU_PDS_MTU_MIN 68u
#define EMU_PDS_MTU_MAX 9216u

struct emu_pds_op {
	uint32_t id;        /* bits 15:0 command, 23:16 highest version */
	uint8_t attr;       /* firmware attribute, mapped to a scope by the driver */
	const char *name;
	/* Returns the firmware's err (retval); writes at most resp_len bytes. */
	uint32_t (*run)(struct emu_dev *dev, const uint8_t *req, size_t req_len,
			uint8_t *resp, size_t resp_len);
};

struct emu_pds_ep {
	uint32_t id;
	const char *name;
	const struct emu_pds_op *ops;
	size_t n_ops;
};

extern const struct emu_pds_ep emu_pds_endpoints[];
extern const size_t emu_pds_n_endpoints;

#define EMU_PDS_NREGS 16
#define EMU_PDS_NCOUNTERS 8
#define EMU_PDS_PAGE 4096u             /* the driver's query buffers: one page each */
#define EMU_PDS_MAX_EPS ((EMU_PDS_PAGE - 8) / 4)

/* What the firmware's IDENT command answers (struct pds_fwctl_ident). */
struct emu_pds_ident {
	uint64_t features;
	uint8_t version;
	uint32_t max_req_sz, max_resp_sz;
	uint8_t max_req_sg_elems, max_resp_sg_elems;
};

/* The driver's per-endpoint cache, filled on the endpoint's first RPC. */
struct emu_pds_ep_info {
	uint32_t id;
	bool cached;
	uint32_t n_ops;
	uint32_t op_id[(EMU_PDS_PAGE - 8) / 8];
	uint8_t op_scope[(EMU_PDS_PAGE - 8) / 8];   /* attribute rewritten to a scope */
};

struct emu_pds {
	/* firmware side */
	uint32_t fw_max_req_sz, fw_max_resp_sz;
	uint32_t regs[EMU_PDS_NREGS];      /* debug registers */
	uint64_t counters[EMU_PDS_NCOUNTERS];
	uint64_t fw_cmds;
	uint32_t mtu, pending_mtu;         /* port: set_config stages, commit applies */
	uint8_t fec, pending_fec;
	bool pending;
	uint32_t commits;
	/* driver side: what it learnt from IDENT and QUERY */
	struct fwctl_info_pds info;
	size_t info_len;                   /* 0 = the kernel bug (length never set) */
	struct emu_pds_ident ident;
	uint32_t n_eps;
	struct emu_pds_ep_info *eps;
};

static inline struct emu_pds *emu_pds(struct emu_dev *dev)
{
	return dev->drvdata;
}

/* The driver's mapping of a firmware attribute to a fwctl scope. */
uint32_t emu_pds_attr_scope(uint8_t attr);

/*
 * The firmware's adminq commands as the driver sees them (fw.c).  QUERY
 * fills a pds_fwctl_query_data page: {u8 version, u8 rsvd[3], le32
 * num_entries, entries}, endpoint entries {le32 id}, operation entries
 * {le32 id, u8 attr, u8 rsvd[3]}; it returns a firmware status.
 */
void emu_pds_fw_ident(struct emu_dev *dev, struct emu_pds_ident *id);
uint32_t emu_pds_fw_query_endpoints(struct emu_dev *dev, uint8_t *page, size_t len);
uint32_t emu_pds_fw_query_ops(struct emu_dev *dev, uint32_t ep, uint8_t *page, size_t len);
/* RPC: the firmware dispatches on endpoint and command; returns retval. */
uint32_t emu_pds_fw_rpc(struct emu_dev *dev, uint32_t ep, uint32_t op, const uint8_t *req,
			size_t req_len, uint8_t *resp, size_t resp_len);

#endif
