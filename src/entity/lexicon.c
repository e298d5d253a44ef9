/* lexicon: the plain-text word lists of share/lexicon in one hashed set. */
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unicase.h>
#include "private.h"

struct lx_slot {
	const char *s;
	uint32_t len;
	uint32_t flags;
};

struct entity_lexicon {
	struct lx_slot *slot;
	size_t mask, used;
	char **buf;
	size_t nbuf;
};

static const struct {
	const char *file;
	unsigned flags;
} lx_files[] = {
	{ "common-it.txt", LX_COMMON_IT },
	{ "common-en.txt", LX_COMMON_EN },
	{ "given-names.txt", LX_GIVEN },
	{ "surnames.txt", LX_SURNAME },
	{ "places.txt", LX_PLACE },
	{ "places-extra.txt", LX_PLACE },
	{ "organisations.txt", LX_ORG },
	{ "person-titles.txt", LX_PTITLE },
	{ "org-heads.txt", LX_ORGHEAD },
	{ "org-tails.txt", LX_ORGTAIL },
	{ "place-heads.txt", LX_PLACEHEAD },
	{ "not-names.txt", LX_NOTNAME },
	{ "particles.txt", LX_PARTICLE },
};

/* FNV-1a of a byte string. */
static uint64_t
lx_hash(const char *s, size_t n)
{
	uint64_t h = 1469598103934665603ull;

	while (n--) {
		h ^= (unsigned char)*s++;
		h *= 1099511628211ull;
	}
	return h;
}

/* The slot holding s, or the empty slot where it would go. */
static struct lx_slot *
lx_find(const struct entity_lexicon *lx, const char *s, size_t n)
{
	size_t i = lx_hash(s, n) & lx->mask;

	for (;; i = (i + 1) & lx->mask) {
		struct lx_slot *e = &lx->slot[i];
		if (e->s == NULL ||
		    (e->len == n && memcmp(e->s, s, n) == 0))
			return e;
	}
}

/* Double the table. */
static int
lx_grow(struct entity_lexicon *lx)
{
	struct entity_lexicon nl = *lx;
	size_t size = (lx->mask + 1) * 2;

	nl.slot = calloc(size, sizeof(*nl.slot));
	if (nl.slot == NULL)
		return -1;
	nl.mask = size - 1;
	for (size_t i = 0; i <= lx->mask; i++)
		if (lx->slot[i].s)
			*lx_find(&nl, lx->slot[i].s, lx->slot[i].len) =
			    lx->slot[i];
	free(lx->slot);
	lx->slot = nl.slot;
	lx->mask = nl.mask;
	return 0;
}

/* Add word s (n bytes, kept by the caller) with flags. */
static int
lx_add(struct entity_lexicon *lx, const char *s, size_t n, unsigned flags)
{
	struct lx_slot *e;

	if ((lx->used + 1) * 2 > lx->mask + 1 && lx_grow(lx) < 0)
		return -1;
	e = lx_find(lx, s, n);
	if (e->s == NULL) {
		e->s = s;
		e->len = (uint32_t)n;
		lx->used++;
	}
	e->flags |= flags;
	return 0;
}

/* Read a whole file into a NUL-terminated malloc'd buffer. */
static char *
lx_slurp(const char *path, size_t *len)
{
	FILE *f = fopen(path, "rb");
	char *b = NULL;
	long sz;

	if (f == NULL)
		return NULL;
	if (fseek(f, 0, SEEK_END) == 0 && (sz = ftell(f)) >= 0 &&
	    fseek(f, 0, SEEK_SET) == 0 && (b = malloc((size_t)sz + 1))) {
		*len = fread(b, 1, (size_t)sz, f);
		b[*len] = '\0';
	}
	fclose(f);
	return b;
}

