#!/bin/sh
# Notes: a one-line note with a, a long one with $EDITOR (a stub), both
# shown under their paragraph, listed by o and by `dossier notes`; edit
# and delete; and a note survives kill -9 right after "saved".
. "$top_srcdir/tests/tap.sh"
. "$top_srcdir/tests/tui/lib.sh"

tui_import "$SAMPLES"/*.txt
cat >"$T/editor" <<'ED'
#!/bin/sh
printf 'nota lunga dal editor\nseconda riga\n' >"$1"
ED
chmod +x "$T/editor"

tui_start 120 40 "EDITOR='$T/editor'"
tui_wait '5 stories'
tui_keys Enter
tui_wait '│ People'
tui_keys a
tui_wait '^ Note:'
ok $? "a opens the note prompt"
tui_keys p r i m a Space n o t a Enter
tui_wait 'note [0-9]+ saved'
ok $? "the status says the note is saved"
# kill -9 at once: the note must already be in the store
pane=$(tmux -S "$SOCK" display-message -p -t 0 '#{pane_pid}')
pid=$(ps -o pid= --ppid "$pane" | head -1 | tr -d ' ')
ok "$([ -n "$pid" ]; echo $?)" "found the reader's process ($pid)"
kill -9 "$pid"
i=0
while [ "$i" -lt 100 ] && kill -0 "$pid" 2>/dev/null; do
	sleep 0.05
	i=$((i + 1))
done
kill -0 "$pid" 2>/dev/null
ok "$([ $? -ne 0 ]; echo $?)" "the reader died of kill -9"
"$DOSSIER" --db "$DB" notes --format tsv >"$T/notes1"
like "$(cat "$T/notes1")" 'prima nota' "the note survived kill -9 (dossier notes)"

# reopen: the note shows under its paragraph, the passage underlined
tui_start 120 40 "EDITOR='$T/editor'"
tui_wait '5 stories'
tui_keys Enter
tui_wait '✎ prima nota'
ok $? "reopened, the story shows the note"
esc=$(tmux -S "$SOCK" capture-pane -p -e -t 0)
case $esc in *'[4m'*) ok 0 "the annotated passage is underlined" ;;
*) ok 1 "the annotated passage is underlined" ;; esac

# $EDITOR: a long note on the next paragraph
tui_keys NPage A
tui_wait 'note [0-9]+ saved'
ok $? "A runs \$EDITOR and saves its text"
tui_wait '✎ nota lunga dal editor'
ok $? "the editor's note shows in the pane"
"$DOSSIER" --db "$DB" notes --format tsv >"$T/notes2"
like "$(cat "$T/notes2")" 'nota lunga dal editor' "dossier notes has the editor's note"
is "$(grep -c . "$T/notes2")" 3 "two notes (and a header)"

# the notes view
tui_keys q o
tui_wait 'dossier notes  2 notes'
ok $? "o opens the notes view with both notes"
like "$(tui_screen)" 'prima nota' "the view lists the prompt note"
like "$(tui_screen)" 'nota lunga dal editor' "and the editor note"
line=$(tui_screen | grep -n 'nota lunga' | cut -d: -f1)
first=$(tui_screen | grep -n 'prima nota' | cut -d: -f1)
[ "$line" -gt "$first" ] && tui_keys j
tui_keys Enter
tui_wait '^ note [0-9]+'
ok $? "Enter opens the story at the note"
like "$(tui_screen | sed -n '15,39p')" '✎ nota lunga dal editor' \
    "the pane shows the note"

# edit and delete the note under the cursor
tui_keys E
tui_wait 'note [0-9]+ saved'
ok $? "E edits the note (a long one in \$EDITOR)"
tui_keys D
tui_wait 'Delete this note'
ok $? "D asks before deleting"
tui_keys y Enter
tui_wait 'note [0-9]+ deleted'
ok $? "D y deletes the note"
"$DOSSIER" --db "$DB" notes --format tsv >"$T/notes3"
is "$(grep -c . "$T/notes3")" 2 "one note left in the store"

# more notes on one paragraph: numbered, and E / D ask which one (the
# first story's first paragraph already has "prima nota")
tui_quit >/dev/null
tui_start 120 40
tui_wait '5 stories'
tui_keys Enter
tui_wait '✎ prima nota'
tui_keys a
tui_wait '^ Note:'
tui_keys u n o Enter
tui_wait 'note [0-9]+ saved'
tui_keys a
tui_wait '^ Note:'
tui_keys d u e Enter
tui_wait 'note [0-9]+ saved'
tui_wait '✎ 3/3 due'
ok $? "three notes on a paragraph are numbered k/3, in order"
tui_keys E
tui_wait 'Edit which note\? \(1-3'
ok $? "E asks which of the three notes"
tui_keys 3 Enter
tui_wait '^ Note: due'
ok $? "E 3 edits the third note (its text in the prompt)"
tui_keys BSpace BSpace BSpace t w o Enter
tui_wait '✎ 3/3 two'
ok $? "the third note changed"
like "$(tui_screen)" '✎ 2/3 uno' "the second did not"
tui_keys D
tui_wait 'Delete which note'
tui_keys 9 Enter
tui_wait 'no note 9 here'
ok $? "a number that is not shown is refused"
tui_keys D
tui_wait 'Delete which note'
tui_keys 2 Enter
tui_wait 'Delete this note'
tui_keys y Enter
tui_wait 'note [0-9]+ deleted'
"$DOSSIER" --db "$DB" notes --format tsv >"$T/notes4"
like "$(cat "$T/notes4")" 'two' "D 2 deleted the second: the third is kept"
like "$(cat "$T/notes4")" 'prima nota' "and the first"
unlike "$(cat "$T/notes4")" 'uno' "the second is gone"
tui_wait '✎ 2/2 two'
ok $? "the pane numbers the two left"
is "$(tui_quit)" 0 "q exits with status 0"
done_testing
