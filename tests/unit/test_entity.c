/* test_entity: tokeniser, sentence splitter, recogniser, grouping and
 * keys of the entity module, with the hard cases of issue 3. */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <uniwbrk.h>
#include "dossier/entity.h"
#include "../../src/entity/private.h"
#include "../tap.h"
#include "found.h"

/* The text of token i of tl as a static string. */
static const char *
tok_text(const char *s, const struct tok_list *tl, size_t i)
{
	static char buf[128];
	size_t n = tl->v[i].end - tl->v[i].start;

	if (n >= sizeof(buf))
		n = sizeof(buf) - 1;
	memcpy(buf, s + tl->v[i].start, n);
	buf[n] = '\0';
	return buf;
}

/* Tokens joined with '|'. */
static char *
tokens(const char *s)
{
	static char out[1024];
	struct tok_list tl;

	out[0] = '\0';
	if (tok_split(s, strlen(s), &tl) < 0)
		return NULL;
	for (size_t i = 0; i < tl.n; i++) {
		if (i)
			strcat(out, "|");
		strcat(out, tok_text(s, &tl, i));
	}
	free(tl.v);
	return out;
}

/* The words that start a sentence, joined with '|'. */
static char *
starts(const char *s)
{
	static char out[1024];
	struct tok_list tl;

	out[0] = '\0';
	if (tok_split(s, strlen(s), &tl) < 0)
		return NULL;
	sent_mark(s, &tl);
	for (size_t i = 0; i < tl.n; i++)
		if (tl.v[i].flags & T_SENT) {
			if (out[0])
				strcat(out, "|");
			strcat(out, tok_text(s, &tl, i));
		}
	free(tl.v);
	return out;
}

/* 1 if text s has a mention whose surface is exactly w. */
static int
has(const char *s, const char *w)
{
	const char *f = found(s), *p = f;
	size_t n = strlen(w);

	while ((p = strstr(p, w)) != NULL) {
		if ((p == f || (p[-1] == ' ' && p[-2] == ';')) && p[n] == '/')
			return 1;
		p++;
	}
	return 0;
}

/* 1 if a and b have the same entity_key. */
static int
same_key(const char *a, const char *b)
{
	char *ka = entity_key(a, strlen(a)), *kb = entity_key(b, strlen(b));
	int same = ka && kb && strcmp(ka, kb) == 0;

	if (!same)
		printf("#   %s -> %s, %s -> %s\n", a, ka, b, kb);
	free(ka);
	free(kb);
	return same;
}

static void
test_tokens(void)
{
	is_str(tokens("Kim Jong-un, dell'Onu."), "Kim|Jong-un|,|dell'|Onu|.",
	    "hyphenated names stay whole, elisions split");
	is_str(tokens("L’Ucraina e D'Alema"), "L’|Ucraina|e|D'Alema",
	    "typographic apostrophe; D' of a surname stays");
	is_str(tokens("Putin's visit"), "Putin|'s|visit", "English possessive");
	{
		/* more tokens than one in five bytes: the list grows */
		static char many[4001];
		struct tok_list tl;
		int good;

		for (int i = 0; i < 4000; i++)
			many[i] = i % 2 ? ',' : 'a';
		good = tok_split(many, 4000, &tl) == 0 && tl.n == 4000 &&
		    tl.v[3999].start == 3999 && tl.v[3999].end == 4000 &&
		    (tl.v[0].flags & T_WORD) && !(tl.v[1].flags & T_WORD);
		free(tl.v);
		ok(good, "4,000 tokens in 4,000 bytes");
	}
	is_str(tokens("  a\n\nb "), "a|b", "white space is not a token");
	is_str(tokens("la S.p.A. di U.S.A."), "la|S.p.A|.|di|U.S.A|.",
	    "dotted abbreviations");
}

static void
test_sentences(void)
{
	is_str(starts("Il sig. Rossi parla. Poi esce."), "Il|Poi",
	    "Sig. does not end a sentence");
	ok(sent_is_abbrev("Sig", 3) && sent_is_abbrev("DOTTSSA", 7) &&
	    sent_is_abbrev("d.c", 3) && sent_is_abbrev("S", 1) &&
	    sent_is_abbrev("Mrs", 3) && !sent_is_abbrev("", 0) &&
	    !sent_is_abbrev("Sug", 3) && !sent_is_abbrev("Tig", 3) &&
	    !sent_is_abbrev("\xc3\x89" "cc", 4) && !sent_is_abbrev("x", 1),
	    "sent_is_abbrev: any case, the length and every byte");
	is_str(starts("Lo scrisse J. R. R. Tolkien. Fine."), "Lo|Fine",
	    "initials do not end a sentence");
	is_str(starts("Ha detto: «Oggi no». Domani sì!"), "Ha|Oggi|Domani",
	    "quotes, colon and exclamation");
	is_str(starts("Negli U.S.A. si vota. Titolo\nTesto qui"),
	    "Negli|Titolo|Testo", "dotted acronym, line break");
	is_str(starts("vedi ecc. e poi"), "vedi", "ecc. followed by lower case");
	is_str(starts("Roma, 12 marzo 2025 – Il governo cade. Fine."),
	    "Roma|Il|Fine", "a dateline's dash after a date");
	is_str(starts("ROMA - La Borsa sale.\nMOSCOW, Sept. 13 (Reuters) - "
	    "The Kremlin said."), "ROMA|La|MOSCOW|The",
	    "a dateline's dash after a city in capitals or a bracket");
	is_str(starts("Lo ha detto ieri – Mario Rossi – in aula."), "Lo",
	    "a dash inside a sentence, after a word");
	is_str(starts("Con il cuore » « La Polonia è amica », “ Ciao Tony ”."),
	    "Con|La|Ciao", "a guillemet or a curly quote after no word opens "
	    "a sentence");
	is_str(starts("Il settimanale « Il Giornalino » esce."), "Il",
	    "a guillemet after a word opens a title, no sentence");
}

static void
test_common_words(void)
{
	const char *s = "Il vertice è finito. Durante la cena si è brindato. "
	    "Oltre ai ministri c'erano i delegati. Brindando alla salute, "
	    "hanno riso. I nostri Paesi e le nostre Nazioni, ha detto il capo "
	    "del Governo e dello Stato.";

	is_str(found(s), "", "sentence-initial and capitalised common words "
	    "are not entities");
	ok(has("Poi Mario Draghi ha parlato.", "Mario Draghi"),
	    "a common word before a name is trimmed");
	ok(!has("Poi Mario Draghi ha parlato.", "Poi Mario Draghi"),
	    "... and not part of it");
	ok(has("Nuova Zelanda e Regno Unito firmano.", "Nuova Zelanda"),
	    "a known place keeps its common first word");
}

/* The person-place and organisation-person splits. */
static void
like_found(const char *s)
{
	const char *f = found(s);

	ok(strstr(f, "Kim Jong Un/person") != NULL, "Kim Jong Un is a person");
	ok(strstr(f, "Corea del Nord/place") != NULL, "Corea del Nord a place");
	ok(strstr(f, "Cremlino/organisation") != NULL,
	    "Cremlino an organisation");
	ok(strstr(f, "Dmitry Peskov/person") != NULL, "Dmitry Peskov a person");
	if (!ok(strstr(f, "Un della") == NULL && strstr(f, "Cremlino D") ==
	    NULL, "adjacent names stay apart"))
		printf("#   %s\n", f);
}

static void
test_spans(void)
{
	const char *s = "Il leader Kim Jong Un della Corea del Nord ha "
	    "incontrato il portavoce del Cremlino Dmitry Peskov.";

	ok(has("Si riunisce il Consiglio di Sicurezza delle Nazioni Unite.",
	    "Consiglio di Sicurezza delle Nazioni Unite"),
	    "particles join one organisation name");
	ok(has("Kim ha dormito nel Palazzo degli Ospiti di Kumsusan.",
	    "Palazzo degli Ospiti di Kumsusan"), "... and one building");
	like_found(s);
}

/* A lower-case head that is part of a place name, and a country that
 * acts. */
static void
test_heads_and_actors(void)
{
	const char *f;

	ok(has("Abita in via Garibaldi a Torino.", "via Garibaldi"),
	    "a street keeps its lower-case head");
	ok(has("Piove sulla provincia di Cuneo.", "provincia di Cuneo"),
	    "... and a province its head and di");
	f = found("Lo scrive l'agenzia di stampa statale Yonhap, e Valdo "
	    "Renzoni lo ha detto al mondo via Cnn.");
	if (!ok(strstr(f, "Yonhap/organisation") != NULL &&
	    strstr(f, "Cnn/organisation") != NULL && strstr(f, "statale")
	    == NULL && strstr(f, "via Cnn") == NULL, "a news agency alone "
	    "after a street's noun is no street"))
		printf("#   %s\n", f);
	ok(has("Atterra all'aeroporto di Francoforte.", "Francoforte") &&
	    !has("Atterra all'aeroporto di Francoforte.",
	    "aeroporto di Francoforte"), "an airport of a city is the city");
	ok(!has("Il governo ha deciso.", "governo"),
	    "a lower-case head alone is nothing");
	f = found("Il treno per Edolo parte alle 8, e Edolo è in festa.");
	if (!ok(strstr(f, "Edolo/place") != NULL && strstr(f, "Edolo/person")
	    == NULL, "a small town of the towns list is a place"))
		printf("#   %s\n", f);
	f = found("Presidente Arcivescovo-Vescovo Carlo Neri. L'Arcivescovo "
	    "parla.");
	ok(strstr(f, "Arcivescovo/") == NULL, "a title alone joins no name");
	f = found("Lo ha deciso la Commissione europea, non la Protezione "
	    "civile.");
	if (!ok(strstr(f, "Commissione europea/organisation") != NULL &&
	    strstr(f, "Protezione civile/organisation") != NULL,
	    "a capitalised head keeps the adjective that names the body"))
		printf("#   %s\n", f);
	f = found("Ha parlato il premier Conte. Cade il governo Letta, non il "
	    "governo di Kiev.");
	if (!ok(strstr(f, "Conte/person") != NULL && strstr(f, "Letta/person")
	    != NULL && strstr(f, "Kiev/place") != NULL, "a title or a "
	    "government names a person even if the word is a common one"))
		printf("#   %s\n", f);
	f = found("Di Pietro ha detto no. Di Roma si parla.");
	if (!ok(strstr(f, "Di Pietro/person") != NULL && strstr(f,
	    "Roma/place") != NULL, "a sentence-initial Di starts a surname, "
	    "not a place"))
		printf("#   %s\n", f);
	f = found("Lo racconta don Lorenzo Milani. Poi Don Milani tace.");
	if (!ok(strstr(f, "don Lorenzo Milani/person") != NULL &&
	    strstr(f, "Don Milani/person") != NULL, "don is part of a priest's "
	    "name"))
		printf("#   %s\n", f);
	f = found("Indaga la Guardia di finanza, decide la Corte d'appello. "
	    "Il Consiglio di chiedere scuse non c'è.");
	if (!ok(strstr(f, "Guardia di finanza/organisation") != NULL &&
	    strstr(f, "Corte d'appello/organisation") != NULL && strstr(f,
	    "Consiglio di chiedere") == NULL, "a head keeps the lower-case "
	    "noun of its name, not a verb"))
		printf("#   %s\n", f);
	f = found("Lo dice la Telecom Italia, lo dice Mario Italia.");
	if (!ok(strstr(f, "Telecom Italia/organisation") != NULL &&
	    strstr(f, "Mario Italia/person") != NULL, "a name made with a "
	    "country and no given name is an organisation"))
		printf("#   %s\n", f);
	f = found("L'uragano Katia e il film Casablanca, con Paolo Rossi.");
	if (!ok(strstr(f, "Katia") == NULL && strstr(f, "Casablanca") == NULL &&
	    strstr(f, "Paolo Rossi/person") != NULL, "a storm or a film "
	    "title is no entity"))
		printf("#   %s\n", f);
	f = found("Si gioca a Berlino: la Germania batte la Svezia 3-1, poi "
	    "gioca contro il Brasile.");
	if (!ok(strstr(f, "Berlino/place") != NULL && strstr(f,
	    "Svezia/organisation") != NULL && strstr(f,
	    "Brasile/organisation") != NULL, "a country near a score or after "
	    "contro is a team, the city of the match a place"))
		printf("#   %s\n", f);
	f = found("Ha parlato Marcello Dell'Utri nella chiesa di "
	    "Sant'Agostino, nel nord Italia e nell'Italia settentrionale.");
	if (!ok(strstr(f, "Marcello Dell'Utri/person") != NULL &&
	    strstr(f, "chiesa di Sant'Agostino/place") != NULL &&
	    strstr(f, "nord Italia/place") != NULL &&
	    strstr(f, "Italia settentrionale/place") != NULL, "Dell' and "
	    "Sant' inside names, a region of a country"))
		printf("#   %s\n", f);
	is_str(found("Il turismo in America Latina e nel Sud-Est Asiatico "
	    "cresce."), "America Latina/place=America Latina; Sud-Est "
	    "Asiatico/place=Sud-Est Asiatico",
	    "a place and the capitalised adjective of its part");
	f = found("L'Aquila vola.");
	ok(strstr(f, "L'") == NULL, "... but L' is an article");
	f = found("Il Cagliari batte il Milan. A Cagliari piove. La Turchia "
	    "vota, in Turchia piove.");
	if (!ok(strstr(f, "Cagliari/organisation") != NULL &&
	    strstr(f, "Cagliari/place") != NULL && strstr(f,
	    "Turchia/organisation") == NULL, "a town after an article is a "
	    "team, a country is not"))
		printf("#   %s\n", f);
	f = found("Cade il Governo Berlusconi, non il Governo Federale. Lo "
	    "dice il Tribunale amministrativo regionale.");
	if (!ok(strstr(f, "Berlusconi/person") != NULL && strstr(f,
	    "Governo Berlusconi") == NULL && strstr(f,
	    "Governo Federale/organisation") != NULL && strstr(f,
	    "Tribunale amministrativo regionale/organisation") != NULL,
	    "a government named after a person is the person; a body keeps "
	    "its adjectives"))
		printf("#   %s\n", f);
	f = found("Secondo Turčinov il voto è valido. Anche Zhumayev è d'accordo.");
	if (!ok(strstr(f, "Turčinov/person") != NULL && strstr(f,
	    "Secondo") == NULL && strstr(f, "Anche") == NULL,
	    "a sentence-initial preposition that is also a given name is "
	    "trimmed"))
		printf("#   %s\n", f);
	f = found("Benedetto XVI annuncia il ritiro. Nel Sud Africa piove.");
	if (!ok(strstr(f, "Benedetto XVI/person") != NULL && strstr(f,
	    "Sud Africa/place") != NULL, "a regnal name at a sentence start; "
	    "a compass word and a place make a place"))
		printf("#   %s\n", f);
	f = found("In Francia si vota. La Francia ha chiesto una tregua.");
	if (!ok(strstr(f, "Francia/place=Francia; Francia/organisation=Francia")
	    != NULL, "a country that acts is an organisation, where it is "
	    "a place"))
		printf("#   %s\n", f);
}

