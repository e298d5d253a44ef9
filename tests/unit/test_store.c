/* Unit tests of the store: schema, import, paging, tags, entities, rules. */
#include <inttypes.h>
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "dossier/store.h"
#include "../../src/store/sha256.h"
#include "../tap.h"

static char dir[] = "/tmp/dossier-store-XXXXXX";
static char path[256];

/* A small article whose body is `body`. */
static struct article
mkarticle(const char *title, const char *published, const char *body)
{
	struct article a;

	memset(&a, 0, sizeof(a));
	a.title = (char *)title;
	a.published = (char *)published;
	a.body = (char *)body;
	a.body_len = strlen(body);
	a.blocks = (char *)"p";
	strcpy(a.lang, "it");
	return a;
}

/* An entity result with one group per name, one mention per occurrence
 * of each name in body. */
static void
mkents(struct entity_result *r, const char *body, const char **names,
       const enum entity_type *types, size_t n)
{
	size_t i, m = 0;

	memset(r, 0, sizeof(*r));
	r->groups = calloc(n, sizeof(*r->groups));
	r->mentions = calloc(64, sizeof(*r->mentions));
	r->ngroups = n;
	for (i = 0; i < n; i++) {
		const char *p = body;

		r->groups[i].canonical = strdup(names[i]);
		r->groups[i].key = entity_key(names[i], strlen(names[i]));
		r->groups[i].type = types[i];
		while ((p = strstr(p, names[i])) != NULL && m < 64) {
			r->mentions[m].start = (size_t)(p - body);
			r->mentions[m].end = r->mentions[m].start + strlen(names[i]);
			r->mentions[m].group = i;
			m++;
			p += strlen(names[i]);
		}
	}
	r->nmentions = m;
}

static int64_t
add(struct store *st, const char *title, const char *date, const char *body,
    const char **names, const enum entity_type *types, size_t n)
{
	struct article a = mkarticle(title, date, body);
	struct entity_result r;
	int64_t id = 0;
	int rc;

	mkents(&r, body, names, types, n);
	rc = store_article_add(st, "test", body, strlen(body), &a, &r, &id);
	entity_result_free(&r);
	return rc < 0 ? -1 : id;
}

static void
test_open(void)
{
	char *err = NULL;
	struct store *st;
	sqlite3 *db;
	sqlite3_stmt *s;

	st = store_open(path, 0, &err);
	ok(st != NULL, "open creates a store");
	store_close(st);
	sqlite3_open(path, &db);
	sqlite3_prepare_v2(db, "PRAGMA user_version", -1, &s, NULL);
	sqlite3_step(s);
	is_int(sqlite3_column_int(s, 0), STORE_SCHEMA_VERSION, "user_version");
	sqlite3_finalize(s);
	sqlite3_close(db);
	st = store_open("/nonexistent-dir-xyz/sub/x.db", STORE_READONLY, &err);
	ok(st == NULL && err && strstr(err, "/nonexistent-dir-xyz/sub/x.db"),
	    "a missing read-only store names the path: %s", err ? err : "");
	free(err);
}

static void
test_articles(struct store *st)
{
	static const char *n1[] = { "Vladimir Putin", "Kim Jong-un" };
	static const enum entity_type t1[] = { ENTITY_PERSON, ENTITY_PERSON };
	struct store_article a;
	int64_t id, id2;
	struct article art = mkarticle("T", NULL, "body text");

	id = add(st, "Summit", "2023-09-13", "Vladimir Putin met Kim Jong-un. "
	    "Kim Jong-un smiled.", n1, t1, 2);
	ok(id > 0, "article added");
	ok(store_article_add(st, "x", "raw", 3, &art, NULL, &id2) == STORE_ADDED,
	    "an article without entities");
	ok(store_article_add(st, "y", "other raw", 9, &art, NULL, &id) ==
	    STORE_PRESENT && id == id2, "same title and body: already present");
	{
		struct store_article_keys k;

		store_article_keys(&art, "other bytes", 11, &k);
		ok(strlen(k.hash) == 64 && store_article_add_keyed(st, "z",
		    "other bytes", 11, &art, &k, NULL, &id) == STORE_PRESENT &&
		    id == id2, "keys computed beforehand find it too");
	}
	is_int(store_article_get(st, id2, &a), 0, "get");
	is_str(a.title, "T", "title back");
	is_str(a.body, "body text", "body back");
	ok(a.published == NULL && a.read == 0, "no date, unread");
	store_article_free(&a);
	is_int(store_article_get(st, 9999, &a), 1, "missing article");
	is_int(store_article_set_read(st, id2, 1), 0, "mark read");
	is_int(store_article_set_starred(st, id2, 1), 0, "star");
	store_article_get(st, id2, &a);
	ok(a.read && a.starred, "flags stored");
	store_article_free(&a);
	is_int(store_article_set_read(st, 9999, 1), 1, "flag on a missing article");
}

