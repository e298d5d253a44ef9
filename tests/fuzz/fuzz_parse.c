/* fuzz_parse: raw bytes -> text_decode -> article_parse. */
#include <string.h>
#include <unistr.h>

#include "dossier/article.h"
#include "dossier/text.h"
#include "fuzz.h"

/* Number of blocks in a body: blocks are separated by "\n\n". */
static size_t
count_blocks(const char *body, size_t len)
{
	size_t n = 1, i;

	for (i = 0; i + 1 < len; i++)
		if (body[i] == '\n' && body[i + 1] == '\n')
			n++;
	return n;
}

/* A parsed string field: valid UTF-8, no newline. */
static void
check_field(const char *s)
{
	if (s == NULL)
		return;
	FUZZ_CHECK(u8_check((const uint8_t *)s, strlen(s)) == NULL);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct text_decoded d;
	struct article a;

	if (text_decode((const char *)data, size, &d) != TEXT_OK)
		return 0;
	FUZZ_CHECK(d.text != NULL);
	FUZZ_CHECK(strlen(d.text) == d.len);
	FUZZ_CHECK(u8_check((const uint8_t *)d.text, d.len) == NULL);
	FUZZ_CHECK(memchr(d.text, '\r', d.len) == NULL);
	if (article_parse(d.text, d.len, &a) == 0) {
		FUZZ_CHECK(a.body != NULL && a.title != NULL);
		FUZZ_CHECK(strlen(a.body) == a.body_len);
		FUZZ_CHECK(a.body_len > 0);
		FUZZ_CHECK(u8_check((const uint8_t *)a.body, a.body_len) == NULL);
		FUZZ_CHECK(a.blocks != NULL &&
		    strlen(a.blocks) == count_blocks(a.body, a.body_len));
		FUZZ_CHECK(strspn(a.blocks, "ph") == strlen(a.blocks));
		check_field(a.title);
		check_field(a.dateline);
		check_field(a.published);
		check_field(a.outlet);
		check_field(a.byline);
		FUZZ_CHECK(strlen(a.lang) < sizeof(a.lang));
		article_free(&a);
	}
	free(d.text);
	return 0;
}
