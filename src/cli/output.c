/* output: writing store and article text safely (sanitised) as plain
 * text, TSV and JSON. */
#include <inttypes.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "dossier/text.h"

/* Sanitised copy of s, or a fixed mark when memory runs out. */
static char *
clean(const char *s)
{
	char *c = text_sanitize(s, strlen(s), 0);

	return c ? c : strdup("?");
}

void
out_text(FILE *f, const char *s)
{
	char *c;

	if (s == NULL)
		return;
	if ((c = clean(s)) != NULL)
		fputs(c, f);
	free(c);
}

void
out_tsv(FILE *f, const char *s)
{
	char *c, *p;

	if (s == NULL)
		return;
	if ((c = clean(s)) == NULL)
		return;
	for (p = c; *p; p++)
		if (*p == '\t' || *p == '\n' || *p == '\r')
			*p = ' ';
	fputs(c, f);
	free(c);
}

void
out_json(FILE *f, const char *s)
{
	char *c;
	const unsigned char *p;

	if (s == NULL) {
		fputs("null", f);
		return;
	}
	if ((c = clean(s)) == NULL) {
		fputs("null", f);
		return;
	}
	fputc('"', f);
	for (p = (const unsigned char *)c; *p; p++) {
		switch (*p) {
		case '"': fputs("\\\"", f); break;
		case '\\': fputs("\\\\", f); break;
		case '\n': fputs("\\n", f); break;
		case '\t': fputs("\\t", f); break;
		case '\r': fputs("\\r", f); break;
		default:
			if (*p < 0x20 || *p == 0x7f)
				fprintf(f, "\\u%04x", *p);
			else
				fputc(*p, f);
		}
	}
	fputc('"', f);
	free(c);
}

void
out_padded(FILE *f, const char *s, int cols)
{
	char *c = clean(s ? s : ""), *t;
	int w;

	if (c == NULL)
		return;
	for (char *p = c; *p; p++)
		if (*p == '\n' || *p == '\t')
			*p = ' ';
	if ((t = text_truncate(c, strlen(c), cols)) == NULL) {
		free(c);
		return;
	}
	fputs(t, f);
	for (w = text_width(t, strlen(t)); w < cols; w++)
		fputc(' ', f);
	free(t);
	free(c);
}

const char *
out_or(const char *s, const char *dflt)
{
	return s && *s ? s : dflt;
}

/* Tags, stored as one space-separated string, as a JSON array. */
void
out_json_tags(FILE *f, const char *tags)
{
	char *t = strdup(tags ? tags : ""), *w, *save = NULL;
	int k = 0;

	fputc('[', f);
	for (w = t ? strtok_r(t, " ", &save) : NULL; w;
	    w = strtok_r(NULL, " ", &save)) {
		fputs(k++ ? ", " : "", f);
		out_json(f, w);
	}
	fputc(']', f);
	free(t);
}

/* The fields of an article that `show` and `export` share, as JSON object
 * members without the braces: the caller adds its own (body, notes). */
void
out_json_article(FILE *f, const struct store_article *a)
{
	const struct {
		const char *key, *value;
	} fields[] = {
		{ "title", a->title }, { "published", a->published },
		{ "dateline", a->dateline }, { "outlet", a->outlet },
		{ "byline", a->byline }, { "language", a->lang },
		{ "source", a->source }, { "imported", a->imported_at },
	};

	fprintf(f, "\"id\": %" PRId64, a->id);
	for (size_t i = 0; i < sizeof(fields) / sizeof(fields[0]); i++) {
		fprintf(f, ", \"%s\": ", fields[i].key);
		out_json(f, fields[i].value);
	}
	fputs(", \"tags\": ", f);
	out_json_tags(f, a->tags);
	fprintf(f, ", \"read\": %s, \"starred\": %s",
	    a->read ? "true" : "false", a->starred ? "true" : "false");
}
