// SPDX-License-Identifier: GPL-2.0-or-later
/* The Prometheus text exposition format: see metrics.h. */
#include <inttypes.h>
#include <math.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "metrics.h"

struct metric_family {
	char *name;
	char *help;
	enum fwctl_metric_type type;
	char *samples;       /* the family's sample lines */
	size_t len, cap;
};

struct fwctl_metrics {
	struct metric_family *fam;
	size_t n, cap;
	char *firmware_version;
	size_t *mark;        /* family lengths at fwctl_metrics_begin() */
	size_t mark_n;
};

struct fwctl_metrics *fwctl_metrics_new(void)
{
	return calloc(1, sizeof(struct fwctl_metrics));
}

void fwctl_metrics_free(struct fwctl_metrics *m)
{
	if (!m)
		return;
	for (size_t i = 0; i < m->n; i++) {
		free(m->fam[i].name);
		free(m->fam[i].help);
		free(m->fam[i].samples);
	}
	free(m->fam);
	free(m->firmware_version);
	free(m->mark);
	free(m);
}

int fwctl_metrics_begin(struct fwctl_metrics *m)
{
	size_t *mark = realloc(m->mark, (m->n ? m->n : 1) * sizeof(*mark));

	if (!mark)
		return -1;
	for (size_t i = 0; i < m->n; i++)
		mark[i] = m->fam[i].len;
	m->mark = mark;
	m->mark_n = m->n;
	return 0;
}

void fwctl_metrics_rollback(struct fwctl_metrics *m)
{
	for (size_t i = 0; i < m->n; i++) {
		m->fam[i].len = i < m->mark_n ? m->mark[i] : 0;
		if (m->fam[i].samples)
			m->fam[i].samples[m->fam[i].len] = '\0';
	}
}

void fwctl_metrics_set_firmware_version(struct fwctl_metrics *m, const char *v)
{
	free(m->firmware_version);
	m->firmware_version = v ? strdup(v) : NULL;
}

char *fwctl_metrics_take_firmware_version(struct fwctl_metrics *m)
{
	char *v = m->firmware_version;

	m->firmware_version = NULL;
	return v;
}

/* [a-zA-Z_:][a-zA-Z0-9_:]* for metric names; no ':' in label names. */
static bool valid_name(const char *s, bool label)
{
	if (!s || !*s || (*s >= '0' && *s <= '9'))
		return false;
	for (; *s; s++) {
		bool ok = (*s >= 'a' && *s <= 'z') || (*s >= 'A' && *s <= 'Z') ||
			  (*s >= '0' && *s <= '9') || *s == '_' || (!label && *s == ':');
		if (!ok)
			return false;
	}
	return true;
}

static bool ends_with(const char *s, const char *suffix)
{
	size_t a = strlen(s), b = strlen(suffix);

	return a >= b && !strcmp(s + a - b, suffix);
}

static struct metric_family *find(const struct fwctl_metrics *m, const char *name)
{
	for (size_t i = 0; i < m->n; i++)
		if (!strcmp(m->fam[i].name, name))
			return &m->fam[i];
	return NULL;
}

int fwctl_metrics_family(struct fwctl_metrics *m, const char *name, enum fwctl_metric_type type,
			 const char *help)
{
	struct metric_family *f = find(m, name);

	if (f)
		return f->type == type ? 0 : -1;
	if (!valid_name(name, false) || ends_with(name, "_total") != (type == FWCTL_METRIC_COUNTER))
		return -1;
	if (m->n == m->cap) {
		size_t cap = m->cap ? m->cap * 2 : 16;
		struct metric_family *nf = realloc(m->fam, cap * sizeof(*nf));

		if (!nf)
			return -1;
		m->fam = nf;
		m->cap = cap;
	}
	f = &m->fam[m->n];
	*f = (struct metric_family){ .name = strdup(name), .help = strdup(help ? help : name),
				     .type = type };
	if (!f->name || !f->help) {
		free(f->name);
		free(f->help);
		return -1;
	}
	m->n++;
	return 0;
}

