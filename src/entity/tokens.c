/* tokens: cut a text into words and punctuation on UAX #29 word breaks,
 * splitting Italian elisions ("dell'Onu") and joining hyphenated names
 * ("Jong-un"). */
#include <stdlib.h>
#include <string.h>
#include <unictype.h>
#include <uniwbrk.h>
#include <unistr.h>
#include "private.h"

/* Elided articles and prepositions that are split off the word they lean
 * on: "l'", "dell'", "all'"... */
static const char *const tok_elisions[] = {
	"l", "d", "dell", "all", "dall", "nell", "sull", "coll", "pell",
	"un", "quest", "quell", "c", "s", "m", "t", "v", "n", "tutt",
	"sant", "bell", "grand", "po", NULL
};

/* Make room for one more token: out of line, as tok_split sizes the
 * list for about one token in five bytes of text. */
static __attribute__((noinline)) int
tok_grow(struct tok_list *tl)
{
	size_t nc = tl->cap ? tl->cap * 2 : 256;
	struct tok *nv = realloc(tl->v, nc * sizeof(*nv));

	if (nv == NULL)
		return -1;
	tl->v = nv;
	tl->cap = nc;
	return 0;
}

static inline __attribute__((always_inline)) unsigned
tok_shape(const char *text, size_t a, size_t b);
static int tok_is_hyphen(const char *text, size_t a, size_t b);

/* 1 if the last tokens of tl before its last one (a hyphen) are a
 * line's start in capitals, a word or more and nothing else, and the
 * word of flags about to follow the hyphen is capitalised, in lower
 * case: a dateline glued by its hyphen to the story's first word
 * ("CHICAGO-Trae Young scored", "OKLAHOMA CITY-Russell Westbrook"), two
 * names, not one. */
static int
tok_glued_dateline(const struct tok_list *tl, unsigned flags)
{
	if (!(flags & T_CAP) || (flags & T_UPPER))
		return 0;
	for (size_t k = tl->n - 1; k > 0; k--) {
		unsigned f = tl->v[k - 1].flags;

		if (!(f & T_UPPER))
			return 0;
		if ((f & T_NL) || k == 1)
			return 1;
	}
	return 0;
}

/* Append a token: inline, once a token (a call each was 1% of preparing
 * a story).  A word right after a hyphen that is right after a word
 * (not an elided one) joins them into one token instead: "Jong-un",
 * "Nord-Est" (a pass over every token after the cut was 7% of
 * tok_split's instructions). */
static inline __attribute__((always_inline)) int
tok_push(const char *text, struct tok_list *tl, size_t start, size_t end,
	 unsigned flags)
{
	if ((flags & T_WORD) && tl->n >= 2) {
		struct tok *h = &tl->v[tl->n - 1], *w = h - 1;

		if (h->end == start && w->end == h->start &&
		    (w->flags & T_WORD) && !(w->flags & T_ELIDED) &&
		    tok_is_hyphen(text, h->start, h->end) &&
		    !tok_glued_dateline(tl, flags)) {
			unsigned keep = w->flags & (T_SENT | T_NL | T_SPACE);

			w->end = end;
			w->flags = tok_shape(text, w->start, w->end) | keep;
			tl->n--; /* the hyphen */
			return 0;
		}
	}
	if (tl->n == tl->cap && tok_grow(tl) < 0)
		return -1;
	tl->v[tl->n].start = start;
	tl->v[tl->n].end = end;
	tl->v[tl->n].flags = flags;
	tl->n++;
	return 0;
}

/* Shape flags of the bytes [a, b): the first letter or digit's class,
 * T_UPPER if there are two letters or more and none is lower-case. */
