/*
 * entity: finds the people, places and organisations a text mentions and
 * groups the variant spellings of each within one text.
 * tokens (UAX #29) -> sentences -> candidate name spans -> filter -> type
 * -> in-text variant grouping.  Merging across the corpus is done by the
 * store with the fold keys produced here (text_fold of each surface).
 *
 * Ownership: entity_lexicon_load returns an object freed with
 * entity_lexicon_free; entity_recognise fills a result freed with
 * entity_result_free.
 */
#ifndef DOSSIER_ENTITY_H
#define DOSSIER_ENTITY_H

#include <stddef.h>

enum entity_type {
	ENTITY_OTHER = 0,
	ENTITY_PERSON,
	ENTITY_PLACE,
	ENTITY_ORG
};

/* "person", "place", "organisation", "other" and back (-1 if unknown;
 * also accepts "per", "loc", "org", "organization"). */
const char *entity_type_name(enum entity_type t);
int entity_type_parse(const char *s);

/* One entity of a text: its fullest name in the text, and a fold key. */
struct entity_group {
	char *canonical;       /* "Kim Jong-un" */
	char *key;             /* entity_key(canonical): "kim jong un" */
	enum entity_type type;
	int apart;             /* a town or region as a place, or a team
	                        * named after one: kept apart from the
	                        * entity of the other of the two types
	                        * under its key ("il Como", "a Como") */
};

/* One mention: a byte range [start, end) of the text, its group, and
 * the role it plays here: its group's type, except where a place acts as
 * an organisation ("l'Italia ha battuto la Francia": two teams). */
struct entity_mention {
	size_t start, end;
	size_t group; /* index into entity_result.groups */
	enum entity_type type;
	char *key;    /* entity_key of its text, or NULL (not computed) */
};

struct entity_result {
	struct entity_group *groups;
	size_t ngroups;
	struct entity_mention *mentions; /* ordered by start */
	size_t nmentions;
	char *keys; /* the mentions' keys one after the other, as
	             * entity_recognise leaves them; NULL: each key is an
	             * allocation of its own (or NULL) */
};

/* The match key of a name, used to merge variants across the corpus:
 * text_fold plus transliteration folding of names, so that "Vostòčnyj",
 * "Vostochny" and "Vostotchny" share a key, as do "Kim Jong-un" and
 * "Kim Jong Un".  malloc'd; NULL on ENOMEM. */
char *entity_key(const char *name, size_t len);

/* The key this version gives a name whose key was old in the stores of
 * schema 4 and before (their keys did not fold Cyrillic and Greek
 * letters, y inside a word, x, "-ciov", "-scenko"): the store's
 * migration re-keys entities, aliases and rules with it.  malloc'd;
 * NULL on ENOMEM. */
char *entity_key_upgrade(const char *old);

/* The key of the name spelt with the other Latin spelling of the
 * Russian and Ukrainian letter х: "kh" in English and Italian news,
 * "ch" in the scholarly and German spellings that Italian outlets also
 * use ("Kherson" "Cherson", "Mikhail" "Michail", "Khrushchev"
 * "Chruščëv").  "ch" is also the English spelling of ч ("Chernobyl"),
 * so the two cannot share a key: the store looks this one up only when
 * a name's own key finds nothing.  NULL when the name has neither
 * spelling (or on ENOMEM); malloc'd. */
char *entity_key_alt(const char *name, size_t len);

struct entity_lexicon;

/* Load lexicons from dir (share/lexicon).  NULL on failure with *err set to
 * a malloc'd message naming the file. */
struct entity_lexicon *entity_lexicon_load(const char *dir, char **err);
void entity_lexicon_free(struct entity_lexicon *lx);

/* Recognise entities in text (NFC UTF-8).  lang is "it", "en" or "".
 * Returns 0 or -1 on ENOMEM. Thread-safe for a shared lexicon. */
int entity_recognise(const struct entity_lexicon *lx, const char *text,
		     size_t len, const char *lang, struct entity_result *out);

void entity_result_free(struct entity_result *r);

#endif
