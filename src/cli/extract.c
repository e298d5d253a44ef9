/* extract: `dossier extract` (STUB, owned by the entity work). */
#include <stdio.h>
#include "cli.h"

int
cli_extract(struct cli *c, int argc, char **argv)
{
	fprintf(stderr, "%s extract: not built yet\n", c->prog);
	return 1;
}
