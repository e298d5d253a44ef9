/* tags: tagging articles. */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "store-private.h"

/* Trim a tag name into buf; -1 with a message if it is not a valid name. */
static int
tag_name(struct store *st, const char *tag, char *buf, size_t size)
{
	size_t n;
	const char *p;

	while (isspace((unsigned char)*tag))
		tag++;
	n = strlen(tag);
	while (n > 0 && isspace((unsigned char)tag[n - 1]))
		n--;
	if (n == 0 || n >= size) {
		snprintf(st->errmsg, sizeof(st->errmsg), n ? "tag name too long "
		    "(at most %zu bytes)" : "empty tag name", size - 1);
		return -1;
	}
	for (p = tag; p < tag + n; p++)
		if ((unsigned char)*p < 0x20 || *p == 0x7f || *p == ' ') {
			snprintf(st->errmsg, sizeof(st->errmsg), "tag name '%.*s' "
			    "contains a space or control character", (int)n, tag);
			for (char *q = st->errmsg; *q; q++)
				if ((unsigned char)*q < 0x20 || *q == 0x7f)
					*q = '?';
			return -1;
		}
	memcpy(buf, tag, n);
	buf[n] = '\0';
	return 0;
}

/* 1 if the article exists, 0 if not, -1 on error. */
static int
article_exists(struct store *st, int64_t id)
{
	sqlite3_stmt *s = store_stmt(st, "SELECT 1 FROM articles WHERE id = ?");
	int rc;

	if (s == NULL)
		return -1;
	sqlite3_bind_int64(s, 1, id);
	rc = sqlite3_step(s);
	sqlite3_reset(s);
	if (rc == SQLITE_ROW)
		return 1;
	return rc == SQLITE_DONE ? 0 : store_fail(st, "cannot read article");
}

int
store_tag_add(struct store *st, int64_t id, const char *tag)
{
	char name[256];
	sqlite3_stmt *s;
	int ex;

	if (tag_name(st, tag, name, sizeof(name)) < 0)
		return -1;
	if ((ex = article_exists(st, id)) <= 0)
		return ex < 0 ? -1 : 1;
	if (store_begin(st) < 0)
		return -1;
	if ((s = store_stmt(st, "INSERT OR IGNORE INTO tags (name) VALUES (?)"))
	    == NULL)
		goto fail;
	sqlite3_bind_text(s, 1, name, -1, SQLITE_STATIC);
	if (sqlite3_step(s) != SQLITE_DONE)
		goto fail_sql;
	if ((s = store_stmt(st, "INSERT OR IGNORE INTO article_tags (article, "
	    "tag) SELECT ?, id FROM tags WHERE name = ?")) == NULL)
		goto fail;
	sqlite3_bind_int64(s, 1, id);
	sqlite3_bind_text(s, 2, name, -1, SQLITE_STATIC);
	if (sqlite3_step(s) != SQLITE_DONE)
		goto fail_sql;
	return store_commit(st);
fail_sql:
	store_fail(st, "cannot tag article");
fail:
	store_rollback(st);
	return -1;
}

int
store_tag_remove(struct store *st, int64_t id, const char *tag)
{
	char name[256];
	sqlite3_stmt *s;
	int ex;

	if (tag_name(st, tag, name, sizeof(name)) < 0)
		return -1;
	if ((ex = article_exists(st, id)) <= 0)
		return ex < 0 ? -1 : 1;
	if (store_begin(st) < 0)
		return -1;
	if ((s = store_stmt(st, "DELETE FROM article_tags WHERE article = ? AND "
	    "tag = (SELECT id FROM tags WHERE name = ?)")) == NULL)
		goto fail;
	sqlite3_bind_int64(s, 1, id);
	sqlite3_bind_text(s, 2, name, -1, SQLITE_STATIC);
	if (sqlite3_step(s) != SQLITE_DONE)
		goto fail_sql;
	/* A tag no article carries any more is gone. */
	if ((s = store_stmt(st, "DELETE FROM tags WHERE name = ? AND NOT EXISTS "
	    "(SELECT 1 FROM article_tags x WHERE x.tag = tags.id)")) == NULL)
		goto fail;
	sqlite3_bind_text(s, 1, name, -1, SQLITE_STATIC);
	if (sqlite3_step(s) != SQLITE_DONE)
		goto fail_sql;
	return store_commit(st);
fail_sql:
	store_fail(st, "cannot untag article");
fail:
	store_rollback(st);
	return -1;
}

