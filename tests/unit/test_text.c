/* test_text: unit tests of the text module (decode, sanitise, width, wrap, fold). */
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <uninorm.h>
#include "dossier/text.h"
#include "../tap.h"

/* Decode a literal; returns the text (caller frees) and fills *d. */
static char *
dec(const char *raw, size_t len, struct text_decoded *d, enum text_status *st)
{
	*st = text_decode(raw, len, d);
	return d->text;
}

#define DEC(lit, d, st) dec((lit), sizeof(lit) - 1, (d), (st))

static void
test_decode_basic(void)
{
	struct text_decoded d;
	enum text_status st;
	char *t;

	t = DEC("hello\r\nworld\rend\n", &d, &st);
	is_int(st, TEXT_OK, "ascii decodes");
	is_str(t, "hello\nworld\nend\n", "CRLF and lone CR become LF");
	is_int(d.encoding, TEXT_ENC_UTF8, "ascii is utf-8");
	is_int(d.replaced, 0, "nothing replaced");
	free(t);

	t = DEC("\xef\xbb\xbf" "Caf\xc3\xa9", &d, &st);
	is_str(t, "Caf\xc3\xa9", "BOM stripped");
	ok(d.had_bom, "had_bom set");
	is_int(d.len, 5, "len excludes BOM");
	free(t);

	t = DEC("Cafe\xcc\x81 e\xcc\x80 n\xcc\x83", &d, &st);
	is_str(t, "Caf\xc3\xa9 \xc3\xa8 \xc3\xb1", "NFC composes e+U+0301, e+U+0300, n+U+0303");
	free(t);
	t = DEC("\xe2\x84\xab ok \xea\xb0\x80", &d, &st);
	is_str(t, "\xc3\x85 ok \xea\xb0\x80", "NFC maps ANGSTROM SIGN singleton to A-ring");
	free(t);
	t = DEC("\xe1\x84\x80\xe1\x85\xa1", &d, &st);
	is_str(t, "\xea\xb0\x80", "NFC composes Hangul jamo");
	free(t);

	is_int(text_decode("", 0, &d), TEXT_EMPTY, "empty refused");
	ok(d.text == NULL, "no text on refusal");
	is_int(text_decode(" \n\t\r\n  ", 7, &d), TEXT_EMPTY, "whitespace-only refused");
	is_int(text_decode("\xc2\xa0 \xef\xbb\xbf\n", 6, &d), TEXT_EMPTY, "NBSP/BOM-only refused");
	is_int(text_decode("\xef\xbb\xbf", 3, &d), TEXT_EMPTY, "lone BOM refused");
	is_int(text_decode("abc\0def", 7, &d), TEXT_BINARY, "NUL byte is binary");
	is_int(text_decode("\x01\x02\x03\x04\x05xyz\x06\x07", 10, &d), TEXT_BINARY,
	    "mostly control bytes is binary");
	is_int(text_decode("x", TEXT_MAX_INPUT + 1, &d), TEXT_TOO_LARGE,
	    "over TEXT_MAX_INPUT refused (not read)");
	ok(strlen(text_status_str(TEXT_BINARY)) > 0, "status string");
	ok(strcmp(text_status_str(TEXT_EMPTY), text_status_str(TEXT_BINARY)) != 0,
	    "status strings differ");
}

