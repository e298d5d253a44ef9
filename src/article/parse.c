/* article/parse.c: a saved news article's text into title, dateline,
 * date, outlet, byline, language and a clean body of blocks. */
#include <ctype.h>
#include <errno.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <unictype.h>
#include <unistr.h>
#include "dossier/article.h"
#include "private.h"

#define TITLE_MAX 250	/* bytes of a first-sentence title before "…" */
#define CUT_LINES_MAX 400	/* lines a page's tail is looked for in */
#define HEADLINE_MAX 200	/* characters of a headline line */
#define SUBHEAD_MAX 120	/* characters of a sub-heading */

struct buf {
	char *p;
	size_t len, cap;
	int err;
	size_t hint; /* the room to take at the first append, if more
	              * than 256 bytes: the size it will likely reach (a
	              * story's buffers grew by doubling, 14 reallocs a
	              * story) */
};

struct line {
	size_t off, len;
	int drop;
	int end;	/* heads what a page shows after its story */
};

struct block {
	size_t off, len;	/* in the block buffer */
	char kind;
};

/* A dated clue, ranked: 4 publish stamp, 3 byline or date line,
 * 2 dateline, 1 update stamp. */
struct clue {
	struct adate d;
	int rank;
};

struct parse {
	struct buf norm, bb;
	struct line *lines;
	size_t nlines;
	struct block *blocks;
	size_t nblocks;
	struct clue best, any_year;
	char *byline;
	char *masthead;	/* the outlet, from a line naming it above the story */
};

/* Append n bytes to b. */
static void
buf_add(struct buf *b, const char *s, size_t n)
{
	char *p;
	size_t cap;

	if (b->err)
		return;
	if (b->len + n + 1 > b->cap) {
		cap = b->cap ? b->cap : b->hint > 256 ? b->hint : 256;
		while (cap < b->len + n + 1)
			cap *= 2;
		if ((p = realloc(b->p, cap)) == NULL) {
			b->err = 1;
			return;
		}
		b->p = p;
		b->cap = cap;
	}
	memcpy(b->p + b->len, s, n);
	b->len += n;
	b->p[b->len] = '\0';
}

/* Bytes of a space-like sequence at s (NBSP, thin spaces...), 0 if none;
 * *gone is set for invisible characters that are simply removed. */
static size_t
space_at(const unsigned char *s, size_t n, int *gone)
{
	*gone = 0;
	if (s[0] == ' ' || s[0] == '\t' || s[0] == '\v' || s[0] == '\f')
		return 1;
	if (n >= 2 && s[0] == 0xC2 && s[1] == 0xA0)
		return 2;
	if (n >= 2 && s[0] == 0xC2 && s[1] == 0xAD)
		return *gone = 1, 2;	/* soft hyphen */
	if (n < 3)
		return 0;
	if (s[0] == 0xE2 && s[1] == 0x80 && (s[2] <= 0x8A || s[2] == 0xAF))
		return 3;
	if (s[0] == 0xE2 && s[1] == 0x80 && s[2] >= 0x8B && s[2] <= 0x8D)
		return *gone = 1, 3;	/* zero-width space and joiners */
	if (s[0] == 0xE2 && s[1] == 0x81 && s[2] == 0x9F)
		return 3;
	if (s[0] == 0xE2 && s[1] == 0x81 && s[2] == 0xA0)
		return *gone = 1, 3;
	if (s[0] == 0xE3 && s[1] == 0x80 && s[2] == 0x80)
		return 3;
	if (s[0] == 0xEF && s[1] == 0xBB && s[2] == 0xBF)
		return *gone = 1, 3;
	return 0;
}

#define NORM_ONES 0x0101010101010101ull
#define NORM_HIGHS 0x8080808080808080ull

/* The top bit of each byte of x that is printable ASCII but the space
 * (0x21 to 0x7E): no byte carries into the next, the sums being of
 * bytes below 0x80. */
static inline uint64_t
norm_graph8(uint64_t x)
{
	uint64_t low = x & 0x7F * NORM_ONES;

	return (low + 0x5F * NORM_ONES) & ~(low + 0x01 * NORM_ONES) & ~x &
	    NORM_HIGHS;
}

/* The top bit of each byte of x that is a space, exactly. */
static inline uint64_t
norm_space8(uint64_t x)
{
	uint64_t t = x ^ 0x20 * NORM_ONES, low = 0x7F * NORM_ONES;

	return ~(((t & low) + low) | t) & NORM_HIGHS;
}

/* Copy text with one space for every run of spaces, no spaces at line
 * ends, '\n' for every line end, no control characters. */
static void
normalise(struct buf *b, const char *text, size_t len)
{
	const unsigned char *u = (const unsigned char *)text;
	size_t i = 0, run, k;
	int sp = 0, gone;

	while (i < len && !b->err) {
		/* printable ASCII, with a single space between two such
		 * bytes: copied as it is, in one piece */
		for (run = i; run < len; run++) {
			/* eight bytes a step where each is such a byte or a
			 * space before one, the byte after them at hand (a
			 * byte at a time this was 2% of preparing a story) */
			while (run > i && run + 9 <= len) {
				uint64_t x, y;

				memcpy(&x, u + run, 8);
				memcpy(&y, u + run + 1, 8);
				if ((norm_graph8(x) | (norm_space8(x) &
				    norm_graph8(y))) != NORM_HIGHS)
					break;
				run += 8;
			}
			if (run >= len)
				break;
			if (!(u[run] > ' ' && u[run] < 0x7F) &&
			    !(u[run] == ' ' && run > i && run + 1 < len &&
			    u[run + 1] > ' ' && u[run + 1] < 0x7F))
				break;
		}
		if (run > i) {
			if (sp)
				buf_add(b, " ", 1);
			sp = 0;
			buf_add(b, text + i, run - i);
			if ((i = run) >= len)
				break;
		}
		if (u[i] == '\n' || u[i] == '\r' || (i + 2 < len &&
		    u[i] == 0xE2 && u[i + 1] == 0x80 &&
		    (u[i + 2] == 0xA8 || u[i + 2] == 0xA9))) {
			buf_add(b, "\n", 1);
			sp = 0;
			i += u[i] < 0x80 ? 1 : 3;
		} else if ((k = space_at(u + i, len - i, &gone)) > 0) {
			if (!gone && b->len > 0 && b->p[b->len - 1] != '\n')
				sp = 1;
			i += k;
		} else if (u[i] < 0x20 || u[i] == 0x7F) {
			i++;
		} else {
			for (run = i + 1; run < len && u[run] >= 0x80 &&
			    (u[run] & 0xC0) == 0x80; run++)
				;
			if (sp)
				buf_add(b, " ", 1);
			sp = 0;
			buf_add(b, text + i, run - i);
			i = run;
		}
	}
}