/* The id of a tag: >0, 0 if none, -1 on error. */
static int64_t
tag_id(struct store *st, const char *name)
{
	sqlite3_stmt *s = store_stmt(st, "SELECT id FROM tags WHERE name = ?");
	int64_t id = 0;
	int rc;

	if (s == NULL)
		return -1;
	sqlite3_bind_text(s, 1, name, -1, SQLITE_STATIC);
	rc = sqlite3_step(s);
	if (rc == SQLITE_ROW)
		id = sqlite3_column_int64(s, 0);
	sqlite3_reset(s);
	if (rc != SQLITE_ROW && rc != SQLITE_DONE)
		return store_fail(st, "cannot read tags");
	return id;
}

int
store_tag_rename(struct store *st, const char *from, const char *to)
{
	char old[256], name[256];
	int64_t a, b;

	if (tag_name(st, from, old, sizeof(old)) < 0 ||
	    tag_name(st, to, name, sizeof(name)) < 0)
		return -1;
	if ((a = tag_id(st, old)) <= 0)
		return a < 0 ? -1 : 1;
	if (strcmp(old, name) == 0)
		return 0;
	if (store_begin(st) < 0)
		return -1;
	if ((b = tag_id(st, name)) < 0)
		goto fail;
	if (b == 0) {
		sqlite3_stmt *s = store_stmt(st, "UPDATE tags SET name = ? WHERE "
		    "id = ?");

		if (s == NULL)
			goto fail;
		sqlite3_bind_text(s, 1, name, -1, SQLITE_STATIC);
		sqlite3_bind_int64(s, 2, a);
		if (sqlite3_step(s) != SQLITE_DONE) {
			store_fail(st, "cannot rename tag");
			goto fail;
		}
	} else if (store_exec_ids(st, "INSERT OR IGNORE INTO article_tags (article, "
	    "tag) SELECT article, ?2 FROM article_tags WHERE tag = ?1", a, b,
	    "cannot rename tag") < 0 ||
	    store_exec_ids(st, "DELETE FROM tags WHERE id = ?1 AND ?2 = ?2", a, 0,
	    "cannot rename tag") < 0)
		goto fail;
	return store_commit(st);
fail:
	store_rollback(st);
	return -1;
}

int
store_tag_delete(struct store *st, const char *tag)
{
	char name[256];
	int64_t id;

	if (tag_name(st, tag, name, sizeof(name)) < 0)
		return -1;
	if ((id = tag_id(st, name)) <= 0)
		return id < 0 ? -1 : 1;
	/* article_tags rows go with it (ON DELETE CASCADE). */
	return store_exec_ids(st, "DELETE FROM tags WHERE id = ?1 AND ?2 = ?2",
	    id, 0, "cannot delete tag");
}

long
store_tags(struct store *st, struct store_tag **tags)
{
	sqlite3_stmt *s = store_stmt(st, "SELECT t.name, count(x.article) FROM "
	    "tags t LEFT JOIN article_tags x ON x.tag = t.id GROUP BY t.id "
	    "ORDER BY t.name");
	struct store_tag *v = NULL, *nv;
	long n = 0, cap = 0;
	int rc, oom = 0;

	*tags = NULL;
	if (s == NULL)
		return -1;
	while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
		if (n == cap) {
			cap = cap ? 2 * cap : 16;
			if ((nv = realloc(v, (size_t)cap * sizeof(*v))) == NULL) {
				oom = 1;
				break;
			}
			v = nv;
		}
		v[n].name = store_col_text(s, 0, &oom);
		v[n].count = sqlite3_column_int64(s, 1);
		n++;
	}
	sqlite3_reset(s);
	if (oom || (rc != SQLITE_ROW && rc != SQLITE_DONE)) {
		store_tags_free(v, n);
		if (oom)
			snprintf(st->errmsg, sizeof(st->errmsg), "out of memory");
		return oom ? -1 : store_fail(st, "cannot list tags");
	}
	*tags = v;
	return n;
}

void
store_tags_free(struct store_tag *tags, long n)
{
	for (long i = 0; i < n; i++)
		free(tags[i].name);
	free(tags);
}