static void
test_decode_invalid(void)
{
	struct text_decoded d;
	enum text_status st;
	char *t;

	t = DEC("caff\xc3\xa8 \xc0\xaf end \xc3\xa0", &d, &st);
	is_str(t, "caff\xc3\xa8 \xef\xbf\xbd\xef\xbf\xbd end \xc3\xa0", "overlong C0 AF: two U+FFFD");
	is_int(d.replaced, 2, "overlong counted");
	is_int(d.encoding, TEXT_ENC_UTF8, "still utf-8 (valid sequences dominate)");
	free(t);

	t = DEC("\xc3\xa8\xc3\xa8 \xed\xa0\x80 \xc3\xa8", &d, &st);
	is_str(t, "\xc3\xa8\xc3\xa8 \xef\xbf\xbd\xef\xbf\xbd\xef\xbf\xbd \xc3\xa8", "surrogate ED A0 80 invalid");
	is_int(d.replaced, 3, "surrogate bytes counted");
	free(t);

	t = DEC("\xc3\xa8\xc3\xa8\xc3\xa8\xc3\xa8 x\xe2\x82", &d, &st);
	is_str(t, "\xc3\xa8\xc3\xa8\xc3\xa8\xc3\xa8 x\xef\xbf\xbd", "truncated sequence at end: one U+FFFD");
	is_int(d.replaced, 1, "truncated counted once");
	free(t);

	t = DEC("\xc3\xa8\xc3\xa8\xc3\xa8\xc3\xa8 \xf4\x90\x80\x80!", &d, &st);
	ok(t && strstr(t, "\xef\xbf\xbd") && d.replaced == 4, "beyond U+10FFFF invalid");
	free(t);

	t = DEC("\xc3\xa8\xc3\xa8\xc3\xa8\xc3\xa8 \xf0\x9f\x98\x80 ok", &d, &st);
	is_int(d.replaced, 0, "4-byte emoji valid");
	free(t);

	/* Windows-1252 smart quotes, euro, dashes */
	t = DEC("\x93L\x92Italia\x94 \x96 5\x80 \x85 perch\xe9", &d, &st);
	is_int(st, TEXT_OK, "cp1252 decodes");
	is_int(d.encoding, TEXT_ENC_CP1252, "cp1252 detected");
	is_str(t, "\xe2\x80\x9cL\xe2\x80\x99Italia\xe2\x80\x9d \xe2\x80\x93 5\xe2\x82\xac \xe2\x80\xa6 perch\xc3\xa9",
	    "cp1252 quotes, dash, euro, ellipsis, e-acute");
	is_int(d.replaced, 0, "nothing replaced in cp1252");
	free(t);

	t = DEC("citt\xe0 e caff\xe8\r\n", &d, &st);
	is_int(d.encoding, TEXT_ENC_LATIN1, "latin-1 detected (no C1 bytes)");
	is_str(t, "citt\xc3\xa0 e caff\xc3\xa8\n", "latin-1 converted, CRLF");
	free(t);

	t = DEC("\x8a\x9a\x8c\x9c\x8e\x9e\x9f\x99", &d, &st);
	is_str(t, "\xc5\xa0\xc5\xa1\xc5\x92\xc5\x93\xc5\xbd\xc5\xbe\xc5\xb8\xe2\x84\xa2", "cp1252 S-caron, OE, Z-caron, Y-diaeresis, TM");
	free(t);

	t = DEC("x \x81 \x93y\x94", &d, &st);
	is_int(d.encoding, TEXT_ENC_CP1252, "cp1252 with undefined byte");
	is_int(d.replaced, 1, "undefined 0x81 replaced");
	free(t);
}

/* A file's bytes, or NULL. */
static char *
slurp(const char *path, size_t *len)
{
	FILE *f = fopen(path, "rb");
	char *buf;
	long n;

	if (f == NULL)
		return NULL;
	fseek(f, 0, SEEK_END);
	n = ftell(f);
	rewind(f);
	buf = malloc((size_t)n + 1);
	if (buf && fread(buf, 1, (size_t)n, f) != (size_t)n) {
		free(buf);
		buf = NULL;
	}
	fclose(f);
	*len = (size_t)n;
	return buf;
}

static void
test_decode_files(void)
{
	const char *top = getenv("top_srcdir");
	char path[4096], *raw;
	struct text_decoded d;
	size_t len;

	snprintf(path, sizeof(path), "%s/tests/data/articles/cp1252-quotes.txt",
	    top ? top : ".");
	raw = slurp(path, &len);
	ok(raw != NULL, "read cp1252 file");
	if (raw == NULL)
		return;
	is_int(text_decode(raw, len, &d), TEXT_OK, "cp1252 file decodes");
	is_int(d.encoding, TEXT_ENC_CP1252, "cp1252 file detected");
	ok(strstr(d.text, "\xe2\x80\x9cnuova era\xe2\x80\x9d") != NULL, "smart quotes converted");
	ok(strstr(d.text, "\r") == NULL, "no CR left");
	ok(strstr(d.text, "Citt\xc3\xa0") != NULL, "accented letter converted");
	free(d.text);
	free(raw);
}