/* Walk the whole list forward in pages of 7, then back. */
static void
test_paging(struct store *st)
{
	struct store_cursor cur = { .valid = 0 }, back;
	struct store_row *rows;
	struct store_filter f = { 0 };
	char title[32], body[64], date[16];
	int64_t seen[300];
	long n, total = 0, all, unread;
	int i, order_ok = 1;

	store_begin(st);
	for (i = 0; i < 200; i++) {
		struct article a;

		snprintf(title, sizeof(title), "Paged %d", i);
		snprintf(body, sizeof(body), "Body number %d of the paging test", i);
		snprintf(date, sizeof(date), "2020-01-%02d", 1 + i % 28);
		a = mkarticle(title, i % 10 ? date : NULL, body);
		store_article_add(st, title, body, strlen(body), &a, NULL, NULL);
	}
	store_commit(st);
	store_count(st, &f, &all, &unread);
	while ((n = store_list(st, &f, &cur, 1, 7, &rows)) > 0) {
		for (i = 0; i < n; i++) {
			if (total + i > 0 && strcmp(rows[i].cursor.sortkey, back.sortkey) > 0)
				order_ok = 0;
			back = rows[i].cursor;
			if (total + i < 300)
				seen[total + i] = rows[i].id;
		}
		total += n;
		store_row_cursor(&rows[n - 1], &cur);
		store_rows_free(rows, n);
	}
	is_int(total, all, "paging forward visits every row once (%ld)", all);
	ok(order_ok, "newest first");
	/* backward from the end: the page before the last row */
	n = store_list(st, &f, &cur, 0, 5, &rows);
	is_int(n, 5, "a backward page");
	ok(n == 5 && rows[4].id == seen[total - 2] && rows[0].id == seen[total - 6],
	    "backward page in list order, just before the cursor");
	store_rows_free(rows, n);
	f.search = "\"number 17\"";
	n = store_list(st, &f, NULL, 1, 10, &rows);
	ok(n == 1 && strcmp(rows[0].title, "Paged 17") == 0, "search as a filter");
	ok(n == 1 && !store_row_by_date(&rows[0]), "a few matches are ranked");
	store_rows_free(rows, n);
	/* more matches than are ranked: the same pages as the list, newest
	 * first, continued from a cursor */
	{
		struct store_cursor c = { .valid = 0 };
		long saved = store_ranked_max, k = 0, j = 0, bad = 0, byd = 1;

		store_ranked_max = 50;
		f.search = "paging";
		while ((n = store_list(st, &f, &c, 1, 7, &rows)) > 0) {
			for (i = 0; i < n; i++, k++) {
				/* the list's order, skipping stories that
				 * do not match */
				while (j < total && j < 300 &&
				    seen[j] != rows[i].id)
					j++;
				if (j >= total || j >= 300)
					bad++;
				else
					j++;
				byd &= store_row_by_date(&rows[i]);
			}
			store_row_cursor(&rows[n - 1], &c);
			store_rows_free(rows, n);
		}
		is_int(k, 200, "a common word lists every match (%ld)", k);
		ok(bad == 0 && byd, "newest first, in list order, page by page");
		f.search = "\"number 17\"";
		n = store_list(st, &f, NULL, 1, 10, &rows);
		ok(n == 1 && !store_row_by_date(&rows[0]),
		    "a rare one is still ranked");
		store_rows_free(rows, n);
		store_ranked_max = saved;
	}
	f.search = NULL;
	f.unread = 1;
	store_count(st, &f, &all, &unread);
	ok(all == unread, "unread filter counts only unread");
	{
		/* the trigger-kept counters agree with a scan */
		struct store_filter scan = { .starred = 0, .tag = NULL };
		long t1, u1, t2, u2;
		struct store_row r;

		store_count(st, NULL, &t1, &u1);
		store_article_set_read(st, seen[3], 1);
		store_article_set_read(st, seen[3], 1);
		store_count(st, NULL, &t2, &u2);
		ok(t1 == t2 && u2 == u1 - 1, "counters follow a read flag once");
		store_article_set_read(st, seen[3], 0);
		scan.starred = 1;
		store_article_set_starred(st, seen[4], 1);
		store_count(st, &scan, &t2, &u2);
		ok(t2 >= 1, "a starred filter still counts by scan");
		is_int(store_row_get(st, seen[4], &r), 0, "one row re-read");
		ok(r.id == seen[4] && r.starred == 1 && r.cursor.valid, "with its flags");
		store_row_clear(&r);
		is_int(store_row_get(st, 999999, &r), 1, "a missing row");
	}
}

static void
test_tags(struct store *st)
{
	struct store_filter f = { .tag = "x" };
	struct store_row *rows;
	struct store_tag *t;
	long n, all, unread;

	is_int(store_tag_add(st, 1, "x"), 0, "tag");
	is_int(store_tag_add(st, 1, " x "), 0, "tag again, trimmed");
	is_int(store_tag_add(st, 2, "x"), 0, "tag another");
	is_int(store_tag_add(st, 9999, "x"), 1, "tag a missing article");
	ok(store_tag_add(st, 1, "a b") < 0, "no spaces in tags");
	ok(store_tag_add(st, 1, "") < 0, "no empty tags");
	store_count(st, &f, &all, &unread);
	is_int(all, 2, "two tagged");
	n = store_list(st, &f, NULL, 1, 10, &rows);
	ok(n == 2 && strcmp(rows[0].tags, "x") == 0, "tags in rows");
	store_rows_free(rows, n);
	n = store_tags(st, &t);
	ok(n == 1 && t[0].count == 2, "tag list with counts");
	store_tags_free(t, n);
	store_tag_remove(st, 1, "x");
	store_tag_remove(st, 2, "x");
	n = store_tags(st, &t);
	is_int(n, 0, "unused tags go away");
	store_tags_free(t, n);
}

/* A story's groups, apart or not, with names and types; its id. */
static int64_t
add_apart(struct store *st, const char *title, const char *body,
	  const char *name, enum entity_type type, int apart)
{
	struct article a = mkarticle(title, "2023-10-01", body);
	struct entity_result r;
	int64_t id = 0;
	int rc;

	mkents(&r, body, &name, &type, 1);
	r.groups[0].apart = apart;
	rc = store_article_add(st, "test", body, strlen(body), &a, &r, &id);
	entity_result_free(&r);
	return rc < 0 ? -1 : id;
}

/* A town and its team (groups marked apart) are two entities of one
 * name, each found by name other than the other; without the mark a
 * place and an organisation of one key are one entity, as a country
 * that acts is the country. */
static void
test_apart(struct store *st)
{
	int64_t town, team;

	add_apart(st, "Lago", "Piove a Vessanova da ieri.", "Vessanova",
	    ENTITY_PLACE, 1);
	add_apart(st, "Derby", "Il Vessanova ha vinto.", "Vessanova",
	    ENTITY_ORG, 1);
	add_apart(st, "Ancora", "Il Vessanova ha perso.", "Vessanova",
	    ENTITY_ORG, 1);
	town = store_entity_find(st, "Vessanova", 0);
	team = store_entity_find(st, "Vessanova", town);
	ok(town > 0 && team > 0 && team != town, "a town and its team are "
	    "two entities (%lld, %lld)", (long long)town, (long long)team);
	ok(store_entity_find(st, "vessanova", team) == town,
	    "... each found by name or key other than the other");
	add_apart(st, "Stato", "La Tarvenia ha deciso.", "Tarvenia",
	    ENTITY_ORG, 0);
	add_apart(st, "Viaggio", "Andiamo in Tarvenia.", "Tarvenia",
	    ENTITY_PLACE, 0);
	town = store_entity_find(st, "Tarvenia", 0);
	ok(town > 0 && store_entity_find(st, "Tarvenia", town) == 0,
	    "a place and an organisation not apart are one entity");
}

