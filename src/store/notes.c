/* notes: annotations on passages, anchored by byte range, quote and
 * context so that they survive a reindex. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "store-private.h"

#define CONTEXT 60

/* Is byte c inside a UTF-8 sequence (not its first byte)? */
static int
utf8_cont(unsigned char c)
{
	return (c & 0xc0) == 0x80;
}

/* The body of an article (malloc'd) and its length: 0, 1 if none, -1. */
static int
article_body(struct store *st, int64_t article, char **body, size_t *len)
{
	sqlite3_stmt *s = store_stmt(st, "SELECT body FROM articles WHERE id = ?");
	int rc;

	*body = NULL;
	if (s == NULL)
		return -1;
	sqlite3_bind_int64(s, 1, article);
	rc = sqlite3_step(s);
	if (rc == SQLITE_DONE)
		return 1;
	if (rc != SQLITE_ROW)
		return store_fail(st, "cannot read article");
	*len = (size_t)sqlite3_column_bytes(s, 0);
	*body = strndup((const char *)sqlite3_column_text(s, 0), *len);
	sqlite3_reset(s);
	if (*body == NULL) {
		snprintf(st->errmsg, sizeof(st->errmsg), "out of memory");
		return -1;
	}
	return 0;
}

/* Widen an empty range to the paragraph around it; keep it on UTF-8
 * boundaries.  0, or 1 if the range does not fit the body. */
static int
fit_range(const char *body, size_t len, size_t *start, size_t *end)
{
	if (*start > len || *end > len || *end < *start)
		return 1;
	if (*end == *start) {
		while (*start > 0 && !(*start >= 2 && body[*start - 1] == '\n' &&
		    body[*start - 2] == '\n'))
			(*start)--;
		while (*end < len && !(body[*end] == '\n' && *end + 1 < len &&
		    body[*end + 1] == '\n'))
			(*end)++;
	}
	while (*start > 0 && utf8_cont((unsigned char)body[*start]))
		(*start)--;
	while (*end < len && utf8_cont((unsigned char)body[*end]))
		(*end)++;
	return *end > *start ? 0 : 1;
}

/* Context [a, start) and [end, b) of at most CONTEXT bytes each side. */
static void
context(const char *body, size_t len, size_t start, size_t end, size_t *a,
	size_t *b)
{
	*a = start > CONTEXT ? start - CONTEXT : 0;
	*b = end + CONTEXT < len ? end + CONTEXT : len;
	while (*a < start && utf8_cont((unsigned char)body[*a]))
		(*a)++;
	while (*b > end && *b < len && utf8_cont((unsigned char)body[*b]))
		(*b)--;
}

int
store_note_add(struct store *st, int64_t article, size_t start, size_t end,
	       const char *text, int64_t *id)
{
	sqlite3_stmt *s;
	char *body, now[32];
	size_t len = 0, a, b;
	int rc;

	if ((rc = article_body(st, article, &body, &len)) != 0)
		return rc;
	if (fit_range(body, len, &start, &end)) {
		free(body);
		snprintf(st->errmsg, sizeof(st->errmsg), "no passage at bytes "
		    "%zu-%zu of article #%lld", start, end, (long long)article);
		return 1;
	}
	context(body, len, start, end, &a, &b);
	store_now(now);
	s = store_stmt(st, "INSERT INTO notes (article, start, end, quote, "
	    "before, after, body, created_at, updated_at) VALUES "
	    "(?, ?, ?, ?, ?, ?, ?, ?, ?8)");
	if (s == NULL) {
		free(body);
		return -1;
	}
	sqlite3_bind_int64(s, 1, article);
	sqlite3_bind_int64(s, 2, (sqlite3_int64)start);
	sqlite3_bind_int64(s, 3, (sqlite3_int64)end);
	sqlite3_bind_text(s, 4, body + start, (int)(end - start), SQLITE_STATIC);
	sqlite3_bind_text(s, 5, body + a, (int)(start - a), SQLITE_STATIC);
	sqlite3_bind_text(s, 6, body + end, (int)(b - end), SQLITE_STATIC);
	sqlite3_bind_text(s, 7, text, -1, SQLITE_STATIC);
	sqlite3_bind_text(s, 8, now, -1, SQLITE_STATIC);
	rc = sqlite3_step(s);
	free(body);
	if (rc != SQLITE_DONE)
		return store_fail(st, "cannot save note");
	if (id)
		*id = sqlite3_last_insert_rowid(st->db);
	return 0;
}

