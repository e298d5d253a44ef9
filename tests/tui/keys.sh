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
is "$(tui_quit)" 0 "q in the list quits with status 0"
done_testing
