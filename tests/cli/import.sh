#!/bin/bash
# CLI: import of files, directories and stdin; idempotence; refused input.
. "${top_srcdir:-.}/tests/tap.sh"

out=$("$DOSSIER" import "$SAMPLES" 2>&1); st=$?
is "$st" 0 "import of the samples succeeds"
like "$out" '^5 added, 0 already present, 0 refused$' "five articles added"
is "$("$DOSSIER" list --format tsv | tail -n +2 | wc -l)" 5 "list shows five"
is "$("$DOSSIER" list --format tsv | head -1)" \
	"$(printf 'id\tpublished\toutlet\ttitle\ttags\tread\tstarred')" "TSV header"

out=$("$DOSSIER" import "$SAMPLES" 2>&1); st=$?
is "$st" 0 "re-import exits 0"
like "$out" '0 added, 5 already present' "re-import adds nothing"
like "$out" 'already present \(#[0-9]+\)' "each duplicate is reported"
is "$("$DOSSIER" list --format tsv | tail -n +2 | wc -l)" 5 "still five"

# stdin, and the same text again through stdin
out=$(printf 'Titolo di prova\n\nUn articolo letto da standard input a Roma.\n' |
	"$DOSSIER" import - 2>&1); st=$?
is "$st" 0 "import from stdin"
like "$out" '^1 added' "stdin article added"
out=$(printf 'Titolo di prova\n\nUn articolo letto da standard input a Roma.\n' |
	"$DOSSIER" import - 2>&1)
like "$out" 'already present' "same stdin text is already present"

# an article longer than the first read buffer comes in whole, from a
# file (read to its size) and from stdin (size unknown): its last word is
# found, and the same bytes through stdin are the same story
mkdir -p "$T/long"
{ printf 'Un lungo articolo\n\n'
  for i in $(seq 1500); do printf 'Paragrafo %d di un articolo molto lungo scritto a Torino.\n\n' "$i"; done
  printf 'Ultima riga con la parola zanzibarite.\n'; } > "$T/long/long.txt"
out=$(DOSSIER_DB="$T/long.db" "$DOSSIER" import "$T/long/long.txt" 2>&1)
like "$out" '^1 added' "a 90 KB article is added"
is "$(DOSSIER_DB="$T/long.db" "$DOSSIER" search zanzibarite --format tsv | tail -n +2 | wc -l)" 1 \
	"... with its last line"
out=$(DOSSIER_DB="$T/long.db" "$DOSSIER" import - < "$T/long/long.txt" 2>&1)
like "$out" 'already present' "... and read whole from stdin too"

# a batch of long stories commits at 16 MB of text, whatever its count:
# four of 6 MB are committed as three, then one
mkdir -p "$T/heavy"
python3 -c "
import sys
for i in range(4):
    with open('$T/heavy/%d.txt' % i, 'w') as f:
        f.write('Storia lunga %d\n\n' % i)
        f.write(('una riga di testo senza nomi propri %d.\n' % i) * 150000)
"
out=$(DOSSIER_DB="$T/heavy.db" "$DOSSIER" -v import "$T/heavy" 2>&1 | grep -o 'committed a batch of [0-9]* article[s]*' | tr '\n' ';')
is "$out" "committed a batch of 3 articles;committed a batch of 1 article;" \
	"a batch commits once it holds 16 MB of text"

# a batch with bad files: the good ones import, the exit code says 1
mkdir -p "$T/mixed/sub/deeper"
: > "$T/mixed/empty.txt"
printf '   \n\t\n  \n' > "$T/mixed/blank.txt"
printf 'PK\003\004\000\000binary\000data' > "$T/mixed/binary.txt"
printf 'A good one\n\nThis article is fine and lives in Paris.\n' > "$T/mixed/sub/good.txt"
printf 'Another good one\n\nThis one is deeper, in London.\n' > "$T/mixed/sub/deeper/good2.txt"
truncate -s 80M "$T/mixed/huge.txt"
out=$("$DOSSIER" import "$T/mixed" 2>&1); st=$?
is "$st" 1 "exit 1 when something was refused"
like "$out" 'empty.txt: empty' "empty file named and refused"
like "$out" 'blank.txt: empty' "whitespace-only file refused"
like "$out" 'binary.txt: binary' "binary file refused"
like "$out" 'huge.txt: file too large' "huge file refused before reading"
like "$out" '^2 added, 0 already present, 4 refused$' "the good files still import"
is "$(echo "$out" | grep -c "^dossier: $T/mixed/.*: ")" 4 "one line per refused file"

out=$("$DOSSIER" import "$T/does-not-exist" 2>&1); st=$?
is "$st" 1 "a missing path is an error"
like "$out" "does-not-exist: No such file" "the error names the path"

"$DOSSIER" import >/dev/null 2>&1; is $? 2 "import with no path is a usage error"

