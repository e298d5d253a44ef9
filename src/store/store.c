/* store: opening, migrating and transactions of the SQLite store. */
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "dossier/text.h"
#include "sha256.h"
#include "store-private.h"
#include "schema.sql.h"

_Static_assert(STORE_NMIGRATIONS == STORE_SCHEMA_VERSION,
    "one migration per schema version");

/* Format a malloc'd message; NULL only when out of memory. */
static char *
msgf(const char *fmt, ...)
{
	va_list ap;
	char *s = NULL;

	va_start(ap, fmt);
	if (vasprintf(&s, fmt, ap) < 0)
		s = NULL;
	va_end(ap);
	return s;
}

int
store_fail(struct store *st, const char *what)
{
	const char *m = st->db ? sqlite3_errmsg(st->db) : "no database";
	int code = st->db ? sqlite3_extended_errcode(st->db) : 0;

	if ((code & 0xff) == SQLITE_FULL)
		m = "disk full (the store was not changed)";
	else if ((code & 0xff) == SQLITE_READONLY)
		m = "the store is read-only";
	else if ((code & 0xff) == SQLITE_BUSY || (code & 0xff) == SQLITE_LOCKED)
		m = "the store is locked by another process";
	else if ((code & 0xff) == SQLITE_CORRUPT || (code & 0xff) == SQLITE_NOTADB)
		m = "the store is damaged or not a dossier database";
	snprintf(st->errmsg, sizeof(st->errmsg), "%s: %s: %s", st->path, what, m);
	return -1;
}

const char *
store_errmsg(const struct store *st)
{
	return st->errmsg;
}

int
store_exec(struct store *st, const char *sql)
{
	if (sqlite3_exec(st->db, sql, NULL, NULL, NULL) != SQLITE_OK)
		return store_fail(st, "cannot run query");
	return 0;
}

int
store_exec_ids(struct store *st, const char *sql, int64_t a, int64_t b,
	       const char *what)
{
	sqlite3_stmt *s = store_stmt(st, sql);

	if (s == NULL)
		return -1;
	sqlite3_bind_int64(s, 1, a);
	sqlite3_bind_int64(s, 2, b);
	if (sqlite3_step(s) != SQLITE_DONE)
		return store_fail(st, what);
	return 0;
}

/* Append text to the recorded plans; on ENOMEM recording just stops. */
static void
plans_add(struct store *st, const char *text)
{
	size_t n = strlen(text);
	char *p = realloc(st->plans, st->nplans + n + 1);

	if (p == NULL) {
		st->recording = 0;
		return;
	}
	memcpy(p + st->nplans, text, n + 1);
	st->plans = p;
	st->nplans += n;
}

/* Record the plan of sql unless it is there already. */
static void
plan_record(struct store *st, const char *sql)
{
	sqlite3_stmt *s;
	char *q;
	struct { int id, depth; } seen[64];
	int nseen = 0;

	if (st->plans && strstr(st->plans, sql) != NULL)
		return;
	if ((q = msgf("EXPLAIN QUERY PLAN %s", sql)) == NULL)
		return;
	if (sqlite3_prepare_v2(st->db, q, -1, &s, NULL) != SQLITE_OK) {
		free(q);
		return;
	}
	free(q);
	plans_add(st, sql);
	plans_add(st, "\n");
	while (sqlite3_step(s) == SQLITE_ROW) {
		int id = sqlite3_column_int(s, 0), parent = sqlite3_column_int(s, 1);
		int depth = 1;
		const char *d = (const char *)sqlite3_column_text(s, 3);

		for (int i = 0; i < nseen; i++)
			if (seen[i].id == parent)
				depth = seen[i].depth + 1;
		if (nseen < 64) {
			seen[nseen].id = id;
			seen[nseen++].depth = depth;
		}
		for (int i = 0; i < depth; i++)
			plans_add(st, "  ");
		plans_add(st, d ? d : "?");
		plans_add(st, "\n");
	}
	sqlite3_finalize(s);
}

void
store_plans_record(struct store *st)
{
	st->recording = 1;
}

char *
store_plans_take(struct store *st)
{
	char *p = st->plans ? st->plans : strdup("");

	st->plans = NULL;
	st->nplans = 0;
	st->recording = 0;
	return p;
}

