/* export: tags, notes and quoted passages, story by story, as JSON,
 * Markdown or CSV. */
#include <getopt.h>
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "cli.h"
#include "dossier/text.h"

/* A CSV field (RFC 4180), sanitised. */
static void
out_csv(FILE *f, const char *s)
{
	char *c = text_sanitize(s ? s : "", strlen(s ? s : ""), 0), *p;

	fputc('"', f);
	for (p = c; p && *p; p++) {
		if (*p == '"')
			fputc('"', f);
		fputc(*p, f);
	}
	fputc('"', f);
	free(c);
}

/* Print tags (space-separated in the store) as a JSON array. */
static void
base64(const unsigned char *p, size_t n)
{
	static const char b64[] =
	    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
	size_t i;

	fputc('"', stdout);
	for (i = 0; i + 2 < n; i += 3) {
		unsigned v = (unsigned)p[i] << 16 | (unsigned)p[i + 1] << 8 | p[i + 2];

		putchar(b64[v >> 18]);
		putchar(b64[(v >> 12) & 63]);
		putchar(b64[(v >> 6) & 63]);
		putchar(b64[v & 63]);
	}
	if (i < n) {
		unsigned v = (unsigned)p[i] << 16 | (i + 1 < n ? (unsigned)p[i + 1] << 8 : 0);

		putchar(b64[v >> 18]);
		putchar(b64[(v >> 12) & 63]);
		putchar(i + 1 < n ? b64[(v >> 6) & 63] : '=');
		putchar('=');
	}
	fputc('"', stdout);
}

struct export {
	struct cli *c;
	struct store *st;
	enum cli_format fmt;
	long stories;
};

/* Write one story with its notes. */
static int
export_one(struct export *ex, int64_t id, struct store_note *notes, long nn)
{
	struct store_article a;
	int rc = store_article_get(ex->st, id, &a);

	if (rc != 0)
		return rc < 0 ? -1 : 0;
	switch (ex->fmt) {
	case FMT_JSON: {
		char *raw = NULL;
		size_t rawlen = 0;

		printf("%s\n    {", ex->stories ? "," : "");
		out_json_article(stdout, &a);
		fputs(",\n     \"notes\": [", stdout);
		for (long i = 0; i < nn; i++) {
			printf("%s{\"start\": %zu, \"end\": %zu, \"quote\": ",
			    i ? ", " : "", notes[i].start, notes[i].end);
			out_json(stdout, notes[i].quote);
			fputs(", \"before\": ", stdout);
			out_json(stdout, notes[i].before);
			fputs(", \"after\": ", stdout);
			out_json(stdout, notes[i].after);
			fputs(", \"note\": ", stdout);
			out_json(stdout, notes[i].body);
			fputs(", \"created\": ", stdout);
			out_json(stdout, notes[i].created_at);
			fputs(", \"updated\": ", stdout);
			out_json(stdout, notes[i].updated_at);
			fputs("}", stdout);
		}
		fputs("],\n     \"raw_base64\": ", stdout);
		if (store_article_raw(ex->st, id, &raw, &rawlen) == 0)
			base64((const unsigned char *)raw, rawlen);
		else
			fputs("null", stdout);
		free(raw);
		fputs("}", stdout);
		break;
	}
	case FMT_MARKDOWN:
		fputs("\n## ", stdout);
		out_tsv(stdout, a.title);
		fputs("\n\n", stdout);
		{
			const char *parts[4] = { a.published, a.dateline, a.outlet,
			    a.byline };
			int k = 0;

			for (int i = 0; i < 4; i++)
				if (parts[i] && *parts[i]) {
					fputs(k++ ? " · " : "", stdout);
					out_tsv(stdout, parts[i]);
				}
			printf("%sstory #%" PRId64, k++ ? " · " : "", a.id);
			if (*a.tags) {
				fputs(" · tags: ", stdout);
				out_tsv(stdout, a.tags);
			}
			fputs("\n", stdout);
		}
		for (long i = 0; i < nn; i++) {
			fputs("\n> ", stdout);
			out_tsv(stdout, notes[i].quote);
			fputs("\n\n", stdout);
			out_text(stdout, notes[i].body);
			fputs("\n", stdout);
		}
		break;
	default: /* CSV: a row per note, or one for a story without notes */
		for (long i = 0; i < (nn ? nn : 1); i++) {
			printf("%" PRId64 ",", a.id);
			out_csv(stdout, a.published);
			putchar(',');
			out_csv(stdout, a.title);
			putchar(',');
			out_csv(stdout, a.outlet);
			putchar(',');
			out_csv(stdout, a.tags);
			putchar(',');
			out_csv(stdout, nn ? notes[i].quote : "");
			putchar(',');
			out_csv(stdout, nn ? notes[i].body : "");
			fputs("\r\n", stdout);
		}
	}
	ex->stories++;
	store_article_free(&a);
	return 0;
}

static int
cmp_note_article(const void *a, const void *b)
{
	const struct store_note *x = a, *y = b;

	if (x->article != y->article)
		return x->article < y->article ? -1 : 1;
	return x->start < y->start ? -1 : x->start > y->start;
}

/* Progress on a terminal for a large export: stories looked at, of all
 * the filter selects. */
