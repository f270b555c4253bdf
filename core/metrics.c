// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * fwctl metrics: the Prometheus text exposition format for every fwctl
 * device, for the node_exporter textfile collector (-o FILE is atomic, so
 * a scrape never sees half a file).  The core writes what every device
 * has (identity, the kernel's taint, scrape status); a plugin's metrics
 * hook adds temperatures, link state and counters.  Nothing is written to
 * a device and no tainting scope is used.
 *
 * A device that fails gets fwctl_scrape_error{device} 1 and none of its
 * partial samples; the other devices are still written and the exit code
 * is 1.  The document is valid either way.
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "../lib/taint.h"
#include "../output/metrics.h"
#include "core.h"

#define METRICS_DEFAULT_TIMEOUT 10.0   /* seconds per device */

static const struct {
	const char *name;
	enum fwctl_metric_type type;
	const char *help;
} core_families[] = {
	{ "fwctl_device_info", FWCTL_METRIC_GAUGE,
	  "fwctl device identity (value always 1)" },
	{ "fwctl_kernel_tainted", FWCTL_METRIC_GAUGE,
	  "1 if the kernel is tainted by a fwctl write (taint flag J), else 0" },
	{ "fwctl_scrape_error", FWCTL_METRIC_GAUGE,
	  "1 if reading the device's metrics failed (its other samples are left out)" },
};

static const struct fwctl_plugin *plugin_for(uint32_t type)
{
	for (size_t i = 0; i < fwctl_n_plugins; i++)
		if (fwctl_plugins[i]->name && fwctl_plugins[i]->device_type == (int)type)
			return fwctl_plugins[i];
	return NULL;
}

static int add_info(struct fwctl_metrics *m, const struct fwctl_device *d, const char *fw)
{
	struct fwctl_metric_label l[] = {
		{ "device", d->name },
		{ "type", d->type_known ? fwctl_type_name(d->type) : "unknown" },
		{ "pci_address", d->pci_address ? d->pci_address : "" },
		{ "driver", d->driver ? d->driver : "" },
		{ "firmware_version", fw ? fw : "" },
	};

	return fwctl_metrics_sample(m, "fwctl_device_info", l, FWCTL_ARRAY_SIZE(l), 1);
}

/* The version `list --long` shows, for the info metric; NULL if none. */
static char *plugin_firmware_version(struct fwctl_ctx *ctx, const struct fwctl_plugin *p)
{
	char buf[64] = "";

	if (!p || !p->firmware_version)
		return NULL;
	if (p->firmware_version(ctx, buf, sizeof(buf)) != 0) {
		fwctl_err_clear(&ctx->err);
		return NULL;
	}
	return strdup(buf);
}

/* One device's plugin samples; 0, or -1 with ctx->err set (nothing kept). */
static int scrape_plugin(struct fwctl_ctx *ctx, struct fwctl_metrics *m,
			 const struct fwctl_plugin *p, double timeout)
{
	if (!p || !p->metrics)
		return 0;
	fwctl_set_timeout(ctx->h, timeout);
	if (fwctl_metrics_begin(m))
		return fwctl_err_set(&ctx->err, FWCTL_ERR_FAILED, ENOMEM, "out of memory");
	if (p->metrics(ctx, m) == 0)
		return 0;
	fwctl_metrics_rollback(m);
	fwctl_metrics_set_firmware_version(m, NULL);
	if (!fwctl_err_is_set(&ctx->err))
		fwctl_err_set(&ctx->err, FWCTL_ERR_FAILED, 0, "the %s plugin failed", p->name);
	return -1;
}

/* One device: info always, the plugin's samples, and its scrape status. */
static int scrape_device(struct fwctl_ctx *ctx, struct fwctl_metrics *m, struct fwctl_device *d,
			 double timeout)
{
	struct fwctl_handle *h = NULL;
	struct fwctl_metric_label dev = { "device", d->name };
	char *fw = NULL;
	int failed = 0;

	fwctl_err_clear(&ctx->err);
	if (fwctl_open(d, &h, &ctx->err)) {
		failed = 1;
	} else {
		d->type = h->type;
		d->type_known = true;
		fwctl_install_policy(ctx, h);
		h->never_write = true;   /* metrics never write */
		ctx->dev = d;
		ctx->h = h;
		failed = scrape_plugin(ctx, m, plugin_for(h->type), timeout) ? 1 : 0;
		fw = fwctl_metrics_take_firmware_version(m);
		if (!fw && !failed)
			fw = plugin_firmware_version(ctx, plugin_for(h->type));
		fwctl_close(h);
		ctx->h = NULL;
		ctx->dev = NULL;
	}
	if (failed) {
		fwctl_warn(ctx, "%s: %s", d->name, ctx->err.message);
		fwctl_err_clear(&ctx->err);
	}
	if (add_info(m, d, fw) ||
	    fwctl_metrics_sample(m, "fwctl_scrape_error", &dev, 1, failed)) {
		free(fw);
		return fwctl_err_set(&ctx->err, FWCTL_ERR_FAILED, ENOMEM, "out of memory");
	}
	free(fw);
	return failed;
}

static int write_document(struct fwctl_ctx *ctx, const struct fwctl_metrics *m)
{
	struct atomic_file af;

	if (fwctl_open_output(ctx, ctx->output ? ctx->output : "-", false, &af))
		return -1;
	if (af.fp == stdout)
		ctx->emitted = true;
	if (fwctl_metrics_write(m, af.fp)) {
		int e = errno ? errno : EIO;

		atomic_file_abort(&af);
		return fwctl_err_set(&ctx->err, FWCTL_ERR_IO, e, "write failed: %s", strerror(e));
	}
	return atomic_file_commit(&af, &ctx->err);
}

int cmd_metrics(struct fwctl_ctx *ctx, void *opts, int argc, char **argv)
{
	struct fwctl_metrics *m = fwctl_metrics_new();
	double timeout = ctx->timeout > 0 ? ctx->timeout : METRICS_DEFAULT_TIMEOUT;
	unsigned int failed = 0;
	uint64_t mask;
	int rc = 0;

	(void)opts; (void)argc; (void)argv;
	if (!m)
		return fwctl_err_set(&ctx->err, FWCTL_ERR_FAILED, ENOMEM, "out of memory");
	for (size_t i = 0; i < FWCTL_ARRAY_SIZE(core_families); i++)
		fwctl_metrics_family(m, core_families[i].name, core_families[i].type,
				     core_families[i].help);
	if (fwctl_discover(&ctx->devices, &ctx->err)) {
		fwctl_metrics_free(m);
		return -1;
	}
	if (fwctl_read_taint(&mask) == 0)
		fwctl_metrics_sample(m, "fwctl_kernel_tainted", NULL, 0, fwctl_taint_fwctl(mask));
	for (size_t i = 0; i < ctx->devices.n && rc >= 0; i++) {
		if (fwctl_stop_signal) {
			fwctl_metrics_free(m);
			return fwctl_err_set(&ctx->err, FWCTL_ERR_INTERRUPTED, EINTR, "interrupted");
		}
		rc = scrape_device(ctx, m, &ctx->devices.devs[i], timeout);
		if (rc > 0)
			failed++;
	}
	if (rc < 0 || write_document(ctx, m)) {
		fwctl_metrics_free(m);
		return -1;
	}
	fwctl_metrics_free(m);
	if (failed)
		return fwctl_err_set(&ctx->err, FWCTL_ERR_FAILED, 0,
				     "%u device%s could not be read (fwctl_scrape_error 1); "
				     "the metrics document is complete", failed, failed == 1 ? "" : "s");
	return 0;
}
