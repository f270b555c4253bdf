// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * What the coredump file and its summary say about the run: the
 * coredump record's fields as the kernel fills them from the running
 * system (node name, UTC start and end, command line, OS release, ASIC id
 * from VER_GET), the PCI function, the summary object and progress line.
 */
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/utsname.h>
#include <time.h>
#include <unistd.h>

#include <json-c/json.h>

#include "coredump.h"

static void utc_fields(time_t t, uint16_t out[6])
{
	struct tm tm;

	memset(out, 0, 6 * sizeof(out[0]));
	if (!gmtime_r(&t, &tm))
		return;
	out[0] = (uint16_t)(tm.tm_year + 1900);
	out[1] = (uint16_t)(tm.tm_mon + 1);
	out[2] = (uint16_t)tm.tm_mday;
	out[3] = (uint16_t)tm.tm_hour;
	out[4] = (uint16_t)tm.tm_min;
	out[5] = (uint16_t)tm.tm_sec;
}

/* The process's own command line, NULs as spaces (what the kernel copies from mm). */
static void own_cmdline(char *buf, size_t len)
{
	int fd = open("/proc/self/cmdline", O_RDONLY | O_CLOEXEC);
	ssize_t n = fd >= 0 ? read(fd, buf, len - 1) : -1;

	if (fd >= 0)
		close(fd);
	if (n <= 0) {
		snprintf(buf, len, "fwctl");
		return;
	}
	while (n > 0 && buf[n - 1] == '\0')
		n--;
	for (ssize_t i = 0; i < n; i++)
		if (buf[i] == '\0')
			buf[i] = ' ';
	buf[n] = '\0';
}

int bnxt_cd_record_info(struct bnxt_cd_run *r, struct bnxt_cd_record_info *ri, int32_t status,
			char *cmdline, size_t cmdline_len)
{
	static struct utsname u;
	uint64_t num = 0, rev = 0, metal = 0;
	unsigned int maj = 0, min = 0;
	struct tm lt;

	memset(ri, 0, sizeof(*ri));
	if (uname(&u) == 0) {
		ri->system_name = u.nodename;
		ri->os_name = u.sysname;
		if (sscanf(u.release, "%u.%u", &maj, &min) != 2)
			maj = min = 0;
	}
	ri->os_ver_major = maj;
	ri->os_ver_minor = min;
	own_cmdline(cmdline, cmdline_len);
	ri->commandline = cmdline;
	utc_fields(r->start, ri->start);
	utc_fields(r->end, ri->end);
	/* sys_tz.tz_minuteswest * 60: seconds west of UTC. */
	if (localtime_r(&r->start, &lt))
		ri->utc_bias = (uint16_t)(-lt.tm_gmtoff);
	ri->total_segments = (uint32_t)r->n_segs + 1;
	prm_get_by_name(&bnxt_ver_get_resp, "chip_num", r->ver_get, sizeof(r->ver_get), &num);
	prm_get_by_name(&bnxt_ver_get_resp, "chip_rev", r->ver_get, sizeof(r->ver_get), &rev);
	prm_get_by_name(&bnxt_ver_get_resp, "chip_metal", r->ver_get, sizeof(r->ver_get), &metal);
	ri->asic_id1 = (uint32_t)(num << 16 | rev << 8 | metal);
	ri->coredump_status = status;
	return 0;
}

/* PCI devfn of the function, from its address "dddd:bb:dd.f". */
uint16_t bnxt_cd_function_id(const struct fwctl_handle *h)
{
	unsigned int dom, bus, dev, fn;

	if (!h || !h->dev || !h->dev->pci_address ||
	    sscanf(h->dev->pci_address, "%x:%x:%x.%x", &dom, &bus, &dev, &fn) != 4)
		return 0;
	return (uint16_t)((dev & 0x1f) << 3 | (fn & 0x7));
}

/* A double that prints as written. */
static struct json_object *rounded(double v, int decimals)
{
	char buf[32];

	snprintf(buf, sizeof(buf), "%.*f", decimals, v);
	return json_object_new_double_s(strtod(buf, NULL), buf);
}

struct json_object *bnxt_cd_seg_json(const struct bnxt_cd_seg *s)
{
	struct json_object *o = json_object_new_object();
	char ver[16];

