#!/bin/sh
# man.sh: both man pages render without a single groff warning, and
# dossier(1) names every sub-command of `dossier --help` and every
# operation of the reader's key table (src/tui/keys.c), so they cannot
# drift apart; dossier-config(5) names every setting and colour element.
. "$top_srcdir/tests/tap.sh"

command -v groff >/dev/null 2>&1 || skip_all "groff is not installed"
man1="$top_builddir/share/man/dossier.1"
man5="$top_builddir/share/man/dossier-config.5"
[ -f "$man1" ] && [ -f "$man5" ] || (cd "$top_builddir" && ${MAKE:-make} -s \
	share/man/dossier.1 share/man/dossier-config.5) >/dev/null 2>&1

# Render a page; the warnings (stderr) must be empty.
render() {
	groff -ww -mandoc -Tutf8 "$1" 2>"$T/warn" | sed 's/.\x08//g' >"$T/page"
	[ $? -eq 0 ] && [ ! -s "$T/warn" ]
}

for p in "$man1" "$man5"; do
	render "$p"
	ok $? "$(basename "$p") renders with groff -ww and no warning"
	[ -s "$T/warn" ] && sed 's/^/#   /' "$T/warn" | head -10
	lines=$(wc -l <"$T/page")
	[ "$lines" -gt 60 ]
	ok $? "$(basename "$p") is a real page ($lines lines)"
	grep -q '@[A-Z]*@' "$p"
	ok $((!$?)) "$(basename "$p"): every @VARIABLE@ was substituted"
done

# A packager's prefix can be long (make distcheck's is): the pages still
# render without a warning when the data directory fills a whole line.
long=/srv/build/a-rather-long-directory-name/dossier-0.1.0/_inst/with/more/levels/share/dossier
for p in dossier.1 dossier-config.5; do
	(cd "$top_builddir" && ${MAKE:-make} -s man-subst pkgdatadir="$long") \
		<"$top_srcdir/share/man/$p.in" >"$T/long-$p"
	render "$T/long-$p"
	ok $? "$p renders with no warning with a long data directory"
	[ -s "$T/warn" ] && sed 's/^/#   /' "$T/warn" | head -10
	grep -q 'a\\-rather\\-long' "$T/long-$p"
	ok $? "$p: the data directory was substituted, escaped for roff"
done

# The checks can fail: a page with a bad request warns.
printf '.TH X 1\n.SH NAME\nx\n.BOGUS request\n' >"$T/bad.1"
render "$T/bad.1"
ok $((!$?)) "a page with an unknown request is caught"

render "$man1"
cp "$T/page" "$T/man1.txt"
render "$man5"
cp "$T/page" "$T/man5.txt"

# Every sub-command of --help has its own heading in dossier(1).
cmds=$("$DOSSIER" --help | sed -n '/^Commands:/,/^$/p' | awk 'NF && !/:$/ {print $1}')
[ -n "$cmds" ]
ok $? "dossier --help lists sub-commands"
missing=
for c in $cmds; do
	grep -Eq "^   $c( |$)" "$T/man1.txt" || missing="$missing $c"
done
is "$missing" "" "every sub-command of --help has a section in dossier(1)"

# Every operation of the key table is in dossier(1) and dossier-config(5).
ops=$(sed -n '/tui_ops\[\] = {/,/^};/p' "$top_srcdir/src/tui/keys.c" |
	grep -o '{ "[a-z-]*"' | sed 's/{ "//; s/"//')
n=$(printf '%s\n' "$ops" | grep -c .)
[ "$n" -ge 10 ]
ok $? "found the reader's operations in src/tui/keys.c ($n)"
missing=
for o in $ops; do
	grep -Eq "(^|  )$o +— " "$T/man1.txt" || missing="$missing $o"
done
is "$missing" "" "every reader operation is in dossier(1)"
missing=
for o in $ops; do
	grep -Eq "^       $o( +[^ ]|$)" "$T/man5.txt" || missing="$missing $o"
done
is "$missing" "" "every reader operation is in dossier-config(5)"

# Every setting and colour element of the example config is in (5).
missing=
for s in $(awk '$1 == "set" || $1 == "color" {print $2}' \
	"$top_srcdir/share/config.example"); do
	grep -Eq "(^| )$s( |$)" "$T/man5.txt" || missing="$missing $s"
done
is "$missing" "" "every setting and colour element is in dossier-config(5)"

# Every long option of every sub-command's --help is in dossier(1).
missing=
for c in $cmds; do
	for o in $("$DOSSIER" "$c" --help | sed -n '1,/^$/p' |
		grep -o -- '--[a-z][a-z-]*' | sort -u); do
		grep -q -- "$o" "$T/man1.txt" || missing="$missing $c:$o"
	done
done
is "$missing" "" "every option of every sub-command is in dossier(1)"

# The environment the program reads is documented: every getenv() of the
# sources (HOME and TMPDIR go without saying; DOSSIER_TUI_FRAME_LOG is the
# frame benchmark's hook) and the editor variables the note editor uses.
vars=$(cat "$top_srcdir"/src/*/*.c | grep -oE 'getenv\("[A-Z_]+"\)' |
	sed 's/getenv("//; s/")//' | sort -u |
	grep -vxE 'HOME|TMPDIR|DOSSIER_TUI_FRAME_LOG')
[ "$(printf '%s\n' "$vars" | grep -c .)" -ge 6 ]
ok $? "found the variables the sources read ($(echo $vars))"
for v in $vars VISUAL EDITOR; do
	grep -q "$v" "$T/man1.txt"
	ok $? "dossier(1) documents $v"
done
done_testing
