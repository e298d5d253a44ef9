#!/bin/sh
# install.sh: `make install` with DESTDIR and under another prefix puts the
# program, its man pages, completion, samples, lexicons and example config
# in place; the installed program runs on its installed lexicons; `make
# uninstall` leaves no file behind.
. "$top_srcdir/tests/tap.sh"

: "${top_builddir:?}"
grep -q '^install:' "$top_builddir/Makefile" 2>/dev/null ||
	skip_all "no Makefile in $top_builddir"
prefix=$(sed -n 's/^prefix = //p' "$top_builddir/Makefile")
# Run make in the build tree, outside the make that runs the tests.
mk() {
	(cd "$top_builddir" && env -u MAKEFLAGS -u MFLAGS -u MAKELEVEL \
		${MAKE:-make} -s "$@") >"$T/make.out" 2>&1
}

R="$T/root"
mk install DESTDIR="$R"
ok $? "make install DESTDIR=... succeeds"
[ $? -eq 0 ] || sed 's/^/#   /' "$T/make.out" | tail -20
P="$R$prefix"
share="$P/share"
[ -x "$P/bin/dossier" ]
ok $? "the program is installed in \$prefix/bin"
"$P/bin/dossier" --version | grep -q '^dossier '
ok $? "the installed program runs"
for f in man/man1/dossier.1 man/man5/dossier-config.5 \
	bash-completion/completions/dossier zsh/site-functions/_dossier \
	dossier/config.example; do
	[ -s "$share/$f" ]
	ok $? "installed: share/$f"
done
n=$(ls "$top_srcdir/share/samples" | wc -l)
is "$(ls "$share/dossier/samples" 2>/dev/null | wc -l)" "$n" "the $n samples are installed"
n=$(ls "$top_srcdir/share/lexicon"/*.txt | wc -l)
is "$(ls "$share/dossier/lexicon"/*.txt 2>/dev/null | wc -l)" "$n" \
	"the $n lexicons are installed"
# (the page escapes the path for roff: \- for -, a \: break after each /)
sed -e 's/\\://g' -e 's/\\-/-/g' "$share/man/man1/dossier.1" |
	grep -qF "$prefix/share/dossier"
ok $? "the installed man page names the installed data directory"
cmp -s "$top_srcdir/share/completion/dossier.bash" \
	"$share/bash-completion/completions/dossier"
ok $? "the bash completion is installed under the command's name"

# The installed program works from its installed data.
out=$(DOSSIER_LEXICON_DIR="$share/dossier/lexicon" DOSSIER_DB="$T/i.db" \
	"$P/bin/dossier" import "$share/dossier/samples" 2>&1)
is "$out" "5 added, 0 already present, 0 refused" \
	"the installed program imports the installed samples"
is "$(DOSSIER_DB="$T/i.db" "$P/bin/dossier" entities --format tsv | tail -n +2 | wc -l | tr -d ' ')" \
	"$(DOSSIER_DB="$T/i.db" "$DOSSIER" entities --format tsv | tail -n +2 | wc -l | tr -d ' ')" \
	"... and finds the entities the built one does"
unset DOSSIER_LEXICON_DIR
DOSSIER_DB="$T/j.db" "$P/bin/dossier" -q import "$share/dossier/samples"
ok $? "the installed program finds lexicons without DOSSIER_LEXICON_DIR (compiled-in paths)"

mk uninstall DESTDIR="$R"
ok $? "make uninstall DESTDIR=... succeeds"
left=$(find "$R" -type f -o -type l | head -5)
is "$left" "" "make uninstall leaves no file behind"

# Any prefix: install and uninstall under another one.
Q="$T/elsewhere"
mk install prefix="$Q"
ok $? "make install prefix=... succeeds"
[ -x "$Q/bin/dossier" ] && [ -s "$Q/share/man/man1/dossier.1" ] &&
	[ -s "$Q/share/bash-completion/completions/dossier" ] &&
	[ -d "$Q/share/dossier/lexicon" ]
ok $? "everything lands under the other prefix"
mk uninstall prefix="$Q"
is "$(find "$Q" -type f -o -type l | head -5)" "" \
	"uninstall under the other prefix leaves no file behind"
done_testing
