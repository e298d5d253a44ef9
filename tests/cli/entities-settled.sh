#!/bin/bash
# CLI: entities.sh again with each batch's new mentions moved into the big
# mentions table as it commits (DOSSIER_RECENT_ROWS=0), where by default
# they wait in mentions_recent: every command, correction included, must
# give the same answers whichever table holds the rows.
export DOSSIER_RECENT_ROWS=0
. "${top_srcdir:-.}/tests/cli/entities.sh"
