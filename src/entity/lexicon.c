/* lexicon: the plain-text word lists of share/lexicon in one hashed set. */
#include <errno.h>
#include <limits.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unicase.h>
#include <unistr.h>
#include "private.h"

struct lx_slot {
	uint32_t off : 24; /* into buf; 0 marks an empty slot */
	uint32_t len : 8;
	uint32_t flags;
};

struct entity_lexicon {
	struct lx_slot *slot;
	size_t mask;
	void *map;      /* the mapping that holds slot and buf */
	size_t map_len;
	struct lx_slot *org;  /* the organisations alone: small, cached */
	size_t org_mask;
	struct lx_slot *head; /* the first words of entries of two or more */
	size_t head_mask;
	char *buf;      /* every file, one after the other (in map) */
	size_t len;
	size_t cap;     /* buf's room: the files and their plain spellings */
	size_t plain_at; /* where the plain spellings start in buf */
	struct lx_exo *exo; /* a place's key in another language -> its own */
	size_t exo_mask;
	char *exo_keys;     /* the keys, one after the other */
	struct lx_exo *spell; /* an organisation's key -> its spelling */
	size_t spell_mask;
	char *spell_text;   /* org-spelling.txt, its keys after it */
};

/* A place's key in one language and the key of its name in the first
 * (exonyms.txt: "moscow" -> "mosca"); to is NULL where two places
 * claim the key. */
struct lx_exo {
	const char *from, *to;
};

/* A word waiting for its slot to reach the cache. */
struct lx_pending {
	uint32_t off;
	uint32_t len, flags;
	uint64_t hash;
};

#define LX_PIPE 16
#define LX_MAX_BYTES (1u << 24) /* all the files: offsets are 24 bits */

/* plain: the file's names are found without their accents too, as
 * English-language news and many Italian papers write foreign names
 * ("Sao Tome", "Abramovic", "Auvergne-Rhone-Alpes"; lx_index_plain). */
static const struct {
	const char *file;
	unsigned flags;
	int plain;
} lx_files[] = {
	{ "common-it.txt", LX_COMMON_IT, 0 },
	{ "common-en.txt", LX_COMMON_EN, 0 },
	{ "given-names.txt", LX_GIVEN, 0 },
	{ "given-words.txt", LX_GIVENWORD, 0 },
	{ "countries.txt", LX_COUNTRY, 1 },
	{ "demonyms.txt", LX_DEMONYM, 0 },
	{ "province-codes.txt", LX_PROVCODE, 0 },
	{ "surnames.txt", LX_SURNAME, 0 },
	{ "places.txt", LX_PLACE, 1 },
	{ "places-extra.txt", LX_PLACE, 1 },
	{ "landforms.txt", LX_PLACE, 1 },
	{ "organisations.txt", LX_ORG, 1 },
	{ "brands.txt", LX_ORG | LX_BRAND, 1 },
	{ "person-titles.txt", LX_PTITLE, 0 },
	{ "org-heads.txt", LX_ORGHEAD, 0 },
	{ "org-local.txt", LX_ORGLOCAL, 0 },
	{ "org-tails.txt", LX_ORGTAIL, 0 },
	{ "place-heads.txt", LX_PLACEHEAD, 0 },
	{ "place-tails.txt", LX_PLACETAIL, 0 },
	{ "not-names.txt", LX_NOTNAME, 0 },
	{ "particles.txt", LX_PARTICLE, 0 },
	{ "institutions.txt", LX_INST, 0 },
	{ "proper-names.txt", LX_PROPER, 0 },
	{ "place-prefixes.txt", LX_PREPLACE, 0 },
	{ "place-prefixes-di.txt", LX_PREPLACEDI, 0 },
	{ "towns.txt", LX_TOWN, 1 },
	{ "cities.txt", LX_CITY, 1 },
	{ "work-heads.txt", LX_WORKHEAD, 0 },
	{ "event-heads.txt", LX_EVHEAD, 0 },
	{ "event-tails.txt", LX_EVTAIL, 0 },
	{ "place-adjectives.txt", LX_PLACEADJ, 0 },
};
#define LX_NFILES (sizeof(lx_files) / sizeof(lx_files[0]))

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

