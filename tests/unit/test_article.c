/* test_article: the article parser on the sample stories, on our own test
 * articles (tests/data/articles) and on hostile input. */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistr.h>
#include "dossier/article.h"
#include "dossier/text.h"
#include "../../src/article/private.h"
#include "../tap.h"

struct want {
	const char *file;
	const char *title, *dateline, *published, *outlet, *byline, *lang;
	const char *blocks;
	const char *body_starts;	/* NULL: not checked */
	const char *absent;		/* a string the body must not hold */
};

/* Read and decode a file into an article; 0 on success. */
/* A bound that only work growing faster than the text breaks (10 MB
 * parse in under a second here): not a benchmark, which would fail on a
 * slow or shared machine; sanitizers make the code several times
 * slower. */
#if defined(__SANITIZE_ADDRESS__)
#define PARSE_SECS_MAX 30
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define PARSE_SECS_MAX 30
#endif
#endif
#ifndef PARSE_SECS_MAX
#define PARSE_SECS_MAX 10
#endif

static int
load(const char *dir, const char *file, struct article *a)
{
	char path[8192], *raw;
	struct text_decoded d;
	FILE *f;
	long n;
	int rc;

	snprintf(path, sizeof(path), "%s/%s", dir, file);
	if ((f = fopen(path, "rb")) == NULL)
		return -1;
	fseek(f, 0, SEEK_END);
	n = ftell(f);
	rewind(f);
	raw = malloc((size_t)n + 1);
	if (raw == NULL || fread(raw, 1, (size_t)n, f) != (size_t)n) {
		fclose(f);
		free(raw);
		return -1;
	}
	fclose(f);
	rc = text_decode(raw, (size_t)n, &d) == TEXT_OK ?
	    article_parse(d.text, d.len, a) : -1;
	free(raw);
	if (rc == 0)
		free(d.text);
	return rc;
}

/* Count blocks in the body (runs separated by exactly one blank line). */
static int
body_well_formed(const struct article *a)
{
	size_t i, blocks = 1;

	if (a->body_len != strlen(a->body) || a->body_len == 0)
		return 0;
	for (i = 0; i + 1 < a->body_len; i++) {
		if (a->body[i] == '\n' && a->body[i + 1] == '\n') {
			if (i + 2 < a->body_len && a->body[i + 2] == '\n')
				return 0;
			blocks++;
		}
		if (a->body[i] == ' ' && a->body[i + 1] == ' ')
			return 0;
		if (a->body[i] == '\xc2' && a->body[i + 1] == '\xa0')
			return 0;
	}
	return blocks == strlen(a->blocks) && a->body[0] != '\n' &&
	    a->body[a->body_len - 1] != '\n';
}

static void
check(const char *dir, const struct want *w)
{
	struct article a;

	if (!ok(load(dir, w->file, &a) == 0, "%s parses", w->file))
		return;
	is_str(a.title, w->title, "%s title", w->file);
	is_str(a.dateline, w->dateline, "%s dateline", w->file);
	is_str(a.published, w->published, "%s published", w->file);
	is_str(a.outlet, w->outlet, "%s outlet", w->file);
	is_str(a.byline, w->byline, "%s byline", w->file);
	is_str(a.lang, w->lang, "%s lang", w->file);
	if (w->blocks)
		is_str(a.blocks, w->blocks, "%s blocks", w->file);
	if (w->body_starts)
		ok(strncmp(a.body, w->body_starts, strlen(w->body_starts)) == 0,
		    "%s body starts '%.30s'", w->file, w->body_starts);
	if (w->absent)
		ok(strstr(a.body, w->absent) == NULL, "%s body lacks '%s'",
		    w->file, w->absent);
	ok(body_well_formed(&a), "%s body one blank line between blocks, "
	    "no double or no-break spaces", w->file);
	article_free(&a);
}

static const struct want samples[] = {
	{ "000_8db31dcc809a533e.txt",
	  "Si \xc3\xa8 concluso il faccia a faccia tra Vladimir Putin e Kim Jong-un.",
	  NULL, "2023-09-13T15:59", NULL, NULL, "it", "ppppp",
	  "Si \xc3\xa8 concluso il faccia a faccia", "Aggiornato il" },
	{ "001_b32f8fa6942eb0cd.txt",
	  "Si sono conclusi, dopo due ore, i colloqui tra il presidente russo "
	  "Vladimir Putin e il leader nordcoreano Kim Jong-un, prima in presenza "
	  "delle delegazioni e poi faccia a faccia.",
	  "Mosca", "2023-09-13", NULL, NULL, "it", "ppppppp",
	  "Si sono conclusi", "13 settembre 2023" },
	{ "002_c16245b0472c1794.txt",
	  "\xe2\x80\x9cL\xe2\x80\x98" "ardente amicizia tra i due paesi si "
	  "rafforzer\xc3\xa0\xe2\x80\x9c, ha sottolineato Kim Jong-un",
	  NULL, NULL, NULL, NULL, "it", "phppppppp",
	  "Vladimir Putin, in visita a Pyongyang", "ha sottolineato Kim Jong-un\n" },
	{ "003_830db2598d0653a2.txt",
	  "Il leader nordcoreano Kim Jong Un \xc3\xa8 arrivato in Russia, "
	  "nonostante gli avvertimenti di Washington di non favorire un accordo "
	  "per l\xe2\x80\x99invio di armi a Putin.",
	  NULL, NULL, NULL, NULL, "it", "ppppppppppppppphpppp",
	  "Il leader nordcoreano", "Subscribe" },
	{ "004_96e824223378ec4b.txt",
	  "Putin brinda con Kim. Sostegno alla guerra contro l\xe2\x80\x99Ucraina. "
	  "\xe2\x80\x9cLotta sacra\xe2\x80\x9d della Russia contro le forze egemoniche",
	  NULL, NULL, "AgenPress", NULL, "it", "pppppppppppppp",
	  "Il leader della Corea del Nord Kim Jong Un ha incontrato", "Advertisement" },
};