/* decode must agree with whole-string u8_normalize(NFC). */
static void
test_decode_nfc_agrees(void)
{
	static const char *in[] = {
		"\xe1\xbc\x88\xce\xb8\xe1\xbf\x86\xce\xbd\xce\xb1\xce\xb9 x",
		"a\xcc\x88\xcc\x81 q\xcc\xa3\xcc\x87 o\xcc\x9b\xcc\x83",
		"\xd0\xb8\xcc\x86 \xd0\x99 \xe3\x81\x8b\xe3\x82\x99 \xea\xb0\x80\xe1\x86\xa8",
		"\xcd\xb4 \xcd\xbe \xe2\x80\x80 \xe2\x84\xa6 \xef\xac\x81",
		"\xc3\xa8\xcc\x81 z\xcc\x8c \xe0\xa4\x95\xe0\xa4\xbc",
	};
	struct text_decoded d;
	uint8_t *n;
	size_t i, nl;

	for (i = 0; i < sizeof(in) / sizeof(in[0]); i++) {
		nl = 0;
		n = u8_normalize(UNINORM_NFC, (const uint8_t *)in[i],
		    strlen(in[i]), NULL, &nl);
		ok(text_decode(in[i], strlen(in[i]), &d) == TEXT_OK && n &&
		    d.len == nl && memcmp(d.text, n, nl) == 0,
		    "decode NFC agrees with u8_normalize #%zu", i);
		free(n);
		free(d.text);
	}
}

static void
test_decode_speed(void)
{
	static const char para[] =
	    "Il presidente russo Vladimir Putin ha incontrato il leader nordcoreano "
	    "Kim Jong-un al cosmodromo di Vosto\xc4\x8dnyj, dove si \xc3\xa8 parlato "
	    "di cooperazione militare e di \xe2\x80\x9cnuova era\xe2\x80\x9d.\n";
	size_t n = 32u << 20, i, pl = sizeof(para) - 1;
	char *big = malloc(n);
	struct text_decoded d;
	clock_t t0;
	double secs, mbs;

	if (big == NULL)
		return;
	for (i = 0; i + pl <= n; i += pl)
		memcpy(big + i, para, pl);
	memset(big + i, 'x', n - i);
	t0 = clock();
	is_int(text_decode(big, n, &d), TEXT_OK, "32 MiB decodes");
	secs = (double)(clock() - t0) / CLOCKS_PER_SEC;
	mbs = secs > 0 ? (n / 1048576.0) / secs : 1e9;
	printf("# decode throughput: %.0f MiB/s (%.3f s for 32 MiB)\n", mbs, secs);
	is_int(d.len, n, "length preserved");
	ok(mbs > 20, "decode faster than 20 MiB/s even under sanitizers (%.0f)", mbs);
	free(d.text);
	free(big);
}

static void
san(const char *in, size_t len, int tab, const char *want, const char *name)
{
	char *s = text_sanitize(in, len, tab);
	is_str(s, want, "sanitize %s", name);
	ok(s && text_is_safe(s, strlen(s)), "sanitized %s is safe", name);
	ok(s && strchr(s, 0x1b) == NULL, "no ESC in %s", name);
	free(s);
}

#define SAN(lit, tab, want, name) san((lit), sizeof(lit) - 1, (tab), (want), (name))

