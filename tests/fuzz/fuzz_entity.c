/* fuzz_entity: entity_recognise on decoded text, lexicons loaded once. */
#include <string.h>
#include <unistr.h>

#include "dossier/entity.h"
#include "dossier/text.h"
#include "fuzz.h"

static struct entity_lexicon *lexicon;

int
LLVMFuzzerInitialize(int *argc, char ***argv)
{
	const char *dir = getenv("DOSSIER_LEXICON_DIR");
	char *err = NULL;

	if (dir == NULL || *dir == '\0')
		dir = DOSSIER_SRCDIR "/share/lexicon";
	if ((lexicon = entity_lexicon_load(dir, &err)) == NULL) {
		fprintf(stderr, "fuzz_entity: %s\n", err ? err : "out of memory");
		exit(1);
	}
	return 0;
}

/* 1 if i is a code point boundary of s. */
static int
boundary(const char *s, size_t len, size_t i)
{
	return i == 0 || i == len || ((unsigned char)s[i] & 0xc0) != 0x80;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static const char *langs[] = { "it", "en", "" };
	struct text_decoded d;
	struct entity_result r;
	const char *lang;
	size_t i;

	if (size < 1)
		return 0;
	lang = langs[data[0] % 3];
	if (text_decode((const char *)data + 1, size - 1, &d) != TEXT_OK)
		return 0;
	if (entity_recognise(lexicon, d.text, d.len, lang, &r) == 0) {
		for (i = 0; i < r.ngroups; i++) {
			FUZZ_CHECK(r.groups[i].canonical != NULL);
			FUZZ_CHECK(r.groups[i].key != NULL);
			FUZZ_CHECK(u8_check((const uint8_t *)r.groups[i].canonical,
			    strlen(r.groups[i].canonical)) == NULL);
			FUZZ_CHECK(r.groups[i].type >= ENTITY_OTHER &&
			    r.groups[i].type <= ENTITY_ORG);
		}
		for (i = 0; i < r.nmentions; i++) {
			const struct entity_mention *m = &r.mentions[i];

			FUZZ_CHECK(m->start < m->end && m->end <= d.len);
			FUZZ_CHECK(boundary(d.text, d.len, m->start));
			FUZZ_CHECK(boundary(d.text, d.len, m->end));
			FUZZ_CHECK(m->group < r.ngroups);
			if (i > 0)
				FUZZ_CHECK(r.mentions[i - 1].end <= m->start);
		}
		entity_result_free(&r);
	}
	free(d.text);
	return 0;
}
