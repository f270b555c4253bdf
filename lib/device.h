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

struct fwctl_rpc_policy;

enum fwctl_parent_kind {
	FWCTL_PARENT_UNKNOWN = 0,
	FWCTL_PARENT_PCI,
	/* A device of a bus of its own that names the function (a memory
	 * device memN); its PCI ancestor, if any, gives the PCI fields. */
	FWCTL_PARENT_BUS_DEVICE,
};

struct fwctl_device {
	char *name;           /* "fwctl0" */
	char *devnode;        /* "/dev/fwctl/fwctl0" */
	char *syspath;
	unsigned int major, minor;   /* from sysfs "dev" */
	enum fwctl_parent_kind parent_kind;
	const char *parent_kind_name;   /* a bus device's kind (static), else NULL */
	char *parent_name;    /* "0000:08:00.0" or "mem0" */
	char *pci_address;    /* PCI function (a bus device: its PCI ancestor, if any) */
	bool has_pci_ids;
	uint16_t pci_vendor, pci_device;
	char *driver;         /* driver bound to the parent (or its PCI ancestor) */
	char **netdevs; size_t n_netdevs;
	char **rdma; size_t n_rdma;
	char *memdev;         /* the bus device's name ("mem0"), for FWCTL_PARENT_BUS_DEVICE */
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
/*
 * How discovery guesses a device's type before FWCTL_INFO confirms it:
 * hook(driver bound to the parent) returns a device type or -1.  Set once
 * by the caller from its plugins (lib/ knows no driver); without it every
 * type is learnt from FWCTL_INFO.
 */
void fwctl_set_driver_type_hook(int (*hook)(const char *driver));
/* Which parent subsystems are buses whose devices name the function
 * (FWCTL_PARENT_BUS_DEVICE, -d memN): hook(subsystem) returns the kind's
 * name for JSON ("parent_kind"), NULL for other subsystems.  Set once
 * from the plugins; without it only PCI parents are recognised. */
void fwctl_set_bus_device_hook(const char *(*hook)(const char *subsystem));
void fwctl_device_list_free(struct fwctl_device_list *list);
/* Free the strings of one record (not the record itself) and zero it. */
void fwctl_device_clear(struct fwctl_device *d);
/* Open + FWCTL_INFO every device to learn its type (errors kept per device). */
void fwctl_device_list_probe(struct fwctl_device_list *list);

/*
 * Resolve a user's name: fwctlN, /dev/fwctl/fwctlN, PCI address (full or
 * short "08:00.0"), netdev, RDMA device, bus device (memN).  With name == NULL,
 * pick the only device whose type is want_type (-1 = any type); more than
 * one, or none, is an error that lists the candidates.
 */
int fwctl_resolve(struct fwctl_device_list *list, const char *name, int want_type,
		  const char *plugin_name, struct fwctl_device **out, struct fwctl_err *err);

/*
 * The device -d name names, found without enumerating the host: the node
 * (checked through /sys/dev/char), or name's own sysfs class (fwctl, pci,
 * net, infiniband, the plugins' buses) and the fwctl device under it.
 * The same record and the same answer as fwctl_resolve() over a scan;
 * list gets that one record.  -1 when this finds nothing (or no memory):
 * scan and fwctl_resolve(), which alone can say what exists instead.
 */
int fwctl_lookup(const char *name, struct fwctl_device_list *list);

/* The plugin's name of a device type, "unknown" without one (the caller
 * installs the names of its plugins: lib/ knows none). */
const char *fwctl_type_name(uint32_t type);
void fwctl_set_type_name_hook(const char *(*hook)(uint32_t type));
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
	const struct fwctl_rpc_policy *policy;   /* the plugin's, lib/rpc.h; NULL = none */
	bool force;           /* --force: writes and write scopes may be sent */
	bool never_write;     /* report, list, metrics: writes refused even with --force */
	bool dry_run;         /* describe RPCs, send only the reads a write needs */
	/* The command is reading what it needs to build a write (a
	 * read-modify-write, a feature lookup): like FWCTL_RPC_FOR_WRITE on
	 * each read while set. */
	bool building_write;
	int verbose;          /* >0: one trace line per RPC on trace */
	FILE *trace;          /* defaults to stderr */
	struct timespec deadline;   /* zero = none; RPCs after it fail with TIMEOUT */
	fwctl_audit_fn audit; void *audit_ctx;   /* called before every write */
	/* Dry run: called for each RPC (struct fwctl_rpc_args and struct
	 * fwctl_rpc_class, lib/rpc.h); sent says whether it goes out. */
	void (*on_dry_run)(void *ctx, const struct fwctl_handle *h, const void *args,
			   const void *cls, bool sent);
	void *on_dry_run_ctx;
	uint64_t rpcs;        /* RPCs sent through this handle */
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