static const struct want own[] = {
	{ "en-byline.txt",
	  "North Korea's Kim arrives in Russia for talks with Putin",
	  "Moscow", "2023-09-13T15:59", "Reuters", "Jane Doe", "en", "pphp",
	  "North Korean leader Kim Jong Un arrived", "Share" },
	{ "ansa-dateline.txt", "Manovra, via libera del Consiglio dei ministri",
	  "Roma", "2023-09-14", "ANSA", NULL, "it", "pp",
	  "Il Consiglio dei ministri ha approvato", "RISERVATA" },
	{ "debris-heavy.txt", "Storm hits the coast, thousands without power",
	  NULL, "2024-03-02", NULL, NULL, "en", "pp",
	  "A powerful storm hit", "ookie" },
	{ "no-date.txt", "Il porto di Genova torna a crescere",
	  NULL, NULL, NULL, NULL, "it", "pp", "Il traffico di container", NULL },
	{ "headline-subtitle.txt", "Elezioni, affluenza in calo in tutte le regioni",
	  NULL, NULL, NULL, "Mario Rossi e Anna Bianchi", "it", "ppp",
	  "Alle 19 ha votato", "di Mario Rossi" },
	{ "one-paragraph.txt",
	  "The Senate voted on Thursday to extend government funding for another "
	  "45 days, averting a shutdown hours before the deadline.",
	  "Washington", NULL, NULL, NULL, "en", "p", "The Senate voted",
	  "WASHINGTON" },
	{ "title-only.txt", "Breaking: Putin and Kim meet at Vostochny cosmodrome",
	  NULL, NULL, NULL, NULL, "", "p", "Breaking: Putin", NULL },
	{ "crlf-wrapped.txt", "Il treno di Kim attraversa il confine",
	  NULL, "2024-03-05T09:05", NULL, "Mario Rossi", "it", "pp",
	  "Il treno blindato del leader nordcoreano ha attraversato il confine "
	  "con la Russia nella notte, secondo quanto riferito dalle agenzie di "
	  "stampa giapponesi e sudcoreane.\n\nIl convoglio", "\r" },
	{ "london-reuters.txt", "Bank of England holds rates",
	  "London", "2023-09-21T12:05", "Reuters", NULL, "en", "pp",
	  "The Bank of England kept", "Published" },
	{ "agency-outlet.txt", "Firenze, riapre il corridoio vasariano",
	  NULL, "2024-12-21T18:30", "Adnkronos", NULL, "it", "pp",
	  "Dopo otto anni", "aggiornamento" },
	{ "kicker-agency-noyear.txt", "Kim e Putin, \xc2\xabuna nuova era\xc2\xbb",
	  "Roma", NULL, "Adnkronos", "Redazione", "it", "php",
	  "Il vertice tra i due leader", "ESTERI" },
	{ "en-city-country.txt", "The summit that worried Washington",
	  "Vladivostok", "2023-09-13", NULL, "Jane Doe", "en", "php",
	  "Kim Jong Un and Vladimir Putin met", "Wednesday 13" },
	{ "en-dateline-date.txt",
	  "Ukrainian forces said they had struck a Russian navy shipyard in "
	  "Crimea overnight.", "Kyiv", "2023-09-13", NULL, NULL, "en", "ppp",
	  "Ukrainian forces said", "September" },
};

/* Parse a literal; returns 0/-1 and fills a. */
static int
parse_str(const char *s, struct article *a)
{
	return article_parse(s, strlen(s), a);
}