static inline __attribute__((always_inline)) unsigned
tok_shape(const char *text, size_t a, size_t b)
{
	const uint8_t *s = (const uint8_t *)text;
	unsigned flags = 0;
	size_t i = a, letters = 0, lower = 0;
	int first = 1;

	while (i < b) {
		ucs4_t c;
		int k;
		if (s[i] < 0x80) {
			/* ASCII: the classes below, without the tables;
			 * T_WORD is set once, at the first letter or digit */
			c = s[i];
			if ((c | 0x20) - 'a' < 26) {
				letters++;
				lower += c >= 'a';
				if (first) {
					flags |= (c >= 'a' ? T_LOWER : T_CAP) |
					    T_WORD;
					first = 0;
				}
			} else if (c - '0' < 10 && first) {
				flags |= T_DIGIT | T_WORD;
				first = 0;
			}
			i++;
			/* a lower-case letter after the first letter or
			 * digit: nothing after it can change the flags */
			if (lower && !first)
				break;
			continue;
		}
		k = u8_mbtouc(&c, s + i, b - i);
		if (uc_is_alpha(c)) {
			letters++;
			if (uc_is_lower(c))
				lower++;
			if (first)
				flags |= uc_is_upper(c) || uc_is_general_category(c,
				    UC_TITLECASE_LETTER) ? T_CAP :
				    uc_is_lower(c) ? T_LOWER : 0;
			flags |= T_WORD;
			first = 0;
		} else if (uc_is_digit(c) || uc_is_general_category(c,
		    UC_DECIMAL_DIGIT_NUMBER)) {
			if (first)
				flags |= T_DIGIT;
			flags |= T_WORD;
			first = 0;
		}
		i += (size_t)k;
	}
	if (letters >= 2 && lower == 0)
		flags |= T_UPPER;
	return flags;
}

/* Length of an elided prefix of [a, b) ending in ' or ’, or 0; len is
 * the text's, which may be read past b. */
static size_t
tok_elision(const char *text, size_t a, size_t b, size_t len)
{
	size_t i;

#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
	/* most words have no ' nor ’ in their first eight bytes: told by
	 * one look at them (a byte at a time this was a tenth of tok_split) */
	if (a + 8 <= len) {
		uint64_t w = ent_load8(text + a), m;

		m = ent_bytes_eq(w, 0x2727272727272727ull) |
		    ent_bytes_eq(w, 0xE2E2E2E2E2E2E2E2ull);
		if (b - a < 8)
			m &= ((uint64_t)1 << (8 * (b - a))) - 1;
		if (m == 0)
			return 0;
	}
#else
	(void)len;
#endif
	for (i = a; i < b && i - a < 8; i++) {
		size_t q = 0;
		/* most words have no apostrophe: one test a byte */
		if (text[i] != '\'' && (unsigned char)text[i] != 0xE2)
			continue;
		if (text[i] == '\'')
			q = 1;
		else if (i + 2 < b && (unsigned char)text[i] == 0xE2 &&
		    (unsigned char)text[i + 1] == 0x80 &&
		    ((unsigned char)text[i + 2] == 0x99 ||
		    (unsigned char)text[i + 2] == 0x98))
			q = 3;
		if (q == 0)
			continue;
		if (i + q >= b)
			return 0;
		for (int k = 0; tok_elisions[k]; k++) {
			size_t n = strlen(tok_elisions[k]);
			if (n == i - a && strncasecmp(text + a,
			    tok_elisions[k], n) == 0) {
				/* "D'Alema": a capital D' stays. */
				if (n == 1 && text[a] == 'D')
					return 0;
				return i + q - a;
			}
		}
		return 0;
	}
	return 0;
}

/* Length of an English possessive "'s" ending [a, b), or 0. */
static size_t
tok_possessive(const char *text, size_t a, size_t b)
{
	if (b - a > 3 && text[b - 1] == 's' && text[b - 2] == '\'')
		return 2;
	if (b - a > 5 && text[b - 1] == 's' &&
	    (unsigned char)text[b - 2] == 0x99 &&
	    (unsigned char)text[b - 3] == 0x80 &&
	    (unsigned char)text[b - 4] == 0xE2)
		return 4;
	return 0;
}