static void
test_lower_case(void)
{
	ok(has("Come riporta reuters, il vertice è finito.", "reuters"),
	    "a lower-case agency name counts");
	ok(!has("Il fiume forma un'ansa.", "ansa"),
	    "a common word that is also an agency does not");
	/* the name the entity gets is the agency's spelling, not the
	 * story's lower case (org-spelling.txt) */
	is_found("Come riporta reuters, il vertice è finito.",
	    "reuters/organisation=Reuters",
	    "a lower-case agency is named as the list spells it");
	is_found("Lo dicono la bbc e la cnn.",
	    "bbc/organisation=BBC; cnn/organisation=CNN",
	    "initials in lower case are named in capitals");
	is_found("Come riporta Reuters, anzi reuters.",
	    "Reuters/organisation=Reuters; reuters/organisation=Reuters",
	    "the story's own capitals are kept");
}

static void
test_grouping(void)
{
	const char *s = "Vladimir Putin e Kim Jong-un si incontrano. Kim "
	    "Jong Un ha detto che Jong Un e Putin sono amici. Kim ride.";
	const char *t = "Il ministro Mario Rossi ha incontrato Paolo Rossi. "
	    "Rossi ha detto di no.";
	const char *u = "Lo riferisce la Korean Central News Agency (Kcna). "
	    "Secondo la Kcna, il vertice è finito.";
	const char *f = found(s);

	ok(strstr(f, "Putin/person=Vladimir Putin") != NULL,
	    "Putin joins Vladimir Putin");
	ok(strstr(f, "Kim Jong Un/person=Kim Jong-un") != NULL &&
	    strstr(f, "Jong Un/person=Kim Jong-un") != NULL &&
	    strstr(f, "Kim/person=Kim Jong-un") != NULL,
	    "Kim Jong Un, Jong Un and Kim join Kim Jong-un");
	f = found(t);
	ok(strstr(f, "Rossi/person=Paolo Rossi") != NULL &&
	    strstr(f, "Mario Rossi/person=Mario Rossi") != NULL,
	    "a bare surname joins the latest full name, two Rossi stay two");
	f = found(u);
	if (!ok(strstr(f, "Kcna/organisation=Korean Central News Agency; "
	    "Kcna/organisation=Korean Central News Agency") != NULL,
	    "a parenthesised acronym is an alias"))
		printf("#   %s\n", f);
	/* the text ends at its length, not at a NUL: a ")" just past it
	 * closes no brackets (merge read that byte) */
	{
		const char *v = "Lo riferisce la Korean Central News Agency "
		    "(Rodong).";
		struct entity_result r;
		int alias = 0;

		if (entity_recognise(lx, v, strlen(v) - 2, "it", &r) == 0) {
			for (size_t k = 0; k < r.nmentions; k++)
				alias += r.mentions[k].start == 44 &&
				    strcmp(r.groups[r.mentions[k].group].canonical,
				    "Korean Central News Agency") == 0;
			entity_result_free(&r);
		}
		ok(alias == 0, "a word before the text's end is no bracketed "
		    "alias for a \")\" past it");
		f = found(v);
		ok(strstr(f, "Rodong/organisation=Korean Central News Agency")
		    != NULL, "but is one with the \")\" inside the text");
	}
	f = found("Alexei Navalny è morto. Aleksej Navalnyj era in carcere. "
	    "Navalny aveva 47 anni. Leggeva Fyodor Dostoyevsky e Fëdor "
	    "Dostoevskij.");
	if (!ok(strstr(f, "Alexei Navalny/person=Aleksej Navalnyj") &&
	    strstr(f, "Navalny/person=Aleksej Navalnyj") &&
	    strstr(f, "Dostoevskij/person=Fyodor Dostoyevsky"),
	    "two transliterations of one person's name in a story are one"))
		printf("#   %s\n", f);
	f = found("Secondo l'Ispi la crisi peggiora. Il sostegno alla Corea "
	    "del Sud (Ispi) cresce, dice l'Ispi.");
	if (!ok(strstr(f, "Corea del Sud") &&
	    !strstr(f, "Ispi/place") && !strstr(f, "Ispi/organisation=Corea"),
	    "an acronym named alone before is no alias of the name before "
	    "its brackets"))
		printf("#   %s\n", f);
	f = found("La Tass e la TASS concordano.");
	ok(strstr(f, "Tass/organisation=") != NULL &&
	    strstr(f, "TASS/organisation=") != NULL, "TASS = Tass");
	f = found("L'Organizzazione delle Nazioni Unite, l'ONU, vota.");
	ok(strstr(f, "ONU/organisation=Organizzazione delle Nazioni Unite")
	    != NULL, "an acronym joins the name it abbreviates");
}

static void
test_keys(void)
{
	char *k;

	ok(same_key("Vostòčnyj", "Vostochny"), "Vostòčnyj = Vostochny");
	ok(same_key("Vostochny", "Vostotchny"), "Vostochny = Vostotchny");
	ok(same_key("Kim Jong-un", "Kim Jong Un"), "Kim Jong-un = Kim Jong Un");
	ok(same_key("TASS", "Tass"), "TASS = Tass");
	ok(same_key("Dmitry Peskov", "Dmitrij Peskov"), "Dmitry = Dmitrij");
	ok(same_key("Shoigu", "Shojgu"), "Shoigu = Shojgu");
	ok(same_key("Владимир Путин", "Vladimir Putin"), "Cyrillic = Latin");
	ok(same_key("Алексей Навальный", "Alexei Navalny"),
	    "Cyrillic = Latin, й and ы");
	ok(same_key("Κυριάκος Μητσοτάκης", "Kyriakos Mitsotakis"),
	    "Greek = Latin");
	ok(same_key("Gorbaciov", "Gorbachev"), "Italian -ciov = -chev");
	ok(same_key("Timoscenko", "Tymoshenko"), "Italian -scenko = -shenko");
	ok(same_key("Kadyrov", "Kadirov"), "a y inside a word is i");
	ok(same_key("Aleksandr", "Alexandr"), "x = ks");
	/* Italian sc and ci before a vowel stay: they would join names of
	 * different people and towns */
	ok(!same_key("Lucia", "Luca"), "Lucia is not Luca");
	ok(!same_key("Rossano", "Rosciano"), "Rossano is not Rosciano");
	ok(same_key("Yevgeny Prigozhin", "Evgenij Prigozhin") &&
	    same_key("Yelena", "Elena") && same_key("Boris Yeltsin",
	    "Boris Eltsin") && same_key("Yerevan", "Erevan"),
	    "a word's first ye before a consonant is e");
	ok(!same_key("Yanukovych", "Anukovych") && !same_key("Yuri", "Uri")
	    && !same_key("Yeats", "Eats"), "... but a word's first y stays "
	    "before other letters");
	ok(!same_key("Janet Yellen", "Janet Ellen") && !same_key("Yellen",
	    "Ellen"), "... and in Yellen, who is no Ellen");
	ok(same_key("Mohammed bin Salman", "Muhammad bin Salman") &&
	    same_key("Mohamed Salah", "Mohammad Salah") &&
	    same_key("Ahmed Shah", "Ahmad Shah"), "the spellings of one "
	    "Arabic name are one");
	ok(!same_key("Mohamedou", "Muhammadou") &&
	    !same_key("Ahmedabad", "Ahmadabad"), "... as whole words only");
	ok(same_key("Omar Gheddafi", "Omar Gaddafi") &&
	    same_key("Gheddafi", "Qaddafi") && !same_key("Gheddafis",
	    "Gaddafis"), "Italian Gheddafi is English Gaddafi, a whole word");
	ok(same_key("Bashar al-Assad", "Bashar Assad") &&
	    same_key("Abdel Fattah el-Sisi", "Abdel Fattah al Sisi") &&
	    same_key("Ayman Al-Zawahiri", "Ayman Zawahiri") &&
	    same_key("El Sisi", "Al-Sisi"), "the Arabic article inside a "
	    "name is left out, and el is al");
	ok(same_key("Aleksej Naval'nyj", "Alexei Navalny") &&
	    same_key("Volodymyr Zelens’kyj", "Volodymyr Zelensky") &&
	    same_key("Dar'ja", "Darya") && same_key("Luhans'k", "Luhansk") &&
	    same_key("Navalʹnyj", "Navalny") && same_key("Ol'ga", "Olga"),
	    "a soft sign's apostrophe is left out, as English spellings "
	    "leave it");
	ok(same_key("Serghei Lavrov", "Sergei Lavrov") &&
	    same_key("Ghennadij", "Gennady") && same_key("Ghent", "Gent"),
	    "gh before e and i is g, as Italian spells a hard g");
	ok(!same_key("Afghan", "Afgan") && !same_key("Ghana", "Gana"),
	    "... and only there");
	ok(same_key("Sergeyev", "Sergeev") && same_key("Kassym-Jomart "
	    "Tokayev", "Kassym-Jomart Tokaev") && same_key("Dostoyevsky",
	    "Dostoevskij") && same_key("Mykolayiv", "Mykolaiv") &&
	    same_key("Ilham Əliyev", "Ilham Aliyev"), "English's y before "
	    "a Russian -ev or a Ukrainian -iv goes; ə is a");
	ok(!same_key("Meyer", "Meer") && !same_key("Boyer", "Boer") &&
	    !same_key("Goyeneche", "Goeneche"), "... the y stays before "
	    "other letters");
	ok(same_key("Dimitry Orlenko", "Dmitry Orlenko") &&
	    same_key("Dimitrij Orlenko", "Dmitri Orlenko"),
	    "the name Dimitri is Dmitri");
	ok(!same_key("Dimitrov", "Dmitrov") &&
	    !same_key("Dimitrios Orlakis", "Dmitrios Orlakis"),
	    "... the whole word only");
	ok(same_key("Tarek Haddabeh", "Tarek Haddabe") &&
	    same_key("Samir Abdallah", "Samir Abdalla") &&
	    same_key("Nour Qassabah", "Nour Qassaba"), "a long word's final "
	    "h after a vowel goes");
	ok(!same_key("Rafah", "Rafa") && same_key("Haddabeh Tal",
	    "Haddabe Tal") && !same_key("Tarek Haddabhe", "Tarek Haddabe"),
	    "... only there, in any word");
	ok(same_key("The Valdorna Courier", "Valdorna Courier") &&
	    !same_key("Theo Valdorna", "o Valdorna") && !same_key("The",
	    ""), "English's first the goes, not a name's only word");
	ok(same_key("Pavel Tarashenka", "Pavel Tarashenko") &&
	    same_key("Ivan Kuzmenka", "Ivan Kuzmenko"),
	    "Belarusian -enka is -enko");
	ok(!same_key("Zdenka", "Zdenko") && !same_key("Milenka", "Milenko") &&
	    !same_key("Tarashenkas", "Tarashenkos"), "... at the end of a "
	    "surname only");
	ok(!same_key("O'Brien", "Obrien") && !same_key("D'Alema", "Dalema")
	    && !same_key("Putin's", "Putins") && !same_key("dell'Hotel",
	    "dellHotel") && !same_key("Sant'Egidio", "Santegidio") &&
	    !same_key("they've", "theyve") && !same_key("Bill's",
	    "Bills"), "... but not an elision's, a prefix's or an English "
	    "ending's");
	{
		static const char *const alt[][2] = {
			{ "Cherson", "Kherson" }, { "Kherson", "Cherson" },
			{ "Michail Chodorkovskij", "Mikhail Khodorkovsky" },
			{ "Nikita Chruščëv", "Nikita Khrushchev" },
			{ "CHARKIV", "Kharkiv" }
		};
		int bad = 0;

		for (size_t i = 0; i < sizeof(alt) / sizeof(alt[0]); i++) {
			char *a = entity_key_alt(alt[i][0], strlen(alt[i][0]));
			char *b = entity_key(alt[i][1], strlen(alt[i][1]));
			if (a == NULL || b == NULL || strcmp(a, b) != 0) {
				printf("#   %s: %s, %s\n", alt[i][0], a, b);
				bad++;
			}
			free(a);
			free(b);
		}
		ok(bad == 0, "the other spelling of kh and ch keys the name as "
		    "the other outlets spell it");
		k = entity_key_alt("Putin", 5);
		ok(k == NULL, "no other key for a name with neither");
		free(k);
		k = entity_key_alt("Schultz Kitchener", 17);
		ok(k == NULL, "nor for sch and tch, other letters");
		free(k);
	}
	ok(!same_key("Al Gore", "Gore") && !same_key("Nahyan al", "Nahyan") &&
	    !same_key("Ali Khan", "Khan"), "... not first nor last, and "
	    "only al or el");
	/* the store's migration re-keys with entity_key_upgrade: a key
	 * already upgraded stays as it is */
	{
		static const char *const names[] = { "Gorbaciov Kadyrov",
		    "Αλέξης Τσίπρας", "Maxx Yyyy", "Dostoyevsky", "Putin",
		    "Mohammed Ahmed", "Yevgeny Yeltsin", "Bashar al-Assad",
		    "El Sisi", "Dimitry Gheddafi", "Tarashenka Haddabeh",
		    "Dimitri Dimitrienka Abdallah", "The Valdorna Courier" };

		for (size_t i = 0; i < sizeof(names) / sizeof(names[0]); i++) {
			char *a = entity_key(names[i], strlen(names[i]));
			char *b = a ? entity_key_upgrade(a) : NULL;
			is_str(b, a, "upgrading a new key keeps it: %s", names[i]);
			free(a);
			free(b);
		}
		k = entity_key_upgrade("gorbaciov kadyrov voityla");
		is_str(k, "gorbacev kadirov voitila",
		    "an old key upgraded is the new key of its name");
		free(k);
		k = entity_key_upgrade("mohamed bin salman ahmed yelena");
		is_str(k, "muhamad bin salman ahmad elena",
		    "a key of schema 5 upgraded folds the Arabic names and ye");
		free(k);
		k = entity_key_upgrade("el sisi basar al asad");
		is_str(k, "al sisi basar asad",
		    "a key of schema 8 upgraded leaves out the Arabic article");
		free(k);
		k = entity_key_upgrade("сергеи шоигу");
		is_str(k, "sergei soigu", "an old Cyrillic key upgraded");
		free(k);
	}
	ok(!same_key("Kim Jong-un", "Kim Jong-il") || 0,
	    "different names differ");
	ok(!same_key("Putin", "Peskov"), "Putin is not Peskov");
	k = entity_key("  D'Alema  ", 11);
	is_str(k, "d alema", "apostrophe, trim");
	free(k);
	/* Every transliteration rule, pinned to its output: the rules are
	 * matched through a first-letter filter that must know them all. */
	{
		static const char *const pin[][2] = {
			{ "Shchukin", "scukin" },
			{ "Tchaikovsky Schmidt", "caikovski smidt" },
			{ "Chekhov Shostakovich", "cehov sostakovic" },
			{ "Zhukov Khrushchev", "zukov hruscev" },
			{ "Philip Dickens", "filip dikens" },
			{ "Vostocnyj Dmitrij Shoigu", "vostocni dmitri soigu" },
			{ "Yyyy Wojtyla Ouagadougou Jacques",
			  "y voitila uagadugu yacques" },
			{ "Vostòčnyj Kim Jong-un", "vostocni kim yong un" },
			/* Latin letters through key_latin's table, and
			 * what falls to the general path: a combining
			 * mark, another script */
			{ "Müller Đoković", "muler dokovic" },
			{ "Ærøskøbing Łódź Straße", "aeroskobing lodz strase" },
			{ "İstanbul ŉ ǅemal", "istanbul n dzemal" },
			{ "¼ Þór ´s", "1 4 thor s" },
			{ "Mu\xcc\x88ller", "muler" },
			{ "Сергей Шойгу", "sergei soigu" },
			/* the folds of schema 5 (entity_key_upgrade) */
			{ "Alexei Kadyrov Gorbaciov", "aleksei kadirov gorbacev" },
			{ "Timoscenko Yanukovych Xi", "timosenko yanukovic ksi" },
			{ "Αλέξης Τσίπρας Щукин", "aleksis tsipras scukin" },
			{ "Харьков Цой Юлия", "harkov tsoi yulia" },
		};

		for (size_t i = 0; i < sizeof(pin) / sizeof(pin[0]); i++) {
			k = entity_key(pin[i][0], strlen(pin[i][0]));
			is_str(k, pin[i][1], "%s", pin[i][0]);
			free(k);
		}
	}
}

