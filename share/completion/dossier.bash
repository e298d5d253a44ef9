# bash completion for dossier(1).
# Sub-commands and their options are read from `dossier --help` and
# `dossier COMMAND --help`, so they follow the program; tag and entity
# names come from the store (the one named by --db, else the default).

# Run dossier on the store of the command line being completed.
_dossier_run()
{
	local i db=
	for ((i = 1; i < ${#COMP_WORDS[@]}; i++)); do
		case ${COMP_WORDS[i]} in
		--db) [[ $i -ne $COMP_CWORD-1 ]] && db=${COMP_WORDS[i+1]} ;;
		--db=*) db=${COMP_WORDS[i]#--db=} ;;
		esac
	done
	db=${db/#\~/$HOME}
	if [[ -n $db ]]; then
		"${COMP_WORDS[0]}" --db "$db" "$@" 2>/dev/null
	else
		"${COMP_WORDS[0]}" "$@" 2>/dev/null
	fi
}

# The sub-commands, from the program's own help.
_dossier_commands()
{
	_dossier_run --help | awk '/^Commands:/ { f = 1; next }
		/^$/ { f = 0 } f { print $1 }'
}

# The options of one sub-command, from its usage.
_dossier_options()
{
	_dossier_run "$1" --help | sed -n '1,/^$/p' |
		grep -o -- '--[a-z][a-z-]*' | sort -u
}

# The values a sub-command's usage gives for an option (--format a|b|c).
_dossier_values()
{
	_dossier_run "$1" --help | sed -n '1,/^$/p' |
		grep -o -- "$2 [a-z|]*" | head -n 1 | cut -d' ' -f2 | tr '|' '\n'
}

# Tag names in the store.
_dossier_tags()
{
	_dossier_run tags --format tsv | awk -F'\t' 'NR > 1 { print $1 }'
}

# Entity names in the store.
_dossier_entities()
{
	_dossier_run entities --format tsv | awk -F'\t' 'NR > 1 { print $2 }'
}

# Article ids, newest first.
_dossier_ids()
{
	_dossier_run list --format tsv | awk -F'\t' 'NR > 1 { print $1 }'
}

# Complete cur against newline-separated words, quoting what needs it.
_dossier_reply()
{
	local IFS=$'\n' w q= cur=$2
	case $cur in
	\'* | \"*) q=${cur:0:1}; cur=${cur:1} ;;
	esac
	COMPREPLY=()
	for w in $1; do
		[[ $w == "$cur"* ]] || continue
		if [[ -n $q ]]; then
			COMPREPLY+=("$q$w$q")
		else
			COMPREPLY+=("$(printf '%q' "$w")")
		fi
	done
}

_dossier()
{
	local cur=${COMP_WORDS[COMP_CWORD]} prev= cmd= verb= i n=0 word
	[[ $COMP_CWORD -gt 0 ]] && prev=${COMP_WORDS[COMP_CWORD-1]}
	COMPREPLY=()

	# The sub-command: the first word that is neither an option nor the
	# value of --db; n counts the arguments after it.
	for ((i = 1; i < COMP_CWORD; i++)); do
		word=${COMP_WORDS[i]}
		if [[ -z $cmd ]]; then
			case $word in
			--db) ((i++)) ;;
			-*) ;;
			*) cmd=$word ;;
			esac
		elif [[ $word != -* ]]; then
			case ${COMP_WORDS[i-1]} in
			--tag | --entity | --search | --format | --type | --article | \
			--limit | --batch | --at | --range | --edit | --delete | --db | \
			--rename) ;;
			*) [[ $n -eq 0 ]] && verb=$word; ((n++)) ;;
			esac
		fi
	done

	case $prev in
	--db)
		COMPREPLY=($(compgen -f -- "$cur"))
		return
		;;
	--format | --type)
		_dossier_reply "$(_dossier_values "${cmd:-list}" "$prev")" "$cur"
		return
		;;
	--tag | --rename | --delete)
		[[ $prev == --tag || $cmd == tags ]] &&
			_dossier_reply "$(_dossier_tags)" "$cur"
		return
		;;
	--entity)
		_dossier_reply "$(_dossier_entities)" "$cur"
		return
		;;
	--article | --edit)
		[[ $prev == --article ]] &&
			_dossier_reply "$(_dossier_ids)" "$cur"
		return
		;;
	--search | --limit | --batch | --at | --range)
		return
		;;
	esac

	if [[ -z $cmd ]]; then
		if [[ $cur == -* ]]; then
			_dossier_reply "$(printf '%s\n' --db --quiet --verbose --help \
			    --version)" "$cur"
		else
			_dossier_reply "$(_dossier_commands)" "$cur"
		fi
		return
	fi
	if [[ $cur == -* && ! ($cmd == tag && $n -ge 1) ]]; then
		_dossier_reply "$(_dossier_options "$cmd"; printf '%s\n' --help \
		    --quiet --verbose --db)" "$cur"
		return
	fi
	case $cmd in
	import)
		COMPREPLY=($(compgen -f -- "$cur"))
		compopt -o filenames 2>/dev/null
		;;
	tag)
		if [[ $n -eq 0 ]]; then
			_dossier_reply "$(_dossier_ids)" "$cur"
		elif [[ $cur == [+-]* ]]; then
			_dossier_reply "$(_dossier_tags | sed "s/^/${cur:0:1}/")" "$cur"
		else
			_dossier_reply "$(_dossier_tags | sed 's/^/+/')" "$cur"
		fi
		;;
	show | note)
		[[ $n -eq 0 ]] && _dossier_reply "$(_dossier_ids)" "$cur"
		;;
	mentions)
		[[ $n -eq 0 ]] && _dossier_reply "$(_dossier_entities)" "$cur"
		;;
	entity)
		if [[ $n -eq 0 ]]; then
			_dossier_reply "$(printf '%s\n' merge rename retype split \
			    ignore)" "$cur"
		elif [[ $n -eq 1 || ($n -eq 2 && $verb == merge) ]]; then
			_dossier_reply "$(_dossier_entities)" "$cur"
		elif [[ $n -eq 2 && $verb == retype ]]; then
			_dossier_reply "$(printf '%s\n' person place organisation \
			    other)" "$cur"
		fi
		;;
	esac
}

complete -F _dossier dossier