/* Index the leading words of a phrase that end at byte i, a space or
 * an apostrophe: "unione" of "unione europea", "sant'" of "sant'angelo"
 * (with its apostrophe). */
static void
lx_put_head(struct entity_lexicon *lx, const struct lx_pending *p, size_t i)
{
	const char *w = lx->buf + p->off;
	size_t n = w[i] == ' ' ? i : w[i] == '\'' && i + 1 < p->len ?
	    i + 1 : 0;
	struct lx_slot *e;

	if (n == 0)
		return;
	e = lx_find_in(lx, lx->head, lx->head_mask, w, n, ent_hash(w, n));
	e->off = p->off;
	e->len = (uint32_t)n;
}

/* Index the heads at each space or apostrophe after the first byte;
 * most entries have none, found eight bytes at a time (a byte at a
 * time this was a sixth of loading the lexicons). */
static void
lx_put_heads(struct entity_lexicon *lx, const struct lx_pending *p)
{
	const char *w = lx->buf + p->off;
	size_t i = 0;

#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
	/* the last eight bytes too, their bytes past the entry masked off:
	 * most entries are shorter than eight bytes, and a byte at a time
	 * their tails were 7% of loading the lexicons (the buffer has room
	 * after it: see lx_table) */
	for (; i < p->len; i += 8) {
		uint64_t x = ent_load8(w + i);
		uint64_t m = ent_bytes_eq(x, 0x2020202020202020ull) |
		    ent_bytes_eq(x, 0x2727272727272727ull);
		if (p->len - i < 8)
			m &= ((uint64_t)1 << (8 * (p->len - i))) - 1;
		for (; m != 0; m &= m - 1) {
			size_t j = i + (size_t)__builtin_ctzll(m) / 8;
			if (j >= 1)
				lx_put_head(lx, p, j);
		}
	}
#else
	for (i = 1; i < p->len; i++)
		if (w[i] == ' ' || w[i] == '\'')
			lx_put_head(lx, p, i);
#endif
}

static void lx_put(struct entity_lexicon *lx, const struct lx_pending *p);

/* An organisation's name that starts with an article of two words or
 * more after it ("il sole 24 ore", "il fatto quotidiano") goes in without
 * the article too: mid-sentence the article is a lower-case word or a
 * preposition ("del Sole 24 Ore", "dal Fatto Quotidiano"), no part of
 * the run.  One word stays with its article ("la repubblica", "la
 * stampa"): "della Repubblica" is the state. */
static void
lx_put_bare(struct entity_lexicon *lx, const struct lx_pending *p)
{
	static const char *const arts[] = { "il ", "lo ", "la ", "i ",
	    "gli ", "le ", "the ", NULL };
	const char *w = lx->buf + p->off;
	struct lx_pending q;

	for (int k = 0; arts[k]; k++) {
		size_t n = strlen(arts[k]);
		if (p->len > n && memcmp(w, arts[k], n) == 0 &&
		    memchr(w + n, ' ', p->len - n) != NULL) {
			q.off = p->off + (uint32_t)n;
			q.len = p->len - (uint32_t)n;
			q.flags = p->flags;
			q.hash = ent_hash(w + n, q.len);
			lx_put(lx, &q);
			return;
		}
	}
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
		lx_put_bare(lx, p);
	}
	lx_put_heads(lx, p);
}

#define LX_HUGE (2u << 20)

/* A zeroed table of n slots and a buffer of len bytes after it, in memory
 * of their own, in huge pages where the system gives them: the two are
 * large and read at random, and with small pages most of the time of a
 * lookup or an insertion goes on page faults and misses of the TLB. */
