/* json: read a `dossier export --format json` document with SQLite's JSON
 * functions, article by article, so the CLI can re-import it.  Articles are
 * handed out last first: an export lists the newest first, so the oldest
 * is imported first and stories of the same date keep their order. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "store-private.h"

/* Prepare a private statement (not cached: these nest); NULL on error. */
static sqlite3_stmt *
prepare(struct store *st, const char *sql)
{
	sqlite3_stmt *s = NULL;

	if (sqlite3_prepare_v2(st->db, sql, -1, &s, NULL) != SQLITE_OK) {
		store_fail(st, "cannot read JSON");
		sqlite3_finalize(s);
		return NULL;
	}
	return s;
}

/*
 * JSON syntax, strictly (RFC 8259), before SQLite sees the text.  The
 * SQLite of Debian 12 (3.40) takes some malformed objects for valid, an
 * object where a member's name should be among them ({"a": 1, {"b":
 * [ {} ] } : 2}), and its json_each() then reads the name past the end
 * of memory: a fuzzer crashed the JSON import with one.  Checking syntax
 * only, recursion bounded by depth.
 */
struct jscan {
	const unsigned char *p, *end;
	int depth;
};

static void
js_ws(struct jscan *j)
{
	while (j->p < j->end && (*j->p == ' ' || *j->p == '\t' ||
	    *j->p == '\n' || *j->p == '\r'))
		j->p++;
}

static int
js_hex(unsigned char c)
{
	return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') ||
	    (c >= 'A' && c <= 'F');
}

static int
js_string(struct jscan *j)
{
	if (j->p >= j->end || *j->p != '"')
		return 0;
	for (j->p++; j->p < j->end; j->p++) {
		if (*j->p == '"') {
			j->p++;
			return 1;
		}
		if (*j->p < 0x20)
			return 0;	/* a control character unescaped */
		if (*j->p != '\\')
			continue;
		if (++j->p >= j->end)
			return 0;
		if (*j->p == 'u') {
			if (j->end - j->p < 5 || !js_hex(j->p[1]) ||
			    !js_hex(j->p[2]) || !js_hex(j->p[3]) ||
			    !js_hex(j->p[4]))
				return 0;
			j->p += 4;
		} else if (strchr("\"\\/bfnrt", *j->p) == NULL || *j->p == 0)
			return 0;
	}
	return 0;
}

static int
js_digits(struct jscan *j)
{
	const unsigned char *q = j->p;

	while (j->p < j->end && *j->p >= '0' && *j->p <= '9')
		j->p++;
	return j->p > q;
}

static int
js_number(struct jscan *j)
{
	if (j->p < j->end && *j->p == '-')
		j->p++;
	if (j->p < j->end && *j->p == '0')
		j->p++;
	else if (!js_digits(j))
		return 0;
	if (j->p < j->end && *j->p == '.') {
		j->p++;
		if (!js_digits(j))
			return 0;
	}
	if (j->p < j->end && (*j->p == 'e' || *j->p == 'E')) {
		j->p++;
		if (j->p < j->end && (*j->p == '+' || *j->p == '-'))
			j->p++;
		if (!js_digits(j))
			return 0;
	}
	return 1;
}

static int
js_word(struct jscan *j, const char *w)
{
	size_t n = strlen(w);

	if ((size_t)(j->end - j->p) < n || memcmp(j->p, w, n) != 0)
		return 0;
	j->p += n;
	return 1;
}

/* An object member's name and its ':'. */
static int
js_name(struct jscan *j)
{
	js_ws(j);
	if (!js_string(j))
		return 0;
	js_ws(j);
	return j->p < j->end && *j->p++ == ':';
}

static int
js_value(struct jscan *j)
{
	int ok = 0;

	js_ws(j);
	if (j->p >= j->end || ++j->depth > 1000)
		return 0;
	switch (*j->p) {
	case '{':
	case '[': {
		char close = *j->p == '{' ? '}' : ']';

		j->p++;
		js_ws(j);
		if (j->p < j->end && *j->p == close) {
			j->p++;
			ok = 1;
			break;
		}
		for (;;) {
			if (close == '}' && !js_name(j))
				break;
			if (!js_value(j))
				break;
			if (j->p < j->end && *j->p == ',') {
				j->p++;
				continue;
			}
			ok = j->p < j->end && *j->p++ == close;
			break;
		}
		break;
	}
	case '"':
		ok = js_string(j);
		break;
	case 't':
		ok = js_word(j, "true");
		break;
	case 'f':
		ok = js_word(j, "false");
		break;
	case 'n':
		ok = js_word(j, "null");
		break;
	default:
		ok = js_number(j);
	}
	j->depth--;
	js_ws(j);
	return ok;
}

