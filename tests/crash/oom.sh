#!/bin/bash
# Out of memory: make one allocation fail, at points spread over a whole
# run of `dossier import` (and of list, show, search), with an LD_PRELOAD
# library.  Every run must end with a status (0, 1, or 2), never a signal,
# and a failure must say something on stderr; the store stays intact.
# DOSSIER_OOM_POINTS=N sets how many points per command (default 20; the
# whole sweep is DOSSIER_OOM_POINTS=100000).
. "${top_srcdir:-.}/tests/tap.sh"
LIB="$top_builddir/tests/crash/failmalloc.so"
POINTS=${DOSSIER_OOM_POINTS:-20}
[ -f "$LIB" ] || skip_all "failmalloc.so not built"
command -v sqlite3 >/dev/null || skip_all "sqlite3 shell not installed"
if ldd "$DOSSIER" 2>/dev/null | grep -q 'lib[at]san'; then
	skip_all "the sanitizers own malloc: no LD_PRELOAD under ASan"
fi
STORY="$SAMPLES/000_8db31dcc809a533e.txt"
"$DOSSIER" -q import "$SAMPLES/001_b32f8fa6942eb0cd.txt"
cp "$DOSSIER_DB" "$T/base.db"

# count CMD...: allocations made by a whole run
count() {
	FAILMALLOC_COUNT="$T/count" LD_PRELOAD="$LIB" "$@" > /dev/null 2>&1
	cat "$T/count"
}

# sweep NAME RESET CMD...: fail allocation N for POINTS values of N spread
# over the run (RESET is run before each, to start from the same store)
sweep() {
	local name=$1 reset=$2 total step n st signals=0 silent=0 broken=0 runs=0
	shift 2
	$reset
	total=$(count "$@")
	step=$((total / POINTS))
	[ "$step" -ge 1 ] || step=1
	for ((n = 1; n <= total; n += step)); do
		$reset
		FAILMALLOC_AT=$n LD_PRELOAD="$LIB" timeout 30 "$@" > "$T/out" 2> "$T/err"
		st=$?
		runs=$((runs + 1))
		if [ "$st" -gt 2 ]; then
			signals=$((signals + 1))
			echo "# $name: allocation $n of $total: status $st"
		elif [ "$st" -ne 0 ] && [ ! -s "$T/err" ]; then
			silent=$((silent + 1))
			echo "# $name: allocation $n of $total: status $st and no message"
		fi
		if [ "$(sqlite3 "$DOSSIER_DB" 'PRAGMA integrity_check' 2>&1)" != ok ]; then
			broken=$((broken + 1))
			echo "# $name: allocation $n of $total: store damaged"
		fi
	done
	is "$signals" 0 "$name: no crash over $runs failed allocations (of $total)"
	is "$silent" 0 "$name: every failure is reported"
	is "$broken" 0 "$name: the store stays intact"
}

fresh() { rm -f "$DOSSIER_DB" "$DOSSIER_DB-wal" "$DOSSIER_DB-shm"; }
base() { fresh; cp "$T/base.db" "$DOSSIER_DB"; }

sweep "import into a new store" fresh "$DOSSIER" import "$STORY"
sweep "import into a store" base "$DOSSIER" import "$STORY"
sweep "list" base "$DOSSIER" list
sweep "show" base "$DOSSIER" show 1
sweep "search" base "$DOSSIER" search putin
done_testing
