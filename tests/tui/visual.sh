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
# the old count is on the screen until the reader has read the key
tui_wait_gone "sentences, $one bytes"
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
tui_wait 'visual \(paragraphs'
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

# a passage across paragraphs: p, then l takes the next paragraph too
tui_keys v p l
tui_wait 'visual \(paragraphs, [0-9]+ bytes, across paragraphs\)'
ok $? "l past the end of a paragraph grows into the next"
tui_keys h
tui_wait_gone 'across paragraphs'
ok $? "h gives the second paragraph back"
tui_keys s l l l l l l l l l l l l
tui_wait 'across paragraphs'
ok $? "sentence by sentence, l also crosses into the next paragraph"
tui_keys p l a
tui_wait '^ Note:'
tui_keys d u e Space p a r a g r a f i Enter
tui_wait 'note [0-9]+ saved'
ok $? "a notes a passage across two paragraphs"
"$DOSSIER" --db "$DB" notes --format json >"$T/notes2"
q=$(jq -r '.[] | select(.note == "due paragrafi") | .quote' "$T/notes2")
like "$q" '^Si è concluso il faccia a faccia' "the quote starts with the first paragraph"
like "$q" 'Prima del summit' "and holds the second"
unlike "$q" 'Dopo aver discusso' "but not the third"
# both paragraphs are underlined (the note's passage)
esc=$(tmux -S "$SOCK" capture-pane -p -e -t 0)
case $(printf '%s\n' "$esc" | grep 'Prima del summit') in
*'[4m'*) ok 0 "the second paragraph of the passage is underlined" ;;
*) ok 1 "the second paragraph of the passage is underlined" ;;
esac
is "$(tui_quit)" 0 "q exits with status 0"
done_testing
