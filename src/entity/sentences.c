/* sentences: mark the first word of each sentence, knowing abbreviations,
 * initials and quotes. */
#include <string.h>
#include <strings.h>
#include "private.h"

/* Words written with a full stop that does not end a sentence. */
static const char *const sent_abbrevs[] = {
	"sig", "sigg", "sigra", "dott", "dottssa", "prof", "profssa", "ing",
	"avv", "arch", "geom", "rag", "on", "sen", "gen", "col", "cap",
	"ten", "mons", "don", "fr", "sr", "jr", "mr", "mrs", "ms", "dr",
	"st", "mt", "ecc", "etc", "cfr", "pag", "pagg", "art", "artt", "n",
	"nr", "vol", "ca", "es", "vs", "ad", "s", "ss", "sec", "cit",
	"tel", "fig", "pp", "inc", "ltd", "co", "corp",
	"dept", "univ", "gov", "rev", "rep", "lt", "sgt", "capt", "cmdr", "adm",
	"spa", "srl", "a.c", "d.c", "jan", "feb", "apr", "jun", "jul", "aug",
	"sep", "sept", "oct", "nov", "dec", NULL
};

/* 1 if the word s (n bytes) before a '.' is a known abbreviation. */
int
sent_is_abbrev(const char *s, size_t n)
{
	for (int i = 0; sent_abbrevs[i]; i++)
		if (strlen(sent_abbrevs[i]) == n &&
		    strncasecmp(s, sent_abbrevs[i], n) == 0)
			return 1;
	return 0;
}

/* 1 if the punctuation token t opens a quote or a parenthesis. */
static int
sent_is_opener(const char *text, const struct tok *t)
{
	static const char *const open[] = {
		"\"", "'", "(", "[", "\xc2\xab", "\xe2\x80\x9c", "\xe2\x80\x98",
		"\xe2\x80\x9e", "-", "\xe2\x80\x93", "\xe2\x80\x94", "*",
		"\xe2\x80\xa2", "\xe2\x80\x9d", NULL
	};
	size_t n = t->end - t->start;

	for (int i = 0; open[i]; i++)
		if (strlen(open[i]) == n &&
		    memcmp(text + t->start, open[i], n) == 0)
			return 1;
	return 0;
}

/* 1 if the word before a full stop makes it an abbreviation. */
static int
sent_abbrev_before(const char *text, const struct tok *w,
		   const struct tok *dot)
{
	size_t n = w->end - w->start;

	if (w->end != dot->start || !(w->flags & T_WORD))
		return 0;
	if (n == 1 && (w->flags & T_CAP))
		return 1; /* initial: "J. R. R. Tolkien" */
	if (memchr(text + w->start, '.', n))
		return 1; /* "U.S." */
	return sent_is_abbrev(text + w->start, n);
}

/* 1 if token i is the dash that ends a dateline at the head of a
 * paragraph that starts at token para ("Roma, 12 marzo 2025 – Il",
 * "ROMA – Il", "MOSCOW, Sept. 13 (Reuters) - The"): a dash with a space
 * on each side, after a number, a bracket or a word in capitals. */
static int
sent_dateline_dash(const char *text, const struct tok_list *tl, size_t i,
		   size_t para)
{
	const struct tok *t = &tl->v[i], *p = t - 1;
	size_t n = t->end - t->start;

	if (i == 0 || i + 1 >= tl->n || i - para > 16 ||
	    !((n == 1 && text[t->start] == '-') || (n == 3 &&
	    memcmp(text + t->start, "\xe2\x80", 2) == 0 &&
	    ((unsigned char)text[t->start + 2] == 0x93 ||
	    (unsigned char)text[t->start + 2] == 0x94))) ||
	    p->end == t->start || t[1].start == t->end)
		return 0;
	return (p->flags & (T_DIGIT | T_UPPER)) ||
	    (p->end - p->start == 1 && text[p->start] == ')');
}

/* Set T_SENT on sentence starts and T_ABBR on abbreviations. */
void
sent_mark(const char *text, struct tok_list *tl)
{
	int start = 1;
	size_t para = 0;

	for (size_t i = 0; i < tl->n; i++) {
		struct tok *t = &tl->v[i];
		unsigned char c = (unsigned char)text[t->start];
		if (t->flags & T_NL) {
			start = 1;
			para = i;
		}
		if (t->flags & T_WORD) {
			if (start)
				t->flags |= T_SENT;
			start = 0;
			continue;
		}
		if (sent_dateline_dash(text, tl, i, para)) {
			start = 1;
			continue;
		}
		if (sent_is_opener(text, t))
			continue;
		if (c == '.') {
			if (i > 0 && sent_abbrev_before(text, &tl->v[i - 1],
			    t)) {
				tl->v[i - 1].flags |= T_ABBR;
				start = 0;
			} else {
				start = 1;
			}
		} else if (c == '!' || c == '?' || c == ':' || c == ';') {
			start = 1;
		} else if (t->end - t->start == 3 && c == 0xE2 &&
		    (unsigned char)text[t->start + 1] == 0x80 &&
		    (unsigned char)text[t->start + 2] == 0xA6) {
			start = 1;
		} else {
			start = 0;
		}
	}
}
