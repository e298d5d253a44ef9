#!/bin/sh
# The entity view reads its mentions page by page (200 at a time, never
# cutting a story): walking past the first page loads the next ones, and
# the header's counts cover them all.
. "$top_srcdir/tests/tap.sh"
. "$top_srcdir/tests/tui/lib.sh"

mkdir -p "$T/copies"
for i in $(seq 10 99); do
	{ echo "Copia $i del vertice"; echo; cat "$SAMPLES"/000_*.txt; } >"$T/copies/c$i.txt"
done
tui_import "$T/copies"
"$DOSSIER" --db "$DB" mentions --format tsv 'Kim Jong-un' >"$T/cli.tsv"
nm=$(($(wc -l <"$T/cli.tsv") - 1))
ns=$(awk -F'\t' 'NR > 1 { print $1 }' "$T/cli.tsv" | sort -u | wc -l | tr -d ' ')
ok $([ "$nm" -gt 300 ]; echo $?) "more than a page and a half of mentions ($nm in $ns stories)"
# the mention 300 rows down from the first: on the second page
want=$(awk -F'\t' 'NR == 302 { print $4 " of story #" $1 }' "$T/cli.tsv")

tui_start 120 40
tui_wait "$ns stories"
tui_keys Enter
tui_wait '│ People'
tui_keys Tab g
tui_sidebar_walk 'Kim Jong-un' 20
tui_keys Enter
tui_wait 'Kim Jong-un: mention 1 of'
tui_keys Enter
tui_wait "^ Kim Jong-un  $nm mentions in $ns stories"
ok $? "the header counts every mention and story"
tmux -S "$SOCK" send-keys -t 0 -N 300 j
sleep 1
tui_keys Enter
tui_wait "mention at byte $want"
ok $? "300 mentions down, past the first page, Enter opens $want"
tui_quit
done_testing
