/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * The emulated kernel: fwctl core rules (shared/kernel-abi.md section 2)
 * plus one "driver" per device type, each with its firmware model.  The
 * same code answers ioctls in two ways:
 *  - fwctl-emu: umockdev testbed, the real fwctl binary, real open/ioctl;
 *  - in-process (emu_inproc.h): benchmarks and fuzz targets call it directly.
 * This code must not include the tool's own tables (lib/, plugins/): the
 * emulator is an independent model of the kernel and the firmware.
 */
#ifndef FWCTL_EMU_H
#define FWCTL_EMU_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "../../lib/abi.h"   /* struct layouts only */
/* The emulated kernel drivers' ABIs, as the plugins define them. */
#include "../../plugins/bnxt/uapi.h"
#include "../../plugins/cxl/uapi.h"
#include "../../plugins/mlx5/uapi.h"
#include "../../plugins/pds/uapi.h"

/* ---- device specs: "TYPE[,key=value...]" ---- */

struct emu_kv { char *key; char *value; };

struct emu_spec {
	char *type;                 /* "mlx5", "pds", "cxl", "bnxt" */
	struct emu_kv *kv;
	size_t n_kv;
};

int emu_spec_parse(const char *text, struct emu_spec *out, char *errbuf, size_t errlen);
void emu_spec_free(struct emu_spec *s);
const char *emu_spec_get(const struct emu_spec *s, const char *key, const char *def);
/* Numbers: decimal or 0x, optional K/M/G suffix (1024-based). */
int emu_spec_get_u64(const struct emu_spec *s, const char *key, uint64_t def, uint64_t *out);

/* ---- access to the caller's memory ---- */

/*
 * Under umockdev the caller's buffers live in another process and can only
 * be reached by following a pointer stored inside a buffer already fetched
 * (umockdev_ioctl_data_resolve).  So every user pointer is named by where
 * it is stored: the 64-bit value at byte `ptr_off` of the ioctl struct
 * (EMU_MEM_ARG: fwctl_rpc.in/out, fwctl_info.out_device_data) or of the
 * RPC's input buffer (EMU_MEM_IN: the pds payload pointers).
 * Both return 0 or -EFAULT.  len 0 is a no-op.
 */
enum emu_mem_parent { EMU_MEM_ARG = 0, EMU_MEM_IN = 1 };

struct emu_mem {
	int (*read)(struct emu_mem *m, enum emu_mem_parent parent, size_t ptr_off,
		    void *dst, size_t len);
	int (*write)(struct emu_mem *m, enum emu_mem_parent parent, size_t ptr_off,
		     const void *src, size_t len);
	void *priv;
};

/* ---- faults (--fault KIND[,key=value...]) ---- */

enum emu_fault_kind {
	EMU_FAULT_FW_STATUS = 1, /* driver writes a firmware error status (status=N) */
	EMU_FAULT_SHORT,         /* reply shorter than the firmware's answer */
	EMU_FAULT_OVERSIZE,      /* out_len reported larger than the buffer */
	EMU_FAULT_GARBAGE,       /* reply bytes replaced by deterministic noise */
	EMU_FAULT_ENODEV,        /* device removed: every later ioctl -> ENODEV */
	EMU_FAULT_SLOW,          /* each RPC sleeps delay=MS */
	EMU_FAULT_EINTR,         /* the ioctl fails with EINTR */
	EMU_FAULT_VENDOR,        /* driver-specific: name=... handled by the driver */
};

struct emu_fault {
	enum emu_fault_kind kind;
	char *device;            /* fwctlN, a type name, or NULL = every device */
	uint64_t after;          /* RPCs of the device that pass before it fires */
	uint64_t count;          /* how many RPCs it hits (0 = every one after) */
	uint64_t status;         /* FW_STATUS */
	uint64_t delay_ms;       /* SLOW */
	char *name;              /* VENDOR kind name, e.g. "seq", "endless" */
	struct emu_spec *args;   /* the whole parsed spec, for vendor keys */
};

/* ---- devices ---- */

struct emu_world;
struct emu_dev;

enum emu_parent_kind { EMU_PARENT_PCI, EMU_PARENT_CXL_MEMDEV };

struct emu_driver {
	const char *name;            /* spec type: "mlx5" */
	uint32_t device_type;        /* FWCTL_DEVICE_TYPE_* */
	enum emu_parent_kind parent; /* where the fwctl node hangs in sysfs */
	const char *pci_driver;      /* "mlx5_core" (for PCI parents) */
	uint16_t pci_vendor, default_pci_device;
	bool has_netdev, has_rdma;   /* sibling names under the PCI function */
	/*
	 * Memdev drivers whose devices can hang under a platform device with
	 * no PCI function above it (parent=platform), as cxl_test's mock
	 * memdevs do: the platform device's name prefix ("cxl_mem" ->
	 * cxl_mem.N), its driver, and the profile that implies it.  NULL
	 * platform_driver: PCI parents only.
	 */
	const char *platform_prefix, *platform_driver, *platform_profile;

