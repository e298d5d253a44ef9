/* article/clean.c: page debris and language detection. */
#include <ctype.h>
#include <pthread.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include "dossier/article.h"
#include "dossier/text.h"
#include "private.h"

/* Folded lines that are debris on their own; each of fewer than
 * ARTICLE_DEBRIS_EXACT_MAX bytes (test_article holds them to it), so
 * that a longer line is told at once it is none. */
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
	"powered by", "newsletter", "accedi", "login", "log in", "registrati",
	"register", "sign in", "ascolta", "listen", "ascolta l articolo",
	"listen to this article", "gallery", "fotogallery", "galleria",
	"published", "updated", "pubblicato", "aggiornato", "save",
	"supported by", "learn more",
	"send any friend a story", "share full article", "share this article",
	"more on this story", "top stories", "related internet links",
	"related topics", "sign up here", "suggested topics", "most viewed",
	"reuse this content", "view image in fullscreen",
	"explore more on these topics", "ad feedback", "link copied",
	"leggi dopo", "mostra i commenti", "read later", "copy",
	"copy url", "copia", "flipboard", "bluesky", "threads", "mastodon",
	"tumblr", "messenger", "sms", "approfondimento", "approfondimenti",
	"adv", "about", "articolo", "preferenze", "dark mode",
	"newsletters", "on", "off",
	/* a blog's comment form, a list's toggle, a radio's player */
	"leave a reply", "leave a comment", "lascia un commento", "chiudi",
	"mostra meno", "mostra altro", "show more",
	"show less", "author", "autore", "publish date",
	"live now", "listen live", "up next", "start time", "end time",
	"playing for",
	/* an agency's signature and its fact-check badge, a section's
	 * label, a gallery's heading left between paragraphs */
	"redazione ansa", "ansacheck", "blog", "political cartoons",
	/* the label of a stock photo on Indian sites, a list's button, a
	 * tag list's heading, a page's date labels left without dates */
	"representative image", "representational image",
	"representative picture", "representational picture",
	"representative photo", "representational photo",
	"representational pic", "representative pic", "file photo",
	"scroll for next", "hashtags", "published updated",
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
	"advertise with us", "pubblicita", "tempo di lettura",
	"reading time", "listen to", "ascolta l articolo", "tags", "tag",
	"argomenti", "topics", "skip to", "jump to", "salta al",
	"vai al contenuto", "image caption", "media caption",
	"video caption", "reporting by", "editing by", "writing by",
	"see more on", "this article is more than", "our standards",
	"reporting from", "as a subscriber", "sei gia abbonato",
	"questo contenuto e riservato", "contenuto riservato agli abbonati",
	"per continuare a leggere", "segui i temi", "save articles",
	"aggiornato alle", "articolo riservato agli abbonati",
	"se ti abboni", "get our free", "sostieni", "esclusive per gli abbonati",
	"esclusiva per gli abbonati", "riservato agli abbonati",
	"solo per gli abbonati", "caricamento commenti", "commenta la notizia",
	"commenta l articolo", "se non sei registrato", "per poter commentare",
	"per poter scrivere un opinione",
	"effettua il login", "leggi i commenti",
	"fill in your details", "you must be logged in",
	"your email address will not be published",
	"il tuo indirizzo email non sara pubblicato", "listen live",
	"per accedere senza limiti", "scegli il piano di abbonamento",
	"puoi leggere tutti i titoli", "pulsante per tornare",
	"se vuoi iscriverti", "iscriviti al canale",
	/* an AMP page's link to the full one */
	"guarda la versione integrale",
	/* a link to another story, as Indian sites set it ("Also Read:
	 * Thane: Body found in creek") */
	"also read",
};

/* Folded phrases that make a short line debris wherever they occur. */
static const char *debris_phrase[] = {
	"all rights reserved", "tutti i diritti riservati",
	"riproduzione riservata", "uses cookies", "utilizza cookie",
	"utilizza i cookie", "newsletter", "sign up for", "min read",
	"minuti di lettura", "min di lettura", "minute read",
	"gift articles", "trust principles", "contributed to this report",
	"contributed reporting", "thanks for signing up",
	"would like to be emailed", "read our privacy notice",
	"ascolta questo articolo", "cookie policy", "rinnovo automatico",
};

/* Units of time that "ago" or "fa" follow in a line that says when a
 * page was published ("2 hours ago", "Updated 5 mins ago", "3 ore fa"). */
static const char *ago_units[] = {
	"second", "seconds", "sec", "secs", "minute", "minutes", "min",
	"mins", "hour", "hours", "hr", "hrs", "day", "days", "week",
	"weeks", "month", "months", "year", "years", "secondi", "minuto",
	"minuti", "ora", "ore", "giorno", "giorni", "settimana",
	"settimane", "mese", "mesi", "anno", "anni",
};

/* Folded prefixes of photo credits and captions' bylines (short lines). */
static const char *credit_prefix[] = {
	"foto", "photo", "photos", "photograph", "photography",
	"illustration", "credit", "credits", "image", "immagine",
	"getty images", "video", "fonte", "source",
};

/* 1 for a media player's clock alone on a line: "00:00", "0:00 / 3:12". */
static int
player_time(const char *s, size_t n)
{
	int colon = 0;

	if (n > 20)
		return 0;
	for (size_t i = 0; i < n; i++) {
		if (s[i] == ':')
			colon = 1;
		else if (!isdigit((unsigned char)s[i]) && s[i] != ' ' &&
		    s[i] != '/')
			return 0;
	}
	return colon;
}

/* 1 if the folded word f (fl bytes) is nothing but the names of two
 * share buttons or more glued together, as a page's icons leave them
 * when their labels lose their spaces: "facebooktwitterreddit". */