static void
test_inline(void)
{
	struct article a;

	/* spaces collapsed inside runs of printable ASCII longer than eight
	 * bytes (normalise goes eight at a time there) and around others */
	ok(parse_str("Titolo della prova\n\nUna riga  con  spazi doppi e   "
	    "tripli, poi\tun tab e uno spazio finale \nAncora:   "
	    "abcdefghijklmnop qrstuvwxyz ABCDEFGHIJ  KLMNOPQRSTUVWXYZ  "
	    "0123456789 .,;:!?\nCaff\xc3\xa8  e t\xc3\xa8 al bar\xc2\xa0"
	    "della stazione con   gli amici di sempre.\n", &a) == 0,
	    "spaces: parsed");
	is_str(a.body, "Una riga con spazi doppi e tripli, poi un tab e uno "
	    "spazio finale Ancora: abcdefghijklmnop qrstuvwxyz ABCDEFGHIJ "
	    "KLMNOPQRSTUVWXYZ 0123456789 .,;:!?\n\nCaff\xc3\xa8 e "
	    "t\xc3\xa8 al bar della stazione con gli amici di sempre.",
	    "runs of spaces and tabs are one space, a line's end none");
	article_free(&a);
	errno = 0;
	ok(parse_str("", &a) == -1 && errno == EINVAL, "empty text: EINVAL");
	ok(parse_str("\n\n  \n", &a) == -1 && errno == EINVAL, "blank text: EINVAL");
	ok(parse_str("Advertisement\nShare\n- - -\n", &a) == -1 && errno == EINVAL,
	    "only debris: EINVAL");

	ok(parse_str("Titolo\n\nROMA \xe2\x80\x93 Il governo ha deciso. Poi basta.\n", &a) == 0,
	    "capital dateline parses");
	is_str(a.dateline, "Roma", "ROMA \xe2\x80\x93 gives dateline Roma");
	is_str(a.outlet, NULL, "ROMA \xe2\x80\x93 is no outlet");
	is_str(a.body, "Il governo ha deciso. Poi basta.", "dateline removed");
	article_free(&a);

	ok(parse_str("Vladimir Putin \xe2\x80\x93 il presidente russo \xe2\x80\x93 ha parlato a lungo oggi.\n", &a) == 0,
	    "person between dashes parses");
	is_str(a.dateline, NULL, "a person between dashes is no dateline");
	is_str(a.outlet, NULL, "nor an outlet");
	article_free(&a);

	ok(parse_str("Headline here\n\nNEW YORK (AP) \xe2\x80\x94 Stocks fell on Monday.\n", &a) == 0,
	    "NEW YORK (AP) parses");
	is_str(a.dateline, "New York", "NEW YORK title-cased");
	is_str(a.outlet, "AP", "AP outlet");
	article_free(&a);

	ok(parse_str("Accordo firmato\n\nIl 13 settembre 2023.\n\nIl 13 settembre 2023 \xc3\xa8 stato firmato l'accordo tra i due paesi.\n\nUpdated guidance was published on 1 May 2023 by the ministry.\n", &a) == 0,
	    "sentences with dates parse");
	is_str(a.blocks, "ppp", "sentences starting with a date are kept");
	is_str(a.published, NULL, "and are not taken as stamps");
	article_free(&a);

	ok(parse_str("Home | World | Asia\nhttps://example.com/news/123\nKim visits Russia\nUpdated 3:59 PM EDT, Wed September 13, 2023\nPhoto: Reuters\nKim arrived by train on Tuesday, officials said.\n", &a) == 0,
	    "chrome-laden page parses");
	is_str(a.title, "Kim visits Russia", "breadcrumbs and URL are not the headline");
	is_str(a.published, "2023-09-13T15:59", "time before the date in a stamp");
	is_str(a.body, "Kim arrived by train on Tuesday, officials said.", "credit line dropped");
	article_free(&a);

	ok(parse_str("Skip to main content\nKim visits Russia\nPhotograph: Evan Vucci/AP\nKim arrived by train on Tuesday, officials said.\n", &a) == 0,
	    "a skip link and a photograph's credit parse");
	is_str(a.title, "Kim visits Russia", "a skip link is not the headline");
	is_str(a.body, "Kim arrived by train on Tuesday, officials said.", "a photograph's credit dropped");
	article_free(&a);

	ok(parse_str("Protesters clash in Tbilisi\nPublished\n2 hours ago\nShare\nSave\nImage caption, Protesters gathered outside parliament\nThousands of protesters gathered in Tbilisi on Sunday.\nMore on this story\nTop Stories\n", &a) == 0,
	    "a BBC page's chrome parses");
	is_str(a.title, "Protesters clash in Tbilisi", "'Published' does not join the headline");
	is_str(a.body, "Thousands of protesters gathered in Tbilisi on Sunday.", "time stamp, caption and links dropped");
	article_free(&a);

	ok(parse_str("Advertisement\nSupported by\nTrump Signs Order\nSend any friend a story\nAs a subscriber, you have 10 gift articles to give each month.\nShare full article\nPresident Trump signed an order on Tuesday.\nSee more on: Donald Trump\n", &a) == 0,
	    "a paywalled page's chrome parses");
	is_str(a.title, "Trump Signs Order", "'Supported by' is not the headline");
	is_str(a.body, "President Trump signed an order on Tuesday.", "gift and share lines dropped");
	article_free(&a);

	ok(parse_str("Oil rises\nNovember 25, 20253:12 PM GMTUpdated 2 hours ago\nItem 1 of 2 An oil pump jack in Midland, Texas. REUTERS/Eli Hartman/File Photo Purchase Licensing Rights, opens new tab\nOil prices rose on Tuesday, and Brent crude traded near $65 a barrel.\nSign up here.\nReporting by Alex Lawler; Editing by Susan Fenton\nIl prezzo sale da 3 ore fa.\n3 ore fa\n", &a) == 0,
	    "a wire page's chrome parses");
	is_str(a.body, "Oil prices rose on Tuesday, and Brent crude traded near $65 a barrel.\n\nIl prezzo sale da 3 ore fa.", "stamp, gallery caption, sign-up and credits dropped; a sentence with 'fa' kept");
	article_free(&a);

	ok(parse_str("Governo, la manovra passa\nAscolta l'articolo\n3' di lettura\nANSA/ETTORE FERRARI\nLa Camera ha approvato la manovra con 200 voti.\nUSA/Cina, nuove tariffe in arrivo\nSei gi\xc3\xa0 abbonato? Accedi\nQuesto contenuto \xc3\xa8 riservato agli abbonati\nSegui i temi\n", &a) == 0,
	    "an Italian paywalled page's chrome parses");
	is_str(a.body, "La Camera ha approvato la manovra con 200 voti.\n\nUSA/Cina, nuove tariffe in arrivo", "reading time, agency credit and paywall lines dropped; a headline with a slash kept");
	article_free(&a);

	ok(parse_str("Meloni: avanti\n\n(ANSA) - ROMA, 25 NOV - \"Andremo avanti\", ha detto la premier.\n", &a) == 0,
	    "the wire's (ANSA) - ROMA, 25 NOV - parses");
	is_str(a.dateline, "Roma", "its dateline");
	is_str(a.outlet, "ANSA", "its outlet");
	is_str(a.body, "\"Andremo avanti\", ha detto la premier.", "both off the body");
	article_free(&a);

	ok(parse_str("Storm hits Jamaica\n\nKingston, Jamaica CNN \xe2\x80\x94\n\nThe storm slammed into Jamaica on Tuesday.\n\nMacron. Photograph: Stephane de Sakutin/AFP/Getty Images\n\nSave articles to read later and create your own reading list.\n\nCNN's Jane Smith contributed to this report.\n", &a) == 0,
	    "a dateline on its own line parses");
	is_str(a.dateline, "Kingston", "the place before the outlet");
	is_str(a.outlet, "CNN", "the outlet's initials");
	is_str(a.body, "The storm slammed into Jamaica on Tuesday.", "dateline line, caption, save and contributor lines dropped");
	article_free(&a);

	ok(parse_str("This article is more than 2 years old\nMacron names new prime minister\n\nMacron has appointed Lecornu as prime minister\n\nAngelique Chrisafis in Paris\nMacron has named the defence minister as France's new prime minister.\nExplore more on these topics\nFrance\nEmmanuel Macron\nnews\nReuse this content\n", &a) == 0,
	    "a page with a byline of where its author writes from parses");
	is_str(a.byline, "Angelique Chrisafis", "the author, from 'Name in City'");
	is_str(a.body, "Macron has appointed Lecornu as prime minister\n\nMacron has named the defence minister as France's new prime minister.", "the topics' list and its items dropped");
	article_free(&a);

	ok(parse_str("Kim Jong Un in Russia\nKim arrived by train on Tuesday, officials said.\n", &a) == 0,
	    "a headline shaped like a byline parses");
	is_str(a.title, "Kim Jong Un in Russia", "the first line is the headline, no byline");
	is_str(a.byline, NULL, "no byline");
	article_free(&a);

	ok(parse_str("Zelensky a Roma: incontro con Meloni a Palazzo Chigi\nIl presidente ucraino \xc3\xa8 arrivato ieri sera nella capitale\ndi Tommaso Ciriaco\nAggiornato alle 12:30\nLeggi dopo\nArticolo riservato agli abbonati\nZelensky \xc3\xa8 arrivato a Roma, dove incontrer\xc3\xa0 la premier.\nLeggi anche\nKiev, raid russo nella notte: tre morti\nL'incontro \xc3\xa8 previsto per le 11.\nPotrebbe interessarti\nPubblicato il 25 novembre 2025 alle 09:12\n", &a) == 0,
	    "an Italian page with a standfirst and a related link parses");
	is_str(a.title, "Zelensky a Roma: incontro con Meloni a Palazzo Chigi", "the standfirst's capital does not join the headline");
	is_str(a.published, "2025-11-25T09:12", "the stamp after 'Potrebbe interessarti' counts");
	is_str(a.body, "Il presidente ucraino \xc3\xa8 arrivato ieri sera nella capitale\n\nZelensky \xc3\xa8 arrivato a Roma, dove incontrer\xc3\xa0 la premier.\n\nL'incontro \xc3\xa8 previsto per le 11.", "the related story's headline, the update time and paywall lines dropped");
	article_free(&a);

	ok(parse_str("Il Quotidiano del Borgo\nAbbonati\nPolitica\nEsteri\nScontro sul bilancio del comune di Valdoro\nIl sindaco Gino Ferlati ha chiesto tempo alla giunta.\nAscolta questo articolo ora...\n00:00 / 03:12\nLa seduta del consiglio comunale \xc3\xa8 stata sospesa dopo due ore di discussione accesa.\n", &a) == 0,
	    "a page with a masthead and section labels parses");
	is_str(a.outlet, "Il Quotidiano del Borgo", "the masthead names the outlet");
	is_str(a.title, "Scontro sul bilancio del comune di Valdoro", "the headline after the labels");
	is_str(a.body, "Il sindaco Gino Ferlati ha chiesto tempo alla giunta.\n\nLa seduta del consiglio comunale \xc3\xa8 stata sospesa dopo due ore di discussione accesa.", "labels, the player and its clock dropped");
	article_free(&a);

	ok(parse_str("Good News For Savers\nRates on deposit accounts rose again this week, the bank said.\n", &a) == 0,
	    "a title-case headline with a paper's word parses");
	is_str(a.title, "Good News For Savers", "a headline, not a masthead: no section follows it");
	is_str(a.outlet, NULL, "no outlet");
	article_free(&a);

	ok(parse_str("Giornalista aggredito a Napoli\nUn cronista \xc3\xa8 stato aggredito ieri sera davanti alla redazione del giornale.\n", &a) == 0,
	    "a headline with a journalist's role in it parses");
	is_str(a.title, "Giornalista aggredito a Napoli", "a headline, not a role under a byline");
	article_free(&a);

	ok(parse_str("Lavori in corso\nIl Comune ha aperto ieri i cantieri previsti per la primavera in tutta la citt\xc3\xa0.\nIl cantiere di via Appia Nuova\nLe ruspe sono arrivate alle sette del mattino e resteranno per due mesi.\n", &a) == 0,
	    "a sub-heading naming a street parses");
	ok(a.body != NULL && strstr(a.body, "via Appia Nuova") != NULL,
	    "'via Appia' is no credit 'via AP'");
	article_free(&a);

	ok(parse_str("Fake news, la legge\nIl testo arriva in aula domani, con molti emendamenti.\n", &a) == 0,
	    "a short headline with a paper's word parses");
	is_str(a.title, "Fake news, la legge", "a headline, not a masthead");
	is_str(a.outlet, NULL, "no outlet");
	article_free(&a);

	ok(parse_str("News\nWorld\nFlood closes the ring road around Tarvel\nMara Lindqvist\nNorth Europe Correspondent\nThe ring road around Tarvel was closed on Monday after the river burst its banks overnight.\nFirefighters on the flooded road\n(AFP via Getty Images)\nResidents were told to stay indoors until the water went down.\nThanks for signing up to the Morning Briefing email\n", &a) == 0,
	    "a page with a byline over a role and a captioned photo parses");
	is_str(a.title, "Flood closes the ring road around Tarvel", "sections above the headline dropped");
	is_str(a.outlet, NULL, "a section is no outlet");
	is_str(a.byline, "Mara Lindqvist", "the name over the role is the byline");
	is_str(a.body, "The ring road around Tarvel was closed on Monday after the river burst its banks overnight.\n\nResidents were told to stay indoors until the water went down.", "role, caption, credit and newsletter lines dropped");
	article_free(&a);

	ok(parse_str("Nuovo ponte a Valdoro\nIl cantiere del nuovo ponte sul fiume aprir\xc3\xa0 a marzo, ha annunciato ieri la Regione.\nI lavori dureranno due anni.\nTi potrebbero interessare\nValdoro, chiude la scuola media Dante Alighieri\nIl Quotidiano del Borgo in edicola\nCommenti\nPrivacy\n", &a) == 0,
	    "a page ending in other stories' links parses");
	is_str(a.body, "Il cantiere del nuovo ponte sul fiume aprir\xc3\xa0 a marzo, ha annunciato ieri la Regione.\n\nI lavori dureranno due anni.", "everything from the links' heading on dropped; the story's short last line kept");
	article_free(&a);

	ok(parse_str("Frana sulla provinciale per Valdoro\nLa strada resta chiusa fino a nuovo ordine\n\xc2\xa9" "Ansa\nUna frana ha invaso nella notte la strada provinciale che porta a Valdoro, senza causare feriti.\nApprofondimento\nMaltempo, le previsioni per il weekend\nIl sindaco ha chiesto lo stato di calamit\xc3\xa0.\nLeggi gli altri articoli di Cronaca\nCronaca: I pi\xc3\xb9 letti\nValdoro, incendio in un capannone\n", &a) == 0,
	    "a page with a credit under its standfirst and a section's most-read list parses");
	is_str(a.body, "La strada resta chiusa fino a nuovo ordine\n\nUna frana ha invaso nella notte la strada provinciale che porta a Valdoro, senza causare feriti.\n\nIl sindaco ha chiesto lo stato di calamit\xc3\xa0.", "the standfirst stays above a credit; the related link, the section's links and their heading go");
	article_free(&a);

	ok(parse_str("Nuovo ponte a Valdoro\nIl cantiere del nuovo ponte sul fiume aprir\xc3\xa0 a marzo, ha annunciato ieri la Regione.\nArticoli correlati\nValdoro, chiude la scuola media\nIntanto la Provincia ha chiesto di anticipare i lavori di un mese.\n", &a) == 0,
	    "a page with a links' box inside its story parses");
	is_str(a.body, "Il cantiere del nuovo ponte sul fiume aprir\xc3\xa0 a marzo, ha annunciato ieri la Regione.\n\nValdoro, chiude la scuola media\n\nIntanto la Provincia ha chiesto di anticipare i lavori di un mese.", "a sentence after the heading: nothing is cut");
	article_free(&a);

	ok(parse_str("Trump signs order\nBy ZEKE MILLER\nShare\nCopy\nLink copied\nFlipboard\nPrint\nWASHINGTON (AP) \xe2\x80\x94 President Donald Trump signed an order on Tuesday.\n", &a) == 0,
	    "a page with a row of sharing buttons parses");
	is_str(a.dateline, "Washington", "the dateline after the buttons");
	is_str(a.body, "President Donald Trump signed an order on Tuesday.", "every button dropped");
	article_free(&a);

	ok(parse_str("Kim in Russia\nBy Jane Doe | Reuters | Sept. 13, 2023\nKim arrived by train.\n", &a) == 0,
	    "byline with pipes parses");
	is_str(a.byline, "Jane Doe", "byline with two pipes is a byline, not breadcrumbs");
	is_str(a.published, "2023-09-13", "byline date");
	article_free(&a);

	ok(parse_str("ANSA\nKim arriva in Russia\nIl leader nordcoreano \xc3\xa8 arrivato in treno.\n", &a) == 0,
	    "outlet-only first line parses");
	is_str(a.outlet, "ANSA", "outlet from a first line naming it");
	is_str(a.title, "Kim arriva in Russia", "headline after the outlet line");
	article_free(&a);

	ok(parse_str("Titolo del pezzo\nTempo di lettura: 3 minuti\n#Putin #Kim\nAscolta l'articolo\nPrimo paragrafo del pezzo, abbastanza lungo da contare.\nCosa succede adesso?\nIl secondo paragrafo spiega cosa succede adesso, con calma e ordine.\nTag: Putin, Kim\n", &a) == 0,
	    "reading-time, hashtag and tag debris parses");
	is_str(a.blocks, "php", "debris gone; short question is a sub-heading");
	ok(a.body && strstr(a.body, "#") == NULL && strstr(a.body, "lettura") == NULL &&
	    strstr(a.body, "Tag:") == NULL, "no hashtags, reading time or tags in body");
	article_free(&a);

	ok(parse_str("Il sig. Rossi \xc3\xa8 arrivato ieri a Roma con il dott. Bianchi. Poi \xc3\xa8 ripartito.\n", &a) == 0,
	    "abbreviations parse");
	is_str(a.title, "Il sig. Rossi \xc3\xa8 arrivato ieri a Roma con il dott. Bianchi.",
	    "first sentence skips sig. and dott.");
	article_free(&a);

	ok(parse_str("Titolo\n\nTesto\xc2\xa0\xc2\xa0" "con   spazi\xe2\x80\x8b strani.\t Fine.\n", &a) == 0,
	    "odd spaces parse");
	is_str(a.body, "Testo con spazi strani. Fine.", "NBSP, runs, tabs, ZWSP collapsed");
	article_free(&a);

	ok(parse_str("Titolo\n\nPrimo paragrafo lungo abbastanza.\n\nUn titoletto qui\n\nUltimo paragrafo del pezzo, pi\xc3\xb9 lungo del titoletto.\n\nFine\n", &a) == 0,
	    "sub-heading text parses");
	is_str(a.blocks, "phpp", "sub-heading between paragraphs; last short line is a paragraph");
	article_free(&a);
}

