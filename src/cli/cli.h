/* cli: private header of the command-line front end. */
#ifndef DOSSIER_CLI_H
#define DOSSIER_CLI_H

#include <stdio.h>
#include <sys/types.h>
#include <time.h>

#include "dossier/entity.h"
#include "dossier/store.h"

enum cli_format { FMT_TEXT, FMT_TSV, FMT_JSON, FMT_MARKDOWN, FMT_CSV };

struct cli {
	const char *prog;     /* "dossier" */
	char *db_path;        /* resolved store path */
	int quiet, verbose;
};

/* One sub-command: name, handler, one-line summary, usage and example. */
struct cli_command {
	const char *name;
	int (*run)(struct cli *c, int argc, char **argv);
	const char *summary;
	const char *usage;
	const char *example;
};

extern const struct cli_command cli_commands[];

/* main.c */
void cli_usage_error(struct cli *c, const char *cmd, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));
int cli_command_help(struct cli *c, const char *cmd);
int cli_parse_format(struct cli *c, const char *cmd, const char *arg,
		     enum cli_format *f, unsigned allowed);
struct store *cli_open_store(struct cli *c, int flags);
int cli_parse_id(struct cli *c, const char *cmd, const char *arg, int64_t *id);

/* paths.c */
char *cli_default_db_path(void);
char *cli_lexicon_dir(void);

/* output.c: every string from the store or an article passes through the
 * one sanitiser (text_sanitize) on its way out. */
void out_text(FILE *f, const char *s);
void out_tsv(FILE *f, const char *s);
void out_json(FILE *f, const char *s);
void out_json_tags(FILE *f, const char *tags);
void out_json_article(FILE *f, const struct store_article *a);
void out_padded(FILE *f, const char *s, int cols);
const char *out_or(const char *s, const char *dflt);

/* import.c: the state of one import, shared with import-json.c. */
#define MAX_DEPTH 64
struct import {
	struct cli *c;
	struct store *st;
	struct entity_lexicon *lx;
	const char *what;    /* "importing" */
	long added, present, refused, warned, in_batch, batch;
	long batch_added;     /* added in the open batch */
	size_t batch_bytes;   /* their raw bytes: a batch of long stories
	                       * commits early (IMPORT_BATCH_BYTES) */
	long total;           /* articles expected (0: unknown) */
	int failed;          /* a store error: stop */
	int progress;        /* show progress on the terminal */
	int brief;           /* progress without the added/present counts */
	struct timespec t0, last;
	dev_t dirs_dev[MAX_DEPTH];
	ino_t dirs_ino[MAX_DEPTH];
	int depth;
};
int cli_import_bytes(struct import *im, const char *name, const char *raw,
		     size_t len, int64_t *id);
int cli_import_commit(struct import *im);
/* Store every article still in the import pipeline and stop its thread. */
void cli_import_drain(struct import *im);
int cli_import_stopped(const struct import *im);
void cli_import_progress(struct import *im, int final);
void cli_import_msg(struct import *im, const char *name, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));

/* import-json.c: re-import a `dossier export --format json` document. */
int cli_json_is_export(const char *head, size_t len);
int cli_json_sniff(const char *path);
void cli_import_json(struct import *im, const char *name, const char *json,
		     size_t len);
void cli_import_json_file(struct import *im, const char *path);

/* The sub-commands. */
int cli_import(struct cli *c, int argc, char **argv);
int cli_reindex(struct cli *c, int argc, char **argv);
int cli_list(struct cli *c, int argc, char **argv);
int cli_show(struct cli *c, int argc, char **argv);
int cli_search(struct cli *c, int argc, char **argv);
int cli_tag(struct cli *c, int argc, char **argv);
int cli_tags(struct cli *c, int argc, char **argv);
int cli_entities(struct cli *c, int argc, char **argv);
int cli_mentions(struct cli *c, int argc, char **argv);
int cli_entity(struct cli *c, int argc, char **argv);
int cli_extract(struct cli *c, int argc, char **argv);
int cli_tui(struct cli *c, int argc, char **argv);
int cli_note(struct cli *c, int argc, char **argv);
int cli_notes(struct cli *c, int argc, char **argv);
int cli_export(struct cli *c, int argc, char **argv);

#endif
