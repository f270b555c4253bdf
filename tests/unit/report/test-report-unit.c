// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * The pieces of `fwctl report` and the safety layer that are pure
 * functions: the ustar writer (headers, checksums, padding, streamed and
 * dropped entries), the audit's write classification of request bytes,
 * and the taint flag names (kernel bit numbers).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../../../lib/rpc.h"
#include "../../../lib/taint.h"
#include "../../../output/tar.h"
#include "../../tap.h"

static uint64_t octal(const uint8_t *p, size_t n)
{
	char tmp[16] = { 0 };

	memcpy(tmp, p, n < sizeof(tmp) - 1 ? n : sizeof(tmp) - 1);
	return strtoull(tmp, NULL, 8);
}

static unsigned int header_sum(const uint8_t *h)
{
	unsigned int sum = 0;

	for (size_t i = 0; i < TAR_BLOCK; i++)
		sum += (i >= 148 && i < 156) ? ' ' : h[i];
	return sum;
}

static void test_header(void)
{
	uint8_t h[TAR_BLOCK];
	char longname[120];

	ok(tar_header(h, "report.json", 12345, 1700000000) == 0, "tar_header(h, \"report.json\", 12345, 1700000000) == 0");
	is_str((char *)h, "report.json", "(char *)h == \"report.json\"");
	ok(!memcmp(h + 257, "ustar", 6) && !memcmp(h + 263, "00", 2), "!memcmp(h + 257, \"ustar\", 6) && !memcmp(h + 263, \"00\", 2)");
	ok(h[156] == '0', "h[156] == '0'");
	ok(octal(h + 124, 12) == 12345, "octal(h + 124, 12) == 12345");
	ok(octal(h + 136, 12) == 1700000000, "octal(h + 136, 12) == 1700000000");
	ok(octal(h + 100, 8) == 0644, "octal(h + 100, 8) == 0644");
	ok(octal(h + 148, 8) == header_sum(h), "octal(h + 148, 8) == header_sum(h)");
	ok(h[154] == 0 && h[155] == ' ', "h[154] == 0 && h[155] == ' '");
	/* limits: the name field and the 11-digit size */
	memset(longname, 'a', sizeof(longname) - 1);
	longname[sizeof(longname) - 1] = 0;
	ok(tar_header(h, longname, 1, 0) == -1, "tar_header(h, longname, 1, 0) == -1");
	ok(tar_header(h, "", 1, 0) == -1, "tar_header(h, \"\", 1, 0) == -1");
	ok(tar_header(h, "x", TAR_MAX_SIZE, 0) == 0 && octal(h + 124, 12) == TAR_MAX_SIZE, "tar_header(h, \"x\", TAR_MAX_SIZE, 0) == 0 && octal(h + 124, 12) == TAR_MAX_SIZE");
	ok(tar_header(h, "x", TAR_MAX_SIZE + 1, 0) == -1, "tar_header(h, \"x\", TAR_MAX_SIZE + 1, 0) == -1");
}

