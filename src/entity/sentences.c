/* sentences: mark the first word of each sentence, knowing abbreviations,
 * initials and quotes. */
#include <pthread.h>
#include <stdint.h>
#include <string.h>
#include <strings.h>
#include "private.h"

/* A word of a table below, with its length: the tables are read at
 * every token that is no word, and a strlen per entry was 1% of an
 * import. */
struct sent_word {
	const char *s;
	size_t n;
};
#define SENT_W(x) { x, sizeof(x) - 1 }

/* Words written with a full stop that does not end a sentence. */
static const struct sent_word sent_abbrevs[] = {
	SENT_W("sig"), SENT_W("sigg"), SENT_W("sigra"), SENT_W("dott"),
	SENT_W("dottssa"), SENT_W("prof"), SENT_W("profssa"), SENT_W("ing"),
	SENT_W("avv"), SENT_W("arch"), SENT_W("geom"), SENT_W("rag"),
	SENT_W("on"), SENT_W("sen"), SENT_W("gen"), SENT_W("col"),
	SENT_W("cap"), SENT_W("ten"), SENT_W("mons"), SENT_W("don"),
	SENT_W("fr"), SENT_W("sr"), SENT_W("jr"), SENT_W("mr"),
	SENT_W("mrs"), SENT_W("ms"), SENT_W("dr"), SENT_W("st"),
	SENT_W("mt"), SENT_W("ecc"), SENT_W("etc"), SENT_W("cfr"),
	SENT_W("pag"), SENT_W("pagg"), SENT_W("art"), SENT_W("artt"),
	SENT_W("n"), SENT_W("nr"), SENT_W("vol"), SENT_W("ca"), SENT_W("es"),
	SENT_W("vs"), SENT_W("ad"), SENT_W("s"), SENT_W("ss"), SENT_W("sec"),
	SENT_W("cit"), SENT_W("tel"), SENT_W("fig"), SENT_W("pp"),
	SENT_W("inc"), SENT_W("ltd"), SENT_W("co"), SENT_W("corp"),
	SENT_W("dept"), SENT_W("univ"), SENT_W("gov"), SENT_W("rev"), SENT_W("rep"),
	SENT_W("reps"), SENT_W("sens"), SENT_W("govs"),
	SENT_W("lt"), SENT_W("sgt"), SENT_W("capt"), SENT_W("cmdr"),
	SENT_W("adm"), SENT_W("maj"), SENT_W("cpl"), SENT_W("pvt"),
	SENT_W("spc"), SENT_W("msgr"), SENT_W("spa"), SENT_W("srl"), SENT_W("a.c"),
	SENT_W("d.c"), SENT_W("jan"), SENT_W("feb"), SENT_W("apr"),
	SENT_W("jun"), SENT_W("jul"), SENT_W("aug"), SENT_W("sep"),
	SENT_W("sept"), SENT_W("oct"), SENT_W("nov"), SENT_W("dec")
};

/*
 * The abbreviations as a set of words of up to seven bytes packed in an
 * integer (first byte lowest, ASCII lowered as strncasecmp lowers it,
 * none has a NUL), hashed by multiplication into 256 slots: a look-up
 * instead of a walk of the 89 words (481 instructions a call).  Built
 * once.
 */
#define SENT_SLOTS 256
static uint64_t sent_slot_key[SENT_SLOTS];
static pthread_once_t sent_once = PTHREAD_ONCE_INIT;

/* The n bytes at s (n <= 8) packed, 'A' to 'Z' lowered. */
static uint64_t
sent_pack(const char *s, size_t n)
{
	uint64_t key = 0;

	for (size_t j = 0; j < n; j++) {
		unsigned char c = (unsigned char)s[j];

		if (c >= 'A' && c <= 'Z')
			c = (unsigned char)(c + 32);
		key |= (uint64_t)c << (8 * j);
	}
	return key;
}

/* The slot of key: its own or the empty one. */
static size_t
sent_slot(uint64_t key)
{
	size_t h = (size_t)((key * 0x9E3779B97F4A7C15ull) >> 56);

	while (sent_slot_key[h] != 0 && sent_slot_key[h] != key)
		h = (h + 1) % SENT_SLOTS;
	return h;
}

static void
sent_build(void)
{
	for (size_t i = 0; i < sizeof(sent_abbrevs) / sizeof(*sent_abbrevs);
	    i++) {
		uint64_t key = sent_pack(sent_abbrevs[i].s, sent_abbrevs[i].n);

		sent_slot_key[sent_slot(key)] = key;
	}
}

