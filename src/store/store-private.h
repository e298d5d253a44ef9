/* store-private.h: what the store's files share (never included outside). */
#ifndef DOSSIER_STORE_PRIVATE_H
#define DOSSIER_STORE_PRIVATE_H

#include <sqlite3.h>

#include "dossier/store.h"

#define STORE_NSTMT 64

struct store_stmt {
	char *sql;
	sqlite3_stmt *stmt;
	const char *lit;	/* the address it was last asked for with */
};

/* Savepoints nest at most this deep (store_begin). */
#define STORE_MAXDEPTH 32

/* A mention waiting for its transaction to commit. */
struct store_staged {
	int64_t entity, article, start, end;
	const char *sortkey; /* one of store.stage_keys */
};

/* A spelling of an entity counted in the open transaction and not yet
 * written to aliases (aliases.c). */
struct store_alias {
	int64_t entity;
	char *surface, *key;
	size_t slen;  /* strlen(surface) */
	long count;   /* not yet written */
	size_t knext; /* the next one under the same key, plus one; 0 none */
};

/* What changed an alias's held count, so that a savepoint's rollback can
 * take it back: n counted (or -n written). */
struct store_alias_log {
	size_t alias;
	long n;
};

/* Mentions and stories an entity gained in the open transaction, not
 * yet added to its row (entities.c, store_counts_write). */
struct store_count {
	int64_t entity, n, a;
};

/* One user correction, cached in memory while a transaction runs. */
struct store_rule {
	char kind[8]; /* merge, rename, retype, split, ignore */
	char *key;
	char *arg;
};

struct store {
	sqlite3 *db;
	char *path;
	char errmsg[512];
	int readonly;
	int needs_upgrade;                  /* migrate refused: read-only */
	int snapshot;                       /* store_snapshot is open */
	int depth;                          /* store_begin nesting */
	int bulk;                           /* store_bulk: an import's batch */
	int fts_less;                       /* store_bulk_first in this batch */
	struct store_stmt stmts[STORE_NSTMT]; /* prepared statement cache */
	int nstmts;
	struct store_rule *rules; /* sorted by (key, kind); newest wins */
	size_t nrules;
	int rules_loaded;
	int64_t fts_lo, fts_hi;   /* articles added but not yet indexed */
	long unsliced;            /* added since the batch's last slice */
	/* Mentions of the open transaction, written when it commits
	 * (entities.c); stage_mark[d]: how many there were when savepoint
	 * d began, so that rolling it back drops its own. */
	struct store_staged *stage;
	size_t nstage, capstage;
	/* Entities' counts of the mentions written by a batch's slices,
	 * added to their rows once the batch commits (entities.c) */
	struct store_count *counts;
	size_t ncounts, capcounts;
	char **stage_keys;        /* the sortkeys they point to */
	size_t nstage_keys, capstage_keys;
	size_t stage_mark[STORE_MAXDEPTH];
	int64_t recent_rows;      /* rows in mentions_recent, -1 not counted */
	/* Aliases counted in the open transaction (aliases.c), indexed
	 * by (entity, surface) and by key (open addressing, both capidx
	 * slots, an index into al plus one); alog_mark[d]: the log's length
	 * when savepoint d began. */
	struct store_alias *al;
	size_t nal, capal;
	size_t *alpair, *alkey, capidx;
	struct store_alias_log *alog;
	size_t nalog, capalog;
	size_t alog_mark[STORE_MAXDEPTH];
	/* Entities found by key (entities.c), kept across this
	 * connection's transactions until another connection commits
	 * (store_begin): open addressing, cap a power of two, id 0 an
	 * emptied slot. */
	struct store_key_slot *keys;
	size_t nkeys, capkeys;
	long data_version;        /* PRAGMA data_version when they were kept */
	char *plans;              /* query plans recorded (store_plans_record) */
	size_t nplans;
	int recording;
};

/* At most this many keys are remembered (about 5 MB). */
#define STORE_KEYS_MAX 65536

struct store_key_slot {
	char *key;
	int64_t id;
	int type;
};

/* A hash of n bytes, continuing from h (STORE_HASH_BASIS to start):
 * the hash of the store's in-memory tables (entities.c, aliases.c). */
#define STORE_HASH_BASIS 14695981039346656037ULL
uint64_t store_hash(uint64_t h, const void *p, size_t n);

/* Forget the entities found by key: the transaction ended, or a
 * correction is about to change aliases (entities.c). */
void store_keys_forget(struct store *st);

/* Count n more of entity's spelling surface (slen bytes) under key,
 * held until the transaction writes it; 0 or -1. */
int store_aliases_count(struct store *st, int64_t entity, const char *surface,
			size_t slen, const char *key, long n);
