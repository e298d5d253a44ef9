/*
 * text: everything dossier knows about Unicode, built on libunistring.
 * Decoding raw bytes to NFC UTF-8, sanitising text for a terminal, display
 * width, line wrapping and folding to search/match keys.
 *
 * Ownership: every char * returned here is malloc'd and freed by the caller
 * with free(); arrays likewise.  Functions returning int give 0 on success
 * and -1 on failure (errno = ENOMEM) unless documented otherwise.
 */
#ifndef DOSSIER_TEXT_H
#define DOSSIER_TEXT_H

#include <stddef.h>

/* Inputs larger than this are refused by text_decode (TEXT_TOO_LARGE). */
#define TEXT_MAX_INPUT (64u * 1024u * 1024u)

enum text_status {
	TEXT_OK = 0,
	TEXT_EMPTY,     /* nothing but whitespace */
	TEXT_BINARY,    /* NUL bytes or mostly non-text */
	TEXT_TOO_LARGE, /* over TEXT_MAX_INPUT */
	TEXT_NOMEM
};

enum text_encoding { TEXT_ENC_UTF8, TEXT_ENC_LATIN1, TEXT_ENC_CP1252 };

struct text_decoded {
	char *text;                  /* NFC UTF-8, '\n' line ends, no BOM, NUL-terminated */
	size_t len;                  /* bytes, without the NUL */
	enum text_encoding encoding; /* what the input was detected as */
	size_t replaced;             /* invalid sequences replaced with U+FFFD */
	int had_bom;
};

/* Decode raw file bytes: strip a BOM, detect UTF-8 vs Latin-1/Windows-1252,
 * replace unexplained invalid UTF-8 with U+FFFD, turn CRLF and lone CR into
 * '\n', normalise to NFC.  On TEXT_OK, out->text must be freed. */
enum text_status text_decode(const char *raw, size_t len, struct text_decoded *out);

/* A short English phrase for a status ("binary file (NUL bytes)"). */
const char *text_status_str(enum text_status st);

/* Make UTF-8 text safe to write to a terminal: every C0/C1 control other than
 * '\n' (and '\t' when keep_tab) and every bidi override/isolate becomes a
 * visible harmless mark (ESC shows as U+241B, other C0 as the U+2400 control
 * pictures, C1 and bidi controls as U+FFFD-like marks); invalid UTF-8 becomes
 * U+FFFD.  Never returns escape sequences.  Returns NULL on ENOMEM. */
char *text_sanitize(const char *s, size_t len, int keep_tab);

/* 1 if s (len bytes) contains nothing text_sanitize would change. */
int text_is_safe(const char *s, size_t len);

/* Display width in terminal columns of UTF-8 text (sanitised text assumed). */
int text_width(const char *s, size_t len);

/* Copy of s cut to at most `cols` columns, never mid-character, ending in
 * "…" when cut.  Returns NULL on ENOMEM. */
char *text_truncate(const char *s, size_t len, int cols);

/* One wrapped line: a byte range of the input and its width in columns. */
struct text_line {
	size_t start;
	size_t len; /* excluding the break and trailing spaces */
	int width;
};

/* Wrap UTF-8 text (one paragraph, '\n' is a forced break) to `cols`
 * columns using the Unicode line breaking algorithm.  *lines is malloc'd;
 * returns the number of lines, or -1 on ENOMEM. Words wider than cols are
 * split at character boundaries. */
long text_wrap(const char *s, size_t len, int cols, struct text_line **lines);

/* Fold text to a matching key: case fold, NFKD, remove combining marks,
 * transliteration folding (č→c, ø→o, ß→ss, ...), punctuation and hyphens
 * to single spaces, trimmed.  "Kim Jong-un" and "KIM JONG UN" give the same
 * key; "Vostòčnyj" gives "vostocnyj".  Returns NULL on ENOMEM. */
char *text_fold(const char *s, size_t len);

#endif