static void
test_types(void)
{
	is_int(entity_type_parse("per"), ENTITY_PERSON, "parse per");
	is_int(entity_type_parse("organization"), ENTITY_ORG, "parse org");
	is_int(entity_type_parse("nope"), -1, "parse unknown");
	is_str(entity_type_name(ENTITY_PLACE), "place", "name place");
}

/* Person names: the second round of rules (issue 3). */
static void
test_persons(void)
{
	const char *f;

	f = found("Il premio è andato a Samuele Bersani, la targa a Rosalba "
	    "Ferretti.");
	if (!ok(strstr(f, "Samuele Bersani/person") != NULL && strstr(f,
	    "Rosalba Ferretti/person") != NULL, "first names of the long "
	    "lists outweigh 'a' before a place"))
		printf("#   %s\n", f);
	f = found("Lo ha detto il leader del Zorbak Benjamin Kowalczyk. Ieri "
	    "ha parlato il portavoce della Fmq Laura Pennetti. Lo scrive un "
	    "articolo del Los Angeles Times.");
	if (!ok(strstr(f, "Zorbak/organisation") != NULL && strstr(f,
	    "Benjamin Kowalczyk/person") != NULL && strstr(f,
	    "Laura Pennetti/person") != NULL && strstr(f,
	    "Los Angeles Times/organisation") != NULL, "'del X Nome Cognome' "
	    "is a body and a person, a newspaper stays whole"))
		printf("#   %s\n", f);
	f = found("Lo ha detto Silvio Berlusconi al Senato. Il video di Abu "
	    "Hamza al Muhajir. Un quadro di Leonardo da Vinci. Il premio va "
	    "alla Europa da Giorgio Napolitano.");
	if (!ok(strstr(f, "Silvio Berlusconi/person") != NULL && strstr(f,
	    "Senato/organisation") != NULL && strstr(f,
	    "Abu Hamza al Muhajir/person") != NULL && strstr(f,
	    "Leonardo da Vinci/person") != NULL && strstr(f,
	    "Giorgio Napolitano/person") != NULL, "'al' and 'da' join a "
	    "name only where they are no preposition"))
		printf("#   %s\n", f);
	f = found("In gara: Marco Rinaldi Il cielo sopra noi - Giulia Ferri "
	    "Oggi ancora.");
	if (!ok(strstr(f, "Marco Rinaldi/person") != NULL && strstr(f,
	    "Giulia Ferri/person") != NULL && strstr(f, "Il") == NULL &&
	    strstr(f, "Oggi") == NULL, "a run stops before a capitalised "
	    "article or adverb"))
		printf("#   %s\n", f);
	f = found("Il ministro si chiama von Kesselbrink. Ha segnato du "
	    "Plessis, poi la Banque de France.");
	if (!ok(strstr(f, "von Kesselbrink/person") != NULL && strstr(f,
	    "du Plessis/person") != NULL && strstr(f,
	    "Banque de France") != NULL, "a lower-case particle starts a "
	    "surname"))
		printf("#   %s\n", f);
	f = found("Ieri il premier Nuri al-Kazimi ha visto Omar el-Bashri.");
	if (!ok(strstr(f, "Nuri al-Kazimi/person") != NULL && strstr(f,
	    "Omar el-Bashri/person") != NULL, "an Arabic surname with its "
	    "article in lower case stays in the name"))
		printf("#   %s\n", f);
}

static void
test_edges(void)
{
	struct entity_result r;
	char *err = NULL;

	ok(entity_recognise(lx, "", 0, "", &r) == 0 && r.nmentions == 0,
	    "empty text");
	entity_result_free(&r);
	ok(entity_recognise(lx, "\xff\xfe Roma \xc3", 9, "", &r) == 0,
	    "invalid UTF-8 does not crash");
	entity_result_free(&r);
	ok(entity_lexicon_load("/nonexistent", &err) == NULL && err &&
	    strstr(err, "/nonexistent/") != NULL, "a missing lexicon is named");
	free(err);
	{
		/* a name said again takes a copy of its first key */
		static const char t[] = "Vladimir Putin ha parlato a Mosca. "
		    "Putin ha detto che Mosca risponder\xc3\xa0. Vladimir "
		    "Putin e Sergej Lavrov sono partiti da Mosca; Lavrov "
		    "\xc3\xa8 tornato a Mosca.";
		size_t bad = 0, seen = 0;

		ok(entity_recognise(lx, t, sizeof(t) - 1, "it", &r) == 0,
		    "names said again: recognised");
		for (size_t i = 0; i < r.nmentions; i++) {
			const struct entity_mention *m = &r.mentions[i];
			char *k = entity_key(t + m->start, m->end - m->start);

			for (size_t j = 0; j < i; j++)
				seen += r.mentions[j].key == m->key;
			bad += k == NULL || m->key == NULL ||
			    strcmp(k, m->key) != 0;
			free(k);
		}
		ok(r.nmentions >= 6 && bad == 0 && seen == 0,
		    "each of %zu mentions has its own key, its text's",
		    r.nmentions);
		entity_result_free(&r);
	}
}

