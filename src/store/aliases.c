/*
 * aliases: the surface forms counted in a write transaction, held in
 * memory and written once each when it commits.
 *
 * An import counts each spelling of each entity in each story: twenty
 * upserts a story, each moving the row's entry in aliases_key (key,
 * count), the costliest statement of an import.  A batch of 2,000
 * stories names the same few thousand spellings again and again, so the
 * counts are summed here and written in primary-key order at commit.
 *
 * Lookups stay exact: before the store looks a key up in aliases
 * (entities.c, entity_by_key), the counts held for that key are written
 * first.  Every write and every count is logged, so that rolling back a
 * savepoint takes back its own counts and puts back what it wrote.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "store-private.h"

/* The slot of (entity, surface) in the pair index: its own or the empty
 * one where it would go.  Slots hold an index into st->al, plus one. */
static size_t *
pair_slot(struct store *st, int64_t entity, const char *surface, size_t slen)
{
	size_t mask = st->capidx - 1, i = (size_t)store_hash(store_hash(
	    STORE_HASH_BASIS, &entity, sizeof(entity)), surface, slen) & mask;

	while (st->alpair[i]) {
		const struct store_alias *a = &st->al[st->alpair[i] - 1];

		if (a->entity == entity && a->slen == slen &&
		    memcmp(a->surface, surface, slen) == 0)
			break;
		i = (i + 1) & mask;
	}
	return &st->alpair[i];
}

/* The slot of the first alias held under key in the key index. */
static size_t *
key_slot(struct store *st, const char *key)
{
	size_t mask = st->capidx - 1;
	size_t i = (size_t)store_hash(STORE_HASH_BASIS, key, strlen(key)) & mask;

	while (st->alkey[i] && strcmp(st->al[st->alkey[i] - 1].key, key) != 0)
		i = (i + 1) & mask;
	return &st->alkey[i];
}

/* Rebuild both indexes with room for twice as many aliases as held. */
static int
reindex(struct store *st, size_t want)
{
	size_t cap = 64, *pair, *key;

	while (cap < 2 * want)
		cap *= 2;
	if ((pair = calloc(cap, sizeof(*pair))) == NULL ||
	    (key = calloc(cap, sizeof(*key))) == NULL) {
		free(pair);
		return -1;
	}
	free(st->alpair);
	free(st->alkey);
	st->alpair = pair;
	st->alkey = key;
	st->capidx = cap;
	for (size_t i = 0; i < st->nal; i++) {
		struct store_alias *a = &st->al[i];
		size_t *k = key_slot(st, a->key);

		*pair_slot(st, a->entity, a->surface, a->slen) = i + 1;
		a->knext = *k;	/* chains come out reversed: order is free */
		*k = i + 1;
	}
	return 0;
}

/* Append n to the log; -1 on ENOMEM. */
static int
log_add(struct store *st, size_t alias, long n)
{
	struct store_alias_log *v = store_grow(st->alog, &st->capalog,
	    st->nalog, sizeof(*v), 1024);

	if (v == NULL)
		return -1;
	st->alog = v;
	st->alog[st->nalog++] = (struct store_alias_log){ alias, n };
	return 0;
}

static int
oom(struct store *st)
{
	snprintf(st->errmsg, sizeof(st->errmsg), "out of memory");
	return -1;
}

/* A new alias held in memory: its index, or -1 on ENOMEM. */
static long
alias_new(struct store *st, int64_t entity, const char *surface, size_t slen,
	  const char *key)
{
	struct store_alias *a, *v;
	size_t *k;

	if ((v = store_grow(st->al, &st->capal, st->nal, sizeof(*v),
	    256)) == NULL)
		return -1;
	st->al = v;
	a = &st->al[st->nal];
	*a = (struct store_alias){ entity, strndup(surface, slen), strdup(key),
	    slen, 0, 0 };
	if (a->surface == NULL || a->key == NULL) {
		free(a->surface);
		free(a->key);
		return -1;
	}
	st->nal++;
	if (2 * st->nal > st->capidx) {	/* it is indexed with the rest */
		if (reindex(st, st->nal) == 0)
			return (long)st->nal - 1;
		st->nal--;
		free(a->surface);
		free(a->key);
		return -1;
	}
	*pair_slot(st, entity, surface, slen) = st->nal;
	k = key_slot(st, a->key);
	a->knext = *k;
	*k = st->nal;
	return (long)st->nal - 1;
}

