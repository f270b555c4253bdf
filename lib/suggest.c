// SPDX-License-Identifier: GPL-2.0-or-later
#include "suggest.h"

#include <ctype.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

/* Longer names cannot be typos of a short word worth suggesting. */
#define SUGGEST_MAX_LEN 64

/* Case folded, '-' read as '_'. */
static int name_fold(char c)
{
	return c == '-' ? '_' : tolower((unsigned char)c);
}

bool fwctl_name_eq(const char *typed, const char *name)
{
	if (!typed || !name)
		return false;
	for (; *typed && *name; typed++, name++)
		if (name_fold(*typed) != name_fold(*name))
			return false;
	return !*typed && !*name;
}

void fwctl_suggest_init(struct fwctl_suggest *s, const char *word)
{
	memset(s, 0, sizeof(*s));
	s->word = word;
}

/* Optimal string alignment distance, case-insensitive (an adjacent swap
 * counts as one edit, as typing errors usually are). */
static unsigned int suggest_distance(const char *a, const char *b)
{
	size_t la = strlen(a), lb = strlen(b);
	unsigned int d[SUGGEST_MAX_LEN + 1][SUGGEST_MAX_LEN + 1];

	if (la > SUGGEST_MAX_LEN || lb > SUGGEST_MAX_LEN)
		return ~0u;
	for (size_t i = 0; i <= la; i++)
		d[i][0] = (unsigned int)i;
	for (size_t j = 0; j <= lb; j++)
		d[0][j] = (unsigned int)j;
	for (size_t i = 1; i <= la; i++) {
		for (size_t j = 1; j <= lb; j++) {
			unsigned int cost = name_fold(a[i - 1]) != name_fold(b[j - 1]);
			unsigned int v = d[i - 1][j] + 1;

			if (d[i][j - 1] + 1 < v)
				v = d[i][j - 1] + 1;
			if (d[i - 1][j - 1] + cost < v)
				v = d[i - 1][j - 1] + cost;
			if (i > 1 && j > 1 &&
			    name_fold(a[i - 1]) == name_fold(b[j - 2]) &&
			    name_fold(a[i - 2]) == name_fold(b[j - 1]) &&
			    d[i - 2][j - 2] + 1 < v)
				v = d[i - 2][j - 2] + 1;
			d[i][j] = v;
		}
	}
	return d[la][lb];
}

static unsigned int suggest_score(const char *word, const char *cand)
{
	size_t lw = strlen(word);
	unsigned int limit = lw < 3 ? 1 : (unsigned int)(lw / 3);
	unsigned int dist;

	if (lw >= 2 && !strncasecmp(word, cand, lw))
		return 1;   /* a prefix: "QUERY_HCA" for "QUERY_HCA_CAP" */
	dist = suggest_distance(word, cand);
	return dist <= limit ? dist : ~0u;
}

void fwctl_suggest_add(struct fwctl_suggest *s, const char *candidate)
{
	unsigned int score;
	size_t pos;

	if (!candidate || !s->word || !*s->word)
		return;
	score = suggest_score(s->word, candidate);
	if (score == ~0u)
		return;
	for (size_t i = 0; i < s->n; i++)
		if (!strcmp(s->best[i], candidate))
			return;
	for (pos = s->n; pos > 0 && s->dist[pos - 1] > score; pos--)
		;
	if (pos >= FWCTL_SUGGEST_MAX)
		return;
	if (s->n < FWCTL_SUGGEST_MAX)
		s->n++;
	memmove(&s->best[pos + 1], &s->best[pos], (s->n - 1 - pos) * sizeof(s->best[0]));
	memmove(&s->dist[pos + 1], &s->dist[pos], (s->n - 1 - pos) * sizeof(s->dist[0]));
	s->best[pos] = candidate;
	s->dist[pos] = score;
}

const char *fwctl_suggest_text(const struct fwctl_suggest *s, char *buf, size_t len)
{
	size_t used;

	if (!len)
		return buf;
	buf[0] = '\0';
	if (!s->n)
		return buf;
	used = (size_t)snprintf(buf, len, "; did you mean");
	for (size_t i = 0; i < s->n && used < len; i++)
		used += (size_t)snprintf(buf + used, len - used, "%s '%s'",
					 i == 0 ? "" : (i + 1 == s->n ? " or" : ","), s->best[i]);
	if (used < len)
		snprintf(buf + used, len - used, "?");
	return buf;
}