static int
lx_table(struct entity_lexicon *lx, size_t n, size_t len)
{
	size_t tab = n * sizeof(*lx->slot);
	uintptr_t at;

	lx->map_len = tab + len + LX_HUGE;
	lx->map = mmap(NULL, lx->map_len, PROT_READ | PROT_WRITE,
	    MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	if (lx->map == MAP_FAILED) {
		lx->map = NULL;
		return -1;
	}
	at = ((uintptr_t)lx->map + LX_HUGE - 1) & ~(uintptr_t)(LX_HUGE - 1);
#ifdef MADV_HUGEPAGE
	(void)madvise((void *)at, tab + len, MADV_HUGEPAGE);
#endif
	lx->slot = (struct lx_slot *)at;
	lx->buf = (char *)(at + tab);
	return 0;
}

/* Size of a regular file, or -1 with errno set: a directory's size is
 * no size to read (ext4 says 2^63 - 1, and the lists' memory then "ran
 * out"). */
static long
lx_file_size(const char *path)
{
	struct stat sb;

	if (stat(path, &sb) < 0)
		return -1;
	if (!S_ISREG(sb.st_mode)) {
		errno = S_ISDIR(sb.st_mode) ? EISDIR : EINVAL;
		return -1;
	}
	return sb.st_size > LONG_MAX ? LONG_MAX : (long)sb.st_size;
}

/* Read at most room bytes of file path into dst and a newline after
 * them: the bytes read and the newline, or -1 with errno set. */
static long
lx_fread(const char *path, char *dst, size_t room)
{
	FILE *f = fopen(path, "rb");
	size_t n;

	if (f == NULL)
		return -1;
	n = fread(dst, 1, room, f);
	fclose(f);
	dst[n] = '\n';
	return (long)n + 1;
}

/* Read file path at lx->buf + lx->len. */
static int
lx_read(struct entity_lexicon *lx, const char *path, size_t room)
{
	long n = lx_fread(path, lx->buf + lx->len, room);

	if (n < 0)
		return -1;
	lx->len += (size_t)n;
	return 0;
}

/* The first newline at or after p and before end, or end: eight bytes
 * at a time, without a call (memchr's call was most of its cost on
 * lines of ten bytes).  It may read up to seven bytes past end, which
 * lx->buf has room for: lx_table leaves at least a page after it. */
static inline char *
lx_newline(char *p, char *end)
{
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
	for (; p < end; p += 8) {
		uint64_t m = ent_bytes_eq(ent_load8(p), 0x0a0a0a0a0a0a0a0aull);

		if (m != 0) {
			p += (size_t)__builtin_ctzll(m) / 8;
			return p < end ? p : end;
		}
	}
	return end;
#else
	char *nl = memchr(p, '\n', (size_t)(end - p));

	return nl ? nl : end;
#endif
}

/* The first byte of 0x80 or more at or after p and before end, or end;
 * it may read past end as lx_newline does. */
static inline char *
lx_high(char *p, char *end)
{
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
	for (; p < end; p += 8) {
		uint64_t m = ent_load8(p) & 0x8080808080808080ull;

		if (m != 0) {
			p += (size_t)__builtin_ctzll(m) / 8;
			return p < end ? p : end;
		}
	}
	return end;
#else
	while (p < end && (unsigned char)*p < 0x80)
		p++;
	return p;
#endif
}

/* The next entry of a list at or after *at and before end: its start,
 * and its length in *n (a final CR or space off); *at moves past its
 * line.  Empty lines, comments and entries longer than 255 bytes are
 * skipped; NULL at the end. */
static char *
lx_entry(char **at, char *end, size_t *n)
{
	while (*at < end) {
		char *p = *at, *nl = lx_newline(p, end);
		size_t k;

		*at = nl + 1;
		k = (size_t)(nl - p);
		while (k && (p[k - 1] == '\r' || p[k - 1] == ' '))
			k--;
		if (k == 0 || k > 0xff || p[0] == '#')
			continue;
		*n = k;
		return p;
	}
	return NULL;
}

/* Hash every line of buf [a, b) into the table, prefetching slots a few
 * words ahead: the table is larger than the caches. */
static void
lx_index(struct entity_lexicon *lx, size_t a, size_t b, unsigned flags)
{
	struct lx_pending pipe[LX_PIPE];
	size_t head = 0, tail = 0, n;
	char *at = lx->buf + a, *end = lx->buf + b, *p;

	while ((p = lx_entry(&at, end, &n)) != NULL) {
		if (head - tail == LX_PIPE)
			lx_put(lx, &pipe[tail++ % LX_PIPE]);
		pipe[head % LX_PIPE].off = (uint32_t)(p - lx->buf);
		pipe[head % LX_PIPE].len = (uint32_t)n;
		pipe[head % LX_PIPE].flags = flags;
		pipe[head % LX_PIPE].hash = ent_hash(p, n);
		__builtin_prefetch(&lx->slot[pipe[head % LX_PIPE].hash &
		    lx->mask], 1);
		head++;
	}
	while (tail < head)
		lx_put(lx, &pipe[tail++ % LX_PIPE]);
}

/* The entry [p, p + n) without its accents into out (cap bytes): "são
 * tomé" "sao tome", "abramović" "abramovic", "ağrı" "agri"; 0 if it has
 * none, or a character other than a Latin letter (the key's table
 * decides: "ß" "ss", "ł" "l"). */
static size_t
lx_plain(const char *p, size_t n, char *out, size_t cap)
{
	size_t o = 0;
	int changed = 0;

	for (size_t i = 0; i < n;) {
		unsigned char c = (unsigned char)p[i];
		char l[7];
		ucs4_t u;
		size_t k;
		int len;

		if (c < 0x80) {
			if (o + 1 >= cap)
				return 0;
			out[o++] = (char)c;
			i++;
			continue;
		}
		len = u8_mbtouc(&u, (const uint8_t *)p + i, n - i);
		if (len < 1 || (k = key_latin_letter(u, l)) == SIZE_MAX ||
		    k == 0 || memchr(l, ' ', k) || o + k >= cap)
			return 0;
		memcpy(out + o, l, k);
		o += k;
		i += (size_t)len;
		changed = 1;
	}
	return changed ? o : 0;
}

/* Index each entry of buf [a, b) with accents once more without them,
 * with flags, where no entry of any list is spelt so already (a common
 * word keeps its own: "bene", not the "Bène" of a town), in the room
 * after the files (up to lx->cap). */
static void
lx_index_plain(struct entity_lexicon *lx, size_t a, size_t b, unsigned flags)
{
	char *at = lx->buf + a, *end = lx->buf + b, *p, *hi;
	size_t n;

	/* only the lines with a byte of 0x80 or more can have accents: the
	 * next such byte, eight bytes at a time, then its line (the lines
	 * start at a, and each ends in a newline), which lx_entry takes as
	 * it takes any line; a line all ASCII is passed over unread (they
	 * are most of the places and towns, and reading each was a tenth of
	 * loading the lexicons) */
	while ((hi = lx_high(at, end)) < end) {
		size_t m;
		struct lx_pending q;
		struct lx_slot *e;

		while (hi > at && hi[-1] != '\n')
			hi--;
		at = hi;
		if ((p = lx_entry(&at, end, &n)) == NULL)
			break;
		if (p != hi) {
			at = p; /* hi's line is no entry: the next line's */
			continue;
		}
		if (lx->len + 0x100 >= lx->cap)
			continue;
		m = lx_plain(p, n, lx->buf + lx->len, 0x100);
		if (m == 0)
			continue;
		q.off = (uint32_t)lx->len;
		q.len = (uint32_t)m;
		q.flags = flags;
		q.hash = ent_hash(lx->buf + lx->len, m);
		e = lx_find(lx, lx->buf + lx->len, m, q.hash);
		if (e->off >= lx->plain_at) {
			e->flags |= flags; /* a town's and a city's */
			continue;
		}
		if (e->off != 0)
			continue;
		lx_put(lx, &q);
		lx->len += m;
		lx->buf[lx->len++] = '\n';
	}
}

/* Set *err to "path: reason". */
static void
lx_error(char **err, const char *path, const char *why)
{
	size_t n = strlen(path) + strlen(why) + 3;

	if ((*err = malloc(n)))
		snprintf(*err, n, "%s: %s", path, why);
}

static int lx_exonyms(struct entity_lexicon *lx, const char *dir,
		      char **err);
static int lx_spellings(struct entity_lexicon *lx, const char *dir,
			char **err);

/* The spaces and apostrophes of the n bytes at s, eight at a time: a
 * byte at a time this was a tenth of loading the lexicons. */
static size_t
lx_count_heads(const char *s, size_t n)
{
	size_t c = 0, i = 0;

	for (; i + 8 <= n; i += 8) {
		uint64_t x = ent_load8(s + i);
		uint64_t m = ent_bytes_eq(x, 0x2020202020202020ull) |
		    ent_bytes_eq(x, 0x2727272727272727ull);
		/* one bit per byte found: their sum in the top byte */
		c += (size_t)(((m >> 7) * 0x0101010101010101ull) >> 56);
	}
	for (; i < n; i++)
		c += s[i] == ' ' || s[i] == '\'';
	return c;
}

struct entity_lexicon *
entity_lexicon_load(const char *dir, char **err)
{
	struct entity_lexicon *lx = calloc(1, sizeof(*lx));
	size_t total = 1, at[LX_NFILES + 1], slots = 1024, heads = 1024,
	    plain = 0;
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
		if (lx_files[i].plain)
			plain += (size_t)sz[i] + 1;
	}
	/* room for the names spelt without accents: a few per cent of the
	 * names' lists, never more than a quarter */
	total += plain / 4 + 0x100;
	/* about one entry per 9 bytes: the table ends up about half full */
	while (slots < total / 6)
		slots *= 2;
	if (total >= LX_MAX_BYTES) {
		lx_error(err, dir, "the lexicons exceed 16 MB");
		free(lx);
		return NULL;
	}
	if (lx_table(lx, slots, total) < 0 ||
	    (lx->org = calloc(8192, sizeof(*lx->org))) == NULL) {
		entity_lexicon_free(lx);
		return NULL;
	}
	lx->mask = slots - 1;
	lx->org_mask = 8191;
	lx->len = 1; /* offset 0 means empty */
	lx->cap = total;
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
	/* a head per space or apostrophe at most, twice for a name also
	 * spelt without accents: a table at most half full */
	for (size_t n = lx_count_heads(lx->buf, lx->len); heads <= 4 * n;)
		heads *= 2;
	if ((lx->head = calloc(heads, sizeof(*lx->head))) == NULL) {
		entity_lexicon_free(lx);
		return NULL;
	}
	lx->head_mask = heads - 1;
	for (size_t i = 0; i < LX_NFILES; i++)
		lx_index(lx, at[i], at[i + 1], lx_files[i].flags);
	lx->plain_at = lx->len;
	for (size_t i = 0; i < LX_NFILES; i++)
		if (lx_files[i].plain)
			lx_index_plain(lx, at[i], at[i + 1], lx_files[i].flags);
	if (lx_exonyms(lx, dir, err) < 0 || lx_spellings(lx, dir, err) < 0) {
		entity_lexicon_free(lx);
		return NULL;
	}
	return lx;
}

