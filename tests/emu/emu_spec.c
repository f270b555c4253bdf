// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * Device and fault specs: "TYPE[,key=value...]".  Values cannot contain
 * commas; duplicate keys are refused so a typo never silently wins.
 */
#include <ctype.h>
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "emu_int.h"


int emu_spec_parse(const char *text, struct emu_spec *out, char *errbuf, size_t errlen)
{
	char *copy, *save = NULL, *tok;
	int rc = 0;

	memset(out, 0, sizeof(*out));
	if (!text || !*text)
		return emu_fail(errbuf, errlen, "empty spec");
	copy = strdup(text);
	if (!copy)
		return -ENOMEM;
	tok = strtok_r(copy, ",", &save);
	if (!tok || strchr(tok, '=')) {
		rc = emu_fail(errbuf, errlen, "spec '%s' must start with a type", text);
		goto out;
	}
	out->type = strdup(tok);
	while ((tok = strtok_r(NULL, ",", &save))) {
		char *eq = strchr(tok, '=');
		struct emu_kv *kv;

		if (!eq || eq == tok) {
			rc = emu_fail(errbuf, errlen, "'%s' in spec '%s' is not key=value", tok, text);
			goto out;
		}
		*eq = '\0';
		for (size_t i = 0; i < out->n_kv; i++) {
			if (!strcmp(out->kv[i].key, tok)) {
				rc = emu_fail(errbuf, errlen, "key '%s' given twice in '%s'", tok, text);
				goto out;
			}
		}
		kv = realloc(out->kv, (out->n_kv + 1) * sizeof(*kv));
		if (!kv) {
			rc = -ENOMEM;
			goto out;
		}
		out->kv = kv;
		kv[out->n_kv].key = strdup(tok);
		kv[out->n_kv].value = strdup(eq + 1);
		out->n_kv++;
	}
out:
	free(copy);
	if (rc)
		emu_spec_free(out);
	return rc;
}

void emu_spec_free(struct emu_spec *s)
{
	if (!s)
		return;
	for (size_t i = 0; i < s->n_kv; i++) {
		free(s->kv[i].key);
		free(s->kv[i].value);
	}
	free(s->kv);
	free(s->type);
	memset(s, 0, sizeof(*s));
}

const char *emu_spec_get(const struct emu_spec *s, const char *key, const char *def)
{
	if (s)
		for (size_t i = 0; i < s->n_kv; i++)
			if (!strcmp(s->kv[i].key, key))
				return s->kv[i].value;
	return def;
}

int emu_spec_get_u64(const struct emu_spec *s, const char *key, uint64_t def, uint64_t *out)
{
	const char *v = emu_spec_get(s, key, NULL);
	unsigned long long n;
	char *end;

	if (!v) {
		*out = def;
		return 0;
	}
	if (!*v || *v == '-' || isspace((unsigned char)*v))
		return -EINVAL;
	errno = 0;
	n = strtoull(v, &end, 0);
	if (errno)
		return -EINVAL;
	switch (*end) {
	case 'K': case 'k': n <<= 10; end++; break;
	case 'M': case 'm': n <<= 20; end++; break;
	case 'G': case 'g': n <<= 30; end++; break;
	default: break;
	}
	if (*end)
		return -EINVAL;
	*out = n;
	return 0;
}

const char *const emu_common_keys[] = {
	"count", "pci", "netdev", "rdma", "memdev", "profile", "device_id", "parent", "platform",
	NULL,
};

static bool in_list(const char *const *list, const char *key)
{
	for (; list && *list; list++)
		if (!strcmp(*list, key))
			return true;
	return false;
}

int emu_spec_check_keys(const struct emu_dev *dev, const char *const *extra,
			char *errbuf, size_t errlen)
{
	const struct emu_spec *s = dev->spec;

	for (size_t i = 0; s && i < s->n_kv; i++) {
		if (in_list(emu_common_keys, s->kv[i].key) || in_list(extra, s->kv[i].key))
			continue;
		return emu_fail(errbuf, errlen, "unknown key '%s' for device type %s",
			    s->kv[i].key, dev->drv->name);
	}
	return 0;
}

/* ---- faults ---- */

