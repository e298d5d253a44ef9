/* cli: private header of the command-line front end. */
#ifndef DOSSIER_CLI_H
#define DOSSIER_CLI_H
#include <stdio.h>
#include "dossier/store.h"

struct cli {
	const char *db_path;   /* resolved store path */
	const char *prog;
	int quiet, verbose;
};

int cli_import(struct cli *c, int argc, char **argv);
int cli_list(struct cli *c, int argc, char **argv);
int cli_show(struct cli *c, int argc, char **argv);
int cli_search(struct cli *c, int argc, char **argv);
int cli_tag(struct cli *c, int argc, char **argv);
int cli_tui(struct cli *c, int argc, char **argv);
int cli_extract(struct cli *c, int argc, char **argv);

/* paths.c */
char *cli_default_db_path(void);
char *cli_lexicon_dir(void);
#endif