/* The slot of key in a table of key pairs of mask + 1 slots (the
 * exonyms', the spellings'): its own or the empty one. */
static struct lx_exo *
lx_pair_slot(struct lx_exo *tab, size_t mask, const char *key)
{
	size_t i = (size_t)ent_hash(key, strlen(key)) & mask;

	while (tab[i].from && strcmp(tab[i].from, key) != 0)
		i = (i + 1) & mask;
	return &tab[i];
}

/* The slot of key in the exonym table. */
static struct lx_exo *
lx_exo_slot(const struct entity_lexicon *lx, const char *key)
{
	return lx_pair_slot(lx->exo, lx->exo_mask, key);
}

/* Append the key of name [s, s+n) to lx->exo_keys at *at: its start, or
 * NULL when out of memory or room. */
static const char *
lx_exo_key(struct entity_lexicon *lx, const char *s, size_t n, size_t *at,
	   size_t room)
{
	char *k = entity_key(s, n);
	size_t kn;
	const char *out = NULL;

	if (k && (kn = strlen(k)) > 0 && *at + kn + 1 <= room) {
		memcpy(lx->exo_keys + *at, k, kn + 1);
		out = lx->exo_keys + *at;
		*at += kn + 1;
	}
	free(k);
	return out;
}

/* Map the keys of the names of the text [p, end) to their lines' first. */
static void
lx_exo_lines(struct entity_lexicon *lx, char *p, const char *end, size_t *at,
	     size_t room)
{
	for (char *nl; p < end; p = nl + 1) {
		const char *own = NULL;

		nl = p + strcspn(p, "\n");
		for (char *q = p, *tab; q < nl && p[0] != '#'; q = tab + 1) {
			const char *k;
			struct lx_exo *e;

			tab = q + strcspn(q, "\t\n");
			if ((k = lx_exo_key(lx, q, (size_t)(tab - q), at,
			    room)) == NULL)
				break;
			if (own == NULL) {
				own = k;
			} else if (strcmp(k, own) != 0) {
				e = lx_exo_slot(lx, k);
				if (e->from == NULL) {
					e->from = k;
					e->to = own;
				} else if (e->to && strcmp(e->to, own) != 0) {
					e->to = NULL; /* two places' */
				}
			}
		}
	}
}

