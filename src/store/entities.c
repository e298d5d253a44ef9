/* entities: storing what the recogniser found, merging it across the
 * corpus by key, and the user's corrections (kept as rules). */
#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "store-private.h"

void
store_rules_flush(struct store *st)
{
	for (size_t i = 0; i < st->nrules; i++) {
		free(st->rules[i].key);
		free(st->rules[i].arg);
	}
	free(st->rules);
	st->rules = NULL;
	st->nrules = 0;
	st->rules_loaded = 0;
}

static int
rule_cmp(const void *a, const void *b)
{
	const struct store_rule *x = a, *y = b;
	int c = strcmp(x->key, y->key);

	return c ? c : strcmp(x->kind, y->kind);
}

/* Read every rule into memory, keeping the newest per (key, kind). */
static int
rules_load(struct store *st)
{
	sqlite3_stmt *s = store_stmt(st, "SELECT kind, key, coalesce(arg, '') "
	    "FROM entity_rules ORDER BY id");
	struct store_rule *v = NULL, *nv;
	size_t n = 0, cap = 0, i, j;
	int rc, oom = 0;

	if (s == NULL)
		return -1;
	while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
		if (n == cap) {
			cap = cap ? 2 * cap : 16;
			if ((nv = realloc(v, cap * sizeof(*v))) == NULL) {
				oom = 1;
				break;
			}
			v = nv;
		}
		snprintf(v[n].kind, sizeof(v[n].kind), "%s",
		    (const char *)sqlite3_column_text(s, 0));
		v[n].key = store_col_text(s, 1, &oom);
		v[n].arg = store_col_text(s, 2, &oom);
		n++;
	}
	sqlite3_reset(s);
	st->rules = v;
	st->nrules = n;
	if (oom || rc != SQLITE_DONE) {
		store_rules_flush(st);
		if (oom)
			snprintf(st->errmsg, sizeof(st->errmsg), "out of memory");
		return oom ? -1 : store_fail(st, "cannot read rules");
	}
	/* Stable sort keeps id order within a (key, kind): keep the last. */
	for (i = 1; i < n; i++) {
		struct store_rule t = v[i];

		for (j = i; j > 0 && rule_cmp(&v[j - 1], &t) > 0; j--)
			v[j] = v[j - 1];
		v[j] = t;
	}
	for (i = j = 0; i < n; i++) {
		if (i + 1 < n && rule_cmp(&v[i], &v[i + 1]) == 0) {
			free(v[i].key);
			free(v[i].arg);
			continue;
		}
		v[j++] = v[i];
	}
	st->nrules = j;
	st->rules_loaded = 1;
	return 0;
}

/* The newest rule of a kind for a key: its arg (malloc'd) in *arg, 1 if
 * found, 0 if not, -1 on error. */
static int
rule_get(struct store *st, const char *kind, const char *key, char **arg)
{
	struct store_rule want, *r;

	if (arg)
		*arg = NULL;
	if (!st->rules_loaded && rules_load(st) < 0)
		return -1;
	if (st->nrules == 0)
		return 0;
	snprintf(want.kind, sizeof(want.kind), "%s", kind);
	want.key = (char *)key;
	r = bsearch(&want, st->rules, st->nrules, sizeof(*r), rule_cmp);
	if (r == NULL)
		return 0;
	if (arg && (*arg = strdup(r->arg)) == NULL) {
		snprintf(st->errmsg, sizeof(st->errmsg), "out of memory");
		return -1;
	}
	return 1;
}

static int
rule_add(struct store *st, const char *kind, const char *key, const char *arg)
{
	sqlite3_stmt *s = store_stmt(st, "INSERT INTO entity_rules (kind, key, "
	    "arg, created_at) VALUES (?, ?, ?, ?)");
	char now[32];

	if (s == NULL)
		return -1;
	/* The newest of split and merge wins for a key: drop the other. */
	if (strcmp(kind, "merge") == 0 || strcmp(kind, "split") == 0) {
		sqlite3_stmt *d = store_stmt(st, "DELETE FROM entity_rules WHERE "
		    "key = ? AND kind = ?");

		if (d == NULL)
			return -1;
		sqlite3_bind_text(d, 1, key, -1, SQLITE_STATIC);
		sqlite3_bind_text(d, 2, kind[0] == 'm' ? "split" : "merge", -1,
		    SQLITE_STATIC);
		if (sqlite3_step(d) != SQLITE_DONE)
			return store_fail(st, "cannot store rule");
		if ((s = store_stmt(st, "INSERT INTO entity_rules (kind, key, "
		    "arg, created_at) VALUES (?, ?, ?, ?)")) == NULL)
			return -1;
	}
	store_rules_flush(st);
	store_now(now);
	sqlite3_bind_text(s, 1, kind, -1, SQLITE_STATIC);
	sqlite3_bind_text(s, 2, key, -1, SQLITE_STATIC);
	if (arg)
		sqlite3_bind_text(s, 3, arg, -1, SQLITE_STATIC);
	sqlite3_bind_text(s, 4, now, -1, SQLITE_STATIC);
	if (sqlite3_step(s) != SQLITE_DONE)
		return store_fail(st, "cannot store rule");
	return 0;
}

/* Follow merge rules from key to the key it was merged into (malloc'd). */
static char *
resolve_key(struct store *st, const char *key, int *err)
{
	char *k = strdup(key), *next;
	int hops;

	for (hops = 0; k && hops < 16; hops++) {
		int rc = rule_get(st, "merge", k, &next);

		if (rc < 0) {
			*err = 1;
			free(k);
			return NULL;
		}
		if (rc == 0)
			return k;
		free(k);
		k = next;
	}
	if (k == NULL)
		*err = 1;
	return k;
}

/* The slot of key in st->keys: its own, or the empty one where it would
 * go.  The table must have room. */
static struct store_key_slot *
key_slot(struct store *st, const char *key)
{
	size_t i = (size_t)store_hash(STORE_HASH_BASIS, key, strlen(key)) &
	    (st->capkeys - 1);

	while (st->keys[i].key && strcmp(st->keys[i].key, key) != 0)
		i = (i + 1) & (st->capkeys - 1);
	return &st->keys[i];
}

void
store_keys_forget(struct store *st)
{
	for (size_t i = 0; i < st->capkeys && st->nkeys > 0; i++)
		if (st->keys[i].key) {
			free(st->keys[i].key);
			st->keys[i].key = NULL;
			st->nkeys--;
		}
	st->nkeys = 0;
}

/* Remember that key finds entity id of type; out of memory only forgets. */
static void
key_remember(struct store *st, const char *key, int64_t id, int type)
{
	struct store_key_slot *k;

	if (2 * (st->nkeys + 1) > st->capkeys) {
		size_t cap = st->capkeys ? 2 * st->capkeys : 1024;
		struct store_key_slot *old = st->keys, *v = calloc(cap,
		    sizeof(*v));
		size_t oldcap = st->capkeys;

		if (v == NULL)
			return;
		st->keys = v;
		st->capkeys = cap;
		for (size_t i = 0; i < oldcap; i++)
			if (old[i].key)
				*key_slot(st, old[i].key) = old[i];
		free(old);
	}
	k = key_slot(st, key);
	if (k->key == NULL) {
		if ((k->key = strdup(key)) == NULL)
			return;
		st->nkeys++;
	}
	k->id = id;
	k->type = type;
}

/* The entity that owns key (as an alias or its own key): id, 0, -1;
 * its type in *type when found and type is not NULL.  What a lookup
 * found stays true within the transaction until an alias of another
 * entity under that key is counted (alias_add) or a correction changes
 * aliases (store_keys_forget): counting the found entity's own aliases
 * cannot unseat it.  A batch looks the same names up again and again. */
static int64_t
entity_by_key(struct store *st, const char *key, int *type)
{
	sqlite3_stmt *s;
	int64_t id = 0;
	int rc, t = 0;

	if (st->capkeys > 0) {
		struct store_key_slot *k = key_slot(st, key);

		if (k->key && k->id > 0) {
			if (type)
				*type = k->type;
			return k->id;
		}
	}

	/* the counts held in memory for this key first */
	if (store_aliases_write_key(st, key) < 0)
		return -1;
	/* aliases_key is (key, count): scan it in count order for the
	 * entity seen most often under this key (a surname can be the alias
	 * of hundreds of people: sorting them all at each lookup made import
	 * at a million stories twice as costly). */
	s = store_stmt(st, "SELECT x.entity, (SELECT type FROM entities WHERE "
	    "id = x.entity) FROM (SELECT entity FROM (SELECT entity, count FROM "
	    "aliases WHERE key = ?1 ORDER BY count DESC LIMIT 1) UNION ALL "
	    "SELECT id FROM entities WHERE key = ?1 LIMIT 1) AS x");
	if (s == NULL)
		return -1;
	sqlite3_bind_text(s, 1, key, -1, SQLITE_STATIC);
	rc = sqlite3_step(s);
	if (rc == SQLITE_ROW) {
		id = sqlite3_column_int64(s, 0);
		t = sqlite3_column_int(s, 1);
		if (type)
			*type = t;
	}
	sqlite3_reset(s);
	if (rc != SQLITE_ROW && rc != SQLITE_DONE)
		return store_fail(st, "cannot look up entity");
	if (id > 0)
		key_remember(st, key, id, t);
	return id;
}

/* The user's rename and retype rules for key: *rename gets the name
 * (malloc'd) or NULL, *type the type if a rule sets one.  0 or -1. */
static int
name_rules(struct store *st, const char *key, char **rename, int *type)
{
	char *retype = NULL;
	int t;

	if (rule_get(st, "rename", key, rename) < 0)
		return -1;
	if (rule_get(st, "retype", key, &retype) < 0) {
		free(*rename);
		*rename = NULL;
		return -1;
	}
	if (retype && (t = entity_type_parse(retype)) >= 0)
		*type = t;
	free(retype);
	return 0;
}

/* Bind entities.tail: the last word of key (store_key_tail), or NULL. */
static void
bind_tail(sqlite3_stmt *s, int col, const char *key)
{
	const char *tail = store_key_tail(key);

	if (tail)
		sqlite3_bind_text(s, col, tail, -1, SQLITE_STATIC);
	else
		sqlite3_bind_null(s, col);
}

/* Create an entity, applying rename and retype rules for its key. */
static int64_t
entity_create(struct store *st, const char *name, enum entity_type type,
	      const char *key)
{
	sqlite3_stmt *s;
	char *rename = NULL;
	int t = (int)type;

	if (name_rules(st, key, &rename, &t) < 0)
		return -1;
	type = (enum entity_type)t;
	if ((s = store_stmt(st, "INSERT INTO entities (name, type, key, tail) "
	    "VALUES (?, ?, ?, ?)")) == NULL) {
		free(rename);
		return -1;
	}
	sqlite3_bind_text(s, 1, rename ? rename : name, -1, SQLITE_TRANSIENT);
	sqlite3_bind_int(s, 2, type);
	sqlite3_bind_text(s, 3, key, -1, SQLITE_STATIC);
	bind_tail(s, 4, key);
	free(rename);
	if (sqlite3_step(s) != SQLITE_DONE)
		return store_fail(st, "cannot add entity");
	return sqlite3_last_insert_rowid(st->db);
}

/*
 * The one person of the store whose key ends with key, whole words
 * ("zelenski" finds "volodimir zelenski", "jong un" finds "kim jong un"),
 * through the index of keys' last words: a story that names someone by
 * the end of their name alone, and never whole, joins the corpus's
 * person so named.  When two people's names end so (Mario and Luca
 * Rossi) nobody is chosen: sharing a surname is no reason to merge.
 * id, 0 (none, or more than one), -1.
 */
static int64_t
person_by_end(struct store *st, const char *key)
{
	const char *tail = store_key_tail(key);
	sqlite3_stmt *s = store_stmt(st, "SELECT id FROM entities WHERE "
	    "tail = ?1 AND type = 1 AND substr(key, -length(?2) - 1) = "
	    "' ' || ?2 LIMIT 2");
	int64_t id = 0;
	int rc, n = 0;

	if (s == NULL)
		return -1;
	sqlite3_bind_text(s, 1, tail ? tail : key, -1, SQLITE_STATIC);
	sqlite3_bind_text(s, 2, key, -1, SQLITE_STATIC);
	while ((rc = sqlite3_step(s)) == SQLITE_ROW)
		if (n++ == 0)
			id = sqlite3_column_int64(s, 0);
	sqlite3_reset(s);
	if (rc != SQLITE_DONE)
		return store_fail(st, "cannot look up entity");
	return n == 1 ? id : 0;
}