static void
test_entities(struct store *st)
{
	static const char *n2[] = { "Putin", "Kim Jong Un" };
	static const char *n3[] = { "Kim Yo-jong" };
	static const enum entity_type tp[] = { ENTITY_PERSON, ENTITY_PERSON };
	struct store_entity *e;
	struct store_entity_mention *m;
	int64_t putin, kim, kyj, a2;
	long n;

	a2 = add(st, "Second", "2023-09-14", "Putin and Kim Jong Un again. Putin.",
	    n2, tp, 2);
	add(st, "Third", "2023-09-15", "Kim Yo-jong spoke.", n3, tp, 1);
	putin = store_entity_find(st, "Vladimir Putin", 0);
	kim = store_entity_find(st, "kim jong un", 0);
	kyj = store_entity_find(st, "Kim Yo-jong", 0);
	ok(putin > 0 && kim > 0 && kyj > 0, "entities found by name or key");
	n = store_entities(st, ENTITY_PERSON, 0, &e);
	ok(n >= 3, "three people in the corpus");
	store_entities_free(e, n);
	n = store_entities(st, -1, a2, &e);
	ok(n == 2, "two entities in the second story");
	store_entities_free(e, n);
	n = store_entity_mentions(st, kim, &m);
	ok(n >= 2, "mentions of Kim across stories (%ld)", n);
	if (n > 0)
		is_str(m[0].text, "Kim Jong-un", "mention text");
	store_entity_mentions_free(m, n);

	/* corrections */
	is_int(store_entity_rename(st, kim, "Kim Jong Un (leader)"), 0, "rename");
	is_int(store_entity_retype(st, kyj, ENTITY_ORG), 0, "retype");
	is_int(store_entity_merge(st, kim, kyj), 0, "merge");
	ok(store_entity_find(st, "Kim Yo-jong", 0) == kim, "merged name resolves");
	/* a fresh import after a reindex applies the rules */
	store_begin(st);
	store_entities_clear(st);
	store_commit(st);
	add(st, "Fourth", "2023-09-16", "Kim Jong-un and Kim Yo-jong.",
	    (const char *[]){ "Kim Jong-un", "Kim Yo-jong" }, tp, 2);
	kim = store_entity_find(st, "Kim Jong-un", 0);
	ok(kim > 0 && store_entity_find(st, "Kim Yo-jong", 0) == kim,
	    "merge rule survives a rebuild");
	{
		char *name;
		enum entity_type t;

		store_entity_get(st, kim, &name, &t);
		is_str(name, "Kim Jong Un (leader)", "rename rule survives");
		free(name);
	}
	is_int(store_entity_ignore(st, kim), 0, "ignore");
	add(st, "Fifth", "2023-09-17", "Kim Jong-un is back.",
	    (const char *[]){ "Kim Jong-un" }, tp, 1);
	is_int(store_entity_find(st, "Kim Jong-un", 0), 0, "ignored names stay away");
}

/* A story's list of entities, read from the file. */
static char *
entity_list(int64_t article)
{
	sqlite3 *db;
	sqlite3_stmt *s;
	char *list = NULL;

	sqlite3_open(path, &db);
	if (sqlite3_prepare_v2(db, "SELECT entities FROM article_entities "
	    "WHERE article = ?", -1, &s, NULL) == SQLITE_OK) {
		sqlite3_bind_int64(s, 1, article);
		if (sqlite3_step(s) == SQLITE_ROW)
			list = strdup((const char *)sqlite3_column_text(s, 0));
		sqlite3_finalize(s);
	}
	sqlite3_close(db);
	return list;
}

/* A story naming organisations "Ente Nord <i>" for i in [from, to], in
 * that order (to < from: downwards), once each. */
static int64_t
add_bodies(struct store *st, const char *title, int from, int to)
{
	int step = from <= to ? 1 : -1, n = abs(to - from) + 1;
	char body[4096], name[32];
	struct entity_result r;
	struct article a;
	size_t len = 0;
	int64_t id = 0;

	memset(&r, 0, sizeof(r));
	r.groups = calloc((size_t)n, sizeof(*r.groups));
	r.mentions = calloc((size_t)n, sizeof(*r.mentions));
	for (int k = 0, i = from; k < n; k++, i += step) {
		snprintf(name, sizeof(name), "Ente Nord %c%c", 'A' + i / 26,
		    'A' + i % 26);
		r.groups[k].canonical = strdup(name);
		r.groups[k].key = entity_key(name, strlen(name));
		r.groups[k].type = ENTITY_ORG;
		r.mentions[k].start = len;
		r.mentions[k].end = len + strlen(name);
		r.mentions[k].group = (size_t)k;
		r.mentions[k].type = ENTITY_ORG;
		len += (size_t)snprintf(body + len, sizeof(body) - len, "%s, ",
		    name);
	}
	r.ngroups = r.nmentions = (size_t)n;
	a = mkarticle(title, "2023-10-01", body);
	if (store_article_add(st, title, body, len, &a, &r, &id) < 0)
		id = -1;
	entity_result_free(&r);
	return id;
}

/* A story's list of its entities is in ascending order however the
 * recogniser listed them, few or many (sorted two ways). */
static void
test_entity_list(struct store *st)
{
	int64_t up = add_bodies(st, "Enti in ordine", 0, 69);
	int64_t down = add_bodies(st, "Enti al contrario", 69, 0);
	int64_t few = add_bodies(st, "Pochi enti al contrario", 9, 0);
	char *lu = entity_list(up), *ld = entity_list(down);
	char *lf = entity_list(few);
	int asc = 1;
	long prev = -1;

	ok(up > 0 && down > 0 && few > 0, "three stories of 70, 70, 10 bodies");
	ok(lu && ld && strcmp(lu, ld) == 0, "70 named backwards: the same "
	    "list as forwards");
	for (const char *p = lu ? lu + 1 : ""; *p; ) {
		char *end;
		long v = strtol(p, &end, 10);

		if (end == p)
			break;
		asc &= v > prev;
		prev = v;
		p = *end ? end + 1 : end;
	}
	ok(asc && prev > 0, "in ascending order");
	ok(lf && lu && strncmp(lu, lf, strlen(lf) - 1) == 0 &&
	    lf[strlen(lf) - 1] == ']', "10 named backwards: the first ten, "
	    "ascending");
	free(lu);
	free(ld);
	free(lf);
}

/* With on, make adding an entity named "Boom" fail, as a full disk
 * would fail a story halfway (on entities: mentions and aliases are held
 * until commit); without, stop. */
static void
boom(int on)
{
	sqlite3 *db;

	sqlite3_open(path, &db);
	sqlite3_exec(db, on ? "CREATE TRIGGER boom BEFORE INSERT ON entities "
	    "WHEN new.name = 'Boom' BEGIN SELECT RAISE(ABORT, 'boom'); END" :
	    "DROP TRIGGER boom", NULL, NULL, NULL);
	sqlite3_close(db);
}

/* One failing article inside a batch rolls back alone. */
static void
test_rollback(struct store *st)
{
	static const char *nm[] = { "Boom" };
	static const enum entity_type tp[] = { ENTITY_PERSON };
	struct store_filter f = { .search = "zanzibar" };
	long all, unread;
	int64_t ok1, bad;

	boom(1);
	store_begin(st);
	ok1 = add(st, "Fine", NULL, "A fine zanzibar story by Zoe Quill.",
	    (const char *[]){ "Zoe Quill" }, tp, 1);
	bad = add(st, "Bad", NULL, "Boom zanzibar goes the story.", nm, tp, 1);
	is_int(store_commit(st), 0, "the batch commits");
	ok(ok1 > 0 && bad < 0, "the second article fails");
	store_count(st, &f, &all, &unread);
	is_int(all, 1, "the batch keeps the good article, not half the bad one");
	{
		int64_t e = store_entity_find(st, "Zoe Quill", 0);
		long men = -1, arts = -1;

		ok(e > 0 && store_entity_counts(st, e, &men, &arts) == 0 &&
		    men == 1 && arts == 1, "the good article's mention is kept");
		is_int(store_entity_find(st, "Boom", 0), 0,
		    "the failed article's staged mentions are dropped");
	}
	boom(0);
}

/* A story's update (or an entity correction) that fails inside a batch
 * rolls back alone: what the batch held back until then (its stories'
 * mentions, their index for search), which the update writes first, is
 * kept, as each story's list of entities is. */