/* Read exonyms.txt, exonyms-extra.txt and bodies.txt: each line the
 * names of one place or body, tab-separated, the first its own.  Every
 * other name's key is mapped to the first's. */
static int
lx_exonyms(struct entity_lexicon *lx, const char *dir, char **err)
{
	static const char *const files[] = { "exonyms.txt",
	    "exonyms-extra.txt", "bodies.txt" };
	enum { NF = sizeof(files) / sizeof(files[0]) };
	size_t names = 0, at = 0, room, len = 0, off[NF + 1];
	long sz[NF];
	char path[4096], *text;

	for (size_t i = 0; i < NF; i++) {
		snprintf(path, sizeof(path), "%s/%s", dir, files[i]);
		if ((sz[i] = lx_file_size(path)) < 0) {
			lx_error(err, path, strerror(errno));
			return -1;
		}
		len += (size_t)sz[i] + 1;
	}
	if ((text = malloc(len + 1)) == NULL)
		return -1;
	len = 0;
	for (size_t i = 0; i < NF; i++) {
		long n;

		snprintf(path, sizeof(path), "%s/%s", dir, files[i]);
		if ((n = lx_fread(path, text + len, (size_t)sz[i])) < 0) {
			lx_error(err, path, strerror(errno));
			free(text);
			return -1;
		}
		off[i] = len;
		len += (size_t)n;
	}
	off[NF] = len;
	text[len] = '\0';
	for (size_t i = 0; i < len; i++)
		names += text[i] == '\t' || text[i] == '\n';
	lx->exo_mask = 1023;
	while (lx->exo_mask + 1 < 2 * names + 2)
		lx->exo_mask = 2 * lx->exo_mask + 1;
	/* a key is at most six bytes a byte of its name (entity_key) */
	room = 6 * len + 2 * names + 16;
	lx->exo = calloc(lx->exo_mask + 1, sizeof(*lx->exo));
	lx->exo_keys = malloc(room);
	if (lx->exo == NULL || lx->exo_keys == NULL) {
		free(text);
		return -1;
	}
	for (size_t i = 0; i < NF; i++)
		lx_exo_lines(lx, text + off[i], text + off[i + 1], &at, room);
	free(text);
	return 0;
}

