/* text/width.c: display columns, truncation and line wrapping. */
#include <stdlib.h>
#include <string.h>
#include <unigbrk.h>
#include <unilbrk.h>
#include <unistr.h>
#include <uniwidth.h>
#include "dossier/text.h"
#include "private.h"

/* Columns of one code point: controls count 0, a tab 1 (shown as a space). */
static int
cp_width(uint32_t uc)
{
	int w;

	if (uc == '\t')
		return 1;
	w = uc_width(uc, "UTF-8");
	return w < 0 ? 0 : w;
}

/* Step one code point; an invalid stretch steps as one U+FFFD, as
 * text_sanitize would show it. */
static size_t
next_cp(const char *s, size_t n, uint32_t *uc)
{
	size_t k = text_utf8_seq((const unsigned char *)s, n, uc);

	if (k == 0) {
		*uc = 0xFFFD;
		return text_utf8_badlen((const unsigned char *)s, n);
	}
	return k;
}

int
text_width(const char *s, size_t len)
{
	size_t i = 0;
	uint32_t uc;
	long w = 0;

	while (i < len) {
		if ((unsigned char)s[i] < 0x80) {
			w += (s[i] >= 0x20 && s[i] < 0x7F) || s[i] == '\t';
			i++;
			continue;
		}
		i += next_cp(s + i, len - i, &uc);
		w += cp_width(uc);
	}
	return w > INT32_MAX ? INT32_MAX : (int)w;
}

/* End of the grapheme cluster starting at s[i]. */
static size_t
next_grapheme(const char *s, size_t len, size_t i)
{
	const uint8_t *u = (const uint8_t *)s, *e;
	uint32_t uc;

	if (text_utf8_seq(u + i, len - i, &uc) == 0)
		return i + 1;
	e = u8_grapheme_next(u + i, u + len);
	if (e == NULL || e <= u + i)
		return i + 1;
	return (size_t)(e - u);
}

char *
text_truncate(const char *s, size_t len, int cols)
{
	struct tbuf b = { 0 };
	size_t i = 0, g;
	int w = 0, gw;

	if (cols < 0)
		cols = 0;
	if (text_width(s, len) <= cols) {
		tbuf_add(&b, s, len);
		return tbuf_finish(&b, NULL);
	}
	/* keep whole grapheme clusters that fit in cols - 1, then "…" */
	while (i < len && cols > 0) {
		g = next_grapheme(s, len, i);
		gw = text_width(s + i, g - i);
		if (w + gw > cols - 1)
			break;
		w += gw;
		i = g;
	}
	tbuf_add(&b, s, i);
	if (cols > 0)
		tbuf_add(&b, "\xe2\x80\xa6", 3);
	return tbuf_finish(&b, NULL);
}

struct wrap {
	struct text_line *v;
	long n, cap;
	int err;
};

/* Record the line [start, end) less trailing spaces. */
static void
wrap_emit(struct wrap *w, const char *s, size_t start, size_t end)
{
	struct text_line *v;

	while (end > start && (s[end - 1] == ' ' || s[end - 1] == '\t'))
		end--;
	if (w->err)
		return;
	if (w->n == w->cap) {
		long cap = w->cap ? w->cap * 2 : 16;
		if ((v = realloc(w->v, (size_t)cap * sizeof(*v))) == NULL) {
			w->err = 1;
			return;
		}
		w->v = v;
		w->cap = cap;
	}
	w->v[w->n].start = start;
	w->v[w->n].len = end - start;
	w->v[w->n].width = text_width(s + start, end - start);
	w->n++;
}

/* Greedy wrap of one '\n'-free segment [a, b) at the UAX #14 break
 * opportunities in p (p indexed from a). */
static void
wrap_segment(struct wrap *w, const char *s, size_t a, size_t b,
    const char *p, int cols)
{
	size_t i = a, line = a, brk = a, k;
	long cur = 0, brkw = 0;
	uint32_t uc;
	int cw;

	while (i < b) {
		k = next_cp(s + i, b - i, &uc);
		cw = cp_width(uc);
		if (i > line && p[i - a] == UC_BREAK_POSSIBLE) {
			brk = i;
			brkw = cur;
		}
		while (uc != ' ' && uc != '\t' && cur + cw > cols && i > line) {
			if (brk > line) {
				wrap_emit(w, s, line, brk);
				line = brk;
				cur -= brkw;
			} else {
				wrap_emit(w, s, line, i);
				line = i;
				cur = 0;
			}
			brk = line;
			brkw = 0;
		}
		cur += cw;
		i += k;
	}
	wrap_emit(w, s, line, b);
}

long
text_wrap(const char *s, size_t len, int cols, struct text_line **lines)
{
	struct wrap w = { 0 };
	char *p;
	size_t a = 0, b;
	const char *nl;

	*lines = NULL;
	if (cols < 1)
		cols = 1;
	if (len == 0) {
		if ((*lines = malloc(sizeof(**lines))) == NULL)
			return -1;
		return 0;
	}
	if ((p = malloc(len)) == NULL)
		return -1;
	while (a < len) {
		nl = memchr(s + a, '\n', len - a);
		b = nl ? (size_t)(nl - s) : len;
		if (b > a)
			u8_possible_linebreaks((const uint8_t *)s + a, b - a,
			    "UTF-8", p);
		wrap_segment(&w, s, a, b, p, cols);
		a = b + 1;
	}
	free(p);
	if (w.err) {
		free(w.v);
		return -1;
	}
	*lines = w.v;
	return w.n;
}