/* 1 if json is one well-formed JSON value and nothing else. */
static int
json_wellformed(const char *json, size_t len)
{
	struct jscan j = { (const unsigned char *)json,
	    (const unsigned char *)json + len, 0 };

	return js_value(&j) && j.p == j.end;
}

/* 1 if the text is a JSON object whose "dossier_export" is 1, 0 if not,
 * -1 on error. */
static int
is_export(struct store *st, const char *json, size_t len)
{
	sqlite3_stmt *s = prepare(st, "SELECT CASE WHEN json_valid(?1) THEN "
	    "CASE WHEN json_type(?1) = 'object' AND "
	    "json_type(?1, '$.articles') = 'array' THEN "
	    "json_extract(?1, '$.dossier_export') IS 1 ELSE 0 END ELSE 0 END");
	int rc;

	if (s == NULL)
		return -1;
	sqlite3_bind_text(s, 1, json, (int)len, SQLITE_STATIC);
	rc = sqlite3_step(s) == SQLITE_ROW ? sqlite3_column_int(s, 0) :
	    store_fail(st, "cannot read JSON");
	sqlite3_finalize(s);
	return rc;
}

/* Copy column col as a string into *dst (NULL stays NULL); -1 on OOM. */
static int
col_dup(sqlite3_stmt *s, int col, char **dst)
{
	int oom = 0;

	*dst = store_col_text(s, col, &oom);
	return oom ? -1 : 0;
}

/* The tags of one article, from its "tags" array. */
static int
read_tags(struct store *st, const char *tags, struct store_json_article *a)
{
	sqlite3_stmt *s;
	char **v;
	int rc;

	if (tags == NULL)
		return 0;
	if ((s = prepare(st, "SELECT value FROM json_each(?1) "
	    "WHERE type = 'text'")) == NULL)
		return -1;
	sqlite3_bind_text(s, 1, tags, -1, SQLITE_STATIC);
	while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
		if ((v = realloc(a->tags, (size_t)(a->ntags + 1) *
		    sizeof(*v))) == NULL)
			break;
		a->tags = v;
		if (col_dup(s, 0, &a->tags[a->ntags]) < 0)
			break;
		a->ntags++;
	}
	sqlite3_finalize(s);
	if (rc != SQLITE_DONE) {
		snprintf(st->errmsg, sizeof(st->errmsg), rc == SQLITE_ROW ?
		    "out of memory" : "bad \"tags\" in JSON");
		return -1;
	}
	return 0;
}

/* The notes of one article, from its "notes" array. */
static int
read_notes(struct store *st, const char *notes, struct store_json_article *a)
{
	sqlite3_stmt *s;
	struct store_json_note *v, *n;
	int rc, i, bad = 0;

	if (notes == NULL)
		return 0;
	if ((s = prepare(st, "SELECT json_extract(value, '$.start'), "
	    "json_extract(value, '$.end'), json_extract(value, '$.quote'), "
	    "json_extract(value, '$.before'), json_extract(value, '$.after'), "
	    "json_extract(value, '$.note'), json_extract(value, '$.created'), "
	    "json_extract(value, '$.updated') FROM json_each(?1) "
	    "WHERE type = 'object'")) == NULL)
		return -1;
	sqlite3_bind_text(s, 1, notes, -1, SQLITE_STATIC);
	while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
		if (sqlite3_column_int64(s, 0) < 0 || sqlite3_column_int64(s, 1) < 0 ||
		    sqlite3_column_type(s, 5) != SQLITE_TEXT) {
			bad = 1;
			break;
		}
		if ((v = realloc(a->notes, (size_t)(a->nnotes + 1) *
		    sizeof(*v))) == NULL)
			break;
		a->notes = v;
		n = &v[a->nnotes];
		memset(n, 0, sizeof(*n));
		a->nnotes++;
		n->start = (size_t)sqlite3_column_int64(s, 0);
		n->end = (size_t)sqlite3_column_int64(s, 1);
		for (i = 2; i < 8; i++) {
			char **f[] = { &n->quote, &n->before, &n->after, &n->body,
			    &n->created, &n->updated };

			if (col_dup(s, i, f[i - 2]) < 0)
				break;
		}
		if (i < 8)
			break;
	}
	sqlite3_finalize(s);
	if (rc != SQLITE_DONE) {
		snprintf(st->errmsg, sizeof(st->errmsg), bad ? "bad note in JSON" :
		    rc == SQLITE_ROW ? "out of memory" : "bad \"notes\" in JSON");
		return -1;
	}
	return 0;
}

