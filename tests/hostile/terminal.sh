#!/bin/bash
# Terminal attacks: text that carries ESC/CSI/OSC sequences (OSC 52, OSC 8,
# title report ESC[21t, ESC[6n, ESC c), 8-bit C1 controls (as UTF-8 and as
# raw Latin-1 bytes), an unterminated OSC, backspaces and CRs, bidi
# overrides and isolates.  The store keeps such text as it came; every
# command that prints is run over it and its output must hold none of it:
# the behavioural proof that each output path goes through text_sanitize.
. "${top_srcdir:-.}/tests/tap.sh"
H="$top_srcdir/tests/data/hostile"
. "$top_srcdir/tests/hostile/lib.sh"
command -v sqlite3 >/dev/null || skip_all "sqlite3 shell not installed"

# run NAME CMD...: run a dossier command, check stdout and stderr
run() {
	local name=$1; shift
	"$DOSSIER" "$@" > "$T/out" 2> "$T/err"
	clean "stdout clean: $name" "$T/out"
	clean "stderr clean: $name" "$T/err"
}

# the attack articles; file names that attack too
mkdir -p "$T/in"
cp "$H/term-attacks.txt" "$H/term-c1-latin1.txt" "$T/in/"
cp "$H/term-attacks.txt" "$T/in/"$'osc52-\e]52;c;cm0gLXJm\a-\e[6n-\u202e-\xc2\x9b.txt'
: > "$T/in/"$'empty-\e]0;title\a-\x9b.txt'
"$DOSSIER" import "$T/in" > "$T/out" 2> "$T/err"
is "$?" 1 "attack files import (the empty one is refused)"
clean "stdout clean: import" "$T/out"
clean "stderr clean: import (names with escapes)" "$T/err"
"$DOSSIER" -v import "$T/in" > "$T/out" 2> "$T/err"
clean "stderr clean: import -v (names with escapes)" "$T/err"
like "$(cat "$T/err")" 'osc52-␛\]52;c;cm0gLXJm␇-␛\[6n-�-�\.txt: already present' \
	"escapes in a name are shown as marks"

# what is in the store: the attacks survive there (so the test can fail)
A=$(sqlite3 "$DOSSIER_DB" "SELECT id FROM articles WHERE title LIKE 'Titolo%'")
C=$(sqlite3 "$DOSSIER_DB" "SELECT id FROM articles WHERE title LIKE 'C1 grezzi%'")
ok $([ -n "$A" ] && [ -n "$C" ]; echo $?) "both attack articles stored (#$A, #$C)"
sqlite3 "$DOSSIER_DB" "SELECT title || body FROM articles WHERE id = $A" > "$T/stored"
grep -q $'\u202e' "$T/stored"; ok $? "stored body holds a raw bidi override"
grep -q $'\u009b' "$T/stored"; ok $? "stored body holds a raw C1 CSI"

# user-made names that attack: an entity renamed, a tag with bidi and C1
"$DOSSIER" -q entity rename "Vladimir Putin" $'Putin\e]52;c;YQ==\a\e[2J\u202e\u009b' 2> "$T/err"
clean "stderr clean: entity rename" "$T/err"
"$DOSSIER" -q tag "$A" +$'bidi\u202eevil' +$'c1\u009bx' +ok
"$DOSSIER" tag "$A" +$'esc\e[31m' 2> "$T/err"; st=$?
is "$st" 1 "a tag holding ESC is refused"
clean "stderr clean: tag refusal" "$T/err"
E=$'Putin\e]52;c;YQ==\a\e[2J\u202e\u009b'
# a note whose body attacks, anchored on text next to the attacks
"$DOSSIER" -q note "$A" --at "Clipboard" $'nota \e]52;c;YQ==\a\e[2J \u202e \u009b fine' 2> "$T/err"
ok $? "a note holding escapes is saved"
clean "stderr clean: note" "$T/err"
for f in text tsv json; do
	run "notes --format $f" notes --format "$f"
done
grep -q "nota ␛" "$T/out"; ok $? "the note's ESC is shown as ␛"
for f in json markdown csv; do
	"$DOSSIER" export --all --format "$f" > "$T/raw" 2> "$T/err"
	# CSV ends its records with CRLF (RFC 4180): only a lone CR is a control
	sed 's/\r$//' "$T/raw" > "$T/out"
	clean "stdout clean: export --format $f" "$T/out"
	clean "stderr clean: export --format $f" "$T/err"
done

for id in "$A" "$C"; do
	for f in text json; do
		run "show --format $f $id" show --format "$f" "$id"
	done
done
for f in text tsv json; do
	run "list --format $f" list --format "$f"
	run "list --tag bidi --format $f" list --tag $'bidi\u202eevil' --format "$f"
	run "search --format $f" search --format "$f" Clipboard
	run "tags --format $f" tags --format "$f"
	run "entities --format $f" entities --format "$f"
	run "entities --article --format $f" entities --article "$A" --format "$f"
	run "mentions --format $f" mentions --format "$f" "$E"
done
"$DOSSIER" entities > "$T/out"
grep -q "Putin␛]52" "$T/out"; ok $? "the renamed entity is shown with its ESC as ␛"
for f in tsv json; do
	"$DOSSIER" extract --format "$f" < "$H/term-attacks.txt" > "$T/out" 2> "$T/err"
	clean "stdout clean: extract --format $f" "$T/out"
	clean "stderr clean: extract --format $f" "$T/err"
	printf 'Vladimir \e]0;x\aPutin e Kim\u202e Jong-un \xc2\x9b a Mosca\x9b.\n' |
		"$DOSSIER" extract --format "$f" > "$T/out" 2> "$T/err"
	clean "stdout clean: extract --format $f (raw controls on stdin)" "$T/out"
done
run "reindex" reindex

# error messages that quote what was typed, or a store path
run "unknown command" $'\e[2J\e]52;c;YQ==\a'
run "usage error quoting an id" show $'1\e[2J'
run "usage error quoting a format" list --format $'\e[2J\u202e'
run "unknown entity" mentions $'\e]52;c;YQ==\a'
run "search query with escapes" search $'\e]52;c;YQ==\a\u202e'
run "store path with escapes" --db "$T/"$'\e]0;x\a\u202e.db' list
printf 'x' > "$T/"$'junk\e[2J.db'
run "damaged store path with escapes" --db "$T/"$'junk\e[2J.db' list
like "$(cat "$T/err")" "junk␛\[2J\.db: not a dossier store" "a tiny non-database is named as such"
done_testing