int
store_aliases_count(struct store *st, int64_t entity, const char *surface,
		    size_t slen, const char *key, long n)
{
	size_t slot = st->capidx > 0 ? *pair_slot(st, entity, surface, slen) : 0;
	long i = slot > 0 ? (long)slot - 1 : alias_new(st, entity, surface, slen,
	    key);

	if (i < 0 || log_add(st, (size_t)i, n) < 0)
		return oom(st);
	st->al[i].count += n;
	return 0;
}

/* Write the count held for alias i and log it; 0 or -1. */
static int
alias_write(struct store *st, size_t i)
{
	struct store_alias *a = &st->al[i];
	sqlite3_stmt *s;

	if (a->count == 0)
		return 0;
	if ((s = store_stmt(st, "INSERT INTO aliases (entity, surface, key, "
	    "count) VALUES (?1, ?2, ?3, ?4) ON CONFLICT (entity, surface) DO "
	    "UPDATE SET count = count + ?4")) == NULL)
		return -1;
	sqlite3_bind_int64(s, 1, a->entity);
	sqlite3_bind_text(s, 2, a->surface, -1, SQLITE_STATIC);
	sqlite3_bind_text(s, 3, a->key, -1, SQLITE_STATIC);
	sqlite3_bind_int64(s, 4, a->count);
	if (sqlite3_step(s) != SQLITE_DONE)
		return store_fail(st, "cannot add alias");
	if (log_add(st, i, -a->count) < 0)
		return oom(st);
	a->count = 0;
	return 0;
}

int
store_aliases_write_key(struct store *st, const char *key)
{
	if (st->nal == 0)
		return 0;
	for (size_t i = *key_slot(st, key); i; i = st->al[i - 1].knext)
		if (alias_write(st, i - 1) < 0)
			return -1;
	return 0;
}

/* The primary-key order of aliases: entity, then surface (BINARY). */
static int
alias_cmp(const void *x, const void *y)
{
	const struct store_alias *a = *(struct store_alias *const *)x;
	const struct store_alias *b = *(struct store_alias *const *)y;

	if (a->entity != b->entity)
		return a->entity < b->entity ? -1 : 1;
	return strcmp(a->surface, b->surface);
}

int
store_aliases_write(struct store *st)
{
	struct store_alias **v;
	size_t n = 0;
	int rc = 0;

	if (st->nal == 0)
		return 0;
	if ((v = malloc(st->nal * sizeof(*v))) == NULL)
		return oom(st);
	for (size_t i = 0; i < st->nal; i++)
		if (st->al[i].count != 0)
			v[n++] = &st->al[i];
	qsort(v, n, sizeof(*v), alias_cmp);
	for (size_t i = 0; i < n && rc == 0; i++)
		rc = alias_write(st, (size_t)(v[i] - st->al));
	free(v);
	return rc;
}

void
store_aliases_undo(struct store *st, size_t mark)
{
	while (st->nalog > mark) {
		const struct store_alias_log *l = &st->alog[--st->nalog];

		st->al[l->alias].count -= l->n;
	}
}

void
store_aliases_clear(struct store *st)
{
	for (size_t i = 0; i < st->nal; i++) {
		free(st->al[i].surface);
		free(st->al[i].key);
	}
	st->nal = 0;
	st->nalog = 0;
	if (st->capidx > 0) {
		memset(st->alpair, 0, st->capidx * sizeof(*st->alpair));
		memset(st->alkey, 0, st->capidx * sizeof(*st->alkey));
	}
	/* A huge batch's tables are not kept for the next one. */
	if (st->capal > 65536) {
		free(st->al);
		free(st->alog);
		free(st->alpair);
		free(st->alkey);
		st->al = NULL;
		st->alog = NULL;
		st->alpair = st->alkey = NULL;
		st->capal = st->capalog = st->capidx = 0;
	}
}

void
store_aliases_free(struct store *st)
{
	store_aliases_clear(st);
	free(st->al);
	free(st->alog);
	free(st->alpair);
	free(st->alkey);
}