/* Push the word segment [a, b), split at an elision or a possessive. */
static int
tok_word(const char *text, size_t len, size_t a, size_t b, unsigned pre,
	 struct tok_list *tl)
{
	size_t e = tok_elision(text, a, b, len), p;

	if (e) {
		if (tok_push(text, tl, a, a + e, tok_shape(text, a, a + e) |
		    T_ELIDED | pre) < 0)
			return -1;
		a += e;
		pre = 0;
	}
	p = tok_possessive(text, a, b);
	if (tok_push(text, tl, a, b - p, tok_shape(text, a, b - p) | pre) < 0)
		return -1;
	if (p && tok_push(text, tl, b - p, b, 0) < 0)
		return -1;
	return 0;
}

/* 1 if [a, b) is a hyphen. */
static int
tok_is_hyphen(const char *text, size_t a, size_t b)
{
	if (b - a == 1)
		return text[a] == '-';
	return b - a == 3 && (unsigned char)text[a] == 0xE2 &&
	    (unsigned char)text[a + 1] == 0x80 &&
	    ((unsigned char)text[a + 2] == 0x90 ||
	    (unsigned char)text[a + 2] == 0x91);
}

/* The word-break classes of UAX #29 that ASCII has, for tok_breaks, and
 * ASCII white space (WB_SPACE), which ends a chunk. */
enum { WB_OTHER, WB_LETTER, WB_NUM, WB_EXTNUM, WB_MIDLET, WB_MIDNUM,
	WB_MIDNUMLET, WB_SPACE };

/* The class of each ASCII byte: ':' is MidLetter, ',' and ';' MidNum,
 * '.' and the apostrophe (Single_Quote) act as MidNumLet. */
static const unsigned char tok_wb[128] = {
	['\t'] = WB_SPACE, ['\n'] = WB_SPACE, ['\v'] = WB_SPACE,
	['\f'] = WB_SPACE, ['\r'] = WB_SPACE, [' '] = WB_SPACE,
	['_'] = WB_EXTNUM, [':'] = WB_MIDLET, [','] = WB_MIDNUM,
	[';'] = WB_MIDNUM, ['.'] = WB_MIDNUMLET, ['\''] = WB_MIDNUMLET,
	['0'] = WB_NUM, ['1'] = WB_NUM, ['2'] = WB_NUM, ['3'] = WB_NUM,
	['4'] = WB_NUM, ['5'] = WB_NUM, ['6'] = WB_NUM, ['7'] = WB_NUM,
	['8'] = WB_NUM, ['9'] = WB_NUM,
	['A'] = WB_LETTER, ['B'] = WB_LETTER, ['C'] = WB_LETTER,
	['D'] = WB_LETTER, ['E'] = WB_LETTER, ['F'] = WB_LETTER,
	['G'] = WB_LETTER, ['H'] = WB_LETTER, ['I'] = WB_LETTER,
	['J'] = WB_LETTER, ['K'] = WB_LETTER, ['L'] = WB_LETTER,
	['M'] = WB_LETTER, ['N'] = WB_LETTER, ['O'] = WB_LETTER,
	['P'] = WB_LETTER, ['Q'] = WB_LETTER, ['R'] = WB_LETTER,
	['S'] = WB_LETTER, ['T'] = WB_LETTER, ['U'] = WB_LETTER,
	['V'] = WB_LETTER, ['W'] = WB_LETTER, ['X'] = WB_LETTER,
	['Y'] = WB_LETTER, ['Z'] = WB_LETTER,
	['a'] = WB_LETTER, ['b'] = WB_LETTER, ['c'] = WB_LETTER,
	['d'] = WB_LETTER, ['e'] = WB_LETTER, ['f'] = WB_LETTER,
	['g'] = WB_LETTER, ['h'] = WB_LETTER, ['i'] = WB_LETTER,
	['j'] = WB_LETTER, ['k'] = WB_LETTER, ['l'] = WB_LETTER,
	['m'] = WB_LETTER, ['n'] = WB_LETTER, ['o'] = WB_LETTER,
	['p'] = WB_LETTER, ['q'] = WB_LETTER, ['r'] = WB_LETTER,
	['s'] = WB_LETTER, ['t'] = WB_LETTER, ['u'] = WB_LETTER,
	['v'] = WB_LETTER, ['w'] = WB_LETTER, ['x'] = WB_LETTER,
	['y'] = WB_LETTER, ['z'] = WB_LETTER,
};

