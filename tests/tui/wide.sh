#!/bin/sh
# Wide and combining text: Korean, Chinese, Cyrillic and decomposed Italian
# stay aligned; titles are cut by display width with an ellipsis.
. "$top_srcdir/tests/tap.sh"
. "$top_srcdir/tests/tui/lib.sh"
wc -L </dev/null >/dev/null 2>&1 || skip_all "wc -L is not available"

mkdir -p "$T/wide"
k='김정은 위원장과 블라디미르 푸틴 대통령이 보스토치니 우주기지에서 정상회담을 열고 군사 협력과 경제 협력을 논의했다'
z='俄罗斯总统普京与朝鲜最高领导人金正恩在东方航天发射场举行会晤双方讨论了军事合作与经济合作以及地区安全问题'
r='Владимир Путин и Ким Чен Ын провели переговоры на космодроме Восточный и обсудили военное сотрудничество'
# Italian with decomposed accents (e + U+0301), as some sites save them.
i=$(printf 'Perche\314\201 il vertice e\314\200 stato definito storico: la citta\314\200 di Vostochny e\314\200 il cosmodromo piu\314\200 nuovo della Russia')
n=0
for title in "$k" "$z" "$r" "$i"; do
	printf '%s\n\n%s %s %s\n\n%s\n' "$title" "$title" "$title" "$title" \
	    "$title" >"$T/wide/$n.txt"
	n=$((n + 1))
done
tui_import "$T/wide"
ok $? "the wide stories import"
tui_start 120 40
tui_wait '4 stories'
screen=$(tui_stable)
bad=0
for row in 2 3 4 5; do
	line=$(printf '%s\n' "$screen" | sed -n "${row}p")
	w=$(printf '%s\n' "$line" | wc -L)
	case $line in *…) ;; *) bad=$((bad + 1)); echo "# no ellipsis: $line" ;; esac
	if [ "$w" -gt 119 ] || [ "$w" -lt 117 ]; then
		bad=$((bad + 1))
		echo "# row $row is $w columns: $line"
	fi
done
is "$bad" 0 "long titles end in an ellipsis at the right edge, by display width"

# Open each story: the sidebar's rule stays in one column.
for s in 1 2 3 4; do
	tui_keys Enter
	tui_wait '─ Story '
	screen=$(tui_stable)
	top=$(printf '%s\n' "$screen" | grep -n '─ Story ' | cut -d: -f1)
	bad=0
	printf '%s\n' "$screen" | sed -n "$((top + 1)),39p" >"$T/pane"
	while IFS= read -r line; do
		left=${line%%│*}
		w=$(printf '%s\n' "$left" | wc -L)
		[ "$w" -eq 89 ] || { bad=$((bad + 1)); echo "# $w: $line"; }
	done <"$T/pane"
	is "$bad" 0 "story $s: every pane line keeps the sidebar rule at column 89"
	tui_keys q j
	sleep 0.2
done
is "$(tui_quit)" 0 "q exits with status 0"
done_testing
