/*
 * entityview.c: the entity view (every story that mentions an entity,
 * with counts and one line of context per mention; Enter opens the story
 * at that mention) and the corrections from the sidebar: merge, rename,
 * retype, ignore.  Corrections are stored as rules and applied at once.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "dossier/entity.h"
#include "tui-private.h"

/* A row of the view: a story heading (m < 0 ... first) or a mention. */
struct ev_row {
	long m;		/* index into the mentions */
	int heading;
	long count;	/* heading: mentions in the story */
};

/* The entity the user means: the selected one in the sidebar. */
static struct store_entity *
current(struct tui *t)
{
	struct store_entity *e = sidebar_selected(t);

	if (e == NULL)
		tui_message(t, 0, "open a story and select an entity first");
	return e;
}

/* Draw the view. */
static void
ev_draw(struct tui *t, const char *name, struct store_entity_mention *m,
    struct ev_row *r, long nr, long sel, long top, long nstories, long nm)
{
	char line[256];
	long rows = LINES - 2;

	erase();
	tui_fill(0, 0, COLS, t->attr[EL_HEADER]);
	snprintf(line, sizeof(line), "%s  %ld mention%s in %ld stor%s", name,
	    nm, nm == 1 ? "" : "s", nstories, nstories == 1 ? "y" : "ies");
	tui_draw_plain(0, 1, COLS - 2, line, t->attr[EL_HEADER]);
	for (long i = top; i < nr && i - top < rows; i++) {
		int y = (int)(i - top) + 1, x = 1;
		struct store_entity_mention *k = &m[r[i].m];
		attr_t a = i == sel ? t->attr[EL_CURSOR] : t->attr[EL_NORMAL];

		if (r[i].heading) {
			snprintf(line, sizeof(line), "(%ld) ", r[i].count);
			x += tui_draw_plain(y, x, 8, line, t->attr[EL_META]);
			x += tui_draw_plain(y, x, 12, k->published ?
			    k->published : "", t->attr[EL_DATE]);
			tui_draw_plain(y, x + 1, COLS - x - 2, k->title,
			    t->attr[EL_TITLE]);
			continue;
		}
		if (i == sel)
			tui_fill(y, 0, COLS, a);
		x = 4;
		x += tui_draw_plain(y, x, COLS / 2 - 4, k->before, a);
		x += tui_draw_plain(y, x, COLS - x - 1, k->text, i == sel ? a :
		    t->attr[EL_MENTION]);
		tui_draw_plain(y, x, COLS - x - 1, k->after, a);
	}
	tui_fill(LINES - 1, 0, COLS, t->attr[EL_STATUS]);
	tui_draw_plain(LINES - 1, 1, COLS - 2,
	    "Enter opens the story at the mention   j/k move   q back",
	    t->attr[EL_STATUS]);
	refresh();
}

/* Step sel by dir to the next mention row. */
static long
step(struct ev_row *r, long nr, long sel, long dir)
{
	long i = sel + dir;

	while (i >= 0 && i < nr && r[i].heading)
		i += dir > 0 ? 1 : -1;
	return i >= 0 && i < nr ? i : sel;
}

/* The mentions loaded so far and their rows; pages come from the store
 * as the cursor nears the end, so opening the view of an entity with
 * 80,000 mentions reads one screenful, not all of them. */
struct ev {
	struct store_entity_mention *m;
	long n, cap;
	struct ev_row *r;
	long nr, rcap;
	int done;	/* the last page was read */
};

#define EV_PAGE 200

/* Read the next page and append its rows: 0, or -1 on error. */
static int
ev_more(struct tui *t, int64_t id, struct ev *v)
{
	struct store_place after = { 0, 0, 0 };
	struct store_entity_mention *p;
	long k;

	if (v->done)
		return 0;
	if (v->n > 0) {
		after.article = v->m[v->n - 1].article;
		after.start = v->m[v->n - 1].start;
	}
	if ((k = store_entity_mentions_page(t->st, id, &after, EV_PAGE, &p)) < 0)
		return -1;
	if (k < EV_PAGE)
		v->done = 1;
	if (k == 0)
		return 0;
	if (v->n + k > v->cap || v->nr + 2 * k > v->rcap) {
		long cap = (v->n + k) * 2, rcap = (v->nr + 2 * k) * 2;
		void *nm = realloc(v->m, (size_t)cap * sizeof(*v->m));

		if (nm != NULL)
			v->m = nm;
		void *nr = nm ? realloc(v->r, (size_t)rcap * sizeof(*v->r)) : NULL;

		if (nr != NULL)
			v->r = nr;
		if (nm == NULL || nr == NULL) {
			store_entity_mentions_free(p, k);
			v->done = 1;
			return -1;
		}
		v->cap = cap;
		v->rcap = rcap;
	}
	/* A page never cuts a story, so each heading's count is whole. */
	for (long i = 0, head = -1; i < k; i++) {
		long j = v->n + i;

		v->m[j] = p[i];
		if (i == 0 || p[i].article != p[i - 1].article) {
			head = v->nr;
			v->r[v->nr++] = (struct ev_row){ j, 1, 0 };
		}
		v->r[head].count++;
		v->r[v->nr++] = (struct ev_row){ j, 0, 0 };
	}
	v->n += k;
	free(p); /* the strings now belong to v->m */
	return 0;
}

