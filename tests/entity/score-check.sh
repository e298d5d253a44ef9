#!/bin/sh
# score-check: the recogniser's exact-span micro-F1 on the first 300
# sentences of KIND's WN_dev split stays above a floor (a regression
# guard well below the measured figure).  Skipped without the data.
: "${top_srcdir:=$(cd "$(dirname "$0")/../.." && pwd)}"
: "${top_builddir:=$top_srcdir}"
FLOOR=${SCORE_FLOOR:-0.72}
for d in "${DOSSIER_KIND_DIR:-}" /work/shared/data/kind \
    "$top_srcdir/../shared/data/kind"; do
	if [ -n "$d" ] && [ -f "$d/WN_dev.tsv" ]; then
		kind=$d
		break
	fi
done
if [ -z "${kind:-}" ]; then
	echo "1..0 # SKIP KIND data not found"
	exit 0
fi
if ! command -v python3 >/dev/null 2>&1; then
	echo "1..0 # SKIP python3 not found"
	exit 0
fi
echo "1..1"
out=$(python3 "$top_srcdir/tests/entity/score" \
    --extract "$top_builddir/tests/entity/extract" --limit 300 \
    --min-f1 "$FLOOR" "$kind/WN_dev.tsv" 2>&1)
st=$?
printf '%s\n' "$out" | sed 's/^/# /'
if [ $st -eq 0 ]; then
	echo "ok 1 - micro-F1 on 300 dev sentences >= $FLOOR"
else
	echo "not ok 1 - micro-F1 on 300 dev sentences >= $FLOOR"
	exit 1
fi
