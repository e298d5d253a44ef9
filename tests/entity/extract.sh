#!/bin/sh
# extract: `dossier extract` prints each mention with byte offsets, type,
# surface and canonical name, as TSV or JSON.  Runs the stand-alone
# tests/entity/extract (the same code as the sub-command).
: "${top_srcdir:=$(cd "$(dirname "$0")/../.." && pwd)}"
: "${top_builddir:=$top_srcdir}"
: "${DOSSIER_LEXICON_DIR:=$top_srcdir/share/lexicon}"
export DOSSIER_LEXICON_DIR
X="$top_builddir/tests/entity/extract"
n=0
fail=0
check() { # STATUS NAME
	n=$((n + 1))
	if [ "$1" -eq 0 ]; then echo "ok $n - $2"; else
		echo "not ok $n - $2"; fail=1; fi
}
text='Il presidente Vladimir Putin è arrivato a Mosca. Putin ha parlato.'
out=$(printf '%s\n' "$text" | "$X")
check $? "extract exits 0"
[ "$(printf '%s\n' "$out" | head -1)" = "$(printf 'start\tend\ttype\tsurface\tcanonical')" ]
check $? "TSV header"
printf '%s\n' "$out" | grep -q "$(printf '^14\t28\tperson\tVladimir Putin\tVladimir Putin$')"
check $? "full name with byte offsets"
printf '%s\n' "$out" | grep -q "$(printf '\tperson\tPutin\tVladimir Putin$')"
check $? "bare surname carries the canonical name"
printf '%s\n' "$out" | grep -q "$(printf '\tplace\tMosca\tMosca$')"
check $? "a place"
# offsets are bytes: the surface is the text's bytes [start, end)
bad=$(printf '%s\n' "$out" | tail -n +2 | while IFS="$(printf '\t')" read -r s e t surf c; do
	got=$(printf '%s\n' "$text" | tail -c +$((s + 1)) | head -c $((e - s)))
	[ "$got" = "$surf" ] || echo "$s $e $surf/$got"
done)
[ -z "$bad" ]
check $? "byte offsets point at the surface (after a 2-byte è)"
if command -v python3 >/dev/null 2>&1; then
	printf 'Il "capo" dell\047ONU\tdisse: Ban Ki-moon.\n' | "$X" --format json |
	    python3 -c 'import json,sys; a=json.load(sys.stdin); assert isinstance(a, list) and all({"start","end","type","surface","canonical"} <= set(o) for o in a), a'
	check $? "JSON output parses"
fi
printf '' | "$X" --format json | grep -q '^\[\]$'
check $? "empty input gives an empty JSON array"
printf 'x' | "$X" --format xml >/dev/null 2>&1
[ $? -eq 2 ]
check $? "an unknown format is a usage error"
printf 'Roma' | DOSSIER_LEXICON_DIR=/nonexistent "$X" 2>"${TMPDIR:-/tmp}/extract.err.$$" >/dev/null
st=$?
grep -q '/nonexistent/' "${TMPDIR:-/tmp}/extract.err.$$"
check $(( st != 0 ? $? : 1 )) "a missing lexicon is reported by file"
rm -f "${TMPDIR:-/tmp}/extract.err.$$"
# A lexicon file that is a directory is named, with why, rather than
# sizing it as 2^63 bytes and failing as "out of memory"; the optional
# org-spelling.txt may be absent, but not unreadable.
L=$(mktemp -d "${TMPDIR:-/tmp}/lexicon.XXXXXX")
cp "$DOSSIER_LEXICON_DIR"/*.txt "$L/"
rm "$L/org-spelling.txt"
out=$(printf 'come riporta reuters' | DOSSIER_LEXICON_DIR=$L "$X" 2>&1)
check $? "a lexicon without org-spelling.txt loads"
case $out in *"organisation	reuters"*) r=0 ;; *) r=1 ;; esac
check $r "and keeps the story's spelling of an organisation"
for f in org-spelling.txt places.txt exonyms.txt; do
	mv "$L/$f" "$L/$f.away" 2>/dev/null
	mkdir "$L/$f"
	out=$(printf 'Roma' | DOSSIER_LEXICON_DIR=$L "$X" 2>&1)
	st=$?
	case $out in *"$L/$f: Is a directory"*) r=0 ;; *) r=1 ;; esac
	check $(( st != 0 ? r : 1 )) "a directory named $f is reported as one"
	rmdir "$L/$f"
	mv "$L/$f.away" "$L/$f" 2>/dev/null
done
rm -rf "$L"
echo "1..$n"
exit $fail
