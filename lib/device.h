/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * Discovery (libudev, subsystem "fwctl"), name resolution for -d, and an
 * open device handle.  No CLI knowledge lives here.
 */
#ifndef FWCTL_DEVICE_H
#define FWCTL_DEVICE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <time.h>

#include "abi.h"
#include "error.h"
#include "transport.h"

enum fwctl_parent_kind {
	FWCTL_PARENT_UNKNOWN = 0,
	FWCTL_PARENT_PCI,
	FWCTL_PARENT_CXL_MEMDEV,
};

struct fwctl_device {
	char *name;           /* "fwctl0" */
	char *devnode;        /* "/dev/fwctl/fwctl0" */
	char *syspath;
	unsigned int major, minor;   /* from sysfs "dev" */
	enum fwctl_parent_kind parent_kind;
	char *parent_name;    /* "0000:08:00.0" or "mem0" */
	char *pci_address;    /* PCI function (cxl: the memdev's PCI ancestor, if any) */
	bool has_pci_ids;
	uint16_t pci_vendor, pci_device;
	char *driver;         /* driver bound to the parent (or its PCI ancestor) */
	char **netdevs; size_t n_netdevs;
	char **rdma; size_t n_rdma;
	char *memdev;         /* CXL memdev name */
	/* Filled by fwctl_device_probe() (FWCTL_INFO), else guessed from driver. */
	bool type_known;      /* true when FWCTL_INFO answered */
	uint32_t type;        /* enum fwctl_device_type */
	char *probe_error;    /* why FWCTL_INFO could not be read, if it could not */
};

struct fwctl_device_list {
	struct fwctl_device *devs;
	size_t n;
};

/* Enumerate every fwctl device, sorted by minor number. */
int fwctl_discover(struct fwctl_device_list *list, struct fwctl_err *err);
void fwctl_device_list_free(struct fwctl_device_list *list);
/* Free the strings of one record (not the record itself) and zero it. */
void fwctl_device_clear(struct fwctl_device *d);
/* Open + FWCTL_INFO every device to learn its type (errors kept per device). */
void fwctl_device_list_probe(struct fwctl_device_list *list);

/*
 * Resolve a user's name: fwctlN, /dev/fwctl/fwctlN, PCI address (full or
 * short "08:00.0"), netdev, RDMA device, CXL memdev.  With name == NULL,
 * pick the only device whose type is want_type (-1 = any type); more than
 * one, or none, is an error that lists the candidates.
 */
int fwctl_resolve(struct fwctl_device_list *list, const char *name, int want_type,
		  const char *plugin_name, struct fwctl_device **out, struct fwctl_err *err);

const char *fwctl_type_name(uint32_t type);       /* "mlx5", "cxl", ..., "unknown" */
int fwctl_type_from_name(const char *name);        /* -1 if unknown */
const char *fwctl_scope_name(uint32_t scope);      /* "config", "debug-ro", ... */
int fwctl_scope_from_name(const char *name);       /* -1 if unknown */

/* ---- an open device ---- */

typedef void (*fwctl_audit_fn)(void *ctx, const struct fwctl_device *dev,
			       uint32_t scope, const char *what);

struct fwctl_handle {
	struct fwctl_device *dev;     /* not owned */
	struct fwctl_transport t;
	uint32_t type;                /* from FWCTL_INFO */
	uint8_t devdata[64];          /* device data, zero padded */
	uint32_t devdata_len;         /* length the driver reported (may be 0) */

	/* Policy and instrumentation, set by the caller after open. */
	bool allow_write;     /* scopes >= DEBUG_WRITE refused unless set (--force) */
	bool dry_run;         /* describe RPCs, send nothing */
	int verbose;          /* >0: one trace line per RPC on trace */
	FILE *trace;          /* defaults to stderr */
	struct timespec deadline;   /* zero = none; RPCs after it fail with TIMEOUT */
	fwctl_audit_fn audit; void *audit_ctx;   /* called before write-scope RPCs */
	/* Dry run: called instead of sending (struct fwctl_rpc_args, lib/rpc.h). */
	void (*on_dry_run)(void *ctx, const struct fwctl_handle *h, const void *args);
	void *on_dry_run_ctx;
	uint64_t rpcs;        /* RPCs sent through this handle */
	uint64_t rpc_ns;      /* time spent inside the transport */
};

/* Open the node and read FWCTL_INFO; the handle keeps a pointer to dev. */
int fwctl_open(struct fwctl_device *dev, struct fwctl_handle **out, struct fwctl_err *err);
/* Wrap an already-made transport (benchmarks, fuzzers); runs FWCTL_INFO. */
int fwctl_open_transport(struct fwctl_device *dev, struct fwctl_transport t,
			 struct fwctl_handle **out, struct fwctl_err *err);
void fwctl_close(struct fwctl_handle *h);

/* Set h->deadline to now + seconds (seconds <= 0 clears it). */
void fwctl_set_timeout(struct fwctl_handle *h, double seconds);

#endif
