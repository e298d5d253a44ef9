/* article/clean.c: page debris and language detection. */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include "dossier/article.h"
#include "dossier/text.h"
#include "private.h"

/* Folded lines that are debris on their own. */
static const char *debris_exact[] = {
	"advertisement", "advertising", "ad", "ads", "sponsored",
	"sponsorizzato", "pubblicita", "contenuto sponsorizzato",
	"potrebbe interessarti", "ti potrebbe interessare",
	"potrebbe interessarti anche", "ultime notizie", "ultim ora",
	"ultima ora", "breaking news", "latest news", "most read",
	"piu letti", "i piu letti", "le piu lette", "trending", "related",
	"related articles", "related stories", "related posts",
	"articoli correlati", "notizie correlate", "you may also like",
	"you might also like", "recommended", "consigliati", "share",
	"condividi", "tweet", "print", "stampa", "email", "e mail",
	"facebook", "twitter", "x", "whatsapp", "linkedin", "telegram",
	"pinterest", "reddit", "copy link", "copia link", "comments",
	"commenti", "commenta", "loading", "caricamento", "back to top",
	"torna su", "menu", "home", "tags", "tag", "argomenti", "topics",
	"scroll to continue", "continua a leggere", "continue reading",
	"all rights reserved", "tutti i diritti riservati",
	"riproduzione riservata", "click here", "clicca qui",
	"skip to content", "skip advertisement", "vai al contenuto",
	"powered by", "newsletter",
};

/* Folded prefixes that make a short line debris. */
static const char *debris_prefix[] = {
	"advertisement", "leggi anche", "leggi pure", "leggi l articolo",
	"read more", "read also", "read next", "see also", "vedi anche",
	"guarda anche", "guarda il video", "watch the video", "follow us",
	"seguici", "segui", "sign up", "iscriviti", "subscribe",
	"abbonati", "share on", "share this", "share via", "condividi su",
	"condividi questo", "we use cookies", "this site uses cookies",
	"this website uses cookies", "questo sito utilizza cookie",
	"questo sito usa cookie", "utilizziamo i cookie",
	"usiamo i cookie", "cookie policy", "privacy policy",
	"accept cookies", "copyright", "riproduzione riservata",
	"all rights reserved", "tutti i diritti riservati",
	"download the app", "scarica l app", "get the app", "join our",
	"unisciti", "ricevi le notizie", "get the latest", "don t miss",
	"non perdere", "most popular", "you may also like",
	"potrebbe interessarti", "ti potrebbe interessare", "related",
	"articoli correlati", "clicca qui", "click here", "tap here",
	"advertise with us", "pubblicita",
};

/* Folded phrases that make a short line debris wherever they occur. */
static const char *debris_phrase[] = {
	"all rights reserved", "tutti i diritti riservati",
	"riproduzione riservata", "uses cookies", "utilizza cookie",
	"utilizza i cookie", "newsletter", "sign up for",
};

int
article_starts_word(const char *s, size_t n, const char *w)
{
	size_t k = strlen(w);

	if (n < k || strncasecmp(s, w, k) != 0)
		return 0;
	return n == k || !isalnum((unsigned char)s[k]);
}

int
article_is_debris(const char *s, size_t n)
{
	char *f;
	size_t i, fl;
	int hit = 0;

	if (n > 160)
		return 0;
	if ((f = text_fold(s, n)) == NULL)
		return 0;
	fl = strlen(f);
	if (fl == 0) {
		/* nothing but punctuation and symbols: "- - -", "***" */
		free(f);
		return 1;
	}
	for (i = 0; !hit && i < sizeof(debris_exact) / sizeof(*debris_exact);
	    i++)
		hit = strcmp(f, debris_exact[i]) == 0;
	for (i = 0; !hit && n <= 120 &&
	    i < sizeof(debris_phrase) / sizeof(*debris_phrase); i++)
		hit = strstr(f, debris_phrase[i]) != NULL;
	/* a prefix counts on short lines that are not a sentence */
	if (!hit && n <= 120)
		for (i = 0; !hit &&
		    i < sizeof(debris_prefix) / sizeof(*debris_prefix); i++)
			hit = article_starts_word(f, fl, debris_prefix[i]);
	free(f);
	return hit;
}

static const char *stop_it[] = {
	"il", "lo", "la", "gli", "le", "di", "che", "e", "per", "con",
	"del", "della", "dei", "delle", "nel", "nella", "alla", "al",
	"non", "un", "una", "sono", "si", "da", "ha", "anche", "come",
	"dopo", "tra", "questo", "ma", "piu", "stato", "essere", "sul",
};
static const char *stop_en[] = {
	"the", "and", "of", "to", "in", "is", "that", "for", "on", "with",
	"was", "as", "by", "it", "are", "at", "from", "has", "have", "be",
	"this", "which", "said", "were", "an", "not", "but", "he", "his",
	"they", "will", "after", "who", "their", "been",
};

/* 1 if the word is in the list. */
static int
in_list(const char *w, size_t n, const char **list, size_t len)
{
	size_t i;

	for (i = 0; i < len; i++)
		if (strlen(list[i]) == n && memcmp(list[i], w, n) == 0)
			return 1;
	return 0;
}

const char *
article_detect_lang(const char *text, size_t len)
{
	char w[16];
	size_t i = 0, k;
	long it = 0, en = 0;

	if (len > 65536)
		len = 65536;	/* enough to tell, and bounded */
	while (i < len) {
		while (i < len && !isalpha((unsigned char)text[i]))
			i++;
		k = 0;
		while (i < len && (isalpha((unsigned char)text[i]) ||
		    (unsigned char)text[i] >= 0x80)) {
			if (k < sizeof(w))
				w[k] = (char)tolower((unsigned char)text[i]);
			k++;
			i++;
		}
		if (k == 0 || k > 5)
			continue;
		/* "è" alone is Italian's commonest verb */
		if (k == 2 && (unsigned char)w[0] == 0xC3 &&
		    ((unsigned char)w[1] == 0xA8 || (unsigned char)w[1] == 0x88)) {
			it++;
			continue;
		}
		if (in_list(w, k, stop_it, sizeof(stop_it) / sizeof(*stop_it)))
			it++;
		if (in_list(w, k, stop_en, sizeof(stop_en) / sizeof(*stop_en)))
			en++;
	}
	if (it >= 3 && it > 2 * en)
		return "it";
	if (en >= 3 && en > 2 * it)
		return "en";
	return "";
}
