#!/bin/sh
# gen-check.sh: smoke test of the benchmark corpus generator (TAP).
# Counts, layout, determinism, language mix, debris, odd encodings, RSS.
. "$top_srcdir/tests/tap.sh"

command -v python3 >/dev/null 2>&1 || skip_all "python3 not found"
GEN="$top_srcdir/tests/bench/gen-corpus"

python3 "$GEN" --count 50 --seed 42 --out "$T/a" --rss "$T/a.rss" \
	--manifest "$T/a.tsv" >"$T/a.out"
ok $? "generates 50 articles"
is "$(find "$T/a" -type f -name '*.txt' | wc -l | tr -d ' ')" 50 \
	"50 files written"
is "$(ls "$T/a")" "0000" "one subdirectory for 50 articles"

python3 "$GEN" --count 50 --seed 42 --out "$T/b" --jobs 1 --quiet
diff -r "$T/a" "$T/b" >/dev/null
ok $? "same seed gives identical bytes (and --jobs does not matter)"
python3 "$GEN" --count 50 --seed 43 --out "$T/c" --quiet
diff -r "$T/a" "$T/c" >/dev/null
ok $((! $?)) "another seed gives other articles"

python3 "$GEN" --count 10 --start 995 --seed 42 --out "$T/d" --quiet
is "$(ls "$T/d" | tr '\n' ' ')" "0000 0001 " \
	"at most 1000 files per subdirectory"
cmp -s "$T/d/0000/$(ls "$T/d/0000" | head -1)" \
	"$(ls -d "$T"/a/0000/* | head -1)"
ok $((! $?)) "article numbers name distinct articles"

# language by majority of function words, read from the text itself
langs=$(for f in "$T"/a/0000/*.txt; do
	tr -s ' \r\n' '\n\n\n' <"$f" | awk '
		/^(il|che|della|di|per|con|sono|ha|è)$/ { it++ }
		/^(the|and|of|to|with|has|was|is)$/ { en++ }
		END { print (it > en ? "it" : "en") }'
done | sort | uniq -c | awk '{ printf "%s=%s ", $2, $1 }')
it=$(printf '%s' "$langs" | sed -n 's/.*it=\([0-9]*\).*/\1/p')
en=$(printf '%s' "$langs" | sed -n 's/.*en=\([0-9]*\).*/\1/p')
[ "${it:-0}" -ge 25 ] && [ "${it:-0}" -le 45 ] && [ "${en:-0}" -ge 5 ]
ok $? "about 70% Italian, 30% English ($langs)"

n=$(grep -l -E '^(- Advertisement -|Potrebbe Interessarti|Ultime Notizie|Subscribe to our newsletter!|Leggi anche|Read more|Related Articles|Condividi)' \
	"$T"/a/0000/*.txt | wc -l)
[ "$n" -ge 1 ] && [ "$n" -le 25 ]
ok $? "some articles carry site debris ($n of 50)"
n=$(grep -l -E '^(Aggiornato il|Ultimo aggiornamento|Updated|Published|Last modified)' \
	"$T"/a/0000/*.txt | wc -l)
[ "$n" -ge 1 ]
ok $? "some articles carry update stamps ($n of 50)"
n=$(grep -l -E '^[A-Z][[:alpha:]’'"'"' ]+, [0-9]{1,2} [a-z]+ 20[0-9]{2} – ' \
	"$T"/a/0000/*.txt | wc -l)
[ "$n" -ge 1 ]
ok $? "some articles open with an Italian dateline ($n of 50)"
grep -q -E '“|«' "$T"/a/0000/*.txt
ok $? "typographic quotes occur"

# a larger sample for the rare things
python3 "$GEN" --count 400 --seed 42 --out "$T/e" --quiet
cat >"$T/odd.py" <<'EOF'
import os, sys
bom = crlf = bad = 0
for d, _, files in os.walk(sys.argv[1]):
    for f in files:
        b = open(os.path.join(d, f), "rb").read()
        bom += b.startswith(b"\xef\xbb\xbf")
        crlf += b"\r\n" in b
        try:
            b.decode("utf-8")
        except UnicodeDecodeError:
            bad += 1
print(bom, crlf, bad)
EOF
set -- $(python3 "$T/odd.py" "$T/e")
bom=$1 crlf=$2 bad=$3
[ "$bom" -ge 1 ] && [ "$crlf" -ge 1 ] && [ "$bad" -ge 1 ] &&
	[ $((bom + crlf + bad)) -le 60 ]
ok $? "a few per cent odd: bom=$bom crlf=$crlf non-utf8=$bad of 400"

sizes=$(find "$T/e" -name '*.txt' -exec wc -c {} + | grep -v total |
	awk '{ s += $1; if (min == "" || $1 < min) min = $1;
	       if ($1 > max) max = $1 }
	     END { printf "%d %d %d", min, max, s / NR }')
set -- $sizes
[ "$1" -ge 700 ] && [ "$2" -le 16000 ] && [ "$3" -ge 2800 ] && [ "$3" -le 4500 ]
ok $? "sizes 1-12 KB, mean about 3.5 KB (min $1 max $2 mean $3)"

years=$(cat "$T"/e/*/*.txt | grep -o -E '\b20(1[5-9]|2[0-6])\b' | sort -u |
	wc -l | tr -d ' ')
[ "$years" -ge 10 ]
ok $? "dates spread over the years ($years distinct years)"

names=$(cat "$T"/e/*/*.txt |
	grep -o -E '\b[A-Z][a-z]+ [A-Z][a-z]+(-[a-z]+)?\b' | sort -u | wc -l |
	tr -d ' ')
[ "$names" -ge 400 ]
ok $? "many distinct capitalised names ($names)"

long=$(cat "$T"/e/*/*.txt | awk 'length > 300' | wc -l | tr -d ' ')
uniq=$(cat "$T"/e/*/*.txt | awk 'length > 300' | sort -u | wc -l |
	tr -d ' ')
[ "$long" -ge 100 ] && [ "$uniq" -eq "$long" ]
ok $? "long paragraphs never repeat ($uniq of $long distinct)"

python3 - "$T/a.rss" <<'EOF'
import sys, email.utils, xml.etree.ElementTree as ET
items = ET.parse(sys.argv[1]).findall("./channel/item")
assert len(items) == 50, len(items)
guids = {i.findtext("guid") for i in items}
assert len(guids) == 50
for i in items:
    assert i.findtext("title").strip()
    assert email.utils.parsedate_to_datetime(i.findtext("pubDate")).year >= 2015
    assert len(i.findtext("description")) > 500
EOF
ok $? "RSS 2.0 file: 50 items, unique guids, dates, descriptions"

like "$(cat "$T/a.out")" '^articles=50$' "summary printed"
is "$(($(wc -l <"$T/a.tsv") - 1))" 50 "manifest has a line per article"

done_testing
