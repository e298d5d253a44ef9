#!/bin/sh
# An article full of escape sequences, C1 controls and bidi overrides: the
# reader shows harmless visible marks and the terminal feels nothing.
. "$top_srcdir/tests/tap.sh"
. "$top_srcdir/tests/tui/lib.sh"

printf 'Titolo ostile \033[31mrosso\033[0m e \033]2;pwned\007 finestra\n\nPrimo paragrafo: \033[31mROSSO\033[0m, appunti \033]52;c;cHduZWQ=\007 e reset \033c qui.\n\nSecondo paragrafo con C1 \302\23331m e bidi \342\200\256rovesciato\342\200\254 e \342\201\246isolato\342\201\251 fine.\n' \
    >"$T/hostile.txt"
tui_import "$T/hostile.txt"
ok $? "the hostile article imports"
tui_start 120 40 NO_COLOR=1
tui_wait 'Titolo ostile'
ok $? "the hostile title is listed"
tui_goto_row 'Titolo ostile'
tui_keys Enter
tui_wait 'Primo paragrafo'
ok $? "the hostile story opens"
screen=$(tui_stable)
# The importer may already drop ESC; either way what is left is inert text.
like "$screen" 'Primo paragrafo: (␛)?\[31mROSSO' "ESC is a visible mark or gone, the rest is plain text"
like "$screen" 'bidi [^ ]?rovesciato' "a bidi override leaves at most a mark"
like "$screen" 'Secondo paragrafo' "the text after the sequences still shows"
like "$screen" '^ dossier ' "ESC c did not reset the screen"
bad=$(printf '\342\200\256|\342\200\254|\342\201\246|\342\201\251|\302\233|\033')
unlike "$screen" "$bad" "no bidi control, C1 or ESC reaches the screen"
sgr=$(tmux -S "$SOCK" capture-pane -p -e -t 0)
unlike "$sgr" "$(printf '\033')\\[[0-9;]*(3[0-7]|38;)" \
    "with NO_COLOR no colour escape reaches the terminal"
is "$(tmux -S "$SOCK" display-message -p -t 0 '#{pane_title}' | grep -c pwned)" 0 \
    "OSC 2 did not set the title"
is "$(tmux -S "$SOCK" list-buffers 2>/dev/null | wc -l | tr -d ' ')" 0 \
    "OSC 52 did not reach the clipboard"
is "$(tui_quit)" 0 "q exits with status 0"
done_testing