/* Write the held counts of the aliases under key (before it is looked
 * up), or all of them in primary-key order (before the transaction
 * commits or aliases are read); 0 or -1. */
int store_aliases_write_key(struct store *st, const char *key);
int store_aliases_write(struct store *st);
/* Take back what changed held counts since the log was mark long (a
 * savepoint's rollback). */
void store_aliases_undo(struct store *st, size_t mark);
/* Forget them all (the outermost transaction ended), and free them. */
void store_aliases_clear(struct store *st);
void store_aliases_free(struct store *st);
/* Register dossier_rank(), the search rank, on a connection (fts.c). */
int store_fts_register(sqlite3 *db);

/* Write what a transaction holds back until it commits (the full-text
 * index of the articles added, the staged mentions and aliases) in a
 * savepoint of its own, before one that may fail (store.c). */
/* The array v of *cap elements of size bytes, holding n, with room for
 * one more: as it is, or doubled when full (first elements the first
 * time), *cap updated.  NULL when out of memory, v then unchanged
 * (store.c). */
void *store_grow(void *v, size_t *cap, size_t n, size_t size, size_t first);

int store_flush_held(struct store *st);

/* Move the staged mentions into mentions_recent, in key order, add them
 * to their entities' counters, and sweep a range of entities on into
 * mentions (entities.c). */
int store_mentions_flush(struct store *st);

/* Add the counts held by store_mentions_flush to their entities' rows;
 * 0 or -1.  Forget them unwritten (a rollback) (entities.c). */
int store_counts_write(struct store *st);
void store_counts_clear(struct store *st);

/*
 * An import's batch does some of its commit's work as it goes, every
 * STORE_SLICE stories (store_bulk_slice, called as each is added): their
 * staged mentions are written, with a step of the sweep.  A commit was
 * the writing thread's longest stop (100k stories into an empty store:
 * 0.6 to 0.9 s, 31 s of a 49 s import), and the thread preparing stories
 * idled through it once the 1,024 it may hold were ready.  Slices also
 * indexed their stories for search at first, but any later statement
 * that may abort then wrote out FTS5's pending terms as a segment of its
 * own, 400 segments for 100k stories, merged again and again; the batch
 * is indexed as it commits instead, one segment (store.c, hashsize).
 */
/* The last word of a key of two words or more ("kim jong un" -> "un"),
 * pointing into it, else NULL: entities.tail (store.c). */
const char *store_key_tail(const char *key);

#define STORE_SLICE 250
int store_bulk_slice(struct store *st);
/* Before an import's batch adds its first story: the full-text index
 * merges no segments until it commits (store.c); 0 or -1. */
int store_bulk_first(struct store *st);

/* Move an entity's rows from mentions_recent into mentions, where a
 * correction rewrites them (entities.c). */
int store_mentions_settle(struct store *st, int64_t entity);

/* One mention's bytes in a story's body. */
struct store_span {
	int64_t start, end;
};

/* The spans of a mentions row ("start:end,..."), sorted by start (longer
 * first), each once, into a malloc'd *out: their number, or -1 on ENOMEM.
 * Malformed parts are skipped. */
long store_spans_parse(const char *text, struct store_span **out);

/* n spans as a mentions row keeps them (malloc'd), NULL on ENOMEM. */
char *store_spans_format(const struct store_span *v, long n);

/* Drop the staged mentions after the first n, and with n = 0 their
 * sortkeys too (entities.c). */
void store_stage_truncate(struct store *st, size_t n);

/* Forget the cached rules (entities.c). */
void store_rules_flush(struct store *st);

/* A cached prepared statement for sql, reset and unbound; NULL on error. */
sqlite3_stmt *store_stmt(struct store *st, const char *sql);

/* Record an error: "what: sqlite message". Always returns -1. */
int store_fail(struct store *st, const char *what);

/* Run a cached statement bound to two integers (?1, ?2); 0 or -1 with
 * "what" in the message. */
int store_exec_ids(struct store *st, const char *sql, int64_t a, int64_t b,
		   const char *what);

/* Run SQL without results; 0 or -1. */
int store_exec(struct store *st, const char *sql);

/* Copy a text column (NULL stays NULL); sets *oom on allocation failure. */
char *store_col_text(sqlite3_stmt *s, int col, int *oom);

/* Current UTC time as ISO 8601 "YYYY-MM-DDTHH:MM:SSZ". */
void store_now(char buf[32]);

/* Entities of a newly added article (entities.c). */
int store_entities_add(struct store *st, int64_t article, const char *sortkey,
		       const char *body, size_t body_len,
		       const struct entity_result *ents);

/* Move an article's notes onto their passages in its new body (notes.c). */
int store_notes_reanchor(struct store *st, int64_t article, const char *body,
			 size_t len);

#endif