/* A page's list of topics with no heading, short names one a line at
 * its end, is no part of the story; a story's last short line stays. */
static void
test_tag_list(void)
{
	struct article a;

	ok(parse_str("Ministers meet in Dunmore\n\nForeign ministers met in "
	    "Dunmore on Monday to discuss the talks.\n\nThey will meet "
	    "again next week, the ministry said.\n\nMiddle East News\n\n"
	    "Dunmore\n\nForeign Ministers\n\nCeasefire\n\nWar\n", &a) == 0,
	    "a page ending in tags parses");
	is_str(a.blocks, "pp", "the tags gone");
	article_free(&a);
	ok(parse_str("Ministers meet in Dunmore\n\nForeign ministers met in "
	    "Dunmore on Monday to discuss the talks.\n\nThey will meet "
	    "again next week, the ministry said.\n\nPA\n", &a) == 0,
	    "a page ending in an agency's name parses");
	is_str(a.blocks, "ppp", "one short line at the end stays");
	article_free(&a);
}

/* A wire page as saved: a glued menu, a section's hashtag, the
 * headline twice and a desk's byline. */
static void
test_wire_page(void)
{
	struct article a;

	ok(parse_str("BusinessMarkets SolutionsWorld NewsPolitics "
	    "TechnologyBreakingviews SustainabilityLegal @ Example\n"
	    "Kalmar finmin: budget talks were constructive\n#Market News\n"
	    "April 26, 2012 / 5:46 AM / 5 years ago\n\n"
	    "Kalmar finmin: budget talks were constructive\n\n"
	    "Reuters Staff\n\n1 Min Read\n\n"
	    "KALMAR, April 26 (Reuters) - The finance minister of Kalmar said "
	    "on Thursday that the talks on next year's budget had gone well."
	    "\n\nHe will meet the opposition parties again next week.\n",
	    &a) == 0, "a saved wire page parses");
	is_str(a.title, "Kalmar finmin: budget talks were constructive",
	    "the headline, not the glued menu");
	is_str(a.byline, "Reuters Staff", "a desk's byline");
	is_str(a.blocks, "pp", "the headline's repeat and the chrome gone");
	ok(a.body && strncmp(a.body, "The finance minister", 20) == 0,
	    "the body starts after the dateline");
	article_free(&a);
}

