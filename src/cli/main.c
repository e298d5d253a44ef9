/* main: global options and the table of sub-commands. */
#include <errno.h>
#include <getopt.h>
#include <inttypes.h>
#include <locale.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "dossier/text.h"

const struct cli_command cli_commands[] = {
	{ "tui", cli_tui, "open the reader (the default)",
	  "tui [--config FILE] [--no-color]", "dossier tui --no-color" },
	{ "import", cli_import, "import articles (files, directories, stdin) or a JSON export",
	  "import [--batch N] PATH...", "dossier import ~/saved-news/" },
	{ "list", cli_list, "list articles, newest first",
	  "list [--tag T] [--entity E] [--search Q] [--unread] [--starred]\n"
	  "            [--limit N] [--format text|tsv|json]",
	  "dossier list --tag summit --format tsv" },
	{ "show", cli_show, "print one article",
	  "show [--format text|json] ID", "dossier show 3" },
	{ "search", cli_search, "full-text search (diacritics and case ignored)",
	  "search [--limit N] [--format text|tsv|json] QUERY...",
	  "dossier search '\"Kim Jong\" vostoc*'" },
	{ "tag", cli_tag, "add (+TAG) or remove (-TAG) tags on an article",
	  "tag ID +TAG|-TAG...", "dossier tag 3 +summit -todo" },
	{ "tags", cli_tags, "list tags with their article counts; rename or delete one",
	  "tags [--format text|tsv|json] | tags --rename OLD NEW |\n"
	  "            tags --delete TAG", "dossier tags --rename todo to-check" },
	{ "entities", cli_entities, "list people, places and organisations",
	  "entities [--type person|place|organisation] [--article ID]\n"
	  "            [--format text|tsv|json]",
	  "dossier entities --type person" },
	{ "mentions", cli_mentions, "every mention of an entity, story by story",
	  "mentions [--format text|tsv|json] ENTITY",
	  "dossier mentions 'Kim Jong Un'" },
	{ "entity", cli_entity, "correct entities: merge, rename, retype, split, ignore",
	  "entity merge INTO FROM | rename ENTITY NAME |\n"
	  "            retype ENTITY person|place|organisation|other |\n"
	  "            split ENTITY ALIAS | ignore ENTITY",
	  "dossier entity merge 'Kim Jong-un' 'Kim Jong Un'" },
	{ "note", cli_note, "annotate a passage of an article; edit or delete a note",
	  "note ID --at TEXT NOTE | note ID --range START:END NOTE |\n"
	  "            note --edit NOTE_ID NOTE | note --delete NOTE_ID",
	  "dossier note 3 --at 'nuova era di relazioni' 'Check the Tass original'" },
	{ "notes", cli_notes, "list notes with their quoted passages",
	  "notes [--article ID] [--format text|tsv|json]", "dossier notes" },
	{ "export", cli_export, "write tags, notes and passages for a report",
	  "export [--format json|markdown|csv] [--tag T] [--entity E]\n"
	  "            [--search Q] [--all]",
	  "dossier export --format markdown --tag summit > summit.md" },
	{ "extract", cli_extract, "print the entities found in text on stdin",
	  "extract [--format tsv|json] < TEXT",
	  "echo 'Vladimir Putin ha incontrato Kim Jong-un.' | dossier extract" },
	{ "reindex", cli_reindex, "re-derive everything from the stored raw text",
	  "reindex", "dossier reindex" },
	{ NULL, NULL, NULL, NULL, NULL }
};

static void
usage(FILE *f)
{
	const struct cli_command *k;

	fprintf(f, "usage: dossier [--db PATH] [-q|-v] [COMMAND [ARGS]]\n\n"
	    "A terminal news reader for reading news as evidence.\n"
	    "With no command, opens the reader.\n\nCommands:\n");
	for (k = cli_commands; k->name; k++)
		fprintf(f, "  %-10s %s\n", k->name, k->summary);
	fprintf(f, "\nOptions:\n"
	    "  --db PATH      the store (default: $DOSSIER_DB, else\n"
	    "                 $XDG_DATA_HOME/dossier/dossier.db)\n"
	    "  -q, --quiet    only errors\n"
	    "  -v, --verbose  say more\n"
	    "  -h, --help     this help; `dossier COMMAND --help` for one command\n"
	    "  -V, --version  print the version\n\n"
	    "Example:\n  dossier import share/samples && dossier\n\n"
	    "Exit status: 0 ok, 1 runtime error, 2 usage error.\n");
}

