/* lexicon: the plain-text word lists of share/lexicon in one hashed set. */
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unicase.h>
#include "private.h"

struct lx_slot {
	uint32_t off;   /* into buf; 0 marks an empty slot */
	uint32_t len : 8;
	uint32_t flags : 24;
};

struct entity_lexicon {
	struct lx_slot *slot;
	size_t mask;
	struct lx_slot *org;  /* the organisations alone: small, cached */
	size_t org_mask;
	char *buf;      /* every file, one after the other */
	size_t len;
};

/* A word waiting for its slot to reach the cache. */
struct lx_pending {
	uint32_t off;
	uint32_t len, flags;
	uint64_t hash;
};

#define LX_PIPE 16

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
	{ "brands.txt", LX_ORG | LX_BRAND },
	{ "person-titles.txt", LX_PTITLE },
	{ "org-heads.txt", LX_ORGHEAD },
	{ "org-local.txt", LX_ORGLOCAL },
	{ "org-tails.txt", LX_ORGTAIL },
	{ "place-heads.txt", LX_PLACEHEAD },
	{ "place-tails.txt", LX_PLACETAIL },
	{ "not-names.txt", LX_NOTNAME },
	{ "particles.txt", LX_PARTICLE },
	{ "institutions.txt", LX_INST },
	{ "proper-names.txt", LX_PROPER },
	{ "place-prefixes.txt", LX_PREPLACE },
	{ "place-prefixes-di.txt", LX_PREPLACEDI },
	{ "towns.txt", LX_TOWN },
	{ "work-heads.txt", LX_WORKHEAD },
	{ "event-heads.txt", LX_EVHEAD },
	{ "event-tails.txt", LX_EVTAIL },
};
#define LX_NFILES (sizeof(lx_files) / sizeof(lx_files[0]))

/* FNV-1a of a byte string, mixed so that its low bits spread. */
static uint64_t
lx_hash(const char *s, size_t n)
{
	uint64_t h = 1469598103934665603ull;

	while (n--) {
		h ^= (unsigned char)*s++;
		h *= 1099511628211ull;
	}
	h ^= h >> 29;
	return h;
}

/* The slot holding s, or the empty slot where it would go. */
static struct lx_slot *
lx_find_in(const struct entity_lexicon *lx, struct lx_slot *slot, size_t mask,
	   const char *s, size_t n, uint64_t h)
{
	for (size_t i = h & mask;; i = (i + 1) & mask) {
		struct lx_slot *e = &slot[i];
		if (e->off == 0 || (e->len == n &&
		    memcmp(lx->buf + e->off, s, n) == 0))
			return e;
	}
}

/* The slot of s in the main table. */
static struct lx_slot *
lx_find(const struct entity_lexicon *lx, const char *s, size_t n,
	uint64_t h)
{
	return lx_find_in(lx, lx->slot, lx->mask, s, n, h);
}

/* Put a pending word in its slot. */
static void
lx_put(struct entity_lexicon *lx, const struct lx_pending *p)
{
	struct lx_slot *e = lx_find(lx, lx->buf + p->off, p->len, p->hash);

	e->off = p->off;
	e->len = p->len;
	e->flags |= p->flags;
	if ((p->flags & (LX_ORG | LX_BRAND)) == LX_ORG) {
		e = lx_find_in(lx, lx->org, lx->org_mask, lx->buf + p->off,
		    p->len, p->hash);
		e->off = p->off;
		e->len = p->len;
	}
}

/* Size of a file, or -1. */
static long
lx_file_size(const char *path)
{
	FILE *f = fopen(path, "rb");
	long sz = -1;

	if (f && fseek(f, 0, SEEK_END) == 0)
		sz = ftell(f);
	if (f)
		fclose(f);
	return sz;
}

/* Read file path at lx->buf + lx->len. */
static int
lx_read(struct entity_lexicon *lx, const char *path, size_t room)
{
	FILE *f = fopen(path, "rb");
	size_t n;

	if (f == NULL)
		return -1;
	n = fread(lx->buf + lx->len, 1, room, f);
	fclose(f);
	lx->len += n;
	lx->buf[lx->len++] = '\n';
	return 0;
}

/* Hash every line of buf [a, b) into the table, prefetching slots a few
 * words ahead: the table is larger than the caches. */
