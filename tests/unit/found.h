/* found.h: what the recogniser finds in a text, as a string a test can
 * compare (test_entity, test_person, test_org), and the lexicons it
 * finds it with. */
#ifndef DOSSIER_TEST_FOUND_H
#define DOSSIER_TEST_FOUND_H
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "dossier/entity.h"
#include "../tap.h"

static struct entity_lexicon *lx;
static int found_canonical; /* found() adds "=canonical" to each mention */
static const char *found_lang; /* the text's language; NULL: "it" */

/* Load the lexicons ($DOSSIER_LEXICON_DIR, else share/lexicon) into lx,
 * as a test; 0 or -1. */
static inline int
found_lexicon(void)
{
	const char *dir = getenv("DOSSIER_LEXICON_DIR");
	char *err = NULL;

	lx = entity_lexicon_load(dir ? dir : "share/lexicon", &err);
	if (!ok(lx != NULL, "lexicon loads")) {
		printf("#   %s\n", err ? err : "?");
		free(err);
		return -1;
	}
	return 0;
}

/* Mentions as "surface/type" (or "surface/type=canonical") joined with
 * "; ". */
static inline char *
found(const char *s)
{
	static char out[4096];
	struct entity_result r;

	out[0] = '\0';
	if (entity_recognise(lx, s, strlen(s), found_lang ? found_lang : "it",
	    &r) < 0)
		return NULL;
	for (size_t i = 0; i < r.nmentions; i++) {
		size_t o = strlen(out);
		snprintf(out + o, sizeof(out) - o, "%s%.*s/%s%s%s", i ? "; " :
		    "", (int)(r.mentions[i].end - r.mentions[i].start),
		    s + r.mentions[i].start,
		    entity_type_name(r.mentions[i].type),
		    found_canonical ? "=" : "", found_canonical ?
		    r.groups[r.mentions[i].group].canonical : "");
	}
	entity_result_free(&r);
	return out;
}

/* ok() that the mentions of text are want, showing them if not. */
static inline void
is_found(const char *text, const char *want, const char *name)
{
	const char *f = found(text);

	if (!ok(f != NULL && strcmp(f, want) == 0, "%s", name))
		printf("#   got  %s\n#   want %s\n", f ? f : "(error)", want);
}

/* ok() that the mentions of text hold nothing that contains unwanted
 * ("Zelmes/place", "/person"), showing them if not. */
static inline void
lacks_found(const char *text, const char *unwanted, const char *name)
{
	const char *f = found(text);

	if (!ok(f != NULL && strstr(f, unwanted) == NULL, "%s", name))
		printf("#   got  %s\n#   not  %s\n", f ? f : "(error)",
		    unwanted);
}
#endif
