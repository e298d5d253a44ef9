/* text/fold.c: search and match keys ("KIM Jong-un" -> "kim jong un"). */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <unicase.h>
#include <unictype.h>
#include <uninorm.h>
#include <unistr.h>
#include "dossier/text.h"
#include "private.h"

/* Letters that carry no decomposition but have an obvious Latin fold. */
static const struct {
	uint32_t uc;
	const char *to;
} fold_special[] = {
	{ 0x00DF, "ss" }, { 0x00E6, "ae" }, { 0x00F0, "d" }, { 0x00F8, "o" },
	{ 0x00FE, "th" }, { 0x0111, "d" }, { 0x0127, "h" }, { 0x0131, "i" },
	{ 0x0138, "k" }, { 0x0142, "l" }, { 0x014B, "n" }, { 0x0153, "oe" },
	{ 0x0167, "t" }, { 0x0180, "b" }, { 0x0183, "b" }, { 0x0188, "c" },
	{ 0x018C, "d" }, { 0x0192, "f" }, { 0x0199, "k" }, { 0x019A, "l" },
	{ 0x019E, "n" }, { 0x01A5, "p" }, { 0x01AB, "t" }, { 0x01AD, "t" },
	{ 0x01B4, "y" }, { 0x01B6, "z" }, { 0x01E5, "g" }, { 0x0237, "j" },
	{ 0x0247, "e" }, { 0x0249, "j" }, { 0x024D, "r" }, { 0x024F, "y" },
	{ 0x0253, "b" }, { 0x0256, "d" }, { 0x0257, "d" }, { 0x0259, "e" },
	{ 0x0260, "g" }, { 0x0268, "i" }, { 0x026B, "l" }, { 0x0272, "n" },
	{ 0x0275, "o" }, { 0x027D, "r" }, { 0x0288, "t" }, { 0x0289, "u" },
	{ 0x028B, "v" }, { 0x0290, "z" }, { 0x1D6B, "ue" }, { 0x1E9E, "ss" },
};

/* The special fold of uc, or NULL. */
static const char *
fold_letter(uint32_t uc)
{
	size_t lo = 0, hi = sizeof(fold_special) / sizeof(fold_special[0]);

	while (lo < hi) {
		size_t mid = (lo + hi) / 2;
		if (fold_special[mid].uc == uc)
			return fold_special[mid].to;
		if (fold_special[mid].uc < uc)
			lo = mid + 1;
		else
			hi = mid;
	}
	return NULL;
}

/*
 * u8_casefold of a run of one character, for the commonest: U+0080 to
 * U+017F (accented Latin letters, « » °) and U+2000 to U+207F (’ “ ” –
 * —), folded once.  Most runs of other characters in Italian and English
 * text are one of these alone ("città", "l’Italia"), and u8_casefold cost
 * near 2,400 instructions a run: text_fold spent 45% of its time there,
 * 1% of decoding, parsing and recognising.
 */
#define FOLD_ONE_LATIN 0x100 /* U+0080 to U+017F */
#define FOLD_ONE_PUNCT 0x80  /* U+2000 to U+207F */
static struct {
	unsigned char len; /* of s; FOLD_ONE_NONE when not kept */
	char s[11];
} fold_one[FOLD_ONE_LATIN + FOLD_ONE_PUNCT];
#define FOLD_ONE_NONE 0xFF
static pthread_once_t fold_one_once = PTHREAD_ONCE_INIT;

static void fold_kept_init(size_t k);

static void
fold_one_init(void)
{
	for (size_t k = 0; k < FOLD_ONE_LATIN + FOLD_ONE_PUNCT; k++) {
		uint32_t uc = k < FOLD_ONE_LATIN ? 0x80 + (uint32_t)k :
		    0x2000 + (uint32_t)(k - FOLD_ONE_LATIN);
		uint8_t u[4], *f;
		int ul = u8_uctomb(u, uc, sizeof(u));
		size_t n;

		fold_one[k].len = FOLD_ONE_NONE;
		if (ul <= 0 || (f = u8_casefold(u, (size_t)ul, NULL,
		    UNINORM_NFKD, NULL, &n)) == NULL)
			continue;
		if (n <= sizeof(fold_one[k].s)) {
			memcpy(fold_one[k].s, f, n);
			fold_one[k].len = (unsigned char)n;
		}
		free(f);
	}
	for (size_t k = 0; k < FOLD_ONE_LATIN + FOLD_ONE_PUNCT; k++)
		fold_kept_init(k);
}

