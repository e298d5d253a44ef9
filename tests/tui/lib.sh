# lib.sh: drive the real reader inside a private tmux server.
# Source after tests/tap.sh.  Every start gets its own server whose socket
# lives in the test's temp dir (-S), so tests run in parallel, never touch
# the user's tmux and leave nothing behind.
command -v tmux >/dev/null 2>&1 || skip_all "tmux is not installed"
SOCK=
TUI_SOCKS=
TUI_N=0
DB="$T/store.db"
TUI_TERM=${TUI_TERM:-screen-256color}
trap 'tui_stop; rm -rf "$T"' EXIT

# tui_stop: stop every tmux server this test started.
tui_stop() {
	local s
	for s in $TUI_SOCKS; do
		tmux -S "$s" kill-server >/dev/null 2>&1
		rm -f "$s"
	done
	TUI_SOCKS=
}

# tui_import FILE...: import files into the test store.
tui_import() {
	"$DOSSIER" --db "$DB" import "$@" >"$T/import.out" 2>&1
}

# tui_start COLS LINES [ENV=VALUE...]: start the reader on the test store
# in a fresh private server.  When it exits, the pane shows EXIT=<status>
# and stays around.
tui_start() {
	local w=$1 h=$2; shift 2
	TUI_N=$((TUI_N + 1))
	SOCK="$T/tmux-$TUI_N.sock"
	TUI_SOCKS="$TUI_SOCKS $SOCK"
	: >"$T/stderr"
	tmux -S "$SOCK" -f /dev/null new-session -d -x "$w" -y "$h" \
	    "env TERM=$TUI_TERM LC_ALL=C.UTF-8 $* ${TUI_WRAP:-} '$DOSSIER' --db '$DB' \
	    2>'$T/stderr'; echo EXIT=\$?; sleep 60"
	tmux -S "$SOCK" set-option -g set-clipboard on >/dev/null 2>&1
}

# tui_screen: the pane as text.
tui_screen() {
	tmux -S "$SOCK" capture-pane -p -t 0 2>/dev/null
}

# tui_keys KEY...: send keys (tmux names: Enter, Tab, NPage, Up...).
tui_keys() {
	tmux -S "$SOCK" send-keys -t 0 "$@"
}

# tui_wait REGEX [SECONDS]: poll the pane until REGEX (grep -E) shows.
tui_wait() {
	local re=$1 limit=${2:-10} i=0
	while [ "$i" -lt $((limit * 20)) ]; do
		if tui_screen | grep -Eq -- "$re"; then return 0; fi
		sleep 0.05
		i=$((i + 1))
	done
	return 1
}

# tui_wait_gone REGEX [SECONDS]: poll until REGEX no longer shows.
tui_wait_gone() {
	local re=$1 limit=${2:-10} i=0
	while [ "$i" -lt $((limit * 20)) ]; do
		if ! tui_screen | grep -Eq -- "$re"; then return 0; fi
		sleep 0.05
		i=$((i + 1))
	done
	return 1
}

# tui_stable: wait until two captures 0.2s apart agree; print the screen.
tui_stable() {
	local a b i=0
	a=$(tui_screen)
	while [ "$i" -lt 50 ]; do
		sleep 0.2
		b=$(tui_screen)
		if [ "$a" = "$b" ]; then
			printf '%s\n' "$b"
			return 0
		fi
		a=$b
		i=$((i + 1))
	done
	printf '%s\n' "$b"
	return 1
}

# tui_resize COLS LINES
tui_resize() {
	tmux -S "$SOCK" resize-window -t 0 -x "$1" -y "$2"
}

# tui_row REGEX: 0-based index of the first list row matching REGEX.
tui_row() {
	tui_screen | sed -n '2,$p' | grep -En -- "$1" | head -1 | cut -d: -f1 |
	    awk '{ print $1 - 1 }'
}

# tui_goto_row REGEX: press j until the list's cursor is on the first row
# matching REGEX (status 1 when no row matches).
tui_goto_row() {
	local row i=0
	row=$(tui_row "$1")
	while [ "$i" -lt "${row:-0}" ]; do tui_keys j; i=$((i + 1)); done
	[ -n "$row" ]
}

# tui_sidebar_walk NAME [MAX]: in the focused sidebar, press j (at most
# MAX times, 20) until NAME is the selected entity; status 0 if it is.
tui_sidebar_walk() {
	local i=0
	while [ "$i" -lt "${2:-20}" ] && ! tui_screen | grep -q "│ ▸ $1"; do
		tui_keys j
		i=$((i + 1))
		sleep 0.1
	done
	tui_screen | grep -q "│ ▸ $1"
}

# tui_quit: press q until the reader exits; print its exit status.
tui_quit() {
	local i=0
	while [ "$i" -lt 5 ]; do
		tui_keys q
		if tui_wait '^EXIT=' 2; then
			tui_screen | sed -n 's/^EXIT=\([0-9]*\).*/\1/p' | head -1
			return 0
		fi
		i=$((i + 1))
	done
	echo none
}

# tui_mouse BUTTON X Y: send an X10 mouse report (0-based cells), as a
# terminal does: button 0 press, 3 release, 64 wheel up, 65 wheel down.
tui_mouse() {
	local seq
	seq=$(printf '\033[M\\%03o\\%03o\\%03o' $((32 + $1)) $((33 + $2)) \
	    $((33 + $3)))
	tmux -S "$SOCK" send-keys -t 0 -l "$(printf "$seq")"
}
