// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * Where catalogues come from: --catalog PATH, else $FWCTL_PDS_CATALOG, else
 * the system directory (sysconfdir/fwctl/pds), else the installed one
 * (datadir/fwctl/pds).  The first location that exists is used; a
 * directory contributes every *.json file in it, in name order.
 */
#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "config.h"
#include "../plugin.h"
#include "pds.h"

#ifndef FWCTL_PDS_SYSCONF_DIR
#define FWCTL_PDS_SYSCONF_DIR "/etc/fwctl/pds"
#endif
#ifndef FWCTL_PDS_DATA_DIR
#define FWCTL_PDS_DATA_DIR "/usr/share/fwctl/pds"
#endif

#define MAX_FILES 256

const char *pds_catalog_search_path(char *buf, size_t n)
{
	snprintf(buf, n, "$FWCTL_PDS_CATALOG, %s/*.json, %s/*.json", FWCTL_PDS_SYSCONF_DIR,
		 FWCTL_PDS_DATA_DIR);
	return buf;
}

static int load_file(struct pds_catalog *cat, const char *path, struct fwctl_err *err)
{
	uint8_t *buf = NULL;
	size_t len = 0;
	int rc;

	if (fwctl_read_file(path, PDS_CATALOG_MAX_BYTES + 1, &buf, &len, err) < 0)
		return -1;
	rc = pds_catalog_parse(cat, (const char *)buf, len, path, err);
	free(buf);
	return rc;
}

static int json_name(const struct dirent *d)
{
	size_t n = strlen(d->d_name);

	return d->d_name[0] != '.' && n > 5 && !strcmp(d->d_name + n - 5, ".json");
}

static int load_dir(struct pds_catalog *cat, const char *dir, struct fwctl_err *err)
{
	struct dirent **list = NULL;
	int n = scandir(dir, &list, json_name, alphasort), rc = 0;

	if (n < 0)
		return fwctl_err_set(err, FWCTL_ERR_IO, errno, "catalogue directory %s: %s", dir,
				     strerror(errno));
	if (n > MAX_FILES)
		rc = fwctl_err_set(err, FWCTL_ERR_USAGE, 0, "catalogue directory %s: more than %d files",
				   dir, MAX_FILES);
	for (int i = 0; i < n; i++) {
		char *path = NULL;

		if (rc == 0) {
			if (asprintf(&path, "%s/%s", dir, list[i]->d_name) < 0)
				rc = fwctl_err_set(err, FWCTL_ERR_FAILED, ENOMEM, "out of memory");
			else
				rc = load_file(cat, path, err);
		}
		free(path);
		free(list[i]);
	}
	free(list);
	return rc;
}

static int load_path(struct pds_catalog *cat, const char *path, struct fwctl_err *err)
{
	struct stat st;

	if (strcmp(path, "-") && stat(path, &st) == 0 && S_ISDIR(st.st_mode))
		return load_dir(cat, path, err);
	return load_file(cat, path, err);
}

int pds_catalog_load(struct pds_catalog *cat, const char *path, bool *found,
		     struct fwctl_err *err)
{
	const char *env = getenv("FWCTL_PDS_CATALOG");
	const char *dirs[] = { FWCTL_PDS_SYSCONF_DIR, FWCTL_PDS_DATA_DIR };
	struct stat st;

	memset(cat, 0, sizeof(*cat));
	*found = true;
	/* An explicit choice must work: a typo must not fall back silently. */
	if (path && *path)
		return load_path(cat, path, err);
	if (env && *env)
		return load_path(cat, env, err);
	for (size_t i = 0; i < FWCTL_ARRAY_SIZE(dirs); i++)
		if (stat(dirs[i], &st) == 0 && S_ISDIR(st.st_mode))
			return load_dir(cat, dirs[i], err);
	*found = false;
	return 0;
}