/* The kept fold of the run s (n bytes), a single character, or NULL. */
static const char *
fold_one_of(const uint8_t *s, size_t n, size_t *outlen)
{
	size_t k;

	if (n == 2 && s[0] >= 0xC2 && s[0] <= 0xC5 && (s[1] & 0xC0) == 0x80)
		k = (((size_t)(s[0] & 0x1F) << 6) | (s[1] & 0x3F)) - 0x80;
	else if (n == 3 && s[0] == 0xE2 && (s[1] == 0x80 || s[1] == 0x81) &&
	    (s[2] & 0xC0) == 0x80)
		k = FOLD_ONE_LATIN + (((size_t)(s[1] & 0x3F) << 6) |
		    (s[2] & 0x3F));
	else
		return NULL;
	pthread_once(&fold_one_once, fold_one_init);
	if (fold_one[k].len == FOLD_ONE_NONE)
		return NULL;
	*outlen = fold_one[k].len;
	return fold_one[k].s;
}

/*
 * Case-fold s to NFKD a run at a time: ASCII runs are lower-cased here,
 * each run of other characters goes through u8_casefold.  The result is
 * the whole string's (case folding maps each character on its own, and
 * NFKD only reorders combining marks, which are never ASCII), for a tenth
 * of the cost on Latin text: libunistring's casefold spends near a
 * thousand instructions a character.  NULL on invalid UTF-8 or ENOMEM.
 */
static uint8_t *
fold_runs(const uint8_t *s, size_t len, size_t *outlen)
{
	struct tbuf b = { 0 };
	size_t i = 0, j, n;
	uint8_t *f;
	const char *one;

	tbuf_grow(&b, len + 16);
	while (i < len) {
		for (j = i; j < len && s[j] < 0x80; j++)
			tbuf_addc(&b, (char)(s[j] >= 'A' && s[j] <= 'Z' ?
			    s[j] + ('a' - 'A') : s[j]));
		if ((i = j) == len)
			break;
		while (j < len && s[j] >= 0x80)
			j++;
		if ((one = fold_one_of(s + i, j - i, &n)) != NULL) {
			tbuf_add(&b, one, n);
			i = j;
			continue;
		}
		if ((f = u8_casefold(s + i, j - i, NULL, UNINORM_NFKD, NULL,
		    &n)) == NULL) {
			free(tbuf_finish(&b, NULL));
			return NULL;
		}
		tbuf_add(&b, (const char *)f, n);
		free(f);
		i = j;
	}
	*outlen = b.len;
	return (uint8_t *)tbuf_finish(&b, NULL);
}

/*
 * The letters and digits of the case-folded text cf (cflen bytes), into
 * b: marks and invisible characters dropped, the special letters of
 * fold_letter spelt out, every run of other characters one space
 * between words (none first or last).
 */
static void
fold_keep(const uint8_t *cf, size_t cflen, struct tbuf *b)
{
	size_t i = 0, k;
	uint32_t uc;
	const char *sp;
	int gap = 0;

	while (i < cflen) {
		if (cf[i] < 0x80) {
			/* ASCII, most of any text: a letter or a digit is
			 * kept, anything else a gap (no fold_letter, no
			 * category tables) */
			unsigned char c = cf[i++];
			if (((unsigned)c | 0x20) - 'a' >= 26 &&
			    (unsigned)c - '0' >= 10) {
				gap = 1;
				continue;
			}
			if (gap && b->len > 0)
				tbuf_addc(b, ' ');
			gap = 0;
			tbuf_addc(b, (char)c);
			continue;
		}
		if ((k = text_utf8_seq(cf + i, cflen - i, &uc)) == 0) {
			i++;
			continue;
		}
		i += k;
		if (uc_is_general_category(uc, UC_CATEGORY_M))
			continue;
		if (uc == 0x00AD || uc == 0x200B || uc == 0x200C ||
		    uc == 0x200D || uc == 0x2060 || uc == 0xFEFF)
			continue;	/* invisible: joins, never separates */
		sp = fold_letter(uc);
		if (sp == NULL && !uc_is_general_category(uc, UC_CATEGORY_L) &&
		    !uc_is_general_category(uc, UC_CATEGORY_N)) {
			gap = 1;
			continue;
		}
		if (gap && b->len > 0)
			tbuf_addc(b, ' ');
		gap = 0;
		if (sp)
			tbuf_add(b, sp, strlen(sp));
		else
			tbuf_add(b, cf + i - k, k);
	}
}

