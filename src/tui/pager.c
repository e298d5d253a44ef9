/*
 * pager.c: the reading pane.  The open story is cut into blocks (title,
 * meta line, paragraphs, sub-headings), each cleaned once with the
 * mentions mapped into the cleaned text, then wrapped to the pane's width
 * with the Unicode line breaking algorithm.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "dossier/text.h"
#include "tui-private.h"

#define NO_BLOCK ((size_t)-1)

/* A growing string. */
struct buf {
	char *s;
	size_t len, cap;
};

/* Append the cleaned form of s[0..n). 0, or -1 on ENOMEM. */
static int
buf_clean(struct buf *b, const char *s, size_t n)
{
	char *c = tui_clean(s, n, 1), *v;
	size_t cl;

	if (c == NULL)
		return -1;
	cl = strlen(c);
	if (b->len + cl + 1 > b->cap) {
		size_t cap = (b->len + cl + 1) * 2;

		if ((v = realloc(b->s, cap)) == NULL) {
			free(c);
			return -1;
		}
		b->s = v;
		b->cap = cap;
	}
	memcpy(b->s + b->len, c, cl + 1);
	b->len += cl;
	free(c);
	return 0;
}

/* Free the blocks and lines of the pane. */
static void
free_blocks(struct tui_pager *p)
{
	for (size_t i = 0; i < p->nblocks; i++) {
		free(p->blocks[i].text);
		free(p->blocks[i].spans);
	}
	free(p->blocks);
	free(p->lines);
	p->blocks = NULL;
	p->lines = NULL;
	p->nblocks = p->nlines = 0;
	p->cols = 0;
}

/* Close the open story. */
void
pager_close(struct tui_pager *p)
{
	free_blocks(p);
	if (p->open)
		store_article_free(&p->art);
	p->open = 0;
	p->top = 0;
	p->mline = -1;
	p->entity = 0;
}

/* Add a block of kind k from body[bs..be), with the mentions inside it
 * (m[*mi..nm), ordered by start).  0, or -1 on ENOMEM. */
static int
add_block(struct tui_pager *p, char k, const char *body, size_t bs,
    size_t be, const struct store_mention *m, long nm, long *mi)
{
	struct tui_block *b, *v;
	struct buf out = { NULL, 0, 0 };
	size_t pos = bs;

	if ((v = realloc(p->blocks, (p->nblocks + 1) * sizeof(*v))) == NULL)
		return -1;
	p->blocks = v;
	b = &p->blocks[p->nblocks];
	memset(b, 0, sizeof(*b));
	b->kind = k;
	for (; *mi < nm && m[*mi].start < be; (*mi)++) {
		const struct store_mention *x = &m[*mi];
		struct tui_span *sv;

		if (x->start < pos || x->end > be || x->end <= x->start)
			continue;	/* overlapping or straddling: skip */
		if (buf_clean(&out, body + pos, x->start - pos) < 0)
			goto fail;
		sv = realloc(b->spans, (b->nspans + 1) * sizeof(*sv));
		if (sv == NULL)
			goto fail;
		b->spans = sv;
		sv[b->nspans].start = out.len;
		if (buf_clean(&out, body + x->start, x->end - x->start) < 0)
			goto fail;
		sv[b->nspans].end = out.len;
		sv[b->nspans].entity = x->entity;
		sv[b->nspans].type = x->type;
		b->nspans++;
		pos = x->end;
	}
	if (buf_clean(&out, body + pos, be - pos) < 0)
		goto fail;
	b->text = out.s;
	b->len = out.len;
	p->nblocks++;
	return 0;
fail:
	free(out.s);
	free(b->spans);
	return -1;
}

/* Add a block of our own making (title, meta line): no mentions. */
static int
add_plain(struct tui_pager *p, char k, const char *s)
{
	long mi = 0;

	if (s == NULL || s[0] == '\0')
		return 0;
	return add_block(p, k, s, 0, strlen(s), NULL, 0, &mi);
}

