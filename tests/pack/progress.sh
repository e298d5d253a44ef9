#!/bin/sh
# progress.sh: import and reindex show a progress line (count, total,
# rate) on a terminal and nothing of it on a pipe; --quiet leaves only
# errors, --verbose says more, on every command.
. "$top_srcdir/tests/tap.sh"

command -v script >/dev/null 2>&1 || skip_all "script (util-linux) is not installed"

# Run a command line under a pseudo-terminal; its output, CRs kept.
pty() { script -qfec "$1" /dev/null </dev/null; }

out=$(pty "'$DOSSIER' import '$SAMPLES'"); st=$?
is "$st" 0 "import under a pty succeeds"
like "$out" "importing: 5/5 \(5 added, 0 present, 0 refused\), [0-9]+/s" \
	"on a terminal the progress line shows count/total, outcome and rate"
like "$out" "$(printf '\r')" "the progress line is redrawn in place"
like "$out" "5 added, 0 already present, 0 refused" "the summary follows"

rm -f "$DOSSIER_DB"
"$DOSSIER" import "$SAMPLES" >"$T/out" 2>"$T/err"; st=$?
is "$st" 0 "import on a pipe succeeds"
is "$(cat "$T/err")" "" "on a pipe: nothing on stderr (no progress line)"
unlike "$(cat "$T/out")" "importing|$(printf '\033')" "on a pipe: no progress, no escapes on stdout"

out=$(pty "'$DOSSIER' reindex")
like "$out" "reindexing: 5/5, [0-9]+/s" "reindex shows progress on a terminal"
"$DOSSIER" reindex 2>"$T/err" >/dev/null
is "$(cat "$T/err")" "" "reindex on a pipe shows none"

out=$(DOSSIER_NO_PROGRESS=1 pty "'$DOSSIER' import '$SAMPLES'")
unlike "$out" "importing:" "DOSSIER_NO_PROGRESS turns the progress line off"

# --quiet: nothing but errors, before or after the command.
out=$(pty "'$DOSSIER' -q import '$SAMPLES'")
is "$out" "" "import -q on a terminal prints nothing (not even 'already present')"
is "$("$DOSSIER" import --quiet "$SAMPLES" 2>&1)" "" "import --quiet after the command"
is "$("$DOSSIER" -q tag 1 +quiet 2>&1)" "" "tag -q prints nothing"
is "$("$DOSSIER" -q note 1 --range 0:5 'a quiet note' 2>&1)" "" "note -q prints nothing"
is "$("$DOSSIER" -q reindex 2>&1)" "" "reindex -q prints nothing"
out=$("$DOSSIER" -q show 999 2>&1); st=$?
is "$st" 1 "show -q of a missing article still fails"
[ -n "$out" ]
ok $? "... and still says why"
printf 'not an article\0\0\0' >"$T/bad.txt"
out=$("$DOSSIER" -q import "$T/bad.txt" 2>&1); st=$?
is "$st" 1 "import -q of a refused file fails"
like "$out" "bad.txt" "... and names the file"

# --verbose: more, on any command.
for cmd in "list" "tags" "entities" "notes" "export"; do
	"$DOSSIER" -v $cmd >/dev/null 2>"$T/err"
	like "$(cat "$T/err")" "store .*store.db" "$cmd -v names the store"
done
rm -f "$DOSSIER_DB"
"$DOSSIER" import -v "$SAMPLES" >/dev/null 2>"$T/err"
like "$(cat "$T/err")" "added as #1" "import -v names each article added"
like "$(cat "$T/err")" "import took" "import -v says how long it took"
done_testing
