/* article/private.h: helpers shared by the article parser's files. */
#ifndef DOSSIER_ARTICLE_PRIVATE_H
#define DOSSIER_ARTICLE_PRIVATE_H

#include <stddef.h>

/* A calendar date with optional time (hour < 0 when absent) and optional
 * year (0 when absent). */
struct adate {
	int year, month, day, hour, min;
};

/* Find the first date in s[0..n): "13 settembre 2023", "September 13, 2023",
 * "13 Sep 2023", "2023-09-13", "13/09/2023", each with an optional time
 * ("alle ore 15:59", "15:59", "3:59 pm").  Fills *d and the byte range of
 * the match; returns 1 when found.  prefer_mdy reads 09/10/2023 as M/D. */
int adate_find(const char *s, size_t n, int prefer_mdy, struct adate *d,
    size_t *mstart, size_t *mend);

/* Find the first time of day ("15:59", "3:59 pm") in s[0..n); 1 if found. */
int adate_find_time(const char *s, size_t n, int *hour, int *min);

/* Write d as ISO 8601 into buf (at least 17 bytes); "" without a year. */
void adate_iso(const struct adate *d, char *buf, size_t size);

/* 1 if the line (a whole line, spaces collapsed) is page debris: share,
 * subscribe, advertising, cookie, "Leggi anche", "Read more" and the like. */
int article_is_debris(const char *s, size_t n);
/* A folded line of ARTICLE_DEBRIS_EXACT_MAX bytes or more is none of the
 * lines that are debris whole; the longest of those (for a test). */
#define ARTICLE_DEBRIS_EXACT_MAX 32
size_t article_debris_exact_longest(void);

/* What a short line (s, n bytes) heads, folded once: a list of topics or tags
 * at a page's end ("Explore more on these topics", "Argomenti": its short
 * items after it are no text either), another story's link ("Leggi
 * anche", "Read more" alone: its headline follows), what a page shows
 * after its story ("Ti potrebbero interessare", "Most popular",
 * "Commenti": with no sentence after it, other stories' links). */
#define ARTICLE_HEAD_TOPICS  1u
#define ARTICLE_HEAD_RELATED 2u
#define ARTICLE_HEAD_END     4u
/* ... and whether it credits a photo ("(AFP via Getty Images)", "AP
 * Photo/Mario Rossi", "(Reuters)"): the caption above it goes too. */
#define ARTICLE_LINE_CREDIT  8u
unsigned article_line_heads(const char *s, size_t n);


/* 1 if the short line s (n bytes) names a paper or a news site ("Il Fatto
 * Quotidiano", "The Independent", "Daily News"). */
int article_is_outlet_name(const char *s, size_t n);

/* 1 if the line s (n bytes) is a site's section ("Politica", "World",
 * "Middle East"): a label above a headline. */
int article_is_section(const char *s, size_t n);

/* Case-insensitive ASCII prefix test on a word boundary. */
int article_starts_word(const char *s, size_t n, const char *w);

#endif
