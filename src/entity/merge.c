/* merge: group the spans of one text into entities: same key, a bare
 * surname or given name joining the full name, an acronym joining the
 * organisation it abbreviates. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include "private.h"

struct mgroup {
	char *key;
	size_t nwords;
	size_t first, last; /* span indexes */
	float score[4];
	enum entity_type type;
	int club;           /* a team named after its town (merge_clubs) */
};

/* A hashed multimap from byte strings (kept by the caller) to numbers:
 * 24 bytes a slot (the maps are cleared each text). */
struct mm_slot {
	uint64_t h;
	const char *k;
	uint32_t n;
	int32_t v;
};

struct mm {
	struct mm_slot *s;
	size_t mask;
};

struct merge {
	const struct entity_lexicon *lx;
	const char *text;
	size_t len;         /* of text, which need not end in a NUL */
	struct span_list *sl;
	char **keys;
	unsigned char *shared; /* keys[i] is an earlier span's key */
	size_t *nwords;
	struct mgroup *g;
	size_t ng;
	struct mm groups;   /* key -> group */
	struct mm counts;   /* key -> strong spans with it */
	struct mm banned;   /* keys of titles and storms: no entity */
	size_t nbanned;
	struct mm parts;    /* words of a person's name -> group */
	struct mm initials; /* initials of an organisation -> group */
	struct mm prefixes; /* leading words of other names -> group */
	char *inits;        /* storage of the initials */
	size_t cap;         /* room in g */
};

/* An empty map for at most n entries: at most four fifths full, most
 * maps far less (a text names each entity several times), so that the
 * slots cleared are half as many as with room for twice n (clearing the
 * merge's maps was 1.3% of an import).  Nothing depends on the order of
 * their slots. */
static int
mm_init(struct mm *mm, size_t n)
{
	size_t size = 16;

	while (size < n + n / 4 + 1)
		size *= 2;
	mm->s = calloc(size, sizeof(*mm->s));
	mm->mask = size - 1;
	return mm->s ? 0 : -1;
}

/* The next slot at or after *i holding key k (n bytes), or NULL. */
static inline __attribute__((always_inline)) struct mm_slot *
mm_next(const struct mm *mm, const char *k, size_t n, uint64_t h, size_t *i)
{
	for (; mm->s[*i & mm->mask].k; (*i)++) {
		struct mm_slot *e = &mm->s[*i & mm->mask];
		if (e->h == h && e->n == n && memcmp(e->k, k, n) == 0) {
			(*i)++;
			return e;
		}
	}
	return NULL;
}

/* The first value of key k, or -1. */
static long
mm_get(const struct mm *mm, const char *k, size_t n)
{
	uint64_t h = ent_hash(k, n);
	size_t i = h;
	struct mm_slot *e = mm_next(mm, k, n, h, &i);

	return e ? e->v : -1;
}

/* Add k -> v (duplicates kept); the map was sized for it. */
static void
mm_add(struct mm *mm, const char *k, size_t n, long v)
{
	uint64_t h = ent_hash(k, n);
	size_t i = h;

	while (mm->s[i & mm->mask].k)
		i++;
	mm->s[i & mm->mask] = (struct mm_slot){ h, k, (uint32_t)n,
	    (int32_t)v };
}

/* Add one to the count of key k. */
static void
mm_count(struct mm *mm, const char *k, size_t n)
{
	uint64_t h = ent_hash(k, n);
	size_t i = h;
	struct mm_slot *e = mm_next(mm, k, n, h, &i);

	if (e)
		e->v++;
	else
		mm_add(mm, k, n, 1);
}

/* Number of space-separated words of a key. */
static size_t
merge_words(const char *k)
{
	size_t n = 0;

	for (const char *p = k; *p; p++)
		if (p == k || (p[-1] == ' ' && *p != ' '))
			n++;
	return n;
}

/* The group whose key is k, or -1. */
static long
merge_find(const struct merge *m, const char *k)
{
	return mm_get(&m->groups, k, strlen(k));
}

/* A new group for span i. */
static long
merge_new(struct merge *m, size_t i, size_t *cap)
{
	if (m->ng == *cap) {
		size_t nc = *cap ? *cap * 2 : 32;
		struct mgroup *ng = realloc(m->g, nc * sizeof(*ng));
		if (ng == NULL)
			return -1;
		m->g = ng;
		*cap = nc;
	}
	memset(&m->g[m->ng], 0, sizeof(m->g[0]));
	m->g[m->ng].key = m->keys[i];
	m->g[m->ng].nwords = m->nwords[i];
	m->g[m->ng].first = i;
	mm_add(&m->groups, m->keys[i], strlen(m->keys[i]), (long)m->ng);
	return (long)m->ng++;
}

/* The capitals starting the words of text [a, b), lower-cased, into out
 * ("onu" for "Organizzazione delle Nazioni Unite"); their number. */
static size_t
merge_initials(const char *t, size_t a, size_t b, char *out, size_t cap)
{
	size_t n = 0;

	while (a < b) {
		while (a < b && (t[a] == ' ' || t[a] == '\'' || t[a] == '-'))
			a++;
		if (a >= b)
			break;
		if (t[a] >= 'A' && t[a] <= 'Z') {
			if (n + 1 >= cap)
				return 0;
			out[n++] = (char)(t[a] + 32);
		}
		while (a < b && t[a] != ' ' && t[a] != '-')
			a++;
	}
	out[n] = '\0';
	return n;
}

/* 1 if the word of a key that starts at p and ends before q is a
 * particle of a name: "d" (of "d'"), "di", "da", "de". */
static int
merge_particle(const char *p, const char *q)
{
	size_t n = (size_t)(q - p) - 1;

	return (n == 1 && p[0] == 'd') || (n == 2 && p[0] == 'd' &&
	    strchr("iae", p[1]) != NULL);
}

