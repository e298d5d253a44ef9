# lib.sh: helpers the hostile tests share.  Source after tests/tap.sh.

# raw_controls FILE: print why FILE is unsafe for a terminal and return 0,
# or return 1 when it is clean.  Unsafe: invalid UTF-8, a C0 control other
# than \n and \t, DEL, a C1 control (U+0080-U+009F), a bidi control
# (U+061C, U+200E, U+200F, U+202A-U+202E, U+2066-U+2069), or the JSON
# escape of any of these (a consumer would decode it back).
raw_controls() {
	local m
	if ! iconv -f UTF-8 -t UTF-8 "$1" >/dev/null 2>&1; then
		echo "invalid UTF-8"
		return 0
	fi
	m=$(LC_ALL=C grep -aoP '[\x00-\x08\x0b-\x1f\x7f]|\xc2[\x80-\x9f]|\xe2\x80[\x8e\x8f\xaa-\xae]|\xe2\x81[\xa6-\xa9]|\xd8\x9c' "$1" |
		head -1 | od -An -tx1 | tr -s ' ')
	if [ -n "$m" ]; then
		echo "raw bytes$m"
		return 0
	fi
	m=$(LC_ALL=C grep -aoiE '\\u(00[01][0-8b-f]|001[0-9a-f]|007f|00[89][0-9a-f]|061c|200[ef]|202[a-e]|206[6-9])' "$1" | head -1)
	if [ -n "$m" ]; then
		echo "JSON escape $m"
		return 0
	fi
	return 1
}

# clean NAME FILE: a TAP result, ok when FILE is clean.
clean() {
	local why
	if why=$(raw_controls "$2"); then
		ok 1 "$1 ($why)"
	else
		ok 0 "$1"
	fi
}

# todo STATUS NAME REASON: a TAP "# TODO" result (a known bug): reported,
# but a failure does not fail the script.
todo() {
	TAP_N=$((TAP_N + 1))
	if [ "$1" -eq 0 ]; then
		echo "ok $TAP_N - $2 # TODO $3"
	else
		echo "not ok $TAP_N - $2 # TODO $3"
	fi
}
