#!/bin/sh
# The config file: bind, color, set; a bad line names file:line in the
# status line and on stderr, and the reader still starts.  NO_COLOR.
. "$top_srcdir/tests/tap.sh"
. "$top_srcdir/tests/tui/lib.sh"

tui_import "$SAMPLES"/*.txt
mkdir -p "$XDG_CONFIG_HOME/dossier"
cat >"$XDG_CONFIG_HOME/dossier/config" <<'CFG'
# a comment
bind x next
color nonsense red default
set sidebar off
bind <F5> toggle-star
set list-height 12
CFG
tui_start 120 40
tui_wait 'config:3: unknown element'
ok $? "a bad line is named by file and line in the status line"
screen=$(tui_stable)
unlike "$screen" '┬ Entities' "set sidebar off hides the sidebar"
is "$(printf '%s\n' "$screen" | grep -n '─ ▲ Stories' | cut -d: -f1)" 14 \
    "set list-height 12 sizes the list"
tui_keys x
tui_wait '2/5'
ok $? "bind x next works"
tui_keys F5
tui_wait '^▸ N\*'
ok $? "bind <F5> toggle-star works"
tui_keys '?'
tui_wait 'dossier keys'
like "$(tui_screen)" 'j, <Down>, x +next' "the help shows the user's binding"
tui_keys q
is "$(tui_quit)" 0 "q exits with status 0"
like "$(cat "$T/stderr")" 'config:3: unknown element .nonsense.' \
    "the error is repeated on stderr after exit"
tui_stop

# The documented example applies without a single complaint.
cp "$top_srcdir/share/config.example" "$XDG_CONFIG_HOME/dossier/config"
tui_start 120 40
tui_wait '5 stories'
ok $? "the reader starts with share/config.example"
unlike "$(tui_stable)" 'config:' "share/config.example has no bad line"
is "$(tui_quit)" 0 "q exits with status 0"
is "$(cat "$T/stderr")" "" "share/config.example gives nothing on stderr"
tui_stop

# Colours by default; none with NO_COLOR.
rm -f "$XDG_CONFIG_HOME/dossier/config"
esc=$(printf '\033')
tui_start 120 40
tui_wait '5 stories'
tui_keys Enter
tui_wait '│ People|│ No names'
like "$(tmux -S "$SOCK" capture-pane -p -e -t 0)" "$esc\\[[0-9;]*(3[0-7]|9[0-7]|38;)" \
    "the default theme uses colour"
tui_stop
tui_start 120 40 NO_COLOR=1
tui_wait '5 stories'
tui_keys Enter
tui_wait '│ People|│ No names'
unlike "$(tmux -S "$SOCK" capture-pane -p -e -t 0)" "$esc\\[[0-9;]*(3[0-7]|9[0-7]|38;)" \
    "NO_COLOR turns colour off"
is "$(tui_quit)" 0 "q exits with status 0"
done_testing
