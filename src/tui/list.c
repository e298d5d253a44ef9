/*
 * list.c: the story list.  It pages through the store with keyset
 * pagination and holds at most LIST_PAGES pages of rows, so a store of a
 * million stories costs what a store of five does.
 */
#include <stdlib.h>
#include <string.h>

#include "dossier/text.h"
#include "tui-private.h"

static void keep_visible(struct tui *t);

/* The row at window index i, or NULL. */
static struct store_row *
row_at(struct tui_list *l, long i)
{
	if (i < 0)
		return NULL;
	for (int p = 0; p < l->npg; p++) {
		if (i < l->pg[p].n)
			return &l->pg[p].rows[i];
		i -= l->pg[p].n;
	}
	return NULL;
}

/* The selected row, or NULL when the list is empty. */
struct store_row *
list_selected(struct tui *t)
{
	return row_at(&t->list, t->list.sel);
}

/* The row of story id if it is in the window, or NULL. */
struct store_row *
list_find(struct tui *t, int64_t id)
{
	for (int p = 0; p < t->list.npg; p++)
		for (long i = 0; i < t->list.pg[p].n; i++)
			if (t->list.pg[p].rows[i].id == id)
				return &t->list.pg[p].rows[i];
	return NULL;
}

/* Select story id if it is in the window.  1 if it was found. */
int
list_select_id(struct tui *t, int64_t id)
{
	struct store_row *r;

	for (long i = 0; (r = row_at(&t->list, i)) != NULL; i++)
		if (r->id == id) {
			t->list.sel = i;
			keep_visible(t);
			return 1;
		}
	return 0;
}

/* Drop every page. */
void
list_free(struct tui_list *l)
{
	for (int p = 0; p < l->npg; p++)
		store_rows_free(l->pg[p].rows, l->pg[p].n);
	l->npg = 0;
	l->n = 0;
	l->sel = l->top = 0;
}

/* Rows per page: at least two screens. */
static int
page_size(struct tui *t)
{
	int h = t->r_list.h > 0 ? t->r_list.h : LINES;

	return h * 2 > 64 ? h * 2 : 64;
}

/* Fetch the page after (forward) or before the window; drop the page at
 * the far end when the window is full.  Returns rows fetched or -1. */
static long
fetch(struct tui *t, int forward)
{
	struct tui_list *l = &t->list;
	struct store_cursor c;
	struct store_row *rows;
	long n, drop;

	memset(&c, 0, sizeof(c));
	if (l->n > 0)
		store_row_cursor(forward ? row_at(l, l->n - 1) : row_at(l, 0),
		    &c);
	n = store_list(t->st, &l->filter, &c, forward, l->page, &rows);
	if (n < 0) {
		tui_message(t, 1, "store: %s", store_errmsg(t->st));
		return -1;
	}
	if (forward)
		l->more_after = n == l->page;
	else
		l->more_before = n == l->page;
	if (n == 0) {
		store_rows_free(rows, 0);
		return 0;
	}
	if (l->npg == LIST_PAGES) {
		if (forward) {
			drop = l->pg[0].n;
			store_rows_free(l->pg[0].rows, drop);
			memmove(&l->pg[0], &l->pg[1],
			    (LIST_PAGES - 1) * sizeof(l->pg[0]));
			l->sel -= drop;
			l->top -= drop;
			l->base += drop;
			l->more_before = 1;
		} else {
			drop = l->pg[LIST_PAGES - 1].n;
			store_rows_free(l->pg[LIST_PAGES - 1].rows, drop);
			l->more_after = 1;
		}
		l->npg--;
		l->n -= drop;
	}
	if (forward) {
		l->pg[l->npg].rows = rows;
		l->pg[l->npg].n = n;
	} else {
		memmove(&l->pg[1], &l->pg[0], (size_t)l->npg * sizeof(l->pg[0]));
		l->pg[0].rows = rows;
		l->pg[0].n = n;
		l->sel += n;
		l->top += n;
		l->base -= n;
	}
	l->npg++;
	l->n += n;
	return n;
}

