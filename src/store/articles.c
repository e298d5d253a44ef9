/* articles: adding, reading and listing articles. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "dossier/text.h"
#include "sha256.h"
#include "store-private.h"

/* Bind text or NULL. */
static int
bind_text(sqlite3_stmt *s, int i, const char *t)
{
	return t ? sqlite3_bind_text(s, i, t, -1, SQLITE_STATIC)
		 : sqlite3_bind_null(s, i);
}

void
store_article_hash(const struct article *a, char hex[65])
{
	size_t tl = strlen(a->title ? a->title : ""), n = tl + 1 + a->body_len;
	char *buf = malloc(n);

	if (buf == NULL) {
		/* Fall back to the body alone rather than fail. */
		store_sha256_hex(a->body, a->body_len, hex);
		return;
	}
	memcpy(buf, a->title ? a->title : "", tl);
	buf[tl] = '\0';
	memcpy(buf + tl + 1, a->body, a->body_len);
	store_sha256_hex(buf, n, hex);
	free(buf);
}

void
store_article_keys(const struct article *a, const char *raw, size_t rawlen,
		   struct store_article_keys *k)
{
	store_article_hash(a, k->hash);
	k->rawkey = store_raw_key(raw, rawlen);
}

int
store_article_add(struct store *st, const char *source, const char *raw,
		  size_t rawlen, const struct article *a,
		  const struct entity_result *ents, int64_t *id)
{
	return store_article_add_keyed(st, source, raw, rawlen, a, NULL, ents,
	    id);
}

int
store_article_add_keyed(struct store *st, const char *source,
			const char *raw, size_t rawlen,
			const struct article *a,
			const struct store_article_keys *keys,
			const struct entity_result *ents, int64_t *id)
{
	sqlite3_stmt *s;
	char now[32];
	const char *hash;
	struct store_article_keys own;
	int rc, nested;
	long long rawkey;

	if (keys == NULL) {
		store_article_keys(a, raw, rawlen, &own);
		keys = &own;
	}
	hash = keys->hash;
	rawkey = keys->rawkey;
	/* the same parse, or the same bytes parsed otherwise by an older
	 * dossier */
	if ((s = store_stmt(st, "SELECT id FROM articles WHERE hash = ?1 "
	    "UNION ALL SELECT a.id FROM article_raw r JOIN articles a ON a.id "
	    "= r.article WHERE r.rawkey = ?2 AND a.raw = ?3 LIMIT 1")) == NULL)
		return -1;
	sqlite3_bind_text(s, 1, hash, -1, SQLITE_STATIC);
	sqlite3_bind_int64(s, 2, rawkey);
	sqlite3_bind_blob64(s, 3, raw, rawlen, SQLITE_STATIC);
	rc = sqlite3_step(s);
	if (rc == SQLITE_ROW) {
		if (id)
			*id = sqlite3_column_int64(s, 0);
		sqlite3_reset(s);
		return STORE_PRESENT;
	}
	if (rc != SQLITE_DONE)
		return store_fail(st, "cannot look up article");
	/* Its own savepoint inside a transaction, so that a failure leaves
	 * the rest whole; not in an import's batch (store_bulk), which a
	 * failure rolls back entirely: a savepoint per story cost 0.8 s of
	 * the writing thread at 100k. */
	nested = !(st->bulk && st->depth > 0);
	if (nested && store_begin(st) < 0)
		return -1;
	if (!nested && store_bulk_first(st) < 0)
		return -1;
	/* OR FAIL: a statement that fires a trigger (counts_ai) and may
	 * abort keeps a journal of the pages it changes, to undo its own
	 * part; this one has nothing to undo when its single row fails, and
	 * the journal cost 2.3 s of the writing thread at 100k stories. */
	s = store_stmt(st, "INSERT OR FAIL INTO articles (source, hash, raw, "
	    "title, dateline, published, outlet, byline, lang, body, blocks, "
	    "sortkey, imported_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)");
	if (s == NULL)
		goto fail;
	store_now(now);
	bind_text(s, 1, source);
	sqlite3_bind_text(s, 2, hash, -1, SQLITE_STATIC);
	sqlite3_bind_blob64(s, 3, raw, rawlen, SQLITE_STATIC);
	sqlite3_bind_text(s, 4, a->title ? a->title : "", -1, SQLITE_STATIC);
	bind_text(s, 5, a->dateline);
	bind_text(s, 6, a->published);
	bind_text(s, 7, a->outlet);
	bind_text(s, 8, a->byline);
	sqlite3_bind_text(s, 9, a->lang, -1, SQLITE_STATIC);
	sqlite3_bind_text64(s, 10, a->body, a->body_len, SQLITE_STATIC,
	    SQLITE_UTF8);
	sqlite3_bind_text(s, 11, a->blocks ? a->blocks : "", -1, SQLITE_STATIC);
	sqlite3_bind_text(s, 12, a->published ? a->published : "", -1,
	    SQLITE_STATIC);
	sqlite3_bind_text(s, 13, now, -1, SQLITE_STATIC);
	if (sqlite3_step(s) != SQLITE_DONE) {
		store_fail(st, "cannot add article");
		goto fail;
	}
	sqlite3_reset(s);
	{
		int64_t nid = sqlite3_last_insert_rowid(st->db);

		if ((s = store_stmt(st, "INSERT INTO article_raw (rawkey, "
		    "article) VALUES (?, ?)")) == NULL)
			goto fail;
		sqlite3_bind_int64(s, 1, rawkey);
		sqlite3_bind_int64(s, 2, nid);
		if (sqlite3_step(s) != SQLITE_DONE) {
			store_fail(st, "cannot add article");
			goto fail;
		}
		if (st->fts_lo == 0 || nid < st->fts_lo)
			st->fts_lo = nid;
		if (nid > st->fts_hi)
			st->fts_hi = nid;
		st->unsliced++;

		if (ents && store_entities_add(st, nid, a->published ?
		    a->published : "", a->body, a->body_len, ents) < 0)
			goto fail;
		if (id)
			*id = nid;
	}
	if (nested && store_commit(st) < 0)
		return -1;
	if (!nested && store_bulk_slice(st) < 0)
		return -1;
	return STORE_ADDED;
fail:
	if (nested)
		store_rollback(st); /* this article only, inside a batch */
	return -1;
}

