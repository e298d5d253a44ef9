#!/bin/bash
# Hostile input, the large cases, generated at test time: a 100 MB file
# (refused before it is read), a single 10 MB line (imported), and many
# tiny files in one directory (10,000 here; DOSSIER_HOSTILE_TINY=100000
# for the full case, which takes about two minutes on a loaded 2-core box).
. "${top_srcdir:-.}/tests/tap.sh"
GEN="$top_srcdir/tests/hostile/gen"
command -v python3 >/dev/null || skip_all "python3 not installed"
TINY=${DOSSIER_HOSTILE_TINY:-10000}
SANITIZED=
if ldd "$DOSSIER" 2>/dev/null | grep -q 'lib[at]san'; then
	SANITIZED=1
fi

# run_rss KB-FILE CMD...: run CMD, its peak RSS in kB into KB-FILE (or
# nothing when /usr/bin/time is missing); returns CMD's status.
run_rss() {
	local kb=$1; shift
	if [ -x /usr/bin/time ]; then
		/usr/bin/time -o "$kb" -f %M "$@"
	else
		: > "$kb"
		"$@"
	fi
}

# rss_below KB-FILE LIMIT-MB NAME
rss_below() {
	local got
	got=$(tail -1 "$1")
	if [ -n "$SANITIZED" ]; then
		ok 0 "# SKIP under ASan the peak RSS ($((got / 1024)) MB) is shadow memory and quarantine: $3"
	elif [ -z "$got" ]; then
		ok 0 "# SKIP /usr/bin/time missing: $3"
	else
		ok $((got >= $2 * 1024)) "$3 (peak RSS $((got / 1024)) MB < $2 MB)"
	fi
}

"$GEN" large "$T/large"
printf 'Un vicino normale\n\nUn articolo breve scritto a Roma.\n' > "$T/large/neighbour.txt"
run_rss "$T/rss" "$DOSSIER" import "$T/large" >"$T/out" 2>"$T/err"; st=$?
is "$st" 1 "exit 1: the 100 MB file is refused"
is "$(cat "$T/out")" "2 added, 0 already present, 1 refused" \
	"the 10 MB line and the neighbour imported"
is "$(cat "$T/err")" \
	"dossier: $T/large/100mb.txt: file too large (over 64 MB): not an article" \
	"one line naming the 100 MB file"
rss_below "$T/rss" 400 "memory bounded while importing 100 MB + 10 MB"
rm -f "$T/large/100mb.txt"

# the 10 MB line is there, and showing it stays bounded too
id=$("$DOSSIER" list --format tsv --search lunghissima | awk -F'\t' 'NR == 2 { print $1 }')
run_rss "$T/rss" "$DOSSIER" show "$id" > "$T/show"; st=$?
is "$st" 0 "the 10 MB line can be shown"
ok $(($(wc -c < "$T/show") < 10000000)) "its body is the whole line ($(wc -c < "$T/show") bytes)"
rss_below "$T/rss" 400 "memory bounded while showing it"

# stdin over the limit is refused without storing anything
head -c 70000000 /dev/zero | tr '\0' 'a' > "$T/big-stdin"
run_rss "$T/rss" "$DOSSIER" import - < "$T/big-stdin" > /dev/null 2> "$T/err"; st=$?
rm -f "$T/big-stdin"
is "$st" 1 "70 MB on stdin is refused"
like "$(cat "$T/err")" "^dossier: \(stdin\): input too large$" "naming stdin"
rss_below "$T/rss" 400 "memory bounded reading stdin"

# many tiny files in one directory
python3 "$GEN" tiny "$T/tiny" "$TINY"
s=$(date +%s)
run_rss "$T/rss" "$DOSSIER" -q --db "$T/tiny.db" import "$T/tiny"; st=$?
e=$(($(date +%s) - s))
is "$st" 0 "$TINY tiny files import (exit 0, ${e}s)"
is "$("$DOSSIER" --db "$T/tiny.db" search --format tsv --limit 100000 breve | tail -n +2 | wc -l)" \
	"$TINY" "all $TINY are there"
rss_below "$T/rss" 200 "memory bounded over $TINY files"
done_testing
