#!/bin/sh
# The reader on the sample corpus: list, opening a story, the sidebar,
# help, quitting with status 0.
. "$top_srcdir/tests/tap.sh"
. "$top_srcdir/tests/tui/lib.sh"

tui_import "$SAMPLES"/*.txt
ok $? "the samples import"
tui_start 120 40
tui_wait '5 stories'
ok $? "the header counts five stories"
screen=$(tui_stable)
is "$(printf '%s\n' "$screen" | sed -n '2,7p' | grep -c '^[ ▸] [N ][* ] .*[^ ]')" 5 \
    "the list shows five rows"
like "$screen" 'faccia a faccia' "the list shows the summit story"
like "$screen" '^ *▸' "the selected row is marked"
like "$screen" '1/5' "the position is shown"

# Open the story about the summit (000 in the samples).
row=$(tui_row 'faccia a faccia')
[ -n "$row" ]
ok $? "the summit story has a row"
i=0
while [ "$i" -lt "${row:-0}" ]; do tui_keys j; i=$((i + 1)); done
tui_wait "$((row + 1))/5"
ok $? "j moves to the summit story"
tui_keys Enter
tui_wait 'servizio stampa'
ok $? "Enter shows the body"
screen=$(tui_stable)
opened=$screen
like "$screen" '4 unread' "opening a story marks it read"
like "$screen" '─ Story ' "the pane has its rule"
like "$screen" '│ People' "the sidebar groups people"
like "$screen" '│ .*Vladimir Putin +[0-9]+ *$' "the sidebar lists Vladimir Putin with a count"
like "$screen" '│ .*Kim Jong-un +[0-9]+ *$' "the sidebar lists Kim Jong-un with a count"
like "$screen" '│ Places' "the sidebar groups places"

# Paging inside the pane.
before=$(tui_stable)
tui_keys Space
after=$(tui_stable)
[ "$before" != "$after" ] || [ -z "$(printf '%s\n' "$before" | sed -n '\$p')" ]
ok $? "space pages the story"
tui_keys g
is "$(tui_stable)" "$opened" "g goes back to the top of the story"

# Help from the live key table.
tui_keys '?'
tui_wait 'dossier keys'
ok $? "? shows the help screen"
screen=$(tui_stable)
like "$screen" 'toggle-unread' "the help lists operations by name"
like "$screen" 'j, <Down> +next' "the help shows the keys of an operation"
tui_keys q
tui_wait_gone 'dossier keys'
ok $? "q closes the help"

# Tab cycles the focus: the focused region's label is shown.
tui_keys Tab
tui_wait '│ ▸ ' 3
ok $? "Tab moves the focus to the sidebar"
tui_keys Tab
tui_wait '▲ Stories'
ok $? "Tab comes back to the list"

is "$(tui_quit)" 0 "q exits with status 0"
is "$(tmux -S "$SOCK" display-message -p -t 0 \
    'alt=#{alternate_on} cursor=#{cursor_flag} mouse=#{mouse_any_flag} keypad=#{keypad_flag}')" \
    "alt=0 cursor=1 mouse=0 keypad=0" \
    "the terminal is left sane: main screen, cursor shown, no mouse or keypad mode"
is "$(cat "$T/stderr")" "" "nothing on stderr"
done_testing
