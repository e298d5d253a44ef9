#!/bin/sh
# Any terminal size: resize redraws cleanly, 80x24 is usable with the
# sidebar folded behind a key, tiny terminals get a short message.
. "$top_srcdir/tests/tap.sh"
. "$top_srcdir/tests/tui/lib.sh"

tui_import "$SAMPLES"/*.txt
tui_start 120 40
tui_wait '5 stories'
tui_keys Enter
tui_wait '│ People|│ No names'
ok $? "a story opens with the sidebar at 120x40"
before=$(tui_stable)

tui_resize 60 20
tui_wait_gone '┬ Entities'
ok $? "at 60x20 the sidebar folds away"
small=$(tui_stable)
is "$(printf '%s\n' "$small" | wc -l | tr -d ' ')" 20 "the screen has 20 lines"
like "$(printf '%s\n' "$small" | sed -n 1p)" '^ dossier +5 stories' "the header is redrawn"
like "$(printf '%s\n' "$small" | sed -n 20p)" 'back' "the status line is at the bottom"
like "$small" '─ Story ─' "the pane's rule is redrawn"

tui_resize 120 40
tui_wait '┬ Entities'
ok $? "back at 120x40 the sidebar returns"
after=$(tui_stable)
is "$after" "$before" "the screen after the round trip is the screen before"

tui_resize 80 24
tui_wait_gone '┬ Entities'
screen=$(tui_stable)
is "$(printf '%s\n' "$screen" | sed -n '2,7p' | grep -c '^[ ▸] [N ][* ] .*[^ ]')" 5 \
    "80x24 shows all five stories"
like "$(printf '%s\n' "$screen" | sed -n 24p)" 'e entities' \
    "80x24 offers the folded sidebar on a key"
tui_keys e
tui_wait '┬ Entities'
ok $? "e unfolds the sidebar at 80x24"
tui_keys e
tui_wait_gone '┬ Entities'
ok $? "e folds it again"

tui_resize 20 5
tui_wait 'terminal too small'
ok $? "20x5 says the terminal is too small"
tui_resize 120 40
tui_wait '┬ Entities'
is "$(tui_stable)" "$before" "growing again restores the screen"
is "$(tui_quit)" 0 "q exits with status 0"
done_testing
