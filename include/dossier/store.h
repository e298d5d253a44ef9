/*
 * store: the SQLite store.  The only module that speaks SQL; every query is
 * a prepared statement.  Schema version lives in PRAGMA user_version.
 *
 * Errors: functions return 0 (or a documented non-negative value) on
 * success and -1 on failure; store_errmsg() then says what failed.
 * Ownership: rows and arrays handed out are freed with the matching
 * store_*_free function; strings inside them belong to the row.
 */
#ifndef DOSSIER_STORE_H
#define DOSSIER_STORE_H

#include <stddef.h>
#include <stdint.h>

#include "dossier/article.h"
#include "dossier/entity.h"

#define STORE_SCHEMA_VERSION 10

struct store;

enum store_open_flags {
	STORE_READONLY = 1 << 0, /* open read-only (no migration) */
	STORE_NOCREATE = 1 << 1  /* fail if the file does not exist */
};

/* Open (creating and migrating as needed) the store at path.  On failure
 * returns NULL and sets *err to a malloc'd one-line message naming path. */
struct store *store_open(const char *path, int flags, char **err);
void store_close(struct store *st);
const char *store_errmsg(const struct store *st);

/* Batches: one transaction around many writes. */
int store_begin(struct store *st);
int store_commit(struct store *st);
int store_rollback(struct store *st);
/* Many batches of inserts follow (an import), and nothing is deleted on
 * this connection: let the write-ahead log grow to ~80 MB before copying
 * it into the store, so that pages every batch changes (entities, the
 * index tops) are copied once per checkpoint, not once per batch, and
 * stop checking foreign keys, which every row written satisfies by
 * construction (deletes would no longer cascade).  Call it outside a
 * transaction.  0 or -1. */
int store_bulk(struct store *st);
/* Merge the full-text index into one segment (FTS5 'optimize'); its cost
 * is that of rewriting the index.  0 or -1. */
int store_fts_optimize(struct store *st);
/* One step of merging the full-text index's segments, a level of 8 or
 * more at a time (FTS5 'merge', 'usermerge' 8), as an import's batches
 * merge none: call it until it returns 0.  Its cost is on average that of
 * what the import wrote, as the merges an import's batches used to do,
 * but a step may take up segments of earlier imports with them, up to
 * the whole index.  1 if it merged, 0 if nothing was left to, -1. */
int store_fts_merge(struct store *st);
/* A read snapshot: what is read between these sees the store as it was
 * at the first read, whatever another process writes meanwhile (for
 * output printed a page at a time). */
int store_snapshot(struct store *st);
int store_snapshot_end(struct store *st);

/* ---------------------------------------------------------------- articles */

enum store_add_result { STORE_ADDED = 0, STORE_PRESENT = 1 };

/* Add an article with its entities.  Returns STORE_ADDED, STORE_PRESENT
 * (same content hash already stored; *id gets the existing id) or -1. */
int store_article_add(struct store *st, const char *source, const char *raw,
		      size_t rawlen, const struct article *a,
		      const struct entity_result *ents, int64_t *id);
/* The content hash that makes re-import idempotent (title and body), as
 * lower-case hex. */
void store_article_hash(const struct article *a, char hex[65]);
/* What finds an article again: that hash, and a key of its raw bytes (the
 * same file, which another dossier parses otherwise).  Pure, so that an
 * importer may compute them on another thread and pass them to
 * store_article_add_keyed (NULL: computed there). */
struct store_article_keys {
	char hash[65];
	long long rawkey;
};
void store_article_keys(const struct article *a, const char *raw,
			size_t rawlen, struct store_article_keys *k);
int store_article_add_keyed(struct store *st, const char *source,
			    const char *raw, size_t rawlen,
			    const struct article *a,
			    const struct store_article_keys *keys,
			    const struct entity_result *ents, int64_t *id);

/* What the list shows: all conditions combine (AND). NULL/0 = no limit. */
struct store_filter {
	const char *tag;
	int64_t entity; /* 0 = any */
	const char *search; /* FTS5 query text as the user typed it */
	int unread;
	int starred;
};

/* Position in the list for keyset paging: the sort key of a row. */
struct store_cursor {
	char sortkey[32]; /* published or "" */
	int64_t id;
	double rank;      /* search rank when the filter has a search */
	int valid;        /* 0 = start of the list */
};

/* A row of the article list. */
struct store_row {
	int64_t id;
	char *published; /* may be NULL */
	char *outlet;    /* may be NULL */
	char *title;
	char *tags;      /* space-separated, may be "" */
	int read, starred;
	struct store_cursor cursor; /* the position of this row */
};

/* Up to `limit` rows after (forward=1) or before (forward=0) *from, in list
 * order (newest first; by rank when searching).  Backward pages are still
 * returned in list order.  Returns the row count or -1.
 * A search matching more than store_ranked_max stories lists them newest
 * first, as without a search (their rows' cursor.rank is 0): ranking
 * every match costs about a microsecond each, 0.7 s for a common word in
 * a million stories, while a page by date checks a few hundred. */