/* Give entity id the whole name and key of a person: key's rename and
 * retype rules apply, as when entity_create makes one; *type gets its
 * type.  0 or -1. */
static int
entity_claim(struct store *st, int64_t id, const char *key, const char *name,
	     int *type)
{
	char *rename = NULL;
	sqlite3_stmt *s;
	int rc, t = ENTITY_PERSON;

	if (name_rules(st, key, &rename, &t) < 0)
		return -1;
	if ((s = store_stmt(st, "UPDATE entities SET name = ?1, key = ?3, "
	    "tail = ?4, type = ?5 WHERE id = ?2")) == NULL) {
		free(rename);
		return -1;
	}
	sqlite3_bind_text(s, 1, rename ? rename : name, -1, SQLITE_TRANSIENT);
	sqlite3_bind_int64(s, 2, id);
	sqlite3_bind_text(s, 3, key, -1, SQLITE_STATIC);
	bind_tail(s, 4, key);
	sqlite3_bind_int(s, 5, t);
	free(rename);
	rc = sqlite3_step(s);
	sqlite3_reset(s);
	if (rc != SQLITE_DONE)
		return store_fail(st, "cannot name entity");
	*type = t;
	return 0;
}

/*
 * A person known so far by the end of the name key alone ("Zelensky",
 * in stories that came first), who now gets it whole: the entity of that
 * end takes the fuller name, so that the earlier stories and this one
 * are one person.  Only an entity still named by that end (not one that
 * another full name took already, nor one the user renamed or split
 * out), and only when no other person's name ends so.  id, 0, -1.
 */
static int64_t
person_claim_end(struct store *st, const char *key, const char *name,
		 int *type)
{
	for (const char *e = strchr(key, ' '); e != NULL;
	    e = strchr(e + 1, ' ')) {
		sqlite3_stmt *s = store_stmt(st, "SELECT id, name FROM entities "
		    "WHERE key = ?1 AND type = 1 LIMIT 2");
		int64_t id = 0, other;
		char *nk = NULL;
		int rc, n = 0, bare = 0;

		if (s == NULL)
			return -1;
		sqlite3_bind_text(s, 1, e + 1, -1, SQLITE_STATIC);
		while ((rc = sqlite3_step(s)) == SQLITE_ROW && n++ == 0) {
			const char *nm = (const char *)sqlite3_column_text(s, 1);

			id = sqlite3_column_int64(s, 0);
			nk = nm ? entity_key(nm, strlen(nm)) : NULL;
			bare = nk && strcmp(nk, e + 1) == 0;
			free(nk);
		}
		sqlite3_reset(s);
		if (rc != SQLITE_DONE && rc != SQLITE_ROW)
			return store_fail(st, "cannot look up entity");
		if (n != 1 || !bare)
			continue;
		/* the user named it, or split it out of a person: theirs */
		if ((rc = rule_get(st, "rename", e + 1, NULL)) != 0 ||
		    (rc = rule_get(st, "split", e + 1, NULL)) != 0)
			return rc < 0 ? -1 : 0;
		if ((other = person_by_end(st, e + 1)) != 0)
			return other < 0 ? -1 : 0;	/* Luca Rossi, Mario Rossi */
		/* its name and key become the whole name's, as the user's
		 * rename and retype rules of that name have them (the end
		 * stays one of its aliases, which the user may split back
		 * out) */
		if ((rc = entity_claim(st, id, key, name, type)) < 0)
			return -1;
		return id;
	}
	return 0;
}

/* The entity of type `type` that name spelt with the other Latin
 * spelling of х has ("Cherson" finds "Kherson", "Michail Chodorkovskij"
 * "Mikhail Khodorkovsky"), or 0; -1 on error.  Asked only when the
 * name's own key finds nothing. */
static int64_t
entity_by_alt(struct store *st, const char *name, enum entity_type type)
{
	char *alt;
	int64_t id;
	int t = ENTITY_OTHER;

	if (type != ENTITY_PERSON && type != ENTITY_PLACE)
		return 0;
	if ((alt = entity_key_alt(name, strlen(name))) == NULL)
		return 0;
	id = entity_by_key(st, alt, &t);
	free(alt);
	return id > 0 && t != (int)type ? 0 : id;
}

/*
 * A town and the team named after it are two entities: "il Napoli ha
 * battuto la Roma" and "a Napoli piove"; "Liverpool beat Everton" and
 * "in Liverpool"; "i tifosi della Lazio" and "nel Lazio".  The
 * recogniser marks such groups (entity_group.apart: a town's or
 * region's place, or its team); the store used to put both under the
 * entity that came first, so a story of the match listed the city, or
 * the city's news the club.  Anything else shares an entity with
 * whatever has its key, as before: a country that acts ("Federazione
 * Russa") is the country, and a person's and a place's readings of one
 * name disagree by the recogniser's error more often than by fact.
 */
static int
place_org_clash(int found, enum entity_type want)
{
	return (found == ENTITY_PLACE && want == ENTITY_ORG) ||
	    (found == ENTITY_ORG && want == ENTITY_PLACE);
}

/* The entity of type `type` under key (an alias's most counted, else
 * its own key), or 0; -1 on error.  Asked only when the one entity_by_key
 * found has the other of place and organisation. */
static int64_t
entity_by_key_type(struct store *st, const char *key, enum entity_type type)
{
	sqlite3_stmt *s = store_stmt(st, "SELECT entity FROM (SELECT a.entity "
	    "FROM aliases a, entities e WHERE a.key = ?1 AND e.id = a.entity "
	    "AND e.type = ?2 ORDER BY a.count DESC LIMIT 1) UNION ALL "
	    "SELECT id FROM (SELECT id FROM entities WHERE key = ?1 AND "
	    "type = ?2 LIMIT 1)");
	int64_t id = 0;
	int rc;

	if (s == NULL)
		return -1;
	sqlite3_bind_text(s, 1, key, -1, SQLITE_STATIC);
	sqlite3_bind_int(s, 2, (int)type);
	if ((rc = sqlite3_step(s)) == SQLITE_ROW)
		id = sqlite3_column_int64(s, 0);
	sqlite3_reset(s);
	if (rc != SQLITE_ROW && rc != SQLITE_DONE)
		return store_fail(st, "cannot look up entity");
	return id;
}

/* Find or create the entity for key; 0 never, -1 on error.  When
 * typed is not NULL, *typed says whether the entity has a type.  apart
 * is the group's (a town or its team: place_org_clash).  A
 * person's name not yet known may be the end of a known one's, or a
 * known one the end of it (person_by_end, person_claim_end). */
static int64_t
entity_for(struct store *st, const char *key, const char *name,
	   enum entity_type type, int apart, int *typed)
{
	int t = ENTITY_OTHER, split = 0;
	int64_t id = entity_by_key(st, key, &t);

	/* a town and its team: the other of place and organisation is that
	 * type's own entity, or a new one; unless the user's retype rule for
	 * the name says what it is, which every entity of the name then is */
	if (id > 0 && apart && place_org_clash(t, type)) {
		char *rt = NULL;
		int rc = rule_get(st, "retype", key, &rt);

		if (rc < 0)
			return -1;
		if (rc == 0 || entity_type_parse(rt) != t) {
			int64_t other = entity_by_key_type(st, key, type);

			if (other < 0) {
				free(rt);
				return -1;
			}
			id = other;
			t = other > 0 ? (int)type : ENTITY_OTHER;
		}
		free(rt);
	}
	/* (not a name the user split out of a person: its own) */
	if (id == 0 && type == ENTITY_PERSON &&
	    (split = rule_get(st, "split", key, NULL)) < 0)
		return -1;
	if (id == 0 && !split && (id = entity_by_alt(st, name, type)) > 0) {
		t = (int)type;
		key_remember(st, key, id, t);
	}
	if (id == 0 && type == ENTITY_PERSON && !split) {
		t = ENTITY_PERSON;
		if (strchr(key, ' ') != NULL)
			id = person_claim_end(st, key, name, &t);
		if (id == 0)
			id = person_by_end(st, key);
		if (id > 0)
			key_remember(st, key, id, t);
	}
	if (id < 0)
		return -1;
	if (id == 0) {
		id = entity_create(st, name, type, key);
		t = (int)type;	/* or its retype rule's: typed either way */
		if (id > 0)	/* no alias has its key yet: it finds this one */
			key_remember(st, key, id, t);
	}
	if (typed)
		*typed = t != ENTITY_OTHER;
	return id;
}

/* Record a surface form of an entity seen `count` more times: held in
 * memory until the transaction commits or its key is looked up
 * (aliases.c). */
static int
alias_add(struct store *st, int64_t entity, const char *surface, size_t slen,
	  const char *skey, long count)
{
	if (st->capkeys > 0) {	/* it may now outnumber the one found */
		struct store_key_slot *k = key_slot(st, skey);

		if (k->key && k->id != entity)
			k->id = 0;
	}
	return store_aliases_count(st, entity, surface, slen, skey, count);
}

/* Record one mention: staged in memory until the transaction commits,
 * so that the mentions of a whole batch enter the entity-ordered primary
 * key in key order, each page of it visited once, instead of one random
 * page per mention (what made import slow down as the store grew).
 * sortkey is one of st->stage_keys. */
static int
mention_add(struct store *st, int64_t entity, const char *sortkey,
	    int64_t article, size_t start, size_t end)
{
	struct store_staged *v = store_grow(st->stage, &st->capstage,
	    st->nstage, sizeof(*v), 1024);

	if (v == NULL) {
		snprintf(st->errmsg, sizeof(st->errmsg), "out of memory");
		return -1;
	}
	st->stage = v;
	st->stage[st->nstage++] = (struct store_staged){ entity, article,
	    (int64_t)start, (int64_t)end, sortkey };
	return 0;
}

/* Keep a copy of an article's sortkey while its mentions are staged. */
static const char *
stage_key(struct store *st, const char *sortkey)
{
	char *k;

	char **v = store_grow(st->stage_keys, &st->capstage_keys,
	    st->nstage_keys, sizeof(*v), 256);

	if (v == NULL)
		return NULL;
	st->stage_keys = v;
	if ((k = strdup(sortkey)) == NULL)
		return NULL;
	st->stage_keys[st->nstage_keys++] = k;
	return k;
}

void
store_stage_truncate(struct store *st, size_t n)
{
	if (n < st->nstage)
		st->nstage = n;
	if (st->nstage == 0) {
		for (size_t i = 0; i < st->nstage_keys; i++)
			free(st->stage_keys[i]);
		st->nstage_keys = 0;
	}
}

/* The primary-key order of mentions. */
static inline int
staged_cmp(const void *a, const void *b)
{
	const struct store_staged *x = a, *y = b;
	int c;

	if (x->entity != y->entity)
		return x->entity < y->entity ? -1 : 1;
	if (x->sortkey != y->sortkey && (c = strcmp(x->sortkey, y->sortkey)))
		return c;
	if (x->article != y->article)
		return x->article < y->article ? -1 : 1;
	if (x->start != y->start)
		return x->start < y->start ? -1 : 1;
	return 0;
}

/*
 * Sort the staged mentions into primary-key order, as qsort with
 * staged_cmp would (glibc's is a stable merge sort; so is this one): a
 * merge sort whose comparison is inlined, runs of 8 sorted by insertion
 * first.  qsort cost about 500 instructions a mention, calling
 * staged_cmp through a pointer and moving the 40-byte mentions by a
 * sort of pointers to them.  0, or -1 when out of memory.
 */
