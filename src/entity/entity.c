/* entity: STUB to be replaced. */
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include "dossier/entity.h"

struct entity_lexicon { int dummy; };

char *entity_key(const char *name, size_t len) { return strndup(name, len); }

const char *
entity_type_name(enum entity_type t)
{
	switch (t) {
	case ENTITY_PERSON: return "person";
	case ENTITY_PLACE: return "place";
	case ENTITY_ORG: return "organisation";
	default: return "other";
	}
}

int
entity_type_parse(const char *s)
{
	if (!strcasecmp(s, "person") || !strcasecmp(s, "per")) return ENTITY_PERSON;
	if (!strcasecmp(s, "place") || !strcasecmp(s, "loc")) return ENTITY_PLACE;
	if (!strcasecmp(s, "organisation") || !strcasecmp(s, "organization") || !strcasecmp(s, "org")) return ENTITY_ORG;
	if (!strcasecmp(s, "other")) return ENTITY_OTHER;
	return -1;
}

struct entity_lexicon *
entity_lexicon_load(const char *dir, char **err)
{
	return calloc(1, sizeof(struct entity_lexicon));
}

void entity_lexicon_free(struct entity_lexicon *lx) { free(lx); }

int
entity_recognise(const struct entity_lexicon *lx, const char *text, size_t len,
		 const char *lang, struct entity_result *out)
{
	memset(out, 0, sizeof(*out));
	return 0;
}

void
entity_result_free(struct entity_result *r)
{
	for (size_t i = 0; i < r->ngroups; i++) {
		free(r->groups[i].canonical);
		free(r->groups[i].key);
	}
	free(r->groups);
	free(r->mentions);
	memset(r, 0, sizeof(*r));
}