/* The meta line: date · dateline · outlet · byline · tags. */
static char *
meta_line(const struct store_article *a)
{
	const char *parts[5] = { a->published, a->dateline, a->outlet,
	    a->byline, a->tags };
	char *out;
	size_t len = 1;

	for (int i = 0; i < 5; i++)
		if (parts[i] && parts[i][0] != '\0')
			len += strlen(parts[i]) + 12;
	if ((out = malloc(len)) == NULL)
		return NULL;
	out[0] = '\0';
	for (int i = 0; i < 5; i++) {
		if (parts[i] == NULL || parts[i][0] == '\0')
			continue;
		if (out[0] != '\0')
			strcat(out, " · ");
		if (i == 4)
			strcat(out, "tags: ");
		strcat(out, parts[i]);
		/* "2023-09-13T15:59" reads better as "2023-09-13 15:59" */
		if (i == 0 && strlen(parts[0]) > 10 && parts[0][10] == 'T')
			out[strlen(out) - strlen(parts[0]) + 10] = ' ';
	}
	return out;
}

/* Cut the body into blocks at blank lines, typed by art.blocks. */
static int
body_blocks(struct tui_pager *p, const struct store_mention *m, long nm)
{
	const char *body = p->art.body ? p->art.body : "";
	size_t len = p->art.body ? p->art.body_len : 0, bs = 0, be;
	size_t nb = 0, kinds = p->art.blocks ? strlen(p->art.blocks) : 0;
	long mi = 0;
	const char *sep;

	while (bs < len) {
		while (bs < len && body[bs] == '\n')
			bs++;
		if (bs >= len)
			break;
		sep = memmem(body + bs, len - bs, "\n\n", 2);
		be = sep ? (size_t)(sep - body) : len;
		if (add_block(p, nb < kinds && p->art.blocks[nb] == 'h' ? 'h' :
		    'p', body, bs, be, m, nm, &mi) < 0)
			return -1;
		nb++;
		bs = be;
	}
	return 0;
}

/* Open story id in the pane.  0, 1 when it is gone, -1 on error. */
int
pager_open(struct tui *t, int64_t id)
{
	struct tui_pager *p = &t->pager;
	struct store_mention *m = NULL;
	long nm;
	char *meta;
	int rc;

	pager_close(p);
	if ((rc = store_article_get(t->st, id, &p->art)) != 0) {
		if (rc > 0)
			tui_message(t, 1, "story %lld is gone", (long long)id);
		else
			tui_message(t, 1, "store: %s", store_errmsg(t->st));
		return rc;
	}
	p->open = 1;
	if ((nm = store_article_mentions(t->st, id, &m)) < 0) {
		tui_message(t, 1, "store: %s", store_errmsg(t->st));
		nm = 0;
		m = NULL;
	}
	meta = meta_line(&p->art);
	if (add_plain(p, 't', p->art.title) < 0 ||
	    add_plain(p, 'm', meta) < 0 || body_blocks(p, m, nm) < 0) {
		free(meta);
		free(m);
		pager_close(p);
		tui_message(t, 1, "out of memory");
		return -1;
	}
	free(meta);
	free(m);
	return 0;
}

/* Append one line; 0, or -1 on ENOMEM. */
static int
add_line(struct tui_pager *p, size_t block, size_t start, size_t len)
{
	struct tui_line *v;

	if ((v = realloc(p->lines, (p->nlines + 1) * sizeof(*v))) == NULL)
		return -1;
	p->lines = v;
	v[p->nlines].block = block;
	v[p->nlines].start = start;
	v[p->nlines].len = len;
	p->nlines++;
	return 0;
}

/* Wrap every block to cols columns. */
static int
wrap(struct tui_pager *p, int cols)
{
	struct text_line *tl;
	long n;

	free(p->lines);
	p->lines = NULL;
	p->nlines = 0;
	p->cols = cols;
	for (size_t b = 0; b < p->nblocks; b++) {
		if (p->nlines > 0 && p->blocks[b].kind != 'm' &&
		    add_line(p, NO_BLOCK, 0, 0) < 0)
			return -1;
		n = text_wrap(p->blocks[b].text, p->blocks[b].len, cols, &tl);
		if (n < 0)
			return -1;
		for (long i = 0; i < n; i++)
			if (add_line(p, b, tl[i].start, tl[i].len) < 0) {
				free(tl);
				return -1;
			}
		free(tl);
	}
	return 0;
}

/* Width of the text column of the pane. */
static int
text_cols(struct tui *t)
{
	return t->r_pager.w - 2 > 1 ? t->r_pager.w - 2 : 1;
}

/* The last useful top line. */
static long
max_top(struct tui *t)
{
	long m = (long)t->pager.nlines - t->r_pager.h + 1;

	return m > 0 ? m : 0;
}

