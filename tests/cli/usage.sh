#!/bin/bash
# CLI: help, version, usage errors and suggestions.
. "${top_srcdir:-.}/tests/tap.sh"
out=$("$DOSSIER" --help); is $? 0 "--help exits 0"
for c in import list show search tag tags entities mentions entity extract reindex tui; do
	like "$out" "^  $c " "--help lists $c"
	sub=$("$DOSSIER" "$c" --help); st=$?
	is "$st" 0 "$c --help exits 0"
	like "$sub" "^usage: dossier $c" "$c --help has a usage line"
	like "$sub" "^Example:" "$c --help has an example"
done
like "$("$DOSSIER" --version)" '^dossier [0-9]+\.[0-9]+' "--version"
out=$("$DOSSIER" lsit 2>&1); is $? 2 "unknown command exits 2"
like "$out" "did you mean 'list'" "and suggests the closest"
out=$("$DOSSIER" --frobnicate 2>&1); is $? 2 "unknown option exits 2"
out=$("$DOSSIER" list --fromat tsv 2>&1); is $? 2 "unknown sub-command option exits 2"
out=$("$DOSSIER" list --format jsno 2>&1); is $? 2 "unknown format exits 2"
like "$out" "did you mean 'json'" "and suggests the closest format"
out=$("$DOSSIER" show 2>&1); is $? 2 "show without id"
out=$("$DOSSIER" show 12abc 2>&1); is $? 2 "show with a bad id"
"$DOSSIER" -q import "$SAMPLES"
out=$("$DOSSIER" show 42 2>&1); is $? 1 "show of a missing article is a runtime error"
like "$out" "no article #42" "naming it"
done_testing
