/* store: being written. */
#include "dossier/store.h"
