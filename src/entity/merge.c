/* merge: group the spans of one text into entities: same key, a bare
 * surname or given name joining the full name, an acronym joining the
 * organisation it abbreviates. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include "private.h"

struct mgroup {
	char *key;
	uint64_t hash;
	size_t nwords;
	size_t first, last; /* span indexes */
	float score[4];
	enum entity_type type;
};

struct merge {
	const char *text;
	struct span_list *sl;
	char **keys;
	size_t *nwords;
	struct mgroup *g;
	size_t ng;
};

/* FNV-1a of a string. */
static uint64_t
merge_hash(const char *s)
{
	uint64_t h = 1469598103934665603ull;

	while (*s) {
		h ^= (unsigned char)*s++;
		h *= 1099511628211ull;
	}
	return h;
}

/* Number of space-separated words of a key. */
static size_t
merge_words(const char *k)
{
	size_t n = 0;

	for (const char *p = k; *p; p++)
		if (p == k || (p[-1] == ' ' && *p != ' '))
			n++;
	return n;
}

/* The group whose key is k, or -1. */
static long
merge_find(const struct merge *m, const char *k)
{
	uint64_t h = merge_hash(k);

	for (size_t i = m->ng; i-- > 0;)
		if (m->g[i].hash == h && strcmp(m->g[i].key, k) == 0)
			return (long)i;
	return -1;
}

/* A new group for span i. */
static long
merge_new(struct merge *m, size_t i, size_t *cap)
{
	if (m->ng == *cap) {
		size_t nc = *cap ? *cap * 2 : 32;
		struct mgroup *ng = realloc(m->g, nc * sizeof(*ng));
		if (ng == NULL)
			return -1;
		m->g = ng;
		*cap = nc;
	}
	memset(&m->g[m->ng], 0, sizeof(m->g[0]));
	m->g[m->ng].key = m->keys[i];
	m->g[m->ng].hash = merge_hash(m->keys[i]);
	m->g[m->ng].nwords = m->nwords[i];
	m->g[m->ng].first = i;
	return (long)m->ng++;
}

/* 1 if the words of short key a appear in a row inside key b. */
static int
merge_within(const char *a, const char *b)
{
	size_t n = strlen(a);

	for (const char *p = b; (p = strstr(p, a)) != NULL; p++)
		if ((p == b || p[-1] == ' ') && (p[n] == '\0' || p[n] == ' '))
			return 1;
	return 0;
}

/* 1 if acronym key a spells the initials of the capitalised words of
 * span s ("onu" for "Organizzazione delle Nazioni Unite"). */
static int
merge_initials(const struct merge *m, const char *a, const struct span *s)
{
	const char *t = m->text;
	size_t i = s->start, n = 0, al = strlen(a);

	if (al < 2)
		return 0;
	while (i < s->end) {
		while (i < s->end && (t[i] == ' ' || t[i] == '\'' ||
		    t[i] == '-'))
			i++;
		if (i >= s->end)
			break;
		if (t[i] >= 'A' && t[i] <= 'Z') {
			if (n >= al || a[n] != t[i] + 32)
				return 0;
			n++;
		}
		while (i < s->end && t[i] != ' ' && t[i] != '-')
			i++;
	}
	return n == al;
}

/* The person group a short name at span i joins: the latest full name
 * mentioned before it, else the first after it; -1 if none. */
static long
merge_alias_person(const struct merge *m, size_t i)
{
	long best = -1, after = -1;
	const char *k = m->keys[i];

	for (size_t j = 0; j < m->ng; j++) {
		const struct mgroup *g = &m->g[j];
		if (g->type != ENTITY_PERSON || g->nwords <= m->nwords[i] ||
		    !merge_within(k, g->key))
			continue;
		if (g->first < i) {
			if (best < 0 || m->g[best].last < g->last ||
			    (g->last > i && m->g[best].first < g->first))
				best = (long)j;
		} else if (after < 0 || g->first < m->g[after].first) {
			after = (long)j;
		}
	}
	return best >= 0 ? best : after;
}

/* The organisation group an acronym at span i stands for, or -1. */
static long
merge_alias_acronym(const struct merge *m, size_t i)
{
	const struct span *s = &m->sl->v[i];

	/* "Korean Central News Agency (Kcna)" */
	if (i > 0 && s->start >= 2 && m->text[s->start - 1] == '(' &&
	    m->sl->v[i - 1].end + 2 >= s->start - 1 && m->nwords[i] == 1 &&
	    m->nwords[i - 1] >= 2)
		return (long)m->sl->v[i - 1].group;
	if (!s->acronym)
		return -1;
	for (size_t j = 0; j < m->ng; j++)
		if (m->g[j].nwords >= 2 && m->g[j].type != ENTITY_PERSON &&
		    merge_initials(m, m->keys[i], &m->sl->v[m->g[j].first]))
			return (long)j;
	return -1;
}