static int
staged_sort(struct store_staged *v, size_t n)
{
	struct store_staged *tmp, *src = v, *dst;
	size_t run = 8;

	for (size_t lo = 0; lo < n; lo += run) {
		size_t hi = lo + run < n ? lo + run : n;

		for (size_t i = lo + 1; i < hi; i++) {
			struct store_staged x = v[i];
			size_t j = i;

			for (; j > lo && staged_cmp(&v[j - 1], &x) > 0; j--)
				v[j] = v[j - 1];
			v[j] = x;
		}
	}
	if (n <= run)
		return 0;
	if ((tmp = malloc(n * sizeof(*tmp))) == NULL)
		return -1;
	dst = tmp;
	for (; run < n; run *= 2) {
		for (size_t lo = 0; lo < n; lo += 2 * run) {
			size_t mid = lo + run < n ? lo + run : n;
			size_t hi = lo + 2 * run < n ? lo + 2 * run : n;
			size_t i = lo, j = mid, k = lo;

			while (i < mid && j < hi)
				dst[k++] = staged_cmp(&src[j], &src[i]) < 0 ?
				    src[j++] : src[i++];
			while (i < mid)
				dst[k++] = src[i++];
			while (j < hi)
				dst[k++] = src[j++];
		}
		struct store_staged *t = src;
		src = dst;
		dst = t;
	}
	if (src != v)
		memcpy(v, src, n * sizeof(*v));
	free(tmp);
	return 0;
}

/* A story's run of staged mentions, ranked by (sortkey, article). */
struct staged_story {
	const char *sortkey;
	int64_t article;
	size_t run;
};

static int
staged_story_cmp(const void *a, const void *b)
{
	const struct staged_story *x = a, *y = b;
	int c;

	if (x->sortkey != y->sortkey && (c = strcmp(x->sortkey, y->sortkey)))
		return c;
	if (x->article != y->article)
		return x->article < y->article ? -1 : 1;
	return x->run < y->run ? -1 : x->run > y->run;
}

#define PACK_ENTITY 26	/* bits of a packed key (staged_sort_packed) */
#define PACK_RANK 12
#define PACK_START 26
#define PACK_DIGIT 11	/* bits a pass of the radix sort */

/*
 * staged_sort by one 64-bit key a mention, when every part fits: its
 * entity, the rank of its story among the staged ones by (sortkey,
 * article), its start.  The stories, a few hundred, are sorted by
 * staged_cmp's order; the keys by a stable radix sort, so that equal
 * keys keep their staged order as the merge sort keeps it.  The merge
 * sort cost about 500 instructions a mention, comparing sortkeys' text;
 * this about 350.  1 when sorted, 0 when a part does not fit or the
 * mentions are few (nothing done), -1 out of memory.
 */
static int
staged_sort_packed(struct store_staged *v, size_t n)
{
	struct staged_story *story = NULL;
	uint64_t *base = NULL, *key, *idx, *k2, *i2;
	uint32_t *rank = NULL;
	struct store_staged *tmp = NULL;
	size_t nstory = 0, r, i, count[1 << PACK_DIGIT];
	int rc = -1, pass;

	if (n < 256)	/* a story's few: the passes cost more than they save */
		return 0;
	for (i = 0; i < n; i++)
		if (v[i].entity < 0 || v[i].entity >= (int64_t)1 << PACK_ENTITY ||
		    v[i].start < 0 || v[i].start >= (int64_t)1 << PACK_START)
			return 0;
	for (i = 0; i < n; i++)
		nstory += i == 0 || v[i].article != v[i - 1].article ||
		    v[i].sortkey != v[i - 1].sortkey;
	if (nstory > (size_t)1 << PACK_RANK)
		return 0;
	if ((story = malloc(nstory * sizeof(*story))) == NULL ||
	    (rank = malloc(nstory * sizeof(*rank))) == NULL ||
	    (base = malloc(4 * n * sizeof(*base))) == NULL ||
	    (tmp = malloc(n * sizeof(*tmp))) == NULL)
		goto done;
	for (i = r = 0; i < n; i++)
		if (i == 0 || v[i].article != v[i - 1].article ||
		    v[i].sortkey != v[i - 1].sortkey)
			story[r] = (struct staged_story){ v[i].sortkey,
			    v[i].article, r }, r++;
	qsort(story, nstory, sizeof(*story), staged_story_cmp);
	for (r = 0; r < nstory; r++)	/* the same story twice: one rank */
		rank[story[r].run] = r > 0 && story[r].article ==
		    story[r - 1].article && strcmp(story[r].sortkey,
		    story[r - 1].sortkey) == 0 ? rank[story[r - 1].run] :
		    (uint32_t)r;
	key = base;
	idx = base + n;
	k2 = base + 2 * n;
	i2 = base + 3 * n;
	for (i = 0, r = 0; i < n; i++) {
		if (i > 0 && (v[i].article != v[i - 1].article ||
		    v[i].sortkey != v[i - 1].sortkey))
			r++;
		key[i] = (uint64_t)v[i].entity << (PACK_RANK + PACK_START) |
		    (uint64_t)rank[r] << PACK_START | (uint64_t)v[i].start;
		idx[i] = i;
	}
	for (pass = 0; pass * PACK_DIGIT < 64; pass++) {
		int shift = pass * PACK_DIGIT;
		size_t sum = 0, *c = count;
		uint64_t *t;

		memset(count, 0, sizeof(count));
		for (i = 0; i < n; i++)
			c[key[i] >> shift & ((1 << PACK_DIGIT) - 1)]++;
		if (c[key[0] >> shift & ((1 << PACK_DIGIT) - 1)] == n)
			continue;	/* one digit: the order stands */
		for (r = 0; r < (size_t)1 << PACK_DIGIT; r++) {
			size_t x = c[r];

			c[r] = sum;
			sum += x;
		}
		for (i = 0; i < n; i++) {
			size_t d = c[key[i] >> shift & ((1 << PACK_DIGIT) - 1)]++;

			k2[d] = key[i];
			i2[d] = idx[i];
		}
		t = key, key = k2, k2 = t;
		t = idx, idx = i2, i2 = t;
	}
	for (i = 0; i < n; i++)
		tmp[i] = v[idx[i]];
	memcpy(v, tmp, n * sizeof(*v));
	rc = 1;
done:
	free(story);
	free(rank);
	free(base);
	free(tmp);
	return rc;
}

/* Add n mentions in a stories to an entity's counters. */
static int
entity_count_add(struct store *st, int64_t entity, int64_t n, int64_t a)
{
	sqlite3_stmt *s = store_stmt(st, "UPDATE entities SET mentions = "
	    "mentions + ?2, articles = articles + ?3 WHERE id = ?1");

	if (s == NULL)
		return -1;
	sqlite3_bind_int64(s, 1, entity);
	sqlite3_bind_int64(s, 2, n);
	sqlite3_bind_int64(s, 3, a);
	if (sqlite3_step(s) != SQLITE_DONE)
		return store_fail(st, "cannot count mentions");
	return 0;
}

/* Hold n mentions in a stories of an entity until the transaction's
 * held work is written (store_counts_write): a batch's slices name many
 * of the same entities, and an update of an entity's row also moves it
 * in entities_rank (2,000 new stories, 9,600 updates a slice at a time,
 * 3,900 a batch). */
static int
count_hold(struct store *st, int64_t entity, int64_t n, int64_t a)
{
	struct store_count *v = store_grow(st->counts, &st->capcounts,
	    st->ncounts, sizeof(*v), 1024);

	if (v == NULL) {
		snprintf(st->errmsg, sizeof(st->errmsg), "out of memory");
		return -1;
	}
	st->counts = v;
	st->counts[st->ncounts++] = (struct store_count){ entity, n, a };
	return 0;
}

static int
count_cmp(const void *a, const void *b)
{
	const struct store_count *x = a, *y = b;

	return x->entity < y->entity ? -1 : x->entity > y->entity;
}

int
store_counts_write(struct store *st)
{
	struct store_count *v = st->counts;
	size_t i, j;

	if (st->ncounts == 0)
		return 0;
	qsort(v, st->ncounts, sizeof(*v), count_cmp);
	for (i = 0; i < st->ncounts; i = j) {
		int64_t n = v[i].n, a = v[i].a;

		for (j = i + 1; j < st->ncounts && v[j].entity == v[i].entity;
		    j++) {
			n += v[j].n;
			a += v[j].a;
		}
		if (entity_count_add(st, v[i].entity, n, a) < 0)
			return -1;
	}
	st->ncounts = 0;
	return 0;
}

void
store_counts_clear(struct store *st)
{
	st->ncounts = 0;
}

/* Add n mentions (spans) of an entity in a story to mentions, or with
 * recent to mentions_recent: a row, or more spans for the row already
 * there.  0 or -1. */
static int
mentions_upsert(struct store *st, int recent, int64_t entity,
		const char *sortkey, int64_t article, long n, const char *spans)
{
	static const char *const sql[2] = {
		"INSERT INTO mentions (entity, sortkey, article, n, spans) "
		"VALUES (?1, ?2, ?3, ?4, ?5) ON CONFLICT (entity, sortkey, "
		"article) DO UPDATE SET n = n + excluded.n, spans = spans || "
		"',' || excluded.spans",
		"INSERT INTO mentions_recent (entity, sortkey, article, n, "
		"spans) VALUES (?1, ?2, ?3, ?4, ?5) ON CONFLICT (entity, "
		"sortkey, article) DO UPDATE SET n = n + excluded.n, spans = "
		"spans || ',' || excluded.spans",
	};
	sqlite3_stmt *s = store_stmt(st, sql[recent != 0]);
	int rc;

	if (s == NULL)
		return -1;
	sqlite3_bind_int64(s, 1, entity);
	sqlite3_bind_text(s, 2, sortkey, -1, SQLITE_STATIC);
	sqlite3_bind_int64(s, 3, article);
	sqlite3_bind_int64(s, 4, n);
	sqlite3_bind_text(s, 5, spans, -1, SQLITE_STATIC);
	rc = sqlite3_step(s);
	sqlite3_reset(s);
	return rc == SQLITE_DONE ? 0 : store_fail(st, "cannot write mentions");
}

/* The end of a sweep that starts at entity lo and moves at least quota
 * rows, whole entities: the first entity after the one the quota-th row
 * belongs to, or hi when the rows below hi are fewer.  0 or -1. */
static int
sweep_end(struct store *st, int64_t lo, int64_t hi, int64_t quota,
	  int64_t *end)
{
	sqlite3_stmt *s = store_stmt(st, "SELECT (SELECT entity FROM "
	    "mentions_recent WHERE entity > x.e AND entity < ?2 ORDER BY entity "
	    "LIMIT 1) FROM (SELECT entity AS e FROM mentions_recent WHERE entity "
	    ">= ?1 AND entity < ?2 ORDER BY entity LIMIT 1 OFFSET ?3) AS x");
	int rc;

	*end = hi;
	if (quota == INT64_MAX)
		return 0;
	if (s == NULL)
		return -1;
	sqlite3_bind_int64(s, 1, lo);
	sqlite3_bind_int64(s, 2, hi);
	sqlite3_bind_int64(s, 3, quota - 1);
	if ((rc = sqlite3_step(s)) == SQLITE_ROW &&
	    sqlite3_column_type(s, 0) != SQLITE_NULL)
		*end = sqlite3_column_int64(s, 0);
	sqlite3_reset(s);
	if (rc != SQLITE_ROW && rc != SQLITE_DONE)
		return store_fail(st, "cannot move mentions");
	return 0;
}

/* The number of rows of entities lo <= id < hi in mentions_recent. */
static int64_t
recent_count(struct store *st, int64_t lo, int64_t hi)
{
	sqlite3_stmt *s = store_stmt(st, "SELECT count(*) FROM mentions_recent "
	    "WHERE entity >= ?1 AND entity < ?2");
	int64_t n = -1;

	if (s == NULL)
		return -1;
	sqlite3_bind_int64(s, 1, lo);
	sqlite3_bind_int64(s, 2, hi);
	if (sqlite3_step(s) == SQLITE_ROW)
		n = sqlite3_column_int64(s, 0);
	sqlite3_reset(s);
	return n < 0 ? store_fail(st, "cannot move mentions") : n;
}

/*
 * Move the rows of entities lo <= id < hi from mentions_recent into
 * mentions, whole entities, until at least `quota` rows have moved; *next
 * is the first entity left behind, 0 once the range was all moved.
 *
 * A statement for the range, not one a row (which cost a third of the
 * writing thread's SQLite time).  It skips rows but never aborts, so
 * SQLite keeps no copy of the pages it changes (an upsert would keep
 * one, in memory, of every page of a sweep).  A story's row is in one
 * table or the other, so none is skipped; were one ever in both, the
 * row already in mentions takes the other's spans.
 */