static int
glued_share(const char *f, size_t fl)
{
	static const char *const nets[] = { "facebook", "twitter",
	    "reddit", "whatsapp", "linkedin", "telegram", "pinterest",
	    "email", "flipboard", "tumblr", "print", "messenger", NULL };
	size_t at = 0;
	int n = 0;

	while (at < fl) {
		size_t k = 0;

		for (int i = 0; nets[i] != NULL && k == 0; i++)
			if (strncmp(f + at, nets[i], strlen(nets[i])) == 0)
				k = strlen(nets[i]);
		if (k == 0)
			return 0;
		at += k;
		n++;
	}
	return n >= 2;
}

/* Count the occurrences of needle in s[0..n). */
static size_t
count_in(const char *s, size_t n, const char *needle)
{
	size_t k = strlen(needle), c = 0, i;

	for (i = 0; i + k <= n; i++)
		if (memcmp(s + i, needle, k) == 0)
			c++, i += k - 1;
	return c;
}

/* The count_in of " | ", " › ", " > " and " » " in s[0..n), summed, in
 * one pass: each starts with a space and its second byte tells which
 * (four passes with a memcmp at each byte were 1% of preparing a
 * story).  Each counts as count_in does, none overlapping another of
 * its own. */
static size_t
chrome_seps(const char *s, size_t n)
{
	size_t c = 0, bar = 0, quo = 0, gt = 0, rsa = 0;

	for (size_t i = 0; i + 3 <= n; i++) {
		if (s[i] != ' ')
			continue;
		switch ((unsigned char)s[i + 1]) {
		case '|':
			if (i >= bar && s[i + 2] == ' ')
				c++, bar = i + 3;
			break;
		case '>':
			if (i >= gt && s[i + 2] == ' ')
				c++, gt = i + 3;
			break;
		case 0xC2:
			if (i >= quo && i + 4 <= n &&
			    memcmp(s + i, " \xc2\xbb ", 4) == 0)
				c++, quo = i + 4;
			break;
		case 0xE2:
			if (i >= rsa && i + 5 <= n &&
			    memcmp(s + i, " \xe2\x80\xba ", 5) == 0)
				c++, rsa = i + 5;
			break;
		}
	}
	return c;
}

/* The menu entries a page's text glued together, each a capital after
 * three lower-case letters or more ("FinancialGovernment SolutionsLegal
 * Reuters"): brands have one now and then ("PlayStation", "WhatsApp"),
 * a menu many. */
static size_t
glued_words(const char *s, size_t n)
{
	size_t c = 0, low = 0;

	for (size_t i = 0; i < n; i++) {
		if (s[i] >= 'a' && s[i] <= 'z') {
			low++;
			continue;
		}
		if (s[i] >= 'A' && s[i] <= 'Z' && low >= 3)
			c++;
		low = 0;
	}
	return c;
}

/* 1 for page chrome: a bare URL or path, breadcrumbs ("Home | Esteri | Russia"),
 * a section's hashtag ("#Market News"), a glued menu. */
static int
looks_like_chrome(const char *s, size_t n)
{
	if (memchr(s, ' ', n) == NULL && (article_starts_word(s, n, "http") ||
	    article_starts_word(s, n, "https") || (n > 4 && strncasecmp(s, "www.", 4) == 0)))
		return 1;
	/* a link's path on the site, "/ricerca/search.shtml?tag=" */
	if (n > 2 && s[0] == '/' && s[1] != '/' && memchr(s, ' ', n) == NULL &&
	    memchr(s + 1, '/', n - 1) != NULL)
		return 1;
	/* a sentence's end is no menu's: most lines end so, and skip the
	 * count */
	if (n > 0 && s[n - 1] != '.' && s[n - 1] != '"' &&
	    glued_words(s, n) >= 3)
		return 1;
	if (n > 120)
		return 0;
	if (s[0] == '#' && count_in(s, n, " ") + 1 == count_in(s, n, "#"))
		return 1;	/* "#Putin #Kim" */
	if (s[0] == '#' && n <= 30 && n > 1 && s[1] >= 'A' && s[1] <= 'Z' &&
	    count_in(s, n, " ") <= 2 && memchr(s, '.', n) == NULL &&
	    memchr(s, '!', n) == NULL && memchr(s, '?', n) == NULL)
		return 1;	/* "#World News": a section, no sentence */
	return chrome_seps(s, n) >= 2;
}

int
article_starts_word(const char *s, size_t n, const char *w)
{
	unsigned char a = (unsigned char)(n ? s[0] : 0), b = (unsigned char)w[0];
	size_t k;

	/* Most calls fail at the first letter: tell them without strlen
	 * and strncasecmp when both letters are ASCII, where the locale's
	 * case is ASCII's (300,000 calls an import of 500 stories). */
	if (n && a < 0x80 && b < 0x80 && b != '\0' &&
	    (a >= 'A' && a <= 'Z' ? a + 32 : a) !=
	    (b >= 'A' && b <= 'Z' ? b + 32 : b))
		return 0;
	k = strlen(w);
	if (n < k || strncasecmp(s, w, k) != 0)
		return 0;
	return n == k || !isalnum((unsigned char)s[k]);
}

/* The pairs of adjacent bytes of a folded line, hashed into a set of
 * PAIR_WORDS * 64 bits: a phrase whose first two bytes or last two are
 * no pair of the line is not in it, told without strstr (its calls for
 * each phrase of debris_phrase on every short line were 0.7% of an
 * import). */
#define PAIR_WORDS 16
#define PAIR_ANY 0xFFFFu
#define PAIR_HASH(a, b) ((((unsigned)(unsigned char)(a) * 31u) ^ \
	(unsigned)(unsigned char)(b)) & (PAIR_WORDS * 64 - 1))

static void
pair_set(const char *f, size_t fl, uint64_t pairs[PAIR_WORDS])
{
	memset(pairs, 0, PAIR_WORDS * sizeof(*pairs));
	for (size_t i = 0; i + 1 < fl; i++) {
		unsigned h = PAIR_HASH(f[i], f[i + 1]);

		pairs[h / 64] |= (uint64_t)1 << (h % 64);
	}
}