# directories are walked in a stable (byte) order
mkdir -p "$T/order/b" "$T/order/a"
printf 'Zeta\n\nTesto zeta a Milano.\n' > "$T/order/b/1.txt"
printf 'Alpha\n\nTesto alpha a Napoli.\n' > "$T/order/a/2.txt"
printf 'Beta\n\nTesto beta a Torino.\n' > "$T/order/a/1.txt"
DOSSIER_DB="$T/order.db" "$DOSSIER" -v import "$T/order" 2>"$T/order.err" >/dev/null
is "$(grep -o 'order/[ab]/[0-9].txt' "$T/order.err" | tr '\n' ' ')" \
	"order/a/1.txt order/a/2.txt order/b/1.txt " "stable recursive order"

# a symlink loop does not hang the import
mkdir -p "$T/loop/d"
ln -s .. "$T/loop/d/up"
printf 'Loop\n\nA story in a loop, filed from Berlin.\n' > "$T/loop/d/story.txt"
out=$(DOSSIER_DB="$T/loop.db" timeout 20 "$DOSSIER" import "$T/loop" 2>&1); st=$?
ok $((st == 124)) "symlink loop terminates"
like "$out" 'directory loop' "the loop is reported"
like "$out" '^1 added' "the story in it is imported once"

# an import that grows the store by a quarter (1,000 stories or more)
# merges the search index; a small one into a big store does not
mkdir -p "$T/bulk"
for i in $(seq 1 1000); do
	printf 'Bulk story %d\n\nThe bulk story number %d, filed from Trieste.\n' \
		"$i" "$i" > "$T/bulk/$i.txt"
done
out=$("$DOSSIER" --db "$T/bulk.db" -v import "$T/bulk" 2>&1); st=$?
is "$st" 0 "a bulk import succeeds"
like "$out" 'merging the search index' "and merges the search index"
is "$("$DOSSIER" --db "$T/bulk.db" search --format tsv '"number 517"' | tail -n +2 | cut -f4)" \
	"Bulk story 517" "search works after the merge"
out=$("$DOSSIER" --db "$T/bulk.db" -v import "$SAMPLES" 2>&1)
unlike "$out" 'merging the search index' "a small import into it does not merge"

# the store lives under XDG_DATA_HOME by default
unset DOSSIER_DB
"$DOSSIER" -q import "$SAMPLES/000_8db31dcc809a533e.txt"
ok $([ -f "$XDG_DATA_HOME/dossier/dossier.db" ]; echo $?) "default store under XDG_DATA_HOME"
XDG_DATA_HOME= "$DOSSIER" -q import "$SAMPLES/000_8db31dcc809a533e.txt"
ok $([ -f "$HOME/.local/share/dossier/dossier.db" ]; echo $?) "falls back to ~/.local/share"
"$DOSSIER" --db "$T/explicit.db" -q import "$SAMPLES/001_b32f8fa6942eb0cd.txt"
ok $([ -f "$T/explicit.db" ]; echo $?) "--db overrides"

# a store whose stories an older dossier parsed otherwise: reindex gives
# them their new parse's hash, and importing the same files again adds
# nothing
if command -v sqlite3 >/dev/null; then
	"$DOSSIER" --db "$T/old.db" -q import "$SAMPLES"
	sqlite3 "$T/old.db" "UPDATE articles SET hash = 'older-parse-' || id"
	"$DOSSIER" --db "$T/old.db" -q reindex; is $? 0 "reindex a store of older hashes"
	out=$("$DOSSIER" --db "$T/old.db" import "$SAMPLES" 2>&1)
	like "$out" '0 added, 5 already present' "after reindex the same files are already present"
	# without a reindex: the same bytes are found by themselves
	sqlite3 "$T/old.db" "UPDATE articles SET hash = 'older-parse-' || id"
	out=$("$DOSSIER" --db "$T/old.db" import "$SAMPLES" 2>&1)
	like "$out" '0 added, 5 already present' "the same files parsed otherwise are already present, by their bytes"
	# a store of schema 4 has no index of raw bytes: the upgrade makes it
	sqlite3 "$T/old.db" "DROP TABLE article_raw; DROP INDEX entities_tail; $BACK6
		ALTER TABLE entities DROP COLUMN tail; PRAGMA user_version = 4"
	out=$("$DOSSIER" --db "$T/old.db" import "$SAMPLES" 2>&1)
	like "$out" '0 added, 5 already present' "... in a store upgraded from schema 4 too"
	is "$(sqlite3 "$T/old.db" 'SELECT count(*) FROM article_raw')" 5 "the upgrade indexed every story's bytes"
else
	for i in 1 2 3 4 5 6; do ok 0 "# SKIP sqlite3 shell not installed"; done
fi
done_testing