static void
export_progress_start(struct cli *c, struct store *st,
		      const struct store_filter *f, struct import *prog)
{
	long unread;

	prog->progress = !c->quiet && isatty(STDERR_FILENO) &&
	    getenv("DOSSIER_NO_PROGRESS") == NULL &&
	    store_count(st, f, &prog->total, &unread) == 0;
	clock_gettime(CLOCK_MONOTONIC, &prog->t0);
	prog->last = prog->t0;
}

int
cli_export(struct cli *c, int argc, char **argv)
{
	static const struct option opts[] = {
		{ "format", required_argument, NULL, 'f' },
		{ "tag", required_argument, NULL, 't' },
		{ "entity", required_argument, NULL, 'e' },
		{ "search", required_argument, NULL, 's' },
		{ "all", no_argument, NULL, 'a' },
		{ NULL, 0, NULL, 0 }
	};
	struct export ex = { .c = c, .fmt = FMT_JSON };
	struct import prog = { .c = c, .what = "exporting", .brief = 1 };
	struct store_filter f = { 0 };
	struct store_cursor cur = { .valid = 0 };
	struct store_note *notes = NULL;
	struct store_row *rows;
	const char *entity = NULL;
	long nn = 0, n;
	int ch, all = 0, rc = 0;
	char now[32];

	while ((ch = getopt_long(argc, argv, "+f:t:e:s:a", opts, NULL)) != -1) {
		switch (ch) {
		case 'f':
			if (cli_parse_format(c, "export", optarg, &ex.fmt,
			    1u << FMT_JSON | 1u << FMT_MARKDOWN | 1u << FMT_CSV) < 0)
				return 2;
			break;
		case 't': f.tag = optarg; break;
		case 'e': entity = optarg; break;
		case 's': f.search = optarg; break;
		case 'a': all = 1; break;
		default:
			cli_usage_error(c, "export", "unknown option or missing "
			    "value '%s'", argv[optind - 1]);
			return 2;
		}
	}
	if (optind != argc) {
		cli_usage_error(c, "export", "unexpected argument '%s'",
		    argv[optind]);
		return 2;
	}
	if ((ex.st = cli_open_store(c, STORE_READONLY)) == NULL)
		return 1;
	if (entity && (f.entity = store_entity_find(ex.st, entity, 0)) <= 0) {
		fprintf(stderr, "%s: no entity named '%s'\n", c->prog, entity);
		store_close(ex.st);
		return 1;
	}
	/* With no filter, a report holds the stories with tags or notes. */
	if (!f.tag && !f.entity && !f.search && !all)
		all = -1;
	if ((nn = store_notes(ex.st, 0, &notes)) < 0) {
		fprintf(stderr, "%s: %s\n", c->prog, store_errmsg(ex.st));
		store_close(ex.st);
		return 1;
	}
	if (nn > 0)
		qsort(notes, (size_t)nn, sizeof(*notes), cmp_note_article);
	export_progress_start(c, ex.st, &f, &prog);
	{
		time_t t = time(NULL);
		struct tm tm;

		gmtime_r(&t, &tm);
		strftime(now, sizeof(now), "%Y-%m-%dT%H:%M:%SZ", &tm);
	}
	if (ex.fmt == FMT_JSON)
		printf("{\"dossier_export\": 1, \"exported\": \"%s\",\n  "
		    "\"articles\": [", now);
	else if (ex.fmt == FMT_MARKDOWN)
		printf("# dossier\n\nExported %s.\n", now);
	else
		fputs("article,published,title,outlet,tags,quote,note\r\n", stdout);
	while (rc == 0 && (n = store_list(ex.st, &f, &cur, 1, 200, &rows)) > 0) {
		for (long i = 0; i < n && rc == 0; i++) {
			struct store_note key = { .article = rows[i].id }, *lo;
			long k = 0;

			/* Find this article's notes in the sorted array. */
			lo = nn == 0 ? NULL : bsearch(&key, notes, (size_t)nn,
			    sizeof(*notes), cmp_note_article);
			if (lo == NULL) {
				long a = 0, b = nn;

				while (a < b) {
					long m = (a + b) / 2;

					if (notes[m].article < key.article)
						a = m + 1;
					else
						b = m;
				}
				lo = a < nn && notes[a].article == key.article ?
				    &notes[a] : NULL;
			}
			while (lo && lo > notes && lo[-1].article == key.article)
				lo--;
			while (lo && lo + k < notes + nn && lo[k].article == key.article)
				k++;
			prog.added++;
			cli_import_progress(&prog, 0);
			if (all < 0 && k == 0 && *rows[i].tags == '\0')
				continue;
			if (export_one(&ex, rows[i].id, lo, k) < 0)
				rc = 1;
		}
		store_row_cursor(&rows[n - 1], &cur);
		store_rows_free(rows, n);
	}
	cli_import_progress(&prog, 1);
	if (c->verbose)
		fprintf(stderr, "%s: %ld stories exported\n", c->prog, ex.stories);
	if (ex.fmt == FMT_JSON)
		fputs(ex.stories ? "\n  ]\n}\n" : "]\n}\n", stdout);
	else if (ex.fmt == FMT_MARKDOWN && ex.stories == 0)
		fputs("\nNo tagged or annotated stories.\n", stdout);
	if (rc)
		fprintf(stderr, "%s: %s\n", c->prog, store_errmsg(ex.st));
	store_notes_free(notes, nn);
	store_close(ex.st);
	return rc;
}