/* The search rank: title words weigh ten times body words. */
#define RANK "dossier_rank(articles_fts, 10.0, 1.0)"

#define TAGS_OF(a) "(SELECT group_concat(t.name, ' ') FROM " \
	"(SELECT t.name FROM article_tags x JOIN tags t ON t.id = x.tag " \
	"WHERE x.article = " a " ORDER BY t.name) t)"

int
store_article_get(struct store *st, int64_t id, struct store_article *a)
{
	sqlite3_stmt *s;
	int rc, oom = 0;

	memset(a, 0, sizeof(*a));
	s = store_stmt(st, "SELECT id, source, title, dateline, published, "
	    "outlet, byline, lang, body, blocks, " TAGS_OF("a.id") ", "
	    "imported_at, read, starred FROM articles a WHERE id = ?");
	if (s == NULL)
		return -1;
	sqlite3_bind_int64(s, 1, id);
	rc = sqlite3_step(s);
	if (rc == SQLITE_DONE)
		return 1;
	if (rc != SQLITE_ROW)
		return store_fail(st, "cannot read article");
	a->id = sqlite3_column_int64(s, 0);
	a->source = store_col_text(s, 1, &oom);
	a->title = store_col_text(s, 2, &oom);
	a->dateline = store_col_text(s, 3, &oom);
	a->published = store_col_text(s, 4, &oom);
	a->outlet = store_col_text(s, 5, &oom);
	a->byline = store_col_text(s, 6, &oom);
	a->lang = store_col_text(s, 7, &oom);
	a->body = store_col_text(s, 8, &oom);
	a->body_len = (size_t)sqlite3_column_bytes(s, 8);
	a->blocks = store_col_text(s, 9, &oom);
	a->tags = store_col_text(s, 10, &oom);
	if (a->tags == NULL && !oom && (a->tags = strdup("")) == NULL)
		oom = 1;
	a->imported_at = store_col_text(s, 11, &oom);
	a->read = sqlite3_column_int(s, 12);
	a->starred = sqlite3_column_int(s, 13);
	sqlite3_reset(s);
	if (oom || a->body == NULL) {
		store_article_free(a);
		snprintf(st->errmsg, sizeof(st->errmsg), "out of memory");
		return -1;
	}
	return 0;
}

void
store_article_free(struct store_article *a)
{
	free(a->source);
	free(a->title);
	free(a->dateline);
	free(a->published);
	free(a->outlet);
	free(a->byline);
	free(a->lang);
	free(a->body);
	free(a->blocks);
	free(a->tags);
	free(a->imported_at);
	memset(a, 0, sizeof(*a));
}