static int
mentions_move(struct store *st, int64_t lo, int64_t hi, int64_t quota,
	      int64_t *next, int64_t *moved)
{
	int64_t end, rows;

	*moved = 0;
	*next = 0;
	if (quota <= 0)
		return 0;
	if (sweep_end(st, lo, hi, quota, &end) < 0 ||
	    (rows = recent_count(st, lo, end)) < 0 ||
	    store_exec_ids(st, "INSERT OR IGNORE INTO mentions (entity, sortkey, "
	    "article, n, spans) SELECT entity, sortkey, article, n, spans FROM "
	    "mentions_recent WHERE entity >= ?1 AND entity < ?2 ORDER BY entity, "
	    "sortkey, article", lo, end, "cannot move mentions") < 0)
		return -1;
	if (sqlite3_changes(st->db) < rows && store_exec_ids(st, "UPDATE "
	    "mentions SET n = mentions.n + r.n, spans = mentions.spans || ',' "
	    "|| r.spans FROM mentions_recent AS r WHERE r.entity >= ?1 AND "
	    "r.entity < ?2 AND mentions.entity = r.entity AND mentions.sortkey "
	    "= r.sortkey AND mentions.article = r.article AND mentions.spans <> "
	    "r.spans", lo, end, "cannot move mentions") < 0)
		return -1;
	if (store_exec_ids(st, "DELETE FROM mentions_recent WHERE entity >= ?1 "
	    "AND entity < ?2", lo, end, "cannot move mentions") < 0)
		return -1;
	*moved = rows;
	if (end != hi)
		*next = end;
	return 0;
}

int
store_mentions_settle(struct store *st, int64_t entity)
{
	int64_t next, moved;

	st->recent_rows = -1;	/* the sweep counts them again */
	return mentions_move(st, entity, entity + 1, INT64_MAX, &next, &moved);
}

long store_recent_rows = 262144;

/*
 * After a batch wrote `rows` rows into mentions_recent, move rows on into
 * mentions from where the last sweep stopped (mentions_sweep.next): as
 * many as came in when the small table holds store_recent_rows, fewer
 * while it is smaller, more while it is larger.  So it stays near that
 * size, the sweep passes every entity once per store_recent_rows rows
 * written, and each page of the big table is written about once per
 * sweep instead of once per batch.  Counted in rows, not entity ids: the
 * first ids are the most mentioned entities, and a range of ids taken as
 * a share of all ids moved 200,000 rows in one commit at 100k stories.
 */
static int
mentions_sweep(struct store *st, int64_t rows)
{
	sqlite3_stmt *s;
	int64_t next = 0, moved = 0, quota;
	int rc;

	if (store_recent_rows <= 0) {
		st->recent_rows = -1;
		return mentions_move(st, 0, INT64_MAX, INT64_MAX, &next, &moved);
	}
	if ((s = store_stmt(st, "SELECT (SELECT next FROM mentions_sweep), "
	    "CASE WHEN ?1 < 0 THEN (SELECT count(*) FROM mentions_recent) "
	    "ELSE ?1 + ?2 END")) == NULL)
		return -1;
	sqlite3_bind_int64(s, 1, st->recent_rows);
	sqlite3_bind_int64(s, 2, rows);
	rc = sqlite3_step(s);
	if (rc == SQLITE_ROW) {
		next = sqlite3_column_int64(s, 0);
		st->recent_rows = sqlite3_column_int64(s, 1);
	}
	sqlite3_reset(s);
	if (rc != SQLITE_ROW)
		return store_fail(st, "cannot move mentions");
	quota = (int64_t)((double)rows * (double)st->recent_rows /
	    (double)store_recent_rows);
	if (quota <= 0)
		return 0;
	if (next < 0)
		next = 0;
	if (mentions_move(st, next, INT64_MAX, quota, &next, &moved) < 0)
		return -1;
	st->recent_rows -= moved;
	return store_exec_ids(st, "UPDATE mentions_sweep SET next = ?1 WHERE "
	    "?2 = ?2", next, 0, "cannot move mentions");
}

/* Rows of mentions_recent written by one statement (store_mentions_flush):
 * an import writes a row per entity and story, about 15 a story, and a
 * statement a row cost about 2,200 instructions more a row in SQLite's
 * statement machinery (bind, step, halt, reset) than 32 rows a
 * statement; more rows a statement saved no more. */
#define MENTION_ROWS 32
#define ROW5 "(?,?,?,?,?)"
#define ROWS4 ROW5 "," ROW5 "," ROW5 "," ROW5
#define ROWS16 ROWS4 "," ROWS4 "," ROWS4 "," ROWS4

/* One story's mentions of an entity, its spans formatted. */
struct mention_row {
	int64_t entity, article;
	long n;
	const char *sortkey;
	char *spans;
};

/* Write rows r[0..k) into mentions_recent as upserts would, one after
 * the other.  A full set goes in one INSERT OR FAIL: a statement that
 * writes several rows and may abort keeps a copy of every page it
 * changes (a temporary file here, a write per page), one that fails
 * keeps the rows it wrote before the failing one and needs none.  A
 * story's row is new to the table (its story is new, or its old rows
 * were deleted), so a conflict does not happen; were one to, the rows
 * from the conflicting one on are upserted one at a time. */
static int
mention_rows_write(struct store *st, const struct mention_row *r, int k)
{
	int i = 0;

	if (k == MENTION_ROWS) {
		sqlite3_stmt *s = store_stmt(st, "INSERT OR FAIL INTO "
		    "mentions_recent (entity, sortkey, article, n, spans) VALUES "
		    ROWS16 "," ROWS16);
		int rc;

		if (s == NULL)
			return -1;
		for (int j = 0; j < k; j++) {
			sqlite3_bind_int64(s, 5 * j + 1, r[j].entity);
			sqlite3_bind_text(s, 5 * j + 2, r[j].sortkey, -1,
			    SQLITE_STATIC);
			sqlite3_bind_int64(s, 5 * j + 3, r[j].article);
			sqlite3_bind_int64(s, 5 * j + 4, r[j].n);
			sqlite3_bind_text(s, 5 * j + 5, r[j].spans, -1,
			    SQLITE_STATIC);
		}
		rc = sqlite3_step(s);
		/* rows written before a failure: counted once it is reset */
		sqlite3_reset(s);
		if (rc == SQLITE_DONE)
			return 0;
		if (sqlite3_extended_errcode(st->db) !=
		    SQLITE_CONSTRAINT_PRIMARYKEY)
			return store_fail(st, "cannot write mentions");
		i = sqlite3_changes(st->db);
		if (i < 0 || i >= k)
			i = 0;
	}
	for (; i < k; i++)
		if (mentions_upsert(st, 1, r[i].entity, r[i].sortkey,
		    r[i].article, r[i].n, r[i].spans) < 0)
			return -1;
	return 0;
}

/* Format one story's staged mentions of an entity as a row; v has room
 * for n spans. */
static int
mention_row(struct store *st, const struct store_staged *m, long n,
	    struct store_span *v, struct mention_row *row)
{
	for (long i = 0; i < n; i++)
		v[i] = (struct store_span){ m[i].start, m[i].end };
	if ((row->spans = store_spans_format(v, n)) == NULL)
		goto oom;
	row->entity = m->entity;
	row->article = m->article;
	row->n = n;
	row->sortkey = m->sortkey;
	return 0;
oom:
	snprintf(st->errmsg, sizeof(st->errmsg), "out of memory");
	return -1;
}

/* Write the rows held and free their spans.  0 or -1. */
static int
mention_rows_flush(struct store *st, struct mention_row *r, int *k)
{
	int rc = *k > 0 ? mention_rows_write(st, r, *k) : 0;

	for (int j = 0; j < *k; j++)
		free(r[j].spans);
	*k = 0;
	return rc;
}

/*
 * Write the staged mentions into mentions_recent, sorted into key order,
 * a row per entity and story, 32 rows a statement that cannot abort
 * halfway (one that may keeps a copy of every page it changes: one for a
 * batch's 60,000 mentions held 30 MB of them; mention_rows_write), hold
 * their counts for their entities (count_hold: written with the rest of
 * what the transaction holds, store_fts_flush), and sweep the next range
 * of entities on into mentions.  Staged
 * mentions belong to stories new to mentions (added, or reindexed after
 * their old mentions were removed): each counts.
 */
int
store_mentions_flush(struct store *st)
{
	struct store_staged *v = st->stage;
	size_t i, j, w;
	int64_t n = 0, a = 0, rows = 0;
	struct mention_row held[MENTION_ROWS];
	struct store_span *spans;
	int nheld = 0, rc;

	/* (a row's spans are the staged mentions': room for them all) */
	if ((rc = staged_sort_packed(v, st->nstage)) == 0)
		rc = staged_sort(v, st->nstage);
	if (rc < 0 || (spans = malloc((st->nstage + 1) *
	    sizeof(*spans))) == NULL) {
		snprintf(st->errmsg, sizeof(st->errmsg), "out of memory");
		return -1;
	}
	for (i = w = 0; i < st->nstage; i++)	/* the same mention twice */
		if (w == 0 || staged_cmp(&v[w - 1], &v[i]) != 0)
			v[w++] = v[i];
	for (i = 0; i < w; i = j) {
		for (j = i + 1; j < w && v[j].entity == v[i].entity &&
		    v[j].article == v[i].article; j++)
			;
		if (mention_row(st, &v[i], (long)(j - i), spans,
		    &held[nheld]) < 0 ||
		    (++nheld == MENTION_ROWS &&
		    mention_rows_flush(st, held, &nheld) < 0))
			goto fail;
		n += (int64_t)(j - i);
		a++;
		rows++;
		if (j == w || v[j].entity != v[i].entity) {	/* its last story */
			if (count_hold(st, v[i].entity, n, a) < 0)
				goto fail;
			n = a = 0;
		}
	}
	free(spans);
	if (mention_rows_flush(st, held, &nheld) < 0)
		return -1;
	if (mentions_sweep(st, rows) < 0)
		return -1;
	/* Savepoints still open roll back to before these, written now. */
	for (int d = 0; d < st->depth && d < STORE_MAXDEPTH; d++)
		st->stage_mark[d] = 0;
	store_stage_truncate(st, 0);
	return 0;
fail:
	free(spans);
	for (int k = 0; k < nheld; k++)
		free(held[k].spans);
	return -1;
}

/* Count an entity's mentions and stories again (after a correction). */
static int
entity_recount(struct store *st, int64_t id)
{
	return store_exec_ids(st, "UPDATE entities SET mentions = (SELECT "
	    "coalesce(sum(n), 0) FROM mentions_all WHERE entity = ?1), articles "
	    "= (SELECT count(*) FROM mentions_all WHERE entity = ?1) WHERE id = ?1 "
	    "AND ?2 = ?2", id, 0, "cannot count mentions");
}

/* The distinct surfaces of one group: each is folded, resolved and
 * written as an alias once, however often it is mentioned. */
struct surface {
	const char *text;
	size_t len;
	long count;
	int64_t entity; /* 0: ignored */
	const char *key;
	char *own;      /* key, when computed here (the recogniser's is lent) */
};

/* The index of a surface in v, appending it when new; -1 on ENOMEM. */
static long
surface_find(struct surface **v, size_t *n, size_t *cap, const char *text,
	     size_t len)
{
	struct surface *nv;

	for (size_t i = 0; i < *n; i++)
		if ((*v)[i].len == len && memcmp((*v)[i].text, text, len) == 0)
			return (long)i;
	if (*n == *cap) {
		*cap = *cap ? 2 * *cap : 8;
		if ((nv = realloc(*v, *cap * sizeof(**v))) == NULL)
			return -1;
		*v = nv;
	}
	(*v)[*n] = (struct surface){ text, len, 0, 0, NULL, NULL };
	return (long)(*n)++;
}

/* Decide which entity a surface of a group belongs to: the group's, its
 * own when split out by the user, none when ignored.  0 or -1. */