/* Whether a chunk holds together between a byte of class l and one of
 * class r: 1 yes (WB5, WB8 to WB10, WB13a, WB13b), 2 if the byte after
 * r is of class l (WB6, WB12: "l'a", "3.5" at the mark), 3 if the byte
 * before l is of class r (WB7, WB11: after the mark), 0 no. */
static const unsigned char tok_wb_keep[7][7] = {
	[WB_LETTER] = { [WB_LETTER] = 1, [WB_NUM] = 1, [WB_EXTNUM] = 1,
	    [WB_MIDLET] = 2, [WB_MIDNUMLET] = 2 },
	[WB_NUM] = { [WB_LETTER] = 1, [WB_NUM] = 1, [WB_EXTNUM] = 1,
	    [WB_MIDNUM] = 2, [WB_MIDNUMLET] = 2 },
	[WB_EXTNUM] = { [WB_LETTER] = 1, [WB_NUM] = 1, [WB_EXTNUM] = 1 },
	[WB_MIDLET] = { [WB_LETTER] = 3 },
	[WB_MIDNUM] = { [WB_NUM] = 3 },
	[WB_MIDNUMLET] = { [WB_LETTER] = 3, [WB_NUM] = 3 },
};

/* The word-break class of the character at s[j] (into *cls) and its
 * length, for ASCII and the commonest other characters of Italian and
 * English news: a Latin-1 letter (U+00C0 to U+00FF but U+00D7 and
 * U+00F7: ALetter), the typographic quotes U+2018 and U+2019
 * (MidNumLet), and the quotes, dashes and signs of no class that stick
 * to a word ("«Ciao", "“Il", "parola”", "2025–2026", "20°": a tenth of
 * the chunks went to libunistring for them, a thousand instructions
 * each); 0 for any other (the chunk is broken by libunistring then). */
static inline size_t
tok_wb_char(const uint8_t *s, size_t j, size_t len, unsigned *cls)
{
	if (s[j] < 0x80) {
		*cls = tok_wb[s[j]];
		return 1;
	}
	if (s[j] == 0xC3 && j + 1 < len && (s[j + 1] & 0xC0) == 0x80 &&
	    s[j + 1] != 0x97 && s[j + 1] != 0xB7) {
		*cls = WB_LETTER;
		return 2;
	}
	if (s[j] == 0xE2 && j + 2 < len && s[j + 1] == 0x80) {
		switch (s[j + 2]) {
		case 0x98: /* ‘ */
		case 0x99: /* ’ */
			*cls = WB_MIDNUMLET;
			return 3;
		case 0x93: /* – */
		case 0x94: /* — */
		case 0x9C: /* “ */
		case 0x9D: /* ” */
		case 0xA6: /* … */
			*cls = WB_OTHER;
			return 3;
		}
		return 0;
	}
	/* « » °: of no class, broken before and after (WB999) */
	if (s[j] == 0xC2 && j + 1 < len && (s[j + 1] == 0xAB ||
	    s[j + 1] == 0xBB || s[j + 1] == 0xB0)) {
		*cls = WB_OTHER;
		return 2;
	}
	return 0;
}

/* Word breaks of the chunk at a (no white space in it) by the rules WB5
 * to WB13b, while its characters are those tok_wb_char knows; its end,
 * or where another character starts (the caller breaks the chunk with
 * libunistring then).  White space and the text's ends are of none of
 * these classes, so the chunk's neighbours do not matter.  A character
 * of several bytes has no break inside it.  ("città", "perché",
 * "l’Italia" were a tenth of the chunks, each u8_wordbreaks of about a
 * thousand instructions.) */