/* Lexicons added for issue 3's second round: brands, feasts, vehicles. */
static void
test_lexicon_round2(void)
{
	const char *f;

	f = found("Lo hanno annunciato Sony e Vodafone, con la Lufthansa.");
	if (!ok(strstr(f, "Sony/organisation") != NULL &&
	    strstr(f, "Vodafone/organisation") != NULL &&
	    strstr(f, "Lufthansa/organisation") != NULL,
	    "a company of the brands list is an organisation"))
		printf("#   %s\n", f);
	f = found("Indossava una tuta e guidava una jeep.");
	if (!ok(f[0] == '\0', "a brand in lower case is a word"))
		printf("#   %s\n", f);
	f = found("Il veglione di Capodanno e il pranzo di Natale. Nel 1993 "
	    "ricevette il Nobel per la pace.");
	if (!ok(f[0] == '\0', "a feast or the Nobel alone is no name"))
		printf("#   %s\n", f);
	f = found("Il vincitore della Vuelta 2010 ha perso. È uscito bene "
	    "dalla Vuelta.");
	if (!ok(f[0] == '\0',
	    "the Vuelta, a race, is no name"))
		printf("#   %s\n", f);
	f = found("Un'officina per il lanciatore Angara e il razzo Sojuz.");
	if (!ok(f[0] == '\0', "a rocket named after its kind is no entity"))
		printf("#   %s\n", f);
	f = found("Il cantautore Lucio Dalla è morto. Dalla si è sentito "
	    "male. Dalla stazione si parte. Durante la notte, Vecchioni ha "
	    "detto che Dalla era grande.");
	if (!ok(strstr(f, "Dalla/person=Lucio Dalla; Vecchioni") != NULL &&
	    strstr(f, "Vecchioni/person=Vecchioni; Dalla/person=Lucio Dalla")
	    != NULL && strstr(f, "Durante") == NULL && strstr(f, "Lucio "
	    "Dalla; Dalla/person=Lucio Dalla; Vecchioni") != NULL,
	    "a word never a name alone is the surname of a person of the "
	    "text, where it can be a subject"))
		printf("#   %s\n", f);
	f = found("Il premier Giuseppe Conte parla. Da Palazzo Chigi, Conte "
	    "ha voluto porgere le congratulazioni.");
	if (!ok(strstr(f, "Conte/person=Giuseppe Conte") != NULL,
	    "a title that is the surname of a person joins that person"))
		printf("#   %s\n", f);
	f = found("Il Presidente degli Stati Uniti Obama ha dichiarato. Il "
	    "New York Times scrive.");
	if (!ok(strstr(f, "Stati Uniti/place=Stati Uniti") != NULL &&
	    strstr(f, "New York Times/organisation") != NULL,
	    "a known place and one more word are two names, not before a "
	    "common word"))
		printf("#   %s\n", f);
	f = found("Grazie all'Assessorato alla Cultura. Consultore della "
	    "Congregazione per la Dottrina della Fede. Il Politecnico di "
	    "Milano per la Fondazione Civicum. Dal Regno Unito alla Francia.");
	if (!ok(strstr(f, "Assessorato alla Cultura/organisation") != NULL &&
	    strstr(f, "Congregazione per la Dottrina della Fede/"
	    "organisation") != NULL && strstr(f, "Civicum/") != NULL &&
	    strstr(f, "Francia/") != NULL, "an organisation's head joins "
	    "its name through alla and per la, and only its head"))
		printf("#   %s\n", f);
	f = found("Nevica in Friuli-Venezia Giulia. Oltre Saturno orbita "
	    "Plutone, lontano dalla Terra.");
	if (!ok(strstr(f, "Friuli-Venezia Giulia/place") != NULL &&
	    strstr(f, "Saturno/place") != NULL && strstr(f, "Plutone/place")
	    != NULL && strstr(f, "Terra/place") != NULL, "a hyphen matches "
	    "the list's space; planets are places"))
		printf("#   %s\n", f);
	f = found("Nella Repubblica Democratica del Congo si vota. Sono nati "
	    "a Sant'Agata del Bianco. Viaggio nel Regno dell'Arabia Saudita e "
	    "nella regione Centre-Val de Loire. Le Alpi dell'Alta Provenza.");
	if (!ok(strstr(f, "Repubblica Democratica del Congo/place") != NULL &&
	    strstr(f, "Sant'Agata del Bianco/place") != NULL &&
	    strstr(f, "Regno dell'Arabia Saudita/place") != NULL &&
	    strstr(f, "Centre-Val de Loire/") != NULL &&
	    strstr(f, "Alpi dell'Alta Provenza/place") != NULL, "names of "
	    "three words or more the lexicon knows, through their leading "
	    "words (an elided one, a hyphen) known to start entries"))
		printf("#   %s\n", f);
	f = found("Il premier Nuri al-Maliki ha incontrato Abdel Fattah "
	    "el-Sisi e Ahmed ash-Shara a Baghdad, non al-qaida.");
	if (!ok(strstr(f, "Nuri al-Maliki/person") != NULL &&
	    strstr(f, "Abdel Fattah el-Sisi/person") != NULL &&
	    strstr(f, "Ahmed ash-Shara/person") != NULL &&
	    strstr(f, "qaida") == NULL, "an Arabic surname's lower-case "
	    "article of two or three letters and a hyphen joins the name"))
		printf("#   %s\n", f);
	f = found("Aveva 95 anni. Nato nel 1918 a Mvezo, fu presidente.");
	if (!ok(strstr(f, "Nato") == NULL, "a sentence-initial word that is "
	    "also an organisation is a word, unless named elsewhere"))
		printf("#   %s\n", f);
	f = found("La Nato ha deciso. Nato e Russia trattano.");
	if (!ok(strstr(f, "Nato/organisation=Nato; Nato/organisation") !=
	    NULL, "... where it is named elsewhere it counts"))
		printf("#   %s\n", f);
	f = found("Il ministro degli Esteri Massimo D'Alema parla col "
	    "viceministro delle Infrastrutture Roberto Castelli e col "
	    "ministro dei Beni Culturali. Il ministro dei Trasporti Matteoli "
	    "e il ministro della Gran Bretagna. Il sottosegretario alla "
	    "Presidenza del Consiglio.");
	if (!ok(strcmp(f, "Massimo D'Alema/person=Massimo D'Alema; Roberto "
	    "Castelli/person=Roberto Castelli; Matteoli/person=Matteoli; "
	    "Gran Bretagna/place=Gran Bretagna; Presidenza del "
	    "Consiglio/organisation=Presidenza del Consiglio") == 0,
	    "a minister's portfolio is no name, the minister after it is"))
		printf("#   %s\n", f);
	is_str(found("Il ministro per gli Affari Regionali Marco Zelmini ha "
	    "parlato."), "Marco Zelmini/person=Marco Zelmini",
	    "so is one after \"per\" and an article");
	is_str(found("Il ministro della Repubblica Popolare di Tarvonia ha "
	    "parlato."), "Repubblica Popolare di Tarvonia/organisation="
	    "Repubblica Popolare di Tarvonia",
	    "a republic after a minister is no portfolio");
	f = found("La Procura di Roma e la Procura della Repubblica di "
	    "Lagonegro. Il Tribunale di Santa Maria Capua Vetere, "
	    "l'Università di Bologna.");
	if (!ok(strcmp(f, "Procura/organisation=Procura; Roma/place=Roma; "
	    "Procura della Repubblica/organisation=Procura della Repubblica; "
	    "Lagonegro/place=Lagonegro; Tribunale di Santa Maria Capua "
	    "Vetere/organisation=Tribunale di Santa Maria Capua Vetere; "
	    "Università di Bologna/organisation=Università di Bologna") == 0,
	    "an office and the city where it is are two names, a body named "
	    "after its city one"))
		printf("#   %s\n", f);
	f = found("Le foreste assorbono CO2. Il virus H1N1 e la linea N904. "
	    "Vota il M5S.");
	if (!ok(strcmp(f, "M5S/organisation=M5S") == 0, "a code of capitals "
	    "and digits that no list knows is no name"))
		printf("#   %s\n", f);
	f = found("Il libro, scritto da Kaltenbrunov, è stato tradotto da "
	    "Kaltenbrunov. Arriva da Roma.");
	if (!ok(strstr(f, "Kaltenbrunov/person") != NULL && strstr(f,
	    "Roma/place") != NULL, "an unknown name after da is no place"))
		printf("#   %s\n", f);
	f = found("Nel Beverly Hilton Hotel, vicino a Lafayette Park, suona la "
	    "Royal Philharmonic Orchestra; in Sud America cade l'aereo della "
	    "Adam Air.");
	if (!ok(strstr(f, "Beverly Hilton Hotel/place") != NULL &&
	    strstr(f, "Lafayette Park/place") != NULL &&
	    strstr(f, "Royal Philharmonic Orchestra/organisation") != NULL &&
	    strstr(f, "Sud America/place") != NULL &&
	    strstr(f, "Adam Air/organisation") != NULL, "the last word of a "
	    "place or a body types it; a compass word and a place are a "
	    "place"))
		printf("#   %s\n", f);
	f = found("I Palestinesi e gli Scissionisti. Parlano i Buddhisti e "
	    "i Musulmani, dice Renato Schifani.");
	if (!ok(strcmp(f, "Renato Schifani/person=Renato Schifani") == 0,
	    "a people or a "
	    "faction after a plural article is no name"))
		printf("#   %s\n", f);
	f = found("Il deputato dell'Italia dei Valori Salvatore Raiti. "
	    "L'Italia dei Valori vota con la Francia.");
	if (!ok(strcmp(f, "Italia dei Valori/organisation=Italia dei Valori; "
	    "Salvatore Raiti/person=Salvatore Raiti; Italia dei Valori/"
	    "organisation=Italia dei Valori; Francia/place=Francia") == 0,
	    "a place joined to a common word by a particle is one name, "
	    "apart from the person after it"))
		printf("#   %s\n", f);
	f = found("Nevica sul comune di Santa Lucia di Piave. Messa nella "
	    "Basilica Papale di Santa Maria Maggiore.");
	if (!ok(strstr(f, "comune di Santa Lucia di Piave/place") != NULL &&
	    strstr(f, "Basilica Papale di Santa Maria Maggiore/place") != NULL,
	    "a saint's given name stays in the place named after the saint"))
		printf("#   %s\n", f);
	f = found("Il Governo Letta ha stanziato fondi, e il Governo "
	    "Federale no.");
	if (!ok(strcmp(f, "Letta/person=Letta; Governo Federale/"
	    "organisation=Governo Federale") == 0, "a capitalised government "
	    "named after its leader is the leader, even if the name is a "
	    "word"))
		printf("#   %s\n", f);
	f = found("Vince il Premio Strega. La Coppa Italia e il Festival di "
	    "Sanremo. Il Gran Premio della Cina. I Grammy Awards e "
	    "l'Eurovision Song Contest. Il Civil Rights Act.");
	if (!ok(strcmp(f, "Sanremo/place=Sanremo; Cina/place=Cina") == 0,
	    "an event, a prize or a law is no name; the place it is named "
	    "after with di is"))
		printf("#   %s\n", f);
	f = found("Pubblica Amministrazione: Marianna Madia Ministero "
	    "dell'Ambiente: Gian Luca Galletti. Suona la Royal "
	    "Philharmonic Orchestra.");
	if (!ok(strcmp(f, "Marianna Madia/person=Marianna Madia; Ministero "
	    "dell'Ambiente/organisation=Ministero dell'Ambiente; Gian Luca "
	    "Galletti/person=Gian Luca Galletti; Royal Philharmonic Orchestra/"
	    "organisation=Royal Philharmonic Orchestra") == 0, "a person and "
	    "the head of a body after it are two names"))
		printf("#   %s\n", f);
	f = found("Anche Zhumayev e Pivtsov hanno completato la corsa.");
	if (!ok(strcmp(f, "Zhumayev/person=Zhumayev; Pivtsov/person=Pivtsov")
	    == 0, "an unknown word before 'e' and a name is an item of a "
	    "list, as after it"))
		printf("#   %s\n", f);
	f = found("L'uragano Sandy arriva a New York. Sandy potrebbe colpire "
	    "il Texas.");
	if (!ok(strcmp(f, "New York/place=New York; Texas/place=Texas") == 0,
	    "a storm named once after its kind is no person when named "
	    "alone"))
		printf("#   %s\n", f);
	f = found("Washington chiede di non vendere armi a Putin. Si dice che "
	    "Kim e Putin discuteranno. Il treno è arrivato nella stazione di "
	    "Khasan.");
	if (!ok(strstr(f, "Putin/person") != NULL && strstr(f, "Putin/place")
	    == NULL && strstr(f, "Khasan/place") != NULL, "a name paired with "
	    "a given name is a person; a name after a place noun and di is a "
	    "place, even a given name"))
		printf("#   %s\n", f);
	f = found("Il governo di Cavallotti cade; la riforma di Petruzzelli "
	    "no, e nemmeno la legge sulle Espulsioni; parla di Wolański.");
	if (!ok(strcmp(f, "Cavallotti/person=Cavallotti; Petruzzelli/person="
	    "Petruzzelli; Wolański/person=Wolański") == 0, "an unknown word "
	    "named once with the shape of a surname is a person"))
		printf("#   %s\n", f);
	f = found("Sulla direttrice Milano-Venezia i treni sono fermi.");
	if (!ok(strstr(f, "/person") == NULL, "a railway line is no person"))
		printf("#   %s\n", f);
}

/* Titles: one at the start of a sentence after an article, and a title
 * with the body it heads before a person's name. */
static void
test_titles_round4(void)
{
	const char *f;

	f = found("Il Presidente Bertolazzi ha firmato la legge.");
	if (!ok(strcmp(f, "Bertolazzi/person=Bertolazzi") == 0,
	    "a capitalised title after a sentence's article is trimmed"))
		printf("#   %s\n", f);
	f = found("Ieri il Presidente della Regione Carlo Fumagalli ha "
	    "parlato.");
	if (!ok(strstr(f, "Carlo Fumagalli/person") != NULL &&
	    strstr(f, "Regione Carlo") == NULL,
	    "title, di, body, then a person: the person stands alone"))
		printf("#   %s\n", f);
	f = found("Lo ha scritto il giornalista di Telenotizie Marco Ferlini.");
	if (!ok(strstr(f, "Telenotizie/organisation") != NULL &&
	    strstr(f, "Marco Ferlini/person") != NULL,
	    "an unknown body between a title and a person is an "
	    "organisation"))
		printf("#   %s\n", f);
	f = found("Il presidente USA Mark Dillard ha parlato.");
	if (!ok(strstr(f, "USA/place") != NULL &&
	    strstr(f, "Mark Dillard/person") != NULL,
	    "a title before a place and a name belongs to the name"))
		printf("#   %s\n", f);
	f = found("Ha parlato il figlio di George Kestrel ieri.");
	if (!ok(strcmp(f, "George Kestrel/person=George Kestrel") == 0,
	    "a relative's name after di is not split at a second given name"))
		printf("#   %s\n", f);
	f = found("Ha parlato il sindaco di Buenos Aires ieri.");
	if (!ok(strcmp(f, "Buenos Aires/place=Buenos Aires") == 0,
	    "a known place after a title and di stays whole"))
		printf("#   %s\n", f);
}

/* Lists: a word of a list next to a person is a person, but a list of
 * common words with no sure person in it stays none. */
static void
test_lists(void)
{
	const char *f;

	f = found("Alla riunione c'erano Marco Bellandi, Prodi e Giulia "
	    "Ferrante.");
	if (!ok(strstr(f, "Prodi/person") != NULL,
	    "a common word between two people in a list is a person"))
		printf("#   %s\n", f);
	f = found("Corrono Bruco, Drago, Pantera e Selva.");
	if (!ok(strstr(f, "/person") == NULL,
	    "a list of common words alone names nobody"))
		printf("#   %s\n", f);
	f = found("Ne parlano Marco Bellandi, Cavaliere della Repubblica, e "
	    "altri.");
	if (!ok(strstr(f, "Cavaliere/person") == NULL,
	    "a title after a name and a comma is no item of a list"))
		printf("#   %s\n", f);
}

/* Places: a sentence-initial word that is a place too, compass words
 * alone, an unknown word listed with a place. */
static void
test_places_round4(void)
{
	const char *f;

	f = found("Pare che il treno sia partito tardi.");
	if (!ok(f[0] == '\0', "a sentence-initial verb that is a town too "
	    "is the verb"))
		printf("#   %s\n", f);
	f = found("Prato: un albero cade sulla strada.");
	if (!ok(strcmp(f, "Prato/place=Prato") == 0,
	    "a sentence-initial place before a colon is the place"))
		printf("#   %s\n", f);
	f = found("Il ciclone si sposta verso Nord e poi verso Ovest.");
	if (!ok(f[0] == '\0', "a compass word alone is no place"))
		printf("#   %s\n", f);
	f = found("Scosse lievi in Toscana e Garfagnolia ieri.");
	if (!ok(strstr(f, "Garfagnolia/place") != NULL,
	    "an unknown word listed with a place is a place"))
		printf("#   %s\n", f);
}

/* A given name that is a word too, before a surname, and "Don". */
static void
test_given_words(void)
{
	const char *f;

	f = found("Letizia Bortolami ha parlato ieri.");
	if (!ok(strcmp(f, "Letizia Bortolami/person=Letizia Bortolami") == 0,
	    "a given name that is a word starts a sentence's name"))
		printf("#   %s\n", f);
	f = found("Lo ha curato il critico Fortunato Elio Vastranti.");
	if (!ok(strcmp(f, "Fortunato Elio Vastranti/person="
	    "Fortunato Elio Vastranti") == 0,
	    "nor is the name split after it"))
		printf("#   %s\n", f);
	f = found("Serena la giornata di ieri.");
	if (!ok(f[0] == '\0', "the word alone is the word"))
		printf("#   %s\n", f);
	f = found("Ne parla la vita di Don Aldo Ferrucci oggi.");
	if (!ok(strcmp(f, "Don Aldo Ferrucci/person=Don Aldo Ferrucci") == 0,
	    "Don stays with the name after it"))
		printf("#   %s\n", f);
	f = found("Ci vive una famiglia di Orio al Serio da anni.");
	if (!ok(strcmp(f, "Orio al Serio/place=Orio al Serio") == 0,
	    "a town of several words the list knows is one place"))
		printf("#   %s\n", f);
}

/* Faiths and their followers are no names. */
static void
test_faiths(void)
{
	const char *f;

	f = found("Si era convertito all'Islam da giovane.");
	if (!ok(f[0] == '\0', "a faith is no person"))
		printf("#   %s\n", f);
	f = found("La comunità Zoroastrista della città è piccola.");
	if (!ok(f[0] == '\0', "an unknown follower's word is no name"))
		printf("#   %s\n", f);
}