extern long store_ranked_max;	/* 10,000; tests may lower it */
int store_row_by_date(const struct store_row *r);	/* listed by date? */
long store_list(struct store *st, const struct store_filter *f,
		const struct store_cursor *from, int forward, int limit,
		struct store_row **rows);
void store_rows_free(struct store_row *rows, long n);
/* Re-read one row of the list (after a tag or flag change): 0, 1 if no
 * such article, -1.  Free its strings with store_row_clear. */
int store_row_get(struct store *st, int64_t id, struct store_row *r);
void store_row_clear(struct store_row *r);
/* The cursor that sits on a row (for the next/previous page). */
void store_row_cursor(const struct store_row *r, struct store_cursor *c);

/* Count rows matching a filter, and unread among them.  With no filter (or
 * only `unread`) this reads counters kept by triggers: constant time. */
int store_count(struct store *st, const struct store_filter *f, long *total,
		long *unread);

struct store_article {
	int64_t id;
	char *source, *title, *dateline, *published, *outlet, *byline, *lang;
	char *body, *blocks, *tags, *imported_at;
	size_t body_len;
	int read, starred;
};

/* 0, or 1 when there is no such article, or -1. */
int store_article_get(struct store *st, int64_t id, struct store_article *a);
void store_article_free(struct store_article *a);
int store_article_raw(struct store *st, int64_t id, char **raw, size_t *len);
int store_article_set_read(struct store *st, int64_t id, int read);
int store_article_set_starred(struct store *st, int64_t id, int starred);

/* ---------------------------------------------------------------- tags */

/* Add (+) or remove a tag on an article; names are trimmed and NFC. */
int store_tag_add(struct store *st, int64_t id, const char *tag);
int store_tag_remove(struct store *st, int64_t id, const char *tag);
/* Rename a tag everywhere (merging into `to` if it exists), or delete it
 * from every article.  0, 1 if there is no such tag, -1 on error. */
int store_tag_rename(struct store *st, const char *from, const char *to);
int store_tag_delete(struct store *st, const char *tag);
/* All tag names with their article counts. */
struct store_tag { char *name; long count; };
long store_tags(struct store *st, struct store_tag **tags);
void store_tags_free(struct store_tag *tags, long n);

/* ---------------------------------------------------------------- entities */

struct store_entity {
	int64_t id;
	char *name;
	enum entity_type type;
	long mentions, articles;
	char *aliases; /* surface forms joined by "; " */
};

/* New mentions wait in a small table until a sweep over the entities
 * moves them into the big one (readers see both); the sweep passes every
 * entity once per this many rows written.  262,144; 0 moves every batch's
 * rows at once (tests use both). */
extern long store_recent_rows;

/* Entities, most-mentioned first; type < 0 = any; article 0 = corpus. */
long store_entities(struct store *st, int type, int64_t article,
		    struct store_entity **out);
/* A page of the corpus-wide list (type < 0 = any): `limit` entities from
 * the `offset`-th, most-mentioned first, read along an index. */
long store_entities_top(struct store *st, int type, long offset, long limit,
			struct store_entity **out);
void store_entities_free(struct store_entity *e, long n);
/* Names of entities whose key starts like prefix's (case, diacritics and
 * spelling folded as for matching), most-mentioned first, at most limit:
 * for completing a name as it is typed, read along an index at any
 * size.  *names is a malloc'd array of malloc'd strings; -1 on error. */
long store_entity_names(struct store *st, const char *prefix, long limit,
			char ***names);
/* Look up an entity by name or any alias (fold-insensitive), other than
 * entity `except` (0: any; a town and its team share a name): its id, 0
 * if none, -1 on error. */
int64_t store_entity_find(struct store *st, const char *name,
			  int64_t except);

/* Mentions in one article, ordered by start (for highlighting). */
struct store_mention {
	int64_t entity;
	enum entity_type type;
	size_t start, end;
};
long store_article_mentions(struct store *st, int64_t article,
			    struct store_mention **out);

/* A position in the corpus: an article and a byte offset in its body. */
struct store_place {
	int64_t article;
	size_t start, end;
};

/* Every mention of an entity, story by story (stories by date), with the
 * byte range and a little context cut from the body at UTF-8 boundaries. */
struct store_entity_mention {
	int64_t article;
	char *title, *published; /* published may be NULL */
	size_t start, end;       /* in the article body */
	char *before, *text, *after; /* context: up to ~80 bytes each side */
};
long store_entity_mentions(struct store *st, int64_t entity,
			   struct store_entity_mention **out);
/* A page of the same list: the mentions after `after` (NULL or article 0:
 * from the first), at least `limit` of them unless fewer remain, and then
 * the rest of the last story's, so that no story is cut between pages.
 * Reads only what it returns.  A count, or -1. */
long store_entity_mentions_page(struct store *st, int64_t entity,
				const struct store_place *after, long limit,
				struct store_entity_mention **out);