/* A news theme's weather widget above the story, a reading and its
 * city, is no title nor dateline; a temperature in a sentence stays. */
static void
test_weather_widget(void)
{
	struct article a;

	ok(parse_str("AGGIORNAMENTO : 3 Febbraio 2031 - 09:35\n14.3 C\n"
	    "Vercelta\nTraffico di sigarette: sequestri a Valdorna\n\n"
	    "Le indagini della procura sono durate un anno e hanno portato "
	    "a sei arresti.\n", &a) == 0, "a page with a weather widget parses");
	is_str(a.title, "Traffico di sigarette: sequestri a Valdorna",
	    "the headline, not the widget's reading");
	ok(a.body && strstr(a.body, "Vercelta") == NULL,
	    "the widget's city is gone");
	article_free(&a);
	ok(parse_str("Gelo a Valdorna\n\nIeri a Valdorna il termometro ha "
	    "segnato -2 C alle sei del mattino.\n", &a) == 0 &&
	    a.body && strstr(a.body, "-2 C") != NULL,
	    "a temperature inside a sentence stays");
	article_free(&a);
}

/* A sports site's menu saved one entry a line at the page's top, and
 * the kicker in lower case above the headline, are neither title nor
 * story; a short list inside a story stays. */
static void
test_site_menu(void)
{
	struct article a;

	ok(parse_str("Homepage\nCalcio\nCalciomercato\nCalcio Estero\n"
	    "Ciclismo\nBasket\nTennis\nVolley\nSport Vari\nGolf\n"
	    "i numeri\n\nValdorna, record di gol: superato il primato\n\n"
	    "Guarda la versione integrale sul sito\n\n"
	    "Quarantotto gol in dieci partite, come negli anni Quaranta "
	    "quando le difese erano difese per modo di dire.\n", &a) == 0,
	    "a page with a menu parses");
	is_str(a.title, "Valdorna, record di gol: superato il primato",
	    "the headline, not the menu's first entry nor the kicker");
	ok(a.body && strstr(a.body, "Calciomercato") == NULL &&
	    strstr(a.body, "Basket") == NULL &&
	    strstr(a.body, "versione integrale") == NULL,
	    "the menu and the link to the full page are gone");
	article_free(&a);
	ok(parse_str("Convocati per la gara\n\nEcco i convocati:\n\n"
	    "Rossi\nBianchi\nVerdi\n\nLa partita si gioca domani alle "
	    "quindici allo stadio comunale di Valdorna.\n", &a) == 0 &&
	    a.body && strstr(a.body, "Bianchi") != NULL,
	    "a short list inside a story stays");
	article_free(&a);
}

/* An Italian site's chrome and legal footer are debris; a story that
 * names a "partita Iva" is none. */