/* The key paired with key in a table (NULL: none loaded), or NULL. */
static const char *
lx_pair_get(struct lx_exo *tab, size_t mask, const char *key)
{
	return tab == NULL ? NULL : lx_pair_slot(tab, mask, key)->to;
}

const char *
lx_exonym(const struct entity_lexicon *lx, const char *key)
{
	return lx == NULL ? NULL : lx_pair_get(lx->exo, lx->exo_mask, key);
}

/* The slot of key in the spellings' table. */
static struct lx_exo *
lx_spell_slot(const struct entity_lexicon *lx, const char *key)
{
	return lx_pair_slot(lx->spell, lx->spell_mask, key);
}

/*
 * Read org-spelling.txt: how the organisations that the lists know in
 * lower case are spelt ("Reuters", "ANSA"), each under its name's key.
 * The lines stay in spell_text, each ended by a NUL, their keys after
 * them.  A lexicon directory without the file (one of an older dossier)
 * has no spellings: its names keep the story's.  0, or -1 with *err
 * set if the file is there but cannot be read, or left NULL if out of
 * memory.
 */
static int
lx_spellings(struct entity_lexicon *lx, const char *dir, char **err)
{
	char path[4096], *p, *end, *nl;
	size_t len, lines = 0, at, room;
	long sz, got;

	snprintf(path, sizeof(path), "%s/org-spelling.txt", dir);
	if ((sz = lx_file_size(path)) < 0 && errno == ENOENT)
		return 0;
	if (sz < 0) {
		lx_error(err, path, strerror(errno));
		return -1;
	}
	/* a key is at most six bytes a byte of its name (entity_key) */
	room = 7 * (size_t)sz + 16;
	if ((lx->spell_text = malloc(room)) == NULL)
		return -1;
	if ((got = lx_fread(path, lx->spell_text, (size_t)sz)) < 0) {
		lx_error(err, path, strerror(errno));
		return -1;
	}
	len = (size_t)got - 1;	/* the newline after the file stays */
	for (size_t i = 0; i <= len; i++)
		lines += lx->spell_text[i] == '\n';
	lx->spell_mask = 255;
	while (lx->spell_mask + 1 < 2 * lines + 2)
		lx->spell_mask = 2 * lx->spell_mask + 1;
	if ((lx->spell = calloc(lx->spell_mask + 1,
	    sizeof(*lx->spell))) == NULL)
		return -1;
	at = len + 1;
	for (p = lx->spell_text, end = p + len; p < end; p = nl + 1) {
		char *k;
		size_t n, kn;
		struct lx_exo *e;

		nl = memchr(p, '\n', (size_t)(end - p) + 1);
		n = (size_t)(nl - p);
		*nl = '\0';
		while (n && (p[n - 1] == '\r' || p[n - 1] == ' '))
			p[--n] = '\0';
		if (n == 0 || p[0] == '#' || (k = entity_key(p, n)) == NULL)
			continue;
		kn = strlen(k);
		if (kn > 0 && at + kn + 1 <= room) {
			memcpy(lx->spell_text + at, k, kn + 1);
			e = lx_spell_slot(lx, lx->spell_text + at);
			if (e->from == NULL) {
				e->from = lx->spell_text + at;
				e->to = p;
			}
			at += kn + 1;
		}
		free(k);
	}
	return 0;
}