/* Index the parts of person names and the initials of organisations. */
static int
merge_index(struct merge *m)
{
	size_t nparts = 0, o = 0;

	for (size_t j = 0; j < m->ng; j++)
		nparts += m->g[j].nwords * 2;
	if (mm_init(&m->parts, nparts + 1) < 0 ||
	    mm_init(&m->prefixes, nparts + 1) < 0 ||
	    mm_init(&m->initials, m->ng + 1) < 0 ||
	    (m->inits = malloc(m->ng * 17 + 1)) == NULL)
		return -1;
	for (size_t j = 0; j < m->ng; j++) {
		const struct mgroup *g = &m->g[j];
		const struct span *s = &m->sl->v[g->first];
		const char *k = g->key, *w[64];
		size_t nw = 0;
		if (g->nwords < 2)
			continue;
		if (g->type != ENTITY_PERSON) {
			size_t n = merge_initials(m->text, s->start, s->end,
			    m->inits + o, 17);
			if (n >= 2) {
				mm_add(&m->initials, m->inits + o, n, (long)j);
				o += n + 1;
			}
			/* "Consiglio di Sicurezza" of "... delle Nazioni
			 * Unite": leading runs of two words or more */
			for (const char *p = k + 1, *sp = NULL; *p; p++)
				if (*p == ' ') {
					if (sp)
						mm_add(&m->prefixes, k,
						    (size_t)(p - k), (long)j);
					sp = p;
				}
			continue;
		}
		for (const char *p = k; *p && nw < 64; p++)
			if (p == k || p[-1] == ' ')
				w[nw++] = p;
		/* every run of one or two words, short of the whole name;
		 * not one word after a particle, which may be the place a
		 * saint or a king is of ("Francesco d'Assisi": "Assisi"
		 * alone is the town) */
		for (size_t a = 0; a < nw; a++)
			for (size_t len = 1; len <= 2 && a + len <= nw &&
			    len < nw; len++) {
				const char *e = a + len < nw ? w[a + len] - 1 :
				    k + strlen(k);
				if (len == 1 && a > 0 &&
				    merge_particle(w[a - 1], w[a]))
					continue;
				mm_add(&m->parts, w[a], (size_t)(e - w[a]),
				    (long)j);
			}
		/* and its last three words, short of the whole name: a
		 * surname with particles ("von der Leyen") */
		if (nw >= 4)
			mm_add(&m->parts, w[nw - 3], strlen(w[nw - 3]),
			    (long)j);
	}
	return 0;
}

/* 1 if the last word of key is the n bytes of w. */
static int
merge_last_word(const char *key, const char *w, size_t n)
{
	size_t kn = strlen(key);

	return kn > n && key[kn - n - 1] == ' ' &&
	    memcmp(key + kn - n, w, n) == 0;
}

/* 1 if the text of span i, one word, is a word of span j's text, letter
 * for letter but for case. */
static int
merge_same_word(const struct merge *m, size_t i, size_t j)
{
	const struct span *a = &m->sl->v[i], *b = &m->sl->v[j];
	size_t n = a->end - a->start;

	for (size_t k = b->start; k + n <= b->end; k++)
		if ((k == b->start || m->text[k - 1] == ' ') &&
		    (k + n == b->end || m->text[k + n] == ' ') &&
		    strncasecmp(m->text + k, m->text + a->start, n) == 0)
			return 1;
	return 0;
}

/* The person group a short name at span i joins (only one whose surname
 * it is if surname is set): the latest full name
 * mentioned before it, else the first after it; -1 if none. */
static long
merge_alias_person(const struct merge *m, size_t i, int strong_other,
		   int surname)
{
	long best = -1, after = -1;
	const char *k = m->keys[i];
	size_t n = strlen(k);
	uint64_t h = ent_hash(k, n);
	size_t at = h;
	struct mm_slot *e;

	while ((e = mm_next(&m->parts, k, n, h, &at)) != NULL) {
		const struct mgroup *g = &m->g[e->v];
		/* a known place joins only a name that is surely a person,
		 * and one of whose words it spells the same ("Troy" of
		 * "Troy Davis"; "Lucca" is no "Luca Martinelli", though
		 * the keys make one letter of two) */
		if (strong_other && (m->nwords[i] > 1 ||
		    g->score[ENTITY_PERSON] < 3 ||
		    !merge_same_word(m, i, g->first)))
			continue;
		if (surname && !merge_last_word(g->key, k, n))
			continue;
		if (g->first < i) {
			if (best < 0 || m->g[best].last < g->last ||
			    (g->last > i && m->g[best].first < g->first))
				best = e->v;
		} else if (after < 0 || g->first < m->g[after].first) {
			after = e->v;
		}
	}
	return best >= 0 ? best : after;
}

/* 1 if a dash follows offset at in the text, past spaces: the dash
 * after a wire credit ("BOSTON (AP) — ", "(AP) - "). */
static int
merge_dash_after(const struct merge *m, size_t at)
{
	while (at < m->len && m->text[at] == ' ')
		at++;
	return at < m->len && tok_dash(m->text + at, m->len - at) > 0;
}