/* Edit distance, for "did you mean". */
static size_t
distance(const char *a, const char *b)
{
	size_t la = strlen(a), lb = strlen(b), i, j, d[64];

	if (la > 62 || lb > 62)
		return 99;
	for (j = 0; j <= lb; j++)
		d[j] = j;
	for (i = 1; i <= la; i++) {
		size_t prev = d[0], cur;

		d[0] = i;
		for (j = 1; j <= lb; j++) {
			cur = d[j];
			d[j] = prev + (a[i - 1] != b[j - 1]);
			if (d[j - 1] + 1 < d[j])
				d[j] = d[j - 1] + 1;
			if (cur + 1 < d[j])
				d[j] = cur + 1;
			prev = cur;
		}
	}
	return d[lb];
}

/* The closest of a NULL-terminated list of words to w, if close enough. */
static const char *
closest(const char *w, const char *const *words)
{
	const char *best = NULL;
	size_t bd = 3, d;

	for (; *words; words++)
		if ((d = distance(w, *words)) < bd) {
			bd = d;
			best = *words;
		}
	return best;
}

static const struct cli_command *
find_command(const char *name)
{
	const struct cli_command *k;

	for (k = cli_commands; k->name; k++)
		if (strcmp(k->name, name) == 0)
			return k;
	return NULL;
}

void
cli_usage_error(struct cli *c, const char *cmd, const char *fmt, ...)
{
	va_list ap;
	char *msg = NULL, *safe = NULL;

	fprintf(stderr, "%s%s%s: ", c->prog, cmd ? " " : "", cmd ? cmd : "");
	/* the message quotes what the user typed: sanitise it */
	va_start(ap, fmt);
	if (vasprintf(&msg, fmt, ap) < 0)
		msg = NULL;
	va_end(ap);
	if (msg != NULL)
		safe = text_sanitize(msg, strlen(msg), 0);
	fputs(safe ? safe : "?", stderr);
	free(safe);
	free(msg);
	fprintf(stderr, "\nTry '%s%s%s --help'.\n", c->prog, cmd ? " " : "",
	    cmd ? cmd : "");
}

int
cli_command_help(struct cli *c, const char *cmd)
{
	const struct cli_command *k = find_command(cmd);

	if (k == NULL)
		return 2;
	printf("usage: %s %s\n\n%s.\n\nExample:\n  %s\n", c->prog, k->usage,
	    k->summary, k->example);
	printf("\nCommon options: --db PATH, -q/--quiet, -v/--verbose, -h/--help\n");
	return 0;
}

int
cli_parse_format(struct cli *c, const char *cmd, const char *arg,
		 enum cli_format *f, unsigned allowed)
{
	static const char *const names[] = { "text", "tsv", "json", "markdown",
		"csv", NULL };
	const char *near;
	int i;

	for (i = 0; names[i]; i++)
		if (strcmp(arg, names[i]) == 0 && (allowed & (1u << i))) {
			*f = (enum cli_format)i;
			return 0;
		}
	near = closest(arg, names);
	cli_usage_error(c, cmd, "unknown format '%s'%s%s%s", arg,
	    near ? " (did you mean '" : "", near ? near : "", near ? "'?)" : "");
	return -1;
}

int
cli_parse_id(struct cli *c, const char *cmd, const char *arg, int64_t *id)
{
	char *end;
	long long v;

	errno = 0;
	v = strtoll(arg[0] == '#' ? arg + 1 : arg, &end, 10);
	if (errno || *end || end == arg || v <= 0) {
		cli_usage_error(c, cmd, "'%s' is not an article id", arg);
		return -1;
	}
	*id = v;
	return 0;
}