/* Split the normalised text into lines. */
static int
split_lines(struct parse *ps)
{
	size_t i, n = 1, start = 0, k = 0, len = ps->norm.len;
	const char *p = ps->norm.p, *nl;

	/* memchr, not a byte at a time: a tenth of parsing went here */
	for (i = 0; i < len && (nl = memchr(p + i, '\n', len - i)); i++) {
		i = (size_t)(nl - p);
		n++;
	}
	if ((ps->lines = calloc(n, sizeof(*ps->lines))) == NULL)
		return -1;
	for (;;) {
		nl = start < len ? memchr(p + start, '\n', len - start) : NULL;
		i = nl ? (size_t)(nl - p) : len;
		ps->lines[k].off = start;
		ps->lines[k].len = i - start;
		k++;
		if (nl == NULL)
			break;
		start = i + 1;
	}
	ps->nlines = k;
	return 0;
}

/* The first code point of s, or 0. */
static ucs4_t
first_cp(const char *s, size_t n)
{
	ucs4_t uc;

	if (n == 0 || u8_mbtouc(&uc, (const uint8_t *)s, n) <= 0)
		return 0;
	return uc;
}

/* 1 if s starts with an upper-case letter. */
static int
starts_upper(const char *s, size_t n)
{
	ucs4_t uc = first_cp(s, n);

	return uc != 0 && uc_is_upper(uc);
}

/* 1 if s starts with an opening quote. */
static int
starts_quote(const char *s, size_t n)
{
	ucs4_t uc = first_cp(s, n);

	return uc == '"' || uc == '\'' || uc == 0x201C || uc == 0x2018 ||
	    uc == 0xAB || uc == 0x201E;
}

/* The last code point of s[0..n) not a closing quote or bracket. */
static ucs4_t
last_meaningful(const char *s, size_t n)
{
	const uint8_t *u = (const uint8_t *)s, *p = u + n;
	ucs4_t uc;

	while (p > u) {
		p = (uint8_t *)u8_prev(&uc, p, u);
		if (p == NULL)
			return 0;
		if (uc == '"' || uc == '\'' || uc == ')' || uc == ']' ||
		    uc == ' ' || uc == 0x201D || uc == 0x2019 || uc == 0xBB ||
		    uc == 0x201C || uc == 0x2018)
			continue;
		return uc;
	}
	return 0;
}

/* 1 if the text ends a sentence (., !, ?, …, or : ;). */
static int
ends_terminal(const char *s, size_t n)
{
	ucs4_t uc = last_meaningful(s, n);

	return uc == '.' || uc == '!' || uc == '?' || uc == 0x2026 ||
	    uc == ':' || uc == ';';
}

/* 1 if s[0..n) has more than max characters: counted no further than
 * that (a paragraph is many times longer than a heading). */
static int
nchars_above(const char *s, size_t n, size_t max)
{
	size_t i, c = 0;

	if (n <= max)
		return 0; /* no more characters than bytes */
	/* eight bytes a step: those that start a character are those but
	 * 10xxxxxx (a byte at a time this was 0.7% of preparing a story) */
	for (i = 0; i + 8 <= n && c <= max; i += 8) {
		uint64_t x;

		memcpy(&x, s + i, 8);
		c += 8 - (size_t)__builtin_popcountll(x & ~(x << 1) &
		    NORM_HIGHS);
	}
	for (; i < n && c <= max; i++)
		c += ((unsigned char)s[i] & 0xC0) != 0x80;
	return c > max;
}

/* Note a date clue, keeping the best one and any one with a year. */
static void
clue_add(struct parse *ps, const struct adate *d, int rank)
{
	if (d->year != 0 && ps->any_year.rank == 0) {
		ps->any_year.d = *d;
		ps->any_year.rank = rank;
	}
	if (rank > ps->best.rank) {
		ps->best.d = *d;
		ps->best.rank = rank;
	}
}

/* Rank of a date by the word before it in its line. */
static int
stamp_rank(const char *s, size_t upto)
{
	static const char *pub[] = { "pubblicato", "published", "posted",
	    "pubblicazione", "data", "date", "creato", "first published" };
	static const char *upd[] = { "aggiornato", "aggiornamento", "updated",
	    "update", "modificato", "modified", "last updated" };
	size_t i, j;

	for (j = 0; j < upto; j++) {
		if (j > 0 && isalpha((unsigned char)s[j - 1]))
			continue;
		for (i = 0; i < sizeof(upd) / sizeof(*upd); i++)
			if (article_starts_word(s + j, upto - j, upd[i]))
				return 1;
		for (i = 0; i < sizeof(pub) / sizeof(*pub); i++)
			if (article_starts_word(s + j, upto - j, pub[i]))
				return 4;
	}
	return 3;
}

/* A publish/update stamp line: "Aggiornato il 13 settembre 2023 alle ore
 * 15:59", "Published: Sept 13, 2023".  Notes its date; 1 if it is one. */
static int
take_stamp(struct parse *ps, const char *s, size_t n)
{
	static const char *kw[] = { "aggiornato", "ultimo aggiornamento",
	    "aggiornamento", "pubblicato", "pubblicazione", "updated",
	    "last updated", "published", "first published", "posted",
	    "modificato", "data", "date", "creato" };
	struct adate d;
	size_t i, ms, me;
	int is_kw = 0;

	if (n > 160)
		return 0;
	for (i = 0; i < sizeof(kw) / sizeof(*kw) && !is_kw; i++)
		is_kw = article_starts_word(s, n, kw[i]);
	/* a stamp is not a sentence: no final period, little after the date */
	if (!is_kw || last_meaningful(s, n) == '.' ||
	    !adate_find(s, n, 0, &d, &ms, &me) || ms > 40 || n - me > 40)
		return 0;
	/* "Updated 3:59 PM EDT, Wed September 13, 2023" */
	if (d.hour < 0)
		adate_find_time(s, ms, &d.hour, &d.min);
	clue_add(ps, &d, stamp_rank(s, ms));
	return 1;
}

/* A line that is only a date (and maybe a weekday): notes it; 1 if so. */
static int
take_date_line(struct parse *ps, const char *s, size_t n)
{
	struct adate d;
	size_t ms, me, i, letters = 0;

	if (n > 80 || last_meaningful(s, n) == '.' ||
	    !adate_find(s, n, 0, &d, &ms, &me))
		return 0;
	for (i = 0; i < n; i++)
		if ((i < ms || i >= me) && (isalpha((unsigned char)s[i]) ||
		    (unsigned char)s[i] >= 0x80))
			letters++;
	if (letters > 12)
		return 0;
	clue_add(ps, &d, stamp_rank(s, ms));
	return 1;
}