int
store_note_update(struct store *st, int64_t id, const char *text)
{
	sqlite3_stmt *s = store_stmt(st, "UPDATE notes SET body = ?, "
	    "updated_at = ? WHERE id = ?");
	char now[32];

	if (s == NULL)
		return -1;
	store_now(now);
	sqlite3_bind_text(s, 1, text, -1, SQLITE_STATIC);
	sqlite3_bind_text(s, 2, now, -1, SQLITE_STATIC);
	sqlite3_bind_int64(s, 3, id);
	if (sqlite3_step(s) != SQLITE_DONE)
		return store_fail(st, "cannot save note");
	return sqlite3_changes(st->db) ? 0 : 1;
}

int
store_note_delete(struct store *st, int64_t id)
{
	sqlite3_stmt *s = store_stmt(st, "DELETE FROM notes WHERE id = ?");

	if (s == NULL)
		return -1;
	sqlite3_bind_int64(s, 1, id);
	if (sqlite3_step(s) != SQLITE_DONE)
		return store_fail(st, "cannot delete note");
	return sqlite3_changes(st->db) ? 0 : 1;
}

long
store_notes(struct store *st, int64_t article, struct store_note **out)
{
	/* One story's by its index (a story opened, reindexed, imported
	 * with its notes); "?1 = 0 OR n.article = ?1" walked every story in
	 * date order to find them, which made reindex quadratic (36k
	 * stories: 83 s, all but 3 of it here). */
#define NOTE_COLS "SELECT n.id, n.article, n.start, n.end, n.quote, " \
	"n.before, n.after, n.body, n.created_at, n.updated_at, a.title, " \
	"a.published FROM notes n JOIN articles a ON a.id = n.article "
	sqlite3_stmt *s = store_stmt(st, article ? NOTE_COLS "WHERE n.article "
	    "= ?1 ORDER BY n.start, n.id" : NOTE_COLS "WHERE ?1 = 0 ORDER BY "
	    "a.sortkey, a.id, n.start, n.id");
#undef NOTE_COLS
	struct store_note *v = NULL, *nv;
	long n = 0, cap = 0;
	int rc, oom = 0;

	*out = NULL;
	if (s == NULL)
		return -1;
	sqlite3_bind_int64(s, 1, article);
	while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
		if (n == cap) {
			cap = cap ? 2 * cap : 16;
			if ((nv = realloc(v, (size_t)cap * sizeof(*v))) == NULL) {
				oom = 1;
				break;
			}
			v = nv;
		}
		v[n].id = sqlite3_column_int64(s, 0);
		v[n].article = sqlite3_column_int64(s, 1);
		v[n].start = (size_t)sqlite3_column_int64(s, 2);
		v[n].end = (size_t)sqlite3_column_int64(s, 3);
		v[n].quote = store_col_text(s, 4, &oom);
		v[n].before = store_col_text(s, 5, &oom);
		v[n].after = store_col_text(s, 6, &oom);
		v[n].body = store_col_text(s, 7, &oom);
		v[n].created_at = store_col_text(s, 8, &oom);
		v[n].updated_at = store_col_text(s, 9, &oom);
		v[n].title = store_col_text(s, 10, &oom);
		v[n].published = store_col_text(s, 11, &oom);
		n++;
	}
	sqlite3_reset(s);
	if (oom || (rc != SQLITE_ROW && rc != SQLITE_DONE)) {
		store_notes_free(v, n);
		if (oom)
			snprintf(st->errmsg, sizeof(st->errmsg), "out of memory");
		return oom ? -1 : store_fail(st, "cannot list notes");
	}
	*out = v;
	return n;
}