/* An entity's mentions and the stories they are in, from counters kept as
 * mentions are written: 0, 1 if no such entity, -1. */
int store_entity_counts(struct store *st, int64_t id, long *mentions,
			long *articles);
void store_entity_mentions_free(struct store_entity_mention *m, long n);

/* The mention of an entity that follows (dir > 0) or precedes (dir < 0)
 * `from` in corpus order: stories by date (then id), mentions by offset.
 * from->article 0 means the very start (dir > 0) or end (dir < 0).
 * Returns 0 and fills *to, 1 when there is none, -1 on error. */
int store_mention_step(struct store *st, int64_t entity,
		       const struct store_place *from, int dir,
		       struct store_place *to);

/* Corrections by the user.  Each is stored as a rule (so it survives
 * re-import and reindex) and applied to the store at once. */
int store_entity_merge(struct store *st, int64_t into, int64_t from);
int store_entity_rename(struct store *st, int64_t id, const char *name);
int store_entity_retype(struct store *st, int64_t id, enum entity_type type);
/* Move the alias `surface` (and its mentions) out into its own entity. */
int store_entity_split(struct store *st, int64_t id, const char *surface,
		       int64_t *new_id);
/* Forget the entity and never recognise its names again. */
int store_entity_ignore(struct store *st, int64_t id);
/* Name and type of one entity: 0, 1 if none, -1 on error; *name malloc'd. */
int store_entity_get(struct store *st, int64_t id, char **name,
		     enum entity_type *type);

/* ---------------------------------------------------------------- notes */

struct store_note {
	int64_t id, article;
	size_t start, end;           /* byte range of the passage in the body */
	char *quote;                 /* the passage */
	char *before, *after;        /* a little context, for re-anchoring */
	char *body;                  /* the note */
	char *created_at, *updated_at;
	char *title, *published;     /* of the article (published may be NULL) */
};

/* Attach a note to [start, end) of an article's body (end == start: the
 * whole paragraph around start).  Committed at once: durable when this
 * returns.  0, 1 if no such article or a bad range, -1 on error. */
int store_note_add(struct store *st, int64_t article, size_t start,
		   size_t end, const char *body, int64_t *id);
/* Replace a note's text; 1 if there is no such note. */
int store_note_update(struct store *st, int64_t id, const char *body);
/* Delete a note; 1 if there is no such note. */
int store_note_delete(struct store *st, int64_t id);
/* Notes of one article (0: every note), by article date then offset. */
long store_notes(struct store *st, int64_t article, struct store_note **out);
void store_notes_free(struct store_note *n, long count);

/* ---------------------------------------------------------------- reindex */

/* Ids of articles after `after` in id order, at most `limit`: a count. */
long store_article_ids(struct store *st, int64_t after, int limit,
		       int64_t *ids);
/* Drop every entity, alias and mention (rules stay) before a reindex. */
int store_entities_clear(struct store *st);
/* Replace what was derived from an article's raw text; its notes are
 * re-anchored on their quoted passage and context. */
int store_article_update(struct store *st, int64_t id, const struct article *a,
			 const struct entity_result *ents);

/* ---------------------------------------------------------------- search */

/* Turn what a user typed into a safe FTS5 query (words, "phrases",
 * prefix*), folded like the index.  malloc'd; NULL if nothing to search. */
char *store_fts_query(const char *user);

/* ---------------------------------------------------------------- JSON */

/* One note of an exported article. */
struct store_json_note {
	size_t start, end;
	char *quote, *before, *after, *body; /* body: the note; may be NULL */
	char *created, *updated;             /* may be NULL */
};

/* One article of a `dossier export --format json` document. */
struct store_json_article {
	char *source, *raw_base64;  /* may be NULL */
	char **tags;
	long ntags;
	int read, starred;
	struct store_json_note *notes;
	long nnotes;
	long total;                 /* articles in the whole document */
};

/* Called once per article; the article is freed when it returns.  A
 * non-zero return stops the walk. */
typedef int (*store_json_fn)(void *arg, const struct store_json_article *a);

/* Walk the articles of an export (a JSON object whose "dossier_export" is 1
 * and whose "articles" is an array), parsed with SQLite's JSON functions.
 * Returns the number of articles handed to fn, or -1 (not an export,
 * malformed, out of memory: store_errmsg says which). */
long store_json_articles(struct store *st, const char *json, size_t len,
			store_json_fn fn, void *arg);
/* Restore a note's timestamps (NULL keeps the current one); 1 if none. */
int store_note_set_times(struct store *st, int64_t id, const char *created,
			 const char *updated);

/* ---------------------------------------------------------------- plans */

/* Record the query plan (EXPLAIN QUERY PLAN) of each distinct statement
 * the store runs from now on, so that a test can check that the hot
 * queries use their indexes.  store_plans_take stops recording and hands
 * over the text (malloc'd, "" if nothing ran): for each statement, its
 * SQL on one line and its plan below, indented by depth. */
void store_plans_record(struct store *st);
char *store_plans_take(struct store *st);

#endif