static void
test_update_rollback(struct store *st)
{
	static const char *nm[] = { "Boom" };
	static const enum entity_type tp[] = { ENTITY_PERSON };
	struct store_filter f = { .search = "quokkaword" };
	struct store_mention *m = NULL;
	struct entity_result r;
	struct article a;
	long all = -1, unread, n;
	int64_t old, good;

	old = add(st, "Old", NULL, "An old story of Ugo Pell.",
	    (const char *[]){ "Ugo Pell" }, tp, 1);
	boom(1);
	store_begin(st);
	good = add(st, "Good", NULL, "A quokkaword story by Vera Tosk.",
	    (const char *[]){ "Vera Tosk" }, tp, 1);
	a = mkarticle("Old", NULL, "Boom went the old story.");
	mkents(&r, a.body, nm, tp, 1);
	ok(store_article_update(st, old, &a, &r) < 0,
	    "an update fails inside a batch");
	entity_result_free(&r);
	is_int(store_commit(st), 0, "the batch commits");
	boom(0);
	store_count(st, &f, &all, &unread);
	is_int(all, 1, "the batch's story before it is indexed for search");
	n = store_article_mentions(st, good, &m);
	free(m);
	is_int(n, 1, "and its mentions are stored, as its list names them");
	n = store_article_mentions(st, old, &m);
	free(m);
	is_int(n, 1, "the story that failed to update keeps its mentions");
}

/* Following an entity through the corpus: by date, then offset. */
static void
test_follow(struct store *st)
{
	static const char *nm[] = { "Zoltan Kodaly" };
	static const enum entity_type tp[] = { ENTITY_PERSON };
	struct store_place from = { 0 }, to;
	int64_t late, early, undated, e;
	int n = 0, order_ok = 1;

	late = add(st, "Late", "2024-05-01", "Zoltan Kodaly late. Zoltan Kodaly.",
	    nm, tp, 1);
	early = add(st, "Early", "2001-01-01", "Early Zoltan Kodaly.", nm, tp, 1);
	undated = add(st, "Undated", NULL, "Zoltan Kodaly undated.", nm, tp, 1);
	e = store_entity_find(st, "Zoltan Kodaly", 0);
	ok(e > 0, "followed entity exists");
	{
		int64_t want[] = { undated, early, late, late };
		size_t wstart[] = { 0, 6, 0, 20 };

		while (store_mention_step(st, e, &from, 1, &to) == 0 && n < 10) {
			if (n < 4 && (to.article != want[n] || to.start != wstart[n]))
				order_ok = 0;
			from = to;
			n++;
		}
	}
	is_int(n, 4, "four mentions forward");
	ok(order_ok, "in date order (undated first), then by offset");
	is_int(store_mention_step(st, e, &from, 1, &to), 1, "none after the last");
	is_int(store_mention_step(st, e, &from, -1, &to), 0, "step back");
	ok(to.article == late && to.start == 0, "back to the previous mention");
	from.article = 0;
	is_int(store_mention_step(st, e, &from, -1, &to), 0, "from the end");
	ok(to.article == late && to.start == 20, "the last mention");
}

static void
test_notes(struct store *st)
{
	static const char *body = "First paragraph here.\n\nSecond one, with "
	    "the passage that matters.";
	struct article a = mkarticle("Noted", "2022-02-02", body), b;
	struct entity_result r = { 0 };
	struct store_note *v;
	int64_t id, nid;
	long n;
	const char *p = strstr(body, "the passage");

	store_article_add(st, "n", body, strlen(body), &a, NULL, &id);
	is_int(store_note_add(st, id, (size_t)(p - body), (size_t)(p - body) + 11,
	    "important", &nid), 0, "note added");
	is_int(store_note_add(st, id, 3, 3, "para", NULL), 0, "paragraph note");
	is_int(store_note_add(st, id, 5, 999, "x", NULL), 1, "bad range refused");
	is_int(store_note_add(st, 99999, 0, 1, "x", NULL), 1, "missing article");
	n = store_notes(st, id, &v);
	is_int(n, 2, "two notes");
	if (n == 2) {
		is_str(v[0].quote, "First paragraph here.", "empty range = paragraph");
		is_str(v[1].quote, "the passage", "quote stored");
		is_str(v[1].before, "First paragraph here.\n\nSecond one, with ",
		    "context before");
	}
	store_notes_free(v, n);
	/* a new body moves the passage: the note follows it */
	b = mkarticle("Noted", "2022-02-02", "A new lead paragraph.\n\nFirst "
	    "paragraph here.\n\nSecond one, with the passage that matters.");
	is_int(store_article_update(st, id, &b, &r), 0, "body replaced");
	n = store_notes(st, id, &v);
	ok(n == 2 && v[1].start == (size_t)(strstr(b.body, "the passage") - b.body) &&
	    v[0].start == (size_t)(strstr(b.body, "First") - b.body),
	    "notes re-anchored on their passages");
	store_notes_free(v, n);
	is_int(store_note_update(st, nid, "edited"), 0, "edit");
	is_int(store_note_delete(st, nid), 0, "delete");
	is_int(store_note_delete(st, nid), 1, "delete again");
}

static void
test_fts_query(void)
{
	char *q;

	q = store_fts_query("kim jong");
	is_str(q, "\"kim\" \"jong\"", "words are quoted");
	free(q);
	q = store_fts_query("\"Kim Jong\" vostoc*");
	is_str(q, "\"Kim Jong\" \"vostoc\"*", "phrase and prefix");
	free(q);
	q = store_fts_query("a OR b");
	is_str(q, "\"a\" OR \"b\"", "OR between terms");
	free(q);
	q = store_fts_query("OR");
	is_str(q, "\"OR\"", "a lone OR is a word");
	free(q);
	q = store_fts_query("x\"y");
	ok(q != NULL, "stray quote handled");
	free(q);
	ok(store_fts_query("  * \" \" ") == NULL, "nothing to search");
}

/* A snapshot sees the store as it was, while another connection writes. */
static void
test_snapshot(struct store *st)
{
	char *err = NULL;
	struct store *rd = store_open(path, STORE_READONLY, &err);
	struct store_filter all = { 0 };
	long before = -1, during = -1, after = -1, unread;

	ok(rd != NULL, "a second, read-only connection");
	if (rd == NULL) {
		free(err);
		return;
	}
	ok(store_snapshot(rd) == 0, "store_snapshot begins a read snapshot");
	store_count(rd, &all, &before, &unread);
	ok(add(st, "Snapshot", "2024-01-01", "Un articolo scritto durante la "
	    "lettura.", NULL, NULL, 0) > 0, "the other connection adds a story");
	store_count(rd, &all, &during, &unread);
	ok(during == before, "inside the snapshot the count is unchanged "
	    "(%ld, %ld)", before, during);
	ok(store_snapshot_end(rd) == 0, "store_snapshot_end ends it");
	store_count(rd, &all, &after, &unread);
	ok(after == before + 1, "after it the new story is seen (%ld)", after);
	ok(store_snapshot_end(rd) == 0, "ending twice is harmless");
	store_close(rd);
}

