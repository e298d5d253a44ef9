#!/bin/bash
# CLI: notes (anchored on passages, surviving reindex) and export.
. "${top_srcdir:-.}/tests/tap.sh"
"$DOSSIER" -q import "$SAMPLES"
id_of() { "$DOSSIER" list --format tsv | awk -F'\t' -v p="$1" 'index($4, p) == 1 {print $1}'; }
a=$(id_of "Il leader nordcoreano Kim Jong Un")
b=$(id_of "Putin brinda")
out=$("$DOSSIER" note "$a" --at "treno privato" "Armoured train: check the speed"); st=$?
is "$st" 0 "note on a passage"
like "$out" "^note #1 saved$" "saying its number"
"$DOSSIER" -q note "$b" --range 0:0 "The whole first paragraph"; is $? 0 "note on a paragraph"
out=$("$DOSSIER" note "$a" --at "not in the text at all" "x" 2>&1); is $? 1 "a passage that is not there"
like "$out" "is not in article #$a" "is reported"
"$DOSSIER" note 999 --at x y >/dev/null 2>&1; is $? 1 "a missing article"
"$DOSSIER" note "$a" "no anchor" >/dev/null 2>&1; is $? 2 "a note needs --at or --range"
n=$("$DOSSIER" notes --format tsv)
is "$(echo "$n" | tail -n +2 | wc -l)" 2 "two notes"
is "$(echo "$n" | awk -F'\t' '$1 == 1 {print $7}')" "treno privato" "the quoted passage"
q=$("$DOSSIER" notes --format json | jq -r '.[] | select(.id == 2) | .quote')
like "$q" "^AgenPress|^Il leader della Corea del Nord" "a --range 0:0 note quotes the whole paragraph"
is "$(printf '%s\n' "$q" | wc -l)" 1 "... and only that paragraph"
"$DOSSIER" -q note --edit 1 "Armoured train: 60 km/h"; is $? 0 "edit"
is "$("$DOSSIER" notes --format json | jq -r '.[] | select(.id == 1) | .note')" "Armoured train: 60 km/h" "edited"
"$DOSSIER" -q note --delete 2; is $? 0 "delete"
is "$("$DOSSIER" notes --format tsv | tail -n +2 | wc -l)" 1 "deleted"
"$DOSSIER" note --delete 2 >/dev/null 2>&1; is $? 1 "deleting it again fails"
before=$("$DOSSIER" notes --format json | jq -c '.[0] | [.quote, .start]')
"$DOSSIER" -q reindex
after=$("$DOSSIER" notes --format json | jq -c '.[0] | [.quote, .start]')
is "$after" "$before" "the note survives a reindex on its passage"
start=$("$DOSSIER" notes --format json | jq '.[0].start')
end=$("$DOSSIER" notes --format json | jq '.[0].end')
body=$("$DOSSIER" show --format json "$a" | jq -r .body)
is "$(printf '%s' "$body" | head -c "$end" | tail -c "$((end - start))")" "treno privato" "its byte range points at the passage"

# export
"$DOSSIER" tag "$b" +summit
md=$("$DOSSIER" export --format markdown)
like "$md" "^# dossier" "Markdown export has a heading"
like "$md" "^> treno privato$" "quotes the passage"
like "$md" "Armoured train: 60 km/h" "with the note"
like "$md" "tags: summit" "and the tags"
is "$(echo "$md" | grep -c '^## ')" 2 "only tagged or annotated stories"
j=$("$DOSSIER" export --format json)
is "$(echo "$j" | jq '.articles | length')" 2 "JSON export is valid, two stories"
is "$(echo "$j" | jq -r '.articles[] | select(.notes | length > 0) | .notes[0].quote')" "treno privato" "notes in JSON"
raw=$(echo "$j" | jq -r --arg id "$a" '.articles[] | select(.id == ($id | tonumber)) | .raw_base64' | base64 -d | md5sum)
is "$raw" "$(md5sum < "$SAMPLES/003_830db2598d0653a2.txt")" "raw text exported byte for byte"
is "$("$DOSSIER" export --all --format json | jq '.articles | length')" 5 "--all exports every story"
is "$("$DOSSIER" export --tag summit --format csv | wc -l)" 2 "CSV: header and one row"
"$DOSSIER" export --format yaml >/dev/null 2>&1; is $? 2 "unknown export format"
done_testing