static void
test_sanitize(void)
{
	SAN("plain text, \xc3\xa8 \xe4\xb8\xad\n", 0, "plain text, \xc3\xa8 \xe4\xb8\xad\n", "plain");
	SAN("a\x1b[6nb", 0, "a\xe2\x90\x9b[6nb", "ESC[6n (cursor report)");
	SAN("\x1b]52;c;ZWNobw==\x07", 0, "\xe2\x90\x9b]52;c;ZWNobw==\xe2\x90\x87", "OSC 52 clipboard");
	SAN("\x1b]8;;http://x\x1b\\link\x1b]8;;\x1b\\", 0,
	    "\xe2\x90\x9b]8;;http://x\xe2\x90\x9b\\link\xe2\x90\x9b]8;;\xe2\x90\x9b\\", "OSC 8 hyperlink");
	SAN("\x1b" "c", 0, "\xe2\x90\x9b" "c", "ESC c (reset)");
	SAN("x\x9b" "31m", 0, "x\xef\xbf\xbd" "31m", "raw C1 byte 0x9B CSI");
	SAN("x\xc2\x9b" "31m", 0, "x\xef\xbf\xbd" "31m", "U+009B CSI");
	SAN("x\xc2\x9d" "0;t\xc2\x9c", 0, "x\xef\xbf\xbd" "0;t\xef\xbf\xbd", "U+009D OSC, U+009C ST");
	SAN("\x1b]0;title", 0, "\xe2\x90\x9b]0;title", "unterminated OSC");
	SAN("abc\b\b\bxyz", 0, "abc\xe2\x90\x88\xe2\x90\x88\xe2\x90\x88xyz", "backspaces");
	SAN("safe\rEVIL", 0, "safe\xe2\x90\x8d" "EVIL", "carriage return");
	SAN("del\x7f", 0, "del\xe2\x90\xa1", "DEL");
	SAN("a\tb", 0, "a b", "tab dropped to space");
	SAN("a\tb", 1, "a\tb", "tab kept");
	SAN("x\xe2\x80\xae" "evil\xe2\x80\xac", 0, "x\xef\xbf\xbd" "evil\xef\xbf\xbd", "RLO/PDF bidi override");
	SAN("\xe2\x81\xa6i\xe2\x81\xa9\xe2\x80\x8f\xd8\x9c", 0,
	    "\xef\xbf\xbdi\xef\xbf\xbd\xef\xbf\xbd\xef\xbf\xbd", "isolates, RLM, ALM");
	SAN("bad\xff\xfe\xc3", 0, "bad\xef\xbf\xbd\xef\xbf\xbd\xef\xbf\xbd", "invalid utf-8");
	SAN("over\xc0\x9b", 0, "over\xef\xbf\xbd\xef\xbf\xbd", "overlong ESC-ish");
	SAN("nul\0x", 0, "nul\xe2\x90\x80x", "NUL inside");

	ok(text_is_safe("ciao \xc3\xa8\n", 8), "is_safe plain");
	ok(!text_is_safe("a\x1b", 2), "is_safe ESC");
	ok(!text_is_safe("a\xc2\x85", 3), "is_safe C1 NEL");
	ok(!text_is_safe("\xe2\x80\xae", 3), "is_safe RLO");
	ok(!text_is_safe("\xff", 1), "is_safe invalid");
	ok(text_is_safe("a\tb", 3), "is_safe tab (kept with keep_tab)");
}

static void
test_width(void)
{
	is_int(text_width("abc", 3), 3, "width ascii");
	is_int(text_width("\xc3\xa8", 2), 1, "width e-grave");
	is_int(text_width("e\xcc\x81", 3), 1, "width e + combining acute");
	is_int(text_width("\xed\x95\x9c\xea\xb5\xad\xec\x96\xb4", 9), 6, "width Korean 3 syllables");
	is_int(text_width("\xe4\xb8\xad\xe6\x96\x87", 6), 4, "width Chinese");
	is_int(text_width("\xf0\x9f\x98\x80", 4), 2, "width emoji");
	is_int(text_width("\xe2\x80\x9c\xe2\x80\xa6\xe2\x80\x9d", 9), 3, "width quotes/ellipsis narrow");
	is_int(text_width("", 0), 0, "width empty");
}

static void
trunc_is(const char *s, int cols, const char *want, const char *name)
{
	char *t = text_truncate(s, strlen(s), cols);
	is_str(t, want, "truncate %s", name);
	if (t && cols >= 0)
		ok(text_width(t, strlen(t)) <= cols, "truncate %s fits %d", name, cols);
	free(t);
}

static void
test_truncate(void)
{
	trunc_is("hello world", 20, "hello world", "fits");
	trunc_is("hello world", 11, "hello world", "exact");
	trunc_is("hello world", 8, "hello w\xe2\x80\xa6", "cut");
	trunc_is("\xe4\xb8\xad\xe6\x96\x87\xe5\xad\x97", 4, "\xe4\xb8\xad\xe2\x80\xa6", "CJK not half");
	trunc_is("\xe4\xb8\xad\xe6\x96\x87\xe5\xad\x97", 5, "\xe4\xb8\xad\xe6\x96\x87\xe2\x80\xa6", "CJK 5");
	trunc_is("caffe\xcc\x80 latte", 6, "caffe\xcc\x80\xe2\x80\xa6", "keeps combining mark with base");
	trunc_is("abc", 1, "\xe2\x80\xa6", "one column");
	trunc_is("abc", 0, "", "zero columns");
}