static size_t
tok_breaks_ascii(const uint8_t *s, size_t a, size_t len, char *brk)
{
	unsigned l2 = WB_OTHER, l, r, rn, keep;
	size_t j, w, c;

	if ((w = tok_wb_char(s, a, len, &l)) == 0)
		return a;
	for (c = 1; c < w; c++)
		brk[a + c] = 0;
	for (j = a + w; j < len; j += w) {
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
		/* inside a word, the letters that follow eight bytes at a
		 * time: no break before any of them (WB5), as below a byte
		 * at a time; this was a third of tok_breaks' instructions */
		if (l == WB_LETTER && j + 8 <= len) {
			const uint64_t ones = 0x0101010101010101ull;
			uint64_t x, low, m;
			size_t k;

			x = ent_load8((const char *)s + j);
			low = (x | 0x20 * ones) & 0x7f * ones;
			/* the top bit of each byte that is no ASCII letter */
			m = ~((low + (0x80 - 'a') * ones) &
			    ~(low + (0x7f - 'z') * ones) & ~x) & 0x80 * ones;
			k = m ? (size_t)__builtin_ctzll(m) / 8 : 8;
			if (k > 0) {
				/* eight bytes of no break, without a call:
				 * those after the k letters are set again
				 * as the scan reaches them (brk is filled in
				 * order, each byte after the one before) */
				memcpy(brk + j, "\0\0\0\0\0\0\0\0", 8);
				if (k < 8 && s[j + k] == ' ') {
					/* the word ends at a space, as
					 * most do: the chunk's end, found
					 * without another step */
					j += k;
					break;
				}
				l2 = WB_LETTER;
				w = k;
				continue;
			}
		}
#endif
		if ((w = tok_wb_char(s, j, len, &r)) == 0)
			break; /* another character: redone */
		for (c = 1; c < w; c++)
			brk[j + c] = 0;
		if (r == WB_LETTER && l == WB_LETTER) {
			/* inside a word, most bytes: no break (WB5), without
			 * the table of pairs (8% of tok_breaks' instructions) */
			brk[j] = 0;
			l2 = l;
			continue;
		}
		if (r == WB_SPACE)
			break;
		keep = tok_wb_keep[l][r];
		if (keep == 2) /* another character after: redone */
			keep = j + w < len && tok_wb_char(s, j + w, len,
			    &rn) != 0 && rn == l;
		else if (keep == 3)
			keep = l2 == r;
		brk[j] = !keep;
		l2 = l;
		l = r;
	}
	return j;
}

/* u8_wordbreaks of the whole text, the same bytes, faster: a break is
 * certain between ASCII white space and any ASCII byte but another
 * space after a space (WB3d) or LF after CR (WB3), so each chunk between
 * white space is broken apart.  A chunk that is all ASCII is broken
 * here; one with other bytes by libunistring, with a byte of context on
 * either side (a mark after a space joins it, WB4).  u8_wordbreaks was
 * a tenth of an import's instructions. */
