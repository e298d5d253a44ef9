/* extract: `dossier extract`, the recogniser on stdin, for scripting and
 * scoring; it never touches the store. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "cli.h"
#include "dossier/article.h"
#include "dossier/entity.h"
#include "dossier/text.h"

enum extract_format { EXTRACT_TSV, EXTRACT_JSON };

/* The lexicon directory: $DOSSIER_LEXICON_DIR, the installed one, or the
 * source tree's. */
static char *
extract_lexicon_dir(void)
{
	const char *env = getenv("DOSSIER_LEXICON_DIR");
	FILE *f;

	if (env && *env)
		return strdup(env);
	if ((f = fopen(DOSSIER_PKGDATADIR "/lexicon/common-it.txt", "r"))) {
		fclose(f);
		return strdup(DOSSIER_PKGDATADIR "/lexicon");
	}
	return strdup(DOSSIER_SRCDIR "/share/lexicon");
}

/* Read all of a stream; NULL on error. */
static char *
extract_slurp(FILE *f, size_t *len)
{
	size_t cap = 65536, n = 0, k;
	char *b = malloc(cap), *nb;

	while (b && (k = fread(b + n, 1, cap - n - 1, f)) > 0) {
		n += k;
		if (cap - n - 1 == 0) {
			if ((nb = realloc(b, cap * 2)) == NULL) {
				free(b);
				return NULL;
			}
			b = nb;
			cap *= 2;
		}
	}
	if (b == NULL || ferror(f)) {
		free(b);
		return NULL;
	}
	b[n] = '\0';
	*len = n;
	return b;
}

/* Print s as a JSON string. */
static void
extract_json_str(FILE *out, const char *s)
{
	putc('"', out);
	for (; *s; s++) {
		unsigned char c = (unsigned char)*s;
		if (c == '"' || c == '\\')
			fprintf(out, "\\%c", c);
		else if (c == '\n')
			fputs("\\n", out);
		else if (c == '\t')
			fputs("\\t", out);
		else if (c < 0x20)
			fprintf(out, "\\u%04x", c);
		else
			putc(c, out);
	}
	putc('"', out);
}

/* Replace tabs and line breaks so a TSV field stays one field. */
static void
extract_tsv_clean(char *s)
{
	for (; *s; s++)
		if (*s == '\t' || *s == '\n')
			*s = ' ';
}

/* Print the mentions of r in format fmt. */
static int
extract_print(FILE *out, const char *text, const struct entity_result *r,
	      enum extract_format fmt)
{
	if (fmt == EXTRACT_TSV)
		fputs("start\tend\ttype\tsurface\tcanonical\n", out);
	else
		fputs("[", out);
	for (size_t i = 0; i < r->nmentions; i++) {
		const struct entity_mention *m = &r->mentions[i];
		const struct entity_group *g = &r->groups[m->group];
		char *surf = text_sanitize(text + m->start, m->end - m->start,
		    0);
		char *canon = text_sanitize(g->canonical,
		    strlen(g->canonical), 0);
		if (surf == NULL || canon == NULL) {
			free(surf);
			free(canon);
			return -1;
		}
		if (fmt == EXTRACT_TSV) {
			extract_tsv_clean(surf);
			extract_tsv_clean(canon);
			fprintf(out, "%zu\t%zu\t%s\t%s\t%s\n", m->start, m->end,
			    entity_type_name(m->type), surf, canon);
		} else {
			fprintf(out, "%s\n {\"start\": %zu, \"end\": %zu, "
			    "\"type\": \"%s\", \"surface\": ", i ? "," : "",
			    m->start, m->end, entity_type_name(m->type));
			extract_json_str(out, surf);
			fputs(", \"canonical\": ", out);
			extract_json_str(out, canon);
			fputs(", \"key\": ", out);
			extract_json_str(out, g->key);
			fputs("}", out);
		}
		free(surf);
		free(canon);
	}
	if (fmt == EXTRACT_JSON)
		fputs(r->nmentions ? "\n]\n" : "]\n", out);
	return 0;
}

/* Parse the options of `extract`; -1 on a usage error. */
static int
extract_options(struct cli *c, int argc, char **argv,
		enum extract_format *fmt)
{
	for (int i = 1; i < argc; i++) {
		const char *v = NULL;
		if (strcmp(argv[i], "--format") == 0 && i + 1 < argc)
			v = argv[++i];
		else if (strncmp(argv[i], "--format=", 9) == 0)
			v = argv[i] + 9;
		if (v && strcmp(v, "tsv") == 0)
			*fmt = EXTRACT_TSV;
		else if (v && strcmp(v, "json") == 0)
			*fmt = EXTRACT_JSON;
		else {
			fprintf(stderr, "usage: %s extract [--format tsv|json]"
			    " < text\n", c->prog);
			return -1;
		}
	}
	return 0;
}

int
cli_extract(struct cli *c, int argc, char **argv)
{
	enum extract_format fmt = EXTRACT_TSV;
	struct entity_result r;
	struct entity_lexicon *lx;
	char *dir, *err = NULL, *text;
	const char *lang;
	size_t len = 0;
	int rc = 1;

	if (extract_options(c, argc, argv, &fmt) < 0)
		return 2;
	if ((dir = extract_lexicon_dir()) == NULL)
		return 1;
	lx = entity_lexicon_load(dir, &err);
	free(dir);
	if (lx == NULL) {
		fprintf(stderr, "%s extract: %s\n", c->prog,
		    err ? err : "out of memory");
		free(err);
		return 1;
	}
	if ((text = extract_slurp(stdin, &len)) == NULL) {
		fprintf(stderr, "%s extract: cannot read standard input\n",
		    c->prog);
		entity_lexicon_free(lx);
		return 1;
	}
	lang = article_detect_lang(text, len);
	if (entity_recognise(lx, text, len, lang ? lang : "", &r) == 0) {
		rc = extract_print(stdout, text, &r, fmt) < 0 ? 1 : 0;
		entity_result_free(&r);
	} else {
		fprintf(stderr, "%s extract: out of memory\n", c->prog);
	}
	if (fflush(stdout) == EOF)
		rc = 1;
	free(text);
	entity_lexicon_free(lx);
	return rc;
}