static int append(struct metric_family *f, const char *s, size_t len)
{
	if (f->len + len + 1 > f->cap) {
		size_t cap = f->cap ? f->cap : 256;
		char *ns;

		while (cap < f->len + len + 1)
			cap *= 2;
		ns = realloc(f->samples, cap);
		if (!ns)
			return -1;
		f->samples = ns;
		f->cap = cap;
	}
	memcpy(f->samples + f->len, s, len);
	f->len += len;
	f->samples[f->len] = '\0';
	return 0;
}

char *fwctl_metrics_escape(const char *s)
{
	size_t n = 0;
	char *out, *p;

	for (const char *q = s; *q; q++)
		n += (*q == '\\' || *q == '"' || *q == '\n') ? 2 : 1;
	out = p = calloc(n + 1, 1);   /* zeroed: the terminator is in place */
	if (!out)
		return NULL;
	for (; *s; s++) {
		if (*s == '\\' || *s == '"') {
			*p++ = '\\';
			*p++ = *s;
		} else if (*s == '\n') {
			*p++ = '\\';
			*p++ = 'n';
		} else {
			*p++ = *s;
		}
	}
	*p = '\0';
	return out;
}

/* "name{a=\"x\",b=\"y\"} " into f; 0 or -1. */
static int sample_head(struct metric_family *f, const struct fwctl_metric_label *labels, size_t n)
{
	if (append(f, f->name, strlen(f->name)))
		return -1;
	for (size_t i = 0; i < n; i++) {
		char *v;
		int rc;

		if (!valid_name(labels[i].name, true) || !strncmp(labels[i].name, "__", 2))
			return -1;
		v = fwctl_metrics_escape(labels[i].value ? labels[i].value : "");
		if (!v)
			return -1;
		rc = append(f, i ? "," : "{", 1) || append(f, labels[i].name, strlen(labels[i].name)) ||
		     append(f, "=\"", 2) || append(f, v, strlen(v)) || append(f, "\"", 1);
		free(v);
		if (rc)
			return -1;
	}
	return append(f, n ? "} " : " ", n ? 2 : 1);
}

int fwctl_metrics_sample(struct fwctl_metrics *m, const char *family,
			 const struct fwctl_metric_label *labels, size_t n, double value)
{
	struct metric_family *f = find(m, family);
	char buf[64];

	if (!f || sample_head(f, labels, n))
		return -1;
	if (isnan(value))
		snprintf(buf, sizeof(buf), "NaN\n");
	else if (isinf(value))
		snprintf(buf, sizeof(buf), "%s\n", value > 0 ? "+Inf" : "-Inf");
	else
		snprintf(buf, sizeof(buf), "%.17g\n", value);
	return append(f, buf, strlen(buf));
}

int fwctl_metrics_sample_u64(struct fwctl_metrics *m, const char *family,
			     const struct fwctl_metric_label *labels, size_t n, uint64_t value)
{
	struct metric_family *f = find(m, family);
	char buf[32];

	if (!f || sample_head(f, labels, n))
		return -1;
	snprintf(buf, sizeof(buf), "%" PRIu64 "\n", value);
	return append(f, buf, strlen(buf));
}

/* # HELP text escapes backslash and newline only. */
static void write_help(FILE *out, const char *s)
{
	for (; *s; s++) {
		if (*s == '\\')
			fputs("\\\\", out);
		else if (*s == '\n')
			fputs("\\n", out);
		else
			fputc(*s, out);
	}
}

int fwctl_metrics_write(const struct fwctl_metrics *m, FILE *out)
{
	for (size_t i = 0; i < m->n; i++) {
		const struct metric_family *f = &m->fam[i];

		if (!f->len)
			continue;   /* no device had this quantity */
		fprintf(out, "# HELP %s ", f->name);
		write_help(out, f->help);
		fprintf(out, "\n# TYPE %s %s\n", f->name,
			f->type == FWCTL_METRIC_COUNTER ? "counter" : "gauge");
		fputs(f->samples, out);
	}
	return ferror(out) ? -1 : 0;
}