static void
lx_index(struct entity_lexicon *lx, size_t a, size_t b, unsigned flags)
{
	struct lx_pending pipe[LX_PIPE];
	size_t head = 0, tail = 0;
	char *p = lx->buf + a, *end = lx->buf + b, *nl;

	for (; p < end; p = nl + 1) {
		size_t n;
		nl = memchr(p, '\n', (size_t)(end - p));
		if (nl == NULL)
			nl = end;
		n = (size_t)(nl - p);
		while (n && (p[n - 1] == '\r' || p[n - 1] == ' '))
			n--;
		if (n == 0 || n > 0xff || p[0] == '#')
			continue;
		if (head - tail == LX_PIPE)
			lx_put(lx, &pipe[tail++ % LX_PIPE]);
		pipe[head % LX_PIPE].off = (uint32_t)(p - lx->buf);
		pipe[head % LX_PIPE].len = (uint32_t)n;
		pipe[head % LX_PIPE].flags = flags;
		pipe[head % LX_PIPE].hash = lx_hash(p, n);
		__builtin_prefetch(&lx->slot[pipe[head % LX_PIPE].hash &
		    lx->mask], 1);
		head++;
	}
	while (tail < head)
		lx_put(lx, &pipe[tail++ % LX_PIPE]);
}

/* Set *err to "path: reason". */
static void
lx_error(char **err, const char *path, const char *why)
{
	size_t n = strlen(path) + strlen(why) + 3;

	if ((*err = malloc(n)))
		snprintf(*err, n, "%s: %s", path, why);
}

struct entity_lexicon *
entity_lexicon_load(const char *dir, char **err)
{
	struct entity_lexicon *lx = calloc(1, sizeof(*lx));
	size_t total = 1, at[LX_NFILES + 1], slots = 1024;
	long sz[LX_NFILES];
	char path[4096];

	*err = NULL;
	if (lx == NULL)
		return NULL;
	for (size_t i = 0; i < LX_NFILES; i++) {
		snprintf(path, sizeof(path), "%s/%s", dir, lx_files[i].file);
		if ((sz[i] = lx_file_size(path)) < 0) {
			lx_error(err, path, strerror(errno));
			free(lx);
			return NULL;
		}
		total += (size_t)sz[i] + 1;
	}
	/* about one entry per 9 bytes: the table ends up about half full */
	while (slots < total / 6)
		slots *= 2;
	if (total >= UINT32_MAX || (lx->buf = malloc(total)) == NULL ||
	    (lx->slot = calloc(slots, sizeof(*lx->slot))) == NULL ||
	    (lx->org = calloc(8192, sizeof(*lx->org))) == NULL) {
		entity_lexicon_free(lx);
		return NULL;
	}
	lx->mask = slots - 1;
	lx->org_mask = 8191;
	lx->len = 1; /* offset 0 means empty */
	for (size_t i = 0; i < LX_NFILES; i++) {
		snprintf(path, sizeof(path), "%s/%s", dir, lx_files[i].file);
		at[i] = lx->len;
		if (lx_read(lx, path, (size_t)sz[i]) < 0) {
			lx_error(err, path, strerror(errno));
			entity_lexicon_free(lx);
			return NULL;
		}
	}
	at[LX_NFILES] = lx->len;
	for (size_t i = 0; i < LX_NFILES; i++)
		lx_index(lx, at[i], at[i + 1], lx_files[i].flags);
	return lx;
}

void
entity_lexicon_free(struct entity_lexicon *lx)
{
	if (lx == NULL)
		return;
	free(lx->buf);
	free(lx->slot);
	free(lx->org);
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
	e = lx_find(lx, folded, n, lx_hash(folded, n));
	return e->off ? e->flags : 0;
}

/* The categories of a word as written in the text. */
unsigned
lx_word(const struct entity_lexicon *lx, const char *s, size_t n)
{
	char buf[LX_FOLD_MAX];
	size_t k = lx_fold(s, n, buf, sizeof(buf));

	return k ? lx_get(lx, buf, k) : 0;
}

/* 1 if the folded word may be an organisation: a look in the small table
 * before the large one. */
int
lx_maybe_org(const struct entity_lexicon *lx, const char *folded, size_t n)
{
	if (lx == NULL || n == 0)
		return 0;
	return lx_find_in(lx, lx->org, lx->org_mask, folded, n,
	    lx_hash(folded, n))->off != 0;
}