/* The cached statement at i, reset and unbound. */
static sqlite3_stmt *
stmt_reuse(struct store *st, int i)
{
	struct store_stmt *c = &st->stmts[i];

	sqlite3_reset(c->stmt);
	sqlite3_clear_bindings(c->stmt);
	if (st->recording)
		plan_record(st, c->sql);
	return c->stmt;
}

sqlite3_stmt *
store_stmt(struct store *st, const char *sql)
{
	struct store_stmt *c;
	int i;

	/* Nearly every caller passes the same literal each time: its
	 * address finds the entry, and one comparison confirms it (a buffer
	 * may hold other SQL at the same address), where comparing the SQL
	 * with each entry cached before it cost more (an import asks for a
	 * statement about 18 times a story, and compared about 10 texts a
	 * time). */
	for (i = 0; i < st->nstmts; i++)
		if (st->stmts[i].lit == sql && strcmp(st->stmts[i].sql, sql) == 0)
			return stmt_reuse(st, i);
	for (i = 0; i < st->nstmts; i++)
		if (strcmp(st->stmts[i].sql, sql) == 0) {
			st->stmts[i].lit = sql;
			return stmt_reuse(st, i);
		}
	if (st->nstmts == STORE_NSTMT) {
		/* Full: drop the oldest entry. */
		sqlite3_finalize(st->stmts[0].stmt);
		free(st->stmts[0].sql);
		memmove(&st->stmts[0], &st->stmts[1],
		    (STORE_NSTMT - 1) * sizeof(st->stmts[0]));
		st->nstmts--;
	}
	c = &st->stmts[st->nstmts];
	if ((c->sql = strdup(sql)) == NULL) {
		snprintf(st->errmsg, sizeof(st->errmsg), "out of memory");
		return NULL;
	}
	if (sqlite3_prepare_v3(st->db, sql, -1, SQLITE_PREPARE_PERSISTENT,
	    &c->stmt, NULL) != SQLITE_OK) {
		free(c->sql);
		store_fail(st, "cannot prepare query");
		return NULL;
	}
	c->lit = sql;
	st->nstmts++;
	if (st->recording)
		plan_record(st, sql);
	return c->stmt;
}

char *
store_col_text(sqlite3_stmt *s, int col, int *oom)
{
	const unsigned char *t = sqlite3_column_text(s, col);
	char *r;

	if (t == NULL)
		return NULL;
	if ((r = strdup((const char *)t)) == NULL)
		*oom = 1;
	return r;
}

void
store_now(char buf[32])
{
	time_t t = time(NULL);
	struct tm tm;

	gmtime_r(&t, &tm);
	strftime(buf, 32, "%Y-%m-%dT%H:%M:%SZ", &tm);
}

uint64_t
store_hash(uint64_t h, const void *p, size_t n)
{
	const unsigned char *b = p;
	uint64_t w;

	/* eight bytes a step (a byte a step was 0.2% of an import), each
	 * step's high bits folded down, since the tables mask the low ones */
	for (; n >= 8; b += 8, n -= 8) {
		memcpy(&w, b, 8);
		h = (h ^ w) * 0x9e3779b97f4a7c15ULL;
		h ^= h >> 29;
	}
	if (n > 0) {
		w = (uint64_t)n << 56;
		memcpy(&w, b, n);
		h = (h ^ w) * 0x9e3779b97f4a7c15ULL;
		h ^= h >> 29;
	}
	return h;
}

/* Read a single integer PRAGMA (or a query of one value). */
static int
pragma_int(struct store *st, const char *sql, long *out)
{
	sqlite3_stmt *s;
	int rc;

	if (sqlite3_prepare_v2(st->db, sql, -1, &s, NULL) != SQLITE_OK)
		return store_fail(st, "cannot read the schema");
	rc = sqlite3_step(s);
	if (rc != SQLITE_ROW) {
		sqlite3_finalize(s);
		return store_fail(st, "cannot read the schema");
	}
	*out = sqlite3_column_int64(s, 0);
	sqlite3_finalize(s);
	return 0;
}

