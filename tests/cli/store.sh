#!/bin/bash
# CLI: what happens to stores that are not what they should be.
. "${top_srcdir:-.}/tests/tap.sh"
command -v sqlite3 >/dev/null || skip_all "sqlite3 shell not installed"

"$DOSSIER" -q import "$SAMPLES"
is "$(sqlite3 "$DOSSIER_DB" 'PRAGMA user_version')" 10 "schema version recorded"
is "$(sqlite3 "$DOSSIER_DB" 'PRAGMA journal_mode')" wal "WAL mode"
is "$(sqlite3 "$DOSSIER_DB" 'PRAGMA integrity_check')" ok "integrity ok"
is "$(sqlite3 "$DOSSIER_DB" 'SELECT count(*) FROM articles_fts')" 5 "FTS index in step"
is "$(sqlite3 "$DOSSIER_DB" "SELECT group_concat(k || '=' || v, ' ') FROM (SELECT * FROM articles_fts_config WHERE k IN ('automerge', 'crisismerge', 'usermerge') ORDER BY k)")" \
	"automerge=8 crisismerge=16 usermerge=8" \
	"an import leaves the search index merging 8 segments at a time"
# importing stories already there writes nothing, not even the settings
# an import's batch gives the search index while it adds stories
sum=$(md5sum <"$DOSSIER_DB")
"$DOSSIER" -q import "$SAMPLES" 2>/dev/null
is "$(md5sum <"$DOSSIER_DB")" "$sum" "importing present stories again leaves the store's bytes as they were"
# Imports too small to rewrite the whole index merge the segments their
# batches wrote, 8 or more on a level at a time: twelve imports of one
# story each leave fewer than twelve segments, the index sound.
for i in $(seq 1 12); do
	printf 'Story %s\n\nWord%s in a story about Anna Verdi, number %s.\n' "$i" "$i" "$i" >"$T/small$i.txt"
	"$DOSSIER" --db "$T/small.db" -v import "$T/small$i.txt" 2>&1 >/dev/null |
		grep -o 'segments in [0-9]*' | grep -o '[0-9]*$'
done >"$T/steps"
is "$(grep -c . "$T/steps") $(($(paste -sd+ "$T/steps")))" "1 1" \
	"one merge step once a level holds eight segments"
segs=$(sqlite3 "$T/small.db" 'SELECT count(DISTINCT segid) FROM articles_fts_idx')
ok $((segs >= 1 && segs < 6 ? 0 : 1)) "small imports merge their search segments ($segs segments after 12 imports)"
is "$(sqlite3 "$T/small.db" "INSERT INTO articles_fts(articles_fts) VALUES ('integrity-check'); SELECT count(*) FROM articles_fts WHERE articles_fts MATCH 'verdi'")" 12 \
	"and every story is found"
is "$(sqlite3 "$DOSSIER_DB" "SELECT count(*) FROM articles WHERE raw IS NULL OR length(raw) = 0")" 0 "raw text kept"

# not a dossier store
sqlite3 "$T/other.db" 'CREATE TABLE t(x); INSERT INTO t VALUES (1);'
out=$("$DOSSIER" --db "$T/other.db" list 2>&1); st=$?
is "$st" 1 "another program's database is refused"
like "$out" "other.db: not a dossier store" "and named"
is "$(sqlite3 "$T/other.db" 'SELECT count(*) FROM sqlite_schema')" 1 "and left alone"

# a file that is not SQLite at all
printf 'hello, I am text\n%.0s' $(seq 200) > "$T/text.db"
cp "$T/text.db" "$T/text.orig"
out=$("$DOSSIER" --db "$T/text.db" list 2>&1); st=$?
is "$st" 1 "a text file as store is refused"
like "$out" "text.db: .*(not a dossier|damaged)" "with a clear message"
cmp -s "$T/text.db" "$T/text.orig"; ok $? "and not modified"

# a newer schema
cp "$DOSSIER_DB" "$T/newer.db"
sqlite3 "$T/newer.db" 'PRAGMA user_version = 99'
out=$("$DOSSIER" --db "$T/newer.db" list 2>&1); st=$?
is "$st" 1 "a newer schema is refused"
like "$out" "newer dossier \(schema 99" "saying why"

