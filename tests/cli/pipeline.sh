#!/bin/bash
# CLI: import parses on a second thread while it writes; what it stores
# and says must not depend on that: walk order for ids and messages,
# refusals in place, the same store as one article at a time.
. "${top_srcdir:-.}/tests/tap.sh"
command -v sqlite3 >/dev/null || skip_all "sqlite3 shell not installed"

d="$T/many"
mkdir -p "$d"
i=0
for f in "$SAMPLES"/*; do
	for k in $(seq -w 0 23); do
		n=$(printf '%03d' $((i * 24 + 10#$k)))
		if [ $((10#$n % 17)) = 5 ]; then
			: >"$d/a$n.txt"                     # empty: refused
		else
			{ echo "Copy $n"; echo; cat "$f"; } >"$d/a$n.txt"
		fi
	done
	i=$((i + 1))
done
total=$(ls "$d" | wc -l)
empty=$(find "$d" -empty | wc -l)
"$DOSSIER" import "$d" >"$T/out" 2>"$T/err"
is "$?" 1 "import with refused files exits 1"
is "$(cat "$T/out")" "$((total - empty)) added, 0 already present, $empty refused" \
	"every file counted once"
is "$(sqlite3 "$DOSSIER_DB" 'SELECT source FROM articles ORDER BY id' | xargs -n1 basename | tr '\n' ' ')" \
	"$(cd "$d" && find . -type f ! -empty | sort | xargs -n1 basename | tr '\n' ' ')" \
	"ids follow the walk order"
is "$(grep -o 'a[0-9]*\.txt' "$T/err" | tr '\n' ' ')" \
	"$(cd "$d" && find . -empty | sort | xargs -n1 basename | tr '\n' ' ')" \
	"refusals reported in walk order"
# the same files one by one (no pipeline) give the same store
for f in "$d"/*; do
	"$DOSSIER" --db "$T/one.db" -q import "$f" 2>/dev/null
done
q='SELECT a.source, m.spans, e.name FROM mentions_all m JOIN articles a ON a.id = m.article JOIN entities e ON e.id = m.entity ORDER BY 1, 2, 3'
is "$(sqlite3 "$DOSSIER_DB" "$q" | md5sum)" "$(sqlite3 "$T/one.db" "$q" | md5sum)" \
	"the same mentions as importing one file at a time"
is "$(sqlite3 "$DOSSIER_DB" 'SELECT count(*) FROM entities e WHERE mentions <> (SELECT coalesce(sum(n), 0) FROM mentions_all WHERE entity = e.id)')" 0 \
	"entity counters match the mentions"
# Generated news, where surnames and names recur across stories: a batch
# of many stories (entities found by key are remembered within it) and
# one transaction per story must resolve every name alike.
if command -v python3 >/dev/null; then
	python3 "$top_srcdir/tests/bench/gen-corpus" --count 400 --seed 5 \
		--out "$T/gen" --quiet
	"$DOSSIER" --db "$T/big.db" -q import "$T/gen" 2>/dev/null
	"$DOSSIER" --db "$T/each.db" -q import --batch 1 "$T/gen" 2>/dev/null
	q='SELECT a.source, m.spans, e.name, e.type FROM mentions_all m JOIN articles a ON a.id = m.article JOIN entities e ON e.id = m.entity ORDER BY 1, 2, 3'
	is "$(sqlite3 "$T/big.db" "$q" | md5sum)" "$(sqlite3 "$T/each.db" "$q" | md5sum)" \
		"generated news: the same mentions in one batch as a story at a time"
	is "$("$DOSSIER" --db "$T/big.db" entities --format tsv | md5sum)" \
		"$("$DOSSIER" --db "$T/each.db" entities --format tsv | md5sum)" \
		"and the same entities, counts and aliases"
	ok $(($(sqlite3 "$T/big.db" 'SELECT count(*) FROM entities') > 300 ? 0 : 1)) \
		"with hundreds of entities"
	# A batch of 400 writes its first 250 stories' mentions before it
	# commits (STORE_SLICE, which test_store shows happening), with a
	# sweep of mentions into the big table at each step when the small
	# one is full, and indexes the batch for search as it commits: the
	# store must be the same.
	is "$(sqlite3 "$T/big.db" "INSERT INTO articles_fts(articles_fts) VALUES ('integrity-check'); SELECT count(*) FROM articles_fts WHERE articles_fts MATCH 'the OR il'")" \
		"$(sqlite3 "$T/big.db" 'SELECT count(*) FROM articles')" \
		"every story of the batch indexed for search, the index sound"
	for w in the il Collins "a*"; do
		printf '%s ' "$("$DOSSIER" --db "$T/big.db" search --format tsv "$w" | cut -f1 | md5sum)"
	done >"$T/s1"
	for w in the il Collins "a*"; do
		printf '%s ' "$("$DOSSIER" --db "$T/each.db" search --format tsv "$w" | cut -f1 | md5sum)"
	done >"$T/s2"
	is "$(cat "$T/s1")" "$(cat "$T/s2")" "the same search results in one batch as a story at a time"
	DOSSIER_RECENT_ROWS=300 "$DOSSIER" --db "$T/swept.db" -q import "$T/gen" 2>/dev/null
	is "$(sqlite3 "$T/swept.db" "$q" | md5sum)" "$(sqlite3 "$T/each.db" "$q" | md5sum)" \
		"and the same mentions when the batch sweeps them on as it goes"
	ok $(($(sqlite3 "$T/swept.db" 'SELECT count(*) FROM mentions') > 0 ? 0 : 1)) \
		"(it swept rows on into the big table)"
	# each story's list of entities names those it has rows of, however
	# its rows were written and wherever they now are
	for db in big each swept; do
		printf '%s ' "$(sqlite3 "$T/$db.db" "SELECT (SELECT count(*) FROM
			(SELECT article, entity FROM mentions_all EXCEPT SELECT
			l.article, j.value FROM article_entities l, json_each(l.entities)
			j)) + (SELECT count(*) FROM (SELECT l.article, j.value FROM
			article_entities l, json_each(l.entities) j EXCEPT SELECT
			article, entity FROM mentions_all))")"
	done >"$T/l"
	is "$(cat "$T/l")" "0 0 0 " "each story lists exactly its entities, in a batch, a story at a time, swept"
else
	for i in 1 2 3 4 5 6 7 8; do skip "python3 not found"; done
fi
done_testing
