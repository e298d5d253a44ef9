/*
 * pager.c: the reading pane.  The open story is cut into blocks (title,
 * meta line, paragraphs, sub-headings), each cleaned once with the
 * mentions mapped into the cleaned text, then wrapped to the pane's width
 * with the Unicode line breaking algorithm.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unictype.h>
#include <unicase.h>
#include <uninorm.h>
#include <unistr.h>

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
		free(p->blocks[i].anchors);
		free(p->blocks[i].hits);
		free(p->blocks[i].noted);
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
	store_notes_free(p->notes, p->nnotes);
	p->notes = NULL;
	p->nnotes = 0;
	p->open = 0;
	p->top = 0;
	p->mline = p->hline = -1;
	p->entity = 0;
	p->mset = 0;
	p->visual = 0;
}

/* Remember that clean offset c of block b is body offset o. */
static int
anchor(struct tui_block *b, size_t c, size_t o)
{
	struct tui_anchor *v;

	v = realloc(b->anchors, (b->nanchors + 1) * sizeof(*v));
	if (v == NULL)
		return -1;
	b->anchors = v;
	v[b->nanchors].clean = c;
	v[b->nanchors].body = o;
	b->nanchors++;
	return 0;
}

/* Body offset of clean offset c of block b (exact at segment starts and
 * wherever cleaning changed nothing). */
size_t
pager_body_offset(struct tui_block *b, size_t c)
{
	size_t i, o;

	if (b->nanchors == 0)
		return b->bstart;
	for (i = 0; i + 1 < b->nanchors && b->anchors[i + 1].clean <= c; i++)
		;
	o = b->anchors[i].body + (c - b->anchors[i].clean);
	if (i + 1 < b->nanchors && o > b->anchors[i + 1].body)
		o = b->anchors[i + 1].body;
	return o > b->bend ? b->bend : o;
}

