/* commands: the sub-commands that read and annotate the store. */
#include <getopt.h>
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "dossier/entity.h"
#include "dossier/text.h"
#include "dossier/tui.h"

#define F_TEXT (1u << FMT_TEXT)
#define F_TSV (1u << FMT_TSV)
#define F_JSON (1u << FMT_JSON)

/* Report an unknown option the way every command does. */
static int
bad_option(struct cli *c, const char *cmd, char **argv)
{
	cli_usage_error(c, cmd, "unknown option or missing value '%s'",
	    argv[optind - 1]);
	return 2;
}

/* An entity named on the command line: "#12", or a name or any alias. */
static int64_t
entity_arg(struct cli *c, struct store *st, const char *arg)
{
	int64_t id;

	if (arg[0] == '#' && arg[1] && strspn(arg + 1, "0123456789") ==
	    strlen(arg + 1))
		return strtoll(arg + 1, NULL, 10);
	if ((id = store_entity_find(st, arg, 0)) < 0)
		fprintf(stderr, "%s: %s\n", c->prog, store_errmsg(st));
	else if (id == 0) {
		char *safe = text_sanitize(arg, strlen(arg), 0);

		fprintf(stderr, "%s: no entity named '%s' (see `dossier "
		    "entities`)\n", c->prog, safe ? safe : "?");
		free(safe);
	}
	return id;
}

/* ---------------------------------------------------------------- list */

/* Print rows of the article list in a format. */
static void
print_rows(const struct store_row *r, long n, enum cli_format fmt, int *first)
{
	for (long i = 0; i < n; i++) {
		switch (fmt) {
		case FMT_TSV:
			printf("%" PRId64 "\t", r[i].id);
			out_tsv(stdout, r[i].published);
			putchar('\t');
			out_tsv(stdout, r[i].outlet);
			putchar('\t');
			out_tsv(stdout, r[i].title);
			putchar('\t');
			out_tsv(stdout, r[i].tags);
			printf("\t%d\t%d\n", r[i].read, r[i].starred);
			break;
		case FMT_JSON:
			printf("%s\n  {\"id\": %" PRId64 ", \"published\": ",
			    *first ? "" : ",", r[i].id);
			out_json(stdout, r[i].published);
			fputs(", \"outlet\": ", stdout);
			out_json(stdout, r[i].outlet);
			fputs(", \"title\": ", stdout);
			out_json(stdout, r[i].title);
			fputs(", \"tags\": ", stdout);
			out_json_tags(stdout, r[i].tags);
			printf(", \"read\": %s, \"starred\": %s}",
			    r[i].read ? "true" : "false",
			    r[i].starred ? "true" : "false");
			break;
		default:
			printf("%c%c %5" PRId64 "  ", r[i].read ? ' ' : 'N',
			    r[i].starred ? '*' : ' ', r[i].id);
			out_padded(stdout, r[i].published ? r[i].published : "",
			    10);
			fputs("  ", stdout);
			out_padded(stdout, out_or(r[i].outlet, ""), 12);
			fputs("  ", stdout);
			out_text(stdout, r[i].title);
			if (*r[i].tags) {
				fputs("  [", stdout);
				out_text(stdout, r[i].tags);
				fputs("]", stdout);
			}
			putchar('\n');
		}
		*first = 0;
	}
}

/* Page through the whole filtered list and print it. */
static int
list_rows(struct cli *c, struct store *st, const struct store_filter *f,
	  long limit, enum cli_format fmt)
{
	struct store_cursor cur = { .valid = 0 };
	struct store_row *rows;
	long n, total = 0;
	int first = 1;

	if (fmt == FMT_TSV)
		printf("id\tpublished\toutlet\ttitle\ttags\tread\tstarred\n");
	else if (fmt == FMT_JSON)
		fputs("[", stdout);
	for (;;) {
		/* A short first page: its lines come out before the rest is
		 * read (a search joins only the rows of the page it ranks). */
		int page = total == 0 ? 50 : 500;
		int want = limit > 0 && limit - total < page ? (int)(limit - total)
		    : page;

		if (want <= 0)
			break;
		if ((n = store_list(st, f, &cur, 1, want, &rows)) < 0) {
			fprintf(stderr, "%s: %s\n", c->prog, store_errmsg(st));
			return 1;
		}
		if (total == 0 && n > 0 && f->search && c->verbose &&
		    store_row_by_date(&rows[0]))
			fprintf(stderr, "%s: more than %ld matches: newest first\n",
			    c->prog, store_ranked_max);
		print_rows(rows, n, fmt, &first);
		if (total == 0)
			fflush(stdout); /* the first page, before the rest */
		total += n;
		if (n > 0)
			store_row_cursor(&rows[n - 1], &cur);
		store_rows_free(rows, n);
		if (n < want)
			break;
	}
	if (fmt == FMT_JSON)
		fputs(first ? "]\n" : "\n]\n", stdout);
	return ferror(stdout) ? 1 : 0;
}

