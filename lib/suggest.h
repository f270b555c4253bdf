/* SPDX-License-Identifier: GPL-2.0-or-later */
/* Names typed by people: one matching rule, and "did you mean ...?" for a
 * name that matched nothing in a table. */
#ifndef FWCTL_SUGGEST_H
#define FWCTL_SUGGEST_H

#include <stdbool.h>
#include <stddef.h>

#define FWCTL_SUGGEST_MAX 3

/* The one rule for a typed name against a table's: case ignored, '-' and
 * '_' the same ("vport-state" is "VPORT_STATE"). */
bool fwctl_name_eq(const char *typed, const char *name);

/*
 * Feed every valid name with fwctl_suggest_add(); the closest ones (case
 * ignored, an edit distance of about a third of the word, or the word as
 * a prefix) are kept.  Names are not copied: they must outlive the text.
 */
struct fwctl_suggest {
	const char *word;
	const char *best[FWCTL_SUGGEST_MAX];
	unsigned int dist[FWCTL_SUGGEST_MAX];
	size_t n;
};

void fwctl_suggest_init(struct fwctl_suggest *s, const char *word);
void fwctl_suggest_add(struct fwctl_suggest *s, const char *candidate);
/* "; did you mean 'A' or 'B'?" into buf, or "" when nothing is close;
 * returns buf, for an error message's tail. */
const char *fwctl_suggest_text(const struct fwctl_suggest *s, char *buf, size_t len);

#endif
