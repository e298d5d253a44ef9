/* paths: where dossier keeps its data and finds its lexicons (XDG). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "cli.h"

/* A malloc'd "base/rest", or NULL. */
static char *
join(const char *base, const char *rest)
{
	char *s;

	if (asprintf(&s, "%s/%s", base, rest) < 0)
		return NULL;
	return s;
}

/* $DOSSIER_DB, else $XDG_DATA_HOME/dossier/dossier.db, else
 * ~/.local/share/dossier/dossier.db. */
char *
cli_default_db_path(void)
{
	const char *e = getenv("DOSSIER_DB"), *home;

	if (e && *e)
		return strdup(e);
	if ((e = getenv("XDG_DATA_HOME")) && e[0] == '/')
		return join(e, "dossier/dossier.db");
	if ((home = getenv("HOME")) == NULL || *home == '\0')
		home = ".";
	return join(home, ".local/share/dossier/dossier.db");
}

/* 1 if path is a directory. */
static int
is_dir(const char *path)
{
	struct stat sb;

	return stat(path, &sb) == 0 && S_ISDIR(sb.st_mode);
}

/* $DOSSIER_LEXICON_DIR, else the installed lexicons, else the source
 * tree's (so an uninstalled build works). */
char *
cli_lexicon_dir(void)
{
	const char *e = getenv("DOSSIER_LEXICON_DIR");

	if (e && *e)
		return strdup(e);
	if (is_dir(DOSSIER_PKGDATADIR "/lexicon"))
		return strdup(DOSSIER_PKGDATADIR "/lexicon");
	return strdup(DOSSIER_SRCDIR "/share/lexicon");
}