/* SQL dossier_key_upgrade(key): entity_key_upgrade, for the migration
 * that re-keys a store written with the first kind of key; NULL stays
 * NULL. */
static void
key_upgrade_fn(sqlite3_context *ctx, int argc, sqlite3_value **argv)
{
	const unsigned char *k = sqlite3_value_text(argv[0]);
	char *up;

	(void)argc;
	if (k == NULL) {
		sqlite3_result_null(ctx);
		return;
	}
	if ((up = entity_key_upgrade((const char *)k)) == NULL) {
		sqlite3_result_error_nomem(ctx);
		return;
	}
	sqlite3_result_text(ctx, up, -1, free);
}

/* SQL dossier_key(name): entity_key; dossier_key_spaced(name): the key
 * schema 9 gave name, which read every apostrophe as a space (now a soft
 * sign's is left out), for the migration that re-keys such names. */
static void
key_fn(sqlite3_context *ctx, int argc, sqlite3_value **argv)
{
	const char *name = (const char *)sqlite3_value_text(argv[0]);
	size_t n = (size_t)sqlite3_value_bytes(argv[0]), o = 0;
	char *k, *sp = NULL;

	(void)argc;
	if (name == NULL) {
		sqlite3_result_null(ctx);
		return;
	}
	if (sqlite3_user_data(ctx) != NULL) {
		if ((sp = malloc(n + 1)) == NULL) {
			sqlite3_result_error_nomem(ctx);
			return;
		}
		for (size_t i = 0; i < n; i++) {
			if (name[i] == '\'')
				sp[o++] = ' ';
			else if (i + 2 < n && memcmp(name + i, "\xe2\x80\x99",
			    3) == 0) { /* ’ */
				sp[o++] = ' ';
				i += 2;
			} else
				sp[o++] = name[i];
		}
		name = sp;
		n = o;
	}
	k = entity_key(name, n);
	free(sp);
	if (k == NULL) {
		sqlite3_result_error_nomem(ctx);
		return;
	}
	sqlite3_result_text(ctx, k, -1, free);
}

/* SQL dossier_raw_key(raw): store_raw_key, for the migration that
 * indexes the stories' raw bytes. */
static void
raw_key_fn(sqlite3_context *ctx, int argc, sqlite3_value **argv)
{
	const void *raw = sqlite3_value_blob(argv[0]);
	int n = sqlite3_value_bytes(argv[0]);

	(void)argc;
	sqlite3_result_int64(ctx, store_raw_key(raw ? raw : "", raw ?
	    (size_t)n : 0));
}

const char *
store_key_tail(const char *key)
{
	const char *sp = key ? strrchr(key, ' ') : NULL;

	return sp && sp[1] != '\0' ? sp + 1 : NULL;
}

/* SQL dossier_key_tail(key): store_key_tail, for the migration that
 * indexes the tails (entities.c writes them itself). */
static void
key_tail_fn(sqlite3_context *ctx, int argc, sqlite3_value **argv)
{
	const char *tail = store_key_tail((const char *)
	    sqlite3_value_text(argv[0]));

	(void)argc;
	if (tail == NULL)
		sqlite3_result_null(ctx);
	else
		sqlite3_result_text(ctx, tail, -1, SQLITE_TRANSIENT);
}

/*
 * Schema 7: mentions and mentions_recent no longer reference articles
 * (schema.sql.h, 6 -> 7).  SQLite has no ALTER for a constraint, and
 * rebuilding the tables would rewrite every mention of a large store;
 * removing a FOREIGN KEY changes nothing stored, so the schema's text is
 * edited in place and schema_version raised, the procedure SQLite's
 * documentation gives for it (ALTER TABLE, "making other kinds of table
 * schema changes").  Where the library forbids the edit (a build in
 * defensive mode), the references stay: they then cost a scan of
 * mentions when a story is added or deleted with foreign keys on, which
 * an import (store_bulk) never does.  In the migration's transaction.
 */
