#!/bin/sh
# Search: / limits the list, opens the best story at the first match,
# highlighted; n and p step through the matches; f finds a plain string
# inside the story, as less does.
. "$top_srcdir/tests/tap.sh"
. "$top_srcdir/tests/tui/lib.sh"

tui_import "$SAMPLES"/*.txt
want=$(grep -o Shojgu "$SAMPLES"/*.txt | wc -l | tr -d ' ')
tui_start 120 40
tui_wait '5 stories'
tui_keys / S h o j g u Enter
tui_wait 'match 1 of [0-9]+'
ok $? "/ Shojgu opens a story at the first match"
pane() { tui_screen | sed -n '15,39p'; }
like "$(pane)" 'Shojgu' "the reading pane shows the line with Shojgu"
# reverse video marks the match: capture with escapes
esc=$(tmux -S "$SOCK" capture-pane -p -e -t 0 | sed -n '15,39p')
case $esc in
*"[7mShojgu"*|*"[7m"*"Shojgu"*) ok 0 "the match is highlighted" ;;
*) ok 1 "the match is highlighted" ;;
esac
n=$(tui_screen | tail -1 | sed -n 's/.*match 1 of \([0-9]*\).*/\1/p')
ok "$([ "${n:-0}" -ge 1 ] && [ "${n:-0}" -le "$want" ]; echo $?)" \
    "the count of matches is plausible ($n, $want in the samples)"
if [ "${n:-0}" -ge 2 ]; then
	tui_keys n
	tui_wait 'match 2 of' 
	ok $? "n goes to the next match"
	tui_keys p
	tui_wait 'match 1 of'
	ok $? "p goes back"
else
	tui_keys n
	tui_wait 'match 1 of'
	ok $? "n wraps around to the only match"
	ok 0 "p skipped: one match"
fi
# lower case and without the diacritics of the query still matches
tui_keys L
tui_wait '^ dossier  5 stories'
tui_keys / s h o j g u Enter
tui_wait 'match 1 of'
ok $? "the search is case-insensitive in the pane too"

# f: plain find in the open story
tui_keys f
tui_wait '^ Find in story:'
ok $? "f opens the find prompt"
tui_keys C-u a r s e n a l Enter
tui_wait 'match 1 of|no match in this story'
like "$(tui_screen | tail -1)" 'match 1 of' "f finds a word of the story"
like "$(pane)" 'arsenal' "the pane shows it"
tui_keys f C-u z q z q z Enter
tui_wait 'no match in this story'
ok $? "f with no match says so"
is "$(tui_quit)" 0 "q exits with status 0"

# a search matching more stories than are ranked lists them newest first
# and says so; one matching fewer is ranked and says nothing
# (the list's rows without the cursor mark and the unread flag)
rows() { tui_screen | sed -n '2,6p' | sed 's/▸/ /; s/^....//'; }
tui_start 120 40 DOSSIER_RANKED_MAX=2
tui_wait '5 stories'
listed=$(rows)
tui_keys / K i m Enter
tui_wait 'search “Kim” newest first'
ok $? "a search with more matches than ranked says 'newest first'"
# Kim is in all five stories: the list as it was, in its order
is "$(rows)" "$listed" "its stories come newest first"
tui_keys L
tui_wait '^ dossier  5 stories'
tui_keys / S h o j g u Enter
tui_wait 'match 1 of [0-9]+'
unlike "$(tui_screen | head -1)" 'newest first' "a rarer word is ranked"
is "$(tui_quit)" 0 "q exits with status 0"
done_testing