/* 1 if w (n bytes) is a lower-case particle of personal or place names. */
static int
name_particle(const char *w, size_t n)
{
	static const char *p[] = { "e", "and", "&", "de", "di", "da", "del",
	    "della", "van", "von", "der", "den", "la", "le", "du", "dos",
	    "al", "el", "bin", "ibn" };
	size_t i;

	for (i = 0; i < sizeof(p) / sizeof(*p); i++)
		if (strlen(p[i]) == n && memcmp(p[i], w, n) == 0)
			return 1;
	return 0;
}

/* Length of a run of name words at s (capitalised words and particles
 * between them); *words gets the number of capitalised words. */
static size_t
name_run(const char *s, size_t n, int *words)
{
	size_t i = 0, end = 0, w;

	*words = 0;
	while (i < n && *words < 8) {
		for (w = i; w < n && s[w] != ' ' && s[w] != ','; w++)
			;
		if (w == i)
			break;
		if (starts_upper(s + i, w - i) && !strchr("|-", s[i])) {
			(*words)++;
			end = w;
		} else if (!name_particle(s + i, w - i) || *words == 0)
			break;
		if (w >= n || s[w] != ' ')
			break;
		i = w + 1;
	}
	return end;
}

/* A byline with no "by", where the author writes from (The Guardian's
 * "Angelique Chrisafis in Paris"): two to six capitalised words, "in"
 * and a place of three words at most, the line's all; not the first
 * line of the page (seen: the line's count among those not empty), which
 * is the headline's ("Kim Jong Un in Russia"). */
static int
where_byline(struct parse *ps, const char *s, size_t n, size_t seen)
{
	size_t name, r, k;
	int words, place;

	if (n > 60 || seen < 2)
		return 0;
	name = name_run(s, n, &words);
	if (words < 2 || words > 6 || name + 4 >= n ||
	    memcmp(s + name, " in ", 4) != 0)
		return 0;
	r = name + 4;
	k = name_run(s + r, n - r, &place);
	if (place < 1 || place > 3 || r + k != n)
		return 0;
	return (ps->byline = strndup(s, name)) != NULL;
}

/* A byline: "By Jane Doe | Updated ...", "di Mario Rossi", a desk's
 * ("Reuters Staff"), or one of where_byline's (seen: the line's count
 * among those not empty).  Notes the author and any date; 1 if the line
 * is one. */
static int
take_byline(struct parse *ps, const char *s, size_t n, size_t seen)
{
	static const char *kw[] = { "by", "di", "a cura di", "written by",
	    "scritto da", "author:", "autore:", "words by", "reporting by" };
	struct adate d;
	size_t i, k = 0, name, r, ms, me;
	int words, min = 1;

	if (n > 150 || ps->byline != NULL)
		return 0;
	for (i = 0; i < sizeof(kw) / sizeof(*kw) && k == 0; i++)
		if (article_starts_word(s, n, kw[i]) ||
		    (kw[i][strlen(kw[i]) - 1] == ':' &&
		    strncasecmp(s, kw[i], strlen(kw[i])) == 0)) {
			k = strlen(kw[i]);
			min = strcmp(kw[i], "di") == 0 ? 2 : 1;
		}
	if (k == 0 && n <= 40 && n > 6 && memcmp(s + n - 6, " Staff", 6) == 0) {
		/* "Reuters Staff": a desk's byline, no heading */
		name = name_run(s, n - 6, &words);
		if (words < 1 || words > 3 || name != n - 6)
			return 0;
		return (ps->byline = strndup(s, n)) != NULL;
	}
	if (k == 0)
		return where_byline(ps, s, n, seen);
	while (k < n && (s[k] == ' ' || s[k] == ':'))
		k++;
	name = name_run(s + k, n - k, &words);
	if (words < min && !(words == 1 && k + name == n && n <= 40))
		return 0;	/* "di Redazione" alone on its line is fine */
	r = k + name;
	while (r < n && s[r] == ' ')
		r++;
	/* after the name: nothing, a separator, or a date */
	if (r < n && !strchr("|-,(/:", s[r]) &&
	    (unsigned char)s[r] != 0xE2 && (unsigned char)s[r] != 0xC2 &&
	    !(adate_find(s + r, n - r, 0, &d, &ms, &me) && ms < 16) &&
	    stamp_rank(s + r, n - r) == 3)
		return 0;
	if ((ps->byline = strndup(s + k, name)) == NULL)
		return 0;
	if (adate_find(s + r, n - r, 0, &d, &ms, &me))
		clue_add(ps, &d, stamp_rank(s + r, ms) == 1 ? 1 : 3);
	return 1;
}

/* 1 if the line s (n bytes) has five words or fewer: a tag, a topic. */
static int
few_words(const char *s, size_t n)
{
	size_t words = 1;

	for (size_t i = 0; i < n; i++)
		if (s[i] == ' ' && ++words > 5)
			return 0;
	return n <= 50;
}

/* 1 if s (n bytes) is a weather widget's reading alone on a line: a
 * temperature of one or two digits, a decimal or none, and the unit,
 * "C" or "F" after a degree sign or none ("14.3 C", "-2°C", "9 °F"). */
static int
temperature_line(const char *s, size_t n)
{
	size_t i = 0, d = 0;

	if (n < 2 || n > 12)
		return 0;
	if (s[i] == '-')
		i++;
	while (i < n && s[i] >= '0' && s[i] <= '9' && d < 3)
		i++, d++;
	if (d == 0 || d > 2)
		return 0;
	if (i + 1 < n && (s[i] == '.' || s[i] == ',') && s[i + 1] >= '0' &&
	    s[i + 1] <= '9')
		i += 2;
	if (i < n && s[i] == ' ')
		i++;
	if (i + 1 < n && (unsigned char)s[i] == 0xC2 &&
	    (unsigned char)s[i + 1] == 0xB0)
		i += 2;		/* the degree sign */
	if (i < n && s[i] == ' ')
		i++;
	return i + 1 == n && (s[i] == 'C' || s[i] == 'F');
}

/* 1 if s (n bytes) is a journalist's role under a byline ("Europe
 * Correspondent", "Political Editor", "Inviata a Kiev"): at most five
 * words, capitalised, no sentence. */
static int
role_line(const char *s, size_t n)
{
	static const char *const roles[] = { "correspondent", "editor",
	    "reporter", "writer", "columnist", "journalist", "contributor",
	    "corrispondente", "inviato", "inviata", "giornalista",
	    "redattore", "redattrice", "caporedattore", "editorialista" };
	size_t i = 0, words = 0;

	if (n > 60 || !starts_upper(s, n) || ends_terminal(s, n))
		return 0;
	while (i < n) {
		size_t w = i;

		while (w < n && s[w] != ' ')
			w++;
		if (++words > 5)
			return 0;
		for (size_t k = 0; k < sizeof(roles) / sizeof(*roles); k++)
			if (strlen(roles[k]) == w - i &&
			    strncasecmp(s + i, roles[k], w - i) == 0)
				return 1;
		i = w + 1;
	}
	return 0;
}

