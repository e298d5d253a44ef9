#!/bin/bash
# Two processes at once (readers while an import writes), and a corrupted
# store (garbage over pages in the middle): clear messages, no crash, no
# further damage.  tests/cli/store.sh covers the other bad stores.
. "${top_srcdir:-.}/tests/tap.sh"
GEN="$top_srcdir/tests/hostile/gen"
command -v sqlite3 >/dev/null || skip_all "sqlite3 shell not installed"
command -v python3 >/dev/null || skip_all "python3 not installed"
N=2000

python3 "$GEN" stories "$T/in" "$N"
"$DOSSIER" -q import "$SAMPLES"

# readers in a loop while an import runs: nobody errors (WAL, busy timeout)
"$DOSSIER" -q import --batch 50 "$T/in" > "$T/imp.out" 2> "$T/imp.err" &
pid=$!
runs=0 fails=0 grew=0 last=0
: > "$T/readers.err"
while kill -0 "$pid" 2>/dev/null; do
	for cmd in "list --format tsv --limit 5" "search --format tsv Roma" \
	    "entities --type person --format tsv" "list --unread --format json"; do
		# shellcheck disable=SC2086
		if ! "$DOSSIER" $cmd > "$T/r.out" 2>> "$T/readers.err"; then
			fails=$((fails + 1))
		fi
		runs=$((runs + 1))
		# looked at after each reader, not each round: on a loaded
		# machine a round of four can outlast most of the import
		n=$(sqlite3 "$DOSSIER_DB" 'SELECT count(*) FROM articles')
		[ "$n" -gt "$last" ] && grew=$((grew + 1))
		last=$n
	done
done
wait "$pid"; st=$?
is "$st" 0 "the import alongside readers succeeds"
is "$(cat "$T/imp.err")" "" "the import reports no error"
# a round of the four readers at least: how many rounds fit in the import
# is the machine's speed (4 to 12 runs seen on one VM in one hour); that
# they overlapped it is the next checks' (no failure, the store grew
# between readers)
ok $((runs < 4)) "readers ran while it imported ($runs runs)"
is "$fails" 0 "no reader failed"
is "$(cat "$T/readers.err")" "" "no reader printed an error"
ok $((grew < 2)) "readers saw the store grow ($grew times)"
is "$("$DOSSIER" list --format tsv --limit 100000 | tail -n +2 | wc -l)" $((N + 5)) \
	"every article is there afterwards"

# a writer waits for another writer instead of failing
"$DOSSIER" -q tag 1 +first &
p1=$!
"$DOSSIER" -q tag 2 +second; s2=$?
wait "$p1"; s1=$?
is "$s1:$s2" "0:0" "two writers at once both succeed"

# a corrupted store: garbage over pages in the middle
sqlite3 "$DOSSIER_DB" 'PRAGMA wal_checkpoint(TRUNCATE)' > /dev/null
cp "$DOSSIER_DB" "$T/bad.db"
pages=$(sqlite3 "$T/bad.db" 'PRAGMA page_count')
psize=$(sqlite3 "$T/bad.db" 'PRAGMA page_size')
yes "garbage over the middle of the store 0123456789" | head -c $((8 * psize)) > "$T/garbage"
dd if="$T/garbage" of="$T/bad.db" bs="$psize" seek=$((pages / 2)) conv=notrunc status=none
cp "$T/bad.db" "$T/bad.orig"
crashed=0
# corrupt CMD...: run a command on the corrupted store and judge it
corrupt() {
	"$DOSSIER" --db "$T/bad.db" "$@" > "$T/out" 2> "$T/err"; st=$?
	[ "$st" -ge 128 ] && crashed=$((crashed + 1))
	if [ "$st" -ne 0 ]; then
		ok $(((st == 1) ? 0 : 1)) "corrupted store, $*: exit 1 (got $st)"
		like "$(head -1 "$T/err")" "bad\.db: .*damaged" "corrupted store, $*: says it is damaged"
		is "$(wc -l < "$T/err")" 1 "corrupted store, $*: one line"
	else
		# pages the command did not need: it may succeed
		ok 0 "corrupted store, $*: succeeded (did not touch the damage)"
	fi
}
before=$(sqlite3 "$T/bad.db" 'PRAGMA integrity_check' 2>&1 | wc -l)
ok $((before < 2)) "the garbage is seen by integrity_check ($before problems)"
for cmd in "list" "list --format json --limit 100000" "search Roma" \
    "show 1" "show $((N / 2))" "entities" "mentions Roma" "tags"; do
	# shellcheck disable=SC2086
	corrupt $cmd
done
cmp -s "$T/bad.db" "$T/bad.orig"; ok $? "reading did not modify the corrupted store"
corrupt reindex
cmp -s "$T/bad.db" "$T/bad.orig"; ok $? "a failed reindex changed nothing"
corrupt tag 3 +x
corrupt import "$T/in/s00007.txt" "$SAMPLES"
printf 'Nuovo articolo\n\nScritto a Napoli dopo il danno.\n' > "$T/new.txt"
corrupt import "$T/new.txt"
is "$crashed" 0 "no command crashed on the corrupted store"
after=$(sqlite3 "$T/bad.db" 'PRAGMA integrity_check' 2>&1 | wc -l)
ok $((after > before)) "writes did not spread the damage ($before -> $after problems)"
done_testing
