#!/bin/bash
# CLI: tags.
. "${top_srcdir:-.}/tests/tap.sh"
"$DOSSIER" -q import "$SAMPLES"
"$DOSSIER" tag 2 +summit +corea; is $? 0 "tag two tags"
"$DOSSIER" tag 3 summit; is $? 0 "a bare name adds"
is "$("$DOSSIER" list --tag summit --format tsv | tail -n +2 | cut -f1 | sort | tr '\n' ' ')" "2 3 " "list --tag"
is "$("$DOSSIER" list --tag corea --format json | jq -c '.[0].tags')" '["corea","summit"]' "tags in JSON, sorted"
is "$("$DOSSIER" tags --format tsv | tail -n +2 | tr '\t' ':' | tr '\n' ' ')" "corea:1 summit:2 " "tags with counts"
"$DOSSIER" tag 2 -summit; is $? 0 "remove a tag"
is "$("$DOSSIER" list --tag summit --format tsv | tail -n +2 | cut -f1)" "3" "removed"
"$DOSSIER" tag 3 -summit
is "$("$DOSSIER" tags --format tsv | tail -n +2 | cut -f1 | tr '\n' ' ')" "corea " "an unused tag disappears"
out=$("$DOSSIER" tag 99 +x 2>&1); is $? 1 "tagging a missing article fails"
like "$out" "no article #99" "saying which"
out=$("$DOSSIER" tag 2 '+two words' 2>&1); is $? 1 "a tag with a space is refused"
out=$("$DOSSIER" tag 2 +ok '+bad tag' 2>&1)
is "$("$DOSSIER" list --tag ok --format tsv | tail -n +2 | wc -l)" 0 "a refused tag undoes the whole command"
"$DOSSIER" tag x +a >/dev/null 2>&1; is $? 2 "a bad id is a usage error"
is "$("$DOSSIER" list --tag nosuchtag --format tsv | tail -n +2 | wc -l)" 0 "an unknown tag lists nothing"
"$DOSSIER" tag 4 +"città"; is $? 0 "a non-ASCII tag"
is "$("$DOSSIER" list --tag città --format tsv | tail -n +2 | cut -f1)" "4" "found again"
# rename and delete, everywhere
"$DOSSIER" tag 1 +todo; "$DOSSIER" tag 2 +todo +check
"$DOSSIER" tags --rename todo check; is $? 0 "rename a tag (merging into an existing one)"
is "$("$DOSSIER" list --tag check --format tsv | tail -n +2 | cut -f1 | sort | tr '\n' ' ')" "1 2 " "renamed on every story"
is "$("$DOSSIER" list --tag todo --format tsv | tail -n +2 | wc -l)" 0 "old name gone"
"$DOSSIER" tags --rename check verify; is $? 0 "rename to a new name"
is "$("$DOSSIER" list --tag verify --format tsv | tail -n +2 | wc -l)" 2 "renamed"
"$DOSSIER" tags --delete verify; is $? 0 "delete a tag"
is "$("$DOSSIER" tags --format tsv | grep -c '^verify')" 0 "deleted from the tag list"
is "$("$DOSSIER" list --tag verify --format tsv | tail -n +2 | wc -l)" 0 "and from every story"
"$DOSSIER" tags --delete verify 2>/dev/null; is $? 1 "deleting a missing tag fails"
"$DOSSIER" tags --rename onlyone 2>/dev/null; is $? 2 "rename needs two names"
# The tags of a story are the same JSON array in list, show and export.
"$DOSSIER" tag 3 +alpha +beta
is "$("$DOSSIER" show --format json 3 | jq -c .tags)" '["alpha","beta"]' \
	"show --format json gives the tags as an array"
is "$("$DOSSIER" list --format json | jq -c '.[] | select(.id == 3) | .tags')" \
	'["alpha","beta"]' "list --format json: the same array"
is "$("$DOSSIER" export --all --format json | jq -c '.articles[] | select(.id == 3) | .tags')" \
	'["alpha","beta"]' "export --format json: the same array"
done_testing