/* The options list and search share. */
static int
list_main(struct cli *c, const char *cmd, int argc, char **argv, int search)
{
	static const struct option opts[] = {
		{ "tag", required_argument, NULL, 't' },
		{ "entity", required_argument, NULL, 'e' },
		{ "search", required_argument, NULL, 's' },
		{ "unread", no_argument, NULL, 'u' },
		{ "starred", no_argument, NULL, 'S' },
		{ "limit", required_argument, NULL, 'n' },
		{ "format", required_argument, NULL, 'f' },
		{ NULL, 0, NULL, 0 }
	};
	struct store_filter f = { 0 };
	enum cli_format fmt = FMT_TEXT;
	const char *entity = NULL;
	char *query = NULL;
	struct store *st;
	long limit = 0;
	int ch, rc;

	while ((ch = getopt_long(argc, argv, "t:e:s:un:f:", opts, NULL)) != -1) {
		switch (ch) {
		case 't': f.tag = optarg; break;
		case 'e': entity = optarg; break;
		case 's': f.search = optarg; break;
		case 'u': f.unread = 1; break;
		case 'S': f.starred = 1; break;
		case 'n':
			if ((limit = atol(optarg)) <= 0) {
				cli_usage_error(c, cmd, "--limit wants a positive "
				    "number, not '%s'", optarg);
				return 2;
			}
			break;
		case 'f':
			if (cli_parse_format(c, cmd, optarg, &fmt,
			    F_TEXT | F_TSV | F_JSON) < 0)
				return 2;
			break;
		default:
			return bad_option(c, cmd, argv);
		}
	}
	if (search) {
		size_t len = 0;

		for (int i = optind; i < argc; i++)
			len += strlen(argv[i]) + 1;
		if (len == 0) {
			cli_usage_error(c, cmd, "what to search for?");
			return 2;
		}
		if ((query = calloc(1, len + 1)) == NULL)
			return 1;
		for (int i = optind; i < argc; i++) {
			strcat(query, argv[i]);
			strcat(query, " ");
		}
		f.search = query;
	} else if (optind < argc) {
		cli_usage_error(c, cmd, "unexpected argument '%s'", argv[optind]);
		return 2;
	}
	if ((st = cli_open_store(c, STORE_READONLY)) == NULL) {
		free(query);
		return 1;
	}
	rc = 0;
	if (entity && (f.entity = entity_arg(c, st, entity)) <= 0)
		rc = 1;
	if (rc == 0)
		rc = list_rows(c, st, &f, limit, fmt);
	store_close(st);
	free(query);
	return rc;
}

int
cli_list(struct cli *c, int argc, char **argv)
{
	return list_main(c, "list", argc, argv, 0);
}

int
cli_search(struct cli *c, int argc, char **argv)
{
	return list_main(c, "search", argc, argv, 1);
}

/* ---------------------------------------------------------------- show */

/* The body as text: blocks apart, sub-headings underlined. */
static void
show_body(const struct store_article *a)
{
	const char *p = a->body, *end = a->body + a->body_len;
	size_t b = 0;

	while (p < end) {
		const char *q = strstr(p, "\n\n");
		size_t n = q ? (size_t)(q - p) : (size_t)(end - p);
		char *block = strndup(p, n);
		int heading = a->blocks && b < strlen(a->blocks) &&
		    a->blocks[b] == 'h';

		if (block) {
			out_text(stdout, block);
			putchar('\n');
			if (heading) {
				int w = text_width(block, n);

				for (int i = 0; i < w && i < 200; i++)
					fputs("-", stdout);
				putchar('\n');
			}
		}
		free(block);
		p += n;
		if (p < end) {
			putchar('\n');
			p += 2;
		}
		b++;
	}
}