/* 1 if s (n bytes) is nothing but a person's name: two to four
 * capitalised words, particles between ("Sarah Whitcombe"). */
static int
bare_name(const char *s, size_t n)
{
	int words;

	return n <= 60 && name_run(s, n, &words) == n && words >= 2 &&
	    words <= 4;
}

/* 1 if s names a paper the way its masthead does: a paper's word
 * ("Quotidiano", "Times") in capitalised words and particles, no
 * punctuation ("Il Fatto Quotidiano", "Corriere della Sera"; not "Fake
 * news, la legge" or "Il post di Meloni"). */
static int
outlet_named(const char *s, size_t n)
{
	size_t i = 0;

	if (!article_is_outlet_name(s, n))
		return 0;
	while (i < n) {
		size_t w = i;

		while (w < n && s[w] != ' ')
			if (strchr(",;:.!?\"()", s[w++]))
				return 0;
		if (!starts_upper(s + i, w - i) && !name_particle(s + i, w - i))
			return 0;
		i = w + 1;
	}
	return 1;
}

/* 1 if line i, among a page's first lines, is its chrome: a site's
 * section ("Politica", "World", "Middle East"), or the paper's masthead
 * above a section ("Il Fatto Quotidiano" / "Politica": kept as the
 * outlet; a headline such as "Good News For Savers" has the story, not
 * a section, after it). */
static int
page_chrome(struct parse *ps, size_t i)
{
	const char *s = ps->norm.p + ps->lines[i].off;
	size_t n = ps->lines[i].len, j = i + 1;

	if (n > 40 || ends_terminal(s, n) || article_is_debris(s, n))
		return 0;	/* debris ("Ultime notizie") goes as such */
	if (article_is_section(s, n))
		return 1;
	if (ps->masthead != NULL || !outlet_named(s, n))
		return 0;
	/* past blank and debris lines ("Abbonati", "Accedi") */
	while (j < ps->nlines && j < i + 8 && (ps->lines[j].len == 0 ||
	    article_is_debris(ps->norm.p + ps->lines[j].off,
	    ps->lines[j].len)))
		j++;
	if (j < ps->nlines && article_is_section(ps->norm.p +
	    ps->lines[j].off, ps->lines[j].len))
		return (ps->masthead = strndup(s, n)) != NULL;
	return 0;
}

/* 1 if line l may be the story's: a sentence (other stories' headlines
 * end with no full stop) or a long line. */
static int
story_line(const struct parse *ps, const struct line *l)
{
	const char *s = ps->norm.p + l->off;

	return !l->drop && (l->len >= 300 ||
	    (l->len >= 60 && ends_terminal(s, l->len)));
}

/* 1 if line l is a tag's: three words at most, 30 bytes at most, from a
 * capital, no sentence's end ("Middle East News", "Cairo",
 * "Humanitarian Aid"). */
static int
tag_line(const struct parse *ps, const struct line *l)
{
	const char *s = ps->norm.p + l->off;
	size_t words = 1;

	if (l->len == 0 || l->len > 30 || !starts_upper(s, l->len) ||
	    ends_terminal(s, l->len))
		return 0;
	for (size_t k = 0; k < l->len; k++)
		if (s[k] == ' ' && ++words > 3)
			return 0;
	return 1;
}

/* A page's last lines, when four or more of them are tags' and nothing
 * else follows them, are its list of topics with no heading, dropped:
 * a story ends on a sentence, not on four short names in a row. */
static void
cut_tag_list(struct parse *ps)
{
	size_t i = ps->nlines, tags = 0, first = ps->nlines;

	while (i > 0) {
		const struct line *l = &ps->lines[--i];

		if (l->len == 0)
			continue;
		if (l->drop || !tag_line(ps, l))
			break;
		tags++;
		first = i;
	}
	if (tags < 4)
		return;
	for (i = first; i < ps->nlines; i++)
		ps->lines[i].drop = 1;
}

/*
 * What a saved page shows after its story: the first heading of other
 * stories' links ("Ti potrebbero interessare", "Most popular",
 * "Commenti") that no sentence follows, and every line after it, are
 * dropped (related headlines, footers: their names are not the
 * story's).  Short lines before it stay (a story may end on one).  A
 * page with no sentence before such a heading is left alone.
 */
static void
cut_tag_list(struct parse *ps);

static void
cut_page_end(struct parse *ps)
{
	size_t i = ps->nlines, cut = ps->nlines, seen = 0;

	cut_tag_list(ps);

	/* (a page's tail is short: a text of nothing but short lines is
	 * not read back to its start) */
	while (i > 0 && seen++ < CUT_LINES_MAX) {
		struct line *l = &ps->lines[--i];

		if (l->len == 0)
			continue;
		if (story_line(ps, l)) {
			for (size_t k = cut; k < ps->nlines; k++)
				ps->lines[k].drop = 1;
			return;
		}
		if (l->end)
			cut = i;
	}
}

/* 1 if s (n bytes) may be an entry of a site's menu: one to three
 * capitalised words, no figure and no sentence's punctuation
 * ("Calciomercato", "Sport Invernali", "Probabili Formazioni"). */
static int
menu_entry(const char *s, size_t n)
{
	size_t words = 1;

	if (n > 30 || !starts_upper(s, n))
		return 0;
	for (size_t i = 0; i < n; i++) {
		if (s[i] == ' ' && ++words > 3)
			return 0;
		if ((s[i] >= '0' && s[i] <= '9') || strchr(".,:;!?()", s[i]))
			return 0;
	}
	return 1;
}

/* A site's menu saved at a page's top, one entry a line: eight such
 * lines or more in a row (blank lines between), before anything else,
 * are dropped; their names are the site's sections, not the story's
 * ("Calcio", "Basket", "NBA", "Sport USA"). */
static void
drop_menu(struct parse *ps)
{
	size_t i, entries = 0, end = 0;

	for (i = 0; i < ps->nlines; i++) {
		const struct line *l = &ps->lines[i];

		if (l->len == 0)
			continue;
		if (!menu_entry(ps->norm.p + l->off, l->len))
			break;
		entries++;
		end = i + 1;
	}
	if (entries < 8 || i >= ps->nlines)
		return;
	for (i = 0; i < end; i++)
		ps->lines[i].drop = 1;
}

/* Mark debris, stamps, bylines and date lines as dropped; after a list
 * of topics' heading ("Explore more on these topics"), its items. */