/* The search rank: a title's words weigh more than a body's, more hits
 * rank higher, a rarer word counts for more, and a story's length plays
 * no part (dossier_rank, BM25 with b = 0: reading each match's length
 * was most of the time of a ranked search). */
static void
test_rank(void)
{
	static const char *titles[] = { "Lince avvistata", "Cronaca uno",
	    "Cronaca due", "Cronaca tre" };
	static const char *bodies[] = { "Un animale raro nel parco.",
	    "La lince, la lince e ancora la lince nel bosco.",
	    "Una lince nel bosco.", NULL };
	char rpath[300], longbody[4096], *err = NULL;
	struct store_filter f = { 0 };
	struct store_row *rows;
	struct store *st;
	int64_t id[4];
	long n, i;
	int below = 1;

	snprintf(rpath, sizeof(rpath), "%s/rank.db", dir);
	if ((st = store_open(rpath, 0, &err)) == NULL) {
		ok(0, "a store for the rank: %s", err);
		free(err);
		return;
	}
	snprintf(longbody, sizeof(longbody), "Una lince nel bosco.");
	for (i = 0; i < 60; i++)
		strcat(longbody, " Il sentiero sale tra faggi e abeti.");
	bodies[3] = longbody;
	store_begin(st);
	for (i = 0; i < 4; i++) {
		struct article a = mkarticle(titles[i], "2021-03-01", bodies[i]);

		store_article_add(st, titles[i], bodies[i], strlen(bodies[i]),
		    &a, NULL, &id[i]);
	}
	for (i = 0; i < 12; i++) {
		char t[32], raw[96];
		const char *b = "Il cane abbaia nel cortile.";
		struct article a;

		snprintf(t, sizeof(t), "Cortile %ld", i);
		a = mkarticle(t, "2021-03-02", b);
		/* the raw text a file held: its title and body */
		snprintf(raw, sizeof(raw), "%s\n\n%s", t, b);
		store_article_add(st, t, raw, strlen(raw), &a, NULL, NULL);
	}
	store_commit(st);
	f.search = "lince";
	n = store_list(st, &f, NULL, 1, 10, &rows);
	is_int(n, 4, "four stories name the lynx");
	ok(n == 4 && rows[0].id == id[0] && rows[1].id == id[1],
	    "the title first, then the body that names it three times");
	ok(n == 4 && rows[2].id == id[2] && rows[3].id == id[3] &&
	    rows[2].cursor.rank == rows[3].cursor.rank,
	    "two stories that name it once rank the same, however long");
	store_rows_free(rows, n);
	f.search = "lince OR cane";
	n = store_list(st, &f, NULL, 1, 20, &rows);
	is_int(n, 16, "either word: sixteen stories");
	for (i = 0; i < n; i++)
		if (i < 4 && strncmp(rows[i].title, "Cortile", 7) == 0)
			below = 0;
	ok(below, "the rarer word ranks its stories above the common one's");
	store_rows_free(rows, n);
	store_close(st);
}

/* A story naming one person, canonical, once for each of surfaces[],
 * found in body in that order. */
static int64_t
add_one(struct store *st, const char *title, const char *body,
	const char *canonical, const char *const *surfaces, size_t n)
{
	struct article a = mkarticle(title, "2021-04-01", body);
	struct entity_result r;
	const char *p = body;
	int64_t id = 0;
	size_t i, m = 0;

	memset(&r, 0, sizeof(r));
	r.groups = calloc(1, sizeof(*r.groups));
	r.mentions = calloc(n, sizeof(*r.mentions));
	r.ngroups = 1;
	r.groups[0].canonical = strdup(canonical);
	r.groups[0].key = entity_key(canonical, strlen(canonical));
	r.groups[0].type = ENTITY_PERSON;
	for (i = 0; i < n; i++) {
		const char *q = strstr(p, surfaces[i]);

		if (q == NULL)
			continue;
		r.mentions[m].start = (size_t)(q - body);
		r.mentions[m].end = r.mentions[m].start + strlen(surfaces[i]);
		r.mentions[m].type = ENTITY_PERSON;
		m++;
		p = q + strlen(surfaces[i]);
	}
	r.nmentions = m;
	if (store_article_add(st, "test", body, strlen(body), &a, &r, &id) < 0)
		id = -1;
	entity_result_free(&r);
	return id;
}

/* The count of an alias, read from the file; -1 when there is none. */
static long
alias_count(const char *surface)
{
	sqlite3 *db;
	sqlite3_stmt *s;
	long n = -1;

	sqlite3_open(path, &db);
	if (sqlite3_prepare_v2(db, "SELECT sum(count) FROM aliases WHERE "
	    "surface = ?", -1, &s, NULL) == SQLITE_OK) {
		sqlite3_bind_text(s, 1, surface, -1, SQLITE_STATIC);
		if (sqlite3_step(s) == SQLITE_ROW &&
		    sqlite3_column_type(s, 0) != SQLITE_NULL)
			n = (long)sqlite3_column_int64(s, 0);
		sqlite3_finalize(s);
	}
	sqlite3_close(db);
	return n;
}

/* Aliases are counted in memory and written when the transaction
 * commits or when their key is looked up.  A story that fails takes back
 * its own counts, and puts back the counts of earlier stories that its
 * lookup wrote; a lookup sees the counts of the open transaction. */
static void
test_alias_held(struct store *st)
{
	static const char *const ada[] = { "Ada Lovell", "Lovell" };
	static const char *const paolo[] = { "Paolo Neri", "Neri", "Neri",
	    "Neri" };
	static const char *const anna[] = { "Anna Neri", "Neri" };
	static const char *const neri[] = { "Neri" };
	static const char *nm[] = { "Lovell", "Boom" };
	static const enum entity_type tp[] = { ENTITY_PERSON, ENTITY_PERSON };
	struct store_entity *e;
	int64_t bad, id;
	long n;

	boom(1);
	store_begin(st);
	add_one(st, "Ada", "Ada Lovell scrive. Lovell firma.", "Ada Lovell",
	    ada, 2);
	bad = add(st, "Ada due", NULL, "Lovell torna. Boom.", nm, tp, 2);
	is_int(store_commit(st), 0, "a batch with a failed story commits");
	ok(bad < 0, "the story fails after its lookup of a held alias");
	is_int(alias_count("Lovell"), 1, "the held count its lookup wrote is "
	    "put back, its own is taken back");
	boom(0);

	add_one(st, "Anna", "Anna Neri parla. Neri tace.", "Anna Neri", anna,
	    2);
	store_begin(st);
	add_one(st, "Paolo", "Paolo Neri. Neri, Neri e Neri.", "Paolo Neri",
	    paolo, 4);
	id = add_one(st, "Neri", "Neri di nuovo.", "Neri", neri, 1);
	is_int(store_commit(st), 0, "the batch commits");
	n = store_entities(st, -1, id, &e);
	ok(n == 1 && e[0].id == store_entity_find(st, "Paolo Neri", 0),
	    "in one transaction, a bare surname goes to the one most often "
	    "known by it, counting what is held");
	if (n > 0)
		store_entities_free(e, n);
	is_int(alias_count("Neri"), 1 + 3 + 1, "every count written once");
}

