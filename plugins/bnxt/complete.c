// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * Completion words of the bnxt commands, from the plugin's own tables:
 * query names (plain and DMA) and HWRM command names (allow-list and DMA
 * table), built once, NULL-terminated.
 */
#include <stdlib.h>

#include "bnxt_cmds.h"
#include "dma.h"
#include "dma_stats.h"

/* Two tables' names into one list; NULL when out of memory (no words). */
static const char **join_names(size_t n1, const char *(*name1)(size_t), size_t n2,
			       const char *(*name2)(size_t))
{
	const char **v = calloc(n1 + n2 + 1, sizeof(*v));

	for (size_t i = 0; v && i < n1; i++)
		v[i] = name1(i);
	for (size_t i = 0; v && i < n2; i++)
		v[n1 + i] = name2(i);
	return v;
}

static const char *query_name(size_t i) { return bnxt_queries[i].name; }
static const char *dma_query_name(size_t i) { return bnxt_dma_queries[i].name; }
static const char *hwrm_name(size_t i) { return bnxt_hwrm_cmds[i].name; }
static const char *dma_cmd_name(size_t i) { return bnxt_dma_cmds[i].name; }

const char *const *bnxt_query_names(void)
{
	static const char **v;

	if (!v)
		v = join_names(bnxt_n_queries, query_name, bnxt_n_dma_queries, dma_query_name);
	return v;
}

const char *const *bnxt_hwrm_names(void)
{
	static const char **v;

	if (!v)
		v = join_names(bnxt_n_hwrm_cmds, hwrm_name, bnxt_n_dma_cmds, dma_cmd_name);
	return v;
}