/* The pairs that each phrase of debris_phrase starts and ends with,
 * hashed once. */
static unsigned short phrase_pair[sizeof(debris_phrase) /
    sizeof(*debris_phrase)][2];
static pthread_once_t phrase_pair_once = PTHREAD_ONCE_INIT;

static void
phrase_pair_init(void)
{
	for (size_t i = 0; i < sizeof(debris_phrase) / sizeof(*debris_phrase);
	    i++) {
		const char *w = debris_phrase[i];
		size_t n = strlen(w);

		if (n < 2) { /* no pair: strstr decides */
			phrase_pair[i][0] = phrase_pair[i][1] = PAIR_ANY;
			continue;
		}
		phrase_pair[i][0] = (unsigned short)PAIR_HASH(w[0], w[1]);
		phrase_pair[i][1] = (unsigned short)PAIR_HASH(w[n - 2],
		    w[n - 1]);
	}
}

/* 0 if phrase i of debris_phrase cannot be in the line of pairs. */
static int
pair_may_hold(const uint64_t pairs[PAIR_WORDS], size_t i)
{
	unsigned h1 = phrase_pair[i][0], h2 = phrase_pair[i][1];

	return h1 == PAIR_ANY || (((pairs[h1 / 64] >> (h1 % 64)) & 1) &&
	    ((pairs[h2 / 64] >> (h2 % 64)) & 1));
}

/* text_fold for pure ASCII lines, into buf; NULL when s is not ASCII. */
static char *
fold_ascii(const char *s, size_t n, char *buf, size_t size)
{
	size_t i, k = 0;
	int gap = 0;

	if (n >= size)
		return NULL;
	/* the letters and digits of ASCII without isalnum and tolower,
	 * whose calls were two thirds of fold_ascii (no locale classes
	 * another ASCII byte as one, and text_fold keeps these alone) */
	for (i = 0; i < n; i++) {
		unsigned c = (unsigned char)s[i];
		if (c >= 0x80)
			return NULL;
		if (c - 'A' < 26)
			c += 'a' - 'A';
		else if (c - 'a' >= 26 && c - '0' >= 10) {
			gap = 1;
			continue;
		}
		if (gap && k > 0)
			buf[k++] = ' ';
		gap = 0;
		buf[k++] = (char)c;
	}
	buf[k] = '\0';
	return buf;
}

/* The word of the folded line f that ends at end (exclusive): its start. */
static const char *
word_start(const char *f, const char *end)
{
	while (end > f && end[-1] != ' ')
		end--;
	return end;
}

/* 1 if the folded line f (fl bytes) is a listing's pager left above a
 * story saved from a page of a blog's archive: "pagina" or "page" and
 * its number, after "home" or a section's name or nothing ("Home Blog
 * Pagina 43", "CRONACA- Pagina 37", "Page 2"); not "a pagina 3". */
static int
pager_crumb(const char *f, size_t fl)
{
	static const char *const pages[] = { "pagina", "page", "pag" };
	const char *num = word_start(f, f + fl), *w, *e;
	size_t k;

	if (fl > 48 || num == f + fl || num == f)
		return 0;
	for (const char *p = num; p < f + fl; p++)
		if (*p < '0' || *p > '9')
			return 0;
	e = num - 1;		/* the space before the number */
	w = word_start(f, e);
	for (k = 0; k < sizeof(pages) / sizeof(*pages); k++)
		if ((size_t)(e - w) == strlen(pages[k]) &&
		    memcmp(w, pages[k], (size_t)(e - w)) == 0)
			break;
	if (k == sizeof(pages) / sizeof(*pages))
		return 0;
	if (w == f)
		return 1;	/* "Pagina 2" */
	return article_starts_word(f, fl, "home") ||
	    article_is_section(f, (size_t)(w - 1 - f));
}

/* 1 if the folded line f ends with a count, a unit of time and "ago" or
 * "fa": a relative time stamp, "2 hours ago", "Published 2 hours ago",
 * "GMTUpdated 5 mins ago", "3 ore fa", "un'ora fa". */
static int
relative_time(const char *f, size_t fl)
{
	const char *end = f + fl, *w, *unit, *count;
	size_t i, k;

	w = word_start(f, end);
	if (w == f || (strcmp(w, "ago") != 0 && strcmp(w, "fa") != 0))
		return 0;
	unit = word_start(f, w - 1);
	if (unit == f)
		return 0;
	count = word_start(f, unit - 1);
	k = (size_t)(unit - 1 - count);
	if (!((count[0] >= '0' && count[0] <= '9') || (k == 1 &&
	    count[0] == 'a') || (k == 2 && (memcmp(count, "an", 2) == 0 ||
	    memcmp(count, "un", 2) == 0))))
		return 0;
	k = (size_t)(w - 1 - unit);
	for (i = 0; i < sizeof(ago_units) / sizeof(*ago_units); i++)
		if (strlen(ago_units[i]) == k &&
		    memcmp(unit, ago_units[i], k) == 0)
			return 1;
	return 0;
}

/* 1 if the line s (n bytes) is a photo's credit of an agency in
 * capitals and a slash, then a name: "ANSA/ETTORE FERRARI",
 * "REUTERS/Eli Hartman", "AFP/Getty". */
static int
agency_credit(const char *s, size_t n)
{
	size_t i = 0;

	size_t words = 1;

	while (i < n && s[i] >= 'A' && s[i] <= 'Z')
		i++;
	if (i < 2 || i + 1 >= n || s[i] != '/' || s[i + 1] == ' ')
		return 0;
	/* then a name or another agency, no sentence: not "USA/Cina, la
	 * sfida" */
	for (i++; i < n; i++) {
		if (s[i] == ',' || s[i] == '.' || s[i] == ':')
			return 0;
		if (s[i] == ' ' && i + 1 < n) {
			if (++words > 5 || s[i + 1] < 'A' || s[i + 1] > 'Z')
				return 0;
		}
	}
	return (unsigned char)s[i - 1] >= 'A';
}

