/* tui: STUB to be replaced. */
#include <stdio.h>
#include "dossier/tui.h"

int
tui_run(struct store *st, const struct tui_options *opt)
{
	fprintf(stderr, "dossier: the reader is not built yet\n");
	return 1;
}