int
cli_show(struct cli *c, int argc, char **argv)
{
	static const struct option opts[] = {
		{ "format", required_argument, NULL, 'f' },
		{ NULL, 0, NULL, 0 }
	};
	enum cli_format fmt = FMT_TEXT;
	struct store_article a;
	struct store *st;
	int64_t id;
	int ch, rc;

	while ((ch = getopt_long(argc, argv, "f:", opts, NULL)) != -1) {
		if (ch != 'f')
			return bad_option(c, "show", argv);
		if (cli_parse_format(c, "show", optarg, &fmt, F_TEXT | F_JSON) < 0)
			return 2;
	}
	if (optind + 1 != argc) {
		cli_usage_error(c, "show", "give exactly one article id");
		return 2;
	}
	if (cli_parse_id(c, "show", argv[optind], &id) < 0)
		return 2;
	if ((st = cli_open_store(c, STORE_READONLY)) == NULL)
		return 1;
	rc = store_article_get(st, id, &a);
	if (rc < 0)
		fprintf(stderr, "%s: %s\n", c->prog, store_errmsg(st));
	else if (rc == 1)
		fprintf(stderr, "%s: no article #%" PRId64 "\n", c->prog, id);
	if (rc != 0) {
		store_close(st);
		return 1;
	}
	if (fmt == FMT_JSON) {
		fputc('{', stdout);
		out_json_article(stdout, &a);
		fputs(", \"blocks\": ", stdout);
		out_json(stdout, a.blocks);
		fputs(", \"body\": ", stdout);
		out_json(stdout, a.body);
		fputs("}\n", stdout);
	} else {
		out_text(stdout, a.title);
		putchar('\n');
		{
			const char *parts[4] = { a.published, a.dateline, a.outlet,
			    a.byline };
			int k = 0;

			for (int i = 0; i < 4; i++)
				if (parts[i] && *parts[i]) {
					fputs(k++ ? " · " : "", stdout);
					out_text(stdout, parts[i]);
				}
			if (*a.tags) {
				fputs(k++ ? " · tags: " : "tags: ", stdout);
				out_text(stdout, a.tags);
			}
			if (k)
				putchar('\n');
		}
		putchar('\n');
		show_body(&a);
	}
	store_article_free(&a);
	store_close(st);
	return ferror(stdout) ? 1 : 0;
}

/* ---------------------------------------------------------------- tags */

int
cli_tag(struct cli *c, int argc, char **argv)
{
	struct store *st;
	int64_t id;
	int i, rc = 0;

	if (argc < 3) {
		cli_usage_error(c, "tag", "give an article id and +TAG or -TAG");
		return 2;
	}
	if (cli_parse_id(c, "tag", argv[1], &id) < 0)
		return 2;
	if ((st = cli_open_store(c, 0)) == NULL)
		return 1;
	if (store_begin(st) < 0) {
		fprintf(stderr, "%s: %s\n", c->prog, store_errmsg(st));
		store_close(st);
		return 1;
	}
	for (i = 2; i < argc && rc == 0; i++) {
		const char *t = argv[i];
		int r;

		if (t[0] == '-')
			r = store_tag_remove(st, id, t + 1);
		else
			r = store_tag_add(st, id, t[0] == '+' ? t + 1 : t);
		if (r == 1) {
			fprintf(stderr, "%s: no article #%" PRId64 "\n", c->prog, id);
			rc = 1;
		} else if (r < 0) {
			fprintf(stderr, "%s: %s\n", c->prog, store_errmsg(st));
			rc = 1;
		}
	}
	if (rc == 0 && store_commit(st) < 0) {
		fprintf(stderr, "%s: %s\n", c->prog, store_errmsg(st));
		rc = 1;
	} else if (rc != 0)
		store_rollback(st);
	store_close(st);
	return rc;
}

