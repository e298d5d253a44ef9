/*
 * entity/private.h: what the files of the entity module share.
 * tokens.c cuts a text into tokens, sentences.c marks sentence starts,
 * lexicon.c holds the word lists, recognise.c finds and types name spans,
 * merge.c groups the spans into entities, key.c folds names to match keys.
 */
#ifndef DOSSIER_ENTITY_PRIVATE_H
#define DOSSIER_ENTITY_PRIVATE_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <unitypes.h>
#include "dossier/entity.h"

/* The 8 (4) bytes at s as an integer, unaligned. */
static inline uint64_t
ent_load8(const char *s)
{
	uint64_t w;

	memcpy(&w, s, 8);
	return w;
}

static inline uint64_t
ent_load4(const char *s)
{
	uint32_t w;

	memcpy(&w, s, 4);
	return w;
}

/* The top bit of each byte of x that is c (c times 0x0101...), exactly:
 * a byte is c where x ^ c is zero, and a zero byte is one whose low
 * seven bits plus 0x7f and its own top bit leave the top bit clear. */
static inline uint64_t
ent_bytes_eq(uint64_t x, uint64_t c)
{
	const uint64_t low = 0x7f7f7f7f7f7f7f7full;
	uint64_t t = x ^ c;

	return ~(((t & low) + low) | t) & ~low;
}

/*
 * A hash of n bytes, eight at a time (the last eight, or two
 * overlapping fours, or three bytes of a short one, close it), ending
 * with MurmurHash3's finaliser: the lexicon's table, the merge's
 * multimaps and the memory of keys all use it (FNV-1a a byte at a time
 * was 2.7% of an import).  Nothing depends on the order of their slots.
 */
static inline __attribute__((always_inline)) uint64_t
ent_hash(const char *s, size_t n)
{
	const char *end = s + n;
	uint64_t h = 0x9e3779b97f4a7c15ull * (n + 1), w;

	if (n >= 8) {
		for (; end - s > 8; s += 8) {
			h = (h ^ ent_load8(s)) * 0x9e3779b97f4a7c15ull;
			h ^= h >> 32;
		}
		w = ent_load8(end - 8);
	} else if (n >= 4) {
		w = ent_load4(s) | ent_load4(end - 4) << 32;
	} else if (n > 0) {
		w = (uint64_t)(unsigned char)s[0] |
		    (uint64_t)(unsigned char)s[n / 2] << 8 |
		    (uint64_t)(unsigned char)s[n - 1] << 16;
	} else {
		w = 0;
	}
	h ^= w;
	h ^= h >> 33;
	h *= 0xff51afd7ed558ccdull;
	h ^= h >> 33;
	h *= 0xc4ceb9fe1a85ec53ull;
	return h ^ (h >> 33);
}

/* Token flags. */
#define T_WORD    0x0001u /* has a letter or a digit */
#define T_CAP     0x0002u /* starts with an upper-case letter */
#define T_UPPER   0x0004u /* two or more letters, none lower case */
#define T_LOWER   0x0008u /* starts with a lower-case letter */
#define T_DIGIT   0x0010u /* starts with a digit */
#define T_ELIDED  0x0020u /* ends in an apostrophe: "dell'", "l'" */
#define T_SENT    0x0040u /* first word of a sentence */
#define T_NL      0x0080u /* a line break precedes it */
#define T_ABBR    0x0100u /* a word whose following '.' is an abbreviation */
#define T_SPACE   0x0200u /* white space precedes it */

struct tok {
	size_t start, end;
	unsigned flags;
};

struct tok_list {
	struct tok *v;
	size_t n, cap;
};

/* tokens.c */
int tok_split(const char *text, size_t len, struct tok_list *out);
void tok_breaks(const char *text, size_t len, char *brk);
size_t tok_dash(const char *s, size_t n);

/* The 8 bytes at s in one word, first byte lowest, 'A' to 'Z' lowered
 * (no other byte changed): as the recogniser packs a word of 8 bytes to
 * compare it with its lists'; UINT64_MAX if a byte is NUL. */
static inline uint64_t
tok_pack8(const char *s)
{
	const uint64_t ones = 0x0101010101010101ull;
	uint64_t x, low, up;

	memcpy(&x, s, 8);
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
	x = __builtin_bswap64(x);
#endif
	low = x & 0x7f * ones;
	/* a zero byte: its low seven bits plus 0x7f and its top bit leave
	 * the top bit clear (no byte carries into the next) */
	if (~((low + 0x7f * ones) | x) & 0x80 * ones)
		return UINT64_MAX;
	up = (low + (0x80 - 'A') * ones) & ~(low + (0x7f - 'Z') * ones) & ~x &
	    0x80 * ones;
	return x | up >> 2;
}

/* sentences.c */
void sent_mark(const char *text, struct tok_list *tl);
int sent_is_abbrev(const char *s, size_t n);

