/*
 * article: turns the text of a saved news article into its parts.
 * Input is what text_decode produced (NFC UTF-8, '\n' line ends); the
 * parser never touches the store.
 *
 * Ownership: article_parse fills a struct whose strings are malloc'd;
 * release them with article_free.
 */
#ifndef DOSSIER_ARTICLE_H
#define DOSSIER_ARTICLE_H

#include <stddef.h>

struct article {
	char *title;     /* headline, or the first sentence when there is none */
	char *dateline;  /* "Mosca", or NULL */
	char *published; /* ISO 8601: "2023-09-13" or "2023-09-13T15:59", or NULL */
	char *outlet;    /* "AgenPress", or NULL */
	char *byline;    /* author, or NULL */
	char lang[4];    /* article_detect_lang's */
	char *body;      /* NFC text, blocks separated by one blank line ("\n\n") */
	char *blocks;    /* one char per block of body: 'p' paragraph, 'h' sub-heading */
	size_t body_len;
};

/* Parse decoded article text.  Returns 0, or -1 on ENOMEM or when the text
 * has no body at all (errno = EINVAL). */
int article_parse(const char *text, size_t len, struct article *out);

void article_free(struct article *a);

/* Detect the language of a text: "it", "en"; "de", "fr", "es", "pt",
 * told only from Italian and English, whose rules for names they do not
 * follow; "und" for enough words of another language or script; or ""
 * (too little to tell). */
const char *article_detect_lang(const char *text, size_t len);

#endif
