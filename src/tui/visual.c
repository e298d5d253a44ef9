/*
 * visual.c: a visual mode in the reading pane, like vi's `v`.  The
 * selection starts in one paragraph and grows by a unit: a sentence (the
 * default), the paragraph, or characters; past the end of a paragraph it
 * goes on into the next, so a passage may span paragraphs.  l or > grows
 * it, h or < shrinks it, j and k move it to the next or previous
 * paragraph, s p c change the unit, Esc cancels, and a or A put a note
 * on it.
 */
#include <string.h>
#include <unistr.h>

#include "tui-private.h"

/* Is c a character that ends a sentence? */
static int
ends_sentence(const char *s, size_t i, size_t len)
{
	if (s[i] != '.' && s[i] != '!' && s[i] != '?' &&
	    !(i + 3 <= len && memcmp(s + i, "…", 3) == 0))
		return 0;
	return 1;
}

/* The end of the sentence that goes on at i: after its stop and any
 * closing quotes, before the spaces. */
static size_t
sentence_end(const char *s, size_t len, size_t i)
{
	while (i < len) {
		if (ends_sentence(s, i, len)) {
			i += s[i] == '.' || s[i] == '!' || s[i] == '?' ? 1 : 3;
			while (i < len && (s[i] == '"' || s[i] == ')' ||
			    (i + 3 <= len && (memcmp(s + i, "”", 3) == 0 ||
			    memcmp(s + i, "“", 3) == 0 ||
			    memcmp(s + i, "»", 2) == 0))))
				i += s[i] == '"' || s[i] == ')' ? 1 :
				    memcmp(s + i, "»", 2) == 0 ? 2 : 3;
			if (i >= len || s[i] == ' ' || s[i] == '\n')
				return i;
			continue;
		}
		i++;
	}
	return len;
}

/* Skip the spaces at i. */
static size_t
skip_space(const char *s, size_t len, size_t i)
{
	while (i < len && (s[i] == ' ' || s[i] == '\n'))
		i++;
	return i;
}

/* The start of the sentence ending at or before `end` (for shrinking). */
static size_t
prev_end(const char *s, size_t len, size_t start, size_t end)
{
	size_t i = start, last = 0;

	while (i < end) {
		size_t e = sentence_end(s, len, i);

		if (e >= end)
			break;
		last = e;
		i = skip_space(s, len, e);
	}
	return last;
}

/* The next (dir 1) or previous text block from block i, or -1. */
static long
text_block(const struct tui_pager *p, long i, int dir)
{
	for (i += dir; i >= 0 && i < (long)p->nblocks; i += dir)
		if (p->blocks[i].kind == 'p' || p->blocks[i].kind == 'h')
			return i;
	return -1;
}

/* The first unit of block bi: the end of its first sentence, character
 * or the whole paragraph. */
static size_t
first_unit(const struct tui_pager *p, size_t bi)
{
	const struct tui_block *b = &p->blocks[bi];
	size_t e;

	if (p->vunit == 'p')
		return b->len;
	if (p->vunit == 's') {
		e = sentence_end(b->text, b->len, skip_space(b->text, b->len, 0));
	} else {
		int n = b->len ? u8_mblen((const uint8_t *)b->text, b->len) : 0;

		e = n > 0 ? (size_t)n : b->len;
	}
	return e > b->len ? b->len : e;
}

/* Select the unit at the start of the selection (in its first block). */
static void
select_unit(struct tui_pager *p)
{
	struct tui_block *b = &p->blocks[p->sel_block];

	p->sel_last = p->sel_block;

	if (p->vunit == 'p') {
		p->sel_start = 0;
		p->sel_end = b->len;
	} else if (p->vunit == 's') {
		p->sel_end = sentence_end(b->text, b->len, p->sel_start);
	} else {
		int n = u8_mblen((const uint8_t *)b->text + p->sel_start,
		    b->len - p->sel_start);

		p->sel_end = p->sel_start + (n > 0 ? (size_t)n : 1);
	}
	if (p->sel_end > b->len)
		p->sel_end = b->len;
}

/* Say what the selection is and which keys work. */
static void
visual_status(struct tui *t)
{
	struct tui_pager *p = &t->pager;

	size_t bytes = 0, paras = 0;

	for (size_t i = p->sel_block; i <= p->sel_last; i++) {
		const struct tui_block *b = &p->blocks[i];

		if (b->kind != 'p' && b->kind != 'h')
			continue;
		paras++;
		bytes += (i == p->sel_last ? p->sel_end : b->len) -
		    (i == p->sel_block ? p->sel_start : 0);
	}
	tui_message(t, 0, "visual (%s, %zu bytes%s): l/h grow/shrink  j/k "
	    "paragraph  s p c unit  a/A note  Esc cancels",
	    p->vunit == 's' ? "sentences" : p->vunit == 'p' ? "paragraphs" :
	    "characters", bytes, paras > 1 ? ", across paragraphs" : "");
}