/* 1 if the folded line f holds a publisher's legal identity, as the
 * footer of an Italian site writes it: a VAT number ("P. IVA
 * 14451341003", "Partita Iva 01234567890": "iva" and eleven digits) or
 * a serial number ("ISSN 2974-5217").  A story names a "partita Iva"
 * without its number. */
static int
legal_footer(const char *f, size_t fl)
{
	const char *p;

	for (p = f; fl >= 15 && (p = strstr(p, "iva ")) != NULL; p += 4) {
		size_t k = 0;
		if (p > f && p[-1] != ' ')
			continue;
		while (p + 4 + k < f + fl && p[4 + k] >= '0' && p[4 + k] <= '9')
			k++;
		if (k == 11)
			return 1;
	}
	for (p = f; fl >= 14 && (p = strstr(p, "issn ")) != NULL; p += 5)
		if ((p == f || p[-1] == ' ') && p + 14 <= f + fl &&
		    p[5] >= '0' && p[5] <= '9' && p[9] == ' ' &&
		    p[10] >= '0' && p[10] <= '9')
			return 1;
	return 0;
}

/* 1 if the folded line f is a reading time: "3 di lettura" ("3' di
 * lettura"), "4 min di lettura" is a phrase of debris_phrase already. */
static int
reading_time(const char *f, size_t fl)
{
	static const char tail[] = " di lettura";
	size_t k = sizeof(tail) - 1;

	return fl > k && fl <= k + 4 && f[0] >= '0' && f[0] <= '9' &&
	    memcmp(f + fl - k, tail, k) == 0;
}

/* Phrases of ASCII letters that make a line of any length debris: the
 * captions of galleries ("... Purchase Licensing Rights, opens new tab"). */
/* Each with its length and the offset of its first space. */
static const struct {
	const char *w;
	size_t len, sp;
} debris_anywhere[] = {
	{ "opens new tab", 13, 5 }, { "purchase licensing rights", 25, 8 },
	/* the cookie wall of Italian sites, whatever its length */
	{ "cookie di profilazione", 22, 6 },
	/* the wire's footer, longer than a short line: "Copyright 2031 The
	 * Example Press. All rights reserved. This material may not be
	 * published, broadcast, rewritten or redistributed." */
	{ "rewritten or redistributed", 26, 9 },
	/* an agency story's disclaimer on Indian sites: "(This story has
	 * not been edited by ... staff and is auto-generated from a
	 * syndicated feed.)", "This story has been sourced from a third
	 * party syndicated feed, agencies. ... accepts no responsibility";
	 * a stock photo's caption: "Image used for representational
	 * purposes only" */
	{ "syndicated feed", 15, 10 },
	{ "for representational purposes", 29, 3 },
	/* a site's plea to readers who block its advertising */
	{ "disattiva adblock", 17, 9 }, { "disable adblock", 15, 7 },
};

/* Credits that end a caption of any length, as written ("Sébastien
 * Lecornu. Photograph: Stephane de Sakutin/AFP/Getty Images"). */
static const char *caption_credit[] = {
	"Photograph: ", "Illustration: ", "Composite: ", "Foto: ",
	"Photo: ",
};

enum { DEBRIS_ANYWHERE = sizeof(debris_anywhere) / sizeof(*debris_anywhere) };

/* 1 if a debris_anywhere phrase has its first space at s[i] (s is n
 * bytes); after[j] is phrase j's two letters after that space, which the
 * two bytes there must be, in any case ("ne" of "new", "li" of
 * "licensing"): few words start so, and most spaces need no more. */
static inline int
debris_phrase_at(const char *s, size_t n, size_t i,
		 const unsigned after[DEBRIS_ANYWHERE])
{
	unsigned two;

	if (i + 2 >= n)
		return 0;
	two = ((unsigned char)s[i + 1] | (unsigned char)s[i + 2] << 8) |
	    0x2020;
	for (size_t j = 0; j < DEBRIS_ANYWHERE; j++) {
		size_t sp = debris_anywhere[j].sp, len = debris_anywhere[j].len;

		if (two == after[j] && i >= sp && i - sp + len <= n &&
		    strncasecmp(s + i - sp, debris_anywhere[j].w, len) == 0)
			return 1;
	}
	return 0;
}

/*
 * 1 if s (n bytes) holds one of the debris_anywhere phrases in any case.
 * Each phrase has a space at sp, so only the spaces of s are tried, in
 * one pass for all of them, found eight bytes at a time: a pass a phrase,
 * testing each byte, was a quarter of article_is_debris (2% of parsing
 * and recognising); this is a third of that.
 */
static int
holds_debris_phrase(const char *s, size_t n)
{
	unsigned after[DEBRIS_ANYWHERE];
	size_t i = 0;

	for (size_t j = 0; j < DEBRIS_ANYWHERE; j++) {
		const char *w = debris_anywhere[j].w + debris_anywhere[j].sp;
		after[j] = (unsigned char)w[1] | (unsigned char)w[2] << 8;
	}
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
	for (; i + 8 <= n; i += 8) {
		const uint64_t low = 0x7f7f7f7f7f7f7f7full;
		uint64_t w, t, m;

		memcpy(&w, s + i, 8);
		/* the top bit of each byte that is a space */
		t = w ^ 0x2020202020202020ull;
		m = ~(((t & low) + low) | t) & ~low;
		for (; m != 0; m &= m - 1)
			if (debris_phrase_at(s, n, i +
			    (size_t)__builtin_ctzll(m) / 8, after))
				return 1;
	}
#endif
	for (; i < n; i++)
		if (s[i] == ' ' && debris_phrase_at(s, n, i, after))
			return 1;
	return 0;
}