/* A capitalised article mid-sentence starts a name. */
static void
test_titled(void)
{
	const char *f;

	f = found("Lo ha scritto ieri il quotidiano Il Mattinale di Bari.");
	if (!ok(strstr(f, "Il Mattinale/organisation") != NULL,
	    "a newspaper whose name starts with Il is one"))
		printf("#   %s\n", f);
	f = found("Il Mattinale di ieri non è uscito.");
	if (!ok(strstr(f, "Il Mattinale") == NULL,
	    "not at a sentence's start, where the capital says nothing"))
		printf("#   %s\n", f);
	f = found("A Washington, Il Presidente Mark Dillard ha parlato.");
	if (!ok(strstr(f, "Il Presidente") == NULL,
	    "nor before a title"))
		printf("#   %s\n", f);
}

/* A state after "alla" is a party to something; a region is a place. */
static void
test_datives(void)
{
	const char *f;

	f = found("Il governo ha chiesto alla Svizzera di indagare.");
	if (!ok(strcmp(f, "Svizzera/organisation=Svizzera") == 0,
	    "a state after alla acts"))
		printf("#   %s\n", f);
	f = found("Un terzo dei fondi andrà alla Calabria.");
	if (!ok(strcmp(f, "Calabria/place=Calabria") == 0,
	    "a region after alla stays a place"))
		printf("#   %s\n", f);
}

/* A body's name goes on over "e" and over "per" with an article. */
static void
test_org_and(void)
{
	const char *f;

	f = found("Lo dice il Ministero dell'Economia e delle Finanze oggi.");
	if (!ok(strcmp(f, "Ministero dell'Economia e delle Finanze/"
	    "organisation=Ministero dell'Economia e delle Finanze") == 0,
	    "e and an article join two parts of a ministry's name"))
		printf("#   %s\n", f);
	f = found("Parla l'Agenzia Internazionale per l'Energia Atomica.");
	if (!ok(strstr(f, "Agenzia Internazionale per l'Energia Atomica/"
	    "organisation") != NULL,
	    "per and an article after a body's name of two words"))
		printf("#   %s\n", f);
	f = found("Il Ministero della Difesa e Guido Crosetto smentiscono.");
	if (!ok(strstr(f, "Ministero della Difesa/organisation") != NULL &&
	    strstr(f, "Guido Crosetto/person") != NULL,
	    "but not to a person"))
		printf("#   %s\n", f);
	f = found("Un vertice tra l'Unione Europea e l'Ucraina si è tenuto.");
	if (!ok(strstr(f, "Unione Europea/") != NULL &&
	    strstr(f, "Ucraina/") != NULL,
	    "nor from a name the lists know to a place"))
		printf("#   %s\n", f);
	f = found("Ne parlano le Università di Pavia e dell'Insubria.");
	if (!ok(strstr(f, "Università di Pavia e") == NULL,
	    "nor from a body of a city to another"))
		printf("#   %s\n", f);
	f = found("Ha vinto il Tribunale Amministrativo Regionale per la "
	    "Lombardia ieri.");
	if (!ok(strstr(f, "per la Lombardia") == NULL,
	    "per la and a place says where"))
		printf("#   %s\n", f);
}

/* A hyphenated name made of places is a place: a line, a district. */
static void
test_hyphen_places(void)
{
	const char *f;

	f = found("Il treno della Roma-Lido è fermo da ieri.");
	if (!ok(strcmp(f, "Roma-Lido/place=Roma-Lido") == 0,
	    "a railway named after its ends is a place"))
		printf("#   %s\n", f);
	f = found("Lo hanno portato nel carcere di Salerno-Fuorni ieri.");
	if (!ok(strcmp(f, "Salerno-Fuorni/place=Salerno-Fuorni") == 0,
	    "a city and its district are a place"))
		printf("#   %s\n", f);
	f = found("Ha firmato con la T-Mobile ieri.");
	if (!ok(strstr(f, "/place") == NULL,
	    "a part of one letter makes no place"))
		printf("#   %s\n", f);
}

/* A social network named as the medium of a message names no actor. */
static void
test_media(void)
{
	const char *f;

	f = found("Il sindaco ha scritto sul suo profilo Facebook e su "
	    "Twitter che resterà.");
	if (!ok(strstr(f, "Facebook") == NULL && strstr(f, "Twitter") == NULL,
	    "a network as a medium is no organisation"))
		printf("#   %s\n", f);
	f = found("Lo ha annunciato attraverso il proprio account di "
	    "Instagram ieri.");
	if (!ok(f[0] == '\0', "nor after account di"))
		printf("#   %s\n", f);
	f = found("Ieri Twitter ha annunciato nuove regole.");
	if (!ok(strcmp(f, "Twitter/organisation=Twitter") == 0,
	    "the company that acts is one"))
		printf("#   %s\n", f);
}

/* Races, games and concerts are events: no entity but their place. */
static void
test_events(void)
{
	const char *f;

	f = found("Ha vinto sette volte il Tour de France in bicicletta.");
	if (!ok(f[0] == '\0', "a race named Tour is no entity"))
		printf("#   %s\n", f);
	f = found("Niente Giochi Olimpici per lui quest'anno.");
	if (!ok(f[0] == '\0', "the Olympic games are no entity"))
		printf("#   %s\n", f);
	f = found("Si è ritirato al Rally di Finlandia ieri.");
	if (!ok(strcmp(f, "Finlandia/place=Finlandia") == 0,
	    "the country a rally is named after is a place"))
		printf("#   %s\n", f);
}

/* A state by its official name, a region after "regione", are bodies. */
static void
test_polities(void)
{
	const char *f;

	f = found("Gli investimenti nel Mezzogiorno calano; pranzo a "
	    "mezzogiorno.");
	if (!ok(strcmp(f, "Mezzogiorno/place=Mezzogiorno") == 0,
	    "the capitalised Mezzogiorno is the South, noon is no name"))
		printf("#   %s\n", f);
	f = found("Ha presentato ricorso al Tar contro la delibera.");
	if (!ok(strcmp(f, "Tar/organisation=Tar") == 0,
	    "a capitalised court's name mid-sentence is one body"))
		printf("#   %s\n", f);
	f = found("Il presidente della regione Lombardia ha parlato.");
	if (!ok(strcmp(f, "regione Lombardia/organisation="
	    "regione Lombardia") == 0,
	    "regione and its name are the regional government"))
		printf("#   %s\n", f);
	f = found("La corte suprema della Repubblica Popolare Cinese ha "
	    "deciso.");
	if (!ok(strcmp(f, "Repubblica Popolare Cinese/organisation="
	    "Repubblica Popolare Cinese") == 0,
	    "a republic by its official name is an organisation"))
		printf("#   %s\n", f);
	f = found("Sono partiti per la Repubblica Ceca ieri.");
	if (!ok(strcmp(f, "Repubblica Ceca/place=Repubblica Ceca") == 0,
	    "a state whose everyday name is a republic is a place"))
		printf("#   %s\n", f);
}

/* A nickname in quotes, di and a surname, and a final initial's stop
 * are part of a name. */
static void
test_name_parts(void)
{
	const char *f;

	f = found("Ha vinto Giuseppe \"Pepé\" Flachi ieri sera.");
	if (!ok(strcmp(f, "Giuseppe \"Pepé\" Flachi/person="
	    "Giuseppe \"Pepé\" Flachi") == 0,
	    "a nickname in quotes between given name and surname"))
		printf("#   %s\n", f);
	f = found("Lo ha detto Simon B. a tutti.");
	if (!ok(strcmp(f, "Simon B./person=Simon B.") == 0,
	    "the stop of a final initial is part of the name"))
		printf("#   %s\n", f);
	f = found("Ha parlato ieri Alessandro di Battista a Roma.");
	if (!ok(strstr(f, "Alessandro di Battista/person") != NULL,
	    "a given name, di and a surname are one name"))
		printf("#   %s\n", f);
	f = found("Lo ha nominato l'arcivescovo Epifanio di Kiev ieri.");
	if (!ok(strstr(f, "Kiev/place") != NULL,
	    "but di and a place say where"))
		printf("#   %s\n", f);
	f = found("Non sono stati rinnovati i contratti del vignettista "
	    "Vauro e di altri.");
	if (!ok(strcmp(f, "Vauro/person=Vauro") == 0,
	    "a profession before a lone name makes it a person"))
		printf("#   %s\n", f);
	f = found("Ha vinto Floyd Mayweather Jr. ai punti.");
	if (!ok(strcmp(f, "Floyd Mayweather Jr./person="
	    "Floyd Mayweather Jr.") == 0, "and that of Jr."))
		printf("#   %s\n", f);
}

/* A body named after its building is the building where one goes. */
static void
test_seats(void)
{
	const char *f;

	f = found("Il premier salirà al Quirinale stasera. Il Quirinale ha "
	    "smentito.");
	if (!ok(strcmp(f, "Quirinale/place=Quirinale; "
	    "Quirinale/organisation=Quirinale") == 0,
	    "a seat one goes to is a place, the body that speaks is not"))
		printf("#   %s\n", f);
	f = found("Ci sono proteste davanti alla Casa Bianca da ieri.");
	if (!ok(strcmp(f, "Casa Bianca/place=Casa Bianca") == 0,
	    "a seat of two words too"))
		printf("#   %s\n", f);
	f = found("Il premier è salito al Colle per dimettersi.");
	if (!ok(strcmp(f, "Colle/place=Colle") == 0,
	    "the capitalised Colle one goes up to is a seat"))
		printf("#   %s\n", f);
	f = found("Hanno scalato il colle in due ore.");
	if (!ok(f[0] == '\0', "the word is no name"))
		printf("#   %s\n", f);
	f = found("La cerimonia si terrà nell'aula di Montecitorio domani. "
	    "Montecitorio ha approvato la legge.");
	if (!ok(strcmp(f, "Montecitorio/place=Montecitorio; "
	    "Montecitorio/organisation=Montecitorio") == 0,
	    "a part of a seat's building names the building"))
		printf("#   %s\n", f);
	f = found("Hanno acceso le luci della Casa Bianca stanotte. La Casa "
	    "Bianca ha smentito.");
	if (!ok(strcmp(f, "Casa Bianca/place=Casa Bianca; "
	    "Casa Bianca/organisation=Casa Bianca") == 0,
	    "so does a part of a seat of two words"))
		printf("#   %s\n", f);
	f = found("Ieri sera si è esibito al Teatro Vallerani con la band.");
	if (!ok(strcmp(f, "Teatro Vallerani/place=Teatro Vallerani") == 0,
	    "a theatre one performs at is a place"))
		printf("#   %s\n", f);
	f = found("La cerimonia si è svolta al Brentwick Theatre di Ostra.");
	if (!ok(strncmp(f, "Brentwick Theatre/place", 23) == 0,
	    "a venue's word last"))
		printf("#   %s\n", f);
	f = found("Sono rimasti chiusi all'interno dell'Hotel Marvanti per ore.");
	if (!ok(strcmp(f, "Hotel Marvanti/place=Hotel Marvanti") == 0,
	    "the inside of a hotel"))
		printf("#   %s\n", f);
	f = found("Lo ha detto il portavoce del Cremlino. Il Cremlino tace.");
	if (!ok(strcmp(f, "Cremlino/organisation=Cremlino; "
	    "Cremlino/organisation=Cremlino") == 0,
	    "a person of a seat is the body's"))
		printf("#   %s\n", f);
}

/* A province's code in brackets after a town is a place. */
static void
test_province_codes(void)
{
	const char *f;

	f = found("Vasto incendio a Cornaredo (MI) nella notte.");
	if (!ok(strstr(f, "MI/place") != NULL,
	    "a province's code after a town is a place"))
		printf("#   %s\n", f);
	f = found("Lo ha detto il deputato Miccoli (PD) ieri.");
	if (!ok(strstr(f, "PD/organisation") != NULL,
	    "after a person the same letters are a party"))
		printf("#   %s\n", f);
}

/* A broadcaster and a digit name a channel. */
static void
test_channels(void)
{
	const char *f;

	f = found("La partita va in onda su Rai 3 alle 21.");
	if (!ok(strcmp(f, "Rai 3/organisation=Rai 3") == 0,
	    "a broadcaster and its number are one channel"))
		printf("#   %s\n", f);
	f = found("Lo show è su Canale 5, non altrove.");
	if (!ok(strcmp(f, "Canale 5/organisation=Canale 5") == 0,
	    "and so are a channel's word and its number"))
		printf("#   %s\n", f);
	f = found("Nel medagliere Italia 2, Germania 1.");
	if (!ok(strstr(f, "Italia 2") == NULL,
	    "a country and a count are no channel"))
		printf("#   %s\n", f);
}

/* The table of the first words of phrases, and a phrase found through it. */
static void
test_phrase_heads(void)
{
	ok(lx_maybe_head(lx, "stati", 5), "a phrase's first word is a head");
	ok(!lx_maybe_head(lx, "uniti", 5), "its last word is not");
	ok(lx_maybe_head(lx, "stati uniti", 11), "so are its first two");
	ok(!lx_maybe_head(lx, "stati uniti d'america", 21),
	    "but not the whole phrase");
	ok(has("Il viaggio negli Stati Uniti d'America è finito.",
	    "Stati Uniti d'America"),
	    "a known phrase is still found through its head");
}

/* A body's noun a few words before a name makes it a body. */
static void
test_org_cues(void)
{
	const char *f;

	f = found("Secondo l'agenzia di stampa Cihan ci sono dieci morti.");
	if (!ok(strcmp(f, "Cihan/organisation=Cihan") == 0,
	    "a body's noun and words after it before a given name"))
		printf("#   %s\n", f);
	f = found("Ha parlato il colosso Wyeth, non altri.");
	if (!ok(strcmp(f, "Wyeth/organisation=Wyeth") == 0,
	    "a noun of a kind of company just before the name"))
		printf("#   %s\n", f);
	f = found("Ha votato il partito di Cosentino, poi Cosentino ha "
	    "parlato.");
	if (!ok(strstr(f, "organisation") == NULL,
	    "a body's noun and \"di\": the leader, no body"))
		printf("#   %s\n", f);
}