static int
surface_resolve(struct store *st, const struct entity_group *grp, int64_t eid,
		struct surface *sf, const char *key)
{
	int rc, err = 0;

	if ((sf->key = key) == NULL &&
	    (sf->key = sf->own = entity_key(sf->text, sf->len)) == NULL) {
		snprintf(st->errmsg, sizeof(st->errmsg), "out of memory");
		return -1;
	}
	sf->entity = eid;
	if (strcmp(sf->key, grp->key) == 0)
		return 0;
	if ((rc = rule_get(st, "ignore", sf->key, NULL)) != 0) {
		sf->entity = 0;
		return rc < 0 ? -1 : 0;
	}
	if ((rc = rule_get(st, "split", sf->key, NULL)) == 1) {
		char *surface = strndup(sf->text, sf->len);
		char *res = resolve_key(st, sf->key, &err);

		sf->entity = surface && res ? entity_for(st, res, surface,
		    grp->type, grp->apart, NULL) : -1;
		free(surface);
		free(res);
		rc = sf->entity < 0 ? -1 : 0;
	}
	return rc;
}

/* Store the mentions of one group of the recogniser's result, those at
 * the indexes idx[0..n) of r->mentions, ascending. */
static int
group_add(struct store *st, int64_t article, const char *sortkey,
	  const char *body, size_t len, const struct entity_result *r, size_t g,
	  const size_t *idx, size_t n)
{
	const struct entity_group *grp = &r->groups[g];
	struct surface *sv = NULL;
	size_t nsv = 0, capsv = 0, i;
	char *key;
	int64_t eid;
	long k;
	int err = 0, rc = 0, typed = 0;

	if ((rc = rule_get(st, "ignore", grp->key, NULL)) != 0)
		return rc < 0 ? -1 : 0;
	if (st->nrules == 0)	/* (loaded by rule_get) no merge to follow */
		eid = entity_for(st, grp->key, grp->canonical, grp->type,
		    grp->apart, &typed);
	else if ((key = resolve_key(st, grp->key, &err)) == NULL)
		return -1;
	else {
		eid = entity_for(st, key, grp->canonical, grp->type,
		    grp->apart, &typed);
		free(key);
	}
	if (eid < 0)
		return -1;
	for (i = 0; i < n && rc == 0; i++) {
		const struct entity_mention *m = &r->mentions[idx[i]];

		if (m->start >= m->end || m->end > len)
			continue;
		if ((k = surface_find(&sv, &nsv, &capsv, body + m->start,
		    m->end - m->start)) < 0) {
			snprintf(st->errmsg, sizeof(st->errmsg), "out of memory");
			rc = -1;
		} else if (sv[k].count++ == 0)
			rc = surface_resolve(st, grp, eid, &sv[k], m->key);
		if (rc == 0 && sv[k].entity > 0)
			rc = mention_add(st, sv[k].entity, sortkey, article,
			    m->start, m->end);
	}
	for (i = 0; i < nsv; i++) {
		if (rc == 0 && sv[i].entity > 0)
			rc = alias_add(st, sv[i].entity, sv[i].text, sv[i].len,
			    sv[i].key, sv[i].count);
		free(sv[i].own);
	}
	free(sv);
	if (rc < 0)
		return -1;
	/* A group typed now where the entity had no type yet. */
	if (!typed && grp->type != ENTITY_OTHER && store_exec_ids(st,
	    "UPDATE entities SET type = ?1 WHERE id = ?2 AND type = 0",
	    grp->type, eid, "cannot type entity") < 0)
		return -1;
	return 0;
}

static int
id_cmp(const void *a, const void *b)
{
	int64_t x = *(const int64_t *)a, y = *(const int64_t *)b;

	return x < y ? -1 : x > y;
}

/* Write id in decimal at p, as "%lld" would (sprintf cost 930
 * instructions an id, 14 ids a story); the number of bytes. */
static size_t
id_put(char *p, int64_t id)
{
	char t[24];
	size_t n = 0, s = 0;
	uint64_t v = (uint64_t)id;

	if (id < 0) {
		p[s++] = '-';
		v = -v;
	}
	do {
		t[n++] = (char)('0' + v % 10);
		v /= 10;
	} while (v > 0);
	for (size_t k = 0; k < n; k++)
		p[s + k] = t[n - 1 - k];
	return s + n;
}

/*
 * Write a story's list of entities (article_entities): the distinct
 * entities of the mentions staged from index `from` on, ascending, as a
 * JSON array.  One row appended per story, where an index by article on
 * the mention tables cost a random page per mention row.
 */
static int
article_list_write(struct store *st, int64_t article, const char *sortkey,
		   size_t from)
{
	size_t n = st->nstage - from, len = 0, m;
	int64_t *ids;
	char *json;
	sqlite3_stmt *s;
	int rc;

	if (n == 0)
		return 0;
	ids = malloc(n * sizeof(*ids));
	json = malloc(n * 21 + 3);
	if (ids == NULL || json == NULL) {
		free(ids);
		free(json);
		snprintf(st->errmsg, sizeof(st->errmsg), "out of memory");
		return -1;
	}
	/* A group's mentions are staged one after the other: an id once a
	 * run (about 15 of a story's 60 mentions), sorted by insertion when
	 * they are few (qsort of them all cost 10,000 instructions a story) */
	m = 0;
	for (size_t i = 0; i < n; i++)
		if (m == 0 || ids[m - 1] != st->stage[from + i].entity)
			ids[m++] = st->stage[from + i].entity;
	if (m > 64)
		qsort(ids, m, sizeof(*ids), id_cmp);
	for (size_t i = 1; i < m && m <= 64; i++) {
		int64_t id = ids[i];
		size_t j;

		for (j = i; j > 0 && ids[j - 1] > id; j--)
			ids[j] = ids[j - 1];
		ids[j] = id;
	}
	json[len++] = '[';
	for (size_t i = 0; i < m; i++)
		if (i == 0 || ids[i] != ids[i - 1]) {
			if (len > 1)
				json[len++] = ',';
			len += id_put(json + len, ids[i]);
		}
	json[len++] = ']';
	free(ids);
	if ((s = store_stmt(st, "INSERT INTO article_entities (article, "
	    "sortkey, entities) VALUES (?1, ?2, ?3)")) == NULL) {
		free(json);
		return -1;
	}
	sqlite3_bind_int64(s, 1, article);
	sqlite3_bind_text(s, 2, sortkey, -1, SQLITE_STATIC);
	sqlite3_bind_text(s, 3, json, (int)len, SQLITE_STATIC);
	rc = sqlite3_step(s);
	sqlite3_reset(s);
	free(json);
	return rc == SQLITE_DONE ? 0 : store_fail(st, "cannot list entities");
}

int
store_entities_add(struct store *st, int64_t article, const char *sortkey,
		   const char *body, size_t len, const struct entity_result *ents)
{
	size_t from = st->nstage, ng = ents->ngroups, n = 0, *end, *idx;
	int rc = 0;

	if (ng == 0)
		return 0;
	/* Each group's mentions, in order, by a counting sort: a pass over
	 * every mention for each group cost 16M instructions of 2,000
	 * stories.  end[g]: where group g's mentions end in idx. */
	if ((sortkey = stage_key(st, sortkey)) == NULL ||
	    (end = calloc(ng + ents->nmentions, sizeof(*end))) == NULL) {
		snprintf(st->errmsg, sizeof(st->errmsg), "out of memory");
		return -1;
	}
	idx = end + ng;
	for (size_t i = 0; i < ents->nmentions; i++)
		if (ents->mentions[i].group < ng) {
			end[ents->mentions[i].group]++;
			n++;
		}
	for (size_t g = 1; g < ng; g++)
		end[g] += end[g - 1];
	for (size_t i = ents->nmentions; i-- > 0; )
		if (ents->mentions[i].group < ng)
			idx[--end[ents->mentions[i].group]] = i;
	/* (end[g] is now where group g starts; it ends where g + 1 starts) */
	for (size_t g = 0; g < ng && rc == 0; g++)
		rc = group_add(st, article, sortkey, body, len, ents, g,
		    idx + end[g], (g + 1 < ng ? end[g + 1] : n) - end[g]);
	free(end);
	return rc < 0 ? -1 : article_list_write(st, article, sortkey, from);
}

/* ---------------------------------------------------------------- reading */

/* Rows id, name, type, mentions, articles, aliases of s into *out. */
static long
entities_read(struct store *st, sqlite3_stmt *s, struct store_entity **out)
{
	struct store_entity *v = NULL, *nv;
	long n = 0, cap = 0;
	int rc, oom = 0;

	while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
		if (n == cap) {
			cap = cap ? 2 * cap : 32;
			if ((nv = realloc(v, (size_t)cap * sizeof(*v))) == NULL) {
				oom = 1;
				break;
			}
			v = nv;
		}
		v[n].id = sqlite3_column_int64(s, 0);
		v[n].name = store_col_text(s, 1, &oom);
		v[n].type = (enum entity_type)sqlite3_column_int(s, 2);
		v[n].mentions = sqlite3_column_int64(s, 3);
		v[n].articles = sqlite3_column_int64(s, 4);
		v[n].aliases = store_col_text(s, 5, &oom);
		n++;
	}
	sqlite3_reset(s);
	if (oom || (rc != SQLITE_ROW && rc != SQLITE_DONE)) {
		store_entities_free(v, n);
		if (oom)
			snprintf(st->errmsg, sizeof(st->errmsg), "out of memory");
		return oom ? -1 : store_fail(st, "cannot list entities");
	}
	*out = v;
	return n;
}

#define ENTITY_ROW "SELECT e.id, e.name, e.type, e.mentions, e.articles, " \
	"(SELECT group_concat(surface, '; ') FROM aliases WHERE entity = e.id) " \
	"FROM entities e "

long
store_entities(struct store *st, int type, int64_t article,
	       struct store_entity **out)
{
	sqlite3_stmt *s;

	*out = NULL;
	/* Corpus-wide counts are the entity's counters (kept as mentions
	 * are written); a story's are counted from its own mentions. */
	if (article)
		s = store_stmt(st, "SELECT e.id, e.name, e.type, sum(m.n), "
		    "e.articles, (SELECT group_concat(surface, '; ') FROM "
		    "aliases WHERE entity = e.id) FROM article_mentions m JOIN "
		    "entities e "
		    "ON e.id = m.entity WHERE m.article = ?1 AND (?2 < 0 OR "
		    "e.type = ?2) GROUP BY e.id ORDER BY e.type, sum(m.n) DESC, "
		    "e.name");
	else
		s = store_stmt(st, ENTITY_ROW "WHERE ?1 = 0 AND e.mentions > 0 "
		    "AND (?2 < 0 OR e.type = ?2) ORDER BY e.mentions DESC, "
		    "e.name, e.id");
	if (s == NULL)
		return -1;
	sqlite3_bind_int64(s, 1, article);
	sqlite3_bind_int(s, 2, type);
	return entities_read(st, s, out);
}

long
store_entities_top(struct store *st, int type, long offset, long limit,
		   struct store_entity **out)
{
	sqlite3_stmt *s = store_stmt(st, ENTITY_ROW "WHERE e.mentions > 0 AND "
	    "(?1 < 0 OR e.type = ?1) ORDER BY e.mentions DESC, e.name, e.id "
	    "LIMIT ?2 OFFSET ?3");

	*out = NULL;
	if (s == NULL)
		return -1;
	sqlite3_bind_int(s, 1, type);
	sqlite3_bind_int64(s, 2, limit);
	sqlite3_bind_int64(s, 3, offset);
	return entities_read(st, s, out);
}

void
store_entities_free(struct store_entity *e, long n)
{
	for (long i = 0; i < n; i++) {
		free(e[i].name);
		free(e[i].aliases);
	}
	free(e);
}