/* Wrap s to cols and compare the lines joined by '|'. */
static void
wrap(const char *s, int cols, const char *want, const char *name)
{
	struct text_line *l;
	long n = text_wrap(s, strlen(s), cols, &l), i;
	char got[4096] = "";
	int fits = 1;

	for (i = 0; i < n; i++) {
		if (i)
			strcat(got, "|");
		strncat(got, s + l[i].start, l[i].len);
		if (l[i].width > cols && l[i].width > 2)
			fits = 0;
		if (l[i].width != text_width(s + l[i].start, l[i].len))
			fits = 0;
	}
	is_str(got, want, "wrap %s at %d", name, cols);
	ok(fits, "wrap %s widths right and within %d", name, cols);
	free(l);
}

static void
test_wrap(void)
{
	const char *it = "Si \xc3\xa8 concluso il faccia a faccia tra Vladimir Putin e Kim Jong-un.";

	wrap(it, 80, it, "italian wide");
	wrap(it, 20, "Si \xc3\xa8 concluso il|faccia a faccia tra|Vladimir Putin e Kim|Jong-un.", "italian");
	wrap(it, 12, "Si \xc3\xa8|concluso il|faccia a|faccia tra|Vladimir|Putin e Kim|Jong-un.", "italian narrow");
	wrap("Kim Jong-un", 9, "Kim Jong-|un", "hyphen break");
	wrap("\xe4\xb8\xad\xe5\x9b\xbd\xe5\x92\x8c\xe4\xbf\x84\xe7\xbd\x97\xe6\x96\xaf", 6,
	    "\xe4\xb8\xad\xe5\x9b\xbd\xe5\x92\x8c|\xe4\xbf\x84\xe7\xbd\x97\xe6\x96\xaf", "CJK");
	wrap("\xe4\xb8\xad\xe5\x9b\xbd\xe5\x92\x8c\xe4\xbf\x84\xe7\xbd\x97\xe6\x96\xaf", 5,
	    "\xe4\xb8\xad\xe5\x9b\xbd|\xe5\x92\x8c\xe4\xbf\x84|\xe7\xbd\x97\xe6\x96\xaf", "CJK odd");
	wrap("supercalifragilistic", 8, "supercal|ifragili|stic", "long word split");
	wrap("a verylongwordhere b", 6, "a|verylo|ngword|here b", "long word mid-line");
	wrap("one\ntwo three\n\nfour", 40, "one|two three||four", "forced breaks");
	wrap("trailing   spaces  here", 12, "trailing|spaces  here", "trailing spaces excluded");
	wrap("perch\xc3\xa9 cos\xc3\xac citt\xc3\xa0", 7, "perch\xc3\xa9|cos\xc3\xac|citt\xc3\xa0", "accents count 1");
	wrap("", 10, "", "empty");
	wrap("ab\xff" "cd ef\xe2\x82", 3, "ab\xff|cd|ef\xe2\x82", "invalid bytes count one column each");
	trunc_is("ab\xff\xfe" "cdef", 4, "ab\xff\xe2\x80\xa6", "invalid bytes");
}

static void
fold(const char *s, const char *want)
{
	char *f = text_fold(s, strlen(s));
	is_str(f, want, "fold '%s'", s);
	free(f);
}