/* A noun of places a few words before "di" and a name makes a place. */
static void
test_place_cues(void)
{
	const char *f;

	f = found("Il sisma colpisce le città turistiche di Huanglong e altre.");
	if (!ok(strcmp(f, "Huanglong/place=Huanglong") == 0,
	    "a noun of places, an adjective and di before an unknown name"))
		printf("#   %s\n", f);
	is_str(found("Le famiglie tornano in Sabina per le feste."),
	    "Sabina/place=Sabina", "bare \"in\" before a given name: a place");
	is_str(found("Life in Joe Biden's America is hard."),
	    "Joe Biden/person=Joe Biden; America/place=America",
	    "\"in\" before a possessor");
	is_str(found("Gli aerei sono partiti dalle basi di Valdorno e "
	    "Pescarolo."), "Valdorno/place=Valdorno; Pescarolo/place="
	    "Pescarolo", "the bases of two towns");
	is_str(found("Gli astronauti a bordo della KSS hanno dormito."),
	    "KSS/place=KSS", "a noun of places and \"di\" with an article");
	is_str(found("I fedeli si sono radunati sul sagrato di Santa Gilda."),
	    "Santa Gilda/place=Santa Gilda", "a church's forecourt");
	is_str(found("L'agguato di Tarvizzano costò la vita a 19 soldati."),
	    "Tarvizzano/place=Tarvizzano", "an ambush named after where");
	f = found("Sono arrivati gli abitanti di Jiuzhaighou ieri.");
	if (!ok(strcmp(f, "Jiuzhaighou/place=Jiuzhaighou") == 0,
	    "the inhabitants of an unknown name: a place"))
		printf("#   %s\n", f);
}

/* A known state and a name no list knows as words: two names. */
static void
test_place_then_name(void)
{
	const char *f;

	f = found("Lo ha detto l'inviato per la Libia Ghassam Salamè ieri.");
	if (!ok(strcmp(f, "Libia/place=Libia; Ghassam Salamè/person="
	    "Ghassam Salamè") == 0,
	    "a state, then a name of unknown words, is a place and a person"))
		printf("#   %s\n", f);
	f = found("Lo ha detto il presidente del Cile Sebastián Piñera.");
	if (!ok(strncmp(f, "Cile/place=Cile; Sebastián Piñera/", 35) == 0,
	    "a surname that is a town too stays in the name"))
		printf("#   %s\n", f);
	f = found("Ha vinto la squadra di Roma Calcio ieri.");
	if (!ok(strstr(f, "Roma Calcio/") != NULL,
	    "a place and a common word stay one name"))
		printf("#   %s\n", f);
}

/* A "!" glued to a name, with the sentence going on, is the name's. */
static void
test_bang(void)
{
	const char *f;

	f = found("Ieri Yahoo! e Google hanno firmato.");
	if (!ok(strncmp(f, "Yahoo!/organisation=Yahoo!; ", 28) == 0,
	    "an exclamation mark inside a sentence is part of the name"))
		printf("#   %s\n", f);
	f = found("Ha vinto Mario Rossi! Poi è uscito.");
	if (!ok(strncmp(f, "Mario Rossi/", 12) == 0,
	    "not where it ends the sentence"))
		printf("#   %s\n", f);
}

/* A court and the city where it sits are two names. */
static void
test_court_city(void)
{
	const char *f;

	f = found("Lo ha deciso la Corte d'Assise di Milano ieri.");
	if (!ok(strcmp(f, "Corte d'Assise/organisation=Corte d'Assise; "
	    "Milano/place=Milano") == 0,
	    "a court, then di and the city where it sits"))
		printf("#   %s\n", f);
	f = found("Lo ha deciso la Corte dei Conti ieri.");
	if (!ok(strcmp(f, "Corte dei Conti/organisation=Corte dei Conti") == 0,
	    "a court named after no city stays whole"))
		printf("#   %s\n", f);
}

/* Round 7: organisations. */
static void
test_orgs_round7(void)
{
	const char *f;

	f = found("Il ferito è stato portato all'Ospedale San Raffaele, poi "
	    "al Policlinico Gemelli. Ha visitato il Museo Correr.");
	if (!ok(strstr(f, "Ospedale San Raffaele/place") != NULL &&
	    strstr(f, "Policlinico Gemelli/place") != NULL &&
	    strstr(f, "Museo Correr/place") != NULL,
	    "a hospital or a museum is a building, a place"))
		printf("#   %s\n", f);
	f = found("È ricoverato all'Ospedale di Modena.");
	if (!ok(strstr(f, "Modena/place") != NULL &&
	    strstr(f, "Ospedale di Modena") == NULL,
	    "the city after a hospital's di says where it is"))
		printf("#   %s\n", f);
	f = found("La scheda da 32 GB costa poco, lo schermo consuma 6 MW.");
	if (!ok(strstr(f, "GB/") == NULL && strstr(f, "MW/") == NULL,
	    "capitals after a number are a unit, no body"))
		printf("#   %s\n", f);
	f = found("A chiunque sia consentito DAVVERO l'accesso. Il disco LIVE "
	    "esce oggi. Lo ha detto la FAO.");
	if (!ok(strstr(f, "DAVVERO/") == NULL && strstr(f, "LIVE/") == NULL &&
	    strstr(f, "FAO/organisation") != NULL,
	    "a word in capitals is no acronym, a body's name is"))
		printf("#   %s\n", f);
	f = found("Lo annuncia il gruppo Discovery. Ne parlano i quotidiani "
	    "Libero e Avvenire, e il gruppo \"Umana Solidarietà\".");
	if (!ok(strstr(f, "Discovery/organisation") != NULL &&
	    strstr(f, "Libero/organisation") != NULL &&
	    strstr(f, "Umana Solidarietà/organisation") != NULL,
	    "a body's noun before a common word makes it a body's name"))
		printf("#   %s\n", f);
	f = found("Lo conferma la National Transportation Safety Board. Lo "
	    "dice la Comunità montana.");
	if (!ok(strstr(f, "National Transportation Safety "
	    "Board/organisation") != NULL &&
	    strstr(f, "Comunità montana/organisation") != NULL,
	    "common words ending with a body's tail, or after Comunità, "
	    "name a body"))
		printf("#   %s\n", f);
	f = found("Hanno firmato Confindustria, Acotral e Frisbee. Poi Mario "
	    "Rossi, Bianchi e Verdi.");
	if (!ok(strstr(f, "Acotral/organisation") != NULL &&
	    strstr(f, "Frisbee/organisation") != NULL &&
	    strstr(f, "Bianchi/person") != NULL,
	    "a name of a list beside a body is a body, beside a person a "
	    "person"))
		printf("#   %s\n", f);
}

/* Places: where a venue is, a place's kind, a place as an actor or a
 * team (issue: places and bodies confused). */
static void
test_places_ner19(void)
{
	found_canonical = 0;
	is_found("Gli scontri fuori dallo Stadio Olimpico di Roma, ieri.",
	    "Stadio Olimpico/place; Roma/place",
	    "di and a city after a ground of two words say where it is");
	is_found("È ricoverata all'ospedale Villa Sofia di Palermo da ieri.",
	    "ospedale Villa Sofia/place; Palermo/place",
	    "di and a city after a hospital named with a lower-case head");
	is_found("Una visita al Palazzo Reale di Spagna, ieri.",
	    "Palazzo Reale di Spagna/place",
	    "a state after di is part of a palace's name");
	is_found("Sale il Monte dei Paschi di Siena in Borsa.",
	    "Monte dei Paschi di Siena/organisation; Borsa/organisation",
	    "a city after a name with a small word in it is part of it");
	is_found("Il torneo si è giocato ieri sera al Palarossini di Ancona.",
	    "Palarossini/place; Ancona/place",
	    "a name after al and before di and a city is a venue");
	is_found("Il ricorso alla Procura di Milano, ieri.",
	    "Procura/organisation; Milano/place",
	    "an office before di and a city stays a body");
	is_found("Crolla un campanile nel padovano, e danni a Rovigo.",
	    "padovano/place; Rovigo/place",
	    "a town's adjective after nel names the land around it");
	is_found("Tre scosse nel Modenese, ieri.", "Modenese/place",
	    "the same capitalised");
	is_found("Piove su tutti i comuni del Milanese.", "Milanese/place",
	    "the same where the adjective is a demonym too");
	is_found("Dorme sul divano, poi.", "",
	    "no town's adjective on a short stem");
	is_found("Ha segnato il milanese Mario Rossi, ieri.",
	    "Mario Rossi/person", "the adjective before a name is no land");
	is_found("Ieri il Monviso era innevato.", "Monviso/place",
	    "a proper name that no list types, with an article: a mountain");
	is_found("La piena del Danubio preoccupa.",
	    "Danubio/place", "the same: a river");
	is_found("Una manifestazione a Washington DC ieri.",
	    "Washington DC/place", "a place and a state's code of two "
	    "capitals");
	is_found("Il sindaco di Washington D.C. Muriel Bowser ha parlato.",
	    "Washington D.C./place; Muriel Bowser/person",
	    "the same dotted");
	is_found("Ha firmato per la Roma FC ieri.", "Roma FC/organisation",
	    "a body's last word of two capitals is no state's code");
	is_found("Ieri il comune di Genova ha chiesto aiuto.",
	    "comune di Genova/organisation",
	    "il comune di and a town: the council, an actor");
	is_found("Parla il sindaco del comune di Lecco, ieri.",
	    "comune di Lecco/organisation",
	    "a title and del comune di: the council");
	is_found("È arrivata nei pressi del comune di Lodi ieri.",
	    "comune di Lodi/place", "near the town: a place");
	is_found("La ricostruzione dell'Aquila procede.", "Aquila/place",
	    "a town whose name has its article, after a preposition with "
	    "it");
	is_found("Si vota domenica alla Maddalena.",
	    "Maddalena/place", "the same: a small town");
	is_found("A Verona Alta, nel corso dei controlli, due fermati.",
	    "Verona Alta/place", "a city's upper part, no woman named Alta");
	is_found("Sono ripresi ieri i colloqui al Cairo.", "Cairo/place",
	    "a city whose name has \"il\", after \"al\": no team, though "
	    "a small town is so named too");
	is_found("Il vertice si è svolto a l'Aquila, ieri.",
	    "l'Aquila/place",
	    "a bare article in lower case is part of such a town's name");
	is_found("Una trentenne di Fara Maria è morta.",
	    "Fara Maria/place", "a noun of age and di: where one is from, "
	    "though named like a person");
	is_found("È originaria di Santa Sabina.", "Santa Sabina/place",
	    "originaria di: where one is from");
	is_found("Le antenne di Mediaset sono spente.",
	    "Mediaset/organisation", "antenne is no noun of age");
	is_found("Neve a Ponte di Legno, Breno, Sale Marasino.",
	    "Ponte di Legno/place; Breno/place; Sale Marasino/place",
	    "a given name between two places of a list is one");
	is_found("Le Filippine meridionali sono colpite.",
	    "Filippine meridionali/place",
	    "a plural compass adjective is part of a place's name");
	is_found("Piove nella Svizzera francese.",
	    "Svizzera francese/place",
	    "so is a nation's adjective in -ese");
	is_found("Ha giocato in Atalanta, Udinese, Bologna e Sampdoria.",
	    "Atalanta/organisation; Udinese/organisation; "
	    "Bologna/organisation; Sampdoria/organisation",
	    "a city in a list of teams is a team");
	is_found("La finale tra Fiorentina e Napoli è stata rinviata.",
	    "Fiorentina/organisation; Napoli/organisation",
	    "the same in a list of two");
	is_found("Ha vissuto a Milano, Torino e Genova.",
	    "Milano/place; Torino/place; Genova/place",
	    "a list of cities stays one of places");
	is_found("Il treno tra Parma e Santa Lucia Alta è fermo.",
	    "Parma/place; Santa Lucia Alta/place",
	    "the other end of a stretch from a known place is a place");
	is_found("La strada tra Bari e Mario Rossi è chiusa.",
	    "Bari/place; Mario Rossi/person",
	    "not a person's full name");
	is_found("Incidente in viale Regina Elena, ieri.",
	    "viale Regina Elena/place",
	    "a title after a street's noun is part of the street's name");
	is_found("Festa in piazza Papa Giovanni XXIII a Bergamo.",
	    "piazza Papa Giovanni XXIII/place; Bergamo/place",
	    "the same with a title and a full name");
	found_canonical = 1;
}

/* Names of the lists found without their accents (lexicon.c,
 * lx_index_plain), as English news writes foreign names. */
static void
test_plain_spellings(void)
{
	const char *f;

	f = found("Nobody was hurt in the Auvergne-Rhone-Alpes region.");
	if (!ok(strstr(f, "Auvergne-Rhone-Alpes/place") != NULL,
	    "a region spelt without its accent is the region"))
		printf("#   %s\n", f);
	f = found("The ship sailed from Sao Tome to Cote d'Ivoire.");
	if (!ok(strstr(f, "Sao Tome/place") != NULL &&
	    strstr(f, "Cote d'Ivoire/place") != NULL,
	    "states spelt without their accents are the states"))
		printf("#   %s\n", f);
	f = found("Lo ha detto ieri il Papa ai fedeli, e il Monaco ha "
	    "risposto.");
	if (!ok(strstr(f, "Papa/place") == NULL,
	    "a common word spelt like a town without its accent (Pápa) "
	    "stays a word"))
		printf("#   %s\n", f);
	/* the lists themselves: a word keeps its own entry ("charge", not
	 * the French town Chargé) */
	ok(!(lx_word(lx, "charge", 6) & (LX_TOWN | LX_PLACE)) &&
	    (lx_word(lx, "Chargé", 7) & (LX_TOWN | LX_PLACE)) &&
	    (lx_word(lx, "Sao Tome", 8) & (LX_TOWN | LX_PLACE)),
	    "a word a list already has is not also a town without accents");
}

/* English seas, straits and capes (place-tails.txt, place-heads.txt). */
static void
test_english_places(void)
{
	const char *f;

	f = found("Oil licences in the North Sea, tankers in the Strait of "
	    "Hormuz, a storm over the Gobi Desert.");
	if (!ok(strstr(f, "North Sea/place") && strstr(f,
	    "Strait of Hormuz/place") && strstr(f, "Gobi Desert/place"),
	    "a sea, a strait and a desert are places"))
		printf("#   %s\n", f);
}