static void
classify(struct parse *ps)
{
	size_t i, seen = 0, kept = 0, total = 0, prev_kept = 0;
	struct line *l, *prev = NULL;
	int topics = 0, related = 0, weather = 0;
	unsigned heads;

	for (i = 0; i < ps->nlines; i++)
		total += ps->lines[i].len > 0;
	drop_menu(ps);
	for (i = 0; i < ps->nlines; i++) {
		l = &ps->lines[i];
		if (l->len == 0 || l->drop)
			continue;
		seen++;
		/* the story's head: its first lines once chrome is gone */
		size_t head = kept + 1;
		const char *s = ps->norm.p + l->off;
		if (topics && few_words(s, l->len)) {
			l->drop = 1; /* "France", "Emmanuel Macron", "news" */
			continue;
		}
		if (weather-- > 0 && l->len <= 40 && few_words(s, l->len) &&
		    starts_upper(s, l->len) && !ends_terminal(s, l->len)) {
			l->drop = 1; /* the widget's city, under its reading */
			continue;
		}
		if (head <= 10 && temperature_line(s, l->len)) {
			l->drop = 1; /* a page's weather: "14.3 C" / "Napoli" */
			weather = 1;
			continue;
		}
		if (related && l->len <= 120 && !ends_terminal(s, l->len)) {
			/* "Leggi anche" / "Kiev, raid russo...", or a stamp,
			 * whose date counts */
			(void)take_stamp(ps, s, l->len);
			l->drop = 1;
			related = 0;
			continue;
		}
		heads = l->len < 104 ? article_line_heads(s, l->len) : 0;
		topics = (heads & ARTICLE_HEAD_TOPICS) != 0;
		related = (heads & ARTICLE_HEAD_RELATED) != 0;
		l->end = (heads & ARTICLE_HEAD_END) != 0;
		if (head <= 3 && seen < total && page_chrome(ps, i)) {
			l->drop = 1;
			continue;
		}
		if (take_stamp(ps, s, l->len) ||
		    ((head <= 10 || seen + 3 > total) &&
		    (take_byline(ps, s, l->len, head) ||
		    take_date_line(ps, s, l->len))) ||
		    article_is_debris(s, l->len))
			l->drop = 1;
		else if (head <= 12 && prev != NULL && prev_kept > 1 &&
		    ps->byline == NULL && role_line(s, l->len) &&
		    bare_name(ps->norm.p + prev->off, prev->len)) {
			/* "Sarah Whitcombe" / "Europe Correspondent": a name
			 * over a role, not a headline ("Giornalista aggredito
			 * a Napoli") */
			if ((ps->byline = strndup(ps->norm.p + prev->off,
			    prev->len)) != NULL) {
				prev->drop = 1;
				l->drop = 1;
			}
		} else if (heads & ARTICLE_LINE_CREDIT) {
			/* a caption, then its credit: "Firefighters at the
			 * scene" / "(AFP via Getty Images)"; not a headline or
			 * its standfirst above the page's first photo */
			l->drop = 1;
			if (prev != NULL && prev_kept > 2 && prev->len <= 200 &&
			    !ends_terminal(ps->norm.p + prev->off, prev->len))
				prev->drop = 1;
		}
		if (!l->drop) {
			kept++;
			prev = l;
			prev_kept = kept;
		}
	}
	cut_page_end(ps);
}

/* Add a block copied from s. */
static int
block_add(struct parse *ps, const char *s, size_t n, size_t *cap)
{
	struct block *b;

	if (ps->nblocks == *cap) {
		*cap = *cap ? *cap * 2 : 16;
		if ((b = realloc(ps->blocks, *cap * sizeof(*b))) == NULL)
			return -1;
		ps->blocks = b;
	}
	b = &ps->blocks[ps->nblocks++];
	b->off = ps->bb.len;
	buf_add(&ps->bb, s, n);
	b->len = n;
	b->kind = 'p';
	return ps->bb.err ? -1 : 0;
}

/* Append text to the last block (joining a hard-wrapped line). */
static void
block_extend(struct parse *ps, const char *s, size_t n)
{
	buf_add(&ps->bb, " ", 1);
	buf_add(&ps->bb, s, n);
	ps->blocks[ps->nblocks - 1].len += n + 1;
}

/* 1 if s starts with a lower-case letter. */
static int
starts_lower(const char *s, size_t n)
{
	ucs4_t uc = first_cp(s, n);

	return uc != 0 && uc_is_lower(uc);
}

/* Group kept lines into blocks; lines of a hard-wrapped paragraph join. */
static int
make_blocks(struct parse *ps)
{
	size_t i = 0, j, k, maxlen, cap = 0;
	struct line *l = ps->lines;
	const char *p = ps->norm.p;
	int wrapped, join, first;

	while (i < ps->nlines) {
		if (l[i].len == 0 || l[i].drop) {
			i++;
			continue;
		}
		maxlen = 0;
		for (j = i; j < ps->nlines && l[j].len > 0 && !l[j].drop; j++)
			if (l[j].len > maxlen)
				maxlen = l[j].len;
		wrapped = j - i >= 2 && maxlen <= 100;
		/* the page's first two lines alone: a headline and its
		 * standfirst, more likely than a paragraph wrapped once */
		first = ps->nblocks == 0 && j - i == 2;
		for (k = i; k < j; k++) {
			join = k > i && !ends_terminal(p + l[k - 1].off,
			    l[k - 1].len) && starts_lower(p + l[k].off, l[k].len);
			/* the page's first line is its headline: a capital
			 * after it starts the standfirst ("...a Palazzo Chigi"
			 * / "Il presidente ucraino è arrivato ...") */
			if (k > i && wrapped && l[k - 1].len * 10 >= maxlen * 6 &&
			    (!ends_terminal(p + l[k - 1].off, l[k - 1].len) ||
			    starts_lower(p + l[k].off, l[k].len)) &&
			    !(first && k == i + 1 &&
			    !starts_lower(p + l[k].off, l[k].len)))
				join = 1;
			if (join)
				block_extend(ps, p + l[k].off, l[k].len);
			else if (block_add(ps, p + l[k].off, l[k].len, &cap))
				return -1;
		}
		i = j;
	}
	return ps->bb.err ? -1 : 0;
}

/* 1 if the name is a news agency or looks like an outlet. */
static int
outlet_like(const char *s, size_t n)
{
	static const char *known[] = { "ansa", "agi", "adnkronos", "lapresse",
	    "askanews", "dire", "agenzia dire", "italpress", "agenpress",
	    "agenzia nova", "nova", "reuters", "ap", "afp", "dpa", "efe",
	    "tass", "ria novosti", "xinhua", "yonhap", "kyodo", "bloomberg",
	    "upi", "pa", "anp", "interfax", "ukrinform", "sputnik", "anadolu",
	    "kcna", "nhk", "cnn", "bbc", "ap news", "associated press",
	    "agence france-presse", "sky tg24", "rainews", "tgcom24" };
	size_t i;

	for (i = 0; i < sizeof(known) / sizeof(*known); i++)
		if (strlen(known[i]) == n && strncasecmp(s, known[i], n) == 0)
			return 1;
	for (i = 1; i < n; i++) {
		if (s[i] == ' ')
			return 0;
		if (isupper((unsigned char)s[i]) && islower((unsigned char)s[i - 1]))
			return 1;	/* AgenPress, LaPresse */
		if (s[i] == '.' && i + 2 < n && isalpha((unsigned char)s[i + 1]))
			return 1;	/* Ilfattoquotidiano.it */
	}
	return 0;
}