int
store_article_raw(struct store *st, int64_t id, char **raw, size_t *len)
{
	sqlite3_stmt *s = store_stmt(st, "SELECT raw FROM articles WHERE id = ?");
	int rc;

	if (s == NULL)
		return -1;
	sqlite3_bind_int64(s, 1, id);
	rc = sqlite3_step(s);
	if (rc == SQLITE_DONE)
		return 1;
	if (rc != SQLITE_ROW)
		return store_fail(st, "cannot read article");
	*len = (size_t)sqlite3_column_bytes(s, 0);
	if ((*raw = malloc(*len + 1)) == NULL) {
		sqlite3_reset(s);
		snprintf(st->errmsg, sizeof(st->errmsg), "out of memory");
		return -1;
	}
	if (*len)
		memcpy(*raw, sqlite3_column_blob(s, 0), *len);
	(*raw)[*len] = '\0';
	sqlite3_reset(s);
	return 0;
}

/* Set one flag column; 1 when no such article. */
static int
set_flag(struct store *st, const char *sql, int64_t id, int v)
{
	sqlite3_stmt *s = store_stmt(st, sql);

	if (s == NULL)
		return -1;
	sqlite3_bind_int(s, 1, v != 0);
	sqlite3_bind_int64(s, 2, id);
	if (sqlite3_step(s) != SQLITE_DONE)
		return store_fail(st, "cannot update article");
	return sqlite3_changes(st->db) ? 0 : 1;
}

int
store_article_set_read(struct store *st, int64_t id, int read)
{
	return set_flag(st, "UPDATE articles SET read = ? WHERE id = ?", id,
	    read);
}

int
store_article_set_starred(struct store *st, int64_t id, int starred)
{
	return set_flag(st, "UPDATE articles SET starred = ? WHERE id = ?", id,
	    starred);
}

/* ---------------------------------------------------------------- listing */

/* Append the fixed SQL fragments for the conditions of a filter.  Only
 * fixed text goes into SQL; values are bound by name. */
/*
 * Is an entity mentioned often (in thousands of places)?  Then the list
 * limited to it is best read in list order, checking each story with one
 * seek; a rare entity's few stories are best gathered first and sorted.
 * The probe reads at most ENTITY_FREQUENT index entries.
 */
#define ENTITY_FREQUENT 2000
#define XSTR(x) STR(x)
#define STR(x) #x

static int
entity_frequent(struct store *st, int64_t entity)
{
	sqlite3_stmt *s = store_stmt(st, "SELECT count(*) FROM (SELECT 1 FROM "
	    "mentions_all WHERE entity = ? LIMIT " XSTR(ENTITY_FREQUENT) ")");
	int n = 0;

	if (s == NULL)
		return 0;
	sqlite3_bind_int64(s, 1, entity);
	if (sqlite3_step(s) == SQLITE_ROW)
		n = sqlite3_column_int(s, 0);
	sqlite3_reset(s);
	return n >= ENTITY_FREQUENT;
}

/* id is the column that holds the article id ("a.id", or "f.rowid" when
 * the query reads the full-text index alone); the unread and starred
 * conditions need the articles table as "a". */
static void
filter_sql(char *buf, size_t size, const struct store_filter *f,
	   int entity_scan, const char *id)
{
	size_t n = strlen(buf);

	if (f && f->unread)
		n += snprintf(buf + n, size - n, " AND a.read = 0");
	if (f && f->starred)
		n += snprintf(buf + n, size - n, " AND a.starred = 1");
	if (f && f->tag)
		n += snprintf(buf + n, size - n, " AND %s IN (SELECT article "
		    "FROM article_tags WHERE tag = (SELECT id FROM tags "
		    "WHERE name = :tag))", id);
	if (f && f->entity && entity_scan)
		n += snprintf(buf + n, size - n, " AND EXISTS (SELECT 1 FROM "
		    "mentions_all m WHERE m.entity = :entity AND m.sortkey = "
		    "a.sortkey AND m.article = a.id)");
	else if (f && f->entity)
		n += snprintf(buf + n, size - n, " AND %s IN (SELECT article "
		    "FROM mentions_all WHERE entity = :entity)", id);
}

/* Ranking costs about 0.2 us a match (dossier_rank): 20,000 take about
 * 4 ms at 100k stories.  Past that, newest first, checking each story in
 * list order: the sparser the matches, the longer that takes (2% of a
 * million stories, about 15 ms a page), so the bound is a balance. */