static void
test_site_debris(void)
{
	static const struct {
		const char *s;
		int debris;
	} t[] = {
		{ "ADV", 1 },
		{ "Dark mode", 1 },
		{ "(ON)", 1 },
		{ "Esclusive per gli abbonati", 1 },
		{ "\xe2\x86\x92 Esempio Srls - Via Roma 1 00100 Roma - P. IVA "
		  "01234567890 - ISSN 1234-5678.", 1 },
		{ "Editoriale Srl, Partita Iva 01234567890", 1 },
		{ "Registrata presso il Tribunale. ISSN 1234-5678", 1 },
		{ "Per poter scrivere un'opinione \xc3\xa8 necessario effettuare "
		  "il login", 1 },
		{ "Se non sei registrato clicca qui", 1 },
		{ "Caricamento commenti", 1 },
		{ "Commenta la notizia", 1 },
		{ "BusinessMarkets SolutionsWorld NewsPolitics "
		  "TechnologyBreakingviews @ Example", 1 },
		{ "#Market News", 1 },
		{ "#MeToo is a movement that changed Hollywood.", 0 },
		{ "Sony PlayStation e WhatsApp hanno annunciato ieri.", 0 },
		{ "Stop alla partita Iva per i giovani sotto i 30 anni.", 0 },
		{ "Per commentare la sentenza il ministro ha parlato.", 0 },
		{ "Con la partita Iva 2025 cambia tutto.", 0 },
		{ "Ne deriva 01234567890 come codice.", 0 },
		/* a blog's comment form, share icons glued, a player */
		{ "Leave a Reply", 1 },
		{ "Fill in your details below or click an icon to log in.",
		  1 },
		{ "facebooktwitterreddit", 1 },
		{ "Mostra meno", 1 },
		{ "Listen live on KXYZ", 1 },
		{ "Up next", 1 },
		{ "Per accedere senza limiti a tutti i contenuti di Esempio.it",
		  1 },
		{ "Facebook", 1 },
		{ "Se rifiuti i cookie di profilazione e tracciamento puoi "
		  "scegliere un abbonamento che costa poco e dura un anno, "
		  "oppure accettare e leggere gratis tutto il sito di Esempio.",
		  1 },
		{ "Leggi le Condizioni, la Cookie Policy e l'Informativa.", 1 },
		{ "Durata annuale (senza rinnovo automatico)", 1 },
		{ "/cerca/esempio/search.shtml?tag=", 1 },
		{ "/2", 0 },
		{ "Facebookgate", 0 },
		{ "Twitter e Facebook hanno chiuso il profilo.", 0 },
		{ "Leave a reply to the mayor, the council said.", 0 },
		/* a blog archive's pager above the story */
		{ "Home Blog Pagina 43", 1 },
		{ "CRONACA- Pagina 37", 1 },
		{ "Pagina 2", 1 },
		{ "Lo trovate a pagina 3", 0 },
		{ "Vedi Pagina 12", 0 },
		/* a stamp's labels whose dates the page lost */
		{ "Pubblicato:", 1 },
		{ "Aggiornato:", 1 },
		{ "Pubblicato il bando per i nuovi posti.", 0 },
		/* a plea to readers who block ads, a dialog's button */
		{ "Disattiva AdBlock per sostenerci", 1 },
		{ "Televisione Esempio ogni giorno mette a disposizione "
		  "informazioni e contenuti gratuiti. La libert\xc3\xa0 "
		  "d'informazione deve essere sostenuta e lo fa anche grazie "
		  "ai banner pubblicitari. Sostienici e disattiva AdBlock", 1 },
		{ "Chiudi", 1 },
		{ "Pulsante per tornare all'inizio", 1 },
		{ "Se vuoi iscriverti al canale Whatsapp di Esempio clicca "
		  "qui", 1 },
		{ "Se vuoi iscriverti al corso, la scadenza \xc3\xa8 domani, "
		  "ha detto il rettore della scuola di Valdorna a tutti gli "
		  "studenti presenti in aula.", 0 },
		{ "Chiudi gli occhi e ascolta il mare, disse il poeta.", 0 },
	};

	for (size_t i = 0; i < sizeof(t) / sizeof(*t); i++)
		ok(article_is_debris(t[i].s, strlen(t[i].s)) == t[i].debris,
		    "%s: '%s'", t[i].debris ? "site debris" : "a story's line",
		    t[i].s);
}

/* Chrome left by real wire pages: the agency's footer longer than a
 * short line, its signature and badges, a section's label, and captions
 * that end with their photo's credit; the story's own lines stay. */
static void
test_wire_chrome(void)
{
	static const struct {
		const char *s;
		int debris;
	} t[] = {
		{ "Copyright 2031 The Example Press. All rights reserved. "
		  "This material may not be published, broadcast, rewritten "
		  "or redistributed.", 1 },
		{ "Redazione ANSA", 1 },
		{ "ANSACheck", 1 },
		{ "BLOG", 1 },
		{ "Political Cartoons", 1 },
		{ "Il sindaco Elio Brambati al taglio del nastro a Vercelta "
		  "(Foto Ansa)", 1 },
		{ "Tifosi in piazza dopo la vittoria (foto di Lia Corso)", 1 },
		{ "Rescuers search the rubble in Dunmore. Photo: Kai Brent/"
		  "Reuters", 1 },
		{ "The mayor said the blog had been shut down.", 0 },
		{ "Il fotografo ha scattato. Poi ha parlato ai cronisti "
		  "(foto Ansa)", 0 },
		{ "Il blog di Lia Corso", 0 },
		{ "Il faro di Vercelta \xc2\xa9 Ansa", 1 },
		{ "The old mill at Dunmore \xc2\xa9 Kai Brent/Example", 1 },
		{ "Il marchio \xc2\xa9 Esempio fu registrato. Poi il "
		  "tribunale \xc2\xa9 decise", 0 },
		/* Indian agency copy: the disclaimer, a stock photo's
		 * label, a link to another story, a list's button */
		{ "(This story has not been edited by Example staff and is "
		  "auto-generated from a syndicated feed.)", 1 },
		{ "This story has been sourced from a third party syndicated "
		  "feed, agencies. Example accepts no responsibility or "
		  "liability for its dependability, trustworthiness, "
		  "reliability and data of the text.", 1 },
		{ "Image used for representational purposes only.", 1 },
		{ "Representative Image", 1 },
		{ "Representational Pic", 1 },
		{ "Also Read: Dunmore: Body of man found in creek", 1 },
		{ "SCROLL FOR NEXT", 1 },
		{ "Hashtags", 1 },
		{ "PUBLISHED: | UPDATED:", 1 },
		{ "The police also read the note aloud in court.", 0 },
		{ "The agency runs a representative office in Dunmore.", 0 },
	};

	for (size_t i = 0; i < sizeof(t) / sizeof(*t); i++)
		ok(article_is_debris(t[i].s, strlen(t[i].s)) == t[i].debris,
		    "%s: '%s'", t[i].debris ? "wire chrome" : "a story's line",
		    t[i].s);
}

/* Breadcrumbs are debris: two separators or more of " | ", " › ", " > "
 * and " » ", each counted without overlapping another of its own. */