static int
unref_articles(struct store *st)
{
	long cookie;
	char sql[64];
	int rc;

	if (pragma_int(st, "PRAGMA schema_version", &cookie) < 0 ||
	    store_exec(st, "PRAGMA writable_schema = ON") < 0)
		return -1;
	rc = sqlite3_exec(st->db, "UPDATE sqlite_schema SET sql = replace(sql, "
	    "' REFERENCES articles(id) ON DELETE CASCADE', '') WHERE type = "
	    "'table' AND name IN ('mentions', 'mentions_recent')", NULL, NULL,
	    NULL);
	snprintf(sql, sizeof(sql), "PRAGMA schema_version = %ld", cookie + 1);
	if (rc == SQLITE_OK && store_exec(st, sql) < 0) {
		sqlite3_exec(st->db, "PRAGMA writable_schema = OFF", NULL, NULL,
		    NULL);
		return -1;
	}
	return store_exec(st, "PRAGMA writable_schema = OFF");
}

/* Bring the schema up to STORE_SCHEMA_VERSION, one step per transaction. */
static int
migrate(struct store *st)
{
	long version, appid, ntables;
	char sql[96];

	if (pragma_int(st, "PRAGMA user_version", &version) < 0 ||
	    pragma_int(st, "PRAGMA application_id", &appid) < 0 ||
	    pragma_int(st, "SELECT count(*) FROM sqlite_schema", &ntables) < 0)
		return -1;
	if (appid != STORE_APPLICATION_ID && (appid != 0 || ntables > 0)) {
		snprintf(st->errmsg, sizeof(st->errmsg),
		    "%s: not a dossier store (another program's database)",
		    st->path);
		return -1;
	}
	if (version > STORE_SCHEMA_VERSION) {
		snprintf(st->errmsg, sizeof(st->errmsg),
		    "%s: written by a newer dossier (schema %ld, this one "
		    "knows up to %d); upgrade dossier", st->path, version,
		    STORE_SCHEMA_VERSION);
		return -1;
	}
	if (version == STORE_SCHEMA_VERSION)
		return 0;
	if (st->readonly && version == 0 && ntables == 0) {
		snprintf(st->errmsg, sizeof(st->errmsg),
		    "%s: not a dossier store (empty, or not a database)",
		    st->path);
		return -1;
	}
	if (st->readonly) {
		snprintf(st->errmsg, sizeof(st->errmsg),
		    "%s: needs an upgrade (schema %ld to %d) but cannot be "
		    "written", st->path, version, STORE_SCHEMA_VERSION);
		st->needs_upgrade = 1;
		return -1;
	}
	for (; version < STORE_SCHEMA_VERSION; version++) {
		if (store_exec(st, "BEGIN IMMEDIATE") < 0)
			return -1;
		snprintf(sql, sizeof(sql), "PRAGMA application_id = %d; "
		    "PRAGMA user_version = %ld", STORE_APPLICATION_ID,
		    version + 1);
		if (store_exec(st, store_migrations[version]) < 0 ||
		    (version == 6 && unref_articles(st) < 0) ||
		    store_exec(st, sql) < 0) {
			char keep[sizeof(st->errmsg)];

			memcpy(keep, st->errmsg, sizeof(keep));
			sqlite3_exec(st->db, "ROLLBACK", NULL, NULL, NULL);
			memcpy(st->errmsg, keep, sizeof(keep));
			return -1;
		}
		if (store_exec(st, "COMMIT") < 0)
			return -1;
	}
	return 0;
}

/* Create the directory that will hold path, with its parents. */
static int
make_parent_dirs(const char *path)
{
	char *dir = strdup(path), *p;

	if (dir == NULL)
		return -1;
	for (p = dir + 1; *p; p++) {
		if (*p != '/')
			continue;
		*p = '\0';
		if (mkdir(dir, 0700) < 0 && errno != EEXIST) {
			free(dir);
			return -1;
		}
		*p = '/';
	}
	free(dir);
	return 0;
}

/* Open the store once as flags say; *upgrade is set when it failed only
 * because an older store could not be upgraded in this mode. */