	/* Build firmware state from dev->spec (keys documented in --help). */
	int (*probe)(struct emu_dev *dev, char *errbuf, size_t errlen);
	void (*remove)(struct emu_dev *dev);
	/* Device data for FWCTL_INFO; NULL op = driver has none (cxl). */
	const void *(*info)(struct emu_dev *dev, size_t *len);
	/*
	 * The driver's fw_rpc, after the core's checks.  `in` is a heap copy
	 * of the caller's input (may be returned as the output, like the
	 * kernel's "driver can re-use inbuf").  *out_len holds the caller's
	 * out_len on entry and the driver's real length on return.  Returns
	 * the output buffer (in, or malloc'd), or NULL with *errnum set.
	 */
	void *(*fw_rpc)(struct emu_dev *dev, uint32_t scope, void *in, size_t in_len,
			size_t *out_len, int *errnum, struct emu_mem *mem);
	/* Write a firmware error status into a reply (FW_STATUS fault). */
	void (*inject_status)(struct emu_dev *dev, uint8_t *out, size_t out_len, uint64_t status);
	/* Optional: sha256 etc. printed by fwctl-emu --describe (JSON object text). */
	char *(*describe)(struct emu_dev *dev);
};

struct emu_dev {
	struct emu_world *world;
	const struct emu_driver *drv;
	struct emu_spec *spec;
	unsigned int index;          /* N of fwctlN and the minor number */
	char name[16];               /* "fwctl0" */
	char pci_address[16];        /* "0000:08:00.0" (PCI parents; cxl: the memdev's PCI device);
					"" when there is no PCI function (platform parent) */
	uint16_t pci_device;         /* 0 without a PCI function */
	char platform[32];           /* "cxl_mem.0": the memdev's platform parent, or "" */
	char netdev[16], rdma[16], memdev[16];
	/* kernel state */
	bool removed;                /* ENODEV from now on */
	bool stopped;                /* bnxt ULP stopped: RPC EPERM, INFO works */
	uint64_t infos, rpcs;        /* ioctls that reached the core / the driver */
	uint64_t rpcs_by_scope[4];
	/* Requests that would change the device's state (a register write,
	 * Set Feature...), counted by each firmware model when one reaches it,
	 * accepted or not: a test proves nothing was written (--stats "writes"). */
	uint64_t writes;
	/* The first EMU_RPC_LOG RPCs that reached the driver: scope and the
	 * request's first 8 bytes (opcode, op_mod, req_type...), so a test
	 * can prove which requests arrived (--stats "rpc_log"). */
#define EMU_RPC_LOG 256
	struct { uint32_t scope, len; uint8_t head[8]; } rpc_log[EMU_RPC_LOG];
	size_t n_rpc_log;
	void *drvdata;               /* the driver's and firmware's state */
};

struct emu_world {
	struct emu_dev **devs;
	size_t n_devs;
	struct emu_fault *faults;
	size_t n_faults;
	bool tainted;                /* TAINT_FWCTL, bit 19 */
	bool cap_sys_rawio;          /* caller has CAP_SYS_RAWIO (default: true, root) */
	char *taint_file;            /* fake /proc/sys/kernel/tainted, updated on taint */
	uint64_t noise_seed;
	/* The transport waits out slow firmware itself (emu_core_rpc_delay_ms)
	 * instead of emu_core_ioctl() sleeping: fwctl-emu, whose one worker
	 * thread answers every device, so that slow devices overlap as
	 * separate devices' firmware does. */
	bool transport_waits;
};

/* Drivers known to the emulator (tests/emu/drv_*.c). */
extern const struct emu_driver emu_drv_mlx5, emu_drv_pds, emu_drv_cxl, emu_drv_bnxt;
const struct emu_driver *emu_driver_find(const char *name);

/* Build a world from specs (each may have count=N) and fault specs. */
struct emu_world *emu_world_new(const char *const *dev_specs, size_t n_dev_specs,
				const char *const *fault_specs, size_t n_fault_specs,
				char *errbuf, size_t errlen);
void emu_world_free(struct emu_world *w);

/*
 * The fwctl core: one ioctl on device `dev`.  `arg` is the caller's
 * struct, fetched by the transport (`arg_size` bytes, the size the caller
 * declared, at least 4).  Returns 0 or -errno and updates `arg` in place
 * (the transport copies min(arg_size, kernel size) bytes back).  Nested
 * buffers go through `mem`.  Applies faults, counts, taint.
 */
int emu_core_ioctl(struct emu_dev *dev, unsigned long request, void *arg, size_t arg_size,
		   struct emu_mem *mem);

/*
 * How long the firmware takes over the next ioctl `request` on `dev`
 * (a slow fault), in milliseconds: what emu_core_ioctl() would sleep
 * before it answers unless the world's transport_waits is set.
 */
uint64_t emu_core_rpc_delay_ms(struct emu_dev *dev, unsigned long request);

#endif