/* 1 if s looks like a place name: 1-4 words, capitalised, no digits. */
static int
place_like(const char *s, size_t n, int *allcaps)
{
	size_t i, words = 1;
	int lower = 0;

	if (n == 0 || n > 40 || !starts_upper(s, n))
		return 0;
	for (i = 0; i < n; i++) {
		if (isdigit((unsigned char)s[i]) || strchr(".;:!?\"()", s[i]))
			return 0;
		if (s[i] == ' ') {
			words++;
			if (i + 1 < n && !starts_upper(s + i + 1, n - i - 1) &&
			    !name_particle(s + i + 1, strcspn(s + i + 1, " ")))
				return 0;
		}
		if (islower((unsigned char)s[i]))
			lower = 1;
	}
	if (words > 4)
		return 0;
	*allcaps = !lower && nchars_above(s, n, 1);
	return 1;
}

/* "ROMA" -> "Roma", "NEW YORK" -> "New York" (ASCII and Latin-1 letters). */
static char *
title_case(const char *s, size_t n, int allcaps)
{
	char *r = strndup(s, n);
	size_t i;
	int start = 1;

	if (r == NULL || !allcaps)
		return r;
	for (i = 0; i < n; i++) {
		unsigned char c = (unsigned char)r[i];
		if (c == 0xC3 && i + 1 < n && !start &&
		    (unsigned char)r[i + 1] >= 0x80 &&
		    (unsigned char)r[i + 1] <= 0x9E &&
		    (unsigned char)r[i + 1] != 0x97) {
			r[i + 1] = (char)((unsigned char)r[i + 1] + 0x20);
			i++;
		} else if (isalpha(c) && !start)
			r[i] = (char)tolower(c);
		start = c == ' ' || c == '-' || c == '\'';
	}
	return r;
}

/* Find the dash that ends a dateline prefix; *after gets where the body
 * resumes.  Returns the prefix length or 0. */
static size_t
dateline_dash(const char *s, size_t n, size_t *after)
{
	size_t i, lim = n < 120 ? n : 120;

	/* "Kingston, Jamaica CNN —" alone on its line: the text follows
	 * on the next */
	if (n >= 4 && n <= 80 && s[n - 2] == ' ' && s[n - 1] == '-') {
		*after = n;
		return n - 2;
	}
	if (n >= 6 && n <= 82 && s[n - 4] == ' ' &&
	    (unsigned char)s[n - 3] == 0xE2 && (unsigned char)s[n - 2] == 0x80 &&
	    ((unsigned char)s[n - 1] == 0x93 || (unsigned char)s[n - 1] == 0x94)) {
		*after = n;
		return n - 4;
	}
	for (i = 1; i + 2 < lim; i++) {
		if (s[i] != ' ')
			continue;
		if (s[i + 1] == '-' && i + 2 < n && s[i + 2] == ' ') {
			*after = i + 3;
			return i;
		}
		if (i + 4 < n && (unsigned char)s[i + 1] == 0xE2 &&
		    (unsigned char)s[i + 2] == 0x80 &&
		    ((unsigned char)s[i + 3] == 0x93 ||
		    (unsigned char)s[i + 3] == 0x94) && s[i + 4] == ' ') {
			*after = i + 5;
			return i;
		}
	}
	return 0;
}

struct dateline {
	char *place, *outlet;
	size_t skip;	/* bytes of the block taken by the prefix */
};

/* 1 if s (n bytes) is a day and a month's name or its abbreviation, no
 * year: "25 NOV", "3 marzo" (the wire's "ROMA, 25 NOV - "). */
static int
day_month(const char *s, size_t n)
{
	size_t i = 0, k;

	while (i < n && i < 2 && s[i] >= '0' && s[i] <= '9')
		i++;
	if (i == 0 || i >= n || s[i] != ' ')
		return 0;
	for (k = ++i; i < n && isalpha((unsigned char)s[i]); i++)
		;
	return i == n && i - k >= 3 && i - k <= 9;
}

static int parse_dateline(struct parse *ps, const char *s, size_t n,
    struct dateline *dl);

/* Parse the agency's "(ANSA) - " before a dateline or the text: the
 * outlet, and the dateline after it if there is one ("(ANSA) - ROMA, 25
 * NOV - "). */
static int
parse_agency_first(struct parse *ps, const char *s, size_t n,
    struct dateline *dl)
{
	const char *close = memchr(s, ')', n < 32 ? n : 32);
	size_t k, after;
	char *outlet;

	if (close == NULL || close - s < 3 || !starts_upper(s + 1,
	    (size_t)(close - s) - 1))
		return 0;
	k = (size_t)(close - s) + 1;
	if (dateline_dash(s + k - 1, n - k + 1, &after) != 1)
		return 0; /* the dash right after the bracket */
	k += after - 1;
	if ((outlet = strndup(s + 1, (size_t)(close - s) - 1)) == NULL)
		return -1;
	if (parse_dateline(ps, s + k, n - k, dl) == 1) {
		if (dl->outlet == NULL)
			dl->outlet = outlet;
		else
			free(outlet);
		dl->skip += k;
		return 1;
	}
	memset(dl, 0, sizeof(*dl));
	dl->outlet = outlet;
	dl->skip = k;
	return 1;
}

/* Parse a "City, date – ", "CITY (Agency) – ", "(Agency) - CITY, 25 NOV
 * - " or "Outlet – " prefix. */
static int
parse_dateline(struct parse *ps, const char *s, size_t n,
    struct dateline *dl)
{
	size_t plen, after, ms, me, o, c;
	const char *p = s, *comma;
	struct adate d;
	int caps = 0, caps2 = 0, has_date = 0, has_outlet = 0, day = 0;