int64_t
store_entity_find(struct store *st, const char *name, int64_t except)
{
	sqlite3_stmt *s;
	char *key, *res;
	int64_t id = 0;
	int rc, err = 0;

	/* An exact canonical name first, then any alias by key. */
	if ((s = store_stmt(st, "SELECT id FROM entities WHERE name = ?1 "
	    "AND id <> ?2 ORDER BY id LIMIT 1")) == NULL)
		return -1;
	sqlite3_bind_text(s, 1, name, -1, SQLITE_STATIC);
	sqlite3_bind_int64(s, 2, except);
	rc = sqlite3_step(s);
	if (rc == SQLITE_ROW)
		id = sqlite3_column_int64(s, 0);
	sqlite3_reset(s);
	if (rc != SQLITE_ROW && rc != SQLITE_DONE)
		return store_fail(st, "cannot look up entity");
	if (id)
		return id;
	if ((key = entity_key(name, strlen(name))) == NULL) {
		snprintf(st->errmsg, sizeof(st->errmsg), "out of memory");
		return -1;
	}
	res = resolve_key(st, key, &err);
	free(key);
	if (res == NULL)
		return -1;
	id = entity_by_key(st, res, NULL);
	if (id > 0 && id == except) { /* the other entity of that key */
		if ((s = store_stmt(st, "SELECT id FROM entities WHERE key = ?1 "
		    "AND id <> ?2 ORDER BY id LIMIT 1")) == NULL) {
			free(res);
			return -1;
		}
		sqlite3_bind_text(s, 1, res, -1, SQLITE_STATIC);
		sqlite3_bind_int64(s, 2, except);
		id = (rc = sqlite3_step(s)) == SQLITE_ROW ?
		    sqlite3_column_int64(s, 0) : 0;
		sqlite3_reset(s);
		if (rc != SQLITE_ROW && rc != SQLITE_DONE)
			id = store_fail(st, "cannot look up entity");
	}
	free(res);
	return id;
}

long
store_entity_names(struct store *st, const char *prefix, long limit,
		   char ***names)
{
	char *lo = NULL, *hi = NULL, **v = NULL;
	sqlite3_stmt *s;
	long n = 0;
	int rc, oom = 0;
	size_t len;

	*names = NULL;
	if (limit <= 0)
		return 0;
	if ((lo = entity_key(prefix, strlen(prefix))) == NULL ||
	    (v = calloc((size_t)limit, sizeof(*v))) == NULL)
		goto nomem;
	/* Keys from lo up to, not including, lo with its last byte raised:
	 * every key that starts with lo (UTF-8 has no byte 0xff to raise);
	 * an empty lo, every key, most-mentioned first along entities_rank. */
	if ((len = strlen(lo)) > 0) {
		if ((hi = strdup(lo)) == NULL)
			goto nomem;
		hi[len - 1]++;
	}
	if (hi)
		s = store_stmt(st, "SELECT name FROM entities WHERE key >= ?1 "
		    "AND key < ?2 AND mentions > 0 ORDER BY mentions DESC, name "
		    "LIMIT ?3");
	else
		s = store_stmt(st, "SELECT name FROM entities WHERE mentions "
		    "> 0 ORDER BY mentions DESC, name LIMIT ?3");
	if (s == NULL) {
		free(lo);
		free(hi);
		free(v);
		return -1;
	}
	sqlite3_bind_text(s, 1, lo, -1, SQLITE_STATIC);
	if (hi)
		sqlite3_bind_text(s, 2, hi, -1, SQLITE_STATIC);
	sqlite3_bind_int64(s, 3, limit);
	while (n < limit && (rc = sqlite3_step(s)) == SQLITE_ROW) {
		if ((v[n] = store_col_text(s, 0, &oom)) == NULL)
			break;
		n++;
	}
	if (n == limit)
		rc = SQLITE_DONE;
	sqlite3_reset(s);
	free(lo);
	free(hi);
	if (oom || (rc != SQLITE_ROW && rc != SQLITE_DONE)) {
		while (n > 0)
			free(v[--n]);
		free(v);
		if (oom) {
			snprintf(st->errmsg, sizeof(st->errmsg), "out of memory");
			return -1;
		}
		return store_fail(st, "cannot list entities");
	}
	*names = v;
	return n;
nomem:
	free(lo);
	free(hi);
	free(v);
	snprintf(st->errmsg, sizeof(st->errmsg), "out of memory");
	return -1;
}

int
store_entity_get(struct store *st, int64_t id, char **name,
		 enum entity_type *type)
{
	sqlite3_stmt *s = store_stmt(st, "SELECT name, type FROM entities "
	    "WHERE id = ?");
	int rc, oom = 0;

	*name = NULL;
	if (s == NULL)
		return -1;
	sqlite3_bind_int64(s, 1, id);
	rc = sqlite3_step(s);
	if (rc == SQLITE_ROW) {
		*name = store_col_text(s, 0, &oom);
		*type = (enum entity_type)sqlite3_column_int(s, 1);
	}
	sqlite3_reset(s);
	if (oom) {
		snprintf(st->errmsg, sizeof(st->errmsg), "out of memory");
		return -1;
	}
	if (rc == SQLITE_DONE)
		return 1;
	return rc == SQLITE_ROW ? 0 : store_fail(st, "cannot read entity");
}

static int
mention_cmp(const void *a, const void *b)
{
	const struct store_mention *x = a, *y = b;

	if (x->start != y->start)
		return x->start < y->start ? -1 : 1;
	if (x->end != y->end)
		return x->end > y->end ? -1 : 1;
	return x->entity < y->entity ? -1 : x->entity > y->entity;
}

long
store_article_mentions(struct store *st, int64_t article,
		       struct store_mention **out)
{
	sqlite3_stmt *s = store_stmt(st, "SELECT m.entity, e.type, m.spans "
	    "FROM article_mentions m JOIN entities e ON e.id = m.entity WHERE "
	    "m.article = ?");
	struct store_mention *v = NULL, *nv;
	long n = 0, cap = 0;
	int rc, oom = 0;

	*out = NULL;
	if (s == NULL)
		return -1;
	sqlite3_bind_int64(s, 1, article);
	while (!oom && (rc = sqlite3_step(s)) == SQLITE_ROW) {
		struct store_span *sp;
		long k = store_spans_parse((const char *)sqlite3_column_text(s,
		    2), &sp);

		if (k < 0) {
			oom = 1;
			break;
		}
		if (n + k > cap) {
			cap = 2 * cap > n + k ? 2 * cap : n + k + 64;
			if ((nv = realloc(v, (size_t)cap * sizeof(*v))) == NULL) {
				free(sp);
				oom = 1;
				break;
			}
			v = nv;
		}
		for (long i = 0; i < k; i++) {
			v[n].entity = sqlite3_column_int64(s, 0);
			v[n].type = (enum entity_type)sqlite3_column_int(s, 1);
			v[n].start = (size_t)sp[i].start;
			v[n].end = (size_t)sp[i].end;
			n++;
		}
		free(sp);
	}
	sqlite3_reset(s);
	if (oom) {
		free(v);
		snprintf(st->errmsg, sizeof(st->errmsg), "out of memory");
		return -1;
	}
	if (rc != SQLITE_DONE) {
		free(v);
		return store_fail(st, "cannot read mentions");
	}
	if (n > 1)
		qsort(v, (size_t)n, sizeof(*v), mention_cmp);
	*out = v;
	return n;
}

/* Is byte c the start of a UTF-8 character? */
static int
utf8_lead(unsigned char c)
{
	return (c & 0xc0) != 0x80;
}

/* Cut [from, to) of body into a malloc'd string; NULL on ENOMEM. */
static char *
cut(const char *body, size_t from, size_t to)
{
	return strndup(body + from, to > from ? to - from : 0);
}

/* Fill the context of a mention: up to ~80 bytes each side, stopping at a
 * paragraph break and at character boundaries. */
static int
mention_context(struct store_entity_mention *m, const char *body, size_t len)
{
	size_t a = m->start > 80 ? m->start - 80 : 0, b = m->end + 80, i;

	if (m->end > len || m->start > m->end)
		return -1;
	if (b > len)
		b = len;
	for (i = m->start; i > a; i--)
		if (body[i - 1] == '\n') {
			a = i;
			break;
		}
	for (i = m->end; i < b; i++)
		if (body[i] == '\n') {
			b = i;
			break;
		}
	while (a < m->start && !utf8_lead((unsigned char)body[a]))
		a++;
	while (b > m->end && b < len && !utf8_lead((unsigned char)body[b]))
		b--;
	m->before = cut(body, a, m->start);
	m->text = cut(body, m->start, m->end);
	m->after = cut(body, m->end, b);
	return m->before && m->text && m->after ? 0 : -1;
}

/* One story's title, date and body, for the context of its mentions. */
struct story {
	int64_t id;
	char *title, *published;
	const char *body;
	size_t len;
	char *buf;
};

static int
story_load(struct store *st, int64_t id, struct story *a)
{
	sqlite3_stmt *s = store_stmt(st, "SELECT title, published, body FROM "
	    "articles WHERE id = ?");
	int rc, oom = 0;

	free(a->title);
	free(a->published);
	free(a->buf);
	memset(a, 0, sizeof(*a));
	if (s == NULL)
		return -1;
	sqlite3_bind_int64(s, 1, id);
	if ((rc = sqlite3_step(s)) != SQLITE_ROW) {
		sqlite3_reset(s);
		return rc == SQLITE_DONE ? -1 : store_fail(st,
		    "cannot read article");
	}
	a->id = id;
	a->title = store_col_text(s, 0, &oom);
	a->published = store_col_text(s, 1, &oom);
	a->buf = store_col_text(s, 2, &oom);
	a->len = (size_t)sqlite3_column_bytes(s, 2);
	a->body = a->buf ? a->buf : "";
	sqlite3_reset(s);
	if (oom || a->title == NULL) {
		snprintf(st->errmsg, sizeof(st->errmsg), "out of memory");
		return -1;
	}
	return 0;
}

/*
 * Mentions in story order, read lazily from the primary key (entity,
 * sortkey, article), a story's row at a time, after a place: stops at
 * the first story boundary once `limit` are read, so a page costs what it
 * shows.
 */
long
store_entity_mentions_page(struct store *st, int64_t entity,
			   const struct store_place *after, long limit,
			   struct store_entity_mention **out)
{
	int at = after && after->article != 0;
	/* both tables in key order, merged (mentions_all would be sorted) */
	sqlite3_stmt *s = store_stmt(st, at ? "SELECT article, spans, sortkey "
	    "FROM mentions WHERE entity = ?1 AND (sortkey, article) >= ((SELECT "
	    "sortkey FROM articles WHERE id = ?2), ?2) UNION ALL SELECT "
	    "article, spans, sortkey FROM mentions_recent WHERE entity = ?1 AND "
	    "(sortkey, article) >= ((SELECT sortkey FROM articles WHERE id = "
	    "?2), ?2) ORDER BY 3, 1"
	    : "SELECT article, spans, sortkey FROM mentions WHERE entity = ?1 "
	    "UNION ALL SELECT article, spans, sortkey FROM mentions_recent "
	    "WHERE entity = ?1 ORDER BY 3, 1");
	struct store_entity_mention *v = NULL, *nv;
	struct story a = { 0 };
	long n = 0, cap = 0;
	int rc, oom = 0, err = 0;

	*out = NULL;
	if (s == NULL)
		return -1;
	sqlite3_bind_int64(s, 1, entity);
	if (at)
		sqlite3_bind_int64(s, 2, after->article);
	while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
		int64_t art = sqlite3_column_int64(s, 0);
		struct store_span *sp;
		long k;

		if (n >= limit)
			break;	/* a page ends between stories */
		if ((k = store_spans_parse((const char *)sqlite3_column_text(s,
		    1), &sp)) < 0) {
			oom = 1;
			break;
		}
		for (long i = 0; i < k && !oom && !err; i++) {
			if (at && art == after->article &&
			    (size_t)sp[i].start <= after->start)
				continue;
			if (n == cap) {
				cap = cap ? 2 * cap : 32;
				if ((nv = realloc(v, (size_t)cap * sizeof(*v)))
				    == NULL) {
					oom = 1;
					break;
				}
				v = nv;
			}
			memset(&v[n], 0, sizeof(v[n]));
			v[n].article = art;
			v[n].start = (size_t)sp[i].start;
			v[n].end = (size_t)sp[i].end;
			/* Each story is read once: its own cached statement. */
			if (a.id != art && story_load(st, art, &a) != 0) {
				err = 1;
				break;
			}
			v[n].title = strdup(a.title);
			v[n].published = a.published ? strdup(a.published) : NULL;
			if (v[n].title == NULL || (a.published &&
			    !v[n].published) || mention_context(&v[n], a.body,
			    a.len) < 0) {
				if (v[n].end <= a.len)
					oom = 1;
			}
			n++;
		}
		free(sp);
		if (oom || err)
			break;
	}
	sqlite3_reset(s);
	free(a.title);
	free(a.published);
	free(a.buf);
	if (oom || err || (rc != SQLITE_ROW && rc != SQLITE_DONE)) {
		store_entity_mentions_free(v, n);
		if (oom)
			snprintf(st->errmsg, sizeof(st->errmsg), "out of memory");
		return oom || err ? -1 : store_fail(st, "cannot list mentions");
	}
	*out = v;
	return n;
}