/* Load one list: one entry a line, '#' starts a comment line. */
static int
lx_load_file(struct entity_lexicon *lx, const char *path, unsigned flags)
{
	size_t len = 0;
	char *b = lx_slurp(path, &len), *p, *nl, **nb;

	if (b == NULL)
		return -1;
	nb = realloc(lx->buf, (lx->nbuf + 1) * sizeof(*nb));
	if (nb == NULL) {
		free(b);
		return -1;
	}
	lx->buf = nb;
	lx->buf[lx->nbuf++] = b;
	for (p = b; p < b + len; p = nl + 1) {
		size_t n;
		nl = memchr(p, '\n', (size_t)(b + len - p));
		if (nl == NULL)
			nl = b + len;
		n = (size_t)(nl - p);
		while (n && (p[n - 1] == '\r' || p[n - 1] == ' '))
			n--;
		if (n == 0 || p[0] == '#')
			continue;
		if (lx_add(lx, p, n, flags) < 0)
			return -1;
	}
	return 0;
}

struct entity_lexicon *
entity_lexicon_load(const char *dir, char **err)
{
	struct entity_lexicon *lx = calloc(1, sizeof(*lx));
	char path[4096];

	*err = NULL;
	if (lx == NULL || (lx->slot = calloc(1u << 18, sizeof(*lx->slot))) ==
	    NULL) {
		free(lx);
		return NULL;
	}
	lx->mask = (1u << 18) - 1;
	for (size_t i = 0; i < sizeof(lx_files) / sizeof(lx_files[0]); i++) {
		snprintf(path, sizeof(path), "%s/%s", dir, lx_files[i].file);
		if (lx_load_file(lx, path, lx_files[i].flags) < 0) {
			int e = errno;
			size_t n = strlen(path) + 64;
			if ((*err = malloc(n)))
				snprintf(*err, n, "%s: %s", path,
				    e ? strerror(e) : "cannot read");
			entity_lexicon_free(lx);
			return NULL;
		}
	}
	return lx;
}

void
entity_lexicon_free(struct entity_lexicon *lx)
{
	if (lx == NULL)
		return;
	for (size_t i = 0; i < lx->nbuf; i++)
		free(lx->buf[i]);
	free(lx->buf);
	free(lx->slot);
	free(lx);
}

/* Lower-case s into buf for lookups (’ becomes '); 0 if it does not fit. */
size_t
lx_fold(const char *s, size_t n, char *buf, size_t cap)
{
	size_t i, o = 0;

	for (i = 0; i < n; i++) {
		unsigned char c = (unsigned char)s[i];
		if (c >= 0x80)
			break;
		if (o + 1 >= cap)
			return 0;
		buf[o++] = (char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
	}
	if (i < n) {
		size_t rl = cap - o - 1;
		uint8_t *r = u8_tolower((const uint8_t *)s + i, n - i, NULL,
		    NULL, (uint8_t *)buf + o, &rl);
		if (r == NULL)
			return 0;
		if (r != (uint8_t *)buf + o) {
			free(r);
			return 0;
		}
		o += rl;
		for (size_t k = 0; k + 2 < o; k++)
			if ((unsigned char)buf[k] == 0xE2 &&
			    (unsigned char)buf[k + 1] == 0x80 &&
			    (unsigned char)buf[k + 2] == 0x99) {
				buf[k] = '\'';
				memmove(buf + k + 1, buf + k + 3, o - k - 3);
				o -= 2;
			}
	}
	buf[o] = '\0';
	return o;
}

/* The categories of an already folded word or phrase. */
unsigned
lx_get(const struct entity_lexicon *lx, const char *folded, size_t n)
{
	const struct lx_slot *e;

	if (lx == NULL || n == 0)
		return 0;
	e = lx_find(lx, folded, n);
	return e->s ? e->flags : 0;
}

/* The categories of a word as written in the text. */
unsigned
lx_word(const struct entity_lexicon *lx, const char *s, size_t n)
{
	char buf[LX_FOLD_MAX];
	size_t k = lx_fold(s, n, buf, sizeof(buf));

	return k ? lx_get(lx, buf, k) : 0;
}