struct store *
cli_open_store(struct cli *c, int flags)
{
	char *err, *end;
	struct store *st;
	const char *rm = getenv("DOSSIER_RANKED_MAX");
	const char *rr = getenv("DOSSIER_RECENT_ROWS");
	long v;

	/* how many matches a search ranks before it lists newest first */
	if (rm && *rm && (v = strtol(rm, &end, 10)) >= 0 && *end == '\0')
		store_ranked_max = v;
	/* how many new mentions wait before the sweep has moved them all */
	if (rr && *rr && (v = strtol(rr, &end, 10)) >= 0 && *end == '\0')
		store_recent_rows = v;
	if (c->verbose) {
		fprintf(stderr, "%s: store ", c->prog);
		out_text(stderr, c->db_path);
		fputc('\n', stderr);
	}
	if ((st = store_open(c->db_path, flags, &err)) == NULL) {
		fprintf(stderr, "%s: %s\n", c->prog, err);
		free(err);
	}
	return st;
}

int
main(int argc, char **argv)
{
	static const struct option opts[] = {
		{ "db", required_argument, NULL, 'd' },
		{ "quiet", no_argument, NULL, 'q' },
		{ "verbose", no_argument, NULL, 'v' },
		{ "help", no_argument, NULL, 'h' },
		{ "version", no_argument, NULL, 'V' },
		{ NULL, 0, NULL, 0 }
	};
	struct cli c = { .prog = "dossier" };
	const struct cli_command *k;
	const char *db = NULL;
	int ch, rc, i;

	setlocale(LC_ALL, "");
	opterr = 0;
	while ((ch = getopt_long(argc, argv, "+qvhV", opts, NULL)) != -1) {
		switch (ch) {
		case 'd': db = optarg; break;
		case 'q': c.quiet = 1; break;
		case 'v': c.verbose = 1; break;
		case 'h': usage(stdout); return 0;
		case 'V': printf("dossier %s\n", PACKAGE_VERSION); return 0;
		default:
			cli_usage_error(&c, NULL, "unknown option '%s'",
			    argv[optind - 1]);
			return 2;
		}
	}
	argc -= optind;
	argv += optind;
	/* Options may also follow the command: pull out the global ones. */
	for (i = 1; i < argc; i++) {
		if (strcmp(argv[i], "--") == 0)
			break;
		if ((strcmp(argv[i], "--db") == 0 && i + 1 < argc) ||
		    strncmp(argv[i], "--db=", 5) == 0) {
			int n = argv[i][4] == '=' ? 1 : 2;

			db = argv[i][4] == '=' ? argv[i] + 5 : argv[i + 1];
			memmove(&argv[i], &argv[i + n], (size_t)(argc - i - n + 1) *
			    sizeof(*argv));
			argc -= n;
			i--;
		} else if (strcmp(argv[i], "-q") == 0 ||
		    strcmp(argv[i], "--quiet") == 0 ||
		    strcmp(argv[i], "-v") == 0 ||
		    strcmp(argv[i], "--verbose") == 0) {
			if (argv[i][1] == 'q' || argv[i][2] == 'q')
				c.quiet = 1;
			else
				c.verbose = 1;
			memmove(&argv[i], &argv[i + 1], (size_t)(argc - i) *
			    sizeof(*argv));
			argc--;
			i--;
		}
	}
	c.db_path = db ? strdup(db) : cli_default_db_path();
	if (c.db_path == NULL) {
		fprintf(stderr, "dossier: out of memory\n");
		return 1;
	}
	if (argc == 0) {
		static char *tui_argv[] = { "tui", NULL };

		optind = 0;
		rc = cli_tui(&c, 1, tui_argv);
	} else if ((k = find_command(argv[0])) != NULL) {
		for (i = 1; i < argc && strcmp(argv[i], "--"); i++)
			if (strcmp(argv[i], "--help") == 0 ||
			    strcmp(argv[i], "-h") == 0) {
				free(c.db_path);
				return cli_command_help(&c, k->name);
			}
		optind = 0;
		rc = k->run(&c, argc, argv);
	} else {
		const char *names[32], *near;
		char *safe;
		int n = 0;

		for (k = cli_commands; k->name && n < 31; k++)
			names[n++] = k->name;
		names[n] = NULL;
		near = closest(argv[0], names);
		safe = text_sanitize(argv[0], strlen(argv[0]), 0);
		fprintf(stderr, "dossier: unknown command '%s'", safe ? safe : "?");
		free(safe);
		if (near)
			fprintf(stderr, "; did you mean '%s'?", near);
		fprintf(stderr, "\nTry 'dossier --help'.\n");
		rc = 2;
	}
	free(c.db_path);
	return rc;
}