static const struct { const char *name; enum emu_fault_kind kind; } fault_kinds[] = {
	{ "fw-status", EMU_FAULT_FW_STATUS }, { "short", EMU_FAULT_SHORT },
	{ "oversize", EMU_FAULT_OVERSIZE },   { "garbage", EMU_FAULT_GARBAGE },
	{ "enodev", EMU_FAULT_ENODEV },       { "slow", EMU_FAULT_SLOW },
	{ "eintr", EMU_FAULT_EINTR },         { "vendor", EMU_FAULT_VENDOR },
};

const char *emu_fault_kind_name(enum emu_fault_kind k)
{
	for (size_t i = 0; i < EMU_ARRAY_SIZE(fault_kinds); i++)
		if (fault_kinds[i].kind == k)
			return fault_kinds[i].name;
	return "?";
}

/* Keys of non-vendor faults; vendor faults accept anything (the driver reads them). */
static const char *const fault_keys[] = {
	"dev", "after", "count", "status", "delay", "name", "len", "keep", "seed", NULL,
};

void emu_fault_clear(struct emu_fault *f)
{
	free(f->device);
	free(f->name);
	if (f->args) {
		emu_spec_free(f->args);
		free(f->args);
	}
	memset(f, 0, sizeof(*f));
}

int emu_fault_parse(const char *text, struct emu_fault *f, char *errbuf, size_t errlen)
{
	struct emu_spec *s = calloc(1, sizeof(*s));
	const char *v;
	size_t i;
	int rc;

	memset(f, 0, sizeof(*f));
	if (!s)
		return -ENOMEM;
	rc = emu_spec_parse(text, s, errbuf, errlen);
	if (rc) {
		free(s);
		return rc;
	}
	f->args = s;
	for (i = 0; i < EMU_ARRAY_SIZE(fault_kinds); i++)
		if (!strcmp(s->type, fault_kinds[i].name))
			break;
	if (i == EMU_ARRAY_SIZE(fault_kinds)) {
		rc = emu_fail(errbuf, errlen, "unknown fault kind '%s' (known: fw-status, short, "
			  "oversize, garbage, enodev, slow, eintr, vendor)", s->type);
		goto err;
	}
	f->kind = fault_kinds[i].kind;
	if (f->kind != EMU_FAULT_VENDOR) {
		for (i = 0; i < s->n_kv; i++) {
			if (!in_list(fault_keys, s->kv[i].key)) {
				rc = emu_fail(errbuf, errlen, "unknown key '%s' for fault %s",
					  s->kv[i].key, s->type);
				goto err;
			}
		}
	}
	if (emu_spec_get_u64(s, "after", 0, &f->after) ||
	    emu_spec_get_u64(s, "count", 0, &f->count) ||
	    emu_spec_get_u64(s, "status", f->kind == EMU_FAULT_FW_STATUS ? 3 : 0, &f->status) ||
	    emu_spec_get_u64(s, "delay", 100, &f->delay_ms)) {
		rc = emu_fail(errbuf, errlen, "bad number in fault spec '%s'", text);
		goto err;
	}
	if ((v = emu_spec_get(s, "dev", NULL)))
		f->device = strdup(v);
	if ((v = emu_spec_get(s, "name", NULL)))
		f->name = strdup(v);
	if (f->kind == EMU_FAULT_VENDOR && !f->name) {
		rc = emu_fail(errbuf, errlen, "fault vendor needs name=VENDORNAME");
		goto err;
	}
	return 0;
err:
	emu_fault_clear(f);
	return rc;
}

bool emu_fault_hits(const struct emu_fault *f, const struct emu_dev *dev, uint64_t seq)
{
	if (f->device && strcmp(f->device, dev->name) && strcmp(f->device, dev->drv->name))
		return false;
	if (seq < f->after)
		return false;
	return f->count == 0 || seq - f->after < f->count;
}

const struct emu_fault *emu_fault_active(struct emu_dev *dev, const char *name)
{
	struct emu_dev_priv *p = emu_dev_priv(dev);
	struct emu_world *w = dev->world;

	if (!p->in_rpc)
		return NULL;
	for (size_t i = 0; i < w->n_faults; i++) {
		const struct emu_fault *f = &w->faults[i];

		if (f->kind == EMU_FAULT_VENDOR && !strcmp(f->name, name) &&
		    emu_fault_hits(f, dev, p->cur_seq))
			return f;
	}
	return NULL;
}