/* A masculine article or "the" before a person's full name: a venue. */
static void
test_article_venue(void)
{
	const char *f;

	f = found("La finale si gioca al Santiago Bernabeu, non al Mapei "
	    "Stadium; Carlo Ancelotti ha parlato.");
	if (!ok(strstr(f, "Santiago Bernabeu/place") != NULL &&
	    strstr(f, "Carlo Ancelotti/person") != NULL,
	    "a full name after a masculine article is a venue"))
		printf("#   %s\n", f);
}

/* A sentence's first word of one letter, in any script, is no part of
 * the name after it. */
static void
test_letter_word(void)
{
	const char *f;

	f = found("В Кремле заявили, что Владимир Путин не поедет.");
	if (!ok(strstr(f, "В ") == NULL &&
	    strstr(f, "Владимир Путин/person") != NULL,
	    "a Cyrillic preposition of one letter starts no name"))
		printf("#   %s\n", f);
	f = found("J. R. R. Tolkien scrisse il libro.");
	if (!ok(strstr(f, "J. R. R. Tolkien/person") != NULL,
	    "an initial with its stop stays"))
		printf("#   %s\n", f);
}

/* tok_breaks gives u8_wordbreaks' every byte: strings of pieces drawn
 * at random (each class of UAX #29 that text may hold, ASCII and not,
 * white space of every kind), and every string of three pieces. */
static void
test_word_breaks(void)
{
	static const char *const pieces[] = { "a", "Z", "7", "0", "_", ":",
	    ",", ";", ".", "'", "\"", "-", "(", "!", " ", "  ", "\t", "\n",
	    "\r", "\r\n", "\f", "\v", "\x01", "\x7f", "\xc3\xa8",
	    "\xe2\x80\x99", "\xe2\x80\x9c", "\xc2\xa0", "\xcc\x81",
	    "\xe2\x80\x8d", "\xe2\x80\x8b", "\xe3\x80\x80",
	    "\xe2\x80\x83", "\xd7\x90", "\xe3\x82\xa2",
	    "\xf0\x9f\x87\xae", "\xf0\x9f\x98\x80", "\xc2\xb7",
	    "\xd9\xa3", "\xe2\x80\xaf", "\xc2\x85", "\xe2\x80\xa8",
	    "\xef\xbc\x8e", "\xe0\xb8\x81",
	    /* Latin-1 letters and signs, quotes, cut sequences: broken
	     * without libunistring or with it */
	    "\xc3\x80", "\xc3\xbf", "\xc3\x97", "\xc3\xb7", "\xc3\x89",
	    "\xc3", "\xe2\x80", "\xe2\x80\x98", "\xc2\xaa", "citt\xc3\xa0",
	    "l\xe2\x80\x99", "\xc2\xab", "\xc2\xbb", "\xc2\xb0", "\xc2\xba",
	    "\xc2\xb5", "\xe2\x80\x93", "\xe2\x80\x94", "\xe2\x80\x9d",
	    "\xe2\x80\xa6", "\xe2\x80\xa2", "\xe2\x82\xac", "\xe2\x80\xa4",
	    "\xc2\xad", "\xe2\x80\x9e" };
	enum { NP = sizeof(pieces) / sizeof(pieces[0]) };
	char s[256], want[256], got[256];
	unsigned long seed = 12345;
	int bad = 0, cases = 0;

	for (int it = 0; it < 200000 + NP * NP * NP && bad < 3; it++, cases++) {
		size_t n = 0, k;
		if (it < NP * NP * NP) {
			int p[3] = { it % NP, it / NP % NP, it / NP / NP };
			for (k = 0; k < 3; k++) {
				memcpy(s + n, pieces[p[k]], strlen(pieces[p[k]]));
				n += strlen(pieces[p[k]]);
			}
		} else {
			size_t np;
			seed = seed * 6364136223846793005ul + 1442695040888963407ul;
			np = 1 + (seed >> 33) % 24;
			for (k = 0; k < np; k++) {
				const char *q;
				seed = seed * 6364136223846793005ul +
				    1442695040888963407ul;
				q = pieces[(seed >> 33) % NP];
				memcpy(s + n, q, strlen(q));
				n += strlen(q);
			}
		}
		u8_wordbreaks((const uint8_t *)s, n, want);
		memset(got, 2, sizeof(got));
		tok_breaks(s, n, got);
		if (memcmp(got, want, n) != 0) {
			bad++;
			printf("#   differs on \"");
			for (k = 0; k < n; k++)
				printf("\\x%02x", (unsigned char)s[k]);
			printf("\"\n");
		}
	}
	ok(bad == 0, "tok_breaks is u8_wordbreaks on %d strings", cases);
}

/* tok_dash: the dashes news sets between a dateline or a credit and
 * the story, and nothing else that looks like one. */
static void
test_dash(void)
{
	static const struct { const char *s; size_t want; } v[] = {
		{ "-", 1 }, { "- Il", 1 }, { "\xe2\x80\x93", 3 },
		{ "\xe2\x80\x94 The", 3 }, { "\xe2\x80\x92", 0 },
		{ "\xe2\x80", 0 }, { "\xe2\x80\x9c", 0 }, { "_", 0 },
		{ "", 0 }, { "a-b", 0 }
	};
	int bad = 0, canonical = found_canonical;

	found_canonical = 0;
	for (size_t k = 0; k < sizeof(v) / sizeof(*v); k++)
		if (tok_dash(v[k].s, strlen(v[k].s)) != v[k].want) {
			printf("#   %s\n", v[k].s);
			bad++;
		}
	ok(bad == 0, "tok_dash knows '-', en and em dashes, not a cut one");
	is_found("ROMA \xe2\x80\x94 Il sindaco Marco Ferretti ha parlato.",
	    "ROMA/place; Marco Ferretti/person",
	    "an em dash after a dateline in capitals starts a sentence");
	is_found("OSLO, 4 May (Lumen) -- Ferries stopped on Friday.",
	    "OSLO/place; Lumen/organisation",
	    "a credit in brackets before two hyphens is the agency");
	found_canonical = canonical;
}

/* lx_fold lower-cases ASCII eight bytes at a time: every byte, at every
 * offset, every buffer size, against a byte at a time. */
static void
test_fold_ascii(void)
{
	char s[40], got[48], want[48];
	unsigned long seed = 777;
	int bad = 0;

	for (int it = 0; it < 20000; it++) {
		size_t n, cap, k, w = 0;
		seed = seed * 6364136223846793005ul + 1442695040888963407ul;
		n = (seed >> 33) % 33;
		cap = 1 + (seed >> 45) % 40;
		for (k = 0; k < n; k++) {
			seed = seed * 6364136223846793005ul +
			    1442695040888963407ul;
			s[k] = (char)(1 + (seed >> 33) % 127); /* 0x01-0x7f */
		}
		for (k = 0; k < n && w + 1 < cap; k++)
			want[w++] = s[k] >= 'A' && s[k] <= 'Z' ? s[k] + 32 : s[k];
		want[w] = '\0';
		if (k < n)
			w = 0; /* it does not fit */
		k = lx_fold(s, n, got, cap);
		if (k != w || (w > 0 && strcmp(got, want) != 0))
			bad++;
	}
	ok(bad == 0, "lx_fold lower-cases ASCII of every length and room");
	{
		char b[64];
		size_t k = lx_fold("ABCDEFGHIJKLM\xc3\x88Z@[`{", 20, b,
		    sizeof(b));
		is_str(k ? b : "", "abcdefghijklm\xc3\xa8z@[`{",
		    "lx_fold: ASCII, then the rest through libunistring");
	}
}

/* Each group's key is entity_key of its canonical name, and each
 * mention's entity_key of its text (merge_output takes the group's from
 * the mention whose text is the canonical name). */
static void
test_group_keys(void)
{
	static const char *const texts[] = {
		"Kim Jong-un ha incontrato Vladimir Putin. Poi Kim Jong Un e "
		"Putin hanno parlato a Mosca con il presidente Putin.",
		"Il ministro Giorgia Meloni a Bruxelles. La Meloni ha detto "
		"che l'Unione europea e la Bce decidono. Meloni è tornata a "
		"Roma, poi a Moscow e al Quirinale.",
		"Vostòčnyj, Vostochny e Vostotchny sono lo stesso cosmodromo. "
		"Lo ha detto Yuri Gagarin. Gagarin era russo.",
	};
	int bad = 0;

	for (size_t t = 0; t < sizeof(texts) / sizeof(texts[0]); t++) {
		struct entity_result r;
		const char *s = texts[t];

		if (entity_recognise(lx, s, strlen(s), "it", &r) < 0) {
			bad++;
			continue;
		}
		for (size_t g = 0; g < r.ngroups; g++) {
			char *k = entity_key(r.groups[g].canonical,
			    strlen(r.groups[g].canonical));
			const char *own = r.groups[g].type == ENTITY_PLACE ||
			    r.groups[g].type == ENTITY_ORG ?
			    lx_exonym(lx, k) : NULL;
			if (k == NULL || strcmp(r.groups[g].key,
			    own ? own : k) != 0) {
				printf("#   %s: %s\n", r.groups[g].canonical,
				    r.groups[g].key);
				bad++;
			}
			free(k);
		}
		for (size_t i = 0; i < r.nmentions; i++) {
			const struct entity_mention *m = &r.mentions[i];
			char *k = entity_key(s + m->start, m->end - m->start);
			if (k == NULL || m->key == NULL || strcmp(k, m->key))
				bad++;
			free(k);
		}
		if (r.nmentions == 0)
			bad++;
		entity_result_free(&r);
	}
	ok(bad == 0, "a group's key is entity_key of its canonical name "
	    "(or its exonym's), a mention's that of its text");
}

/* tok_pack8 packs 8 bytes as a byte loop would, ASCII capitals lowered,
 * UINT64_MAX for a NUL anywhere. */
static void
test_pack8(void)
{
	unsigned long long seed = 88172645463325252ull;
	int bad = 0;

	for (int round = 0; round < 200000; round++) {
		char s[8];
		uint64_t want = 0;

		for (int j = 0; j < 8; j++) {
			seed ^= seed << 13;
			seed ^= seed >> 7;
			seed ^= seed << 17;
			/* every byte value, and ASCII letters more often */
			s[j] = (char)(round % 3 == 0 ? 'A' + (int)(seed % 58) :
			    (int)(seed & 0xff));
		}
		for (int j = 0; j < 8 && want != UINT64_MAX; j++) {
			unsigned char c = (unsigned char)s[j];
			if (c == 0)
				want = UINT64_MAX;
			else
				want |= (uint64_t)(c >= 'A' && c <= 'Z' ?
				    c + 32 : c) << (8 * j);
		}
		bad += tok_pack8(s) != want;
	}
	bad += tok_pack8("Zeta\x80\xff@[") != (uint64_t)0x5b40ff806174657aull;
	bad += tok_pack8("abc\0defg") != UINT64_MAX;
	ok(bad == 0, "tok_pack8 packs and lowers 8 bytes as a loop would");
}

/* The keys of names [0, n) into keys, in reverse order: on a thread of
 * its own, whose memory of keys starts empty. */
struct key_job {
	char **names, **keys;
	int n;
};

static void *
key_job_run(void *arg)
{
	struct key_job *j = arg;

	for (int i = j->n - 1; i >= 0; i--)
		j->keys[i] = entity_key(j->names[i], strlen(j->names[i]));
	return NULL;
}

/* entity_key remembers keys it computed: asked again, in another order,
 * after thousands of other names, it gives the same keys, and another
 * thread that asks in reverse order (its memory filled otherwise) the
 * same. */
static void
test_key_memory(void)
{
	static const char *const parts[] = { "Vladimir", "Putin", "Kim",
	    "Jong-un", "Vost\xc3\xb2\xc4\x8dnyj", "Shoygu", "\xd0\xa8\xd0\xbe"
	    "\xd0\xb9\xd0\xb3\xd1\x83", "Xi", "Dmitry", "de", "la", "O'Neil",
	    "M\xc3\xbcller", "Roma", "Unione", "europea", "X", "Strau\xc3\x9f" };
	enum { N = 6000 };
	char **names = calloc(N, sizeof(*names)), **keys = calloc(N,
	    sizeof(*keys));
	unsigned long long seed = 2463534242ull;
	int bad = 0;

	if (names == NULL || keys == NULL) {
		ok(0, "entity_key memory: out of memory");
		free(names);
		free(keys);
		return;
	}
	for (int i = 0; i < N; i++) {
		char buf[256] = "";
		int words = 1 + i % 5;

		for (int w = 0; w < words; w++) {
			seed ^= seed << 13;
			seed ^= seed >> 7;
			seed ^= seed << 17;
			if (w)
				strcat(buf, " ");
			strcat(buf, parts[seed % (sizeof(parts) /
			    sizeof(parts[0]))]);
		}
		names[i] = strdup(buf);
		keys[i] = entity_key(buf, strlen(buf));
		bad += names[i] == NULL || keys[i] == NULL;
	}
	for (int i = N - 1; !bad && i >= 0; i -= 3) {
		char *k = entity_key(names[i], strlen(names[i]));
		bad += k == NULL || strcmp(k, keys[i]) != 0;
		free(k);
	}
	for (int i = 0; !bad && i < N; i++) {
		char *k = entity_key(names[i], strlen(names[i]));
		/* a prefix of the name: another name, its own key */
		char *p = entity_key(names[i], strlen(names[i]) - 1);
		char *q = strndup(names[i], strlen(names[i]) - 1);
		bad += k == NULL || strcmp(k, keys[i]) != 0;
		if (p != NULL && q != NULL) {
			char *f = entity_key(q, strlen(q));
			bad += f == NULL || strcmp(f, p) != 0;
			free(f);
		}
		free(k);
		free(p);
		free(q);
	}
	{
		struct key_job j = { names, calloc(N, sizeof(char *)), N };
		pthread_t th;

		if (j.keys == NULL || pthread_create(&th, NULL, key_job_run,
		    &j) != 0) {
			bad++;
		} else {
			pthread_join(th, NULL);
			for (int i = 0; i < N; i++) {
				bad += j.keys[i] == NULL ||
				    strcmp(j.keys[i], keys[i]) != 0;
				free(j.keys[i]);
			}
		}
		free(j.keys);
	}
	for (int i = 0; i < N; i++) {
		free(names[i]);
		free(keys[i]);
	}
	free(names);
	free(keys);
	ok(bad == 0, "entity_key gives a name its key again from memory, "
	    "and another thread the same");
}

