// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * fwctl-emu: run a command against emulated fwctl devices.
 *
 *   fwctl-emu [--device SPEC]... [--fault SPEC]... [--stats FILE]
 *             [--describe] [--no-cap-sys-rawio] -- COMMAND [ARGS...]
 *
 * Builds an emulated kernel (libfwctl_emu), a umockdev testbed with the
 * matching sysfs/udev/dev tree, answers FWCTL_INFO/FWCTL_RPC on the
 * testbed's worker thread, runs COMMAND under the umockdev preload and
 * exits with its status.  Our own messages start with "fwctl-emu: ".
 */
#include <errno.h>
#include <ftw.h>
#include <getopt.h>
#include <pthread.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include "emu_deferred.h"
#include "emu_int.h"
#include "emu_umockdev.h"

#if defined(__SANITIZE_ADDRESS__)
#define EMU_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define EMU_ASAN 1
#endif
#endif
#ifdef EMU_ASAN
#include <sanitizer/lsan_interface.h>
#endif

#define EXIT_HARNESS 125        /* fwctl-emu itself failed (like env(1)'s 125) */
#define FWCTL_MAJOR 239
#define TAIL_MAX (64u * 1024)   /* user struct bytes beyond the kernel's we inspect */
#define PRELOAD_LIB "libumockdev-preload.so.0"
/* EMU_SERIALIZE_LIB (meson): preload-serialize.c's module, put before it. */

/* The default machine; one line per device type (bnxt: add one line). */
static const char *const default_specs[] = {
	"mlx5,profile=cx6dx,pci=0000:08:00.0,rdma=mlx5_0",
	"mlx5,profile=cx7,pci=0000:41:00.0,rdma=mlx5_1",
	"pds,pci=0000:b5:00.0",
	"cxl,pci=0000:0d:00.0,memdev=mem0",
	"bnxt,pci=0000:3b:00.0,netdev=ens3f0np0",
};