	snprintf(ver, sizeof(ver), "%u.%u", s->version_hi, s->version_low);
	json_object_object_add(o, "component_id", json_object_new_int(s->component));
	json_object_object_add(o, "segment_id", json_object_new_int(s->segment));
	json_object_object_add(o, "instances", json_object_new_int(s->instances));
	json_object_object_add(o, "version", json_object_new_string(ver));
	json_object_object_add(o, "length", json_object_new_int64(s->length));
	json_object_object_add(o, "compressed", json_object_new_boolean(s->compress_flags & 0x1));
	return o;
}

static struct json_object *segments_json(const struct bnxt_cd_run *r)
{
	struct json_object *a = json_object_new_array();

	for (size_t i = 0; i < r->n_segs; i++) {
		const struct bnxt_cd_seg_result *res = &r->res[i];
		struct json_object *o = bnxt_cd_seg_json(&r->segs[i]);

		json_object_object_add(o, "retrieved", json_object_new_int64(res->length));
		json_object_object_add(o, "status", json_object_new_int(res->status));
		if (res->status) {
			char name[24];

			json_object_object_add(o, "fw_status", json_object_new_int(res->fw_code));
			json_object_object_add(o, "fw_status_name", json_object_new_string(
				fwctl_fw_status_name(bnxt_fw_error_name(res->fw_code), res->fw_code,
						     name, sizeof(name))));
		}
		json_object_object_add(o, "rpcs", json_object_new_int64(res->rpcs));
		json_object_object_add(o, "duration_ms", json_object_new_int64(res->duration_ms));
		json_object_object_add(o, "sha256_hex", json_object_new_string(res->sha256));
		json_object_array_add(a, o);
	}
	return a;
}

struct json_object *bnxt_cd_summary(const struct bnxt_cd_run *r)
{
	struct json_object *o = json_object_new_object();
	double mib = (double)r->total / (1024.0 * 1024.0);
	uint64_t rpcs = r->rpcs_info + r->rpcs_list + r->rpcs_initiate + r->rpcs_retrieve;

	json_object_object_add(o, "device", json_object_new_string(r->h->dev->name));
	json_object_object_add(o, "file", json_object_new_string(r->path));
	json_object_object_add(o, "dump_type", json_object_new_string(
		r->init_flags & BNXT_CD_INIT_COLLECT_L1 ? "live-l1" : "live"));
	json_object_object_add(o, "complete", json_object_new_boolean(r->failed == 0));
	json_object_object_add(o, "bytes", json_object_new_int64((int64_t)r->total));
	json_object_object_add(o, "data_bytes", json_object_new_int64((int64_t)r->data_bytes));
	json_object_object_add(o, "coredump_size", json_object_new_int64(r->coredump_size));
	json_object_object_add(o, "segments", json_object_new_int64((int64_t)r->n_segs));
	json_object_object_add(o, "failed_segments", json_object_new_int64(r->failed));
	json_object_object_add(o, "rpcs", json_object_new_int64((int64_t)rpcs));
	json_object_object_add(o, "list_rpcs", json_object_new_int64((int64_t)r->rpcs_list));
	json_object_object_add(o, "initiate_rpcs", json_object_new_int64((int64_t)r->rpcs_initiate));
	json_object_object_add(o, "retrieve_rpcs", json_object_new_int64((int64_t)r->rpcs_retrieve));
	json_object_object_add(o, "retrieve_buffer", json_object_new_int64(r->retrieve_len));
	json_object_object_add(o, "seconds", rounded(r->seconds, 3));
	json_object_object_add(o, "mib_per_s", rounded(r->seconds > 0 ? mib / r->seconds : 0, 2));
	json_object_object_add(o, "sha256_hex", json_object_new_string(r->sha256));
	json_object_object_add(o, "segment_table", segments_json(r));
	return o;
}

void bnxt_cd_progress(const struct bnxt_cd_run *r, size_t seg, bool last)
{
	double mib = (double)(r->pos) / (1024.0 * 1024.0);
	double all = (double)r->total / (1024.0 * 1024.0);

	fprintf(stderr, "\rcoredump: segment %zu/%zu, %.1f of %.1f MiB (%.0f%%)%s", seg, r->n_segs,
		mib, all, all > 0 ? 100.0 * mib / all : 100.0, last ? "\n" : "   ");
	fflush(stderr);
}
