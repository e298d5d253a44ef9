#!/bin/bash
# Terminal attacks through the reader's other paths: the list (titles with
# C1 and bidi controls, tags), the sidebar (an entity renamed to a name
# full of escapes) and the status line.  tests/tui/hostile.sh covers the
# reading pane; this covers what the user's own corrections put on screen.
. "${top_srcdir:-.}/tests/tap.sh"
. "$top_srcdir/tests/tui/lib.sh"
H="$top_srcdir/tests/data/hostile"

tui_import "$H/term-attacks.txt" "$H/term-c1-latin1.txt"
ok $? "the attack articles import"
"$DOSSIER" --db "$DB" -q entity rename "Vladimir Putin" \
	$'Putin\e]2;pwned\a\e]52;c;cHduZWQ=\a\e[2J\u202e\u009b'
ok $? "an entity renamed to a name full of escapes"
"$DOSSIER" --db "$DB" -q tag 1 +$'bidi\u202eevil' +$'c1\u009bx'
ok $? "tags holding bidi and C1 controls"

tui_start 120 40 NO_COLOR=1
tui_wait 'Titolo'
ok $? "the list shows the attack titles"
screen=$(tui_stable)
bad=$(printf '\342\200\256|\342\200\254|\342\201\246|\342\201\251|\302\233|\302\235|\033|\007')
unlike "$screen" "$bad" "list: no bidi control, C1, ESC or BEL on screen"
like "$screen" 'C1 grezzi a Perugia' "list: the C1 title shows"
tui_goto_row 'Titolo'
tui_keys Enter
tui_wait 'Clipboard'
ok $? "the attack story opens"
screen=$(tui_stable)
unlike "$screen" "$bad" "story and sidebar: no bidi control, C1, ESC or BEL on screen"
like "$screen" 'Putin␛' "sidebar: the renamed entity shows its ESC as ␛"
like "$screen" '^ dossier ' "the screen was not cleared by ESC[2J"
is "$(tmux -L "$SOCK" display-message -p -t 0 '#{pane_title}' | grep -c pwned)" 0 \
	"OSC 2 in an entity name did not set the title"
is "$(tmux -L "$SOCK" list-buffers 2>/dev/null | wc -l | tr -d ' ')" 0 \
	"OSC 52 in an entity name did not reach the clipboard"
is "$(tui_quit)" 0 "q exits with status 0"
is "$(cat "$T/stderr")" "" "nothing on stderr"
done_testing