static struct store *
open_once(const char *path, int flags, char **err, int *upgrade)
{
	struct store *st;
	int oflags;

	*err = NULL;
	/* st->path is only ever shown: sanitised, so a name holding escape
	 * sequences cannot drive the terminal through an error message. */
	if ((st = calloc(1, sizeof(*st))) == NULL ||
	    (st->path = text_sanitize(path, strlen(path), 0)) == NULL) {
		free(st);
		*err = msgf("out of memory");
		return NULL;
	}
	st->readonly = (flags & STORE_READONLY) != 0;
	st->recent_rows = -1;
	if (st->readonly)
		oflags = SQLITE_OPEN_READONLY;
	else if (flags & STORE_NOCREATE)
		oflags = SQLITE_OPEN_READWRITE;
	else {
		oflags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
		if (access(path, F_OK) < 0 && make_parent_dirs(path) < 0) {
			*err = msgf("%s: cannot create its directory: %s", st->path,
			    strerror(errno));
			goto fail;
		}
	}
	if (access(path, F_OK) < 0 && (flags & (STORE_READONLY | STORE_NOCREATE))) {
		*err = msgf("%s: no such store (run `dossier import` first)",
		    st->path);
		goto fail;
	}
	/* SQLite's memory statistics take a global mutex on every
	 * allocation; nothing here reads them.  Must come before the
	 * library initialises (the first open), so later calls fail and
	 * change nothing. */
	static int configured;
	if (!configured) {
		configured = 1;
		sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
	}
	if (sqlite3_open_v2(path, &st->db, oflags | SQLITE_OPEN_NOMUTEX,
	    NULL) != SQLITE_OK) {
		store_fail(st, "cannot open");
		goto fail_msg;
	}
	sqlite3_extended_result_codes(st->db, 1);
	sqlite3_busy_timeout(st->db, 5000);
	if (store_fts_register(st->db) < 0) {
		store_fail(st, "cannot register the search rank");
		goto fail_msg;
	}
	if (sqlite3_create_function(st->db, "dossier_key_upgrade", 1,
	    SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_DIRECTONLY, NULL,
	    key_upgrade_fn, NULL, NULL) != SQLITE_OK ||
	    sqlite3_create_function(st->db, "dossier_raw_key", 1,
	    SQLITE_DETERMINISTIC | SQLITE_DIRECTONLY, NULL, raw_key_fn, NULL,
	    NULL) != SQLITE_OK ||
	    sqlite3_create_function(st->db, "dossier_key_tail", 1,
	    SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_DIRECTONLY, NULL,
	    key_tail_fn, NULL, NULL) != SQLITE_OK ||
	    sqlite3_create_function(st->db, "dossier_key", 1,
	    SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_DIRECTONLY, NULL,
	    key_fn, NULL, NULL) != SQLITE_OK ||
	    sqlite3_create_function(st->db, "dossier_key_spaced", 1,
	    SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_DIRECTONLY, st,
	    key_fn, NULL, NULL) != SQLITE_OK) {
		store_fail(st, "cannot register the migration's functions");
		goto fail_msg;
	}
	if (store_exec(st, "PRAGMA foreign_keys = ON") < 0)
		goto fail_msg;
	if (!st->readonly) {
		/* A read-only file opened read-write: report it on first write. */
		if (sqlite3_db_readonly(st->db, "main") == 1)
			st->readonly = 1;
		else if (store_exec(st, "PRAGMA journal_mode = WAL") < 0 ||
		    store_exec(st, "PRAGMA synchronous = NORMAL") < 0)
			goto fail_msg;
	}
	/* A batch of a thousand articles stays in memory until it commits
	 * instead of spilling pages to the WAL as it goes. */
	if (store_exec(st, "PRAGMA cache_size = -32768") < 0 ||
	    store_exec(st, "PRAGMA temp_store = MEMORY") < 0)
		goto fail_msg;
	if (migrate(st) < 0)
		goto fail_msg;
	return st;
fail_msg:
	*err = msgf("%s", st->errmsg);
	*upgrade = st->needs_upgrade;
fail:
	store_close(st);
	if (*err == NULL)
		*err = msgf("out of memory");
	return NULL;
}