/* Moving mentions_recent into mentions is one statement per sweep; a
 * story's row found in both tables (never written so, but kept safe)
 * keeps the spans of both. */
static void
test_mentions_both(struct store *st)
{
	static const char *const gino[] = { "Gino Strada" };
	static const char *const other[] = { "G. Strada" };
	int64_t a, g, o;
	sqlite3 *db;
	sqlite3_stmt *s;
	char spans[64] = "";
	int rows = 0;

	a = add_one(st, "Strada", "Parla Gino Strada.", "Gino Strada", gino, 1);
	add_one(st, "Strada due", "Parla G. Strada.", "G. Strada", other, 1);
	g = store_entity_find(st, "Gino Strada", 0);
	o = store_entity_find(st, "G. Strada", 0);
	sqlite3_open(path, &db);
	sqlite3_exec(db, "INSERT INTO mentions SELECT entity, sortkey, article, "
	    "1, '0:5' FROM mentions_recent WHERE article = (SELECT max(article) "
	    "FROM mentions_recent WHERE spans = '6:17')", NULL, NULL, NULL);
	sqlite3_close(db);
	ok(a > 0 && g > 0 && o > 0 && store_entity_merge(st, g, o) == 0,
	    "merge moves both entities' rows into mentions");
	sqlite3_open(path, &db);
	if (sqlite3_prepare_v2(db, "SELECT count(*), spans FROM mentions_all "
	    "WHERE article = ?", -1, &s, NULL) == SQLITE_OK) {
		sqlite3_bind_int64(s, 1, a);
		if (sqlite3_step(s) == SQLITE_ROW) {
			rows = sqlite3_column_int(s, 0);
			snprintf(spans, sizeof(spans), "%s",
			    sqlite3_column_text(s, 1) ? (const char *)
			    sqlite3_column_text(s, 1) : "");
		}
		sqlite3_finalize(s);
	}
	sqlite3_close(db);
	is_int(rows, 1, "one row for the story");
	ok(strstr(spans, "0:5") && strstr(spans, "6:17"), "with both tables' "
	    "spans (%s)", spans);
}

/* A batch's new mention rows go into mentions_recent 32 to a statement;
 * a row whose key is there already (never written so by an import, but
 * kept safe) takes the new spans as a row at a time did, wherever in
 * such a statement it falls, and every other row is written once. */
static void
test_mention_rows(struct store *st)
{
	static const char *const dina[] = { "Dina Varga" };
	int64_t e, last = 0, first = 0;
	sqlite3 *db;
	sqlite3_stmt *s;
	char sql[256], spans[64] = "";
	int rows = -1, n = -1, ok_all = 1;

	if (add_one(st, "Varga", "Parla Dina Varga.", "Dina Varga", dina, 1) < 0)
		ok(0, "the first story");
	e = store_entity_find(st, "Dina Varga", 0);
	sqlite3_open(path, &db);
	if (sqlite3_prepare_v2(db, "SELECT max(id) FROM articles", -1, &s,
	    NULL) == SQLITE_OK) {
		if (sqlite3_step(s) == SQLITE_ROW)
			last = sqlite3_column_int64(s, 0);
		sqlite3_finalize(s);
	}
	/* the 11th story of the batch below finds its row taken */
	snprintf(sql, sizeof(sql), "INSERT INTO mentions_recent VALUES (%lld, "
	    "'2021-04-01', %lld, 1, '0:1')", (long long)e, (long long)last + 11);
	sqlite3_exec(db, sql, NULL, NULL, NULL);
	sqlite3_close(db);
	store_begin(st);
	for (int i = 0; i < 40; i++) {
		char body[48];
		int64_t id;

		snprintf(body, sizeof(body), "Dina Varga torna, %d.", i);
		id = add_one(st, "Varga ancora", body, "Dina Varga", dina, 1);

		ok_all &= id == last + 1 + i;
		if (i == 0)
			first = id;
	}
	is_int(store_commit(st), 0, "a batch of 40 stories of one person "
	    "commits");
	ok(ok_all && first == last + 1, "their ids follow on");
	sqlite3_open(path, &db);
	if (sqlite3_prepare_v2(db, "SELECT count(*), sum(n = 1 AND spans = "
	    "'0:10') FROM mentions_all WHERE entity = ?1 AND article > ?2",
	    -1, &s, NULL) == SQLITE_OK) {
		sqlite3_bind_int64(s, 1, e);
		sqlite3_bind_int64(s, 2, last);
		if (sqlite3_step(s) == SQLITE_ROW) {
			rows = sqlite3_column_int(s, 0);
			n = sqlite3_column_int(s, 1);
		}
		sqlite3_finalize(s);
	}
	is_int(rows, 40, "a row for each story");
	is_int(n, 39, "each written once, with its own span");
	if (sqlite3_prepare_v2(db, "SELECT n, spans FROM mentions_all WHERE "
	    "entity = ?1 AND article = ?2", -1, &s, NULL) == SQLITE_OK) {
		sqlite3_bind_int64(s, 1, e);
		sqlite3_bind_int64(s, 2, last + 11);
		if (sqlite3_step(s) == SQLITE_ROW) {
			n = sqlite3_column_int(s, 0);
			snprintf(spans, sizeof(spans), "%s",
			    (const char *)sqlite3_column_text(s, 1));
		}
		sqlite3_finalize(s);
	}
	sqlite3_close(db);
	is_int(n, 2, "the row found there counts both");
	is_str(spans, "0:1,0:10", "and keeps both spans");
}

/* A batch's staged mentions are sorted into the mention tables' key
 * order (entity, date, story, start) before they are written: stories
 * whose dates run backwards, each naming a dozen people once to three
 * times in no order, give one row per person and story with every span
 * in order, and each person's counts. */
