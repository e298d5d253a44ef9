#!/bin/sh
# Moving around: j/k/g/G, N (unread), s (star), J/K, config bindings.
. "$top_srcdir/tests/tap.sh"
. "$top_srcdir/tests/tui/lib.sh"

tui_import "$SAMPLES"/*.txt
tui_start 120 40
tui_wait '1/5'
ok $? "the list starts on the first story"
tui_keys j
tui_wait '2/5'
ok $? "j moves down"
tui_keys Down Down
tui_wait '4/5'
ok $? "Down moves down"
tui_keys k
tui_wait '3/5'
ok $? "k moves up"
tui_keys G
tui_wait '5/5'
ok $? "G goes to the last story"
tui_keys j
sleep 0.2
tui_wait '5/5'
ok $? "j stops at the last story"
tui_keys g
tui_wait '1/5'
ok $? "g goes to the first story"
tui_keys End
tui_wait '5/5'
ok $? "End goes to the last story"
tui_keys Up
tui_wait '4/5'
ok $? "Up moves up"
tui_keys Home
tui_wait '1/5'
ok $? "Home goes to the first story"

tui_wait '5 unread'
tui_keys N
tui_wait '4 unread'
ok $? "N marks the story read"
tui_keys N
tui_wait '5 unread'
ok $? "N again marks it unread"
like "$(tui_screen | sed -n 2p)" '^▸ N' "the unread mark shows"
tui_keys s
tui_wait '^▸ N\*'
ok $? "s stars the story"
tui_keys s
tui_wait '^▸ N '
ok $? "s again unstars it"

tui_keys Enter
tui_wait '4 unread'
ok $? "Enter opens and marks read"
tui_keys J
tui_wait '2/5'
ok $? "J opens the next story"
tui_wait '3 unread'
ok $? "the next story is marked read too"
tui_keys K
tui_wait '1/5'
ok $? "K opens the previous story"
tui_keys q
tui_wait '▲ Stories'
ok $? "q in the pane goes back to the list"

# The mouse: a click selects, a second click opens, the wheel scrolls.
tui_keys g
tui_wait '1/5'
tui_mouse 0 10 4
tui_mouse 3 10 4
tui_wait '4/5'
ok $? "a click selects the row under it"
tui_mouse 0 10 4
tui_mouse 3 10 4
tui_wait '─ Story '
ok $? "a click on the selected row opens it"
tui_mouse 64 10 2
tui_wait '1/5'
ok $? "the wheel scrolls the list"
tui_keys 1
tui_wait '▲ Stories'
ok $? "1 focuses the list"
is "$(tui_quit)" 0 "q in the list quits with status 0"
tui_stop

# SIGTERM: the reader still restores the terminal.
command -v pgrep >/dev/null 2>&1 || { done_testing; exit; }
tui_start 120 40
tui_wait '5 stories'
shell=$(tmux -S "$SOCK" display-message -p -t 0 '#{pane_pid}')
pid=$(pgrep -P "$shell" | head -1)
[ -n "$pid" ] && kill -TERM "$pid"
tui_wait '^EXIT='
ok $? "SIGTERM ends the reader"
is "$(tmux -S "$SOCK" display-message -p -t 0 \
    'alt=#{alternate_on} cursor=#{cursor_flag} mouse=#{mouse_any_flag}')" \
    "alt=0 cursor=1 mouse=0" "after SIGTERM the terminal is sane"
done_testing