static void
test_breadcrumbs(void)
{
	static const struct {
		const char *s;
		int debris;
	} t[] = {
		{ "Home | Esteri | Russia", 1 },
		{ "Home \xe2\x80\xba Esteri \xe2\x80\xba Russia", 1 },
		{ "Casa > Esteri > Russia", 1 },
		{ "Casa \xc2\xbb Esteri \xc2\xbb Asia", 1 },
		{ "Casa | Esteri \xe2\x80\xba Asia", 1 },
		{ "Vado a | | casa domani", 0 },
		{ "Il risultato > 3 era atteso", 0 },
		{ "Casa |Esteri| Asia", 0 },
	};

	for (size_t i = 0; i < sizeof(t) / sizeof(*t); i++)
		ok(article_is_debris(t[i].s, strlen(t[i].s)) == t[i].debris,
		    "%s: '%s'", t[i].debris ? "breadcrumbs" : "no breadcrumbs",
		    t[i].s);
	ok(article_debris_exact_longest() < ARTICLE_DEBRIS_EXACT_MAX,
	    "the lines that are debris whole are shorter than %d bytes",
	    ARTICLE_DEBRIS_EXACT_MAX);
	ok(article_is_debris("Explore more on these topics", 28) &&
	    article_is_debris("Contenuto sponsorizzato", 23) &&
	    !article_is_debris("Explore more on these topics, said Kim", 38),
	    "whole lines of debris, the longest among them, and a longer "
	    "line that is none");
}

static void
test_dates(void)
{
	static const struct {
		const char *s, *iso;
	} t[] = {
		{ "Aggiornato il 13 settembre 2023 alle ore 15:59", "2023-09-13T15:59" },
		{ "September 13, 2023", "2023-09-13" },
		{ "Sept. 13, 2023 3:59 pm", "2023-09-13T15:59" },
		{ "13 Sep 2023 12:00 am", "2023-09-13T00:00" },
		{ "on 2023-09-13T08:15Z", "2023-09-13T08:15" },
		{ "13/09/2023", "2023-09-13" },
		{ "13.09.2023, 9.05", "2023-09-13" },
		{ "13.09.2023 alle 9.05", "2023-09-13T09:05" },
		{ "mercoled\xc3\xac 1 marzo 2023", "2023-03-01" },
		{ "Wednesday, March 1st, 2023 at 10:30 a.m.", "2023-03-01T10:30" },
		{ "12 dic. 2022", "2022-12-12" },
		{ "29 febbraio 2024", "2024-02-29" },
		{ "MOSCA, 7 DICEMBRE 2021", "2021-12-07" },
		{ "Roma, 2 Giugno 2020", "2020-06-02" },
		{ "4 SETT 2019", "2019-09-04" },
		{ "OCTOBER 5, 2018", "2018-10-05" },
	};
	static const char *bad[] = { "31 febbraio 2023", "29 February 2023",
	    "13/13/2023", "may be tomorrow", "2023-13-01", "45 settembre 2023",
	    "version 1.2.3", "" };
	struct adate d;
	char iso[32];
	size_t i;

	for (i = 0; i < sizeof(t) / sizeof(*t); i++) {
		iso[0] = '\0';
		if (adate_find(t[i].s, strlen(t[i].s), 0, &d, NULL, NULL))
			adate_iso(&d, iso, sizeof(iso));
		is_str(iso, t[i].iso, "date in '%s'", t[i].s);
	}
	for (i = 0; i < sizeof(bad) / sizeof(*bad); i++)
		ok(!adate_find(bad[i], strlen(bad[i]), 0, &d, NULL, NULL) ||
		    d.year == 0, "no full date in '%s'", bad[i]);
	ok(adate_find("09/10/2023", 10, 1, &d, NULL, NULL) && d.month == 9,
	    "M/D order when preferred");
}

/* Language of a literal. */
static const char *
lang(const char *s)
{
	return article_detect_lang(s, strlen(s));
}

static void
test_lang(void)
{
	is_str(lang("Il presidente ha detto che la guerra non \xc3\xa8 finita e che i colloqui continuano."), "it",
	    "italian detected");
	is_str(lang("The president said that the war is not over and that the talks will go on."), "en",
	    "english detected");
	is_str(lang("Putin Kim"), "", "too little to tell");
	is_str(lang("Der Minister hat am Montag in Berlin gesagt, dass die "
	    "Gespr\xc3\xa4" "che mit der Regierung nicht zu Ende sind und "
	    "dass er auf eine L\xc3\xb6sung hofft."), "de", "german told "
	    "from italian and english");
	is_str(lang("Le ministre a dit lundi que les discussions avec le "
	    "gouvernement ne sont pas finies et qu'il attend une solution "
	    "pour la fin du mois."), "fr", "french, though it shares le, "
	    "la, il and un with italian");
	is_str(lang("El ministro dijo el lunes que las conversaciones con "
	    "el gobierno no han terminado y que espera una soluci\xc3\xb3n "
	    "para el final del mes."), "es", "spanish, though it shares "
	    "del, con, una and lo with italian");
	is_str(lang("O ministro disse na segunda-feira que as conversas com "
	    "o governo n\xc3\xa3o terminaram e que espera uma solu\xc3\xa7\xc3\xa3o "
	    "para o fim do m\xc3\xaas."), "pt", "portuguese");
	is_str(lang("De minister zei maandag dat de gesprekken met de "
	    "regering nog niet voorbij zijn en dat hij hoopt op een "
	    "oplossing voor het einde van de maand, zo meldde het "
	    "persbureau. Volgens hem moeten beide partijen snel een "
	    "akkoord bereiken over de begroting van volgend jaar."), "und",
	    "enough prose of another language: undetermined");
	{
		/* "Министр сказал в понедельник, что переговоры
		 * продолжатся." eight times */
		static const char ru[] = "\xd0\x9c\xd0\xb8\xd0\xbd\xd0\xb8"
		    "\xd1\x81\xd1\x82\xd1\x80 \xd1\x81\xd0\xba\xd0\xb0\xd0\xb7"
		    "\xd0\xb0\xd0\xbb \xd0\xb2 \xd0\xbf\xd0\xbe\xd0\xbd\xd0\xb5"
		    "\xd0\xb4\xd0\xb5\xd0\xbb\xd1\x8c\xd0\xbd\xd0\xb8\xd0\xba, "
		    "\xd1\x87\xd1\x82\xd0\xbe \xd0\xbf\xd0\xb5\xd1\x80\xd0\xb5"
		    "\xd0\xb3\xd0\xbe\xd0\xb2\xd0\xbe\xd1\x80\xd1\x8b \xd0\xbf"
		    "\xd1\x80\xd0\xbe\xd0\xb4\xd0\xbe\xd0\xbb\xd0\xb6\xd0\xb0"
		    "\xd1\x82\xd1\x81\xd1\x8f. ";
		char text[1024] = "";

		for (int k = 0; k < 8; k++)
			strcat(text, ru);
		is_str(lang(text), "und", "... or of another script");
	}
	{
		char table[2048] = "";

		for (int k = 1; k <= 30; k++)
			snprintf(table + strlen(table), sizeof(table) -
			    strlen(table), "%d. Marco Ferri (Ita) s.t. ", k);
		is_str(lang(table), "", "a table of names is no prose: "
		    "unknown, as before");
	}
	is_str(lang(""), "", "empty: unknown");
	{
		/* every stop word counts, in any case (but those of
		 * more than five letters, never read); words next to
		 * them (a prefix, a longer word, one between two
		 * entries) do not */
		static const char *const it[] = { "il", "lo", "la", "gli",
		    "le", "di", "che", "e", "per", "con", "del", "della",
		    "dei", "delle", "nel", "nella", "alla", "al", "non",
		    "un", "una", "sono", "si", "da", "ha", "anche", "come",
		    "dopo", "tra", "questo", "ma", "piu", "stato", "essere",
		    "sul", NULL };
		static const char *const en[] = { "the", "and", "of", "to",
		    "in", "is", "that", "for", "on", "with", "was", "as",
		    "by", "it", "are", "at", "from", "has", "have", "be",
		    "this", "which", "said", "were", "an", "not", "but",
		    "he", "his", "they", "will", "after", "who", "their",
		    "been", NULL };
		static const char *const none[] = { "a", "z", "dal", "delz",
		    "alle", "th", "thee", "wil", "zz", "ab", "aa", NULL };
		const char *const *lists[] = { it, en, none };
		const char *want[] = { "it", "en", "" };
		char text[64];
		int bad = 0;

		for (int l = 0; l < 3; l++)
			for (int k = 0; lists[l][k]; k++) {
				const char *w = lists[l][k];
				snprintf(text, sizeof(text), "%s %s, %c%s.", w, w,
				    w[0] - 32, w + 1);
				if (strcmp(lang(text), strlen(w) <= 5 ?
				    want[l] : "") != 0) {
					printf("#   '%s': '%s'\n", text, lang(text));
					bad++;
				}
			}
		ok(bad == 0, "each stop word, and no other word, counts");
	}
}