/* Lexicon categories (bits of the value a word maps to). */
#define LX_COMMON_IT 0x0001u
#define LX_COMMON_EN 0x0002u
#define LX_GIVEN     0x0004u
#define LX_SURNAME   0x0008u
#define LX_PLACE     0x0010u
#define LX_ORG       0x0020u
#define LX_PTITLE    0x0040u
#define LX_ORGHEAD   0x0080u
#define LX_ORGTAIL   0x0100u
#define LX_PLACEHEAD 0x0200u
#define LX_NOTNAME   0x0400u
#define LX_PARTICLE  0x0800u
#define LX_INST      0x1000u
#define LX_PROPER    0x2000u /* a name of some kind */
#define LX_PREPLACE  0x4000u /* lower-case first word of a place: "via" */
#define LX_PREPLACEDI 0x8000u /* the same before "di": "provincia" */
#define LX_TOWN      0x10000u /* a small town somewhere: weaker than a place */
#define LX_WORKHEAD  0x20000u /* "film", "uragano": no entity after it */
#define LX_ORGLOCAL  0x80000u /* "Procura": "di" and a city after it say
                               * where, and are no part of the name */
#define LX_PLACETAIL 0x100000u /* "Hotel", "Park": the end of a place */
#define LX_EVHEAD    0x200000u /* "Premio", "Coppa": an event, no entity */
#define LX_EVTAIL    0x400000u /* "Awards", "Act": the same, last */
#define LX_GIVENWORD 0x800000u /* a given name that is a word too
                                * ("Letizia"): a name only before a
                                * capitalised word that is no word */
#define LX_COUNTRY   0x1000000u /* a state ("Svizzera"): an actor
                                 * after "alla", unlike a region */
#define LX_PROVCODE  0x2000000u /* an Italian province's code ("mi"):
                                 * "Cornaredo (MI)" says where */
#define LX_DEMONYM   0x4000000u /* "European", "British", "Catholics":
                                 * English capitalises it, yet alone it
                                 * names no one */
#define LX_CITY      0x8000000u /* a city, no region's name ("Torino",
                                 * not "Lazio", "Cairo"): it takes no
                                 * article in Italian, a team does */
#define LX_PLACEADJ  0x10000000u /* "iracheno", "capitolina": which state
                                  * or city an institution is of */
#define LX_BRAND     0x40000u /* a company or brand: an organisation when
                               * capitalised, a word when not ("tuta") */
#define LX_COMMON    (LX_COMMON_IT | LX_COMMON_EN)

#define LX_FOLD_MAX 256

/* lexicon.c */
size_t lx_fold(const char *s, size_t n, char *buf, size_t cap);

/* The letters of the key for character c of U+0080..U+024F ("é" "e",
 * "ß" "ss", "ł" "l"; a sign that is no letter a space) in out, and
 * their number; SIZE_MAX for any other character (key.c). */
size_t key_latin_letter(ucs4_t c, char out[7]);
unsigned lx_get(const struct entity_lexicon *lx, const char *folded, size_t n);
unsigned lx_word(const struct entity_lexicon *lx, const char *s, size_t n);
int lx_maybe_org(const struct entity_lexicon *lx, const char *folded,
		 size_t n);
int lx_maybe_head(const struct entity_lexicon *lx, const char *folded,
		  size_t n);
const char *lx_exonym(const struct entity_lexicon *lx, const char *key);
/* How the organisation of a key is spelt ("reuters" "Reuters"), or NULL
 * (org-spelling.txt). */
const char *lx_spelling(const struct entity_lexicon *lx, const char *key);

/* Prior evidence of a group with nothing known about it, added once per
 * group (not per mention: a place named ten times is no more a person). */
#define REC_BASE_PER2 0.6f
#define REC_BASE_PER1 0.4f
#define REC_BASE_LOC  0.3f

/* One candidate name: a token range, per-type evidence, and whether it
 * only counts when it joins a stronger mention of the same text. */
struct span {
	size_t t0, t1;       /* tokens [t0, t1) */
	size_t start, end;   /* bytes */
	float score[4];      /* evidence per enum entity_type */
	int weak;            /* capitalised common word: keep only if known */
	int lone;            /* one unknown word: kept if it comes back */
	int acronym;         /* all capitals, one token */
	int actor;           /* a place named as an agent: "l'Italia" */
	int club;            /* an actor that is a team named after its
	                      * town or region ("il Napoli", "i tifosi
	                      * della Lazio"): another body than the place */
	int seat;            /* a body named as the building it sits in:
	                      * "salito al Quirinale", a place here */
	int title;           /* a title alone ("Arcivescovo"): joins no name
	                      * but one whose surname it is ("Conte") */
	int banned;          /* a title, storm or prize ("l'uragano Sandy"):
	                      * no mention with its key is an entity */
	int surname_only;    /* a word never a name by itself ("Dalla"):
	                      * kept only as the surname of a person of the
	                      * text ("Lucio Dalla ... Dalla ha detto") */
	int listed;          /* one word of a list ("Prodi, Monti e
	                      * Letta"): a person if a person is next;
	                      * 2 if a common word too */
	int thing;           /* alone in quotes or after an indefinite
	                      * article ("la nave \"Fedra\"", "una Fiat
	                      * Punto"): a ship's, a work's, a make's name,
	                      * no person's unless named so elsewhere */
	size_t group;
};

struct span_list {
	struct span *v;
	size_t n, cap;
};

int span_push(struct span_list *sl, const struct span *s);

/* merge.c */
int merge_spans(const struct entity_lexicon *lx, const char *text,
		size_t len, const struct tok_list *tl, struct span_list *sl,
		struct entity_result *out);

#endif