static void
test_mention_order(struct store *st)
{
	static const char *names[] = { "Ilario Quenta", "Mirta Solvani",
		"Bruno Tessaglia", "Ornella Pivetti", "Guido Marranca",
		"Sveva Lattari", "Tullio Ceradini", "Zaira Fonteviva",
		"Egidio Rambelli", "Nives Carbotti", "Fosco Albarella",
		"Lidia Venturoli" };
	enum entity_type types[12];
	char body[1024], date[16];
	int64_t ids[12];
	int rows_ok = 1, spans_ok = 1;

	for (int i = 0; i < 12; i++)
		types[i] = ENTITY_PERSON;
	store_begin(st);
	/* twelve stories, 288 mentions staged: more than a story's few,
	 * sorted by packed keys (staged_sort_packed) */
	for (int k = 0; k < 12; k++) {
		size_t len = 0;

		/* person i appears 1 + (i + k) % 3 times, in a shuffled order */
		for (int r = 0; r < 3; r++)
			for (int j = 0; j < 12; j++) {
				int i = (j * 5 + k + r) % 12;

				if (r < 1 + (i + k) % 3)
					len += (size_t)snprintf(body + len,
					    sizeof(body) - len, "%s parla %d. ",
					    names[i], r);
			}
		snprintf(date, sizeof(date), "20%02d-%02d-11", 10 + k * 7 % 12,
		    1 + k * 5 % 12);
		ids[k] = add(st, "Ordine", date, body, names, types, 12);
	}
	is_int(store_commit(st), 0, "a batch of twelve crowded stories commits");
	for (int k = 0; k < 12; k++) {
		sqlite3 *db;
		sqlite3_stmt *s;

		sqlite3_open(path, &db);
		if (sqlite3_prepare_v2(db, "SELECT e.name, m.n, m.spans FROM "
		    "mentions_all m JOIN entities e ON e.id = m.entity WHERE "
		    "m.article = ?1 ORDER BY e.name", -1, &s, NULL) != SQLITE_OK) {
			sqlite3_close(db);
			rows_ok = 0;
			break;
		}
		sqlite3_bind_int64(s, 1, ids[k]);
		int rows = 0;

		while (sqlite3_step(s) == SQLITE_ROW) {
			const char *name = (const char *)sqlite3_column_text(s, 0);
			const char *spans = (const char *)sqlite3_column_text(s, 2);
			int n = sqlite3_column_int(s, 1), i, want, last = -1;

			for (i = 0; i < 12 && strcmp(names[i], name) != 0; i++)
				;
			want = i < 12 ? 1 + (i + k) % 3 : -1;
			rows++;
			if (n != want)
				rows_ok = 0;
			/* spans ascending, each the name's bytes */
			for (const char *p = spans; p && *p;) {
				int a, b;

				if (sscanf(p, "%d:%d", &a, &b) != 2 || a <= last ||
				    b - a != (int)strlen(name))
					spans_ok = 0;
				last = a;
				p = strchr(p, ',');
				if (p)
					p++;
			}
		}
		sqlite3_finalize(s);
		sqlite3_close(db);
		if (rows != 12)
			rows_ok = 0;
	}
	ok(rows_ok, "one row per person and story, counting each mention");
	ok(spans_ok, "each row's spans in order");
	/* two groups of one story that find the same person (a bare
	 * surname, known as hers from an earlier story): one row, its spans
	 * merged in order */
	{
		static const char *const first[] = { "Dario Fenzi", "Fenzi" };
		static const char *two[] = { "Dario Fenzi", "Fenzi" };
		static const enum entity_type pp[] = { ENTITY_PERSON,
			ENTITY_PERSON };
		const char *b2 = "Dario Fenzi parla. Poi Fenzi tace. Dario "
		    "Fenzi ride.";
		sqlite3 *db;
		sqlite3_stmt *s;
		char spans[128] = "";
		int rows = 0;
		int64_t id;

		add_one(st, "Fenzi", "Dario Fenzi arriva. Fenzi saluta.",
		    "Dario Fenzi", first, 2);
		id = add(st, "Fenzi due", "2022-03-03", b2, two, pp, 2);
		sqlite3_open(path, &db);
		if (sqlite3_prepare_v2(db, "SELECT spans FROM mentions_all "
		    "WHERE article = ?1", -1, &s, NULL) == SQLITE_OK) {
			sqlite3_bind_int64(s, 1, id);
			while (sqlite3_step(s) == SQLITE_ROW) {
				rows++;
				snprintf(spans, sizeof(spans), "%s",
				    (const char *)sqlite3_column_text(s, 0));
			}
			sqlite3_finalize(s);
		}
		sqlite3_close(db);
		is_int(rows, 1, "two groups of one person: one row");
		is_str(spans, "0:11,6:11,23:28,35:46,41:46", "its spans in order");
	}
	{
		long mn = -1, ar = -1;

		store_entity_counts(st, store_entity_find(st, "Lidia Venturoli", 0),
		    &mn, &ar);
		/* i = 11: 1 + (11 + k) % 3 for k = 0 to 11 */
		ok(mn == 4 * (3 + 1 + 2) && ar == 12, "her counts (%ld, %ld)",
		    mn, ar);
	}
}

/* A connection remembers which entity a name's key finds across its own
 * transactions, but not past another connection's commit: after another
 * connection's import makes a bare surname belong to someone else, the
 * next story that names only the surname goes to that one. */
/* SHA-256, both the path the processor takes (the SHA extensions where
 * it has them) and the plain C one: FIPS 180-4's vectors, then the two
 * against each other at every length around the block and padding
 * edges (a stored hash must never change). */
static void
test_sha256(void)
{
	static const struct {
		const char *in, *out;
	} v[] = {
		{ "", "e3b0c44298fc1c149afbf4c8996fb924"
		    "27ae41e4649b934ca495991b7852b855" },
		{ "abc", "ba7816bf8f01cfea414140de5dae2223"
		    "b00361a396177a9cb410ff61f20015ad" },
		{ "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
		    "248d6a61d20638b8e5c026930c3e6039"
		    "a33ce45964ff2167f6ecedd419db06c1" },
		{ "abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmn"
		    "hijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu",
		    "cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1" },
	};
	unsigned char buf[300];
	char a[65], b[65];
	int same = 1;

	printf("# SHA extensions %s\n", store_sha256_accel() ? "used" : "absent");
	for (size_t i = 0; i < sizeof(v) / sizeof(v[0]); i++) {
		store_sha256_hex(v[i].in, strlen(v[i].in), a);
		is_str(a, v[i].out, "sha256 vector %zu", i);
		store_sha256_hex_c(v[i].in, strlen(v[i].in), b);
		is_str(b, v[i].out, "sha256 vector %zu, plain C", i);
	}
	for (size_t i = 0; i < sizeof(buf); i++)
		buf[i] = (unsigned char)(i * 131 + 7);
	for (size_t n = 0; n <= sizeof(buf); n++) {
		store_sha256_hex(buf, n, a);
		store_sha256_hex_c(buf, n, b);
		if (strcmp(a, b) != 0)
			same = 0;
	}
	ok(same, "sha256: both paths agree at lengths 0 to 300");
}