/* The organisation group an acronym at span i stands for, or -1. */
static long
merge_alias_acronym(const struct merge *m, size_t i)
{
	const struct span *s = &m->sl->v[i];
	char buf[17];
	size_t n = s->end - s->start;

	/* "Korean Central News Agency (Kcna)": the word alone in the
	 * brackets (not "South Korea (Istituto per gli studi ...)"), and
	 * not named alone before (an earlier "Ispi" is a body of its own,
	 * whatever "Corea del Sud (Ispi)" says later); not the agency of
	 * wire copy, whose dash follows the bracket ("DENVER (AP) —" is no
	 * Denver's acronym) */
	if (i > 0 && s->start >= 2 && m->text[s->start - 1] == '(' &&
	    s->end < m->len && m->text[s->end] == ')' &&
	    !merge_dash_after(m, s->end + 1) &&
	    (s->group == SIZE_MAX || m->g[s->group].first == i) &&
	    m->sl->v[i - 1].end + 2 >= s->start - 1 && m->nwords[i] == 1 &&
	    m->nwords[i - 1] >= 2 && m->sl->v[i - 1].group != SIZE_MAX &&
	    m->g[m->sl->v[i - 1].group].type != ENTITY_PERSON)
		return (long)m->sl->v[i - 1].group;
	if (!s->acronym || n < 2 || n >= sizeof(buf))
		return -1;
	for (size_t k = 0; k < n; k++) {
		char c = m->text[s->start + k];
		buf[k] = (char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
	}
	return mm_get(&m->initials, buf, n);
}

/* The key k spelt loosely into out (cap bytes): "yo" or "io" after a
 * consonant as "e" (the Russian ё: "Fyodor", "Fiodor", "Fëdor"; the key
 * has made a y inside a word i), and an "i" or "y" between vowels
 * dropped ("Dostoyevsky", "Dostoevskij"); 0 if it does not fit. */
static size_t
merge_loose(const char *k, char *out, size_t cap)
{
	size_t o = 0;

	for (size_t i = 0; k[i]; i++) {
		int iy = k[i] == 'y' || k[i] == 'i';

		if (o + 1 >= cap)
			return 0;
		if (iy && k[i + 1] == 'o' &&
		    (i == 0 || !strchr("aeiou", k[i - 1]))) {
			out[o++] = 'e'; /* "Fyodor", "Fëdor"; "Pyotr", "Pëtr" */
			i++;
		} else if (!(iy && i > 0 && strchr("aeiou", k[i - 1]) &&
		    k[i + 1] && strchr("aeiou", k[i + 1]))) {
			out[o++] = k[i];
		}
	}
	out[o] = '\0';
	return o;
}

/* Persons of two words or more whose keys differ only in how a
 * transliteration spells a sound are one: "Aleksej Navalnyj" and
 * "Alexei Navalny" in one story.  The later group's spans join the
 * first's. */
static int
merge_transliterations(struct merge *m)
{
	struct mm loose;
	char *buf;
	size_t at = 0, cap = 0;
	long *to;

	for (size_t j = 0; j < m->ng; j++)
		cap += strlen(m->g[j].key) + 1;
	if (mm_init(&loose, m->ng + 1) < 0)
		return -1;
	buf = malloc(cap + 1);
	to = malloc((m->ng + 1) * sizeof(*to));
	if (buf == NULL || to == NULL) {
		free(buf);
		free(to);
		free(loose.s);
		return -1;
	}
	for (size_t j = 0; j < m->ng; j++) {
		size_t n;
		long g;

		to[j] = -1;
		if (m->g[j].type != ENTITY_PERSON || m->g[j].nwords < 2 ||
		    (n = merge_loose(m->g[j].key, buf + at, cap - at + 1)) == 0)
			continue;
		if ((g = mm_get(&loose, buf + at, n)) >= 0)
			to[j] = g;
		else
			mm_add(&loose, buf + at, n, (long)j);
		at += n + 1;
	}
	for (size_t i = 0; i < m->sl->n; i++) {
		size_t g = m->sl->v[i].group;

		if (g != SIZE_MAX && to[g] >= 0)
			m->sl->v[i].group = (size_t)to[g];
	}
	free(to);
	free(loose.s);
	free(buf);
	return 0;
}

/* Pick each group's type from the summed evidence of its spans. */
static void
merge_type(struct merge *m)
{
	for (size_t j = 0; j < m->ng; j++) {
		struct mgroup *g = &m->g[j];
		g->score[ENTITY_PERSON] += g->nwords >= 2 ? REC_BASE_PER2 :
		    REC_BASE_PER1;
		g->score[ENTITY_PLACE] += REC_BASE_LOC;
		g->type = ENTITY_PERSON;
		for (int t = ENTITY_PLACE; t <= ENTITY_ORG; t++)
			if (g->score[t] > g->score[g->type])
				g->type = (enum entity_type)t;
	}
}

/* 1 if the key of span i comes back in another span that is not a
 * capitalised common word. */
static int
merge_again(const struct merge *m, size_t i)
{
	return mm_get(&m->counts, m->keys[i], strlen(m->keys[i])) >= 2;
}

/* First pass: strong spans with the same key share a group. */
static int
merge_exact(struct merge *m)
{

	for (size_t i = 0; i < m->sl->n; i++) {
		struct span *s = &m->sl->v[i];
		long g;
		if (s->banned || (m->nbanned > 0 && mm_get(&m->banned,
		    m->keys[i], strlen(m->keys[i])) >= 0)) {
			s->banned = 1; /* "Sandy" of "l'uragano Sandy" */
			s->group = SIZE_MAX;
			continue;
		}
		g = s->surname_only ? -1 : merge_find(m, m->keys[i]);
		if (g < 0 && (s->weak || (s->lone && !merge_again(m, i)))) {
			s->group = SIZE_MAX;
			continue;
		}
		if (g < 0 && (g = merge_new(m, i, &m->cap)) < 0)
			return -1;
		s->group = (size_t)g;
		m->g[g].last = i;
		for (int t = 0; t < 4; t++)
			m->g[g].score[t] += s->score[t];
	}
	return 0;
}

/* Second pass: short names and acronyms join a fuller group. */
static int
merge_aliases(struct merge *m)
{
	long *redirect = malloc((m->ng + 1) * sizeof(*redirect));

	if (redirect == NULL)
		return -1;
	for (size_t j = 0; j < m->ng; j++)
		redirect[j] = -1;
	for (size_t i = 0; i < m->sl->n; i++) {
		struct span *s = &m->sl->v[i];
		long g = -1;
		if (s->banned)
			continue;
		if (s->group != SIZE_MAX && redirect[s->group] >= 0) {
			s->group = (size_t)redirect[s->group];
			continue;
		}
		int strong_other = s->group != SIZE_MAX &&
		    m->g[s->group].type != ENTITY_PERSON &&
		    m->g[s->group].score[m->g[s->group].type] >= 3;
		if (m->nwords[i] <= 3 && !s->title && !s->surname_only)
			g = merge_alias_person(m, i, strong_other, 0);
		else if (m->nwords[i] == 1) {
			g = merge_alias_person(m, i, strong_other, 1);
			/* a title joins a surname it spells, not one its
			 * key folds to ("Sen." is no "Tana Senn") */
			if (g >= 0 && s->title &&
			    !merge_same_word(m, i, m->g[g].first))
				g = -1;
		}
		if (g < 0 && m->nwords[i] >= 2 && s->group != SIZE_MAX &&
		    m->g[s->group].type != ENTITY_PERSON) {
			g = mm_get(&m->prefixes, m->keys[i],
			    strlen(m->keys[i]));
			if (g >= 0 && m->g[g].type != m->g[s->group].type)
				g = -1;
		}
		if (g < 0 && m->nwords[i] == 1) {
			g = merge_alias_acronym(m, i);
			if (g >= 0 && s->group != SIZE_MAX &&
			    (size_t)g != s->group)
				redirect[s->group] = g;
		}
		if (g >= 0 && (size_t)g != s->group)
			s->group = (size_t)g;
	}
	free(redirect);
	return 0;
}

/* 1 if token k and the two after it are a number in brackets: an
 * item's count or score in a list ("Acilia (4), Ostia (3)"). */
static int
merge_count_after(const struct merge *m, const struct tok_list *tl, size_t k)
{
	const struct tok *t = tl->v;

	return k + 3 < tl->n && t[k].end - t[k].start == 1 &&
	    m->text[t[k].start] == '(' && (t[k + 1].flags & T_DIGIT) &&
	    t[k + 2].end - t[k + 2].start == 1 &&
	    m->text[t[k + 2].start] == ')';
}

/* 1 if spans i and j (i before j) are items of one list: one comma or
 * "e" between them, after the first one's count in brackets if any. */
static int
merge_next_item(const struct merge *m, const struct tok_list *tl, size_t i,
		size_t j)
{
	const struct span *a = &m->sl->v[i], *b = &m->sl->v[j];
	const struct tok *t;
	size_t n, e = a->t1;

	if (merge_count_after(m, tl, e))
		e += 3; /* "Acilia (4), Ostia (3)": each item's count */
	if (e + 1 != b->t0)
		return 0;
	t = &tl->v[e];
	n = t->end - t->start;
	return (n == 1 && m->text[t->start] == ',') ||
	    (n == 1 && m->text[t->start] == 'e') ||
	    (n == 2 && memcmp(m->text + t->start, "ed", 2) == 0) ||
	    (n == 3 && memcmp(m->text + t->start, "and", 3) == 0);
}

/* 1 if span i is a person that can make the next item of its list one:
 * a name of two words or more, one with evidence beyond the prior, or an
 * item made a person so that is no common word. */
static int
merge_list_seed(const struct merge *m, size_t i, const char *made)
{
	const struct span *s = &m->sl->v[i];
	const struct mgroup *g;

	if (s->group == SIZE_MAX)
		return 0;
	g = &m->g[s->group];
	if (g->type != ENTITY_PERSON)
		return 0;
	if (made[i])
		return s->listed == 1;
	return g->nwords >= 2 || g->score[ENTITY_PERSON] >= 1.5f;
}

/* Last pass: a word of a list that no other evidence kept is a person if
 * the item next to it is one ("Stoner, Rossi e Daniel Pedrosa"), and so
 * on along the list, but not on through common words ("Chiocciola,
 * Drago e Tartuca" after a dubious first item). */
static int
merge_lists(struct merge *m, const struct tok_list *tl, size_t *cap)
{
	int again = 1;
	char *made = calloc(m->sl->n + 1, 1);

	if (made == NULL)
		return -1;
	for (int round = 0; again && round < 8; round++) {
		again = 0;
		for (size_t i = 0; i < m->sl->n; i++) {
			struct span *s = &m->sl->v[i];
			long g;
			if (s->group != SIZE_MAX || !s->listed || s->banned)
				continue;
			if (!((i > 0 && merge_list_seed(m, i - 1, made) &&
			    merge_next_item(m, tl, i - 1, i)) ||
			    (i + 1 < m->sl->n &&
			    merge_list_seed(m, i + 1, made) &&
			    merge_next_item(m, tl, i, i + 1))))
				continue;
			g = merge_find(m, m->keys[i]);
			if (g < 0) {
				if ((g = merge_new(m, i, cap)) < 0) {
					free(made);
					return -1;
				}
				m->g[g].type = ENTITY_PERSON;
			}
			s->group = (size_t)g;
			made[i] = 1;
			again = 1;
		}
	}
	free(made);
	return 0;
}

/* 1 if group g is a one-word person only for want of any evidence: no
 * word nor context of its mentions spoke for a type. */
static int
merge_unknown(const struct mgroup *g)
{
	float base = g->nwords >= 2 ? REC_BASE_PER2 : REC_BASE_PER1;

	return g->type == ENTITY_PERSON && g->nwords == 1 &&
	    g->score[ENTITY_PERSON] <= base + 0.01f &&
	    g->score[ENTITY_ORG] <= 0.01f &&
	    g->score[ENTITY_PLACE] <= REC_BASE_LOC + 0.01f;
}

/* 1 if group g is a one-word person that only the name lists speak
 * for: a given name or a surname, no title nor verb around it (the
 * prior, a given name's 1.5 and a surname's 0.8 at most): "Chelsea",
 * "Uber", "Breno" may as well be a club, a firm, a town. */
static int
merge_lexical(const struct mgroup *g)
{
	return g->type == ENTITY_PERSON && g->nwords == 1 &&
	    g->score[ENTITY_PERSON] <= REC_BASE_PER1 + 2.35f;
}

/* 1 if group g is an organisation only for the article before its one
 * mention ("del Monte Vasto", "della Valmora"): the article's 0.8 for a
 * body and its 0.4 and the prior's 0.3 for a place, nothing else. */
static int
merge_article_org(const struct mgroup *g)
{
	return g->type == ENTITY_ORG && g->score[ENTITY_ORG] <= 0.81f &&
	    g->score[ENTITY_PLACE] >= g->score[ENTITY_ORG] - 0.11f;
}

/* 1 if spans i and j (i before j) are items of one list, each after
 * its article: a comma or "e" and "di" with an article between them
 * ("del Monte Vasto, della Valmora e dei Colli Alti"). */
static int
merge_next_art(const struct merge *m, const struct tok_list *tl, size_t i,
	       size_t j)
{
	static const char *const arts[] = { "del", "dello", "della", "dell'",
	    "dell’", "dei", "degli", "delle", NULL };
	const struct span *a = &m->sl->v[i], *b = &m->sl->v[j];
	const struct tok *t;
	size_t n;

	if (a->t1 + 2 != b->t0)
		return 0;
	t = &tl->v[a->t1];
	n = t->end - t->start;
	if (!((n == 1 && (m->text[t->start] == ',' ||
	    m->text[t->start] == 'e')) ||
	    (n == 2 && memcmp(m->text + t->start, "ed", 2) == 0)))
		return 0;
	t++;
	n = t->end - t->start;
	for (size_t k = 0; arts[k]; k++)
		if (strlen(arts[k]) == n &&
		    memcmp(m->text + t->start, arts[k], n) == 0)
			return 1;
	return 0;
}

/* 1 if span j's group is a place sure of it by its own evidence. */
static int
merge_place_seed(const struct merge *m, size_t j)
{
	const struct mgroup *g = &m->g[m->sl->v[j].group];

	return g->type == ENTITY_PLACE && g->score[ENTITY_PLACE] >= 2;
}

/* 1 if span j's group is an organisation or a place that can lend its
 * type to the next item of a list: known by evidence, or made so. */
static int
merge_type_seed(const struct merge *m, size_t j, const char *made)
{
	const struct span *s = &m->sl->v[j];
	const struct mgroup *g;

	if (s->group == SIZE_MAX)
		return 0;
	g = &m->g[s->group];
	if (g->type != ENTITY_ORG && g->type != ENTITY_PLACE)
		return 0;
	return made[s->group] || g->score[g->type] >= 2;
}

/* 1 if span j, a list's item, lends its type to a name that the name
 * lists make a person (merge_lexical): its own evidence says it is an
 * organisation or a place, not the list it is in, and "e" joins the two
 * (a comma may be an apposition: "i reali di Spagna, Felipe"). */
static int
merge_strong_seed(const struct merge *m, const struct tok_list *tl,
		  size_t j, size_t i, const char *made)
{
	const struct mgroup *g = &m->g[m->sl->v[j].group];
	const struct tok *t = &tl->v[m->sl->v[j < i ? j : i].t1];
	size_t n = t->end - t->start;

	if (made[m->sl->v[j].group] || g->score[g->type] < 3)
		return 0;
	return (n == 1 && m->text[t->start] == 'e') ||
	    (n == 2 && memcmp(m->text + t->start, "ed", 2) == 0) ||
	    (n == 3 && memcmp(m->text + t->start, "and", 3) == 0);
}

/* 1 if span i, a list's item, stands between two items of one type,
 * each sure of it by its own evidence, and a comma comes before it:
 * "a Ponte di Legno, Breno, Sale Marasino" are towns, all three,
 * though "Breno" is a given name too. */
static int
merge_between(const struct merge *m, const struct tok_list *tl, size_t i,
	      const char *made)
{
	const struct span *p, *n;

	if (i == 0 || i + 1 >= m->sl->n)
		return 0;
	p = &m->sl->v[i - 1];
	n = &m->sl->v[i + 1];
	if (p->group == SIZE_MAX || n->group == SIZE_MAX ||
	    made[p->group] || made[n->group] ||
	    m->g[p->group].type != m->g[n->group].type ||
	    m->g[p->group].score[m->g[p->group].type] < 3 ||
	    m->g[n->group].score[m->g[n->group].type] < 3 ||
	    !merge_next_item(m, tl, i, i + 1))
		return 0;
	return m->text[tl->v[p->t1].start] == ',';
}

/* A name that is a person only by default takes the type of the
 * organisation or place next to it in a list ("Facebook, IBM, Intel e
 * Oracle", "i comuni di Rossano e Corigliano", "Adusbef e Codacons"),
 * and so on along the list; a name that the name lists alone make a
 * person takes it from a name sure of its type that "e" joins to it
 * ("Apple e Uber", "Toscana ed Emilia", "Edolo e Breno"). */
static int
merge_list_types(struct merge *m, const struct tok_list *tl)
{
	char *made = calloc(m->ng + 1, 1);
	int again = 1;

	if (made == NULL)
		return -1;
	for (int round = 0; again && round < 8; round++) {
		again = 0;
		for (size_t i = 0; i < m->sl->n; i++) {
			struct span *s = &m->sl->v[i];
			struct mgroup *g;
			size_t j;
			int lexical;
			int article;
			if (s->group == SIZE_MAX || made[s->group])
				continue;
			article = merge_article_org(&m->g[s->group]);
			if (!(merge_unknown(&m->g[s->group]) ||
			    merge_lexical(&m->g[s->group]) || article))
				continue;
			lexical = !merge_unknown(&m->g[s->group]) && !article;
			if (i > 0 && merge_type_seed(m, i - 1, made) &&
			    (merge_next_item(m, tl, i - 1, i) || (article &&
			    merge_next_art(m, tl, i - 1, i))) && (!lexical ||
			    merge_strong_seed(m, tl, i - 1, i, made) ||
			    merge_between(m, tl, i, made)) && (!article ||
			    merge_place_seed(m, i - 1)))
				j = i - 1;
			else if (i + 1 < m->sl->n &&
			    merge_type_seed(m, i + 1, made) &&
			    (merge_next_item(m, tl, i, i + 1) || (article &&
			    merge_next_art(m, tl, i, i + 1))) && (!lexical ||
			    merge_strong_seed(m, tl, i + 1, i, made)) &&
			    (!article || merge_place_seed(m, i + 1)))
				j = i + 1;
			else
				continue;
			g = &m->g[s->group];
			g->type = m->g[m->sl->v[j].group].type;
			made[s->group] = 1;
			again = 1;
		}
	}
	free(made);
	return 0;
}

/* 1 if span j is a city named alone, in one word, no state. */
static int
merge_city(const struct merge *m, size_t j)
{
	const struct span *s = &m->sl->v[j];
	unsigned f;

	if (s->t1 - s->t0 != 1)
		return 0;
	f = lx_word(m->lx, m->text + s->start, s->end - s->start);
	return (f & LX_CITY) && !(f & LX_COUNTRY);
}

/* The type of the mention of span j as an item of a list of teams: its
 * group's; an organisation if made a team already (made), or of one
 * word only (a team's name is: "Atalanta", not "Nazionale Italiana
 * Cantanti"); no place if a city that may be a team too;
 * ENTITY_PERSON if none of these. */
static enum entity_type
merge_item_type(const struct merge *m, size_t j, const char *made)
{
	const struct span *s = &m->sl->v[j];
	size_t g = s->group;

	if (made[j])
		return ENTITY_ORG;
	if (g == SIZE_MAX || (s->actor && m->g[g].type == ENTITY_PLACE))
		return ENTITY_PERSON; /* "la Francia": no seed either way */
	if (m->g[g].type == ENTITY_ORG)
		return s->t1 - s->t0 == 1 ? ENTITY_ORG : ENTITY_PERSON;
	if (m->g[g].type == ENTITY_PLACE && merge_city(m, j))
		return ENTITY_PERSON;
	return m->g[g].type;
}

/* A city named alone in a list whose other items next to it are
 * organisations and none a place is one of them, a team or a club, and
 * so on along the list: "di Atalanta, Udinese, Bologna, Vicenza e
 * Padova", "le squadre di Livorno, Atalanta e Udinese"; its mention is
 * the organisation's, the city stays a place elsewhere. */
static int
merge_team_lists(struct merge *m, const struct tok_list *tl)
{
	char *made = calloc(m->sl->n + 1, 1);
	int again = 1;

	if (made == NULL)
		return -1;
	for (int round = 0; again && round < 8; round++) {
		again = 0;
		for (size_t i = 0; i < m->sl->n; i++) {
			struct span *s = &m->sl->v[i];
			int org = 0, place = 0;

			if (made[i] || s->group == SIZE_MAX ||
			    s->t1 - s->t0 != 1 || s->actor ||
			    m->g[s->group].type != ENTITY_PLACE)
				continue;
			/* the items before and after it in the list */
			for (size_t j = i > 0 ? i - 1 : i + 1;
			    j <= i + 1 && j < m->sl->n; j += 2) {
				enum entity_type t;

				if (!merge_next_item(m, tl, j < i ? j : i,
				    j < i ? i : j))
					continue;
				t = merge_item_type(m, j, made);
				org += t == ENTITY_ORG;
				place += t == ENTITY_PLACE;
			}
			if (org == 0 || place > 0 || !merge_city(m, i))
				continue;
			made[i] = 1;
			again = 1;
		}
	}
	for (size_t i = 0; i < m->sl->n; i++)
		if (made[i])
			m->sl->v[i].actor = m->sl->v[i].club = 1;
	free(made);
	return 0;
}

/* A one-word person that nothing but the prior speaks for, named more
 * often as a work's or a show's than otherwise ("le puntate di Borvento",
 * "la stagione di Borvento", "Borvento andrà in onda"), is that thing in
 * its other mentions too: clear its mark in keep[] (1 for a group with a
 * mention that is no thing's).  -1 if out of memory. */
static int
merge_things(const struct merge *m, size_t *keep)
{
	long *n = calloc(m->ng + 1, sizeof(*n));

	if (n == NULL)
		return -1;
	for (size_t i = 0; i < m->sl->n; i++) {
		size_t g = m->sl->v[i].group;
		if (g != SIZE_MAX)
			n[g] += m->sl->v[i].thing ? 1 : -1;
	}
	for (size_t g = 0; g < m->ng; g++)
		if (n[g] > 0 && merge_unknown(&m->g[g]))
			keep[g] = 0;
	free(n);
	return 0;
}

/* An organisation that the story writes only in lower case ("come
 * riporta reuters") takes its name as the lists spell it ("Reuters",
 * "ANSA"): the store names an entity after the first story that names
 * it, and a body's name is no lower-case word.  0, or -1 if out of
 * memory. */
static int
merge_respell(const struct entity_lexicon *lx, struct entity_group *eg)
{
	char buf[LX_FOLD_MAX], *c;
	size_t n = strlen(eg->canonical);
	const char *own;

	/* a capital anywhere: the story's own spelling */
	if (lx_fold(eg->canonical, n, buf, sizeof(buf)) != n ||
	    memcmp(buf, eg->canonical, n) != 0)
		return 0;
	if ((own = lx_spelling(lx, eg->key)) == NULL)
		return 0;
	if ((c = strdup(own)) == NULL)
		return -1;
	free(eg->canonical);
	eg->canonical = c;
	return 0;
}

/* 1 if span s has a lower-case ASCII letter: "Roma", not "ROMA", a
 * heading's capitals, which no entity should be named after. */
static int
merge_has_lower(const struct merge *m, const struct span *s)
{
	for (size_t k = s->start; k < s->end; k++)
		if (m->text[k] >= 'a' && m->text[k] <= 'z')
			return 1;
	return 0;
}

/* A place whose mentions name a team after it ("il Napoli ha battuto la
 * Roma", "i tifosi della Lazio") is, in those mentions, an organisation
 * of its own: the club is no more the city than a company its seat.
 * Such mentions leave their group for one of type organisation with the
 * same key, or the group becomes one where all its mentions are a
 * team's ("Lazio" only in a match report); the store keeps a place and
 * an organisation of one name apart.  A country's side stays the
 * country ("l'Italia ha battuto la Francia": the recogniser marks no
 * club there).  -1 if out of memory. */
static int
merge_clubs(struct merge *m)
{
	size_t n0 = m->ng, *club, *other, *to;

	for (size_t i = 0; i < m->sl->n; i++)
		if (m->sl->v[i].club)
			break;
		else if (i + 1 == m->sl->n)
			return 0; /* no team named after a place: most texts */
	if ((club = calloc(3 * n0 + 1, sizeof(*club))) == NULL)
		return -1;
	other = club + n0;
	to = other + n0;
	for (size_t i = 0; i < m->sl->n; i++) {
		size_t g = m->sl->v[i].group;

		if (g < n0 && m->g[g].type == ENTITY_PLACE) {
			if (m->sl->v[i].club)
				club[g]++;
			else
				other[g]++;
		}
	}
	for (size_t j = 0; j < n0; j++) {
		to[j] = j;
		if (club[j] == 0)
			continue;
		if (other[j] == 0) {
			m->g[j].type = ENTITY_ORG;
			m->g[j].club = 1;
			continue;
		}
		if (m->ng == m->cap) {
			size_t nc = m->cap ? m->cap * 2 : 32;
			struct mgroup *ng = realloc(m->g, nc * sizeof(*ng));
			if (ng == NULL) {
				free(club);
				return -1;
			}
			m->g = ng;
			m->cap = nc;
		}
		to[j] = m->ng;
		m->g[m->ng] = m->g[j];
		m->g[m->ng].type = ENTITY_ORG;
		m->g[m->ng].club = 1;
		m->g[m->ng].first = SIZE_MAX;
		m->ng++;
	}
	for (size_t i = 0; i < m->sl->n; i++) {
		struct span *s = &m->sl->v[i];
		size_t k;

		if (!s->club || s->group >= n0 || (k = to[s->group]) ==
		    s->group)
			continue;
		s->group = k;
		if (m->g[k].first == SIZE_MAX)
			m->g[k].first = i;
		m->g[k].last = i;
	}
	free(club);
	return 0;
}

/* Copy the mentions' keys, which point at the merge's, one after the
 * other into out->keys, each mention keeping its own copy: one
 * allocation for them all (a strdup for each key said again and a free
 * for each mention's were 1% of an import).  -1 if out of memory, the
 * mentions keyless then. */
static int
merge_output_keys(struct entity_result *out)
{
	size_t total = 0, at = 0;

	for (size_t k = 0; k < out->nmentions; k++)
		total += strlen(out->mentions[k].key) + 1;
	if ((out->keys = malloc(total + 1)) == NULL) {
		for (size_t k = 0; k < out->nmentions; k++)
			out->mentions[k].key = NULL;
		return -1;
	}
	for (size_t k = 0; k < out->nmentions; k++) {
		size_t n = strlen(out->mentions[k].key) + 1;

		memcpy(out->keys + at, out->mentions[k].key, n);
		out->mentions[k].key = out->keys + at;
		at += n;
	}
	return 0;
}

/* Build the result: groups with mentions, canonical = fullest name. */
static int
merge_output(struct merge *m, struct entity_result *out)
{
	size_t *map, *best, *bestm;
	size_t ng = 0;
	const char *own;
	int rc = -1;

	if (merge_clubs(m) < 0)
		return -1;
	map = malloc((m->ng + 1) * sizeof(*map));
	best = calloc(m->ng + 1, sizeof(*best));
	bestm = malloc((m->ng + 1) * sizeof(*bestm));
	out->mentions = malloc((m->sl->n + 1) * sizeof(*out->mentions));
	out->groups = calloc(m->ng + 1, sizeof(*out->groups));
	if (map == NULL || best == NULL || bestm == NULL ||
	    out->mentions == NULL || out->groups == NULL)
		goto done;
	for (size_t j = 0; j < m->ng; j++)
		map[j] = SIZE_MAX;
	/* a person named only in quotes or after "un" is a ship's, a
	 * work's, a make's name: best[] marks the groups with another
	 * mention first */
	for (size_t i = 0; i < m->sl->n; i++)
		if (m->sl->v[i].group != SIZE_MAX && !m->sl->v[i].thing)
			best[m->sl->v[i].group] = 1;
	if (merge_things(m, best) < 0)
		goto done;
	for (size_t i = 0; i < m->sl->n; i++) {
		size_t g = m->sl->v[i].group;
		if (g != SIZE_MAX && m->g[g].type == ENTITY_PERSON && !best[g])
			m->sl->v[i].group = SIZE_MAX;
	}
	memset(best, 0, (m->ng + 1) * sizeof(*best));
	for (size_t i = 0; i < m->sl->n; i++) {
		struct span *s = &m->sl->v[i];
		size_t g = s->group;
		if (g == SIZE_MAX)
			continue;
		if (map[g] == SIZE_MAX) {
			map[g] = ng;
			bestm[ng] = out->nmentions;
			best[ng++] = i;
		} else {
			struct span *b = &m->sl->v[best[map[g]]];
			if (m->nwords[i] > m->nwords[best[map[g]]] ||
			    (m->nwords[i] == m->nwords[best[map[g]]] &&
			    s->end - s->start > b->end - b->start) ||
			    (m->nwords[i] == m->nwords[best[map[g]]] &&
			    s->end - s->start == b->end - b->start &&
			    !merge_has_lower(m, b) && merge_has_lower(m, s))) {
				bestm[map[g]] = out->nmentions;
				best[map[g]] = i;
			}
		}
		out->mentions[out->nmentions].start = s->start;
		out->mentions[out->nmentions].end = s->end;
		out->mentions[out->nmentions].type = m->g[g].type;
		if (s->actor && m->g[g].type == ENTITY_PLACE)
			out->mentions[out->nmentions].type = ENTITY_ORG;
		if (s->seat && m->g[g].type == ENTITY_ORG)
			out->mentions[out->nmentions].type = ENTITY_PLACE;
		/* its key, computed to merge: the store needs it too (a
		 * copy of it in out->keys, below) */
		out->mentions[out->nmentions].key = m->keys[i];
		out->mentions[out->nmentions++].group = map[g];
	}
	if (merge_output_keys(out) < 0)
		goto done;
	for (size_t j = 0; j < m->ng; j++) {
		struct entity_group *eg;
		const struct span *b;
		if (map[j] == SIZE_MAX)
			continue;
		eg = &out->groups[map[j]];
		b = &m->sl->v[best[map[j]]];
		eg->type = m->g[j].type;
		eg->canonical = strndup(m->text + b->start, b->end - b->start);
		/* entity_key of the canonical name: the key its mention has
		 * (entity_key is a function of the bytes, and a span's
		 * bytes do not change once keyed) */
		eg->key = strdup(out->mentions[bestm[map[j]]].key);
		out->ngroups++;
		if (eg->canonical == NULL || eg->key == NULL)
			goto done;
		if (eg->type == ENTITY_ORG && merge_respell(m->lx, eg) < 0)
			goto done;
		if (m->g[j].club)
			eg->apart = 1;
		else if (eg->type == ENTITY_PLACE) {
			unsigned f = lx_word(m->lx, eg->canonical,
			    strlen(eg->canonical));
			eg->apart = (f & (LX_PLACE | LX_TOWN | LX_CITY)) &&
			    !(f & LX_COUNTRY);
		}
		/* "Moscow" is "Mosca" in the store, "ECB" "Bce": the key of
		 * the place's or body's own name, its mentions keeping their
		 * keys (a user's split or ignore of one spelling still
		 * holds) */
		if ((eg->type == ENTITY_PLACE || eg->type == ENTITY_ORG) &&
		    (own = lx_exonym(m->lx, eg->key)) != NULL) {
			char *k = strdup(own);

			if (k == NULL)
				goto done;
			free(eg->key);
			eg->key = k;
		}
	}
	rc = 0;
done:
	free(map);
	free(best);
	free(bestm);
	return rc;
}

/* Group the spans of sl into out. */
int
merge_spans(const struct entity_lexicon *lx, const char *text, size_t len,
	    const struct tok_list *tl, struct span_list *sl,
	    struct entity_result *out)
{
	struct merge m = { .lx = lx, .text = text, .len = len, .sl = sl };
	struct mm seen = { 0 }; /* a span's text -> the first span with it */
	int rc = -1;

	m.keys = calloc(sl->n + 1, sizeof(*m.keys));
	m.nwords = calloc(sl->n + 1, sizeof(*m.nwords));
	m.shared = calloc(sl->n + 1, 1);
	if (m.keys == NULL || m.nwords == NULL || m.shared == NULL ||
	    mm_init(&seen, sl->n + 1) < 0)
		goto done;
	for (size_t i = 0; i < sl->n; i++) {
		const char *s = text + sl->v[i].start;
		size_t n = sl->v[i].end - sl->v[i].start;
		long j = mm_get(&seen, s, n);

		/* a name said again has the key it had: the same string
		 * (entity_key was a twentieth of an import) */
		if (j >= 0) {
			m.keys[i] = m.keys[j];
			m.shared[i] = 1;
			m.nwords[i] = m.nwords[j];
			continue;
		}
		m.keys[i] = entity_key(s, n);
		if (m.keys[i] == NULL)
			goto done;
		m.nwords[i] = merge_words(m.keys[i]);
		mm_add(&seen, s, n, (long)i);
	}
	for (size_t i = 0; i < sl->n; i++)
		m.nbanned += sl->v[i].banned != 0;
	if (mm_init(&m.groups, sl->n + 1) < 0 ||
	    mm_init(&m.counts, sl->n + 1) < 0 ||
	    mm_init(&m.banned, m.nbanned + 1) < 0)
		goto done;
	for (size_t i = 0; m.nbanned > 0 && i < sl->n; i++)
		if (sl->v[i].banned)
			mm_add(&m.banned, m.keys[i], strlen(m.keys[i]), 1);
	for (size_t i = 0; i < sl->n; i++)
		if (!sl->v[i].weak)
			mm_count(&m.counts, m.keys[i], strlen(m.keys[i]));
	if (merge_exact(&m) < 0)
		goto done;
	merge_type(&m);
	if (merge_index(&m) < 0 || merge_aliases(&m) < 0 ||
	    merge_transliterations(&m) < 0 ||
	    merge_lists(&m, tl, &m.cap) < 0 ||
	    merge_list_types(&m, tl) < 0)
		goto done;
	if (merge_team_lists(&m, tl) < 0)
		goto done;
	rc = merge_output(&m, out);
done:
	if (rc < 0)
		entity_result_free(out);
	for (size_t i = 0; m.keys && m.shared && i < sl->n; i++)
		if (!m.shared[i])
			free(m.keys[i]);
	free(m.keys);
	free(m.shared);
	free(m.nwords);
	free(seen.s);
	free(m.g);
	free(m.groups.s);
	free(m.counts.s);
	free(m.banned.s);
	free(m.parts.s);
	free(m.initials.s);
	free(m.prefixes.s);
	free(m.inits);
	return rc;
}
