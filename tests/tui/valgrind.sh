#!/bin/bash
# The reader's tmux tests once more with the reader under valgrind: every
# run must end with no error and no leak reported as definitely lost.
# Not part of `make check` (slow); .ci/run runs it.
#   tests/tui/valgrind.sh            (from a build directory: DOSSIER set)
. "${top_srcdir:-.}/tests/tap.sh"
command -v valgrind >/dev/null || skip_all "valgrind not installed"
command -v tmux >/dev/null || skip_all "tmux not installed"
vg="$T/vg"
mkdir -p "$vg"
export TUI_WRAP="valgrind --leak-check=full --errors-for-leak-kinds=definite --log-file=$vg/vg.%p"
retried=0
for t in basic keys resize hostile config limits wide follow search notes visual marks entity; do
	[ -f "$top_srcdir/tests/tui/$t.sh" ] || continue
	bash "$top_srcdir/tests/tui/$t.sh" > "$T/$t.out" 2>&1
	st=$?
	if [ $st -ne 0 ]; then
		# Under valgrind the reader is ten times slower and a test's
		# wait for the screen may time out (CI, 1 December: visual.sh
		# once in five runs): show what failed, run it once more.
		# Valgrind's verdicts below still count every run.
		grep '^not ok' "$T/$t.out" | sed "s/^/# $t, first run: /"
		retried=$((retried + 1))
		bash "$top_srcdir/tests/tui/$t.sh" > "$T/$t.out" 2>&1
		st=$?
	fi
	ok $st "tests/tui/$t.sh passes with the reader under valgrind"
	[ $st -eq 0 ] || grep -A4 '^not ok' "$T/$t.out" | sed 's/^/#   /'
done
n=$(ls "$vg" | wc -l)
ok $([ "$n" -gt 10 ]; echo $?) "valgrind watched $n runs of the reader"
bad=0 killed=0
for f in "$vg"/vg.*; do
	# A run killed on purpose (the kill -9 durability test) has no summary.
	if ! grep -q 'ERROR SUMMARY' "$f"; then
		killed=$((killed + 1))
		continue
	fi
	grep -q 'ERROR SUMMARY: 0 errors' "$f" || { bad=$((bad + 1)); echo "# $f:"; grep -E 'definitely lost|ERROR SUMMARY|Invalid' "$f" | head -5 | sed 's/^/#   /'; }
done
echo "# $killed run(s) were killed before exit and have no summary"
# a test run twice may leave one more reader killed by its cleanup
ok $([ "$killed" -le $((3 + retried)) ]; echo $?) "at most the deliberately killed runs lack a summary ($killed, $retried test(s) run twice)"
is "$bad" 0 "no valgrind error or definite leak in any run"
is "$(grep -h 'definitely lost:' "$vg"/vg.* | grep -vc 'definitely lost: 0 bytes')" 0 "nothing definitely lost"
done_testing