static void
test_keys_shared(void)
{
	static const char *const anna[] = { "Anna Verdi", "Verdi" };
	static const char *const giuseppe[] = { "Giuseppe Verdi", "Verdi",
	    "Verdi", "Verdi" };
	static const char *const verdi[] = { "Verdi" };
	char kpath[300], *err = NULL;
	struct store *a, *b;
	struct store_entity *e;
	int64_t ea, eg, id;
	long n;

	snprintf(kpath, sizeof(kpath), "%s/keys.db", dir);
	if ((a = store_open(kpath, 0, &err)) == NULL ||
	    (b = store_open(kpath, 0, &err)) == NULL) {
		ok(0, "two connections: %s", err);
		free(err);
		return;
	}
	add_one(a, "Uno", "Parla Anna Verdi. Poi Verdi tace.", "Anna Verdi",
	    anna, 2);
	id = add_one(a, "Due", "Verdi torna.", "Verdi", verdi, 1);
	ea = store_entity_find(a, "Anna Verdi", 0);
	n = store_entities(a, -1, id, &e);
	ok(ea > 0 && n == 1 && e[0].id == ea, "a bare surname: the one person "
	    "known by it");
	if (n > 0)
		store_entities_free(e, n);
	add_one(b, "Tre", "Giuseppe Verdi. Verdi, Verdi e ancora Verdi.",
	    "Giuseppe Verdi", giuseppe, 4);
	eg = store_entity_find(b, "Giuseppe Verdi", 0);
	id = add_one(a, "Quattro", "Verdi di nuovo.", "Verdi", verdi, 1);
	n = store_entities(a, -1, id, &e);
	ok(eg > 0 && eg != ea && n == 1 && e[0].id == eg,
	    "after another connection's import, the one most often known by "
	    "it (#%lld, not #%lld)", n == 1 ? (long long)e[0].id : 0LL,
	    (long long)ea);
	if (n > 0)
		store_entities_free(e, n);
	{
		char **names;
		long k;

		k = store_entity_names(a, "GIUSÈ", 10, &names);
		ok(k == 1 && strcmp(names[0], "Giuseppe Verdi") == 0,
		    "names by a prefix, case and accents folded");
		while (k > 0)
			free(names[--k]);
		free(names);
		k = store_entity_names(a, "", 1, &names);
		ok(k == 1 && strcmp(names[0], "Giuseppe Verdi") == 0,
		    "no prefix: the most-mentioned first, up to the limit");
		while (k > 0)
			free(names[--k]);
		free(names);
		is_int(store_entity_names(a, "zzz", 10, &names), 0,
		    "no name starts so");
		free(names);
	}
	store_close(b);
	store_close(a);
}

/* An import's batch (store_bulk) writes its stories' mentions every
 * STORE_SLICE of them, not only when it commits, and indexes them for
 * search only as it commits, one segment for the batch. */
static void
test_bulk_slices(void)
{
	static const char *names[] = { "Ottavia Slicenti" };
	static const enum entity_type types[] = { ENTITY_PERSON };
	struct store_filter f = { .search = "sliceword" };
	char bpath[300], title[32], body[96], *err = NULL;
	long all, unread, found[3] = { -1, -1, -1 }, seen[3] = { -1, -1, -1 };
	int64_t first = 0;
	struct store *st;

	snprintf(bpath, sizeof(bpath), "%s/bulk.db", dir);
	if ((st = store_open(bpath, 0, &err)) == NULL || store_bulk(st) < 0 ||
	    store_begin(st) < 0) {
		ok(0, "a bulk store: %s", err ? err : "");
		free(err);
		return;
	}
	for (int i = 1; i <= 300; i++) {
		int k = i == 249 ? 0 : i == 250 ? 1 : i == 300 ? 2 : -1;
		struct store_mention *m;
		int64_t id;

		snprintf(title, sizeof(title), "Slice %d", i);
		snprintf(body, sizeof(body), "Parole sliceword di Ottavia "
		    "Slicenti, numero %d.", i);
		id = add(st, title, "2024-05-01", body, names, types, 1);
		if (i == 1)
			first = id;
		if (k < 0)
			continue;
		if (store_count(st, &f, &all, &unread) == 0)
			found[k] = all;
		seen[k] = store_article_mentions(st, first, &m);
		free(m);
	}
	is_int(seen[0], 0, "a batch's first 249 stories' mentions wait in memory");
	is_int(seen[1], 1, "at 250 they are written, before the batch commits");
	is_int(found[0] + found[1] + found[2], 0,
	    "no story is indexed for search before the batch commits");
	store_commit(st);
	store_count(st, &f, &all, &unread);
	is_int(all, 300, "the commit indexes the batch");
	store_close(st);
	/* ... as one segment of the full-text index, not one a slice */
	{
		sqlite3 *db;
		sqlite3_stmt *s;
		int segs = -1;

		sqlite3_open(bpath, &db);
		if (sqlite3_prepare_v2(db, "SELECT count(DISTINCT segid) FROM "
		    "articles_fts_idx", -1, &s, NULL) == SQLITE_OK &&
		    sqlite3_step(s) == SQLITE_ROW)
			segs = sqlite3_column_int(s, 0);
		sqlite3_finalize(s);
		sqlite3_close(db);
		is_int(segs, 1, "the batch is one segment of the search index");
	}
	if ((st = store_open(bpath, 0, &err)) == NULL || store_bulk(st) < 0) {
		ok(0, "the bulk store again: %s", err ? err : "");
		free(err);
		return;
	}
	/* an entity's counts gathered over a batch's slices are added to its
	 * row once, as the batch commits, and a batch rolled back adds none */
	{
		int64_t e = store_entity_find(st, "Ottavia Slicenti", 0);
		long mn = -1, ar = -1;

		store_entity_counts(st, e, &mn, &ar);
		ok(mn == 300 && ar == 300, "her counts after the batch (%ld "
		    "mentions, %ld stories)", mn, ar);
		for (int pass = 0; pass < 2; pass++) {
			store_begin(st);
			for (int i = 1; i <= (pass == 0 ? 260 : 10); i++) {
				snprintf(title, sizeof(title), "Again %d %d", pass, i);
				snprintf(body, sizeof(body), "Ancora Ottavia "
				    "Slicenti, passo %d, numero %d.", pass, i);
				add(st, title, "2024-05-02", body, names, types, 1);
			}
			if (pass == 0)
				store_rollback(st);
			else
				store_commit(st);
			store_entity_counts(st, e, &mn, &ar);
			if (pass == 0)
				ok(mn == 300 && ar == 300, "a batch of 260 rolled "
				    "back past its first slice counts nothing "
				    "(%ld, %ld)", mn, ar);
			else
				ok(mn == 310 && ar == 310, "the next batch counts its "
				    "own only (%ld, %ld)", mn, ar);
		}
	}
	store_close(st);
}

int
main(void)
{
	char *err = NULL;
	struct store *st;

	if (mkdtemp(dir) == NULL)
		return 1;
	snprintf(path, sizeof(path), "%s/s.db", dir);
	test_open();
	st = store_open(path, 0, &err);
	if (st == NULL) {
		printf("Bail out! %s\n", err);
		return 1;
	}
	test_articles(st);
	test_paging(st);
	test_tags(st);
	test_entities(st);
	test_apart(st);
	test_rollback(st);
	test_update_rollback(st);
	test_alias_held(st);
	test_mentions_both(st);
	test_mention_rows(st);
	test_mention_order(st);
	test_entity_list(st);
	test_follow(st);
	test_notes(st);
	test_snapshot(st);
	test_fts_query();
	store_close(st);
	test_rank();
	test_keys_shared();
	test_bulk_slices();
	test_sha256();
	{
		char cmd[300];

		snprintf(cmd, sizeof(cmd), "rm -rf '%s'", dir);
		if (system(cmd) != 0)
			ok(0, "cleanup");
	}
	return tap_done();
}
