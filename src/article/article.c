/* article: STUB to be replaced. */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include "dossier/article.h"

int
article_parse(const char *text, size_t len, struct article *out)
{
	const char *nl = memchr(text, '\n', len);
	memset(out, 0, sizeof(*out));
	out->title = strndup(text, nl ? (size_t)(nl - text) : len);
	out->body = strndup(text, len);
	out->body_len = len;
	out->blocks = strdup("p");
	return 0;
}

void
article_free(struct article *a)
{
	free(a->title); free(a->dateline); free(a->published); free(a->outlet);
	free(a->byline); free(a->body); free(a->blocks);
	memset(a, 0, sizeof(*a));
}

const char *article_detect_lang(const char *text, size_t len) { return ""; }