int
cli_tags(struct cli *c, int argc, char **argv)
{
	static const struct option opts[] = {
		{ "format", required_argument, NULL, 'f' },
		{ "rename", no_argument, NULL, 'r' },
		{ "delete", no_argument, NULL, 'd' },
		{ NULL, 0, NULL, 0 }
	};
	enum cli_format fmt = FMT_TEXT;
	struct store_tag *t;
	struct store *st;
	long n;
	int ch, rename = 0, del = 0;

	while ((ch = getopt_long(argc, argv, "f:", opts, NULL)) != -1) {
		if (ch == 'r' || ch == 'd') {
			*(ch == 'r' ? &rename : &del) = 1;
			continue;
		}
		if (ch != 'f')
			return bad_option(c, "tags", argv);
		if (cli_parse_format(c, "tags", optarg, &fmt,
		    F_TEXT | F_TSV | F_JSON) < 0)
			return 2;
	}
	if (rename || del) {
		int rc;

		if (rename + del > 1 || argc - optind != (rename ? 2 : 1)) {
			cli_usage_error(c, "tags", "--rename OLD NEW or --delete TAG");
			return 2;
		}
		if ((st = cli_open_store(c, 0)) == NULL)
			return 1;
		rc = rename ? store_tag_rename(st, argv[optind], argv[optind + 1])
		    : store_tag_delete(st, argv[optind]);
		if (rc == 1) {
			char *safe = text_sanitize(argv[optind],
			    strlen(argv[optind]), 0);

			fprintf(stderr, "%s: no tag '%s'\n", c->prog, safe ? safe : "?");
			free(safe);
		} else if (rc < 0)
			fprintf(stderr, "%s: %s\n", c->prog, store_errmsg(st));
		store_close(st);
		return rc ? 1 : 0;
	}
	if (optind != argc) {
		cli_usage_error(c, "tags", "unexpected argument '%s'", argv[optind]);
		return 2;
	}
	if ((st = cli_open_store(c, STORE_READONLY)) == NULL)
		return 1;
	if ((n = store_tags(st, &t)) < 0) {
		fprintf(stderr, "%s: %s\n", c->prog, store_errmsg(st));
		store_close(st);
		return 1;
	}
	if (fmt == FMT_TSV)
		puts("tag\tarticles");
	if (fmt == FMT_JSON)
		fputs("[", stdout);
	for (long i = 0; i < n; i++) {
		if (fmt == FMT_JSON) {
			fputs(i ? ",\n  {\"tag\": " : "\n  {\"tag\": ", stdout);
			out_json(stdout, t[i].name);
			printf(", \"articles\": %ld}", t[i].count);
		} else if (fmt == FMT_TSV) {
			out_tsv(stdout, t[i].name);
			printf("\t%ld\n", t[i].count);
		} else {
			printf("%6ld  ", t[i].count);
			out_text(stdout, t[i].name);
			putchar('\n');
		}
	}
	if (fmt == FMT_JSON)
		fputs(n ? "\n]\n" : "]\n", stdout);
	store_tags_free(t, n);
	store_close(st);
	return 0;
}

/* ---------------------------------------------------------------- entities */

/* Print one entity; i is its place in the output (JSON commas). */
static void
entity_print(enum cli_format fmt, const struct store_entity *e, long i)
{
	const char *tn = entity_type_name(e->type);

	if (fmt == FMT_TSV) {
		printf("%" PRId64 "\t", e->id);
		out_tsv(stdout, e->name);
		printf("\t%s\t%ld\t%ld\t", tn, e->mentions, e->articles);
		out_tsv(stdout, e->aliases);
		putchar('\n');
	} else if (fmt == FMT_JSON) {
		char *al = e->aliases ? strdup(e->aliases) : NULL;
		char *p = al, *q;
		int k = 0;

		printf("%s\n  {\"id\": %" PRId64 ", \"name\": ", i ? "," : "",
		    e->id);
		out_json(stdout, e->name);
		printf(", \"type\": \"%s\", \"mentions\": %ld, \"stories\": "
		    "%ld, \"aliases\": [", tn, e->mentions, e->articles);
		while (p && *p) {
			if ((q = strstr(p, "; ")) != NULL)
				*q = '\0';
			fputs(k++ ? ", " : "", stdout);
			out_json(stdout, p);
			p = q ? q + 2 : NULL;
		}
		free(al);
		fputs("]}", stdout);
	} else {
		printf("%5ld %4ld  %-12s  ", e->mentions, e->articles, tn);
		out_text(stdout, e->name);
		if (e->aliases && strcmp(e->aliases, e->name)) {
			fputs("  (", stdout);
			out_text(stdout, e->aliases);
			fputs(")", stdout);
		}
		putchar('\n');
	}
}