/* 1 if the word s (n bytes) before a '.' is a known abbreviation. */
int
sent_is_abbrev(const char *s, size_t n)
{
	uint64_t key;

	if (n > 7 || n == 0)
		return 0; /* longer than any: "dottssa", "profssa" */
	key = sent_pack(s, n);
	if (memchr(s, '\0', n) != NULL)
		return 0; /* no word of the list has a NUL */
	pthread_once(&sent_once, sent_build);
	return sent_slot_key[sent_slot(key)] == key;
}

/* 1 if the punctuation token t opens a quote or a parenthesis. */
static int
sent_is_opener(const char *text, const struct tok *t)
{
	static const struct sent_word open[] = {
		SENT_W("\xc2\xab"), SENT_W("\xe2\x80\x9c"),
		SENT_W("\xe2\x80\x98"), SENT_W("\xe2\x80\x9e"),
		SENT_W("\xe2\x80\x93"), SENT_W("\xe2\x80\x94"),
		SENT_W("\xe2\x80\xa2"), SENT_W("\xe2\x80\x9d")
	};
	size_t n = t->end - t->start;

	if (n == 1)
		return strchr("\"'([-*", text[t->start]) != NULL &&
		    text[t->start] != '\0';
	for (size_t i = 0; i < sizeof(open) / sizeof(*open); i++)
		if (open[i].n == n &&
		    memcmp(text + t->start, open[i].s, n) == 0)
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

/* 1 if token i is the stop of an hour's "a.m." or "p.m." after its
 * number and before a capitalised word that starts a sentence: "at 9
 * p.m. Police said", not "at 9 p.m. Tuesday", "8 p.m. Eastern time" nor
 * "10 a.m. EDT". */
static int
sent_hour_end(const char *text, const struct tok_list *tl, size_t i)
{
	static const struct sent_word goes_on[] = {
		SENT_W("monday"), SENT_W("tuesday"), SENT_W("wednesday"),
		SENT_W("thursday"), SENT_W("friday"), SENT_W("saturday"),
		SENT_W("sunday"), SENT_W("eastern"), SENT_W("central"),
		SENT_W("pacific"), SENT_W("mountain"), SENT_W("local")
	};
	const struct tok *w, *next;
	size_t n;

	if (i < 2 || i + 1 >= tl->n)
		return 0;
	w = &tl->v[i - 1];
	next = &tl->v[i + 1];
	if (w->end - w->start != 3 || w->end != tl->v[i].start ||
	    (strncasecmp(text + w->start, "a.m", 3) != 0 &&
	    strncasecmp(text + w->start, "p.m", 3) != 0) ||
	    !(tl->v[i - 2].flags & T_DIGIT) || !(next->flags & T_CAP) ||
	    (next->flags & T_UPPER))
		return 0;
	n = next->end - next->start;
	for (size_t k = 0; k < sizeof(goes_on) / sizeof(*goes_on); k++)
		if (goes_on[k].n == n &&
		    strncasecmp(text + next->start, goes_on[k].s, n) == 0)
			return 0;
	return 1;
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
	    tok_dash(text + t->start, n) != n ||
	    p->end == t->start || t[1].start == t->end)
		return 0;
	return (p->flags & (T_DIGIT | T_UPPER)) ||
	    (p->end - p->start == 1 && text[p->start] == ')');
}

/* 1 if token i is an opening guillemet or curly quote after no word: a
 * quoted sentence starts after it ("il cuore » « La Polonia è un Paese
 * amico", "« Ciao Little Tony »"), while a quote after a word names a
 * title ("il settimanale « Il Giornalino »"). */
static int
sent_quote_start(const char *text, const struct tok_list *tl, size_t i)
{
	const struct tok *t = &tl->v[i];
	size_t n = t->end - t->start;

	if (i > 0 && (tl->v[i - 1].flags & T_WORD))
		return 0;
	return (n == 2 && memcmp(text + t->start, "\xc2\xab", 2) == 0) ||
	    (n == 3 && memcmp(text + t->start, "\xe2\x80\x9c", 3) == 0);
}

/* Set T_SENT on sentence starts and T_ABBR on abbreviations. */
void
sent_mark(const char *text, struct tok_list *tl)
{
	int start = 1, plain;
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
		/* a comma or a full stop, most of the signs, is no dash, no
		 * quote and no opener: told without asking each */
		plain = t->end - t->start == 1 && (c == ',' || c == '.');
		if (!plain && sent_dateline_dash(text, tl, i, para)) {
			start = 1;
			continue;
		}
		if (!plain && sent_quote_start(text, tl, i)) {
			start = 1;
			continue;
		}
		if (!plain && sent_is_opener(text, t))
			continue;
		if (c == '.') {
			if (i > 0 && sent_abbrev_before(text, &tl->v[i - 1],
			    t)) {
				tl->v[i - 1].flags |= T_ABBR;
				start = sent_hour_end(text, tl, i);
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