struct store *
store_open(const char *path, int flags, char **err)
{
	int upgrade = 0;
	struct store *st = open_once(path, flags, err, &upgrade), *w;
	char *werr = NULL;

	/* A store written by an older dossier, opened to be read: upgrade it
	 * first when the file may be written, as any write would, rather
	 * than refuse to list it. */
	if (st == NULL && upgrade && (flags & STORE_READONLY)) {
		w = open_once(path, (flags & ~STORE_READONLY) | STORE_NOCREATE,
		    &werr, &upgrade);
		if (w != NULL) {
			store_close(w);
			free(*err);
			return open_once(path, flags, err, &upgrade);
		}
		free(werr);
	}
	return st;
}

void
store_close(struct store *st)
{
	int i;

	if (st == NULL)
		return;
	for (i = 0; i < st->nstmts; i++) {
		sqlite3_finalize(st->stmts[i].stmt);
		free(st->stmts[i].sql);
	}
	if (st->db)
		sqlite3_close(st->db);
	store_rules_flush(st);
	store_stage_truncate(st, 0);
	store_keys_forget(st);
	store_aliases_free(st);
	free(st->keys);
	free(st->stage);
	free(st->stage_keys);
	free(st->counts);
	free(st->plans);
	free(st->path);
	free(st);
}

/*
 * An import's batch merges none of the full-text index's segments but
 * those FTS5 must (64 on a level), from its first story on
 * (store_bulk_first), and puts the index's usual settings back before
 * it commits, so that they are what the store keeps whatever becomes of
 * the import; the import ends with a merge (store_fts_merge) or an
 * optimize of the index.  Merging 8 segments at a time as the batches
 * came, 100k stories into an empty store took 37.9 s of the writing
 * thread's CPU (preparing stories aside), against 33.1 s.
 */
#define FTS_SET(k, v) \
	"INSERT INTO articles_fts(articles_fts, rank) VALUES ('" k "', " v ");"
#define FTS_MERGE_LESS FTS_SET("automerge", "0") FTS_SET("crisismerge", "64")
#define FTS_MERGE_USUAL FTS_SET("automerge", "8") \
	FTS_SET("crisismerge", "16") FTS_SET("usermerge", "8")
/* What the index holds in memory before it writes a segment: a batch of
 * 2,000 stories fits, and is one segment, where FTS5's 1 MiB made one of
 * each 250 or so.  100k stories: 12% fewer bytes written, a quarter less
 * of the writing thread's time in the index (pending terms written,
 * segments merged); 3 MB more at the peak. */
#define FTS_HASHSIZE "16777216"

/* Transactions nest: the outermost is BEGIN IMMEDIATE, inner ones are
 * savepoints, so one failed article rolls back alone inside a batch. */
int
store_begin(struct store *st)
{
	char sql[48];

	if (st->depth == 0) {
		long v = -1;

		if (store_exec(st, "BEGIN IMMEDIATE") < 0)
			return -1;
		/* What this connection learnt of the store (which entity a
		 * key finds, how many rows wait in mentions_recent) stays
		 * true across its own transactions: forget it only when
		 * another connection has committed since (data_version
		 * changes then; the write lock now held keeps it so), and
		 * when the keys would take more than a few MB. */
		if (pragma_int(st, "PRAGMA data_version", &v) < 0 ||
		    v != st->data_version || st->nkeys > STORE_KEYS_MAX) {
			store_keys_forget(st);
			st->recent_rows = -1;
		}
		st->data_version = v;
		/* Another process may have added rules since: re-read them. */
		store_rules_flush(st);
	} else {
		if (st->depth >= STORE_MAXDEPTH) {
			snprintf(st->errmsg, sizeof(st->errmsg),
			    "transactions nested too deeply");
			return -1;
		}
		snprintf(sql, sizeof(sql), "SAVEPOINT s%d", st->depth);
		if (store_exec(st, sql) < 0)
			return -1;
		st->stage_mark[st->depth] = st->nstage;
		st->alog_mark[st->depth] = st->nalog;
	}
	st->depth++;
	return 0;
}