int
cli_entities(struct cli *c, int argc, char **argv)
{
	static const struct option opts[] = {
		{ "type", required_argument, NULL, 't' },
		{ "article", required_argument, NULL, 'a' },
		{ "format", required_argument, NULL, 'f' },
		{ NULL, 0, NULL, 0 }
	};
	enum cli_format fmt = FMT_TEXT;
	struct store_entity *e;
	struct store *st;
	int64_t article = 0;
	int ch, type = -1;
	long n, shown = 0;

	while ((ch = getopt_long(argc, argv, "+t:a:f:", opts, NULL)) != -1) {
		switch (ch) {
		case 't':
			if ((type = entity_type_parse(optarg)) < 0) {
				cli_usage_error(c, "entities", "unknown type '%s' "
				    "(person, place, organisation, other)", optarg);
				return 2;
			}
			break;
		case 'a':
			if (cli_parse_id(c, "entities", optarg, &article) < 0)
				return 2;
			break;
		case 'f':
			if (cli_parse_format(c, "entities", optarg, &fmt,
			    F_TEXT | F_TSV | F_JSON) < 0)
				return 2;
			break;
		default:
			return bad_option(c, "entities", argv);
		}
	}
	if ((st = cli_open_store(c, STORE_READONLY)) == NULL)
		return 1;
	if (fmt == FMT_TSV)
		puts("id\tname\ttype\tmentions\tstories\taliases");
	if (fmt == FMT_JSON)
		fputs("[", stdout);
	/* The corpus-wide list comes a page at a time along an index (a
	 * short first page, flushed), all from one snapshot so that an
	 * import meanwhile cannot shift the pages; a story's entities all
	 * at once. */
	if (!article && store_snapshot(st) < 0) {
		fprintf(stderr, "%s: %s\n", c->prog, store_errmsg(st));
		store_close(st);
		return 1;
	}
	for (;;) {
		long page = shown == 0 ? 50 : 500;

		n = article ? store_entities(st, type, article, &e)
		    : store_entities_top(st, type, shown, page, &e);
		if (n < 0) {
			fprintf(stderr, "%s: %s\n", c->prog, store_errmsg(st));
			store_close(st);
			return 1;
		}
		for (long i = 0; i < n; i++)
			entity_print(fmt, &e[i], shown++);
		store_entities_free(e, n);
		fflush(stdout);
		if (article || n < page)
			break;
	}
	if (fmt == FMT_JSON)
		fputs(shown ? "\n]\n" : "]\n", stdout);
	store_close(st);
	return 0;
}

/* Print one mention; *shown counts those printed, *story is the story
 * of the last one (for the text format's headings). */
static void
mention_print(enum cli_format fmt, const struct store_entity_mention *m,
	      long *shown, int64_t *story)
{
	if (fmt == FMT_TSV) {
		printf("%" PRId64 "\t", m->article);
		out_tsv(stdout, m->published);
		putchar('\t');
		out_tsv(stdout, m->title);
		printf("\t%zu\t%zu\t", m->start, m->end);
		out_tsv(stdout, m->text);
		putchar('\t');
		out_tsv(stdout, m->before);
		out_tsv(stdout, m->text);
		out_tsv(stdout, m->after);
		putchar('\n');
	} else if (fmt == FMT_JSON) {
		printf("%s\n  {\"article\": %" PRId64 ", \"published\": ",
		    *shown ? "," : "", m->article);
		out_json(stdout, m->published);
		fputs(", \"title\": ", stdout);
		out_json(stdout, m->title);
		printf(", \"start\": %zu, \"end\": %zu, \"mention\": ",
		    m->start, m->end);
		out_json(stdout, m->text);
		fputs(", \"before\": ", stdout);
		out_json(stdout, m->before);
		fputs(", \"after\": ", stdout);
		out_json(stdout, m->after);
		fputs("}", stdout);
	} else {
		if (m->article != *story) {
			printf("%s#%" PRId64 "  %s  ", *story ? "\n" : "",
			    m->article, out_or(m->published, "(no date)"));
			out_text(stdout, m->title);
			putchar('\n');
		}
		fputs("    …", stdout);
		out_tsv(stdout, m->before);
		fputs("[", stdout);
		out_tsv(stdout, m->text);
		fputs("]", stdout);
		out_tsv(stdout, m->after);
		fputs("…\n", stdout);
	}
	*story = m->article;
	(*shown)++;
}