/* Count the stories and unread ones under the filter. */
void
list_recount(struct tui *t)
{
	if (t->defer_count) {
		t->list.total = t->list.unread = -1;
		return;
	}
	if (store_count(t->st, &t->list.filter, &t->list.total,
	    &t->list.unread) < 0)
		tui_message(t, 1, "store: %s", store_errmsg(t->st));
}

/* Keep the selection on screen and the screen full of rows. */
static void
keep_visible(struct tui *t)
{
	struct tui_list *l = &t->list;
	int h = t->r_list.h > 0 ? t->r_list.h : 1;

	if (l->sel < l->top)
		l->top = l->sel;
	if (l->sel >= l->top + h)
		l->top = l->sel - h + 1;
	if (l->top < 0)
		l->top = 0;
}

/* Fetch rows until the visible part of the list is full. */
void
list_fill(struct tui *t)
{
	struct tui_list *l = &t->list;

	while (l->top + t->r_list.h > l->n && l->more_after)
		if (fetch(t, 1) <= 0)
			break;
	keep_visible(t);
}

/* Start the list again from the top. */
int
list_reload(struct tui *t)
{
	struct tui_list *l = &t->list;

	list_free(l);
	l->page = page_size(t);
	l->base = 0;
	l->more_before = 0;
	l->more_after = 0;
	list_recount(t);
	if (fetch(t, 1) < 0)
		return -1;
	list_fill(t);
	return 0;
}

/* Fetch the window again after its rows changed (tags, flags), keeping
 * the place: from the row before the window, as many rows as it held. */
void
list_refresh(struct tui *t)
{
	struct tui_list *l = &t->list;
	struct store_cursor c, c0;
	struct store_row *r, *rows;
	long n, held = l->n, sel = l->sel, top = l->top;
	int64_t id = (r = list_selected(t)) != NULL ? r->id : 0;
	int before = l->more_before;

	memset(&c, 0, sizeof(c));
	if (held == 0 || held > 4L * l->page) {
		list_reload(t);
		return;
	}
	if (before) {
		store_row_cursor(row_at(l, 0), &c0);
		if ((n = store_list(t->st, &l->filter, &c0, 0, 1, &rows)) < 0) {
			tui_message(t, 1, "store: %s", store_errmsg(t->st));
			return;
		}
		if (n == 1)
			store_row_cursor(&rows[0], &c);
		store_rows_free(rows, n);
	}
	if ((n = store_list(t->st, &l->filter, &c, 1, (int)held, &rows)) < 0) {
		tui_message(t, 1, "store: %s", store_errmsg(t->st));
		return;
	}
	list_free(l);
	l->pg[0].rows = rows;
	l->pg[0].n = n;
	l->npg = 1;
	l->n = n;
	l->more_before = before && c.valid;
	l->more_after = n == held;
	l->sel = sel < n ? sel : n - 1;
	l->top = top;
	if (l->sel < 0)
		l->sel = 0;
	if (id)
		list_select_id(t, id);
	keep_visible(t);
	list_recount(t);
}

/* Move the selection by delta rows, paging through the store. */
void
list_move(struct tui *t, long delta)
{
	struct tui_list *l = &t->list;
	long target = l->sel + delta, before;

	while (target >= l->n && l->more_after) {
		before = l->sel;
		if (fetch(t, 1) <= 0)
			break;
		target += l->sel - before;
	}
	while (target < 0 && l->more_before) {
		before = l->sel;
		if (fetch(t, 0) <= 0)
			break;
		target += l->sel - before;
	}
	if (target >= l->n)
		target = l->n - 1;
	if (target < 0)
		target = 0;
	l->sel = target;
	keep_visible(t);
	list_fill(t);
}

/* Select the first story. */
void
list_first(struct tui *t)
{
	if (t->list.base == 0 && !t->list.more_before) {
		t->list.sel = 0;
		keep_visible(t);
		return;
	}
	list_reload(t);
}