/* 1 if a sentence ends between s and e (a stop, then a space): a
 * caption is one sentence at most before its credit. */
static int
sentence_ends_before(const char *s, const char *e)
{
	for (const char *p = s; p + 1 < e; p++)
		if ((*p == '.' || *p == '!' || *p == '?') && p[1] == ' ')
			return 1;
	return 0;
}

/* 1 if the line s (n bytes) is a photo's caption that ends with its
 * credit in brackets, "(Foto Ansa)", "(foto di Mario Bianchi)", "(Photo
 * by Jo Lee/Example)": one sentence at most before them, not a story's
 * paragraph that mentions a photo. */
static int
caption_paren_credit(const char *s, size_t n)
{
	const char *o;
	size_t k;

	if (n < 8 || n > 250 || s[n - 1] != ')' ||
	    (o = memrchr(s, '(', n)) == NULL)
		return 0;
	k = (size_t)(s + n - o) - 1;
	if (!(k > 5 && strncasecmp(o + 1, "foto", 4) == 0 &&
	    (o[5] == ' ' || o[5] == ':')) && !(k > 6 &&
	    strncasecmp(o + 1, "photo", 5) == 0 && (o[6] == ' ' ||
	    o[6] == ':')))
		return 0;
	return !sentence_ends_before(s, o);
}

/* 1 if the short line s (n bytes) is a caption that ends with its
 * photo's copyright: "Il porto di Vercelta © Ansa", "The old mill
 * © Jo Lee/Example": a few words after the sign, one sentence at
 * most before it. */
static int
caption_copyright(const char *s, size_t n)
{
	const char *c = memmem(s, n, "\xc2\xa9", 2), *p;
	size_t words = 0;

	if (c == NULL || c == s || c[-1] != ' ' ||
	    (size_t)(s + n - c) > 40)
		return 0;
	for (p = c + 2; p < s + n; p++) {
		if (*p == '.' || *p == '!' || *p == '?' || *p == ',')
			return 0;
		if (*p == ' ' && p + 1 < s + n && p[1] != ' ')
			words++;
	}
	return words > 0 && words <= 4 && !sentence_ends_before(s, c);
}

/* A short line s (n bytes, under size) folded: into buf when ASCII, else
 * text_fold's copy, left in *heap to free ("Più letti" -> "piu letti");
 * NULL when too long, out of memory, or without an ASCII letter. */
static char *
fold_short(const char *s, size_t n, char *buf, size_t size, char **heap)
{
	char *f;

	*heap = NULL;
	if (n >= size)
		return NULL;
	if ((f = fold_ascii(s, n, buf, size)) == NULL) {
		size_t i = 0;

		/* every head has ASCII letters: a line with none ("- – (")
		 * is folded for nothing */
		while (i < n && !isalpha((unsigned char)s[i]))
			i++;
		if (i == n)
			return NULL;
		f = *heap = text_fold(s, n);
	}
	return f;
}

/* 1 if the folded line f is one of the len heads. */
static int
in_heads(const char *f, const char *const *heads, size_t len)
{
	for (size_t i = 0; i < len; i++)
		if (heads[i][0] == f[0] && strcmp(f, heads[i]) == 0)
			return 1;
	return 0;
}

/* 1 if the line s (n bytes), folded, is one of the len heads. */
static int
is_head(const char *s, size_t n, const char *const *heads, size_t len)
{
	char buf[64], *heap, *f = fold_short(s, n, buf, sizeof(buf), &heap);
	int hit = f != NULL && in_heads(f, heads, len);

	free(heap);
	return hit;
}

/* 1 if the folded line f is "Leggi anche", "Read more" alone. */
static int
is_related(const char *f)
{
	static const char *const heads[] = { "leggi anche", "leggi pure",
	    "read also", "read more", "see also", "vedi anche",
	    "approfondimento", "approfondimenti", "guarda anche",
	    "potrebbe interessarti", "ti potrebbe interessare", "related",
	    "read next" };

	return in_heads(f, heads, sizeof(heads) / sizeof(*heads));
}

/* 1 if the folded line f (n bytes) holds the words w, whole. */
static int
holds_words(const char *f, size_t n, const char *w)
{
	size_t k = strlen(w);

	for (const char *p = f; (p = strstr(p, w)) != NULL; p++)
		if ((p == f || p[-1] == ' ') && ((size_t)(p - f) + k == n ||
		    p[k] == ' '))
			return 1;
	return 0;
}

/* 1 if the line s (n bytes), folded f, credits a photo. */
static int
is_photo_credit(const char *s, size_t n, const char *f)
{
	static const char *const marks[] = { "getty images", "ap photo",
	    "shutterstock", "istock", "alamy", "pa wire", "pa media",
	    "epa efe", "afp photo", "reuters pictures", "imagoeconomica",
	    "foto ansa", "ansa foto", "foto lapresse", "via reuters",
	    "via ap", "via afp" };
	static const char *const agencies[] = { "ap", "afp", "reuters",
	    "epa", "ansa", "lapresse", "dpa", "xinhua", "getty", "ipa",
	    "agf", "pa", "bloomberg", "efe", "anadolu" };
	size_t fl = strlen(f);
	int hit = 0;

	if (n < 2 || s[n - 1] == '.')
		return 0;
	for (size_t i = 0; !hit && i < sizeof(marks) / sizeof(*marks); i++)
		hit = holds_words(f, fl, marks[i]); /* not "via Appia" */
	/* "(Reuters)", "(Foto: LaPresse)" alone on a line */
	if (!hit && s[0] == '(' && s[n - 1] == ')') {
		const char *w = strrchr(f, ' ');

		w = w ? w + 1 : f;
		for (size_t i = 0; !hit &&
		    i < sizeof(agencies) / sizeof(*agencies); i++)
			hit = strcmp(w, agencies[i]) == 0 ||
			    article_starts_word(f, fl, agencies[i]);
	}
	return hit;
}

