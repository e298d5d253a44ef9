#!/bin/sh
# Reading by person: select an entity, walk its mentions with ] and [
# (crossing stories), limit the list by entity, unread and search.
. "$top_srcdir/tests/tap.sh"
. "$top_srcdir/tests/tui/lib.sh"

tui_import "$SAMPLES"/*.txt
tui_start 120 40
tui_wait '5 stories'
tui_goto_row 'faccia a faccia'
tui_keys Enter
tui_wait '│ People'
ok $? "the summit story opens with its people"

# Select Kim Jong-un in the sidebar.
tui_keys Tab
tui_sidebar_walk 'Kim Jong-un' 10
tui_wait '│ ▸ Kim Jong-un'
ok $? "j walks the sidebar to Kim Jong-un"
tui_keys Enter
tui_wait 'Kim Jong-un: mention 1 of [0-9]+ in story #'
ok $? "Enter selects the entity and shows its first mention"
total=$(tui_screen | sed -n 's/.*mention 1 of \([0-9]*\) in story.*/\1/p')
tui_keys ']'
tui_wait 'Kim Jong-un: mention 2 of'
ok $? "] goes to the next mention"
tui_keys '['
tui_wait 'Kim Jong-un: mention 1 of'
ok $? "[ goes back"
i=1
while [ "$i" -lt "${total:-1}" ]; do tui_keys ']'; i=$((i + 1)); done
tui_wait "Kim Jong-un: mention $total of $total"
ok $? "] reaches the last mention in the story"
before=$(tui_screen | sed -n 1p)
tui_keys ']'
tui_wait 'Kim Jong-un: mention 1 of|no later mention in any story'
ok $? "] past the last mention crosses stories or says there is none"

# Limit the list to the entity.
tui_keys l
tui_wait 'mentioning “Kim Jong-un”'
ok $? "l limits the list to stories mentioning the entity"
like "$(tui_screen | sed -n 1p)" ' [1-5] stor' "the limited count is shown"
tui_keys L
tui_wait '^ dossier  5 stories · [0-9]+ unread  '
ok $? "L drops the limit"

# Unread only.
unread=$(tui_screen | sed -n 's/^ dossier  5 stories · \([0-9]*\) unread.*/\1/p')
tui_keys U
tui_wait "^ dossier  $unread stor(y|ies) · $unread unread · unread only"
ok $? "U lists only the unread stories"
tui_keys U
tui_wait '^ dossier  5 stories'
ok $? "U again lists them all"

# Search.
tui_keys /
tui_wait '^ Search:'
ok $? "/ opens the search prompt"
tui_keys P e s k o v Enter
tui_wait 'search “Peskov”'
ok $? "the search limits the list"
like "$(tui_screen | sed -n 1p)" ' [1-4] stor' "fewer stories match Peskov"
tui_keys / C-u z z q x w v Enter
tui_wait 'no story matches'
ok $? "a search with no match says so"
tui_keys L
tui_wait '^ dossier  5 stories'
ok $? "L drops the search"

# Tags: add one, complete it on another story, limit by it, remove it.
tui_keys g
tui_wait '1/5'
tui_keys t
tui_wait '^ Tags'
ok $? "t opens the tag prompt"
tui_keys v e r t i c e Enter
tui_wait 'tags changed'
ok $? "the tag is added"
like "$(tui_screen | sed -n 2p)" 'vertice *$' "the list row shows the tag at the right"
tui_keys j t
tui_wait '^ Tags'
tui_keys + v e Tab
tui_wait '^ Tags.*: \+vertice *$'
ok $? "Tab completes the tag name"
tui_keys Enter
tui_wait 'tags changed'
like "$(tui_screen | sed -n 3p)" 'vertice *$' "the second story has the tag too"
tui_keys T
tui_wait '^ Limit to tag'
tui_keys v e Tab Enter
tui_wait '^ dossier  2 stories .* tag “vertice”'
ok $? "T limits the list to the tag"
tui_keys Enter
tui_wait 'tags: vertice'
ok $? "the pane shows the story's tags"
tui_keys t
tui_wait '^ Tags'
tui_keys - v e r t i c e Enter
tui_wait 'tags changed'
tui_keys q L
tui_wait '^ dossier  5 stories'
is "$(tui_screen | grep -c 'vertice *$')" 1 "-tag removes the tag from one story"
is "$(tui_quit)" 0 "q exits with status 0"
done_testing