long store_ranked_max = 20000;

int
store_row_by_date(const struct store_row *r)
{
	return r->cursor.rank == 0.0;
}

/* More matches than a search ranks (store_ranked_max): 1, else 0. */
static int
search_large(struct store *st, const char *fts)
{
	sqlite3_stmt *s = store_stmt(st, "SELECT count(*) FROM (SELECT 1 FROM "
	    "articles_fts WHERE articles_fts MATCH ? LIMIT ?)");
	int large = 0;

	if (s == NULL)
		return 0;
	sqlite3_bind_text(s, 1, fts, -1, SQLITE_STATIC);
	sqlite3_bind_int64(s, 2, (sqlite3_int64)store_ranked_max + 1);
	if (sqlite3_step(s) == SQLITE_ROW)
		large = sqlite3_column_int64(s, 0) > store_ranked_max;
	sqlite3_reset(s);
	return large;
}

/* Bind the named values of a filter present in s. */
static void
filter_bind(sqlite3_stmt *s, const struct store_filter *f, const char *fts)
{
	int i;

	if ((i = sqlite3_bind_parameter_index(s, ":tag")) > 0)
		sqlite3_bind_text(s, i, f->tag, -1, SQLITE_TRANSIENT);
	if ((i = sqlite3_bind_parameter_index(s, ":entity")) > 0)
		sqlite3_bind_int64(s, i, f->entity);
	if ((i = sqlite3_bind_parameter_index(s, ":q")) > 0)
		sqlite3_bind_text(s, i, fts, -1, SQLITE_TRANSIENT);
}

static int
has_search(const struct store_filter *f)
{
	return f && f->search && *f->search;
}

/* Fill a row from columns id, published, outlet, title, tags, read,
 * starred, sortkey, rank; sets *oom on allocation failure. */
static void
row_fill(sqlite3_stmt *s, struct store_row *w, int *oom)
{
	const unsigned char *sk = sqlite3_column_text(s, 7);

	w->id = sqlite3_column_int64(s, 0);
	w->published = store_col_text(s, 1, oom);
	w->outlet = store_col_text(s, 2, oom);
	w->title = store_col_text(s, 3, oom);
	w->tags = store_col_text(s, 4, oom);
	if (w->tags == NULL && !*oom && (w->tags = strdup("")) == NULL)
		*oom = 1;
	w->read = sqlite3_column_int(s, 5);
	w->starred = sqlite3_column_int(s, 6);
	snprintf(w->cursor.sortkey, sizeof(w->cursor.sortkey), "%s",
	    sk ? (const char *)sk : "");
	w->cursor.id = w->id;
	w->cursor.rank = sqlite3_column_double(s, 8);
	w->cursor.valid = 1;
}

long
store_list(struct store *st, const struct store_filter *f,
	   const struct store_cursor *from, int forward, int limit,
	   struct store_row **rows)
{
	char sql[2048];
	char *fts = NULL;
	sqlite3_stmt *s;
	struct store_row *r;
	long n = 0;
	int search = has_search(f), after = from && from->valid, oom = 0, rc;
	int by_date = 0;
	int i;