/* Rules of the ner27 round (issue 3). */
static void
test_ner27(void)
{
	found_canonical = 0;
	is_found("Negli ultimi sette governi, da Berlusconi a Renzi, ieri.",
	    "Berlusconi/person; Renzi/person",
	    "the end of a range from a person is a person, though after a");
	is_found("Un aereo in volo da Catania a Forlì, ieri.",
	    "Catania/place; Forlì/place",
	    "the end of a range from a place stays a place");
	is_found("La protesta contro i tagli della Riforma Gelmini, ieri.",
	    "Gelmini/person",
	    "a capitalised noun of a law before a surname: the person");
	is_found("Il Piano Casa è stato approvato ieri.", "",
	    "not before a common word");
	is_found("La lettera di Marco Sereni al Viceministro Luca Torti, ieri.",
	    "Marco Sereni/person; Luca Torti/person",
	    "\"al\" joins no title to a name as a particle");
	is_found("Il luogotenente del clan camorristico Moccia, ieri.",
	    "Moccia/person",
	    "a clan's noun and an adjective before a surname");
	is_found("Il ponte costruito dall'ingegner Eiffel, ieri.",
	    "Eiffel/person", "a title cut short before a name (\"ingegner\")");
	is_found("Ieri il leghista Calderoli ha rincarato la dose.",
	    "Calderoli/person",
	    "a party's adjective with an article before an unknown word");
	is_found("The museum's director Laurence des Cars told senators.",
	    "Laurence des Cars/person", "\"des\" inside a French name");
	is_found("Ieri Haruiko Kuroda è arrivato a Tokyo.",
	    "Haruiko Kuroda/person; Tokyo/place",
	    "an unknown word and a town's name: no firm named after a place");
	is_found("Ieri Telecom Italia è salita in Borsa.",
	    "Telecom Italia/organisation; Borsa/organisation",
	    "a word and a state's name stay a firm's");
	is_found("La ratifica da parte del Parlamento ellenico del trattato.",
	    "Parlamento ellenico/organisation",
	    "a head capitalised as a common noun, an adjective: no \"di\" "
	    "and a noun after them");
	is_found("La Camera dei deputati ha votato ieri.",
	    "Camera dei deputati/organisation",
	    "\"di\" and a noun right after such a head");
	is_found("Il codice etico della Commissione parlamentare antimafia.",
	    "Commissione parlamentare antimafia/organisation",
	    "an invariable \"anti-\" noun completes a body's name");
	is_found("I danni del terremoto del Centro Italia, ieri.",
	    "Centro Italia/place", "the middle of a land is a place");
}

/* Rules of the ner29 round: persons and places. */
static void
test_ner29(void)
{
	found_canonical = 0;
	is_found("Ne sono arrivati 3-4 milioni dalla Grecia.", "Grecia/place",
	    "a range before a counted noun is an amount, no score");
	/* past the first 16 tokens of a paragraph: before them a spaced
	 * dash after a number ends a dateline (sent_dateline_dash), and no
	 * score is read across it */
	is_found("Secondo le stime diffuse ieri sera dalle autorità di "
	    "frontiera e dalle organizzazioni umanitarie, ne sono arrivati "
	    "3 - 4 milioni dalla Grecia.", "Grecia/place",
	    "so with spaces round the dash");
	is_found("Il treno era partito da Zelmes e diretto a Merano.",
	    "Zelmes/place; Merano/place",
	    "a participle of leaving and \"da\": where from");
	is_found("I residenti di Zelmes protestano.", "Zelmes/place",
	    "the people of a place");
	is_found("Il partito di Zelmes protesta.", "",
	    "\"partito di\" is a party's, no place's");
	is_found("Si è spento nella sua casa di Zelmes (Colorado) ieri.",
	    "Zelmes/place; Colorado/place",
	    "a region in brackets after a name: the land a place lies in");
	is_found("Si nascondeva nella campagna di Ardore, piccolo paese "
	    "calabrese.", "Ardore/place",
	    "a common word is the town an apposition says it is");
	is_found("Il festival si tiene ogni anno ad Atri, piccolo centro "
	    "abruzzese.", "Atri/place", "\"piccolo centro\": a town");
	lacks_found("Ha segnato Zelmes (Napoli) al 90'.", "Zelmes/place",
	    "a city in brackets may be a player's side: no cue");
}

/* American states abbreviated by their initials after a town, in a
 * dateline and in the story: places, and the town stays one. */
static void
test_state_initials(void)
{
	found_canonical = 0;
	found_lang = "en";
	is_found("HOBART, N.H. (AP) — A barn fire closed a road on Sunday, the "
	    "town said. The owner, who lives in Elmira, N.Y., was away.",
	    "HOBART/place; N.H./place; AP/organisation; Elmira/place; "
	    "N.Y./place", "a state's initials after a town");
	found_lang = NULL;
	found_canonical = 1;
}

/* Rules of the ner28 round: errors seen in the entity sidebar. */
static void
test_ner28(void)
{
	found_canonical = 0;
	is_found("Il presidente cinese è stato ricevuto da Putin a Mosca.",
	    "Putin/person; Mosca/place",
	    "the agent of a passive before \"a\" and a place: a person");
	is_found("Il ministro è stato ricevuto da Rossi a Mosca.",
	    "Rossi/person; Mosca/place",
	    "a surname after \"da\" is no start of a route");
	is_found("Il treno va da Bergamo a Sant'Omobono.",
	    "Bergamo/place; Sant'Omobono/place", "a route stays one");
	is_found("Dopo l'attacco a Obama, la Casa Bianca tace.",
	    "Obama/person; Casa Bianca/organisation",
	    "a noun of an act done to someone, \"a\" and a town's name");
	is_found("La lettera a Zlatkovic, ieri.", "Zlatkovic/person",
	    "a noun of an act done to someone before an unknown name");
	is_found("Dopo l'attacco a Kiev, ieri.", "Kiev/place",
	    "a place the lists know stays one");
	is_found("Ieri la cessione di Osimhen al Napoli.", "Napoli/organisation",
	    "a player is sold: \"cessione di\" says no firm");
	is_found("Ieri il manager di Sinner ha parlato.", "",
	    "\"il manager di\" a name: a person's, no firm's");
	is_found("Ieri i manager di Eutelsat hanno parlato.",
	    "Eutelsat/organisation", "\"i manager di\" a name: a firm's");
	is_found("Lo dice Legambiente in una nota.",
	    "Legambiente/organisation",
	    "a body's head glued to a word is no speaker forced to a person");
	is_found("Lo dice Grasso in una nota.", "Grasso/person",
	    "a speaker after a verb of saying stays a person");
}

/* A page's date stamp starts with a weekday cut short, no name; a city
 * and the body that has a command there are two names. */
/* The capital "L'" of a town whose name has its article, after a
 * preposition of place, is the name's; a sentence's first "Now," and the
 * sports pages' "Griglia" are no names. */
static void
test_real41(void)
{
	is_found("Il corteo è partito a L'Aquila alle nove.",
	    "L'Aquila/place", "a capital L' after a");
	is_found("In finale vanno Lucca e L'Aquila.", "Lucca/place",
	    "no town after e: perhaps a club's name");
	is_found("Dopo le prove, la Griglia di partenza è cambiata.", "",
	    "a heading's capitalised common word");
	found_lang = "en";
	is_found("Now, the council wants more money.", "",
	    "an adverb opening a sentence");
	found_lang = NULL;
}

static void
test_stamp_and_command(void)
{
	found_canonical = 0;
	found_lang = "en";
	is_found("Thu, 3 Dec 2015, 8:46AM", "", "a weekday cut short, a date");
	found_lang = NULL;
	is_found("CRONACA – TRE FURTI SVENTATI A VARESE – I ladri sono "
	    "fuggiti.", "VARESE/place",
	    "a heading in capitals is no body; its city is a place");
	found_canonical = 1;
	is_found("TRE FURTI SVENTATI A VARESE – I ladri di Varese sono "
	    "fuggiti.", "VARESE/place=Varese; Varese/place=Varese",
	    "a place is named as the text writes it, not as a heading");
	found_canonical = 0;
	is_found("Lo dice la BANCA NAZIONALE DEL LAVORO oggi.",
	    "BANCA NAZIONALE DEL LAVORO/organisation",
	    "a body's name in capitals stays one");
	is_found("Indaga il comando di Varese delle Fiamme Gialle.",
	    "Varese/place; Fiamme Gialle/organisation",
	    "a city, then the body commanded there");
	found_lang = "en";
	is_found("FLATS EVACUATED AFTER STRANGE PARCEL FOUND\n\nThe flats "
	    "were evacuated on Monday.", "",
	    "an English heading in capitals is no body");
	is_found("Crowds filled Cork on St Kevin's Day.", "Cork/place",
	    "a saint's day is a feast, no body and no person Day");
	is_found("Police gathered at the Dunvale Temple on Sunday.",
	    "Dunvale Temple/place", "a temple is a place");
	is_found("Talks went on with the Ola Brant Network on Sunday.",
	    "Ola Brant Network/organisation",
	    "a network named after a person is a body");
	is_found("The GST rose in NSW and in the UAE on Monday.",
	    "NSW/place; UAE/place",
	    "a tax's initials name nothing; a state's initials a place");
	is_found("DENVER-Ola Brant scored 20 points on Sunday night.",
	    "DENVER/place; Ola Brant/person",
	    "a dateline glued to the story by a hyphen is two names");
	is_found("Mayor Accepts Final Budget After Heated Debate\n\nMayor "
	    "Ann Quarnby spoke on Monday.", "Ann Quarnby/person",
	    "a headline in title case: its common words are words");
	is_found("Mayor Ann Quarnby Accepts City Council Budget for Fiscal "
	    "Year 2016\n\nThe council voted on Monday.",
	    "Ann Quarnby/person; City Council/organisation",
	    "and its names stay names");
	is_found("Police raided a temple in the village of Kalvani on "
	    "Sunday.", "Kalvani/place", "the village of a name");
	is_found("The man was found in the Marvipur neighbourhood, and "
	    "Dunvale police arrested him.",
	    "Marvipur/place; Dunvale/place",
	    "a name before the noun of a part of a town, or its police");
	is_found("Intro.\nFIREFIGHTERS ARE EXAMINING Monday's blaze in "
	    "Denver.\nPOLICE are appealing for witnesses.", "Denver/place",
	    "a paragraph's first words in capitals are its lead-in");
	is_found("CHAMBER OF TRADE SUES TWO BAKERIES OVER FEES\n\nThe "
	    "bakeries said no.", "",
	    "an English heading may open with a body's head");
	is_found("TOWN HALL CLOSED AS FLOODS HIT DENVER\n\nThe hall was "
	    "closed.", "DENVER/place",
	    "an English heading's city is a place");
	found_lang = NULL;
}

/* A text in a language whose rules for names dossier lacks keeps only
 * the names the lists know, without the words before them. */
static void
test_cautious(void)
{
	found_lang = "de";
	is_found("Der Bürgermeister Thomas Kessler hat am Montag in Hamburg "
	    "gesagt, dass die Stadtwerke sparen müssen. Kessler sprach von "
	    "einer schweren Lage.", "Thomas Kessler/person=Thomas Kessler; "
	    "Hamburg/place=Hamburg; Kessler/person=Thomas Kessler",
	    "german: a title before a name, nouns in capitals, no entity");
	found_lang = "es";
	is_found("El alcalde Pedro Lorca visitó ayer Sevilla con la "
	    "delegación de Vostochni.", "Pedro Lorca/person=Pedro Lorca; "
	    "Sevilla/place=Sevilla", "spanish: no El, no de and an unknown "
	    "word");
	found_lang = "und";
	is_found("Президент России Владимир Путин сказал. Путин уехал.",
	    "Владимир Путин/person=Владимир Путин; Путин/person=Владимир "
	    "Путин", "another script: the given name known in Latin letters "
	    "starts the name, and its surname alone is that person");
	found_lang = NULL;
}

int
main(void)
{
	test_word_breaks();
	test_pack8();
	test_fold_ascii();
	test_tokens();
	test_sentences();
	test_keys();
	test_key_memory();
	test_types();
	found_canonical = 1;
	if (found_lexicon() < 0)
		return tap_done();
	test_dash();
	test_cautious();
	test_common_words();
	test_spans();
	test_lower_case();
	test_heads_and_actors();
	test_grouping();
	test_edges();
	test_persons();
	test_lexicon_round2();
	test_phrase_heads();
	test_titles_round4();
	test_lists();
	test_places_round4();
	test_given_words();
	test_faiths();
	test_titled();
	test_datives();
	test_org_and();
	test_hyphen_places();
	test_media();
	test_events();
	test_polities();
	test_name_parts();
	test_seats();
	test_province_codes();
	test_channels();
	test_org_cues();
	test_place_cues();
	test_place_then_name();
	test_bang();
	test_court_city();
	test_orgs_round7();
	test_places_ner19();
	test_plain_spellings();
	test_english_places();
	test_article_venue();
	test_letter_word();
	test_group_keys();
	test_ner27();
	test_ner29();
	test_ner28();
	test_state_initials();
	test_stamp_and_command();
	test_real41();
	entity_lexicon_free(lx);
	return tap_done();
}