long
store_entity_mentions(struct store *st, int64_t entity,
		      struct store_entity_mention **out)
{
	return store_entity_mentions_page(st, entity, NULL, LONG_MAX, out);
}

int
store_entity_counts(struct store *st, int64_t id, long *mentions,
		    long *articles)
{
	sqlite3_stmt *s = store_stmt(st, "SELECT mentions, articles FROM "
	    "entities WHERE id = ?");
	int rc;

	*mentions = *articles = 0;
	if (s == NULL)
		return -1;
	sqlite3_bind_int64(s, 1, id);
	rc = sqlite3_step(s);
	if (rc == SQLITE_ROW) {
		*mentions = sqlite3_column_int64(s, 0);
		*articles = sqlite3_column_int64(s, 1);
	}
	sqlite3_reset(s);
	if (rc == SQLITE_ROW)
		return 0;
	return rc == SQLITE_DONE ? 1 : store_fail(st, "cannot count mentions");
}

void
store_entity_mentions_free(struct store_entity_mention *m, long n)
{
	for (long i = 0; i < n; i++) {
		free(m[i].title);
		free(m[i].published);
		free(m[i].before);
		free(m[i].text);
		free(m[i].after);
	}
	free(m);
}

/* ---------------------------------------------------------------- corrections */

/* The key of an entity (malloc'd), or NULL with errmsg set. */
static char *
entity_key_of(struct store *st, int64_t id)
{
	sqlite3_stmt *s = store_stmt(st, "SELECT key FROM entities WHERE id = ?");
	char *key = NULL;
	int rc, oom = 0;

	if (s == NULL)
		return NULL;
	sqlite3_bind_int64(s, 1, id);
	rc = sqlite3_step(s);
	if (rc == SQLITE_ROW)
		key = store_col_text(s, 0, &oom);
	sqlite3_reset(s);
	if (rc == SQLITE_DONE)
		snprintf(st->errmsg, sizeof(st->errmsg), "no entity #%lld",
		    (long long)id);
	else if (rc != SQLITE_ROW)
		store_fail(st, "cannot read entity");
	else if (oom)
		snprintf(st->errmsg, sizeof(st->errmsg), "out of memory");
	return key;
}

/* A list rewritten: its ids put through expression e (of `value`), kept
 * where w holds, ascending, each once. */
#define LIST_MAP(e, w) "(SELECT json_group_array(v) FROM (SELECT DISTINCT " \
	e " AS v FROM json_each(entities) WHERE " w " ORDER BY v))"

/* Run one statement with two integer parameters. */
static int
exec2(struct store *st, const char *sql, int64_t a, int64_t b)
{
	return store_exec_ids(st, sql, a, b, "cannot correct entity");
}

/* The aliases of entity from that are the end of its key kfrom ("Zelensky"
 * of "Volodymyr Zelensky", mentions it took from other stories) are
 * merged into kin too: a reindex finds them apart before their whole
 * name, and the user's merge must hold for them as it did.  0 or -1. */
static int
merge_ends(struct store *st, int64_t from, const char *kfrom, const char *kin)
{
	sqlite3_stmt *s = store_stmt(st, "SELECT DISTINCT key FROM aliases "
	    "WHERE entity = ?1 AND key <> ?2 AND length(key) < length(?2) AND "
	    "substr(?2, -length(key) - 1) = ' ' || key");
	char **ends = NULL, **nv;
	size_t n = 0;
	int rc, oom = 0;

	if (s == NULL)
		return -1;
	sqlite3_bind_int64(s, 1, from);
	sqlite3_bind_text(s, 2, kfrom, -1, SQLITE_STATIC);
	while ((rc = sqlite3_step(s)) == SQLITE_ROW && !oom) {
		char *k = store_col_text(s, 0, &oom);

		if (k && (nv = realloc(ends, (n + 1) * sizeof(*ends))) != NULL) {
			ends = nv;
			ends[n++] = k;
		} else {
			free(k);
			oom = 1;
		}
	}
	sqlite3_reset(s);
	rc = rc == SQLITE_ROW || rc == SQLITE_DONE ? 0 :
	    store_fail(st, "cannot read aliases");
	if (oom) {
		snprintf(st->errmsg, sizeof(st->errmsg), "out of memory");
		rc = -1;
	}
	for (size_t i = 0; i < n; i++) {
		if (rc == 0 && strcmp(ends[i], kin) != 0)
			rc = rule_add(st, "merge", ends[i], kin);
		free(ends[i]);
	}
	free(ends);
	return rc;
}

/* The name entity into has now stays its name after a reindex, whichever
 * of the merged names the stories give first: a rename rule for kin,
 * unless the user made one already.  0 or -1. */
static int
merge_keeps_name(struct store *st, int64_t into, const char *kin)
{
	sqlite3_stmt *s;
	char *name = NULL;
	int rc, oom = 0;

	if ((rc = rule_get(st, "rename", kin, NULL)) != 0)
		return rc < 0 ? -1 : 0;
	if ((s = store_stmt(st, "SELECT name FROM entities WHERE id = ?1")) ==
	    NULL)
		return -1;
	sqlite3_bind_int64(s, 1, into);
	if ((rc = sqlite3_step(s)) == SQLITE_ROW)
		name = store_col_text(s, 0, &oom);
	sqlite3_reset(s);
	if (rc != SQLITE_ROW && rc != SQLITE_DONE)
		return store_fail(st, "cannot read entity");
	if (oom) {
		snprintf(st->errmsg, sizeof(st->errmsg), "out of memory");
		return -1;
	}
	rc = name ? rule_add(st, "rename", kin, name) : 0;
	free(name);
	return rc;
}

int
store_entity_merge(struct store *st, int64_t into, int64_t from)
{
	char *kin = NULL, *kfrom = NULL;
	int rc = -1;

	store_keys_forget(st);	/* aliases change below */
	if (into == from) {
		snprintf(st->errmsg, sizeof(st->errmsg),
		    "cannot merge an entity into itself");
		return -1;
	}
	if ((kin = entity_key_of(st, into)) == NULL ||
	    (kfrom = entity_key_of(st, from)) == NULL)
		goto out;
	if (store_flush_held(st) < 0 || store_begin(st) < 0)
		goto out;
	/* their rows in mentions alone, where the statements below look */
	if (store_mentions_settle(st, into) == 0 &&
	    store_mentions_settle(st, from) == 0 &&
	    (strcmp(kin, kfrom) == 0 || rule_add(st, "merge", kfrom, kin) == 0) &&
	    merge_ends(st, from, kfrom, kin) == 0 &&
	    merge_keeps_name(st, into, kin) == 0 &&
	    exec2(st, "INSERT INTO aliases (entity, surface, key, count) SELECT "
	    "?1, surface, key, count FROM aliases WHERE entity = ?2 ON CONFLICT "
	    "(entity, surface) DO UPDATE SET count = aliases.count + "
	    "excluded.count", into, from) == 0 &&
	    exec2(st, "INSERT INTO mentions (entity, sortkey, article, n, spans) "
	    "SELECT ?1, sortkey, article, n, spans FROM mentions WHERE entity = "
	    "?2 ON CONFLICT (entity, sortkey, article) DO UPDATE SET n = n + "
	    "excluded.n, spans = spans || ',' || excluded.spans", into, from)
	    == 0 &&
	    exec2(st, "UPDATE article_entities SET entities = " LIST_MAP("CASE "
	    "value WHEN ?2 THEN ?1 ELSE value END", "1") " WHERE article IN "
	    "(SELECT article FROM mentions WHERE entity = ?2)", into, from)
	    == 0 &&
	    exec2(st, "DELETE FROM entities WHERE id = ?2 AND ?1 = ?1", into,
	    from) == 0 && entity_recount(st, into) == 0)
		rc = store_commit(st);
	else
		store_rollback(st);
out:
	free(kin);
	free(kfrom);
	return rc;
}

int
store_entity_rename(struct store *st, int64_t id, const char *name)
{
	char *key = entity_key_of(st, id);
	sqlite3_stmt *s;
	int rc = -1;

	store_keys_forget(st);
	if (key == NULL)
		return -1;
	if (*name == '\0') {
		snprintf(st->errmsg, sizeof(st->errmsg), "empty entity name");
		free(key);
		return -1;
	}
	if (store_begin(st) < 0) {
		free(key);
		return -1;
	}
	if (rule_add(st, "rename", key, name) == 0 &&
	    (s = store_stmt(st, "UPDATE entities SET name = ? WHERE id = ?"))) {
		sqlite3_bind_text(s, 1, name, -1, SQLITE_STATIC);
		sqlite3_bind_int64(s, 2, id);
		if (sqlite3_step(s) == SQLITE_DONE)
			rc = store_commit(st);
		else
			store_fail(st, "cannot rename entity");
	}
	if (rc < 0)
		store_rollback(st);
	free(key);
	return rc;
}

int
store_entity_retype(struct store *st, int64_t id, enum entity_type type)
{
	char *key = entity_key_of(st, id);
	int rc = -1;

	store_keys_forget(st);	/* the types it found change */
	if (key == NULL)
		return -1;
	if (store_begin(st) < 0) {
		free(key);
		return -1;
	}
	if (rule_add(st, "retype", key, entity_type_name(type)) == 0 &&
	    exec2(st, "UPDATE entities SET type = ?1 WHERE id = ?2", type,
	    id) == 0)
		rc = store_commit(st);
	else
		store_rollback(st);
	free(key);
	return rc;
}

/* One story's row of an entity, split in two by a surface's key. */
struct split_row {
	int64_t article;
	char *sortkey, *keep, *move;
	long nkeep, nmove;
};

/* Write one split row: what stays with id, what moves to nid. */
static int
split_write(struct store *st, int64_t id, int64_t nid,
	    const struct split_row *r)
{
	sqlite3_stmt *s;

	s = store_stmt(st, r->nkeep ? "UPDATE mentions SET n = ?4, spans = ?5 "
	    "WHERE entity = ?1 AND sortkey = ?2 AND article = ?3"
	    : "DELETE FROM mentions WHERE entity = ?1 AND sortkey = ?2 AND "
	    "article = ?3 AND ?4 = ?4 AND ?5 = ?5");
	if (s == NULL)
		return -1;
	sqlite3_bind_int64(s, 1, id);
	sqlite3_bind_text(s, 2, r->sortkey, -1, SQLITE_STATIC);
	sqlite3_bind_int64(s, 3, r->article);
	sqlite3_bind_int64(s, 4, r->nkeep);
	sqlite3_bind_text(s, 5, r->keep, -1, SQLITE_STATIC);
	if (sqlite3_step(s) != SQLITE_DONE)
		return store_fail(st, "cannot split mentions");
	if (mentions_upsert(st, 0, nid, r->sortkey, r->article, r->nmove,
	    r->move) < 0)
		return -1;
	/* the story's list gains nid, and loses id when none is left it */
	s = store_stmt(st, "UPDATE article_entities SET entities = (SELECT "
	    "json_group_array(v) FROM (SELECT value AS v FROM json_each("
	    "entities) WHERE ?3 > 0 OR value <> ?1 UNION SELECT ?2 ORDER BY "
	    "1)) WHERE article = ?4");
	if (s == NULL)
		return -1;
	sqlite3_bind_int64(s, 1, id);
	sqlite3_bind_int64(s, 2, nid);
	sqlite3_bind_int64(s, 3, r->nkeep);
	sqlite3_bind_int64(s, 4, r->article);
	if (sqlite3_step(s) != SQLITE_DONE)
		return store_fail(st, "cannot split mentions");
	return 0;
}