/* 1 if the folded line f heads what a page shows after its story. */
static int
is_page_end(const char *f)
{
	static const char *const heads[] = { "ti potrebbero interessare",
	    "potrebbero interessarti", "potrebbe interessarti",
	    "ti potrebbe interessare", "potrebbe interessarti anche",
	    "ultime notizie", "altre notizie", "piu letti", "i piu letti",
	    "le piu lette", "piu lette", "i piu visti", "in evidenza",
	    "articoli correlati", "notizie correlate", "dello stesso autore",
	    "commenti", "commenta", "most read", "most popular",
	    "most viewed", "popular", "popular videos", "read next",
	    "more stories", "more from", "recommended", "recommended stories",
	    "you may also like", "you might also like", "related articles",
	    "related stories", "related posts", "comments",
	    "join the conversation", "trending", "trending now",
	    "latest news", "latest stories", "top stories",
	    "more on this story" };
	static const char *const starts[] = { "leggi gli altri articoli",
	    "altri articoli di", "altre notizie di", "more from",
	    "more stories from", "read more from", "most read in" };
	int hit = in_heads(f, heads, sizeof(heads) / sizeof(*heads));

	/* "Mondo: I più letti" (a head of two words or more ends the
	 * line), "Altri articoli di Esteri" */
	for (const char *p = f; !hit && (p = strchr(p, ' ')) != NULL; p++)
		hit = strchr(p + 1, ' ') != NULL &&
		    in_heads(p + 1, heads, sizeof(heads) / sizeof(*heads));
	if (!hit && strchr(f, ' ') != NULL) {
		size_t fl = strlen(f);

		for (size_t i = 0; !hit && i < sizeof(starts) /
		    sizeof(*starts); i++)
			hit = starts[i][0] == f[0] &&
			    article_starts_word(f, fl, starts[i]);
	}
	return hit;
}

int
article_is_outlet_name(const char *s, size_t n)
{
	static const char *const words[] = { "quotidiano", "corriere",
	    "gazzetta", "giornale", "repubblica", "messaggero", "mattino",
	    "gazzettino", "tribuna", "notizie", "tgcom24", "tg24", "times",
	    "post", "herald", "tribune", "guardian", "independent",
	    "telegraph", "journal", "daily", "gazette", "chronicle",
	    "observer", "mirror", "express", "news", "press" };
	char buf[48], *heap, *f = fold_short(s, n, buf, sizeof(buf), &heap);
	size_t nw = 1;
	int hit = 0;

	for (char *p = f; p != NULL && *p; p++)
		if (*p == ' ' && ++nw > 4)
			f = NULL;	/* a sentence, not a name */
	for (size_t i = 0; f != NULL && !hit &&
	    i < sizeof(words) / sizeof(*words); i++)
		hit = holds_words(f, strlen(f), words[i]);
	free(heap);
	return hit;
}

int
article_is_section(const char *s, size_t n)
{
	static const char *const heads[] = { "politica", "esteri", "estero",
	    "cronaca", "cronache", "economia", "sport", "cultura",
	    "spettacoli", "mondo", "italia", "europa", "interni",
	    "attualita", "primo piano", "scienza", "tecnologia", "salute",
	    "ambiente", "opinioni", "commento", "editoriale", "world",
	    "europe", "news", "politics", "business", "opinion", "science",
	    "tech", "technology", "health", "environment", "climate",
	    "sports", "culture", "entertainment", "us", "uk", "asia",
	    "africa", "americas", "middle east", "australia", "us news",
	    "uk news", "world news", "us politics", "uk politics",
	    "analysis", "live", "video", "markets", "finance" };

	return is_head(s, n, heads, sizeof(heads) / sizeof(*heads));
}

/* 1 if the folded line f heads a list of topics or tags. */
static int
is_topics(const char *f)
{
	static const char *const heads[] = { "explore more on these topics",
	    "more on this story", "related topics", "suggested topics",
	    "see more on", "topics", "argomenti", "segui i temi", "tags",
	    "tag" };

	return in_heads(f, heads, sizeof(heads) / sizeof(*heads));
}

unsigned
article_line_heads(const char *s, size_t n)
{
	char buf[104], *heap, *f = fold_short(s, n, buf, sizeof(buf), &heap);
	unsigned h = 0;

	if (f == NULL || *f == '\0') {
		free(heap);
		return 0;
	}
	if (n < 64 && is_related(f))
		h |= ARTICLE_HEAD_RELATED;
	if (n < 64 && is_topics(f))
		h |= ARTICLE_HEAD_TOPICS;
	if (n < 64 && is_page_end(f))
		h |= ARTICLE_HEAD_END;
	if (is_photo_credit(s, n, f))
		h |= ARTICLE_LINE_CREDIT;
	free(heap);
	return h;
}

size_t
article_debris_exact_longest(void)
{
	size_t m = 0;

	for (size_t i = 0; i < sizeof(debris_exact) / sizeof(*debris_exact);
	    i++)
		if (strlen(debris_exact[i]) > m)
			m = strlen(debris_exact[i]);
	return m;
}

