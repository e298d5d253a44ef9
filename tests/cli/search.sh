#!/bin/bash
# CLI: full-text search, diacritic- and case-insensitive, safe queries.
. "${top_srcdir:-.}/tests/tap.sh"
"$DOSSIER" -q import "$SAMPLES"
id_of() { "$DOSSIER" list --format tsv | awk -F'\t' -v p="$1" 'index($4, p) == 1 {print $1}'; }
ids() { "$DOSSIER" search --format tsv "$@" | tail -n +2 | cut -f1 | sort -n | tr '\n' ' '; }

a000=$(id_of "Si è concluso")
ok $([ -n "$a000" ]; echo $?) "found the id of story 000"
is "$(ids vostocnyj)" "$a000 " "vostocnyj finds Vostòčnyj (diacritics folded)"
is "$(ids VOSTÒČNYJ)" "$a000 " "case and accents in the query fold too"
like "$(ids Shojgu)" "^[0-9]+ $" "Shojgu found in one story"
n=$(ids putin | wc -w)
is "$n" 5 "putin is in all five"
is "$(ids '"Kim Jong Un"' | wc -w)" "$(ids '"kim jong-un"' | wc -w)" "a phrase matches both spellings"
ok $([ "$(ids 'vostoc*' | wc -w)" -ge 2 ]; echo $?) "prefix query vostoc* finds several"
is "$(ids 'cosmodromo' 'Siberia')" "$a000 " "words are ANDed"
is "$(ids 'Siberia OR Khasan' | wc -w)" 2 "OR works"
for q in '"' 'NEAR(' '*' 'AND' 'a:b' "'; DROP TABLE articles; --" '^x' '(((' '-'; do
	out=$("$DOSSIER" search --format tsv "$q" 2>&1); st=$?
	is "$st" 0 "odd query [$q] does not fail"
done
is "$("$DOSSIER" list --format tsv | tail -n +2 | wc -l)" 5 "store untouched by odd queries"
is "$("$DOSSIER" search --format json putin | jq length)" 5 "JSON search output is valid"
"$DOSSIER" search >/dev/null 2>&1; is $? 2 "search with no query is a usage error"
first=$("$DOSSIER" search --format tsv --limit 1 Kumsusan | tail -n +2 | cut -f4)
like "$first" "ardente amicizia" "the story that names Kumsusan ranks first"
# more matches than are ranked: newest first, as list orders them
want=$("$DOSSIER" list --format tsv | tail -n +2 | cut -f1 | tr '\n' ' ')
got=$(DOSSIER_RANKED_MAX=2 "$DOSSIER" search --format tsv putin | tail -n +2 | cut -f1 | tr '\n' ' ')
is "$got" "$want" "a search with more matches than ranked lists newest first"
like "$(DOSSIER_RANKED_MAX=2 "$DOSSIER" -v search putin 2>&1 >/dev/null)" \
	'more than 2 matches: newest first' "-v says so"
unlike "$("$DOSSIER" -v search putin 2>&1 >/dev/null)" 'newest first' \
	"five matches are ranked"
done_testing
