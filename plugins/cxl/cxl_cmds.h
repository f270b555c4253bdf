/* SPDX-License-Identifier: GPL-2.0-or-later */
/* The cxl command handlers. */
#ifndef FWCTL_CXL_CMDS_H
#define FWCTL_CXL_CMDS_H

#include "../plugin.h"
#include "cxl.h"

/* The memdev bus: the parent of a CXL fwctl device (plugin.c). */
extern const struct fwctl_parent_bus cxl_parent_buses[];

struct cxl_feature_opts {
	const char *selection;
	const char *data_hex;
	const char *data_file;
	bool saved;
};

int cxl_cmd_features(struct fwctl_ctx *ctx, void *opts, int argc, char **argv);
int cxl_cmd_feature(struct fwctl_ctx *ctx, void *opts, int argc, char **argv);
int cxl_feature_get(struct fwctl_ctx *ctx, struct cxl_feature_opts *o, int argc, char **argv);
int cxl_feature_set(struct fwctl_ctx *ctx, struct cxl_feature_opts *o, int argc, char **argv);

/* UUID or known name -> uuid bytes (and the known entry, if any). */
int cxl_resolve_feature(struct fwctl_ctx *ctx, const char *arg, uint8_t uuid[16],
			const struct cxl_known_feat **k);
/* Read the list and find uuid in it; unsupported-feature error if absent. */
int cxl_lookup_feature(struct fwctl_ctx *ctx, const uint8_t uuid[16], struct cxl_feat_list *l,
		       const struct cxl_feat **f);
/*
 * --dry-run only: attach the preview of a Set Feature of f with data (the
 * feature, its current data read with Get Feature at scope config, the new
 * data), before the Set is reached.  Nothing without --dry-run.
 */
void cxl_set_preview(struct fwctl_ctx *ctx, const struct cxl_known_feat *k,
		     const struct cxl_feat *f, uint32_t scope, bool saved, const uint8_t *data,
		     size_t len);
/* fwctl report: the feature list in short form. */
int cxl_report(struct fwctl_ctx *ctx, struct json_object *into);
/* "device" and "memdev" keys of a result. */
void cxl_add_device(struct fwctl_ctx *ctx, struct json_object *root);

#endif