# a store written by the previous dossier (schema 1): reading it upgrades
# it in place, counts included, instead of refusing to list it
cp "$DOSSIER_DB" "$T/v1.db"
sqlite3 "$T/v1.db" "$BACK6"
sqlite3 "$T/v1.db" 'CREATE TABLE m1 (entity INTEGER NOT NULL
	REFERENCES entities(id) ON DELETE CASCADE, sortkey TEXT NOT NULL,
	article INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
	start INTEGER NOT NULL, end INTEGER NOT NULL,
	PRIMARY KEY (entity, sortkey, article, start)) WITHOUT ROWID;
	WITH RECURSIVE sp(entity, sortkey, article, rest, one) AS (
	SELECT entity, sortkey, article, spans || ",", NULL FROM mentions_all
	UNION ALL SELECT entity, sortkey, article,
	substr(rest, instr(rest, ",") + 1), substr(rest, 1, instr(rest, ",") - 1)
	FROM sp WHERE rest <> "") INSERT INTO m1 SELECT entity, sortkey, article,
	CAST(substr(one, 1, instr(one, ":") - 1) AS INTEGER),
	CAST(substr(one, instr(one, ":") + 1) AS INTEGER) FROM sp
	WHERE one IS NOT NULL;
	DROP VIEW mentions_all; DROP TABLE mentions_recent;
	DROP TABLE mentions_sweep; DROP TABLE article_raw;
	DROP TABLE mentions; ALTER TABLE m1 RENAME TO mentions;
	CREATE INDEX mentions_article ON mentions(article, start);
	DROP INDEX entities_rank;
	ALTER TABLE entities DROP COLUMN articles;
	DROP INDEX entities_tail; ALTER TABLE entities DROP COLUMN tail;
	ALTER TABLE entities DROP COLUMN mentions; PRAGMA user_version = 1'
is "$(sqlite3 "$T/v1.db" 'PRAGMA user_version')" 1 "made a schema-1 store"
out=$("$DOSSIER" --db "$T/v1.db" list --format tsv 2>&1); st=$?
is "$st" 0 "list on a schema-1 store succeeds"
is "$(printf '%s\n' "$out" | tail -n +2 | wc -l | tr -d ' ')" 5 "and lists its 5 stories"
is "$(sqlite3 "$T/v1.db" 'PRAGMA user_version')" 10 "the store was upgraded to schema 10"
is "$("$DOSSIER" --db "$T/v1.db" entities --format tsv | sort)" \
	"$("$DOSSIER" entities --format tsv | sort)" \
	"the upgraded store counts entities as a new one does"
is "$(sqlite3 "$T/v1.db" 'PRAGMA integrity_check')" ok "integrity ok after the upgrade"
is "$(sqlite3 "$T/v1.db" 'SELECT group_concat(spans, ";") FROM (SELECT spans FROM mentions_all ORDER BY entity, sortkey, article)')" \
	"$(sqlite3 "$DOSSIER_DB" 'SELECT group_concat(spans, ";") FROM (SELECT spans FROM mentions_all ORDER BY entity, sortkey, article)')" \
	"the upgrade packs each story's mentions of an entity as a new store does"
is "$(sqlite3 "$T/v1.db" 'SELECT group_concat(article || " " || sortkey || " " || entities, ";") FROM article_entities')" \
	"$(sqlite3 "$DOSSIER_DB" 'SELECT group_concat(article || " " || sortkey || " " || entities, ";") FROM article_entities')" \
	"the upgrade lists each story's entities as a new store does"
is "$(sqlite3 "$T/v1.db" "SELECT count(*) FROM sqlite_schema WHERE name LIKE 'mentions%' AND sql LIKE '%REFERENCES articles%'")" 0 \
	"mention rows no longer reference articles after the upgrade"
is "$(sqlite3 "$T/v1.db" 'PRAGMA foreign_key_check')" "" "and every reference left holds"
# a story deleted takes its mention rows and its list with it (the
# trigger that stands in for the references)
e2=$(sqlite3 "$T/v1.db" 'SELECT count(*) FROM mentions_all WHERE article = 2')
sqlite3 "$T/v1.db" 'PRAGMA foreign_keys = ON; DELETE FROM articles WHERE id = 2'
is "$(sqlite3 "$T/v1.db" 'SELECT count(*) FROM mentions_all WHERE article = 2')/$(sqlite3 "$T/v1.db" 'SELECT count(*) FROM article_entities WHERE article = 2')" \
	"0/0" "a deleted story leaves no mention rows ($e2 before) and no list"