int
article_is_debris(const char *s, size_t n)
{
	char ascii[168], *f, *heap = NULL;
	size_t i, fl;
	int hit = 0, colon;

	if (n <= 1000 && holds_debris_phrase(s, n))
		return 1;
	/* every credit holds ": ": a line without a colon needs none of
	 * the four memmem (7% of parsing) */
	colon = n <= 300 && memchr(s, ':', n) != NULL;
	for (i = 0; colon &&
	    i < sizeof(caption_credit) / sizeof(*caption_credit); i++) {
		const char *c = memmem(s, n, caption_credit[i],
		    strlen(caption_credit[i]));
		/* the credit is the line's end: a name and no sentence */
		if (c != NULL && memchr(c, '.', n - (size_t)(c - s)) == NULL)
			return 1;
	}
	if (caption_paren_credit(s, n))
		return 1;
	if (n > 160)
		return 0;
	if (looks_like_chrome(s, n) || player_time(s, n))
		return 1;
	/* "©Ansa", "© 2025 Editoriale Srl": a credit or a copyright */
	if (n <= 60 && n >= 2 && (unsigned char)s[0] == 0xC2 &&
	    (unsigned char)s[1] == 0xA9)
		return 1;
	if (caption_copyright(s, n))
		return 1;
	if ((f = fold_ascii(s, n, ascii, sizeof(ascii))) == NULL &&
	    (f = heap = text_fold(s, n)) == NULL)
		return 0;
	fl = strlen(f);
	if (fl == 0) {
		/* nothing but punctuation and symbols: "- - -", "***" */
		free(heap);
		return 1;
	}
	for (i = 0; !hit && fl < ARTICLE_DEBRIS_EXACT_MAX &&
	    i < sizeof(debris_exact) / sizeof(*debris_exact);
	    i++)
		hit = debris_exact[i][0] == f[0] &&
		    strcmp(f, debris_exact[i]) == 0;
	if (!hit && fl <= 80 && fl >= 10 && (f[0] == 'f' || f[0] == 't' ||
	    f[0] == 'w' || f[0] == 'e' || f[0] == 'l' || f[0] == 'r' ||
	    f[0] == 'p' || f[0] == 'm') && memchr(f, ' ', fl) == NULL)
		hit = glued_share(f, fl);
	if (!hit && n <= 120) {
		uint64_t pairs[PAIR_WORDS];

		pthread_once(&phrase_pair_once, phrase_pair_init);
		pair_set(f, fl, pairs);
		for (i = 0; !hit &&
		    i < sizeof(debris_phrase) / sizeof(*debris_phrase); i++)
			hit = pair_may_hold(pairs, i) &&
			    strstr(f, debris_phrase[i]) != NULL;
	}
	/* f is folded (lower case) and the prefixes are lower-case ASCII:
	 * only those that start with f's first byte can match, told here
	 * without a call for each of them */
	for (i = 0; !hit && n <= 60 &&
	    i < sizeof(credit_prefix) / sizeof(*credit_prefix); i++)
		hit = credit_prefix[i][0] == f[0] &&
		    article_starts_word(f, fl, credit_prefix[i]);
	if (!hit && n <= 60)
		hit = agency_credit(s, n) || reading_time(f, fl);
	if (!hit)
		hit = legal_footer(f, fl);
	if (!hit && fl <= 48 && fl >= 4)
		hit = pager_crumb(f, fl);
	/* a stamp, not a sentence: "è morto 3 giorni fa." stays */
	if (!hit && n <= 60 && s[n - 1] != '.' && s[n - 1] != '!' &&
	    s[n - 1] != '?')
		hit = relative_time(f, fl);
	/* a prefix counts on short lines that are not a sentence */
	if (!hit && n <= 120)
		for (i = 0; !hit &&
		    i < sizeof(debris_prefix) / sizeof(*debris_prefix); i++)
			hit = debris_prefix[i][0] == f[0] &&
			    article_starts_word(f, fl, debris_prefix[i]);
	free(heap);
	return hit;
}

static const char *stop_it[] = {
	"al", "alla", "anche", "che", "come", "con", "da", "dei",
	"del", "della", "delle", "di", "dopo", "e", "essere", "gli",
	"ha", "il", "la", "le", "lo", "ma", "nel", "nella", "non",
	"per", "piu", "questo", "si", "sono", "stato", "sul", "tra",
	"un", "una",
};
static const char *stop_en[] = {
	"after", "an", "and", "are", "as", "at", "be", "been", "but",
	"by", "for", "from", "has", "have", "he", "his", "in", "is",
	"it", "not", "of", "on", "said", "that", "the", "their",
	"they", "this", "to", "was", "were", "which", "who", "will",
	"with",
};
/* German, French, Spanish and Portuguese words of five bytes or fewer,
 * the commonest, those they share with Italian too: a story in one of
 * them is told from one in Italian, whose rules for names it would
 * otherwise get, by how many more of its own words it has
 * (article_detect_lang). */
static const char *stop_de[] = {
	"auch", "auf", "aus", "bei", "das", "dem", "den", "der", "des", "die",
	"ein", "eine", "einen", "hat", "ist", "mit", "nach", "nicht", "noch",
	"oder", "sich", "sind", "und", "von", "wird", "wurde", "zum", "zur",
	"\xc3\xbc" "ber",
};
static const char *stop_fr[] = {
	"a", "au", "aux", "avec", "ce", "ces", "dans", "de", "des", "du",
	"elle", "en", "est", "et", "il", "la", "le", "les", "leur", "mais",
	"nous", "ont", "ou", "par", "pas", "plus", "pour", "que", "qui",
	"sont", "sur", "un", "une", "\xc3\xa9t\xc3\xa9",
};
static const char *stop_es[] = {
	"a", "al", "como", "con", "de", "del", "el", "en", "entre", "es",
	"esta", "este", "fue", "han", "la", "las", "lo", "los", "m\xc3\xa1s",
	"muy", "no", "para", "pero", "por", "que", "se", "sin", "sobre",
	"su", "sus", "un", "una", "y",
};
static const char *stop_pt[] = {
	"a", "ao", "as", "com", "da", "das", "de", "do", "dos", "e", "em",
	"foi", "mais", "na", "n\xc3\xa3o", "no", "nos", "o", "os", "para",
	"pela", "pelo", "por", "que", "s\xc3\xa3o", "se", "seu", "sua",
	"um", "uma",
};