int
cli_mentions(struct cli *c, int argc, char **argv)
{
	static const struct option opts[] = {
		{ "format", required_argument, NULL, 'f' },
		{ NULL, 0, NULL, 0 }
	};
	enum cli_format fmt = FMT_TEXT;
	struct store_entity_mention *m;
	struct store_place after = { 0, 0, 0 };
	struct store *st;
	int64_t id, story = 0;
	long n, shown = 0;
	int ch;

	while ((ch = getopt_long(argc, argv, "f:", opts, NULL)) != -1) {
		if (ch != 'f')
			return bad_option(c, "mentions", argv);
		if (cli_parse_format(c, "mentions", optarg, &fmt,
		    F_TEXT | F_TSV | F_JSON) < 0)
			return 2;
	}
	if (optind + 1 != argc) {
		cli_usage_error(c, "mentions", "give one entity (name or #id)");
		return 2;
	}
	if ((st = cli_open_store(c, STORE_READONLY)) == NULL)
		return 1;
	if ((id = entity_arg(c, st, argv[optind])) <= 0) {
		store_close(st);
		return 1;
	}
	if (fmt == FMT_TSV)
		puts("article\tpublished\ttitle\tstart\tend\tmention\tcontext");
	if (fmt == FMT_JSON)
		fputs("[", stdout);
	/* Page by page: the first lines come at once whatever the count,
	 * all from one snapshot of the store. */
	if (store_snapshot(st) < 0) {
		fprintf(stderr, "%s: %s\n", c->prog, store_errmsg(st));
		store_close(st);
		return 1;
	}
	while ((n = store_entity_mentions_page(st, id, &after, 500, &m)) > 0) {
		for (long i = 0; i < n; i++)
			mention_print(fmt, &m[i], &shown, &story);
		after.article = m[n - 1].article;
		after.start = m[n - 1].start;
		store_entity_mentions_free(m, n);
	}
	if (n < 0) {
		fprintf(stderr, "%s: %s\n", c->prog, store_errmsg(st));
		store_close(st);
		return 1;
	}
	if (fmt == FMT_JSON)
		fputs(shown ? "\n]\n" : "]\n", stdout);
	store_close(st);
	return 0;
}

int
cli_entity(struct cli *c, int argc, char **argv)
{
	static const char *const verbs[] = { "merge", "rename", "retype", "split",
		"ignore", NULL };
	static const int nargs[] = { 2, 2, 2, 2, 1 };
	struct store *st;
	int64_t a, b = 0;
	int v, rc;

	if (argc < 2) {
		cli_usage_error(c, "entity", "merge, rename, retype, split or "
		    "ignore?");
		return 2;
	}
	for (v = 0; verbs[v] && strcmp(verbs[v], argv[1]); v++)
		;
	if (verbs[v] == NULL) {
		cli_usage_error(c, "entity", "unknown correction '%s' (merge, "
		    "rename, retype, split, ignore)", argv[1]);
		return 2;
	}
	if (argc != 2 + nargs[v]) {
		cli_usage_error(c, "entity", "%s wants %d argument%s", verbs[v],
		    nargs[v], nargs[v] > 1 ? "s" : "");
		return 2;
	}
	if (v == 2 && entity_type_parse(argv[3]) < 0) {
		cli_usage_error(c, "entity", "unknown type '%s' (person, place, "
		    "organisation, other)", argv[3]);
		return 2;
	}
	if ((st = cli_open_store(c, 0)) == NULL)
		return 1;
	if ((a = entity_arg(c, st, argv[2])) <= 0 ||
	    (v == 0 && (b = entity_arg(c, st, argv[3])) <= 0)) {
		store_close(st);
		return 1;
	}
	switch (v) {
	case 0: rc = store_entity_merge(st, a, b); break;
	case 1: rc = store_entity_rename(st, a, argv[3]); break;
	case 2: rc = store_entity_retype(st, a, entity_type_parse(argv[3])); break;
	case 3: rc = store_entity_split(st, a, argv[3], &b); break;
	default: rc = store_entity_ignore(st, a); break;
	}
	if (rc < 0)
		fprintf(stderr, "%s: entity %s: %s\n", c->prog, verbs[v],
		    store_errmsg(st));
	else if (!c->quiet)
		printf("%s: done (kept as a rule for future imports)\n", verbs[v]);
	store_close(st);
	return rc < 0 ? 1 : 0;
}

/* ---------------------------------------------------------------- tui */

int
cli_tui(struct cli *c, int argc, char **argv)
{
	static const struct option opts[] = {
		{ "config", required_argument, NULL, 'c' },
		{ "no-color", no_argument, NULL, 'n' },
		{ NULL, 0, NULL, 0 }
	};
	struct tui_options opt = { 0 };
	struct store *st;
	int ch, rc;

	while ((ch = getopt_long(argc, argv, "c:", opts, NULL)) != -1) {
		if (ch == 'c')
			opt.config_path = optarg;
		else if (ch == 'n')
			opt.no_color = 1;
		else
			return bad_option(c, "tui", argv);
	}
	if (optind < argc) {
		cli_usage_error(c, "tui", "unexpected argument '%s'", argv[optind]);
		return 2;
	}
	if ((st = cli_open_store(c, 0)) == NULL)
		return 1;
	rc = tui_run(st, &opt);
	store_close(st);
	return rc;
}