/*
 * What fold_keep makes of each character of fold_one's, on its own:
 * its letters, a space for a gap ("½" "1 2", "…" " ", "é" "e", a mark
 * ""), so that a text of ASCII and these characters alone is folded in
 * one pass, with no allocation but the result's (text_fold's two passes
 * and three buffers were 1% of an import, for article_is_debris' short
 * lines).  Case folding maps each of these characters on its own, and
 * none decomposes to a combining mark first, so the runs that fold_runs
 * would fold whole fold as their characters one by one.  Filled by
 * fold_one_init: fold_keep of "a", the character's fold and "a", less
 * the two letters a.
 */
static struct {
	unsigned char len; /* of s; FOLD_ONE_NONE when not kept */
	char s[15];
} fold_kept[FOLD_ONE_LATIN + FOLD_ONE_PUNCT];

static void
fold_kept_init(size_t k)
{
	uint8_t t[sizeof(fold_one[k].s) + 2];
	struct tbuf b = { 0 };

	fold_kept[k].len = FOLD_ONE_NONE;
	if (fold_one[k].len == FOLD_ONE_NONE)
		return;
	t[0] = 'a';
	memcpy(t + 1, fold_one[k].s, fold_one[k].len);
	t[fold_one[k].len + 1] = 'a';
	fold_keep(t, (size_t)fold_one[k].len + 2, &b);
	if (!b.err && b.len >= 2 && b.len - 2 <= sizeof(fold_kept[k].s) &&
	    b.p[0] == 'a' && b.p[b.len - 1] == 'a') {
		memcpy(fold_kept[k].s, b.p + 1, b.len - 2);
		fold_kept[k].len = (unsigned char)(b.len - 2);
	}
	free(b.p);
}

/* text_fold of s in one pass when its characters are ASCII and those of
 * fold_kept (len at most FOLD_FAST_MAX), else NULL. */
#define FOLD_FAST_MAX 1024
static char *
fold_fast(const uint8_t *s, size_t len)
{
	char out[FOLD_FAST_MAX * 8 + 1], *r;
	size_t i = 0, o = 0, k;
	int gap = 0;

	if (len > FOLD_FAST_MAX)
		return NULL;
	pthread_once(&fold_one_once, fold_one_init);
	while (i < len) {
		const char *w;
		size_t n;
		unsigned char c = s[i];

		if (c < 0x80) {
			i++;
			if ((unsigned)c - 'A' < 26u)
				c += 'a' - 'A';
			else if ((unsigned)c - 'a' >= 26u &&
			    (unsigned)c - '0' >= 10u) {
				gap = 1;
				continue;
			}
			if (gap && o > 0)
				out[o++] = ' ';
			gap = 0;
			out[o++] = (char)c;
			continue;
		}
		if (c >= 0xC2 && c <= 0xC5 && i + 1 < len &&
		    (s[i + 1] & 0xC0) == 0x80) {
			k = (((size_t)(c & 0x1F) << 6) | (s[i + 1] & 0x3F)) -
			    0x80;
			i += 2;
		} else if (c == 0xE2 && i + 2 < len && (s[i + 1] == 0x80 ||
		    s[i + 1] == 0x81) && (s[i + 2] & 0xC0) == 0x80) {
			k = FOLD_ONE_LATIN + (((size_t)(s[i + 1] & 0x3F) << 6) |
			    (s[i + 2] & 0x3F));
			i += 3;
		} else {
			return NULL;
		}
		if (fold_kept[k].len == FOLD_ONE_NONE)
			return NULL;
		w = fold_kept[k].s;
		n = fold_kept[k].len;
		for (size_t j = 0; j < n; j++) {
			if (w[j] == ' ') {
				gap = 1;
				continue;
			}
			if (gap && o > 0)
				out[o++] = ' ';
			gap = 0;
			out[o++] = w[j];
		}
	}
	if ((r = malloc(o + 1)) == NULL)
		return NULL;
	memcpy(r, out, o);
	r[o] = '\0';
	return r;
}

char *
text_fold(const char *s, size_t len)
{
	struct tbuf b = { 0 };
	uint8_t *cf;
	size_t cflen = 0;
	char *f;

	if ((f = fold_fast((const uint8_t *)s, len)) != NULL)
		return f;
	cf = fold_runs((const uint8_t *)s, len, &cflen);
	if (cf == NULL) {
		/* invalid input: fold a sanitised copy instead */
		char *t = text_sanitize(s, len, 0);
		if (t == NULL)
			return NULL;
		cf = u8_casefold((const uint8_t *)t, strlen(t), NULL,
		    UNINORM_NFKD, NULL, &cflen);
		free(t);
		if (cf == NULL)
			return NULL;
	}
	tbuf_grow(&b, cflen);
	fold_keep(cf, cflen, &b);
	free(cf);
	return tbuf_finish(&b, NULL);
}