/* Move the mentions of id whose surface folds to skey over to nid. */
static int
split_mentions(struct store *st, int64_t id, int64_t nid, const char *skey)
{
	sqlite3_stmt *s = store_stmt(st, "SELECT m.article, m.sortkey, m.spans, "
	    "a.body FROM mentions m JOIN articles a ON a.id = m.article WHERE "
	    "m.entity = ?");
	struct split_row *rows = NULL, *nr;
	size_t nrows = 0, cap = 0;
	int step = SQLITE_DONE, rc = 0;

	if (s == NULL)
		return -1;
	sqlite3_bind_int64(s, 1, id);
	while (rc == 0 && (step = sqlite3_step(s)) == SQLITE_ROW) {
		const char *body = (const char *)sqlite3_column_text(s, 3);
		size_t blen = (size_t)sqlite3_column_bytes(s, 3);
		struct store_span *sp, *keep = NULL, *move = NULL;
		long k = store_spans_parse((const char *)sqlite3_column_text(s,
		    2), &sp), nk = 0, nm = 0;

		if (k < 0 || (k > 0 && ((keep = malloc((size_t)k *
		    sizeof(*keep))) == NULL || (move = malloc((size_t)k *
		    sizeof(*move))) == NULL)))
			rc = -1;
		for (long i = 0; rc == 0 && i < k; i++) {
			size_t a = (size_t)sp[i].start, b = (size_t)sp[i].end;
			char *f;

			if (body == NULL || b > blen || a >= b) {
				keep[nk++] = sp[i];	/* not in the body */
				continue;
			}
			if ((f = entity_key(body + a, b - a)) == NULL) {
				rc = -1;
				break;
			}
			if (strcmp(f, skey) == 0)
				move[nm++] = sp[i];
			else
				keep[nk++] = sp[i];
			free(f);
		}
		if (rc == 0 && nm > 0) {
			if (nrows == cap) {
				cap = cap ? 2 * cap : 16;
				if ((nr = realloc(rows, cap * sizeof(*rows))) ==
				    NULL)
					rc = -1;
				else
					rows = nr;
			}
			if (rc == 0) {
				struct split_row *r = &rows[nrows++];

				r->article = sqlite3_column_int64(s, 0);
				r->sortkey = strdup((const char *)
				    sqlite3_column_text(s, 1));
				r->keep = store_spans_format(keep, nk);
				r->move = store_spans_format(move, nm);
				r->nkeep = nk;
				r->nmove = nm;
				if (!r->sortkey || !r->keep || !r->move)
					rc = -1;
			}
		}
		free(sp);
		free(keep);
		free(move);
	}
	sqlite3_reset(s);
	if (rc < 0)
		snprintf(st->errmsg, sizeof(st->errmsg), "out of memory");
	else if (step != SQLITE_DONE)
		rc = store_fail(st, "cannot read mentions");
	for (size_t i = 0; i < nrows; i++) {
		if (rc == 0)
			rc = split_write(st, id, nid, &rows[i]);
		free(rows[i].sortkey);
		free(rows[i].keep);
		free(rows[i].move);
	}
	free(rows);
	return rc;
}

int
store_entity_split(struct store *st, int64_t id, const char *surface,
		   int64_t *new_id)
{
	char *key = entity_key_of(st, id), *skey = NULL, *name = NULL;
	enum entity_type type = ENTITY_OTHER;
	sqlite3_stmt *s;
	int64_t nid;
	int rc = -1, found;

	store_keys_forget(st);	/* aliases change below */
	if (key == NULL)
		return -1;
	if ((skey = entity_key(surface, strlen(surface))) == NULL)
		goto out;
	if (strcmp(skey, key) == 0) {
		snprintf(st->errmsg, sizeof(st->errmsg), "'%s' is the entity's "
		    "own name: nothing to split", surface);
		goto out;
	}
	if (store_aliases_write(st) < 0 ||
	    (s = store_stmt(st, "SELECT count(*) FROM aliases WHERE entity = ? "
	    "AND key = ?")) == NULL)
		goto out;
	sqlite3_bind_int64(s, 1, id);
	sqlite3_bind_text(s, 2, skey, -1, SQLITE_STATIC);
	found = sqlite3_step(s) == SQLITE_ROW ? sqlite3_column_int(s, 0) : 0;
	sqlite3_reset(s);
	if (!found) {
		snprintf(st->errmsg, sizeof(st->errmsg), "'%s' is not an alias "
		    "of entity #%lld", surface, (long long)id);
		goto out;
	}
	if (store_entity_get(st, id, &name, &type) != 0 ||
	    store_flush_held(st) < 0 || store_begin(st) < 0)
		goto out;
	if (store_mentions_settle(st, id) < 0)
		goto fail;
	if (rule_add(st, "split", skey, key) < 0 ||
	    (nid = entity_create(st, surface, type, skey)) < 0)
		goto fail;
	if ((s = store_stmt(st, "UPDATE aliases SET entity = ?1 WHERE entity = ?2 "
	    "AND key = ?3")) == NULL)
		goto fail;
	sqlite3_bind_int64(s, 1, nid);
	sqlite3_bind_int64(s, 2, id);
	sqlite3_bind_text(s, 3, skey, -1, SQLITE_STATIC);
	if (sqlite3_step(s) != SQLITE_DONE) {
		store_fail(st, "cannot split entity");
		goto fail;
	}
	/* Mentions whose surface folds to skey move with the alias. */
	if (split_mentions(st, id, nid, skey) < 0)
		goto fail;
	if (entity_recount(st, id) < 0 || entity_recount(st, nid) < 0)
		goto fail;
	if (store_commit(st) < 0)
		goto out;
	if (new_id)
		*new_id = nid;
	rc = 0;
	goto out;
fail:
	store_rollback(st);
out:
	free(key);
	free(skey);
	free(name);
	return rc;
}

int
store_entity_ignore(struct store *st, int64_t id)
{
	char *key = entity_key_of(st, id);
	sqlite3_stmt *s;
	int rc = -1, step;

	store_keys_forget(st);	/* aliases change below */
	if (key == NULL)
		return -1;
	if (store_flush_held(st) < 0 || store_begin(st) < 0) {
		free(key);
		return -1;
	}
	if (rule_add(st, "ignore", key, NULL) < 0)
		goto fail;
	/* Every spelling seen of it is ignored too. */
	if ((s = store_stmt(st, "INSERT INTO entity_rules (kind, key, created_at) "
	    "SELECT DISTINCT 'ignore', key, strftime('%Y-%m-%dT%H:%M:%SZ') FROM "
	    "aliases WHERE entity = ? AND key <> ?")) == NULL)
		goto fail;
	sqlite3_bind_int64(s, 1, id);
	sqlite3_bind_text(s, 2, key, -1, SQLITE_STATIC);
	if ((step = sqlite3_step(s)) != SQLITE_DONE) {
		store_fail(st, "cannot ignore entity");
		goto fail;
	}
	store_rules_flush(st);
	/* its mention rows go with it (ON DELETE CASCADE), and it leaves the
	 * lists of their stories */
	if (exec2(st, "UPDATE article_entities SET entities = " LIST_MAP("value",
	    "value <> ?1") " WHERE article IN (SELECT article FROM mentions_all "
	    "WHERE entity = ?1) AND ?2 = ?2", id, 0) < 0 ||
	    exec2(st, "DELETE FROM entities WHERE id = ?1 AND ?2 = ?2", id, 0) < 0)
		goto fail;
	rc = store_commit(st);
	free(key);
	return rc;
fail:
	store_rollback(st);
	free(key);
	return -1;
}

/* ---------------------------------------------------------------- reindex */

long
store_article_ids(struct store *st, int64_t after, int limit, int64_t *ids)
{
	sqlite3_stmt *s = store_stmt(st, "SELECT id FROM articles WHERE id > ? "
	    "ORDER BY id LIMIT ?");
	long n = 0;
	int rc;

	if (s == NULL)
		return -1;
	sqlite3_bind_int64(s, 1, after);
	sqlite3_bind_int(s, 2, limit);
	while ((rc = sqlite3_step(s)) == SQLITE_ROW && n < limit)
		ids[n++] = sqlite3_column_int64(s, 0);
	sqlite3_reset(s);
	if (rc != SQLITE_ROW && rc != SQLITE_DONE)
		return store_fail(st, "cannot list articles");
	return n;
}

int
store_entities_clear(struct store *st)
{
	store_stage_truncate(st, 0);
	store_keys_forget(st);
	/* written, then deleted with the rest: a rollback restores both */
	if (store_aliases_write(st) < 0)
		return -1;
	/* the mention tables first: the lists' delete trigger then does
	 * not run (article_entities_ld) */
	return store_exec(st, "DELETE FROM mentions; DELETE FROM mentions_recent; "
	    "DELETE FROM article_entities; DELETE FROM aliases; "
	    "DELETE FROM entities;");
}

int
store_article_update(struct store *st, int64_t id, const struct article *a,
		     const struct entity_result *ents)
{
	sqlite3_stmt *s;

	store_keys_forget(st);
	/* The update trigger replaces the article's index entry: it must
	 * have one first, which writing what is held gives it. */
	if (store_flush_held(st) < 0 || store_begin(st) < 0)
		return -1;
	s = store_stmt(st, "UPDATE articles SET title = ?, dateline = ?, "
	    "published = ?, outlet = ?, byline = ?, lang = ?, body = ?, "
	    "blocks = ?, sortkey = ? WHERE id = ?");
	if (s == NULL)
		goto fail;
	sqlite3_bind_text(s, 1, a->title ? a->title : "", -1, SQLITE_STATIC);
	sqlite3_bind_text(s, 2, a->dateline, -1, SQLITE_STATIC);
	sqlite3_bind_text(s, 3, a->published, -1, SQLITE_STATIC);
	sqlite3_bind_text(s, 4, a->outlet, -1, SQLITE_STATIC);
	sqlite3_bind_text(s, 5, a->byline, -1, SQLITE_STATIC);
	sqlite3_bind_text(s, 6, a->lang, -1, SQLITE_STATIC);
	sqlite3_bind_text64(s, 7, a->body, a->body_len, SQLITE_STATIC,
	    SQLITE_UTF8);
	sqlite3_bind_text(s, 8, a->blocks ? a->blocks : "", -1, SQLITE_STATIC);
	sqlite3_bind_text(s, 9, a->published ? a->published : "", -1,
	    SQLITE_STATIC);
	sqlite3_bind_int64(s, 10, id);
	if (sqlite3_step(s) != SQLITE_DONE) {
		store_fail(st, "cannot update article");
		goto fail;
	}
	/* The hash that finds it again on import is its new parse's: else
	 * a newer dossier's import of the same file adds it a second time.
	 * Where another story already has that hash (both were one article
	 * saved twice, now parsed alike) this one keeps its old. */
	{
		char hex[65];

		store_article_hash(a, hex);
		if ((s = store_stmt(st, "UPDATE OR IGNORE articles SET hash = ? "
		    "WHERE id = ?")) == NULL)
			goto fail;
		sqlite3_bind_text(s, 1, hex, -1, SQLITE_TRANSIENT);
		sqlite3_bind_int64(s, 2, id);
		if (sqlite3_step(s) != SQLITE_DONE) {
			store_fail(st, "cannot update article");
			goto fail;
		}
	}
	/* The story's old mentions leave their entities' counters, and its
	 * list goes, taking its mention rows with it (article_entities_ld). */
	if (exec2(st, "UPDATE entities SET mentions = mentions - x.n, articles "
	    "= articles - 1 FROM (SELECT entity, sum(n) AS n FROM "
	    "article_mentions WHERE article = ?1 GROUP BY entity) AS x WHERE "
	    "entities.id = x.entity AND ?2 = ?2", id, 0) < 0 ||
	    exec2(st, "DELETE FROM article_entities WHERE article = ?1 AND ?2 = "
	    "?2", id, 0) < 0)
		goto fail;
	if (ents && store_entities_add(st, id, a->published ? a->published : "",
	    a->body, a->body_len, ents) < 0)
		goto fail;
	if (store_notes_reanchor(st, id, a->body, a->body_len) < 0)
		goto fail;
	return store_commit(st);
fail:
	store_rollback(st);
	return -1;
}