static const char help_text[] =
"Usage: fwctl-emu [OPTION]... -- COMMAND [ARGS...]\n"
"Run COMMAND with emulated fwctl devices (/dev/fwctl/fwctlN, sysfs, udev)\n"
"answered by an emulated kernel and firmware.  Exits with COMMAND's status\n"
"(128+N if it was killed by signal N), or 125 if fwctl-emu itself failed.\n"
"\n"
"Options:\n"
"  --device SPEC        add devices (repeatable; fwctlN follow the order).\n"
"                       Without --device: mlx5 profile=cx6dx at 0000:08:00.0\n"
"                       (enp8s0f0np0, mlx5_0), mlx5 profile=cx7 at 0000:41:00.0\n"
"                       (enp65s0f0np0, mlx5_1), pds at 0000:b5:00.0, cxl memdev\n"
"                       mem0 on 0000:0d:00.0, bnxt at 0000:3b:00.0 (ens3f0np0)\n"
"                       = fwctl0..fwctl4.\n"
"  --fault SPEC         inject a fault (repeatable), see below.\n"
"  --stats FILE         after COMMAND exits write JSON counters:\n"
"                       {\"tainted\":bool,\"devices\":[{\"name\",\"type\",\"infos\",\n"
"                       \"rpcs\",\"rpcs_by_scope\":[s0,s1,s2,s3],\"writes\",\n"
"                       \"rpc_log\":[{\"scope\",\"head_hex\"}...]}]} (the first 256\n"
"                       requests: their first 8 bytes)\n"
"  --describe           print the devices as a JSON array and exit.\n"
"  --no-cap-sys-rawio   the caller lacks CAP_SYS_RAWIO: scope 3 RPCs get EPERM.\n"
"  -h, --help           this text.\n"
"\n"
"Device SPEC: TYPE[,key=value...], TYPE one of mlx5, pds, cxl, bnxt.\n"
"  Keys for every type:\n"
"    count=N          N devices from this spec (total at most 4096); names and\n"
"                     PCI addresses are made unique (NAME5 -> NAME5, NAME6...).\n"
"    pci=ADDR         PCI function (DDDD:BB:DD.F); default: allocated.\n"
"    device_id=N      PCI device id (default by type/profile).\n"
"    netdev=NAME      network interface under the PCI function (mlx5 default\n"
"                     enp<bus>s<dev>f<fn>np0; pds: none unless given).\n"
"    rdma=NAME        RDMA device under the PCI function (mlx5 default mlx5_N).\n"
"    memdev=NAME      cxl only: the memdev (default memN).\n"
"    parent=pci|platform  cxl only: platform = no PCI function, the memdev\n"
"                     hangs under a platform device bound to cxl_mock_mem, as\n"
"                     with the kernel's cxl_test (default for profile=cxl-test;\n"
"                     pci and device_id do not apply then).\n"
"    platform=NAME    that platform device (default cxl_mem.N).\n"
"    profile=NAME     firmware profile (mlx5: cx6dx, cx7; cxl: default, cxl-test;\n"
"                     bnxt: bcm57414, bcm57508).\n"
"  mlx5: uid=N uctx_caps=N vhca_id=N override the profile.\n"
"  pds:  info_len=N (0 = stored kernels' bug: FWCTL_INFO reports 0 bytes; 4 =\n"
"        fixed kernels), max_req_sz=N, max_resp_sz=N (default 4096).\n"
"  cxl:  feat_cap=ro|rw (default rw); profile=cxl-test is the kernel's\n"
"        cxl_test mock (one feature ffffffff-..., data ef be ad de);\n"
"        payload=N mailbox payload bytes (256..1M, default 4096: the kernel\n"
"        splits Get/Set Feature by it); extra=N more read-only features.\n"
"  bnxt: profile=bcm57414|bcm57508, kong=0|1, link=up|down, temp=C,\n"
"        stopped=1 (ULP stopped), nvm_delay_ms=N, trace=FILE (JSON line per RPC),\n"
"        kernel=7.2|7.3 (default 7.3: DMA commands, uctx_caps 0xF), coredump=SIZE\n"
"        (firmware coredump, default 1M), segments=N (default 6), list_page=N\n"
"        (records per COREDUMP_LIST page, default 4), qcfg_size=N (DBG_QCFG size\n"
"        override), roce=0|1 (RoCE statistics, default 1).\n"
"  Numbers: decimal or 0x hex, optional K/M/G suffix.\n"
"\n"
"Fault SPEC: KIND[,dev=fwctlN|TYPE][,after=N][,count=N][,key=value...]\n"
"  The fault hits the RPCs of matching devices numbered after..after+count-1\n"
"  (counting from 0 per device; count=0 or absent: every RPC from `after`).\n"
"  fw-status  the firmware answers with an error: status=N (default 3).\n"
"  short      the reply is shorter: len=N bytes (default half), rest zeroed.\n"
"  oversize   out_len reports more than the buffer: len=N (default +4096).\n"
"  garbage    reply bytes become deterministic noise: keep=N leading bytes\n"
"             untouched, seed=N.\n"
"  enodev     the device is removed: that RPC and every later ioctl -> ENODEV.\n"
"  slow       each RPC is answered delay=MS later (default 100); the\n"
"             other devices' RPCs meanwhile are not held up.\n"
"  eintr      the ioctl fails with EINTR.\n"
"  vendor     name=VENDORNAME, handled by the driver (other keys passed on):\n"
"             pds: ops-query (first RPC to an endpoint -> ENOMEM),\n"
"                  adminq (adminq command fails, errno=N, default EIO).\n"
"             bnxt: bnxt-timeout (no answer: error_code 0xFFF0),\n"
"                   bnxt-stopped (ULP stopped: RPC EPERM, INFO works),\n"
"                   bnxt-error (status=N firmware code, cmd_err=N),\n"
"                   bnxt-kernel (status=N kernel code, e.g. 0xFFED),\n"
"                   bnxt-retrieve-fail (segment=I page=K status=N: a coredump\n"
"                   RETRIEVE fails mid-way), bnxt-list-more (COREDUMP_LIST\n"
"                   keeps more set), bnxt-efault (dir=from|to: a DMA copy fails).\n"
"\n"
"Environment:\n"
"  FWCTL_EMU_TMPDIR=DIR         where the testbed lives (default /dev/shm if\n"
"                               writable, else $TMPDIR): tmpfs is much faster.\n"
"  FWCTL_EMU_ASAN_PRELOAD=PATH  put this ASan runtime first in COMMAND's\n"
"                               LD_PRELOAD (else ASAN_OPTIONS gets\n"
"                               verify_asan_link_order=0).\n"
"  FWCTL_EMU_DEBUG_IOCTL_DELAY_US=N  each ioctl waits N microseconds before\n"
"                               it is answered (tests of teardown races).\n"
"  COMMAND sees FWCTL_PROC_TAINTED=<file holding the fake\n"
"  /proc/sys/kernel/tainted> and UMOCKDEV_DIR.\n";