void
tok_breaks(const char *text, size_t len, char *brk)
{
	const uint8_t *s = (const uint8_t *)text;
	char tmp[256];
	size_t i = 0;

	if (len > 0)
		brk[0] = 0;
	while (i < len) {
		size_t a = i, b, a0, b1;
		char *t;
		if (s[i] < 0x80 && tok_wb[s[i]] == WB_SPACE) {
			/* after a chunk, the chunk set it */
			if (i > 0 && s[i - 1] < 0x80 &&
			    tok_wb[s[i - 1]] == WB_SPACE)
				brk[i] = !((s[i - 1] == ' ' && s[i] == ' ') ||
				    (s[i - 1] == '\r' && s[i] == '\n'));
			i++;
			continue;
		}
		b = tok_breaks_ascii(s, a, len, brk);
		if (b == len || (s[b] < 0x80 && tok_wb[s[b]] == WB_SPACE)) {
			/* all known characters (none joins white space, as
			 * a mark would): breaks before and after it */
			if (a > 0)
				brk[a] = 1;
			if (b < len)
				brk[b] = 1;
			i = b;
			continue;
		}
		for (; b < len && (s[b] >= 0x80 || tok_wb[s[b]] != WB_SPACE);
		    b++)
			;
		i = b;
		/* [a0, b1): the chunk and a byte either side */
		a0 = a > 0 ? a - 1 : 0;
		b1 = b < len ? b + 1 : b;
		t = b1 - a0 <= sizeof(tmp) ? tmp : malloc(b1 - a0);
		if (t == NULL) {
			u8_wordbreaks(s, len, brk);
			return;
		}
		u8_wordbreaks(s + a0, b1 - a0, t);
		memcpy(brk + a, t + (a - a0), (b < len ? b + 1 : b) - a);
		if (t != tmp)
			free(t);
	}
}

/* Cut text into tokens (white space dropped, remembered in flags). */
int
tok_split(const char *text, size_t len, struct tok_list *out)
{
	char *brk;
	size_t a = 0;
	unsigned pre = 0;

	memset(out, 0, sizeof(*out));
	if (len == 0)
		return 0;
	if ((brk = malloc(len + 8)) == NULL)
		return -1;
	/* about one token in five bytes of news text */
	out->cap = len / 5 + 16;
	if ((out->v = malloc(out->cap * sizeof(*out->v))) == NULL) {
		free(brk);
		out->cap = 0;
		return -1;
	}
	tok_breaks(text, len, brk);
	memset(brk + len, 1, 8); /* a break at the end, and after it */
	while (a < len) {
		size_t b = a + 1;
		int space = 1, nl = 0;

		if (text[a] == ' ' && brk[b]) {
			pre |= T_SPACE; /* one space between words, the most
			                 * common segment: no scan */
			a = b;
			continue;
		}
		/* the next break: eight bytes of brk (0 or 1 each) a step */
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
		for (;;) {
			uint64_t w = ent_load8(brk + b);

			if (w != 0) {
				b += (size_t)__builtin_ctzll(w) / 8;
				break;
			}
			b += 8;
		}
#else
		while (!brk[b])
			b++;
#endif
		/* a word's first byte says it is no space: stop there, nl
		 * only counts in a space (this was a test per byte) */
		for (size_t i = a; i < b; i++) {
			unsigned char c = (unsigned char)text[i];
			if (c == '\n') {
				nl = 1;
			} else if (c != ' ' && c != '\t' && c != '\r' &&
			    c != '\f' && c != '\v') {
				space = 0;
				break;
			}
		}
		if (space && b - a == 2 && (unsigned char)text[a] == 0xC2 &&
		    (unsigned char)text[a + 1] == 0xA0)
			space = 1;
		if (space) {
			pre |= T_SPACE | (nl ? T_NL : 0);
		} else {
			if (tok_word(text, len, a, b, pre, out) < 0) {
				free(brk);
				return -1;
			}
			pre = 0;
		}
		a = b;
	}
	free(brk);
	return 0;
}

/* The length in bytes of the dash that starts the n bytes at s, or 0:
 * "-" (1), "–" or "—" (3: E2 80 93, E2 80 94).  News sets a dash between
 * a dateline and its story and after a wire credit ("ROMA – Il",
 * "MOSCOW, Sept. 13 (Reuters) - The", "BOSTON (AP) — "); the sentence
 * splitter, the recogniser and the merging all ask this one question. */
size_t
tok_dash(const char *s, size_t n)
{
	if (n >= 1 && s[0] == '-')
		return 1;
	if (n >= 3 && (unsigned char)s[0] == 0xe2 &&
	    (unsigned char)s[1] == 0x80 &&
	    ((unsigned char)s[2] == 0x93 || (unsigned char)s[2] == 0x94))
		return 3;
	return 0;
}