/* Wrap again if the pane changed width, keeping the place roughly. */
static void
rewrap(struct tui *t)
{
	struct tui_pager *p = &t->pager;
	size_t old = p->nlines;
	int cols = text_cols(t);

	if (!p->open || p->cols == cols)
		return;
	if (wrap(p, cols) < 0)
		tui_message(t, 1, "out of memory");
	p->mline = -1;
	if (old > 0 && p->top > 0)
		p->top = (long)((double)p->top * (double)p->nlines / (double)old);
	if (p->top > max_top(t))
		p->top = max_top(t);
}

/* Scroll the pane by delta lines. */
void
pager_scroll(struct tui *t, long delta)
{
	struct tui_pager *p = &t->pager;

	if (!p->open)
		return;
	rewrap(t);
	p->top += delta;
	if (p->top > max_top(t))
		p->top = max_top(t);
	if (p->top < 0)
		p->top = 0;
}

void pager_top(struct tui *t) { t->pager.top = 0; }

/* Scroll to the end of the story. */
void
pager_bottom(struct tui *t)
{
	rewrap(t);
	t->pager.top = max_top(t);
}

/* Does line i show a mention of entity e? */
static int
line_has(struct tui_pager *p, size_t i, int64_t e)
{
	struct tui_line *l = &p->lines[i];
	struct tui_block *b;

	if (l->block == NO_BLOCK)
		return 0;
	b = &p->blocks[l->block];
	for (size_t s = 0; s < b->nspans; s++)
		if (b->spans[s].entity == e && b->spans[s].end > l->start &&
		    b->spans[s].start < l->start + l->len)
			return 1;
	return 0;
}

/* Mentions of entity e starting on line i. */
static long
line_mentions(struct tui_pager *p, size_t i, int64_t e)
{
	struct tui_line *l = &p->lines[i];
	struct tui_block *b;
	long n = 0;

	if (l->block == NO_BLOCK)
		return 0;
	b = &p->blocks[l->block];
	for (size_t s = 0; s < b->nspans; s++)
		if (b->spans[s].entity == e && b->spans[s].start >= l->start &&
		    b->spans[s].start < l->start + l->len)
			n++;
	return n;
}

/* Show line i two lines from the top and say which mention it holds. */
static void
show_mention(struct tui *t, long line)
{
	struct tui_pager *p = &t->pager;
	const char *name = "mention";
	long k = 0, n = 0;

	for (long i = 0; i < (long)p->nlines; i++) {
		long m = line_mentions(p, (size_t)i, p->entity);

		if (i < line)
			k += m;
		n += m;
	}
	for (long i = 0; i < t->side.n; i++)
		if (t->side.ents[i].id == p->entity)
			name = t->side.ents[i].name;
	p->top = line - 2 > 0 ? line - 2 : 0;
	if (p->top > max_top(t))
		p->top = max_top(t);
	p->mline = line;
	tui_message(t, 0, "%s: mention %ld of %ld in this story", name,
	    k + 1 > n ? n : k + 1, n);
}

/* The first line from `from` going dir (1 or -1) that shows entity e,
 * or -1. */
static long
find_line(struct tui_pager *p, long from, int dir, int64_t e)
{
	for (long i = from; i >= 0 && i < (long)p->nlines; i += dir)
		if (line_has(p, (size_t)i, e))
			return i;
	return -1;
}

/* Open the next (dir 1) or previous (-1) story by date that mentions the
 * selected entity, at its first (or last) mention. */
static void
cross_story(struct tui *t, int dir)
{
	struct tui_pager *p = &t->pager;
	struct store_entity_mention *m;
	int64_t e = p->entity, target = 0;
	long n, first = -1, last = -1, line;

	if ((n = store_entity_mentions(t->st, e, &m)) < 0) {
		tui_message(t, 1, "store: %s", store_errmsg(t->st));
		return;
	}
	for (long i = 0; i < n; i++)
		if (m[i].article == p->art.id) {
			if (first < 0)
				first = i;
			last = i;
		}
	if (first >= 0 && dir > 0 && last + 1 < n)
		target = m[last + 1].article;
	if (first >= 0 && dir < 0 && first > 0)
		target = m[first - 1].article;
	store_entity_mentions_free(m, n);
	if (target == 0) {
		tui_message(t, 0, dir > 0 ? "no later mention in any story" :
		    "no earlier mention in any story");
		return;
	}
	if (tui_open(t, target) != 0)
		return;
	p->entity = e;
	sidebar_select(t, e);
	rewrap(t);
	line = dir > 0 ? find_line(p, 0, 1, e) :
	    find_line(p, (long)p->nlines - 1, -1, e);
	if (line >= 0)
		show_mention(t, line);
}

