#!/bin/bash
# lexicon: properties the generated word lists of share/lexicon must keep
# (tools/lexicon/*, share/lexicon/README.md).  Needs none of the packages
# the generators read: it checks their output, so that a hand edit, a
# hand list grown without a new run of the generators, or a generator
# rule undone shows here.
: "${DOSSIER:=unused}"	# tap.sh asks for it; no binary is run here
. "${top_srcdir:-$(cd "$(dirname "$0")/../.." && pwd)}/tests/tap.sh"
L="${DOSSIER_LEXICON_DIR:-$top_srcdir/share/lexicon}"
LC_ALL=C	# one collation for sort and comm
export LC_ALL
# words FILE...: the entries of the lists, sorted, no comments
words() {
	for f in "$@"; do grep -v '^#' "$L/$f"; done | sort -u
}
# none NAME A B: print the entries of A that are in B, and check there are none
none() {
	comm -12 "$2" "$3" > "$T/both"
	[ ! -s "$T/both" ]
	ok $? "$1"
	head -5 "$T/both" | sed 's/^/#   /'
}

GENERATED='common-it.txt common-en.txt places.txt given-names.txt
proper-names.txt surnames.txt towns.txt brands.txt given-words.txt
countries.txt demonyms.txt landforms.txt'
HAND='not-names.txt places-extra.txt organisations.txt'
for f in $GENERATED; do
	grep -v '^#' "$L/$f" | sort -c -u 2>/dev/null
	ok $? "$f is sorted, one entry a line"
done
# the word lists keep a word's case ("eBay"); the lists of names do not
bad=$(for f in $GENERATED; do case $f in common-*) continue;; esac
	LC_ALL=C.UTF-8 grep -q '[[:upper:]]' "$L/$f" && printf ' %s' "$f"; done)
[ -z "$bad" ]
ok $? "the generated lists of names are lower case${bad:+ (not$bad)}"

# the hand lists win: a run of the generators after they changed
# leaves their words out of the lists of guesses
words $HAND > "$T/hand"
words proper-names.txt > "$T/proper"
none "proper-names.txt holds no word of the hand lists" "$T/proper" "$T/hand"
words places.txt > "$T/places"
words towns.txt > "$T/towns"
words $HAND person-titles.txt org-heads.txt place-heads.txt \
    institutions.txt particles.txt | comm -23 - "$T/places" > "$T/claimed"
none "towns.txt holds no word of the hand lists but places" "$T/towns" \
    "$T/claimed"
# a town that is a person's name or a word only if it is a known place
words given-names.txt surnames.txt common-it.txt common-en.txt |
    comm -23 - "$T/places" > "$T/person"
none "towns.txt holds no name or word that is no known place" "$T/towns" \
    "$T/person"
# a brand that is a word, a name or a place says nothing alone (an
# untyped proper name, "Instagram", may be one)
words common-it.txt common-en.txt given-names.txt surnames.txt places.txt \
    towns.txt $HAND work-heads.txt > "$T/taken"
words brands.txt > "$T/brands"
none "brands.txt holds no word, name or place" "$T/brands" "$T/taken"

# rules of tools/lexicon/generate, each with the examples that showed
# the defect: the long first-name lists hold places; small cities of the
# geonames catalogs bear persons' names
printf '%s\n' harlem kashmir persia sinai | sort > "$T/want-out"
words given-names.txt > "$T/given"
none "given-names.txt holds no place WordNet knows only as a place" \
    "$T/given" "$T/want-out"
printf '%s\n' anand garibaldi obama wilson | sort > "$T/want-out"
none "places.txt holds no small city named after a person" \
    "$T/places" "$T/want-out"
none "towns.txt holds no small city named after a person" \
    "$T/towns" "$T/want-out"
printf '%s\n' cairo lincoln manhattan milano roma | sort > "$T/want-in"
[ -z "$(comm -13 "$T/places" "$T/want-in")" ]
ok $? "places.txt keeps well-known cities named like persons"

# demonyms: no place, town or company ("Atlantic" is an ocean, "Laos" a
# state) but the compass adjectives, and the peoples' plurals are there
words places.txt places-extra.txt towns.txt brands.txt organisations.txt \
    > "$T/named"
# (a state's adjective that a place list holds in another language, as
# "argentine", "maroc", "somali", stays: the English adjective)
words demonyms.txt | grep -vxE 'western|eastern|northern|southern|central' |
    grep -vxE 'argentine|maroc|somali' > "$T/demonyms"
none "demonyms.txt holds no place, town or company" "$T/demonyms" "$T/named"
printf '%s\n' americans british catholics european israelis \
    londoners spaniard | sort > "$T/want-in"
[ -z "$(comm -13 "$T/demonyms" "$T/want-in")" ] &&
    grep -qx argentine "$L/demonyms.txt"
ok $? "demonyms.txt has nationalities, faiths, inhabitants and their plurals"
printf '%s\n' finn fleming sooner | sort > "$T/want-out"
none "demonyms.txt holds no given name, surname or common noun of a people" \
    "$T/demonyms" "$T/want-out"

# landforms: WordNet's places that no other list holds, no compass word
words places.txt places-extra.txt towns.txt cities.txt countries.txt \
    common-en.txt common-it.txt given-names.txt surnames.txt demonyms.txt \
    brands.txt organisations.txt not-names.txt > "$T/held"
words landforms.txt > "$T/landforms"
none "landforms.txt holds no name or word another list holds" \
    "$T/landforms" "$T/held"
printf '%s\n' alps himalayas 'rocky mountains' | sort > "$T/want-in"
[ -z "$(comm -13 "$T/landforms" "$T/want-in")" ]
ok $? "landforms.txt has mountain ranges"
printf '%s\n' southeast midwest | sort > "$T/want-out"
none "landforms.txt holds no quarter of the compass" "$T/landforms" \
    "$T/want-out"

# exonyms: each line one place's names, two at least; no name on two
# lines (two places' names say nothing); Brussels is Bruxelles
grep -hv '^#' "$L/exonyms.txt" "$L/exonyms-extra.txt" "$L/bodies.txt" |
    awk -F'\t' 'NF < 2' > "$T/short"
[ ! -s "$T/short" ]
ok $? "exonyms.txt, exonyms-extra.txt, bodies.txt have two names or more a line"
tr '\t' '\n' < "$L/exonyms.txt" | sort | uniq -d > "$T/twice"
[ ! -s "$T/twice" ]
ok $? "exonyms.txt names no place twice"
head -3 "$T/twice" | sed 's/^/#   /'
grep -qxP 'bruxelles\tbrussels.*' "$L/exonyms.txt"
ok $? "exonyms.txt puts the Italian name first"

# org-spelling: each line spells an entry of organisations.txt, which
# finds it in lower case; a spelling of no entry would never be used
grep -v '^#' "$L/org-spelling.txt" | tr '[:upper:]' '[:lower:]' | sort -u |
    comm -23 - <(words organisations.txt) > "$T/unspelt"
[ ! -s "$T/unspelt" ]
ok $? "org-spelling.txt spells only names of organisations.txt"
head -3 "$T/unspelt" | sed 's/^/#   /'

# the recogniser tests a word's length before it looks a particle up
[ -z "$(words particles.txt | awk 'length($0) > 3')" ]
ok $? "particles.txt holds no word longer than three letters"

done_testing
