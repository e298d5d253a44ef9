/* text/buf.c: growable buffer and UTF-8 stepping shared by the module. */
#include <stdlib.h>
#include <string.h>
#include "private.h"

/* Make room for `more` bytes plus a NUL. */
int
tbuf_grow(struct tbuf *b, size_t more)
{
	size_t cap;
	char *p;

	if (b->err)
		return -1;
	if (b->len + more + 1 <= b->cap)
		return 0;
	cap = b->cap ? b->cap : 64;
	while (cap < b->len + more + 1) {
		if (cap > SIZE_MAX / 2) {
			b->err = 1;
			return -1;
		}
		cap *= 2;
	}
	if ((p = realloc(b->p, cap)) == NULL) {
		b->err = 1;
		return -1;
	}
	b->p = p;
	b->cap = cap;
	return 0;
}

/* Append n bytes. */
void
tbuf_add(struct tbuf *b, const void *s, size_t n)
{
	if (n == 0 || tbuf_grow(b, n) == -1)
		return;
	memcpy(b->p + b->len, s, n);
	b->len += n;
}

/* Append one byte, growing the buffer (tbuf_addc's slow path). */
void
tbuf_addc_grow(struct tbuf *b, char c)
{
	if (tbuf_grow(b, 1) == -1)
		return;
	b->p[b->len++] = c;
}

/* Append one code point as UTF-8. */
void
tbuf_addu(struct tbuf *b, uint32_t uc)
{
	unsigned char u[4];
	size_t n;

	if (uc < 0x80) {
		u[0] = (unsigned char)uc;
		n = 1;
	} else if (uc < 0x800) {
		u[0] = 0xC0 | (uc >> 6);
		u[1] = 0x80 | (uc & 0x3F);
		n = 2;
	} else if (uc < 0x10000) {
		u[0] = 0xE0 | (uc >> 12);
		u[1] = 0x80 | ((uc >> 6) & 0x3F);
		u[2] = 0x80 | (uc & 0x3F);
		n = 3;
	} else {
		u[0] = 0xF0 | (uc >> 18);
		u[1] = 0x80 | ((uc >> 12) & 0x3F);
		u[2] = 0x80 | ((uc >> 6) & 0x3F);
		u[3] = 0x80 | (uc & 0x3F);
		n = 4;
	}
	tbuf_add(b, u, n);
}

/* NUL-terminate and hand over the buffer; NULL after an allocation error. */
char *
tbuf_finish(struct tbuf *b, size_t *lenp)
{
	if (tbuf_grow(b, 0) == -1) {
		free(b->p);
		b->p = NULL;
		return NULL;
	}
	b->p[b->len] = '\0';
	if (lenp)
		*lenp = b->len;
	return b->p;
}

size_t
text_utf8_seq(const unsigned char *s, size_t n, uint32_t *uc)
{
	unsigned char c = s[0];

	if (c < 0x80) {
		*uc = c;
		return 1;
	}
	if (c >= 0xC2 && c <= 0xDF) {
		if (n < 2 || (s[1] & 0xC0) != 0x80)
			return 0;
		*uc = ((uint32_t)(c & 0x1F) << 6) | (s[1] & 0x3F);
		return 2;
	}
	if (c >= 0xE0 && c <= 0xEF) {
		if (n < 3 || (s[1] & 0xC0) != 0x80 || (s[2] & 0xC0) != 0x80)
			return 0;
		if ((c == 0xE0 && s[1] < 0xA0) || (c == 0xED && s[1] >= 0xA0))
			return 0;	/* overlong, surrogate */
		*uc = ((uint32_t)(c & 0x0F) << 12) |
		    ((uint32_t)(s[1] & 0x3F) << 6) | (s[2] & 0x3F);
		return 3;
	}
	if (c >= 0xF0 && c <= 0xF4) {
		if (n < 4 || (s[1] & 0xC0) != 0x80 || (s[2] & 0xC0) != 0x80 ||
		    (s[3] & 0xC0) != 0x80)
			return 0;
		if ((c == 0xF0 && s[1] < 0x90) || (c == 0xF4 && s[1] >= 0x90))
			return 0;	/* overlong, beyond U+10FFFF */
		*uc = ((uint32_t)(c & 0x07) << 18) |
		    ((uint32_t)(s[1] & 0x3F) << 12) |
		    ((uint32_t)(s[2] & 0x3F) << 6) | (s[3] & 0x3F);
		return 4;
	}
	return 0;
}

size_t
text_utf8_badlen(const unsigned char *s, size_t n)
{
	unsigned char c = s[0];
	size_t want, i;
	unsigned char lo = 0x80, hi = 0xBF;

	if (c >= 0xC2 && c <= 0xDF)
		want = 2;
	else if (c >= 0xE0 && c <= 0xEF)
		want = 3;
	else if (c >= 0xF0 && c <= 0xF4)
		want = 4;
	else
		return 1;
	if (c == 0xE0)
		lo = 0xA0;
	else if (c == 0xED)
		hi = 0x9F;
	else if (c == 0xF0)
		lo = 0x90;
	else if (c == 0xF4)
		hi = 0x8F;
	/* the maximal subpart of a truncated sequence is one replacement */
	for (i = 1; i < want && i < n; i++) {
		if (s[i] < lo || s[i] > hi)
			break;
		lo = 0x80;
		hi = 0xBF;
	}
	return i;
}