/* Clean offset of body offset o in block b. */
static size_t
clean_offset(struct tui_block *b, size_t o)
{
	size_t i, c;

	if (b->nanchors == 0 || o <= b->bstart)
		return 0;
	for (i = 0; i + 1 < b->nanchors && b->anchors[i + 1].body <= o; i++)
		;
	c = b->anchors[i].clean + (o - b->anchors[i].body);
	if (i + 1 < b->nanchors && c > b->anchors[i + 1].clean)
		c = b->anchors[i + 1].clean;
	return c > b->len ? b->len : c;
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
	b->bstart = bs;
	b->bend = be;
	for (; *mi < nm && m[*mi].start < be; (*mi)++) {
		const struct store_mention *x = &m[*mi];
		struct tui_span *sv;

		if (x->start < pos || x->end > be || x->end <= x->start)
			continue;	/* overlapping or straddling: skip */
		if (anchor(b, out.len, pos) < 0)
			goto fail;
		if (buf_clean(&out, body + pos, x->start - pos) < 0)
			goto fail;
		sv = realloc(b->spans, (b->nspans + 1) * sizeof(*sv));
		if (sv == NULL)
			goto fail;
		b->spans = sv;
		sv[b->nspans].start = out.len;
		sv[b->nspans].bstart = x->start;
		if (anchor(b, out.len, x->start) < 0)
			goto fail;
		if (buf_clean(&out, body + x->start, x->end - x->start) < 0)
			goto fail;
		sv[b->nspans].end = out.len;
		sv[b->nspans].entity = x->entity;
		sv[b->nspans].type = x->type;
		b->nspans++;
		pos = x->end;
	}
	if (anchor(b, out.len, pos) < 0 ||
	    buf_clean(&out, body + pos, be - pos) < 0)
		goto fail;
	b->text = out.s;
	b->len = out.len;
	p->nblocks++;
	return 0;
fail:
	free(out.s);
	free(b->spans);
	free(b->anchors);
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

/* Add a range to a list of ranges.  0, or -1 on ENOMEM. */
static int
add_range(struct tui_range **r, size_t *n, size_t start, size_t end)
{
	struct tui_range *v;

	if ((v = realloc(*r, (*n + 1) * sizeof(*v))) == NULL)
		return -1;
	*r = v;
	v[*n].start = start;
	v[*n].end = end;
	(*n)++;
	return 0;
}

/* Mark note n's passage in block b and show the note under it; the
 * k-th of several notes on one paragraph is numbered "k/count", the
 * number E and D ask for. */
static int
add_note(struct tui_pager *p, size_t bi, const struct store_note *n,
    long k, long count)
{
	struct tui_block *b = &p->blocks[bi], *v;
	size_t s = n->start > b->bstart ? n->start : b->bstart;
	size_t e = n->end < b->bend ? n->end : b->bend;
	char *c, *text;
	size_t len;

	if (e <= s) {
		s = b->bstart;
		e = b->bend;
	}
	if (add_range(&b->noted, &b->nnoted, clean_offset(b, s),
	    clean_offset(b, e)) < 0)
		return -1;
	if ((c = tui_clean(n->body ? n->body : "", strlen(n->body ? n->body :
	    ""), 0)) == NULL)
		return -1;
	len = strlen(c) + 16;
	if ((text = malloc(len)) == NULL) {
		free(c);
		return -1;
	}
	if (count > 1)
		snprintf(text, len, "✎ %ld/%ld %s", k, count, c);
	else
		snprintf(text, len, "✎ %s", c);
	free(c);
	if ((v = realloc(p->blocks, (p->nblocks + 1) * sizeof(*v))) == NULL) {
		free(text);
		return -1;
	}
	p->blocks = v;
	b = &v[p->nblocks++];
	memset(b, 0, sizeof(*b));
	b->kind = 'n';
	b->text = text;
	b->len = strlen(text);
	b->note = n->id;
	b->bstart = n->start;
	b->bend = n->end;
	return 0;
}

/* Cut the body into blocks at blank lines, typed by art.blocks, each
 * paragraph followed by its notes. */
static int
body_blocks(struct tui_pager *p, const struct store_mention *m, long nm)
{
	const char *body = p->art.body ? p->art.body : "";
	size_t len = p->art.body ? p->art.body_len : 0, bs = 0, be;
	size_t nb = 0, kinds = p->art.blocks ? strlen(p->art.blocks) : 0;
	long mi = 0, ni = 0, nn;
	const char *sep;

	while (bs < len) {
		size_t bi;

		while (bs < len && body[bs] == '\n')
			bs++;
		if (bs >= len)
			break;
		sep = memmem(body + bs, len - bs, "\n\n", 2);
		be = sep ? (size_t)(sep - body) : len;
		if (add_block(p, nb < kinds && p->art.blocks[nb] == 'h' ? 'h' :
		    'p', body, bs, be, m, nm, &mi) < 0)
			return -1;
		bi = p->nblocks - 1;
		/* notes begun in an earlier paragraph that reach into this one */
		for (long k = 0; k < ni; k++) {
			const struct store_note *n = &p->notes[k];
			struct tui_block *b = &p->blocks[bi];

			if (n->start < bs && n->end > bs && add_range(&b->noted,
			    &b->nnoted, clean_offset(b, bs), clean_offset(b,
			    n->end < be ? n->end : be)) < 0)
				return -1;
		}
		nn = 0;
		while (ni + nn < p->nnotes && (p->notes[ni + nn].start < be ||
		    be >= len))
			nn++;
		for (long k = 0; k < nn; k++, ni++)
			if (add_note(p, bi, &p->notes[ni], k + 1, nn) < 0)
				return -1;
		nb++;
		bs = be;
	}
	return 0;
}

/* Fold a character for matching: lower case, without diacritics. */
static ucs4_t
fold(ucs4_t c)
{
	ucs4_t d[UC_DECOMPOSITION_MAX_LENGTH];
	int n;

	c = uc_tolower(c);
	while ((n = uc_canonical_decomposition(c, d)) > 0 && d[0] != c)
		c = d[0];
	return c;
}

/* Does term (tl bytes) match s at i?  The end of the match, or 0. */
static size_t
match_at(const uint8_t *s, size_t len, size_t i, const uint8_t *term,
    size_t tl)
{
	size_t j = 0;
	ucs4_t a, b;
	int na, nb;

	while (j < tl) {
		if (i >= len)
			return 0;
		na = u8_mbtouc(&a, s + i, len - i);
		nb = u8_mbtouc(&b, term + j, tl - j);
		if (fold(a) != fold(b))
			return 0;
		i += (size_t)na;
		j += (size_t)nb;
		/* skip combining marks of the text */
		while (i < len && u8_mbtouc(&a, s + i, len - i) > 0 &&
		    uc_is_general_category(a, UC_CATEGORY_M))
			i += (size_t)u8_mblen(s + i, len - i);
	}
	return i;
}

/* Is the character before s[i] (or at s[i]) a letter or digit? */
static int
alnum_before(const uint8_t *s, size_t i)
{
	const uint8_t *q;
	ucs4_t c;

	if (i == 0 || (q = u8_prev(&c, s + i, s)) == NULL)
		return 0;
	return uc_is_alnum(c) || uc_is_general_category(c, UC_CATEGORY_M);
}

static int
alnum_at(const uint8_t *s, size_t len, size_t i)
{
	ucs4_t c;

	if (i >= len)
		return 0;
	u8_mbtouc(&c, s + i, len - i);
	return uc_is_alnum(c);
}

/* Find the terms in block b: FTS words (whole words, or prefixes with *)
 * or, when lit, one plain substring anywhere. */
static int
block_hits(struct tui_block *b, const char *find, int lit)
{
	const uint8_t *s = (const uint8_t *)b->text;
	char *terms = strdup(find), *tok, *save;
	int rc = 0;

	if (terms == NULL)
		return -1;
	for (tok = lit ? terms : strtok_r(terms, " \"()+^:", &save);
	    tok != NULL && rc == 0;
	    tok = lit ? NULL : strtok_r(NULL, " \"()+^:", &save)) {
		size_t tl = strlen(tok), i, e;
		int prefix = 0;

		if (!lit && (strcmp(tok, "AND") == 0 ||
		    strcmp(tok, "OR") == 0 || strcmp(tok, "NOT") == 0))
			continue;
		if (!lit && tok[0] == '-')
			continue;
		if (tl > 0 && tok[tl - 1] == '*') {
			prefix = 1;
			tl--;
		}
		if (tl == 0)
			continue;
		for (i = 0; i < b->len; i += (size_t)u8_mblen(s + i,
		    b->len - i) > 0 ? (size_t)u8_mblen(s + i, b->len - i) : 1) {
			if (!lit && alnum_before(s, i))
				continue;
			e = match_at(s, b->len, i, (const uint8_t *)tok, tl);
			if (e == 0 || (!lit && !prefix && alnum_at(s, b->len, e)))
				continue;
			if (add_range(&b->hits, &b->nhits, i, e) < 0) {
				rc = -1;
				break;
			}
			i = e - 1;
		}
	}
	free(terms);
	return rc;
}

/* Order ranges by start. */
static int
range_cmp(const void *a, const void *b)
{
	const struct tui_range *x = a, *y = b;

	return x->start < y->start ? -1 : x->start > y->start;
}

/* Find the highlighted terms in every block. */
static void
find_hits(struct tui_pager *p)
{
	for (size_t i = 0; i < p->nblocks; i++) {
		struct tui_block *b = &p->blocks[i];

		free(b->hits);
		b->hits = NULL;
		b->nhits = 0;
		if (p->find == NULL || b->kind == 'm' || b->kind == 'n')
			continue;
		block_hits(b, p->find, p->findlit);
		if (b->nhits > 1)
			qsort(b->hits, b->nhits, sizeof(*b->hits), range_cmp);
	}
	p->hline = -1;
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
	if ((p->nnotes = store_notes(t->st, id, &p->notes)) < 0) {
		tui_message(t, 1, "store: %s", store_errmsg(t->st));
		p->nnotes = 0;
		p->notes = NULL;
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
	find_hits(p);
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
		    p->blocks[b].kind != 'n' &&
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

static long line_of(struct tui_pager *p, size_t bi, size_t off);

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
	if (p->hline >= 0)
		p->hline = line_of(p, p->hblock, p->hstart);
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

/* The line showing clean offset off of block bi, or -1. */
static long
line_of(struct tui_pager *p, size_t bi, size_t off)
{
	long last = -1;

	for (size_t i = 0; i < p->nlines; i++) {
		struct tui_line *l = &p->lines[i];

		if (l->block != bi)
			continue;
		last = (long)i;
		if (off >= l->start && off < l->start + l->len)
			return (long)i;
	}
	return last;
}

/* Scroll so that line shows two lines from the top. */
static void
show_line(struct tui *t, long line)
{
	struct tui_pager *p = &t->pager;

	p->top = line - 2 > 0 ? line - 2 : 0;
	if (p->top > max_top(t))
		p->top = max_top(t);
}

/* Find the span of entity e starting at body offset o: its block and
 * index, its rank among the entity's spans and their number. */
static int
find_span(struct tui_pager *p, int64_t e, size_t o, size_t *bi, size_t *si,
    long *k, long *n)
{
	int found = 0;

	*k = *n = 0;
	for (size_t b = 0; b < p->nblocks; b++)
		for (size_t s = 0; s < p->blocks[b].nspans; s++) {
			struct tui_span *sp = &p->blocks[b].spans[s];

			if (sp->entity != e)
				continue;
			(*n)++;
			if (!found && sp->bstart == o) {
				found = 1;
				*bi = b;
				*si = s;
				*k = *n;
			}
		}
	return found;
}

/* The name of the selected entity. */
static const char *
entity_name(struct tui *t)
{
	for (long i = 0; i < t->side.n; i++)
		if (t->side.ents[i].id == t->pager.entity)
			return t->side.ents[i].name;
	return "mention";
}

/* Show the mention of the selected entity at body offset o; crossed:
 * we came from another story.  0, or 1 when the pane does not show it. */
static int
show_mention(struct tui *t, size_t o, int crossed)
{
	struct tui_pager *p = &t->pager;
	size_t bi, si;
	long k, n, line;

	if (!find_span(p, p->entity, o, &bi, &si, &k, &n))
		return 1;
	line = line_of(p, bi, p->blocks[bi].spans[si].start);
	if (line < 0)
		return 1;
	show_line(t, line);
	p->mline = line;
	p->mstart = o;
	p->mset = 1;
	tui_message(t, 0, "%s: mention %ld of %ld in story #%lld%s",
	    entity_name(t), k, n, (long long)p->art.id,
	    crossed ? " (another story)" : "");
	return 0;
}

/* The first (dir >= 0) or last mention of the entity in the story that
 * the pane shows: its body offset; 1 when there is none. */
static int
edge_mention(struct tui_pager *p, int dir, size_t *o)
{
	int found = 0;

	for (size_t b = 0; b < p->nblocks; b++)
		for (size_t s = 0; s < p->blocks[b].nspans; s++)
			if (p->blocks[b].spans[s].entity == p->entity &&
			    (!found || dir < 0)) {
				*o = p->blocks[b].spans[s].bstart;
				found = 1;
			}
	return !found;
}

/* Scroll to the first (dir 0), next (1) or previous (-1) mention of the
 * selected entity; past the ends, cross into the next or previous story
 * that mentions it (stories by date, one store seek per step). */
void
pager_goto_mention(struct tui *t, int dir)
{
	struct tui_pager *p = &t->pager;
	struct store_entity *e;
	struct store_place from, to;
	int64_t ent;
	int rc, guard;

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
	if (dir == 0 || !p->mset) {
		if (edge_mention(p, 1, &to.start) == 0)
			show_mention(t, to.start, 0);
		else
			tui_message(t, 0, "not mentioned in this story");
		if (dir == 0 || p->mset)
			return;
	}
	ent = p->entity;
	from.article = p->art.id;
	from.start = from.end = p->mstart;
	for (guard = 0; guard < 1000; guard++) {
		if ((rc = store_mention_step(t->st, ent, &from, dir, &to)) < 0) {
			tui_message(t, 1, "store: %s", store_errmsg(t->st));
			return;
		}
		if (rc > 0) {
			tui_message(t, 0, dir > 0 ?
			    "no later mention in any story" :
			    "no earlier mention in any story");
			return;
		}
		if (to.article != p->art.id) {
			if (tui_open(t, to.article) != 0)
				return;
			p->entity = ent;
			sidebar_select(t, ent);
			rewrap(t);
			if (show_mention(t, to.start, 1) == 0)
				return;
		} else if (show_mention(t, to.start, 0) == 0) {
			return;
		}
		from = to;	/* a mention the pane cannot show: go on */
	}
}

/* Show the next (dir 1) or previous (-1) highlighted match. */
void
pager_goto_hit(struct tui *t, int dir)
{
	struct tui_pager *p = &t->pager;
	size_t b, h, cb, ch, total = 0, k = 0;
	int found = 0, have = p->hline >= 0;

	if (!p->open)
		return;
	if (p->find == NULL) {
		tui_message(t, 0, "no search: / searches, f finds in the story");
		return;
	}
	rewrap(t);
	cb = ch = 0;
	for (b = 0; b < p->nblocks; b++)
		total += p->blocks[b].nhits;
	if (total == 0) {
		tui_message(t, 0, "no match in this story");
		return;
	}
	/* walk the matches in order; pick the one after (before) the last */
	for (size_t pass = 0; pass < 2 && !found; pass++)
		for (size_t i = 0; i < p->nblocks && !found; i++) {
			b = dir > 0 ? i : p->nblocks - 1 - i;
			for (size_t j = 0; j < p->blocks[b].nhits; j++) {
				h = dir > 0 ? j : p->blocks[b].nhits - 1 - j;
				size_t s = p->blocks[b].hits[h].start;
				int after;

				if (pass == 0 && have) {
					after = dir > 0 ? (b > p->hblock ||
					    (b == p->hblock && s > p->hstart)) :
					    (b < p->hblock ||
					    (b == p->hblock && s < p->hstart));
					if (!after)
						continue;
				} else if (pass == 0) {
					long l = line_of(p, b, s);

					if (dir > 0 ? l < p->top : l >= p->top)
						continue;
				}
				cb = b;
				ch = h;
				found = 1;
				break;
			}
		}
	for (b = 0; b < p->nblocks; b++)
		for (h = 0; h < p->blocks[b].nhits; h++)
			if (b < cb || (b == cb && h <= ch))
				k++;
	p->hblock = cb;
	p->hstart = p->blocks[cb].hits[ch].start;
	p->hline = line_of(p, cb, p->hstart);
	show_line(t, p->hline);
	tui_message(t, 0, "match %zu of %zu", k, total);
}

/* Highlight terms in the pane (NULL: none); lit: a plain substring. */
void
pager_set_find(struct tui *t, const char *terms)
{
	struct tui_pager *p = &t->pager;

	free(p->find);
	p->find = terms && terms[0] ? strdup(terms) : NULL;
	if (p->open)
		find_hits(p);
}

/* The block the user is at: the selection, the mention or match last
 * shown if on screen, else the first paragraph on screen; -1 if none. */
long
pager_current_block(struct tui *t)
{
	struct tui_pager *p = &t->pager;
	long h = t->r_pager.h;

	if (!p->open)
		return -1;
	rewrap(t);
	if (p->visual)
		return (long)p->sel_block;
	if (p->hline >= p->top && p->hline < p->top + h)
		return (long)p->lines[p->hline].block;
	if (p->mline >= p->top && p->mline < p->top + h)
		return (long)p->lines[p->mline].block;
	for (long i = p->top; i < (long)p->nlines; i++) {
		size_t b = p->lines[i].block;

		if (b != NO_BLOCK && (p->blocks[b].kind == 'p' ||
		    p->blocks[b].kind == 'h'))
			return (long)b;
	}
	return -1;
}

/* Open the same story again (after a change), keeping the place. */
int
pager_reload(struct tui *t)
{
	struct tui_pager *p = &t->pager;
	long top = p->top;
	int64_t e = p->entity, id = p->art.id;
	int rc;

	if (!p->open)
		return 1;
	if ((rc = pager_open(t, id)) != 0)
		return rc;
	p->entity = e;
	rewrap(t);
	p->top = top > max_top(t) ? max_top(t) : top;
	return 0;
}

/* Scroll to body offset off. */
void
pager_show_body(struct tui *t, size_t off)
{
	struct tui_pager *p = &t->pager;

	rewrap(t);
	for (size_t b = 0; b < p->nblocks; b++) {
		struct tui_block *k = &p->blocks[b];

		if ((k->kind == 'p' || k->kind == 'h') && off >= k->bstart &&
		    off < k->bend) {
			show_line(t, line_of(p, b, clean_offset(k, off)));
			return;
		}
	}
}

/* Scroll to the passage of a note. */
void
pager_goto_note(struct tui *t, int64_t note)
{
	struct tui_pager *p = &t->pager;

	for (size_t b = 0; b < p->nblocks; b++)
		if (p->blocks[b].kind == 'n' && p->blocks[b].note == note) {
			pager_show_body(t, p->blocks[b].bstart);
			return;
		}
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

/* Is x inside one of the ranges? */
static int
in_ranges(const struct tui_range *r, size_t n, size_t x)
{
	for (size_t i = 0; i < n; i++)
		if (x >= r[i].start && x < r[i].end)
			return 1;
	return 0;
}

/* The next boundary after pos among the ranges (or lim). */
static size_t
next_edge(const struct tui_range *r, size_t n, size_t pos, size_t lim)
{
	for (size_t i = 0; i < n; i++) {
		if (r[i].start > pos && r[i].start < lim)
			lim = r[i].start;
		if (r[i].end > pos && r[i].end < lim)
			lim = r[i].end;
	}
	return lim;
}

/* The attribute of byte x of block bi, and the end of its run. */
static attr_t
attr_at(struct tui *t, size_t bi, size_t x, size_t end, size_t *run,
    attr_t base)
{
	struct tui_pager *p = &t->pager;
	struct tui_block *b = &p->blocks[bi];
	struct tui_range sel = { bi == p->sel_block ? p->sel_start : 0,
	    bi == p->sel_last ? p->sel_end : b->len };
	attr_t a = base;
	size_t lim = end;

	for (size_t s = 0; s < b->nspans; s++) {
		struct tui_span *sp = &b->spans[s];

		if (x >= sp->start && x < sp->end) {
			a = (sp->entity == p->entity ? t->attr[EL_MENTION] :
			    theme_mention(t, sp->type)) |
			    (b->kind == 'h' ? A_BOLD : 0);
			if (sp->end < lim)
				lim = sp->end;
		} else if (sp->start > x && sp->start < lim) {
			lim = sp->start;
		}
	}
	if (in_ranges(b->noted, b->nnoted, x))
		a |= A_UNDERLINE;
	lim = next_edge(b->noted, b->nnoted, x, lim);
	if (in_ranges(b->hits, b->nhits, x))
		a |= A_REVERSE;
	lim = next_edge(b->hits, b->nhits, x, lim);
	if (p->visual && bi >= p->sel_block && bi <= p->sel_last &&
	    b->kind != 'n' && b->kind != 'm') {
		if (in_ranges(&sel, 1, x))
			a = t->attr[EL_CURSOR];
		lim = next_edge(&sel, 1, x, lim);
	}
	*run = lim;
	return a;
}

/* Draw one wrapped line with its mentions, notes, matches and selection
 * highlighted. */
static void
draw_line(struct tui *t, struct tui_line *l, int y, int x, int cols)
{
	struct tui_block *b = &t->pager.blocks[l->block];
	size_t pos = l->start, end = l->start + l->len, run;
	attr_t base = b->kind == 't' ? t->attr[EL_TITLE] :
	    b->kind == 'm' || b->kind == 'n' ? t->attr[EL_META] :
	    b->kind == 'h' ? t->attr[EL_HEADING] : t->attr[EL_NORMAL];
	int used = 0;

	while (pos < end) {
		attr_t a = attr_at(t, l->block, pos, end, &run, base);

		used += put(y, x + used, cols - used, b->text + pos, run - pos,
		    a);
		pos = run;
	}
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