	memset(dl, 0, sizeof(*dl));
	if (n > 2 && s[0] == '(')
		return parse_agency_first(ps, s, n, dl);
	if ((plen = dateline_dash(s, n, &after)) == 0 || !starts_upper(s, n))
		return 0;
	/* (Agency) at the end of the prefix */
	if (p[plen - 1] == ')' && (o = plen - 1) > 0) {
		while (o > 0 && p[o] != '(')
			o--;
		if (p[o] == '(' && plen - o - 2 > 0 && plen - o - 2 <= 30 &&
		    starts_upper(p + o + 1, plen - o - 2)) {
			dl->outlet = strndup(p + o + 1, plen - o - 2);
			has_outlet = 1;
			plen = o;
			while (plen > 0 && (p[plen - 1] == ' ' ||
			    p[plen - 1] == ','))
				plen--;
		}
	}
	/* "Kingston, Jamaica CNN": the outlet's initials last, after a
	 * place not in capitals */
	if (!has_outlet && (o = plen) > 0) {
		size_t w;

		while (o > 0 && p[o - 1] != ' ')
			o--;
		for (w = o; w < plen && p[w] >= 'A' && p[w] <= 'Z'; w++)
			;
		if (o > 1 && w == plen && plen - o >= 2 && plen - o <= 6 &&
		    islower((unsigned char)p[1])) {
			if ((dl->outlet = strndup(p + o, plen - o)) == NULL)
				return -1;
			has_outlet = 1;
			plen = o;
			while (plen > 0 && (p[plen - 1] == ' ' ||
			    p[plen - 1] == ','))
				plen--;
		}
	}
	if (adate_find(p, plen, 0, &d, &ms, &me) && ms > 0) {
		while (me < plen && (p[me] == ' ' || p[me] == ','))
			me++;
		if (me == plen) {
			has_date = 1;
			plen = ms;
			while (plen > 0 && (p[plen - 1] == ' ' ||
			    p[plen - 1] == ','))
				plen--;
		}
	}
	comma = memchr(p, ',', plen);
	c = comma ? (size_t)(comma - p) : plen;
	if (!has_date && comma != NULL && c + 2 < plen &&
	    day_month(p + c + 2, plen - c - 2)) {
		day = 1; /* "ROMA, 25 NOV": the year is the story's */
		plen = c;
		comma = NULL;
	}
	/* "City, something" must be a date, unless "CITY, Country" */
	if (!has_date && comma != NULL && !has_outlet &&
	    !(place_like(p, c, &caps) && caps && c + 2 < plen &&
	    place_like(p + c + 2, plen - c - 2, &caps2)))
		goto fail;
	if (!has_date && !day && !has_outlet && outlet_like(p, plen)) {
		dl->outlet = strndup(p, plen);
		dl->skip = after;
		return dl->outlet ? 1 : -1;
	}
	if (!place_like(p, c, &caps))
		goto fail;
	/* a bare "Name – " is a place only in capitals or before a capital */
	if (!has_date && !day && !has_outlet && !caps &&
	    (memchr(p, ' ', c) || !starts_upper(s + after, n - after)))
		goto fail;
	if (has_date)
		clue_add(ps, &d, 2);
	dl->place = title_case(p, c, caps);
	dl->skip = after;
	return 1;
fail:
	free(dl->outlet);
	dl->outlet = NULL;
	return 0;
}

/* Byte length of the first sentence of s. */
static size_t
first_sentence(const char *s, size_t n)
{
	static const char *abbr[] = { "sig", "sigg", "dott", "dr", "mr",
	    "mrs", "ms", "st", "prof", "on", "sen", "gen", "col", "avv",
	    "ing", "jr", "sr", "inc", "ltd", "co", "corp", "vs", "ecc",
	    "etc", "no", "art", "pag", "lt", "sgt", "gov", "rep", "mt",
	    "ft", "u.s", "u.k", "p", "n" };
	size_t i, j, w, lim = n < 4 * TITLE_MAX ? n : 4 * TITLE_MAX, k;
	int is_abbr;

	for (i = 0; i < lim; i++) {
		if (s[i] != '.' && s[i] != '!' && s[i] != '?' &&
		    !(i + 2 < n && (unsigned char)s[i] == 0xE2 &&
		    (unsigned char)s[i + 1] == 0x80 &&
		    (unsigned char)s[i + 2] == 0xA6))
			continue;
		j = i + (s[i] == (char)0xE2 ? 3 : 1);
		while (j < n && (s[j] == '"' || s[j] == '\'' || s[j] == ')' ||
		    ((unsigned char)s[j] == 0xE2 && j + 2 < n &&
		    (unsigned char)s[j + 1] == 0x80 &&
		    ((unsigned char)s[j + 2] == 0x9D ||
		    (unsigned char)s[j + 2] == 0x99))))
			j += (unsigned char)s[j] == 0xE2 ? 3 : 1;
		if (j >= n)
			return n;
		if (s[j] != ' ' || j + 1 >= n || !(starts_upper(s + j + 1,
		    n - j - 1) || starts_quote(s + j + 1, n - j - 1) ||
		    isdigit((unsigned char)s[j + 1])))
			continue;
		if (s[i] == '.') {
			for (w = i; w > 0 && (isalpha((unsigned char)s[w - 1]) ||
			    s[w - 1] == '.'); w--)
				;
			is_abbr = i - w == 1 && isupper((unsigned char)s[w]);
			for (k = 0; !is_abbr && k < sizeof(abbr) / sizeof(*abbr);
			    k++)
				is_abbr = strlen(abbr[k]) == i - w &&
				    strncasecmp(s + w, abbr[k], i - w) == 0;
			if (is_abbr)
				continue;
		}
		return j;
	}
	return n;
}

/* The title from the first sentence, cut with "…" when very long. */
static char *
sentence_title(const char *s, size_t n)
{
	size_t k = first_sentence(s, n), cut;
	char *t;

	if (k <= TITLE_MAX)
		return strndup(s, k);
	for (cut = TITLE_MAX; cut > TITLE_MAX / 2 && s[cut] != ' '; cut--)
		;
	while (cut > 0 && ((unsigned char)s[cut] & 0xC0) == 0x80)
		cut--;
	if ((t = malloc(cut + 4)) == NULL)
		return NULL;
	memcpy(t, s, cut);
	memcpy(t + cut, "\xe2\x80\xa6", 4);
	return t;
}

/* 1 if block i is a sub-heading between paragraphs. */
static int
is_subheading(struct parse *ps, size_t first, size_t i)
{
	struct block *b = &ps->blocks[i];
	const char *s = ps->bb.p + b->off;

	if (i <= first || i + 1 >= ps->nblocks)
		return 0;
	if (nchars_above(s, b->len, SUBHEAD_MAX))
		return 0;
	/* a short question may head a section: "Cosa succede adesso?" */
	if (ends_terminal(s, b->len) && !(last_meaningful(s, b->len) == '?' &&
	    !nchars_above(s, b->len, 80) && first_sentence(s, b->len) == b->len))
		return 0;
	if (!starts_upper(s, b->len) && !starts_quote(s, b->len) &&
	    !isdigit((unsigned char)s[0]))
		return 0;
	if (memchr(s, ' ', b->len) == NULL)
		return 0;	/* one word: a label, not a heading */
	return ps->blocks[i + 1].len > b->len;
}