/* Scroll to the first (dir 0), next (1) or previous (-1) line that
 * mentions the selected entity; past the ends, cross into the next or
 * previous story that mentions it. */
void
pager_goto_mention(struct tui *t, int dir)
{
	struct tui_pager *p = &t->pager;
	struct store_entity *e;
	long found, cur;

	if (!p->open)
		return;
	if (p->entity == 0 && (e = sidebar_selected(t)) != NULL) {
		p->entity = e->id;
		dir = 0;
	}
	if (p->entity == 0) {
		tui_message(t, 0, "select an entity in the sidebar first");
		return;
	}
	rewrap(t);
	/* From the mention last shown if it is on screen, else the top. */
	if (p->mline >= p->top && p->mline < p->top + t->r_pager.h)
		cur = p->mline + dir;
	else
		cur = dir < 0 ? p->top - 1 : p->top;
	if (dir == 0)
		found = find_line(p, 0, 1, p->entity);
	else
		found = find_line(p, cur, dir, p->entity);
	if (found >= 0)
		show_mention(t, found);
	else if (dir != 0)
		cross_story(t, dir);
	else
		tui_message(t, 0, "not mentioned in this story");
}

/* Draw n bytes of cleaned text at y,x in at most cols; returns columns. */
static int
put(int y, int x, int cols, const char *s, size_t n, attr_t a)
{
	int w = text_width(s, n);
	char *cut;

	if (n == 0 || cols <= 0)
		return 0;
	attrset(a);
	if (w <= cols) {
		mvaddnstr(y, x, s, (int)n);
	} else if ((cut = text_truncate(s, n, cols)) != NULL) {
		w = text_width(cut, strlen(cut));
		mvaddstr(y, x, cut);
		free(cut);
	} else {
		w = 0;
	}
	attrset(A_NORMAL);
	return w;
}

/* Draw one wrapped line with its mentions highlighted. */
static void
draw_line(struct tui *t, struct tui_line *l, int y, int x, int cols)
{
	struct tui_block *b = &t->pager.blocks[l->block];
	size_t pos = l->start, end = l->start + l->len;
	attr_t base = b->kind == 't' ? t->attr[EL_TITLE] :
	    b->kind == 'm' ? t->attr[EL_META] :
	    b->kind == 'h' ? t->attr[EL_HEADING] : t->attr[EL_NORMAL];
	int used = 0;

	for (size_t s = 0; s < b->nspans && pos < end; s++) {
		struct tui_span *sp = &b->spans[s];
		size_t a, z;
		attr_t ma;

		if (sp->end <= pos || sp->start >= end)
			continue;
		a = sp->start > pos ? sp->start : pos;
		z = sp->end < end ? sp->end : end;
		used += put(y, x + used, cols - used, b->text + pos, a - pos,
		    base);
		ma = sp->entity == t->pager.entity ? t->attr[EL_MENTION] :
		    theme_mention(t, sp->type);
		used += put(y, x + used, cols - used, b->text + a, z - a,
		    ma | (b->kind == 'h' ? A_BOLD : 0));
		pos = z;
	}
	put(y, x + used, cols - used, b->text + pos, end - pos, base);
}

/* Draw the reading pane. */
void
pager_draw(struct tui *t)
{
	struct tui_pager *p = &t->pager;
	struct tui_rect *a = &t->r_pager;

	if (!p->open) {
		tui_draw_plain(a->y + a->h / 2, a->x + 2, a->w - 4,
		    t->list.n ? "Enter opens the selected story." : "",
		    t->attr[EL_META]);
		return;
	}
	rewrap(t);
	if (p->top > max_top(t))
		p->top = max_top(t);
	for (int i = 0; i < a->h; i++) {
		size_t li = (size_t)p->top + (size_t)i;

		if (li >= p->nlines)
			break;
		if (p->lines[li].block != NO_BLOCK)
			draw_line(t, &p->lines[li], a->y + i, a->x + 1,
			    text_cols(t));
	}
}