static void test_archive(void)
{
	struct fwctl_err err = { 0 };
	struct tar_entry e;
	uint8_t data[1000], *buf;
	FILE *f = tmpfile();
	long len;

	for (size_t i = 0; i < sizeof(data); i++)
		data[i] = (uint8_t)(i * 7);
	ok(f != NULL, "f");
	if (!f)
		return;
	/* a streamed entry in three writes: size is patched in afterwards */
	ok(tar_entry_begin(f, &e, "dump.bin", 0, &err) == 0, "tar_entry_begin(f, &e, \"dump.bin\", 0, &err) == 0");
	ok(tar_entry_write(f, &e, data, 300, &err) == 0, "tar_entry_write(f, &e, data, 300, &err) == 0");
	ok(tar_entry_write(f, &e, data + 300, 700, &err) == 0, "tar_entry_write(f, &e, data + 300, 700, &err) == 0");
	ok(tar_entry_write(f, &e, data, 0, &err) == 0, "tar_entry_write(f, &e, data, 0, &err) == 0");
	ok(tar_entry_end(f, &e, &err) == 0, "tar_entry_end(f, &e, &err) == 0");
	/* a failed entry leaves nothing behind */
	ok(tar_entry_begin(f, &e, "partial.bin", 0, &err) == 0, "tar_entry_begin(f, &e, \"partial.bin\", 0, &err) == 0");
	ok(tar_entry_write(f, &e, data, 600, &err) == 0, "tar_entry_write(f, &e, data, 600, &err) == 0");
	ok(tar_entry_abort(f, &e, &err) == 0, "tar_entry_abort(f, &e, &err) == 0");
	/* an empty entry and one exactly one block long */
	ok(tar_add_buffer(f, "empty", "", 0, 0, &err) == 0, "tar_add_buffer(f, \"empty\", \"\", 0, 0, &err) == 0");
	ok(tar_add_buffer(f, "block", data, 512, 0, &err) == 0, "tar_add_buffer(f, \"block\", data, 512, 0, &err) == 0");
	ok(tar_finish(f, &err) == 0, "tar_finish(f, &err) == 0");
	ok(!fwctl_err_is_set(&err), "!fwctl_err_is_set(&err)");
	{
		char name[101];
		uint8_t hdr[TAR_BLOCK];

		memset(name, 'n', 100);   /* 100 characters: no room for the NUL */
		name[100] = 0;
		ok(tar_entry_begin(f, &e, name, 0, &err) == -1, "tar_entry_begin(f, &e, name, 0, &err) == -1");
		name[99] = 0;             /* 99 fit */
		ok(tar_header(hdr, name, 0, 0) == 0, "tar_header(hdr, name, 0, 0) == 0");
	}

	fflush(f);
	len = ftell(f);
	/* headers + data: 512 + 1024 (1000 padded), 512 + 0, 512 + 512, end 1024 */
	ok(len == 512 + 1024 + 512 + 512 + 512 + 1024, "len == 512 + 1024 + 512 + 512 + 512 + 1024");
	buf = calloc(1, (size_t)len);
	rewind(f);
	ok(buf && fread(buf, 1, (size_t)len, f) == (size_t)len, "buf && fread(buf, 1, (size_t)len, f) == (size_t)len");
	if (buf) {
		is_str((char *)buf, "dump.bin", "(char *)buf == \"dump.bin\"");
		ok(octal(buf + 124, 12) == 1000, "octal(buf + 124, 12) == 1000");
		ok(octal(buf + 148, 8) == header_sum(buf), "octal(buf + 148, 8) == header_sum(buf)");
		ok(!memcmp(buf + 512, data, 1000), "!memcmp(buf + 512, data, 1000)");
		ok(buf[512 + 1000] == 0 && buf[512 + 1023] == 0, "buf[512 + 1000] == 0 && buf[512 + 1023] == 0");     /* padding */
		is_str((char *)buf + 1536, "empty", "(char *)buf + 1536 == \"empty\"");                   /* partial.bin is gone */
		ok(octal(buf + 1536 + 124, 12) == 0, "octal(buf + 1536 + 124, 12) == 0");
		is_str((char *)buf + 2048, "block", "(char *)buf + 2048 == \"block\"");
		ok(octal(buf + 2048 + 124, 12) == 512, "octal(buf + 2048 + 124, 12) == 512");
		ok(octal(buf + 2048 + 148, 8) == header_sum(buf + 2048), "octal(buf + 2048 + 148, 8) == header_sum(buf + 2048)");
		{
			long nz = 0;

			for (long i = len - 1024; i < len; i++)
				nz += buf[i] != 0;
			ok(nz == 0, "nz == 0");                               /* end marker */
		}
	}
	free(buf);
	fclose(f);
}

static void test_taint_names(void)
{
	const char *n[33];

	fwctl_taint_names(UINT64_C(1) << FWCTL_TAINT_BIT, n);
	is_str(n[0], "fwctl", "n[0] == \"fwctl\"");
	ok(n[1] == NULL, "n[1] == NULL");
	ok(FWCTL_TAINT_BIT == 19, "FWCTL_TAINT_BIT == 19");          /* 'J' in admin-guide/tainted-kernels.rst */
	ok(fwctl_taint_fwctl(524288) && !fwctl_taint_fwctl(524288 - 1), "fwctl_taint_fwctl(524288) && !fwctl_taint_fwctl(524288 - 1)");
	fwctl_taint_names(1 | 1u << 9 | 1u << 12 | 1u << 18, n);
	is_str(n[0], "proprietary_module", "n[0] == \"proprietary_module\"");
	is_str(n[1], "warn", "n[1] == \"warn\"");
	is_str(n[2], "oot_module", "n[2] == \"oot_module\"");
	is_str(n[3], "test", "n[3] == \"test\"");
	ok(n[4] == NULL, "n[4] == NULL");
	fwctl_taint_names(0xffffffffu, n);
	ok(n[31] != NULL && n[32] == NULL, "n[31] != NULL && n[32] == NULL");
}

int main(void)
{
	test_header();
	test_archive();
	test_taint_names();
	return tap_done();
}
