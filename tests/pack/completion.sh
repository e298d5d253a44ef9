#!/bin/bash
# completion.sh: the bash and zsh completion scripts parse, and the bash
# one answers real queries: sub-commands, --format values, tag and entity
# names from a store (named by DOSSIER_DB and by --db), files for import.
. "$top_srcdir/tests/tap.sh"

bashc="$top_srcdir/share/completion/dossier.bash"
zshc="$top_srcdir/share/completion/_dossier"

bash -n "$bashc"
ok $? "dossier.bash parses (bash -n)"
if command -v zsh >/dev/null 2>&1; then
	zsh -n "$zshc"
	ok $? "_dossier parses (zsh -n)"
else
	echo "ok $((TAP_N += 1)) # SKIP zsh is not installed"
fi

# The zsh script knows every sub-command of --help (it lists their options).
missing=
for c in $("$DOSSIER" --help | sed -n '/^Commands:/,/^$/p' |
	awk 'NF && !/:$/ {print $1}'); do
	grep -Eq "^[[:space:]]*([a-z]+ \| )*$c( \| [a-z]+)*\)" "$zshc" ||
		missing="$missing $c"
done
is "$missing" "" "_dossier has a case for every sub-command"

# A store with a tagged story.
"$DOSSIER" -q import "$SAMPLES" >/dev/null 2>&1
"$DOSSIER" tag 1 +summit +vertice >/dev/null 2>&1
ok $? "tagged a story"

# q WORD...: the completions of the last word, one per line, sorted.
mkdir -p "$T/bin"
ln -s "$DOSSIER" "$T/bin/dossier"
q() {
	PATH="$T/bin:$PATH" bash -c '
		. "$1"; shift
		COMP_WORDS=("$@"); COMP_CWORD=$(($# - 1)); COMPREPLY=()
		_dossier dossier "${COMP_WORDS[COMP_CWORD]}" \
			"${COMP_WORDS[COMP_CWORD-1]}"
		printf "%s\n" "${COMPREPLY[@]}" | sort' sh "$bashc" "$@"
}
joined() { q "$@" | tr '\n' ' ' | sed 's/ $//'; }

is "$(joined dossier li)" "list" "dossier li<Tab> completes to list"
is "$(joined dossier e)" "entities entity export extract" \
	"dossier e<Tab> offers the e- commands"
got=$(joined dossier '')
want=$("$DOSSIER" --help | sed -n '/^Commands:/,/^$/p' |
	awk 'NF && !/:$/ {print $1}' | sort | tr '\n' ' ' | sed 's/ $//')
is "$got" "$want" "dossier <Tab> offers every sub-command of --help"
is "$(joined dossier list --format '')" "json text tsv" \
	"list --format <Tab> offers text, tsv and json"
is "$(joined dossier export --format '')" "csv json markdown" \
	"export --format <Tab> offers json, markdown and csv"
is "$(joined dossier entities --type '')" "organisation person place" \
	"entities --type <Tab> offers the types"
is "$(joined dossier list --tag '')" "summit vertice" \
	"list --tag <Tab> offers the tags in the store"
is "$(joined dossier list --tag s)" "summit" "list --tag s<Tab> completes"
is "$(joined dossier tag 1 -v)" "-vertice" "tag ID -v<Tab> offers a tag to remove"
is "$(joined dossier tags --rename '')" "summit vertice" "tags --rename <Tab> offers the tags"
is "$(joined dossier tags --rename summit '')" "" "... but not for the new name"
like "$(joined dossier list --)" "--entity .*--format .*--tag .*--unread" \
	"list --<Tab> offers the options of list"
is "$(joined dossier search --f)" "--format" "search --f<Tab> completes"

# Entity names: whatever the store found, quoted for the shell.
ent=$("$DOSSIER" entities --format tsv | awk -F'\t' 'NR == 2 {print $2}')
[ -n "$ent" ]
ok $? "the store has entities"
first=${ent%% *}
got=$(q dossier mentions "$first" | while IFS= read -r w; do
	eval "printf '%s\n' $w"; done)
printf '%s\n' "$got" | grep -qxF -- "$ent"
ok $? "mentions ${first}<Tab> offers '$ent' (quoted for the shell)"
got=$(q dossier list --entity "'$first")
printf '%s\n' "$got" | grep -qxF -- "'$ent'"
ok $? "--entity '${first}<Tab> keeps the quote"

# Another store, named by --db, has no tags.
is "$(joined dossier --db "$T/other.db" list --tag '')" "" \
	"--db is honoured: an empty store offers no tags"

# import completes file names.
mkdir -p "$T/news" && : >"$T/news/story-one.txt"
is "$(joined dossier import "$T/news/st")" "$T/news/story-one.txt" \
	"import completes file names"
done_testing
