// SPDX-License-Identifier: GPL-2.0-or-later
/* lib/suggest: the names offered for a typo. */
#include "../../../lib/suggest.h"
#include "../../tap.h"

static const char *const names[] = {
	"QUERY_HCA_CAP", "QUERY_ADAPTER", "QUERY_ISSI", "ACCESS_REG", "QUERY_VPORT_STATE",
	"PAOS", "PTYS", "PMTU", "MTMP", "MGIR", NULL,
};

static const char *suggest(const char *word, char *buf, size_t len)
{
	struct fwctl_suggest s;

	fwctl_suggest_init(&s, word);
	for (size_t i = 0; names[i]; i++)
		fwctl_suggest_add(&s, names[i]);
	return fwctl_suggest_text(&s, buf, len);
}

int main(void)
{
	char buf[256];

	is_str(suggest("QUERY_HCA_CA", buf, sizeof(buf)), "; did you mean 'QUERY_HCA_CAP'?",
	       "a dropped letter");
	is_str(suggest("query_adpater", buf, sizeof(buf)), "; did you mean 'QUERY_ADAPTER'?",
	       "case and a swap");
	is_str(suggest("PTSY", buf, sizeof(buf)), "; did you mean 'PTYS'?", "a swap in a short name");
	is_str(suggest("PAOX", buf, sizeof(buf)), "; did you mean 'PAOS'?", "a short name, one edit");
	is_str(suggest("QUERY", buf, sizeof(buf)),
	       "; did you mean 'QUERY_HCA_CAP', 'QUERY_ADAPTER' or 'QUERY_ISSI'?",
	       "a prefix offers at most three, in table order");
	is_str(suggest("FROBNICATE", buf, sizeof(buf)), "", "nothing close: no suggestion");
	is_str(suggest("", buf, sizeof(buf)), "", "an empty word: no suggestion");
	is_str(suggest("QUERY_HCA_CA", buf, 10), "; did you", "a short buffer is cut, terminated");
	is_str(suggest("query-hca-ca", buf, sizeof(buf)), "; did you mean 'QUERY_HCA_CAP'?",
	       "'-' counts as '_'");
	ok(fwctl_name_eq("vport-state", "VPORT_STATE"), "name_eq: case and '-' for '_'");
	ok(fwctl_name_eq("func_qcaps", "func-qcaps"), "name_eq: '_' for '-'");
	ok(!fwctl_name_eq("vport", "vport_state"), "name_eq: a prefix is not equal");
	ok(!fwctl_name_eq("vport_state_x", "vport_state"), "name_eq: a longer name is not equal");
	ok(!fwctl_name_eq(NULL, "x") && !fwctl_name_eq("x", NULL), "name_eq: NULL is never equal");
	return tap_done();
}
