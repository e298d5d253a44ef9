/* text/decode.c: raw file bytes to NFC UTF-8 with '\n' line ends. */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <unictype.h>
#include <uninorm.h>
#include "dossier/text.h"
#include "private.h"

/* Windows-1252 0x80-0x9F; 0 marks the five undefined bytes. */
static const uint16_t cp1252_c1[32] = {
	0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
	0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017D, 0,
	0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
	0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E, 0x0178,
};

struct scan {
	size_t ctl;	/* C0 controls that text does not use, and DEL */
	size_t good;	/* valid multibyte sequences */
	size_t bad;	/* invalid sequences */
	size_t c1;	/* invalid bytes in 0x80-0x9F */
	size_t undef;	/* invalid bytes undefined in Windows-1252 */
};

#define ONES 0x0101010101010101ull
#define HIGHS 0x8080808080808080ull

/* The 8 bytes at s as an integer. */
static inline uint64_t
load8(const unsigned char *s)
{
	uint64_t w;

	memcpy(&w, s, 8);
	return w;
}

/* 1 if every byte of w is printable ASCII (0x20 to 0x7E): none below
 * 0x20 (a borrow only starts at such a byte), none at 0x7F or above. */
static inline int
all_printable8(uint64_t w)
{
	return (((w - 0x20 * ONES) & ~w) | w | (w + ONES)) & HIGHS ? 0 : 1;
}

/* 1 if every byte of w is ASCII but '\r'. */
static inline int
ascii_no_cr8(uint64_t w)
{
	uint64_t x = w ^ ('\r' * ONES);

	return ((x - ONES) & ~x & HIGHS) == 0 && (w & HIGHS) == 0;
}

/* Count what the bytes look like in one pass. */
static void
scan_bytes(const unsigned char *s, size_t n, struct scan *sc)
{
	size_t i = 0, k, j;
	uint32_t uc;

	memset(sc, 0, sizeof(*sc));
	while (i < n) {
		if (s[i] >= 0x20 && s[i] < 0x7F) {
			/* text is mostly printable ASCII: 8 bytes a step */
			for (i++; i + 8 <= n && all_printable8(load8(s + i));)
				i += 8;
			continue;
		}
		if (s[i] < 0x80) {
			if (s[i] == 0x7F || (s[i] < 0x20 && s[i] != '\t' &&
			    s[i] != '\n' && s[i] != '\r' && s[i] != '\f' &&
			    s[i] != '\v'))
				sc->ctl++;
			i++;
			continue;
		}
		if ((k = text_utf8_seq(s + i, n - i, &uc)) > 0) {
			sc->good++;
			i += k;
			continue;
		}
		k = text_utf8_badlen(s + i, n - i);
		sc->bad++;
		for (j = i; j < i + k; j++) {
			if (s[j] < 0xA0)
				sc->c1++;
			if (s[j] < 0xA0 && cp1252_c1[s[j] - 0x80] == 0)
				sc->undef++;
		}
		i += k;
	}
}

/* 1 if this code point is unchanged by NFC whatever its neighbours are
 * (NFC_QC=Yes, combining class 0, never the second of a composition). */
static int
nfc_inert(uint32_t uc)
{
	if (uc >= 0xA0 && uc <= 0x2FF)
		return 1;	/* Latin-1 Supplement, Latin Extended-A/B, IPA */
	if (uc >= 0x2010 && uc <= 0x2027)
		return 1;	/* dashes, quotes, bullets, ellipsis */
	if (uc >= 0x2030 && uc <= 0x205E)
		return 1;
	if (uc >= 0x20A0 && uc <= 0x20C0)
		return 1;	/* currency */
	if ((uc >= 0x400 && uc <= 0x482) || (uc >= 0x48A && uc <= 0x4FF))
		return 1;	/* Cyrillic without its combining marks */
	if ((uc >= 0x3040 && uc <= 0x3096) || (uc >= 0x30A0 && uc <= 0x30FF))
		return 1;	/* kana, without U+3099/U+309A */
	return (uc >= 0x4E00 && uc <= 0x9FFF) || (uc >= 0xAC00 && uc <= 0xD7A3);
}

/* Append a '\r' as a line end unless it starts a CRLF (then drop it). */
static size_t
put_cr(struct tbuf *b, const unsigned char *s, size_t i, size_t n)
{
	tbuf_addc(b, '\n');
	return (i + 1 < n && s[i + 1] == '\n') ? 2 : 1;
}

/* Copy UTF-8, replacing invalid sequences, unifying line ends; returns 1
 * when some code point may need NFC. */
static int
conv_utf8(struct tbuf *b, const unsigned char *s, size_t n, size_t *replaced)
{
	int nfc = 0;

	size_t i = 0, run, k;
	uint32_t uc;

	while (i < n) {
		for (run = i; run + 8 <= n && ascii_no_cr8(load8(s + run));)
			run += 8;
		for (; run < n && s[run] < 0x80 && s[run] != '\r'; run++)
			;
		tbuf_add(b, s + i, run - i);
		if ((i = run) >= n)
			break;
		if (s[i] == '\r') {
			i += put_cr(b, s, i, n);
		} else if ((k = text_utf8_seq(s + i, n - i, &uc)) > 0) {
			tbuf_add(b, s + i, k);
			nfc |= !nfc_inert(uc);
			i += k;
		} else {
			tbuf_addu(b, 0xFFFD);
			(*replaced)++;
			i += text_utf8_badlen(s + i, n - i);
		}
	}
	return nfc;
}

