/* stages: time each stage of import (decode, parse, recognise, store)
 * over a directory of articles, to see where the time goes.
 *   tests/bench/stages DIR [STORE]      (lexicons: $DOSSIER_LEXICON_DIR) */
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>

#include "dossier/article.h"
#include "dossier/entity.h"
#include "dossier/store.h"
#include "dossier/text.h"

static double
now(void)
{
	struct timespec t;

	clock_gettime(CLOCK_MONOTONIC, &t);
	return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}

static char **files;
static size_t nfiles, capfiles;

/* Collect regular files under dir, recursively. */
static void
walk(const char *dir)
{
	struct dirent **e;
	int n = scandir(dir, &e, NULL, alphasort);

	for (int i = 0; i < n; i++) {
		char *p;
		struct stat sb;

		if (e[i]->d_name[0] != '.' && asprintf(&p, "%s/%s", dir,
		    e[i]->d_name) >= 0) {
			if (stat(p, &sb) == 0 && S_ISDIR(sb.st_mode)) {
				walk(p);
				free(p);
			} else {
				if (nfiles == capfiles) {
					capfiles = capfiles ? 2 * capfiles : 1024;
					files = realloc(files, capfiles * sizeof(*files));
				}
				files[nfiles++] = p;
			}
		}
		free(e[i]);
	}
	free(e);
}

int
main(int argc, char **argv)
{
	double t_read = 0, t_dec = 0, t_parse = 0, t_ent = 0, t_store = 0, t0;
	const char *lexdir = getenv("DOSSIER_LEXICON_DIR");
	struct entity_lexicon *lx;
	struct store *st = NULL;
	size_t bytes = 0, mentions = 0;
	char *err = NULL;

	if (argc < 2) {
		fprintf(stderr, "usage: stages DIR [STORE]\n");
		return 2;
	}
	t0 = now();
	lx = entity_lexicon_load(lexdir ? lexdir : "share/lexicon", &err);
	if (lx == NULL) {
		fprintf(stderr, "stages: %s\n", err);
		return 1;
	}
	printf("lexicon load   %8.1f ms\n", (now() - t0) * 1e3);
	if (argc > 2 && (st = store_open(argv[2], 0, &err)) == NULL) {
		fprintf(stderr, "stages: %s\n", err);
		return 1;
	}
	walk(argv[1]);
	if (st) {
		store_bulk(st);		/* as import does */
		store_begin(st);
	}
	for (size_t i = 0; i < nfiles; i++) {
		struct text_decoded d;
		struct article a;
		struct entity_result r;
		FILE *f;
		char *raw;
		long len;

		t0 = now();
		if ((f = fopen(files[i], "rb")) == NULL)
			continue;
		fseek(f, 0, SEEK_END);
		len = ftell(f);
		rewind(f);
		raw = malloc((size_t)len + 1);
		if (fread(raw, 1, (size_t)len, f) != (size_t)len)
			len = 0;
		fclose(f);
		bytes += (size_t)len;
		t_read += now() - t0;
		t0 = now();
		if (text_decode(raw, (size_t)len, &d) != TEXT_OK) {
			free(raw);
			continue;
		}
		t_dec += now() - t0;
		t0 = now();
		if (article_parse(d.text, d.len, &a) < 0) {
			free(d.text);
			free(raw);
			continue;
		}
		t_parse += now() - t0;
		t0 = now();
		entity_recognise(lx, a.body, a.body_len, a.lang, &r);
		mentions += r.nmentions;
		t_ent += now() - t0;
		t0 = now();
		if (st) {
			store_article_add(st, files[i], raw, (size_t)len, &a,
			    getenv("STAGES_NO_ENTITIES") ? NULL : &r, NULL);
			if (i % 1000 == 999) {
				store_commit(st);
				store_begin(st);
			}
		}
		t_store += now() - t0;
		entity_result_free(&r);
		article_free(&a);
		free(d.text);
		free(raw);
	}
	t0 = now();
	if (st) {
		store_commit(st);
		store_close(st);
	}
	t_store += now() - t0;
	printf("articles       %8zu (%.1f MB, %zu mentions)\n", nfiles,
	    (double)bytes / 1e6, mentions);
	printf("read           %8.1f ms\n", t_read * 1e3);
	printf("decode         %8.1f ms  %8.0f articles/s\n", t_dec * 1e3, nfiles / t_dec);
	printf("parse          %8.1f ms  %8.0f articles/s\n", t_parse * 1e3, nfiles / t_parse);
	printf("recognise      %8.1f ms  %8.0f articles/s\n", t_ent * 1e3, nfiles / t_ent);
	if (st)
		printf("store          %8.1f ms  %8.0f articles/s\n", t_store * 1e3,
		    nfiles / t_store);
	entity_lexicon_free(lx);
	return 0;
}