/*
 * What umockdev's worker thread shares with main.  Static, and the mutex
 * never destroyed: umockdev 0.17's testbed finalizer only quits the
 * worker's main loop (~Testbed: worker_loop.quit(), no join), so the worker
 * can still be dispatching a request that a dead command left in its
 * socket while main tears down, and after.  A runner on main's stack was
 * then read from a popped frame (garbage `closing` and `world`, or a hang
 * in a garbage mutex).  A pthread mutex rather than GMutex so that
 * ThreadSanitizer sees it.  Teardown: end_run().
 */
struct runner {
	struct emu_world *world;  /* NULL once the command has exited */
	pthread_mutex_t lock;     /* world and closing: worker thread vs. main */
	bool closing;             /* the command exited: answer nothing more */
	unsigned delay_us;        /* FWCTL_EMU_DEBUG_IOCTL_DELAY_US */
};
static struct runner runner = { .lock = PTHREAD_MUTEX_INITIALIZER };

/*
 * The testbed, from umockdev_testbed_new() (which starts the worker
 * thread) until _exit(): never unreffed, as finalizing the testbed or the
 * ioctl handler frees what the still running worker uses (end_run()).
 * Static so that LeakSanitizer finds them reachable.
 */
static struct {
	UMockdevTestbed *tb;
	UMockdevIoctlBase *handler;
	gchar *root;              /* the testbed directory: we remove it */
} bed;

static void end_run(struct runner *r, const char *stats, int code) __attribute__((noreturn));

static void die(const char *fmt, ...) __attribute__((format(printf, 1, 2), noreturn));
static void die(const char *fmt, ...)
{
	va_list ap;

	fputs("fwctl-emu: ", stderr);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
	if (bed.tb)
		end_run(&runner, NULL, EXIT_HARNESS);
	exit(EXIT_HARNESS);
}

static struct emu_dev *find_dev(struct runner *r, const char *node)
{
	const char *p = node ? strrchr(node, '/') : NULL;
	unsigned long idx;
	char *end;

	if (!p || strncmp(p + 1, "fwctl", 5))
		return NULL;
	idx = strtoul(p + 6, &end, 10);
	if (*end || idx >= r->world->n_devs)
		return NULL;
	return r->world->devs[idx];
}