int
store_bulk(struct store *st)
{
	long usual;

	if (st->depth > 0) {	/* the pragma is a no-op in a transaction */
		snprintf(st->errmsg, sizeof(st->errmsg),
		    "bulk mode must be set outside a transaction");
		return -1;
	}
	/* An import only inserts, and each row it writes points at an
	 * article or entity that the same write transaction has just added
	 * or looked up, so checking the references again costs a b-tree
	 * seek per row for nothing: 10k stories into a 100k store, user
	 * CPU 10.0 -> 8.4 s.  Deletes, which cascade, are not done here. */
	if (store_exec(st, "PRAGMA foreign_keys = OFF") < 0)
		return -1;
	/* Statement journals go to a file past 64 KiB, not the heap: a
	 * statement that indexes stories for search may merge segments of
	 * the full-text index (FTS5's crisis merges, an import's last
	 * merge), and the copy it kept of every page it changed made the
	 * import's heap grow as the index did (20k stories into an empty
	 * store: 94 -> 70 MB RSS, when batches merged as they went). */
	if (store_exec(st, "PRAGMA temp_store = FILE") < 0)
		return -1;
	/* The full-text index merges its segments 8 at a time, not FTS5's
	 * default 4, whether as others write (automerge) or when an import
	 * ends (usermerge, store_fts_merge): merging less often, 100k
	 * stories in batches of 2,000 took 10.2 s of CPU to index instead of
	 * 12.6, and a search reads a few more segments.  And it holds a
	 * batch's terms in memory until the batch commits (FTS_HASHSIZE).
	 * Kept in the index's configuration, written once. */
	if (pragma_int(st, "SELECT (SELECT v FROM articles_fts_config WHERE "
	    "k = 'automerge') IS 8 AND (SELECT v FROM articles_fts_config "
	    "WHERE k = 'usermerge') IS 8 AND (SELECT v FROM articles_fts_config "
	    "WHERE k = 'hashsize') IS " FTS_HASHSIZE, &usual) < 0)
		return -1;
	if (!usual && store_exec(st, FTS_MERGE_USUAL
	    FTS_SET("hashsize", FTS_HASHSIZE)) < 0)
		return -1;
	st->bulk = 1;
	/* 100k articles: 10.4 -> 8.8 GB written, 127 -> 113 s */
	return store_exec(st, "PRAGMA wal_autocheckpoint = 20000");
}

int
store_fts_optimize(struct store *st)
{
	if (store_begin(st) < 0)
		return -1;
	if (store_exec(st, "INSERT INTO articles_fts(articles_fts) VALUES "
	    "('optimize')") < 0) {
		store_rollback(st);
		return -1;
	}
	return store_commit(st);
}

int
store_fts_merge(struct store *st)
{
	long changed;

	/* 'merge' merges the level with the most segments, 8 or more
	 * (usermerge), up to so many pages of output; it did nothing when it
	 * changed fewer than two rows (the command counts as one).  A
	 * transaction a step, so that a long merge holds none open. */
	if (store_begin(st) < 0)
		return -1;
	changed = (long)sqlite3_total_changes(st->db);
	if (store_exec(st, "INSERT INTO articles_fts(articles_fts, rank) "
	    "VALUES ('merge', 2000)") < 0) {
		store_rollback(st);
		return -1;
	}
	changed = (long)sqlite3_total_changes(st->db) - changed;
	if (store_commit(st) < 0)
		return -1;
	return changed >= 2;
}

int
store_snapshot(struct store *st)
{
	if (st->depth > 0)
		return 0;	/* a transaction is open: it is the snapshot */
	if (store_exec(st, "BEGIN DEFERRED") < 0)
		return -1;
	st->snapshot = 1;
	return 0;
}

int
store_snapshot_end(struct store *st)
{
	if (!st->snapshot)
		return 0;
	st->snapshot = 0;
	return store_exec(st, "COMMIT");
}

/* Roll back without losing the message of the error that caused it. */
static void
quiet_exec(struct store *st, const char *sql)
{
	char keep[sizeof(st->errmsg)];

	memcpy(keep, st->errmsg, sizeof(keep));
	sqlite3_exec(st->db, sql, NULL, NULL, NULL);
	memcpy(st->errmsg, keep, sizeof(keep));
}