const char *
lx_spelling(const struct entity_lexicon *lx, const char *key)
{
	return lx == NULL ? NULL : lx_pair_get(lx->spell, lx->spell_mask,
	    key);
}

void
entity_lexicon_free(struct entity_lexicon *lx)
{
	if (lx == NULL)
		return;
	free(lx->exo);
	free(lx->exo_keys);
	free(lx->spell);
	free(lx->spell_text);
	if (lx->map)
		munmap(lx->map, lx->map_len);
	free(lx->org);
	free(lx->head);
	free(lx);
}

/* Lower-case s into buf for lookups (’ becomes '); 0 if it does not fit. */
size_t
lx_fold(const char *s, size_t n, char *buf, size_t cap)
{
	size_t i = 0, o = 0;

	/* eight ASCII bytes at a time: each of 'A' to 'Z' gains 0x20 (a
	 * byte below 0x80 plus 0x3f or 0x25 carries into no other) */
	for (; i + 8 <= n && i + 8 < cap; i += 8) {
		const uint64_t ones = 0x0101010101010101ull;
		uint64_t w = ent_load8(s + i), up;
		if (w & 0x80 * ones)
			break;
		up = (w + (0x80 - 'A') * ones) & ~(w + (0x7f - 'Z') * ones) &
		    0x80 * ones;
		w |= up >> 2;
		memcpy(buf + i, &w, 8);
	}
	for (o = i; i < n; i++) {
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
	e = lx_find(lx, folded, n, ent_hash(folded, n));
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
	    ent_hash(folded, n))->off != 0;
}

/* 1 if the folded word (a word and its apostrophe if elided) starts an
 * entry of two words or more: a look in a small table before the large. */
int
lx_maybe_head(const struct entity_lexicon *lx, const char *folded, size_t n)
{
	if (lx == NULL || n == 0)
		return 0;
	return lx_find_in(lx, lx->head, lx->head_mask, folded, n,
	    ent_hash(folded, n))->off != 0;
}