static gboolean handle_ioctl_locked(struct runner *r, UMockdevIoctlBase *base,
				    UMockdevIoctlClient *client)
{
	gulong req = umockdev_ioctl_client_get_request(client);
	struct emu_dev *dev = r->closing ? NULL :
			      find_dev(r, umockdev_ioctl_client_get_devnode(client));
	UMockdevIoctlData *arg = umockdev_ioctl_client_get_arg(client);
	g_autoptr(UMockdevIoctlData) d = NULL;
	g_autoptr(GError) err = NULL;
	struct emu_umd_mem m;
	uint8_t *buf = NULL;
	uint32_t user_size;
	size_t ksize, n;
	int rc;

	(void)base;
	if (!dev) {
		umockdev_ioctl_client_complete(client, -1, ENODEV);
		return TRUE;
	}
	if (req == FWCTL_IOCTL_INFO) {
		ksize = sizeof(struct fwctl_info);
	} else if (req == FWCTL_IOCTL_RPC) {
		ksize = sizeof(struct fwctl_rpc);
	} else {
		umockdev_ioctl_client_complete(client, -1, ENOTTY);
		return TRUE;
	}
	d = umockdev_ioctl_data_resolve(arg, 0, ksize, &err);
	if (!d) {
		umockdev_ioctl_client_complete(client, -1, EFAULT);
		return TRUE;
	}
	memcpy(&user_size, d->data, sizeof(user_size));
	n = ksize;
	if (user_size > ksize)
		n = ksize + MIN(user_size - ksize, TAIL_MAX);
	buf = g_malloc0(n);
	memcpy(buf, d->data, ksize);
	if (n > ksize) {
		/*
		 * The bytes past the kernel struct live at client_addr + ksize.
		 * umockdev only fetches through a stored pointer, so store a
		 * temporary one in d's first 8 bytes (size/flags, never a
		 * pointer), resolve it, then restore the bytes and make the
		 * child's client_addr equal them: the flush then rewrites the
		 * original value and the untouched child is not written.
		 */
		UMockdevIoctlData *t;
		uint64_t orig, fake = d->client_addr + ksize;

		memcpy(&orig, d->data, sizeof(orig));
		memcpy(d->data, &fake, sizeof(fake));
		t = umockdev_ioctl_data_resolve(d, 0, n - ksize, &err);
		memcpy(d->data, &orig, sizeof(orig));
		if (!t) {
			g_free(buf);
			umockdev_ioctl_client_complete(client, -1, EFAULT);
			return TRUE;
		}
		t->client_addr = orig;
		memcpy(buf + ksize, t->data, n - ksize);
		g_object_unref(t);
	}
	emu_umd_mem_init(&m, d);
	rc = emu_core_ioctl(dev, req, buf, n, &m.mem);
	if (!rc)
		memcpy(d->data, buf, MIN((size_t)user_size, ksize));
	emu_umd_mem_release(&m);
	g_free(buf);
	umockdev_ioctl_client_complete(client, rc ? -1 : 0, rc ? -rc : 0);
	return TRUE;
}

/* A request whose answer waits for slow firmware (handle_ioctl()). */
struct deferred {
	struct runner *r;
	UMockdevIoctlBase *base;
	UMockdevIoctlClient *client;
};

static void answer_deferred(void *data)
{
	struct deferred *d = data;

	pthread_mutex_lock(&d->r->lock);
	handle_ioctl_locked(d->r, d->base, d->client);
	pthread_mutex_unlock(&d->r->lock);
	g_object_unref(d->client);
	g_free(d);
}

/*
 * The wait a slow fault puts before the next RPC of the device the
 * request is for (0: answer now).  Called with r->lock held.
 */
static uint64_t firmware_delay_ms(struct runner *r, UMockdevIoctlClient *client)
{
	struct emu_dev *dev = r->closing ? NULL :
			      find_dev(r, umockdev_ioctl_client_get_devnode(client));

	return dev ? emu_core_rpc_delay_ms(dev, umockdev_ioctl_client_get_request(client)) : 0;
}

/*
 * Runs on umockdev's worker thread.  The whole call holds r->lock: the main
 * thread frees the world once the command has exited, and a request still
 * queued from a command that died mid-ioctl must find `closing` set, never
 * a freed world.  The debug delay widens the window between a dead
 * command's last request and main's teardown (tests/emu/test-runner.sh).
 *
 * Slow firmware is waited out on the worker's main context (emu_defer()),
 * not by sleeping here: one thread answers every device, and a sleep
 * would make each device wait for the others' firmware.  The caller stays
 * blocked in its ioctl() until the answer (umockdev allows completing a
 * request later), and the answer is computed when the timer fires, as the
 * kernel answers once the firmware has.
 */