/* Pick each group's type from the summed evidence of its spans. */
static void
merge_type(struct merge *m)
{
	for (size_t j = 0; j < m->ng; j++) {
		struct mgroup *g = &m->g[j];
		g->type = ENTITY_PERSON;
		for (int t = ENTITY_PLACE; t <= ENTITY_ORG; t++)
			if (g->score[t] > g->score[g->type])
				g->type = (enum entity_type)t;
	}
}

/* First pass: strong spans with the same key share a group. */
static int
merge_exact(struct merge *m)
{
	size_t cap = 0;

	for (size_t i = 0; i < m->sl->n; i++) {
		struct span *s = &m->sl->v[i];
		long g = merge_find(m, m->keys[i]);
		if (g < 0 && s->weak) {
			s->group = SIZE_MAX;
			continue;
		}
		if (g < 0 && (g = merge_new(m, i, &cap)) < 0)
			return -1;
		s->group = (size_t)g;
		m->g[g].last = i;
		for (int t = 0; t < 4; t++)
			m->g[g].score[t] += s->score[t];
	}
	return 0;
}

/* Second pass: short names and acronyms join a fuller group. */
static void
merge_aliases(struct merge *m)
{
	for (size_t i = 0; i < m->sl->n; i++) {
		struct span *s = &m->sl->v[i];
		long g = -1;
		int strong_other = s->group != SIZE_MAX &&
		    m->g[s->group].type != ENTITY_PERSON &&
		    m->g[s->group].score[m->g[s->group].type] >= 3;
		if (!strong_other && m->nwords[i] <= 2)
			g = merge_alias_person(m, i);
		if (g < 0 && m->nwords[i] == 1)
			g = merge_alias_acronym(m, i);
		if (g >= 0 && (size_t)g != s->group)
			s->group = (size_t)g;
	}
}

/* Build the result: groups with mentions, canonical = fullest name. */
static int
merge_output(struct merge *m, struct entity_result *out)
{
	size_t *map = malloc((m->ng + 1) * sizeof(*map)), *best;
	size_t ng = 0;
	int rc = -1;

	best = calloc(m->ng + 1, sizeof(*best));
	out->mentions = malloc((m->sl->n + 1) * sizeof(*out->mentions));
	out->groups = calloc(m->ng + 1, sizeof(*out->groups));
	if (map == NULL || best == NULL || out->mentions == NULL ||
	    out->groups == NULL)
		goto done;
	for (size_t j = 0; j < m->ng; j++)
		map[j] = SIZE_MAX;
	for (size_t i = 0; i < m->sl->n; i++) {
		struct span *s = &m->sl->v[i];
		size_t g = s->group;
		if (g == SIZE_MAX)
			continue;
		if (map[g] == SIZE_MAX) {
			map[g] = ng;
			best[ng++] = i;
		} else {
			struct span *b = &m->sl->v[best[map[g]]];
			if (m->nwords[i] > m->nwords[best[map[g]]] ||
			    (m->nwords[i] == m->nwords[best[map[g]]] &&
			    s->end - s->start > b->end - b->start))
				best[map[g]] = i;
		}
		out->mentions[out->nmentions].start = s->start;
		out->mentions[out->nmentions].end = s->end;
		out->mentions[out->nmentions++].group = map[g];
	}
	for (size_t j = 0; j < m->ng; j++) {
		struct entity_group *eg;
		const struct span *b;
		if (map[j] == SIZE_MAX)
			continue;
		eg = &out->groups[map[j]];
		b = &m->sl->v[best[map[j]]];
		eg->type = m->g[j].type;
		eg->canonical = strndup(m->text + b->start, b->end - b->start);
		eg->key = entity_key(m->text + b->start, b->end - b->start);
		out->ngroups++;
		if (eg->canonical == NULL || eg->key == NULL)
			goto done;
	}
	rc = 0;
done:
	free(map);
	free(best);
	return rc;
}

/* Group the spans of sl into out. */
int
merge_spans(const struct entity_lexicon *lx, const char *text,
	    const struct tok_list *tl, struct span_list *sl,
	    struct entity_result *out)
{
	struct merge m = { .text = text, .sl = sl };
	int rc = -1;

	(void)lx;
	(void)tl;
	m.keys = calloc(sl->n + 1, sizeof(*m.keys));
	m.nwords = calloc(sl->n + 1, sizeof(*m.nwords));
	if (m.keys == NULL || m.nwords == NULL)
		goto done;
	for (size_t i = 0; i < sl->n; i++) {
		m.keys[i] = entity_key(text + sl->v[i].start,
		    sl->v[i].end - sl->v[i].start);
		if (m.keys[i] == NULL)
			goto done;
		m.nwords[i] = merge_words(m.keys[i]);
	}
	if (merge_exact(&m) < 0)
		goto done;
	merge_type(&m);
	merge_aliases(&m);
	rc = merge_output(&m, out);
done:
	if (rc < 0)
		entity_result_free(out);
	for (size_t i = 0; m.keys && i < sl->n; i++)
		free(m.keys[i]);
	free(m.keys);
	free(m.nwords);
	free(m.g);
	return rc;
}
