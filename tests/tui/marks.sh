#!/bin/sh
# Marks, as mutt's tag-prefix: m marks stories, t tags all the marked
# ones; R renames a tag everywhere, X deletes it.
. "$top_srcdir/tests/tap.sh"
. "$top_srcdir/tests/tui/lib.sh"

tui_import "$SAMPLES"/*.txt
tagged() {
	"$DOSSIER" --db "$DB" list --format tsv | awk -F'\t' -v t="$1" \
	    'NR > 1 && $5 ~ t { n++ } END { print n + 0 }'
}
tui_start 120 40
tui_wait '5 stories'
tui_keys m
tui_wait '1 marked'
ok $? "m marks the story"
like "$(tui_screen | sed -n 2p)" '^ \+' "the list shows the mark"
tui_keys j m
tui_wait '2 marked'
ok $? "m marks a second story (skipping one)"
tui_keys t
tui_wait '^ Tag 2 marked'
ok $? "t with marks tags the marked stories"
tui_keys f a s c i c o l o Enter
tui_wait 'tags changed on 2 marked stories'
ok $? "the status says so"
is "$(tagged fascicolo)" 2 "two stories have the tag in the store"
unlike "$(tui_screen | sed -n 2,6p)" '^ \+' "the marks are gone"
tui_keys R
tui_wait '^ Rename tag'
tui_keys f a s Tab Enter
tui_wait '^ New name'
tui_keys c a r t e l l a Enter
tui_wait 'tag fascicolo renamed cartella'
ok $? "R renames the tag"
is "$(tagged cartella)" 2 "in every story"
is "$(tagged fascicolo)" 0 "the old name is gone"
tui_keys X
tui_wait '^ Delete tag'
tui_keys c a r Tab Enter
tui_wait 'every story'
tui_keys y Enter
tui_wait 'tag cartella deleted'
ok $? "X deletes the tag"
is "$(tagged cartella)" 0 "from every story"
is "$(tui_quit)" 0 "q exits with status 0"
done_testing
