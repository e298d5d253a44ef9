# zcomp.zsh FPATHDIR LINE...: in one interactive zsh (under zpty) with the
# completion in FPATHDIR loaded, type each LINE and <Tab>; print what the
# terminal shows for each, escapes removed, after a line "== LINE".
# For completion.sh.
setopt extendedglob
zmodload zsh/zpty || exit 2
dir=$1
shift
zpty z zsh -f -i
# Only the completion system's own directories: compinit scans them all.
zpty -w z "PS1='> '; fpath=(${(q)dir} \${(M)fpath:#*/Completion(|/Base|/Zsh|/Unix)})"
zpty -w z "autoload -Uz compinit; compinit -u -D"
zpty -w z "zstyle ':completion:*' format ''; LISTMAX=1000; unsetopt beep"
zpty -w z "print ST''ART"
zpty -r z line '*START*'
for l in "$@"; do
	zpty -w -n z "$l"$'\t'
	out= idle=0
	for (( i = 0; i < 300 && idle < 10; i++ )); do
		if zpty -r -t z chunk; then
			out+=$chunk
			idle=0
		else
			sleep 0.1
			[[ -z $out ]] || (( idle++ ))
		fi
	done
	print -r -- "== $l"
	print -r -- "${${out//$'\r'/}//$'\e'\[[0-9;?]#[a-zA-Z]/}"
	zpty -w -n z $'\C-u'
	while zpty -r -t z chunk; do :; done
done
zpty -d z
