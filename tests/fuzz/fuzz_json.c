/* fuzz_json: store_json_articles, the reader of `dossier export` JSON that
 * `dossier import` accepts back, on an in-memory store. */
#include <string.h>

#include "dossier/store.h"
#include "fuzz.h"

static struct store *st;

int
LLVMFuzzerInitialize(int *argc, char ***argv)
{
	char *err = NULL;

	if ((st = store_open(":memory:", 0, &err)) == NULL) {
		fprintf(stderr, "fuzz_json: %s\n", err ? err : "out of memory");
		exit(1);
	}
	return 0;
}

/* Every article handed over is whole: counts match arrays, strings set. */
static int
check_article(void *arg, const struct store_json_article *a)
{
	long i;

	(void)arg;
	FUZZ_CHECK(a->ntags >= 0 && a->nnotes >= 0);
	FUZZ_CHECK(a->ntags == 0 || a->tags != NULL);
	FUZZ_CHECK(a->nnotes == 0 || a->notes != NULL);
	for (i = 0; i < a->ntags; i++)
		FUZZ_CHECK(a->tags[i] != NULL && strlen(a->tags[i]) < 1u << 30);
	for (i = 0; i < a->nnotes; i++)
		FUZZ_CHECK(a->notes[i].quote == NULL ||
		    strlen(a->notes[i].quote) < 1u << 30);
	if (a->source)
		FUZZ_CHECK(strlen(a->source) < 1u << 30);
	return 0;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	store_json_articles(st, (const char *)data, size, check_article, NULL);
	return 0;
}