void
store_notes_free(struct store_note *v, long n)
{
	for (long i = 0; i < n; i++) {
		free(v[i].quote);
		free(v[i].before);
		free(v[i].after);
		free(v[i].body);
		free(v[i].created_at);
		free(v[i].updated_at);
		free(v[i].title);
		free(v[i].published);
	}
	free(v);
}

/* How well the context around [at, at + qlen) in body matches a note's
 * before/after text: matching bytes next to the passage. */
static size_t
context_score(const char *body, size_t len, size_t at, size_t qlen,
	      const char *before, const char *after)
{
	size_t bl = strlen(before), al = strlen(after), k = 0, score = 0;

	while (k < bl && k < at && body[at - 1 - k] == before[bl - 1 - k])
		k++;
	score += k;
	for (k = 0; k < al && at + qlen + k < len &&
	    body[at + qlen + k] == after[k]; k++)
		;
	return score + k;
}

/* Find the quote in a new body, best context first; 0 found, 1 not. */
static int
reanchor(const char *body, size_t len, const char *quote, const char *before,
	 const char *after, size_t old_start, size_t *start)
{
	size_t ql = strlen(quote), best = 0, best_at = 0, best_dist = 0;
	const char *p = body;
	int found = 0;

	if (ql == 0)
		return 1;
	if (old_start + ql <= len && memcmp(body + old_start, quote, ql) == 0 &&
	    context_score(body, len, old_start, ql, before, after) ==
	    strlen(before) + strlen(after)) {
		*start = old_start;
		return 0;
	}
	while ((p = memmem(p, len - (size_t)(p - body), quote, ql)) != NULL) {
		size_t at = (size_t)(p - body);
		size_t sc = context_score(body, len, at, ql, before, after);
		size_t dist = at > old_start ? at - old_start : old_start - at;

		if (!found || sc > best || (sc == best && dist < best_dist)) {
			best = sc;
			best_at = at;
			best_dist = dist;
			found = 1;
		}
		p++;
	}
	if (found)
		*start = best_at;
	return found ? 0 : 1;
}

/* After an article's body changed, move its notes onto their passages.
 * A note whose passage is gone keeps its quote and clamps its range. */
int
store_notes_reanchor(struct store *st, int64_t article, const char *body,
		     size_t len)
{
	struct store_note *v;
	long n = store_notes(st, article, &v), i;
	int rc = 0;

	if (n < 0)
		return -1;
	for (i = 0; i < n && rc == 0; i++) {
		size_t start = v[i].start, end;
		sqlite3_stmt *s;

		if (reanchor(body, len, v[i].quote, v[i].before, v[i].after,
		    v[i].start, &start) == 0)
			end = start + strlen(v[i].quote);
		else {
			start = v[i].start < len ? v[i].start : len;
			end = v[i].end < len ? v[i].end : len;
		}
		if (start == v[i].start && end == v[i].end)
			continue;
		if ((s = store_stmt(st, "UPDATE notes SET start = ?, end = ? "
		    "WHERE id = ?")) == NULL) {
			rc = -1;
			break;
		}
		sqlite3_bind_int64(s, 1, (sqlite3_int64)start);
		sqlite3_bind_int64(s, 2, (sqlite3_int64)end);
		sqlite3_bind_int64(s, 3, v[i].id);
		if (sqlite3_step(s) != SQLITE_DONE)
			rc = store_fail(st, "cannot re-anchor note");
	}
	store_notes_free(v, n);
	return rc;
}

/* ---------------------------------------------------------------- following */

/* The first (dir > 0) or last span of a mentions row after (before)
 * offset `past` (-1: any) into *to; 1 when there is none, -1 on ENOMEM. */
static int
span_pick(struct store *st, const char *spans, int dir, long long past,
	  int64_t article, struct store_place *to)
{
	struct store_span *sp;
	long k = store_spans_parse(spans, &sp), i, pick = -1;

	if (k < 0) {
		snprintf(st->errmsg, sizeof(st->errmsg), "out of memory");
		return -1;
	}
	for (i = 0; i < k; i++)
		if (dir > 0 ? past < 0 || sp[i].start > past
			    : past < 0 || sp[i].start < past) {
			pick = i;
			if (dir > 0)
				break;
		}
	if (pick >= 0) {
		to->article = article;
		to->start = (size_t)sp[pick].start;
		to->end = (size_t)sp[pick].end;
	}
	free(sp);
	return pick >= 0 ? 0 : 1;
}

