/* text/private.h: helpers shared by the text module's files. */
#ifndef DOSSIER_TEXT_PRIVATE_H
#define DOSSIER_TEXT_PRIVATE_H

#include <stddef.h>
#include <stdint.h>

/* A growable byte buffer; on allocation failure `err` is set and appends
 * become no-ops. */
struct tbuf {
	char *p;
	size_t len, cap;
	int err;
};

int tbuf_grow(struct tbuf *b, size_t more);
void tbuf_add(struct tbuf *b, const void *s, size_t n);
void tbuf_addc_grow(struct tbuf *b, char c);

/* Append one byte.  Inline when there is room: text_fold calls it twice a
 * byte, and the call alone was 6% of parsing (1.2% of import's work). */
static inline void
tbuf_addc(struct tbuf *b, char c)
{
	if (!b->err && b->len + 2 <= b->cap)
		b->p[b->len++] = c;
	else
		tbuf_addc_grow(b, c);
}
void tbuf_addu(struct tbuf *b, uint32_t uc);
char *tbuf_finish(struct tbuf *b, size_t *lenp);

/* Length of the valid UTF-8 sequence at s[0..n), storing the code point in
 * *uc, or 0 when the bytes there are not a valid, shortest-form sequence. */
size_t text_utf8_seq(const unsigned char *s, size_t n, uint32_t *uc);

/* Length of the invalid stretch to replace by one U+FFFD at s (>= 1):
 * a truncated but well-begun sequence counts as one. */
size_t text_utf8_badlen(const unsigned char *s, size_t n);

#endif
