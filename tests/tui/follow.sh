#!/bin/sh
# Following a person: ] and [ visit every mention of Kim Jong-un across
# the sample stories (any spelling: the merged entity), once each, in the
# order `dossier mentions` gives (stories by date, mentions by offset).
. "$top_srcdir/tests/tap.sh"
. "$top_srcdir/tests/tui/lib.sh"

tui_import "$SAMPLES"/*.txt
"$DOSSIER" --db "$DB" mentions --format tsv 'Kim Jong-un' >"$T/cli.tsv"
ok $? "dossier mentions lists Kim Jong-un"
# expected: "article k" per mention, k = rank inside its story
awk -F'\t' 'NR > 1 { n[$1]++; print $1, n[$1] }' "$T/cli.tsv" >"$T/want"
like "$(cut -f6 "$T/cli.tsv" | sort -u | tr '\n' '|')" 'Kim Jong Un' \
    "the CLI mentions include the spelling Kim Jong Un"

tui_start 120 40
tui_wait '5 stories'
tui_goto_row 'faccia a faccia'
tui_keys Enter
tui_wait '│ People'
tui_keys Tab
tui_sidebar_walk 'Kim Jong-un' 10
tui_keys Enter
tui_wait 'Kim Jong-un: mention 1 of'
ok $? "the entity is selected"

# status: the last line
status() { tui_screen | tail -1; }
# press KEY until STOP shows, logging each new status
walk() {
	key=$1 stop=$2 prev=$(status) i=0
	while [ "$i" -lt 200 ]; do
		tui_keys "$key"
		j=0
		while [ "$j" -lt 100 ]; do
			cur=$(status)
			[ "$cur" != "$prev" ] && break
			sleep 0.05
			j=$((j + 1))
		done
		case $cur in *"$stop"*) return 0 ;; esac
		echo "$cur"
		prev=$cur
		i=$((i + 1))
	done
	return 1
}
walk '[' 'no earlier mention' >/dev/null
ok $? "[ walks back to the first mention in the corpus"
walk ']' 'no later mention' >"$T/seen"
ok $? "] walks to the last mention in the corpus"
sed -n 's/.*mention \([0-9]*\) of [0-9]* in story #\([0-9]*\).*/\2 \1/p' \
    "$T/seen" >"$T/got"
# the first mention was shown before walking forward
{ head -1 "$T/want"; cat "$T/got"; } >"$T/got1"
is "$(cat "$T/got1")" "$(cat "$T/want")" \
    "every mention visited once, in the CLI's order"
is "$(wc -l <"$T/got1" | tr -d ' ')" "$(wc -l <"$T/want" | tr -d ' ')" \
    "as many stops as mentions"
like "$(cat "$T/seen")" 'another story' "crossing a story says so"
is "$(tui_quit)" 0 "q exits with status 0"
done_testing
