/*
 * sidebar.c: the entities of the open story, grouped People, Places,
 * Organisations (then Other), each with its mention count.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "dossier/text.h"
#include "tui-private.h"

static const struct {
	enum entity_type type;
	const char *title;
} groups[] = {
	{ ENTITY_PERSON, "People" },
	{ ENTITY_PLACE, "Places" },
	{ ENTITY_ORG, "Organisations" },
	{ ENTITY_OTHER, "Other" },
};
#define NGROUPS (sizeof(groups) / sizeof(groups[0]))

/* Forget the entities. */
void
sidebar_free(struct tui_sidebar *s)
{
	store_entities_free(s->ents, s->n);
	free(s->rows);
	memset(s, 0, sizeof(*s));
}

/* Move the selection to the first entity row at or after i (dir 1) or at
 * or before it (dir -1).  0, or -1 when there is none that way. */
static int
settle(struct tui_sidebar *s, long i, int dir)
{
	for (; i >= 0 && i < s->nrows; i += dir)
		if (!s->rows[i].heading) {
			s->sel = i;
			return 0;
		}
	return -1;
}

/* Load the entities of an article and group them. */
int
sidebar_load(struct tui *t, int64_t article)
{
	struct tui_sidebar *s = &t->side;
	long n;

	sidebar_free(s);
	if ((n = store_entities(t->st, -1, article, &s->ents)) < 0) {
		tui_message(t, 1, "store: %s", store_errmsg(t->st));
		s->ents = NULL;
		return -1;
	}
	s->n = n;
	if ((s->rows = calloc((size_t)n + NGROUPS, sizeof(*s->rows))) == NULL) {
		sidebar_free(s);
		return -1;
	}
	for (size_t g = 0; g < NGROUPS; g++) {
		long first = s->nrows;

		for (long i = 0; i < n; i++) {
			int type = s->ents[i].type;

			if (type < ENTITY_OTHER || type > ENTITY_ORG)
				type = ENTITY_OTHER;
			if ((enum entity_type)type != groups[g].type)
				continue;
			if (s->nrows == first) {
				s->rows[s->nrows].heading = 1;
				s->rows[s->nrows++].type = groups[g].type;
			}
			s->rows[s->nrows].type = groups[g].type;
			s->rows[s->nrows++].ent = i;
		}
	}
	settle(s, 0, 1);
	return 0;
}

/* The selected entity, or NULL. */
struct store_entity *
sidebar_selected(struct tui *t)
{
	struct tui_sidebar *s = &t->side;

	if (s->sel < 0 || s->sel >= s->nrows || s->rows[s->sel].heading)
		return NULL;
	return &s->ents[s->rows[s->sel].ent];
}

/* Keep the selection visible (with its group heading when it fits). */
static void
keep_visible(struct tui *t)
{
	struct tui_sidebar *s = &t->side;
	int h = t->r_side.h > 0 ? t->r_side.h : 1;
	long want = s->sel > 0 && s->rows[s->sel - 1].heading ? s->sel - 1 :
	    s->sel;

	if (want < s->top)
		s->top = want;
	if (s->sel >= s->top + h)
		s->top = s->sel - h + 1;
	if (s->top < 0)
		s->top = 0;
}

/* Move the selection by delta entities. */
void
sidebar_move(struct tui *t, long delta)
{
	struct tui_sidebar *s = &t->side;
	long i = s->sel;
	int dir = delta < 0 ? -1 : 1;

	if (s->nrows == 0)
		return;
	for (long k = delta < 0 ? -delta : delta; k > 0; k--) {
		long j = i + dir;

		while (j >= 0 && j < s->nrows && s->rows[j].heading)
			j += dir;
		if (j < 0 || j >= s->nrows)
			break;
		i = j;
	}
	s->sel = i;
	keep_visible(t);
}

/* Select the first entity. */
void
sidebar_first(struct tui *t)
{
	settle(&t->side, 0, 1);
	t->side.top = 0;
	keep_visible(t);
}

/* Select the last entity. */
void
sidebar_last(struct tui *t)
{
	settle(&t->side, t->side.nrows - 1, -1);
	keep_visible(t);
}

/* A click on the row-th visible row. */
void
sidebar_click(struct tui *t, int row)
{
	struct tui_sidebar *s = &t->side;
	long i = s->top + row;
	struct store_entity *e;

	t->focus = REGION_SIDEBAR;
	if (i >= s->nrows || s->rows[i].heading)
		return;
	s->sel = i;
	if ((e = sidebar_selected(t)) != NULL) {
		t->pager.entity = e->id;
		pager_goto_mention(t, 0);
	}
}

/* Draw the sidebar. */
void
sidebar_draw(struct tui *t)
{
	struct tui_sidebar *s = &t->side;
	struct tui_rect *a = &t->r_side;
	char num[24];

	if (!t->pager.open || s->nrows == 0) {
		tui_draw_plain(a->y + 1, a->x + 1, a->w - 2,
		    t->pager.open ? "No names found." : "", t->attr[EL_META]);
		return;
	}
	for (int i = 0; i < a->h; i++) {
		long r = s->top + i;
		struct tui_srow *row;
		struct store_entity *e;
		int cursor, nw, y = a->y + i;
		attr_t at;

		if (r >= s->nrows)
			break;
		row = &s->rows[r];
		if (row->heading) {
			for (size_t g = 0; g < NGROUPS; g++)
				if (groups[g].type == row->type)
					tui_draw_plain(y, a->x + 1, a->w - 2,
					    groups[g].title, t->attr[EL_GROUP]);
			continue;
		}
		e = &s->ents[row->ent];
		cursor = r == s->sel && t->focus == REGION_SIDEBAR;
		if (cursor)
			tui_fill(y, a->x, a->w, t->attr[EL_CURSOR]);
		snprintf(num, sizeof(num), "%ld", e->mentions);
		nw = (int)strlen(num);
		at = cursor ? t->attr[EL_CURSOR] : e->id == t->pager.entity ?
		    t->attr[EL_MENTION] : theme_mention(t, e->type);
		if (r == s->sel)
			tui_draw_plain(y, a->x + 1, 1, t->utf8 ? "▸" : ">",
			    cursor ? at : t->attr[EL_NORMAL]);
		tui_draw_plain(y, a->x + 3, a->w - nw - 5, e->name, at);
		tui_draw_plain(y, a->x + a->w - nw - 1, nw, num,
		    cursor ? at : t->attr[EL_META]);
	}
}

/* Select entity id if the open story has it. */
void
sidebar_select(struct tui *t, int64_t entity)
{
	struct tui_sidebar *s = &t->side;

	for (long i = 0; i < s->nrows; i++)
		if (!s->rows[i].heading && s->ents[s->rows[i].ent].id == entity) {
			s->sel = i;
			keep_visible(t);
			return;
		}
}
