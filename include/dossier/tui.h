/*
 * tui: the ncurses reader.  Reads and writes the store only through
 * store.h; never parses articles.
 */
#ifndef DOSSIER_TUI_H
#define DOSSIER_TUI_H

struct store;

struct tui_options {
	const char *config_path; /* NULL = $XDG_CONFIG_HOME/dossier/config */
	int no_color;            /* force monochrome */
};

/* Run the reader until the user quits.  Returns the process exit status
 * (0 on a normal quit, 1 on a fatal error, reported on stderr). */
int tui_run(struct store *st, const struct tui_options *opt);

#endif
