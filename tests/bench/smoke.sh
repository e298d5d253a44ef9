#!/bin/sh
# smoke.sh: the benchmark harness runs from a clean tree and prints its
# table (TAP).  A tiny corpus, one run of each query: this checks that
# `make bench` works and prints numbers, never how fast they are.  The
# newsboat comparison is checked when newsboat is installed.
. "$top_srcdir/tests/tap.sh"

command -v python3 >/dev/null 2>&1 || skip_all "python3 not found"
command -v bash >/dev/null 2>&1 || skip_all "bash not found"
nb=
command -v newsboat >/dev/null 2>&1 && nb=--newsboat

DOSSIER="$DOSSIER" bash "$top_srcdir/tests/bench/run" --sizes 120 --runs 1 \
	--work "$T/bench" $nb >"$T/out" 2>"$T/err"
ok $? "tests/bench/run --sizes 120 $nb succeeds"
[ -s "$T/err" ] && grep -i 'n/a' "$T/err" | sed 's/^/#   /' | head -5
grep -q '^articles  *corpus_MB  *import_s' "$T/out"
ok $? "it prints the table's header"
row=$(awk -F'\t' '$1 == 120' "$T/bench/results.tsv")
is "$(printf '%s\n' "$row" | awk -F'\t' '{ print NF }')" 15 "a row of 15 figures"
bad=$(printf '%s\n' "$row" | awk -F'\t' '{
	for (i = 1; i <= NF; i++)
		if ($i !~ /^[0-9.]+$/)
			printf "%d:%s ", i, $i }')
is "$bad" "" "every figure is a number, the reader's first frame included"
grep -E -q '^import 120, articles/s by tenth of the corpus: [0-9]+(,[0-9]+){9}$' "$T/out"
ok $? "it prints the import's rate over each tenth of the corpus"
in=$(awk -F'\t' '$1 == 120' "$T/bench/inprocess.tsv" 2>/dev/null)
bad=$(printf '%s\n' "$in" | awk -F'\t' '{
	for (i = 1; i <= NF; i++)
		if ($i !~ /^[0-9.]+$/)
			printf "%d:%s ", i, $i }')
is "$(printf '%s\n' "$in" | awk -F'\t' '{ print NF }')/$bad" "6/" \
	"the in-process row: search, jumps, entity view and limit, all numbers"
grep -q '^the reader.s calls in one process' "$T/out"
ok $? "and its table is printed"
grep -q '^machine: ' "$T/out"
ok $? "it names the machine it ran on"
if [ -n "$nb" ]; then
	is "$(awk -F'\t' '$1 == 120 && $3 ~ /^[0-9.]+$/ && $4 ~ /^[0-9.]+$/' \
		"$T/bench/newsboat.tsv" | wc -l | tr -d ' ')" 6 \
		"newsboat side by side: six measures, both figures numbers"
	grep -q 'side by side with newsboat' "$T/out"
	ok $? "and the comparison table is printed"
else
	skip "newsboat or tmux is not installed"
	skip "newsboat or tmux is not installed"
fi
done_testing