/* Mentions are a row per entity and story in (entity, sortkey, article)
 * order, in mentions or mentions_recent: the next one is later in the
 * same story's row, or the first of the next row of either table. */
int
store_mention_step(struct store *st, int64_t entity,
		   const struct store_place *from, int dir,
		   struct store_place *to)
{
	static const char *const sql[2][2] = {
		{ /* backward */
		  "SELECT article, spans, sortkey FROM mentions WHERE entity "
		  "= ?1 UNION ALL SELECT article, spans, sortkey FROM "
		  "mentions_recent WHERE entity = ?1 ORDER BY 3 DESC, 1 DESC "
		  "LIMIT 1",
		  "SELECT article, spans, sortkey FROM mentions WHERE entity "
		  "= ?1 AND (sortkey, article) < (?3, ?2) UNION ALL SELECT "
		  "article, spans, sortkey FROM mentions_recent WHERE entity "
		  "= ?1 AND (sortkey, article) < (?3, ?2) ORDER BY 3 DESC, "
		  "1 DESC LIMIT 1" },
		{ /* forward */
		  "SELECT article, spans, sortkey FROM mentions WHERE entity "
		  "= ?1 UNION ALL SELECT article, spans, sortkey FROM "
		  "mentions_recent WHERE entity = ?1 ORDER BY 3, 1 LIMIT 1",
		  "SELECT article, spans, sortkey FROM mentions WHERE entity "
		  "= ?1 AND (sortkey, article) > (?3, ?2) UNION ALL SELECT "
		  "article, spans, sortkey FROM mentions_recent WHERE entity "
		  "= ?1 AND (sortkey, article) > (?3, ?2) ORDER BY 3, 1 "
		  "LIMIT 1" },
	};
	int fwd = dir > 0, at = from && from->article != 0, rc, oom = 0;
	char *sortkey = NULL;
	sqlite3_stmt *s;

	if (at) {
		/* within the story first */
		if ((s = store_stmt(st, "SELECT a.sortkey, (SELECT spans FROM "
		    "mentions_all WHERE entity = ?1 AND sortkey = a.sortkey AND "
		    "article = ?2) FROM articles a WHERE a.id = ?2")) == NULL)
			return -1;
		sqlite3_bind_int64(s, 1, entity);
		sqlite3_bind_int64(s, 2, from->article);
		rc = sqlite3_step(s);
		if (rc == SQLITE_ROW && (sortkey = store_col_text(s, 0,
		    &oom)) == NULL) {	/* NOT NULL: out of memory */
			snprintf(st->errmsg, sizeof(st->errmsg), "out of memory");
			rc = -1;
		} else if (rc == SQLITE_ROW && sqlite3_column_type(s, 1) !=
		    SQLITE_NULL)
			rc = span_pick(st, (const char *)sqlite3_column_text(s,
			    1), dir, (long long)from->start, from->article, to);
		else if (rc == SQLITE_ROW || rc == SQLITE_DONE)
			rc = 1;
		else
			rc = store_fail(st, "cannot follow entity");
		sqlite3_reset(s);
		if (rc <= 0) {
			free(sortkey);
			return rc;
		}
	}
	if ((s = store_stmt(st, sql[fwd][at])) == NULL) {
		free(sortkey);
		return -1;
	}
	sqlite3_bind_int64(s, 1, entity);
	if (at) {
		sqlite3_bind_int64(s, 2, from->article);
		if (sortkey)
			sqlite3_bind_text(s, 3, sortkey, -1, SQLITE_STATIC);
	}
	rc = sqlite3_step(s);
	if (rc == SQLITE_ROW)
		rc = span_pick(st, (const char *)sqlite3_column_text(s, 1), dir,
		    -1, sqlite3_column_int64(s, 0), to);
	else if (rc == SQLITE_DONE)
		rc = 1;
	else
		rc = store_fail(st, "cannot follow entity");
	sqlite3_reset(s);
	free(sortkey);
	return rc;
}
