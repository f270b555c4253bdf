// SPDX-License-Identifier: GPL-2.0-or-later
/* The one list of command sets.  Order = order in help and completion. */
#include "config.h"
#include "plugin.h"

extern const struct fwctl_plugin fwctl_plugin_core;
extern const struct fwctl_plugin fwctl_plugin_mlx5;
extern const struct fwctl_plugin fwctl_plugin_pds;
extern const struct fwctl_plugin fwctl_plugin_cxl;
extern const struct fwctl_plugin fwctl_plugin_bnxt;

const struct fwctl_plugin *const fwctl_plugins[] = {
	&fwctl_plugin_core,
#ifdef HAVE_PLUGIN_MLX5
	&fwctl_plugin_mlx5,
#endif
#ifdef HAVE_PLUGIN_PDS
	&fwctl_plugin_pds,
#endif
#ifdef HAVE_PLUGIN_CXL
	&fwctl_plugin_cxl,
#endif
#ifdef HAVE_PLUGIN_BNXT
	&fwctl_plugin_bnxt,
#endif
};
const size_t fwctl_n_plugins = FWCTL_ARRAY_SIZE(fwctl_plugins);