/* Convert Windows-1252 (a superset of printable Latin-1) to UTF-8. */
static void
conv_cp1252(struct tbuf *b, const unsigned char *s, size_t n, size_t *replaced)
{
	size_t i;
	uint32_t uc;

	for (i = 0; i < n; i++) {
		if (s[i] == '\r') {
			i += put_cr(b, s, i, n) - 1;
			continue;
		}
		if (s[i] < 0x80) {
			tbuf_addc(b, (char)s[i]);
			continue;
		}
		uc = s[i] < 0xA0 ? cp1252_c1[s[i] - 0x80] : s[i];
		if (uc == 0) {
			uc = 0xFFFD;
			(*replaced)++;
		}
		tbuf_addu(b, uc);
	}
}

/* Normalise to NFC, only touching the stretches that can change: a run of
 * non-ASCII code points together with the ASCII character before it (ASCII
 * never composes backwards, so each run is independent). */
static int
to_nfc(struct tbuf *out, const char *s, size_t n)
{
	const unsigned char *u = (const unsigned char *)s;
	uint8_t tmp[256], *r;
	size_t i = 0, j, k, rlen, from;
	uint32_t uc;
	int inert;

	while (i < n) {
		for (j = i; j < n && u[j] < 0x80; j++)
			;
		if (j == n) {
			tbuf_add(out, s + i, n - i);
			break;
		}
		from = j > i ? j - 1 : j;
		tbuf_add(out, s + i, from - i);
		inert = 1;
		for (k = j; k < n && u[k] >= 0x80; ) {
			size_t l = text_utf8_seq(u + k, n - k, &uc);
			if (l == 0)
				l = 1, uc = 0xFFFD;
			if (!nfc_inert(uc))
				inert = 0;
			k += l;
		}
		if (inert) {
			tbuf_add(out, s + from, k - from);
		} else {
			rlen = sizeof(tmp);
			r = u8_normalize(UNINORM_NFC, u + from, k - from, tmp,
			    &rlen);
			if (r == NULL)
				return -1;
			tbuf_add(out, r, rlen);
			if (r != tmp)
				free(r);
		}
		i = k;
	}
	return out->err ? -1 : 0;
}

/* 1 if the text holds nothing but white space. */
static int
all_space(const char *s, size_t n)
{
	const unsigned char *u = (const unsigned char *)s;
	size_t i = 0, k;
	uint32_t uc;

	while (i < n) {
		if (u[i] < 0x80) {
			if (u[i] != ' ' && (u[i] < '\t' || u[i] > '\r'))
				return 0;
			i++;
			continue;
		}
		if ((k = text_utf8_seq(u + i, n - i, &uc)) == 0)
			return 0;
		if (!uc_is_property_white_space(uc) && uc != 0xFEFF &&
		    uc != 0x200B && uc != 0x2060)
			return 0;
		i += k;
	}
	return 1;
}

enum text_status
text_decode(const char *raw, size_t len, struct text_decoded *out)
{
	const unsigned char *s = (const unsigned char *)raw;
	struct tbuf b = { 0 }, nfc = { 0 };
	struct scan sc;
	int need_nfc = 0;

	memset(out, 0, sizeof(*out));
	if (len > TEXT_MAX_INPUT)
		return TEXT_TOO_LARGE;
	if (len > 0 && memchr(raw, '\0', len) != NULL)
		return TEXT_BINARY;
	if (len >= 3 && s[0] == 0xEF && s[1] == 0xBB && s[2] == 0xBF) {
		out->had_bom = 1;
		s += 3;
		len -= 3;
	}
	scan_bytes(s, len, &sc);
	if (sc.ctl * 4 > len)
		return TEXT_BINARY;
	if (tbuf_grow(&b, len) == -1)
		return TEXT_NOMEM;
	/* Mostly invalid non-ASCII bytes: a single-byte Western file. */
	if (sc.bad > 0 && sc.good * 4 <= sc.bad) {
		out->encoding = (sc.c1 > sc.undef) ? TEXT_ENC_CP1252 :
		    TEXT_ENC_LATIN1;
		conv_cp1252(&b, s, len, &out->replaced);
		need_nfc = 0;	/* CP1252 maps only to precomposed characters */
	} else {
		out->encoding = TEXT_ENC_UTF8;
		need_nfc = conv_utf8(&b, s, len, &out->replaced);
	}
	if (tbuf_finish(&b, NULL) == NULL)
		return TEXT_NOMEM;
	if (all_space(b.p, b.len)) {
		free(b.p);
		return TEXT_EMPTY;
	}
	if (!need_nfc) {
		out->text = b.p;
		out->len = b.len;
		return TEXT_OK;
	}
	if (tbuf_grow(&nfc, b.len) == -1 || to_nfc(&nfc, b.p, b.len) == -1 ||
	    tbuf_finish(&nfc, &out->len) == NULL) {
		free(b.p);
		free(nfc.p);
		out->len = 0;
		return TEXT_NOMEM;
	}
	free(b.p);
	out->text = nfc.p;
	return TEXT_OK;
}

const char *
text_status_str(enum text_status st)
{
	switch (st) {
	case TEXT_OK:
		return "ok";
	case TEXT_EMPTY:
		return "empty file (nothing but white space)";
	case TEXT_BINARY:
		return "binary file (NUL bytes or control characters)";
	case TEXT_TOO_LARGE:
		return "file too large (over 64 MiB)";
	case TEXT_NOMEM:
		return "out of memory";
	}
	return "unknown status";
}
