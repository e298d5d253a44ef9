#!/bin/sh
# roundtrip.sh: `dossier export --format json` then `dossier import` of it
# into a fresh store loses nothing (articles, tags, flags, notes with their
# times); importing the same export again changes nothing; a note whose
# range no longer fits its quote is re-anchored on the quote.
. "$top_srcdir/tests/tap.sh"

command -v jq >/dev/null 2>&1 || skip_all "jq is not installed"

A="$T/a.db" B="$T/b.db"
DOSSIER_DB=$A "$DOSSIER" -q import "$SAMPLES"
ok $? "imported the samples"
DOSSIER_DB=$A "$DOSSIER" -q tag 1 +summit +vertice &&
DOSSIER_DB=$A "$DOSSIER" -q tag 3 +summit &&
DOSSIER_DB=$A "$DOSSIER" -q tag 4 +è-ok
ok $? "tagged three stories"
DOSSIER_DB=$A "$DOSSIER" -q note 1 --at 'Putin' 'first "quoted" note, ünïcode' &&
DOSSIER_DB=$A "$DOSSIER" -q note 1 --range 0:0 'a whole paragraph' &&
DOSSIER_DB=$A "$DOSSIER" -q note 2 --at 'Kim' 'second story, a note
on two lines'
ok $? "annotated two stories"

# Volatile fields: ids, import and export times.
norm() {
	jq -S 'del(.exported) | .articles |= map(del(.id, .imported))' "$1"
}
DOSSIER_DB=$A "$DOSSIER" export --all >"$T/a.json"
ok $? "exported store A as JSON"
jq -e '.dossier_export == 1 and (.articles | length) == 5' "$T/a.json" >/dev/null
ok $? "the export holds the five stories"

# Set read and starred by hand in the export to check they are restored.
jq '.articles[0].read = true | .articles[0].starred = true |
	.articles[1].starred = true' "$T/a.json" >"$T/a2.json"
DOSSIER_DB=$B "$DOSSIER" import "$T/a2.json" >"$T/out" 2>"$T/err"
is "$?" 0 "imported the JSON export into a fresh store"
is "$(cat "$T/out")" "5 added, 0 already present, 0 refused" "five stories added"
is "$(cat "$T/err")" "" "no complaint"
DOSSIER_DB=$B "$DOSSIER" export --all >"$T/b.json"
norm "$T/a2.json" >"$T/a.norm"
norm "$T/b.json" >"$T/b.norm"
diff "$T/a.norm" "$T/b.norm" >"$T/diff"
ok $? "the export of the new store is the same, field for field"
head -20 "$T/diff" | sed 's/^/#   /' | cut -c1-160

is "$(jq '[.articles[].notes[]] | length' "$T/b.json")" 3 "three notes came back"
is "$(jq -r '[.articles[].tags[]] | sort | join(" ")' "$T/b.json")" \
	"summit summit vertice è-ok" "the tags came back"
is "$(jq '[.articles[] | select(.starred)] | length' "$T/b.json")" 2 \
	"the starred flags came back"
is "$(DOSSIER_DB=$B "$DOSSIER" list --unread --format tsv | tail -n +2 | wc -l)" 4 \
	"the read flag came back"
is "$(DOSSIER_DB=$B "$DOSSIER" notes --format tsv | tail -n +2 | wc -l)" 3 \
	"notes are listed by the notes command"

# Twice: nothing changes, nothing is duplicated.
cp "$B" "$T/b-before.db"
DOSSIER_DB=$B "$DOSSIER" -q import "$T/a2.json"
is "$?" 0 "importing the same export again succeeds"
DOSSIER_DB=$B "$DOSSIER" export --all >"$T/b2.json"
norm "$T/b2.json" >"$T/b2.norm"
diff "$T/b.norm" "$T/b2.norm" >/dev/null
ok $? "... and changes nothing (no duplicate notes or tags)"

# Merge: a store with its own note on a story gets the others added.
C="$T/c.db"
DOSSIER_DB=$C "$DOSSIER" -q import "$SAMPLES"
cid=$(DOSSIER_DB=$C "$DOSSIER" list --format tsv | awk -F'\t' 'NR == 2 {print $1}')
DOSSIER_DB=$C "$DOSSIER" -q note "$cid" --range 0:0 'a note of my own'
DOSSIER_DB=$C "$DOSSIER" -q import "$T/a2.json"
is "$(DOSSIER_DB=$C "$DOSSIER" notes --format tsv | tail -n +2 | wc -l)" 4 \
	"merging into a store keeps its note and adds the three"

# Re-anchoring: shift a note's range; import puts it back on its quote.
jq '.articles |= map(.notes |= map(.start += 3 | .end += 3))' "$T/a.json" \
	>"$T/shifted.json"
D="$T/d.db"
DOSSIER_DB=$D "$DOSSIER" -q import "$T/shifted.json"
DOSSIER_DB=$D "$DOSSIER" export --all >"$T/d.json"
is "$(jq -c '[.articles[].notes[] | [.start, .end, .quote]]' "$T/d.json")" \
	"$(jq -c '[.articles[].notes[] | [.start, .end, .quote]]' "$T/a.json")" \
	"notes with a stale range are re-anchored on their quote"

# A note whose quote is gone is reported, not attached anywhere.
jq '.articles[0].notes = [{"start": 0, "end": 5, "quote": "zzzz no such text",
	"note": "lost"}]' "$T/a.json" >"$T/gone.json"
E="$T/e.db"
DOSSIER_DB=$E "$DOSSIER" import "$T/gone.json" >/dev/null 2>"$T/err"
like "$(cat "$T/err")" "passage is gone" "a note whose passage is gone is reported"
is "$(DOSSIER_DB=$E "$DOSSIER" notes --format tsv | tail -n +2 | wc -l)" \
	"$(jq '[.articles[1:][].notes[]] | length' "$T/gone.json")" \
	"... and not attached to the wrong text"

# Not an export: other JSON is refused with a reason; the store is untouched.
printf '{"dossier_export": 2, "articles": []}\n' >"$T/v2.json"
out=$(DOSSIER_DB=$E "$DOSSIER" import "$T/v2.json" 2>&1); st=$?
is "$st" 1 "an export of another version is refused"
like "$out" "not a dossier export" "... with a reason"
printf '{"dossier_export": 1, "articles": [' >"$T/broken.json"
out=$(DOSSIER_DB=$E "$DOSSIER" import "$T/broken.json" 2>&1); st=$?
is "$st" 1 "a truncated export is refused"
jq '.articles[1].raw_base64 = "!!not base64!!"' "$T/a.json" >"$T/bad64.json"
F="$T/f.db"
out=$(DOSSIER_DB=$F "$DOSSIER" import "$T/bad64.json" 2>&1); st=$?
is "$st" 1 "an article with bad base64 is refused"
like "$out" "4 added, 0 already present, 1 refused" "... the others are imported"

# From standard input, too.
G="$T/g.db"
DOSSIER_DB=$G "$DOSSIER" -q import - <"$T/a.json"
is "$(DOSSIER_DB=$G "$DOSSIER" notes --format tsv | tail -n +2 | wc -l)" 3 \
	"an export read from stdin is recognised"
done_testing