static void
test_fold(void)
{
	fold("Vosto\xcc\x80\xc4\x8dnyj", "vostocnyj");
	fold("Vost\xc3\xb2\xc4\x8dnyj", "vostocnyj");
	fold("KIM Jong-un", "kim jong un");
	fold("Kim Jong Un", "kim jong un");
	fold("L\xe2\x80\x99Ucraina", "l ucraina");
	fold("  --Hello,   World!!  ", "hello world");
	fold("Stra\xc3\x9f" "e", "strasse");
	fold("\xc3\x98resund \xc5\x81\xc3\xb3" "d\xc5\xba \xc4\x90" "akovo", "oresund lodz dakovo");
	fold("\xc3\x86sir \xc5\x93uvre \xc3\x9e" "or", "aesir oeuvre thor");
	fold("Diyarbak\xc4\xb1r", "diyarbakir");
	fold("\xef\xac\x81nale \xe2\x91\xa0", "finale 1");
	fold("M\xc3\xbcller-L\xc3\xbc" "denscheid", "muller ludenscheid");
	fold("\xd0\x9c\xd0\xbe\xd1\x81\xd0\xba\xd0\xb2\xd0\xb0", "\xd0\xbc\xd0\xbe\xd1\x81\xd0\xba\xd0\xb2\xd0\xb0");
	fold("\xe6\x9d\xb1\xe4\xba\xac", "\xe6\x9d\xb1\xe4\xba\xac");
	fold("", "");
	fold("a\tb\x01" "c_d~e 9\x7f" "F", "a b c d e 9 f");
	fold("\xe2\x80\x94\xe2\x80\x9c\xe2\x80\x9d", "");
	/* folded a run at a time: ASCII, then accented, Greek, a ligature,
	 * a mark after an ASCII letter, invalid bytes */
	fold("Perch\xc3\xa9 VOST\xc3\x92\xc4\x8cNYJ, \xc4\xb0stanbul e "
	    "Stra\xc3\x9f" "e: \xef\xac\x81ne",
	    "perche vostocnyj istanbul e strasse fine");
	fold("\xce\xa3\xce\x8a\xce\xa3\xce\xa5\xce\xa6\xce\x9f\xce\xa3 "
	    "\xc7\x85" "emal e\xcc\x81 Kim Jong-un",
	    "\xcf\x83\xce\xb9\xcf\x83\xcf\x85\xcf\x86\xce\xbf\xcf\x83 "
	    "dzemal e kim jong un");
	{
		char *f = text_fold("ab\xff\xfe" "cd \xc3\xa8", 8);

		ok(f != NULL && strstr(f, "ab") && strstr(f, "cd"),
		    "invalid bytes: the rest is still folded ('%s')", f ? f : "");
		free(f);
	}
}

/* Encode u as UTF-8 at o: its length. */
static size_t
utf8_put(unsigned u, char *o)
{
	if (u < 0x80) {
		o[0] = (char)u;
		return 1;
	}
	if (u < 0x800) {
		o[0] = (char)(0xC0 | (u >> 6));
		o[1] = (char)(0x80 | (u & 0x3F));
		return 2;
	}
	o[0] = (char)(0xE0 | (u >> 12));
	o[1] = (char)(0x80 | ((u >> 6) & 0x3F));
	o[2] = (char)(0x80 | (u & 0x3F));
	return 3;
}

/* text_fold folds a short text of ASCII, U+0080 to U+017F and U+2000 to
 * U+207F in one pass of its own: every pair of those characters (and a
 * few others) folds as it does after 1,100 spaces, which take it the
 * long way (the spaces fold to nothing). */
static void
test_fold_fast(void)
{
	enum { PAD = 1100 };
	static const unsigned extra[] = { 0x180, 0x24F, 0x300, 0x301, 0x308,
	    0x3A3, 0x430, 0xFB01, 0x2460, 0x20AC, 0xFEFF, 0x1E9E };
	unsigned cs[700];
	size_t nc = 0;
	char *s = malloc(PAD + 16);
	int bad = 0, cases = 0;

	for (unsigned u = 0x01; u < 0x180; u++)
		cs[nc++] = u;
	for (unsigned u = 0x2000; u < 0x2080; u++)
		cs[nc++] = u;
	for (size_t k = 0; k < sizeof(extra) / sizeof(*extra); k++)
		cs[nc++] = extra[k];
	memset(s, ' ', PAD);
	for (size_t a = 0; s != NULL && a < nc && bad < 3; a++)
		for (size_t b = 0; b < nc && bad < 3; b++) {
			size_t n = utf8_put(cs[a], s + PAD);
			char *fast, *slow;

			n += utf8_put(cs[b], s + PAD + n);
			fast = text_fold(s + PAD, n);
			slow = text_fold(s, PAD + n);
			cases++;
			if (fast == NULL || slow == NULL ||
			    strcmp(fast, slow) != 0) {
				bad++;
				printf("#   U+%04X U+%04X: '%s' against '%s'\n",
				    cs[a], cs[b], fast ? fast : "(null)",
				    slow ? slow : "(null)");
			}
			free(fast);
			free(slow);
		}
	ok(s != NULL && bad == 0, "text_fold's one pass folds as the long "
	    "way on %d pairs", cases);
	free(s);
}

int
main(void)
{
	test_decode_basic();
	test_decode_invalid();
	test_decode_files();
	test_decode_nfc_agrees();
	test_decode_speed();
	test_sanitize();
	test_width();
	test_truncate();
	test_wrap();
	test_fold();
	test_fold_fast();
	return tap_done();
}
