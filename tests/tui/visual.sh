#!/bin/sh
# Visual mode: v selects the first sentence of the paragraph, l grows it
# by a sentence, h shrinks it, c and p change the unit, Esc cancels, a
# notes the selection: the store quotes exactly the selected sentences.
. "$top_srcdir/tests/tap.sh"
. "$top_srcdir/tests/tui/lib.sh"

tui_import "$SAMPLES"/*.txt
tui_start 120 40
tui_wait '5 stories'
tui_keys Enter
tui_wait '│ People'
tui_keys v
tui_wait 'visual \(sentences, [0-9]+ bytes\)'
ok $? "v starts the visual mode on a sentence"
one=$(tui_screen | tail -1 | sed -n 's/.*sentences, \([0-9]*\) bytes.*/\1/p')
tui_keys l
tui_wait "visual \\(sentences, [0-9]+ bytes"
two=$(tui_screen | tail -1 | sed -n 's/.*sentences, \([0-9]*\) bytes.*/\1/p')
ok "$([ "${two:-0}" -gt "${one:-0}" ]; echo $?)" "l grows it by a sentence ($one -> $two)"
tui_keys h
tui_wait "sentences, $one bytes"
ok $? "h shrinks it back"
tui_keys c
tui_wait 'characters, 1 bytes'
ok $? "c selects by characters"
tui_keys p
tui_wait 'visual \(paragraph'
ok $? "p selects the paragraph"
tui_keys Escape
tui_wait 'visual mode off'
ok $? "Esc cancels"
tui_keys v l a
tui_wait '^ Note:'
tui_keys n o t a Space v i s i v a Enter
tui_wait 'note [0-9]+ saved'
ok $? "a notes the selection"
"$DOSSIER" --db "$DB" notes --format tsv >"$T/notes"
quote=$(awk -F'\t' 'NR == 2 { print $0 }' "$T/notes")
like "$quote" 'nota visiva' "dossier notes has it"
# the quote: the first two sentences of the first paragraph, no more
like "$quote" 'Kim Jong-un\. Lo ha dichiarato il servizio stampa del Cremlino\.' \
    "the quoted passage is the two selected sentences"
unlike "$quote" 'Cremlino\. Il presidente' "and stops at the second sentence"
is "$(tui_quit)" 0 "q exits with status 0"
done_testing