/* Free what one article holds. */
static void
article_clear(struct store_json_article *a)
{
	long i;

	free(a->source);
	free(a->raw_base64);
	for (i = 0; i < a->ntags; i++)
		free(a->tags[i]);
	free(a->tags);
	for (i = 0; i < a->nnotes; i++) {
		free(a->notes[i].quote);
		free(a->notes[i].before);
		free(a->notes[i].after);
		free(a->notes[i].body);
		free(a->notes[i].created);
		free(a->notes[i].updated);
	}
	free(a->notes);
	memset(a, 0, sizeof(*a));
}

/* Fill one article from the current row of the outer statement. */
static int
article_fill(struct store *st, sqlite3_stmt *s, struct store_json_article *a)
{
	char *tags = NULL, *notes = NULL;
	int rc = -1;

	a->read = sqlite3_column_int(s, 2) != 0;
	a->starred = sqlite3_column_int(s, 3) != 0;
	if (col_dup(s, 0, &a->source) < 0 || col_dup(s, 1, &a->raw_base64) < 0 ||
	    col_dup(s, 4, &tags) < 0 || col_dup(s, 5, &notes) < 0)
		snprintf(st->errmsg, sizeof(st->errmsg), "out of memory");
	else if (read_tags(st, tags, a) == 0 && read_notes(st, notes, a) == 0)
		rc = 0;
	free(tags);
	free(notes);
	return rc;
}

long
store_json_articles(struct store *st, const char *json, size_t len,
		    store_json_fn fn, void *arg)
{
	struct store_json_article a;
	sqlite3_stmt *s;
	long n = 0;
	int rc, stop = 0;

	if (len > INT32_MAX) {
		snprintf(st->errmsg, sizeof(st->errmsg), "JSON too large");
		return -1;
	}
	if (!json_wellformed(json, len)) {
		snprintf(st->errmsg, sizeof(st->errmsg), "not well-formed JSON");
		return -1;
	}
	if ((rc = is_export(st, json, len)) <= 0) {
		if (rc == 0)
			snprintf(st->errmsg, sizeof(st->errmsg), "not a dossier "
			    "export (no \"dossier_export\": 1 with \"articles\")");
		return -1;
	}
	if ((s = prepare(st, "SELECT json_extract(value, '$.source'), "
	    "json_extract(value, '$.raw_base64'), json_extract(value, '$.read'), "
	    "json_extract(value, '$.starred'), json_extract(value, '$.tags'), "
	    "json_extract(value, '$.notes'), "
	    "json_array_length(?1, '$.articles') FROM json_each(?1, '$.articles') "
	    "WHERE type = 'object' ORDER BY key DESC")) == NULL)
		return -1;
	sqlite3_bind_text(s, 1, json, (int)len, SQLITE_STATIC);
	while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
		memset(&a, 0, sizeof(a));
		a.total = sqlite3_column_int64(s, 6);
		if (article_fill(st, s, &a) < 0) {
			article_clear(&a);
			sqlite3_finalize(s);
			return -1;
		}
		stop = fn(arg, &a);
		article_clear(&a);
		n++;
		if (stop)
			break;
	}
	if (!stop && rc != SQLITE_DONE) {
		store_fail(st, "cannot read JSON");
		sqlite3_finalize(s);
		return -1;
	}
	sqlite3_finalize(s);
	return n;
}

int
store_note_set_times(struct store *st, int64_t id, const char *created,
		     const char *updated)
{
	sqlite3_stmt *s = store_stmt(st, "UPDATE notes SET "
	    "created_at = coalesce(?2, created_at), "
	    "updated_at = coalesce(?3, updated_at) WHERE id = ?1");

	if (s == NULL)
		return -1;
	sqlite3_bind_int64(s, 1, id);
	sqlite3_bind_text(s, 2, created, -1, SQLITE_STATIC);
	sqlite3_bind_text(s, 3, updated, -1, SQLITE_STATIC);
	if (sqlite3_step(s) != SQLITE_DONE)
		return store_fail(st, "cannot restore note times");
	return sqlite3_changes(st->db) ? 0 : 1;
}