static gboolean handle_ioctl(UMockdevIoctlBase *base, UMockdevIoctlClient *client,
			     gpointer user_data)
{
	struct runner *r = user_data;
	struct deferred *d;
	gboolean ret = TRUE;
	uint64_t ms;

	if (r->delay_us)
		g_usleep(r->delay_us);
	pthread_mutex_lock(&r->lock);
	ms = firmware_delay_ms(r, client);
	if (!ms)
		ret = handle_ioctl_locked(r, base, client);
	pthread_mutex_unlock(&r->lock);
	if (ms) {
		d = g_new(struct deferred, 1);
		*d = (struct deferred){ r, base, g_object_ref(client) };
		emu_defer(ms, answer_deferred, d);
	}
	return ret;
}

/* ---- JSON output (names are plain ASCII we generated; escape anyway) ---- */

static void json_str(FILE *f, const char *s)
{
	fputc('"', f);
	for (; s && *s; s++) {
		if (*s == '"' || *s == '\\')
			fprintf(f, "\\%c", *s);
		else if ((unsigned char)*s < 0x20)
			fprintf(f, "\\u%04x", *s);
		else
			fputc(*s, f);
	}
	fputc('"', f);
}

static void describe(struct emu_world *w)
{
	printf("[");
	for (size_t i = 0; i < w->n_devs; i++) {
		struct emu_dev *d = w->devs[i];
		char *extra = d->drv->describe ? d->drv->describe(d) : NULL;

		printf("%s\n  {\"name\":", i ? "," : "");
		json_str(stdout, d->name);
		printf(",\"type\":");
		json_str(stdout, d->drv->name);
		printf(",\"pci\":");
		if (*d->pci_address) {
			json_str(stdout, d->pci_address);
			printf(",\"pci_vendor\":%u,\"pci_device\":%u", d->drv->pci_vendor,
			       d->pci_device);
		} else {
			printf("null,\"pci_vendor\":null,\"pci_device\":null");
		}
		printf(",\"platform\":");
		if (*d->platform) json_str(stdout, d->platform); else printf("null");
		printf(",\"netdev\":");
		if (*d->netdev) json_str(stdout, d->netdev); else printf("null");
		printf(",\"rdma\":");
		if (*d->rdma) json_str(stdout, d->rdma); else printf("null");
		printf(",\"memdev\":");
		if (*d->memdev) json_str(stdout, d->memdev); else printf("null");
		printf(",\"driver\":%s}", extra ? extra : "null");
		free(extra);
	}
	printf("%s]\n", w->n_devs ? "\n" : "");
}

static void write_rpc_log(FILE *f, const struct emu_dev *d)
{
	fprintf(f, ",\"rpc_log\":[");
	for (size_t i = 0; i < d->n_rpc_log; i++) {
		fprintf(f, "%s{\"scope\":%u,\"head_hex\":\"", i ? "," : "", d->rpc_log[i].scope);
		for (uint32_t k = 0; k < d->rpc_log[i].len; k++)
			fprintf(f, "%02x", d->rpc_log[i].head[k]);
		fprintf(f, "\"}");
	}
	fprintf(f, "]");
}

static int write_stats(const char *path, struct emu_world *w)
{
	g_autofree gchar *tmp = g_strdup_printf("%s.tmp", path);
	FILE *f = fopen(tmp, "w");

	if (!f)
		return -errno;
	fprintf(f, "{\"tainted\":%s,\"devices\":[", w->tainted ? "true" : "false");
	for (size_t i = 0; i < w->n_devs; i++) {
		struct emu_dev *d = w->devs[i];

		fprintf(f, "%s{\"name\":", i ? "," : "");
		json_str(f, d->name);
		fprintf(f, ",\"type\":");
		json_str(f, d->drv->name);
		fprintf(f, ",\"infos\":%llu,\"rpcs\":%llu,\"rpcs_by_scope\":[%llu,%llu,%llu,%llu]"
			",\"writes\":%llu,\"removed\":%s",
			(unsigned long long)d->infos, (unsigned long long)d->rpcs,
			(unsigned long long)d->rpcs_by_scope[0], (unsigned long long)d->rpcs_by_scope[1],
			(unsigned long long)d->rpcs_by_scope[2], (unsigned long long)d->rpcs_by_scope[3],
			(unsigned long long)d->writes, d->removed ? "true" : "false");
		write_rpc_log(f, d);
		fprintf(f, "}");
	}
	fprintf(f, "]}\n");
	if (fclose(f))
		return -errno;
	return rename(tmp, path) ? -errno : 0;
}

