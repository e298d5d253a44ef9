#!/bin/bash
# Hostile input: every small hostile file gets its documented outcome
# (tests/hostile/OUTCOMES.md), the rest of the batch imports, the exit code
# tells the truth, and every message is one sanitised line naming the file.
. "${top_srcdir:-.}/tests/tap.sh"
H="$top_srcdir/tests/data/hostile"
GEN="$top_srcdir/tests/hostile/gen"
. "$top_srcdir/tests/hostile/lib.sh"
command -v python3 >/dev/null || skip_all "python3 not installed"

out=$("$DOSSIER" import "$H" 2>"$T/err"); st=$?
err=$(cat "$T/err")
is "$st" 1 "a batch with refused files exits 1"
is "$out" "13 added, 0 already present, 5 refused" "every acceptable file imported"
clean "import messages hold no raw control bytes" "$T/err"

# refused: one line each, naming the file
for f in empty.txt whitespace.txt; do
	is "$(grep -c "^dossier: $H/$f: empty file" "$T/err")" 1 "$f: refused as empty"
done
for f in nul-bytes.txt image.png program.elf; do
	is "$(grep -c "^dossier: $H/$f: binary file" "$T/err")" 1 "$f: refused as binary"
done
is "$(grep -vc ': warning: ' "$T/err")" 5 "one line per refused file, nothing else"