# a store of schema 7 (its mention rows deleted by the trigger on
# articles) is upgraded to the trigger on the story's list, which both a
# deleted story and a story parsed again go through
cp "$DOSSIER_DB" "$T/v7.db"
sqlite3 "$T/v7.db" "$BACK7 PRAGMA user_version = 7"
is "$(sqlite3 "$T/v7.db" "SELECT count(*) FROM sqlite_schema WHERE name = 'article_entities_ld'")" 0 "made a schema-7 store"
"$DOSSIER" --db "$T/v7.db" list >/dev/null 2>&1
is "$(sqlite3 "$T/v7.db" 'PRAGMA user_version')" 10 "a schema-7 store is upgraded to schema 10"
is "$(sqlite3 "$T/v7.db" "SELECT count(*) FROM sqlite_schema WHERE type = 'trigger' AND name IN ('article_entities_ld', 'article_entities_ad')")" 2 \
	"with the trigger on the list and the one on articles"
e3=$(sqlite3 "$T/v7.db" 'SELECT count(*) FROM mentions_all WHERE article = 3')
sqlite3 "$T/v7.db" 'DELETE FROM articles WHERE id = 3'
is "$(sqlite3 "$T/v7.db" 'SELECT count(*) FROM mentions_all WHERE article = 3')/$(sqlite3 "$T/v7.db" 'SELECT count(*) FROM article_entities WHERE article = 3')/$e3" \
	"0/0/$e3" "after the upgrade a deleted story leaves no mention rows and no list"
e4=$(sqlite3 "$T/v7.db" 'SELECT count(*) FROM mentions_all WHERE article = 4')
[ "$e3" -gt 0 ] && [ "$e4" -gt 0 ]
ok $? "stories 3 and 4 had mention rows to delete ($e3, $e4)"
sqlite3 "$T/v7.db" 'DELETE FROM article_entities WHERE article = 4'
is "$(sqlite3 "$T/v7.db" 'SELECT count(*) FROM mentions_all WHERE article = 4')/$(sqlite3 "$T/v7.db" 'SELECT count(*) FROM articles WHERE id = 4')" \
	"0/1" "a story's list deleted takes its $e4 mention rows, not the story"
is "$(sqlite3 "$T/v7.db" 'SELECT count(*) FROM mentions_all WHERE article NOT IN (SELECT article FROM article_entities)')" 0 \
	"no mention row is left without its story's list"

# read-only store: reading works, writing says so
cp "$DOSSIER_DB" "$T/ro.db"
chmod 0444 "$T/ro.db"
if [ "$(id -u)" -ne 0 ]; then
	out=$("$DOSSIER" --db "$T/ro.db" list --format tsv 2>&1); st=$?
	is "$st" 0 "a read-only store can be listed"
	out=$("$DOSSIER" --db "$T/ro.db" tag 1 +x 2>&1); st=$?
	is "$st" 1 "tagging a read-only store fails"
	like "$out" "read-only" "saying it is read-only"
else
	# root ignores file modes: use a read-only bind of the idea via sqlite's
	# immutable URI is not available from the CLI, so check the message path
	# with a read-only directory instead.
	ok 0 "# SKIP read-only file test needs a non-root user"
	ok 0 "# SKIP"
	ok 0 "# SKIP"
fi

# a full disk: a tiny max_page_count makes SQLite report SQLITE_FULL
cp "$DOSSIER_DB" "$T/full.db"
pages=$(sqlite3 "$T/full.db" 'PRAGMA page_count')
before=$(sqlite3 "$T/full.db" 'SELECT count(*) FROM articles')
# a persistent limit is not possible with PRAGMA; fill the file system
# instead when we can mount a tmpfs, else skip.
if mkdir -p "$T/tiny" && mount -t tmpfs -o size=300k tmpfs "$T/tiny" 2>/dev/null; then
	cp "$DOSSIER_DB" "$T/tiny/s.db" 2>/dev/null
	mkdir -p "$T/big"
	for i in $(seq 1 40); do
		python3 -c "
import random,sys
random.seed($i)
w=['parola%d'%random.randint(0,99999) for _ in range(3000)]
print('Articolo %d\n\n'%$i + ' '.join(w) + ' a Roma.')" > "$T/big/$i.txt"
	done
	out=$("$DOSSIER" --db "$T/tiny/s.db" import "$T/big" 2>&1); st=$?
	is "$st" 1 "import onto a full disk fails"
	like "$out" "disk full|database or disk is full" "saying the disk is full"
	is "$(sqlite3 "$T/tiny/s.db" 'PRAGMA integrity_check')" ok "store intact"
	umount "$T/tiny"
else
	ok 0 "# SKIP cannot mount a tmpfs"
	ok 0 "# SKIP"
	ok 0 "# SKIP"
fi
done_testing