/* ---- environment ---- */

static void add_asan_link_order(void)
{
	const char *o = getenv("ASAN_OPTIONS");

	if (!o) {
		setenv("ASAN_OPTIONS", "verify_asan_link_order=0", 1);
	} else if (!strstr(o, "verify_asan_link_order")) {
		g_autofree gchar *n = g_strdup_printf("%s%sverify_asan_link_order=0", o, *o ? ":" : "");
		setenv("ASAN_OPTIONS", n, 1);
	}
}

/* The testbed only works inside the preload: re-exec ourselves under it. */
static void ensure_preloaded(char **argv)
{
	const char *pre = getenv("LD_PRELOAD");
	g_autofree gchar *n = NULL;

	if (pre && strstr(pre, "libumockdev-preload"))
		return;
	if (getenv("FWCTL_EMU_REEXEC"))
		die("the umockdev preload (%s) did not load", PRELOAD_LIB);
	n = pre && *pre ? g_strdup_printf("%s:%s:%s", EMU_SERIALIZE_LIB, PRELOAD_LIB, pre) :
			  g_strdup_printf("%s:%s", EMU_SERIALIZE_LIB, PRELOAD_LIB);
	setenv("LD_PRELOAD", n, 1);
	setenv("FWCTL_EMU_REEXEC", "1", 1);
	add_asan_link_order();
	execv("/proc/self/exe", argv);
	die("cannot re-exec under %s: %s", PRELOAD_LIB, strerror(errno));
}

static void raise_fd_limit(void)
{
	struct rlimit rl;

	/* One listening socket per node: 2048 devices exceed the usual 1024. */
	if (!getrlimit(RLIMIT_NOFILE, &rl) && rl.rlim_cur < rl.rlim_max) {
		rl.rlim_cur = rl.rlim_max;
		setrlimit(RLIMIT_NOFILE, &rl);
	}
}

/*
 * The environment, settled before umockdev_testbed_new() starts its
 * worker thread: from then on the process environment must not grow.
 * Adding a variable reallocates environ, and a getenv() in another
 * thread (GLib's log filter, the preload's path checks) then reads the
 * freed array: the SEGV in thread T1 at start-up, reading an address
 * like 0x43 (under ASan the freed array's first words hold allocator
 * metadata).  So UMOCKDEV_DIR, which the testbed sets, exists already
 * (empty: the preload then maps every path to itself), and TMPDIR is
 * changed once here and given back to COMMAND in its own process.
 *
 * TMPDIR: umockdev builds its tree there; on a disk file system creating
 * thousands of sysfs files and links costs seconds (measured: 64 devices
 * 4.7 s on ext4 /tmp, 0.3 s on tmpfs).  /dev/shm is preferred for the
 * testbed only; COMMAND keeps the caller's TMPDIR (*caller_tmpdir, NULL
 * when it had none).
 */
static void environment_before_threads(gchar **caller_tmpdir)
{
	const char *want = getenv("FWCTL_EMU_TMPDIR");

	*caller_tmpdir = g_strdup(getenv("TMPDIR"));
	if (!want && access("/dev/shm", W_OK | X_OK) == 0)
		want = "/dev/shm";
	if (want && *want)
		setenv("TMPDIR", want, 1);
	if (!getenv("UMOCKDEV_DIR"))
		setenv("UMOCKDEV_DIR", "", 1);
}

static pid_t child_pid;

static void forward_signal(int sig)
{
	if (child_pid > 0)
		kill(child_pid, sig);
}