	*rows = NULL;
	if (limit <= 0)
		return 0;
	if (search && (fts = store_fts_query(f->search)) == NULL)
		return 0;
	/* A page after a row listed by date stays by date. */
	if (search)
		by_date = after ? from->rank == 0.0 : search_large(st, fts);
	if (search && !by_date) {
		/*
		 * The best-ranked page is chosen from the full-text index
		 * alone (with the articles table only when the filter needs
		 * its flags), and only that page is joined with the articles:
		 * joining every match first reads each matching story's row,
		 * overflow pages and all, before the sort.  bm25() is called
		 * directly: "ORDER BY rank" makes FTS5 run its own slower
		 * sorter over every match.
		 */
		int flags = f->unread || f->starred;

		snprintf(sql, sizeof(sql), "SELECT a.id, a.published, a.outlet, "
		    "a.title, " TAGS_OF("a.id") ", a.read, a.starred, a.sortkey, "
		    "f.r FROM (SELECT f.rowid AS id, " RANK " AS r FROM "
		    "articles_fts f%s WHERE articles_fts MATCH :q",
		    flags ? " JOIN articles a ON a.id = f.rowid" : "");
		filter_sql(sql, sizeof(sql), f, 0, "f.rowid");
		if (after)
			strcat(sql, forward ? " AND (" RANK ", f.rowid) > "
			    "(:rank, :id)" : " AND (" RANK ", f.rowid) < "
			    "(:rank, :id)");
		strcat(sql, forward ? " ORDER BY 2, 1 LIMIT :limit) f JOIN "
		    "articles a ON a.id = f.id ORDER BY f.r, f.id"
		    : " ORDER BY 2 DESC, 1 DESC LIMIT :limit) f JOIN articles a "
		    "ON a.id = f.id ORDER BY f.r DESC, f.id DESC");
	} else {
		snprintf(sql, sizeof(sql), "SELECT a.id, a.published, a.outlet, "
		    "a.title, " TAGS_OF("a.id") ", a.read, a.starred, a.sortkey, "
		    "0.0 FROM articles a WHERE 1");
		filter_sql(sql, sizeof(sql), f, f && f->entity &&
		    entity_frequent(st, f->entity), "a.id");
		/* Too many matches to rank: newest first, each story in
		 * list order checked against the index until a page is
		 * full (a common word fills it within a few hundred). */
		if (by_date)
			strcat(sql, " AND EXISTS (SELECT 1 FROM articles_fts WHERE "
			    "articles_fts MATCH :q AND rowid = a.id)");
		if (after)
			strcat(sql, forward ? " AND (a.sortkey, a.id) < (:sk, :id)"
			    : " AND (a.sortkey, a.id) > (:sk, :id)");
		strcat(sql, forward ? " ORDER BY a.sortkey DESC, a.id DESC"
		    : " ORDER BY a.sortkey, a.id");
		strcat(sql, " LIMIT :limit");
	}
	if ((s = store_stmt(st, sql)) == NULL) {
		free(fts);
		return -1;
	}
	filter_bind(s, f, fts);
	if ((i = sqlite3_bind_parameter_index(s, ":rank")) > 0)
		sqlite3_bind_double(s, i, from->rank);
	if ((i = sqlite3_bind_parameter_index(s, ":sk")) > 0)
		sqlite3_bind_text(s, i, from->sortkey, -1, SQLITE_STATIC);
	if ((i = sqlite3_bind_parameter_index(s, ":id")) > 0)
		sqlite3_bind_int64(s, i, from->id);
	sqlite3_bind_int(s, sqlite3_bind_parameter_index(s, ":limit"), limit);
	if ((r = calloc((size_t)limit, sizeof(*r))) == NULL) {
		free(fts);
		snprintf(st->errmsg, sizeof(st->errmsg), "out of memory");
		return -1;
	}
	while ((rc = sqlite3_step(s)) == SQLITE_ROW && n < limit)
		row_fill(s, &r[n++], &oom);
	free(fts);
	if (rc != SQLITE_ROW && rc != SQLITE_DONE) {
		store_rows_free(r, n);
		return store_fail(st, search ? "cannot search (bad query?)"
		    : "cannot list articles");
	}
	sqlite3_reset(s);
	if (oom) {
		store_rows_free(r, n);
		snprintf(st->errmsg, sizeof(st->errmsg), "out of memory");
		return -1;
	}
	if (n == 0) {
		free(r);
		return 0;
	}
	if (!forward) {
		/* Backward pages come newest-last; give them in list order. */
		for (i = 0; i < n / 2; i++) {
			struct store_row t = r[i];

			r[i] = r[n - 1 - i];
			r[n - 1 - i] = t;
		}
	}
	*rows = r;
	return n;
}

int
store_row_get(struct store *st, int64_t id, struct store_row *r)
{
	sqlite3_stmt *s = store_stmt(st, "SELECT a.id, a.published, a.outlet, "
	    "a.title, " TAGS_OF("a.id") ", a.read, a.starred, a.sortkey, 0.0 "
	    "FROM articles a WHERE a.id = ?");
	int rc, oom = 0;

	memset(r, 0, sizeof(*r));
	if (s == NULL)
		return -1;
	sqlite3_bind_int64(s, 1, id);
	rc = sqlite3_step(s);
	if (rc == SQLITE_DONE)
		return 1;
	if (rc != SQLITE_ROW)
		return store_fail(st, "cannot read article");
	row_fill(s, r, &oom);
	sqlite3_reset(s);
	if (oom) {
		store_row_clear(r);
		snprintf(st->errmsg, sizeof(st->errmsg), "out of memory");
		return -1;
	}
	return 0;
}