/* Index the articles added since the last time for search. */
static int
fts_index(struct store *st)
{
	int rc;

	if (st->fts_lo == 0)
		return 0;
	/* Ids in the range that a savepoint rolled back are simply absent:
	 * this transaction holds the write lock, so no one else's are. */
	rc = store_exec_ids(st, "INSERT INTO articles_fts (rowid, title, body) "
	    "SELECT id, title, body FROM articles WHERE id BETWEEN ?1 AND ?2",
	    st->fts_lo, st->fts_hi, "cannot index articles");
	if (rc == 0)
		st->fts_lo = st->fts_hi = 0;
	return rc;
}

/* Write what a transaction holds back until it commits: the full-text
 * index of the articles added, the staged mentions and aliases. */
static int
store_fts_flush(struct store *st)
{
	if (store_aliases_write(st) < 0 ||
	    (st->nstage > 0 && store_mentions_flush(st) < 0) ||
	    store_counts_write(st) < 0)
		return -1;
	return fts_index(st);
}

/*
 * Write what the open transaction holds back (staged mentions and
 * aliases, stories not yet indexed for search) in a savepoint of its
 * own, before a story's update or an entity correction opens theirs.
 * Written inside theirs, their failure rolled it back with them though
 * the stage and the range to index had been emptied: the transaction
 * then committed stories whose lists name entities with no mention rows,
 * and that no search finds.  Nothing is held outside a transaction.
 */
void *
store_grow(void *v, size_t *cap, size_t n, size_t size, size_t first)
{
	size_t c = *cap ? 2 * *cap : first;

	if (n < *cap)
		return v;
	if ((v = realloc(v, c * size)) != NULL)
		*cap = c;
	return v;
}

int
store_flush_held(struct store *st)
{
	if (st->depth == 0)
		return 0;
	if (store_begin(st) < 0)
		return -1;
	if (store_fts_flush(st) < 0) {
		store_rollback(st);
		return -1;
	}
	return store_commit(st);
}

int
store_bulk_first(struct store *st)
{
	if (!st->bulk || st->depth != 1 || st->fts_less)
		return 0;
	if (store_exec(st, FTS_MERGE_LESS) < 0)
		return -1;
	st->fts_less = 1;
	return 0;
}

int
store_bulk_slice(struct store *st)
{
	if (!st->bulk || st->depth != 1 || st->unsliced < STORE_SLICE)
		return 0;
	st->unsliced = 0;
	return st->nstage > 0 && store_mentions_flush(st) < 0 ? -1 : 0;
}

int
store_commit(struct store *st)
{
	char sql[48];

	if (st->depth == 0)
		return 0;
	if (--st->depth > 0) {
		snprintf(sql, sizeof(sql), "RELEASE s%d", st->depth);
		return store_exec(st, sql);
	}
	if (store_fts_flush(st) < 0 ||
	    (st->fts_less && store_exec(st, FTS_MERGE_USUAL) < 0) ||
	    store_exec(st, "COMMIT") < 0) {
		st->fts_less = 0;
		store_aliases_clear(st);
		store_keys_forget(st);
		st->fts_lo = st->fts_hi = 0;
		st->unsliced = 0;
		st->recent_rows = -1;	/* count them again */
		store_stage_truncate(st, 0);
		store_counts_clear(st);
		quiet_exec(st, "ROLLBACK");
		return -1;
	}
	st->fts_less = 0;
	st->unsliced = 0;
	store_aliases_clear(st);
	return 0;
}

int
store_rollback(struct store *st)
{
	char sql[64];

	if (st->depth == 0)
		return 0;
	st->recent_rows = -1;	/* a sweep may be undone: count them again */
	store_keys_forget(st);	/* and entities it found may be gone */
	if (--st->depth > 0) {
		snprintf(sql, sizeof(sql), "ROLLBACK TO s%d; RELEASE s%d",
		    st->depth, st->depth);
		quiet_exec(st, sql);
		if (st->stage_mark[st->depth] < st->nstage)
			st->nstage = st->stage_mark[st->depth];
		store_aliases_undo(st, st->alog_mark[st->depth]);
		return 0;
	}
	store_aliases_clear(st);
	st->fts_lo = st->fts_hi = 0;
	st->unsliced = 0;
	st->fts_less = 0;
	store_stage_truncate(st, 0);
	store_counts_clear(st);
	if (!sqlite3_get_autocommit(st->db))
		quiet_exec(st, "ROLLBACK");
	return 0;
}