static pid_t spawn(char **cmd, const char *taint_file, const char *caller_tmpdir)
{
	pid_t pid = fork();

	if (pid < 0)
		die("fork: %s", strerror(errno));
	if (pid == 0) {
		const char *asan = getenv("FWCTL_EMU_ASAN_PRELOAD");
		const char *pre = getenv("LD_PRELOAD");

		/* The command starts as from a shell: SIGPIPE at its default. */
		signal(SIGPIPE, SIG_DFL);
		/* One thread here: the environment may change again. */
		if (caller_tmpdir)
			setenv("TMPDIR", caller_tmpdir, 1);
		else
			unsetenv("TMPDIR");
		unsetenv("FWCTL_EMU_REEXEC");
		setenv("FWCTL_PROC_TAINTED", taint_file, 1);
		if (asan && *asan) {
			g_autofree gchar *n = g_strdup_printf("%s:%s", asan, pre ? pre : PRELOAD_LIB);
			setenv("LD_PRELOAD", n, 1);
		}
		add_asan_link_order();
		execvp(cmd[0], cmd);
		fprintf(stderr, "fwctl-emu: cannot run %s: %s\n", cmd[0], strerror(errno));
		_exit(127);
	}
	return pid;
}

/* ---- the run and its end ---- */

static int remove_entry(const char *path, const struct stat *st, int type, struct FTW *ftw)
{
	(void)st;
	(void)type;
	(void)ftw;
	return remove(path);
}

/*
 * How a run ends, also when die() stops it once the testbed exists.  The
 * worker thread cannot be stopped or joined (umockdev 0.17 quits its loop
 * in ~Testbed and never joins it), and it may still be answering requests
 * of the dead command.  Whatever runs once main() returns would race it:
 * the g_autoptr finalizers of the handler and the testbed (they unregister
 * the device sockets and free what the worker's sources use; ThreadSanitizer
 * saw the exiting worker destroy a mutex the handler's finalizer had just
 * unlocked), GLib's and libumockdev's destructors, ASan's atexit leak
 * check.  So we tear down by hand: under the lock the worker is told to
 * answer nothing more, the stats are written and the world freed; then
 * the testbed directory goes (what ~Testbed would have removed), the leak
 * check runs, buffered output is flushed, and _exit() skips every
 * exit-time destructor.
 */
static void end_run(struct runner *r, const char *stats, int code)
{
	pthread_mutex_lock(&r->lock);
	r->closing = true;
	if (stats && r->world && write_stats(stats, r->world))
		fprintf(stderr, "fwctl-emu: cannot write %s\n", stats);
	emu_world_free(r->world);
	r->world = NULL;
	pthread_mutex_unlock(&r->lock);
	if (bed.root && nftw(bed.root, remove_entry, 16, FTW_DEPTH | FTW_PHYS))
		fprintf(stderr, "fwctl-emu: cannot remove %s: %s\n", bed.root, strerror(errno));
#ifdef EMU_ASAN
	__lsan_do_leak_check();
#endif
	fflush(NULL);
	_exit(code);
}

