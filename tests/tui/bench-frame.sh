#!/bin/sh
# bench-frame.sh [N...]: time to the reader's first full frame and its
# resident memory, for stores of N generated stories (default 1000 and
# 100000).  Prints numbers; never fails on a slow machine.
#   DOSSIER=./dossier top_srcdir=. sh tests/tui/bench-frame.sh 1000 100000
. "$top_srcdir/tests/tap.sh"
. "$top_srcdir/tests/tui/lib.sh"
[ $# -gt 0 ] || set -- 1000 100000

# gen N DIR: N small stories with dates, outlets and recurring names.
gen() {
	mkdir -p "$2"
	awk -v n="$1" -v dir="$2" 'BEGIN {
		split("Mario Rossi|Giulia Bianchi|Vladimir Putin|Kim Jong-un|Olaf Scholz|Giorgia Meloni", who, "|")
		split("Roma|Milano|Mosca|Berlino|Parigi|Napoli", where, "|")
		split("gennaio|febbraio|marzo|aprile|maggio|giugno|luglio|agosto|settembre|ottobre|novembre|dicembre", mon, "|")
		srand(42)
		for (i = 0; i < n; i++) {
			f = sprintf("%s/%07d.txt", dir, i)
			p = who[1 + i % 6]; q = who[1 + (i * 7 + 3) % 6]; c = where[1 + i % 5]
			printf "Notizia %d: %s incontra %s a %s\n\n", i, p, q, c > f
			printf "%s, %d %s %d – %s ha incontrato %s per discutere di economia e di energia, secondo fonti vicine al governo.\n\n", c, 1 + i % 28, mon[1 + i % 12], 2015 + i % 10, p, q > f
			printf "Durante la conferenza stampa %s ha detto che il dialogo con %s continuerà nei prossimi mesi, mentre a %s si preparano nuovi incontri.\n", p, q, where[1 + (i + 2) % 6] > f
			close(f)
		}
	}'
}

for n in "$@"; do
	db="$T/bench-$n.db"
	gen "$n" "$T/corpus-$n"
	t0=$(date +%s.%N)
	"$DOSSIER" --db "$db" import "$T/corpus-$n" >/dev/null 2>&1
	t1=$(date +%s.%N)
	rm -rf "$T/corpus-$n"
	DB=$db
	: >"$T/frame.log"
	t2=$(date +%s.%N)
	tui_start 120 40 "DOSSIER_TUI_FRAME_LOG='$T/frame.log'"
	tui_wait "^ dossier  $n stories" 120
	t3=$(date +%s.%N)
	tui_keys G
	tui_wait "$n/$n" 60
	t4=$(date +%s.%N)
	tui_quit >/dev/null
	tui_stop
	echo "# $n stories: import $(echo "$t1 - $t0" | bc) s;" \
	    "$(tr '\n' ' ' <"$T/frame.log");" \
	    "screen seen after $(echo "($t3 - $t2) * 1000" | bc | cut -d. -f1) ms (tmux polling);" \
	    "G to the last story $(echo "($t4 - $t3) * 1000" | bc | cut -d. -f1) ms;" \
	    "store $(du -k "$db" | cut -f1) KiB"
	grep -q first_frame_ms "$T/frame.log"
	ok $? "first frame for $n stories measured"
done
done_testing