/* The entity view of the selected entity. */
void
entityview_open(struct tui *t)
{
	struct store_entity *e = current(t);
	struct ev v = { 0 };
	long sel, top = 0, nm = 0, nstories = 0;
	int64_t id;
	char *name;
	wint_t wc;
	int rc, go = 0;

	if (e == NULL)
		return;
	id = e->id;
	if ((name = strdup(e->name)) == NULL ||
	    store_entity_counts(t->st, id, &nm, &nstories) < 0 ||
	    ev_more(t, id, &v) < 0) {
		free(name);
		tui_message(t, 1, "store: %s", store_errmsg(t->st));
		store_entity_mentions_free(v.m, v.n);
		free(v.r);
		return;
	}
	sel = v.nr > 1 ? 1 : 0;
	while (!go) {
		long rows = LINES - 2 > 1 ? LINES - 2 : 1;

		/* Keep a screenful loaded below the cursor. */
		while (!v.done && sel + 2 * rows >= v.nr)
			if (ev_more(t, id, &v) < 0) {
				tui_message(t, 1, "store: %s", store_errmsg(t->st));
				break;
			}
		if (sel < top)
			top = sel > 0 && v.r[sel - 1].heading ? sel - 1 : sel;
		if (sel >= top + rows)
			top = sel - rows + 1;
		ev_draw(t, name, v.m, v.r, v.nr, sel, top, nstories, nm);
		if ((rc = get_wch(&wc)) == ERR)
			continue;
		if (rc == KEY_CODE_YES) {
			if (wc == KEY_DOWN)
				sel = step(v.r, v.nr, sel, 1);
			else if (wc == KEY_UP)
				sel = step(v.r, v.nr, sel, -1);
			else if (wc == KEY_ENTER)
				go = 1;
			continue;
		}
		if (wc == 'j')
			sel = step(v.r, v.nr, sel, 1);
		else if (wc == 'k')
			sel = step(v.r, v.nr, sel, -1);
		else if (wc == '\n' || wc == '\r')
			go = 1;
		else if (wc == 'q' || wc == 27)
			break;
	}
	if (go && v.nr > 1 && tui_open(t, v.m[v.r[sel].m].article) == 0) {
		struct store_entity_mention *k = &v.m[v.r[sel].m];

		t->pager.entity = id;
		sidebar_select(t, id);
		t->pager.mstart = k->start;
		t->pager.mset = 1;
		pager_show_body(t, k->start);
		tui_message(t, 0, "%s: mention at byte %zu of story #%lld",
		    name, k->start, (long long)k->article);
	}
	free(v.r);
	store_entity_mentions_free(v.m, v.n);
	free(name);
}

/* After a correction: reload the sidebar and the pane. */
static void
corrected(struct tui *t, int rc, const char *what)
{
	if (rc != 0) {
		tui_message(t, 1, "%s: %s", what, rc < 0 ?
		    store_errmsg(t->st) : "no such entity");
		return;
	}
	if (t->pager.open) {
		t->pager.entity = 0;
		pager_reload(t);
		sidebar_load(t, t->pager.art.id);
	}
	tui_message(t, 0, "%s: done (stored as a rule)", what);
}

/* Completion of an entity's name: the most-mentioned 50 whose names
 * start so, asked of the store at each Tab. */
static long
entity_names(struct tui *t, const char *typed, char ***words)
{
	return store_entity_names(t->st, typed, 50, words);
}

/* Merge another entity (asked, with completion) into the selected one. */
void
entityview_merge(struct tui *t)
{
	struct store_entity *e = current(t);
	struct prompt_words w = { .fetch = entity_names, .whole = 1,
	    .none = "no entity's name starts so" };
	int64_t into, from;
	char *name;

	if (e == NULL)
		return;
	into = e->id;
	name = prompt_read(t, "Merge into this entity (Tab completes): ", "",
	    &w);
	if (name == NULL)
		return;
	from = store_entity_find(t->st, name, into);
	free(name);
	if (from <= 0 || from == into) {
		tui_message(t, 1, "merge: no other entity of that name");
		return;
	}
	corrected(t, store_entity_merge(t->st, into, from), "merge");
}

/* Rename the selected entity. */
void
entityview_rename(struct tui *t)
{
	struct store_entity *e = current(t);
	char *name;
	int64_t id;

	if (e == NULL)
		return;
	id = e->id;
	if ((name = prompt_read(t, "Rename to: ", e->name, NULL)) == NULL)
		return;
	if (name[0] == '\0') {
		free(name);
		return;
	}
	corrected(t, store_entity_rename(t->st, id, name), "rename");
	free(name);
}

/* Change the type of the selected entity. */
void
entityview_retype(struct tui *t)
{
	static char *types[] = { "person", "place", "organisation", "other" };
	struct prompt_words w = { .words = types, .n = 4 };
	struct store_entity *e = current(t);
	char *s;
	int type;
	int64_t id;

	if (e == NULL)
		return;
	id = e->id;
	s = prompt_read(t, "Type (person place organisation other): ", "",
	    &w);
	if (s == NULL)
		return;
	type = entity_type_parse(s);
	free(s);
	if (type < 0) {
		tui_message(t, 1, "retype: not a type");
		return;
	}
	corrected(t, store_entity_retype(t->st, id, (enum entity_type)type),
	    "retype");
}

/* Ignore the selected entity, once confirmed. */
void
entityview_ignore(struct tui *t)
{
	struct store_entity *e = current(t);
	char *yes, label[160];
	int64_t id;

	if (e == NULL)
		return;
	id = e->id;
	snprintf(label, sizeof(label), "Ignore %.100s from now on? (y/n) ",
	    e->name);
	yes = prompt_read(t, label, "", NULL);
	if (yes == NULL || (yes[0] != 'y' && yes[0] != 'Y')) {
		free(yes);
		tui_message(t, 0, "kept");
		return;
	}
	free(yes);
	corrected(t, store_entity_ignore(t->st, id), "ignore");
}