# invalid UTF-8 of every kind: imported with a warning counting the damage
for f in overlong:11 surrogates:12 truncated:4 fe-ff:9 beyond-max:12 \
    lone-continuation:5; do
	n=${f#*:} f=utf8-${f%:*}.txt
	like "$err" "^dossier: $H/$f: warning: $n invalid UTF-8 sequences replaced with U\+FFFD$" \
		"$f: imported with a warning ($n replaced)"
done
like "$err" "term-c1-latin1.txt: warning: 6 invalid" \
	"raw C1 bytes undefined in Windows-1252 are replaced, with a warning"

# id of the article imported from a file
id_of() {
	sqlite3 "$DOSSIER_DB" "SELECT id FROM articles WHERE source LIKE '%/$1'"
}
command -v sqlite3 >/dev/null || { done_testing; exit; }

for f in "$H"/utf8-*.txt; do
	b=$(basename "$f")
	"$DOSSIER" show "$(id_of "$b")" > "$T/show"
	clean "$b: shown as valid UTF-8" "$T/show"
	grep -q $'\xef\xbf\xbd' "$T/show"; ok $? "$b: damage shown as U+FFFD"
	grep -q 'già così: più città' "$T/show"; ok $? "$b: the good text kept"
done
s=$("$DOSSIER" show "$(id_of bom.txt)")
is "${s%%$'\n'*}" "Un articolo con BOM" "BOM: stripped from the title"
for f in crlf.txt lone-cr.txt; do
	"$DOSSIER" show --format json "$(id_of $f)" > "$T/show"
	grep -q $'\r' "$T/show"; ok $((! $?)) "$f: no CR left"
	grep -q '\\r' "$T/show"; ok $((! $?)) "$f: no CR escaped in JSON either"
done
like "$("$DOSSIER" show "$(id_of lone-cr.txt)")" "^Righe con CR soltanto$" \
	"lone CR: a line end (title on its own line)"
s=$("$DOSSIER" show "$(id_of latin1.txt)")
like "$s" "^Città e perché: Latin-1$" "Latin-1: title converted"
like "$s" "Così l'ho detto: à è é ì ò ù" "Latin-1: àèéìòù converted"
s=$("$DOSSIER" show "$(id_of cp1252.txt)")
like "$s" "^Virgolette “intelligenti” a Roma$" "Windows-1252: 0x93/0x94 are smart quotes"
like "$s" "“sì, è così” – e poi … a Livorno" "Windows-1252: dash and ellipsis"
like "$("$DOSSIER" -v import "$H/latin1.txt" "$H/cp1252.txt" 2>&1)" \
	"latin1.txt: note: converted from Latin-1" "-v notes the conversion"
is "$(sqlite3 "$DOSSIER_DB" 'PRAGMA integrity_check')" ok "store intact"

# names and directory shapes, made at test time
"$GEN" tree "$T/tree"
out=$("$DOSSIER" -v import "$T/tree" 2>"$T/err"); st=$?
err=$(cat "$T/err")
is "$st" 1 "tree: exit 1 (something refused)"
clean "tree: file names in messages are sanitised" "$T/err"
like "$err" "bad-name-��-��\.txt: added as #" \
	"a name that is not UTF-8 is shown with U+FFFD"
like "$err" "esc-␛\]0;pwn␇-␛\[2J-�\.txt: added" \
	"a name holding escapes shows them as control pictures"
like "$err" "esc-␛\[31m-empty\.txt: empty file" "and is refused by that name"
like "$err" "^dossier: $T/tree/deep(/d){63}: directories nested too deep: skipped$" \
	"200 levels: cut at 64, one line naming the directory"
like "$err" "deep/top.txt: added" "the top of the deep tree is imported"
unlike "$err" "bottom.txt" "the bottom is not reached"
is "$(echo "$err" | grep -c 'nested too deep')" 1 "the cut is reported once"
like "$err" "loop/a/up: directory loop \(symlink\): skipped" "symlink loop reported"
is "$(echo "$err" | grep -c 'loop/a/story.txt: added')" 1 "the story in the loop imported once"
like "$err" "loop/self: Too many levels of symbolic links" "a self-referencing symlink is named"
like "$err" "readable.txt: added" "a readable neighbour is imported"
if [ "$(id -u)" -eq 0 ]; then
	ok 0 "# SKIP chmod 000 does not stop root from reading"
	ok 0 "# SKIP chmod 000 does not stop root from reading"
else
	like "$err" "^dossier: $T/tree/unreadable.txt: Permission denied$" \
		"an unreadable file: one line naming it"
	unlike "$err" "unreadable.txt: added" "and it is not imported"
fi
chmod 644 "$T/tree/unreadable.txt"

# a JSON export (import reads it back) carrying a tag that is not a valid
# name: the article imports, the tag is skipped with a warning naming the
# file (a warning, like replaced invalid UTF-8: exit 0).
export DOSSIER_DB="$T/json.db"
"$DOSSIER" -q import "$H/latin1.txt"
"$DOSSIER" export --format json --all > "$T/export.json"
rm -f "$DOSSIER_DB"*
sed 's/"tags": \[\]/"tags": ["bad\\u001b[31mtag", "good"]/' "$T/export.json" > "$T/bad-tag.json"
grep -q 'bad\\u001b' "$T/bad-tag.json"; ok $? "an export with a bad tag made"
"$DOSSIER" import "$T/bad-tag.json" "$H/cp1252.txt" > "$T/out" 2> "$T/err"; st=$?
is "$st" 0 "JSON export with a bad tag: a warning, exit 0"
n=$(sqlite3 "$DOSSIER_DB" 'SELECT count(*) FROM articles' 2>/dev/null)
is "${n:-0}" 2 "JSON export with a bad tag: its article and the next file still import"
like "$(cat "$T/err")" "bad-tag\.json: .*tag" "JSON export with a bad tag: the message names the file"
# An export whose object has an object where a member's name should be:
# Debian 12's SQLite (3.40) calls it valid JSON and its json_each() then
# read past the end of memory (found by tests/fuzz).
j="$top_srcdir/tests/fuzz/corpus/json/crash-sqlite340-object-label.json"
"$DOSSIER" import "$j" > "$T/out" 2> "$T/err"; st=$?
is "$st" 1 "malformed JSON export: refused, exit 1"
is "$(cat "$T/err")" "dossier: $j: not well-formed JSON" "malformed JSON export: one line naming the file"
is "$(sqlite3 "$DOSSIER_DB" 'SELECT count(*) FROM articles')" 2 "malformed JSON export: the store unchanged"
done_testing