/* Hostile input: never crash, stay fast. */
static void
test_hostile(void)
{
	size_t n = 10u << 20, i;
	char *big = malloc(n + 1);
	struct article a;
	clock_t t0;
	double secs;
	int rc;
	static const char line[] = "abc de, \xe2\x80\x93 13 settembre 2023 - X. ";
	static const char junk[] = "\n- \xe2\x80\x93 (\n)Advertisement\n\n";
	static const char rnd[] = "\n ,.-()\xe2\x80\x93\x93" "aZ1:/|";

	if (big == NULL)
		return;
	for (i = 0; i < n; i++)
		big[i] = line[i % (sizeof(line) - 1)];
	big[n] = '\0';
	while (((unsigned char)big[n - 1] & 0xC0) == 0x80 || (unsigned char)big[n - 1] >= 0xC0)
		big[--n] = '\0';
	t0 = clock();
	rc = article_parse(big, n, &a);
	secs = (double)(clock() - t0) / CLOCKS_PER_SEC;
	ok(rc == 0, "10 MB single line parses");
	printf("# 10 MB single line: %.3f s\n", secs);
	ok(secs < PARSE_SECS_MAX, "10 MB single line under %d s (%.2f)",
	    PARSE_SECS_MAX, secs);
	ok(rc == 0 && strlen(a.title) <= 260, "long title cut");
	if (rc == 0)
		article_free(&a);

	for (i = 0; i < n; i++)
		big[i] = junk[i % (sizeof(junk) - 1)];
	big[n] = '\0';
	t0 = clock();
	rc = article_parse(big, n, &a);
	secs = (double)(clock() - t0) / CLOCKS_PER_SEC;
	ok(secs < PARSE_SECS_MAX, "10 MB of short debris lines under %d s "
	    "(%.2f)", PARSE_SECS_MAX, secs);
	if (rc == 0)
		article_free(&a);

	srand(7);
	for (i = 0; i < 4096; i++)
		big[i] = rnd[rand() % (int)(sizeof(rnd) - 1)];
	for (i = 0; i < 200; i++) {
		size_t len = (size_t)(rand() % 4096);
		if (article_parse(big + (rand() % 64), len, &a) == 0)
			article_free(&a);
	}
	ok(1, "random fragments never crash");
	free(big);
}

/* Random byte mutations of a sample: decoded then parsed, the output is
 * always valid UTF-8 with a body and matching blocks. */
static void
test_mutations(const char *dir)
{
	char path[8192], *raw, *m;
	struct text_decoded d;
	struct article a;
	FILE *f;
	long n;
	int i, k, good = 1;

	snprintf(path, sizeof(path), "%s/004_96e824223378ec4b.txt", dir);
	if ((f = fopen(path, "rb")) == NULL)
		return;
	fseek(f, 0, SEEK_END);
	n = ftell(f);
	rewind(f);
	raw = malloc((size_t)n);
	m = malloc((size_t)n);
	if (raw == NULL || m == NULL || fread(raw, 1, (size_t)n, f) != (size_t)n)
		n = 0;
	fclose(f);
	srand(11);
	for (i = 0; i < 300 && n > 0; i++) {
		memcpy(m, raw, (size_t)n);
		for (k = 0; k < 1 + i % 40; k++)
			m[rand() % n] = "\n\r -\xe2\x80\x93(),.:|\xc2\xa0" "A1"[rand() % 17];
		if (text_decode(m, (size_t)n, &d) != TEXT_OK)
			continue;
		if (article_parse(d.text, d.len, &a) == 0) {
			if (u8_check((uint8_t *)a.body, a.body_len) != NULL ||
			    u8_check((uint8_t *)a.title, strlen(a.title)) != NULL ||
			    strlen(a.blocks) == 0)
				good = 0;
			article_free(&a);
		}
		free(d.text);
	}
	ok(good && n > 0, "300 mutated samples parse to valid UTF-8");
	free(raw);
	free(m);
}

int
main(void)
{
	const char *top = getenv("top_srcdir");
	char samples_dir[4096], own_dir[4096];
	size_t i;

	snprintf(samples_dir, sizeof(samples_dir), "%s/share/samples", top ? top : ".");
	snprintf(own_dir, sizeof(own_dir), "%s/tests/data/articles", top ? top : ".");
	for (i = 0; i < sizeof(samples) / sizeof(*samples); i++)
		check(samples_dir, &samples[i]);
	for (i = 0; i < sizeof(own) / sizeof(*own); i++)
		check(own_dir, &own[i]);
	test_inline();
	test_breadcrumbs();
	test_wire_chrome();
	test_site_debris();
	test_wire_page();
	test_weather_widget();
	test_site_menu();
	test_tag_list();
	test_dates();
	test_lang();
	test_hostile();
	test_mutations(samples_dir);
	return tap_done();
}
