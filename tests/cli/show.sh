#!/bin/bash
# CLI: show prints the parsed article, and never a control character.
. "${top_srcdir:-.}/tests/tap.sh"
"$DOSSIER" -q import "$SAMPLES"
id_of() { "$DOSSIER" list --format tsv | awk -F'\t' -v p="$1" 'index($4, p) == 1 {print $1}'; }
a=$(id_of "Si è concluso")
out=$("$DOSSIER" show "$a")
like "$(echo "$out" | head -1)" "^Si è concluso il faccia a faccia tra Vladimir Putin e Kim Jong-un\.$" "000: title is the first sentence"
like "$out" "2023-09-13T15:59" "000: date from the update stamp"
unlike "$out" "Aggiornato il" "000: the stamp is not in the body"
j=$("$DOSSIER" show --format json "$a")
is "$(echo "$j" | jq -r .published)" "2023-09-13T15:59" "JSON published"
is "$(echo "$j" | jq -r .language)" "it" "JSON language"

b=$(id_of "Si sono conclusi")
j=$("$DOSSIER" show --format json "$b")
is "$(echo "$j" | jq -r .dateline)" "Mosca" "001: dateline"
is "$(echo "$j" | jq -r .published)" "2023-09-13" "001: date"
like "$(echo "$j" | jq -r .body | head -1)" "^Si sono conclusi" "001: body starts after the dateline"

c=$("$DOSSIER" list --format tsv | awk -F'\t' '$4 ~ /ardente amicizia/ {print $1}')
j=$("$DOSSIER" show --format json "$c")
is "$(echo "$j" | jq -r .title)" "“L‘ardente amicizia tra i due paesi si rafforzerà“, ha sottolineato Kim Jong-un" "002: headline"
body=$(echo "$j" | jq -r .body); blocks=$(echo "$j" | jq -r .blocks)
n=$(echo "$body" | awk 'BEGIN{RS=""} /^Tra Russia e Corea del Nord è iniziata una/ {print NR}')
ok $([ -n "$n" ] && [ "${blocks:$((n-1)):1}" = h ]; echo $?) "002: sub-heading is a heading block"

d=$("$DOSSIER" list --format tsv | awk -F'\t' '$4 ~ /^Putin brinda/ {print $1}')
j=$("$DOSSIER" show --format json "$d")
is "$(echo "$j" | jq -r .outlet)" "AgenPress" "004: outlet"
unlike "$(echo "$j" | jq -r .body)" "Advertisement|Potrebbe Interessarti|Ultime Notizie" "004: debris gone"

# hostile text never reaches the terminal
printf 'Titolo \033]0;pwned\007 ostile\n\nTesto con \033[31mrosso\033[0m, \033]52;c;ZXZpbA==\007 clipboard, \033c reset, \302\233 C1 CSI, \342\200\256 bidi override \342\200\254, backspace\010\010 e ritorno\r carrello, \033]8;;http://x\033\\link\033]8;;\033\\ a Roma.\n' > "$T/evil.txt"
"$DOSSIER" -q import "$T/evil.txt"
e=$("$DOSSIER" list --format tsv | awk -F'\t' '$4 ~ /^Titolo/ {print $1}')
for cmd in "show $e" "show --format json $e" "list" "list --format tsv" "list --format json" "search rosso" "search --format json rosso"; do
	"$DOSSIER" $cmd > "$T/out" 2>&1
	bad=$(LC_ALL=C grep -c -P '[\x00-\x08\x0b-\x1f\x7f]|\xc2[\x80-\x9f]|\xe2\x80[\xaa-\xae]|\xe2\x81[\xa6-\xa9]' "$T/out")
	is "$bad" 0 "no control character, C1 or bidi control in: dossier $cmd"
done
like "$("$DOSSIER" show "$e")" "rosso" "the text itself is still shown"
done_testing