/*
 * The stop words as a hash set: a word of up to eight bytes packed in an
 * integer (first byte lowest, no byte of a word is NUL, so the packing is
 * one to one), hashed by multiplication into 512 slots, probed linearly;
 * stop_lang tells which lists hold it (a bit a language: stop_names).
 * Built once.
 * Bisecting each list was 2.7% of decoding, parsing and recognising; a
 * look-up here costs a tenth as much.
 */
#define STOP_SLOTS 512
static uint64_t stop_key[STOP_SLOTS];
static unsigned char stop_lang[STOP_SLOTS];
static pthread_once_t stop_once = PTHREAD_ONCE_INIT;

static size_t
stop_slot(uint64_t key)
{
	size_t h = (size_t)((key * 0x9E3779B97F4A7C15u) >> 55);

	while (stop_key[h] != 0 && stop_key[h] != key)
		h = (h + 1) % STOP_SLOTS;
	return h;
}

static uint64_t
stop_pack(const char *w)
{
	uint64_t key = 0;

	for (size_t j = 0; j < 8 && w[j] != '\0'; j++)
		key |= (uint64_t)(unsigned char)w[j] << (8 * j);
	return key;
}

static void
stop_add(const char *const *words, size_t n, unsigned char lang)
{
	for (size_t i = 0; i < n; i++) {
		size_t h = stop_slot(stop_pack(words[i]));

		stop_key[h] = stop_pack(words[i]);
		stop_lang[h] |= lang;
	}
}

static void
stop_build(void)
{
	stop_add(stop_it, sizeof(stop_it) / sizeof(*stop_it), 1);
	stop_add(stop_en, sizeof(stop_en) / sizeof(*stop_en), 2);
	stop_add(stop_de, sizeof(stop_de) / sizeof(*stop_de), 4);
	stop_add(stop_fr, sizeof(stop_fr) / sizeof(*stop_fr), 8);
	stop_add(stop_es, sizeof(stop_es) / sizeof(*stop_es), 16);
	stop_add(stop_pt, sizeof(stop_pt) / sizeof(*stop_pt), 32);
}

/* The languages stop_lang's bits stand for, in bit order. */
static const char *const stop_names[] = { "it", "en", "de", "fr", "es",
	"pt" };
#define STOP_NLANG 6

const char *
article_detect_lang(const char *text, size_t len)
{
	char w[16];
	size_t i = 0, k;
	long n[STOP_NLANG] = { 0 }, words = 0, prose = 0, other = 0, best;
	uint64_t key;
	unsigned lang;
	int b = 0;
	/* isalpha and tolower of each byte, asked once a call (in the
	 * locale of the moment, as before) instead of at each byte of up
	 * to 16 kB: the calls were a third of article_detect_lang */
	unsigned char alpha[256], lower[256];

	pthread_once(&stop_once, stop_build);
	for (k = 0; k < 256; k++) {
		alpha[k] = isalpha((int)k) != 0;
		lower[k] = (unsigned char)tolower((int)k);
	}
	if (len > 16384)
		len = 16384;	/* enough to tell, and bounded */
	while (i < len) {
		while (i < len && !alpha[(unsigned char)text[i]] &&
		    (unsigned char)text[i] < 0x80)
			i++;
		/* the word's end first; only a word of five bytes or fewer
		 * is lowered and packed (most bytes are in longer words) */
		for (k = i; i < len && (alpha[(unsigned char)text[i]] ||
		    (unsigned char)text[i] >= 0x80); i++)
			;
		k = i - k;
		if (k == 0)
			continue;
		words++;
		/* a word in lower case, or in another script: prose, where a
		 * table's names are capitalised ("s. t." not counted) */
		prose += k > 1 && ((text[i - k] >= 'a' && text[i - k] <= 'z') ||
		    (unsigned char)text[i - k] >= 0xCE);
		if (k > 5)
			continue;
		key = 0;
		for (size_t j = 0; j < k; j++) {
			w[j] = (char)lower[(unsigned char)text[i - k + j]];
			key |= (uint64_t)(unsigned char)w[j] << (8 * j);
		}
		/* "è" alone is Italian's commonest verb */
		if (k == 2 && (unsigned char)w[0] == 0xC3 &&
		    ((unsigned char)w[1] == 0xA8 || (unsigned char)w[1] == 0x88)) {
			n[0]++;
			continue;
		}
		lang = stop_lang[stop_slot(key)];
		for (int l = 0; l < STOP_NLANG; l++)
			n[l] += (lang >> l) & 1;
		/* forty of Italian's or English's words and four times any
		 * other's settle it: the rest need not be read */
		for (int l = 0; l < 2; l++) {
			long most = 0;
			for (int o = 0; o < STOP_NLANG; o++)
				if (o != l && n[o] > most)
					most = n[o];
			if (n[l] >= 40 && n[l] > 4 * most)
				goto read;
		}
	}
read:
	/* a story in German, French, Spanish or Portuguese: clearly more of
	 * that language's words than of Italian's or English's */
	for (int l = 2; l < STOP_NLANG; l++)
		if (n[l] > n[b])
			b = l;
	best = n[0] > n[1] ? n[0] : n[1];
	if (b >= 2 && n[b] >= 5 && 2 * n[b] > 3 * best) {
		for (int l = 2; l < STOP_NLANG; l++)
			if (l != b && n[l] > other)
				other = n[l];
		if (2 * n[b] > 3 * other)
			return stop_names[b];
	}
	if (n[0] >= 3 && n[0] > 2 * n[1])
		return "it";
	if (n[1] >= 3 && n[1] > 2 * n[0])
		return "en";
	/* prose enough, and next to none of Italian's or English's words:
	 * another language ("und", undetermined), whatever its script */
	if (words >= 40 && 10 * (n[0] + n[1]) < words && 3 * prose >= words)
		return "und";
	return "";
}