void
store_rows_free(struct store_row *rows, long n)
{
	if (rows == NULL)
		return;
	for (long i = 0; i < n; i++)
		store_row_clear(&rows[i]);
	free(rows);
}

void
store_row_clear(struct store_row *r)
{
	free(r->published);
	free(r->outlet);
	free(r->title);
	free(r->tags);
	memset(r, 0, sizeof(*r));
}

void
store_row_cursor(const struct store_row *r, struct store_cursor *c)
{
	*c = r->cursor;
}

/*
 * Matches of a search, and unread among them, without reading a story:
 * the total comes from the full-text index, the unread from the index on
 * the read flag, counting whichever side (read or unread) is smaller in
 * the whole store and intersecting it with the matches.
 */
static int
search_count(struct store *st, const char *fts, long *total, long *unread)
{
	sqlite3_stmt *s;
	long all, all_unread;
	int side;

	if ((s = store_stmt(st, "SELECT total, unread FROM counts")) == NULL)
		return -1;
	if (sqlite3_step(s) != SQLITE_ROW)
		return store_fail(st, "cannot count articles");
	all = sqlite3_column_int64(s, 0);
	all_unread = sqlite3_column_int64(s, 1);
	sqlite3_reset(s);
	side = all_unread <= all - all_unread ? 0 : 1;
	if ((s = store_stmt(st, "SELECT count(*) FROM articles_fts WHERE "
	    "articles_fts MATCH ?")) == NULL)
		return -1;
	sqlite3_bind_text(s, 1, fts, -1, SQLITE_STATIC);
	if (sqlite3_step(s) != SQLITE_ROW)
		return store_fail(st, "cannot search (bad query?)");
	*total = sqlite3_column_int64(s, 0);
	sqlite3_reset(s);
	if ((s = store_stmt(st, "SELECT count(*) FROM articles WHERE read = ?1 "
	    "AND id IN (SELECT rowid FROM articles_fts WHERE articles_fts "
	    "MATCH ?2)")) == NULL)
		return -1;
	sqlite3_bind_int(s, 1, side);
	sqlite3_bind_text(s, 2, fts, -1, SQLITE_STATIC);
	if (sqlite3_step(s) != SQLITE_ROW)
		return store_fail(st, "cannot search (bad query?)");
	*unread = side == 0 ? sqlite3_column_int64(s, 0)
	    : *total - sqlite3_column_int64(s, 0);
	sqlite3_reset(s);
	return 0;
}

int
store_count(struct store *st, const struct store_filter *f, long *total,
	    long *unread)
{
	char sql[1024];
	char *fts = NULL;
	sqlite3_stmt *s;
	int search = has_search(f);

	*total = *unread = 0;
	if (!search && !(f && (f->tag || f->entity || f->starred))) {
		/* Kept by triggers: no scan, whatever the store's size. */
		if ((s = store_stmt(st, "SELECT total, unread FROM counts")) == NULL)
			return -1;
		if (sqlite3_step(s) != SQLITE_ROW)
			return store_fail(st, "cannot count articles");
		*unread = sqlite3_column_int64(s, 1);
		*total = f && f->unread ? *unread : sqlite3_column_int64(s, 0);
		sqlite3_reset(s);
		return 0;
	}
	if (search && (fts = store_fts_query(f->search)) == NULL)
		return 0;
	if (search && !(f->tag || f->entity || f->starred || f->unread)) {
		int rc = search_count(st, fts, total, unread);

		free(fts);
		return rc;
	}
	if (search)
		snprintf(sql, sizeof(sql), "SELECT count(*), "
		    "coalesce(sum(a.read = 0), 0) FROM articles_fts f JOIN "
		    "articles a ON a.id = f.rowid WHERE articles_fts MATCH :q");
	else
		snprintf(sql, sizeof(sql), "SELECT count(*), "
		    "coalesce(sum(a.read = 0), 0) FROM articles a WHERE 1");
	filter_sql(sql, sizeof(sql), f, 0, "a.id");
	if ((s = store_stmt(st, sql)) == NULL) {
		free(fts);
		return -1;
	}
	filter_bind(s, f, fts);
	if (sqlite3_step(s) != SQLITE_ROW) {
		free(fts);
		return store_fail(st, search ? "cannot search (bad query?)"
		    : "cannot count articles");
	}
	*total = sqlite3_column_int64(s, 0);
	*unread = sqlite3_column_int64(s, 1);
	sqlite3_reset(s);
	free(fts);
	return 0;
}
