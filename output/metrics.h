/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * A vendor-neutral emitter of the Prometheus text exposition format.
 * Families are registered once (name, type, help); samples are added to a
 * family by name from any device in any order; the document is written
 * with every family's # HELP / # TYPE header followed by all its samples,
 * in registration order, so families are never interleaved.  Plugins
 * only call these functions: they never print exposition text.
 */
#ifndef FWCTL_OUTPUT_METRICS_H
#define FWCTL_OUTPUT_METRICS_H

#include <stdint.h>
#include <stdio.h>

enum fwctl_metric_type { FWCTL_METRIC_GAUGE, FWCTL_METRIC_COUNTER };

/* A label: name (a Prometheus label name) and value (any UTF-8 text). */
struct fwctl_metric_label {
	const char *name;
	const char *value;
};

struct fwctl_metrics;

struct fwctl_metrics *fwctl_metrics_new(void);
void fwctl_metrics_free(struct fwctl_metrics *m);

/*
 * Register a family (idempotent for the same name and type).  A counter's
 * name ends in _total; a name with a unit ends in that unit ("celsius",
 * "bytes", "seconds").  0, or -1 when the name is invalid or was
 * registered with another type (a bug in the caller's table).
 */
int fwctl_metrics_family(struct fwctl_metrics *m, const char *name, enum fwctl_metric_type type,
			 const char *help);
/* Register one of the families every vendor shares (temperatures, link,
 * port counters: metrics_families.c), with its one type and help text.
 * 0, or -1 when name is not one of them (a bug in the caller's table). */
int fwctl_metrics_standard_family(struct fwctl_metrics *m, const char *name);
/* One sample of a registered family; labels: n pairs.  0 or -1. */
int fwctl_metrics_sample(struct fwctl_metrics *m, const char *family,
			 const struct fwctl_metric_label *labels, size_t n, double value);
/* The same with an exact 64-bit integer value (counters). */
int fwctl_metrics_sample_u64(struct fwctl_metrics *m, const char *family,
			     const struct fwctl_metric_label *labels, size_t n, uint64_t value);
/* Write the document.  0, or -1 on a write error. */
int fwctl_metrics_write(const struct fwctl_metrics *m, FILE *f);

/* The device's firmware version, for the info metric the core writes after
 * a plugin's metrics hook (copied; NULL clears).  take: the value (the
 * caller frees) and cleared. */
void fwctl_metrics_set_firmware_version(struct fwctl_metrics *m, const char *v);
char *fwctl_metrics_take_firmware_version(struct fwctl_metrics *m);

/* A device's samples as one unit: begin records where every family ends;
 * rollback cuts what was added since (families stay registered). 0/-1. */
int fwctl_metrics_begin(struct fwctl_metrics *m);
void fwctl_metrics_rollback(struct fwctl_metrics *m);

/* Label value escaping of the text format (\\, \", \n) into a new string. */
char *fwctl_metrics_escape(const char *s);

#endif