/* Select the last story: one backward page from the end. */
void
list_last(struct tui *t)
{
	struct tui_list *l = &t->list;

	if (!l->more_after) {
		l->sel = l->n > 0 ? l->n - 1 : 0;
		keep_visible(t);
		return;
	}
	list_free(l);
	l->more_after = 0;
	l->more_before = 0;
	list_recount(t);
	if (fetch(t, 0) < 0)
		return;
	l->base = l->total - l->n;
	if (l->base < 0)
		l->base = 0;
	l->sel = l->n > 0 ? l->n - 1 : 0;
	l->top = l->sel - t->r_list.h + 1;
	keep_visible(t);
}

/* A click on the row-th visible row: select it, or open it if selected. */
void
list_click(struct tui *t, int row)
{
	struct tui_list *l = &t->list;
	long i = l->top + row;

	t->focus = REGION_LIST;
	if (i >= l->n)
		return;
	if (i == l->sel)
		tui_open_selected(t);
	else
		l->sel = i;
}

/* Draw one row of the list at screen line y. */
static void
draw_row(struct tui *t, struct store_row *r, int y, int cursor, int mark)
{
	struct tui_rect *a = &t->r_list;
	int x = a->x, w = a->w, ow, tw, x_end;
	attr_t base = cursor ? t->attr[EL_CURSOR] : mark ?
	    t->attr[EL_SELECTED] : t->attr[EL_NORMAL];
	attr_t flags = cursor ? base : t->attr[EL_FLAGS];

	if (cursor)
		tui_fill(y, x, w, base);
	tui_draw_plain(y, x, 1, mark ? (t->utf8 ? "▸" : ">") : " ", base);
	if (marks_has(t, r->id))
		tui_draw_plain(y, x + 1, 1, "+", flags);
	tui_draw_plain(y, x + 2, 1, r->read ? " " : "N", flags);
	tui_draw_plain(y, x + 3, 1, r->starred ? "*" : " ", flags);
	x += 5;
	if (r->published)
		tui_draw(y, x, 10, r->published,
		    strnlen(r->published, 10), cursor ? base : t->attr[EL_DATE]);
	x += 12;
	x_end = a->x + w - 1;
	ow = w >= 100 ? 16 : w >= 72 ? 12 : 0;
	if (ow && r->outlet) {
		tui_draw_plain(y, x, ow - 1, r->outlet,
		    cursor ? base : t->attr[EL_OUTLET]);
	}
	x += ow;
	tw = 0;
	if (w >= 60 && r->tags && r->tags[0] != '\0') {
		char *c = tui_clean(r->tags, strlen(r->tags), 0);

		tw = c ? text_width(c, strlen(c)) : 0;
		if (tw > w / 5)
			tw = w / 5;
		free(c);
		tui_draw_plain(y, x_end - tw, tw, r->tags,
		    cursor ? base : t->attr[EL_TAGS]);
		tw += 2;
	}
	tui_draw_plain(y, x, x_end - tw - x, r->title,
	    cursor || mark ? base : r->read ? t->attr[EL_NORMAL] :
	    t->attr[EL_UNREAD]);
}

/* Draw the visible rows of the list. */
void
list_draw(struct tui *t)
{
	struct tui_list *l = &t->list;
	struct tui_rect *a = &t->r_list;
	struct store_row *r;

	if (l->n == 0) {
		tui_draw_plain(a->y + a->h / 2, a->x + 2, a->w - 4,
		    l->filter.search || l->filter.tag || l->filter.unread ?
		    "No stories match." :
		    "No stories yet: dossier import PATH... adds some.",
		    t->attr[EL_NORMAL]);
		return;
	}
	for (int i = 0; i < a->h; i++) {
		if ((r = row_at(l, l->top + i)) == NULL)
			break;
		draw_row(t, r, a->y + i, l->top + i == l->sel &&
		    t->focus == REGION_LIST, l->top + i == l->sel);
	}
}