/* Start the visual mode on the first sentence of the current paragraph. */
void
visual_start(struct tui *t)
{
	struct tui_pager *p = &t->pager;
	long bi = pager_current_block(t);

	if (!p->open || bi < 0) {
		tui_message(t, 0, "open a story first");
		return;
	}
	p->visual = 1;
	p->vunit = 's';
	p->sel_block = (size_t)bi;
	p->sel_start = 0;
	select_unit(p);
	t->focus = REGION_PAGER;
	visual_status(t);
}

/* Move the selection to the next (dir 1) or previous paragraph. */
static void
move_block(struct tui *t, int dir)
{
	struct tui_pager *p = &t->pager;

	for (long b = (long)p->sel_block + dir; b >= 0 &&
	    b < (long)p->nblocks; b += dir)
		if (p->blocks[b].kind == 'p' || p->blocks[b].kind == 'h') {
			p->sel_block = (size_t)b;
			p->sel_start = 0;
			select_unit(p);
			pager_show_body(t, p->blocks[b].bstart);
			return;
		}
}

/* Grow (dir 1) or shrink (-1) the selection by one unit at its end; at
 * the end of a paragraph it grows into the next, and shrinking past the
 * start of its last paragraph drops that paragraph. */
static void
grow(struct tui *t, int dir)
{
	struct tui_pager *p = &t->pager;
	struct tui_block *b = &p->blocks[p->sel_last];
	size_t low = p->sel_last == p->sel_block ? p->sel_start : 0, e;
	long nb;

	if (dir > 0 && (p->vunit == 'p' || p->sel_end >= b->len)) {
		if ((nb = text_block(p, (long)p->sel_last, 1)) < 0)
			return;
		p->sel_last = (size_t)nb;
		p->sel_end = first_unit(p, (size_t)nb);
		pager_show_body(t, pager_body_offset(&p->blocks[nb],
		    p->sel_end > 0 ? p->sel_end - 1 : 0));
		return;
	}
	if (p->vunit == 'p') {
		e = low;	/* shrinking by a paragraph */
	} else if (p->vunit == 's') {
		if (dir > 0)
			e = sentence_end(b->text, b->len,
			    skip_space(b->text, b->len, p->sel_end));
		else
			e = prev_end(b->text, b->len, low, p->sel_end);
	} else if (dir > 0) {
		int n = p->sel_end < b->len ? u8_mblen((const uint8_t *)b->text +
		    p->sel_end, b->len - p->sel_end) : 0;

		e = p->sel_end + (n > 0 ? (size_t)n : 0);
	} else {
		const uint8_t *q = u8_prev(&(ucs4_t){ 0 },
		    (const uint8_t *)b->text + p->sel_end,
		    (const uint8_t *)b->text);

		e = q ? (size_t)(q - (const uint8_t *)b->text) : p->sel_end;
	}
	if (e > low && e <= b->len) {
		p->sel_end = e;
	} else if (dir < 0 && p->sel_last > p->sel_block &&
	    (nb = text_block(p, (long)p->sel_last, -1)) >= (long)p->sel_block) {
		p->sel_last = (size_t)nb;
		p->sel_end = p->blocks[nb].len;
	}
}

/* A key in visual mode: 1 when it was handled here, 0 to dispatch it. */
int
visual_key(struct tui *t, int key)
{
	struct tui_pager *p = &t->pager;

	if (!p->open) {
		p->visual = 0;
		return 0;
	}
	switch (key) {
	case 27:
	case 'v':
		p->visual = 0;
		tui_message(t, 0, "visual mode off");
		return 1;
	case 's':
	case 'p':
	case 'c':
		p->vunit = key;
		select_unit(p);
		break;
	case 'l':
	case '>':
	case TUI_FKEY | KEY_RIGHT:
		grow(t, 1);
		break;
	case 'h':
	case '<':
	case TUI_FKEY | KEY_LEFT:
		grow(t, -1);
		break;
	case 'j':
	case TUI_FKEY | KEY_DOWN:
		move_block(t, 1);
		break;
	case 'k':
	case TUI_FKEY | KEY_UP:
		move_block(t, -1);
		break;
	default:
		return 0;
	}
	visual_status(t);
	return 1;
}
