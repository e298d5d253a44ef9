#!/bin/sh
# The entity view (Enter on the selected entity, or i): every story that
# mentions it with counts and context; Enter opens a story at a mention.
# Corrections from the sidebar: rename (r), retype (Y), merge (M),
# ignore (I), stored and applied at once.
. "$top_srcdir/tests/tap.sh"
. "$top_srcdir/tests/tui/lib.sh"

tui_import "$SAMPLES"/*.txt
"$DOSSIER" --db "$DB" mentions --format tsv 'Kim Jong-un' >"$T/cli.tsv"
nm=$(($(wc -l <"$T/cli.tsv") - 1))
ns=$(awk -F'\t' 'NR > 1 { print $1 }' "$T/cli.tsv" | sort -u | wc -l | tr -d ' ')
second=$(awk -F'\t' 'NR == 3 { print $4 " of story #" $1 }' "$T/cli.tsv")

tui_start 120 40
tui_wait '5 stories'
tui_goto_row 'faccia a faccia'
tui_keys Enter
tui_wait '│ People'
tui_keys Tab
# sel NAME: walk the sidebar to NAME
sel() {
	tui_keys g
	tui_sidebar_walk "$1"
}
sel 'Kim Jong-un'
tui_keys Enter
tui_wait 'Kim Jong-un: mention 1 of'
tui_keys Enter
tui_wait "^ Kim Jong-un  $nm mentions in $ns stories"
ok $? "Enter again opens the entity view ($nm mentions, $ns stories)"
like "$(tui_screen)" '\([0-9]+\) ' "each story shows its count"
tui_keys j Enter
tui_wait "mention at byte $second"
ok $? "Enter opens the story at the chosen mention ($second)"
tui_keys 3
sel 'Kim Jong-un'
tui_keys i
tui_wait "^ Kim Jong-un  $nm mentions"
ok $? "i opens the view too"
tui_keys q

# corrections, on the summit story again
tui_keys 1 g
i=0
while [ "$i" -lt "${row:-0}" ]; do tui_keys j; i=$((i + 1)); done
tui_keys Enter
tui_wait 'Dmitry Peskov'
tui_keys 3
sel 'Dmitry Peskov'
ok $? "the sidebar cursor is on Dmitry Peskov"
tui_keys r C-u D m i t r i j Space P e s k o v Enter
tui_wait 'rename: done'
ok $? "r renames the entity"
tui_wait '│ .*Dmitrij Peskov'
ok $? "the sidebar shows the new name"
like "$("$DOSSIER" --db "$DB" entities --format tsv)" 'Dmitrij Peskov' \
    "the store has it"
sel 'Cremlino'
ok $? "the cursor is on Cremlino"
tui_keys Y p l a c e Enter
tui_wait 'retype: done'
ok $? "Y retypes the entity"
places=$(tui_screen | sed -n '/│ Places/,/│ Organisations/p')
like "$places" 'Cremlino' "the sidebar lists it under Places"
sel 'Mosca'
ok $? "the cursor is on Mosca"
tui_keys M H a n Tab Enter
tui_wait 'merge: done'
ok $? "M merges another entity (Tab completes its name)"
unlike "$(tui_screen)" '│ .*Hanoi' "the merged entity leaves the sidebar"
sel 'Siberia'
ok $? "the cursor is on Siberia"
tui_keys I
tui_wait 'Ignore Siberia'
ok $? "I asks before ignoring"
tui_keys y Enter
tui_wait 'ignore: done'
ok $? "I ignores the entity once confirmed"
unlike "$(tui_screen)" '│ .*Siberia' "it leaves the sidebar"
unlike "$("$DOSSIER" --db "$DB" entities --format tsv)" 'Siberia' \
    "and the store"
# completing a name with spaces, typed in lower case: the store is asked
# at each Tab, so the prompt costs the same at any size
sel 'Cremlino'
ok $? "the cursor is on Cremlino"
tui_keys M d i p Tab
tui_wait 'Merge into this entity .*: Dipartimento d'
ok $? "Tab completes what several names share (Dipartimento d...)"
like "$(tui_screen)" 'Dipartimento di Stato americano' "and lists them"
tui_keys Escape
tui_keys M e s t r e m o Space o Tab
tui_wait 'Merge into this entity .*: Estremo Oriente *$'
ok $? "Tab completes a whole name with spaces, whatever the case typed"
tui_keys Enter
tui_wait 'merge: done'
ok $? "and Enter merges it"
like "$("$DOSSIER" --db "$DB" entities --format tsv | grep '^[0-9]*	Cremlino	')" \
    'Estremo Oriente' "Cremlino holds the merged name as an alias"
is "$(tui_quit)" 0 "q exits with status 0"
done_testing
