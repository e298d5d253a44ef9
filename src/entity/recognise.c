/* recognise: find capitalised name spans, drop common words, and gather
 * the evidence for each span's type. */
#include <stdatomic.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unistr.h>
#include "private.h"

#define LX_UNSET 0x80000000u


/* What rec_phrase learnt of the phrases starting at a token: those of
 * ok + 1 tokens or fewer may be entries of the lexicon (their leading
 * words, ok tokens or fewer, start entries); st 1: none longer is one,
 * the leading ok + 1 tokens starting none; st 2: not known past ok (a
 * hyphen, a fold too long). */
struct rec_prefix {
	uint8_t ok, st;
};

struct rec {
	const struct entity_lexicon *lx;
	const char *text;
	const struct tok_list *tl;
	unsigned *lxf; /* lexicon categories per token, lazily */
	uint64_t *w8;  /* each token packed for rec_is: rec_w8_all */
	uint8_t *wb;   /* and the bit of a set's bloom its packed word
	                * has, or REC_WB_NONE: rec_w8_all */
	uint32_t *twin; /* the first token with the same packed bytes:
	                 * rec_twins */
	struct rec_fold *fold; /* each twin folded, lazily: see rec_fold */
	char *fbuf;            /* the folded tokens, one after the other */
	size_t fbuf_len, fbuf_cap;
	struct span_list *sl;
	struct rec_prefix *pre; /* per token: its phrases' known heads */
	size_t phrase_a, phrase_b; /* the last phrase looked up */
	unsigned phrase_f;         /* and its categories */
	int en;                    /* the text is English */
	int cautious;              /* in another language: rec_cautious */
	int sport;                 /* the text reports a game: rec_sport;
	                            * -1 until asked */
};

/* Words that join two capitalised parts of one organisation or place
 * name ("Consiglio di Sicurezza", "Bank of America"). */
static const char *const rec_links[] = {
	"di", "del", "della", "dello", "dei", "degli", "delle", "dell'",
	"d'", "dell’", "d’", "of", "the", "for", "per", "de", "do", "du",
	"des", "la", "le", "and", "für", NULL
};

/* Words with an article that join the parts of a name after its head
 * ("Assessorato alla Cultura", "Congregazione per la Dottrina della
 * Fede", "Istituto per l'Ambiente"). */
static const char *const rec_head_links_art[] = {
	"alla", "allo", "all'", "all’", "ai", "agli", "alle", "sul", "sulla",
	"sullo", "sull'", "sull’", "sui", "sugli", "sulle", NULL
};

/* "per" in a body's name ("Comitato per la ..."). */
static const char *const rec_for[] = { "per", "for", NULL };
static const char *const rec_republic[] = { "repubblica", NULL };
static const char *const rec_di_only[] = { "di", NULL };

/* Italian definite articles: after "per" in a body's purpose ("per la
 * tutela"), capitalised before a name ("Il Popolo delle Libertà"). */
static const char *const rec_it_articles[] = {
	"il", "lo", "la", "l'", "l’", "i", "gli", "le", NULL
};

/* Articles after "per" or "for" in such a link. */
static const char *const rec_per_articles[] = {
	"il", "lo", "la", "l'", "l’", "i", "gli", "le", "the", NULL
};

/* Institutions' nouns that, capitalised alone, name a sector more often
 * than one body ("la crisi dell'Università"). */
static const char *const rec_sectors[] = { "università", NULL };

/* Words before a name that suggest a place ("presso Stansted"). */
static const char *const rec_place_preps[] = {
	"in", "nel", "nella", "nello", "negli", "nelle", "verso", "nell'",
	"nell’", "dal", "dalla", "sul", "sulla", "from", "at", "presso",
	NULL
};

/* Prepositions that start a sentence before where it happens ("A
 * Berlino Romano Prodi ha detto"). */
static const char *const rec_where_preps[] = { "a", "ad", "in", NULL };

/* 1 if token b is an English possessive "'s" ("in Joe Biden's
 * America"). */
static int
rec_poss_after(const struct rec *r, size_t b)
{
	const struct tok *t;
	size_t n;

	if (b >= r->tl->n)
		return 0;
	t = &r->tl->v[b];
	n = t->end - t->start;
	return (n == 2 && memcmp(r->text + t->start, "'s", 2) == 0) ||
	    (n == 4 && memcmp(r->text + t->start, "\xe2\x80\x99s", 4) == 0);
}

/* The length of the name before an English compound adjective's
 * hyphen in token a ("London-based", "US-led", "Hamas-run",
 * "Czech-born"), or 0: the adjective is no name, the name before it may
 * be one. */
static size_t
rec_compound_adj(const struct rec *r, size_t a)
{
	static const char *const ends[] = { "-based", "-born", "-led",
	    "-backed", "-owned", "-run", "-funded", "-controlled", "-made",
	    "-bound", NULL };
	const struct tok *t = &r->tl->v[a];
	size_t n = t->end - t->start;

	if (memchr(r->text + t->start, '-', n) == NULL)
		return 0; /* every end starts with a hyphen */
	for (int k = 0; ends[k]; k++) {
		size_t m = strlen(ends[k]);
		if (n > m + 1 &&
		    memcmp(r->text + t->end - m, ends[k], m) == 0 &&
		    !memchr(r->text + t->start, '-', n - m))
			return n - m;
	}
	return 0;
}

/* 1 if token i ends as a web address does, a dot and two lower-case
 * letters or more ("Fararoo.ir", "Repubblica.it"): the stop after it
 * ends the sentence, no abbreviation ("U.S.", "Simon B."). */
static int
rec_domain(const struct rec *r, size_t i)
{
	const struct tok *t = &r->tl->v[i];
	size_t k = t->end, n = 0;

	while (k > t->start && r->text[k - 1] >= 'a' && r->text[k - 1] <= 'z') {
		k--;
		n++;
	}
	return n >= 2 && k > t->start + 1 && r->text[k - 1] == '.';
}

/* Bare "in", before a place or a time. */
static const char *const rec_in[] = { "in", NULL };

/* Words before a name that suggest a place, weakly: "a Roma", "a Putin".
 * Not "da", the agent of a passive as often as where one comes from
 * ("pubblicato da Rizzoli", "incalzata da Morandi"): a known place after
 * it is known anyway. */
static const char *const rec_place_weak[] = {
	"a", "ad", "to", NULL
};

/* Articles, alone or in a preposition, before organisations and places
 * more than people ("della Juventus", "dalla Francia", "di Mario"). */
static const char *const rec_articles[] = {
	"il", "la", "lo", "l'", "l’", "gli", "i", "le", "the", "del", "della",
	"dello", "dei", "degli", "delle", "dell'", "dell’", "dal", "dalla",
	"dallo", "dall'", "dall’", "al", "alla", "allo", "all'", "all’",
	"sul", "sulla", "sull'", "sull’", "col", "coi", NULL
};

/* Singular definite articles, alone or in a preposition. */
static const char *const rec_sing_articles[] = { "il", "lo", "la", "l'",
	"l’", "del", "dello", "della", "dell'", "dell’", "dal", "dallo",
	"dalla", "dall'", "dall’", "al", "allo", "alla", "all'", "all’",
	"nel", "nello", "nella", "nell'", "nell’", "sul", "sullo", "sulla",
	"sull'", "sull’", "col", NULL };

/* Definite articles, alone or in a preposition, that make a known place
 * an agent: "l'Italia ha battuto la Francia", "dalla Cina". Italian
 * names a country with one, but a country that is only where something
 * happens takes a bare preposition ("in Italia", "a Roma", "di Francia"). */
static const char *const rec_actor_articles[] = {
	"il", "lo", "la", "l'", "l’", "i", "gli", "le", "al", "allo", "alla",
	"all'", "all’", "dal", "dallo", "dalla", "dall'", "dall’", NULL
};

/* Capitalised particles that start an Italian surname even at the start
 * of a sentence ("Di Pietro", "De Gasperi", "Dell'Utri"). */
static const char *const rec_surname_starts[] = {
	"di", "de", "del", "della", "dell'", "dell’", "d'", "d’", NULL
};

/* The upper and the lower part of a city, capitalised after its name:
 * "Bergamo Alta", "Bergamo Bassa". */
static const char *const rec_upper_lower[] = { "alta", "bassa", NULL };

/* Adjectives that name a part of a place ("Italia settentrionale",
 * "America latina", "Sud Est asiatico", "Filippine meridionali"). */
static const char *const rec_directions[] = {
	"settentrionale", "meridionale", "centrale", "orientale",
	"occidentale", "nord-orientale", "nord-occidentale", "sud-orientale",
	"sud-occidentale", "centro-settentrionale", "centro-meridionale",
	"centro-orientale", "centro-occidentale", "subsahariana",
	"sub-sahariana", "latina", "asiatica", "asiatico", "equatoriale",
	"continentale", "insulare", "peninsulare", "settentrionali",
	"meridionali", "centrali", "orientali", "occidentali", NULL
};

/* A government or an era named after its leader: "governo Letta", "la
 * giunta Moratti". */
static const char *const rec_govs[] = { "governo", "governi", "esecutivo",
	"gabinetto", "amministrazione", "era", "giunta", NULL };

/* A case, a law, a plan named after a person: "il caso Marrazzo", "la
 * legge Severino", "il lodo Alfano", "l'omicidio Tommasoli". */
static const char *const rec_cases[] = { "caso", "legge", "lodo",
	"riforma", "ddl", "piano", "dottrina", "omicidio", "delitto", NULL };

/* Titles that Italian makes part of a religious's name ("don Milani",
 * "suor Lucia"): the name is the title and what follows. */
static const char *const rec_name_titles[] = { "don", "suor", NULL };

/* The same articles in "di", "su", "con", "in" ("del Milan", "ha
 * giocato nel Catania": a city is feminine, "nel" makes it a team). */
static const char *const rec_club_articles[] = {
	"del", "dello", "della", "dell'", "dell’", "sul", "sulla", "col",
	"nel", "nello", NULL
};

/* Masculine articles, alone or with a preposition: before a city's name
 * (a city takes none) they name the team, "il Torino", "del Basilea". */
static const char *const rec_masc_articles[] = {
	"il", "lo", "del", "dello", "al", "allo", "dal", "dallo", "nel",
	"nello", "sul", "sullo", "col", NULL
};

/* "a" and an article: the one something is given or asked of. */
static const char *const rec_datives[] = { "al", "allo", "alla", "all'",
	"all’", "ai", "agli", "alle", NULL };

/* Words after a place that make it the subject of an act ("la Francia
 * ha chiesto", "l'Italia non ci sta", "la Cina batte il Giappone"). */
static const char *const rec_actor_verbs[] = {
	"ha", "hanno", "aveva", "avrebbe", "avrà", "non", "si", "vuole",
	"chiede", "accusa", "batte", "vince", "perde", "supera", "sconfigge",
	"pareggia", "conquista", "firma", "respinge", "annuncia", "minaccia",
	"decide", "deve", "dovrà", "dovrebbe", "può", "potrebbe", "sta",
	"conduce", "guida", "sfida", "has", "had", "will", "would", "says",
	"said", "beat", "beats", "won", "wins", NULL
};

/* 1 if token i is a minister's or a councillor's title in the
 * singular ("ministro", "sottosegretaria", "assessore"), or, where en
 * is set, the English "minister": what a portfolio comes after. */
static const char *const rec_ministers[] = { "ministro", "ministra",
	"viceministro", "viceministra", "sottosegretario", "sottosegretaria",
	"assessore", "assessora", NULL };
static const char *const rec_minister_en[] = { "minister", NULL };
#define rec_minister(r, i, en) (rec_is((r), (i), rec_ministers) || \
	((en) && rec_is((r), (i), rec_minister_en)))

/* The actor's verbs that give a match's result ("la Lazio pareggia"). */
static const char *const rec_result_verbs[] = {
	"batte", "vince", "perde", "supera", "sconfigge", "pareggia",
	"beat", "beats", "won", "wins", NULL
};

/* The United States' postal codes of states, and of the capital's
 * district ("NY", "DC"), in lower case. */
static const char *const rec_us_codes[] = { "al", "ak", "az", "ar", "ca",
	"co", "ct", "de", "fl", "ga", "hi", "id", "il", "in", "ia", "ks",
	"ky", "la", "me", "md", "ma", "mi", "mn", "ms", "mo", "mt", "ne",
	"nv", "nh", "nj", "nm", "ny", "nc", "nd", "oh", "ok", "or", "pa",
	"ri", "sc", "sd", "tn", "tx", "ut", "vt", "va", "wa", "wv", "wi",
	"wy", "dc", NULL };

/* Quarters of the world that are no place alone ("l'Occidente"). */
static const char *const rec_quarters[] = { "occidente", "oriente",
	"nord-est", "nord-ovest", "sud-est", "sud-ovest", NULL };

/* "of" between a place noun and its name. */
static const char *const rec_of[] = { "di", "of", NULL };

/* Verbs after a name that speak for a person ("Prodi ha detto"). */
static const char *const rec_person_verbs[] = {
	"ha", "aveva", "avrebbe", "avrà", "dice", "dichiara", "afferma",
	"spiega", "sostiene", "commenta", "scrive", "racconta", "aggiunge",
	"ribadisce", "replica", "annuncia", "said", "says", "told", "met",
	"visited", "arrived", "spoke", "tweeted", "wrote", "resigned",
	"died", "insisted", "vowed", "added", "denied", "replied",
	"explained", "admitted", "recalled", "smiled", "thanked", NULL
};

/* Saints' titles: the given name after them is part of the name
 * ("Santa Lucia di Piave", "Basilica di San Giovanni in Laterano"). */
static const char *const rec_saints[] = { "san", "santa", "santo", "st",
	"saint", "sainte", "são", "sao", NULL };

/* A region's noun before its name: the two name its government. */
static const char *const rec_regions[] = { "regione", NULL };

/* English compass adjectives before a place ("Eastern Europe"). */
static const char *const rec_compass_adj[] = {
	"eastern", "western", "northern", "southern", "central", NULL
};

/* Compass words closing a place name ("Corea del Nord"). */
/* The middle of a land, before its name ("Centro Italia"), as a
 * quarter of the compass before it is ("Sud America"). */
static const char *const rec_middle[] = { "centro", NULL };

static const char *const rec_compass[] = {
	"nord", "sud", "est", "ovest", "north", "south", "east", "west",
	NULL
};

int
span_push(struct span_list *sl, const struct span *s)
{
	if (sl->n == sl->cap) {
		size_t nc = sl->cap ? sl->cap * 2 : 64;
		struct span *nv = realloc(sl->v, nc * sizeof(*nv));
		if (nv == NULL)
			return -1;
		sl->v = nv;
		sl->cap = nc;
	}
	sl->v[sl->n++] = *s;
	return 0;
}

/* 1 if token i is one of the words of list (case-insensitive), word by
 * word: the fallback of rec_is, and the test of its longer words. */
static int
rec_is_scan(const struct rec *r, size_t i, const char *const *list)
{
	const struct tok *t = &r->tl->v[i];
	size_t n = t->end - t->start;

	unsigned char c = (unsigned char)r->text[t->start];

	if (n > 24)
		return 0;
	c = (unsigned char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
	/* the list's words are in lower case: compare in place, no strlen
	 * (this ran at every token, a tenth of the recogniser's time) */
	for (int k = 0; list[k]; k++) {
		const char *w = list[k], *x = r->text + t->start;
		size_t j;

		if ((unsigned char)w[0] != c)
			continue;
		for (j = 1; j < n; j++) {
			unsigned char y = (unsigned char)x[j];

			if ((unsigned char)w[j] !=
			    (y >= 'A' && y <= 'Z' ? y + 32 : y))
				break;
		}
		if (j == n && w[n] == '\0')
			return 1;
	}
	return 0;
}

/* 1 if token i, a word no list knows, ends as towns' names do and
 * persons' do not: German "-ingen", "-hausen", "-dorf", Slavic "-ivka",
 * "-ovka", "-ivske", "-gorsk", "-grad", Persian "-abad", "-istan"
 * ("Avdiivka", "Niederingen", "Novogorsk"). */
static int
rec_place_shape(const struct rec *r, size_t i)
{
	static const char *const ends[] = { "ingen", "hausen", "dorf",
	    "ivka", "ovka", "ivske", "ovske", "gorsk", "grad", "abad",
	    "istan", NULL };
	const struct tok *t = &r->tl->v[i];
	size_t n = t->end - t->start;

	if (n < 6 || !(t->flags & T_CAP) || (t->flags & T_UPPER))
		return 0;
	for (int k = 0; ends[k]; k++) {
		size_t e = strlen(ends[k]);
		if (memcmp(r->text + t->end - e, ends[k], e) == 0)
			return 1;
	}
	return 0;
}

/* A word of 8 bytes or fewer packed in an integer, zero-padded (so the
 * length is in it too); REC_W8_NONE for a longer or empty word or one
 * with a NUL byte.  Upper-case ASCII is lowered when lower is set. */
#define REC_W8_NONE UINT64_MAX

static uint64_t
rec_pack(const char *s, size_t n, int lower)
{
	uint64_t p = 0;

	if (n == 0 || n > 8)
		return REC_W8_NONE;
	for (size_t j = 0; j < n; j++) {
		unsigned char c = (unsigned char)s[j];

		if (c == 0)
			return REC_W8_NONE;
		if (lower && c >= 'A' && c <= 'Z')
			c = (unsigned char)(c + 32);
		p |= (uint64_t)c << (8 * j);
	}
	return p;
}

/* A token folded by lx_fold into rec's fbuf at at, len bytes long; pre
 * is what lx_fold needed of its buffer before "’" became "'" (so that a
 * smaller buffer fails as lx_fold would) plus 1: 0 while not yet
 * folded, REC_FOLD_NONE where lx_fold gives nothing. */
struct rec_fold {
	uint32_t at;
	uint16_t len, pre;
	uint8_t head; /* rec_may_head's answer plus 1; 0: not yet asked */
	uint8_t org;  /* rec_lower_known's lx_maybe_org plus 1, or 0 */
	unsigned lx;  /* lx_get of the fold with REC_LX_ASKED, or 0 */
};
/* Set in rec_fold's lx once the lexicon was asked (no category uses the
 * bit, as none is LX_UNSET). */
#define REC_LX_ASKED 0x80000000u
#define REC_FOLD_NONE UINT16_MAX

/* A list of rec_is hashed once: its words of 8 bytes or fewer packed in
 * an open-addressed set, so that a lookup is a multiply and a compare or
 * two instead of a walk of the list (rec_is was 7% of an import). */
struct rec_set {
	const char *const *list; /* the list it holds: a call site's cache
	                          * of its set is checked against it */
	uint64_t bloom;  /* bit (w * REC_SET_MUL) >> 58 of each word w */
	unsigned shift;  /* 64 - log2 of the slots */
	size_t mask;     /* the slots - 1 */
	size_t maxlen;   /* the longest word: a longer token is in no list */
	int longer;      /* some word is over 8 bytes: scan for those */
	unsigned lens;   /* bit n set if a word is n bytes long (n <= 8) */
	uint64_t longbloom; /* bit (p * REC_SET_MUL) >> 58 of the first 8
	                     * bytes p of each longer word, packed */
	uint64_t tail2;  /* bit REC_TAIL2 of the last two bytes of each
	                  * word; all ones if a word is shorter */
	uint64_t slot[]; /* packed words; 0 is empty */
};

/* The bit of tail2 for a word whose last two bytes are a, b. */
#define REC_TAIL2(a, b) ((unsigned)(((uint64_t)(unsigned char)(a) << 8 | \
	(unsigned char)(b)) * REC_SET_MUL >> 58))

/* The sets by their list's address, filled once each and never freed
 * (so a list given to rec_is or tok_ends_with must be static):
 * the recogniser runs on several threads, so a slot's key is claimed
 * with a compare-and-swap and its set published after it is built. */
#define REC_SETS_BITS 9
#define REC_SETS (1u << REC_SETS_BITS)
static struct {
	_Atomic(const char *const *) key;
	_Atomic(struct rec_set *) set;
} rec_sets[REC_SETS];

#define REC_SET_MUL 0x9E3779B97F4A7C15ull
/* rec->wb of a token with no packed word */
#define REC_WB_NONE 0xFF

/* The slot of packed word w in set s: its own or the empty one. */
static size_t
rec_set_slot(const struct rec_set *s, uint64_t w)
{
	size_t h = (size_t)((w * REC_SET_MUL) >> s->shift);

	while (s->slot[h] != 0 && s->slot[h] != w)
		h = (h + 1) & s->mask;
	return h;
}

/* 1 if packed word w is in set s.  The bloom bit comes first: most
 * words asked of a list are not in it, and the bloom is in the set's
 * first cache line, while the slots are further on (the slot's load
 * was the most of rec_is's cycles, a miss of the cache). */
static inline int
rec_set_has(const struct rec_set *s, uint64_t w)
{
	uint64_t m = w * REC_SET_MUL;

	if (!((s->bloom >> (m >> 58)) & 1))
		return 0;
	for (size_t h = (size_t)(m >> s->shift);; h = (h + 1) & s->mask) {
		if (s->slot[h] == w)
			return 1;
		if (s->slot[h] == 0)
			return 0;
	}
}

/* A new set of the words of list, or NULL. */
static struct rec_set *
rec_set_new(const char *const *list)
{
	size_t n = 0, bits = 3, maxlen = 0;
	struct rec_set *s;
	int longer = 0;

	for (; list[n]; n++) {
		size_t l = strlen(list[n]);
		if (l > maxlen)
			maxlen = l;
	}
	while (((size_t)1 << bits) < 2 * n)
		bits++;
	s = calloc(1, sizeof(*s) + ((size_t)1 << bits) * sizeof(uint64_t));
	if (s == NULL)
		return NULL;
	s->list = list;
	s->shift = (unsigned)(64 - bits);
	s->mask = ((size_t)1 << bits) - 1;
	s->maxlen = maxlen;
	for (size_t k = 0; k < n; k++) {
		size_t len = strlen(list[k]);
		uint64_t w = rec_pack(list[k], len, 0);

		s->tail2 |= len < 2 ? ~(uint64_t)0 : (uint64_t)1 <<
		    REC_TAIL2(list[k][len - 2], list[k][len - 1]);
		if (w == REC_W8_NONE) {
			uint64_t p = rec_pack(list[k], 8, 0);

			longer = 1;
			if (p != REC_W8_NONE)
				s->longbloom |= (uint64_t)1 <<
				    ((p * REC_SET_MUL) >> 58);
		} else {
			s->slot[rec_set_slot(s, w)] = w;
			s->bloom |= (uint64_t)1 << ((w * REC_SET_MUL) >> 58);
			s->lens |= 1u << strlen(list[k]);
		}
	}
	s->longer = longer;
	return s;
}

/* Build the set of list and claim slot h of rec_sets for it; NULL if
 * another thread took the slot first: the caller scans the list then.
 * Out of line: it runs once per list. */
static __attribute__((noinline)) const struct rec_set *
rec_set_add(size_t h, const char *const *list)
{
	const char *const *none = NULL;
	uintptr_t at = (uintptr_t)list;
	uintptr_t sp = (uintptr_t)__builtin_frame_address(0);
	struct rec_set *s;

	/* a list on the stack (not static) may be another at the same
	 * address next time: never cache it, scan it */
	if ((at > sp ? at - sp : sp - at) < ((uintptr_t)1 << 20) ||
	    (s = rec_set_new(list)) == NULL)
		return NULL;
	if (!atomic_compare_exchange_strong(&rec_sets[h].key, &none, list)) {
		free(s); /* another list took the slot: next time */
		return NULL;
	}
	atomic_store_explicit(&rec_sets[h].set, s, memory_order_release);
	return s;
}

/* The set of list; when it has none yet, one built now if build is set
 * (NULL while another thread builds it or if there is no room: the
 * caller scans the list then), else NULL.  Inline, with build a
 * constant at each call: a call costs as much as the look-up. */
static inline __attribute__((always_inline)) const struct rec_set *
rec_set_find(const char *const *list, int build)
{
	/* the lists lie side by side in memory: their addresses shifted
	 * (list >> 3) crowded into runs of the table (2.25 probes a look-up
	 * on average); multiplied, they spread */
	size_t h = (size_t)(((uint64_t)(uintptr_t)list *
	    0x9E3779B97F4A7C15ull) >> (64 - REC_SETS_BITS));

	for (size_t k = 0; k < REC_SETS; k++, h = (h + 1) % REC_SETS) {
		const char *const *key = atomic_load_explicit(
		    &rec_sets[h].key, memory_order_acquire);

		if (key == list)
			return atomic_load_explicit(&rec_sets[h].set,
			    memory_order_acquire);
		if (key == NULL)
			return build ? rec_set_add(h, list) : NULL;
	}
	return NULL;
}

/* The set of list, built on first use. */
#define rec_set_of(list) rec_set_find((list), 1)

/* Every token packed and lowered, as rec_pack(..., 1) packs it, into
 * r->w8 before the rules run: eight bytes at a time where the text has
 * eight bytes from the token's start.  Done lazily, at the first rec_is
 * of each token, byte by byte, this cost 39M instructions in 500
 * generated articles (a branch in every rec_is, and the packing of 6
 * tokens in 10 out of line); all of them at once, 13M. */
static void
rec_w8_all(struct rec *r, size_t len)
{
	for (size_t i = 0; i < r->tl->n; i++) {
		const struct tok *t = &r->tl->v[i];
		size_t n = t->end - t->start;
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
		const uint64_t ones = 0x0101010101010101ull;
		uint64_t x, low, keep, zero, up;

		if (n >= 1 && n <= 8 && t->start + 8 <= len) {
			memcpy(&x, r->text + t->start, 8);
			keep = n == 8 ? ~0ull : ((uint64_t)1 << (8 * n)) - 1;
			x &= keep;
			/* a NUL byte in the word: none (as rec_pack) */
			low = x & 0x7f * ones;
			zero = ~((low + 0x7f * ones) | x) & 0x80 * ones;
			if (zero & keep) {
				r->w8[i] = REC_W8_NONE;
				continue;
			}
			/* 'A' to 'Z' gain 0x20; no byte carries into the
			 * next, and a byte of 0x80 or more is left alone */
			up = (low + (0x80 - 'A') * ones) &
			    ~(low + (0x7f - 'Z') * ones) & ~x & 0x80 * ones;
			r->w8[i] = x | up >> 2;
			continue;
		}
#endif
		r->w8[i] = rec_pack(r->text + t->start, n, 1);
	}
}

/* Token i's bit of a set's bloom into r->wb (see rec_is_fixed). */
static inline void
rec_wb_set(struct rec *r, size_t i)
{
	r->wb[i] = r->w8[i] == REC_W8_NONE ? REC_WB_NONE :
	    (uint8_t)((r->w8[i] * REC_SET_MUL) >> 58);
}

/* Each token's twin into r->twin: the first token of the text with the
 * same packed bytes (rec_w8_all: the same bytes but for ASCII case), or
 * the token itself if it is longer than 8 bytes.  A token's fold, its
 * categories in the lexicon and what rec_may_head and rec_lower_known
 * find depend on those bytes alone (lx_fold lowers ASCII as rec_pack
 * does), so a word met again takes them from its twin: 6 tokens in 10
 * of an article are a word met before.  -1 if out of memory. */
static int
rec_twins(struct rec *r)
{
	size_t n = r->tl->n, bits = 4, mask;
	uint32_t *tab;

	for (size_t i = 0; i < n; i++)
		r->twin[i] = (uint32_t)i;
	if (n >= UINT32_MAX) {
		for (size_t i = 0; i < n; i++)
			rec_wb_set(r, i);
		return 0; /* no twins: each token its own */
	}
	while (((size_t)1 << bits) < 2 * n)
		bits++;
	if ((tab = calloc((size_t)1 << bits, sizeof(*tab))) == NULL)
		return -1;
	mask = ((size_t)1 << bits) - 1;
	/* tab: an open-addressed set of the first tokens, plus 1 */
	for (size_t i = 0; i < n; i++) {
		uint64_t w = r->w8[i], m;
		size_t h;

		if (w == REC_W8_NONE) {
			r->wb[i] = REC_WB_NONE;
			continue;
		}
		/* the same product gives the bloom's bit, computed here */
		m = w * REC_SET_MUL;
		r->wb[i] = (uint8_t)(m >> 58);
		for (h = (size_t)(m >> (64 - bits));
		    tab[h] != 0 && r->w8[tab[h] - 1] != w; h = (h + 1) & mask)
			;
		if (tab[h] == 0)
			tab[h] = (uint32_t)(i + 1);
		else
			r->twin[i] = tab[h] - 1;
	}
	free(tab);
	return 0;
}

/* rec_is of a token longer than 8 bytes, or of a list with no set yet:
 * out of line, so that the common case saves no registers. */
static __attribute__((noinline)) int
rec_is_long(const struct rec *r, size_t i, const char *const *list,
	    const struct rec_set *s)
{
	const struct tok *t = &r->tl->v[i];
	uint64_t p;

	if (s != NULL && (!s->longer || t->end - t->start > s->maxlen))
		return 0;
	/* a token of 9 bytes or more is a longer word only if its first 8,
	 * lowered, are that word's: most are told so by the bloom of those
	 * (the scan of the list was 1% of preparing a story) */
	if (s != NULL && t->end - t->start > 8 &&
	    ((p = tok_pack8(r->text + t->start)) == REC_W8_NONE ||
	    !((s->longbloom >> ((p * REC_SET_MUL) >> 58)) & 1)))
		return 0;
	return rec_is_scan(r, i, list);
}

/* A call site's cache of the set of its list (see rec_is). */
typedef _Atomic(const struct rec_set *) rec_set_cache;

/* rec_is where the call site has not cached its list's set yet, or
 * caches another list's (a site whose list is a parameter), or of a
 * token longer than 8 bytes: out of line, so that the common case is a
 * leaf that saves no registers. */
static __attribute__((noinline)) int
rec_is_slow(const struct rec *r, size_t i, const char *const *list,
	    rec_set_cache *site)
{
	const struct rec_set *s = rec_set_of(list);
	uint64_t w = r->w8[i];

	if (s != NULL)
		atomic_store_explicit(site, s, memory_order_release);
	if (s == NULL || w == REC_W8_NONE)
		return rec_is_long(r, i, list, s);
	return rec_set_has(s, w);
}

/* rec_is, with the call site's cache of its list's set. */
static int
rec_is_at(const struct rec *r, size_t i, const char *const *list,
	  rec_set_cache *site)
{
	const struct rec_set *s = atomic_load_explicit(site,
	    memory_order_acquire);
	uint64_t w = r->w8[i];

	if (s == NULL || s->list != list)
		return rec_is_slow(r, i, list, site);
	if (w == REC_W8_NONE) /* rec_is_long's answer for short words */
		return s->longer ? rec_is_long(r, i, list, s) : 0;
	return rec_set_has(s, w);
}

/* rec_is_at where the list is an array (its type no pointer's), the
 * same at every call of the site: a set cached there is that list's,
 * and need not be checked (a load and a compare of about 20
 * instructions a call; 15.6 million calls in an import of 2,000
 * generated stories). */
static int
rec_is_fixed(const struct rec *r, size_t i, const char *const *list,
	     rec_set_cache *site)
{
	const struct rec_set *s = atomic_load_explicit(site,
	    memory_order_acquire);
	unsigned b = r->wb[i];

	if (s == NULL)
		return rec_is_slow(r, i, list, site);
	if (b == REC_WB_NONE) /* rec_is_long's answer for short words */
		return s->longer ? rec_is_long(r, i, list, s) : 0;
	/* the bloom's bit, computed once a token (rec_w8_all) */
	if (!((s->bloom >> b) & 1))
		return 0;
	return rec_set_has(s, r->w8[i]);
}

/* 1 if token i is one of the words of list (case-insensitive).  Each
 * call site keeps the set of its list in a static of its own, so that a
 * look-up need not find the set by the list's address in rec_sets
 * first: that search was a third of rec_is's instructions, and its
 * load of rec_sets a sixth of its cycles.  With the bloom of
 * rec_set_has and rec_w8_all, rec_is went from 140M instructions in 500
 * generated articles to 82M, and from 17% of the cycles to 10%. */
#define rec_is(r, i, list) \
	rec_is_cached((r), (i), (list), REC_CAT(rec_is_site_, __COUNTER__))
/* (the static's name is new at each use: a rec_is may be in the list
 * argument of another) */
#define rec_is_cached(r, i, list, site) __extension__ ({ \
	static rec_set_cache site; \
	__builtin_types_compatible_p(__typeof__(list), \
	    __typeof__(&(list)[0])) ? rec_is_at(r, i, list, &site) : \
	    rec_is_fixed(r, i, list, &site); })
#define REC_CAT(a, b) REC_CAT_(a, b)
#define REC_CAT_(a, b) a##b

/* 1 if a lower-case noun of the list nouns and a word of preps ("di")
 * come just before token a, which starts no line: "la morte di | X", "il
 * figlio di | X".  A macro, so that each use keeps its own rec_is
 * caches. */
#define rec_noun_of(r, a, nouns, preps) ((a) >= 2 && \
	((r)->tl->v[(a) - 1].flags & T_LOWER) && \
	((r)->tl->v[(a) - 2].flags & T_LOWER) && \
	!((r)->tl->v[(a)].flags & T_NL) && rec_is((r), (a) - 1, (preps)) && \
	rec_is((r), (a) - 2, (nouns)))

/* Pairs of consonants that begin a name in some language ("Bruno",
 * "Schmidt", "Mbeki", "Dmitri", "Hrvoje", "Ljubo", "Xhaka"). */
static const char *const rec_onsets[] = { "bh", "bj", "bl", "br", "ch",
	"cl", "cr", "cz", "dh", "dj", "dm", "dr", "dw", "dz", "fj", "fl",
	"fr", "gh", "gj", "gl", "gn", "gr", "gw", "hr", "hv", "kh", "kj",
	"kl", "kn", "kr", "kv", "kw", "lj", "ll", "mb", "ml", "mn", "mr",
	"nd", "ng", "nj", "nk", "nt", "ph", "pf", "pl", "pr", "ps", "pt",
	"rh", "sc", "sh", "sj", "sk", "sl", "sm", "sn", "sp", "sr", "st",
	"sv", "sw", "sz", "th", "tj", "tl", "tr", "ts", "tw", "tz", "vl",
	"vr", "wh", "wl", "wr", "xh", "zb", "zd", "zh", "zl", "zv", "zw",
	NULL };

/* 1 if token i is a word of three or four Latin letters, a capital and
 * no more capitals, whose first two letters are consonants that begin
 * no name ("Wbo", "Wba", "Fnsi"): an acronym written as a word. */
static int
rec_acronym_onset(const struct rec *r, size_t i)
{
	const struct tok *t = &r->tl->v[i];
	const char *w = r->text + t->start;
	size_t n = t->end - t->start;
	char pair[3];

	if (n < 3 || n > 4 || (t->flags & (T_UPPER | T_ABBR)) ||
	    w[0] < 'A' || w[0] > 'Z')
		return 0;
	for (size_t k = 1; k < n; k++)
		if (w[k] < 'a' || w[k] > 'z')
			return 0;
	pair[0] = (char)(w[0] + 32);
	pair[1] = w[1];
	pair[2] = '\0';
	if (strchr("aeiouy", pair[0]) || strchr("aeiouy", pair[1]))
		return 0;
	for (size_t k = 0; rec_onsets[k]; k++)
		if (strcmp(pair, rec_onsets[k]) == 0)
			return 0;
	return 1;
}

/* 1 if token i is made of Latin letters with no vowel and no stop after
 * it ("Btp", "Pd", "Mps"): an acronym written as a word, never a
 * person's name. */
static int
rec_no_vowel(const struct rec *r, size_t i)
{
	const struct tok *t = &r->tl->v[i];

	if (t->flags & T_ABBR)
		return 0; /* "St.", "Mr." */
	for (size_t k = t->start; k < t->end; k++) {
		unsigned char c = (unsigned char)r->text[k];

		c = (unsigned char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
		if (c < 'a' || c > 'z' || c == 'a' || c == 'e' || c == 'i' ||
		    c == 'o' || c == 'u' || c == 'y')
			return 0;
	}
	return 1;
}

/* 1 if the n bytes at w end like an Italian abstract or action noun
 * ("Emendamento", "Ricostruzione", "Giornalismo", "Connettività",
 * "Pattinaggio"), a word of more than six letters: no name has that
 * form, though the word list may lack the word. */
static int
rec_noun_form(const char *w, size_t n)
{
	static const char *const ends[] = { "mento", "menti", "zione",
	    "zioni", "ismo", "ismi", "ità", "aggio", NULL };

	if (n < 7)
		return 0;
	for (int k = 0; ends[k]; k++) {
		size_t e = strlen(ends[k]);
		if (memcmp(w + n - e, ends[k], e) == 0)
			return 1;
	}
	return 0;
}

/* lx_fold of token i into buf (nine bytes or more) when it is ASCII of
 * eight bytes or fewer: its packed word, which lowers 'A' to 'Z' as
 * lx_fold does and changes no other byte; 0 for any other token (a
 * call of lx_fold cost about 90 instructions). */
static inline size_t
rec_fold8(const struct rec *r, size_t i, char *buf)
{
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
	uint64_t w = r->w8[i];
	size_t n = r->tl->v[i].end - r->tl->v[i].start;

	if (w == REC_W8_NONE || (w & 0x8080808080808080ull))
		return 0;
	memcpy(buf, &w, 8);
	buf[n] = '\0';
	return n;
#else
	(void)r, (void)i, (void)buf;
	return 0;
#endif
}

/* Fold token i into the cache of rec_fold; -1 if out of memory. */
static __attribute__((noinline)) int
rec_fold_fill(struct rec *r, size_t i)
{
	const struct tok *t = &r->tl->v[i];
	const char *s = r->text + t->start, *q;
	size_t n = t->end - t->start, k, pre;
	char buf[LX_FOLD_MAX];

	if ((k = rec_fold8(r, i, buf)) > 0) {
		pre = k; /* ASCII: no "’" */
	} else {
		k = lx_fold(s, n, buf, sizeof(buf));
		if (k == 0) {
			r->fold[i].pre = REC_FOLD_NONE;
			return 0;
		}
		/* each "’" took two bytes more before lx_fold made it "'" */
		pre = k;
		for (q = s; (q = memchr(q, 0xE2, (size_t)(s + n - q))) !=
		    NULL; q++)
			if (q + 2 < s + n && (unsigned char)q[1] == 0x80 &&
			    (unsigned char)q[2] == 0x99)
				pre += 2;
	}
	if (r->fbuf_len + k > r->fbuf_cap) {
		size_t nc = r->fbuf_cap ? r->fbuf_cap * 2 : 4096;
		char *nb;
		while (nc < r->fbuf_len + k)
			nc *= 2;
		if (nc > UINT32_MAX || (nb = realloc(r->fbuf, nc)) == NULL)
			return -1;
		r->fbuf = nb;
		r->fbuf_cap = nc;
	}
	memcpy(r->fbuf + r->fbuf_len, buf, k);
	r->fold[i].at = (uint32_t)r->fbuf_len;
	r->fold[i].len = (uint16_t)k;
	r->fold[i].pre = (uint16_t)(pre + 1);
	r->fbuf_len += k;
	return 0;
}

/* Token i as lx_fold folds it, folded once: rec_phrase folds the same
 * tokens into phrase after phrase (lx_fold was 3.6% of an import); and
 * once for all the token's twins.  NULL if out of memory: the caller
 * folds it itself then. */
static struct rec_fold *
rec_fold(struct rec *r, size_t i)
{
	i = r->twin[i];
	if (r->fold[i].pre == 0 && rec_fold_fill(r, i) < 0)
		return NULL;
	return &r->fold[i];
}

/* lx_fold of token i into buf, cap bytes, from the cache. */
static size_t
rec_fold_into(struct rec *r, size_t i, char *buf, size_t cap)
{
	const struct rec_fold *f = rec_fold(r, i);
	const struct tok *t;

	if (f != NULL) {
		if (f->pre == REC_FOLD_NONE || f->pre > cap)
			return 0; /* lx_fold wants pre - 1 bytes and a NUL */
		memcpy(buf, r->fbuf + f->at, f->len);
		buf[f->len] = '\0';
		return f->len;
	}
	t = &r->tl->v[i];
	return lx_fold(r->text + t->start, t->end - t->start, buf, cap);
}

/* Look up token i's lexicon categories for rec_lx, once a token: out
 * of line, so that rec_lx's common case, a token asked before, is a
 * leaf that saves no registers (inline, the saving and restoring cost
 * 21M instructions in 500 generated articles). */
static __attribute__((noinline)) unsigned
rec_lx_fill(struct rec *r, size_t i)
{
	const struct tok *t = &r->tl->v[i];
	size_t n = t->end - t->start;
	struct rec_fold *f = rec_fold(r, i);
	char buf[32];

	if (f == NULL) {
		r->lxf[i] = lx_word(r->lx, r->text + t->start, n);
	} else { /* lx_word, from the cache, once for the twins */
		if (!(f->lx & REC_LX_ASKED))
			f->lx = REC_LX_ASKED | (f->pre == REC_FOLD_NONE ? 0 :
			    lx_get(r->lx, r->fbuf + f->at, f->len));
		r->lxf[i] = f->lx & ~REC_LX_ASKED;
	}
	if ((t->flags & T_ABBR) && n + 1 < sizeof(buf)) {
		memcpy(buf, r->text + t->start, n);
		buf[n] = '.';
		r->lxf[i] |= lx_word(r->lx, buf, n + 1);
	}
	/* a place's initials in capitals are no given name: "US Capitol",
	 * not Us */
	if ((t->flags & T_UPPER) && n >= 2 && n <= 3 &&
	    (r->lxf[i] & LX_PLACE))
		r->lxf[i] &= ~(unsigned)LX_GIVEN;
	return r->lxf[i];
}

/* Lexicon categories of token i; a word whose full stop is an
 * abbreviation's is looked up with it too ("Prof." is a title). */
static unsigned
rec_lx(struct rec *r, size_t i)
{
	unsigned f = r->lxf[i];

	return f != LX_UNSET ? f : rec_lx_fill(r, i);
}

/* 1 unless token i, folded into buf (k bytes), can start no entry of
 * two words or more (a hyphen may be a space in the list): asked once
 * a token, though rec_phrase asks at each phrase it starts. */
static inline __attribute__((always_inline)) int
rec_may_head(struct rec *r, size_t i, const char *buf, size_t k)
{
	i = r->twin[i]; /* the answer of the fold, the same for twins */
	if (r->fold[i].head == 0)
		r->fold[i].head = memchr(buf, '-', k) ||
		    lx_maybe_head(r->lx, buf, k) ? 2 : 1;
	return r->fold[i].head == 2;
}

/* 0 if no entry of the lexicon is the phrase of tokens [a, b) (b - a
 * >= 3) because its leading b - a - 1 tokens start none: the head table
 * holds every entry's leading words up to each space or apostrophe.
 * rec_extend asks for phrases of six, five, four... tokens from one
 * start; the leading words are asked once a start, at most one
 * look-up further each time, and most fail at two words.  1 when they
 * all start entries, or when that is not known (a hyphen, which
 * rec_phrase may read as a space). */
static int
rec_heads_to(struct rec *r, size_t a, size_t b)
{
	struct rec_prefix *p = &r->pre[a];
	size_t need = b - a - 1, o = 0;
	char buf[LX_FOLD_MAX];

	if (need <= p->ok || p->st == 2)
		return 1;
	if (p->st == 1)
		return 0;
	if (need > 64)
		return 1;
	for (size_t i = a; i < a + need; i++) {
		size_t k, len = i - a + 1;
		int elided = (r->tl->v[i].flags & T_ELIDED) != 0;
		if (i > a && !(r->tl->v[i - 1].flags & T_ELIDED)) {
			if (o + 2 >= sizeof(buf))
				break;
			buf[o++] = ' ';
		}
		k = rec_fold_into(r, i, buf + o, sizeof(buf) - o);
		if (k == 0 || memchr(buf + o, '-', k) != NULL ||
		    (elided && buf[o + k - 1] != '\''))
			break;
		o += k;
		if (len <= p->ok)
			continue;
		/* the leading tokens as the head table holds them: up to
		 * the space after them, or with an elided word's apostrophe */
		if (len == 1 ? !rec_may_head(r, a, buf, k) :
		    !lx_maybe_head(r->lx, buf, o)) {
			p->st = 1;
			return 0;
		}
		p->ok = (uint8_t)len;
	}
	if (p->ok >= need)
		return 1;
	p->st = 2;
	return 1;
}

/* rec_phrase past its first two answers: out of line, so that those,
 * most calls, need not save the registers and the buffer this needs
 * (the saving and restoring was a fifth of rec_phrase's instructions). */
static __attribute__((noinline)) unsigned
rec_phrase_look(struct rec *r, size_t a, size_t b)
{
	char buf[LX_FOLD_MAX], *h;
	size_t o = 0;
	unsigned f;

	if (b - a >= 3 && !rec_heads_to(r, a, b))
		return 0;
	for (size_t i = a; i < b; i++) {
		size_t k;
		if (i > a && !(r->tl->v[i - 1].flags & T_ELIDED)) {
			if (o + 2 >= sizeof(buf))
				return 0;
			buf[o++] = ' ';
		}
		k = rec_fold_into(r, i, buf + o, sizeof(buf) - o);
		if (k == 0)
			return 0;
		/* no entry of two words or more starts with the first one */
		if (i == a && b - a >= 2 && !rec_may_head(r, i, buf, k))
			return 0;
		o += k;
	}
	if (o == 0)
		return 0;
	f = lx_get(r->lx, buf, o);
	if (f == 0 && (h = memchr(buf, '-', o)) != NULL) {
		/* "Friuli-Venezia Giulia" as the list spells it, with a space */
		for (; h != NULL; h = memchr(h, '-', (size_t)(buf + o - h)))
			*h = ' ';
		f = lx_get(r->lx, buf, o);
	}
	r->phrase_a = a;
	r->phrase_b = b;
	r->phrase_f = f;
	return f;
}

/* Lexicon categories of the phrase made of tokens [a, b). */
static unsigned
rec_phrase(struct rec *r, size_t a, size_t b)
{
	if (a == r->phrase_a && b == r->phrase_b)
		return r->phrase_f;
	/* no entry of two words or more starts with the first one, as
	 * rec_may_head found before: said without copying the folds (7
	 * calls in 10 end before the look-up; this saved 12.6M
	 * instructions of 886M in 500 generated articles) */
	if (b - a >= 2 && r->fold[r->twin[a]].head == 1)
		return 0;
	/* rec_heads_to's answer from what it learnt of the phrases from a:
	 * their first ok + 1 tokens start no entry (rec_extend asks for
	 * six, five, four tokens... from one start) */
	if (b - a >= 3 && r->pre[a].st == 1 && b - a - 1 > r->pre[a].ok)
		return 0;
	return rec_phrase_look(r, a, b);
}

/* 1 if token i can be part of a name: a capitalised word. */
static int
rec_cap(const struct rec *r, size_t i)
{
	unsigned f = r->tl->v[i].flags;

	return (f & (T_CAP | T_UPPER)) && !(f & T_ELIDED);
}

/* 1 if token i is a capitalised elided particle inside a name:
 * "Dell'" of "Dell'Utri", "Sant'" of "Sant'Agostino", "N'" of
 * "N'Golo" (not "L'"). */
static int
rec_name_elided(const struct rec *r, size_t i)
{
	static const char *const parts[] = { "dell'", "dell’", "sant'",
	    "sant’", "dall'", "dall’", "de'", "de’", "n'", "n’", NULL };

	return (r->tl->v[i].flags & (T_CAP | T_ELIDED)) ==
	    (T_CAP | T_ELIDED) && rec_is(r, i, parts);
}

/* 1 if token i is an initial: one capital letter. */
static int
rec_initial(const struct rec *r, size_t i)
{
	const struct tok *t = &r->tl->v[i];

	return (t->flags & T_CAP) && t->end - t->start == 1;
}

/* 1 if token i is two or three initials glued by their stops, no place
 * or body the lists know: "J.K" of "J.K. Rowling", "T.S" of "T.S.
 * Eliot"; not "U.S" of "U.S. Defense Secretary" (nor, as rec_extend
 * asks them to start the name, "D.C" of "Washington D.C."). */
static int
rec_initials(struct rec *r, size_t i)
{
	const struct tok *t = &r->tl->v[i];
	size_t n = t->end - t->start;

	if (!(t->flags & T_CAP) || n < 3 || n > 5 || n % 2 == 0)
		return 0;
	for (size_t k = 0; k < n; k++) {
		char c = r->text[t->start + k];
		if (k % 2 ? c != '.' : !(c >= 'A' && c <= 'Z'))
			return 0;
	}
	return !(rec_lx(r, i) & (LX_PLACE | LX_ORG | LX_COUNTRY | LX_TOWN |
	    LX_NOTNAME | LX_BRAND | LX_INST));
}

/* A company's legal form, the last word of its name in any case ("Sky
 * plc", "Uber Italy s.r.l.", "CIIP S.p.A."). */
static const char *const rec_legal_forms[] = {
	"spa", "s.p.a", "srl", "s.r.l", "snc", "s.n.c", "sas", "s.a.s",
	"plc", "inc", "ltd", "llc", "gmbh", "corp", NULL
};

/* The legal forms written with a full stop, which is part of them
 * ("Right Media Inc.", "S.p.A."). */
static const char *const rec_legal_dotted[] = {
	"s.p.a", "s.r.l", "s.n.c", "s.a.s", "inc", "ltd", "corp", NULL
};

/* 1 if the name particle at i joins the words around it.  "al" and "da"
 * are Italian prepositions as well: "al" only joins a word that no list
 * knows ("Abu Hamza al Muhajir", not "Berlusconi al Senato", nor "Roberto
 * Speciale al Viceministro Visco", a title), "da" only
 * a lone given name to what follows ("Leonardo da Vinci", not "Europa da
 * Nobel" or "Quirinale da Giorgio Napolitano"). */
static int
rec_particle_ok(struct rec *r, size_t i, size_t head)
{
	static const char *const al[] = { "al", NULL };
	static const char *const da[] = { "da", NULL };
	static const char *const de[] = { "de", NULL };
	static const char *const it_arts[] = { "il", "lo", "gli", "l'", "l’",
	    NULL };

	/* "Domenico Quirico de La Stampa", "Mario Rossi de Il Giornale":
	 * Italian's "de" before a title that starts with its article, the
	 * paper after the person; a French or Spanish particle takes no
	 * "Il" and names no paper ("Jean de La Fontaine") */
	if (rec_is(r, i, de) && rec_cap(r, i + 1) && (rec_is(r, i + 1,
	    it_arts) || (i + 2 < r->tl->n && (rec_phrase(r, i + 1, i + 3) &
	    LX_ORG))))
		return 0;
	if (rec_is(r, i, al))
		return !(rec_lx(r, i + 1) & (LX_COMMON | LX_PLACE | LX_TOWN |
		    LX_ORG | LX_INST | LX_ORGHEAD | LX_PLACEHEAD | LX_GIVEN |
		    LX_PROPER | LX_NOTNAME | LX_PTITLE));
	/* "Leonardo da Vinci"; after several names only before a surname
	 * that is no place ("Luiz Inacio Lula da Silva"; not "Mario
	 * Rossi da Roma") */
	if (rec_is(r, i, da)) {
		unsigned f = rec_lx(r, i + 1);

		if (f & LX_NOTNAME)
			return 0;
		if (i == head + 1)
			return (rec_lx(r, head) & LX_GIVEN) && !(f & LX_GIVEN);
		/* "Politecnico Leonardo da Vinci", "Aeroporto Leonardo da
		 * Vinci": a body's or a place's noun, then the given name */
		if (i == head + 2 && (rec_lx(r, head) & (LX_ORGHEAD |
		    LX_PLACEHEAD)))
			return (rec_lx(r, head + 1) & LX_GIVEN) &&
			    !(f & LX_GIVEN);
		if (!(f & LX_SURNAME) || (f & (LX_PLACE | LX_TOWN | LX_COMMON)))
			return 0;
		for (size_t k = i > head + 3 ? i - 3 : head; k < i; k++)
			if (rec_lx(r, k) & LX_GIVEN)
				return 1;
		return 0;
	}
	return 1;
}

static int rec_foreign_pair(struct rec *r, size_t i);

/* Particles of foreign surnames that no Italian phrase uses. */
static const char *const rec_foreign_particles[] = { "de", "van", "von",
	"dos", "das", "du", "ten", "ter", "zu", NULL };

/* 1 if tokens i and i + 1 are two name particles and a capitalised word
 * follows: "von der Leyen", "van der Vaart", "van den Broek".  Not "al",
 * "da", "el", "y", "abu" first, which are prepositions or words too. */
static int
rec_particles2(struct rec *r, size_t i)
{
	static const char *const not_first[] = { "al", "da", "el", "y",
	    "abu", NULL };

	/* the cheap tests first: this runs at every lower-case word */
	return i + 2 < r->tl->n && (r->tl->v[i].flags & T_LOWER) &&
	    (r->tl->v[i + 1].flags & T_LOWER) &&
	    r->tl->v[i].end - r->tl->v[i].start <= 3 &&
	    r->tl->v[i + 1].end - r->tl->v[i + 1].start <= 3 &&
	    rec_cap(r, i + 2) && !(r->tl->v[i + 1].flags & T_NL) &&
	    !(r->tl->v[i + 2].flags & (T_NL | T_UPPER)) &&
	    (rec_lx(r, i) & LX_PARTICLE) && ((rec_lx(r, i + 1) &
	    LX_PARTICLE) || rec_foreign_pair(r, i)) &&
	    !rec_is(r, i, not_first) &&
	    !(rec_lx(r, i + 2) & (LX_PLACE | LX_TOWN | LX_ORG | LX_INST |
	    LX_ORGHEAD | LX_PLACEHEAD | LX_NOTNAME | LX_PTITLE)) &&
	    (!(rec_lx(r, i + 2) & LX_COMMON_IT) || rec_foreign_pair(r, i));
}

/* 1 if tokens i and i + 1 are a pair of particles no Italian name has,
 * after which even an Italian word is a surname: "Luigi Durand de la
 * Penne", "van der Pasta". */
static int
rec_foreign_pair(struct rec *r, size_t i)
{
	static const char *const first[] = { "de", "van", "von", NULL };
	static const char *const second[] = { "la", "le", "los", "las",
	    "der", "den", "het", "ter", NULL };

	return rec_is(r, i, first) && rec_is(r, i + 1, second);
}

/* 1 if the run [head, i) is the name of a body that may go on: its
 * first word (after a sentence-initial article) heads organisation names
 * and no place names, and another follows it ("Ministero", "Istituto"; not "Piazza"), it is no
 * name the lists know whole, and no person's given name is in it. */
static int
rec_org_run(struct rec *r, size_t head, size_t i)
{
	if (head + 1 < i && (r->tl->v[head].flags & T_SENT) &&
	    (rec_lx(r, head) & LX_NOTNAME))
		head++; /* "Il Ministero ..." */
	if (i < head + 2 ||
	    (rec_lx(r, head) & (LX_ORGHEAD | LX_PLACEHEAD)) != LX_ORGHEAD ||
	    !rec_cap(r, head) || (rec_phrase(r, head, i) & (LX_ORG | LX_PLACE)))
		return 0; /* "Unione Europea e l'Ucraina" */
	for (size_t k = head + 1; k < i; k++)
		if ((rec_lx(r, k) & LX_GIVEN) && !(rec_lx(r, k) & LX_COMMON))
			return 0; /* "Consiglio Ue Donald Tusk e l'Alto" */
	return 1;
}

/* The number of words ("of", "for", "on", and "the" or none) that join
 * an English body's noun to the rest of its name: "British Trust for
 * Ornithology", "Working Group on Planetary System Nomenclature",
 * "British Association for the Advancement of Science"; 0 if none. */
static inline __attribute__((always_inline)) size_t
rec_link_en(struct rec *r, size_t i)
{
	static const char *const links[] = { "of", "for", "on", NULL };
	static const char *const the[] = { "the", NULL };
	size_t n = 1;

	if (i == 0 || !(r->tl->v[i].flags & T_LOWER) ||
	    !rec_is(r, i, links) || !rec_cap(r, i - 1) ||
	    !(rec_lx(r, i - 1) & LX_ORGTAIL))
		return 0;
	if (i + 1 < r->tl->n && rec_is(r, i + 1, the) &&
	    (r->tl->v[i + 1].flags & T_LOWER))
		n = 2;
	if (i + n >= r->tl->n || !rec_cap(r, i + n) ||
	    (r->tl->v[i + n].flags & T_NL) || (rec_lx(r, i + n) & LX_NOTNAME))
		return 0;
	return n;
}

/* The number of lower-case link tokens at i that join the head of an
 * organisation just before them to the capitalised word after them
 * ("Assessorato alla Cultura", "Congregazione per la Dottrina"; not
 * "Politecnico di Milano per la Fondazione"), or 0. */
static size_t
rec_link_art(struct rec *r, size_t i, size_t head)
{
	size_t n = 0;

	if (!(r->tl->v[i].flags & T_LOWER))
		return 0;
	if ((n = rec_link_en(r, i)) > 0)
		return n; /* "British Trust for Ornithology" */
	if (rec_is(r, i, rec_head_links_art))
		n = 1;
	else if (rec_is(r, i, rec_for) && i + 1 < r->tl->n &&
	    (r->tl->v[i + 1].flags & T_LOWER) &&
	    rec_is(r, i + 1, rec_per_articles) &&
	    !(r->tl->v[i + 1].flags & T_NL))
		n = 2;
	if (n == 0 || i + n >= r->tl->n || i == 0 || !rec_cap(r, i + n) ||
	    (r->tl->v[i + n].flags & (T_NL | T_UPPER)))
		return 0;
	if ((rec_lx(r, i - 1) & (LX_ORGHEAD | LX_PLACEHEAD)) == LX_ORGHEAD)
		return n;
	/* "Autostrade per l'Italia", "Popolari per l'Italia": a word
	 * capitalised mid-sentence that is no person's nor place's name,
	 * "per" and a state name a body */
	if (n == 2 && head + 1 == i && !(r->tl->v[head].flags & T_SENT) &&
	    !(r->tl->v[head].flags & T_UPPER) && !(rec_lx(r, head) &
	    (LX_GIVEN | LX_SURNAME | LX_PLACE | LX_TOWN | LX_PTITLE |
	    LX_NOTNAME | LX_PLACEHEAD)) && (rec_lx(r, i + n) & LX_COUNTRY))
		return n;
	/* "Agenzia Internazionale per l'Energia Atomica": "per" and an
	 * article after a body's name of two words or more, before a word
	 * that names nothing of its own ("per la Lombardia" says where,
	 * "per la Fondazione Civicum" is another body) */
	return n == 2 && rec_org_run(r, head, i) && !(rec_lx(r, i + n) &
	    (LX_ORGHEAD | LX_INST | LX_ORG | LX_PLACE | LX_TOWN | LX_GIVEN |
	    LX_NOTNAME)) ? n : 0;
}

/* 1 if no capitalised token of [a, b) is a given name or a surname a
 * list knows ("Operativo"; not "Rossi"). */
static int
rec_words_only(struct rec *r, size_t a, size_t b)
{
	for (size_t k = a; k < b; k++)
		if (!(r->tl->v[k].flags & T_LOWER) &&
		    (rec_lx(r, k) & (LX_GIVEN | LX_SURNAME)))
			return 0;
	return 1;
}

/* The number of lower-case tokens at i, "e" and an article with or
 * without "di", that join two parts of the name of a body whose run
 * starts at head ("Ministero dell'Economia e delle Finanze", "Istituto
 * Nazionale di Geofisica e Vulcanologia"), or 0.  Bare "e" only joins a
 * common word or a place ("Banco Popolare di Verona e Novara"), never a
 * person nor another body ("Ministero della Difesa e Senato"). */
static size_t
rec_link_and(struct rec *r, size_t i, size_t head)
{
	static const char *const and[] = { "e", "ed", "and", NULL };
	static const char *const arts[] = { "del", "della", "dello", "dei",
	    "degli", "delle", "dell'", "dell’", "il", "lo", "la", "l'", "l’",
	    "i", "gli", "le", NULL };
	size_t n = 1, w;
	unsigned f;

	if (!(r->tl->v[i].flags & T_LOWER) || !rec_is(r, i, and) ||
	    !rec_org_run(r, head, i))
		return 0;
	if (i + 1 < r->tl->n && (r->tl->v[i + 1].flags & T_LOWER) &&
	    rec_is(r, i + 1, arts))
		n = 2;
	w = i + n;
	if (w >= r->tl->n || !rec_cap(r, w) ||
	    (r->tl->v[w].flags & (T_NL | T_UPPER)) ||
	    (n == 2 && (r->tl->v[i + 1].flags & T_NL)))
		return 0;
	f = rec_lx(r, w);
	if ((f & (LX_ORGHEAD | LX_INST | LX_PTITLE | LX_NOTNAME | LX_ORG |
	    LX_BRAND)) || rec_is(r, w, rec_saints) ||
	    (r->tl->v[w].flags & T_ABBR) ||
	    r->tl->v[w].end - r->tl->v[w].start < 4)
		return 0; /* "e San Paolo", "e Ass." */
	if ((f & (LX_PLACE | LX_TOWN)) && !(f & LX_COMMON) && n == 2)
		return 0; /* "e l'Ucraina" */
	if ((f & LX_PLACEHEAD) && n == 2)
		return 0; /* "Aliquota Radiomobile e della Stazione di Fondo":
		           * two units */
	if (w + 1 < r->tl->n && rec_cap(r, w + 1) &&
	    (rec_phrase(r, w, w + 2) & (LX_ORG | LX_PLACE)))
		return 0; /* "Alleanza Atlantica e le Nazioni Unite" */
	for (size_t k = head + 1; n == 2 && k < i; k++)
		if ((rec_lx(r, k) & (LX_PLACE | LX_TOWN)) && rec_cap(r, k) &&
		    !(rec_lx(r, k) & LX_COMMON))
			return 0; /* "Università di Pavia e dell'Insubria" */
	if ((f & (LX_GIVEN | LX_SURNAME)) && (!(f & (LX_COMMON | LX_PLACE)) ||
	    (w + 1 < r->tl->n && rec_cap(r, w + 1))))
		return 0; /* "e Guido Crosetto" */
	/* a word no list knows joins too: "Nucleo Operativo e
	 * Radiomobile", not a name of its own */
	if (n == 1 && !(f & (LX_COMMON | LX_PLACE)) && !(f == 0 &&
	    w + 1 < r->tl->n && !rec_cap(r, w + 1) &&
	    !(r->tl->v[w + 1].flags & T_NL) && rec_words_only(r, head + 1, i)))
		return 0; /* not "Banca Rossi e Valfin", two names */
	return n;
}

/* 1 if token j is "and" inside an English body's name whose last word
 * comes within three capitalised words after it: the run [i, j) is
 * capitalised mid-sentence and the words to the tail are no names of
 * their own ("Food and Drug Administration", "Securities and Exchange
 * Commission"; not "Italy and Union Bank"). */
static int
rec_and_to_tail(struct rec *r, size_t i, size_t j)
{
	static const char *const and[] = { "and", NULL };

	if (!(r->tl->v[j].flags & T_LOWER) || !rec_is(r, j, and) ||
	    (r->tl->v[i].flags & (T_SENT | T_UPPER)) ||
	    (rec_lx(r, i) & (LX_PLACE | LX_TOWN | LX_GIVEN | LX_DEMONYM)))
		return 0;
	for (size_t k = j + 1; k < r->tl->n && k <= j + 3; k++) {
		unsigned f = rec_lx(r, k);

		if (!rec_cap(r, k) || (r->tl->v[k].flags & (T_NL | T_UPPER)) ||
		    (f & (LX_PLACE | LX_TOWN | LX_ORG | LX_BRAND | LX_GIVEN |
		    LX_DEMONYM)))
			return 0;
		if (f & LX_ORGTAIL)
			return 1;
	}
	return 0;
}

/* 1 if the link at i is "di" and a city that says where the office of
 * the run starting at head is ("Procura di Roma", "Procura della
 * Repubblica di Lagonegro"; not "Tribunale di Santa Maria Capua Vetere"):
 * the city ends the run. */
static int
rec_local(struct rec *r, size_t head, size_t i)
{
	static const char *const di[] = { "di", "d'", "d’", NULL };

	if (head + 1 < i && (rec_lx(r, head) & LX_NOTNAME))
		head++; /* "La Procura di Roma" at a sentence start */
	return (rec_lx(r, head) & LX_ORGLOCAL) && rec_is(r, i, di) &&
	    (rec_lx(r, i + 1) & (LX_PLACE | LX_TOWN)) &&
	    !(i + 2 < r->tl->n && (rec_cap(r, i + 2) ||
	    rec_is(r, i + 2, rec_links)) &&
	    r->tl->v[i + 2].start > r->tl->v[i + 1].end);
}

/* The end of a place the lists know (no body) that starts at token k
 * and is the last thing of a run ("Roma", "New York", "Stati Uniti
 * d'America"), or 0. */
static size_t
rec_place_last(struct rec *r, size_t k)
{
	size_t n = r->tl->n;

	for (size_t e = k + 4 < n ? k + 4 : n; e > k; e--) {
		unsigned f = e - k == 1 ? rec_lx(r, k) : rec_phrase(r, k, e);
		if (!(f & (LX_PLACE | LX_TOWN)) || (f & LX_ORG) ||
		    !rec_cap(r, e - 1))
			continue;
		if (e < n && (rec_cap(r, e) || rec_is(r, e, rec_links)) &&
		    r->tl->v[e].start > r->tl->v[e - 1].end)
			return 0; /* the run goes on past it */
		return e;
	}
	return 0;
}

/* 1 if the body [head, i) is named only by its kind, an Italian body's
 * noun and common words ("Banca Popolare", "Università degli Studi",
 * "Camera di Commercio"), and the place [i + 1, e) after "di" is a city:
 * the city is then part of its name ("Banca Popolare di Milano"), as in
 * "Università di Bologna"; not an office's ("Procura"), nor a state's. */
static int
rec_kind_named(struct rec *r, size_t head, size_t i, size_t e)
{
	unsigned f = rec_lx(r, head);

	if ((f & (LX_ORGHEAD | LX_COMMON_IT | LX_ORGLOCAL | LX_PLACEHEAD)) !=
	    (LX_ORGHEAD | LX_COMMON_IT) ||
	    ((e - i == 2 ? rec_lx(r, i + 1) : rec_phrase(r, i + 1, e)) &
	    LX_COUNTRY))
		return 0;
	for (size_t k = head + 1; k < i; k++) {
		unsigned g = rec_lx(r, k);
		if (rec_cap(r, k) && (!(g & LX_COMMON_IT) || (g & (LX_PLACE |
		    LX_TOWN | LX_GIVEN | LX_SURNAME | LX_ORG))))
			return 0; /* "Columbia", "Gemelli", "Sella" */
	}
	return 1;
}

/* 1 if the link at i is "di" and the place [i + 1, e) after it is a
 * city, no state nor region: after a building or a ground named with
 * two words or more it says where that is ("Stadio Renato Dall'Ara di
 * Bologna", "Caserma Cavour di Torino", "clinica Villa Sofia di
 * Palermo"), no part of its name; not after a name with a small word
 * in it ("Monte dei Paschi di Siena", a bank) nor a saint's ("San
 * Martino di Lupari"). */
static int
rec_venue_city(struct rec *r, size_t i, size_t e)
{
	static const char *const di[] = { "di", NULL };
	unsigned f = e - i == 2 ? rec_lx(r, i + 1) : rec_phrase(r, i + 1, e);

	return rec_is(r, i, di) && (f & LX_CITY) && !(f & LX_COUNTRY);
}

/* 1 if the link at i and a place that ends the run say where or whose
 * the body [head, i) is, no part of its name: "di" and a city after a
 * body's name of two capitalised words or more ("Columbia University di
 * New York", "Guardia di Finanza di Milano", "Policlinico Gemelli di
 * Roma"), an article's "di" and a state after any body's name ("Corte
 * Suprema degli Stati Uniti", "Banca Centrale della Libia", "Senato degli
 * Stati Uniti"); not a body named after its city with one word
 * ("Università di Bologna", "Comune di Roma"), nor after a body
 * ("Consiglio di Sicurezza delle Nazioni Unite"). */
static int
rec_whose(struct rec *r, size_t head, size_t i)
{
	static const char *const di[] = { "di", "d'", "d’", NULL };
	static const char *const of_the[] = { "del", "della", "dello",
	    "dei", "degli", "delle", "dell'", "dell’", NULL };
	size_t words = 0, e;
	int body = 0, venue = 0;

	if (head + 1 < i && (r->tl->v[head].flags & T_SENT) &&
	    (rec_lx(r, head) & LX_NOTNAME))
		head++; /* "La Corte Suprema" at a sentence start */
	for (size_t k = head; k < i; k++) {
		if (!rec_cap(r, k))
			continue;
		words++;
		if (rec_lx(r, k) & (LX_ORGHEAD | LX_ORGTAIL | LX_INST))
			body = 1;
		else if (k == head && (rec_lx(r, k) & LX_PLACEHEAD))
			venue = 1;
	}
	if (head > 0 && (r->tl->v[head - 1].flags & T_LOWER) &&
	    (rec_lx(r, head - 1) & LX_PLACEHEAD))
		venue = 1; /* "l'ospedale Villa Sofia di Palermo" */
	if ((!body && !venue) || !(r->tl->v[i].flags & T_LOWER) ||
	    (e = rec_place_last(r, i + 1)) == 0)
		return 0;
	if (!body)
		return words >= 2 && words == i - head &&
		    !rec_is(r, head, rec_saints) && rec_venue_city(r, i, e);
	if (rec_is(r, i, di))
		return words >= 2 && !rec_kind_named(r, head, i, e);
	return rec_is(r, i, of_the) &&
	    ((e - i == 2 ? rec_lx(r, i + 1) : rec_phrase(r, i + 1, e)) &
	    LX_COUNTRY);
}

static int rec_roman(const struct rec *r, size_t i);
static int rec_inner_capital(const struct rec *r, size_t i);

/* 1 if the link at i is an article's "di" between two bodies, each
 * with a name of its own: a unit named by a body's noun and capitalised
 * words, no small word ("Commissione Difesa del Senato", "Consiglio
 * Nazionale del PdL", "Commissione Disciplinare della FIGC"), then an
 * acronym or a body the lists know: the unit is one name, the body it
 * belongs to another.  Not a body of one word ("Presidenza del Consiglio dei
 * Ministri"), nor a unit with a small word in its name ("Consiglio di
 * Sicurezza delle Nazioni Unite" is one body), nor a body's noun alone
 * after it ("Consiglio Superiore della Banca d'Italia"), nor a place
 * ("Ministero degli Esteri della Russia", "Città del Vaticano"). */
static int rec_headed_owner(struct rec *r, size_t o);

static int
rec_body_of_body(struct rec *r, size_t head, size_t i)
{
	static const char *const of_the[] = { "del", "della", "dello",
	    "dei", "degli", "delle", "dell'", "dell’", NULL };
	const struct tok *t = r->tl->v;
	size_t words = 0;
	unsigned f;
	int body = 0, owner;

	if (r->en || !rec_is(r, i, of_the))
		return 0;
	if (head + 1 < i && (t[head].flags & T_SENT) &&
	    (rec_lx(r, head) & LX_NOTNAME))
		head++; /* "La Commissione Difesa" at a sentence start */
	/* a body whose name starts with a head of its own and goes on
	 * owns a unit whose name has small words too: "Dipartimento di
	 * Fisica | dell'Università degli Studi", "Consiglio di
	 * Amministrazione | della Fondazione Teatro alla Scala" */
	owner = i + 1 < r->tl->n && rec_headed_owner(r, i + 1);
	for (size_t k = head; k < i; k++) {
		if (owner && k > head && (t[k].flags & T_LOWER) &&
		    rec_is(r, k, rec_links) && rec_cap(r, k - 1))
			continue;
		if (!rec_cap(r, k))
			return 0; /* "Consiglio di Sicurezza delle Nazioni
			           * Unite" is one body */
		words++;
		if (rec_lx(r, k) & LX_ORGHEAD)
			body = 1;
	}
	if (!body || words < 2)
		return 0;
	if (owner)
		return 1;
	f = rec_lx(r, i + 1);
	if ((f & (LX_PLACE | LX_TOWN | LX_COUNTRY)) || rec_place_last(r, i + 1) ||
	    (rec_phrase(r, i - 1, i + 2) & (LX_PLACE | LX_ORG)) ||
	    (i + 2 < r->tl->n && (rec_phrase(r, i + 1, i + 3) & LX_PLACE)))
		return 0; /* "della Russia", "Città del Vaticano" */
	if ((t[i + 1].flags & T_UPPER) && t[i + 1].end - t[i + 1].start >= 2 &&
	    !rec_roman(r, i + 1))
		return 1; /* "dell'ONU", "del CONI" */
	if (rec_inner_capital(r, i + 1) && !(f & LX_COMMON))
		return 1; /* "del PdL" */
	return (f & LX_ORG) || (i + 2 < r->tl->n &&
	    rec_cap(r, i + 2) && (rec_phrase(r, i + 1, i + 3) & LX_ORG) &&
	    !(rec_phrase(r, i + 1, i + 3) & LX_PLACE)); /* "della Santa
	                                                   * Sede" */
}

static int rec_named_after(struct rec *r, size_t i, size_t k);

/* 1 if the run [head, i), a place or a body named after a person
 * ("Stadio Luigi Ferraris"), goes on with "di" and a city the lists
 * know, and no more: the city says where it is, and is no part of its
 * name, nor of the person's. */
static int
rec_named_after_at(struct rec *r, size_t head, size_t i)
{
	static const char *const di[] = { "di", "d'", "d’", NULL };

	return i >= head + 3 && rec_named_after(r, head, head + 1) &&
	    rec_is(r, i, di) && (rec_lx(r, i + 1) & (LX_PLACE | LX_TOWN)) &&
	    !(i + 2 < r->tl->n && (rec_cap(r, i + 2) ||
	    rec_is(r, i + 2, rec_links)) &&
	    r->tl->v[i + 2].start > r->tl->v[i + 1].end);
}

/* 1 if the run starting at head is a place of one word and the link at
 * i ("dei", "delle") joins it to a capitalised common word: the name of
 * a party or a movement ("Italia dei Valori", "Europa delle Nazioni"),
 * not of a place nor a body ("Berlusconi della Lega"). */
static int
rec_place_of_word(struct rec *r, size_t head, size_t i)
{
	static const char *const of_the[] = { "del", "della", "dei", "degli",
	    "delle", NULL };
	unsigned f = rec_lx(r, i + 1), h;

	if (head + 1 < i && (rec_lx(r, head) & LX_NOTNAME))
		head++; /* "L'Italia dei Valori" at a sentence start */
	h = rec_lx(r, head);
	return head + 1 == i && (h & LX_PLACE) && !(h & (LX_GIVEN |
	    LX_SURNAME)) && rec_is(r, i, of_the) && (f & LX_COMMON_IT) &&
	    !(f & (LX_PLACE | LX_TOWN | LX_GIVEN | LX_SURNAME | LX_ORG |
	    LX_INST | LX_NOTNAME | LX_PTITLE | LX_ORGHEAD | LX_PLACEHEAD)) &&
	    !(r->tl->v[i + 1].flags & T_UPPER);
}

static int rec_full_name(struct rec *r, size_t k, size_t b);

/* 1 if a body's name ends before "di" at token i and a person's full
 * name follows it: "la Corte Suprema di Barack Obama" is the court that
 * Obama named to, "l'Orchestra Sinfonica di Riccardo Muti" his; a
 * person takes no article, a body named after one does not take "di"
 * ("Fondazione Giorgio Cini"). */
static int
rec_body_of_person(struct rec *r, size_t head, size_t i)
{
	static const char *const di[] = { "di", NULL };
	size_t e = i + 1;
	unsigned f;
	int body = 0;

	if (!rec_is(r, i, di))
		return 0;
	for (size_t k = head; k < i; k++)
		if (rec_cap(r, k) &&
		    (rec_lx(r, k) & (LX_ORGHEAD | LX_ORGTAIL | LX_INST)))
			body = 1;
	if (!body)
		return 0;
	while (e < r->tl->n && rec_cap(r, e) && !(r->tl->v[e].flags & T_NL))
		e++;
	if (e - i < 3 || e - i > 4 || (e < r->tl->n &&
	    (rec_is(r, e, rec_links) || rec_name_elided(r, e))))
		return 0;
	f = rec_lx(r, i + 1);
	/* a given name that is a word too ("Marco") before a surname
	 * that is none: "Alleanza Popolare di Marco Ferzoli" */
	if ((f & LX_COMMON) && !(f & (LX_PLACE | LX_TOWN | LX_ORG |
	    LX_PROPER)) && (f & LX_GIVEN) && e - i == 3 &&
	    !(rec_lx(r, i + 2) & (LX_COMMON | LX_PLACE | LX_TOWN |
	    LX_ORG)))
		f &= ~(unsigned)LX_COMMON;
	return (f & LX_GIVEN) && !(f & (LX_COMMON | LX_PLACE | LX_TOWN |
	    LX_ORG | LX_PROPER)) && !(rec_phrase(r, i + 1, e) & (LX_PLACE |
	    LX_ORG | LX_TOWN)) && rec_full_name(r, i + 1, e);
}

/* 1 if a lower-case link word at i may join what precedes to what follows. */
/* 1 if token i has a capital after a small letter ("AstraZeneca",
 * "McCain"): a name of its own, no common word. */
static int
rec_inner_capital(const struct rec *r, size_t i)
{
	const struct tok *t = &r->tl->v[i];

	for (size_t k = t->start + 1; k < t->end; k++)
		if (r->text[k] >= 'A' && r->text[k] <= 'Z' &&
		    r->text[k - 1] >= 'a' && r->text[k - 1] <= 'z')
			return 1;
	return 0;
}

/* The heads of the units of the carabinieri, the police and the
 * finance police, one inside another ("il Nucleo Operativo della
 * Compagnia di Lecco"). */
static const char *const rec_units[] = { "nucleo", "reparto", "aliquota",
	"compagnia", "comando", "stazione", "tenenza", "gruppo", "legione",
	NULL };

/* 1 if the link at i is "and" and a name of its own starts after it: a
 * nationality, a given name, a name the lists know alone or with the
 * next word ("and British Airways", "and Melinda Gates"; not "and
 * Control" in "Centre for Disease Prevention and Control"). */
static int
rec_and_next_name(struct rec *r, size_t i)
{
	static const char *const and[] = { "and", NULL };
	unsigned f = rec_lx(r, i + 1);

	if (!rec_is(r, i, and))
		return 0;
	return (f & (LX_DEMONYM | LX_PLACE | LX_ORG | LX_BRAND | LX_COUNTRY |
	    LX_ORGHEAD | LX_INST)) || ((f & LX_GIVEN) && !(f & LX_COMMON)) ||
	    rec_inner_capital(r, i + 1) ||
	    (i + 2 < r->tl->n && rec_cap(r, i + 2) &&
	    (rec_phrase(r, i + 1, i + 3) & (LX_PLACE | LX_ORG)));
}

static int
rec_link(struct rec *r, size_t i, size_t head, int linked)
{
	const struct tok *t = &r->tl->v[i];

	if (!(t->flags & T_LOWER) || i + 1 >= r->tl->n ||
	    !rec_cap(r, i + 1) || (r->tl->v[i + 1].flags & T_NL))
		return 0;
	if (rec_lx(r, i) & LX_PARTICLE)
		return rec_particle_ok(r, i, head);
	if (!rec_is(r, i, rec_links))
		return 0;
	if (rec_is(r, i + 1, rec_compass))
		return 1;
	/* "Repubblica Popolare di Doneck": the place names the state, no
	 * seat of an office */
	if (i >= head + 2 && i - head <= 4 && rec_is(r, i, rec_di_only) &&
	    (rec_lx(r, i + 1) & (LX_PLACE | LX_CITY | LX_TOWN)) &&
	    rec_is(r, i - 2, rec_republic) && rec_cap(r, i - 1))
		return 1;
	if (rec_and_next_name(r, i))
		return 0; /* "European Commission and British Airways" */
	if (rec_local(r, head, i))
		return 0; /* "Procura di Roma": an office, then where */
	if (rec_whose(r, head, i))
		return 0; /* "Corte Suprema degli Stati Uniti" */
	if (rec_body_of_body(r, head, i))
		return 0; /* "Commissione Difesa del Senato" */
	if (i >= head + 2 && (rec_lx(r, head) & LX_ORGHEAD) &&
	    rec_is(r, i + 1, rec_units) && rec_is(r, head, rec_units))
		return 0; /* "Nucleo Operativo della Compagnia di Lecco": a
		           * unit of another */
	if (rec_body_of_person(r, head, i))
		return 0; /* "Corte Suprema di Barack Obama" */
	if (rec_named_after_at(r, head, i))
		return 0; /* "Stadio Luigi Ferraris di Genova" */
	/* "il comando di Terni delle Fiamme Gialle": a city, then the
	 * body that has a command there, two names */
	if (i == head + 1 && (rec_lx(r, head) & LX_CITY) &&
	    !(rec_lx(r, head) & (LX_GIVEN | LX_SURNAME)) &&
	    ((rec_lx(r, i + 1) & LX_ORG) || (i + 2 < r->tl->n &&
	    (rec_phrase(r, i + 1, i + 3) & LX_ORG))))
		return 0;
	if (rec_place_of_word(r, head, i))
		return 1; /* "Italia dei Valori" */
	for (size_t k = head; k < i && !linked; k++)
		if (rec_lx(r, k) & (LX_ORGHEAD | LX_PLACEHEAD))
			linked = 1;
	return linked;
}

/* Capitalised Italian words that start a clause or a title, never the
 * middle of a name: a run stops before them ("Marco Masini Il mondo
 * esplode", "Bianca Atzei Oggi ti parlo così"); not "Un", which ends
 * "Kim Jong Un". */
static const char *const rec_clause_words[] = {
	"il", "gli", "uno", "una", "io", "tu", "come", "oggi", "chi",
	"ma", "perché", "non", "se", "quando", "dove", NULL
};

/* 1 if token i is an Arabic surname with its article in lower case:
 * "al-Maliki", "el-Sisi", "ash-Shara" (a capital after the hyphen). */
static int
rec_article_name(const struct rec *r, size_t i)
{
	static const char *const arts[] = { "al-", "el-", "ad-", "ar-", "as-",
	    "ash-", "at-", "az-", "an-", NULL };
	const struct tok *t = &r->tl->v[i];
	const char *w = r->text + t->start;

	/* each article is 3 or 4 bytes, its hyphen last, and a letter
	 * follows: most words are told by their length and two bytes
	 * (this walk of the list was 0.9% of preparing a story) */
	if (!(t->flags & T_LOWER) || t->end - t->start < 5 ||
	    (w[2] != '-' && w[3] != '-'))
		return 0;
	for (int k = 0; arts[k]; k++) {
		size_t e = strlen(arts[k]);
		if (t->end - t->start > e + 1 && memcmp(w, arts[k], e) == 0)
			return w[e] >= 'A' && w[e] <= 'Z';
	}
	return 0;
}

/* 1 if the given names [i, j) go on with a nickname in quotes and the
 * surname: Giuseppe "Pepé" Flachi, Saul “Canelo” Alvarez; a title may
 * come first ("Mayor Ann "Annie" Holm"), and in English the last given
 * name may be one no list knows ("Chief Darnetta "DJ" Royce"). */
static int
rec_nickname(struct rec *r, size_t i, size_t j)
{
	static const char *const open[] = { "\"", "“", "«", NULL };
	static const char *const close[] = { "\"", "”", "»", NULL };
	const struct tok *t = &r->tl->v[j];

	if (j + 3 >= r->tl->n || !rec_is(r, j, open) ||
	    t->start == r->tl->v[j - 1].end || !rec_cap(r, j + 1) ||
	    t[1].start != t->end || !rec_is(r, j + 2, close) ||
	    t[2].start != t[1].end || !rec_cap(r, j + 3) ||
	    t[3].start == t[2].end || (t[3].flags & (T_NL | T_UPPER)) ||
	    (t[1].flags & T_NL))
		return 0;
	/* the words up to the last title are its holder's body or place
	 * ("Memphis Police Director Darnetta "DJ" Royce") */
	for (size_t k = i; k + 1 < j; k++)
		if (rec_lx(r, k) & LX_PTITLE)
			i = k + 1;
	for (size_t k = i; k < j; k++) {
		unsigned f = rec_lx(r, k);

		if (!(f & LX_GIVEN) && !(r->en && k + 1 == j && (f &
		    ~(unsigned)(LX_SURNAME | LX_PROPER)) == 0))
			return 0;
	}
	return !(rec_lx(r, j + 3) & (LX_NOTNAME | LX_PTITLE | LX_ORGHEAD |
	    LX_PLACEHEAD));
}

/* 1 if two given names or more from token i, with no title before
 * them, go on at token j with "di" and a place of categories f: a royal
 * or noble house's member ("Ugo Amedeo di Sassonia", "Maria Luisa di
 * Baviera"); one given name and a town is someone from there ("Marco di
 * Trento") or a see ("il vescovo Anselmo di Pavia"). */
static int
rec_house_of(struct rec *r, size_t i, size_t j, unsigned f)
{
	static const char *const di[] = { "di", NULL };

	return j >= i + 2 && rec_is(r, j, di) && (f & (LX_PLACE | LX_TOWN)) &&
	    !(f & (LX_ORG | LX_INST | LX_ORGHEAD | LX_PLACEHEAD |
	    LX_NOTNAME | LX_PTITLE | LX_EVHEAD | LX_COMMON_EN)) &&
	    !(i > 0 && (r->tl->v[i - 1].flags & T_LOWER) &&
	    (rec_lx(r, i - 1) & LX_PTITLE));
}

/* The lexicon's categories of token i, less the place of a given name
 * that names no city, town nor state ("Luca", "Mary": a land somewhere,
 * a person's name first). */
static unsigned
rec_lx_given(struct rec *r, size_t i)
{
	unsigned f = rec_lx(r, i);

	if ((f & LX_GIVEN) && !(f & (LX_CITY | LX_TOWN | LX_COUNTRY)))
		f &= ~(unsigned)LX_PLACE;
	return f;
}

/* 1 if the given names [i, j) go on with "di", "de", "del", "d'",
 * "dalla", "la", "lo" and one last capitalised word that is no place: a
 * surname with its particle ("Alessandro di Battista", "Francesco del
 * Giocondo", "Carlo dalla Valle", "Nino lo Bianco"); not
 * before a place ("l'arcivescovo Epifanio di Kiev"), a body, a title or
 * a name of more words ("Matteo di Italia Viva").  A place after an
 * elided "d'" is the one a saint or a king is of, part of the name
 * ("Francesco d'Assisi"; merge_index keeps "Assisi" alone a place). */
static int
rec_person_of(struct rec *r, size_t i, size_t j)
{
	static const char *const of[] = { "di", "de", "del", "della", "d'",
	    "d’", "dalla", "la", "lo", NULL };
	static const char *const d[] = { "d'", "d’", NULL };
	static const char *const dalla[] = { "dalla", NULL };
	static const char *const fem[] = { "la", "della", "alla", "dalla",
	    "nella", "sulla", NULL };
	const struct tok *t = &r->tl->v[j];
	unsigned f;
	int elided;

	if (j + 1 >= r->tl->n || j - i > 2 || !(t->flags & T_LOWER) ||
	    !rec_is(r, j, of) || !rec_cap(r, j + 1) ||
	    (t[1].flags & (T_NL | T_UPPER)) || (t->flags & T_NL) ||
	    (j + 2 < r->tl->n && (rec_cap(r, j + 2) ||
	    rec_is(r, j + 2, rec_links))))
		return 0;
	/* "la Ferrari di Leclerc", "della Williams di Albon": Italian puts
	 * no article before a given name, so a surname or a make after a
	 * feminine one is a car's, a team's or a firm's, and the name after
	 * "di" its driver's or owner's; a masculine one, or a given name
	 * alone, may name a work ("il David di Donatello", "il Sigfrido di
	 * Wagner"), and a word a rule ("la Norma di Bellini") */
	if (j == i + 1 && i > 0 && (r->tl->v[i - 1].flags & T_LOWER) &&
	    !(r->tl->v[i].flags & T_NL) && rec_is(r, i - 1, fem) &&
	    (rec_lx(r, i) & (LX_SURNAME | LX_BRAND | LX_ORG)) &&
	    !(rec_lx(r, i) & LX_COMMON))
		return 0;
	/* an elided particle glued to a capital is a surname's, though the
	 * given name is a word too; "di" may be a preposition after one */
	elided = rec_is(r, j, d) && t[1].start == t->end;
	for (size_t k = i; k < j; k++) {
		f = rec_lx_given(r, k);
		if (elided)
			f &= ~(unsigned)LX_COMMON; /* "Massimo d'Alema" */
		if (!(f & LX_GIVEN) || (f & (LX_COMMON | LX_PLACE | LX_ORG |
		    LX_PTITLE | LX_NOTNAME)) || !rec_cap(r, k) ||
		    (r->tl->v[k].flags & T_UPPER))
			return 0;
	}
	for (size_t c = t[1].start + 1; c < t[1].end; c++)
		if (r->text[c] >= 'A' && r->text[c] <= 'Z')
			return 0; /* "Morgan Jeffery di DigitalSpy" */
	f = rec_lx(r, j + 1);
	if (elided && (f & (LX_PLACE | LX_TOWN)) && !(f & (LX_ORG |
	    LX_INST | LX_ORGHEAD | LX_PLACEHEAD | LX_NOTNAME | LX_PTITLE |
	    LX_EVHEAD)))
		return 1; /* "Francesco d'Assisi", "Caterina d'Aragona" */
	if (rec_house_of(r, i, j, f))
		return 1; /* "Ugo Amedeo di Sassonia" */
	if (rec_is(r, j, dalla) && !(f & (LX_NOTNAME | LX_PTITLE |
	    LX_PLACE | LX_TOWN | LX_COUNTRY | LX_ORG)))
		return 1; /* "Rita dalla Chiesa": right after a given
		           * name, "dalla" starts a surname, whatever word
		           * follows; "from the" takes a verb first */
	if ((f & LX_PROPER) && !(f & (LX_GIVEN | LX_SURNAME)))
		return 0; /* "Olanda" */
	return !(f & (LX_ORG | LX_INST | LX_ORGHEAD | LX_PLACEHEAD |
	    LX_NOTNAME | LX_PTITLE | LX_EVHEAD | LX_COMMON_EN | LX_PLACE |
	    LX_TOWN | LX_COUNTRY));
}

/* Capitalised particles that begin Italian surnames. */
static const char *const rec_surname_particles[] = {
	"di", "de", "del", "della", "dei", "la", "lo", "li", "d'", "dell'",
	"d’", "dell’", "van", "von", "mc", "mac", "o'", NULL
};

/* 1 if token a is "Le" before a capitalised word that ends in a
 * consonant: a French surname's particle ("Le Pen", "Le Roux"), for the
 * Italian article "le" comes before a plural in "-e" or "-i" ("Le Iene",
 * "le Contrade"). */
static int
rec_french_le(const struct rec *r, size_t a)
{
	const struct tok *t = &r->tl->v[a];
	char c;

	if (a + 1 >= r->tl->n || t->end - t->start != 2 ||
	    memcmp(r->text + t->start, "Le", 2) != 0 || !rec_cap(r, a + 1) ||
	    (t[1].flags & (T_UPPER | T_NL)) || t[1].end - t[1].start < 3)
		return 0;
	c = r->text[t[1].end - 1];
	return c >= 'a' && c <= 'z' && strchr("aeiouy", c) == NULL;
}

static int rec_roman(const struct rec *r, size_t i);

/* Ordinals, which follow a name as its number ("Giovanni Paolo
 * Secondo"). */
static const char *const rec_ordinals[] = { "primo", "secondo", "terzo",
	"quarto", "quinto", "sesto", "settimo", "ottavo", "nono", "decimo",
	NULL };

/* Last parts of Korean names that are Italian words as well. */
static const char *const rec_korean[] = { "un", "in", "il", NULL };

/* 1 if token i is short enough, five letters at most, to be the middle
 * syllable of a Korean name ("Jong", "Jae", "Myung"): an Italian or
 * English surname before "Un" or "In" is mostly longer. */
static int
rec_korean_part(const struct rec *r, size_t i)
{
	return r->tl->v[i].end - r->tl->v[i].start <= 5;
}

/* 1 if the capitalised token j, after a person's given name at i and a
 * surname just before j, is an Italian word that starts the title of a
 * song, a film or a clause: a lower-case word follows it and no list
 * has it as a name ("Lorenzo Fragola Un attimo importante", "Claude
 * Monet Le point d'Argenteuil", "Antonella Clerici Ti lascio una
 * canzone"); not a third name ("Gian Luca Galletti ha detto"), nor a
 * surname's second word ("Mike Di Meglio"), nor the subject of a verb
 * ("Teresa Schindler Schiavo era"). */
static int
rec_title_after(struct rec *r, size_t i, size_t j)
{
	static const char *const after[] = { "è", "era", "sarà", "sono", "fu",
	    "aveva", "ha", "hanno", "e", "ed", "non", "si", "che",
	    "dice", "disse", "said", "says", "was", "is", "and", NULL };
	const struct tok *t = &r->tl->v[j];
	unsigned f, g = rec_lx(r, i);

	if (j < i + 2 || j + 1 >= r->tl->n || !rec_cap(r, j) ||
	    (t->flags & T_UPPER) || !(t[1].flags & T_LOWER) ||
	    (t[1].flags & T_NL) || !(g & LX_GIVEN) ||
	    (r->tl->v[i].flags & T_UPPER) ||
	    (rec_lx(r, j - 1) & LX_GIVEN) || rec_initial(r, j - 1) ||
	    rec_is(r, j + 1, rec_links) || (rec_lx(r, j + 1) & LX_PARTICLE) ||
	    rec_is(r, j, rec_ordinals) || rec_roman(r, j) ||
	    rec_is(r, j - 1, rec_surname_particles) ||
	    (r->tl->v[j - 1].flags & T_ELIDED) || rec_is(r, j + 1, after))
		return 0; /* "Mike Di Meglio", "Teresa Schindler Schiavo era" */
	f = rec_lx(r, j);
	if (rec_is(r, j, rec_korean) && rec_korean_part(r, j - 1))
		return 0; /* "Kim Jong Un incontra Putin"; not "Marco
		           * Ferlini Un giorno" */
	if ((f & LX_NOTNAME) && !(f & LX_GIVEN))
		return 1; /* an article or a pronoun, though a list has it as
		           * a surname or a town too ("Un", "Le") */
	return (f & (LX_COMMON_IT | LX_NOTNAME)) && !(f & (LX_GIVEN | LX_SURNAME |
	    LX_PLACE | LX_TOWN | LX_PROPER | LX_ORG | LX_ORGTAIL |
	    LX_PLACETAIL | LX_PARTICLE | LX_BRAND));
}

static int rec_dash(const struct rec *r, size_t i);

/* 1 if token j, a capitalised Italian word, starts the next title of a
 * list of "title - artist" items after the name a dash starts at i,
 * whose words are no word nor place of the lists:
 * "- Annalisa Straordinario - Chiara", "- Nek Adesso e qui",
 * "- Gianluca Grignani Sola - Nina Zilli". */
static int
rec_title_after_dash(struct rec *r, size_t i, size_t j)
{
	const struct tok *t = &r->tl->v[j];
	unsigned f;

	if (i == 0 || !rec_dash(r, i - 1) || j + 1 >= r->tl->n ||
	    !rec_cap(r, j) || (t->flags & (T_UPPER | T_NL)) ||
	    (t[1].flags & T_NL) || (t[-1].flags & T_ELIDED) ||
	    !((t[1].flags & T_LOWER) || rec_dash(r, j + 1)))
		return 0;
	for (size_t k = i; k < j; k++)
		if (rec_lx(r, k) & (LX_COMMON | LX_PLACE | LX_TOWN | LX_ORG |
		    LX_ORGHEAD | LX_PLACEHEAD | LX_NOTNAME | LX_PTITLE))
			return 0; /* "LUGANO - Gran Consiglio ticinese" */
	f = rec_lx(r, j);
	return (f & LX_COMMON_IT) && !(f & (LX_GIVEN | LX_SURNAME |
	    LX_PLACE | LX_TOWN | LX_PROPER | LX_ORG | LX_ORGTAIL |
	    LX_PLACETAIL | LX_PARTICLE | LX_BRAND));
}

/* 1 if token i is an English possessive glued to the name before it in
 * an Italian text ("McDonald's", "Tod's", "Tom's Hardware"): Italian
 * has no such possessive, so it is part of a brand's name. */
static inline __attribute__((always_inline)) int
rec_brand_poss(struct rec *r, size_t i)
{
	const struct tok *t = r->tl->v;
	size_t n = t[i].end - t[i].start;

	if (r->en || i == 0 || t[i].start != t[i - 1].end ||
	    !(t[i - 1].flags & T_CAP) || (t[i - 1].flags & T_UPPER) ||
	    (rec_lx(r, i - 1) & (LX_PLACE | LX_TOWN)))
		return 0; /* "Gaza's", a place's, English in a quote */
	return (n == 2 && memcmp(r->text + t[i].start, "'s", 2) == 0) ||
	    (n == 4 && memcmp(r->text + t[i].start, "\xe2\x80\x99s", 4) == 0);
}

/* The number of lower-case English words at i ("of", "on", "for", with
 * "the" or without) that join two capitalised words of an Italian text
 * into one name, one of them an English word and no Italian one, and
 * neither a given name: a body or a place keeps its English name whole
 * ("Riders for Rivers", "Friends of the Orchard"); not a work's title
 * with a person in it ("The Ballad of Marta"); 0 if none. */
static size_t
rec_link_english(struct rec *r, size_t i)
{
	static const char *const links[] = { "of", "on", "for", NULL };
	static const char *const the[] = { "the", NULL };
	size_t n = 1;

	if (r->en || i == 0 || !(r->tl->v[i].flags & T_LOWER) ||
	    !rec_is(r, i, links) || !rec_cap(r, i - 1))
		return 0;
	if (i + 1 < r->tl->n && (r->tl->v[i + 1].flags & T_LOWER) &&
	    rec_is(r, i + 1, the))
		n = 2;
	if (i + n >= r->tl->n || !rec_cap(r, i + n) ||
	    (r->tl->v[i + n].flags & T_NL) ||
	    ((rec_lx(r, i - 1) | rec_lx(r, i + n)) & (LX_NOTNAME | LX_GIVEN)))
		return 0;
	return ((rec_lx(r, i - 1) & LX_COMMON) == LX_COMMON_EN ||
	    (rec_lx(r, i + n) & LX_COMMON) == LX_COMMON_EN) ? n : 0;
}

/* 1 if a member or a leader of a party, a group or a movement and "di"
 * come just before token a: "il capogruppo dei Liberali di Centro",
 * "gli esponenti della Casa dei Moderati", "il candidato della Scelta
 * Popolare": what they belong to is a body, though its name is made of
 * common words. */
static inline __attribute__((always_inline)) int
rec_member_cue(struct rec *r, size_t a)
{
	static const char *const of[] = { "di", "del", "della", "dello",
	    "dei", "degli", "delle", "dell'", "dell’", NULL };
	static const char *const members[] = { "capogruppo", "capigruppo",
	    "leader", "esponente", "esponenti", "militante", "militanti",
	    "iscritto", "iscritti", "tesserati", "candidato", "candidata",
	    "candidati", "fondatore", "fondatori", "deputato", "deputata",
	    "deputati", "senatore", "senatrice", "senatori", "parlamentari",
	    "consiglieri", "dirigenti", "elettori", NULL };

	return rec_noun_of(r, a, members, of);
}

/* 1 if token j is an apostrophe glued to a capitalised word in "s"
 * before it: an English plural's possessive inside a name
 * ("Magistrates' Court", "Workers' Party"); not a person's ("Carlos'
 * Bar"). */
static int
rec_plural_poss(struct rec *r, size_t j)
{
	static const char *const apos[] = { "'", "’", NULL };
	const struct tok *t = r->tl->v;

	return j > 0 && rec_is(r, j, apos) && t[j].start == t[j - 1].end &&
	    rec_cap(r, j - 1) && t[j - 1].end - t[j - 1].start >= 3 &&
	    r->text[t[j - 1].end - 1] == 's' &&
	    !(rec_lx(r, j - 1) & (LX_GIVEN | LX_SURNAME));
}

/* 1 if token j and the one after it are a person's name that an English
 * plural's possessive before j owns: a given name no common word, then a
 * capitalised word ("the Cleveland Cavaliers' Larry Nance Jr."): the
 * team and its player, two names, not one. */
static int
rec_owned_person(struct rec *r, size_t j)
{
	unsigned f = rec_lx(r, j);

	return r->en && j + 1 < r->tl->n && (f & LX_GIVEN) &&
	    !(f & (LX_COMMON | LX_PLACE | LX_ORGHEAD | LX_PLACEHEAD)) &&
	    !(r->tl->v[j].flags & T_UPPER) && rec_cap(r, j + 1) &&
	    !(r->tl->v[j + 1].flags & T_NL) &&
	    !(rec_lx(r, j + 1) & (LX_PLACETAIL | LX_ORGTAIL | LX_EVTAIL));
}

/* 1 if token a is "UN" in English text: the United Nations, where
 * Italian text has the article in capitals. */
static int
rec_english_un(const struct rec *r, size_t a)
{
	return r->en && r->tl->v[a].end - r->tl->v[a].start == 2 &&
	    memcmp(r->text + r->tl->v[a].start, "UN", 2) == 0;
}

/* 1 if token j, after a capitalised word, is the English pronoun "I"
 * and no regnal number: a lower-case word follows it and the word
 * before it is no given name ("the Inquiry I would", "Last Summer I
 * went"; not "Elizabeth I ruled", "John Paul I"). */
static int
rec_pronoun_i(struct rec *r, size_t j)
{
	const struct tok *t = &r->tl->v[j];

	return r->en && t->end - t->start == 1 && r->text[t->start] == 'I' &&
	    j > 0 && j + 1 < r->tl->n && (r->tl->v[j + 1].flags & T_LOWER) &&
	    !(r->tl->v[j + 1].flags & T_NL) &&
	    !(rec_lx(r, j - 1) & LX_GIVEN);
}

/* End (exclusive) of the name run starting at capitalised token i. */
static size_t
rec_extend(struct rec *r, size_t i)
{
	size_t j = i + 1, n = r->tl->n, k;
	int linked = rec_member_cue(r, i); /* "dei Liberali di Centro" */

	while (j < n) {
		const struct tok *t = &r->tl->v[j];
		if (t->flags & T_NL)
			break;
		if (rec_cap(r, j) && !(t->flags & T_UPPER) &&
		    rec_is(r, j, rec_clause_words)) {
			break; /* "Marco Masini Il mondo esplode" */
		} else if (rec_pronoun_i(r, j)) {
			break; /* "On the Hutton Inquiry I would say" */
		} else if (rec_title_after(r, i, j) ||
		    rec_title_after_dash(r, i, j)) {
			break; /* "Lorenzo Fragola Un attimo importante" */
		} else if (rec_cap(r, j) && (t->start > r->tl->v[j - 1].end ||
		    rec_name_elided(r, j - 1))) {
			j++;
		} else if (rec_article_name(r, j) &&
		    t->start > r->tl->v[j - 1].end) {
			j++; /* "Nuri al-Maliki" */
		} else if ((t->flags & T_LOWER) &&
		    t->start > r->tl->v[j - 1].end &&
		    rec_is(r, j, rec_legal_forms)) {
			j++; /* "Sky plc", "OnScreen srl" */
			break;
		} else if (rec_name_elided(r, j) && j + 1 < n &&
		    t->start > r->tl->v[j - 1].end && rec_cap(r, j + 1) &&
		    !(r->tl->v[j + 1].flags & T_NL)) {
			j++; /* "Marcello Dell'Utri" */
		} else if ((rec_initial(r, j - 1) || (j - 1 == i &&
		    rec_initials(r, j - 1)) ||
		    ((r->tl->v[j - 1].flags & T_ABBR) &&
		    rec_is(r, j - 1, rec_saints))) && j + 1 < n &&
		    r->text[t->start] == '.' && t->end - t->start == 1 &&
		    rec_cap(r, j + 1) && !(r->tl->v[j + 1].flags & T_NL)) {
			j++;
		} else if (rec_nickname(r, i, j)) {
			j += 4; /* Giuseppe "Pepé" Flachi */
		} else if (rec_person_of(r, i, j)) {
			j += 2; /* "Francesco d'Assisi" */
		} else if (rec_particles2(r, j)) {
			j += 3; /* "Ursula von der Leyen" */
		} else if ((k = rec_link_english(r, j)) > 0) {
			linked = 1; /* "Riders for Rivers" in Italian */
			j += k + 1;
		} else if (rec_link(r, j, i, linked)) {
			linked = 1;
			j += 2;
		} else if ((k = rec_link_art(r, j, i)) > 0) {
			linked = 1; /* "Assessorato alla Cultura" */
			j += k + 1;
		} else if (rec_and_to_tail(r, i, j)) {
			linked = 1; /* "Food and Drug Administration" */
			j += 2;
		} else if ((k = rec_link_and(r, j, i)) > 0) {
			linked = 1; /* "Ministero dell'Economia e delle
			             * Finanze" */
			j += k + 1;
		} else if (j == i + 1 && rec_brand_poss(r, j) && j + 1 < n &&
		    rec_cap(r, j + 1) && !(r->tl->v[j + 1].flags & T_NL) &&
		    r->tl->v[j + 1].start > t->end &&
		    !(rec_lx(r, j + 1) & LX_GIVEN)) {
			j += 2; /* "Tom's Hardware" */
		} else if (t->end - t->start == 1 && r->text[t->start] == '&' &&
		    j + 1 < n && rec_cap(r, j + 1)) {
			j += 2;
		} else if (rec_plural_poss(r, j) && j + 1 < n &&
		    rec_cap(r, j + 1) && !(r->tl->v[j + 1].flags & T_NL) &&
		    r->tl->v[j + 1].start > t->end &&
		    !rec_owned_person(r, j + 1)) {
			j += 2; /* "Barkingside Magistrates' Court"; not
			         * "Cleveland Cavaliers' Larry Nance" */
		} else {
			break;
		}
	}
	/* A longer name the lexicon knows ("Unione europea", "Orio al
	 * Serio"), also after the capitalised word that starts a sentence
	 * ("Nella Repubblica Democratica del Congo", "La Repubblica Ceca"),
	 * which rec_run trims. */
	for (k = i + 6 < n ? i + 6 : n; k > j; k--)
		if ((r->tl->v[k - 1].flags & T_WORD) &&
		    ((rec_phrase(r, i, k) & (LX_PLACE | LX_ORG | LX_TOWN)) ||
		    (((r->tl->v[i].flags & T_SENT) ||
		    rec_is(r, i, rec_it_articles)) && k >= i + 3 &&
		    (rec_phrase(r, i + 1, k) & (LX_PLACE | LX_ORG |
		    LX_TOWN)))))
			return k;
	return j;
}

static int rec_all_common(struct rec *r, size_t a, size_t b);
static inline size_t rec_link_en(struct rec *r, size_t i);
static int rec_given_word(struct rec *r, size_t a, size_t b);
static inline int rec_titled(struct rec *r, size_t a, size_t b);
static int rec_lone_cue(struct rec *r, size_t a, size_t b);
static inline int rec_person_cue(struct rec *r, size_t a);
static int rec_city_club(struct rec *r, size_t a, unsigned f);
static int rec_council_acts(struct rec *r, size_t h);
static int rec_nation_ese(struct rec *r, size_t i);
static int rec_titled_street(struct rec *r, size_t a, size_t b);
static int rec_polity(struct rec *r, size_t a, size_t b);
static int rec_title_apposition(struct rec *r, size_t a);
static int rec_said_by(struct rec *r, size_t a, size_t b);
static int rec_fem_surname(struct rec *r, size_t a, size_t b);
static int rec_lineup_line(struct rec *r, size_t a, size_t b);
static int rec_titles_list(struct rec *r, size_t a, size_t b);
static int rec_cavaliere(struct rec *r, size_t a, size_t b);
static int rec_before_name(struct rec *r, size_t a, size_t b);
static int rec_surname_form(const struct rec *r, size_t a);
static int rec_adj_form(const struct rec *r, size_t i);
static int rec_roman(const struct rec *r, size_t i);
static int rec_word_first(struct rec *r, size_t a, size_t b);
static int rec_english_first(struct rec *r, size_t a, size_t b);

/* 1 if [a, j) names a body and then a person from k on: a preposition
 * with an article comes before it, no word of [a, k) is a given name or
 * a surname particle, and the last word is no common word nor the tail of
 * an organisation nor a place.  "del Likud Benjamin Netanyahu", "della FAA Laura
 * Brown"; not "Gian Luca Galletti", "del Los Angeles Times". */
static int
rec_body_person(struct rec *r, size_t a, size_t k, size_t j)
{
	static const char *const of_the[] = { "del", "dello", "della",
	    "dell'", "dell’", "dei", "degli", "delle", NULL };
	unsigned f = rec_lx(r, j - 1);

	if (a == 0 || !(r->tl->v[a - 1].flags & T_LOWER) ||
	    !rec_is(r, a - 1, of_the) ||
	    (f & (LX_COMMON | LX_ORGTAIL | LX_PLACE)))
		return 0;
	for (size_t i = a; i < k; i++)
		if ((rec_lx(r, i) & LX_GIVEN) ||
		    rec_is(r, i, rec_surname_particles))
			return 0;
	return 1;
}

/* 1 if token a of the run [a, b) is a given name that is a word too
 * ("Letizia", "Fortunato") before a capitalised word that no list has as
 * a word, a place or a body: "Letizia Moratti", "Fortunato Orazio
 * Signorello"; not "Serena Repubblica". */
static int
rec_given_word(struct rec *r, size_t a, size_t b)
{
	unsigned f;

	if (a + 1 >= b || !(rec_lx(r, a) & LX_GIVENWORD) || !rec_cap(r, a) ||
	    !rec_cap(r, a + 1) || (r->tl->v[a + 1].flags & T_UPPER))
		return 0;
	f = rec_lx(r, a + 1);
	return !(f & (LX_COMMON | LX_PLACE | LX_TOWN | LX_ORG | LX_INST |
	    LX_ORGHEAD | LX_PLACEHEAD | LX_NOTNAME | LX_PTITLE)) ||
	    ((f & LX_GIVEN) && !(f & LX_COMMON));
}

static inline int rec_place_name(struct rec *r, size_t i, size_t j, int words);

/* 1 if the run [i, j) is a one-word state or city the lists know and
 * two or more words that no list knows as anything but names: "presidente
 * del Cile Sebastián Piñera", "inviato per la Libia Ghassam Salamè"; the
 * place and a person (not "Roma Calcio", "Italia Viva": words). */
static int
rec_place_then_name(struct rec *r, size_t i, size_t j)
{
	return rec_place_name(r, i, j, 0);
}

/* The same, where words says that the name after the place may be made
 * of common words if a given name starts it ("A Berlino Romano Prodi",
 * the place said where by the preposition before it). */
static inline __attribute__((always_inline)) int
rec_place_name(struct rec *r, size_t i, size_t j, int words)
{
	unsigned f = rec_lx(r, i);

	if (j < i + 3 || !(f & LX_PLACE) || (f & (LX_GIVEN | LX_SURNAME |
	    LX_COMMON | LX_ORG | LX_PLACEHEAD | LX_ORGHEAD)) ||
	    (r->tl->v[i].flags & T_UPPER) ||
	    (rec_phrase(r, i, j) & (LX_PLACE | LX_ORG | LX_TOWN)))
		return 0;
	if (words && (!(rec_lx(r, i + 1) & LX_GIVEN) ||
	    (rec_lx(r, i + 1) & (LX_PLACE | LX_TOWN | LX_ORG))))
		return 0;
	for (size_t k = i + 1; k < j; k++) {
		f = rec_lx(r, k);
		if (f & (LX_GIVEN | LX_SURNAME))
			f &= ~(unsigned)(LX_PLACE | LX_TOWN); /* "Piñera" */
		if (words)
			f &= ~(unsigned)LX_COMMON; /* "Romano Prodi" */
		if (!rec_cap(r, k) || (r->tl->v[k].flags & T_UPPER) ||
		    r->tl->v[k].start == r->tl->v[k - 1].end ||
		    (f & (LX_COMMON | LX_PLACE | LX_TOWN | LX_ORG |
		    LX_ORGHEAD | LX_PLACEHEAD | LX_ORGTAIL | LX_PLACETAIL |
		    LX_NOTNAME | LX_PTITLE | LX_INST | LX_PARTICLE |
		    LX_EVHEAD | LX_EVTAIL | LX_BRAND)) ||
		    rec_is(r, k, rec_compass) || rec_roman(r, k))
			return 0;
	}
	return 1;
}

/* The end of a role's or a board's abbreviation that starts the run
 * [i, j) before a person's name, or i: "AD Ian Read", "CEO Tim Cook",
 * "Cda Rai Petroni" (a board and its body) are a title glued to the
 * name of its holder, which the abbreviation is no part of.  The
 * abbreviation is short and the lists know it as a title, no name or
 * an institution; the name is a full one, or after a body the lists
 * know one word of a surname's shape. */
static size_t
rec_role_front(struct rec *r, size_t i, size_t j)
{
	const struct tok *t = &r->tl->v[i];
	unsigned f = rec_lx(r, i), g;

	if (j < i + 2 || t->end - t->start > 4 || t[1].start == t->end ||
	    !(f & (LX_PTITLE | LX_NOTNAME | LX_INST)) ||
	    (f & (LX_GIVEN | LX_SURNAME | LX_PLACE | LX_TOWN | LX_ORG)) ||
	    !((t->flags & T_UPPER) || (f & LX_INST)))
		return i;
	if (rec_full_name(r, i + 1, j))
		return i + 1; /* "AD | Ian Read" */
	g = rec_lx(r, i + 1);
	if (j != i + 3 || !(g & (LX_ORG | LX_BRAND)) || (g & LX_GIVEN) ||
	    t[2].start == t[1].end || (t[2].flags & T_UPPER))
		return i;
	f = rec_lx(r, i + 2);
	if ((f & (LX_COMMON | LX_PLACE | LX_TOWN | LX_ORG | LX_BRAND |
	    LX_INST | LX_ORGHEAD | LX_ORGTAIL | LX_PLACEHEAD | LX_NOTNAME |
	    LX_PTITLE)) || !((f & LX_SURNAME) || rec_surname_form(r, i + 2)))
		return i;
	return i + 2; /* "Cda Rai | Petroni" */
}

static int rec_portfolio(struct rec *r, size_t a);

/* Institutions that, unlike a senate or a court, are named after a
 * person: "Università Luigi Bocconi", "Politecnico Leonardo da Vinci". */
static const char *const rec_named_schools[] = { "università",
	"universita", "politecnico", NULL };

/* 1 if the head of a place or a body at i is named after the person
 * whose given name follows it at k ("Stadio Luigi Ferraris", "Aula
 * Francesco Pessina", "Fondazione Gabriel Garcia Marquez"), or the
 * head of a place after the person's title ("Via Principe Amedeo"): the head
 * and the name are one place or body, not a body and a person; not a
 * government ("governo Mario Monti"), a title nor a saint, nor an
 * institution but a university ("il presidente del Senato Pietro
 * Grasso"). */
static int
rec_named_after(struct rec *r, size_t i, size_t k)
{
	/* a university named after the given name at k, not a minister's
	 * portfolio ("il Ministro per l'Università Fabio Mussi") */
	unsigned inst = rec_is(r, i, rec_named_schools) && k == i + 1 &&
	    rec_cap(r, k) && (rec_lx(r, k) & LX_GIVEN) &&
	    !rec_portfolio(r, i) ? 0 : LX_INST;

	if (k == i + 2 && (rec_lx(r, i) & LX_PLACEHEAD) &&
	    (rec_lx(r, i + 1) & LX_PTITLE) && rec_cap(r, i + 1) &&
	    !(rec_lx(r, i) & (LX_PTITLE | LX_GIVEN | LX_SURNAME)) &&
	    !(rec_phrase(r, i, k) & LX_ORGHEAD))
		return 1; /* "Via Principe Amedeo", "Piazza Papa Giovanni";
		           * not "Stato Maggiore | Ada Brill" */
	return k == i + 1 && (rec_lx(r, i) & (LX_ORGHEAD | LX_PLACEHEAD)) &&
	    !rec_is(r, i, rec_govs) &&
	    !(rec_lx(r, i) & (LX_PTITLE | LX_GIVEN | LX_SURNAME | inst)) &&
	    !(r->tl->v[i].flags & T_UPPER);
}

/* 1 if the run [i, j) is a place, a body or an acronym of one word, and
 * a person after it: a full name ("sindaco di Roma Virginia Raggi",
 * "vicepresidente USA Dick Cheney"), or after an acronym one word that
 * no list knows but as a name ("il leader di SEL Vendola"); not a name
 * whose first word is a given name too ("Victoria Beckham"). */
static int
rec_known_then_person(struct rec *r, size_t i, size_t j)
{
	const struct tok *t = &r->tl->v[i];
	unsigned f = rec_lx(r, i), g;
	int acronym = (t->flags & T_UPPER) && t->end - t->start <= 6 &&
	    !rec_roman(r, i) && !(f & LX_NOTNAME);

	if (j < i + 2 || (f & (LX_GIVEN | LX_NOTNAME | LX_PTITLE)) ||
	    rec_is(r, i, rec_saints) ||
	    !(acronym || (f & (LX_PLACE | LX_ORG))) ||
	    t[1].start == t->end || (t[1].flags & T_UPPER) ||
	    (rec_phrase(r, i, j) & (LX_PLACE | LX_ORG | LX_TOWN)) ||
	    (rec_phrase(r, i, i + 2) & (LX_PLACE | LX_ORG | LX_TOWN)))
		return 0;
	g = rec_lx(r, i + 1);
	if (j >= i + 3 && (g & (LX_GIVEN | LX_GIVENWORD | LX_SURNAME)) &&
	    !(g & (LX_ORG | LX_NOTNAME | LX_PTITLE)) &&
	    (!(g & (LX_PLACE | LX_TOWN)) || (g & LX_GIVEN))) {
		for (size_t k = i + 2; k < j; k++) {
			unsigned h = rec_lx(r, k);
			if (!rec_cap(r, k) || (r->tl->v[k].flags & T_UPPER) ||
			    (h & (LX_NOTNAME | LX_PTITLE | LX_ORGHEAD |
			    LX_PLACEHEAD | LX_INST | LX_ORG | LX_ORGTAIL |
			    LX_PLACETAIL)) || (!(h & LX_SURNAME) &&
			    ((h & (LX_PLACE | LX_TOWN)) || rec_adj_form(r, k))))
				return 0;
		}
		return 1;
	}
	/* one word: an Italian surname's shape, a small letter last and
	 * none capital inside ("Vendola"; not "NY Yankees", "RCS
	 * MediaGroup", "EDR Wi-Fi") */
	for (size_t c = t[1].start + 1; c < t[1].end; c++)
		if ((r->text[c] >= 'A' && r->text[c] <= 'Z') ||
		    r->text[c] == '-')
			return 0;
	if (!strchr("aeio", r->text[t[1].end - 1]))
		return 0;
	return acronym && j == i + 2 && !(g & (LX_COMMON | LX_PLACE |
	    LX_TOWN | LX_ORG | LX_ORGTAIL | LX_ORGHEAD | LX_PLACEHEAD |
	    LX_PLACETAIL | LX_INST | LX_BRAND | LX_NOTNAME | LX_PTITLE |
	    LX_EVHEAD | LX_EVTAIL | LX_PROPER)) && !rec_roman(r, i + 1);
}

/* 1 if an article, alone or in a preposition, comes before token i, a
 * place that is no state: a club ("del Milan", "il Torino"), as a town
 * takes no article in Italian. */
static int
rec_club_before(struct rec *r, size_t i)
{
	return i > 0 && (r->tl->v[i - 1].flags & T_LOWER) &&
	    !(rec_lx(r, i) & LX_COUNTRY) &&
	    (rec_is(r, i - 1, rec_actor_articles) ||
	    rec_is(r, i - 1, rec_club_articles));
}

/* 1 if the run [i, j) is a place or a club whose name is a given name
 * too ("Milan", "Victoria", "Orlando"), after a preposition or an
 * article, and a person's full name after it, a given name first ("il
 * portiere del Milan | Nelson Dida", "il sindaco di Orlando | Ada
 * Brill"): a preposition takes no person's given name, and a person's
 * name of three words, two of them given names, is rarer than a place
 * and a name; not "di Milan Kundera", one given name and a surname. */
static int
rec_given_place_then_person(struct rec *r, size_t i, size_t j)
{
	static const char *const before[] = { "di", "del", "dello", "della",
	    "dell'", "dell’", "a", "ad", "al", "allo", "alla", "all'", "all’",
	    "da", "dal", "dallo", "dalla", "dall'", "dall’", "in", "nel",
	    "nello", "nella", "nell'", "nell’", "il", "lo", "la", "l'", "l’",
	    NULL };
	unsigned f = rec_lx(r, i), g;

	if (j < i + 3 || i == 0 || !(r->tl->v[i - 1].flags & T_LOWER) ||
	    (r->tl->v[i].flags & (T_UPPER | T_NL)) || !(f & LX_GIVEN) ||
	    !(f & (LX_PLACE | LX_TOWN | LX_ORG)) ||
	    (f & (LX_NOTNAME | LX_PTITLE | LX_COMMON)) ||
	    !rec_is(r, i - 1, before) ||
	    (rec_phrase(r, i, i + 2) & (LX_PLACE | LX_ORG | LX_TOWN)))
		return 0;
	g = rec_lx(r, i + 1);
	if (!(g & LX_GIVEN) || (g & (LX_ORG | LX_COMMON | LX_NOTNAME |
	    LX_PTITLE)))
		return 0;
	for (size_t k = i + 1; k < j; k++) {
		unsigned h = rec_lx(r, k);
		if (!rec_cap(r, k) || (r->tl->v[k].flags & T_UPPER) ||
		    r->tl->v[k].start == r->tl->v[k - 1].end ||
		    (h & (LX_NOTNAME | LX_PTITLE | LX_ORGHEAD | LX_PLACEHEAD |
		    LX_INST | LX_ORG | LX_ORGTAIL | LX_PLACETAIL)))
			return 0;
	}
	return 1;
}

/* 1 if, in English, token k is a capitalised plural ending a team's
 * name after its town ("Los Angeles Lakers", "New York Knicks"). */
static int
rec_team_plural(struct rec *r, size_t k)
{
	const struct tok *t = &r->tl->v[k];

	return r->en && t->end - t->start >= 4 &&
	    r->text[t->end - 1] == 's' && r->text[t->end - 2] != 's' &&
	    !(rec_lx(r, k) & (LX_GIVEN | LX_PLACE | LX_TOWN)) &&
	    !(lx_word(r->lx, r->text + t->start, t->end - t->start - 1) &
	    LX_NOTNAME); /* not "Thursdays" */
}

/* 1 if the capitalised words [k, j), two to four, can be a person's
 * name that the lists do not know whole: no common word but a surname
 * or a given name ("Grillo" after "Beppe"), no head, tail or title of
 * a body, nor a known name of two words or more. */
static int
rec_bare_name(struct rec *r, size_t k, size_t j)
{
	unsigned first = rec_lx(r, k);

	if (j == k + 1)
		return rec_cap(r, k) &&
		    !(r->tl->v[k].flags & (T_UPPER | T_NL)) &&
		    r->tl->v[k].start != r->tl->v[k - 1].end &&
		    !(first & ~(unsigned)(LX_GIVEN | LX_SURNAME | LX_PROPER)) &&
		    (first != 0 || rec_surname_form(r, k)) &&
		    !rec_adj_form(r, k); /* "del Brasile | Lula" */
	if (j < k + 2 || j > k + 4 ||
	    (rec_phrase(r, k, j) & (LX_PLACE | LX_ORG | LX_TOWN)))
		return 0;
	for (size_t m = k; m < j; m++) {
		unsigned f = rec_lx(r, m);
		if (!rec_cap(r, m) || (r->tl->v[m].flags & (T_UPPER | T_NL)) ||
		    r->tl->v[m].start == r->tl->v[m - 1].end ||
		    (f & (LX_NOTNAME | LX_PTITLE | LX_ORGHEAD | LX_PLACEHEAD |
		    LX_ORGTAIL | LX_PLACETAIL | LX_INST | LX_EVHEAD |
		    LX_EVTAIL | LX_PARTICLE | LX_BRAND | LX_COUNTRY |
		    LX_DEMONYM)) || rec_roman(r, m) || rec_adj_form(r, m))
			return 0;
		if ((f & LX_COMMON) && !(f & (LX_GIVEN | LX_SURNAME)) &&
		    !(m + 1 == j && (first & (LX_GIVEN | LX_PROPER))))
			return 0;
	}
	return 1;
}

/* Where a lower-case title and "di" come before the run [i, j) and a
 * place, a body or an acronym the lists know starts it, the point after
 * that name if the rest is a person's: "il presidente dell'Ungheria |
 * Lech Brzostek", "il premier del Giappone | Daiki Sendai", "il
 * fondatore del M5S | Aldo Pirrone" (names the lists do not know as
 * given ones, or towns), and after the word that ends a title ("il
 * segretario di Stato | Ada Brill"); else i. */
static size_t
rec_title_domain(struct rec *r, size_t i, size_t j)
{
	static const char *const of[] = { "di", "del", "della", "dello",
	    "dei", "degli", "delle", "dell'", "dell’", NULL };
	/* the common words that end a title: "segretario di Stato",
	 * "capo del Governo", "capo di Gabinetto" */
	static const char *const domains[] = { "stato", "governo",
	    "gabinetto", NULL };
	const struct tok *t = r->tl->v;
	size_t best = i;

	if (i < 2 || j < i + 2 || !(t[i - 1].flags & T_LOWER) ||
	    (t[i].flags & T_NL) || !rec_is(r, i - 1, of) ||
	    !(rec_lx(r, i - 2) & LX_PTITLE) ||
	    (rec_phrase(r, i, j) & (LX_PLACE | LX_ORG | LX_TOWN)))
		return i;
	/* "il segretario di Stato | Condoleezza Rice", also after a
	 * capitalised title ("il Segretario di Stato | ...") */
	if (rec_is(r, i, domains) && rec_cap(r, i) &&
	    !(t[i].flags & T_UPPER) && rec_bare_name(r, i + 1, j))
		return i + 1;
	if (!(t[i - 2].flags & T_LOWER))
		return i;
	for (size_t k = i + 1; k < j; k++) {
		unsigned f = rec_lx(r, i);
		int known = k == i + 1 ? ((f & (LX_PLACE | LX_ORG)) &&
		    !(f & (LX_GIVEN | LX_NOTNAME | LX_PTITLE))) ||
		    ((t[i].flags & T_UPPER) && !rec_roman(r, i) &&
		    !(f & LX_NOTNAME)) :
		    (rec_phrase(r, i, k) & (LX_PLACE | LX_ORG)) != 0;
		if (known)
			best = k;
	}
	return best > i && rec_bare_name(r, best, j) ? best : i;
}


/* 1 if a lower-case title comes before the run [i, j), a one-word state
 * starts it (as Italian news names it after the title: "Usa", "Russia";
 * not a town that is a given name too) and the rest is a name: "il presidente Usa | Trump",
 * "l'inviato Usa | Steve Witkoff".  Not "il sindaco Roma Calcio". */
static inline __attribute__((always_inline)) int
rec_title_state(struct rec *r, size_t i, size_t j)
{
	static const char *const abbr[] = { "usa", "uk", NULL };
	unsigned f = rec_lx(r, i);

	if (i == 0 || j < i + 2 || !(r->tl->v[i - 1].flags & T_LOWER) ||
	    !(rec_lx(r, i - 1) & LX_PTITLE) ||
	    !((f & LX_COUNTRY) || rec_is(r, i, abbr)) ||
	    (f & (LX_GIVEN | LX_SURNAME | LX_ORG | LX_PLACEHEAD |
	    LX_ORGHEAD)) || (rec_phrase(r, i, j) & (LX_PLACE | LX_ORG |
	    LX_TOWN)))
		return 0;
	for (size_t k = i + 1; k < j; k++) {
		f = rec_lx(r, k);
		if (f & (LX_GIVEN | LX_SURNAME))
			f &= ~(unsigned)(LX_PLACE | LX_TOWN | LX_COMMON);
		if (!rec_cap(r, k) || (f & (LX_COMMON | LX_PLACE | LX_TOWN |
		    LX_ORG | LX_ORGHEAD | LX_PLACEHEAD | LX_ORGTAIL |
		    LX_PLACETAIL | LX_NOTNAME | LX_PTITLE | LX_INST)))
			return 0;
	}
	return 1;
}

/* English months and weekdays, capitalised as names are. */
static const char *const rec_en_dates[] = { "january", "february",
	"march", "april", "may", "june", "july", "august", "september",
	"october", "november", "december", "monday", "tuesday", "wednesday",
	"thursday", "friday", "saturday", "sunday", NULL };

/* Words that make the month after them a date ("Last April"). */
static const char *const rec_en_date_preps[] = { "last", "next", "this",
	"in", "on", "since", "by", "until", "till", "early", "late", "every",
	"from", "during", "through", "mid", "that", "each", NULL };

/* Where the run [i, j) starts with an English month or weekday that is
 * a date, not a given name, before the name that follows, the point
 * after it: "Last December | Abiy Ahmed", "On Monday | Putin", "In April
 * | Emmanuel Macron" (the run may start with the date's first word, a
 * sentence's); not "April Ryan" or "June Carter" (given names, one word
 * after them and no date's word before); else i. */
static size_t
rec_date_front(struct rec *r, size_t i, size_t j)
{
	size_t m = i;
	int prep = i > 0 && rec_is(r, i - 1, rec_en_date_preps);

	if (j >= i + 3 && rec_is(r, i, rec_en_date_preps) &&
	    rec_is(r, i + 1, rec_en_dates)) {
		m = i + 1;	/* "Last December ...", a sentence's start */
		prep = 1;
	}
	if (j < m + 2 || !rec_is(r, m, rec_en_dates))
		return i;
	/* "Sunday Times", "Monday Club": a word, the name of a title */
	if ((rec_lx(r, m + 1) & (LX_COMMON | LX_ORGTAIL)) &&
	    !(rec_lx(r, m + 1) & (LX_GIVEN | LX_SURNAME)))
		return i;
	if (!(rec_lx(r, m) & LX_GIVEN) || prep ||
	    (j >= m + 3 && (rec_lx(r, m + 1) & LX_GIVEN)))
		return m + 1;
	return i;
}

/* 1 if token k may be a word of a person's name after a known name in
 * one run: no common word, no tail nor head of a body's or a place's
 * name, no particle, compass point nor numeral. */
static int
rec_name_word(struct rec *r, size_t k)
{
	return !(r->tl->v[k].flags & T_UPPER) && !(rec_lx(r, k) &
	    (LX_COMMON | LX_ORGTAIL | LX_PARTICLE | LX_NOTNAME |
	    LX_PLACEHEAD | LX_ORGHEAD | LX_PLACE | LX_TOWN | LX_ORG)) &&
	    !rec_is(r, k, rec_compass) && !rec_roman(r, k) &&
	    !rec_team_plural(r, k);
}

/* Where a known place or organisation is followed by a given name
 * ("Cremlino Dmitry Peskov"), the split point; else j. */
static size_t
rec_split(struct rec *r, size_t i, size_t j)
{
	size_t known = 0, d;

	if (rec_titled_street(r, i, j))
		return j; /* "corso Re Umberto I": one street */
	if ((d = rec_date_front(r, i, j)) > i)
		return d; /* "Last December | Abiy Ahmed" */
	if ((d = rec_title_domain(r, i, j)) > i)
		return d; /* "presidente dell'Ungheria | Lech Brzostek" */
	if ((d = rec_role_front(r, i, j)) > i)
		return d; /* "AD | Ian Read", "Cda Rai | Petroni" */
	if (rec_place_then_name(r, i, j) || rec_known_then_person(r, i, j) ||
	    rec_title_state(r, i, j) || rec_given_place_then_person(r, i, j))
		return i + 1; /* "Libia Ghassam Salamè", "Roma Virginia Raggi" */
	if (j >= i + 4 && (r->tl->v[i].flags & T_SENT) &&
	    rec_is(r, i, rec_where_preps) && rec_place_name(r, i + 1, j, 1))
		return i + 2; /* "A Berlino | Romano Prodi" */
	for (size_t k = i + 1; k < j; k++) {
		unsigned f = rec_lx(r, k);
		if (!rec_cap(r, k) || !rec_cap(r, k - 1))
			continue;
		if ((rec_phrase(r, i, k) & (LX_PLACE | LX_ORG)) &&
		    (k - i >= 2 || !(rec_lx(r, i) & (LX_GIVEN | LX_SURNAME))))
			known = k;
		/* "Stati Uniti Obama": a known name of two words or more and
		 * one word that is no common one, nor an organisation's tail */
		if (k + 1 == j && known == k && k - i >= 2 &&
		    !(r->tl->v[k].flags & T_UPPER) && !(f & (LX_COMMON |
		    LX_ORGTAIL | LX_PARTICLE | LX_NOTNAME | LX_PLACEHEAD |
		    LX_ORGHEAD)) && !rec_is(r, k, rec_compass) &&
		    !rec_roman(r, k) && !rec_team_plural(r, k))
			return k;
		/* "Real Madrid Novica Velickovic": a known name of two words
		 * or more, then two words that are no common ones */
		if (k + 2 == j && known == k && k - i >= 2 &&
		    rec_name_word(r, k) && rec_name_word(r, k + 1))
			return k;
		/* "Maria Elena Boschi Ministero della Giustizia": a person,
		 * then the head of a body; a given name that is a word too
		 * ("Graziano Bellandi Ministero della Difesa") */
		if (k >= i + 2 && (k + 1 < j || (j < r->tl->n &&
		    rec_is(r, j, rec_links))) && (f & LX_ORGHEAD) &&
		    !(f & (LX_GIVEN | LX_SURNAME | LX_PLACE)) &&
		    (rec_lx(r, i) & LX_GIVEN) && rec_cap(r, k - 2))
			return k;
		/* "Italia dei Valori Salvatore Raiti": a name joined by a
		 * particle, then a given name and a word that is no common
		 * one; not "di Santa Maria Capua Vetere" */
		if (k + 1 < j && (f & LX_GIVEN) && k >= i + 3 &&
		    !rec_cap(r, k - 2) && !(rec_lx(r, i) & LX_GIVEN) &&
		    !(rec_lx(r, k - 1) & LX_PLACEHEAD) &&
		    !(rec_lx(r, k + 1) & LX_COMMON))
			return k;
		if (k + 1 == j || !(f & LX_GIVEN) || (f & LX_COMMON) ||
		    rec_is(r, k - 1, rec_saints) ||
		    rec_is(r, k - 1, rec_name_titles))
			continue; /* "Santa Lucia di Piave", "Don Zeno Saltini" */
		if (rec_named_after(r, i, k))
			break; /* "Stadio Luigi Ferraris" */
		if ((rec_lx(r, i) & (LX_ORGHEAD | LX_PLACEHEAD)) ||
		    (rec_all_common(r, i, k) && !(k == i + 1 &&
		    (rec_given_word(r, i, j) || ((r->tl->v[i].flags &
		    T_SENT) && rec_english_first(r, i, j))))) || known ||
		    rec_body_person(r, i, k, j))
			return k;
	}
	return j;
}

/* 1 if the span of two words is a sport's name and a town, either way
 * round: an Italian club is so named ("Rugby Roma", "Pallavolo
 * Modena", "Treviso Basket"), a team, though the sport's word is a town
 * too ("Rugby"). */
static int
rec_sport_town(struct rec *r, const struct span *s)
{
	static const char *const sports[] = { "rugby", "basket", "volley",
	    "pallavolo", "pallacanestro", "pallanuoto", "hockey",
	    "baseball", "softball", "handball", "pallamano", "futsal",
	    "calcio", "football", NULL };
	size_t a = s->t0;

	if (s->t1 - a != 2 || r->en)
		return 0;
	if (rec_is(r, a, sports) && !rec_is(r, a + 1, sports))
		a++;
	else if (!rec_is(r, a + 1, sports) || rec_is(r, a, sports))
		return 0;
	return rec_cap(r, a) && !(r->tl->v[a].flags & T_UPPER) &&
	    (rec_lx(r, a) & (LX_TOWN | LX_CITY | LX_PLACE));
}

/* 1 if a word of the span is shaped like a company's name, with a capital
 * inside it after a lower-case letter ("YouTube", "PosteMobile",
 * "BlackRock") or after three capitals or more ("JPMorgan"); not after a
 * surname's prefix ("McCain", "MacArthur", "DiCaprio", "DeSantis",
 * "LaGuardia"). */
static int
rec_camel(const struct rec *r, const struct span *s)
{
	static const char *const prefixes[] = { "mc", "mac", "di", "de",
	    "da", "du", "la", "le", "lo", "van", "von", "fitz", NULL };

	for (size_t i = s->t0; i < s->t1; i++) {
		const struct tok *t = &r->tl->v[i];
		const char *w = r->text + t->start;
		size_t n = t->end - t->start, k;

		if (!(t->flags & T_CAP) || (t->flags & T_UPPER) || n < 4)
			continue;
		/* three capitals or more, then lower case: "JPMorgan" */
		for (k = 0; k < n && w[k] >= 'A' && w[k] <= 'Z'; k++)
			;
		if (k >= 3 && w[k] >= 'a' && w[k] <= 'z')
			return 1;
		/* a capital after a lower-case letter, and one after it, or
		 * capitals to the end ("OpenAI", "SpaceX") */
		for (k = 1; k < n; k++) {
			int pre = 0;
			size_t e = k;

			/* most letters are no capital: the next one */
			if (!(w[k] >= 'A' && w[k] <= 'Z'))
				continue;
			while (e < n && w[e] >= 'A' && w[e] <= 'Z')
				e++;
			if (!(w[k - 1] >= 'a' && w[k - 1] <= 'z') ||
			    !(e == n || (e == k + 1 && w[e] >= 'a' &&
			    w[e] <= 'z')) || (e == n &&
			    (lx_word(r->lx, w + k, n - k) & LX_EVHEAD)))
				continue; /* not "MotoGP", an event */
			for (int j = 0; prefixes[j] && !pre; j++)
				pre = strlen(prefixes[j]) == k &&
				    strncasecmp(w, prefixes[j], k) == 0;
			if (!pre)
				return 1;
		}
	}
	return 0;
}

/* 1 if token i is a word no list knows, made like a company's name:
 * with a part that names a trade inside ("Macromedia", "Mediobanca",
 * "Federconsorzi", "Fincantieri", "Agrifactoring", "Germanwings") or one
 * that starts it ("Eurotunnel", "Trenord", "Autogrill").  A name the
 * lists know untyped counts by a part inside only ("Federconsorzi" is
 * a proper name of the Italian list, "Autolico" is not a company). */
static int
rec_company_word(struct rec *r, size_t i)
{
	static const char *const parts[] = { "media", "banca",
	    "consorz", "cantier", "factor", "trade", "wings", "pharma",
	    "farma", "consum", "assicura", NULL };
	static const char *const starts[] = { "euro", "tren", "auto",
	    "tele", NULL };
	const struct tok *t = &r->tl->v[i];
	char buf[LX_FOLD_MAX];
	size_t n;

	/* the token's fold from the cache; every start and part needs
	 * seven bytes or more */
	if ((rec_lx(r, i) & (LX_GIVEN | LX_SURNAME | LX_PLACE | LX_TOWN |
	    LX_COMMON | LX_NOTNAME)) || t->end - t->start > 40 ||
	    rec_adj_form(r, i) ||
	    (n = rec_fold_into(r, i, buf, sizeof(buf) - 1)) < 7)
		return 0;
	buf[n] = '\0';
	for (int k = 0; starts[k] && !(rec_lx(r, i) & LX_PROPER); k++)
		if (n >= strlen(starts[k]) + 3 &&
		    strncmp(buf, starts[k], strlen(starts[k])) == 0 &&
		    strncmp(buf, "trent", 5) != 0) /* "Trentatrè" */
			return 1;
	for (int k = 0; parts[k]; k++)
		if (n >= strlen(parts[k]) + 2 && strstr(buf, parts[k]))
			return 1;
	return 0;
}

/* 1 if token i is a word no list knows, glued from the head of a
 * body's name and an Italian word, as associations and unions name
 * themselves: "Legambiente" ("lega" and "ambiente", one "a" for both). */
static int
rec_head_compound(struct rec *r, size_t i)
{
	const struct tok *t = &r->tl->v[i];
	char buf[LX_FOLD_MAX];
	size_t n;

	if ((rec_lx(r, i) & (LX_GIVEN | LX_SURNAME | LX_PLACE | LX_TOWN |
	    LX_CITY | LX_COMMON | LX_NOTNAME | LX_PROPER)) ||
	    t->end - t->start > 40 ||
	    (n = rec_fold_into(r, i, buf, sizeof(buf) - 1)) < 8)
		return 0;
	for (size_t m = 4; m + 4 <= n; m++)
		if ((lx_get(r->lx, buf, m) & LX_ORGHEAD) &&
		    ((lx_get(r->lx, buf + m, n - m) & LX_COMMON_IT) ||
		    (strchr("aeiou", buf[m - 1]) != NULL &&
		    (lx_get(r->lx, buf + m - 1, n - m + 1) & LX_COMMON_IT))))
			return 1; /* one vowel for both */
	return 0;
}

/* 1 if a word after the first is a common English word and no name:
 * brands and titles more than people. */
static int
rec_english_word(struct rec *r, const struct span *s)
{
	for (size_t i = s->t0 + 1; i < s->t1; i++) {
		unsigned f = rec_lx(r, i);
		if ((r->tl->v[i].flags & T_UPPER) && !rec_roman(r, i))
			return 1;
		if ((f & LX_COMMON_EN) && !(f & (LX_GIVEN | LX_SURNAME |
		    LX_PLACE)) && rec_cap(r, i))
			return 1;
	}
	return 0;
}

/* 1 if token i is a Roman numeral ("II", "XVI"). */
static int
rec_roman(const struct rec *r, size_t i)
{
	const struct tok *t = &r->tl->v[i];

	if (t->end - t->start > 6)
		return 0;
	for (size_t k = t->start; k < t->end; k++)
		if (!strchr("IVXL", r->text[k]))
			return 0;
	return 1;
}

/* 1 if a word of the span is a country or city but none is a given name
 * (nor a word no list knows before a town's name: rec_place_inside's
 * first test): a company, team or event named after a place more than a
 * person. */
static int
rec_place_inside(struct rec *r, const struct span *s)
{
	int place = 0;

	/* a word no list knows and a place that is no state: a person
	 * whose surname a town spells ("Haruiko Kuroda", "Philando
	 * Castile") as often as a firm ("Telecom Italia" is a state's) */
	if (s->t1 - s->t0 == 2 && rec_lx(r, s->t0) == 0 &&
	    !(r->tl->v[s->t0].flags & T_UPPER) &&
	    !(rec_lx(r, s->t0 + 1) & LX_COUNTRY) &&
	    !rec_is(r, s->t0 + 1, rec_compass))
		return 0;
	for (size_t i = s->t0; i < s->t1; i++) {
		unsigned f = rec_lx(r, i);
		if (f & LX_GIVEN)
			return 0;
		if ((f & LX_PLACE) && rec_cap(r, i))
			place = 1;
	}
	return place;
}

/* 1 if token a is a Korean given name: two syllables joined by a
 * hyphen, the second in lower case ("Jae-in", "Jong-un", "Ki-moon"). */
static int
rec_korean_given(const struct rec *r, size_t a)
{
	const struct tok *t = &r->tl->v[a];
	const char *w = r->text + t->start;
	size_t n = t->end - t->start, h;

	if (n < 4 || n > 11 || !(w[0] >= 'A' && w[0] <= 'Z'))
		return 0;
	for (h = 1; h < n && w[h] >= 'a' && w[h] <= 'z'; h++)
		;
	if (h < 2 || h > 5 || h >= n || w[h] != '-' || n - h - 1 < 2 ||
	    n - h - 1 > 5)
		return 0;
	for (size_t k = h + 1; k < n; k++)
		if (!(w[k] >= 'a' && w[k] <= 'z'))
			return 0;
	return 1;
}

/* 1 if token a is two given names joined by a hyphen, each known:
 * "Anne-Sophie", "Jean-Patrick", "Hans-Peter". */
static int
rec_hyphen_given(struct rec *r, size_t a)
{
	const struct tok *t = &r->tl->v[a];
	const char *p = r->text + t->start, *e = r->text + t->end, *h;
	int parts = 0;

	if (memchr(p, '-', (size_t)(e - p)) == NULL)
		return 0;
	while (p < e) {
		h = memchr(p, '-', (size_t)(e - p));
		if (h == NULL)
			h = e;
		if (h - p < 2 || !(*p >= 'A' && *p <= 'Z') ||
		    (h < e && h + 1 == e) ||
		    !(lx_word(r->lx, p, (size_t)(h - p)) & LX_GIVEN))
			return 0;
		parts++;
		p = h + 1;
	}
	return parts >= 2;
}

/* The number of parts of the hyphenated one-token name [a, a+1) that
 * are places the lists know and no given names nor words ("Roma-Lido",
 * "Garbagnate-Serenella": a line, a station, a district), 0 if a part
 * is no capitalised word of three letters or more ("T-Mobile"). */
static int
rec_hyphen_places(struct rec *r, size_t a)
{
	const struct tok *t = &r->tl->v[a];
	const char *p = r->text + t->start, *e = r->text + t->end, *h;
	int places = 0;

	while (p < e) {
		unsigned f;
		h = memchr(p, '-', (size_t)(e - p));
		if (h == NULL)
			h = e;
		if (h - p < 3 || !(*p >= 'A' && *p <= 'Z') ||
		    (h < e && h + 1 == e))
			return 0;
		f = lx_word(r->lx, p, (size_t)(h - p));
		if ((f & (LX_PLACE | LX_TOWN)) && !(f & (LX_GIVEN | LX_COMMON)))
			places++; /* not "Spider-Man", "Ovest-Nord" */
		p = h + 1;
	}
	return places;
}

/* 1 if the span's first word is a given name that is a word heading
 * the names of bodies or places too ("Radio", "Marina", "Santa"), and
 * a common word, an adjective or a place ends it: the head, no person
 * ("Radio Vaticana", "Marina Militare"; not "Marina Petrella"); or the
 * head is a word in Italian and English alike ("Radio"), which hardly
 * names a person, and no name of a person ends it ("Radio Subasio"). */
static int
rec_head_first(struct rec *r, const struct span *s)
{
	unsigned f = rec_lx(r, s->t0), g = rec_lx(r, s->t1 - 1);

	if (s->t1 - s->t0 < 2 || !(f & (LX_ORGHEAD | LX_PLACEHEAD)) ||
	    !(f & LX_COMMON) || (g & (LX_SURNAME | LX_GIVEN)))
		return 0;
	return (g & (LX_COMMON | LX_PLACE | LX_TOWN)) ||
	    rec_adj_form(r, s->t1 - 1) ||
	    (f & LX_COMMON) == LX_COMMON;
}

/* 1 if the span, mid-sentence, starts with an ordinal from "Terzo" on
 * and one capitalised word follows: a town named so ("Sesto
 * Fiorentino", "Quinto Romano", "Settimo Torinese"), not a given name,
 * which only "Primo" and "Secondo" are in today's names.  At a
 * sentence's start it is a rank ("Quarto Pol Espargaró"). */
static int
rec_ordinal_town(struct rec *r, const struct span *s)
{
	static const char *const ords[] = { "terzo", "quarto", "quinto",
	    "sesto", "settimo", "ottavo", "nono", "decimo", NULL };

	return s->t1 - s->t0 == 2 &&
	    !(r->tl->v[s->t0].flags & (T_SENT | T_UPPER)) &&
	    !(r->tl->v[s->t1 - 1].flags & T_UPPER) &&
	    rec_is(r, s->t0, ords);
}

/* 1 if the span is a place and the compass point of a part of it:
 * "Germania Est", "Roma Nord" (an Italian point right after a known
 * place; "Kanye West" is a person), "Ossezia del Sud" (a name of some
 * kind and "del"). */
static int
rec_compass_part(struct rec *r, const struct span *s)
{
	static const char *const points[] = { "nord", "sud", "est", "ovest",
	    NULL };
	unsigned first = rec_lx(r, s->t0);

	if (!rec_is(r, s->t1 - 1, rec_compass) || !rec_cap(r, s->t1 - 1) ||
	    (first & (LX_ORGHEAD | LX_GIVEN | LX_SURNAME)))
		return 0;
	if (s->t1 - s->t0 == 2)
		return (first & LX_PLACE) && rec_is(r, s->t1 - 1, points);
	return (first & (LX_PLACE | LX_PROPER)) && s->t1 - s->t0 == 3 &&
	    rec_is(r, s->t0 + 1, rec_links);
}

/* 1 if "&" joins two parts of the name s: a firm's or a duo's name
 * ("Barnes & Noble", "Johnson & Johnson", "Ell & Niki"); not two
 * persons' full names ("Loredana Berté & Gigi D'Alessio"). */
static int
rec_ampersand(struct rec *r, const struct span *s)
{
	for (size_t i = s->t0 + 1; i + 1 < s->t1; i++) {
		const struct tok *t = &r->tl->v[i];
		if (t->end - t->start != 1 || r->text[t->start] != '&')
			continue;
		return !(i >= s->t0 + 2 && rec_full_name(r, s->t0, i) &&
		    rec_full_name(r, i + 1, s->t1));
	}
	return 0;
}

/* 1 if the name s is a word that no list knows as a place, then
 * "City": a town's quarter or a town ("Sadr City", "Quezon City",
 * "Ocean City"); a club's name has a town the lists know before "City"
 * ("Norwich City"), or a name of some person ("Hull City"). */
static int
rec_quarter_city(struct rec *r, const struct span *s)
{
	static const char *const city[] = { "city", NULL };

	return s->t1 - s->t0 == 2 && rec_is(r, s->t1 - 1, city) &&
	    !(r->tl->v[s->t0].flags & T_UPPER) &&
	    !(rec_lx(r, s->t0) & (LX_PLACE | LX_TOWN | LX_ORG | LX_SURNAME |
	    LX_GIVEN));
}

/* 1 if the name s is a place the lists know, then "City", after a
 * bare Italian preposition: the city of that name ("raid su Gaza
 * City", "gli sfollati di Gaza City", "a Mexico City"); Italian names a
 * club with its article ("del Manchester City", "il Leicester City"). */
static int
rec_city_after_prep(struct rec *r, const struct span *s)
{
	static const char *const city[] = { "city", NULL };
	static const char *const preps[] = { "di", "a", "ad", "da", "in",
	    "su", "per", "tra", "fra", "verso", NULL };
	size_t a = s->t0;

	return !r->en && s->t1 - a == 2 && rec_is(r, s->t1 - 1, city) &&
	    a > 0 && (r->tl->v[a - 1].flags & (T_LOWER | T_SENT)) &&
	    !(r->tl->v[a].flags & T_NL) && rec_is(r, a - 1, preps) &&
	    (rec_lx(r, a) & (LX_PLACE | LX_TOWN | LX_CITY));
}

/* 1 if the span is a church named after a saint: "Chiesa di San
 * Silvestro", "Chiesa di S. Maria degli Angeli", "Parrocchia di Sant'
 * Anna": a building, a place; not "la Chiesa di Roma", a body. */
static int
rec_saints_church(struct rec *r, const struct span *s)
{
	static const char *const churches[] = { "chiesa", "chiese",
	    "parrocchia", "pieve", NULL };
	static const char *const saints[] = { "s", "ss", "sant'", "sant’",
	    "santissimo", "santissima", "santi", "sante", NULL };
	size_t k = s->t0 + 2;

	if (s->t1 - s->t0 < 3 || !rec_is(r, s->t0, churches) ||
	    !rec_is(r, s->t0 + 1, rec_links))
		return 0;
	return rec_is(r, k, rec_saints) || rec_is(r, k, saints);
}

/* 1 if the span is a place the lists know and a code of two
 * capitals after it, dotted or not: the state it is in ("Washington
 * DC", "Washington D.C.", "Portland OR"); not a body's last word
 * ("Roma FC") nor a number ("Parigi II"). */
static int
rec_city_state(struct rec *r, const struct span *s)
{
	const struct tok *t;
	size_t letters = 0;

	if (s->t1 - s->t0 != 2 ||
	    !(rec_lx(r, s->t0) & (LX_CITY | LX_TOWN | LX_PLACE)) ||
	    (rec_lx(r, s->t1 - 1) & (LX_ORGTAIL | LX_ORG | LX_NOTNAME |
	    LX_PLACE)) || rec_roman(r, s->t1 - 1))
		return 0; /* "Parigi II" */
	t = &r->tl->v[s->t1 - 1];
	for (size_t c = t->start; c < s->end && c < t->end + 1; c++) {
		char ch = r->text[c];
		if (ch >= 'A' && ch <= 'Z')
			letters++;
		else if (ch != '.')
			return 0;
	}
	return letters == 2;
}

/* 1 if token a comes after a bare article in lower case, no word of a
 * name before it, and the two are a place the lists know whose name has
 * its article ("è stato svolto a l'Aquila", "il caso de la Spezia"):
 * the article is part of the name. */
static int
rec_bare_article_town(struct rec *r, size_t a)
{
	static const char *const bare[] = { "l'", "l’", "la", "le", "il",
	    "lo", NULL };

	static const char *const to[] = { "a", "ad", "in", "da", "di", "de",
	    "per", "verso", "presso", "fino", "at", "to", "from", "of",
	    "near", NULL };
	unsigned pf = a > 0 ? r->tl->v[a - 1].flags : 0;

	/* "a L'Aquila", "de L'Aquila": a capital elided article after a
	 * preposition of place is the name's too (after "e" or a comma, it
	 * may be a club's: "Rugby Roma e L'Aquila") */
	return a > 0 && ((pf & T_LOWER) || ((pf & (T_ELIDED | T_CAP)) ==
	    (T_ELIDED | T_CAP) && a >= 2 && rec_is(r, a - 2, to))) &&
	    !(r->tl->v[a].flags & T_NL) && rec_is(r, a - 1, bare) &&
	    !(rec_lx(r, a) & (LX_PLACE | LX_TOWN)) &&
	    (a < 2 || !rec_cap(r, a - 2)) &&
	    (rec_phrase(r, a - 1, a + 1) & LX_PLACE);
}

static unsigned rec_with_article(struct rec *r, size_t a);

/* 1 if the one-word span s comes after an article, alone or in a
 * preposition, and the article and the word are a place the lists know
 * whose name has its article ("dell'Aquila" of L'Aquila, "della
 * Spezia"): the article is the name's, a town's; a common word only
 * so if a place, no small town of that name ("alla Cassa", the fund). */
static int
rec_article_town(struct rec *r, const struct span *s)
{
	size_t a = s->t0;

	if (s->t1 - s->t0 != 1 || a == 0 || !(r->tl->v[a - 1].flags &
	    T_LOWER) || (r->tl->v[a].flags & T_NL) ||
	    (rec_lx(r, a) & (LX_PLACE | LX_TOWN)) ||
	    !rec_is(r, a - 1, rec_articles) || (a >= 2 && rec_cap(r, a - 2)))
		return 0; /* not inside a name of several words */
	return (rec_with_article(r, a) & ((rec_lx(r, a) & LX_COMMON) ?
	    LX_PLACE : LX_PLACE | LX_TOWN)) != 0;
}

/* The lists' flags of the word at token a with the article that token
 * a - 1, an article alone or in a preposition, ends with ("al Cairo":
 * "il cairo"; "della Spezia": "la spezia"), 0 if none. */
static unsigned
rec_with_article(struct rec *r, size_t a)
{
	static const struct { const char *end, *art; } arts[] = {
		{ "l'", "l'" }, { "la", "la " }, { "le", "le " },
		{ "lo", "lo " }, { "il", "il " }, { "el", "il " },
		{ "al", "il " }, { "ul", "il " }, { "gli", "gli " },
		{ "i", "i " },
	};
	char buf[LX_FOLD_MAX], w[LX_FOLD_MAX];
	size_t n, m, k;

	if (a == 0)
		return 0;
	n = lx_fold(r->text + r->tl->v[a - 1].start, r->tl->v[a - 1].end -
	    r->tl->v[a - 1].start, w, sizeof(w));
	m = lx_fold(r->text + r->tl->v[a].start, r->tl->v[a].end -
	    r->tl->v[a].start, buf, sizeof(buf));
	if (n == 0 || m == 0)
		return 0;
	for (k = 0; k < sizeof(arts) / sizeof(arts[0]); k++) {
		size_t e = strlen(arts[k].end), l = strlen(arts[k].art);
		if (n < e || memcmp(w + n - e, arts[k].end, e) != 0)
			continue;
		if (l + m >= sizeof(w))
			return 0;
		memcpy(w, arts[k].art, l);
		memcpy(w + l, buf, m);
		return lx_get(r->lx, w, l + m);
	}
	return 0;
}

/* Add the evidence of the span's own words to its scores. */
static void
rec_evidence_words(struct rec *r, struct span *s)
{
	size_t len = s->t1 - s->t0;
	unsigned first = rec_lx(r, s->t0), last = rec_lx(r, s->t1 - 1);
	unsigned whole = len == 1 ? first : rec_phrase(r, s->t0, s->t1);

	/* "Stato Maggiore della Difesa": a head of two words that the list
	 * of organisations' heads holds outweighs its first word's place
	 * head ("Stato di New York") */
	if (len >= 2 && (first & LX_PLACEHEAD) && !(whole & LX_PLACE) &&
	    (rec_phrase(r, s->t0, s->t0 + 2) & LX_ORGHEAD))
		first = (first & ~(unsigned)LX_PLACEHEAD) | LX_ORGHEAD;
	if (len == 1 && whole == 0 && memchr(r->text + s->start, '-',
	    s->end - s->start) != NULL)
		whole = rec_phrase(r, s->t0, s->t1); /* "Emilia-Romagna" */
	if (len == 1 && whole == 0 && memchr(r->text + s->start, '-',
	    s->end - s->start) != NULL)
		s->score[ENTITY_PLACE] += 2.5f * (float)rec_hyphen_places(r,
		    s->t0); /* "Roma-Lido" */

	if (whole & LX_PLACE)
		s->score[ENTITY_PLACE] += 4;
	else if ((whole & LX_TOWN) && len >= 2)
		s->score[ENTITY_PLACE] += 4; /* "Passo Corese", "Sesto Pusteria" */
	else if (whole & LX_TOWN)
		s->score[ENTITY_PLACE] += 2; /* "Iseo" */
	if (len >= 2 && !(whole & (LX_PLACE | LX_TOWN)) &&
	    (rec_is(r, s->t0, rec_compass) ||
	    rec_is(r, s->t0, rec_compass_adj)) &&
	    (rec_phrase(r, s->t0 + 1, s->t1) & LX_PLACE))
		s->score[ENTITY_PLACE] += 4; /* "Sud America", "Eastern
		                              * Europe" */
	else if (len == 2 && !(whole & (LX_PLACE | LX_TOWN | LX_ORG)) &&
	    rec_is(r, s->t0, rec_middle) &&
	    (rec_lx(r, s->t0 + 1) & LX_PLACE) &&
	    !(rec_lx(r, s->t0 + 1) & (LX_CITY | LX_TOWN)))
		s->score[ENTITY_PLACE] += 4; /* "Centro Italia", the middle
		                              * of a land; not "Centro
		                              * Ricerche", a body's name */
	if (len == 1 && whole == 0 && rec_place_shape(r, s->t0))
		s->score[ENTITY_PLACE] += 2.5f; /* "Avdiivka", "Niederingen" */
	if (len == 2 && (r->tl->v[s->t0].flags & T_UPPER) &&
	    r->tl->v[s->t0].end - r->tl->v[s->t0].start >= 2 &&
	    r->tl->v[s->t0].end - r->tl->v[s->t0].start <= 5 &&
	    !(first & (LX_PLACE | LX_TOWN | LX_GIVEN | LX_SURNAME)) &&
	    !(r->tl->v[s->t0 + 1].flags & T_UPPER) &&
	    (last & (LX_CITY | LX_PLACE)) && !(last & LX_COUNTRY))
		s->score[ENTITY_ORG] += 4; /* "ANAS Sicilia", "MUM Ferrara":
		                            * a body's initials and the
		                            * place of its branch */
	if (len == 1 && (rec_no_vowel(r, s->t0) ||
	    rec_acronym_onset(r, s->t0))) {
		s->score[ENTITY_PERSON] -= 10; /* "Btp", "Pd", "Wbo": no
		                                * person's */
		s->score[ENTITY_ORG] += 1;
	}
	if (len >= 2 && !(whole & (LX_PLACE | LX_TOWN | LX_ORG)) &&
	    (rec_is(r, s->t1 - 1, rec_directions) ||
	    (rec_is(r, s->t1 - 1, rec_upper_lower) &&
	    (rec_phrase(r, s->t0, s->t1 - 1) & LX_CITY))) &&
	    (rec_phrase(r, s->t0, s->t1 - 1) & LX_PLACE))
		s->score[ENTITY_PLACE] += 4; /* "America Latina",
		                              * "Appennino Settentrionale":
		                              * a place and the adjective of
		                              * its part, capitalised */
	if (len >= 2 && !(whole & (LX_PLACE | LX_TOWN | LX_ORG)) &&
	    rec_compass_part(r, s))
		s->score[ENTITY_PLACE] += 4; /* "Ossezia del Sud",
		                              * "Germania Est" */
	if (len >= 2 && (last & LX_PLACETAIL) && !(len >= 3 &&
	    (first & LX_ORGHEAD) && !(first & LX_PLACEHEAD)))
		s->score[ENTITY_PLACE] += 3.5f; /* "Beverly Hilton Hotel",
		                                 * "Phillip Island"; not
		                                 * "Ministero della Marina" */
	if ((whole & LX_ORG) && !(r->en && len == 1 && (whole & LX_PLACE)))
		s->score[ENTITY_ORG] += 4.5f; /* in English "Milan" is the
		                               * city, not the team */
	if (len == 1 && (first & LX_INST))
		s->score[ENTITY_ORG] += 3;
	if (len >= 2 && (first & LX_ORGHEAD))
		s->score[ENTITY_ORG] += 2.5f;
	if (len >= 2 && (first & LX_PLACEHEAD))
		s->score[ENTITY_PLACE] += 2.5f;
	if (len >= 4 && (r->tl->v[s->t0 + 1].flags & T_LOWER) &&
	    rec_is(r, s->t0 + 1, rec_for))
		s->score[ENTITY_ORG] += 2.5f; /* "Autostrade per l'Italia":
		                               * a name with a purpose */
	for (size_t i = s->t0 + 1; len >= 3 && i + 1 < s->t1; i++)
		if (rec_link_en(r, i) > 0) {
			s->score[ENTITY_ORG] += 3.5f; /* "Committee on
			                               * Intelligence" */
			break;
		}
	if (len >= 2 && (rec_phrase(r, s->t0, s->t1 - 1) & (LX_PLACE |
	    LX_TOWN)) && rec_team_plural(r, s->t1 - 1))
		s->score[ENTITY_ORG] += 6; /* "Los Angeles Lakers" */
	if (len >= 2 && (last & LX_ORGTAIL) && (rec_quarter_city(r, s) ||
	    rec_city_after_prep(r, s)))
		s->score[ENTITY_PLACE] += 3.5f; /* "Sadr City", "su Gaza
		                                 * City" */
	else if (len >= 2 && (last & LX_ORGTAIL))
		s->score[ENTITY_ORG] += 3.5f; /* "Fox News" */
	else if (len >= 2 && rec_is(r, s->t1 - 1, rec_legal_forms))
		s->score[ENTITY_ORG] += 3.5f; /* "Uber Italy s.r.l." */
	if (rec_ordinal_town(r, s))
		s->score[ENTITY_PLACE] += 2.5f; /* "a Sesto Pusteria" */
	else if ((first & LX_GIVEN) && !s->acronym && !rec_head_first(r, s))
		s->score[ENTITY_PERSON] += len >= 2 ? 2.5f : 1.5f; /* not
		                                                    * "MOSE" */
	else if (len >= 2 && first == 0 && rec_hyphen_given(r, s->t0))
		s->score[ENTITY_PERSON] += 2.5f; /* "Anne-Sophie Mutter" */
	else if ((len == 2 || len == 3) && rec_korean_given(r, s->t1 - 1))
		s->score[ENTITY_PERSON] += 2.5f; /* "Moon Jae-in" */
	else if (len >= 2 && rec_given_word(r, s->t0, s->t1))
		s->score[ENTITY_PERSON] += 2.5f; /* "Letizia Moratti" */
	if (len >= 2 && (r->tl->v[s->t0].flags & T_LOWER) &&
	    (first & LX_PARTICLE))
		s->score[ENTITY_PERSON] += 2.5f; /* "bin Laden" */
	if (len >= 2 && rec_english_word(r, s))
		s->score[ENTITY_ORG] += 0.8f; /* "Adam Air", "X Factor" */
	if (len >= 2 && rec_roman(r, s->t1 - 1))
		s->score[ENTITY_PERSON] += 2; /* "Benedetto XVI" */
	if (len >= 2 && !(r->tl->v[s->t0].flags & T_SENT) &&
	    (rec_is(r, s->t0, rec_surname_particles) ||
	    rec_french_le(r, s->t0)))
		s->score[ENTITY_PERSON] += 1.5f; /* "Di Pietro", "La Russa",
		                                  * "Le Pen" */
	if (last & LX_SURNAME)
		s->score[ENTITY_PERSON] += len >= 2 ? 1 : 0.8f;
	else if (len == 1 && !(first & (LX_PLACE | LX_TOWN | LX_COMMON)) &&
	    rec_surname_form(r, s->t0))
		s->score[ENTITY_PERSON] += 0.8f; /* "dietro a Pincarelli" */
	else if (len == 2 && !(r->tl->v[s->t0].flags & T_SENT) &&
	    (first & LX_COMMON_IT) && !(first & (LX_PLACE | LX_TOWN |
	    LX_ORG | LX_BRAND | LX_NOTNAME | LX_PTITLE | LX_ORGHEAD |
	    LX_PLACEHEAD | LX_INST | LX_EVHEAD | LX_WORKHEAD)) &&
	    last == 0 && rec_surname_form(r, s->t0 + 1))
		s->score[ENTITY_PERSON] += 1.5f; /* "da Altero Matteoli": a
		                                  * given name that is a word
		                                  * too, capitalised
		                                  * mid-sentence before a
		                                  * surname */
	if (s->acronym)
		s->score[ENTITY_ORG] += 1.5f;
	if (len >= 2 && !(whole & (LX_PLACE | LX_TOWN)) &&
	    !(first & LX_PLACEHEAD) && !rec_is(r, s->t0, rec_compass) &&
	    rec_place_inside(r, s))
		s->score[ENTITY_ORG] += 1; /* "Telecom Italia" */
	if (rec_camel(r, s))
		s->score[ENTITY_ORG] += 3; /* "BlackRock", "JPMorgan Chase" */
	if (rec_sport_town(r, s))
		s->score[ENTITY_ORG] += 4; /* "Rugby Roma", "Treviso
		                            * Basket" */
	if (len >= 2 && rec_brand_poss(r, s->t0 + 1))
		s->score[ENTITY_ORG] += 4.5f; /* "McDonald's", "Moody's",
		                               * "Tom's Hardware" */
	if (rec_saints_church(r, s))
		s->score[ENTITY_PLACE] += 3; /* "Chiesa di San Silvestro" */
	if (len == 1 && (rec_company_word(r, s->t0) ||
	    rec_head_compound(r, s->t0)))
		s->score[ENTITY_ORG] += 1.5f; /* "Macromedia", "Trenord",
		                               * "Legambiente" */
	if (rec_titled(r, s->t0, s->t1))
		s->score[ENTITY_ORG] += 1; /* "su Il Giornale" */
	if (rec_ampersand(r, s))
		s->score[ENTITY_ORG] += 3; /* "Barnes & Noble" */
	if (rec_city_state(r, s))
		s->score[ENTITY_PLACE] += 4; /* "Washington DC" */
	if (rec_article_town(r, s)) {
		s->score[ENTITY_PLACE] += 4; /* "dell'Aquila": no eagle */
		s->weak = 0;
	}
}

/* 1 if the span is paired by "e" with a given name that is no place:
 * "Kim e Putin", "Putin e Kim" speak of two people. */
static int
rec_beside_given(struct rec *r, const struct span *s)
{
	static const char *const and[] = { "e", "ed", "and", NULL };
	size_t a = s->t0, b = s->t1;
	unsigned f;

	if (a >= 2 && rec_is(r, a - 1, and) && rec_cap(r, a - 2)) {
		f = rec_lx(r, a - 2);
		if ((f & LX_GIVEN) && !(f & (LX_PLACE | LX_TOWN | LX_COMMON)))
			return 1;
	}
	if (b + 1 < r->tl->n && rec_is(r, b, and) && rec_cap(r, b + 1) &&
	    !(r->tl->v[b + 1].flags & T_NL)) {
		f = rec_lx(r, b + 1);
		if ((f & LX_GIVEN) && !(f & (LX_PLACE | LX_TOWN | LX_COMMON)))
			return 1;
	}
	return 0;
}

/* 1 if token i is a one-word place the lists know, capitalised and no
 * given name: an item of a list of places. */
static int
rec_known_place(struct rec *r, size_t i)
{
	unsigned f = rec_lx(r, i);

	return rec_cap(r, i) && (f & LX_PLACE) &&
	    !(f & (LX_GIVEN | LX_SURNAME)) &&
	    !(r->tl->v[i].flags & T_UPPER) && !rec_is(r, i, rec_quarters);
}

/* 1 if the one-word span is paired by "e" or a comma with a one-word
 * known place: "in Afghanistan e Bosnia", "Toscana ed Emilia". */
static int
rec_beside_place(struct rec *r, const struct span *s)
{
	static const char *const and[] = { "e", "ed", ",", NULL };
	size_t a = s->t0, b = s->t1;

	if (b - a != 1 || (rec_lx(r, a) & LX_SURNAME) ||
	    rec_surname_form(r, a) || rec_adj_form(r, a))
		return 0; /* "Atalanta e Udinese": teams */
	if (a >= 2 && rec_is(r, a - 1, and) && rec_known_place(r, a - 2) &&
	    (a < 3 || !rec_cap(r, a - 3)))
		return 1;
	return b + 1 < r->tl->n && rec_is(r, b, and) &&
	    rec_known_place(r, b + 1) && !(r->tl->v[b + 1].flags & T_NL) &&
	    (b + 2 >= r->tl->n || !rec_cap(r, b + 2));
}

static int rec_passive_by(struct rec *r, size_t k);

/* 1 if the span s is one end of a route or a stretch whose other end is
 * a one-word place the lists know: "il treno tra Parma e Santa Lucia
 * Alta", "la tappa da Bergamo a Sant'Omobono": both ends are places,
 * when the evidence is weak (not "tra Bari e Mario Rossi").  A person's
 * name the lists know is no start of one ("ricevuto da Rossi a Mosca"),
 * nor the agent of a passive ("è stato ricevuto da Putin a Mosca"): "a"
 * says where the act was. */
static int
rec_route(struct rec *r, const struct span *s)
{
	static const char *const from[] = { "da", "tra", "fra", NULL };
	static const char *const to_a[] = { "a", "ad", NULL };
	static const char *const to_e[] = { "e", "ed", NULL };
	static const char *const between[] = { "tra", "fra", NULL };
	static const char *const from_da[] = { "da", NULL };
	size_t a = s->t0, b = s->t1, n = r->tl->n;

	if (b - a > 3)
		return 0;
	/* the first end: "da X a Roma", "tra X e Roma" */
	if (a > 0 && b + 1 < n && (r->tl->v[a - 1].flags & T_LOWER) &&
	    (r->tl->v[b].flags & T_LOWER) && rec_is(r, a - 1, from) &&
	    !rec_passive_by(r, a - 1) && !(b - a == 1 &&
	    (rec_lx(r, a) & (LX_GIVEN | LX_SURNAME)) &&
	    !(rec_lx(r, a) & (LX_PLACE | LX_TOWN | LX_COUNTRY))) &&
	    rec_is(r, b, rec_is(r, a - 1, from_da) ? to_a : to_e) &&
	    rec_known_place(r, b + 1) && !(r->tl->v[b + 1].flags & T_NL) &&
	    (b + 2 >= n || !rec_cap(r, b + 2)))
		return 1;
	/* the second end: "da Roma a X", "tra Roma e X" */
	return a >= 3 && (r->tl->v[a - 1].flags & T_LOWER) &&
	    (r->tl->v[a - 3].flags & T_LOWER) && rec_known_place(r, a - 2) &&
	    ((rec_is(r, a - 1, to_a) && rec_is(r, a - 3, from_da)) ||
	    (rec_is(r, a - 1, to_e) && rec_is(r, a - 3, between)));
}

/* Lower-case nouns before a name that make it a body, besides the heads
 * of bodies' names: "il colosso Pfizer", "la band Afterhours", "i
 * sindacati Fisi e Cobas", "il blog Lanterna Viva"; a firm's collapse
 * names the firm ("il crac Morandelli"). */
static const char *const rec_org_nouns[] = {
	"sito", "rete", "lista", "marchio", "catena", "colosso", "band",
	"contrada", "testata", "etichetta", "multinazionale", "holding",
	"network", "emittente", "operatore", "compagine", "formazione",
	"casa", "gruppi", "società", "aziende", "associazioni", "banche",
	"squadre", "partiti", "quotidiani", "periodico",
	"tabloid", "magazine", "ditta", "impresa", "startup", "company",
	"firm", "carmaker", "automaker", "drugmaker", "chipmaker",
	"planemaker", "retailer", "lender", "insurer", "broadcaster",
	"airline", "conglomerate", "manufacturer", "giant", "brewer",
	"publisher", "newspaper", "publication", "website", "outlet",
	"charity", "watchdog", "regulator", "union", "carrier", "streamer",
	"crac", "crack", "sindacati", "blog", NULL
};

/* Nouns of a firm: a name of one word after them is a company's even
 * when it is a given name or a surname ("il gruppo Elliott", "la
 * società Wyeth"). */
static const char *const rec_firm_nouns[] = {
	"gruppo", "società", "azienda", "colosso", "multinazionale",
	"holding", "compagnia", "marchio", "ditta", "company", "firm",
	"carmaker", "automaker", "drugmaker", "chipmaker", "planemaker",
	"retailer", "lender", "insurer", "giant", NULL
};

/* Nouns of a party, a group or a firm: the name of several words right
 * after them is theirs even if it starts with a given name ("il partito
 * Nuova Aurora", "il gruppo Abu Karim"); not "casa", whose "di casa
 * Enrico Bini" is a person's home. */
static const char *const rec_group_nouns[] = {
	"partito", "movimento", "gruppo", "sindacato", "sindacati", "blog",
	"agenzia", "società", "azienda", "compagnia", "marchio", NULL
};

/* 1 if token i is a lower-case noun that names a kind of body. */
static inline __attribute__((always_inline)) int
rec_org_noun(struct rec *r, size_t i)
{
	return (r->tl->v[i].flags & T_LOWER) && ((rec_lx(r, i) &
	    (LX_ORGHEAD | LX_PLACEHEAD | LX_PTITLE)) == LX_ORGHEAD ||
	    rec_is(r, i, rec_org_nouns));
}

/* 1 if a lower-case noun of a kind of body comes just before token a,
 * or before the quote that opens it: "il gruppo Discovery", "i
 * quotidiani Libero e Il Tempo", "il quotidiano \"Folha\"": the name
 * is a body's even if its words are common ones. */
static int
rec_org_cue(struct rec *r, size_t a)
{
	static const char *const quotes[] = { "\"", "“", "«", NULL };
	size_t p = a - 1;

	if (a == 0 || (r->tl->v[a].flags & T_NL))
		return 0;
	if (p > 0 && rec_is(r, p, quotes) && !(r->tl->v[p].flags & T_NL))
		p--;
	return rec_org_noun(r, p);
}

/* The token a, or the opening quote before it: where the words before
 * a name in quotes end ("il quotidiano ucraino “Vesti”"). */
static size_t
rec_before_quote(struct rec *r, size_t a)
{
	static const char *const quotes[] = { "\"", "“", "«", NULL };

	if (a >= 3 && rec_is(r, a - 1, quotes) &&
	    !(r->tl->v[a].flags & T_NL) && !(r->tl->v[a - 1].flags & T_NL))
		return a - 1;
	return a;
}

/* 1 if a body's noun comes a few lower-case words before token a, the
 * last of them no function word: "l'agenzia di stampa Cihan", "la rete
 * televisiva italiana Sportitalia", "le associazioni dei consumatori
 * Adusbef", "l'emittente locale \"Primocanale\"", the name maybe in
 * quotes; not "il partito di Berlusconi", whose leader it is. */
static int
rec_org_cue_back(struct rec *r, size_t a)
{
	size_t lo;

	a = rec_before_quote(r, a);
	lo = a > 4 ? a - 4 : 0;
	if (a < 2 || !(r->tl->v[a - 1].flags & T_LOWER) ||
	    (rec_lx(r, a - 1) & (LX_NOTNAME | LX_PTITLE | LX_PARTICLE)) ||
	    rec_is(r, a - 1, rec_links) || rec_is(r, a - 1, rec_articles) ||
	    rec_is(r, a - 1, rec_place_preps) ||
	    rec_is(r, a - 1, rec_place_weak) || (r->tl->v[a].flags & T_NL))
		return 0;
	for (size_t k = a - 1; k-- > lo;) {
		if (!(r->tl->v[k].flags & T_LOWER) ||
		    (r->tl->v[k + 1].flags & T_NL) ||
		    (rec_lx(r, k) & LX_PTITLE))
			return 0;
		if (rec_org_noun(r, k))
			/* not the body of a title before it: "il
			 * portavoce del governo russo Yevgeny Nebenzya" is
			 * the spokesman */
			return !(k >= 2 && (r->tl->v[k - 1].flags & T_LOWER) &&
			    rec_is(r, k - 1, rec_links) &&
			    (r->tl->v[k - 2].flags & T_LOWER) &&
			    (rec_lx(r, k - 2) & LX_PTITLE));
	}
	return 0;
}

/* 1 if a body's noun and what kind of body it is come before token a:
 * an adjective ("la rivista scientifica Nexus", "il gruppo nazionalista
 * Fratellanza", "il quotidiano cittadino Evening Star") or "di" and a
 * noun after a group's noun ("il gruppo di hacker Legion"): a name of
 * common words is the body's there, as right after the noun; not after
 * a possessive or a preposition ("del nostro Paese", "intorno ai
 * Giochi"). */
static int rec_adjective(const struct rec *r, size_t i);
static int rec_verb_form(struct rec *r, size_t i);

static int
rec_org_cue_kind(struct rec *r, size_t a)
{
	static const char *const di[] = { "di", NULL };

	if (a < 2 || !rec_org_cue_back(r, a))
		return 0;
	if (rec_adjective(r, a - 1) && !rec_verb_form(r, a - 1))
		return 1;
	return a >= 3 && (r->tl->v[a - 2].flags & T_LOWER) &&
	    rec_is(r, a - 2, di) && rec_is(r, a - 3, rec_group_nouns);
}

/* Lower-case nouns of places besides the heads of place names: "i
 * comuni di Rossano", "gli abitanti di Nabatiye"; facilities that are
 * in a place ("il carcere di Pollsmoor", "la pista di Cesana", "la
 * centrale di Hamaoka") and events named after one ("la strage di
 * Capaci", "gli accordi di Schengen"). */
static const char *const rec_place_nouns[] = {
	"comuni", "paesi", "paese", "villaggi", "quartieri", "province",
	"regioni", "zona", "zone", "area", "periferia", "territorio",
	"dintorni", "abitanti", "cittadina", "cittadine", "moschea",
	"deposito", "rimessa", "campo", "spiaggia", "fraz.", "pressi",
	"vicinanze", "nord", "sud", "est", "ovest", "nord-est", "nord-ovest",
	"sud-est", "sud-ovest", "carcere", "prigione", "penitenziario",
	"palestra", "pista", "piste", "circuito", "stabilimento", "centrale",
	"diga", "miniera", "scalo", "scali", "base", "valico", "capoluogo",
	"sobborgo", "periferie", "centro", "residenza", "sala", "accordi",
	"strage", "basi", "comunità", "villaggio", "sobborghi", "campi",
	"centrali", "stabilimenti", "impianto", "impianti", "reattore",
	"reattori", "agguato", "attentato", "bordo", "interno", "sagrato",
	NULL
};

/* 1 if token k is "stato" and its forms after an auxiliary: the verb
 * ("è stato", "sono stati"), not the state. */
static int
rec_participle(struct rec *r, size_t k)
{
	static const char *const been[] = { "stato", "stata", "stati",
	    "state", NULL };
	static const char *const aux[] = { "è", "e'", "sono", "era", "erano",
	    "sia", "siano", "fosse", "fossero", "sarà", "saranno", "sarebbe",
	    "sarebbero", "essere", "essendo", "ha", "hanno", "avere", "fu",
	    "non", "già", "mai", "più", "poi", "anche", "sempre", NULL };

	return k > 0 && rec_is(r, k, been) && rec_is(r, k - 1, aux);
}

/* 1 if "di" comes before token a and a noun of places a few lower-case
 * words before it: "le città turistiche di Huanglong", "i comuni di
 * Corigliano"; not after a title nor a body's noun ("il presidente
 * della Regione di X" is no place of its own). */
static int
rec_place_cue_back(struct rec *r, size_t a)
{
	size_t lo = a > 5 ? a - 5 : 0;
	unsigned f;

	if (a < 2 || !(r->tl->v[a - 1].flags & T_LOWER) ||
	    !rec_is(r, a - 1, rec_of) || (r->tl->v[a].flags & T_NL))
		return 0;
	for (size_t k = a - 1; k-- > lo;) {
		if (!(r->tl->v[k].flags & T_LOWER) ||
		    (r->tl->v[k + 1].flags & T_NL))
			return 0;
		f = rec_lx(r, k);
		if (rec_participle(r, k))
			return 0; /* "è stato ucciso dai soldati di" */
		if ((f & LX_PLACEHEAD) || rec_is(r, k, rec_place_nouns))
			return 1;
		if (f & (LX_PTITLE | LX_ORGHEAD))
			return 0;
	}
	return 0;
}

/* 1 if a lower-case title and an adjective come just before token a:
 * "il pilota giapponese Tomizawa", "il commissario europeo Almunia". */
static inline __attribute__((always_inline)) int
rec_title_adj(struct rec *r, size_t a)
{
	return a >= 2 && (r->tl->v[a - 1].flags & T_LOWER) &&
	    (r->tl->v[a - 2].flags & T_LOWER) &&
	    !(r->tl->v[a].flags & T_NL) && !(r->tl->v[a - 1].flags & T_NL) &&
	    rec_adj_form(r, a - 1) &&
	    !(rec_lx(r, a - 1) & (LX_PTITLE | LX_NOTNAME)) &&
	    (rec_lx(r, a - 2) & LX_PTITLE);
}

/* The token just before token a, or the lower-case abbreviation before
 * the full stop just before it ("dal sig. Castelli", "il dott. Ferrara":
 * the stop is a token of its own); a if a is the first token.  Not a
 * capitalised one in Italian, which may end a sentence or start a
 * place's name. */
static inline __attribute__((always_inline)) size_t
rec_before_abbrev(const struct rec *r, size_t a)
{
	const struct tok *t = r->tl->v;

	if (a == 0)
		return a;
	if (a >= 2 && t[a - 1].end - t[a - 1].start == 1 &&
	    r->text[t[a - 1].start] == '.' && (t[a - 2].flags & T_ABBR) &&
	    ((t[a - 2].flags & T_LOWER) || r->en || (a >= 3 &&
	    (t[a - 3].flags & T_LOWER) && rec_is(r, a - 3, rec_articles))) &&
	    t[a - 2].end == t[a - 1].start &&
	    !(a >= 3 && (t[a - 3].flags & T_DIGIT)))
		return a - 2; /* English writes "Mr.", "Sen." capitalised;
		               * so does Italian after an article ("il
		               * Prof. Rossi"), where no sentence ends; not
		               * an hour's "p.m." after its number ("at 9
		               * p.m. Police said"), no prosecutor's */
	return a - 1;
}

/* 1 if the one-word span s, no place the lists know, owns with "'s" the
 * full name of a person after it ("Tesla's Elon Musk", "Apple's Tim
 * Cook"): the body the person leads, or works for. */
static int
rec_owner_of_name(struct rec *r, const struct span *s)
{
	static const char *const poss[] = { "'s", "’s", NULL };
	size_t b = s->t1;

	return s->t1 - s->t0 == 1 && b + 2 < r->tl->n &&
	    r->tl->v[b].start == r->tl->v[b - 1].end && rec_is(r, b, poss) &&
	    !(rec_lx(r, s->t0) & (LX_PLACE | LX_TOWN)) && rec_cap(r, b + 1) &&
	    (rec_lx(r, b + 1) & LX_GIVEN) && rec_cap(r, b + 2) &&
	    !(r->tl->v[b + 1].flags & T_NL);
}

/* What an English possessive after the run [a, b) owns says who owns it:
 * "Netanyahu's government", "Trump's tariffs" (a person), "Nvidia's
 * shares" (a company), "Wakanda's capital" (a place); ENTITY_OTHER when
 * there is no "'s" or its noun says nothing. */
static enum entity_type
rec_possessor(struct rec *r, size_t a, size_t b)
{
	static const char *const poss[] = { "'s", "’s", NULL };
	static const char *const person[] = { "office", "wife", "husband",
	    "son", "daughter", "mother", "father", "brother", "sister",
	    "family", "spokesman", "spokeswoman", "spokesperson", "lawyer",
	    "lawyers", "attorney", "attorneys", "aide", "aides", "adviser",
	    "advisers", "allies", "supporters", "critics", "administration",
	    "government", "cabinet", "campaign", "presidency", "tenure",
	    "premiership", "death", "funeral", "visit", "speech", "remarks",
	    "tariffs", "successor", "predecessor", "resignation",
	    "nomination", "inauguration", "arrest", "trial", "conviction",
	    "memoir", "career", "re-election", "reelection", NULL };
	static const char *const org[] = { "shares", "stock", "profit",
	    "profits", "revenue", "revenues", "earnings", "sales",
	    "customers", "shareholders", "subsidiary", "headquarters",
	    "chief", "ceo", "board", "stake", "app", "platform", "chips",
	    "factory", "factories", "acquisition", "merger", "valuation",
	    "investors", "executives", "founder", "products", NULL };
	static const char *const place[] = { "capital", "economy", "borders",
	    "border", "coast", "citizens", "population", "army", "military",
	    "parliament", "regions", "territory", "cities", "largest",
	    "biggest", NULL };
	const struct tok *t = r->tl->v;

	if (!r->en || b + 1 >= r->tl->n || t[b].start != t[b - 1].end ||
	    !rec_is(r, b, poss) || !(t[b + 1].flags & T_LOWER) ||
	    (t[b + 1].flags & T_NL))
		return ENTITY_OTHER;
	if (rec_is(r, b + 1, person))
		return ENTITY_PERSON;
	if (rec_is(r, b + 1, org))
		return ENTITY_ORG;
	if (rec_is(r, b + 1, place))
		return ENTITY_PLACE;
	return ENTITY_OTHER;
}

static const char *const rec_and_or[] = { "and", "or", NULL };

/* 1 if people who work somewhere and "at" come before token a:
 * "analysts at Morgan Stanley", "researchers at Stanford": where they
 * work is a body, whatever its name looks like. */
static int
rec_staff_at(struct rec *r, size_t a)
{
	static const char *const at[] = { "at", NULL };
	static const char *const staff[] = { "analysts", "analyst",
	    "economists", "economist", "researchers", "researcher",
	    "scientists", "scientist", "engineers", "executives",
	    "employees", "workers", "staff", "strategists", "strategist",
	    "traders", "bankers", "lawyers", "doctors", "professor",
	    "professors", "students", "officials", "director", NULL };

	size_t k = a;

	/* "economists at JPMorgan Chase and Morgan Stanley": back over
	 * the names of a list of two */
	if (a >= 3 && rec_is(r, a - 1, rec_and_or))
		for (k = a - 2; k > 0 && k + 5 > a && rec_cap(r, k); k--)
			if (rec_is(r, k - 1, at))
				break;
	return k >= 2 && k <= a && (r->tl->v[k - 1].flags & T_LOWER) &&
	    !(r->tl->v[k - 2].flags & T_UPPER) &&
	    !(r->tl->v[a].flags & T_NL) && rec_is(r, k - 1, at) &&
	    rec_is(r, k - 2, staff);
}

/* 1 if the span s, two words or more from a given name on, follows a
 * masculine article or "the": a person's name takes none, a stadium, a
 * park or a hotel named after one does ("al Santiago Bernabeu", "at
 * the Santiago Bernabeu", "nel Victoria Park"); not a name before a
 * noun in English ("the Donald Trump administration"). */
static int
rec_article_venue(struct rec *r, const struct span *s)
{
	static const char *const arts[] = { "il", "al", "del", "dal", "nel",
	    "sul", "lo", "allo", "dello", "dallo", "nello", "sullo", NULL };
	static const char *const the[] = { "the", NULL };
	static const char *const after_en[] = { "on", "in", "at", "for",
	    "with", "and", "or", "where", "which", "as", "to", "from",
	    "last", "this", "before", "after", "when", NULL };
	size_t a = s->t0, b = s->t1;

	if (b - a < 2 || a == 0 || !(r->tl->v[a - 1].flags & T_LOWER) ||
	    (r->tl->v[a].flags & T_NL) || !(rec_lx(r, a) & LX_GIVEN) ||
	    !rec_cap(r, b - 1))
		return 0;
	if (!r->en)
		return rec_is(r, a - 1, arts);
	return rec_is(r, a - 1, the) && (b >= r->tl->n ||
	    !(r->tl->v[b].flags & T_LOWER) || rec_is(r, b, after_en));
}

/* 1 if an English noun of a kind of body follows the run [a, b): "the
 * United Auto Workers union", "the Wagner group", "the Labour party". */
static inline __attribute__((always_inline)) int
rec_org_noun_after(struct rec *r, size_t a, size_t b)
{
	static const char *const nouns[] = { "union", "unions", "group",
	    "party", "movement", "alliance", "coalition", "militia",
	    "network", "company", "conglomerate", "airline", "carrier",
	    "broadcaster", "newspaper", "agency", "federation", NULL };
	static const char *const the[] = { "the", NULL };

	return r->en && a > 0 && b < r->tl->n &&
	    (r->tl->v[b].flags & T_LOWER) && !(r->tl->v[b].flags & T_NL) &&
	    rec_is(r, b, nouns) && rec_is(r, a - 1, the);
}

/* 1 if the span s names a company whose shares are spoken of, in
 * English: "Shares of Novo Nordisk fell", "a stake in Eli Lilly",
 * "Toyota shares rose"; not a place ("stocks in Europe"). */
static int
rec_shares_of(struct rec *r, const struct span *s)
{
	static const char *const shares[] = { "shares", "stock", "stocks",
	    "stake", "stakes", "shareholders", "stockholders", NULL };
	static const char *const of[] = { "of", "in", NULL };
	size_t a = s->t0, b = s->t1;
	unsigned f = b - a == 1 ? rec_lx(r, a) : rec_phrase(r, a, b);

	if (!r->en || ((f & (LX_PLACE | LX_COUNTRY | LX_TOWN | LX_CITY)) &&
	    !(f & LX_BRAND)) || (r->tl->v[a].flags & T_NL))
		return 0;
	if (a >= 2 && (r->tl->v[a - 1].flags & T_LOWER) &&
	    rec_is(r, a - 1, of) && rec_is(r, a - 2, shares))
		return 1;
	return b < r->tl->n && (r->tl->v[b].flags & T_LOWER) &&
	    !(r->tl->v[b].flags & T_NL) && rec_is(r, b, shares);
}

/* 1 if the span s is followed by a player's or a coach's role in
 * English and a capitalised name: the club, even when named after its
 * town ("Liverpool striker Mohamed Salah", "Arsenal manager Mikel
 * Arteta"). */
static inline __attribute__((always_inline)) int
rec_club_of_player(struct rec *r, const struct span *s)
{
	static const char *const roles[] = { "striker", "midfielder",
	    "defender", "goalkeeper", "winger", "forward", "manager",
	    "coach", "captain", "playmaker", "centre-back", "full-back",
	    NULL };
	size_t b = s->t1;

	return r->en && b + 1 < r->tl->n && (r->tl->v[b].flags & T_LOWER) &&
	    rec_is(r, b, roles) && rec_cap(r, b + 1) &&
	    !(r->tl->v[b].flags & T_NL) && !(r->tl->v[b + 1].flags & T_NL) &&
	    !(rec_lx(r, s->t0) & (LX_GIVEN | LX_COUNTRY));
}

/* 1 if the one-word span s, no place the lists know, is followed by a
 * lower-case title and a person's full name ("Novartis chief Vas
 * Narasimhan", "Amazon founder Jeff Bezos"): the body the person
 * leads. */
static int
rec_head_of_name(struct rec *r, const struct span *s)
{
	size_t b = s->t1;

	return s->t1 - s->t0 == 1 && b + 2 < r->tl->n &&
	    (r->tl->v[b].flags & T_LOWER) && (rec_lx(r, b) & LX_PTITLE) &&
	    !(rec_lx(r, s->t0) & (LX_PLACE | LX_TOWN | LX_COUNTRY)) &&
	    rec_cap(r, b + 1) && (rec_lx(r, b + 1) & LX_GIVEN) &&
	    rec_cap(r, b + 2) && !(r->tl->v[b].flags & T_NL) &&
	    !(r->tl->v[b + 1].flags & T_NL);
}

/* 1 if token p is "a" or "ad" after a word that takes a person with
 * it: "insieme a Gaber", "assieme ad Albano", "fedeli a Gheddafi", "il
 * premio dedicato a Falcone", "intitolato a", "l'omaggio a", "l'addio
 * a", "paragonato a", "si è ispirato a", "la colpa a", "dare a": whom,
 * not where.  So after a noun of an act done or said to
 * someone ("l'attacco a Obama", "la lettera a", "l'appello a", "una
 * domanda a", "il sostegno a"): a place the lists know stays one ("gli
 * attacchi a Kiev"), a town's name that is a person's too does not. */
static int
rec_with_whom(struct rec *r, size_t p)
{
	static const char *const with[] = { "insieme", "assieme", "fedele",
	    "fedeli", "dedicato", "dedicata", "dedicati", "dedicate",
	    "intitolato", "intitolata", "omaggio", "addio", "affidato",
	    "affidata", "assegnato", "assegnata", "attacco", "attacchi",
	    "lettera", "lettere", "appello", "appelli", "domanda", "domande",
	    "sostegno", "risposta", "risposte", "richiesta", "richieste",
	    "messaggio", "messaggi", "telefonata", "critica", "critiche",
	    "accuse", "invito", "inviti", "saluto", "saluti", "solidarietà",
	    "vicinanza", "telegramma", "auguri", "regalo", "dono",
	    "ultimatum", "replica", "offerta", "proposta", "minacce",
	    "insulti", "paragonato", "paragonata", "paragonati",
	    "paragonate", "comparato", "comparata", "ispirato", "ispirata",
	    "ispirati", "ispirate", "colpa", "dare", "darà", NULL };

	/* the word may start the sentence: "Insieme a Gaber, Jannacci" */
	return p > 0 && (r->tl->v[p].flags & T_LOWER) &&
	    ((r->tl->v[p - 1].flags & T_LOWER) ||
	    ((r->tl->v[p - 1].flags & T_SENT) &&
	    !(r->tl->v[p - 1].flags & T_UPPER))) &&
	    !(r->tl->v[p].flags & T_NL) && rec_is(r, p, rec_place_weak) &&
	    rec_is(r, p - 1, with);
}

static int rec_age_noun(const struct rec *r, size_t i);

/* Add the evidence of the words around the span (p: title before it). */
/* 1 if the span is one word that only the Italian dictionary knows, as
 * a proper name of no kind the lists say, no company's, no word: such a
 * name after an article is most often a mountain, a river, a region or
 * a monument ("l'Etna", "a sud del Sahara", "la visita al Colosseo",
 * "le mele del Monferrato"), less often a body. */
static int
rec_proper_place(struct rec *r, const struct span *s)
{
	unsigned f;

	if (s->t1 - s->t0 != 1 || s->acronym)
		return 0;
	f = rec_lx(r, s->t0);
	return (f & (LX_PROPER | LX_GIVEN | LX_SURNAME | LX_PLACE | LX_TOWN |
	    LX_ORG | LX_BRAND | LX_COMMON | LX_INST | LX_ORGHEAD)) ==
	    LX_PROPER && !rec_company_word(r, s->t0) && !rec_camel(r, s);
}

static int rec_sport(struct rec *r);

/* 1 if the span is one word no list knows after "al" or "allo", "a"
 * and an article: where one goes or is ("una scritta al Pincio",
 * "ricoverato al Gaslini", "in concerto al Palavela") more often than
 * the body one gives something to. */
static int
rec_at_unknown(struct rec *r, const struct span *s)
{
	static const char *const at[] = { "al", "allo", NULL };

	return s->t1 - s->t0 == 1 && !s->acronym && s->t0 > 0 &&
	    rec_is(r, s->t0 - 1, at) && rec_lx(r, s->t0) == 0 &&
	    !rec_company_word(r, s->t0) && !rec_camel(r, s);
}

/* 1 if a past participle of "edit" and "da" come just before the span
 * s ("edito da Sellerio", "le sue opere sono edite da Adelphi"), or
 * "editore" before a name of one word ("presso l'editore Marsilio"): who
 * publishes a book is a publishing house, whatever its name looks
 * like; not a name that starts with a given name ("l'editore
 * Giangiacomo Feltrinelli" is the man). */
static int
rec_published_by(struct rec *r, const struct span *s)
{
	static const char *const edited[] = { "edito", "edita", "editi",
	    "edite", NULL };
	static const char *const by[] = { "da", NULL };
	static const char *const publisher[] = { "editore", NULL };
	size_t a = s->t0;

	if (r->en || a < 2 || !(r->tl->v[a - 1].flags & T_LOWER) ||
	    (r->tl->v[a].flags & T_NL) || (rec_lx(r, a) & LX_GIVEN))
		return 0;
	if (s->t1 - s->t0 == 1 && rec_is(r, a - 1, publisher))
		return 1;
	return (r->tl->v[a - 2].flags & T_LOWER) && rec_is(r, a - 1, by) &&
	    rec_is(r, a - 2, edited);
}

/* 1 if token i is a word of a child or a young person, as Italian news
 * names a victim or a patient before the first name ("la piccola
 * Sofia", "il bambino Mattia", "la neonata Asia"): a noun, or an
 * adjective after a singular article ("la piccola", not "Piccolo
 * Teatro", whose word is a name's). */
static int
rec_young(struct rec *r, size_t i)
{
	static const char *const nouns[] = { "bambino", "bambina", "bimbo",
	    "bimba", "neonato", "neonata", "ragazzino", "ragazzina",
	    "ragazzo", "ragazza", "adolescente", NULL };
	static const char *const adjs[] = { "piccolo", "piccola", "piccolino",
	    "piccolina", "giovane", "giovanissimo", "giovanissima", NULL };

	if (!(r->tl->v[i].flags & T_LOWER))
		return 0;
	return rec_is(r, i, nouns) || (i > 0 && rec_is(r, i, adjs) &&
	    rec_is(r, i - 1, rec_sing_articles));
}

/* 1 if the span is initials that no list knows as a place's ("PSI",
 * "ABC"; not "USA"): initials are a body's far more often than a
 * place's, whose initials the lists know, so a preposition of place or
 * a place's head right before them ("dal PSI", "il canale ABC") says
 * half as much as before a name. */
static int
rec_odd_initials(struct rec *r, const struct span *s)
{
	return s->acronym && !(rec_lx(r, s->t0) & (LX_PLACE | LX_TOWN |
	    LX_COUNTRY));
}

static void
rec_evidence_context(struct rec *r, struct span *s, int title)
{
	static const char *const di_arts[] = { "del", "dello", "della",
	    "dell'", "dell’", "dei", "degli", "delle", NULL };
	size_t p = s->t0;

	if (title)
		s->score[ENTITY_PERSON] += 3;
	if (s->t1 < r->tl->n && (r->tl->v[s->t1].flags & T_LOWER) &&
	    rec_is(r, s->t1, rec_person_verbs))
		s->score[ENTITY_PERSON] += 0.5f;
	if (rec_beside_given(r, s))
		/* "Kim e Putin"; two given names, "Luca e Paolo", are two
		 * people, though one names a land somewhere too (not
		 * "Siena", a city) */
		s->score[ENTITY_PERSON] += s->t1 - s->t0 == 1 &&
		    (rec_lx_given(r, s->t0) & (LX_GIVEN | LX_PLACE)) ==
		    LX_GIVEN ? 4.5f : 1;
	if (rec_beside_place(r, s))
		s->score[ENTITY_PLACE] += 2; /* "Toscana ed Emilia" */
	if (rec_route(r, s))
		s->score[ENTITY_PLACE] += 2; /* "tra Parma e Santa Lucia Alta" */
	if (rec_staff_at(r, s->t0))
		/* "analysts at Morgan Stanley"; less after "and" */
		s->score[ENTITY_ORG] += rec_is(r, s->t0 - 1, rec_and_or) ? 3 : 6;
	if (rec_club_of_player(r, s))
		s->score[ENTITY_ORG] += 6; /* "Liverpool striker Mohamed
		                            * Salah" */
	if (rec_owner_of_name(r, s) || rec_head_of_name(r, s)) {
		s->score[ENTITY_ORG] += 3; /* "Tesla's Elon Musk", "Novartis
		                            * chief Vas Narasimhan" */
		s->weak = 0; /* a sentence's first word too */
	}
	if (rec_shares_of(r, s))
		s->score[ENTITY_ORG] += 4; /* "Shares of Novo Nordisk" */
	if (rec_published_by(r, s))
		s->score[ENTITY_ORG] += 4; /* "edito da Adelphi" */
	if (rec_article_venue(r, s))
		s->score[ENTITY_PLACE] += 3; /* "al Santiago Bernabeu" */
	if (p == 0)
		return;
	p--;
	if (rec_before_abbrev(r, s->t0) + 1 < s->t0 &&
	    (rec_lx(r, s->t0 - 2) & LX_PTITLE)) {
		s->score[ENTITY_PERSON] += 4.5f; /* "dal sig. Castelli" */
		return;
	}
	if ((r->tl->v[p].flags & T_LOWER) && (rec_lx(r, p) & LX_PTITLE)) {
		/* "lo ha detto Banca Intesa": a title's word before a
		 * body's head and more names no person ("detto" is both) */
		if (!rec_before_name(r, s->t0, s->t1) && !(s->t1 - s->t0 >= 2 &&
		    (rec_lx(r, s->t0) & (LX_ORGHEAD | LX_GIVEN |
		    LX_SURNAME)) == LX_ORGHEAD))
			s->score[ENTITY_PERSON] += 4.5f;
	} else if (rec_title_adj(r, s->t0)) {
		s->score[ENTITY_PERSON] += 3; /* "il pilota giapponese
		                               * Tomizawa" */
	} else if ((r->tl->v[p].flags & T_LOWER) && (rec_age_noun(r, p) ||
	    rec_young(r, p))) {
		s->score[ENTITY_PERSON] += 4.5f; /* "la dodicenne Mary", "il
		                                  * ventenne Zelmak": an age
		                                  * is a person's; so is "la
		                                  * piccola Sofia" */
	} else if (rec_is(r, p, rec_place_preps)) {
		s->score[ENTITY_PLACE] += rec_odd_initials(r, s) ? 0.6f : 1.2f;
		/* bare "in" takes a place, a time or a thing, almost never
		 * a person ("in Sabina", "the attack in Khan Younis") */
		if (rec_is(r, p, rec_in) && !rec_poss_after(r, s->t1))
			s->score[ENTITY_PERSON] -= 2.5f;
	}
	else if (rec_with_whom(r, p))
		s->score[ENTITY_PERSON] += 1.5f; /* "insieme a Gaber" */
	else if (rec_is(r, p, rec_place_weak) && s->t1 - s->t0 == 1 &&
	    !s->acronym && rec_lx(r, s->t0) == 0 && rec_sport(r) &&
	    !(s->t1 < r->tl->n && r->text[r->tl->v[s->t1].start] == '('))
		s->score[ENTITY_PERSON] += 1; /* "l'assist a Bajrami": in a
		                               * report of games, a player
		                               * the lists do not know; not
		                               * the ground of a game in
		                               * brackets ("a Marassi
		                               * (Sampdoria-Crotone 1-2)") */
	else if (rec_is(r, p, rec_place_weak) && (s->t1 - s->t0 == 1 ||
	    rec_word_first(r, s->t0, s->t1) || rec_is(r, s->t0, rec_saints)))
		s->score[ENTITY_PLACE] += 0.5f; /* "a Passo Corese"; not "a
		                                 * Malala Yousafzai" */
	else if (p > 0 && rec_is(r, p, di_arts) &&
	    (r->tl->v[p - 1].flags & T_LOWER) &&
	    ((rec_lx(r, p - 1) & (LX_PLACEHEAD | LX_ORGHEAD | LX_PTITLE)) ==
	    LX_PLACEHEAD || (rec_is(r, p - 1, rec_place_nouns) &&
	    !(rec_lx(r, p - 1) & (LX_ORGHEAD | LX_PTITLE)))))
		s->score[ENTITY_PLACE] += 2.2f; /* "il circuito del Mugello",
		                                 * "a bordo della Zarvo" */
	else if (rec_is(r, p, rec_articles) && (rec_proper_place(r, s) ||
	    rec_at_unknown(r, s))) {
		s->score[ENTITY_PLACE] += 0.8f; /* "l'Etna", "del Sahara" */
		s->score[ENTITY_ORG] += 0.4f;
		s->score[ENTITY_PERSON] -= 1;
	} else if (rec_is(r, p, rec_articles)) {
		s->score[ENTITY_ORG] += 0.8f;
		s->score[ENTITY_PLACE] += 0.4f;
		s->score[ENTITY_PERSON] -= 1;
		/* Italian puts no article before a given name alone: "del
		 * Sahara", "alla Maddalena", "la Ferrari" name no person */
		if (s->t1 - s->t0 == 1 && !s->acronym &&
		    (rec_lx(r, s->t0) & LX_GIVEN))
			s->score[ENTITY_PERSON] -= 1.5f;
		/* a name Italian knows, of no person nor body the lists
		 * know, with an article: a mountain, a river, a land ("il
		 * Monviso", "del Tevere", "della Lunigiana") */
		if (s->t1 - s->t0 == 1 && !s->acronym &&
		    (rec_lx(r, s->t0) & (LX_PROPER | LX_GIVEN | LX_SURNAME |
		    LX_ORG | LX_BRAND | LX_INST | LX_COMMON)) == LX_PROPER)
			s->score[ENTITY_PLACE] += 0.6f;
	} else if ((r->tl->v[p].flags & T_LOWER) &&
	    ((rec_lx(r, p) & LX_PLACEHEAD) || (p > 0 &&
	    rec_is(r, p, rec_of) && (r->tl->v[p - 1].flags & T_LOWER) &&
	    (rec_lx(r, p - 1) & LX_PLACEHEAD)))) {
		/* "cosmodromo Vostočnyj", "città di Kazan", "stazione di
		 * Khasan" (a given name too) */
		s->score[ENTITY_PLACE] += rec_is(r, p, rec_of) ? 2.2f :
		    rec_odd_initials(r, s) ? 0.75f : 1.5f;
	} else if (rec_place_cue_back(r, s->t0)) {
		s->score[ENTITY_PLACE] += 2.2f; /* "le città turistiche di
		                                 * Huanglong" */
		/* the noun right before "di": "la moschea di Sidi Yahia",
		 * "il quartiere di Sheikh Maqsoud", whose given names
		 * name no person here */
		if (rec_is(r, p - 1, rec_place_nouns) ||
		    (rec_lx(r, p - 1) & LX_PLACEHEAD))
			s->score[ENTITY_PLACE] += 1.5f;
	} else if ((r->tl->v[p].flags & T_LOWER) &&
	    !(r->tl->v[s->t0].flags & T_NL) &&
	    ((rec_lx(r, p) & LX_ORGHEAD) || rec_is(r, p, rec_org_nouns)) &&
	    !(p > 1 && (r->tl->v[p - 1].flags & T_LOWER) &&
	    rec_is(r, p - 1, rec_of) && (r->tl->v[p - 2].flags & T_LOWER))) {
		/* not after a noun and a bare "di", which says what kind
		 * of officer the noun is ("il funzionario di polizia Udom
		 * Akpuodom") */
		s->score[ENTITY_ORG] += 2.5f; /* "il colosso Pfizer" */
		if (s->t1 - s->t0 == 1 && rec_is(r, p, rec_firm_nouns))
			s->score[ENTITY_ORG] += 1.5f; /* "il gruppo Elliott":
			                               * a firm, though a
			                               * given name */
		else if (s->t1 - s->t0 >= 2 && rec_is(r, p, rec_group_nouns))
			s->score[ENTITY_ORG] += 1.5f; /* "il partito Nuova
			                               * Aurora", "il gruppo
			                               * Abu Karim" */
	} else if (rec_org_cue_back(r, s->t0)) {
		s->score[ENTITY_ORG] += 2.5f; /* "l'agenzia di stampa Cihan" */
	}
}

/* 1 if token a, mid-sentence and with no article before it, is an
 * Italian plural word that is a surname too ("Rossi", "Bianchi",
 * "Ricci", "Mancini"): Italian surnames take the plural's form, and a
 * plural noun or adjective is seldom capitalised. */
static int
rec_plural_surname(struct rec *r, size_t a)
{
	const struct tok *t = &r->tl->v[a];
	unsigned f = rec_lx(r, a);

	return a > 0 && !(t->flags & (T_SENT | T_UPPER | T_NL)) &&
	    t->end - t->start >= 5 && r->text[t->end - 1] == 'i' &&
	    (f & LX_SURNAME) && (f & LX_COMMON_IT) &&
	    !(f & (LX_PLACE | LX_TOWN | LX_NOTNAME | LX_PTITLE | LX_ORGHEAD |
	    LX_PLACEHEAD | LX_INST | LX_ORG)) &&
	    !rec_is(r, a - 1, rec_articles) && !rec_cap(r, a - 1) &&
	    !(a + 1 < r->tl->n && rec_cap(r, a + 1));
}

/* 1 if the capitalised words of [a, b) are all common words (a name
 * head such as "Governo" is one too), so that the run is only a name if
 * the text names it elsewhere. */
static int
rec_all_common(struct rec *r, size_t a, size_t b)
{
	unsigned known = LX_PLACE | LX_ORG;

	if (b - a == 1 && (r->tl->v[a].flags & T_UPPER))
		return 0;
	if (b - a > 1 && ((rec_lx(r, a) & (LX_ORGHEAD | LX_PLACEHEAD)) ||
	    ((rec_lx(r, b - 1) & (LX_ORGTAIL | LX_PLACETAIL)) &&
	    !(r->tl->v[a].flags & T_SENT))))
		return 0; /* "National Transportation Safety Board",
		           * "Downing Street" */
	for (size_t i = a + 1; i + 1 < b; i++)
		if (rec_link_en(r, i) > 0)
			return 0; /* "Working Group on Planetary System
			           * Nomenclature" */
	if (b - a == 1 && !(r->tl->v[a].flags & T_SENT) &&
	    (rec_lx(r, a) & LX_INST))
		return 0;
	if (b - a == 1 && rec_plural_surname(r, a))
		return 0; /* "Rossi supera Pedrosa" */
	/* a lone common word that is also a name somewhere ("Esteri" is
	 * Finnish) counts only if the text names it in full elsewhere */
	if (b - a > 1)
		known |= LX_GIVEN | LX_SURNAME | LX_PROPER;
	else if (!(r->tl->v[a].flags & T_SENT) &&
	    !(rec_lx(r, a) & LX_COMMON_IT))
		known |= LX_GIVEN | LX_SURNAME | LX_PROPER;
	for (size_t i = a; i < b; i++) {
		unsigned f = rec_lx(r, i);
		if (!rec_cap(r, i))
			continue;
		if ((r->tl->v[i].flags & T_UPPER) || (f & known))
			return 0;
		if (!(f & (LX_COMMON | LX_NOTNAME)))
			return 0;
	}
	return 1;
}

/* 1 if a team's people and "di" with an article come before token a:
 * "i tifosi della Lazio", "l'allenatore del Brasile" speak of a team,
 * not of the region or the state. */
static int
rec_fans_of(struct rec *r, size_t a)
{
	static const char *const people[] = { "tifosi", "tifoso", "ultras",
	    "giocatore", "giocatori", "allenatore", "attaccante",
	    "attaccanti", "difensore", "difensori", "centrocampista",
	    "centrocampisti", "portiere", "calciatore", "calciatori",
	    "maglia", "panchina", "rosa", "curva", "capitano", NULL };

	return a >= 2 && (r->tl->v[a - 1].flags & T_LOWER) &&
	    rec_is(r, a - 1, rec_club_articles) &&
	    !(r->tl->v[a].flags & T_NL) && rec_is(r, a - 2, people);
}

/* 1 if a team's member and "del" come before token a, in a name no list
 * knows as a place: "il portiere del Partizan", "il ciclista della
 * Quick Step", "il pilota della Yamaha", "gli scozzesi del Rangers":
 * the team, as "i tifosi della Lazio" is. */
static int
rec_member_of_team(struct rec *r, size_t a)
{
	static const char *const riders[] = { "ciclista", "ciclisti",
	    "corridore", "corridori", "velocista", "gregario", "pilota",
	    "piloti", "cestista", "pallavolista", NULL };
	static const char *const sides[] = { "serbi", "croati", "scozzesi",
	    "inglesi", "gallesi", "irlandesi", "spagnoli", "portoghesi",
	    "francesi", "tedeschi", "olandesi", "belgi", "svizzeri",
	    "austriaci", "russi", "ucraini", "turchi", "greci", "polacchi",
	    "cechi", "danesi", "svedesi", "norvegesi", "rumeni", "bulgari",
	    "brasiliani", "argentini", NULL };
	static const char *const the[] = { "i", "gli", NULL };

	if (rec_fans_of(r, a))
		return 1;
	if (a < 2 || !(r->tl->v[a - 1].flags & T_LOWER) ||
	    (r->tl->v[a].flags & T_NL) ||
	    !rec_is(r, a - 1, rec_club_articles))
		return 0;
	if (rec_is(r, a - 2, riders))
		return 1;
	return a >= 3 && rec_is(r, a - 2, sides) && rec_is(r, a - 3, the);
}

/* 1 if a national side's noun and "di" come before token a: "le
 * nazionali di Francia e Germania", "la nazionale dell'Unione
 * Sovietica", "il commissario tecnico della Russia" speak of a team;
 * "nazionale" with no article before it is the adjective ("la
 * sicurezza nazionale degli Stati Uniti"). */
static int
rec_side_of(struct rec *r, size_t a)
{
	static const char *const sides[] = { "nazionale", "nazionali",
	    "selezione", NULL };
	static const char *const coaches[] = { "tecnico", "ct", "c.t",
	    "c.t.", "selezionatore", NULL };
	static const char *const of[] = { "di", "del", "della", "dello",
	    "dei", "degli", "delle", "dell'", "dell’", NULL };

	if (a < 3 || !(r->tl->v[a - 1].flags & T_LOWER) ||
	    !(r->tl->v[a - 2].flags & T_LOWER) ||
	    (r->tl->v[a].flags & T_NL) || !rec_is(r, a - 1, of))
		return 0;
	if (rec_is(r, a - 2, coaches))
		return 1;
	return rec_is(r, a - 2, sides) && rec_is(r, a - 3, rec_articles);
}

/* 1 if token i is a dash alone between spaces. */
static int
rec_dash(const struct rec *r, size_t i)
{
	const struct tok *t = &r->tl->v[i];
	size_t n = t->end - t->start;

	return i > 0 && i + 1 < r->tl->n && t->start > t[-1].end &&
	    t[1].start > t->end && ((n == 1 && r->text[t->start] == '-') ||
	    (n == 3 && memcmp(r->text + t->start, "–", 3) == 0));
}

/* 1 if the one-word name [a, b) and a body the lists know stand on the
 * two sides of a dash: "Milan - Lazio", "Napoli - Inter" name a match
 * of two teams; two states so ("Italia - Croazia", "Usa - Cina") are
 * two teams or two governments face to face. */
static int
rec_versus(struct rec *r, size_t a, size_t b)
{
	unsigned other = LX_ORG;

	if (b != a + 1)
		return 0;
	if (rec_lx(r, a) & LX_COUNTRY)
		other |= LX_COUNTRY; /* "Italia - Croazia", "Usa - Cina" */
	if (a >= 2 && rec_dash(r, a - 1) && rec_cap(r, a - 2) &&
	    (rec_lx(r, a - 2) & other) && !(r->tl->v[a - 2].flags & T_NL) &&
	    (a < 3 || !rec_cap(r, a - 3)))
		return 1;
	return b + 1 < r->tl->n && rec_dash(r, b) && rec_cap(r, b + 1) &&
	    (rec_lx(r, b + 1) & other) && !(r->tl->v[b + 1].flags & T_NL) &&
	    (b + 2 >= r->tl->n || !rec_cap(r, b + 2));
}

/* 1 if a match's noun and "con" or "su" (with an article) come before
 * token a: "la sconfitta con la Roma", "il test match con l'Italia",
 * "la vittoria sulla Francia" name the other team. */
static int
rec_match_with(struct rec *r, size_t a)
{
	static const char *const matches[] = { "sconfitta", "sconfitte",
	    "vittoria", "vittorie", "pareggio", "partita", "partite", "gara",
	    "match", "sfida", "derby", "finale", "semifinale", "amichevole",
	    NULL };
	static const char *const with[] = { "con", "col", "su", "sul",
	    "sulla", "sullo", "sull'", "sull’", NULL };
	static const char *const arts[] = { "il", "lo", "la", "l'", "l’",
	    "i", "gli", "le", NULL };
	size_t k = a - 1;

	if (a < 2 || (r->tl->v[a].flags & T_NL))
		return 0;
	if (rec_is(r, k, arts))
		k--;
	return k > 0 && (r->tl->v[k].flags & T_LOWER) && rec_is(r, k, with) &&
	    rec_is(r, k - 1, matches);
}

static size_t rec_score(const struct rec *r, size_t i);

/* 1 if the name [a, b) plays a match: a score such as "3-0" is near,
 * or "contro" (with an article) comes before it: "l'Italia batte la
 * Svezia 6-0", "contro il Brasile" name two teams. */
static int
rec_match_near(struct rec *r, size_t a, size_t b)
{
	static const char *const against[] = { "contro", "against", "vs",
	    NULL };
	size_t lo = a >= 4 ? a - 4 : 0, hi = b + 4 < r->tl->n ? b + 4 :
	    r->tl->n;

	if (a > 0 && (rec_is(r, a - 1, rec_place_preps) ||
	    rec_is(r, a - 1, rec_place_weak) || rec_is(r, a - 1, rec_of)))
		return 0; /* "a Roma": where the match is played */
	if (a > 0 && (rec_is(r, a - 1, against) || (a > 1 &&
	    rec_is(r, a - 1, rec_actor_articles) &&
	    rec_is(r, a - 2, against))))
		return 1;
	if (rec_versus(r, a, b))
		return 1; /* "Milan - Lazio" */
	if (rec_match_with(r, a))
		return 1; /* "la sconfitta con la Roma" */
	for (size_t i = lo; i < hi; i++)
		if ((r->tl->v[i].flags & T_DIGIT) && rec_score(r, i))
			return 1; /* "6-0"; not "2005-2006", "15-18 ottobre" */
	return 0;
}

/* 1 if token i is one or two digits: a side of a score, not a year
 * ("2005-2006") nor a count. */
static int
rec_score_side(const struct rec *r, size_t i)
{
	const struct tok *t = &r->tl->v[i];
	size_t n = t->end - t->start;

	if (n < 1 || n > 2)
		return 0;
	for (size_t k = 0; k < n; k++)
		if (r->text[t->start + k] < '0' || r->text[t->start + k] > '9')
			return 0;
	return 1;
}

/* Months after a range of days: "15-18 ottobre" is a date, no score. */
static const char *const rec_months[] = { "gennaio", "febbraio",
	"marzo", "aprile", "maggio", "giugno", "luglio", "agosto",
	"settembre", "ottobre", "novembre", "dicembre", "january",
	"february", "march", "april", "may", "june", "july", "august",
	"september", "october", "november", "december", NULL };

/* Nouns counted by a range of numbers: "3-4 milioni", "2-3 anni",
 * "10-15 euro" are amounts, not a match's score, which no noun follows
 * at once. */
static const char *const rec_counted[] = { "milioni", "milione",
	"miliardi", "miliardo", "mila", "euro", "dollari", "anni", "mesi",
	"settimane", "giorni", "ore", "minuti", "volte", "metri",
	"chilometri", "km", "persone", "%", "million", "millions",
	"billion", "billions", "years", "months", "weeks", "days", "hours",
	"minutes", "times", "people", "percent", "dollars", "miles", NULL };

/* 1 if token i, after a range of numbers, makes it a date or an amount
 * ("15-18 ottobre", "3-4 milioni"), not a score. */
static int
rec_range_noun(const struct rec *r, size_t i)
{
	return i < r->tl->n && (rec_is(r, i, rec_months) ||
	    rec_is(r, i, rec_counted));
}

/* The number of tokens of a match's score that starts at token i
 * ("3-0" in one token or three, "16 – 19"), one or two digits a side;
 * 0 if none, or a range of days before a month ("15-18 ottobre") or of
 * an amount ("3-4 milioni"). */
static size_t
rec_score(const struct rec *r, size_t i)
{
	const struct tok *t = r->tl->v + i;
	size_t n = t->end - t->start;
	const char *d = memchr(r->text + t->start, '-', n);

	if (d != NULL) {
		/* one token "7-0" */
		size_t l = (size_t)(d - (r->text + t->start)), m = n - l - 1;
		for (size_t k = 0; k < n; k++)
			if (r->text[t->start + k] != '-' &&
			    (r->text[t->start + k] < '0' ||
			    r->text[t->start + k] > '9'))
				return 0;
		if (l < 1 || l > 2 || m < 1 || m > 2 ||
		    rec_range_noun(r, i + 1))
			return 0;
		return 1;
	}
	if (!(t->flags & T_DIGIT) || !rec_score_side(r, i) ||
	    i + 2 >= r->tl->n || (t[2].flags & T_SENT) ||
	    !rec_score_side(r, i + 2))
		return 0;
	n = t[1].end - t[1].start;
	if (!((n == 1 && r->text[t[1].start] == '-') ||
	    (n == 3 && memcmp(r->text + t[1].start, "–", 3) == 0)))
		return 0;
	if (rec_range_noun(r, i + 3))
		return 0;
	return 3;
}

/* 1 if the sentence around token a has a match's score in it: "l'Italia
 * che è stata sconfitta per 7-0 dalla Cina" speaks of two teams even
 * when the score is far from their names. */
static int
rec_score_in_sentence(const struct rec *r, size_t a)
{
	size_t lo = a, hi = a + 1;

	while (lo > 0 && !(r->tl->v[lo].flags & T_SENT))
		lo--;
	while (hi < r->tl->n && !(r->tl->v[hi].flags & T_SENT))
		hi++;
	for (size_t i = lo; i < hi; i++)
		if ((r->tl->v[i].flags & T_DIGIT) && rec_score(r, i))
			return 1;
	return 0;
}

/* Articles and "contro" before a team: "la Cina", "dalla Cina", "della
 * Cechia", "contro Malta"; not "in", "a", "di" alone, which say where. */
static const char *const rec_team_before[] = {
	"il", "lo", "la", "l'", "l’", "i", "gli", "le", "al", "allo", "alla",
	"all'", "all’", "dal", "dallo", "dalla", "dall'", "dall’", "del",
	"dello", "della", "dell'", "dell’", "contro", NULL
};

/* 1 if the place [a, b) is a team: an article comes before it and the
 * sentence gives a match's score ("Rimane senza vittorie l'Italia, che
 * è stata sconfitta per 7-0 dalla Cina"). */
static int
rec_team_scored(struct rec *r, size_t a, size_t b)
{
	return a > 0 && b - a <= 3 && rec_is(r, a - 1, rec_team_before) &&
	    !(r->tl->v[a].flags & T_NL) && rec_score_in_sentence(r, a);
}

/* 1 if the name [a, b), no place the lists know, comes after a
 * masculine singular article, alone or in a preposition, in a sentence
 * with a match's score: a team ("il Valdorno ha battuto il Pescarolo
 * 3-1", "il gol del Crystal Palace"), as Italian puts no article before
 * a man's name; not after a feminine one ("la Pennetta batte la Rossi
 * 6-3"), which a woman's surname takes. */
static int
rec_masc_team(struct rec *r, size_t a, size_t b)
{
	unsigned f = b - a == 1 ? rec_lx(r, a) : rec_phrase(r, a, b);

	return a > 0 && b - a <= 3 && !(f & (LX_PLACE | LX_COUNTRY)) &&
	    (r->tl->v[a - 1].flags & T_LOWER) &&
	    !(r->tl->v[a].flags & T_NL) &&
	    rec_is(r, a - 1, rec_masc_articles) &&
	    rec_score_in_sentence(r, a);
}

/* "di" and its forms between a lower-case head and a name. */
static const char *const rec_head_links[] = {
	"di", "del", "della", "dello", "dei", "degli", "delle", "dell'",
	"dell’", "d'", "d’", NULL
};

static int rec_medium(struct rec *r, size_t a);

/* 1 if "via" at token h, before the name at token a, is no street's
 * noun: "by way of" between two places ("da Bari a Lima via Madrid") or
 * before a medium ("via Telegram"), or the idiom "in via di" before a
 * common word ("specie in via di Estinzione": under way). */
static int
rec_via_no_street(struct rec *r, size_t h, size_t a)
{
	static const char *const via[] = { "via", NULL };
	static const char *const in[] = { "in", NULL };
	unsigned f = rec_lx(r, a);

	if (!rec_is(r, h, via) || h == 0 || (r->tl->v[h].flags & T_NL))
		return 0;
	if (rec_medium(r, a))
		return 1;
	if (rec_cap(r, h - 1) && !(r->tl->v[h - 1].flags & T_SENT) &&
	    (rec_lx(r, h - 1) & (LX_PLACE | LX_TOWN)) &&
	    (f & (LX_PLACE | LX_TOWN)))
		return 1; /* "Lima via Madrid", a place before "via" */
	return a == h + 2 && rec_is(r, h - 1, in) && rec_is(r, h + 1, rec_of) &&
	    (f & LX_COMMON) && !(f & (LX_PLACE | LX_TOWN | LX_GIVEN |
	    LX_SURNAME | LX_PROPER));
}

/* 1 if an indefinite article comes before the place noun at token h:
 * "in una regione del Kenya", "un quartiere di Lione", "una chiesa di
 * Quito" speak of one of several, a common noun; only the name after
 * "di" is a name (rec_head asks so only of a noun and "di"). */
static int
rec_any_of(struct rec *r, size_t h)
{
	static const char *const indef[] = { "un", "una", "uno", "un'",
	    "un’", NULL };

	return h > 0 && (r->tl->v[h - 1].flags & T_LOWER) &&
	    !(r->tl->v[h].flags & T_NL) && rec_is(r, h - 1, indef);
}

/* 1 if the name at token a is one word that the organisations' list
 * knows and no list of places, people or brands does ("Kcna", "Cnn",
 * "Onu"), with no capitalised word after it. */
static int
rec_org_alone(struct rec *r, size_t a)
{
	unsigned f = rec_lx(r, a);

	if (!(f & LX_ORG) || (f & (LX_BRAND | LX_PLACE | LX_TOWN | LX_CITY |
	    LX_COUNTRY | LX_GIVEN | LX_SURNAME | LX_COMMON)))
		return 0;
	return a + 1 >= r->tl->n || (r->tl->v[a + 1].flags & T_NL) ||
	    !rec_cap(r, a + 1);
}

/* The lower-case head that is part of the place name starting at token
 * a ("via Padova", "provincia di Trapani"): its token, or a if none. */
static inline __attribute__((always_inline)) size_t
rec_head(struct rec *r, size_t a)
{
	size_t h = a - 1;
	unsigned want = LX_PREPLACE;

	if (a == 0 || !(r->tl->v[h].flags & T_LOWER) ||
	    (r->tl->v[a].flags & T_NL) || r->en)
		return a; /* English "via London" is by way of it */
	if (h > 0 && (r->tl->v[h - 1].flags & T_LOWER) &&
	    !(r->tl->v[h].flags & T_NL) && rec_is(r, h, rec_head_links)) {
		h--;
		want = LX_PREPLACEDI;
	} else if (h > 0 && (r->tl->v[h - 1].flags & T_LOWER) &&
	    !(r->tl->v[h].flags & T_NL) && rec_adj_form(r, h) &&
	    !(rec_lx(r, h) & (LX_PTITLE | LX_PREPLACE)) &&
	    (rec_lx(r, h - 1) & LX_PREPLACE)) {
		h--; /* "il liceo scientifico Enrico Fermi", "la scuola
		      * elementare Sandy Hook": the head and its adjective */
	}
	if (rec_via_no_street(r, h, a))
		return a; /* "via Telegram", "in via di Estinzione", "Lima
		           * via Madrid" */
	if (want == LX_PREPLACE && rec_org_alone(r, a))
		return a; /* "l'agenzia di stampa statale Kcna", "ha
		           * avvisato il mondo, via Cnn": no street is named
		           * after a news agency or a body alone */
	if (want == LX_PREPLACEDI && rec_any_of(r, h))
		return a; /* "una regione del Kenya"; not "in una via
		           * Gabriele Rossetti", a street's name */
	return (rec_lx(r, h) & want) ? h : a;
}

/* 1 if the street whose head is token h and whose name ends before
 * token b goes on with its house number, a part of the address ("via
 * Rovello 2", "via Gassendi 11/A"): digits, a letter after them at
 * most, and no decimal, time or date after them. */
static int
rec_house_number(const struct rec *r, size_t h, size_t b)
{
	static const char *const streets[] = { "via", "viale", "piazza",
	    "piazzale", "corso", "largo", "vicolo", NULL };
	const struct tok *t = &r->tl->v[b];
	size_t k, n;

	if (b >= r->tl->n || !(t->flags & T_DIGIT) ||
	    (t->flags & T_NL) || t->start == t[-1].end ||
	    !rec_is(r, h, streets))
		return 0;
	n = t->end - t->start;
	for (k = 0; k < n && r->text[t->start + k] >= '0' &&
	    r->text[t->start + k] <= '9'; k++)
		;
	if (k == 0 || k > 4 || n - k > 2)
		return 0;
	for (; k < n; k++)
		if (!strchr("/abcdefghABCDEFGH", r->text[t->start + k]))
			return 0; /* "3.5" */
	return b + 1 >= r->tl->n || r->tl->v[b + 1].start > t->end ||
	    strchr(",;)", r->text[t->end]) != NULL;
}

/* 1 if token i, lower case, looks like an Italian adjective. */
static int rec_adj_form(const struct rec *r, size_t i);

static int
rec_adjective(const struct rec *r, size_t i)
{
	return (r->tl->v[i].flags & T_LOWER) && rec_adj_form(r, i);
}

/* 1 if token t ends with one of the NULL-terminated endings; site is
 * the call site's cache of their set, as for rec_is. */
static int
tok_ends_with_at(const struct rec *r, const struct tok *t,
		 const char *const *ends, rec_set_cache *site)
{
	const struct rec_set *s = atomic_load_explicit(site,
	    memory_order_acquire);
	size_t n = t->end - t->start;
	uint64_t x = 0, zero = 0;
	int whole = 0;

	if (s == NULL || s->list != ends) {
		if ((s = rec_set_of(ends)) != NULL)
			atomic_store_explicit(site, s, memory_order_release);
	}
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
	/* the token's last eight bytes in one load: each end is their top
	 * bytes, with no packing of its own a byte at a time (with the
	 * site's cache, tok_ends_with went from 20M instructions in 500
	 * generated articles to 13M) */
	if (t->end >= 8) {
		const uint64_t low = 0x7f7f7f7f7f7f7f7full;

		memcpy(&x, r->text + t->end - 8, 8);
		zero = ~(((x & low) + low) | x) & ~low;
		whole = 1;
	}
#endif
	/* the ends as a set of rec_is: a look-up per length of an end, not
	 * a strlen and a memcmp per end (this was 3.6% of an import); none
	 * if no end has the token's last two bytes, as most tokens show
	 * without a look-up */
	if (s != NULL && !s->longer) {
		if (n >= 2 && !((s->tail2 >> REC_TAIL2(r->text[t->end - 2],
		    r->text[t->end - 1])) & 1))
			return 0;
		for (unsigned m = s->lens; m != 0; m &= m - 1) {
			size_t e = (size_t)__builtin_ctz(m);
			uint64_t w;

			if (e > n)
				return 0; /* the lengths go up */
			if (whole) /* a NUL byte in the end: none */
				w = zero >> (64 - 8 * e) ? REC_W8_NONE :
				    x >> (64 - 8 * e);
			else
				w = rec_pack(r->text + t->end - e, e, 0);
			if (w != REC_W8_NONE && rec_set_has(s, w))
				return 1;
		}
		return 0;
	}
	for (int k = 0; ends[k]; k++) {
		size_t e = strlen(ends[k]);

		if (e <= t->end - t->start &&
		    memcmp(r->text + t->end - e, ends[k], e) == 0)
			return 1;
	}
	return 0;
}

/* 1 if token t ends with one of the NULL-terminated endings (ends must
 * be static, as for rec_is). */
#define tok_ends_with(r, t, ends) tok_ends_with_cached((r), (t), (ends), \
	REC_CAT(tok_ends_site_, __COUNTER__))
#define tok_ends_with_cached(r, t, ends, site) __extension__ ({ \
	static rec_set_cache site; \
	tok_ends_with_at(r, t, ends, &site); })

/* "da" and its forms with an article: the preposition of a passive's
 * agent. */
static const char *const rec_by[] = { "da", "dal", "dallo", "dalla",
	"dall'", "dall’", "dai", "dagli", "dalle", NULL };

/* 1 if "da" at token k is the agent's of a passive: a past participle
 * after an auxiliary comes before it ("è stato ricevuto da", "viene
 * accolto da"), whose agent is someone, not where one comes from. */
static int
rec_passive_by(struct rec *r, size_t k)
{
	static const char *const aux[] = { "stato", "stata", "stati",
	    "state", "viene", "vengono", "venne", "vennero", "verrà",
	    "verranno", "venuto", "venuta", "veniva", "venivano", NULL };
	static const char *const done[] = { "ato", "ata", "ati", "ate",
	    "uto", "uta", "uti", "ute", "ito", "ita", "iti", "ite", NULL };

	return k >= 2 && (r->tl->v[k].flags & T_LOWER) &&
	    rec_is(r, k, rec_by) &&
	    (r->tl->v[k - 1].flags & T_LOWER) &&
	    (r->tl->v[k - 2].flags & T_LOWER) &&
	    tok_ends_with(r, &r->tl->v[k - 1], done) && rec_is(r, k - 2, aux);
}

/* 1 if token i, in any case, has the form of an Italian adjective of
 * nationality, place or kind ("europea", "civile", "ortodossa",
 * "comunale", "Federale"). */
static int
rec_adj_form(const struct rec *r, size_t i)
{
	static const char *const ends[] = { "ale", "ali", "ile", "ili", "are",
	    "ari", "ano", "ana", "ani", "ane", "ese", "esi", "ico", "ica",
	    "ici", "iche", "ista", "isti", "ario", "aria", "ina", "ino", "ea",
	    "eo", "ense", "ensi", "ivo", "iva", "osso", "ossa", "olica",
	    "olico", NULL };
	const struct tok *t = &r->tl->v[i];
	size_t n = t->end - t->start;

	if (!(t->flags & (T_LOWER | T_CAP)) || (t->flags & T_NL) || n < 6 ||
	    n > 16)
		return 0;
	return tok_ends_with(r, t, ends);
}

/* 1 if token i, which looks like an adjective, is a verb whose
 * infinitive the word list has: "-ano" of "-are", "-ere" or "-ire",
 * "-ino" of "-are", "-iva" of "-ire" ("la Protezione civile parlano",
 * "Governo e Parlamento coincidano", "lavorino", "la Guardia di Finanza
 * forniva"; not "italiano", "cittadino", "esecutiva"). */
static int
rec_verb_form(struct rec *r, size_t i)
{
	static const char *const infs[] = { "are", "ere", "ire" };
	const struct tok *t = &r->tl->v[i];
	size_t n = t->end - t->start;
	char buf[48];

	if (n < 6 || n + 1 > sizeof(buf))
		return 0;
	memcpy(buf, r->text + t->start, n);
	if (memcmp(buf + n - 3, "ano", 3) == 0) {
		for (int k = 0; k < 3; k++) {
			memcpy(buf + n - 3, infs[k], 3);
			if (lx_word(r->lx, buf, n) & LX_COMMON_IT)
				return 1;
		}
		return 0;
	}
	if (memcmp(buf + n - 3, "ino", 3) == 0)
		memcpy(buf + n - 3, "are", 3);
	else if (memcmp(buf + n - 3, "iva", 3) == 0)
		memcpy(buf + n - 3, "ire", 3);
	else
		return 0;
	return (lx_word(r->lx, buf, n) & LX_COMMON_IT) != 0;
}

/* After a capitalised organisation head, the end of "di" and a
 * lower-case noun that completes its name ("Corte d'appello", "Guardia
 * di finanza", "Consiglio dei ministri", "Agenzia delle entrate"), with
 * an adjective after it ("Protezione civile"); 0 if none.  Not a verb
 * ("di chiedere") nor a function word. */
static size_t
rec_lower_of(struct rec *r, size_t i)
{
	const struct tok *t;
	size_t n;
	unsigned f;

	if (i + 1 >= r->tl->n || !rec_is(r, i, rec_head_links) ||
	    (r->tl->v[i].flags & T_NL))
		return 0;
	t = &r->tl->v[i + 1];
	n = t->end - t->start;
	f = rec_lx(r, i + 1);
	if (!(t->flags & T_LOWER) || (t->flags & T_NL) || n < 5 ||
	    !(f & LX_COMMON_IT) || (f & LX_NOTNAME))
		return 0;
	if (r->text[t->end - 1] == 'e' && r->text[t->end - 2] == 'r' &&
	    strchr("aei", r->text[t->end - 3]))
		return 0; /* an infinitive */
	/* "Dipartimento di pubblica sicurezza": an adjective before its
	 * noun, which ends the name */
	if (i + 2 < r->tl->n && rec_adjective(r, i + 1) &&
	    (r->tl->v[i + 2].flags & T_LOWER) &&
	    !(r->tl->v[i + 2].flags & T_NL) &&
	    r->tl->v[i + 2].end - r->tl->v[i + 2].start >= 5 &&
	    (rec_lx(r, i + 2) & LX_COMMON_IT) &&
	    !(rec_lx(r, i + 2) & LX_NOTNAME) && !rec_adjective(r, i + 2) &&
	    !rec_verb_form(r, i + 2))
		return i + 3;
	if (i + 2 < r->tl->n && rec_adjective(r, i + 2) &&
	    !rec_verb_form(r, i + 2))
		return i + 3;
	return i + 2;
}

/* Italy's national teams by their colour ("la Nazionale azzurra",
 * "gli azzurri"): a nation's adjective in sport, though no place's. */
static const char *const rec_azzurri[] = { "azzurro", "azzurra", "azzurri",
	"azzurre", NULL };

/* 1 if token i is an adjective of nationality: place-adjectives.txt
 * (the regions' and cities' too, "russa", "serbo", "iracheno",
 * "sarda"), or Italy's colour. */
static int
rec_nation_word(struct rec *r, size_t i)
{
	return (rec_lx(r, i) & LX_PLACEADJ) || rec_is(r, i, rec_azzurri);
}

/* Adjectives of rank or standing that institutions' names take and
 * rec_adj_form misses: "Camera bassa", "Consiglio superiore",
 * "Tribunale supremo", "Repubblica autonoma". */
static const char *const rec_rank_adjs[] = {
	"alta", "alto", "bassa", "basso", "superiore", "superiori",
	"supremo", "suprema", "supremi", "autonoma", "autonomo",
	"autonome", "autonomi", NULL
};

/* 1 if a body's name starts at token o with a head and goes on past it:
 * a capitalised word, or a link and one, that is no place ("l'Università
 * degli Studi", "la Guardia di Finanza", "la Camera dei Deputati", "la
 * Fondazione Teatro alla Scala"); not "la Banca d'Italia", a body's noun
 * and a place, nor a state by its form ("la Federazione Russa"). */
static int
rec_headed_owner(struct rec *r, size_t o)
{
	const struct tok *t = r->tl->v;
	size_t k = o + 1;

	if (o >= r->tl->n || !rec_cap(r, o) || (t[o].flags & T_NL) ||
	    (rec_lx(r, o) & (LX_ORGHEAD | LX_PLACE | LX_GIVEN |
	    LX_PLACEHEAD)) != LX_ORGHEAD)
		return 0;
	if (k < r->tl->n && (t[k].flags & T_LOWER) &&
	    (rec_is(r, k, rec_links) || rec_is(r, k, rec_head_links_art)))
		k++;
	return k < r->tl->n && rec_cap(r, k) && !(t[k].flags & T_NL) &&
	    !(rec_lx(r, k) & (LX_PLACE | LX_TOWN | LX_COUNTRY | LX_GIVEN)) &&
	    !rec_place_last(r, k) && !rec_nation_word(r, k);
}

/* 1 if token i is a lower-case adjective of nationality or of a
 * compass point that rec_adj_form misses: "l'Interpol serba", "il
 * Parlamento macedone", "la Repubblica della Macedonia settentrionale";
 * KIND counts it in the body's name. */
static int
rec_nation_adj(struct rec *r, size_t i)
{
	const struct tok *t = &r->tl->v[i];

	if (!(t->flags & T_LOWER) || (t->flags & T_NL))
		return 0;
	return rec_nation_word(r, i) || rec_is(r, i, rec_directions) ||
	    rec_is(r, i, rec_rank_adjs);
}

/* The end of the lower-case words from token b on that complete an
 * organisation's name: adjectives and "di" with a noun, up to three
 * ("Tribunale amministrativo regionale", "Organizzazione mondiale del
 * commercio", "Camera dei Deputati italiana", "Commissione parlamentare
 * antimafia"); b if none.  "di" and a
 * noun only once, and only if one is set: after a head alone or a name
 * that ends in a link and a word ("Corpo dei Vigili del fuoco"); a name
 * of two capitalised words is whole ("la filiale di Banca Sella di
 * corso Orbassano", "l'uso da parte della Guardia Nazionale di
 * granate").  one is 2 for a head that Italian capitalises as a common
 * noun ("Parlamento", "Camera"): "di" and a noun right after it only
 * ("la Camera dei deputati"; "il Parlamento ellenico | del trattato"). */
static size_t
rec_org_rest(struct rec *r, size_t b, int one)
{
	/* the nouns after "anti" that Italian uses as invariable
	 * adjectives of a body's field */
	static const char *const against[] = { "antimafia",
	    "antiterrorismo", "antidroga", "anticorruzione", "antitrust",
	    "antiriciclaggio", "antifrode", "antidoping", "antincendio",
	    "antiracket", "antiusura", NULL };
	size_t e = b, k;
	int of = 0;

	for (int step = 0; step < 3 && e < r->tl->n; step++) {
		if ((rec_adjective(r, e) && !rec_verb_form(r, e)) ||
		    rec_nation_adj(r, e) || ((r->tl->v[e].flags & T_LOWER) &&
		    !(r->tl->v[e].flags & T_NL) && rec_is(r, e, against)))
			e++;
		else if (one && (one == 1 || step == 0) && !of++ &&
		    (k = rec_lower_of(r, e)) > 0)
			e = k;
		else
			break;
	}
	return e;
}

/* Words after "per" and an article that make a phrase of time, manner
 * or cause, no body's purpose: "per la prima volta", "per il momento",
 * "per la sua parte". */
static const char *const rec_purpose_stops[] = {
	"prima", "seconda", "terza", "ultima", "volta", "volte", "momento",
	"resto", "parte", "fine", "causa", "sua", "suo", "sue", "suoi",
	"loro", "nostra", "nostro", "nostri", "nostre", "quale", "quali",
	"stessa", "stesso", "prossima", "prossimo", "prossimi", "prossime",
	"durata", "intera", "intero", "tutta", "tutto", "tutti", "tutte",
	"anni", "mesi", "giorni", "settimane", "ore", "occasione",
	"mancanza", "gioia", "felicità", "rabbia", "paura", NULL
};

/* Capitalised heads that Italian writes so as common nouns ("il
 * Governo", "lo Stato", "la Chiesa"): a purpose after them is the
 * sentence's, not a name's ("il Governo per la riforma ha deciso"). */
static const char *const rec_purpose_heads_not[] = {
	"governo", "stato", "parlamento", "comune", "regione", "provincia",
	"chiesa", "camera", "senato", "repubblica", "esercito", "polizia",
	"magistratura", "nazionale", "unione", "presidenza", "giunta",
	NULL
};

/* "di", "a" or "su" with an article, which join a noun to the noun of a
 * purpose: "la tutela dei beni", "la caccia alle balene", "la ricerca
 * sul mare". */
static const char *const rec_purpose_links[] = {
	"di", "del", "della", "dello", "dei", "degli", "delle", "dell'",
	"dell’", "al", "alla", "allo", "ai", "agli", "alle", "all'", "all’",
	"sul", "sulla", "sullo", "sui", "sugli", "sulle", "sull'", "sull’",
	NULL
};

/* 1 if token i is a lower-case Italian noun that can name what a body
 * is for: a common word of four letters or more, no infinitive ("per la
 * tutela", not "per la prima", nor "di chiedere"). */
static int
rec_purpose_noun(struct rec *r, size_t i)
{
	const struct tok *t;

	if (i >= r->tl->n)
		return 0;
	t = &r->tl->v[i];
	if (!(t->flags & T_LOWER) || (t->flags & T_NL) ||
	    t->end - t->start < 4 || !(rec_lx(r, i) & LX_COMMON_IT) ||
	    (rec_lx(r, i) & LX_NOTNAME) || rec_is(r, i, rec_purpose_stops))
		return 0;
	return !(r->text[t->end - 1] == 'e' && r->text[t->end - 2] == 'r' &&
	    strchr("aei", r->text[t->end - 3])); /* "di chiedere" */
}

/* 1 if token i is a lower-case adjective after the noun of a purpose:
 * rec_adjective's forms, no verb, and the endings of "marittima",
 * "religiosa", "permanente" (the list of words has no inflected
 * adjectives). */
static int
rec_purpose_adj(struct rec *r, size_t i)
{
	static const char *const ends[] = { "ima", "imo", "imi", "ime",
	    "osa", "oso", "ose", "osi", "ente", "enti", NULL };
	const struct tok *t = &r->tl->v[i];

	if (i >= r->tl->n || (t->flags & T_NL))
		return 0;
	if (rec_adjective(r, i))
		return !rec_verb_form(r, i);
	return (t->flags & T_LOWER) && t->end - t->start >= 6 &&
	    tok_ends_with(r, t, ends) && !(rec_lx(r, i) & LX_NOTNAME);
}

/* The end of a noun at token i and up to two adjectives after it, or i
 * if token i is no such noun. */
static size_t
rec_purpose_np(struct rec *r, size_t i)
{
	size_t e = i;

	if (!rec_purpose_noun(r, i))
		return i;
	e++;
	for (int k = 0; k < 2 && e < r->tl->n && rec_purpose_adj(r, e); k++)
		e++;
	return e;
}

/* The end of the lower-case words from token e on that complete the
 * name of a body [a, e): a second "di" and a noun joined by "e" to the
 * one before ("Ministero del lavoro e delle politiche sociali"); then
 * what the body is for, "per", an article, a noun, its adjectives and
 * one noun joined to it ("Agenzia europea per la sicurezza marittima",
 * "Pontificio consiglio per la famiglia", "Ufficio per la tutela dei
 * beni librari"); e if none.  Italian names its agencies, offices and
 * commissions so, in lower case after the head.  Not after a head
 * written capitalised as a common noun ("il Governo per la riforma"),
 * nor after a name with more capitalised words than its head. */
static size_t
rec_org_purpose(struct rec *r, size_t a, size_t e)
{
	static const char *const and[] = { "e", "ed", NULL };
	static const char *const of_the[] = { "del", "della", "dello", "dei",
	    "degli", "delle", "dell'", "dell’", NULL };
	static const char *const per[] = { "per", NULL };
	const struct tok *t = r->tl->v;
	size_t n = r->tl->n, k;

	if (e >= n || (t[e].flags & T_NL))
		return e;
	/* "del lavoro | e delle politiche sociali" */
	if (e + 2 < n && e >= a + 3 && rec_is(r, e, and) &&
	    (t[e].flags & T_LOWER) && !rec_cap(r, e - 1) &&
	    (rec_is(r, e - 2, rec_head_links) ||
	    rec_is(r, e - 3, rec_head_links)) &&
	    rec_is(r, e + 1, of_the) && !(t[e + 1].flags & T_NL) &&
	    (k = rec_purpose_np(r, e + 2)) > e + 2)
		e = k;
	if (e + 2 >= n || !(t[e].flags & T_LOWER) || !rec_is(r, e, per) ||
	    !rec_is(r, e + 1, rec_it_articles) ||
	    (t[e + 1].flags & T_NL) || rec_is(r, a, rec_purpose_heads_not))
		return e;
	for (k = a + 1; k < e; k++)
		if (rec_cap(r, k))
			return e; /* "i fondi del Ministero della Salute per
			           * la ricerca": a name in capitals ends
			           * with them */
	if ((k = rec_purpose_np(r, e + 2)) == e + 2)
		return e;
	e = k;
	if (e + 1 < n && (t[e].flags & T_LOWER) && !(t[e].flags & T_NL) &&
	    rec_is(r, e, rec_purpose_links) &&
	    (k = rec_purpose_np(r, e + 1)) > e + 1)
		e = k;
	return e;
}

static inline int rec_particle_start(struct rec *r, size_t i);

/* Skip lower-case words at the front of [*a, b), not the particle that
 * starts a surname ("Later bin Laden left"). */
static void
rec_trim_links(struct rec *r, size_t *a, size_t b)
{
	while (*a < b && !rec_cap(r, *a) && !rec_particle_start(r, *a))
		(*a)++;
}

/* 1 if token i may follow a name that is the subject or the object of a
 * clause, not the noun after a preposition ("Dalla si è sentito male",
 * "dedicato a Dalla negli anni", "Dalla stazione", "Durante la guerra"):
 * punctuation, the end, a function word other than an article, a verb
 * that speaks. */
static int
rec_subject_next(struct rec *r, size_t i)
{
	static const char *const arts[] = { "il", "lo", "la", "i", "gli",
	    "le", "l'", "l’", "un", "uno", "una", "un'", "un’", "the", "a",
	    "an", NULL };
	static const char *const verbs[] = { "è", "era", "sarà", "sono",
	    "fu", "aveva", "ha", "was", "is", NULL };

	if (i >= r->tl->n || !(r->tl->v[i].flags & T_WORD) ||
	    (r->tl->v[i].flags & T_NL))
		return 1;
	if (!(r->tl->v[i].flags & T_LOWER) || rec_is(r, i, arts))
		return 0;
	return (rec_lx(r, i) & LX_NOTNAME) || rec_is(r, i, verbs) ||
	    rec_is(r, i, rec_person_verbs);
}

/* 1 if one of the last spans found, of two words or more, ends with the
 * word of token a ("Lucio Dalla" before "Dalla"): a cheap test before
 * keeping a span that only counts as a surname. */
static int
rec_named_before(const struct rec *r, size_t a)
{
	const struct tok *t = &r->tl->v[a];
	size_t n = t->end - t->start, lo;

	lo = r->sl->n > 64 ? r->sl->n - 64 : 0;
	for (size_t k = r->sl->n; k-- > lo;) {
		const struct span *s = &r->sl->v[k];
		if (s->t1 - s->t0 >= 2 && s->end - s->start > n &&
		    r->text[s->end - n - 1] == ' ' &&
		    strncasecmp(r->text + s->end - n, r->text + t->start,
		    n) == 0)
			return 1;
	}
	return 0;
}

/* A capitalised word that no list lets be a name by itself ("Dalla",
 * "Durante", a month) as a span that counts only as the surname of a
 * person the text names in full; not a word of three letters or less
 * ("Il" of "Kim Jong Il"). */
static int
rec_surname_only(struct rec *r, size_t a)
{
	struct span s;
	const struct tok *t = &r->tl->v[a];

	if (t->end - t->start < 4 || (t->flags & T_UPPER) ||
	    !rec_subject_next(r, a + 1) || !rec_named_before(r, a))
		return 0;
	memset(&s, 0, sizeof(s));
	s.t0 = a;
	s.t1 = a + 1;
	s.start = t->start;
	s.end = t->end;
	s.weak = 1;
	s.surname_only = 1;
	return span_push(r->sl, &s);
}

/* 1 if the run at a names a minister's portfolio: "ministro degli
 * Esteri", "assessore alla Cultura", "viceministro delle
 * Infrastrutture", "Ministro per l'Università". */
static inline __attribute__((always_inline)) int
rec_portfolio(struct rec *r, size_t a)
{
	static const char *const of[] = { "di", "del", "della", "dello",
	    "dei", "degli", "delle", "dell'", "dell’", "alla", "allo", "ai",
	    "agli", "alle", "all'", "all’", "al", "for", "of", "the", NULL };
	static const char *const per[] = { "per", NULL };
	/* the first word of a ministry's name, never a minister's */
	static const char *const portfolios[] = { "esteri", "interno",
	    "difesa", "giustizia", "economia", "salute", "famiglia",
	    "affari", "sviluppo", "lavoro", "istruzione", "università",
	    "cultura", "ambiente", "turismo", "agricoltura",
	    "infrastrutture", "trasporti", "riforme", "disabilità",
	    "innovazione", "politiche", "rapporti", "transizione",
	    "imprese", "finanze", "tesoro", "pari", "beni", NULL };

	if (a < 2 || !(r->tl->v[a - 1].flags & T_LOWER) ||
	    (r->tl->v[a].flags & T_NL))
		return 0;
	if (rec_is(r, a - 1, of) && rec_minister(r, a - 2, 1))
		return 1;
	/* "ministro Famiglia e natalità", "ministro Affari regionali":
	 * a list of a government drops the article, not the portfolio */
	if (rec_minister(r, a - 1, 1) && rec_is(r, a, portfolios))
		return 1;
	/* "ministro per gli Affari regionali", "per l'Università" */
	return a >= 3 && rec_is(r, a - 1, rec_articles) &&
	    rec_is(r, a - 2, per) && rec_minister(r, a - 3, 1);
}

/* 1 if token k of the run [a, b) after a minister's title starts the
 * person after the portfolio: a given name ("Esteri" is a Finnish one
 * too, but not before another: "Esteri Massimo D'Alema"), or a word no
 * list has as a common one after the first ("Trasporti Matteoli"). */
static int
rec_portfolio_end(struct rec *r, size_t a, size_t k, size_t b)
{
	/* the portfolios of one word: a capitalised word after one is
	 * the minister's surname, even a word ("dei Trasporti Bianchi",
	 * "degli Esteri Lupi"); not an adjective that goes on with it
	 * ("Beni Culturali", "Sviluppo Economico") */
	static const char *const whole[] = { "esteri", "interno",
	    "difesa", "giustizia", "economia", "salute", "lavoro",
	    "istruzione", "cultura", "ambiente", "turismo", "agricoltura",
	    "infrastrutture", "trasporti", "tesoro", "finanze", "sanità",
	    NULL };
	unsigned f = rec_lx(r, k);

	if (k == a)
		return 0; /* "Esteri" of "degli Esteri Frattini", a
		           * Finnish given name too */
	if (k == a + 1 && k + 1 == b && rec_is(r, a, whole) &&
	    !(r->tl->v[k].flags & T_UPPER) && !rec_adj_form(r, k) &&
	    !(f & (LX_PLACE | LX_TOWN | LX_ORG | LX_ORGHEAD | LX_ORGTAIL |
	    LX_PLACEHEAD | LX_INST | LX_NOTNAME | LX_PTITLE)))
		return 1;
	if ((f & LX_GIVEN) && k + 1 < b && rec_is(r, k, whole))
		return 0; /* "Affari Esteri Frattini" */
	if (f & LX_GIVEN)
		return !((f & LX_COMMON) && k + 1 < b &&
		    (rec_lx(r, k + 1) & LX_GIVEN));
	return k > a && !(f & LX_COMMON) && !(k + 1 < b &&
	    (rec_lx(r, k + 1) & LX_GIVEN));
}

/* 1 if token i is a code of capitals and digits that no list knows
 * ("CO2", "H1N1", "N904", "QH24"): a formula, a virus, a bus line. */
static int
rec_code(struct rec *r, size_t i)
{
	const struct tok *t = &r->tl->v[i];

	if (!(t->flags & (T_UPPER | T_CAP)) ||
	    (rec_lx(r, i) & (LX_ORG | LX_PLACE | LX_TOWN)))
		return 0;
	for (size_t k = t->start; k < t->end; k++) {
		unsigned char c = (unsigned char)r->text[k];
		if (c >= '0' && c <= '9')
			return 1;
		if (c >= 'a' && c <= 'z')
			return 0; /* "Radio2", "La7": a name and a number */
	}
	return 0;
}

/* 1 if token i, after a plural article, is a word no list knows with
 * the form of an adjective: a people, a faith, a faction ("i
 * Palestinesi", "i Buddhisti", "gli Scissionisti"), no name; or, with
 * any article, a word no list knows ending as a faith or a follower
 * does ("Buddhismo", "Buddhista"). */
static int
rec_people(struct rec *r, size_t i)
{
	static const char *const plural[] = { "i", "gli", "le", "dei",
	    "degli", "delle", "ai", "agli", "alle", "dai", "dagli", "dalle",
	    "sui", "sugli", "sulle", "coi", "nei", "negli", "nelle", NULL };

	static const char *const ends[] = { "ista", "isti", "iste", "ismo",
	    "esimo", NULL };
	const struct tok *t = &r->tl->v[i];
	int faith = 0;

	if (i == 0 || (t->flags & T_UPPER) ||
	    (rec_lx(r, i) & (LX_GIVEN | LX_SURNAME | LX_PLACE | LX_TOWN |
	    LX_ORG | LX_PROPER | LX_INST | LX_ORGHEAD | LX_PLACEHEAD)))
		return 0;
	/* "la comunità Buddhista", "il Buddhismo": a faith, a follower */
	if (t->end - t->start >= 7 && tok_ends_with(r, t, ends))
		faith = 1;
	return faith || (rec_adj_form(r, i) && rec_is(r, i - 1, plural));
}

/* Racing series whose name comes before a race's: "F1 Gp Monaco". */
static const char *const rec_race_series[] = { "f1", "motogp", NULL };

/* 1 if the run [a, b) starts with the head of an event's name ("Premio
 * Strega", "Gran Premio della Cina"). */
static int
rec_event_head(struct rec *r, size_t a, size_t b)
{
	static const char *const gran[] = { "gran", "grand", "grande",
	    "prima", "seconda", "terza", NULL };

	if (rec_lx(r, a) & LX_EVHEAD)
		return 1;
	return a + 1 < b && (rec_is(r, a, gran) || rec_roman(r, a) ||
	    rec_is(r, a, rec_race_series)) &&
	    (rec_lx(r, a + 1) & LX_EVHEAD); /* "Seconda Guerra Mondiale",
	    "XV Giornata del Contemporaneo", "F1 Gp Monaco" */
}

/* 1 if the run [a, b) is a brand's product: a company or brand the
 * lists know and a word that names a product or a service of it
 * ("WhatsApp Pay", "Google Photos", "Apple Watch"), or a brand of
 * brands.txt and its model's number ("PlayStation 5"): a thing, no
 * body; not a service that is a branch of its own ("Apple Music"), nor
 * "Pro" ("Lega Pro" is a league). */
static int
rec_product(struct rec *r, size_t a, size_t b)
{
	static const char *const kinds[] = { "pay", "photos", "maps",
	    "eats", "max", "mini", "air", "lite", "ultra", "teams", "drive",
	    "docs", "translate", "earth", "assistant", "watch", "pods",
	    NULL };
	unsigned f = rec_lx(r, a);

	if (b - a != 2 || !(f & LX_ORG))
		return 0;
	if ((r->tl->v[b - 1].flags & T_DIGIT) && r->tl->v[b - 1].end -
	    r->tl->v[b - 1].start <= 2)
		return (f & LX_BRAND) && !(f & (LX_PLACE | LX_TOWN |
		    LX_COMMON));
	return rec_cap(r, b - 1) && rec_is(r, b - 1, kinds);
}

static int rec_run(struct rec *r, size_t a, size_t b);
static int rec_push_typed(struct rec *r, size_t a, size_t b,
    enum entity_type t, float score);

/* 1 if token i ends with "Festival" glued to a word before it
 * ("WineFestival", "JazzFestival"): an event's last word. */
static int
rec_glued_festival(const struct rec *r, size_t i)
{
	const struct tok *t = &r->tl->v[i];
	size_t n = t->end - t->start;
	const char *w = r->text + t->start;

	return n >= 10 && memcmp(w + n - 8, "Festival", 8) == 0 &&
	    w[n - 9] >= 'a' && w[n - 9] <= 'z';
}

/* An event's name [a, b) is no entity, but a place it is named after
 * with "di" is ("Festival di Sanremo", "Gran Premio della Cina"; not
 * "Giro d'Italia", "Coppa Italia"). */
static int
rec_event_rest(struct rec *r, size_t a, size_t b)
{
	static const char *const of[] = { "di", "del", "della", "dello",
	    "dei", "degli", "delle", NULL };
	static const char *const gp[] = { "gp", NULL };
	size_t k;

	if (a + 1 < b && rec_is(r, a, rec_race_series))
		a++; /* "F1 Gp Monaco": the series, then the race */
	k = a + 1;

	/* "Gp Messico", "Gp Las Vegas": the sports pages name a grand prix
	 * by its place without "di", and the place is one */
	if (k < b && rec_is(r, a, gp) && (rec_phrase(r, k, b) & (LX_PLACE |
	    LX_COUNTRY | LX_CITY)))
		return rec_run(r, k, b);
	/* "Merano WineFestival", "Torino Film Festival", "Merano Open":
	 * the town the event is named after is a place */
	if (b - a >= 2 && ((rec_lx(r, b - 1) & LX_EVTAIL) ||
	    rec_glued_festival(r, b - 1)) &&
	    (rec_lx(r, a) & (LX_CITY | LX_TOWN)) &&
	    !(rec_lx(r, a) & (LX_COMMON | LX_GIVEN | LX_SURNAME |
	    LX_EVHEAD | LX_ORG | LX_BRAND)) &&
	    !(r->tl->v[a].flags & T_UPPER) && !rec_cap(r, b))
		return rec_push_typed(r, a, a + 1, ENTITY_PLACE, 4);
	if (!(rec_lx(r, b - 1) & LX_EVTAIL))
		while (k < b && rec_cap(r, k))
			k++;
	if (k + 1 >= b || !rec_is(r, k, of))
		return 0;
	return rec_run(r, k + 1, b);
}

/* 1 if the n bytes at w are a surname with its elided particle glued
 * to a capital: "D'Alema", "D’Amato", "O'Shea", "Dell'Utri". */
static int
rec_elided_surname(const char *w, size_t n)
{
	static const char *const heads[] = { "D'", "O'", "Dell'", "D’",
	    "O’", "Dell’", NULL };

	if (w[0] != 'D' && w[0] != 'O')
		return 0; /* as every head starts: no strlen, no memcmp */
	for (int k = 0; heads[k]; k++) {
		size_t e = strlen(heads[k]);
		if (n > e + 2 && memcmp(w, heads[k], e) == 0)
			return w[e] >= 'A' && w[e] <= 'Z';
	}
	return 0;
}

/* 1 if token a, mid-sentence, has the shape of an Italian or a Slavic
 * surname ("Cavallini", "Petrucci", "Ferretti", "Zubkov", "Wolański"):
 * an unknown word so ending is a person named once more often than not. */
static int
rec_surname_form(const struct rec *r, size_t a)
{
	static const char *const ends[] = { "ini", "oni", "elli", "etti",
	    "otti", "ucci", "acci", "uzzi", "ov", "ev", "enko", "ski", "sky",
	    "vich", "ić", "ndi", "nzi", "rdi", "ldi", "zzi", "tti", "cchi",
	    "dri", "ova", "eva", "ez", "sen", "son", "berg", "stein", "mann",
	    "inho", NULL };
	const struct tok *t = &r->tl->v[a];
	size_t n = t->end - t->start;

	if (n >= 5 && n <= 20 && !(t->flags & (T_SENT | T_UPPER)) &&
	    rec_elided_surname(r->text + t->start, n))
		return 1; /* "D'Alema", "O'Shea", "Dell'Utri" */
	if (n < 6 || n > 20 || (t->flags & (T_SENT | T_UPPER)) ||
	    memcmp(r->text + t->end - 4, "ioni", 4) == 0)
		return 0; /* "Espulsioni", "Regioni": plural nouns */
	/* "Matteoli", "Bonazzoli"; not a Greek city's "-poli"
	 * ("Tangentopoli") nor "-coli" ("Ascoli") */
	if (n >= 7 && memcmp(r->text + t->end - 3, "oli", 3) == 0)
		return memcmp(r->text + t->end - 4, "poli", 4) != 0 &&
		    memcmp(r->text + t->end - 4, "coli", 4) != 0;
	return tok_ends_with(r, t, ends);
}

/* 1 if the one-word run [a, b) is a portfolio after the person who
 * holds it: "al", "alla", "all'" right after a person's name, then a
 * word that no list knows and that ends as an Italian abstract noun
 * does ("Bruno Discepolo all'Urbanistica", "Lia Corso alla
 * Internazionalizzazione"): the office given to the person, as a
 * council's new members are listed, no body. */
static int
rec_portfolio_of(struct rec *r, size_t a, size_t b)
{
	static const char *const and[] = { "e", "ed", NULL };
	const struct tok *t = r->tl->v;
	const struct span *p;
	size_t n, q = a - 1;

	if (b - a != 1 || a < 3 || rec_lx(r, a) != 0 || r->sl->n == 0 ||
	    !(t[a - 1].flags & T_LOWER) || !rec_is(r, a - 1, rec_datives))
		return 0;
	/* the last of several: "alla Ricerca e all'Internazionalizzazione" */
	while (q >= 4 && rec_is(r, q - 1, and) && rec_cap(r, q - 2) &&
	    (t[q - 3].flags & T_LOWER) && rec_is(r, q - 3, rec_datives))
		q -= 3;
	p = &r->sl->v[r->sl->n - 1];
	while (p > r->sl->v && p->t0 > q)
		p--; /* past the offices named before ("Ricerca") */
	if (p->t1 != q || p->t1 - p->t0 < 2 ||
	    p->score[ENTITY_PERSON] <= p->score[ENTITY_ORG] ||
	    p->score[ENTITY_PERSON] <= p->score[ENTITY_PLACE])
		return 0;
	n = t[a].end - t[a].start;
	return rec_noun_form(r->text + t[a].start, n) || (n >= 9 &&
	    memcmp(r->text + t[a].end - 6, "istica", 6) == 0);
}

/* 1 if the words [k, b), two or more after a work's name of one word
 * under a capitalised head, are a person's name: capitalised, none a
 * common word nor a head, tail or title, the first a given name or no
 * word the lists know ("Maglia Rosa Primož Roglič": the jersey, then
 * who wears it). */
static int
rec_wearer(struct rec *r, size_t k, size_t b)
{
	if (b < k + 2 || (rec_lx(r, k) & ~(unsigned)(LX_GIVEN |
	    LX_SURNAME)))
		return 0;
	for (size_t i = k; i < b; i++)
		if (!rec_cap(r, i) || (r->tl->v[i].flags & T_UPPER) ||
		    (rec_lx(r, i) & (LX_COMMON | LX_NOTNAME | LX_PTITLE |
		    LX_ORGHEAD | LX_PLACEHEAD | LX_INST | LX_ORG | LX_ORGTAIL |
		    LX_PLACE | LX_TOWN)))
			return 0;
	return 1;
}

/* 1 if [k, b) has the shape of a person's full name: a given name,
 * then capitalised words, the last a surname or no Italian word
 * ("Franco Marini", "Fausto Bertinotti"; not "Nazionale", "Vita
 * Consacrata"). */
static int
rec_full_name(struct rec *r, size_t k, size_t b)
{
	unsigned f = rec_lx(r, b - 1);

	if (b < k + 2 || !(rec_lx(r, k) & (LX_GIVEN | LX_GIVENWORD)))
		return 0;
	for (size_t i = k + 1; i < b; i++)
		if (!rec_cap(r, i) || (r->tl->v[i].flags & T_UPPER) ||
		    (rec_lx(r, i) & (LX_NOTNAME | LX_PTITLE | LX_ORGHEAD |
		    LX_PLACEHEAD | LX_INST | LX_ORG | LX_ORGTAIL)))
			return 0;
	return (f & LX_SURNAME) || !(f & LX_COMMON_IT);
}

/* 1 if the run [c, b) is one of the bodies a title names its holder
 * after ("Presidente della Repubblica", "del Consiglio", "del Senato",
 * "della Camera") and one word after it that is no adjective of the
 * body's name ("Consiglio Europeo", "Camera Ardente"): the holder's
 * surname, even if a common word ("Consiglio Prodi", "Camera Fico"). */
static int
rec_head_surname(struct rec *r, size_t c, size_t b)
{
	static const char *const heads[] = { "repubblica", "consiglio",
	    "senato", "camera", NULL };
	static const char *const adjs[] = { "superiore", "supremo",
	    "suprema", "ardente", "alta", "bassa", "bianca", "nera",
	    "rossa", "verde", "unico", "unica", "ceca", "slovacca", NULL };
	unsigned g;

	if (b != c + 2 || !rec_is(r, c, heads) || !rec_cap(r, c + 1) ||
	    (r->tl->v[c + 1].flags & (T_UPPER | T_DIGIT)) ||
	    rec_is(r, c + 1, adjs) || rec_roman(r, c + 1))
		return 0;
	g = rec_lx(r, c + 1);
	if (g & (LX_PLACE | LX_TOWN | LX_ORG | LX_INST | LX_NOTNAME |
	    LX_PTITLE | LX_ORGHEAD | LX_PLACEHEAD | LX_ORGTAIL | LX_BRAND))
		return 0;
	return !rec_adj_form(r, c + 1) || !(g & LX_COMMON);
}

/* After a title and "di", the end of the name of a body [c, k) that
 * the run [c, b) starts with, when a person follows it: the first of two
 * capitalised words side by side, where the body's name is no longer a
 * name the lists know ("Repubblica Ceca") and no adjective goes on with
 * it ("Corte Costituzionale Franco Bile"): "Presidente della Repubblica
 * Napolitano", "del Senato Franco Marini", "della Camera dei Deputati
 * Fausto Bertinotti", "dell'Onu Ban Ki-moon"; b if none. */
static size_t
rec_title_body_end(struct rec *r, size_t c, size_t b)
{
	unsigned f = rec_lx(r, c);

	if (rec_head_surname(r, c, b))
		return c + 1; /* "Presidente del Consiglio Prodi" */

	if (!(f & (LX_INST | LX_ORGHEAD | LX_ORG)) ||
	    (f & (LX_GIVEN | LX_SURNAME)) || !rec_cap(r, c))
		return b;
	for (size_t k = c + 1; k < b; k++) {
		if (!rec_cap(r, k) || !rec_cap(r, k - 1))
			continue;
		f = rec_lx(r, k);
		if ((rec_phrase(r, c, k + 1) & (LX_PLACE | LX_ORG | LX_TOWN)) ||
		    (k + 1 < b && rec_adj_form(r, k) &&
		    !(f & (LX_GIVEN | LX_SURNAME))) ||
		    (f & (LX_ORGTAIL | LX_NOTNAME | LX_PTITLE)) ||
		    (r->tl->v[k].flags & T_UPPER) || rec_roman(r, k) ||
		    ((f & (LX_PLACE | LX_TOWN | LX_ORG)) &&
		    !(f & (LX_GIVEN | LX_SURNAME))))
			continue;
		return rec_full_name(r, k, b) ? k : b;
	}
	return b;
}

/* After a title and "di" ("Presidente del Consiglio Prodi", "presidente
 * della Regione Nello Musumeci"), the token of the run [c, b) where the
 * person starts: the first given name after the body's first word,
 * with a word after it; b if none. */
static size_t
rec_title_person(struct rec *r, size_t c, size_t b)
{
	size_t k;
	unsigned f;

	if ((rec_phrase(r, c, b) & (LX_PLACE | LX_TOWN | LX_ORG)) ||
	    ((rec_lx(r, c) & LX_GIVEN) && !(r->tl->v[c].flags & T_UPPER)))
		return b; /* "arcivescovo di Buenos Aires", "figlio di
		           * George Floyd" */
	for (k = c + 1; k < b; k++) {
		f = rec_lx(r, k);
		if (k + 1 < b && rec_cap(r, k) && rec_cap(r, k - 1) &&
		    (f & LX_GIVEN) && !(f & (LX_PLACE | LX_ORG)) &&
		    (!(f & LX_COMMON) || (rec_cap(r, k + 1) &&
		    !(rec_lx(r, k + 1) & LX_COMMON))))
			return k; /* "Regione Nello Musumeci" */
	}
	return rec_title_body_end(r, c, b);
}

/* 1 if the run [i, b) is two words, the second capitalised and no
 * common word: a name even when the first is a word ("Xi Jinping"). */
static int
rec_name_of_two(struct rec *r, size_t i, size_t b)
{
	return b == i + 2 && rec_cap(r, i + 1) &&
	    !(r->tl->v[i + 1].flags & T_UPPER) &&
	    !(rec_lx(r, i + 1) & (LX_COMMON | LX_PTITLE | LX_ORGTAIL |
	    LX_ORGHEAD | LX_PLACEHEAD | LX_PLACETAIL | LX_INST));
}

/* 1 if token k of the run [k, b) is a second title of the person named
 * after it: "Saudi Energy Minister Prince Abdulaziz bin Salman"; not the
 * word of a body after a title ("General Assembly"). */
static int
rec_title_stacked(struct rec *r, size_t k, size_t b)
{
	const unsigned body = LX_ORGHEAD | LX_ORGTAIL | LX_INST |
	    LX_PLACEHEAD;

	if (k + 2 >= b || !(rec_lx(r, k) & LX_PTITLE) || !rec_cap(r, k + 1) ||
	    (r->tl->v[k + 1].flags & T_NL))
		return 0;
	if (rec_lx(r, k) & body) /* "Secretary General Jens Stoltenberg" */
		return (rec_lx(r, k + 1) & LX_GIVEN) &&
		    !(rec_lx(r, k + 1) & (body | LX_PTITLE | LX_COMMON));
	return !(rec_lx(r, k + 1) & (body | LX_PTITLE));
}

/* 1 if token i is a hyphen glued to the words on each side
 * ("Secretary-General"). */
static int
rec_glued_hyphen(const struct rec *r, size_t i)
{
	const struct tok *t = &r->tl->v[i];

	return i > 0 && i + 1 < r->tl->n && t->end - t->start == 1 &&
	    r->text[t->start] == '-' && t[-1].end == t->start &&
	    t[1].start == t->end;
}

/* The title after one to three capitalised words at the front of the
 * run [a, b) that a name follows ("Israeli Prime Minister Benjamin
 * Netanyahu": "Minister"; "South Korean Foreign Minister"), or a:
 * English puts the nationality, party or body before the title.  Not
 * where the words are a given name (unless a place's or a nationality's
 * too, "German", or in capitals, "US"), a title, a particle or an
 * elided word. */
static size_t
rec_title_front(struct rec *r, size_t a, size_t b)
{
	unsigned f, sur = 0;

	for (size_t k = a; k < b && k < a + 4; k++) {
		f = rec_lx(r, k);
		if (k > a && (f & LX_PTITLE) && rec_cap(r, k) &&
		    !(r->tl->v[k].flags & T_NL)) {
			size_t t0 = k;
			unsigned g;

			/* "Secretary-General", "Director General": one title */
			for (;;) {
				if (k + 2 < b && rec_glued_hyphen(r, k + 1) &&
				    (rec_lx(r, k + 2) & LX_PTITLE) &&
				    rec_cap(r, k + 2))
					k += 2;
				else if (k + 1 < b &&
				    (rec_lx(r, k + 1) & LX_PTITLE) &&
				    rec_cap(r, k + 1) &&
				    !(r->tl->v[k + 1].flags & T_NL) &&
				    !rec_title_stacked(r, k + 1, b))
					k++;
				else
					break;
			}
			g = k + 1 < b ? rec_lx(r, k + 1) : 0;

			/* "US Secretary of State"; "NATO Secretary-General"
			 * split from the given name after it */
			if (k + 1 == b)
				return !sur && b < r->tl->n &&
				    (((r->tl->v[b].flags & T_LOWER) &&
				    rec_is(r, b, rec_links)) ||
				    (rec_cap(r, b) && (rec_lx(r, b) & LX_GIVEN) &&
				    !(r->tl->v[b].flags & T_NL))) ? t0 : a;
			/* a name follows, not a body's word ("United
			 * Nations General Assembly" is one); a given name
			 * if a surname may come before ("Draghi
			 * Presidente") */
			if (!rec_cap(r, k + 1) || rec_is(r, k + 1, rec_links) ||
			    ((g & (LX_PTITLE | LX_ORGHEAD | LX_ORGTAIL |
			    LX_INST | LX_PLACEHEAD)) &&
			    !rec_title_stacked(r, k + 1, b)) || ((g & LX_COMMON) &&
			    !(g & (LX_GIVEN | LX_SURNAME)) &&
			    !rec_name_of_two(r, k + 1, b)) ||
			    (sur && !(g & LX_GIVEN)))
				return a;
			return t0;
		}
		if (!rec_cap(r, k) || (f & (LX_PTITLE | LX_PARTICLE)) ||
		    ((f & (LX_GIVEN | LX_GIVENWORD)) &&
		    !(f & (LX_PLACE | LX_DEMONYM)) &&
		    !(r->tl->v[k].flags & T_UPPER)) ||
		    (r->tl->v[k].flags & (T_DIGIT | T_ELIDED)))
			return a;
		/* "German", "French" are surnames too, but before a title
		 * a nationality */
		if ((f & LX_SURNAME) && !(f & (LX_PLACE | LX_DEMONYM)))
			sur = 1;
	}
	return a;
}

/* 1 if the run [a, b), three words or more, ends with a body's last
 * word that is no person's name: a title first is part of the body's
 * name ("Lord Buddha Foundation", "Queen Mary University"). */
static int
rec_tail_named(struct rec *r, size_t a, size_t b)
{
	unsigned f = rec_lx(r, b - 1);

	return b - a >= 3 && (f & LX_ORGTAIL) &&
	    !(f & (LX_GIVEN | LX_SURNAME));
}

/* Trim the titles at the front of the run [*a, b) ("Presidente Napolitano";
 * "Don Milani" keeps its title: *keep); where a title and "di" name a
 * body and then a person ("Presidente del Consiglio Prodi"), the body is
 * a run of its own and the run goes on with the person. */
/* The words of a chamber's side before a title ("Senate Majority
 * Leader", "House Minority Whip"): part of the office, not the body. */
static const char *const rec_sides[] = { "majority", "minority", NULL };

static int
rec_titles(struct rec *r, size_t *a, size_t b, int *title, int *keep)
{
	size_t k;

	if ((k = rec_title_front(r, *a, b)) == *a + 1 &&
	    rec_named_after(r, *a, k + 1))
		return 0; /* "Via Principe Amedeo": the street's name */
	if (k > *a) {
		/* "French President Emmanuel Macron", "Democratic Senator
		 * Bernie Sanders", "Senate Majority Leader Chuck Schumer":
		 * what comes before the title qualifies it and is not the
		 * person's name; a body or a place among it is one of its
		 * own */
		unsigned g, h, w = 0;
		size_t e;

		if (k - *a >= 2 && (r->tl->v[*a].flags & T_SENT) &&
		    (rec_lx(r, *a) & LX_NOTNAME))
			(*a)++; /* "The EU High Representative Josep Borrell" */
		g = rec_phrase(r, *a, k);
		h = rec_lx(r, *a);
		e = *a;

		for (size_t i = *a; i < k; i++)
			w |= rec_lx(r, i);
		if (((g & (LX_PLACE | LX_ORG)) && !(g & LX_GIVEN)) ||
		    (k - *a >= 2 && (w & (LX_ORGHEAD | LX_INST | LX_ORGTAIL))))
			e = k; /* "EU Commission President" */
		else if (((h & (LX_PLACE | LX_ORG | LX_ORGHEAD | LX_INST)) &&
		    !(h & (LX_GIVEN | LX_COMMON))) ||
		    (r->tl->v[*a].flags & T_UPPER))
			e = *a + 1; /* "Paris Mayor", "US Secretary" */
		while (e > *a + 1 && rec_is(r, e - 1, rec_sides))
			e--; /* "Senate Majority Leader": the Senate */
		if (e > *a && rec_run(r, *a, e) < 0)
			return -1;
		*a = k;
	}
	if (b - *a >= 2 && rec_cap(r, *a + 1) &&
	    (rec_phrase(r, *a, *a + 2) & LX_PTITLE)) {
		*title = 1; /* "Santo Padre", "Sua Santità": a title of two
		             * words, alone or before a name */
		*a += 2;
	}
	while (b - *a >= 2 && (rec_lx(r, *a) & LX_PTITLE) &&
	    !(rec_phrase(r, *a, b) & (LX_PLACE | LX_ORG | LX_TOWN)) &&
	    !rec_tail_named(r, *a, b) &&
	    !((rec_lx(r, *a + 1) & (LX_ORGHEAD | LX_ORGTAIL | LX_INST)) &&
	    (rec_lx(r, *a + 1) & LX_COMMON) && !(rec_lx(r, *a + 1) &
	    (LX_GIVEN | LX_SURNAME)))) {
		/* not the adjective of a body's name: "General Assembly",
		 * "General Council" */
		*title = 1;
		if (rec_is(r, *a, rec_name_titles)) {
			*keep = 1; /* "Don Milani" */
			return 0;
		}
		(*a)++;
		rec_trim_links(r, a, b);
	}
	if (*a + 1 < b && ((*a >= 2 && (r->tl->v[*a - 1].flags & T_LOWER) &&
	    (rec_is(r, *a - 1, rec_head_links) ||
	    rec_is(r, *a - 1, rec_head_links_art)) &&
	    (rec_lx(r, *a - 2) & LX_PTITLE) && !rec_portfolio(r, *a)) ||
	    (*a >= 1 && (rec_lx(r, *a - 1) & LX_PTITLE) &&
	    (r->tl->v[*a].flags & T_UPPER) &&
	    (rec_lx(r, *a) & (LX_PLACE | LX_ORG)))) &&
	    (k = rec_title_person(r, *a, b)) < b) {
		/* "Presidente USA George W. Bush" too */
		size_t n0 = r->sl->n;
		if (rec_run(r, *a, k) < 0)
			return -1;
		if (r->sl->n > n0 && r->sl->v[n0].t0 == *a &&
		    r->sl->v[n0].t1 == k && !r->sl->v[n0].weak) {
			/* "giornalista di Euronews Jack Parrock": a body */
			r->sl->v[n0].lone = 0;
			r->sl->v[n0].score[ENTITY_ORG] += 1.5f;
		}
		*a = k;
		*title = 1;
	}
	return 0;
}

/* 1 if a list of capitalised one-word items goes on from token b: a
 * comma, then capitalised words each followed by a comma, and at last
 * "e" or "ed" and a capitalised word, all in one line ("Bricolo e
 * Pistorio" after "Gasparri,"). */
static int
rec_list_ahead(const struct rec *r, size_t b)
{
	const struct tok *t = r->tl->v;
	size_t n = r->tl->n, k = b;

	for (int items = 0; items < 8; items++) {
		if (k + 2 >= n || t[k].end - t[k].start != 1 ||
		    r->text[t[k].start] != ',' || (t[k + 1].flags & T_NL))
			return 0;
		k++;
		if (!(t[k].flags & T_CAP) || (t[k].flags & T_UPPER) ||
		    (t[k + 1].flags & T_NL))
			return 0;
		k++;
		/* "Bricolo e Pistorio": the list ends */
		if (k + 1 < n && (t[k].flags & T_LOWER) &&
		    ((t[k].end - t[k].start == 1 && r->text[t[k].start] ==
		    'e') || (t[k].end - t[k].start == 2 &&
		    memcmp(r->text + t[k].start, "ed", 2) == 0)) &&
		    !(t[k + 1].flags & T_NL) && (t[k + 1].flags & T_CAP) &&
		    !(t[k + 1].flags & T_UPPER))
			return 1;
	}
	return 0;
}

/* 1 if the one-word run [a, b) is an item of a list ("Prodi, Monti e
 * Letta": a comma or "e" on one side) and a word that may be a surname:
 * no title, no head of a body or a place, no word capitalised by habit;
 * 2 if it is a common word too ("Prodi"); else 0. */
static inline __attribute__((always_inline)) int
rec_listed(struct rec *r, size_t a, size_t b)
{
	static const char *const seps[] = { ",", "e", "ed", "and", NULL };
	const struct tok *t = &r->tl->v[a];

	if (b - a != 1 || t->end - t->start < 3 ||
	    (t->flags & (T_UPPER | T_DIGIT)) ||
	    ((t->flags & T_SENT) && rec_lx(r, a) != 0) ||
	    (rec_lx(r, a) & (LX_NOTNAME | LX_PTITLE | LX_INST | LX_ORGHEAD |
	    LX_PLACEHEAD | LX_PARTICLE | LX_WORKHEAD | LX_EVHEAD)))
		return 0;
	static const char *const ends[] = { ",", "e", "ed", "and", ":", ";",
	    ".", "(", ")", NULL };
	/* a list's first item after a bare preposition: "di Coppi e
	 * Bartali", "per Prodi, Monti e Letta" */
	static const char *const preps[] = { "di", "a", "ad", "da", "per",
	    "con", "tra", "fra", "of", "by", "with", "between", NULL };
	int before = a == 0 || (r->tl->v[a].flags & T_NL) ||
	    rec_is(r, a - 1, ends) || ((r->tl->v[a - 1].flags & T_LOWER) &&
	    rec_is(r, a - 1, preps));
	int after = b >= r->tl->n || (r->tl->v[b].flags & T_NL) ||
	    rec_is(r, b, ends);

	/* both sides end an item, one of them by a comma or "e" */
	if (!before || !after || !((a > 0 && rec_is(r, a - 1, seps)) ||
	    (b < r->tl->n && rec_is(r, b, seps))))
		return 0;
	return (rec_lx(r, a) & LX_COMMON) && !(rec_lx(r, a) & (LX_GIVEN |
	    LX_SURNAME | LX_PROPER)) ? 2 : 1;
}

/* 1 if the run [a, b) starts mid-sentence with a capitalised article
 * and a capitalised word: the article is part of a name, a newspaper's
 * or a band's more often than not ("su Il Giornale", "con Il Volo"). */
static inline __attribute__((always_inline)) int
rec_titled(struct rec *r, size_t a, size_t b)
{
	static const char *const arts[] = { "il", "lo", "la", "gli", "le",
	    NULL };
	const struct tok *t = &r->tl->v[a];

	return b - a >= 2 && a > 0 && (t->flags & T_CAP) &&
	    !(t->flags & (T_SENT | T_UPPER | T_NL)) && rec_is(r, a, arts) &&
	    (r->tl->v[a + 1].flags & T_CAP) &&
	    !(r->tl->v[a + 1].flags & T_UPPER) &&
	    !(rec_lx(r, a + 1) & LX_PTITLE); /* ", Il Presidente Obama" */
}

/* Social networks and messaging services: where a text names one as
 * the medium of a message, it names no actor. */
static const char *const rec_platforms[] = {
	"twitter", "facebook", "instagram", "youtube", "whatsapp", "tiktok",
	"telegram", "snapchat", "linkedin", "myspace", "flickr", "skype",
	"reddit", "pinterest", "tumblr", "wechat", "weibo", "twitch",
	"messenger", "mastodon", "bluesky", NULL
};

/* 1 if token a is a social network named as a medium: after "su",
 * "tramite", "via", or a noun such as "pagina", "profilo", "account"
 * with or without "di" ("su Facebook", "sul profilo Instagram",
 * "l'account di Twitter"), and the next of a list of them ("su
 * Facebook e Twitter"); not as an actor ("Twitter ha annunciato",
 * "società come Google e Facebook"). */
static int
rec_medium(struct rec *r, size_t a)
{
	static const char *const preps[] = { "su", "sul", "tramite", "via",
	    "attraverso", "on", NULL };
	static const char *const nouns[] = { "pagina", "pagine", "profilo",
	    "profili", "account", "canale", "social", "network", "blog",
	    "post", "video", "messaggio", "messaggi", "chat", "gruppo",
	    "app", "piattaforma", "diretta", "sito", NULL };
	static const char *const of[] = { "di", "del", "su", "sul", NULL };
	static const char *const and[] = { "e", "o", "and", "or", NULL };
	size_t p = a - 1;

	if (a == 0 || !rec_is(r, a, rec_platforms) ||
	    !(r->tl->v[p].flags & T_LOWER) || (r->tl->v[a].flags & T_NL))
		return 0;
	if (rec_is(r, p, preps) || rec_is(r, p, nouns))
		return 1;
	if (p > 0 && rec_is(r, p, and) && rec_medium(r, p - 1))
		return 1; /* "su Facebook e Twitter" */
	return p > 0 && rec_is(r, p, of) &&
	    (r->tl->v[p - 1].flags & T_LOWER) && rec_is(r, p - 1, nouns);
}

/* 1 if the run [a, b) names a state by its form of government, its
 * official name ("Repubblica Italiana", "Repubblica Popolare Cinese",
 * "Repubblica di Macedonia"): the state as a body, not a territory; not
 * the few states whose everyday name is such ("Repubblica Ceca",
 * "Repubblica Dominicana", "Repubblica Democratica del Congo"). */
static inline __attribute__((always_inline)) int
rec_polity(struct rec *r, size_t a, size_t b)
{
	static const char *const heads[] = { "repubblica", NULL };
	static const char *const common[] = { "ceca", "dominicana",
	    "centrafricana", "democratica", NULL };

	return b - a >= 2 && (r->tl->v[a].flags & T_CAP) &&
	    rec_is(r, a, heads) && !rec_is(r, a + 1, common);
}

/* 1 if the last word i of a name is an initial, "Jr" or a dotted
 * abbreviation whose full stop follows it: the stop belongs to the name
 * ("Simon B.", "Floyd Mayweather Jr.", "U.S."; not the regnal number of
 * "Umberto I."). */
static int
rec_abbrev_end(const struct rec *r, size_t i)
{
	static const char *const sfx[] = { "jr", "sr", NULL };
	const struct tok *t = &r->tl->v[i], *d = t + 1;

	return ((rec_initial(r, i) && !rec_roman(r, i)) ||
	    rec_is(r, i, sfx) || rec_is(r, i, rec_legal_dotted) ||
	    memchr(r->text + t->start, '.', t->end - t->start) != NULL) &&
	    d->start == t->end && d->end == d->start + 1 &&
	    r->text[d->start] == '.';
}

/* Buildings whose names stand for the bodies that sit in them. */
static const char *const rec_seats[] = { "quirinale", "montecitorio",
	"cremlino", "eliseo", "vaticano", "viminale", "farnesina",
	"pentagono", "campidoglio", "colle", NULL };

/* Words of halls, theatres, stadiums, museums and hotels: a name with
 * one first or last, where one goes or is, is the building, whatever
 * company runs it ("si è esibito al Teatro Pergolesi", "la serata al
 * Dolby Theatre"); not "club" nor "forum", whose names are bodies as
 * often. */
static const char *const rec_venues[] = { "teatro", "theatre",
	"theater", "arena", "auditorium", "dome", "palazzetto", "palasport",
	"stadio", "stadium", "museo", "museum", "cinema", "hotel", NULL };

/* 1 if a part of a building and "di" come just before token a: "l'aula
 * di Montecitorio", "nello studio del Quirinale", "il prato della Casa
 * Bianca", "le luci della Casa Bianca": a seat so named is the
 * building, not the body that sits in it. */
static int
rec_part_of(struct rec *r, size_t a)
{
	static const char *const of[] = { "di", "del", "della", "dello",
	    "dell'", "dell’", NULL };
	static const char *const parts[] = { "aula", "aule", "studio",
	    "studi", "sala", "sale", "salone", "stanza", "stanze", "giardino",
	    "giardini", "prato", "green", "cortile", "facciata", "balcone",
	    "balconi", "loggia", "luci", "tetto", "ingresso", "ingressi",
	    "cancello", "cancelli", "scalinata", "scale", "portone",
	    "corridoio", "corridoi", "palazzo", "edificio", "ala", "finestre",
	    "interno",
	    "finestra", "mura", "recinzione", "piazzale", "tetti",
	    NULL };

	return a >= 2 && (r->tl->v[a - 1].flags & T_LOWER) &&
	    rec_is(r, a - 1, of) && !(r->tl->v[a - 1].flags & T_NL) &&
	    rec_is(r, a - 2, parts) && !(r->tl->v[a - 2].flags & T_UPPER);
}

/* 1 if the run [a, b) names the seat of a body as the place someone goes
 * to or is in: a building of the list, a venue, or a two-word seat ("Casa
 * Bianca", "Palazzo Chigi") after "a", "in" or "presso" with or without
 * an article ("salito al Quirinale", "davanti alla Casa Bianca"), or a
 * part of it after ("l'aula di Montecitorio"); as the subject or the
 * owner of something it is the body ("il Cremlino ha detto", "il
 * portavoce del Quirinale"). */
static inline __attribute__((always_inline)) int
rec_seat(struct rec *r, size_t a, size_t b)
{
	static const char *const at[] = { "a", "al", "alla", "all'", "all’",
	    "in", "nel", "nella", "nell'", "nell’", "presso", NULL };
	static const char *const heads[] = { "casa", "palazzo", NULL };

	if (a == 0 || (!((r->tl->v[a - 1].flags & T_LOWER) &&
	    rec_is(r, a - 1, at)) && !rec_part_of(r, a)) ||
	    (r->tl->v[a].flags & T_NL))
		return 0;
	if (b - a == 1)
		return rec_is(r, a, rec_seats);
	if (rec_is(r, a, rec_venues) || rec_is(r, b - 1, rec_venues))
		return 1; /* "al Teatro Pergolesi", "al Dolby Theatre" */
	return b - a == 2 && rec_is(r, a, heads) &&
	    (rec_phrase(r, a, b) & LX_ORG);
}

/* 1 if token a and the one digit after it name a television or radio
 * channel: a broadcaster or a channel's word and its number ("Rai 3",
 * "RAI 2", "Canale 5", "Italia 1", "France 2"); not a quantity ("la Rai
 * 3 milioni", "Rai 2 anni fa"), a score or a medal count ("Italia 2 a
 * 1", "Italia 3 ori"). */
static int
rec_channel(struct rec *r, size_t a)
{
	static const char *const words[] = { "rai", "canale", "rete",
	    "italia", "antenna", "france", "kanal", "channel", "radio",
	    "tele", "tv", NULL };
	static const char *const units[] = { "mila", "milioni", "miliardi",
	    "anni", "volte", "euro", "giorni", "ore", "punti", "minuti",
	    "per", "a", "oro", "ori", "argento", "argenti", "bronzo",
	    "bronzi", "medaglia", "medaglie", "gol", "reti", "vittorie",
	    "%", ",", ".", "-", "–", "/", NULL };
	static const char *const italia[] = { "italia", NULL };
	const struct tok *t = &r->tl->v[a];

	if (a + 1 >= r->tl->n || t[1].end - t[1].start != 1 ||
	    !(t[1].flags & T_DIGIT) || t[1].start != t->end + 1 ||
	    (t[1].flags & T_NL) || r->text[t[1].start] == '0' ||
	    !((rec_lx(r, a) & LX_ORG) || rec_is(r, a, words)) ||
	    (rec_is(r, a, italia) && r->text[t[1].start] != '1'))
		return 0; /* "Italia 1" only: "Italia 2, Francia 1" */
	/* "Rai 3," ends a clause: a channel; "Rai 3,5" is a number */
	if (a + 2 < r->tl->n && t[2].start == t[1].end &&
	    (t[2].flags & T_WORD))
		return 0;
	return a + 2 >= r->tl->n || !rec_is(r, a + 2, units) ||
	    (t[2].start == t[1].end && (r->text[t[2].start] == ',' ||
	    r->text[t[2].start] == '.') && (a + 3 >= r->tl->n ||
	    !(t[3].flags & T_DIGIT) || t[3].start != t[2].end));
}

/* 1 if token a is an Italian province's code in brackets after a town
 * of the towns list: "Cornaredo (MI)", "Capaccio (SA)"; not a party
 * after a person or a region ("Miccoli (PD)", "Marche (FI)"). */
static int
rec_province(struct rec *r, size_t a)
{
	const struct tok *t = &r->tl->v[a];

	return a >= 2 && a + 1 < r->tl->n && t->end - t->start == 2 &&
	    (t->flags & T_UPPER) && (rec_lx(r, a) & LX_PROVCODE) &&
	    t[-1].end == t->start && t[-1].end - t[-1].start == 1 &&
	    r->text[t[-1].start] == '(' && t[1].start == t->end &&
	    t[1].end - t[1].start == 1 && r->text[t[1].start] == ')' &&
	    rec_cap(r, a - 2) && !(r->tl->v[a - 2].flags & T_UPPER) &&
	    (rec_lx(r, a - 2) & (LX_TOWN | LX_GIVEN | LX_SURNAME)) == LX_TOWN;
}

/* 1 if token b is a "!" glued to the name before it and a lower-case
 * word follows in the same sentence, or a mark that no "!" ending a
 * sentence comes before (",", ":", ";", "(", ")", "."): the mark is
 * part of the name ("Yahoo! ha comprato", "Jeopardy! è", "di Yahoo!
 * (6,43 miliardi)", "vuole Yahoo!: sul piatto"). */
static int
rec_bang(const struct rec *r, size_t b)
{
	static const char marks[] = ",:;().";
	const struct tok *t = &r->tl->v[b];

	if (b == 0 || b + 1 >= r->tl->n || t->end - t->start != 1 ||
	    r->text[t->start] != '!' || t->start != t[-1].end ||
	    (t[1].flags & T_NL))
		return 0;
	if (t[1].end - t[1].start == 1 && !(t[1].flags & T_WORD) &&
	    strchr(marks, r->text[t[1].start]) != NULL)
		return 1;
	return t[1].start > t->end && (t[1].flags & T_LOWER);
}

/* 1 if token a, all capitals, is a unit after a number ("32 GB",
 * "6.000 MW", "alle 12.30 BST"), no body; so is a short word of no
 * vowel in mixed case there ("1 GHz", "11 Kw", "1 Gbps").  (An
 * abbreviation in brackets after lower-case words is often a body's:
 * "organizzazione mondiale della sanità (OMS)".) */
static int
rec_not_acronym(struct rec *r, size_t a)
{
	const struct tok *t = &r->tl->v[a];

	return a > 0 && ((t->flags & T_UPPER) || (t->end - t->start <= 4 &&
	    rec_no_vowel(r, a))) && (t[-1].flags & T_DIGIT) &&
	    !(t->flags & T_NL) &&
	    !(rec_lx(r, a) & (LX_ORG | LX_PLACE | LX_BRAND));
}

/* 1 if token i is a channel's or a newscast's name and its number in
 * one word ("TG1", "Tg5", "Rai3", "Rete4"): a broadcaster, no code. */
static int
rec_channel_word(struct rec *r, size_t i)
{
	static const char *const heads[] = { "tg", "rai", "rete", "canale",
	    "radio", "gr", NULL };
	const struct tok *t = &r->tl->v[i];
	size_t k = t->start, n;
	char buf[LX_FOLD_MAX];

	while (k < t->end && !(r->text[k] >= '0' && r->text[k] <= '9'))
		k++;
	if (k == t->start || k == t->end || k - t->start > 8)
		return 0;
	for (size_t d = k; d < t->end; d++)
		if (r->text[d] < '0' || r->text[d] > '9')
			return 0;
	if (t->end - k > 2)
		return 0; /* "Tg2024" */
	n = lx_fold(r->text + t->start, k - t->start, buf, sizeof(buf));
	if (n == 0)
		return 0;
	buf[n] = '\0';
	for (int h = 0; heads[h]; h++)
		if (strcmp(buf, heads[h]) == 0)
			return 1;
	return 0;
}

/* 1 if token b is a year glued by a space to the name before it
 * ("Rio 2016", "Palio di Provenzano 2012"). */
static int
rec_year_after(const struct rec *r, size_t b)
{
	const struct tok *t;
	const char *w;

	if (b >= r->tl->n)	/* the run ends the text */
		return 0;
	t = &r->tl->v[b];
	w = r->text + t->start;
	return t->end - t->start == 4 &&
	    !(t->flags & T_NL) && ((w[0] == '1' && w[1] == '9') ||
	    (w[0] == '2' && w[1] == '0')) && w[2] >= '0' && w[2] <= '9' &&
	    w[3] >= '0' && w[3] <= '9' && (b + 1 >= r->tl->n ||
	    r->tl->v[b + 1].start > t->end || !(r->tl->v[b + 1].flags &
	    T_DIGIT));
}

/* 1 if the run [a, b) of two words or more starts with a capitalised
 * Italian word that is no name of any list: "Scelta Civica", "Nuovo
 * Centrodestra", "Passo Corese", "Zona Verde". */
static int
rec_word_first(struct rec *r, size_t a, size_t b)
{
	unsigned f = rec_lx(r, a);

	return b - a >= 2 && rec_cap(r, a) && !(r->tl->v[a].flags & T_UPPER) &&
	    (f & LX_COMMON_IT) && !(f & (LX_GIVEN | LX_GIVENWORD |
	    LX_SURNAME | LX_PARTICLE | LX_PTITLE)) &&
	    !rec_is(r, a, rec_surname_particles);
}

/* English function words, capitalised only inside a title (not "I",
 * "A": initials, numerals). */
static const char *const rec_en_function[] = { "all", "my", "your",
	"his", "her", "our", "their", "is", "are", "was", "were", "am", "be",
	"me", "you", "we", "they", "it", "how", "what", "who", "why",
	"when", "not", "no", "do", "does", "can", "will", "this", "that",
	"to", "in", "on", "at", "for", "with", "from", "by", "or", "but",
	NULL };

/* 1 if a word of the run [a, b) after the first is an English function
 * word, capitalised: the title of a song, a film, a game ("Saving All
 * My Love", "Will I Know", "Fly Me To The Moon"), no person's name. */
static int
rec_english_title(struct rec *r, size_t a, size_t b)
{
	for (size_t i = a + 1; i < b; i++)
		if ((r->tl->v[i].flags & T_CAP) &&
		    !(r->tl->v[i].flags & T_UPPER) &&
		    rec_is(r, i, rec_en_function))
			return 1;
	return 0;
}

/* 1 if a lower-case possessive comes just before token a: "i nostri
 * Colleghi", "la mia Onlus", "la sua Hyundai" name a thing, a body,
 * no person (Italian says "sua moglie Maria", never "sua Maria"). */
static int
rec_possessed(const struct rec *r, size_t a)
{
	static const char *const poss[] = { "mio", "mia", "miei", "mie",
	    "tuo", "tua", "tuoi", "tue", "suo", "sua", "suoi", "sue",
	    "nostro", "nostra", "nostri", "nostre", "vostro", "vostra",
	    "vostri", "vostre", "loro", "my", "your", "his", "her", "our",
	    "their", NULL };

	return a > 0 && (r->tl->v[a - 1].flags & T_LOWER) &&
	    !(r->tl->v[a].flags & T_NL) && rec_is(r, a - 1, poss);
}

/* "in" and a singular definite article. */
static const char *const rec_in_articles[] = { "nel", "nello", "nella",
	"nell'", "nell’", NULL };

/* 1 if a singular definite article comes just before the run [a, b)
 * of two words or more: Italian puts none before a person's full name
 * ("Mario Rossi ha detto", "la Rossi"), so "la Mavi Marmara", "il Wanda
 * Metropolitano", "al pronto soccorso del Maria Vittoria", "della
 * Nissan Maxima" name a ship, a stadium, a hospital, a car; not a
 * surname with its particle ("la De Filippi"), nor a family ("i Di
 * Lauro", plural). */
static inline __attribute__((always_inline)) int
rec_article_full(struct rec *r, size_t a, size_t b)
{
	return b - a >= 2 && a > 0 && (r->tl->v[a - 1].flags & T_LOWER) &&
	    !(r->tl->v[a].flags & T_NL) && rec_cap(r, a) &&
	    !(r->tl->v[a].flags & T_UPPER) && rec_cap(r, a + 1) &&
	    rec_is(r, a - 1, rec_sing_articles) &&
	    !rec_is(r, a, rec_surname_starts) &&
	    !rec_is(r, a, rec_surname_particles);
}

/* 1 if a masculine singular article, alone or in a preposition, comes
 * just before the one word a that the text has not named in full
 * before: Italian puts none before a man's name, so "il Mac", "sul
 * Vesuvio", "del Drago" name a thing, a place, a team; a surname takes
 * one only as the text's second mention of it ("Marco Zanon ... il
 * Zanon").  Not "al", the Arabic article too ("al Baghdadi"). */
static inline __attribute__((always_inline)) int
rec_article_one(struct rec *r, size_t a, size_t b)
{
	static const char *const arts[] = { "il", "lo", "del", "dello",
	    "dal", "dallo", "nel", "nello", "sul", "sullo", "col", NULL };

	return b - a == 1 && a > 0 && (r->tl->v[a - 1].flags & T_LOWER) &&
	    !(r->tl->v[a].flags & (T_NL | T_UPPER)) && rec_cap(r, a) &&
	    rec_is(r, a - 1, arts) && !rec_named_before(r, a);
}

/* 1 if token i is a number with the ordinal's letter glued to it
 * ("15º", "6ª"). */
static int
rec_ordinal_number(const struct rec *r, size_t i)
{
	const struct tok *t = &r->tl->v[i];
	size_t n = t->end - t->start;
	const char *w = r->text + t->start;

	if (!(t->flags & T_DIGIT) || n < 3 || (unsigned char)w[n - 2] != 0xC2 ||
	    ((unsigned char)w[n - 1] != 0xBA && (unsigned char)w[n - 1] != 0xAA))
		return 0;
	for (size_t k = 0; k < n - 2; k++)
		if (w[k] < '0' || w[k] > '9')
			return 0;
	return 1;
}

/* Nouns of the units an army, a police or a city numbers: "il 15º
 * Stormo", "la 3ª Brigata", "il 9º Reggimento", "il 2º Municipio". */
static const char *const rec_unit_nouns[] = { "stormo", "stormi",
	"reggimento", "brigata", "battaglione", "divisione", "flottiglia",
	"squadriglia", "squadra", "legione", "armata", "flotta", "reparto",
	"corpo", "gruppo", "nucleo", "compagnia", "municipio", "circoscrizione",
	"sezione", "distretto", NULL };

/* After a number with its ordinal's letter, the run [a, b) that starts
 * with an Italian word naming no person, event nor work: 2 if the word
 * is a unit's noun, a numbered unit ("il 15º Stormo"), else 1, a
 * numbered thing ("la 20ª Costituzione"); never a person, whom an
 * ordinal ranks only before a given name ("1º Mario Rossi").  0 if
 * not so. */
static int
rec_numbered_unit(struct rec *r, size_t a, size_t b)
{
	unsigned f;

	if (a == 0 || b <= a || (r->tl->v[a].flags & (T_NL | T_UPPER)) ||
	    !rec_cap(r, a) || !rec_ordinal_number(r, a - 1))
		return 0;
	f = rec_lx(r, a);
	if (!(f & LX_COMMON_IT) || (f & (LX_GIVEN | LX_SURNAME | LX_PLACE |
	    LX_TOWN | LX_EVHEAD | LX_WORKHEAD | LX_NOTNAME | LX_PTITLE)) ||
	    (rec_phrase(r, a, b) & (LX_PLACE | LX_ORG | LX_TOWN)))
		return 0;
	return rec_is(r, a, rec_unit_nouns) ? 2 : 1;
}

/* The figures of the great religions, named by a word Italian also
 * has as a common noun or none of the lists knows as a name ("Dio",
 * "Cristo", "Allah"): capitalised, they name one being, whom news
 * speaks of as of a person ("davanti a Dio", "il nome di Cristo"). */
static const char *const rec_divine[] = { "dio", "gesù", "cristo",
	"allah", "maometto", "madonna", "buddha", "budda", "geova", "yahweh",
	"jahvè", "jesus", "god", NULL };

/* 1 if the capitalised run [a, b) is one of those figures, or two of
 * them ("Gesù Cristo"); not "Dio" at a sentence's start before a
 * capital ("Dio Padre" is one name and stays one). */
static inline __attribute__((always_inline)) int
rec_figure(struct rec *r, size_t a, size_t b)
{
	if (b - a > 2)
		return 0;
	for (size_t i = a; i < b; i++)
		if (!rec_cap(r, i) || (r->tl->v[i].flags & T_UPPER) ||
		    !rec_is(r, i, rec_divine))
			return 0;
	return 1;
}

/* 1 if the one word [a, b) is "Cavaliere" capitalised after a lower-case
 * article or article-preposition, with no "di" after it: Italian news
 * names Silvio Berlusconi so ("il Cavaliere ha detto", "il partito del
 * Cavaliere"), a person; the honour itself takes "di" and what it is of
 * ("Cavaliere del Lavoro", "Cavaliere della Repubblica"). */
static int
rec_cavaliere(struct rec *r, size_t a, size_t b)
{
	static const char *const word[] = { "cavaliere", NULL };
	static const char *const arts[] = { "il", "del", "al", "dal", "nel",
	    "sul", "col", NULL };
	static const char *const of[] = { "di", "del", "della", "dello",
	    "dei", "degli", "delle", "dell'", "dell’", "d'", "d’", NULL };

	return b == a + 1 && a > 0 && rec_cap(r, a) &&
	    !(r->tl->v[a].flags & (T_UPPER | T_NL)) &&
	    (r->tl->v[a - 1].flags & T_LOWER) && rec_is(r, a, word) &&
	    rec_is(r, a - 1, arts) && !(b < r->tl->n && rec_is(r, b, of));
}

/* Indefinite articles. */
static const char *const rec_indefinite[] = { "un", "una", "uno", "un'",
	"un’", NULL };

/* 1 if the run [a, b) is all a quotation's text: quotes glued to it on
 * both sides ("la nave \"Fedra\"", "il lido « La Sirenella »" with
 * spaces inside too). */
static int
rec_quoted(const struct rec *r, size_t a, size_t b)
{
	static const char *const open[] = { "\"", "“", "«", NULL };
	static const char *const close[] = { "\"", "”", "»", NULL };

	return a > 0 && b < r->tl->n && rec_is(r, a - 1, open) &&
	    rec_is(r, b, close) && !(r->tl->v[a].flags & T_NL) &&
	    !(r->tl->v[b].flags & T_NL);
}

/* 1 if the run [a, b) is a nation's adjective and a title, nothing
 * more ("French President", "German Chancellor", "the Turkish Foreign
 * Minister"): an office, whoever holds it. */
static int
rec_demonym_title(struct rec *r, size_t a, size_t b)
{
	int dem = 0;

	if (b - a >= 3 && (r->tl->v[a].flags & T_SENT) &&
	    (rec_lx(r, a) & LX_NOTNAME))
		a++; /* "The French President said" */
	if (b - a < 2 || b - a > 4 || !(rec_lx(r, b - 1) & LX_PTITLE))
		return 0;
	for (size_t k = a; k < b; k++) {
		unsigned f = rec_lx(r, k);
		if (f & LX_DEMONYM)
			dem = 1;
		else if (!(f & LX_PTITLE) && !(k > a && k + 1 < b &&
		    (f & (LX_COMMON_EN | LX_COMMON_IT)) &&
		    !(f & (LX_PLACE | LX_ORG | LX_GIVEN | LX_SURNAME))))
			return 0;
	}
	return dem && (rec_lx(r, a) & LX_DEMONYM);
}

/* Where an office ends the run [a, b) in English, no name after it: the
 * end of what comes before its title, which may be a body or a place of
 * its own ("UN Special Representative": "UN"), a when that is nothing or
 * one common word, the office's portfolio ("the Home Secretary", "the
 * Schools Secretary", "Deputy Prime Minister"); b where the run is no
 * such office.  The title is a title of the lists and the words that
 * qualify one ("Special", "Deputy", "High"). */
static size_t
rec_office_en(struct rec *r, size_t a, size_t b)
{
	static const char *const quals[] = { "special", "deputy", "high",
	    "acting", "interim", "senior", "assistant", "vice", "shadow",
	    "junior", "permanent", "principal", "chief", "financial",
	    "executive", "operating", "technology", "information",
	    "marketing", NULL };
	static const char *const goes_on[] = { "for", "of", "to", NULL };
	size_t t0 = b;
	unsigned f;

	if (!r->en || b - a < 2 || b - a > 5 || !(rec_lx(r, b - 1) & LX_PTITLE) ||
	    (b < r->tl->n && rec_is(r, b, goes_on)))
		return b; /* "the UN High Commissioner for Refugees" */
	if ((r->tl->v[a].flags & T_SENT) && (rec_lx(r, a) & LX_NOTNAME) &&
	    !rec_english_un(r, a))
		a++; /* "The Home Secretary" */
	while (t0 > a && ((rec_lx(r, t0 - 1) & LX_PTITLE) ||
	    rec_is(r, t0 - 1, quals)) && !(r->tl->v[t0 - 1].flags & T_UPPER))
		t0--;
	if (t0 == b || rec_tail_named(r, a, b))
		return b;
	if (t0 == a)
		return a;
	f = rec_lx(r, a);
	if (t0 == a + 1 && (f & LX_COMMON_EN) && !(r->tl->v[a].flags &
	    T_UPPER) && !(f & (LX_PLACE | LX_ORG | LX_TOWN | LX_COUNTRY |
	    LX_GIVEN | LX_SURNAME | LX_DEMONYM | LX_INST | LX_ORGHEAD)))
		return a; /* a portfolio: "Home", "Health", "Schools" */
	return t0;
}

/* 1 if the run [a, b) is an English common word and a title cut off
 * by the title's stop from the name it goes with ("Police Sgt. Mona
 * Perkins", "Fire Capt. Leo Vance"): the rank of the person after it,
 * no body. */
static int
rec_service_title(struct rec *r, size_t a, size_t b)
{
	unsigned f;
	size_t k = b;

	if (b - a != 2 || !(rec_lx(r, a + 1) & LX_PTITLE))
		return 0;
	f = rec_lx(r, a);
	if (!(f & LX_COMMON_EN) || (f & (LX_ORG | LX_GIVEN | LX_SURNAME |
	    LX_PTITLE | LX_DEMONYM | LX_COUNTRY)))
		return 0;
	if (k < r->tl->n && r->tl->v[k].end - r->tl->v[k].start == 1 &&
	    r->text[r->tl->v[k].start] == '.' &&
	    r->tl->v[k].start == r->tl->v[b - 1].end)
		k++;
	return k < r->tl->n && k > b && rec_cap(r, k) &&
	    !(r->tl->v[k].flags & T_NL);
}

/* 1 if token a is the English plural of initials that name no one: a
 * title's or a common noun's, as the lists know the initials ("MPs",
 * "CEOs", "NGOs"; not "UNs"). */
static int
rec_common_plural(struct rec *r, size_t a)
{
	const struct tok *t = &r->tl->v[a];
	const char *w = r->text + t->start;
	size_t n = t->end - t->start;

	if (n < 3 || n > 8 || w[n - 1] != 's')
		return 0;
	for (size_t k = 0; k + 1 < n; k++)
		if (w[k] < 'A' || w[k] > 'Z')
			return 0;
	return (lx_word(r->lx, w, n - 1) & (LX_NOTNAME | LX_PTITLE)) != 0;
}

/* 1 if the run [a, b) is a person's initials with the age after them,
 * as Italian crime news names a suspect or a victim: "A.M., 41enne",
 * "G.R. di 35 anni", "M.T., 52 anni": a person, not an acronym. */
static int
rec_initials_aged(struct rec *r, size_t a, size_t b)
{
	static const char *const dot[] = { ".", NULL };
	static const char *const comma[] = { ",", NULL };
	static const char *const di[] = { "di", NULL };
	static const char *const anni[] = { "anni", NULL };
	const struct tok *t = r->tl->v;
	const char *w = r->text + t[a].start;
	size_t n = t[a].end - t[a].start, k;

	/* the word is "A.M", its last point a token of its own */
	if (b - a != 1 || (n != 3 && n != 5) || b + 1 >= r->tl->n ||
	    !rec_is(r, b, dot) || t[b].start != t[a].end)
		return 0;
	for (k = 0; k < n; k += 2)
		if (w[k] < 'A' || w[k] > 'Z' || (k + 1 < n && w[k + 1] != '.'))
			return 0;
	if (a > 0 && (t[a - 1].flags & (T_LOWER | T_DIGIT)) &&
	    rec_age_noun(r, a - 1))
		return 1; /* "il 35enne G.R." */
	k = b + 1;
	if (rec_is(r, k, comma) || rec_is(r, k, di))
		k++;
	if (k >= r->tl->n || (t[k].flags & T_NL))
		return 0;
	if (rec_age_noun(r, k))
		return 1;
	return (t[k].flags & T_DIGIT) && k + 1 < r->tl->n &&
	    rec_is(r, k + 1, anni);
}

/* 1 if the run [a, b), in an Italian text, is two initials with their
 * points ("M.M", its last point a token of its own) that no list knows,
 * and no capitalised word nor number after them: Italian news names a
 * suspect or a minor so ("contro M.M., che", "le iniziali (O.T.)");
 * not "J.K. Rowling", "A.S. Roma", "B.G. 2". */
static int
rec_initials_person(struct rec *r, size_t a, size_t b)
{
	static const char *const dot[] = { ".", NULL };
	const struct tok *t = r->tl->v;
	const char *w = r->text + t[a].start;
	size_t k = b + 1;

	if (r->en || b - a != 1 || t[a].end - t[a].start != 3 ||
	    b >= r->tl->n || !rec_is(r, b, dot) || t[b].start != t[a].end ||
	    w[0] < 'A' || w[0] > 'Z' || w[1] != '.' || w[2] < 'A' ||
	    w[2] > 'Z' || rec_lx(r, a) != 0)
		return 0;
	char two[2] = { w[0], w[2] };
	if (lx_word(r->lx, two, 2) & (LX_ORG | LX_PLACE | LX_COUNTRY |
	    LX_NOTNAME | LX_BRAND))
		return 0; /* "U.N.", "U.S.", "U.K.": a body's, a state's
		           * initials */
	return k >= r->tl->n || (t[k].flags & T_NL) ||
	    !(rec_cap(r, k) || (t[k].flags & T_DIGIT));
}

/* 1 if the run [a, b) is one word that names a party to a case in
 * English law reports, before or after "v", "v." or "vs" and a
 * capitalised word ("Smith v Police Service for Northern Ireland",
 * "Brown v. Board of Education", "R v Hollis"): a surname, though
 * "in" comes before it; not a name the lists know as a body's or a
 * place's ("England v France": two teams). */
static int
rec_case_party(struct rec *r, size_t a, size_t b)
{
	static const char *const vs[] = { "v", "vs", NULL };
	static const char *const dot[] = { ".", NULL };
	const struct tok *t = r->tl->v;
	size_t k;

	if (!r->en || b - a != 1 ||
	    (rec_lx(r, a) & (LX_ORG | LX_PLACE | LX_TOWN | LX_CITY |
	    LX_COUNTRY | LX_NOTNAME | LX_COMMON_EN)))
		return 0; /* "England v France": two teams */
	/* before: "Smith v X" */
	k = b;
	if (k + 1 < r->tl->n && (t[k].flags & T_LOWER) && rec_is(r, k, vs)) {
		k++;
		if (rec_is(r, k, dot) && t[k].start == t[k - 1].end)
			k++;
		if (k < r->tl->n && rec_cap(r, k) && !(t[k].flags & T_NL))
			return 1;
	}
	/* after: "X v Smith" */
	k = a;
	if (k >= 2 && rec_is(r, k - 1, dot) && t[k - 1].start == t[k - 2].end)
		k--;
	return k >= 2 && (t[k - 1].flags & T_LOWER) && rec_is(r, k - 1, vs) &&
	    rec_cap(r, k - 2) && !(t[k - 1].flags & T_NL);
}

/* 1 if the run [a, b), in English, is named as a place by the common
 * noun of a settlement or a part of one, in lower case, before it with
 * "of" ("the village of Kalvi", "the town of Marvi") or after it ("the
 * Marvi neighbourhood", "the Kalvi area", "Kalvi police station"),
 * whatever else its words could be. */
static int
rec_locality_en(struct rec *r, size_t a, size_t b)
{
	static const char *const of[] = { "of", NULL };
	static const char *const before[] = { "village", "villages", "town",
	    "towns", "hamlet", "suburb", "district", "county", "province",
	    "island", "port", "municipality", "township", "region", NULL };
	static const char *const after[] = { "neighbourhood",
	    "neighborhood", "area", "areas", "district", "village", "suburb",
	    "locality", "tehsil", "taluk", "township", "town", "police",
	    NULL };
	const struct tok *t = r->tl->v;

	if (!r->en)
		return 0;
	if (a >= 2 && (t[a - 1].flags & T_LOWER) &&
	    (t[a - 2].flags & T_LOWER) && !(t[a].flags & T_NL) &&
	    rec_is(r, a - 1, of) && rec_is(r, a - 2, before))
		return 1;
	return b < r->tl->n && (t[b].flags & T_LOWER) &&
	    !(t[b].flags & T_NL) && rec_is(r, b, after);
}

/* The type of what a noun names, when the run at token a follows it and
 * "called", "named" or their Italian ("a man called X", "una società
 * chiamata X", "un paese di nome X"): the noun says a person, a body or
 * a place, whatever else the name could be ("a person called Clare", a
 * county too); ENTITY_OTHER if no such noun. */
static enum entity_type
rec_called(struct rec *r, size_t a)
{
	static const char *const called[] = { "called", "named", "chiamato",
	    "chiamata", "chiamati", "chiamate", NULL };
	static const char *const di[] = { "di", NULL };
	static const char *const nome[] = { "nome", NULL };
	static const char *const persons[] = { "person", "man", "woman",
	    "boy", "girl", "child", "son", "daughter", "friend", "brother",
	    "sister", "husband", "wife", "teenager", "student", "uomo",
	    "donna", "ragazzo", "ragazza", "bambino", "bambina", "figlio",
	    "figlia", "amico", "amica", "fratello", "sorella", "marito",
	    "moglie", "signore", "signora", "studente", "studentessa", NULL };
	static const char *const places[] = { "town", "village", "city",
	    "island", "river", "paese", "città", "villaggio", "località",
	    "frazione", "isola", "fiume", NULL };
	const struct tok *t = r->tl->v;
	size_t q;

	if (a < 2 || !(t[a - 1].flags & T_LOWER))
		return ENTITY_OTHER;
	if (rec_is(r, a - 1, called))
		q = a - 2;
	else if (a >= 3 && rec_is(r, a - 1, nome) && rec_is(r, a - 2, di))
		q = a - 3;
	else
		return ENTITY_OTHER;
	if (!(t[q].flags & T_LOWER) || (t[q + 1].flags & T_NL))
		return ENTITY_OTHER;
	if (rec_is(r, q, persons))
		return ENTITY_PERSON;
	if (rec_org_noun(r, q) || rec_is(r, q, rec_firm_nouns))
		return ENTITY_ORG; /* the nouns of bodies and firms */
	if (rec_is(r, q, places))
		return ENTITY_PLACE;
	return ENTITY_OTHER;
}

/* 1 if the run [a, b) is followed by a change in per cent in brackets,
 * as a market report lists shares: "Ferrari (-0,6%)", "Moncler
 * (+1,2 %)", "Tenaris (+3.8%)": a listed company. Out of brackets the
 * change needs its sign, glued to the number, and may follow "a":
 * "Tim +2,1%", "Bper Banca -2%", "Saipem a +3,3%" ("Lega 8%" is a
 * poll's, and "Roma, 30%" no name's). */
static int
rec_share_move(struct rec *r, size_t a, size_t b)
{
	static const char *const open[] = { "(", NULL };
	static const char *const close[] = { ")", NULL };
	static const char *const pct[] = { "%", NULL };
	static const char *const signs[] = { "+", "-", "−", "–", NULL };
	static const char *const at[] = { "a", NULL };
	const struct tok *t = r->tl->v;
	size_t k = b;

	(void)a;
	if (k + 3 >= r->tl->n || (t[k].flags & T_NL))
		return 0;
	if (!rec_is(r, k, open)) {
		if (rec_is(r, k, at) && !(t[k + 1].flags & T_NL))
			k++;
		if (k + 2 >= r->tl->n || !rec_is(r, k, signs) ||
		    (t[k + 1].flags & T_NL) || t[k].end != t[k + 1].start ||
		    !(t[k + 1].flags & T_DIGIT))
			return 0;
		for (k++; k < r->tl->n && k - b < 6 && !rec_is(r, k, pct) &&
		    !(t[k].flags & T_NL); k++)
			if (!(t[k].flags & T_DIGIT) &&
			    t[k].end - t[k].start != 1)
				return 0; /* digits, a comma or a point */
		return k < r->tl->n && rec_is(r, k, pct) &&
		    t[k - 1].end == t[k].start;
	}
	k++;
	if (rec_is(r, k, signs))
		k++;
	/* the number: digits, a comma or a point, digits */
	if (k >= r->tl->n || !(t[k].flags & T_DIGIT))
		return 0;
	while (k < r->tl->n && !rec_is(r, k, pct) && !rec_is(r, k, close) &&
	    k - b < 6)
		k++;
	return k + 1 < r->tl->n && rec_is(r, k, pct) &&
	    rec_is(r, k + 1, close);
}

/* 1 if the run [a, b) is the credit of wire copy: a word or two in
 * brackets, a dash after them, on a line that starts with the dateline
 * a few words before ("BEIJING, March 3 (Xinhua) --", "TOKYO (Kyodo)
 * -", "Roma, 6 set. (askanews) –"): the agency, whatever else its name
 * may be (Xinhua is a town too). */
static int
rec_wire_credit(struct rec *r, size_t a, size_t b)
{
	static const char *const open[] = { "(", NULL };
	static const char *const close[] = { ")", NULL };
	static const char *const comma[] = { ",", NULL };
	const struct tok *t = r->tl->v;
	size_t k, n;
	int upper = 1;

	if (a < 2 || b + 1 >= r->tl->n || b - a > 2 || !rec_is(r, a - 1, open) ||
	    !rec_is(r, b, close) ||
	    !tok_dash(r->text + t[b + 1].start, t[b + 1].end - t[b + 1].start) ||
	    (t[b + 1].flags & T_NL))
		return 0;
	for (k = a - 1; k > 0 && a - k < 10; k--)
		if (t[k].flags & T_NL)
			break;
	if ((k > 0 && !(t[k].flags & T_NL)) || !(t[k].flags & T_CAP))
		return 0;
	/* the city: capitalised words, then the bracket if they are in
	 * capitals ("TOKYO (Kyodo)"), else a comma and a date */
	for (n = 0; k < a - 1 && n < 3 && (t[k].flags & T_CAP); k++, n++)
		upper &= (t[k].flags & T_UPPER) != 0;
	if (n == 0)
		return 0;
	if (k == a - 1)
		return upper;
	if (!rec_is(r, k, comma) || a - 1 - k > 5)
		return 0;
	for (k++; k < a - 1; k++)
		if (t[k].flags & T_DIGIT)
			return 1;
	return 0;
}

/* 1 if the run [a, b) stands alone in brackets, or first in a bracketed
 * list, just after a person's name of two words or more: the person's
 * party, team or company ("Anna Finocchiaro (PD)", "Michael Schumacher
 * (Ferrari)", "Luca Zaia (LN, FI)"); not a place the lists know, which
 * says where the person is from ("Clancy (Irlanda)"), nor a title or
 * an institution's common noun ("(Governo)"). */
/* 1 if the bracket closing at token b has a figure after it, a
 * table's score or time ("(Cagliari) 6.50", "(Mercedes) +0.829"). */
static int
rec_figure_after(struct rec *r, size_t b)
{
	const struct tok *t = r->tl->v;
	size_t k = b + 1;

	if (k < r->tl->n && t[k].end - t[k].start == 1 &&
	    (r->text[t[k].start] == '+' || r->text[t[k].start] == '-'))
		k++;
	return r->text[t[b].start] == ')' && k < r->tl->n &&
	    (t[k].flags & T_DIGIT) && !(t[k].flags & T_NL);
}

static int
rec_affiliation(struct rec *r, size_t a, size_t b)
{
	const struct tok *t = r->tl->v;
	const struct span *p;
	unsigned f;

	if (a < 3 || b >= r->tl->n || r->sl->n == 0 || b - a > 4 ||
	    t[a - 1].end - t[a - 1].start != 1 ||
	    r->text[t[a - 1].start] != '(' || t[a].start != t[a - 1].end ||
	    t[b].start != t[b - 1].end || t[b].end - t[b].start != 1 ||
	    (r->text[t[b].start] != ')' && r->text[t[b].start] != ','))
		return 0;
	p = &r->sl->v[r->sl->n - 1];
	if (p->t1 != a - 1 || p->t1 - p->t0 < 2 || p->weak ||
	    p->score[ENTITY_PERSON] <= p->score[ENTITY_ORG] ||
	    p->score[ENTITY_PERSON] <= p->score[ENTITY_PLACE])
		return 0;
	if (rec_lx(r, a) & (LX_PTITLE | LX_NOTNAME | LX_INST))
		return 0; /* "(Presidente)", "(Governo)": no name */
	f = b - a == 1 ? rec_lx(r, a) : rec_phrase(r, a, b);
	if (b - a == 1 && (f & LX_CITY) && !(f & (LX_COUNTRY | LX_PROVCODE)) &&
	    rec_figure_after(r, b))
		return 2; /* "Aldo Brenni (Cagliari) 6.50": a table's
		           * club; "Mario Rossi (Milano) ieri" is where */
	return !(f & (LX_PLACE | LX_TOWN | LX_PROVCODE)) || (f & LX_ORG);
}

/* 1 if token i is the present of an Italian verb whose infinitive the
 * word list has: "-a" of "-are", "-e" of "-ere" ("ratifica",
 * "vince"; not "televisiva", "civile"), though it looks like an
 * adjective. */
static int
rec_present(struct rec *r, size_t i)
{
	const struct tok *t = &r->tl->v[i];
	char buf[48];
	size_t n = t->end - t->start;
	char last = r->text[t->end - 1];

	if (n < 4 || n + 3 > sizeof(buf) || (last != 'a' && last != 'e'))
		return 0;
	memcpy(buf, r->text + t->start, n);
	if (last == 'a') {
		memcpy(buf + n, "re", 2);
		n += 2;
	} else {
		memcpy(buf + n - 1, "ere", 3);
		n += 2;
	}
	return (lx_word(r->lx, buf, n) & LX_COMMON_IT) != 0;
}

/* 1 if token i, lower case, may be the verb of the name before it: a
 * word that is no function word, adverb, adjective nor participle ("la
 * Grecia ratifica", "l'Italia ottiene", "gli Stati Uniti escono"; not
 * "l'Italia è", "l'Italia intera", "la Cina settentrionale", "l'Italia
 * colpita"). */
static int
rec_verb_like(struct rec *r, size_t i)
{
	static const char *const not_verbs[] = { "era", "sarà", "sarebbe",
	    "sono", "sia", "possa", "invece", "comunque", "quindi", "poi",
	    "ancora", "più", "meno", "molto", "solo", "fino", "prima",
	    "intera", "intero", "tutta", "tutto", "stessa", "stesso", NULL };
	static const char *const participles[] = { "ato", "ata", "ati",
	    "ate", "uto", "uta", "ito", "ita", NULL };
	const struct tok *t = &r->tl->v[i];

	if (!(t->flags & T_LOWER) || (t->flags & T_NL) ||
	    t->end - t->start < 2 || (rec_lx(r, i) & LX_NOTNAME) ||
	    rec_is(r, i, not_verbs))
		return 0;
	return rec_present(r, i) || (!rec_adj_form(r, i) &&
	    !tok_ends_with(r, t, participles));
}

/* 1 if token a is an Italian compound with "nova" (new) after a noun
 * of the language: "Terranova", "Villanova", "Casanova" name a place, a
 * ship or an Italian family, no Slavic woman, whose "-ova" follows a
 * masculine "-ov" ("Ivanova", "Baranova": "Iva", "Bara" are given
 * names). */
static int
rec_nova_compound(struct rec *r, size_t a)
{
	const struct tok *t = &r->tl->v[a];
	size_t n = t->end - t->start;
	unsigned f;

	if (n < 7 || memcmp(r->text + t->end - 4, "nova", 4) != 0)
		return 0;
	f = lx_word(r->lx, r->text + t->start, n - 4);
	return (f & LX_COMMON_IT) && !(f & LX_GIVEN);
}

/* 1 if the one word [a, b) is a woman's surname of Slavic shape, in
 * "-ova", "-eva", "-skaja", "-skaya", after a feminine article alone or
 * in a preposition: Italian news names a woman by her surname with the
 * article ("la Sharapova", "della Petrova"), and no place nor firm is
 * named so; nor is an Italian compound with "nova" ("la Terranova", a
 * ship). */
static int
rec_fem_surname(struct rec *r, size_t a, size_t b)
{
	static const char *const fem[] = { "la", "della", "alla", "dalla",
	    "sulla", "nella", "colla", NULL };
	static const char *const ends[] = { "ova", "eva", "skaja", "skaya",
	    NULL };
	const struct tok *t = &r->tl->v[a];

	return b == a + 1 && a > 0 && (r->tl->v[a - 1].flags & T_LOWER) &&
	    !(t->flags & (T_NL | T_UPPER)) && t->end - t->start >= 6 &&
	    rec_is(r, a - 1, fem) && tok_ends_with(r, t, ends) &&
	    !(rec_lx(r, a) & (LX_PLACE | LX_TOWN | LX_ORG | LX_COMMON |
	    LX_NOTNAME)) && !rec_nova_compound(r, a);
}

/* 1 if a comma comes before token a and, before it, a lower-case
 * person's title, "di" (or a form of it) and a name: "il sindaco di
 * Vallerano, Piera Ostuni, ha firmato", "il presidente della Regione
 * Lazio, Ada Brill": the name after the comma is the title's holder,
 * set off as an apposition, a person whatever its words are. */
static int
rec_title_apposition(struct rec *r, size_t a)
{
	static const char *const of[] = { "di", "del", "della", "dello",
	    "dei", "degli", "delle", "dell'", "dell’", "d'", "d’", NULL };
	size_t k;

	if (a < 5 || r->tl->v[a - 1].end - r->tl->v[a - 1].start != 1 ||
	    r->text[r->tl->v[a - 1].start] != ',' ||
	    (r->tl->v[a].flags & (T_NL | T_SENT)))
		return 0;
	k = a - 2;
	if (!rec_cap(r, k) && !(r->tl->v[k].flags & T_UPPER))
		return 0;
	/* back over the name: capitalised words and the links inside it */
	for (int n = 0; k > 1 && n < 8 && (rec_cap(r, k) ||
	    ((r->tl->v[k].flags & T_LOWER) && rec_is(r, k, rec_links) &&
	    rec_cap(r, k - 1))); n++)
		k--;
	return k >= 1 && (r->tl->v[k].flags & T_LOWER) && rec_is(r, k, of) &&
	    (r->tl->v[k - 1].flags & T_LOWER) &&
	    (rec_lx(r, k - 1) & LX_PTITLE);
}

/* 1 if a verb of saying, in the present or a participle, comes just
 * before the one word [a, b) and nothing capitalised after it: the
 * speaker, whose name is said after the quote in Italian news ("- dice
 * Grasso -", "ha dichiarato Muti in una nota", "ha aggiunto Dudallah"),
 * a person though a common word or a name no list knows; not a name of
 * more words ("lo sostiene Verde Futuro Comune"), nor one a list knows
 * as a body's or a brand's or shaped as one ("dice Legambiente"). */
static int
rec_said_by(struct rec *r, size_t a, size_t b)
{
	static const char *const say[] = { "dice", "dichiara", "afferma",
	    "spiega", "sostiene", "commenta", "racconta", "aggiunge",
	    "ribadisce", "replica", "osserva", "precisa", "sottolinea",
	    "conclude", "ammette", "rivela", "insiste", "avverte", "incalza",
	    "detto", "dichiarato", "affermato", "spiegato", "sostenuto",
	    "commentato", "raccontato", "aggiunto", "ribadito", "replicato",
	    "osservato", "precisato", "sottolineato", "concluso", "ammesso",
	    "rivelato", "avvertito", NULL };
	unsigned f = rec_lx(r, a);

	return a > 0 && b == a + 1 && !r->en &&
	    (r->tl->v[a - 1].flags & T_LOWER) &&
	    !(r->tl->v[a].flags & (T_NL | T_UPPER)) &&
	    rec_is(r, a - 1, say) &&
	    !(f & (LX_PTITLE | LX_INST | LX_ORGHEAD | LX_PLACEHEAD |
	    LX_NOTNAME | LX_ORG | LX_BRAND | LX_PLACE | LX_COUNTRY)) &&
	    !rec_company_word(r, a) && !rec_head_compound(r, a) &&
	    !(b < r->tl->n && rec_cap(r, b));
}

/* 1 if the run [a, b) is a state after a definite article and before a
 * verb: the state acts, as a government or a team ("la Grecia ratifica
 * l'accordo", "l'Italia ottiene il vantaggio"); where something is
 * takes a bare preposition ("in Italia"). */
static int
rec_state_acts(struct rec *r, size_t a, size_t b)
{
	static const char *const the[] = { "il", "lo", "la", "l'", "l’",
	    "i", "gli", "le", NULL };

	return a > 0 && b < r->tl->n && rec_is(r, a - 1, the) &&
	    ((b - a == 1 ? rec_lx(r, a) : rec_phrase(r, a, b)) &
	    LX_COUNTRY) && rec_verb_like(r, b);
}

/* 1 if token a is a capitalised web address's name ("Repubblica.it",
 * "Megaupload.com", "SpaceWeather.com"): a site, the company or the
 * paper that runs it, no person nor place. */
static int
rec_site(const struct rec *r, size_t a)
{
	static const char *const tlds[] = { ".com", ".it", ".org", ".net",
	    ".eu", ".info", ".tv", ".fr", ".de", ".es", ".co.uk", NULL };
	const struct tok *t = &r->tl->v[a];
	const char *dot = memchr(r->text + t->start, '.', t->end - t->start);

	return dot != NULL && (t->flags & T_CAP) && dot > r->text + t->start &&
	    tok_ends_with(r, t, tlds);
}

/* 1 if the run [a, b) starts with an ordinal that is a given name too
 * ("Primo", "Terzo", "Sesto") before a capitalised given name or an
 * Italian word that is no name: a rank or a number ("Terzo Allan Davis"
 * in a results list, "Primo Ministro", "Terzo Mondo", "Primo Maggio"),
 * no person; not a name the lists know ("Sesto Fiorentino") nor a
 * surname after it ("Primo Levi"). */
static inline __attribute__((always_inline)) int
rec_ordinal_first(struct rec *r, size_t a, size_t b)
{
	unsigned f;

	if (b - a < 2 || !rec_is(r, a, rec_ordinals) ||
	    (r->tl->v[a].flags & T_UPPER) || !rec_cap(r, a + 1) ||
	    (r->tl->v[a + 1].flags & T_UPPER) ||
	    (rec_phrase(r, a, b) & (LX_PLACE | LX_ORG | LX_TOWN)) ||
	    (rec_phrase(r, a, a + 2) & (LX_PLACE | LX_ORG | LX_TOWN)))
		return 0;
	f = rec_lx(r, a + 1);
	if ((f & LX_GIVEN) && !(f & LX_COMMON))
		return b - a >= 3; /* "Terzo Allan Davis"; not "Primo
		                    * Carnera" alone */
	/* "Quarto Pol Espargaró": a name of two words or more whose first
	 * is a person's name of any list and no Italian word */
	if (b - a >= 3 && (f & (LX_GIVEN | LX_SURNAME)) &&
	    !(f & (LX_COMMON_IT | LX_PLACE | LX_TOWN | LX_ORG | LX_NOTNAME |
	    LX_PTITLE)))
		return 1;
	if (f == 0 && rec_noun_form(r->text + r->tl->v[a + 1].start,
	    r->tl->v[a + 1].end - r->tl->v[a + 1].start))
		return 1; /* "Primo Emendamento", a word the list lacks */
	return (f & LX_COMMON_IT) && !(f & (LX_GIVEN | LX_SURNAME |
	    LX_PLACE | LX_TOWN | LX_PROPER));
}

/* 1 if the run [a, b) is a common word and a Roman numeral, no name of
 * a king or a pope: a part of a law, a council, a sequel, a model
 * ("Titolo VII", "Concilio Vaticano I", "Mini II"); not a given name
 * nor a name of some kind ("Paolo VI", "Benedetto XVI", "Pio IX"), nor
 * a body or a place ("Brigata XXVIII", "Regione IX"). */
static int
rec_numbered(struct rec *r, size_t a, size_t b)
{
	unsigned f = rec_lx(r, a);

	return b - a >= 2 && rec_roman(r, b - 1) && (f & LX_COMMON) &&
	    !(f & (LX_GIVEN | LX_GIVENWORD | LX_SURNAME | LX_PROPER |
	    LX_PLACE | LX_TOWN | LX_ORGHEAD | LX_PLACEHEAD | LX_INST |
	    LX_EVHEAD)) && !(r->tl->v[a].flags & T_UPPER) &&
	    !(rec_phrase(r, a, b) & (LX_PLACE | LX_ORG | LX_TOWN));
}

/* 1 if token i, in either case, is the adjective of a town that Italian
 * makes the name of the land around it, after "nel", "del", "dal",
 * "sul", "nell'" ("un incidente nel trevigiano", "i comuni del
 * Bresciano", "nel Veronese"; not after "dell'", where such a word is
 * as often a team's name): its stem, four letters or more, and a vowel
 * are a town the lists know (Treviso, Brescia, Verona; not "sul
 * divano"); not before a name ("del milanese Mario Rossi", a
 * person from there), nor a body or a place the lists know of its own
 * (a team's). */
static int
rec_territory(struct rec *r, size_t i)
{
	static const char *const in_the[] = { "nel", "del", "dal", "sul",
	    "nell'", "nell’", NULL };
	static const char *const ends[] = { "ese", "ense", "ano", "ino",
	    NULL };
	static const char *const after[] = { "e", "ed", "o", "tra", "in",
	    "a", "dove", NULL };
	const struct tok *t = &r->tl->v[i];
	char buf[64], last;
	size_t n, e, k;

	if (t->end - t->start < 7)
		return 0; /* four letters and "ese" at least */
	last = r->text[t->end - 1];
	if (last != 'e' && last != 'o')
		return 0;
	if (i == 0 || !(r->tl->v[i - 1].flags & (T_LOWER | T_SENT)) ||
	    r->tl->v[i - 1].end - r->tl->v[i - 1].start > 7 ||
	    !rec_is(r, i - 1, in_the) || (r->tl->v[i].flags & (T_NL |
	    T_UPPER)) || (rec_lx(r, i) & (LX_ORG | LX_PLACE | LX_TOWN |
	    LX_GIVEN | LX_BRAND | LX_INST)))
		return 0;
	if (i + 1 < r->tl->n && !(r->tl->v[i + 1].flags & T_NL) &&
	    (r->tl->v[i + 1].flags & T_WORD) && !((r->tl->v[i + 1].flags &
	    T_LOWER) && rec_is(r, i + 1, after)))
		return 0;
	n = lx_fold(r->text + t->start, t->end - t->start, buf, sizeof(buf));
	for (e = 0; ends[e] != NULL; e++) {
		size_t m = strlen(ends[e]);
		if (n < m + 4 || memcmp(buf + n - m, ends[e], m) != 0)
			continue;
		for (k = 0; k < 4; k++) {
			buf[n - m] = "aoei"[k];
			if (lx_get(r->lx, buf, n - m + 1) & (LX_CITY | LX_TOWN))
				return 1;
		}
		return 0;
	}
	return 0;
}

/* "a" or "in" with an article: where something is or happens. */
static const char *const rec_at_articles[] = {
	"al", "allo", "alla", "all'", "all’", "ai", "agli", "alle", "nel",
	"nello", "nella", "nell'", "nell’", "nei", "negli", "nelle", NULL
};

/* 1 if the run [a, b), no body's name the lists know, comes after "a"
 * or "in" with an article and before "di" and a city or a town: a venue
 * where something happens, and where that is ("un concerto al
 * Palarossini di Ancona", "si esibì al Piper di Roma", "all'Hotel
 * Excelsior di Napoli"); not an office ("alla Procura di Milano"). */
static inline __attribute__((always_inline)) int
rec_venue_at(struct rec *r, size_t a, size_t b)
{
	static const char *const di[] = { "di", NULL };
	size_t e;
	unsigned f;

	if (a == 0 || b + 1 >= r->tl->n || !(r->tl->v[a - 1].flags & T_LOWER) ||
	    !rec_is(r, a - 1, rec_at_articles) ||
	    !(r->tl->v[b].flags & T_LOWER) || !rec_is(r, b, di) ||
	    (r->tl->v[a].flags & T_NL) || (r->tl->v[b + 1].flags & T_NL) ||
	    (e = rec_place_last(r, b + 1)) == 0)
		return 0;
	f = e - b == 2 ? rec_lx(r, b + 1) : rec_phrase(r, b + 1, e);
	if (!(f & (LX_CITY | LX_TOWN)) || (f & LX_COUNTRY))
		return 0;
	for (size_t k = a; k < b; k++)
		if (rec_lx(r, k) & (LX_ORGHEAD | LX_ORGLOCAL | LX_INST |
		    LX_ORGTAIL))
			return 0;
	return 1;
}

/* 1 if a comma or a bracket, "in" and its forms or none, and a
 * lower-case noun of a place that "di" follows come after the run
 * ending before token b: it is a place that a larger one holds ("di
 * Uta, in provincia di Cagliari", "Fara (frazione di Rieti)"). */
static int
rec_where_after(struct rec *r, size_t b)
{
	static const char *const in[] = { "in", "nel", "nella", "nello",
	    "nell'", "nell’", NULL };
	size_t k = b + 1;

	if (b + 3 >= r->tl->n || r->tl->v[b].end - r->tl->v[b].start != 1 ||
	    (r->text[r->tl->v[b].start] != ',' &&
	    r->text[r->tl->v[b].start] != '('))
		return 0;
	if ((r->tl->v[k].flags & T_LOWER) && rec_is(r, k, in))
		k++;
	return k + 1 < r->tl->n && (r->tl->v[k].flags & T_LOWER) &&
	    !(r->tl->v[k].flags & T_NL) && (rec_lx(r, k) & LX_PREPLACEDI) &&
	    rec_is(r, k + 1, rec_head_links);
}

/* 1 if a region or a state the lists know, in brackets, follows the
 * run ending before token b: "Ridgway (Colorado)", "Teterboro (New
 * Jersey)" name a place and the land it lies in; not a country nor a
 * city, which may be a player's side or a member's ("Higuain
 * (Napoli)", "Rossi (Italia)"). */
static int
rec_region_after(struct rec *r, size_t b)
{
	size_t k;
	unsigned f;

	if (b + 2 >= r->tl->n || r->tl->v[b].end - r->tl->v[b].start != 1 ||
	    r->text[r->tl->v[b].start] != '(' || !rec_cap(r, b + 1))
		return 0;
	for (k = b + 2; k < r->tl->n && k < b + 5 && rec_cap(r, k); k++)
		;
	if (k >= r->tl->n || r->tl->v[k].end - r->tl->v[k].start != 1 ||
	    r->text[r->tl->v[k].start] != ')')
		return 0;
	f = k == b + 2 ? rec_lx(r, b + 1) : rec_phrase(r, b + 1, k);
	return (f & LX_PLACE) && !(f & (LX_COUNTRY | LX_CITY | LX_ORG |
	    LX_BRAND | LX_GIVEN | LX_SURNAME));
}

/* The lower-case noun of an apposition after the run ending before
 * token b: a comma, an article or none, an adjective or none, and the
 * first word after them that is in nouns or, with nouns NULL, a noun
 * of a kind of body; 0 if none. */
static size_t
rec_apposition_noun(struct rec *r, size_t b, const char *const *nouns)
{
	static const char *const arts[] = { "un", "una", "uno", "un'", "un’",
	    "il", "la", "l'", "l’", NULL };
	size_t k = b + 1, n = r->tl->n;

	if (k >= n || r->tl->v[b].end - r->tl->v[b].start != 1 ||
	    r->text[r->tl->v[b].start] != ',')
		return 0;
	if (rec_is(r, k, arts) && (r->tl->v[k].flags & T_LOWER))
		k++;
	for (int adj = 0; adj < 2 && k < n; adj++, k++) {
		if (!(r->tl->v[k].flags & T_LOWER) ||
		    (r->tl->v[k].flags & T_NL))
			return 0;
		if (nouns ? rec_is(r, k, nouns) : rec_org_noun(r, k))
			return k;
	}
	return 0;
}

/* 1 if a comma, an article or none, an adjective or none and a
 * lower-case noun of a settled place follow the run ending before token
 * b: it is the place the noun says ("a Ferguson, città dove",
 * "Poli, piccolo comune", "Ahmad Awa, una pittoresca località"). */
static int
rec_place_apposition(struct rec *r, size_t b)
{
	static const char *const nouns[] = { "città", "comune", "paese",
	    "paesino", "località", "cittadina", "villaggio", "capoluogo",
	    "quartiere", "sobborgo", "frazione", "isola", "regione",
	    "provincia", "capitale", "metropoli", "centro", "borgo", NULL };

	return rec_apposition_noun(r, b, nouns) > 0;
}

/* 1 if an apposition after the run ending before token b names a kind
 * of body with no adjective before the noun: it is the body ("L'IMO,
 * l'organizzazione marittima internazionale", "Capsugel, società che",
 * "Ursa, azienda di polistirolo"); not "Berlusconi, quel consiglio",
 * nor a noun of a place too ("Tzong Khapa, centro buddhista"). */
static int
rec_org_apposition(struct rec *r, size_t b)
{
	size_t k = rec_apposition_noun(r, b, NULL);

	return k > 0 && (k == b + 1 || (k == b + 2 &&
	    rec_is(r, b + 1, rec_it_articles))) && !rec_place_apposition(r, b);
}

static int rec_road_number_at(const struct rec *r, size_t a, size_t e);
static size_t rec_age_group(const struct rec *r, size_t i);
static size_t rec_us_state(struct rec *r, size_t a, size_t b);
static int rec_initials_of_prev(struct rec *r, size_t a);
static int rec_english_caps(struct rec *r, size_t a);
static int rec_model(const struct rec *r, size_t i);

/* 1 if the one-word run [a, b) stands in brackets after a minute, as a
 * line-up writes the player who came on ("Canna (70 Gori)"): a
 * person, though the name is a word. */
static int
rec_substitute(struct rec *r, size_t a, size_t b)
{
	const struct tok *t = r->tl->v;

	return b - a == 1 && a >= 2 && b < r->tl->n &&
	    (t[a - 1].flags & T_DIGIT) && t[a - 1].end - t[a - 1].start <= 3 &&
	    t[a - 2].end - t[a - 2].start == 1 &&
	    r->text[t[a - 2].start] == '(' &&
	    t[b].end - t[b].start == 1 && r->text[t[b].start] == ')' &&
	    t[a].end - t[a].start >= 3 && !(t[a].flags & T_UPPER) &&
	    (rec_lx(r, a) & (LX_COMMON | LX_SURNAME)) != LX_COMMON_IT &&
	    !(rec_lx(r, a) & LX_COMMON_EN) &&
	    rec_road_number_at(r, t[a - 1].start, t[a - 1].end);
}

/* 1 if the one-word run [a, b) is followed by a bracket, a minute and
 * a capitalised word: the player that one replaced, in a line-up
 * ("Canna (70 Allan)", "Panico (41 Quaglio)"), a person though a word. */
static int
rec_substituted(struct rec *r, size_t a, size_t b)
{
	const struct tok *t = r->tl->v;

	return b - a == 1 && b + 2 < r->tl->n &&
	    t[b].end - t[b].start == 1 && r->text[t[b].start] == '(' &&
	    (t[b + 1].flags & T_DIGIT) && t[b + 1].end - t[b + 1].start <= 3 &&
	    rec_road_number_at(r, t[b + 1].start, t[b + 1].end) &&
	    rec_cap(r, b + 2) && !(t[b + 2].flags & T_UPPER) &&
	    t[a].end - t[a].start >= 3 && !(t[a].flags & T_UPPER) &&
	    !(rec_lx(r, a) & (LX_ORG | LX_BRAND | LX_INST | LX_NOTNAME |
	    LX_PTITLE | LX_ORGHEAD | LX_PLACEHEAD | LX_EVHEAD | LX_COUNTRY));
}

/* "della" before a woman named by her surname: "il marito della
 * Giffords", "i funerali della Tassitani". */
static const char *const rec_of_her[] = { "della", NULL };

/* 1 if token a may be a woman's surname after a feminine article: a
 * word that no list has, nor a word of a body's name ("della Regione"),
 * in no capitals. */
static int
rec_woman_named(struct rec *r, size_t a)
{
	return !(r->tl->v[a].flags & (T_UPPER | T_NL)) &&
	    (rec_lx(r, a) & ~(unsigned)LX_SURNAME) == 0 &&
	    (a + 1 >= r->tl->n || !rec_cap(r, a + 1));
}

/* 1 if the one word [a, b) is an item of a list of capitalised words
 * ("X e Y", "X, Y e Z") right after a lower-case plural of a person's
 * title ("i giudici Falcone e Borsellino", "i senatori Monti e Letta",
 * "gli attaccanti Rossi, Bianchi e Verdi"): each is a person, though
 * its name is a word too.  The plural is the title with its "-e", "-o"
 * or "-a" made "-i"; the title's list knows the singular.  Not after
 * ministers, whose portfolios are listed so ("i ministri Esteri e
 * Difesa"), nor a word a list knows as a place or a body. */
static int
rec_titles_list(struct rec *r, size_t a, size_t b)
{
	static const char *const seps[] = { ",", "e", "ed", NULL };
	static const char ends[] = { 'e', 'o', 'a' };
	static const char *const ministers[] = { "ministri", "ministre",
	    "sottosegretari", "viceministri", "assessori", NULL };
	const struct tok *t = r->tl->v;
	char buf[64];
	size_t k = a, n, items = 1;

	if (b != a + 1 || (t[a].flags & (T_UPPER | T_NL)) || !rec_cap(r, a) ||
	    (rec_lx(r, a) & ~(unsigned)(LX_COMMON | LX_GIVEN | LX_SURNAME |
	    LX_PROPER | LX_GIVENWORD | LX_PLACEHEAD)))
		return 0;
	/* back over the items before it to the word before the list */
	while (k >= 3 && items < 16 && rec_is(r, k - 1, seps) &&
	    rec_cap(r, k - 2) && !(t[k - 2].flags & (T_UPPER | T_NL)) &&
	    !(t[k - 1].flags & T_NL)) {
		k -= 2;
		items++;
	}
	/* a list of two items or more: the first is followed by one */
	if (items == 1 && !(b + 1 < r->tl->n && rec_is(r, b, seps) &&
	    rec_cap(r, b + 1) && !(t[b + 1].flags & (T_UPPER | T_NL))))
		return 0;
	if (k == 0 || !(t[k - 1].flags & T_LOWER) || (t[k].flags & T_NL) ||
	    rec_is(r, k - 1, ministers))
		return 0; /* "i ministri Esteri e Difesa": portfolios */
	n = t[k - 1].end - t[k - 1].start;
	if (n < 5 || n >= sizeof(buf) || r->text[t[k - 1].end - 1] != 'i')
		return 0;
	memcpy(buf, r->text + t[k - 1].start, n);
	for (size_t e = 0; e < sizeof(ends); e++) {
		buf[n - 1] = ends[e];
		if (lx_word(r->lx, buf, n) & LX_PTITLE)
			return 1;
	}
	return 0;
}

/* 1 if a kinship noun and "di" come before token a: "il figlio di
 * Gazza", "la moglie di Bruno", "la vedova di Falcone": a person's. */
static int
rec_kin_of(struct rec *r, size_t a)
{
	static const char *const kin[] = { "figlio", "figlia", "figli",
	    "moglie", "marito", "padre", "madre", "genitori", "fratello",
	    "sorella", "fratelli", "sorelle", "vedova", "vedovo", "nipote",
	    "nonno", "nonna", "zio", "zia", "cugino", "cugina", "suocero",
	    "suocera", "fidanzata", "fidanzato", "compagna", "compagno",
	    "ex-moglie", "ex-marito", "familiari", "parenti", NULL };
	static const char *const of[] = { "di", NULL };

	return rec_noun_of(r, a, kin, of) ||
	    (rec_noun_of(r, a, kin, rec_of_her) && rec_woman_named(r, a));
}

/* 1 if a noun of what befalls or is done by one person and "di" (or
 * "of") come just before token a: "la morte di Ferrante", "le dimissioni
 * di Vardello", "il regime di Kurvan", "un gol di Tassoni": the name is
 * a person's, though no list knows it.  Only nouns that take a person
 * and seldom a body or a place ("il portavoce di", "la casa di" take
 * those too), and no head of a body's or a place's name after them. */
static int
rec_deed_of(struct rec *r, size_t a)
{
	static const char *const deeds[] = { "morte", "scomparsa",
	    "omicidio", "assassinio", "uccisione", "rapimento", "funerali",
	    "funerale", "tomba", "salma", "dimissioni", "esonero", "regime",
	    "dittatura", "soprannome", "doppietta", "tripletta", "gol",
	    "legali", "avvocato", "avvocati", "biografia", "nomina",
	    "elezione", "rielezione", "candidatura", "arresto",
	    "dichiarazioni", "parole", "commenti", "annuncio", "citazione",
	    "discorso", "tweet", "lettera", "intervista", "libro", "romanzo",
	    "memorie", "appello", "proposta", "death", "murder", "funeral",
	    "resignation", "speech", NULL };
	static const char *const of[] = { "di", "of", NULL };

	return (rec_noun_of(r, a, deeds, of) && !(rec_lx(r, a) &
	    (LX_PLACEHEAD | LX_ORGHEAD | LX_INST))) || /* "i funerali di
	                                                 * Stato" */
	    (rec_noun_of(r, a, deeds, rec_of_her) && rec_woman_named(r, a));
}

/* 1 if a lower-case noun of a family or a clan comes just before token
 * a: "la famiglia Benetton", "i fratelli Wright", "il clan Moccia",
 * "della casata Savoia", or a noun and an adjective ("il clan
 * camorristico Moccia"): the name is a surname, its bearers persons. */
static int
rec_family(struct rec *r, size_t a)
{
	static const char *const fam[] = { "famiglia", "famiglie",
	    "fratelli", "sorelle", "clan", "casata", NULL };

	if (a == 0 || !(r->tl->v[a - 1].flags & T_LOWER) ||
	    (r->tl->v[a].flags & T_NL))
		return 0;
	if (rec_is(r, a - 1, fam))
		return 1;
	/* "il clan camorristico Moccia", "la famiglia reale Windsor" */
	return a > 1 && (r->tl->v[a - 2].flags & T_LOWER) &&
	    !(r->tl->v[a - 1].flags & T_NL) && rec_is(r, a - 2, fam) &&
	    rec_adjective(r, a - 1);
}

static int rec_place_adj(struct rec *r, size_t i);

/* 1 if a singular definite article and a nationality come just before
 * the one unknown word a: "il tedesco Kluvert", "l'algerino Khemir",
 * "la russa Petrova": the athlete, the artist of that country, whose
 * name no list has; so does a party's adjective ("il leghista
 * Calderoli"). */
static int
rec_national(struct rec *r, size_t a, size_t b)
{
	/* a party's: "il leghista Calderoli", "il laburista Corbyn" */
	static const char *const parties[] = { "leghista", "grillino",
	    "grillina", "forzista", "pentastellato", "pentastellata",
	    "democristiano", "democristiana", "socialista", "comunista",
	    "radicale", "repubblicano", "repubblicana", "democratico",
	    "democratica", "laburista", "conservatore", "conservatrice",
	    "centrista", NULL };

	return b - a == 1 && a >= 2 && (r->tl->v[a - 1].flags & T_LOWER) &&
	    (r->tl->v[a - 2].flags & T_LOWER) &&
	    !(r->tl->v[a].flags & (T_NL | T_UPPER)) &&
	    !(r->tl->v[a - 1].flags & T_NL) &&
	    !(rec_lx(r, a) & (LX_COMMON | LX_PLACE | LX_TOWN | LX_ORG |
	    LX_BRAND | LX_INST | LX_NOTNAME | LX_PTITLE)) &&
	    (rec_place_adj(r, a - 1) || rec_is(r, a - 1, parties)) &&
	    rec_is(r, a - 2, rec_sing_articles);
}

/* 1 if the one unknown word a is an item of a line-up with its
 * points: after a comma, a colon or a semicolon, a number of one or two
 * digits and a comma, a semicolon or a stop after it ("Squadra: Zarvel
 * 15, Vermiglio 2, Tosko 7"), though a word too; not a place or a body
 * the lists know, as teams in a table are ("Juventus 45, Napoli 43"). */
static int
rec_lineup(struct rec *r, size_t a, size_t b)
{
	static const char *const before[] = { ",", ":", ";", NULL };
	static const char *const after[] = { ",", ";", ".", NULL };
	const struct tok *t = r->tl->v;

	return b - a == 1 && a > 0 && b + 1 < r->tl->n &&
	    (t[b].flags & T_DIGIT) && t[b].end - t[b].start <= 2 &&
	    !(t[a].flags & (T_NL | T_UPPER)) && rec_is(r, a - 1, before) &&
	    rec_is(r, b + 1, after) && !(rec_lx(r, a) & (LX_PLACE | LX_TOWN |
	    LX_ORG | LX_BRAND | LX_INST | LX_NOTNAME | LX_PTITLE |
	    LX_ORGHEAD | LX_PLACEHEAD | LX_EVHEAD | LX_COUNTRY));
}

/* 1 if the run [a, b), of one to three words, is an item of a line that
 * is all a team's line-up: three items or more, each capitalised words
 * (a particle among them or first: "de Allende"), maybe its points or a role in
 * brackets ("Giba 13", "Corsano (L)"), commas between them and ";" or
 * "." at the end, maybe the team and a colon first ("Italia: Cernic,
 * Cozzi, Coscione, Lasko."): the players, persons, though a town's name
 * or a word too (a place's name among them: "McLean", "Habana"); not a
 * line of places ("Roma, Milano, Napoli."), nor one naming a state or a
 * body the lists know. */
static int
rec_lineup_line(struct rec *r, size_t a, size_t b)
{
	const struct tok *t = r->tl->v;
	size_t n = r->tl->n, s = a, e = b, k, items = 0, in = 0, words;
	size_t places = 0;
	int inside = 0;

	if (b - a > 3 || r->en)
		return 0;
	/* a line of 80 tokens at most: no longer walk for each run */
	while (s > 0 && !(t[s].flags & T_NL) && a - s <= 80)
		s--;
	while (e < n && !(t[e].flags & T_NL) && e - b <= 80)
		e++;
	if (e - s < 6 || e - s > 80 || (s > 0 && !(t[s].flags & T_NL)) ||
	    (e < n && !(t[e].flags & T_NL)))
		return 0;
	/* the team and a colon */
	for (k = s; k < e && k < s + 4 && rec_cap(r, k); k++)
		;
	if (k > s && k < e && t[k].end - t[k].start == 1 &&
	    r->text[t[k].start] == ':')
		s = k + 1;
	for (k = s; k < e;) {
		words = 0;
		if (k == a)
			inside = 1;
		while (k < e && (rec_cap(r, k) || ((t[k].flags & T_LOWER) &&
		    (rec_lx(r, k) & LX_PARTICLE) && k + 1 < e &&
		    rec_cap(r, k + 1)))) {
			unsigned f = rec_lx(r, k);

			if ((t[k].flags & T_UPPER) || (f & (LX_COUNTRY |
			    LX_ORG | LX_BRAND | LX_INST | LX_ORGHEAD |
			    LX_PLACEHEAD | LX_NOTNAME | LX_PTITLE)))
				return 0;
			if ((f & (LX_PLACE | LX_CITY)) && words == 0)
				places++;
			words++;
			k++;
		}
		if (words == 0 || words > 3)
			return 0;
		if (inside == 1) {
			if (k != b)
				return 0;
			inside = 2;
			in = 1;
		}
		items++;
		if (k < e && (t[k].flags & T_DIGIT) &&
		    t[k].end - t[k].start <= 2)
			k++; /* "Giba 13" */
		else if (k + 2 < e && r->text[t[k].start] == '(' &&
		    t[k].end - t[k].start == 1 &&
		    t[k + 1].end - t[k + 1].start <= 2 &&
		    r->text[t[k + 2].start] == ')')
			k += 3; /* "Corsano (L)" */
		if (k >= e || t[k].end - t[k].start != 1)
			return 0;
		if (r->text[t[k].start] == ',') {
			k++;
			continue;
		}
		if ((r->text[t[k].start] == ';' || r->text[t[k].start] ==
		    '.') && k + 1 == e)
			return in && items >= 3 && places * 3 < items;
		return 0;
	}
	return 0;
}

/* 1 if "e compagni" follows the run ending before token b: "Durant e
 * compagni", "Parigini e compagni", a player and his team-mates; only a
 * person has companions. */
static int
rec_and_mates(struct rec *r, size_t b)
{
	static const char *const and[] = { "e", "ed", NULL };
	static const char *const mates[] = { "compagni", "compagne", NULL };

	return b + 1 < r->tl->n && !(r->tl->v[b].flags & T_NL) &&
	    rec_is(r, b, and) && rec_is(r, b + 1, mates);
}

/* 1 if a comma and an age follow the run ending before token b:
 * "Chiaudani, 45 anni", "Rossi, classe 1960", or a birth or a death
 * ("Proietti, nato a Roma", "Rossi, morta nel 1990"): a person, though
 * the name be a word.  (Not a title after the comma: "Fiat, il presidente
 * Marchionne" names a body first.) */
static int
rec_person_apposition(struct rec *r, size_t b)
{
	static const char *const years[] = { "anni", "anno", NULL };
	static const char *const born[] = { "classe", NULL };
	static const char *const births[] = { "nato", "nata", "morto",
	    "morta", NULL };
	static const char *const at[] = { "a", "ad", "il", "nel", NULL };
	size_t k = b + 1;

	if (k + 1 >= r->tl->n || r->tl->v[b].end - r->tl->v[b].start != 1 ||
	    r->text[r->tl->v[b].start] != ',' || (r->tl->v[k].flags & T_NL))
		return 0;
	if ((r->tl->v[k].flags & T_DIGIT) && rec_is(r, k + 1, years))
		return 1; /* "45 anni" */
	if (rec_is(r, k, births) && rec_is(r, k + 1, at))
		return 1; /* "Proietti, nato a Roma il 2 novembre 1940" */
	return rec_is(r, k, born) && (r->tl->v[k + 1].flags & T_DIGIT);
}

/* 1 if a comma and, with no article, the lower-case name of an office
 * follow the run ending before token b: "Barzoni, ministro
 * dell'Interno; Tellini, sottosegretario alla presidenza", the list of
 * a government or a council, each holder named by surname alone.  (An
 * article makes the name a body's: "Fiat, il presidente Marchionne".) */
static int
rec_office_apposition(struct rec *r, size_t b)
{
	static const char *const offices[] = { "ministro", "ministra",
	    "viceministro", "viceministra", "sottosegretario",
	    "sottosegretaria", "sindaco", "sindaca", "vicesindaco",
	    "assessore", "assessora", "presidente", "vicepresidente",
	    "segretario", "segretaria", "portavoce", "deputato", "deputata",
	    "senatore", "senatrice", "consigliere", "consigliera",
	    "governatore", "governatrice", "capogruppo", "commissario",
	    "commissaria", NULL };
	size_t k = b + 1;

	return k + 1 < r->tl->n && r->tl->v[b].end - r->tl->v[b].start == 1 &&
	    r->text[r->tl->v[b].start] == ',' &&
	    !(r->tl->v[k].flags & (T_NL | T_UPPER)) && rec_is(r, k, offices) && !(r->tl->v[k + 1].flags & T_NL) &&
	    !(r->tl->v[k + 1].flags & T_DIGIT);
}

/* 1 if a comma, an article or none, and a lower-case noun of a work or
 * a storm follow the run [a, b): the name is the work's ("Sandy,
 * l'uragano che ha sommerso tutto", "Titanic, film del 1997"); not
 * its author's ("Skyfall di Adele, brano della colonna sonora"). */
static int
rec_work_after(struct rec *r, size_t a, size_t b)
{
	static const char *const by[] = { "di", "da", "of", "by", NULL };
	static const char *const arts[] = { "il", "lo", "la", "l'", "l’",
	    "un", "uno", "una", "un'", "un’", NULL };
	/* a storm is nobody's work: "da parte di Velma, l'uragano" */
	static const char *const storms[] = { "uragano", "tifone",
	    "ciclone", "tempesta", "hurricane", "typhoon", "cyclone",
	    "storm", NULL };
	size_t k = b + 1;

	if (b + 2 >= r->tl->n || r->tl->v[b].end - r->tl->v[b].start != 1 ||
	    r->text[r->tl->v[b].start] != ',')
		return 0;
	if ((r->tl->v[k].flags & T_LOWER) && rec_is(r, k, arts))
		k++;
	if (k >= r->tl->n || !(r->tl->v[k].flags & T_LOWER) ||
	    (r->tl->v[k].flags & T_NL) || !(rec_lx(r, k) & LX_WORKHEAD))
		return 0;
	return !(a > 0 && rec_is(r, a - 1, by)) || rec_is(r, k, storms);
}

/* 1 if the run [a, b) of two words or more is spelt out before its
 * initials in brackets: "Fondo Ambiente Italiano (FAI)", "Women on
 * Waves (WoW)", "Alternativa Sociale (AS)".  Only a body is written so;
 * the capitals of the acronym are the first letters of the run's
 * capitalised words, in order (not "Ascoli Piceno (AP)", a province's
 * code). */
static inline __attribute__((always_inline)) int
rec_initials_after(struct rec *r, size_t a, size_t b)
{
	const struct tok *t = r->tl->v;
	size_t k = a, n;

	if (b - a < 2 || b + 2 >= r->tl->n ||
	    t[b].end - t[b].start != 1 || r->text[t[b].start] != '(' ||
	    t[b + 2].end - t[b + 2].start != 1 ||
	    r->text[t[b + 2].start] != ')' || !(t[b + 1].flags & T_CAP) ||
	    (rec_lx(r, b + 1) & LX_PROVCODE))
		return 0;
	n = 0;
	for (size_t i = t[b + 1].start; i < t[b + 1].end; i++) {
		char c = r->text[i];
		if (c < 'A' || c > 'Z')
			continue;
		while (k < b && !rec_cap(r, k))
			k++; /* "on", "di", "e" */
		if (k >= b || r->text[t[k].start] != c)
			return 0;
		k++;
		n++;
	}
	while (k < b && !rec_cap(r, k))
		k++;
	return n >= 2 && k == b;
}

/* 1 if the run [a, b) is a saint's name after a day's noun and "di":
 * "il giorno di San Gerlando", "la notte di Santa Ottilia", "la festa di
 * san Procolo": a date, the feast, no place nor person. */
static int
rec_feast_day(struct rec *r, size_t a, size_t b)
{
	static const char *const days[] = { "giorno", "giornata", "festa",
	    "festività", "solennità", "ricorrenza", "notte", "serata",
	    "vigilia", NULL };
	static const char *const of[] = { "di", NULL };

	if (a > 0 && (r->tl->v[a - 1].flags & T_LOWER) &&
	    rec_is(r, a - 1, rec_saints))
		a--; /* "la festa di san Procolo" */
	else if (!rec_is(r, a, rec_saints) || b - a < 2)
		return 0;
	return rec_noun_of(r, a, days, of);
}

/* 1 if the run [a, b) is a saint's word and a common noun that no list
 * knows as a name nor the two as a place or a body: "la Santa
 * Benedizione", "la Santa Comunione", a rite or a thing; not "Santa
 * Croce", "Santa Sede", nor "il Santo Rosario" (a given name). */
static int
rec_holy_word(struct rec *r, size_t a, size_t b)
{
	unsigned f;

	if (b - a != 2 || !rec_is(r, a, rec_saints) ||
	    (r->tl->v[a].flags & T_UPPER))
		return 0;
	f = rec_lx(r, a + 1);
	return (f & LX_COMMON_IT) && !(f & (LX_GIVEN | LX_SURNAME |
	    LX_PLACE | LX_TOWN | LX_PROPER | LX_ORG)) &&
	    !(rec_phrase(r, a, b) & (LX_PLACE | LX_ORG | LX_TOWN));
}

/* 1 if the run [a, b) is a tournament's group: "Gruppo" or "Girone"
 * and one capital letter ("nel Gruppo B", "il Girone D"), a part of a
 * draw, no body. */
static int
rec_draw_group(struct rec *r, size_t a, size_t b)
{
	static const char *const groups[] = { "gruppo", "girone", "group",
	    "pool", "poule", NULL };
	const struct tok *t = &r->tl->v[a + 1];

	return b - a == 2 && rec_is(r, a, groups) && rec_cap(r, a) &&
	    t->end - t->start == 1 && r->text[t->start] >= 'A' &&
	    r->text[t->start] <= 'L';
}

/* 1 if the capitalised words [a, b) are Italian common words that no
 * list knows as a name of any kind: a heading's ("Risultati",
 * "Classifica Finale"), no body's head nor a place's. */
static int
rec_heading_words(struct rec *r, size_t a, size_t b)
{
	for (size_t k = a; k < b; k++) {
		unsigned f = rec_lx(r, k);

		if (!(f & LX_COMMON_IT) || (f & (LX_GIVEN | LX_SURNAME |
		    LX_PLACE | LX_TOWN | LX_ORG | LX_ORGHEAD | LX_PLACEHEAD |
		    LX_PROPER | LX_BRAND | LX_PTITLE | LX_INST)))
			return 0;
	}
	return a < b;
}

/* 1 if the run [a, b) is an Italian league: "Serie" and a capital
 * letter, a digit after it or none ("Serie A", "Serie C", "Serie A2"),
 * a body that runs the championship, not a television series. */
static int
rec_league(struct rec *r, size_t a, size_t b)
{
	static const char *const serie[] = { "serie", NULL };
	const struct tok *t;
	size_t n;

	if (b - a != 2)
		return 0;
	t = &r->tl->v[a + 1];
	n = t->end - t->start;
	return rec_is(r, a, serie) && rec_cap(r, a) &&
	    (n == 1 || (n == 2 && r->text[t->start + 1] >= '1' &&
	    r->text[t->start + 1] <= '9')) &&
	    r->text[t->start] >= 'A' && r->text[t->start] <= 'D';
}

/* 1 if tokens [a, b) are "governo", a surname and a Roman numeral:
 * "Governo Prodi II", "il governo Berlusconi IV" name one cabinet, a
 * body; no person is numbered so. */
static inline __attribute__((always_inline)) int
rec_cabinet(struct rec *r, size_t a, size_t b)
{
	static const char *const govs[] = { "governo", "gabinetto", NULL };

	return b - a == 3 && rec_is(r, a, govs) && rec_cap(r, a + 1) &&
	    !(r->tl->v[a + 1].flags & T_UPPER) && rec_roman(r, a + 2) &&
	    !(r->tl->v[a + 1].flags & T_NL) && !(r->tl->v[a + 2].flags & T_NL);
}

/* Members and officers of a body: "di" and a name after them name the
 * body ("il leader di AN", "i vertici di Viale Mazzini"). */
static const char *const rec_members[] = { "esponente", "esponenti",
	"militante", "militanti", "iscritto", "iscritti", "capogruppo",
	"capigruppo", "segretario", "segretaria", "deputato", "deputata",
	"deputati", "senatore", "senatrice", "senatori", "consigliere",
	"consiglieri", "fondatore", "fondatrice", "fondatori", "tesoriere",
	"dirigente", "dirigenti", "dirigenza", "amministratori", "leader",
	"membro", "membri", "vertici", "elettori", "alleati", "presidente",
	"candidato", "candidata", "candidati", "portavoce", NULL };

/* 1 if token a, capitalised mid-sentence after "dei" or "degli", is a
 * plural word that names no kind of place or body ("i Paesi", "dei
 * Comuni"): members' plural, the name of a party ("il capogruppo dei
 * Celesti", "il leader dei Turchini"). */
static int
rec_party_plural(struct rec *r, size_t a)
{
	static const char *const of[] = { "dei", "degli", NULL };
	const struct tok *t = &r->tl->v[a];

	return a > 0 && (t->flags & T_CAP) && !(t->flags & T_SENT) &&
	    r->text[t->end - 1] == 'i' && rec_is(r, a - 1, of) &&
	    !(rec_lx(r, a) & (LX_PLACEHEAD | LX_ORGHEAD | LX_PTITLE)) &&
	    !rec_is(r, a, rec_place_nouns);
}

/* 1 if the run [a, b) is a street, a square or a palace of two words or
 * more after a member's or an officer's noun and "di": the body that
 * sits there ("i vertici di Viale Mazzini", "il presidente di Piazza
 * Affari"), as "salito al Colle" names the building for the body. */
static int
rec_seat_of_body(struct rec *r, size_t a, size_t b)
{
	return a >= 2 && b - a >= 2 && (r->tl->v[a - 1].flags & T_LOWER) &&
	    (r->tl->v[a - 2].flags & T_LOWER) && rec_cap(r, a) &&
	    !(r->tl->v[a].flags & T_NL) && rec_is(r, a - 1, rec_of) &&
	    (rec_lx(r, a) & LX_PLACEHEAD) && !(rec_lx(r, a) & LX_ORGHEAD) &&
	    rec_is(r, a - 2, rec_members);
}

/* 1 if token k is a member's noun that only a body has, never a
 * person: a president, a party's or a firm's officers (its chief
 * executive, its founder) and rank and file, a militia's fighters ("il
 * presidente di Codacons", "i miliziani di Daesh", "i dipendenti di
 * Unimi", "l'amministratore delegato di Fenzi"); unlike "il portavoce di
 * Prodi", "il consigliere di Obama", "gli elettori di Trump", "gli
 * alleati di Berlusconi", whose one word after "di" is a person's
 * name. */
static int
rec_body_role(struct rec *r, size_t k)
{
	static const char *const roles[] = { "presidente", "presidenti",
	    "vicepresidente", "esponente", "esponenti", "militante",
	    "militanti", "iscritto", "iscritti", "capogruppo", "capigruppo",
	    "tesoriere", "dirigente", "dirigenti", "dirigenza", "vertici",
	    "membro", "membri", "miliziani", "dipendente", "dipendenti",
	    "azionisti", "amministratore", "amministratrice", "delegato",
	    "delegata", "ceo", "cfo", "fondatore", "fondatrice",
	    "cofondatore", "cofondatrice", "generale", NULL };

	return rec_is(r, k, roles);
}

/* 1 if a member's or an officer's noun and "di" with or without an
 * article come before the run [a, b), and the run is no person's nor a
 * place's name: "gli esponenti della Casa delle Libertà", "il leader
 * di AN", "il capogruppo dei Democratici di Sinistra" name a party or
 * a body even when its words are common ones; not "il presidente del
 * Cile" nor "il portavoce di Putin". */
static inline __attribute__((always_inline)) int
rec_member_of(struct rec *r, size_t a, size_t b, const struct span *s)
{
	static const char *const plural[] = { "dei", "degli", "delle",
	    NULL };
	unsigned f = b - a == 1 ? rec_lx(r, a) : rec_phrase(r, a, b);

	if (a < 2 || !(r->tl->v[a - 1].flags & T_LOWER) ||
	    !(r->tl->v[a - 2].flags & T_LOWER) ||
	    (r->tl->v[a].flags & T_NL) || !rec_is(r, a - 1, rec_head_links) ||
	    !(rec_is(r, a - 2, rec_members) || rec_body_role(r, a - 2)))
		return 0;
	if ((f & (LX_PLACE | LX_TOWN | LX_COUNTRY)) || rec_roman(r, a) ||
	    (rec_lx(r, a) & (LX_PTITLE | LX_NOTNAME | LX_GIVEN)) ||
	    rec_is(r, a, rec_govs) ||
	    (b - a == 1 && ((rec_lx(r, a) & LX_INST) || rec_people(r, a))))
		return 0; /* "segretario di Stato", "portavoce dei Talibani" */
	if (b - a == 1 && (rec_lx(r, a) & LX_COMMON_IT) &&
	    !(rec_lx(r, a) & (LX_SURNAME | LX_PROPER)) &&
	    !rec_party_plural(r, a))
		return 0; /* "i leader dei Paesi": a common noun that
		           * journalists capitalise, no name */
	/* "il presidente dei Verdi", "il presidente di Codacons"; not "il
	 * portavoce di Prodi", "della Difesa" */
	if (b - a == 1 && !(r->tl->v[a].flags & T_UPPER))
		return rec_is(r, a - 1, plural) || rec_body_role(r, a - 2);
	return s->score[ENTITY_PERSON] <= 0.01f;
}

/* 1 if a noun of what a body owns or employs, maybe an adjective, and
 * "di" come before token a, and the run [a, b) is no place the lists
 * know: "la sede legale di Eutelsat", "i dipendenti della Marelli",
 * "l'amministratore delegato di Unipol" name a body ("la sede di Roma"
 * says where).  Not a noun that takes a person as often: a player is
 * sold ("la cessione di Osimhen"; a firm buys firms more than players,
 * "l'acquisto di Korvex"); and a singer or a player has one manager:
 * "il manager di Sinner" is his, a firm's are many ("i manager di Eni",
 * "un manager di Unipol"). */
static inline __attribute__((always_inline)) int
rec_owned_by(struct rec *r, size_t a, size_t b)
{
	static const char *const owned[] = { "sede", "sedi", "dipendenti",
	    "impiegato", "impiegata", "impiegati",
	    "lavoratori", "azionisti", "azionista", "amministratore",
	    "bilancio", "bilanci", "fatturato", "filiale", "filiali",
	    "quartier", "vertici", "acquisto", "acquisizione", "utili",
	    "cda", "manager", NULL };	/* not "azioni": a person's
	                                 * actions as often ("le azioni
	                                 * di Putin") */
	static const char *const agent[] = { "manager", NULL };
	static const char *const one[] = { "il", "del", "al", "dal", "col",
	    "sul", NULL };
	static const char *const of[] = { "di", "del", "della", "dello",
	    "dei", "degli", "delle", "dell'", "dell’", NULL };
	size_t k = a - 1;
	unsigned f = b - a == 1 ? rec_lx(r, a) : rec_phrase(r, a, b);

	if (a < 2 || !(r->tl->v[k].flags & T_LOWER) || !rec_is(r, k, of) ||
	    (r->tl->v[a].flags & T_NL) || (f & (LX_PLACE | LX_TOWN)) ||
	    (rec_lx(r, a) & (LX_PLACE | LX_TOWN | LX_GIVEN | LX_PTITLE |
	    LX_NOTNAME)) || (b - a == 1 && (rec_lx(r, a) & LX_COMMON_IT)))
		return 0; /* "la sede del Governo": a common noun that
		           * journalists capitalise, no name */
	k--;
	if (k > 0 && (r->tl->v[k].flags & T_LOWER) && !rec_is(r, k, owned) &&
	    rec_adjective(r, k))
		k--; /* "sede legale", "amministratore delegato" */
	if (k > 0 && (r->tl->v[k].flags & T_LOWER) && rec_is(r, k, agent) &&
	    rec_is(r, k - 1, one) && !(f & (LX_ORG | LX_BRAND)))
		return 0;
	return (r->tl->v[k].flags & T_LOWER) && rec_is(r, k, owned);
}

/* 1 if the run [a, b) ends in an English plural that is no Italian
 * word and a plural article comes before it: "i Gunners", "gli
 * Wallabies", "ai Cranberries", "dei Bee Gees" name a team or a band,
 * a group of people known by one name; not "negli States", where. */
static int
rec_plural_band(struct rec *r, size_t a, size_t b)
{
	static const char *const plural[] = { "i", "gli", "dei", "degli",
	    "ai", "agli", "dai", "dagli", "coi", "sui", "sugli", NULL };
	const struct tok *t = &r->tl->v[b - 1];
	size_t n = t->end - t->start;
	unsigned f;

	if (a == 0 || n < 4 || (t->flags & T_UPPER) ||
	    r->text[t->end - 1] != 's' || r->text[t->end - 2] < 'a' ||
	    r->text[t->end - 2] > 'z' || !rec_is(r, a - 1, plural))
		return 0;
	f = rec_lx(r, b - 1);
	if (f & (LX_COMMON_IT | LX_PLACE | LX_TOWN | LX_NOTNAME | LX_EVTAIL))
		return 0;
	return !((b - a == 1 ? f : rec_phrase(r, a, b)) & (LX_PLACE |
	    LX_TOWN | LX_COUNTRY));
}

/* 1 if the lower-case "comune di" at token h, a place's head, names the
 * town's council, not the town: after a bare "il" or "dal", the subject,
 * the object or the agent ("il comune di Genova ha chiesto", "eppure il
 * comune di Anversa ha dovuto", "dal comune di Lecco"), or after an
 * officer's or an office's noun or a title and "del" ("il sindaco del
 * comune di Quartu", "l'amministrazione del comune di Tortora", and so
 * "il presidente della provincia di Milano"); "nel comune di Pavia",
 * "nei pressi del comune di Cassino" are where, and so, as often, is "al
 * comune di" ("vicino al comune di", "in centro al comune di"). */
static int
rec_council_acts(struct rec *r, size_t h)
{
	static const char *const council[] = { "comune", NULL };
	static const char *const province[] = { "provincia", NULL };
	static const char *const the[] = { "il", "dal", NULL };
	static const char *const of_the[] = { "del", NULL };
	static const char *const of_the_f[] = { "della", NULL };
	static const char *const offices[] = { "sindaco", "vicesindaco",
	    "amministrazione", "giunta", "assessore", "assessori",
	    "consiglio", "uffici", "ufficio", "funzionari", "funzionario",
	    "dipendenti", "bilancio", "reazione", "decisione", "delibera",
	    "ordinanza", NULL };

	if (h == 0 || !(r->tl->v[h].flags & T_LOWER) ||
	    (r->tl->v[h].flags & T_NL))
		return 0;
	if (rec_is(r, h, council) && rec_is(r, h - 1, the))
		return 1;
	if (h < 2 || (r->tl->v[h - 1].flags & T_NL) ||
	    !(r->tl->v[h - 2].flags & T_LOWER) ||
	    !(rec_is(r, h - 2, offices) || rec_is(r, h - 2, rec_members) ||
	    (rec_lx(r, h - 2) & LX_PTITLE)))
		return 0;
	return (rec_is(r, h, council) && rec_is(r, h - 1, of_the)) ||
	    (rec_is(r, h, province) && rec_is(r, h - 1, of_the_f));
}

/* 1 if the run [a, b) is "Comune di" and a town, capitalised inside a
 * sentence: Italian writes the council so ("premiato dal Comune di
 * Pavia") and the town as "il comune di Pavia". */
static int
rec_council(struct rec *r, size_t a, size_t b)
{
	static const char *const council[] = { "comune", NULL };

	return b - a >= 3 && (r->tl->v[a].flags & T_CAP) &&
	    !(r->tl->v[a].flags & (T_SENT | T_UPPER)) &&
	    rec_is(r, a, council) && rec_is(r, a + 1, rec_of);
}

/* 1 if a comma or a bracket, an article or none, and a lower-case noun
 * of a kind of body follow the run [a, b), which is no place the lists
 * know and has no given name first: the noun says what the name is
 * ("Eurizon, il polo assicurativo torinese", "Al-Alam, una televisione
 * iraniana", "Rada (il parlamento ucraino)"). */
static inline __attribute__((always_inline)) int
rec_body_after(struct rec *r, size_t a, size_t b)
{
	static const char *const bodies[] = { "società", "azienda",
	    "holding", "gruppo", "compagnia", "organizzazione",
	    "associazione", "polo", "partito", "movimento", "sito", "rivista",
	    "quotidiano", "giornale", "settimanale", "periodico", "mensile",
	    "televisione", "emittente", "canale", "radio", "agenzia", "banca",
	    "fondazione", "federazione", "sindacato", "squadra", "club",
	    "franchise", "collegio", "parlamento", "operatore", "catena",
	    "marchio", "multinazionale", "editore", "etichetta", "band",
	    "ente", "istituto", "consorzio", "cooperativa", "onlus", "ong",
	    NULL };
	static const char *const arts[] = { "il", "lo", "la", "l'", "l’",
	    "i", "gli", "le", "un", "uno", "una", "un'", "un’", NULL };
	/* "Alinghi è stata la prima squadra", "Valfin è un'azienda": the
	 * copula says what the name is, as the comma does */
	static const char *const is[] = { "è", "era", "sarà", "fu", NULL };
	static const char *const been[] = { "stato", "stata", NULL };
	const struct tok *t = r->tl->v;
	size_t k = b + 1, n = r->tl->n;
	unsigned f = b - a == 1 ? rec_lx(r, a) : rec_phrase(r, a, b);
	int copula = 0;

	if (b + 2 >= n)
		return 0;
	if ((t[b].flags & T_LOWER) && rec_is(r, b, is) &&
	    !(t[b].flags & T_NL)) {
		copula = 1;
		if ((t[k].flags & T_LOWER) && rec_is(r, k, been))
			k++;
	} else if (t[b].end - t[b].start != 1 ||
	    (r->text[t[b].start] != ',' && r->text[t[b].start] != '(')) {
		return 0;
	}
	if (k < n && (t[k].flags & T_LOWER) && rec_is(r, k, arts))
		k++;
	else if (copula)
		return 0; /* "Valfin è partito": no article, a verb */
	/* "la prima squadra", "un'importante società" */
	if (copula && k + 1 < n && (t[k].flags & T_LOWER) &&
	    !rec_is(r, k, bodies) && (t[k + 1].flags & T_LOWER) &&
	    rec_is(r, k + 1, bodies))
		k++;
	if (k >= n || !(t[k].flags & T_LOWER) || (t[k].flags & T_NL) ||
	    !rec_is(r, k, bodies))
		return 0;
	if (b - a == 1 && (t[a].flags & T_SENT) && (f & LX_COMMON))
		return 0; /* "Ovviamente, la società..." */
	return !(f & (LX_PLACE | LX_TOWN | LX_COUNTRY)) &&
	    !(rec_lx(r, a) & (LX_GIVEN | LX_PTITLE | LX_NOTNAME));
}

/* 1 if, in an Italian text, the run [a, b) of two words starts a
 * sentence with an English month that is a given name too, before a
 * surname or a word no list knows: no date in Italian, which names its
 * months in Italian ("April Jones è una bambina", "August Wilson,
 * drammaturgo"). */
static int
rec_month_given(struct rec *r, size_t a, size_t b)
{
	unsigned g;

	if (r->en || b - a != 2 || !(rec_lx(r, a) & LX_GIVEN) ||
	    !rec_is(r, a, rec_en_dates) ||
	    (r->tl->v[a + 1].flags & (T_UPPER | T_NL)))
		return 0;
	g = rec_lx(r, a + 1);
	return !(g & (LX_COMMON | LX_NOTNAME | LX_PTITLE | LX_PLACE |
	    LX_TOWN | LX_ORG | LX_BRAND | LX_ORGHEAD | LX_ORGTAIL |
	    LX_PLACEHEAD | LX_PLACETAIL | LX_INST | LX_EVHEAD | LX_EVTAIL)) ||
	    ((g & LX_SURNAME) && !(g & (LX_NOTNAME | LX_PTITLE)));
}

/* 1 if, in an Italian text, the run [a, b) starts with a word that
 * only English has and an English link after it: a name in English,
 * no clause of the sentence ("Women on Waves è un'associazione",
 * "Friends of the Earth"). */
static int
rec_english_name(struct rec *r, size_t a, size_t b)
{
	static const char *const links[] = { "of", "on", "for", "without",
	    NULL };

	if (r->en || b - a < 2 ||
	    (rec_lx(r, a) & (LX_COMMON | LX_NOTNAME | LX_PTITLE)) !=
	    LX_COMMON_EN)
		return 0;
	/* "Adobe Systems, un'azienda": a company's last word */
	if (b - a == 2 && (rec_lx(r, a + 1) & LX_ORGTAIL) &&
	    !(r->tl->v[a + 1].flags & T_UPPER))
		return 1;
	return b - a >= 3 && (r->tl->v[a + 1].flags & T_LOWER) &&
	    rec_is(r, a + 1, links);
}

/* 1 if the run [a, b) starts a sentence with a word that only English
 * has ("Rosy", "Woody") before a given name or a surname that is no word
 * ("Rosy Bindi", "Woody Allen"): in an Italian text such a word starts
 * no clause, it is a name. */
static int
rec_english_first(struct rec *r, size_t a, size_t b)
{
	unsigned f = rec_lx(r, a), g = rec_lx(r, a + 1), h;

	/* "Pier Luigi Bersani", "Pier Ferdinando Casini": a given name
	 * after it, then a surname, a word too or none the lists know */
	if (b - a == 3 && !r->en) {
		h = rec_lx(r, a + 2);
		if ((h & (LX_PLACE | LX_TOWN | LX_ORG | LX_BRAND |
		    LX_NOTNAME | LX_PTITLE | LX_ORGHEAD | LX_ORGTAIL |
		    LX_PLACEHEAD | LX_PLACETAIL | LX_INST)) ||
		    ((h & LX_COMMON) && !(h & LX_SURNAME) &&
		    !rec_surname_form(r, a + 2)) ||
		    (r->tl->v[a + 2].flags & T_UPPER))
			return 0;
		g &= ~(unsigned)LX_SURNAME;
		b--;
	}
	if (b - a == 2 && (f & LX_COMMON) == LX_COMMON_EN &&
	    !(f & (LX_NOTNAME | LX_PTITLE | LX_ORGHEAD | LX_PLACEHEAD)) &&
	    r->tl->v[a + 1].start > r->tl->v[a].end &&
	    rec_korean_given(r, a + 1))
		return 1; /* "Ban Ki-moon", a family name and a Korean
		           * given name */
	return b - a == 2 && (f & LX_COMMON) == LX_COMMON_EN &&
	    !(f & (LX_NOTNAME | LX_PTITLE | LX_ORGHEAD | LX_PLACEHEAD)) &&
	    r->tl->v[a].end - r->tl->v[a].start >= 4 &&
	    (g & (LX_GIVEN | LX_SURNAME)) && !(g & (LX_COMMON | LX_PLACE |
	    LX_TOWN | LX_ORG | LX_NOTNAME | LX_PTITLE));
}

/* 1 if token i is an Italian noun of age: a number's stem, or digits,
 * and "-enne" or "-enni" ("trentenne", "ventiseienne", "40enne"; not
 * "antenne"). */
static int
rec_age_noun(const struct rec *r, size_t i)
{
	static const char *const tens[] = { "undic", "dodic", "tredic",
	    "quattordic", "quindic", "sedic", "diciass", "diciott",
	    "diciann", "vent", "trent", "quarant", "cinquant", "sessant",
	    "settant", "ottant", "novant", NULL };
	const struct tok *t = &r->tl->v[i];
	const char *w = r->text + t->start;
	size_t n = t->end - t->start;

	if (!(t->flags & (T_LOWER | T_DIGIT)) || n < 6 || n > 24 ||
	    (memcmp(w + n - 4, "enne", 4) != 0 &&
	    memcmp(w + n - 4, "enni", 4) != 0))
		return 0;
	if (w[0] >= '0' && w[0] <= '9')
		return 1;
	for (size_t k = 0; tens[k] != NULL; k++)
		if (strncmp(w, tens[k], strlen(tens[k])) == 0)
			return 1;
	return 0;
}

/* 1 if a noun of age or of origin and "di" or "da" come before token a:
 * "un quarantenne di Varese", "il 40enne di Lodi", "originario di
 * Bergamo": where someone comes from; so a participle of leaving and
 * "da" ("partito da Malles", "proveniente da Teterboro"; "partito di"
 * is a party's) and the people of a place and "di" ("gli abitanti di
 * Scampia"). */
static int
rec_from_place(struct rec *r, size_t a)
{
	static const char *const of[] = { "di", "da", NULL };
	static const char *const from[] = { "da", NULL };
	static const char *const di[] = { "di", NULL };
	static const char *const origin[] = { "originario", "originaria",
	    "originari", "originarie", "oriundo", "oriunda", "nativo",
	    "nativa", "nativi", NULL };
	static const char *const leaving[] = { "partito", "partita",
	    "partiti", "partite", "proveniente", "provenienti", "fuggito",
	    "fuggita", "fuggiti", "decollato", "decollata", "salpato",
	    "salpata", NULL };
	static const char *const people[] = { "abitanti", "popolazione",
	    "cittadini", "residenti", NULL };

	if (a < 2 || !(r->tl->v[a - 1].flags & T_LOWER) ||
	    (r->tl->v[a].flags & T_NL))
		return 0;
	if (rec_is(r, a - 1, of) && (rec_age_noun(r, a - 2) ||
	    ((r->tl->v[a - 2].flags & T_LOWER) && rec_is(r, a - 2, origin))))
		return 1;
	if (!(r->tl->v[a - 2].flags & T_LOWER))
		return 0;
	return (rec_is(r, a - 1, from) && rec_is(r, a - 2, leaving)) ||
	    (rec_is(r, a - 1, di) && rec_is(r, a - 2, people));
}

/* The type of the name X in "da X a", "from X to" just before the
 * name at token a, if its own words and context speak for a person or a
 * body more than for a place: the two ends of a range are of one kind
 * ("da Berlusconi a Renzi", "da Yoda a Chewbecca", "dalla Juventus al
 * Milan"), and "a" says no place there; ENTITY_OTHER if none. */
static enum entity_type
rec_range_from(struct rec *r, size_t a)
{
	static const char *const from[] = { "da", "dal", "dallo", "dalla",
	    "dall'", "dall’", "from", NULL };
	static const char *const to[] = { "a", "ad", "al", "allo", "alla",
	    "all'", "all’", "to", NULL };
	const struct span *x;
	float place;

	if (r->sl->n == 0 || a < 3 || !(r->tl->v[a - 1].flags & T_LOWER) ||
	    (r->tl->v[a].flags & T_NL) || !rec_is(r, a - 1, to))
		return ENTITY_OTHER;
	x = &r->sl->v[r->sl->n - 1];
	if (x->t1 != a - 1 || x->t0 == 0 || x->weak || x->lone ||
	    !(r->tl->v[x->t0 - 1].flags & T_LOWER) ||
	    (r->tl->v[x->t0].flags & T_NL) || !rec_is(r, x->t0 - 1, from))
		return ENTITY_OTHER;
	/* "dal", "dalla" said a place of X: that is no evidence here */
	place = x->score[ENTITY_PLACE] -
	    (rec_is(r, x->t0 - 1, rec_place_preps) ? 1.2f : 0);
	if (x->score[ENTITY_PERSON] > 0 && x->score[ENTITY_PERSON] > place &&
	    x->score[ENTITY_PERSON] >= x->score[ENTITY_ORG])
		return ENTITY_PERSON;
	if (x->score[ENTITY_ORG] > 0 && x->score[ENTITY_ORG] > place &&
	    x->score[ENTITY_ORG] > x->score[ENTITY_PERSON])
		return ENTITY_ORG;
	return ENTITY_OTHER;
}

/* 1 if the run [a, b) is a capitalised noun of a case, a law or a plan
 * and the name of a person after it, as "il lodo Alfano" is in lower
 * case: "Lodo Alfano", "Legge Garner", "Piano Capaldo", "Riforma
 * Gelmini" name the person, even one that a small town's name spells
 * ("Lodo Alfano"); not a place the lists know ("Decreto Genova"), nor
 * a word ("Legge Finanziaria", "Piano Casa"). */
static int
rec_case_head(struct rec *r, size_t a, size_t b)
{
	unsigned g;

	if (b - a < 2 || r->en || !rec_is(r, a, rec_cases) ||
	    !rec_cap(r, a + 1) || (r->tl->v[a + 1].flags & T_UPPER) ||
	    (b - a > 2 && !rec_full_name(r, a + 1, b)))
		return 0;
	g = rec_lx(r, a + 1);
	if ((g & (LX_PLACE | LX_ORG | LX_NOTNAME | LX_ORGHEAD |
	    LX_PLACEHEAD | LX_INST | LX_PTITLE | LX_BRAND)) ||
	    ((g & LX_COMMON) && !(g & (LX_SURNAME | LX_GIVEN))))
		return 0;
	/* "Lodo Alfano": a name the lists know, though shaped like an
	 * adjective ("italiano"); not "Piano Nazionale" */
	return (!rec_adj_form(r, a + 1) || (g & (LX_SURNAME | LX_GIVEN |
	    LX_PROPER | LX_TOWN))) &&
	    !(rec_phrase(r, a, b) & (LX_PLACE | LX_ORG));
}

/* 1 if a participle of birth, death or dwelling and "a", "ad" or "in"
 * come before token a: "nato a Poli", "morta ad Atri", "residente a
 * Cazzago", "con sede a Espoo": where someone or something is. */
static int
rec_born_in(struct rec *r, size_t a)
{
	static const char *const at[] = { "a", "ad", "in", NULL };
	static const char *const verbs[] = { "nato", "nata", "nati", "nate",
	    "morto", "morta", "morti", "morte", "residente", "residenti",
	    "sede", "vive", "vivono", "abita", "abitano", "sepolto",
	    "sepolta", "cresciuto", "cresciuta", "domiciliato",
	    "domiciliata", NULL };

	return a >= 2 && (r->tl->v[a - 1].flags & T_LOWER) &&
	    (r->tl->v[a - 2].flags & T_LOWER) &&
	    !(r->tl->v[a].flags & T_NL) && rec_is(r, a - 1, at) &&
	    rec_is(r, a - 2, verbs);
}

/* 1 if the run [a, b) is a later item of a list whose first item comes
 * right after a lower-case noun of works or craft: "i velivoli Tarvo,
 * Pellan e Oriade", "i satelliti Vega 1, Vega 2 e Nautilo": the others
 * are of the same kind, no persons; not a full name ("il film Roma e
 * Sergio Ferlini"). */
static int
rec_work_items(struct rec *r, size_t a, size_t b)
{
	static const char *const seps[] = { ",", "e", "ed", NULL };
	const struct tok *t = r->tl->v;
	size_t k = a, items = 0;

	if (rec_full_name(r, a, b))
		return 0;
	while (k > 0 && items < 8) {
		if ((t[k].flags & (T_SENT | T_NL)) || !rec_is(r, k - 1, seps))
			return 0;
		k--; /* the separator */
		if (k == 0 || !(rec_cap(r, k - 1) || (t[k - 1].flags & T_DIGIT)))
			return 0;
		while (k > 0 && (rec_cap(r, k - 1) ||
		    (t[k - 1].flags & T_DIGIT)) && !(t[k].flags & T_SENT))
			k--; /* the item before */
		if (k > 0 && (t[k - 1].flags & T_LOWER) &&
		    !(t[k].flags & (T_SENT | T_NL)) &&
		    (rec_lx(r, k - 1) & LX_WORKHEAD))
			return 1;
		items++;
	}
	return 0;
}

/* 1 if the run [a, b) is an item of a list of works that a plural
 * noun of works and "ricordiamo", "come", "quali", "tra cui" or a colon
 * bring in: "tra i suoi brani più famosi, ricordiamo Cuore matto,
 * Riderà", "film degli anni settanta, quali Malizia e Sessomatto": the
 * titles of songs, films, books, no persons; not a name after "di" or
 * "da", no item ("i film di Fellini"). */
static int
rec_work_list(struct rec *r, size_t a, size_t b)
{
	static const char *const works[] = { "brani", "canzoni", "singoli",
	    "album", "dischi", "successi", "film", "pellicole", "libri",
	    "romanzi", "opere", "saggi", "programmi", "trasmissioni",
	    "spettacoli", "titoli", "videogiochi", "fumetti", NULL };
	static const char *const intro[] = { "ricordiamo", "come", "quali",
	    "cui", ":", NULL };
	static const char *const item[] = { ",", "e", "ed", "ricordiamo",
	    "come", "quali", "cui", ":", "\"", "“", "«", NULL };
	const struct tok *t = r->tl->v;
	size_t p;

	(void)b;
	if (a == 0 || (t[a].flags & (T_SENT | T_NL)) ||
	    !rec_is(r, a - 1, item))
		return 0; /* an item starts after a comma, "e" or the word
		           * that brings the list in */
	for (p = a; p > 0 && a - p < 16; p--) {
		const struct tok *q = &t[p - 1];
		if ((q->flags & T_NL) || (t[p].flags & T_SENT) ||
		    (q->end - q->start == 1 &&
		    strchr(".;!?", r->text[q->start])))
			return 0;
		if (rec_is(r, p - 1, intro))
			break;
	}
	if (p == 0 || a - p >= 16)
		return 0;
	for (size_t k = p - 1; k > 0 && p - 1 - k < 6; k--) {
		if (t[k].flags & (T_NL | T_SENT))
			return 0;
		if ((t[k - 1].flags & T_LOWER) && rec_is(r, k - 1, works))
			return 1;
	}
	return 0;
}

/* 1 if the run [a, b) is an item of a list that a plural noun of
 * bodies brings in with "come", "quali", "tra cui", "del calibro di", a
 * bracket or a colon: "marche come Bellora, Ferrandi e Lo Scrigno", "le
 * case editrici (Marco Tosi, De Franchi)", "colossi del calibro di
 * Novaris": companies, though named as persons are; as rec_work_list
 * finds works. */
static int
rec_firm_list(struct rec *r, size_t a, size_t b)
{
	static const char *const firms[] = { "società", "aziende", "marche",
	    "marchi", "editrici", "editori", "gruppi", "banche", "partiti",
	    "squadre", "colossi", "compagnie", "multinazionali", "testate",
	    "giornali", "quotidiani", "emittenti", "sindacati",
	    "associazioni", "organizzazioni", "imprese", "ditte", "catene",
	    "etichette", "companies", "firms", "banks", "brands",
	    "publishers", "newspapers", "broadcasters", "lenders", NULL };
	static const char *const intro[] = { "come", "quali", "cui", "(",
	    ":", "calibro", "including", NULL };
	static const char *const joins[] = { ",", "e", "ed", "and", "&",
	    "-", NULL };
	const struct tok *t = r->tl->v;
	size_t p, q = a - 1;

	if (a < 3 || (t[a].flags & (T_SENT | T_NL)) ||
	    r->tl->v[b - 1].end - t[a].start < 2)
		return 0; /* not a letter: "i gruppi (A, B, AB)" */
	if ((t[q].flags & T_LOWER) && rec_is(r, q, rec_articles))
		q--; /* "come la Bellora" */
	if (rec_is(r, q, rec_of) && !rec_is(r, q - 1, intro))
		return 0; /* "di" only after "del calibro" */
	/* back to the word that brings the list in, over names and what
	 * joins them only */
	for (p = q + 1; p > 1 && a - p < 16; p--) {
		const struct tok *w = &t[p - 1];
		if ((w->flags & T_NL) || (t[p].flags & T_SENT))
			return 0;
		if (rec_is(r, p - 1, intro))
			break;
		if (!rec_cap(r, p - 1) && !rec_is(r, p - 1, joins) &&
		    !rec_is(r, p - 1, rec_head_links) &&
		    !rec_is(r, p - 1, rec_articles))
			return 0;
	}
	if (p < 2 || a - p >= 16)
		return 0;
	for (size_t k = p - 1; k > 0 && p - 1 - k < 4; k--) {
		if (t[k].flags & (T_NL | T_SENT))
			return 0;
		if (!(t[k - 1].flags & T_LOWER))
			return 0;
		if (rec_is(r, k - 1, firms))
			return 1;
	}
	return 0;
}

/* 1 if a noun of a merger or a takeover, with "tra", "con" or "di" or
 * none, and only capitalised names joined by "e" or a dash come before
 * token a: "la fusione tra Banca Rossi e Valfin", "Fusione Tosi -
 * Valfin", "l'acquisizione di Valfin": the names are companies. */
static int
rec_merger_of(struct rec *r, size_t a)
{
	static const char *const deals[] = { "fusione", "fusioni",
	    "acquisizione", "incorporazione", "merger", "takeover", NULL };
	static const char *const with[] = { "tra", "fra", "con", "di", "da",
	    "with", "of", "between", NULL };
	static const char *const joins[] = { "e", "ed", "-", "–", "and",
	    NULL };
	const struct tok *t = r->tl->v;
	size_t p = a;

	for (int item = 0; item < 3 && p > 0; item++) {
		p--;
		if ((t[p].flags & T_LOWER) && p > 0 &&
		    rec_is(r, p, rec_articles))
			p--; /* "con il Credito Rossi" */
		if (rec_is(r, p, deals))
			return 1;
		if (t[p].flags & T_LOWER) {
			if (rec_is(r, p, with))
				return p > 0 && rec_is(r, p - 1, deals);
			if (!rec_is(r, p, joins))
				return 0;
		} else if (!rec_is(r, p, joins)) {
			return 0;
		}
		/* "e" or a dash: back over the name before it */
		if (p == 0 || !rec_cap(r, p - 1))
			return 0;
		while (p > 0 && (rec_cap(r, p - 1) ||
		    ((t[p - 1].flags & T_LOWER) && p > 1 && rec_cap(r, p - 2) &&
		    rec_is(r, p - 1, rec_head_links))) &&
		    !(t[p].flags & T_SENT))
			p--;
		if (t[p].flags & T_SENT)
			return rec_is(r, p, deals); /* "Fusione Tosi - Valfin" */
	}
	return 0;
}

/* 1 if the text reports games: words of the trade ("gol", "rigore",
 * "doppietta", "allenatore"; "goal", "striker") in lower case, four
 * times or more.  Such a report names players and coaches by surname
 * alone, after "di" and with no other cue ("il rigore di Lukaku",
 * "supera Bizarri"), where elsewhere an unknown word is as often a
 * work's or a village's name.  Asked once, when a word needs it. */
static int
rec_sport(struct rec *r)
{
	static const char *const words[] = { "gol", "rigore", "rigori",
	    "doppietta", "tripletta", "allenatore", "attaccante",
	    "centrocampista", "difensore", "portiere", "ammonito",
	    "ammoniti", "espulso", "traversa", "marcatori", "scudetto",
	    "retrocessione", "goal", "goals", "striker", "midfielder",
	    "defender", "goalkeeper", "equaliser", "equalizer", "hat-trick",
	    NULL };
	/* a, c, d, e, g, h, m, p, r, s, t */
	static const uint32_t firsts = 1u << 0 | 1u << 2 | 1u << 3 | 1u << 4 |
	    1u << 6 | 1u << 7 | 1u << 12 | 1u << 15 | 1u << 17 | 1u << 18 |
	    1u << 19;
	int n = 0;

	if (r->sport >= 0)
		return r->sport;
	r->sport = 0;
	for (size_t i = 0; i < r->tl->n && !r->sport; i++) {
		const struct tok *t = &r->tl->v[i];
		unsigned char c = (unsigned char)r->text[t->start];

		/* the words' first letters and lengths, before the set */
		if ((t->flags & T_LOWER) && t->end - t->start >= 3 &&
		    c >= 'a' && c <= 'z' && ((firsts >> (c - 'a')) & 1) &&
		    rec_is(r, i, words) && ++n >= 4)
			r->sport = 1;
	}
	return r->sport;
}

/* 1 if the one-word run [a, b) comes after "di" with nothing but
 * the prior for any type, no list knowing the word as a person's name
 * nor its shape a surname's: "le puntate di Zenitale", "il patriarcato
 * di Valdorna", "gli anni di Tarvellino" name a work, a place, a
 * show more often than a person, who is named so only elsewhere. */
static int
rec_of_unknown(struct rec *r, size_t a, size_t b, const struct span *s)
{
	static const char *const di[] = { "di", NULL };

	return b - a == 1 && a > 0 && (r->tl->v[a - 1].flags & T_LOWER) &&
	    !(r->tl->v[a].flags & (T_NL | T_UPPER)) &&
	    s->score[ENTITY_PERSON] <= 0.01f && s->score[ENTITY_ORG] <= 0.01f &&
	    s->score[ENTITY_PLACE] <= 0.01f && rec_is(r, a - 1, di) &&
	    !(rec_lx(r, a) & (LX_GIVEN | LX_SURNAME)) &&
	    !rec_surname_form(r, a);
}

/* 1 if the run [a, b), a title and a name, comes after the lower-case
 * noun of a street or a square: a street named after a king, a queen,
 * a pope, a general, whose title is part of its name ("corso Re Umberto
 * I", "viale Regina Elena", "via Principe Amedeo", "piazza Papa Giovanni
 * XXIII"). */
static inline __attribute__((always_inline)) int
rec_titled_street(struct rec *r, size_t a, size_t b)
{
	static const char *const streets[] = { "via", "viale", "piazza",
	    "piazzale", "corso", "largo", "vicolo", "lungomare",
	    "lungotevere", NULL };

	return a > 0 && b - a >= 2 && (r->tl->v[a - 1].flags & T_LOWER) &&
	    !(r->tl->v[a].flags & T_NL) && rec_is(r, a - 1, streets) &&
	    (rec_lx(r, a) & LX_PTITLE) && rec_cap(r, a + 1) && !r->en;
}

/* Judge the run [a, b): trim titles and sentence-initial common words,
 * weigh the evidence, keep it as a span. */
/* 1 if a name the lists know, of two words or more, starts the run
 * [a, b) and a body's or a place's last word ends it: the first word
 * is the name's, not the sentence's ("New South Wales Police said"). */
static int
rec_known_front(struct rec *r, size_t a, size_t b)
{
	if (!(rec_lx(r, b - 1) & (LX_ORGTAIL | LX_PLACETAIL)))
		return 0;
	for (size_t k = a + 2; k < b; k++)
		if (rec_phrase(r, a, k) & (LX_PLACE | LX_ORG | LX_TOWN))
			return 1;
	return 0;
}

/* 1 if a noun of works or craft and an adjective of six letters or more
 * or a nationality come just before the name at token a: "la petroliera
 * panamense Varna", "la sonda spaziale Tarvo", "il film americano Dolce
 * Vento", "la petroliera russa Volga-Neft": a title or a craft's name as
 * after the noun alone; not after a language that the nationality names
 * ("la televisione di lingua tedesca SF"). */
static int
rec_work_adj(struct rec *r, size_t a)
{
	static const char *const tongues[] = { "lingua", "dialetto", NULL };
	const struct tok *t = r->tl->v;

	return a >= 2 && (t[a - 1].flags & T_LOWER) &&
	    (t[a - 2].flags & T_LOWER) && !(t[a].flags & T_NL) &&
	    !(t[a - 1].flags & T_NL) && (rec_adj_form(r, a - 1) ||
	    (rec_nation_word(r, a - 1) && !rec_is(r, a - 2, tongues))) &&
	    !(rec_lx(r, a - 1) & (LX_PTITLE | LX_WORKHEAD)) &&
	    (rec_lx(r, a - 2) & LX_WORKHEAD);
}

/* 1 if token i starts a sentence and is a word of one letter, not an
 * initial (no stop after it): in any script a preposition or a
 * conjunction ("В", "A", "E"), no part of the name after it. */
static int
rec_letter_word(const struct rec *r, size_t i)
{
	const struct tok *t = &r->tl->v[i];
	ucs4_t c;

	return (t->flags & T_SENT) && t->end > t->start &&
	    i + 1 < r->tl->n && r->tl->v[i + 1].start > t->end &&
	    r->text[t->end] == ' ' &&
	    u8_mbtouc(&c, (const uint8_t *)r->text + t->start,
	    t->end - t->start) == (int)(t->end - t->start);
}

static int rec_push_typed(struct rec *r, size_t a, size_t b,
    enum entity_type t, float score);

/* 1 if the run [a, b) is "Pro" and a capitalised name: an Italian
 * club or society named for a place or a cause ("Pro Valdimonte", "Pro
 * Loco Valdimonte"), a body even at a sentence's start, where "Pro"
 * alone would be the Latin word. */
static int
rec_pro_club(struct rec *r, size_t a, size_t b)
{
	static const char *const pro[] = { "pro", NULL };

	return b - a >= 2 && (r->tl->v[a].flags & T_CAP) &&
	    !(r->tl->v[a].flags & T_UPPER) && rec_cap(r, a + 1) &&
	    rec_is(r, a, pro);
}

/* 1 if a masculine article starts the sentence right before token a:
 * "Lo Zywiec pareggia" names a team, as "il Cagliari" does
 * mid-sentence, since a town takes no article. */
static int
rec_sent_club(struct rec *r, size_t a)
{
	static const char *const masc[] = { "il", "lo", NULL };

	return a > 0 && (r->tl->v[a - 1].flags & T_SENT) &&
	    !(r->tl->v[a].flags & T_NL) && rec_is(r, a - 1, masc);
}

/* 1 if the run [a, b) is an airport, a hospital or a station named by
 * its city alone ("Aeroporto di Ginevra", "Ospedale di Cagliari"): a
 * description whose one name is the city's; not "Aeroporto di
 * Roma-Fiumicino", the airport's own name. */
static int
rec_site_of_city(struct rec *r, size_t a, size_t b)
{
	static const char *const sites[] = { "aeroporto", "ospedale",
	    "stazione", NULL };
	static const char *const di[] = { "di", NULL };
	const struct tok *t;
	unsigned f;

	if (b - a != 3 || !rec_is(r, a, sites) || !rec_is(r, a + 1, di))
		return 0;
	t = &r->tl->v[a + 2];
	if ((t->flags & T_UPPER) ||
	    memchr(r->text + t->start, '-', t->end - t->start) != NULL)
		return 0;
	f = rec_lx(r, a + 2);
	return (f & (LX_CITY | LX_TOWN | LX_PLACE)) &&
	    !(f & (LX_ORG | LX_COUNTRY));
}

/* 1 if the run [a, b) is the name of a decree or a law after its noun,
 * an Italian verb or noun and a place the lists know ("il decreto Salva
 * Roma", "il decreto Cura Italia", "Sblocca Italia"): a measure named by
 * its aim, whose one proper name is the place's. */
static int
rec_measure_place(struct rec *r, size_t a, size_t b)
{
	static const char *const measures[] = { "decreto", "decreti", "dl",
	    "legge", "ddl", "manovra", "piano", "provvedimento", NULL };
	unsigned f;

	if (b - a != 2 || a == 0 || !rec_is(r, a - 1, measures) ||
	    (r->tl->v[a].flags & (T_UPPER | T_NL)))
		return 0;
	f = rec_lx(r, a);
	return (f & LX_COMMON_IT) && !(f & (LX_PLACE | LX_TOWN | LX_ORG |
	    LX_GIVEN | LX_SURNAME)) &&
	    (rec_lx(r, a + 1) & (LX_PLACE | LX_COUNTRY | LX_CITY));
}

/* 1 if a past participle of what bodies do and "da" (with an
 * article) come just before the name at token a, and no list knows its
 * first word as a given name: a body organises, promotes, funds, runs,
 * sponsors, controls, buys, commissions, holds, issues and spreads
 * ("organizzato dalla Pro Valdimonte", "controllata da Banca Rossi",
 * "la quota detenuta da Valfin", "i dati diffusi dall'Istat"); a
 * person who does so is named in full ("gestita da Rocco Migliardi"). */
static int
rec_body_deed_by(struct rec *r, size_t a, size_t b)
{
	static const char *const deeds[] = { "organizzato", "organizzata",
	    "organizzati", "organizzate", "promosso", "promossa", "promossi",
	    "promosse", "finanziato", "finanziata", "finanziati",
	    "finanziate", "gestito", "gestita", "gestiti", "gestite",
	    "sponsorizzato", "sponsorizzata", "sponsorizzati",
	    "sponsorizzate", "controllato", "controllata", "controllati",
	    "controllate", "acquisito", "acquisita", "acquisiti",
	    "acquisite", "commissionato", "commissionata", "commissionati",
	    "commissionate", "patrocinato", "patrocinata", "patrocinati",
	    "patrocinate", "detenuto", "detenuta", "detenuti", "detenute",
	    "emesso", "emessa", "emessi", "emesse", "diffuso", "diffusa",
	    "diffusi", "diffuse", NULL };
	static const char *const seps[] = { ",", "e", "ed", NULL };
	size_t k;

	if (!(a >= 2 && (r->tl->v[a - 1].flags & T_LOWER) &&
	    (r->tl->v[a - 2].flags & T_LOWER) &&
	    !(r->tl->v[a].flags & T_NL) && !(r->tl->v[a - 1].flags & T_NL) &&
	    rec_is(r, a - 1, rec_by) && rec_is(r, a - 2, deeds) &&
	    !(rec_lx(r, a) & (LX_GIVEN | LX_SURNAME | LX_PTITLE | LX_PLACE |
	    LX_TOWN))))
		return 0;
	/* the first item of a list whose next is a person named in full is
	 * a person too ("organizzato da Prodi e Tommaso Padoa-Schioppa"),
	 * as rec_listed takes it */
	if (b + 2 < r->tl->n && rec_is(r, b, seps) &&
	    !(r->tl->v[b + 1].flags & T_NL)) {
		for (k = b + 1; k < r->tl->n && rec_cap(r, k) &&
		    !(r->tl->v[k].flags & T_NL); k++)
			;
		if (rec_full_name(r, b + 1, k))
			return 0;
	}
	return 1;
}

/* 1 if the capitalised token i is a past participle, as a sentence of
 * sport or crime news opens with what befell the name after it
 * ("Squalificato Rossi", "Ammonito Pellegrini", "Espulsi Lucchini e
 * Bonera"): a regular one whose infinitive is an Italian word, or one of
 * the irregular ones such news uses; no name (not "Donato Bilancia",
 * "Renato Zero"), nor a body's or a place's head ("Partito
 * Democratico", "Stato Islamico"). */
static int
rec_lead_participle(struct rec *r, size_t i)
{
	static const char *const irregular[] = { "espulso", "espulsi",
	    "espulsa", "sospeso", "sospesi", "sospesa", "escluso", "esclusi",
	    "esclusa", "ucciso", "uccisi", "uccisa", "assolto", "assolti",
	    "assolta", "rimosso", "rimossi", "promosso", "promossi",
	    "arresi", NULL };
	static const char *const infs[] = { "are", "ire", "ere" };
	const struct tok *t = &r->tl->v[i];
	size_t n = t->end - t->start;
	char buf[48];
	unsigned f;

	if (!rec_cap(r, i) || (t->flags & (T_UPPER | T_NL)) || n < 6 ||
	    n + 1 > sizeof(buf))
		return 0;
	f = rec_lx(r, i);
	if (f & (LX_GIVEN | LX_SURNAME | LX_PLACE | LX_TOWN | LX_ORG |
	    LX_BRAND | LX_INST | LX_ORGHEAD | LX_PLACEHEAD | LX_PTITLE |
	    LX_EVHEAD | LX_PROPER))
		return 0;
	if (rec_is(r, i, irregular))
		return 1;
	memcpy(buf, r->text + t->start, n);
	if (buf[n - 2] != 't' || !strchr("aeio", buf[n - 1]) ||
	    !strchr("aiu", buf[n - 3]))
		return 0;
	/* "squalificat-o" to "squalificare", "ammonit-o" to "ammonire",
	 * "battut-o" to "battere" */
	if (buf[0] < 'A' || buf[0] > 'Z')
		return 0;
	buf[0] = (char)(buf[0] - 'A' + 'a');
	memcpy(buf + n - 3, buf[n - 3] == 'a' ? infs[0] : buf[n - 3] == 'i' ?
	    infs[1] : infs[2], 3);
	return (lx_word(r->lx, buf, n) & LX_COMMON_IT) != 0;
}

/* 1 if the token a starts a lawmaker's party and seat in American
 * copy, set off by a comma or a bracket: "D-Fairview", "(R-Ohio)",
 * "(I-Vt.)": a party's letter, a hyphen, and the place (not "on
 * D-Day"). */
static int
rec_party_seat(struct rec *r, size_t a)
{
	const struct tok *t = r->tl->v;
	const char *w = r->text + t[a].start;
	char p;

	if (a == 0 || t[a].end - t[a].start < 4 ||
	    t[a - 1].end - t[a - 1].start != 1)
		return 0;
	p = r->text[t[a - 1].start];
	return (w[0] == 'D' || w[0] == 'R' || w[0] == 'I') && w[1] == '-' &&
	    w[2] >= 'A' && w[2] <= 'Z' && (p == ',' || p == '(');
}

/* 1 if the one-token run at a, two capitalised parts joined by a
 * hyphen whose lexicon flags are f and g, is a game played: a score
 * follows it ("Udinese-Cagliari 2-1", "(Lazio-Palermo 6-2)": whatever
 * the two names, the teams of a match), or a report of games names it
 * and both parts are clubs or cities the lists know and no given name
 * ("Napoli-Inter all'ultimo atto", in a story of goals and
 * scudetti), not a road, a line nor a route there. */
static int
rec_match_played(struct rec *r, size_t a, unsigned f, unsigned g)
{
	if (a + 1 < r->tl->n && !(r->tl->v[a + 1].flags & T_NL) &&
	    rec_score(r, a + 1) > 0)
		return 1;
	return !((f | g) & LX_GIVEN) && (f & (LX_ORG | LX_CITY)) &&
	    (g & (LX_ORG | LX_CITY)) && rec_sport(r);
}

/* The offset of the hyphen that parts the one-token run at a into two
 * teams of a match ("Juventus-Roma"): two capitalised parts, each a
 * body or a city the lists know, one of them a body and no place (a
 * club: "Bologna-Firenze" is a road or a line), the other a city
 * ("Fiat-Chrysler" is a merger); 0 if not. */
static size_t
rec_match_pair(struct rec *r, size_t a)
{
	const struct tok *t = &r->tl->v[a];
	const char *p = r->text + t->start, *e = r->text + t->end, *h;
	unsigned f, g;

	if ((h = memchr(p, '-', (size_t)(e - p))) == NULL || h - p < 3 ||
	    e - h < 4 || memchr(h + 1, '-', (size_t)(e - h - 1)) != NULL ||
	    !(*p >= 'A' && *p <= 'Z') || !(h[1] >= 'A' && h[1] <= 'Z'))
		return 0;
	f = lx_word(r->lx, p, (size_t)(h - p));
	g = lx_word(r->lx, h + 1, (size_t)(e - h - 1));
	if (e - h >= 4 && rec_match_played(r, a, f, g))
		return (size_t)(h - r->text);
	if (!((f & LX_ORG) || ((f & LX_CITY) && !(f & (LX_COMMON |
	    LX_GIVEN)))) || !((g & LX_ORG) || ((g & LX_CITY) &&
	    !(g & (LX_COMMON | LX_GIVEN)))))
		return 0;
	if (!((f | g) & LX_CITY))
		return 0; /* "Fiat-Chrysler", two companies merged */
	if (((f & LX_ORG) && !(f & (LX_PLACE | LX_TOWN))) ||
	    ((g & LX_ORG) && !(g & (LX_PLACE | LX_TOWN))))
		return (size_t)(h - r->text);
	return 0;
}

/* The end of the words in capitals that open an English paragraph as
 * its first words are set ("GARDAÍ ARE EXAMINING Monday's programme",
 * "POLICE are appealing"): where a common word of the language is in
 * capitals among them and the text goes on in lower case or with a
 * name, the capitals are a lead-in's type, no acronym's or body's; a
 * if the run does not open so. */
static size_t
rec_lede_caps(struct rec *r, size_t a, size_t b)
{
	const struct tok *t = r->tl->v;
	size_t k = a;
	int common = 0;

	if (!r->en || !(a == 0 || (t[a].flags & T_NL)))
		return a;
	for (; k < b && (t[k].flags & T_UPPER); k++) {
		unsigned f = rec_lx(r, k);

		if ((f & LX_COMMON_EN) && !(f & (LX_ORG | LX_BRAND |
		    LX_COUNTRY | LX_GIVEN | LX_SURNAME)))
			common = 1;
	}
	if (!common || k == a)
		return a;
	if (k == b) /* "POLICE are appealing" */
		return b < r->tl->n && (t[b].flags & T_LOWER) &&
		    !(t[b].flags & T_NL) ? b : a;
	return k - a >= 2 ? k : a;
}

/* 1 if the run [a, b), in English, is a saint's name before "'s Day",
 * or that "Day": a feast ("St Patrick's Day", "St Stephen's Day"), a
 * date, no body, place or person called Day. */
static int
rec_saints_day(struct rec *r, size_t a, size_t b)
{
	static const char *const day[] = { "day", NULL };
	const struct tok *t = r->tl->v;
	size_t n = r->tl->n;

	if (!r->en)
		return 0;
	if (b - a >= 2 && b + 1 < n && rec_is(r, a, rec_saints) &&
	    rec_poss_after(r, b) && t[b].start == t[b - 1].end &&
	    rec_cap(r, b + 1) && rec_is(r, b + 1, day))
		return 1;
	if (b != a + 1 || a < 3 || !rec_is(r, a, day) || !rec_cap(r, a) ||
	    !rec_poss_after(r, a - 1))
		return 0;
	for (size_t k = a - 1; k > 0 && k + 4 > a; k--)
		if (rec_cap(r, k - 1) && rec_is(r, k - 1, rec_saints))
			return 1;
	return 0;
}

/* 1 if the one-word run at a, in English and not in capitals, is a
 * common word that heads or ends bodies' names and that the lists know
 * as a town's name too ("Police", a town in Poland): alone, it is the
 * word ("The Police said", "the Commissioner of Police"), no place. */
static int
rec_body_word_town(struct rec *r, size_t a, size_t b)
{
	static const char *const the[] = { "the", NULL };
	unsigned f;

	if (r->en && b == a + 2 && (r->tl->v[a].flags & T_SENT) &&
	    rec_is(r, a, the))
		a++; /* "The Police said" */
	if (!r->en || b != a + 1 || (r->tl->v[a].flags & T_UPPER))
		return 0;
	f = rec_lx(r, a);
	return (f & LX_COMMON_EN) && (f & (LX_ORGHEAD | LX_ORGTAIL)) &&
	    (f & (LX_PLACE | LX_CITY | LX_TOWN)) &&
	    !(f & (LX_COUNTRY | LX_GIVEN | LX_SURNAME | LX_ORG | LX_BRAND));
}

/* The number of tokens of a result's score at token k on one line:
 * rec_score's, or digits, a dash and digits apart, which the sentence
 * splitter may cut after the dash ("0 – 1"); 0 if none. */
static size_t
rec_result_score(struct rec *r, size_t k)
{
	const struct tok *t = r->tl->v;
	size_t m;

	if (k >= r->tl->n || (t[k].flags & T_NL) || !(t[k].flags & T_DIGIT))
		return 0;
	if ((m = rec_score(r, k)) > 0)
		return m;
	if (k + 2 >= r->tl->n || !rec_score_side(r, k) ||
	    !rec_score_side(r, k + 2) || (t[k + 1].flags & T_NL) ||
	    (t[k + 2].flags & T_NL) || tok_dash(r->text + t[k + 1].start,
	    t[k + 1].end - t[k + 1].start) == 0)
		return 0;
	return 3;
}

/* 1 if the run [a, b) is a side of a result alone on its line, as a
 * round-up lists them: "Chelsea 0 – 1 Manchester City", "Huddersfield
 * 0-4 Tottenham": the two teams, bodies, though named after their
 * towns or like persons.  Such a line is short: the line's start is
 * looked for no further back than REC_RESULT_WORDS tokens (a walk to it
 * from every name of a line of megabytes took minutes). */
#define REC_RESULT_WORDS 16
static int
rec_result_line(struct rec *r, size_t a, size_t b)
{
	const struct tok *t = r->tl->v;
	size_t n = r->tl->n, k, m, s;

	if (a > 0 && !(t[a].flags & T_NL)) {
		/* the second side: the score and the first side before it */
		for (k = a; k > 0 && !(t[k].flags & T_NL); k--)
			if (a - k >= REC_RESULT_WORDS)
				return 0;
		for (m = k; m < a && rec_cap(r, m); m++)
			;
		if (m == k || m == a || (s = rec_result_score(r, m)) == 0 ||
		    m + s != a)
			return 0;
		return b >= n || (t[b].flags & T_NL);
	}
	if ((m = rec_result_score(r, b)) == 0 || b + m >= n ||
	    (t[b + m].flags & T_NL) || !rec_cap(r, b + m))
		return 0;
	for (k = b + m; k < n && !(t[k].flags & T_NL); k++)
		if (!rec_cap(r, k) || k - b >= REC_RESULT_WORDS)
			return 0;
	return 1;
}

/* The index of "of" in the run [a, b) left after a title, when a
 * given name and a surname come before it and a place the lists know
 * after it, to the run's end: "Leader Ann Wick of Ohio", the person
 * and her state; b if none. */
static size_t
rec_of_state(struct rec *r, size_t a, size_t b)
{
	static const char *const of[] = { "of", NULL };

	for (size_t i = a + 2; i + 1 < b && i <= a + 3; i++)
		if (rec_is(r, i, of) && (r->tl->v[i].flags & T_LOWER) &&
		    (rec_lx(r, a) & LX_GIVEN) &&
		    ((b - i == 2 ? rec_lx(r, i + 1) : rec_phrase(r, i + 1, b)) &
		    (LX_PLACE | LX_COUNTRY)))
			return i;
	return b;
}

/* 1 if the run [a, b) is a heading in capitals, not a name: four words
 * or more, all in capitals, two of them common words of the text's
 * language no list knows as a name, the first no head of a body's or a
 * place's name ("DUE LADRI ARRESTATI A ROMA", "OFFICES EVACUATED AFTER
 * SUSPICIOUS SUBSTANCE FOUND"; not "BANCA NAZIONALE DEL LAVORO"). */
static int
rec_caps_heading(struct rec *r, size_t a, size_t b)
{
	unsigned lang = r->en ? LX_COMMON_EN : LX_COMMON_IT;
	int common = 0;

	if (b - a < 4 || ((rec_lx(r, a) & (LX_ORGHEAD | LX_PLACEHEAD)) &&
	    (!r->en || b - a < 6)) ||
	    (rec_phrase(r, a, b) & (LX_ORG | LX_PLACE)))
		return 0; /* an English heading of six words or more may open
		           * with a body's head: "CHAMBER OF MINES TAKES AMCU
		           * TO COURT" */
	for (size_t k = a; k < b; k++) {
		unsigned g = rec_lx(r, k);

		if (r->tl->v[k].flags & T_LOWER)
			return 0;
		if (!(r->tl->v[k].flags & T_UPPER) &&
		    r->tl->v[k].end - r->tl->v[k].start > 1)
			return 0;
		if ((g & lang) && !(g & (LX_ORG | LX_GIVEN |
		    LX_SURNAME | LX_CITY | LX_COUNTRY | LX_BRAND)))
			common++;
	}
	return common >= 2;
}

/* 1 if the one-word run at a is a weekday cut to three or four
 * letters, then a comma or none and a day's number: a page's date
 * stamp ("Thu, 3 Dec 2015", "Wed 12 March"), no name. */
static int
rec_weekday_stamp(struct rec *r, size_t a, size_t b)
{
	static const char *const days[] = { "mon", "tue", "tues", "wed",
	    "thu", "thur", "thurs", "fri", "sat", "sun", NULL };
	const struct tok *t = r->tl->v;
	size_t k = b;

	if (b != a + 1 || !rec_is(r, a, days))
		return 0;
	if (k < r->tl->n && t[k].end - t[k].start == 1 &&
	    r->text[t[k].start] == ',')
		k++;
	return k < r->tl->n && (t[k].flags & T_DIGIT) &&
	    t[k].end - t[k].start <= 2 && !(t[k].flags & T_NL);
}

/* 1 if the one-word run at a, in English, is a team's or a maker's
 * name before the word for one of its drivers or its team: "Mercedes
 * driver Ann Lowe", "the Ferrari team", "his Mercedes teammate"; a town
 * or a person's name elsewhere, a body here (not a country's team). */
static int
rec_team_of(struct rec *r, size_t a, size_t b)
{
	static const char *const crew[] = { "driver", "drivers",
	    "teammate", "teammates", "team", NULL };
	static const char *const dets[] = { "the", "his", "her", "their",
	    "its", "a", NULL };
	const struct tok *t = r->tl->v;
	unsigned f;

	/* "His Mercedes teammate" opening a sentence */
	if (r->en && b == a + 2 && (t[a].flags & T_SENT) && rec_is(r, a, dets))
		a++;
	if (!r->en || b != a + 1 || b >= r->tl->n || !(t[b].flags & T_LOWER) ||
	    (t[b].flags & T_NL) || (t[a].flags & T_UPPER) ||
	    !rec_is(r, b, crew))
		return 0;
	f = rec_lx(r, a);
	return (f & (LX_PLACE | LX_TOWN | LX_GIVEN | LX_SURNAME)) &&
	    !(f & (LX_COUNTRY | LX_COMMON | LX_DEMONYM | LX_ORG | LX_BRAND));
}

/* 1 if the one-word run at a, in English, is a capitalised plural of a
 * common noun after "the", mid-sentence or after the sentence's "The":
 * a team's, a party's, a band's name ("the Nuggets", "the Grizzlies",
 * "the Liberals"), a body; not a place ("the Alps"), a people ("the
 * Britons"), nor the plural of an event ("the Games", "the Oscars"). */
static int
rec_the_plural(struct rec *r, size_t a, size_t b)
{
	static const char *const the[] = { "the", NULL };
	static const char *const events[] = { "games", "olympics",
	    "paralympics", "oscars", "emmys", "grammys", "baftas", "troubles",
	    "championships", "finals", "playoffs", "nationals", "holidays",
	    "islands", "states", "times", "news", NULL };
	const struct tok *t = r->tl->v;
	size_t n = t[a].end - t[a].start;
	unsigned f;

	if (!r->en || b != a + 1 || a == 0 || n < 4 ||
	    r->text[t[a].end - 1] != 's' || r->text[t[a].end - 2] == 's' ||
	    !(t[a].flags & T_CAP) || (t[a].flags & (T_UPPER | T_NL)) ||
	    !rec_is(r, a - 1, the) || t[a - 1].end == t[a].start ||
	    ((t[a - 1].flags & T_CAP) && !(t[a - 1].flags & T_SENT)) ||
	    (t[a].flags & T_SENT) || rec_is(r, a, events))
		return 0;
	f = rec_lx(r, a);
	return (f & LX_COMMON_EN) && !(f & (LX_PLACE | LX_TOWN | LX_COUNTRY |
	    LX_DEMONYM | LX_NOTNAME | LX_EVTAIL | LX_PLACETAIL | LX_GIVEN |
	    LX_SURNAME | LX_INST | LX_PTITLE | LX_WORKHEAD));
}

/* 1 if the run [a, b), in English, ends with the letters a British,
 * Irish or Commonwealth name takes after it, for a silk, a seat or an
 * honour ("Rachel Brand QC", "Ann Lowe MP", "Tom Hale OBE"): they are no
 * part of the name, which has two words or more before them. */
static int
rec_postnominal(struct rec *r, size_t a, size_t b)
{
	static const char *const post[] = { "QC", "KC", "SC", "MP", "MEP",
	    "MSP", "MLA", "TD", "OBE", "MBE", "CBE", "KBE", "DBE", NULL };
	const struct tok *t = r->tl->v;
	size_t n = t[b - 1].end - t[b - 1].start;

	if (!r->en || b - a < 3 || !(t[b - 1].flags & T_UPPER) ||
	    !rec_cap(r, b - 2) || (t[b - 2].flags & T_UPPER))
		return 0;
	for (size_t k = 0; post[k]; k++)
		if (strlen(post[k]) == n &&
		    memcmp(r->text + t[b - 1].start, post[k], n) == 0)
			return 1;
	return 0;
}

/* 1 if the one-word run at a, in English, is "House" alone, no name
 * before or after it: the chamber ("House accepted the amendments"), not
 * a person of that surname, even opening a sentence. */
static int
rec_chamber_alone(struct rec *r, size_t a, size_t b)
{
	static const char *const house[] = { "house", NULL };
	const struct tok *t = r->tl->v;

	return r->en && b == a + 1 && !(t[a].flags & T_UPPER) &&
	    rec_is(r, a, house) && (a == 0 || !rec_cap(r, a - 1)) &&
	    (b >= r->tl->n || !rec_cap(r, b));
}

/* 1 if the one-word run at a is the chamber's letters of a bill's
 * number in an American legislature, before the number: "HB 1204", "SB
 * 45", "AB 5", "HJR 3", or the two words of "House Bill 100", with the
 * words of its version before them ("Substitute House Bill 100"); a
 * bill, no body and no person. */
static int
rec_bill_number(struct rec *r, size_t a, size_t b)
{
	static const char *const chambers[] = { "hb", "sb", "ab", "hf",
	    "sf", "lb", "ld", "hjr", "sjr", "hcr", "scr", NULL };
	static const char *const houses[] = { "house", "senate",
	    "assembly", NULL };
	static const char *const bills[] = { "bill", "resolution", NULL };
	const struct tok *t = r->tl->v;

	static const char *const stages[] = { "engrossed", "substitute",
	    "enrolled", "amended", "second", "third", "committee", NULL };

	/* "Engrossed Substitute House Bill 1044", as Washington's
	 * legislature names a bill's later versions */
	while (b >= a + 3 && rec_is(r, a, stages))
		a++;
	if (b < r->tl->n && (t[b].flags & T_DIGIT) && !(t[b].flags & T_NL) &&
	    b == a + 2 && rec_is(r, a, houses) && rec_is(r, a + 1, bills))
		return 1; /* "House Bill 100": no person called Bill */
	return b == a + 1 && b < r->tl->n && (t[a].flags & T_UPPER) &&
	    (t[b].flags & T_DIGIT) && !(t[b].flags & T_NL) &&
	    t[b].start == t[a].end + 1 && rec_is(r, a, chambers);
}

/* 1 if the one-word run at a is a state as the wires abbreviate it
 * with a stop, after a town and a comma: "Roseville, Calif.", "Erie,
 * Pa.", "Dover, Del." (alone, "Pa" or "Del" is no place). */
static int
rec_ap_state(struct rec *r, size_t a, size_t b)
{
	static const char *const states[] = { "ala", "ariz", "ark",
	    "calif", "colo", "conn", "del", "fla", "ga", "ill", "ind", "kan",
	    "ky", "la", "md", "mass", "mich", "minn", "miss", "mo", "mont",
	    "neb", "nev", "okla", "ore", "pa", "tenn", "vt", "va", "wash",
	    "wis", "wyo", NULL };
	const struct tok *t = r->tl->v;

	return b == a + 1 && a >= 2 && b < r->tl->n &&
	    t[b].end - t[b].start == 1 && r->text[t[b].start] == '.' &&
	    t[b].start == t[a].end && t[a - 1].end - t[a - 1].start == 1 &&
	    r->text[t[a - 1].start] == ',' && rec_cap(r, a - 2) &&
	    !(t[a].flags & T_NL) && rec_is(r, a, states);
}

/* 1 if the run [a, b) is "Miss" or "Mister" and a state or a region
 * the lists know: a beauty contest named after the place ("Miss
 * Italia", "Miss Puglia"), no person; "Miss Marple", after a town's
 * name, is one. */
static int
rec_pageant(struct rec *r, size_t a, size_t b)
{
	static const char *const miss[] = { "miss", "mister", NULL };
	unsigned f;

	if (b - a < 2 || r->en || !rec_is(r, a, miss) ||
	    (r->tl->v[a].flags & T_UPPER))
		return 0;
	f = b - a == 2 ? rec_lx(r, a + 1) : rec_phrase(r, a + 1, b);
	return ((f & LX_COUNTRY) || ((f & LX_PLACE) &&
	    !(f & (LX_CITY | LX_TOWN)))) && !(f & (LX_GIVEN | LX_SURNAME));
}

/* 1 if the one-word run at a is an American state's postal code in
 * English, after a town and a comma, as captions and datelines write it
 * ("SAN FRANCISCO, CA –", "Austin, TX"): the state, a place, no body's
 * initials. */
static int
rec_postal_state(struct rec *r, size_t a, size_t b)
{
	const struct tok *t = r->tl->v;
	size_t k;

	if (!r->en || b != a + 1 || a < 2 || !(t[a].flags & T_UPPER) ||
	    t[a].end - t[a].start != 2 || (t[a].flags & T_NL) ||
	    t[a - 1].end - t[a - 1].start != 1 ||
	    r->text[t[a - 1].start] != ',' || !rec_cap(r, a - 2) ||
	    (b < r->tl->n && (t[b].flags & T_WORD) &&
	    !(t[b].flags & T_NL)) || !rec_is(r, a, rec_us_codes))
		return 0;
	/* the town: its last word, or its words ("SAN FRANCISCO") */
	for (k = a - 1; k > 0 && k + 4 > a && rec_cap(r, k - 1) &&
	    !(t[k].flags & T_NL); k--)
		if (((k == a - 1 ? rec_lx(r, k - 1) : rec_phrase(r, k - 1,
		    a - 1)) & (LX_PLACE | LX_CITY | LX_TOWN)))
			return 1;
	return 0;
}

static int
rec_run(struct rec *r, size_t a, size_t b)
{
	struct span s;
	int title = 0;
	unsigned f;
	size_t h;
	int cue, ocue, keep = 0, surname, gov = 0, work = 0, led = 0, aff;
	enum entity_type named;
	size_t e;

	if (rec_postnominal(r, a, b))
		return rec_run(r, a, b - 1); /* "Rachel Brand QC" */
	if (rec_postal_state(r, a, b))
		return rec_push_typed(r, a, b, ENTITY_PLACE, 6); /* "Austin,
		                                                  * TX" */
	if (rec_body_word_town(r, a, b))
		return 0; /* "The Police said": no town in Poland */
	if (rec_saints_day(r, a, b))
		return 0; /* "St Patrick's Day": a feast */
	if ((e = rec_lede_caps(r, a, b)) > a)
		return e < b ? rec_run(r, e, b) : 0; /* "GARDAÍ ARE
		                                      * EXAMINING Monday's" */
	if (rec_cavaliere(r, a, b))
		return rec_push_typed(r, a, b, ENTITY_PERSON, 6); /* "il
		                                                   * Cavaliere
		                                                   * ha detto" */
	if (rec_result_line(r, a, b))
		return rec_push_typed(r, a, b, ENTITY_ORG, 6); /* "Chelsea 0
		                                                * – 1" */
	if (rec_chamber_alone(r, a, b))
		return rec_push_typed(r, a, b, ENTITY_ORG, 6); /* "House
		                                                * voted" */
	if (rec_team_of(r, a, b))
		return rec_push_typed(r, b - 1, b, ENTITY_ORG, 6); /* "Mercedes
		                                                * driver" */
	if (rec_the_plural(r, a, b))
		return rec_push_typed(r, a, b, ENTITY_ORG, 6); /* "the
		                                                * Nuggets" */
	if (b == a + 2 && (r->tl->v[a].flags & T_SENT) &&
	    rec_the_plural(r, a + 1, b))
		return rec_push_typed(r, a + 1, b, ENTITY_ORG, 6); /* "The
		                                                * Nuggets
		                                                * won" */
	if (rec_demonym_title(r, a, b))
		return 0; /* "French President: Emmanuel Macron", "the German
		           * Chancellor said": an office, no name */
	if (rec_service_title(r, a, b))
		return 0; /* "Police Sgt. Mona Perkins": her rank */
	if ((e = rec_office_en(r, a, b)) != b)
		return e > a ? rec_run(r, a, e) : 0; /* "the Home Secretary",
		                                      * "UN | Special Envoy" */
	if (rec_initials_aged(r, a, b)) {
		if (rec_push_typed(r, a, b, ENTITY_PERSON, 8) < 0)
			return -1;
		r->sl->v[r->sl->n - 1].end = r->tl->v[b].end; /* the point */
		return 0; /* "A.M., 41enne" */
	}

	if (rec_titled_street(r, a, b)) {
		memset(&s, 0, sizeof(s));
		if (rec_house_number(r, a - 1, b))
			b++; /* "viale Regina Margherita 12" */
		s.t0 = a - 1; /* "corso Re Umberto", "viale Regina Elena" */
		s.t1 = b;
		s.start = r->tl->v[a - 1].start;
		s.end = r->tl->v[b - 1].end;
		s.score[ENTITY_PLACE] = 8;
		return span_push(r->sl, &s);
	}
	switch (rec_numbered_unit(r, a, b)) {
	case 2:
		return rec_push_typed(r, a - 1, b, ENTITY_ORG, 6); /* "del 15º
		                                                    * Stormo" */
	case 1:
		return 0; /* "la 20ª Costituzione" */
	}
	if (rec_portfolio_of(r, a, b))
		return 0; /* "Bruno Discepolo all'Urbanistica": his office */
	if (rec_pro_club(r, a, b))
		return rec_push_typed(r, a, b, ENTITY_ORG, 6); /* "Pro
		                                                * Valdimonte" */
	if (rec_site_of_city(r, a, b))
		return rec_push_typed(r, b - 1, b, ENTITY_PLACE,
		    6); /* "l'Aeroporto di Ginevra": the city */
	if (rec_measure_place(r, a, b))
		return rec_push_typed(r, a + 1, b, ENTITY_PLACE,
		    6); /* "il decreto Salva Roma": the city */
	if (rec_pageant(r, a, b))
		return rec_push_typed(r, a + 1, b, ENTITY_PLACE,
		    6); /* "Miss Italia": a contest, and the country */
	if (rec_titles(r, &a, b, &title, &keep) < 0)
		return -1;
	if ((h = rec_of_state(r, a, b)) < b)
		/* "Senate Leader Ann Wick of Ohio": she, then her state */
		return rec_run(r, a, h) < 0 ? -1 : rec_run(r, h + 1, b);
	if (b - a == 1 && (h = rec_match_pair(r, a)) > 0) {
		if (rec_push_typed(r, a, b, ENTITY_ORG, 6) < 0)
			return -1;
		r->sl->v[r->sl->n - 1].end = h; /* "Juventus-Roma": the
		                                 * two teams of a match */
		if (rec_push_typed(r, a, b, ENTITY_ORG, 6) < 0)
			return -1;
		r->sl->v[r->sl->n - 1].start = h + 1;
		return 0;
	}
	if (rec_weekday_stamp(r, a, b))
		return 0; /* "Thu, 3 Dec 2015": a date */
	if (rec_bill_number(r, a, b))
		return 0; /* "HB 1204": a bill */
	if (rec_caps_heading(r, a, b)) {
		for (size_t k = a; k < b; k++) {
			unsigned g = rec_lx(r, k);

			if ((g & (LX_CITY | LX_COUNTRY)) && !(g & LX_COMMON) &&
			    rec_push_typed(r, k, k + 1, ENTITY_PLACE, 4) < 0)
				return -1;
		}
		return 0; /* "DUE LADRI ARRESTATI A ROMA": a heading in
		           * capitals, with the city it names */
	}
	if (rec_ap_state(r, a, b)) {
		if (rec_push_typed(r, a, b, ENTITY_PLACE, 6) < 0)
			return -1;
		r->sl->v[r->sl->n - 1].end = r->tl->v[b].end; /* "Calif." */
		return 0;
	}
	if (rec_party_seat(r, a)) {
		if (rec_push_typed(r, a, b, ENTITY_PLACE, 6) < 0)
			return -1;
		r->sl->v[r->sl->n - 1].start += 2; /* "Sen. Ann Blake,
		                                    * D-Fairview": her town */
		return 0;
	}
	if (b - a >= 2 && rec_letter_word(r, a) &&
	    !(rec_phrase(r, a, b) & (LX_PLACE | LX_ORG | LX_TOWN)))
		a++; /* "В Кремле заявили": a preposition of one letter */
	if (a >= b)
		return 0;
	if (rec_draw_group(r, a, b))
		return 0; /* "il Gruppo B" of a tournament */
	if (rec_feast_day(r, a, b) || rec_holy_word(r, a, b))
		return 0; /* "la notte di San Gerlando", "la Santa Cresima" */
	if (b - a >= 3 && rec_league(r, b - 2, b) && rec_heading_words(r, a,
	    b - 2))
		a = b - 2; /* "Risultati Serie A", "CLASSIFICA SERIE B": a
		            * heading's words, then the league */
	if (rec_league(r, a, b)) {
		memset(&s, 0, sizeof(s));
		s.t0 = a; /* "la Serie A" */
		s.t1 = b;
		s.start = r->tl->v[a].start;
		s.end = r->tl->v[b - 1].end;
		s.score[ENTITY_ORG] = 6;
		return span_push(r->sl, &s);
	}
	if (b - a >= 2 && (r->tl->v[a].flags & T_CAP) &&
	    !(r->tl->v[a].flags & T_UPPER) &&
	    (rec_lx(r, a) & (LX_WORKHEAD | LX_EVHEAD | LX_ORGHEAD |
	    LX_PLACEHEAD | LX_GIVEN | LX_SURNAME)) == LX_WORKHEAD &&
	    !(rec_phrase(r, a, b) & (LX_PLACE | LX_ORG | LX_TOWN)) &&
	    !(r->tl->v[a + 1].flags & T_UPPER) &&
	    r->tl->v[a + 1].end - r->tl->v[a + 1].start > 1) {
		a++; /* "Ciclone Cleopatra", "Virus Zika" in a headline;
		      * not "Serie C" */
		work = 1;
	}
	if (work || (((a > 0 && (r->tl->v[a - 1].flags & T_LOWER) &&
	    (rec_lx(r, a - 1) & LX_WORKHEAD)) || rec_work_after(r, a, b) ||
	    rec_work_adj(r, a)) &&
	    !(rec_full_name(r, a, b) && !(rec_lx(r, a) & LX_COMMON)))) {
		/* "il film Titanic", "l'uragano Sandy": and "Sandy" alone
		 * later in the text is the storm too; not a full name ("il
		 * lanciatore José Fernández", "il sommergibile Enrico
		 * Toti", a person's name and a person here) */
		size_t wend = b;

		if (work && b - a >= 3 && rec_wearer(r, a + 1, b))
			wend = a + 1; /* "Maglia Rosa Primož Roglič": the
			               * jersey, then who wears it */
		memset(&s, 0, sizeof(s));
		s.t0 = a;
		s.t1 = wend;
		s.start = r->tl->v[a].start;
		s.end = r->tl->v[wend - 1].end;
		s.weak = 1;
		s.banned = 1;
		if (span_push(r->sl, &s) < 0)
			return -1;
		return wend < b ? rec_run(r, wend, b) : 0;
	}
	if (!keep && a > 0 && (r->tl->v[a - 1].flags & T_LOWER) &&
	    !(r->tl->v[a].flags & T_NL) && (rec_is(r, a - 1,
	    rec_name_titles) || (rec_is(r, a - 1, rec_saints) &&
	    (rec_lx(r, a) & LX_GIVEN)))) {
		keep = 1; /* "don Lorenzo Milani", "suor Lucia"; "san
		           * Procolo" in lower case is the saint, no town */
		title = 1;
		a--;
	}
	if (keep) {
		memset(&s, 0, sizeof(s));
		s.t0 = a;
		s.t1 = b;
		s.start = r->tl->v[a].start;
		s.end = r->tl->v[b - 1].end;
		s.score[ENTITY_PERSON] = 5;
		return span_push(r->sl, &s);
	}
	/* "il ministro degli Esteri Massimo D'Alema": the portfolio is no
	 * name, the person after it is; "ministro del Galles" is a place */
	if (rec_portfolio(r, a) && !(rec_lx(r, a) & LX_ORGHEAD) &&
	    !rec_polity(r, a, b) &&
	    !((b - a == 1 ? rec_lx(r, a) : rec_phrase(r, a, b)) & LX_PLACE)) {
		size_t k = a;
		while (k < b && !(r->tl->v[k].flags & T_UPPER) &&
		    !rec_portfolio_end(r, a, k, b))
			k++;
		if (k >= b)
			return 0;
		a = k;
		title = 1; /* the minister's name */
		gov = 1; /* a cue, as "il ministro" is: "dei Trasporti
		          * Bianchi" though a word */
	}
	f = rec_lx(r, a);
	/* "Di Pietro ha detto" is a surname, "Il" or "Durante" is not; a
	 * given name after the particle makes one even if a word too ("Di
	 * Battista") */
	surname = b - a == 2 && (r->tl->v[a].flags & T_SENT) &&
	    (rec_is(r, a, rec_surname_starts) || rec_french_le(r, a)) &&
	    !(rec_lx(r, a + 1) & (LX_PLACE | LX_TOWN | LX_ORG |
	    LX_NOTNAME | LX_INST | LX_ORGHEAD | LX_PLACEHEAD)) &&
	    ((rec_lx(r, a + 1) & (LX_COMMON | LX_GIVEN)) != LX_COMMON ||
	    rec_french_le(r, a)) && !(r->tl->v[a + 1].flags & T_UPPER);
	if ((f & LX_NOTNAME) && (r->tl->v[a].flags & T_SENT) && !surname &&
	    !rec_english_un(r, a) && !rec_month_given(r, a, b)) {
		if (b - a == 1)
			return rec_surname_only(r, a); /* "Dalla ha detto" */
		a++;
		rec_trim_links(r, &a, b);
		if (a >= b)
			return 0;
		/* "Il Presidente Napolitano" */
		if (!keep && rec_titles(r, &a, b, &title, &keep) < 0)
			return -1;
		if (a >= b)
			return 0;
		f = rec_lx(r, a);
	}
	/* "Forza Italia e Il Popolo delle Libertà": a capitalised article
	 * mid-sentence before a name the lists know without it, which
	 * rec_extend took in; not "Il Giornale", known with it, nor "a Il
	 * corriere della sera", whose capital is the article's */
	if (b - a >= 3 && rec_is(r, a, rec_it_articles) &&
	    rec_cap(r, a + 1) &&
	    !(rec_phrase(r, a, b) & (LX_PLACE | LX_ORG | LX_TOWN)) &&
	    (rec_phrase(r, a + 1, b) & (LX_PLACE | LX_ORG | LX_TOWN))) {
		a++;
		f = rec_lx(r, a);
	}
	if (rec_ordinal_first(r, a, b)) {
		/* "Primo Ministro", "Terzo Mondo", "Quarto Pol Espargaró" */
		if (!(rec_lx(r, a + 1) & (LX_GIVEN | LX_SURNAME)) ||
		    (rec_lx(r, a + 1) & LX_COMMON_IT))
			a++;
		a++;
		if (a >= b)
			return 0;
		rec_titles(r, &a, b, &title, &keep);
		if (a >= b)
			return 0;
		f = rec_lx(r, a);
	}
	if (b - a >= 2 && !(rec_phrase(r, a, b) & (LX_PLACE | LX_ORG)) &&
	    ((rec_lx(r, b - 1) & LX_EVTAIL) || rec_glued_festival(r, b - 1) ||
	    rec_event_head(r, a, b)))
		return rec_event_rest(r, a, b); /* "Coppa Italia", "Grammy Awards" */
	if (rec_product(r, a, b))
		return 0; /* "WhatsApp Pay", "PlayStation 5" */
	memset(&s, 0, sizeof(s));
	if (rec_cabinet(r, a, b) ||
	    (a > 0 && (r->tl->v[a - 1].flags & T_LOWER) &&
	    rec_cabinet(r, a - 1, b))) {
		if (!rec_cabinet(r, a, b))
			a--; /* "il governo Berlusconi IV" */
		s.t0 = a;
		s.t1 = b;
		s.start = r->tl->v[a].start;
		s.end = r->tl->v[b - 1].end;
		s.score[ENTITY_ORG] = 6;
		return span_push(r->sl, &s);
	}
	/* "Governo Berlusconi": the government is no name of its own here,
	 * the person is, even where the name is a word ("Governo Letta") */
	if (b - a >= 2 && rec_is(r, a, rec_govs) && rec_cap(r, a + 1) &&
	    !(rec_lx(r, a + 1) & (LX_PLACE | LX_TOWN | LX_ORG |
	    LX_NOTNAME | LX_ORGHEAD | LX_PLACEHEAD | LX_INST)) &&
	    (b - a == 2 || !(rec_lx(r, a + 1) & LX_COMMON)) &&
	    !rec_adj_form(r, a + 1) &&
	    !(rec_phrase(r, a, b) & (LX_PLACE | LX_ORG))) {
		a++;
		gov = 1;
		f = rec_lx(r, a);
	} else if (rec_case_head(r, a, b)) {
		a++; /* "Lodo Alfano", "Legge Garner": the person */
		gov = 1;
		f = rec_lx(r, a);
	}
	if (a > 0 && (r->tl->v[a - 1].flags & T_LOWER) &&
	    !(r->tl->v[a].flags & T_NL) && rec_is(r, a - 1, rec_regions) &&
	    ((b - a == 1 ? f : rec_phrase(r, a, b)) & LX_PLACE)) {
		/* "la regione Lombardia": the regional government */
		s.t0 = a - 1;
		s.t1 = b;
		s.start = r->tl->v[a - 1].start;
		s.end = r->tl->v[b - 1].end;
		s.score[ENTITY_ORG] = 8;
		return span_push(r->sl, &s);
	}
	if ((h = rec_head(r, a)) < a) {
		/* "via Roma", "provincia di Trapani": a place of its own */
		if (rec_house_number(r, h, b))
			b++; /* "via Rovello 2" */
		s.t0 = h;
		s.t1 = b;
		s.start = r->tl->v[h].start;
		s.end = r->tl->v[b - 1].end;
		s.score[ENTITY_PLACE] = 8;
		s.actor = rec_council_acts(r, h); /* "il comune di Genova
		                                   * ha chiesto" */
		return span_push(r->sl, &s);
	}
	/* "Squalificato Rossi", "Espulsi Lucchini e Bonera": a participle
	 * that opens the sentence says what befell the name after it */
	if ((r->tl->v[a].flags & T_SENT) && b - a >= 2 && !surname &&
	    rec_lead_participle(r, a) &&
	    !(rec_phrase(r, a, b) & (LX_PLACE | LX_ORG | LX_TOWN))) {
		a++;
		led = 1;
		f = rec_lx(r, a);
	}
	if ((r->tl->v[a].flags & T_SENT) && (f & LX_COMMON) && b - a >= 2 &&
	    !surname && !rec_roman(r, b - 1) && !rec_given_word(r, a, b) &&
	    !rec_english_first(r, a, b) && !rec_english_name(r, a, b) &&
	    (!(f & (LX_GIVEN | LX_PLACE | LX_ORG | LX_ORGHEAD |
	    LX_PLACEHEAD)) || ((f & (LX_PLACE | LX_GIVEN | LX_ORG |
	    LX_ORGHEAD)) == LX_PLACE && rec_share_move(r, a + 1, b))) &&
	    !(rec_phrase(r, a, b) & (LX_PLACE | LX_ORG)) &&
	    !rec_known_front(r, a, b)) {
		/* a word that is a town too before a share's move: "Male
		 * Generali (-1,5%)" */
		a++;
		rec_trim_links(r, &a, b);
		if (a >= b)
			return 0;
		if (b - a >= 2 && rec_event_head(r, a, b) &&
		    !(rec_phrase(r, a, b) & (LX_PLACE | LX_ORG)))
			return rec_event_rest(r, a, b); /* "Niente Giochi
			                                 * Olimpici" */
	}
	f = rec_lx(r, a);
	if (b == a + 1 && r->en && (e = rec_compound_adj(r, a)) > 0) {
		/* "London-based", "Hamas-run": the name before the hyphen,
		 * a place or a body the lists know; "Czech-born" none */
		unsigned g = lx_word(r->lx, r->text + r->tl->v[a].start, e);

		if (g & LX_DEMONYM)
			return 0;
		memset(&s, 0, sizeof(s));
		s.t0 = a;
		s.t1 = b;
		s.start = r->tl->v[a].start;
		s.end = s.start + e;
		if (g & (LX_ORG | LX_BRAND))
			s.score[ENTITY_ORG] = 6;
		else if (g & (LX_PLACE | LX_TOWN | LX_COUNTRY))
			s.score[ENTITY_PLACE] = 6;
		else
			return 0;
		return span_push(r->sl, &s);
	}
	if (b - a == 1 && rec_bare_article_town(r, a)) {
		s.t0 = a - 1; /* "a l'Aquila", "de La Spezia" */
		s.t1 = b;
		s.start = r->tl->v[a - 1].start;
		s.end = r->tl->v[a].end;
		s.score[ENTITY_PLACE] = 6;
		return span_push(r->sl, &s);
	}
	if (b - a == 1 && rec_territory(r, a)) {
		s.t0 = a; /* "nel Veronese", "del Milanese":
		           * no demonym here */
		s.t1 = b;
		s.start = r->tl->v[a].start;
		s.end = r->tl->v[a].end;
		s.score[ENTITY_PLACE] = 6;
		return span_push(r->sl, &s);
	}
	if ((b - a == 1 && (f & LX_DEMONYM)) || (b - a == 2 &&
	    (rec_lx(r, a + 1) & LX_DEMONYM) && (rec_is(r, a, rec_compass) ||
	    rec_is(r, a, rec_compass_adj))))
		return 0; /* "met European leaders", "Many Americans", "the
		           * South Korean news agency" */
	if (b - a == 1 && rec_english_un(r, a)) {
		s.t0 = a; /* "the UN said": English writes no article so */
		s.t1 = b;
		s.start = r->tl->v[a].start;
		s.end = r->tl->v[a].end;
		s.score[ENTITY_ORG] = 6;
		return span_push(r->sl, &s);
	}
	if (b - a == 1 && (f & LX_NOTNAME) && (f & LX_GIVEN) && !r->en &&
	    !(r->tl->v[a].flags & (T_SENT | T_UPPER | T_NL))) {
		s.t0 = a; /* "il padre di April": a given name that is an
		           * English month too, only as the short name of a
		           * person the text names in full ("April Jones") */
		s.t1 = b;
		s.start = r->tl->v[a].start;
		s.end = r->tl->v[a].end;
		s.weak = 1;
		return span_push(r->sl, &s);
	}
	if (b - a == 1 && (f & LX_NOTNAME) && !rec_initials_of_prev(r, a) &&
	    !rec_english_caps(r, a))
		return rec_surname_only(r, a); /* "UTC", "CEO"; "Dalla" */
	if (b - a == 1 && rec_not_acronym(r, a))
		return 0; /* "32 GB", "6.000 MW" */
	if (b - a == 1 && rec_common_plural(r, a))
		return 0; /* "MPs", "CEOs", "NGOs" */
	if (b - a == 1 && (f & LX_EVHEAD) &&
	    !(f & (LX_ORG | LX_PLACE | LX_SURNAME | LX_GIVEN |
	    LX_COMMON_IT)))
		return 0; /* "il GP di Spagna", "l'Eurolega": an event */
	if (b - a == 1 && rec_channel_word(r, a)) {
		s.t0 = a; /* "TG1", "Rai3", "Rete4" */
		s.t1 = b;
		s.start = r->tl->v[a].start;
		s.end = r->tl->v[a].end;
		s.score[ENTITY_ORG] = 6;
		return span_push(r->sl, &s);
	}
	if (b - a == 1 && (rec_roman(r, a) || rec_code(r, a) ||
	    rec_people(r, a) || rec_is(r, a, rec_compass) ||
	    rec_is(r, a, rec_quarters)))
		return 0; /* "XV", "CO2", "H1N1", "i Buddhisti", "a Nord" */
	if (b - a == 1 && rec_medium(r, a))
		return 0; /* "ha scritto su Twitter" */
	if (b - a == 1 && rec_channel(r, a)) {
		s.t0 = a; /* "Rai 3", "Canale 5", "Italia 1" */
		s.t1 = b + 1;
		s.start = r->tl->v[a].start;
		s.end = r->tl->v[b].end;
		s.score[ENTITY_ORG] = 6;
		return span_push(r->sl, &s);
	}
	if (b - a == 1 && rec_province(r, a)) {
		s.t0 = a; /* "Cornaredo (MI)" */
		s.t1 = b;
		s.start = r->tl->v[a].start;
		s.end = r->tl->v[a].end;
		s.score[ENTITY_PLACE] = 6;
		return span_push(r->sl, &s);
	}
	/* "Italia settentrionale", "Africa sub-sahariana", "Alpi
	 * francesi" */
	if (b < r->tl->n && (rec_is(r, b, rec_directions) ||
	    rec_nation_ese(r, b)) &&
	    !(r->tl->v[b].flags & T_NL) &&
	    ((b - a == 1 ? f : rec_phrase(r, a, b)) & LX_PLACE)) {
		s.t0 = a;
		s.t1 = b + 1;
		s.start = r->tl->v[a].start;
		s.end = r->tl->v[b].end;
		s.score[ENTITY_PLACE] = 6;
		return span_push(r->sl, &s);
	}
	/* "Commissione europea", "Protezione civile": a capitalised head
	 * and the adjective that makes it one body */
	if ((b - a == 1 ? (f & (LX_ORGHEAD | LX_INST)) : ((f & LX_ORGHEAD) &&
	    !(f & LX_PLACEHEAD))) && (e = rec_org_purpose(r, a,
	    rec_org_rest(r, b, !(b - a == 1 || !rec_cap(r, b - 2)) ? 0 :
	    rec_is(r, a, rec_purpose_heads_not) ? 2 : 1))) > b) {
		s.t0 = a;
		s.t1 = e;
		s.start = r->tl->v[a].start;
		s.end = r->tl->v[e - 1].end;
		s.score[ENTITY_ORG] = 5;
		return span_push(r->sl, &s);
	}
	s.t0 = a;
	s.t1 = b;
	s.start = r->tl->v[a].start;
	s.end = r->tl->v[b - 1].end;
	if (b < r->tl->n && rec_abbrev_end(r, b - 1) && (b - a >= 2 ||
	    memchr(r->text + s.start, '.', s.end - s.start)) &&
	    !rec_domain(r, b - 1))
		s.end = r->tl->v[b].end; /* "Simon B.", "Floyd Mayweather
		                          * Jr.", "U.S." */
	else if (rec_bang(r, b))
		s.end = r->tl->v[b].end; /* "Yahoo! e Google" */
	else if (b < r->tl->n && b - a == 1 && rec_brand_poss(r, b) &&
	    !(b + 1 < r->tl->n && rec_cap(r, b + 1))) {
		s.t1 = b + 1; /* "la McDonald's"; not "Leonardo da
		               * Vinci's", nor "Tesla's Elon Musk" */
		s.end = r->tl->v[b].end;
	} else if (b < r->tl->n && b - a >= 2 &&
	    rec_age_group(r, b - 1) == b + 1) {
		s.t1 = b + 1; /* "l'Italia Under 21" */
		s.end = r->tl->v[b].end;
	} else if (b < r->tl->n && rec_polity(r, a, b) &&
	    rec_nation_adj(r, b)) {
		s.t1 = b + 1; /* "la Repubblica della Macedonia
		               * settentrionale" */
		s.end = r->tl->v[b].end;
	}
	s.acronym = b - a == 1 && (r->tl->v[a].flags & T_UPPER);
	cue = gov || (rec_person_cue(r, a) && !rec_before_name(r, a, b));
	ocue = rec_org_cue(r, a) || rec_club_of_player(r, &s) ||
	    rec_org_noun_after(r, a, b);
	if (b - a == 1 && (((f & LX_PTITLE) && !cue) ||
	    r->tl->v[a].end - r->tl->v[a].start == 1))
		s.weak = 1;
	s.title = b - a == 1 && (f & LX_PTITLE) && !cue;
	/* "DAVVERO", "LIVE", "EDGE": a word in capitals, for emphasis or
	 * a title, unless a list knows it as a name */
	if (s.acronym && r->tl->v[a].end - r->tl->v[a].start >= 4 &&
	    (f & LX_COMMON) && !(f & (LX_ORG | LX_PLACE | LX_TOWN |
	    LX_BRAND | LX_GIVEN | LX_SURNAME | LX_PROPER)) && !ocue)
		s.weak = 1;
	if (!s.acronym && rec_all_common(r, a, b) &&
	    !(b - a >= 2 && (rec_phrase(r, a, b) & (LX_PLACE | LX_ORG))) &&
	    !cue && !ocue && !(title && r->en) && !rec_titled(r, a, b) &&
	    !rec_org_cue_kind(r, a) && !(b - a >= 2 && rec_member_cue(r, a)) &&
	    !(b - a == 1 && a >= 3 && rec_head_surname(r, a - 1, b) &&
	    rec_is(r, a - 2, rec_head_links) &&
	    (rec_lx(r, a - 3) & LX_PTITLE)) &&
	    !(r->tl->v[a].flags & T_LOWER)) /* "bin Laden" */
		s.weak = 1; /* not "il gruppo Discovery", "Queen Letizia" */
	/* "Nato a Roma nel 1952": a sentence-initial word that is an Italian
	 * word as well as an organisation is one only if the text names it
	 * elsewhere */
	if (b - a == 1 && !s.acronym && (r->tl->v[a].flags & T_SENT) &&
	    (f & LX_COMMON_IT) && (f & LX_ORG) && !(f & LX_PLACE))
		s.weak = 1;
	/* "Sale anche il prezzo", "Pare che", "Police said": a
	 * sentence-initial word that is also a place, before a lower-case
	 * word, is the word ("Prato: tre donne" is the place) */
	if (b - a == 1 && !s.acronym && (r->tl->v[a].flags & T_SENT) &&
	    (f & LX_COMMON) && (f & (LX_PLACE | LX_TOWN)) &&
	    !(f & LX_GIVEN) && b < r->tl->n &&
	    (r->tl->v[b].flags & T_LOWER) && !(r->tl->v[b].flags & T_NL))
		s.weak = 1;
	if (rec_numbered(r, a, b))
		s.weak = 1; /* "Titolo VII", "Mini II" */
	/* "la crisi dell'Università": the institutions list holds it for a
	 * university's name of more words; alone it names the sector */
	if (b - a == 1 && rec_is(r, a, rec_sectors))
		s.weak = 1;
	if (rec_figure(r, a, b)) {
		s.weak = 0; /* "davanti a Dio", "in nome di Allah" */
		s.score[ENTITY_PERSON] += 4;
	}
	rec_evidence_words(r, &s);
	rec_evidence_context(r, &s, title);
	if (rec_us_state(r, a, b) < b)
		s.score[ENTITY_PLACE] += 4; /* "Washington DC" */
	if (rec_where_after(r, b))
		s.score[ENTITY_PLACE] += 2; /* "Uta, in provincia di" */
	if (rec_region_after(r, b) && s.score[ENTITY_PERSON] <= 0.01f)
		s.score[ENTITY_PLACE] += 2; /* "Ridgway (Colorado)" */
	if (rec_venue_at(r, a, b))
		s.score[ENTITY_PLACE] += 2.5f; /* "al Palarossini di Ancona" */
	if (rec_substitute(r, a, b)) {
		s.score[ENTITY_PERSON] += 2.5f; /* "(70 Gori)": who came
		                                * on */
		s.weak = 0;
	}
	if (rec_substituted(r, a, b)) {
		s.score[ENTITY_PERSON] += 2.5f; /* "Canna (70 Allan)": who
		                                * went off */
		s.weak = 0;
	}
	if (rec_kin_of(r, a)) {
		s.score[ENTITY_PERSON] += 2.5f; /* "il figlio di Gazza" */
		s.weak = 0;
	}
	if (rec_titles_list(r, a, b)) {
		s.score[ENTITY_PERSON] += 2.5f; /* "i giudici Falcone e
		                                * Borsellino" */
		s.weak = 0;
	}
	if (rec_deed_of(r, a)) {
		s.score[ENTITY_PERSON] += 2.5f; /* "la morte di Ferrante" */
		s.weak = 0;
	}
	if (!(f & (LX_PLACE | LX_TOWN | LX_ORG | LX_COMMON))) {
		enum entity_type owner = rec_possessor(r, a, b);

		if (owner != ENTITY_OTHER) {
			s.score[owner] += 2.5f; /* "Netanyahu's government" */
			s.weak = 0;
		}
	}
	if (rec_lineup(r, a, b)) {
		s.score[ENTITY_PERSON] += 1.5f; /* "Zarvel 15, Tosko 7" */
		s.weak = 0;
	}
	if (rec_lineup_line(r, a, b)) {
		s.score[ENTITY_PERSON] += 3; /* "Cernic, Cozzi, Lasko." */
		s.weak = 0;
	}
	if (rec_national(r, a, b)) {
		s.score[ENTITY_PERSON] += 1.5f; /* "il tedesco Kluvert" */
		s.weak = 0;
	}
	if (rec_family(r, a)) {
		s.score[ENTITY_PERSON] += 5; /* "la famiglia Benetton", "la
		                              * famiglia Modena": a surname
		                              * though a city's name too */
		s.weak = 0;
	}
	if (rec_person_apposition(r, b)) {
		s.score[ENTITY_PERSON] += 2; /* "Chiaudani, 45 anni" */
		s.weak = 0;
	}
	if (b - a == 1 && !s.acronym && rec_office_apposition(r, b)) {
		s.score[ENTITY_PERSON] += 2; /* "Barzoni, ministro della
		                              * Difesa" */
		s.weak = 0;
	}
	if (rec_and_mates(r, b)) {
		s.score[ENTITY_PERSON] += 5; /* "Durant e compagni", though a
		                              * place or a word too */
		s.weak = 0;
	}
	if (rec_fem_surname(r, a, b)) {
		s.score[ENTITY_PERSON] += 3; /* "la Sharapova" */
		s.weak = 0;
	}
	if (rec_said_by(r, a, b)) {
		s.score[ENTITY_PERSON] += 3; /* "- dice Grasso -" */
		s.weak = 0;
	}
	if (rec_body_deed_by(r, a, b)) {
		s.score[ENTITY_ORG] += 2; /* "organizzato da Valfin",
		                           * "controllata da Banca Rossi" */
		s.weak = 0;
	} else if (b - a == 1 && a > 0 && rec_passive_by(r, a - 1) &&
	    !(r->tl->v[a].flags & (T_NL | T_UPPER)) &&
	    !(f & (LX_PLACE | LX_TOWN | LX_COUNTRY | LX_ORG | LX_BRAND |
	    LX_INST | LX_ORGHEAD | LX_PLACEHEAD | LX_NOTNAME | LX_COMMON |
	    LX_PTITLE))) {
		s.score[ENTITY_PERSON] += 2; /* "ricevuto da Putin": the
		                              * agent, a name no list knows */
		s.weak = 0;
	}
	if (rec_title_apposition(r, a)) {
		s.score[ENTITY_PERSON] += 3; /* "il sindaco di Vallerano,
		                              * Piera Ostuni," */
		s.weak = 0;
	}
	if (rec_place_apposition(r, b))
		s.score[ENTITY_PLACE] += 3.5f; /* "Poli, piccolo comune",
		                                * "Ahmad Awa, una località" */
	if (rec_org_apposition(r, b))
		s.score[ENTITY_ORG] += 3; /* "L'IMO, l'organizzazione
		                           * marittima" */
	/* "Ardore, piccolo paese", "Atri, piccolo centro": a common word
	 * is the town that an apposition after it says it is */
	if (s.weak && b - a == 1 && !(r->tl->v[a].flags & T_SENT) &&
	    rec_place_apposition(r, b))
		s.weak = 0;
	/* "Squalificato Rossi", "Ammonito Pellegrini": a surname, or a
	 * word no list knows, after the participle that opened the
	 * sentence is the person it befell, though a word too */
	if (led && b - a == 1 && !(r->tl->v[a].flags & T_UPPER) &&
	    (!(f & LX_COMMON) || (f & LX_SURNAME)) &&
	    !(f & (LX_PLACE | LX_TOWN | LX_COUNTRY | LX_ORG | LX_BRAND |
	    LX_INST | LX_ORGHEAD | LX_PLACEHEAD | LX_NOTNAME | LX_PTITLE))) {
		s.score[ENTITY_PERSON] += 2;
		s.weak = 0;
	}
	/* "Ma Monti ha detto", "Ieri Rossi ha segnato": a surname that is
	 * a word too, capitalised after the sentence's first word and
	 * before a verb that persons do, is the surname */
	if (s.weak && b - a == 1 && !(r->tl->v[a].flags & (T_SENT | T_UPPER |
	    T_NL)) && (f & LX_SURNAME) && b < r->tl->n &&
	    (r->tl->v[b].flags & T_LOWER) && !(r->tl->v[b].flags & T_NL) &&
	    rec_is(r, b, rec_person_verbs))
		s.weak = 0;
	if (!(f & (LX_PLACE | LX_TOWN | LX_COUNTRY))) {
		enum entity_type kind = rec_range_from(r, a);

		if (kind != ENTITY_OTHER) {
			s.score[kind] += 2.5f; /* "da Berlusconi a Renzi" */
			s.weak = 0;
		}
	}
	if (rec_born_in(r, a)) {
		s.score[ENTITY_PLACE] += 2.5f; /* "nato a Poli": a word, */
		s.weak = 0;                    /* a place here */
	}
	if (rec_from_place(r, a)) {
		s.score[ENTITY_PLACE] += 3; /* "un trentenne di Lodi" */
		s.weak = 0;
	}
	if (ocue && a > 0 && !rec_org_noun(r, a - 1))
		s.score[ENTITY_ORG] += 2.5f; /* "il gruppo \"Umana Solidarietà\"" */
	if (rec_org_noun_after(r, a, b)) {
		s.score[ENTITY_ORG] += 3; /* "the Wagner group" */
		s.weak = 0;
	}
	if ((aff = rec_affiliation(r, a, b)) == 2) {
		s.actor = s.club = 1; /* "Aldo Brenni (Cagliari) 6.50": the club's
		              * mention; the city stays a place elsewhere */
		s.weak = 0;
	} else if (aff == 1) {
		s.score[ENTITY_ORG] += 3; /* "Anna Finocchiaro (PD)",
		                           * "Fernando Alonso (Renault)" */
		s.weak = 0; /* "Angelo Bonelli (Verdi)" */
	}
	if (rec_initials_person(r, a, b)) {
		s.score[ENTITY_PERSON] += 3; /* "contro M.M., che": the
		                              * initials of a suspect */
		s.weak = 0;
	}
	if (rec_initials_aged(r, a, b)) {
		s.score[ENTITY_PERSON] += 8; /* "Arrestato A.M., 41enne":
		                              * the run lost its first word */
		s.weak = 0;
	}
	if (rec_share_move(r, a, b)) {
		s.score[ENTITY_ORG] += 6; /* "Ferrari (-0,6%)" */
		s.weak = 0;
	}
	if (rec_case_party(r, a, b)) {
		s.score[ENTITY_PERSON] += 6; /* "in Smith v Police
		                              * Service" */
		s.weak = 0;
	}
	if (rec_locality_en(r, a, b)) {
		s.score[ENTITY_PLACE] += 4; /* "the village of Kalvi", "the
		                             * Marvi neighbourhood" */
		s.weak = 0;
	}
	if ((named = rec_called(r, a)) != ENTITY_OTHER) {
		s.score[named] += 6; /* "a person called Clare", "un paese
		                  * chiamato Roma" */
		s.weak = 0;
	}
	if (rec_wire_credit(r, a, b)) {
		s.score[ENTITY_ORG] += 8; /* "BEIJING, March 3 (Xinhua) --" */
		s.weak = 0;
	}
	if (rec_initials_after(r, a, b)) {
		s.score[ENTITY_ORG] += 6; /* "Fondo Ambiente Italiano (FAI)",
		                           * "Women on Waves (WoW)" */
		s.weak = 0;
	}
	if (b - a == 1 && rec_site(r, a)) {
		s.score[ENTITY_ORG] += 4; /* "Repubblica.it" */
		s.weak = 0;
	}
	if (gov || (a > 0 && !(rec_lx(r, a - 1) & LX_PTITLE) &&
	    rec_person_cue(r, a)))
		s.score[ENTITY_PERSON] += 2.5f; /* "governo Letta" */
	/* a town takes no article in Italian: "il Cagliari", "del Milan"
	 * are teams */
	if (b - a == 1 && (f & LX_TOWN) && a > 0 &&
	    (r->tl->v[a - 1].flags & T_LOWER) &&
	    (rec_is(r, a - 1, rec_actor_articles) ||
	    rec_is(r, a - 1, rec_club_articles)) &&
	    !(rec_is(r, a - 1, rec_masc_articles) &&
	    (rec_with_article(r, a) & LX_PLACE)))
		s.actor = s.club = 1; /* not "al Cairo", whose name has its
		                       * article */
	else if (b - a == 1 && (f & LX_TOWN) && rec_sent_club(r, a))
		s.actor = s.club = 1; /* "Lo Zywiec pareggia" */
	if (b - a == 1 && rec_city_club(r, a, f))
		s.actor = s.club = 1; /* "il Torino", "del Basilea" */
	if (b - a == 1 && (f & LX_PLACE) && rec_fans_of(r, a))
		s.actor = s.club = 1; /* "i tifosi della Lazio" */
	else if (!((b - a == 1 ? f : rec_phrase(r, a, b)) & (LX_PLACE |
	    LX_TOWN | LX_COUNTRY)) && rec_member_of_team(r, a)) {
		s.score[ENTITY_ORG] += 3; /* "il portiere del Partizan" */
		s.weak = 0;
	}
	if (((b - a == 1 ? f : rec_phrase(r, a, b)) & LX_COUNTRY) &&
	    rec_side_of(r, a))
		s.actor = 1; /* "la nazionale dell'Unione Sovietica" */
	if (((b - a == 1 ? f : rec_phrase(r, a, b)) & LX_PLACE) &&
	    ((a > 0 && rec_is(r, a - 1, rec_actor_articles) &&
	    b < r->tl->n && rec_is(r, b, rec_actor_verbs)) ||
	    rec_match_near(r, a, b) || rec_team_scored(r, a, b))) {
		s.actor = 1;
		/* a town's or region's team, where a country's is the
		 * country: a match's score or a result's verb */
		if (!((b - a == 1 ? f : rec_phrase(r, a, b)) & LX_COUNTRY) &&
		    (rec_match_near(r, a, b) || rec_team_scored(r, a, b) ||
		    (b < r->tl->n && rec_is(r, b, rec_result_verbs))))
			s.club = 1;
	}
	if (rec_masc_team(r, a, b)) {
		s.score[ENTITY_ORG] += 3; /* "il Valdorno ha battuto il
		                           * Pescarolo 3-1" */
		s.weak = 0;
	}
	/* "ha chiesto alla Svizzera", "insieme al Canada": a state after
	 * "a" and an article is a party to something, not a place */
	if (a > 0 && (r->tl->v[a - 1].flags & T_LOWER) &&
	    rec_is(r, a - 1, rec_datives) &&
	    ((b - a == 1 ? f : rec_phrase(r, a, b)) & LX_COUNTRY))
		s.actor = 1;
	if (rec_polity(r, a, b))
		s.actor = 1; /* "la Repubblica Popolare Cinese" */
	if (rec_state_acts(r, a, b))
		s.actor = 1; /* "la Grecia ratifica l'accordo" */
	if (b - a == 1 && rec_is(r, a, rec_seats) && rec_cap(r, a) &&
	    !(r->tl->v[a].flags & (T_SENT | T_UPPER)))
		s.score[ENTITY_ORG] += 3; /* "l'Eliseo": the body, no
		                           * given name */
	s.seat = rec_seat(r, a, b);
	if (s.seat && !(r->tl->v[a].flags & T_SENT))
		s.weak = 0; /* "salito al Colle": a word, but a seat here */
	s.listed = rec_listed(r, a, b);
	/* "la nave \"Fedra\"", "una Fiat Punto", "un Mercedes-Benz
	 * Citaro", "i Giochi di Rio 2016": a name alone in quotes, after
	 * an indefinite article or before a year is a ship's, a work's, a
	 * make's, an event's, no person's unless the text names it so
	 * elsewhere; so is a name that nothing speaks for but its first
	 * word is an Italian word ("Scelta Civica", "Passo Corese") */
	s.thing = !title && !cue && (rec_quoted(r, a, b) || (a > 0 &&
	    (r->tl->v[a - 1].flags & T_LOWER) &&
	    rec_is(r, a - 1, rec_indefinite) &&
	    !(r->tl->v[a].flags & T_NL)) || rec_year_after(r, b) ||
	    (s.score[ENTITY_PERSON] <= 0.01f && rec_word_first(r, a, b)) ||
	    rec_english_title(r, a, b) || rec_possessed(r, a) ||
	    rec_article_full(r, a, b) || rec_article_one(r, a, b));
	/* "una Peugeot 206", "un Iveco CityClass", "un Segway": a company's
	 * name after an indefinite article is its make, a thing; only a
	 * body's noun names a body there ("una Commissione d'inchiesta") */
	if (a > 0 && (r->tl->v[a - 1].flags & T_LOWER) &&
	    !(r->tl->v[a].flags & T_NL) && rec_is(r, a - 1, rec_indefinite) &&
	    !(f & (LX_ORGHEAD | LX_INST | LX_PLACEHEAD)) &&
	    s.score[ENTITY_ORG] > 0 &&
	    s.score[ENTITY_ORG] >= s.score[ENTITY_PERSON] &&
	    s.score[ENTITY_ORG] >= s.score[ENTITY_PLACE])
		s.weak = 1;
	if (rec_body_after(r, a, b)) {
		s.score[ENTITY_ORG] += 3; /* "Eurizon, il polo assicurativo" */
		s.weak = 0;
	}
	if (rec_seat_of_body(r, a, b))
		s.actor = 1; /* "i vertici di Viale Mazzini" */
	if (rec_council(r, a, b))
		s.actor = 1; /* "dal Comune di Pistoia", whatever "il comune
		              * di Pistoia" is elsewhere */
	if (rec_plural_band(r, a, b)) {
		s.score[ENTITY_ORG] += 3; /* "i Gunners", "i Bee Gees" */
		s.weak = 0;
	}
	if (rec_owned_by(r, a, b)) {
		s.score[ENTITY_ORG] += 2.5f; /* "la sede di Eutelsat" */
		s.weak = 0;
	}
	if (rec_member_of(r, a, b, &s)) {
		s.score[ENTITY_ORG] += 2.5f; /* "il leader di AN" */
		s.weak = 0;
		s.thing = 0;
	}
	if (b - a >= 2 && (rec_lx(r, a) & LX_BRAND) && !title && !cue)
		s.thing = 1; /* "Iveco Europolis": a make and a model */
	if (b - a == 2 && (rec_lx(r, a) & LX_BRAND) && !title && !cue &&
	    !(rec_phrase(r, a, b) & (LX_ORG | LX_BRAND)) && rec_model(r, a + 1))
		s.weak = 1; /* "Volvo X9TR", "Volvo SkyLine": a model */
	if (s.thing && !title && !cue && rec_article_full(r, a, b) &&
	    rec_is(r, a - 1, rec_in_articles))
		s.score[ENTITY_PLACE] += 1.5f; /* "nel Virginia Tech": where */
	if (!title && !cue && (rec_work_list(r, a, b) ||
	    rec_work_items(r, a, b)))
		s.thing = 1; /* "ricordiamo Cuore matto, Riderà", "i
		              * velivoli Tarvo, Pellan e Oriade" */
	if (!title && !cue && rec_firm_list(r, a, b)) {
		s.score[ENTITY_ORG] += 4; /* "marche come Bellora" */
		s.weak = 0;
	}
	if (!title && rec_merger_of(r, a)) {
		s.score[ENTITY_ORG] += 3; /* "la fusione tra Banca Rossi e
		                           * Valfin" */
		s.weak = 0;
	}
	if (b - a == 1 && !(r->tl->v[a].flags & (T_SENT | T_UPPER | T_NL)) &&
	    rec_lx(r, a) == 0 && s.score[ENTITY_PERSON] <= 0.01f &&
	    s.score[ENTITY_ORG] <= 0.01f && s.score[ENTITY_PLACE] <= 0.01f &&
	    !s.weak && rec_sport(r))
		s.score[ENTITY_PERSON] += 1; /* "il rigore di Lukaku" */
	if (rec_of_unknown(r, a, b, &s))
		s.thing = 1; /* "le puntate di Zenitale", "il patriarcato di
		              * Valdorna" */
	if (rec_figure(r, a, b))
		s.thing = 0; /* "gridavano \"Allah\"": no work's name */
	/* one unknown word and nothing around it: only if named elsewhere */
	if (b - a == 1 && s.score[ENTITY_PERSON] <= 0.01f &&
	    s.score[ENTITY_ORG] <= 0 && s.score[ENTITY_PLACE] <= 0.01f &&
	    !s.weak && !rec_lone_cue(r, a, b) && !rec_surname_form(r, a))
		s.lone = 1;
	return span_push(r->sl, &s);
}

/* 1 if token i is a lower-case adjective of a nation in "-ese" or
 * "-esi", seven bytes or more ("francese", "giapponesi"): after a place,
 * the part of it that belongs to that nation ("le Alpi francesi", "la
 * Svizzera francese"); no verb ends so. */
static int
rec_nation_ese(struct rec *r, size_t i)
{
	const struct tok *t = &r->tl->v[i];
	size_t n = t->end - t->start;
	const char *w = r->text + t->start;

	return (t->flags & T_LOWER) && n >= 7 && n <= 16 &&
	    (memcmp(w + n - 3, "ese", 3) == 0 ||
	    memcmp(w + n - 3, "esi", 3) == 0) &&
	    !(rec_lx(r, i) & (LX_PLACE | LX_TOWN | LX_PTITLE));
}

/* 1 if token a, with flags f, is a city after a masculine article: a
 * city takes no article in Italian, so "il Torino", "al Copenaghen" are
 * teams; a state, a region, a mountain or a city whose name has its
 * article ("il Lazio", "il Tibet", "del Cairo") is not (cities.txt has
 * none of them), nor is a word ("il Gran").  So is a city after a
 * feminine article ("trovano la Roma", "il titolo della Roma"), unless a
 * dash makes it a race's start ("la Parigi - Tours") or an adjective
 * the city of an age ("la Roma antica"). */
static int
rec_city_club(struct rec *r, size_t a, unsigned f)
{
	static const char *const fem[] = { "la", "della", "alla", "dalla",
	    "sulla", "nella", NULL };
	static const char *const dashes[] = { "-", "–", "—", NULL };
	size_t b = a + 1;

	if (!(f & LX_CITY) || (f & (LX_COUNTRY | LX_COMMON |
	    LX_GIVEN | LX_ORGHEAD | LX_PLACEHEAD | LX_EVHEAD)))
		return 0;
	if (a == 0 || !(r->tl->v[a - 1].flags & T_LOWER) ||
	    (r->tl->v[a].flags & (T_NL | T_UPPER)))
		return 0;
	if (rec_is(r, a - 1, rec_masc_articles))
		return 1;
	return rec_is(r, a - 1, fem) && !(b < r->tl->n &&
	    (rec_is(r, b, dashes) || ((r->tl->v[b].flags & T_LOWER) &&
	    rec_adj_form(r, b))));
}

/* 1 if token p ends a minister's portfolio in lower case, after the
 * title and "di" ("il ministro delle infrastrutture e dei trasporti
 * Lupi", "l'assessore alla cultura Lupi"): the name after it is the
 * minister's, as after "il ministro". */
static int
rec_lower_portfolio(struct rec *r, size_t p)
{
	static const char *const words[] = { "esteri", "interno",
	    "interni", "difesa", "giustizia", "economia", "finanze",
	    "salute", "sanità", "famiglia", "lavoro", "istruzione",
	    "università", "ricerca", "cultura", "ambiente", "turismo",
	    "agricoltura", "infrastrutture", "trasporti", "riforme",
	    "sviluppo", "economico", "pubblica", "amministrazione",
	    "sicurezza", "bilancio", "sport", "politiche", "sociali",
	    "welfare", "tesoro", "beni", "attività", "culturali",
	    "commercio", "industria", "urbanistica", "mobilità",
	    "territorio", "e", NULL };
	static const char *const of[] = { "di", "del", "della", "dello",
	    "dei", "degli", "delle", "dell'", "dell’", "alla", "allo", "ai",
	    "agli", "alle", "all'", "all’", "al", NULL };
	size_t k = p;

	static const char *const and[] = { "e", NULL };

	if (r->en || !rec_is(r, p, words) || rec_is(r, p, and))
		return 0;
	for (int n = 0; k >= 2 && n < 8; n++, k--) {
		if (!(r->tl->v[k].flags & T_LOWER) ||
		    (r->tl->v[k].flags & T_NL))
			return 0;
		if (rec_is(r, k, of) && rec_minister(r, k - 1, 0))
			return 1;
		if (!rec_is(r, k, words) && !rec_is(r, k, of))
			return 0;
	}
	return 0;
}

/* 1 if the word before token a announces a person: a lower-case title
 * ("il premier Conte"), a government named after its leader ("governo
 * Letta"; not "governo di Kiev"), a case or a law ("caso Marrazzo"). */
static inline __attribute__((always_inline)) int
rec_person_cue(struct rec *r, size_t a)
{
	size_t p = rec_before_abbrev(r, a);

	if (p >= a || !(r->tl->v[p].flags & T_LOWER))
		return 0;
	if ((rec_lx(r, p) & LX_PTITLE) || rec_title_adj(r, a))
		return 1;
	return rec_is(r, p, rec_govs) || rec_is(r, p, rec_cases) ||
	    rec_lower_portfolio(r, p);
}

/* 1 if the one-word name [a, b) is a place or an acronym just before a
 * given name: "il presidente USA George W. Bush", whose title is the
 * person's, not the place's. */
static int
rec_before_name(struct rec *r, size_t a, size_t b)
{
	return b - a == 1 && b < r->tl->n && rec_cap(r, b) &&
	    !(r->tl->v[b].flags & T_NL) &&
	    (rec_lx(r, b) & (LX_GIVEN | LX_SURNAME)) &&
	    ((r->tl->v[a].flags & T_UPPER) || (rec_lx(r, a) & LX_PLACE));
}

/* 1 if token i is a verb in the future tense, third person: "-rà",
 * "-ranno" ("Rossi incontrerà", "dovrà", "potranno"); no Italian noun
 * ends so. */
static int
rec_future(struct rec *r, size_t i)
{
	const struct tok *t = &r->tl->v[i];
	size_t n = t->end - t->start;
	const char *w = r->text + t->start;

	if (!(t->flags & T_LOWER) || (t->flags & T_NL) || n < 5)
		return 0;
	return memcmp(w + n - 3, "r\xc3\xa0", 3) == 0 ||
	    (n >= 7 && memcmp(w + n - 5, "ranno", 5) == 0);
}

/* 1 if token i is a verb in the simple past, third person singular:
 * "-ò" ("firmò", "parlò", "andò"), which no Italian noun of four letters
 * or more but a few ends with, or one of the irregular ones ("fece",
 * "disse"): "dove Trump fece il discorso" tells of someone. */
static int
rec_past(struct rec *r, size_t i)
{
	static const char *const irregular[] = { "fece", "disse", "ebbe",
	    "vinse", "prese", "scrisse", "rispose", "nacque", "volle",
	    "decise", "mise", "chiese", "giunse", "visse", "morì", "partì",
	    "uscì", "seppe", "venne", "lesse", "perse", "spinse", NULL };
	static const char *const nouns[] = { "però", "perciò", "falò",
	    "oblò", "comò", "bordò", "rococò", "cocò", NULL };
	const struct tok *t = &r->tl->v[i];
	size_t n = t->end - t->start;

	if (!(t->flags & T_LOWER) || (t->flags & T_NL) || n < 4)
		return 0;
	if (memcmp(r->text + t->end - 2, "\xc3\xb2", 2) == 0)
		return n >= 5 && !rec_is(r, i, nouns);
	return rec_is(r, i, irregular);
}

/* 1 if the words around the one-word name [a, b) speak of someone:
 * an item of a list ("Prodi, Monti e Letta", its first one too) or a
 * verb. */
static int
rec_lone_cue(struct rec *r, size_t a, size_t b)
{
	static const char *const before[] = { ",", "e", "ed", "con", "che",
	    "secondo", "and", "with", NULL };
	/* a measure named after its author, as "il lodo Alfano" is, though
	 * "il decreto Sicurezza" names its aim: only for a word no list
	 * has ("il decreto Bersani") */
	static const char *const measures[] = { "decreto", "decreti",
	    "manovra", "finanziaria", "emendamento", NULL };
	static const char *const after[] = { "è", "era", "si", "non",
	    "hanno", "sarà", "was", "is", NULL };

	static const char *const and[] = { "e", "ed", "and", NULL };

	/* at a sentence's start only a verb after it speaks, and only for
	 * a word no list knows ("Ingroia non esclude", "Avakov ha detto") */
	if (r->tl->v[a].flags & T_SENT)
		return b < r->tl->n && (rec_is(r, b, after) ||
		    rec_is(r, b, rec_person_verbs) || rec_future(r, b) ||
		    rec_past(r, b)) && rec_lx(r, a) == 0 && !rec_code(r, a);
	return (a > 0 && rec_is(r, a - 1, before)) || (a > 0 &&
	    (r->tl->v[a - 1].flags & T_LOWER) && rec_is(r, a - 1, measures) &&
	    rec_lx(r, a) == 0) ||
	    (b < r->tl->n && (rec_is(r, b, after) || rec_past(r, b))) ||
	    (b + 1 < r->tl->n && rec_is(r, b, and) && rec_cap(r, b + 1) &&
	    !(r->tl->v[b + 1].flags & T_NL)) || /* "Zhumayev e Pivtsov" */
	    rec_list_ahead(r, b); /* "Gasparri, Bricolo e Pistorio" */
}

/* Lower-case tokens that name a known organisation ("reuters"). */
static int
rec_lower_known(struct rec *r, size_t i)
{
	struct span s;
	const struct tok *t = &r->tl->v[i];
	struct rec_fold *fo = &r->fold[r->twin[i]];
	char buf[LX_FOLD_MAX];
	const char *w = buf;
	size_t n;
	unsigned f;

	/* a word met before was asked before, for its twin: 6 tokens in
	 * 10 of an article are (this halved rec_lower_known's instructions:
	 * lx_fold and lx_maybe_org were 19M of 500 generated articles) */
	if (fo->org == 1 || fo->pre == REC_FOLD_NONE)
		return 0;
	if (fo->org == 0) {
		/* the token's fold if it is cached, else lx_fold's: caching
		 * each lower-case word's fold cost more than it saved */
		if (fo->pre != 0) {
			w = r->fbuf + fo->at;
			n = fo->len;
		} else if ((n = rec_fold8(r, i, buf)) == 0) {
			n = lx_fold(r->text + t->start, t->end - t->start,
			    buf, sizeof(buf));
		}
		fo->org = n != 0 && lx_maybe_org(r->lx, w, n) ? 2 : 1;
		if (fo->org == 1)
			return 0;
	}
	f = rec_lx(r, i);
	if (!(f & LX_ORG) || (f & (LX_COMMON | LX_NOTNAME | LX_BRAND)) ||
	    rec_medium(r, i))
		return 0; /* "ha scritto su twitter": a medium */
	memset(&s, 0, sizeof(s));
	s.t0 = i;
	s.t1 = i + 1;
	s.start = r->tl->v[i].start;
	s.end = r->tl->v[i].end;
	s.score[ENTITY_ORG] = 4;
	return span_push(r->sl, &s);
}

/* 1 if token i is a lower-case name particle (none is longer than three
 * letters) that starts a surname ("bin Laden", "zu Guttenberg", "du
 * Toit"): the next word is capitalised
 * and no list knows it as anything but a name.  Not "al", "da", "el",
 * "y", which are prepositions or conjunctions too. */
static __attribute__((noinline)) int
rec_particle_start_of(struct rec *r, size_t i)
{
	static const char *const not_start[] = { "al", "da", "el", "y",
	    "abu", NULL };

	if (rec_particles2(r, i))
		return 1; /* "von der Leyen" */
	if (!(r->tl->v[i].flags & T_LOWER) || i + 1 >= r->tl->n ||
	    r->tl->v[i].end - r->tl->v[i].start > 3 ||
	    !rec_cap(r, i + 1) || (r->tl->v[i + 1].flags & (T_NL | T_UPPER)) ||
	    !(rec_lx(r, i) & LX_PARTICLE) || rec_is(r, i, not_start))
		return 0;
	/* no Italian says "from" with "de", "van", "dos": a place after
	 * them is a surname ("de Allende", "von Trier", "dos Santos") */
	return !(rec_lx(r, i + 1) & (LX_COMMON_IT | LX_ORG | LX_INST |
	    LX_ORGHEAD | LX_PLACEHEAD | LX_NOTNAME | LX_PTITLE |
	    LX_COUNTRY)) && (!(rec_lx(r, i + 1) & (LX_PLACE | LX_TOWN)) ||
	    rec_is(r, i, rec_foreign_particles));
}

/* rec_particle_start: both ways need a lower-case word of three bytes at
 * most, told inline without a call (it runs at every token). */
static inline __attribute__((always_inline)) int
rec_particle_start(struct rec *r, size_t i)
{
	return (r->tl->v[i].flags & T_LOWER) &&
	    r->tl->v[i].end - r->tl->v[i].start <= 3 &&
	    rec_particle_start_of(r, i);
}

/* The end of a name spelt out before its initials in brackets that
 * starts at token i, with the small words inside it that would cut it
 * ("Women on Waves (WoW)", "Società Nazionale Ferrovie e Tramvie
 * (SNFT)", "Federal Bureau of Investigation (FBI)"): the index of the
 * bracket, or 0. */
static inline __attribute__((always_inline)) size_t
rec_spelt_out(struct rec *r, size_t i)
{
	size_t k = i + 1;

	if (!rec_cap(r, i) || (r->tl->v[i].flags & T_UPPER))
		return 0;
	for (; k < r->tl->n && k < i + 10; k++) {
		const struct tok *t = &r->tl->v[k];
		if (t->flags & (T_NL | T_SENT))
			return 0;
		if (rec_cap(r, k))
			continue;
		if (!(t->flags & T_LOWER) || t->end - t->start > 4)
			break;
	}
	if (k >= r->tl->n || !rec_cap(r, k - 1) ||
	    !rec_initials_after(r, i, k))
		return 0;
	return k;
}

/* Small words an acronym leaves out: "Gruppo d'investigazione sulla
 * criminalità organizzata (GICO)". */
static const char *const rec_acro_skip[] = { "di", "del", "della",
	"dello", "dei", "degli", "delle", "dell'", "dell’", "d'", "d’", "e",
	"ed", "per", "il", "lo", "la", "l'", "l’", "i", "gli", "le", "a",
	"al", "alla", "ai", "in", "sul", "sulla", "sui", "con", "da", "of",
	"the", "and", "for", "on", "de", "des", "du", NULL };

/* The end of the words in brackets from token i on that spell out the
 * acronym before the bracket, or 0: "l'ANPI (Associazione Nazionale
 * Partigiani Italiani)", "il CIS (Cooperazione italiana solidarietà)":
 * the words are a body's name even in lower case.  Each capital of the
 * acronym is the first letter of a word but the small ones, in order. */
static size_t
rec_acronym_spelt(struct rec *r, size_t i)
{
	const struct tok *t = r->tl->v, *acr;
	size_t k = i, e = i, caps = 0;

	if (i < 2 || t[i - 1].end - t[i - 1].start != 1 ||
	    r->text[t[i - 1].start] != '(' || !(t[i - 2].flags & T_UPPER))
		return 0;
	while (e < r->tl->n && e < i + 14 && (t[e].flags & T_WORD) &&
	    !(t[e].flags & T_NL))
		e++;
	if (e >= r->tl->n || e < i + 2 || t[e].end - t[e].start != 1 ||
	    r->text[t[e].start] != ')')
		return 0;
	acr = &t[i - 2];
	for (size_t c = acr->start; c < acr->end; c++) {
		char ch = r->text[c], w;
		if (ch < 'A' || ch > 'Z')
			continue;
		while (k < e && rec_is(r, k, rec_acro_skip) && k > i)
			k++;
		if (k >= e)
			return 0;
		w = r->text[t[k].start];
		if (w >= 'a' && w <= 'z')
			w = (char)(w - 32);
		if (w != ch)
			return 0;
		k++;
		caps++;
	}
	return caps >= 2 && k == e ? e : 0;
}

/* The end of a body's name that starts with a capitalised body's noun
 * at token i and goes on in lower-case words up to its initials in
 * brackets, or 0: "Istituto per la ricerca sul mare (ICRAM)", "Fronte
 * democratico per la liberazione del Ruanda (FDLR)", "Ministero dei
 * beni e delle attività culturali e del turismo (MiBACT)".  Italian
 * writes a body's name so, in lower case but its first word; the
 * initials say where it ends: their first letter is the noun's, their
 * last one a word's of the name. */
static size_t
rec_head_spelt(struct rec *r, size_t i)
{
	static const char *const close[] = { "\"", "”", "»", NULL };
	const struct tok *t = r->tl->v;
	size_t k = i + 1, n = r->tl->n, e;
	char first, last = 0;
	int longword = 0, caps = 0;

	if ((t[i].flags & (T_UPPER | T_DIGIT)) || !(rec_lx(r, i) & LX_ORGHEAD))
		return 0;
	for (; k < n && k < i + 14; k++) {
		if (t[k].flags & (T_NL | T_SENT))
			return 0;
		if (!(t[k].flags & T_WORD))
			break;
		if ((t[k].flags & T_LOWER) && t[k].end - t[k].start >= 5)
			longword = 1;
	}
	e = k;
	if (k + 1 < n && rec_is(r, k, close) && !(t[k + 1].flags & T_WORD))
		k++; /* "\"Fronte democratico per la liberazione del Ruanda\"
		      * (FDLR)" */
	if (!longword || k + 2 >= n || e < i + 3 ||
	    t[k].end - t[k].start != 1 || r->text[t[k].start] != '(' ||
	    t[k + 2].end - t[k + 2].start != 1 ||
	    r->text[t[k + 2].start] != ')' || !(t[k + 1].flags & T_CAP) ||
	    (rec_lx(r, k + 1) & LX_PROVCODE))
		return 0;
	for (size_t c = t[k + 1].start; c < t[k + 1].end; c++) {
		char ch = r->text[c];
		if (ch >= 'A' && ch <= 'Z') {
			last = ch;
			caps++;
		} else if (!(ch >= 'a' && ch <= 'z')) {
			return 0;
		}
	}
	first = r->text[t[k + 1].start];
	if (caps < 2 || first != r->text[t[i].start])
		return 0;
	for (size_t w = i + 1; w < e; w++) {
		char ch = r->text[t[w].start];
		if (ch >= 'a' && ch <= 'z')
			ch = (char)(ch - 32);
		if (ch == last)
			return e;
	}
	return 0;
}

/* The end of a body's name of several words in brackets right after a
 * person's, small words and all ("Diego Faraone (Democratici di
 * Sinistra)", "Gianfranco Rotondi (Democrazia Cristiana per le
 * Autonomie)"): the party a person belongs to, whose small words would
 * cut it, as rec_affiliation finds one of a word or two; 0 if none. */
static size_t
rec_bracket_body(struct rec *r, size_t i)
{
	static const char *const smalls[] = { "e", "ed", "per", "il", "lo",
	    "la", "l'", "l’", "i", "gli", "le", NULL };
	const struct tok *t = r->tl->v;
	const struct span *p;
	size_t e = i;
	int links = 0;

	if (i < 3 || r->sl->n == 0 || t[i - 1].end - t[i - 1].start != 1 ||
	    r->text[t[i - 1].start] != '(' || !rec_cap(r, i) ||
	    (rec_lx(r, i) & (LX_PTITLE | LX_NOTNAME | LX_PLACEHEAD)))
		return 0; /* "(Repubblica di Irlanda)" */
	p = &r->sl->v[r->sl->n - 1];
	if (p->t1 != i - 1 || p->t1 - p->t0 < 2 || p->weak ||
	    p->score[ENTITY_PERSON] <= p->score[ENTITY_ORG] ||
	    p->score[ENTITY_PERSON] <= p->score[ENTITY_PLACE])
		return 0;
	for (; e < r->tl->n && e < i + 8 && !(t[e].flags & T_NL); e++) {
		if (rec_cap(r, e) && (rec_lx(r, e) & LX_COUNTRY))
			return 0; /* "(Partito Comunista di Cuba)": a
			           * state may say where the person is from */
		if (rec_cap(r, e))
			continue;
		if (!(t[e].flags & T_LOWER) || !(rec_is(r, e, rec_links) ||
		    rec_is(r, e, smalls)))
			break;
		links = 1;
	}
	if (!links || e >= r->tl->n || t[e].end - t[e].start != 1 ||
	    r->text[t[e].start] != ')' || !rec_cap(r, e - 1) ||
	    (rec_phrase(r, i, e) & (LX_PLACE | LX_TOWN)))
		return 0;
	return e;
}

/* The start of a United States state's postal code that ends the run
 * [a, b), "NY", "DC" or "D.C", after a place of its own, or b: "Washington
 * DC", "Washington D.C.", "Springfield IL" are a city and its state, one
 * place. */
static size_t
rec_us_state(struct rec *r, size_t a, size_t b)
{
	const struct tok *t = r->tl->v;
	size_t c = b;

	if (b - a >= 2 && (t[b - 1].flags & T_UPPER) &&
	    t[b - 1].end - t[b - 1].start == 2 &&
	    rec_is(r, b - 1, rec_us_codes))
		c = b - 1;
	else if (b - a >= 2 && t[b - 1].end - t[b - 1].start >= 3 &&
	    memcmp(r->text + t[b - 1].start, "D.C", 3) == 0 &&
	    t[b - 1].end - t[b - 1].start <= 4)
		c = b - 1; /* "D.C." */
	if (c == b || !((c - a == 1 ? rec_lx(r, a) : rec_phrase(r, a, c)) &
	    (LX_PLACE | LX_TOWN)))
		return b;
	return c;
}

/* 1 if token a is a word in capitals in brackets right after a name
 * that it spells the initials of: "Alternativa Sociale (AS)",
 * "Alleanza Nazionale (AN)" are a party and its initials, though "as"
 * and "an" are English words no list takes for names. */
static int
rec_initials_of_prev(struct rec *r, size_t a)
{
	const struct span *p;

	if (r->sl->n == 0 || a < 3 || a + 1 >= r->tl->n ||
	    !(r->tl->v[a].flags & T_UPPER) ||
	    r->tl->v[a - 1].end - r->tl->v[a - 1].start != 1 ||
	    r->text[r->tl->v[a - 1].start] != '(' ||
	    r->tl->v[a + 1].end - r->tl->v[a + 1].start != 1 ||
	    r->text[r->tl->v[a + 1].start] != ')')
		return 0;
	p = &r->sl->v[r->sl->n - 1];
	return p->t1 == a - 1 && rec_initials_after(r, p->t0, p->t1);
}

/* 1 if token a, mid-sentence in an Italian text and among words that
 * are not in capitals, is an English function word of two letters in
 * capitals ("OR", "IS"): Italian has no such word, so it is a body's
 * initials ("il segretario di OR"), not the word a list drops. */
static int
rec_english_caps(struct rec *r, size_t a)
{
	static const char *const words[] = { "an", "as", "at", "by", "if",
	    "is", "of", "on", "or", "up", "we", NULL };
	const struct tok *t = r->tl->v;

	if (r->en || a == 0 || a + 1 >= r->tl->n ||
	    (t[a].flags & (T_SENT | T_NL)) || !(t[a].flags & T_UPPER) ||
	    t[a].end - t[a].start != 2 || !rec_is(r, a, words))
		return 0;
	return !((t[a - 1].flags & T_UPPER) && t[a - 1].end - t[a - 1].start > 1) &&
	    !((t[a + 1].flags & T_UPPER) && t[a + 1].end - t[a + 1].start > 1);
}

/* 1 if token i is shaped like a product's model name: letters and
 * digits mixed ("B7RLE", "A3") or a capital inside ("CityClass"). */
static int
rec_model(const struct rec *r, size_t i)
{
	const struct tok *t = &r->tl->v[i];
	int digit = 0, alpha = 0;

	for (size_t k = t->start; k < t->end; k++) {
		digit |= r->text[k] >= '0' && r->text[k] <= '9';
		alpha |= (r->text[k] >= 'A' && r->text[k] <= 'Z') ||
		    (r->text[k] >= 'a' && r->text[k] <= 'z');
	}
	return (digit && alpha) || rec_inner_capital(r, i);
}

/* 1 if the bytes [a, e) of the text are all digits. */
static int
rec_road_number_at(const struct rec *r, size_t a, size_t e)
{
	for (size_t k = a; k < e; k++)
		if (r->text[k] < '0' || r->text[k] > '9')
			return 0;
	return a < e;
}

/* 1 if token i is a number of a road: four digits at most ("194"). */
static int
rec_road_number(const struct rec *r, size_t i)
{
	const struct tok *t = &r->tl->v[i];

	return (t->flags & T_DIGIT) && !(t->flags & T_NL) &&
	    t->end - t->start <= 4 &&
	    rec_road_number_at(r, t->start, t->end);
}

/* The end of the name of a road that starts at token i, or 0: a kind of
 * road and its number ("la statale 194", "la Statale 194", "la strada
 * provinciale n. 43", "la SS 121"), "strada" and its kind before a name
 * ("strada provinciale Farense"), a motorway after an article ("sulla
 * A14").  Italian news names roads so, in
 * lower case, where no capital starts a name. */
static size_t
rec_road(struct rec *r, size_t i)
{
	static const char *const strada[] = { "strada", NULL };
	static const char *const kinds[] = { "statale", "provinciale",
	    "regionale", "comunale", NULL };
	static const char *const codes[] = { "ss", "sp", "sr", NULL };
	static const char *const no[] = { "n", "n.", "nr", "n°", NULL };
	static const char *const the[] = { "la", "sulla", "della", "alla",
	    "dalla", "nella", "lungo", "per", NULL };
	size_t k = i + 1, n = r->tl->n;
	const struct tok *t = &r->tl->v[i];
	size_t len = t->end - t->start;

	/* the cheap test first, on the length and the first letter of
	 * "strada", "statale", "comunale", "regionale", "provinciale", a
	 * code ("SS", "A14"): this runs at every word */
	switch (len) {
	case 2: case 3:
		if (r->text[t->start] != 'A' && r->text[t->start] != 'S')
			return 0;
		break;
	case 6: case 7:
		if ((r->text[t->start] | 0x20) != 's')
			return 0;
		break;
	case 8:
		if ((r->text[t->start] | 0x20) != 'c')
			return 0;
		break;
	case 9:
		if ((r->text[t->start] | 0x20) != 'r')
			return 0;
		break;
	case 11:
		if ((r->text[t->start] | 0x20) != 'p')
			return 0;
		break;
	default:
		return 0;
	}
	if (len >= 2 && len <= 3 &&
	    r->text[t->start] == 'A' && i > 0 && rec_is(r, i - 1, the) &&
	    rec_road_number_at(r, t->start + 1, t->end))
		return i + 1; /* "sulla A14", a motorway */
	if (rec_is(r, i, strada) && k < n && rec_is(r, k, kinds) &&
	    !(r->tl->v[k].flags & T_NL))
		k++;
	else if (!((rec_is(r, i, kinds) || ((r->tl->v[i].flags & T_UPPER) &&
	    rec_is(r, i, codes))) && i > 0 && rec_is(r, i - 1, the)))
		return 0; /* "la statale 194", not "spesa statale 3" */
	if (k >= n)
		return 0;
	if (k - i == 2 && rec_cap(r, k) && !(r->tl->v[k].flags &
	    (T_NL | T_UPPER | T_DIGIT)))
		return k + 1; /* "strada provinciale Farense" */
	if (rec_is(r, k, no) && k + 1 < n) {
		k++;
		if (k + 1 < n && r->text[r->tl->v[k].start] == '.')
			k++; /* "n." is two tokens */
	}
	return k < n && rec_road_number(r, k) &&
	    r->tl->v[k].start > r->tl->v[k - 1].end ? k + 1 : 0;
}

/* Push tokens [a, b) as a name of type t with evidence score: a road
 * (a place) or a body named by its number. */
static int
rec_push_typed(struct rec *r, size_t a, size_t b, enum entity_type t,
	       float score)
{
	struct span s;

	memset(&s, 0, sizeof(s));
	s.t0 = a;
	s.t1 = b;
	s.start = r->tl->v[a].start;
	s.end = r->tl->v[b - 1].end;
	s.score[t] = score;
	return span_push(r->sl, &s);
}

/* 1 if token i is "118" after a masculine singular article: Italy's
 * emergency medical service ("i medici del 118", "ha chiamato il 118"),
 * a body named by its telephone number; no count ("i 118 cardinali"). */
static int
rec_emergency(struct rec *r, size_t i)
{
	static const char *const arts[] = { "il", "del", "al", "dal", "col",
	    NULL };
	const struct tok *t = &r->tl->v[i];

	return t->end - t->start == 3 &&
	    memcmp(r->text + t->start, "118", 3) == 0 && i > 0 &&
	    rec_is(r, i - 1, arts) &&
	    !(i + 1 < r->tl->n && (r->tl->v[i + 1].flags & T_DIGIT));
}

/* The end of a national side's age group that starts at token i, or 0:
 * "U21", "U-21", "Under-21", "Under 21". */
static size_t
rec_age_group(const struct rec *r, size_t i)
{
	const struct tok *t = &r->tl->v[i];
	const char *w = r->text + t->start;
	size_t n = t->end - t->start, k;

	if (n >= 5 && strncasecmp(w, "under", 5) == 0)
		k = 5;
	else if (n >= 3 && w[0] == 'U')
		k = 1;
	else
		return 0;
	if (k < n && w[k] == '-')
		k++;
	if (k == n && k >= 5 && i + 1 < r->tl->n &&
	    !(r->tl->v[i + 1].flags & T_NL) &&
	    r->tl->v[i + 1].end - r->tl->v[i + 1].start == 2 &&
	    rec_road_number_at(r, r->tl->v[i + 1].start,
	    r->tl->v[i + 1].end))
		return i + 2; /* "Under 21" */
	return n - k == 2 && rec_road_number_at(r, t->start + k, t->end) ?
	    i + 1 : 0;
}

/* The end of a national side's name that starts at token i, "nazionale"
 * in lower case, and ends with its age group, or 0: the side and its age
 * are one name ("la nazionale U21", "ex della nazionale Under-21"), as
 * with "Nazionale" capitalised. */
static size_t
rec_national_side(struct rec *r, size_t i)
{
	static const char *const side[] = { "nazionale", NULL };

	if (!(r->tl->v[i].flags & T_LOWER) || i + 1 >= r->tl->n ||
	    (r->tl->v[i + 1].flags & T_NL) || !rec_is(r, i, side))
		return 0;
	return rec_age_group(r, i + 1);
}

/* Lower-case nouns of a state's or a city's institutions, masculine and
 * feminine: an adjective of a place after one names that place's
 * ("il governo tedesco", "la polizia portoghese"); alone they name none
 * ("il governo", "la polizia"). */
static const char *const rec_state_bodies_m[] = { "governo", "esecutivo",
	"esercito", "parlamento", "regime", "consolato", "tribunale", NULL };
static const char *const rec_state_bodies_f[] = { "polizia",
	"magistratura", "marina", "aeronautica", "ambasciata",
	"amministrazione", "gendarmeria", "procura", "questura",
	"commissione", NULL };

/* 1 if token i is a lower-case adjective of a state, a people, a region
 * or a city: place-adjectives.txt, Italy's colour, those
 * in -ese ("iracheno", "russa", "francesi"). */
static int
rec_place_adj(struct rec *r, size_t i)
{
	const struct tok *t = &r->tl->v[i];

	return (t->flags & T_LOWER) && !(t->flags & T_NL) &&
	    (rec_nation_word(r, i) ||
	    rec_nation_ese(r, i));
}

/* 1 if the place's adjective at token i, ending in "e", is a feminine
 * plural ("italiane", "tedesche"): its singular in "a" is one too; not
 * "francese", "macedone", a singular of both genders. */
static int
rec_place_adj_fem_pl(struct rec *r, size_t i)
{
	const struct tok *t = &r->tl->v[i];
	size_t n = t->end - t->start;
	char buf[32];

	if (n < 4 || n >= sizeof(buf) || r->text[t->end - 1] != 'e')
		return 0;
	memcpy(buf, r->text + t->start, n);
	if (buf[n - 2] == 'h' && (buf[n - 3] == 'c' || buf[n - 3] == 'g'))
		n--; /* "tedesche": "tedesca" */
	buf[n - 1] = 'a';
	buf[n] = '\0';
	if (lx_word(r->lx, buf, n) & LX_PLACEADJ)
		return 1;
	for (int k = 0; rec_azzurri[k]; k++)
		if (strcmp(rec_azzurri[k], buf) == 0)
			return 1;
	return 0;
}

/* 1 if the place's adjective at token i agrees with a noun, feminine
 * or not, plural or not ("la polizia portoghese", "il governo saudita",
 * "le forze armate italiane"); not "la polizia marocchine". */
static int
rec_place_adj_agrees(struct rec *r, size_t i, int fem, int pl)
{
	char z = r->text[r->tl->v[i].end - 1];
	char y = r->text[r->tl->v[i].end - 2];

	if (pl) /* "libanesi", "italiane" */
		return z == 'i' || (fem && rec_place_adj_fem_pl(r, i));
	if (z == 'e')
		return !rec_place_adj_fem_pl(r, i);
	return fem ? z == 'a' : z == 'o' || (z == 'a' && (y == 't' ||
	    y == 'g')); /* "saudita", "belga" */
}

/* The end of a lower-case institution's noun and the adjective of the
 * place it belongs to that start at token i, or 0: one body ("il governo
 * iracheno", "la polizia ucraina", "le forze armate libanesi", "la
 * guardia costiera americana", a national side after its article: "la
 * nazionale russa"; an adjective of kind may come between: "l'esercito
 * governativo siriano"), the adjective agreeing with the noun
 * ("la polizia marocchine" is no one's: the adjective is another
 * noun's). */
static size_t
rec_state_body(struct rec *r, size_t i)
{
	static const char *const forces[] = { "forze", NULL };
	static const char *const armed[] = { "armate", NULL };
	static const char *const guard[] = { "guardia", NULL };
	static const char *const coast[] = { "costiera", NULL };
	static const char *const side[] = { "nazionale", NULL };
	static const char *const the_fem[] = { "la", "della", "alla",
	    "dalla", "nella", "sulla", NULL };
	size_t j = i + 1, n = r->tl->n;
	int fem, pl = 0;

	if (rec_is(r, i, rec_state_bodies_m))
		fem = 0;
	else if (rec_is(r, i, rec_state_bodies_f))
		fem = 1;
	else if (i > 0 && rec_is(r, i, side) && rec_is(r, i - 1, the_fem))
		fem = 1; /* "la nazionale italiana"; not "la televisione
		          * nazionale birmana" */
	else if (j < n && rec_is(r, i, forces) && rec_is(r, j, armed))
		fem = pl = 1, j++;
	else if (j < n && rec_is(r, i, guard) && rec_is(r, j, coast))
		fem = 1, j++;
	else
		return 0;
	if (j >= n || (j > i + 1 && (r->tl->v[i + 1].flags & T_NL)))
		return 0;
	if (!rec_place_adj(r, j)) {
		/* an adjective of kind before the place's: "l'esercito
		 * governativo siriano", "il governo transitorio somalo" */
		if (pl || j + 1 >= n || !rec_adjective(r, j) ||
		    rec_verb_form(r, j) || !rec_place_adj_agrees(r, j, fem, 0) ||
		    !rec_place_adj(r, ++j))
			return 0;
	}
	return rec_place_adj_agrees(r, j, fem, pl) ? j + 1 : 0;
}

/* The end of a lower-case council, executive or police of the town, the
 * region or the province the story is about, or a unit of the police,
 * that starts at token i, or 0: a fixed name of that one body ("il
 * consiglio comunale", "la giunta regionale", "l'amministrazione
 * comunale", "la polizia locale", "la polizia postale", "la squadra
 * mobile"), with the adjective of its place after it if any ("il
 * consiglio regionale sardo"); "di" and the town after it are a place
 * of their own ("il consiglio comunale di Milano"); not a sitting of the
 * council. */
static size_t
rec_local_body(struct rec *r, size_t i)
{
	static const char *const councils[] = { "consiglio", "giunta",
	    "amministrazione", NULL };
	static const char *const tiers[] = { "comunale", "regionale",
	    "provinciale", NULL };
	static const char *const police[] = { "polizia", NULL };
	static const char *const local[] = { "locale", "municipale",
	    "provinciale", "scientifica", "postale", "stradale",
	    "ferroviaria", NULL };
	static const char *const squad[] = { "squadra", NULL };
	static const char *const mobile[] = { "mobile", NULL };
	static const char *const sittings[] = { "primo", "ultimo",
	    "prossimo", NULL };
	size_t j = i + 1, n = r->tl->n;

	if (j >= n || !(r->tl->v[j].flags & T_LOWER) ||
	    (r->tl->v[j].flags & T_NL) || !((rec_is(r, i, councils) &&
	    rec_is(r, j, tiers)) || (rec_is(r, i, police) &&
	    rec_is(r, j, local)) || (rec_is(r, i, squad) &&
	    rec_is(r, j, mobile))))
		return 0;
	if (i > 0 && (r->tl->v[i - 1].flags & T_LOWER) &&
	    rec_is(r, i - 1, sittings))
		return 0; /* "il primo consiglio comunale": a sitting */
	if (j + 1 < n && rec_place_adj(r, j + 1) &&
	    rec_place_adj_agrees(r, j + 1, r->text[r->tl->v[i].end - 1] ==
	    'a' || r->text[r->tl->v[i].end - 1] == 'e', 0))
		return j + 2;
	return j + 1;
}

/* The end of a lower-case ministry, an article's "di" and its portfolio
 * in lower case that start at token i, or 0: the portfolio names the one
 * ministry ("il ministero del tesoro", "il ministero dell'interno"), and
 * the adjective of a state after it says whose ("il ministero della
 * giustizia macedone").  Not a public prosecutor ("il pubblico ministero
 * di turno"), nor bare "di" ("il ministero di grazia"). */
static size_t
rec_ministry(struct rec *r, size_t i)
{
	static const char *const ministry[] = { "ministero", NULL };
	static const char *const public[] = { "pubblico", NULL };
	static const char *const bare[] = { "di", "d'", "d’", NULL };
	size_t n = r->tl->n, e;

	if (i + 2 >= n || !rec_is(r, i, ministry) || rec_is(r, i + 1, bare) ||
	    (i > 0 && rec_is(r, i - 1, public)) ||
	    (e = rec_lower_of(r, i + 1)) == 0)
		return 0;
	if (e < n && rec_place_adj(r, e) && rec_place_adj_agrees(r, e, 0, 0))
		e++;
	return e;
}

/* The end of a lower-case university, "di" and its city that start at
 * token i, or 0: as with "Università di Bologna", the city is part of
 * the name ("l'università di Nottingham", "l'università di Fort Hare":
 * up to three capitalised words); not a person's name after "di". */
static size_t
rec_university(struct rec *r, size_t i)
{
	static const char *const university[] = { "università", NULL };
	static const char *const of[] = { "di", NULL };
	size_t j = i + 2, n = r->tl->n, e;

	if (j >= n || (r->tl->v[i + 1].flags & T_NL) ||
	    !rec_is(r, i, university) || !rec_is(r, i + 1, of) ||
	    (rec_lx(r, j) & (LX_GIVEN | LX_PLACE | LX_TOWN)) == LX_GIVEN)
		return 0; /* "la prima università di Paolo Rossi" */
	for (e = j; e < n && e < j + 3 && rec_cap(r, e) &&
	    !(r->tl->v[e].flags & T_NL) && (e == j ||
	    r->tl->v[e].start > r->tl->v[e - 1].end); e++)
		;
	return e > j ? e : 0;
}

/* The end of a fixed lower-case name of one body, a noun, "di" and a
 * noun, that starts at token i, or 0: the cabinet of the state the story
 * is about ("il consiglio dei ministri", with the state's adjective: "il
 * consiglio dei ministri italiano"), the Carabinieri's corps ("l'arma
 * dei carabinieri", "l'arma dei Carabinieri", not "Carabinieri" alone),
 * the port's authority ("la capitaneria di porto"). */
static size_t
rec_fixed_body(struct rec *r, size_t i)
{
	static const char *const council[] = { "consiglio", NULL };
	static const char *const ministers[] = { "ministri", NULL };
	static const char *const corps[] = { "arma", NULL };
	static const char *const carabinieri[] = { "carabinieri", NULL };
	static const char *const harbour[] = { "capitaneria", NULL };
	static const char *const port[] = { "porto", NULL };
	static const char *const of_the[] = { "dei", NULL };
	static const char *const of[] = { "di", NULL };
	size_t n = r->tl->n, e = i + 3;
	int fem;

	if (e > n || (r->tl->v[i + 1].flags & (T_NL | T_CAP)) ||
	    (r->tl->v[i + 2].flags & T_NL))
		return 0;
	if (rec_is(r, i, council) && rec_is(r, i + 1, of_the) &&
	    rec_is(r, i + 2, ministers))
		fem = 0;
	else if (rec_is(r, i, corps) && rec_is(r, i + 1, of_the) &&
	    rec_is(r, i + 2, carabinieri))
		fem = 1;
	else if (rec_is(r, i, harbour) && rec_is(r, i + 1, of) &&
	    rec_is(r, i + 2, port))
		fem = 1;
	else
		return 0;
	if (e < n && rec_place_adj(r, e) && rec_place_adj_agrees(r, e, fem, 0))
		e++;
	return e;
}

/* The first words of rec_state_body, rec_local_body, rec_ministry,
 * rec_university and rec_fixed_body: one look-up tells a lower-case word
 * that starts none of them, as most do, instead of a dozen (the five
 * rules cost an import an eighth more instructions without it). */
static const char *const rec_lower_heads[] = { "governo", "esecutivo",
	"esercito", "parlamento", "regime", "consolato", "tribunale",
	"polizia", "magistratura", "marina", "aeronautica", "ambasciata",
	"amministrazione", "gendarmeria", "procura", "questura",
	"commissione", "nazionale", "forze", "guardia", "consiglio",
	"giunta", "squadra", "ministero", "università", "arma",
	"capitaneria", NULL };

/* Find every candidate span of the text. */
static int
rec_spans(struct rec *r)
{
	size_t i = 0, n = r->tl->n;

	while (i < n) {
		const struct tok *t = &r->tl->v[i];
		size_t e;
		if (rec_cap(r, i) && ((e = rec_acronym_spelt(r, i)) > i ||
		    (e = rec_bracket_body(r, i)) > i ||
		    (e = rec_head_spelt(r, i)) > i)) {
			struct span s;
			memset(&s, 0, sizeof(s));
			s.t0 = i; /* "ANPI (Associazione Nazionale
			           * Partigiani Italiani)", "Diego Faraone
			           * (Democratici di Sinistra)", "Istituto
			           * per la ricerca sul mare (ICRAM)" */
			s.t1 = e;
			s.start = t->start;
			s.end = r->tl->v[e - 1].end;
			s.score[ENTITY_ORG] = 6;
			if (span_push(r->sl, &s) < 0)
				return -1;
			i = e;
			continue;
		}
		if ((t->flags & (T_LOWER | T_CAP)) && (e = rec_road(r, i)) > i) {
			if (rec_push_typed(r, i, e, ENTITY_PLACE, 8) < 0)
				return -1;
			i = e; /* "la statale 194" */
			continue;
		}
		if ((rec_cap(r, i) || (rec_name_elided(r, i) && i + 1 < n &&
		    rec_cap(r, i + 1)) || rec_particle_start(r, i)) &&
		    !(t->flags & T_DIGIT)) {
			size_t j = rec_extend(r, i), k;
			if (!(k = rec_spelt_out(r, i)) && i + 1 < n &&
			    (t->flags & T_SENT) && (rec_lx(r, i) & LX_NOTNAME) &&
			    (k = rec_spelt_out(r, i + 1)) > j)
				i++; /* "La Federal Bureau of Investigation" */
			if (k > j) {
				if (rec_run(r, i, k) < 0)
					return -1;
				i = k;
				continue;
			}
			while ((k = rec_split(r, i, j)) < j) {
				/* "presidente Usa | Trump": the state a place,
				 * whatever the title before it says */
				if (k == i + 1 && rec_title_state(r, i, j) ?
				    rec_push_typed(r, i, k, ENTITY_PLACE, 6) < 0 :
				    k == i + 1 &&
				    rec_given_place_then_person(r, i, j) ?
				    rec_push_typed(r, i, k,
				    rec_club_before(r, i) ? ENTITY_ORG :
				    ENTITY_PLACE, 6) < 0 :
				    rec_run(r, i, k) < 0)
					return -1;
				i = k;
			}
			if (rec_run(r, i, j) < 0)
				return -1;
			i = j;
		} else {
			if ((t->flags & T_LOWER) && t->end - t->start >= 3 &&
			    rec_lower_known(r, i) < 0)
				return -1;
			if ((t->flags & T_LOWER) && t->end - t->start >= 7 &&
			    (r->text[t->end - 1] == 'e' ||
			    r->text[t->end - 1] == 'o') && rec_territory(r, i) &&
			    rec_push_typed(r, i, i + 1, ENTITY_PLACE, 6) < 0)
				return -1; /* "nel trevigiano" */
			if ((t->flags & T_DIGIT) && rec_emergency(r, i) &&
			    rec_push_typed(r, i, i + 1, ENTITY_ORG, 6) < 0)
				return -1;
			if ((t->flags & T_LOWER) && t->end - t->start >= 4 &&
			    t->end - t->start <= 15 &&
			    rec_is(r, i, rec_lower_heads) &&
			    ((e = rec_state_body(r, i)) > i ||
			    (e = rec_local_body(r, i)) > i ||
			    (e = rec_ministry(r, i)) > i ||
			    (e = rec_university(r, i)) > i ||
			    (e = rec_fixed_body(r, i)) > i)) {
				if (rec_push_typed(r, i, e, ENTITY_ORG, 6) < 0)
					return -1;
				i = e; /* "il governo tedesco", "il consiglio
				        * comunale" */
				continue;
			}
			if (t->end - t->start == 9 &&
			    (e = rec_national_side(r, i)) > i) {
				if (rec_push_typed(r, i, e, ENTITY_ORG, 6) < 0)
					return -1;
				i = e; /* "la nazionale U21" */
				continue;
			}
			i++;
		}
	}
	return 0;
}


/* The lexicon's categories of token i, or of its spelling in Latin
 * letters where it is in another script and five letters or more
 * ("Владимир" is "vladimir"; a shorter one is too often a small word or
 * an inflection that spells a name: "Об", "России" as "rosi"). */
static unsigned
rec_known(struct rec *r, size_t i)
{
	const struct tok *t = &r->tl->v[i];
	unsigned f = rec_lx(r, i);
	char *k;

	if (f != 0 || (unsigned char)r->text[t->start] < 0xCE)
		return f;
	if ((k = entity_key(r->text + t->start, t->end - t->start)) != NULL) {
		if (strlen(k) >= 5)
			f = lx_word(r->lx, k, strlen(k));
		free(k);
	}
	return f;
}

#define REC_KNOWN (LX_GIVEN | LX_PLACE | LX_COUNTRY | LX_CITY | LX_ORG)

/* A word of the text, by its bytes. */
struct rec_word {
	const char *s;
	size_t n;
};

static int
rec_word_cmp(const void *a, const void *b)
{
	const struct rec_word *x = a, *y = b;

	if (x->n != y->n)
		return x->n < y->n ? -1 : 1;
	return memcmp(x->s, y->s, x->n);
}

/*
 * A text in a language whose rules for names dossier lacks (German,
 * French, Spanish, Portuguese, another script: article_detect_lang) keeps
 * only the names the lists know: a run loses the words before the first
 * known one ("Präsident Wladimir Putin", "Kremlsprecher Dmitri Peskow",
 * "Президент России Владимир Путин", "de Vostochni") and stays as what
 * it then starts: a known body or place of two words or more, two to
 * four capitalised words from a given name, or a known body or place
 * of one word (of the places' or states' lists: a town's name may be a
 * word too, "Lage"), losing the words after it ("Moskau den
 * Bundeskanzler"); a lone word stays as the last word of such a
 * person.
 * German capitalises every noun, and no language's sentence openers,
 * articles and particles are in the lists of common words the
 * recogniser knows: their names would be "Weltraumbahnhof Wostotschny"
 * or "El", and would join, across the corpus, the stories that name the
 * same people rightly.  -1 if out of memory.
 */
static int
rec_cautious(struct rec *r)
{
	struct span_list *sl = r->sl;
	const struct tok *t = r->tl->v;
	size_t w = 0, nends = 0;
	char *keep = calloc(sl->n + 1, 1);
	struct rec_word *ends;

	if (keep == NULL)
		return -1;
	for (size_t i = 0; i < sl->n; i++) {
		struct span *s = &sl->v[i];
		size_t a = s->t0, b = s->t1, e = 0;
		enum entity_type type = ENTITY_OTHER;

		while (a < b && !(rec_cap(r, a) && (rec_known(r, a) &
		    REC_KNOWN)))
			a++;
		if (a == b)
			continue;
		/* the longest known place or body from a, of two words or
		 * more ("Moskau den Bundeskanzler" holds "Moskau") */
		for (size_t k = b; k > a + 1 && type == ENTITY_OTHER; k--) {
			unsigned f = rec_phrase(r, a, k);

			if (f & (LX_ORG | LX_PLACE | LX_COUNTRY | LX_CITY)) {
				type = f & LX_ORG ? ENTITY_ORG : ENTITY_PLACE;
				e = k;
			}
		}
		/* a given name and up to three capitalised words */
		if (type == ENTITY_OTHER && (rec_known(r, a) & LX_GIVEN)) {
			for (e = a + 1; e < b && e - a < 4 && rec_cap(r, e);)
				e++;
			if (e - a >= 2)
				type = ENTITY_PERSON;
		}
		/* one word: a body, or a place of the places' or states'
		 * lists (a town's name may be a word too: "Lage") */
		if (type == ENTITY_OTHER) {
			unsigned f = rec_known(r, a);

			e = a + 1;
			if (f & LX_ORG)
				type = ENTITY_ORG;
			else if (f & (LX_PLACE | LX_COUNTRY))
				type = ENTITY_PLACE;
		}
		if (type == ENTITY_OTHER)
			continue;
		s->t0 = a;
		s->t1 = e;
		s->start = t[a].start;
		s->end = t[e - 1].end;
		memset(s->score, 0, sizeof(s->score));
		s->score[type] = 10;
		s->weak = s->lone = 0;
		keep[i] = 1;
	}
	/* a lone word that ends a person kept: that person (the kept
	 * persons' last words sorted, each lone word found by bisection) */
	if ((ends = malloc((sl->n + 1) * sizeof(*ends))) == NULL) {
		free(keep);
		return -1;
	}
	for (size_t j = 0; j < sl->n; j++)
		if (keep[j] == 1 && sl->v[j].t1 - sl->v[j].t0 >= 2 &&
		    sl->v[j].score[ENTITY_PERSON] > 0) {
			const struct tok *v = &t[sl->v[j].t1 - 1];

			ends[nends].s = r->text + v->start;
			ends[nends++].n = v->end - v->start;
		}
	qsort(ends, nends, sizeof(*ends), rec_word_cmp);
	for (size_t i = 0; i < sl->n && nends > 0; i++) {
		struct span *s = &sl->v[i];
		const struct tok *u = &t[s->t1 - 1];
		struct rec_word want;

		if (keep[i] || s->t1 - s->t0 != 1 || !rec_cap(r, s->t0))
			continue;
		want.s = r->text + u->start;
		want.n = u->end - u->start;
		if (bsearch(&want, ends, nends, sizeof(*ends),
		    rec_word_cmp) != NULL) {
			memset(s->score, 0, sizeof(s->score));
			s->score[ENTITY_PERSON] = 10;
			s->weak = s->lone = 0;
			keep[i] = 2;
		}
	}
	free(ends);
	for (size_t i = 0; i < sl->n; i++)
		if (keep[i])
			sl->v[w++] = sl->v[i];
	sl->n = w;
	free(keep);
	return 0;
}

/* Words an English headline in title case may leave in lower case. */
static const char *const rec_title_small[] = { "a", "an", "the", "and",
    "but", "or", "nor", "for", "of", "in", "on", "at", "to", "by", "as",
    "vs", "via", "with", "from", "into", "over", "up", "off", "per", NULL };

/* Lexicon categories that make a capitalised word of a title-case
 * headline a name's, or a part of one, not a common word; and those
 * that make it one only beside another name ("Bell" of "William Bell",
 * not of "Bell Rings"). */
#define REC_TITLE_NAMES (LX_GIVEN | LX_ORG | LX_BRAND | LX_COUNTRY | \
    LX_CITY | LX_ORGHEAD | LX_PLACEHEAD | LX_INST | LX_ORGTAIL | \
    LX_PLACETAIL | LX_DEMONYM | LX_PROPER | LX_PTITLE | LX_EVHEAD | \
    LX_EVTAIL | LX_WORKHEAD)
#define REC_TITLE_WEAK (LX_SURNAME | LX_PLACE | LX_TOWN)

/* 1 if token k of a title-case line is read as a common word: a
 * capitalised English common word that no list knows as a name, or
 * knows only weakly (a surname, a town) and that no kept name is next
 * to; weak is 0 on the first pass, which marks the plain words. */
static int
rec_title_word(struct rec *r, const struct tok_list *tl, size_t a,
	       size_t b, size_t k, const char *low, int weak)
{
	unsigned f = tl->v[k].flags, g;

	if (!(f & T_CAP) || (f & (T_UPPER | T_DIGIT)))
		return 0;
	g = rec_lx(r, k);
	if (!(g & LX_COMMON_EN) || (g & REC_TITLE_NAMES))
		return 0;
	if (!(g & REC_TITLE_WEAK))
		return 1;
	if (!weak)
		return 0;
	for (size_t j = k; j > a; j--) /* the word before */
		if (tl->v[j - 1].flags & T_WORD) {
			if ((tl->v[j - 1].flags & (T_CAP | T_UPPER)) &&
			    !low[j - 1 - a])
				return 0;
			break;
		}
	for (size_t j = k + 1; j < b; j++) /* the word after */
		if (tl->v[j].flags & T_WORD) {
			if ((tl->v[j].flags & (T_CAP | T_UPPER)) &&
			    !low[j - a])
				return 0;
			break;
		}
	return 1;
}

/* The words of an English line in title case ("Mayor Accepts City
 * Council Budget for Fiscal Year 2016"), capitalised as a headline's,
 * not as names: each word that no list knows but as an English common
 * word is read in lower case, so the line's names are only those it
 * would have in a sentence.  A line is in title case when it has five
 * words or more, no sentence's stop at its end, every word capitalised
 * but the small ones of rec_title_small, some not in capitals, and
 * two words or more known only as common words. */
static void
rec_title_case(struct rec *r, struct tok_list *tl)
{
	size_t a = 0, n = tl->n;
	char low[64];

	if (!r->en)
		return;
	while (a < n) {
		size_t b = a + 1, words = 0, common = 0;
		int title = 1, mixed = 0;

		while (b < n && !(tl->v[b].flags & T_NL))
			b++;
		for (size_t k = a; k < b && title; k++) {
			unsigned f = tl->v[k].flags, g;

			if (!(f & T_WORD))
				continue;
			words++;
			if (f & T_DIGIT)
				continue;
			if (!(f & (T_CAP | T_UPPER))) {
				title = rec_is(r, k, rec_title_small);
				continue;
			}
			if (!(f & T_UPPER))
				mixed = 1;
			g = rec_lx(r, k);
			if ((g & LX_COMMON_EN) && !(g & (REC_TITLE_NAMES |
			    REC_TITLE_WEAK)))
				common++;
		}
		if (title && mixed && words >= 5 && common >= 2 &&
		    b - a <= sizeof(low) &&
		    r->text[tl->v[b - 1].start] != '.') {
			memset(low, 0, sizeof(low));
			for (int weak = 0; weak < 2; weak++)
				for (size_t k = a + 1; k < b; k++)
					if (!low[k - a])
						low[k - a] = (char)rec_title_word(
						    r, tl, a, b, k, low, weak);
			for (size_t k = a + 1; k < b; k++)
				if (low[k - a])
					tl->v[k].flags = (tl->v[k].flags &
					    ~T_CAP) | T_LOWER;
		}
		a = b;
	}
}

int
entity_recognise(const struct entity_lexicon *lx, const char *text,
		 size_t len, const char *lang, struct entity_result *out)
{
	struct tok_list tl;
	struct span_list sl = { 0 };
	struct rec r;
	size_t nt;
	int rc = -1;

	memset(out, 0, sizeof(*out));
	if (tok_split(text, len, &tl) < 0) {
		free(tl.v);
		return -1;
	}
	sent_mark(text, &tl);
	r.lx = lx;
	r.text = text;
	r.tl = &tl;
	r.sl = &sl;
	r.phrase_a = r.phrase_b = SIZE_MAX;
	r.phrase_f = 0;
	r.en = lang != NULL && strcmp(lang, "en") == 0;
	r.cautious = lang != NULL && lang[0] != '\0' && !r.en &&
	    strcmp(lang, "it") != 0;
	r.sport = -1;
	/* the per-token arrays in one block, the widest first: five
	 * allocations and two callocs' clearing were 1.4% of an import */
	nt = tl.n ? tl.n : 1;
	r.w8 = malloc(nt * (sizeof(*r.w8) + sizeof(*r.fold) +
	    sizeof(*r.lxf) + sizeof(*r.twin) + sizeof(*r.pre) +
	    sizeof(*r.wb)));
	r.fbuf = NULL;
	r.fbuf_len = r.fbuf_cap = 0;
	if (r.w8 == NULL)
		goto done;
	r.fold = (struct rec_fold *)(r.w8 + nt);
	r.lxf = (unsigned *)(r.fold + nt);
	r.twin = (uint32_t *)(r.lxf + nt);
	r.pre = (struct rec_prefix *)(r.twin + nt);
	r.wb = (uint8_t *)(r.pre + nt);
	for (size_t i = 0; i < tl.n; i++) {
		r.lxf[i] = LX_UNSET;
		r.fold[i] = (struct rec_fold){ 0 };
		r.pre[i] = (struct rec_prefix){ 0 };
	}
	rec_w8_all(&r, len);
	if (rec_twins(&r) < 0)
		goto done;
	rec_title_case(&r, &tl);
	if (rec_spans(&r) < 0 || (r.cautious && rec_cautious(&r) < 0))
		goto done;
	rc = merge_spans(lx, text, len, &tl, &sl, out);
done:
	free(r.w8);
	free(r.fbuf);
	free(tl.v);
	free(sl.v);
	return rc;
}
