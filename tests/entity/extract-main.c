/* extract-main: a stand-alone `dossier extract` for scoring and benchmarks
 * while the sub-command is not wired in main. */
#include "../../src/cli/cli.h"

int
main(int argc, char **argv)
{
	struct cli c = { .prog = "dossier" };

	return cli_extract(&c, argc, argv);
}
