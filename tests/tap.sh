# tap.sh: TAP helpers for shell tests.  Source it; call ok/is/done_testing.
# Every test gets a private HOME, XDG dirs and store under a temp dir.
set -u
: "${DOSSIER:?DOSSIER must point at the dossier binary}"
: "${top_srcdir:=$(cd "$(dirname "$0")/../.." && pwd)}"
TAP_N=0
TAP_FAILED=0
T=$(mktemp -d "${TMPDIR:-/tmp}/dossier-test.XXXXXX")
trap 'rm -rf "$T"' EXIT
export HOME="$T/home" XDG_DATA_HOME="$T/data" XDG_CONFIG_HOME="$T/config"
export DOSSIER_DB="$T/store.db"
unset NO_COLOR DOSSIER_NO_PROGRESS
mkdir -p "$HOME" "$XDG_DATA_HOME" "$XDG_CONFIG_HOME"
SAMPLES="$top_srcdir/share/samples"
# SQL that takes a store of schema 8 back to schema 7 (a story's mention
# rows deleted by the trigger on articles, not by one on its list).
BACK7="DROP TRIGGER article_entities_ld; DROP TRIGGER article_entities_ad;
	CREATE TRIGGER article_entities_ad AFTER DELETE ON articles BEGIN
	DELETE FROM mentions WHERE entity IN (SELECT value FROM json_each(
	(SELECT entities FROM article_entities WHERE article = old.id)))
	AND sortkey = (SELECT sortkey FROM article_entities
	WHERE article = old.id) AND article = old.id;
	DELETE FROM mentions_recent WHERE entity IN (SELECT value FROM
	json_each((SELECT entities FROM article_entities
	WHERE article = old.id))) AND sortkey = (SELECT sortkey FROM
	article_entities WHERE article = old.id) AND article = old.id;
	DELETE FROM article_entities WHERE article = old.id; END;"
# SQL that takes a store of schema 8 or 7 back to schema 6 (a story's entities
# found by an index on each mention table, not by a list of its own), for
# the tests that make older stores to upgrade; user_version is theirs.
BACK6="DROP TRIGGER article_entities_ad; DROP VIEW article_mentions;
	DROP TABLE article_entities;
	CREATE INDEX mentions_article ON mentions(article);
	CREATE INDEX mentions_recent_article ON mentions_recent(article);"

# ok COND-EXIT-STATUS NAME: record a result from the previous command's status.
ok() {
	local st=$1; shift
	TAP_N=$((TAP_N + 1))
	if [ "$st" -eq 0 ]; then
		echo "ok $TAP_N - $*"
	else
		echo "not ok $TAP_N - $*"
		TAP_FAILED=$((TAP_FAILED + 1))
	fi
}

# is GOT WANT NAME
is() {
	local got=$1 want=$2; shift 2
	if [ "$got" = "$want" ]; then ok 0 "$@"; else
		ok 1 "$@"
		printf '#   got:  %s\n#   want: %s\n' "$got" "$want" | head -20
	fi
}

# like GOT REGEX NAME (grep -E on the whole text)
like() {
	local got=$1 re=$2; shift 2
	if printf '%s\n' "$got" | grep -Eq -- "$re"; then ok 0 "$@"; else
		ok 1 "$@"
		printf '#   got:  %s\n#   want match: %s\n' "$got" "$re" | head -20
	fi
}

# unlike GOT REGEX NAME
unlike() {
	local got=$1 re=$2; shift 2
	if printf '%s\n' "$got" | grep -Eq -- "$re"; then
		ok 1 "$@"
		printf '#   got:  %s\n#   must not match: %s\n' "$got" "$re" | head -20
	else ok 0 "$@"; fi
}

skip_all() { echo "1..0 # SKIP $*"; exit 0; }
# skip REASON: one test that cannot run here
skip() { TAP_N=$((TAP_N + 1)); echo "ok $TAP_N # SKIP $*"; }

done_testing() {
	echo "1..$TAP_N"
	[ "$TAP_FAILED" -eq 0 ]
}
