/* notes: `dossier note`, `dossier notes` and `dossier export`. */
#include <getopt.h>
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "dossier/text.h"

int
cli_note(struct cli *c, int argc, char **argv)
{
	static const struct option opts[] = {
		{ "at", required_argument, NULL, 'a' },
		{ "range", required_argument, NULL, 'r' },
		{ "edit", required_argument, NULL, 'e' },
		{ "delete", required_argument, NULL, 'd' },
		{ NULL, 0, NULL, 0 }
	};
	const char *at = NULL, *range = NULL;
	int64_t article = 0, edit = 0, del = 0, id;
	struct store_article a;
	struct store *st;
	size_t start = 0, end = 0;
	int ch, rc;

	while ((ch = getopt_long(argc, argv, "a:r:e:d:", opts, NULL)) != -1) {
		switch (ch) {
		case 'a': at = optarg; break;
		case 'r': range = optarg; break;
		case 'e':
			if (cli_parse_id(c, "note", optarg, &edit) < 0)
				return 2;
			break;
		case 'd':
			if (cli_parse_id(c, "note", optarg, &del) < 0)
				return 2;
			break;
		default:
			cli_usage_error(c, "note", "unknown option or missing value "
			    "'%s'", argv[optind - 1]);
			return 2;
		}
	}
	if ((del && optind != argc) || (edit && optind + 1 != argc) ||
	    (!del && !edit && (optind + 2 != argc || (!at && !range) ||
	    (at && range)))) {
		cli_usage_error(c, "note", "give ID --at TEXT NOTE, ID --range "
		    "START:END NOTE, --edit NOTE_ID NOTE or --delete NOTE_ID");
		return 2;
	}
	if (!del && !edit && cli_parse_id(c, "note", argv[optind], &article) < 0)
		return 2;
	if (range && sscanf(range, "%zu:%zu", &start, &end) != 2) {
		cli_usage_error(c, "note", "--range wants START:END byte offsets, "
		    "not '%s'", range);
		return 2;
	}
	if ((st = cli_open_store(c, 0)) == NULL)
		return 1;
	if (del || edit) {
		rc = del ? store_note_delete(st, del)
		    : store_note_update(st, edit, argv[optind]);
		if (rc == 1)
			fprintf(stderr, "%s: no note #%" PRId64 "\n", c->prog,
			    del ? del : edit);
		goto out;
	}
	if (at) {
		const char *p;

		if ((rc = store_article_get(st, article, &a)) != 0) {
			if (rc == 1)
				fprintf(stderr, "%s: no article #%" PRId64 "\n",
				    c->prog, article);
			goto out;
		}
		p = *at ? strstr(a.body, at) : NULL;
		if (p == NULL) {
			char *safe = text_sanitize(at, strlen(at), 0);

			fprintf(stderr, "%s: '%s' is not in article #%" PRId64 "\n",
			    c->prog, safe ? safe : "?", article);
			free(safe);
			store_article_free(&a);
			rc = 1;
			goto out;
		}
		start = (size_t)(p - a.body);
		end = start + strlen(at);
		store_article_free(&a);
	}
	rc = store_note_add(st, article, start, end, argv[optind + 1], &id);
	if (rc == 1)
		fprintf(stderr, "%s: %s\n", c->prog, store_errmsg(st));
	else if (rc == 0 && !c->quiet)
		printf("note #%" PRId64 " saved\n", id);
out:
	if (rc < 0)
		fprintf(stderr, "%s: %s\n", c->prog, store_errmsg(st));
	store_close(st);
	return rc ? 1 : 0;
}

int
cli_notes(struct cli *c, int argc, char **argv)
{
	static const struct option opts[] = {
		{ "article", required_argument, NULL, 'a' },
		{ "format", required_argument, NULL, 'f' },
		{ NULL, 0, NULL, 0 }
	};
	enum cli_format fmt = FMT_TEXT;
	struct store_note *v;
	struct store *st;
	int64_t article = 0, last = 0;
	long n;
	int ch;

	while ((ch = getopt_long(argc, argv, "+a:f:", opts, NULL)) != -1) {
		if (ch == 'a' && cli_parse_id(c, "notes", optarg, &article) == 0)
			continue;
		if (ch == 'f' && cli_parse_format(c, "notes", optarg, &fmt,
		    1u << FMT_TEXT | 1u << FMT_TSV | 1u << FMT_JSON) == 0)
			continue;
		if (ch != 'a' && ch != 'f')
			cli_usage_error(c, "notes", "unknown option '%s'",
			    argv[optind - 1]);
		return 2;
	}
	if ((st = cli_open_store(c, STORE_READONLY)) == NULL)
		return 1;
	if ((n = store_notes(st, article, &v)) < 0) {
		fprintf(stderr, "%s: %s\n", c->prog, store_errmsg(st));
		store_close(st);
		return 1;
	}
	if (fmt == FMT_TSV)
		puts("id\tarticle\tpublished\ttitle\tstart\tend\tquote\tnote\tupdated");
	if (fmt == FMT_JSON)
		fputs("[", stdout);
	for (long i = 0; i < n; i++) {
		if (fmt == FMT_TSV) {
			printf("%" PRId64 "\t%" PRId64 "\t", v[i].id, v[i].article);
			out_tsv(stdout, v[i].published);
			putchar('\t');
			out_tsv(stdout, v[i].title);
			printf("\t%zu\t%zu\t", v[i].start, v[i].end);
			out_tsv(stdout, v[i].quote);
			putchar('\t');
			out_tsv(stdout, v[i].body);
			putchar('\t');
			out_tsv(stdout, v[i].updated_at);
			putchar('\n');
		} else if (fmt == FMT_JSON) {
			printf("%s\n  {\"id\": %" PRId64 ", \"article\": %" PRId64
			    ", \"published\": ", i ? "," : "", v[i].id, v[i].article);
			out_json(stdout, v[i].published);
			fputs(", \"title\": ", stdout);
			out_json(stdout, v[i].title);
			printf(", \"start\": %zu, \"end\": %zu, \"quote\": ",
			    v[i].start, v[i].end);
			out_json(stdout, v[i].quote);
			fputs(", \"note\": ", stdout);
			out_json(stdout, v[i].body);
			fputs(", \"created\": ", stdout);
			out_json(stdout, v[i].created_at);
			fputs(", \"updated\": ", stdout);
			out_json(stdout, v[i].updated_at);
			fputs("}", stdout);
		} else {
			if (v[i].article != last) {
				printf("%s#%" PRId64 "  %s  ", last ? "\n" : "",
				    v[i].article, out_or(v[i].published, "(no date)"));
				out_text(stdout, v[i].title);
				putchar('\n');
				last = v[i].article;
			}
			printf("  [note %" PRId64 "] “", v[i].id);
			out_tsv(stdout, v[i].quote);
			fputs("”\n    ", stdout);
			out_text(stdout, v[i].body);
			putchar('\n');
		}
	}
	if (fmt == FMT_JSON)
		fputs(n ? "\n]\n" : "]\n", stdout);
	store_notes_free(v, n);
	store_close(st);
	return 0;
}
