#!/bin/bash
# Crash safety: kill -9 an import of 3000 articles (batches of 100) into a
# fresh store at random moments, ten times.  After each kill the store is intact, holds a
# whole number of batches (every article wholly present, with its FTS entry
# and all its mentions, or absent), and a re-run completes the import.
# Then SIGINT: exit 130, a message, and the unfinished batch rolled back.
. "${top_srcdir:-.}/tests/tap.sh"
GEN="$top_srcdir/tests/hostile/gen"
command -v sqlite3 >/dev/null || skip_all "sqlite3 shell not installed"
command -v python3 >/dev/null || skip_all "python3 not installed"
N=3000
B=100
KILLS=${DOSSIER_CRASH_KILLS:-10}

python3 "$GEN" stories "$T/in" "$N"

# reference: the same files imported in one go
"$DOSSIER" -q --db "$T/ref.db" import --batch "$B" "$T/in"
is "$(sqlite3 "$T/ref.db" 'SELECT count(*) FROM articles')" "$N" "reference import complete"

q() { sqlite3 "$DOSSIER_DB" "$@"; }

# check WHEN: the invariants of a store after a crash
check() {
	local n bad
	is "$(q 'PRAGMA integrity_check')" ok "$1: integrity_check ok"
	if [ "$(q "SELECT count(*) FROM sqlite_schema WHERE name = 'articles'")" != 1 ]; then
		is "$(q 'SELECT count(*) FROM sqlite_schema')" 0 \
			"$1: killed before the schema was made: the store is empty"
		return
	fi
	n=$(q 'SELECT count(*) FROM articles')
	ok $(((n % B == 0 || n == N) ? 0 : 1)) "$1: whole batches only ($n articles)"
	# the articles present are the first n files, in order
	bad=$(q "SELECT count(*) FROM articles WHERE CAST(substr(source, -9, 5) AS INTEGER) >= $n")
	is "$bad" 0 "$1: the present articles are the first $n files"
	q "INSERT INTO articles_fts(articles_fts) VALUES('integrity-check')" 2> "$T/fts"
	is "$(cat "$T/fts")" "" "$1: FTS index matches its articles"
	is "$(q 'SELECT count(*) FROM articles_fts_docsize')" "$n" "$1: one FTS row per article"
	is "$(q 'PRAGMA foreign_key_check' | wc -l)" 0 "$1: no mention, alias or tag points nowhere"
	# every present article has exactly the mentions a clean import gives it
	bad=$(q "ATTACH '$T/ref.db' AS ref;
		SELECT count(*) FROM articles a
		WHERE (SELECT total(n) FROM mentions_all m WHERE m.article = a.id) !=
		      (SELECT total(n) FROM ref.mentions_all rm JOIN ref.articles ra
		       ON rm.article = ra.id WHERE ra.hash = a.hash)")
	is "$bad" 0 "$1: each present article has all its mentions"
}

for i in $(seq 1 "$KILLS"); do
	# 0.10 .. 2.50 s
	delay=$(printf '0.%02d' $((RANDOM % 100)))
	delay=$(awk -v d="$delay" -v r=$((RANDOM % 3)) 'BEGIN { printf "%.2f", d + r * 0.8 + 0.1 }')
	# a fresh store each time but the last, which the re-run completes
	rm -f "$DOSSIER_DB" "$DOSSIER_DB-wal" "$DOSSIER_DB-shm"
	"$DOSSIER" -q import --batch "$B" "$T/in" > /dev/null 2>&1 &
	pid=$!
	sleep "$delay"
	kill -9 "$pid" 2>/dev/null
	wait "$pid" 2>/dev/null
	check "kill -9 #$i after ${delay}s"
done

out=$("$DOSSIER" import --batch "$B" "$T/in" 2>/dev/null); st=$?
is "$st" 0 "re-running the import succeeds"
like "$out" "added, [0-9]+ already present, 0 refused" "and reports what it found"
is "$(q 'SELECT count(*) FROM articles')" "$N" "the import is complete"
check "after completion"

# SIGINT: exit 130, the message, the store as before the unfinished batch
export DOSSIER_DB="$T/int.db"
"$DOSSIER" -q import --batch "$B" "$T/in" > /dev/null 2> "$T/err" &
pid=$!
for _ in $(seq 1 100); do
	# wait for the first commit, then interrupt mid-import
	n=$(sqlite3 "$DOSSIER_DB" 'SELECT count(*) FROM articles' 2>/dev/null)
	[ "${n:-0}" -ge "$B" ] && break
	sleep 0.1
done
kill -INT "$pid"
wait "$pid"; st=$?
is "$st" 130 "SIGINT: exit 130"
err=$(cat "$T/err")
like "$err" "^dossier: interrupted: the unfinished batch was rolled back; [0-9]+ articles were imported before it$" \
	"SIGINT: one line saying what was kept"
n=$(q 'SELECT count(*) FROM articles')
said=$(echo "$err" | sed -n 's/.*; \([0-9]*\) articles were imported.*/\1/p')
is "$n" "$said" "SIGINT: the store holds exactly what the message says"
ok $(((n % B == 0 && n < N) ? 0 : 1)) "SIGINT: the open batch was rolled back ($n)"
check "after SIGINT"
done_testing