/* 1 if block i looks like a headline. */
static int
is_headline(struct parse *ps, size_t i)
{
	struct block *b = &ps->blocks[i];
	const char *s = ps->bb.p + b->off;
	ucs4_t last = last_meaningful(s, b->len);

	if (nchars_above(s, b->len, HEADLINE_MAX))
		return 0;
	return last != '.' && last != 0x2026 && last != ':' && last != ';' &&
	    last != ',';
}

/* Assemble body and blocks from block `from` on. */
static int
build_body(struct parse *ps, size_t from, struct article *out)
{
	struct buf body = { 0 };
	size_t i, k = 0;

	for (i = from; i < ps->nblocks; i++)
		body.hint += ps->blocks[i].len + 2;
	if ((out->blocks = malloc(ps->nblocks - from + 1)) == NULL)
		return -1;
	for (i = from; i < ps->nblocks; i++) {
		if (k > 0)
			buf_add(&body, "\n\n", 2);
		buf_add(&body, ps->bb.p + ps->blocks[i].off, ps->blocks[i].len);
		out->blocks[k++] = ps->blocks[i].kind;
	}
	out->blocks[k] = '\0';
	if (body.err || body.p == NULL) {
		free(body.p);
		return -1;
	}
	out->body = body.p;
	out->body_len = body.len;
	return 0;
}

/* Headline, dateline, title, sub-headings, date and language. */
static int
analyse(struct parse *ps, struct article *out)
{
	struct dateline dl;
	struct block *b;
	size_t first = 0, i;
	char iso[32];
	int r, headline = 0, shifted = 0;
	const char *lang;

	/* a first line that only names the outlet: "ANSA", "ilpost.it" */
	if (ps->nblocks > 1 && ps->blocks[0].len <= 40 &&
	    outlet_like(ps->bb.p + ps->blocks[0].off, ps->blocks[0].len) &&
	    !ends_terminal(ps->bb.p + ps->blocks[0].off, ps->blocks[0].len)) {
		out->outlet = strndup(ps->bb.p + ps->blocks[0].off,
		    ps->blocks[0].len);
		if (out->outlet == NULL)
			return -1;
		ps->blocks++;
		ps->nblocks--;
		shifted++;
	}
	/* a one-word section label ("ESTERI", "World") above the headline,
	 * or a kicker of a few words in lower case ("i numeri") */
	if (ps->nblocks > 2 && ps->blocks[0].len <= 30 &&
	    (memchr(ps->bb.p + ps->blocks[0].off, ' ', ps->blocks[0].len) == NULL ||
	    (starts_lower(ps->bb.p + ps->blocks[0].off, ps->blocks[0].len) &&
	    few_words(ps->bb.p + ps->blocks[0].off, ps->blocks[0].len))) &&
	    !ends_terminal(ps->bb.p + ps->blocks[0].off, ps->blocks[0].len) &&
	    is_headline(ps, 1)) {
		ps->blocks++;
		ps->nblocks--;
		shifted++;
	}
	r = parse_dateline(ps, ps->bb.p + ps->blocks[0].off,
	    ps->blocks[0].len, &dl);
	if (r < 0)
		return -1;
	if (r == 0 && ps->nblocks > 1 && is_headline(ps, 0)) {
		headline = 1;
		out->title = strndup(ps->bb.p + ps->blocks[0].off,
		    ps->blocks[0].len);
		first = 1;
		/* the headline again: pages repeat it above the story */
		while (first + 1 < ps->nblocks &&
		    ps->blocks[first].len == ps->blocks[0].len &&
		    memcmp(ps->bb.p + ps->blocks[first].off,
		    ps->bb.p + ps->blocks[0].off, ps->blocks[0].len) == 0)
			first++;
		r = parse_dateline(ps, ps->bb.p + ps->blocks[first].off,
		    ps->blocks[first].len, &dl);
		if (r < 0)
			return -1;
	}
	if (r == 1) {
		b = &ps->blocks[first];
		if (dl.skip < b->len) {
			b->off += dl.skip;
			b->len -= dl.skip;
		} else if (first + 1 < ps->nblocks)
			first++; /* a dateline on a line of its own */
		out->dateline = dl.place;
		if (out->outlet == NULL)
			out->outlet = dl.outlet;
		else
			free(dl.outlet);
	}
	if (out->outlet == NULL && ps->masthead != NULL) {
		out->outlet = ps->masthead;	/* "Il Fatto Quotidiano" */
		ps->masthead = NULL;
	}
	if (!headline)
		out->title = sentence_title(ps->bb.p + ps->blocks[0].off,
		    ps->blocks[0].len);
	if (out->title == NULL)
		return -1;
	for (i = first; i < ps->nblocks; i++)
		if (is_subheading(ps, first, i))
			ps->blocks[i].kind = 'h';
	r = build_body(ps, first, out);
	ps->blocks -= shifted;
	ps->nblocks += shifted;
	if (r == -1)
		return -1;
	if (ps->best.rank > 0) {
		/* a yearless date borrows from a fuller one of the same day */
		if (ps->best.d.year == 0 && ps->any_year.rank > 0) {
			if (ps->any_year.d.month == ps->best.d.month &&
			    ps->any_year.d.day == ps->best.d.day)
				ps->best.d = ps->any_year.d;
			else
				ps->best.d.year = ps->any_year.d.year;
		}
		adate_iso(&ps->best.d, iso, sizeof(iso));
		if (iso[0] != '\0' && (out->published = strdup(iso)) == NULL)
			return -1;
	}
	out->byline = ps->byline;
	ps->byline = NULL;
	lang = article_detect_lang(out->body, out->body_len);
	memcpy(out->lang, lang, strlen(lang) + 1);
	return 0;
}

int
article_parse(const char *text, size_t len, struct article *out)
{
	struct parse ps;
	int rc = -1, err = ENOMEM;

	memset(out, 0, sizeof(*out));
	memset(&ps, 0, sizeof(ps));
	ps.norm.hint = len + 1;
	normalise(&ps.norm, text, len);
	ps.bb.hint = ps.norm.len + 1;
	if (ps.norm.err)
		goto done;
	if (ps.norm.p == NULL) {
		err = EINVAL;
		goto done;
	}
	if (split_lines(&ps) == -1)
		goto done;
	classify(&ps);
	if (make_blocks(&ps) == -1)
		goto done;
	if (ps.nblocks == 0) {
		err = EINVAL;
		goto done;
	}
	if (analyse(&ps, out) == 0)
		rc = 0;
done:
	if (rc == -1) {
		article_free(out);
		errno = err;
	}
	free(ps.norm.p);
	free(ps.bb.p);
	free(ps.lines);
	free(ps.blocks);
	free(ps.byline);
	free(ps.masthead);
	return rc;
}

void
article_free(struct article *a)
{
	free(a->title);
	free(a->dateline);
	free(a->published);
	free(a->outlet);
	free(a->byline);
	free(a->body);
	free(a->blocks);
	memset(a, 0, sizeof(*a));
}