/* Build the testbed, run COMMAND under it, end with COMMAND's status. */
static void run(struct runner *r, char **cmd, const char *stats) __attribute__((noreturn));
static void run(struct runner *r, char **cmd, const char *stats)
{
	struct sigaction sa = { .sa_handler = forward_signal };
	gchar *caller_tmpdir;
	GError *err = NULL;
	gchar *taint;
	int status;

	environment_before_threads(&caller_tmpdir);
	bed.tb = umockdev_testbed_new();
	bed.handler = umockdev_ioctl_base_new();
	bed.root = umockdev_testbed_get_root_dir(bed.tb);
	taint = g_build_filename(bed.root, "proc-sys-kernel-tainted", NULL);
	if (emu_world_set_taint_file(r->world, taint))
		die("cannot write %s", taint);
	g_signal_connect(bed.handler, "handle-ioctl", G_CALLBACK(handle_ioctl), r);
	if (!emu_testbed_build(bed.tb, r->world, bed.handler, FWCTL_MAJOR, &err))
		die("building the testbed: %s", err ? err->message : "failed");

	sigaction(SIGINT, &sa, NULL);
	sigaction(SIGTERM, &sa, NULL);
	sigaction(SIGHUP, &sa, NULL);
	sigaction(SIGQUIT, &sa, NULL);
	/* Tests close the command's stdout on purpose: the emulator,
	 * which shares it, must outlive that and report the exit code. */
	signal(SIGPIPE, SIG_IGN);
	child_pid = spawn(cmd, taint, caller_tmpdir);
	g_free(taint);
	g_free(caller_tmpdir);
	while (waitpid(child_pid, &status, 0) < 0) {
		if (errno != EINTR)
			die("waitpid: %s", strerror(errno));
	}
	child_pid = 0;
	/*
	 * The handler stays connected, as disconnecting does not stop an
	 * emission the worker has already begun; from end_run() on it only
	 * answers ENODEV (see struct runner).
	 */
	end_run(r, stats, WIFEXITED(status) ? WEXITSTATUS(status) :
			  WIFSIGNALED(status) ? 128 + WTERMSIG(status) : EXIT_HARNESS);
}

enum { OPT_DEVICE = 1, OPT_FAULT, OPT_STATS, OPT_DESCRIBE, OPT_NO_RAWIO };

int main(int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "device", required_argument, NULL, OPT_DEVICE },
		{ "fault", required_argument, NULL, OPT_FAULT },
		{ "stats", required_argument, NULL, OPT_STATS },
		{ "describe", no_argument, NULL, OPT_DESCRIBE },
		{ "no-cap-sys-rawio", no_argument, NULL, OPT_NO_RAWIO },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 },
	};
	g_autoptr(GPtrArray) devs = g_ptr_array_new();
	g_autoptr(GPtrArray) faults = g_ptr_array_new();
	const char *stats = NULL;
	bool do_describe = false, no_rawio = false;
	struct runner *r = &runner;
	const char *delay;
	char errbuf[256] = "";
	int opt;

	while ((opt = getopt_long(argc, argv, "+h", longopts, NULL)) != -1) {
		switch (opt) {
		case OPT_DEVICE: g_ptr_array_add(devs, optarg); break;
		case OPT_FAULT: g_ptr_array_add(faults, optarg); break;
		case OPT_STATS: stats = optarg; break;
		case OPT_DESCRIBE: do_describe = true; break;
		case OPT_NO_RAWIO: no_rawio = true; break;
		case 'h': fputs(help_text, stdout); return 0;
		default:
			fprintf(stderr, "fwctl-emu: try --help\n");
			return EXIT_HARNESS;
		}
	}
	if (!do_describe && optind >= argc)
		die("no COMMAND given (fwctl-emu [OPTION]... -- COMMAND [ARGS...])");

	if (devs->len == 0)
		for (size_t i = 0; i < G_N_ELEMENTS(default_specs); i++)
			g_ptr_array_add(devs, (gpointer)default_specs[i]);
	r->world = emu_world_new((const char *const *)devs->pdata, devs->len,
				 (const char *const *)faults->pdata, faults->len,
				 errbuf, sizeof(errbuf));
	if (!r->world)
		die("%s", errbuf);
	/* run() never returns: nothing of main's may be left to free then. */
	g_clear_pointer(&devs, g_ptr_array_unref);
	g_clear_pointer(&faults, g_ptr_array_unref);
	if (do_describe) {
		describe(r->world);
		emu_world_free(r->world);
		return 0;
	}
	r->world->cap_sys_rawio = !no_rawio;
	r->world->transport_waits = true;       /* handle_ioctl() defers slow answers */
	delay = getenv("FWCTL_EMU_DEBUG_IOCTL_DELAY_US");
	r->delay_us = delay ? (unsigned)strtoul(delay, NULL, 10) : 0;

	ensure_preloaded(argv);
	raise_fd_limit();
	run(r, argv + optind, stats);
}
