#!/bin/bash
# run-all.sh [SECONDS]: build the libFuzzer harnesses in _fuzz (clang,
# ASan+UBSan), replay every seed corpus, then fuzz each harness for
# SECONDS (default 30) one after the other.  New inputs go to a scratch
# directory, never into the committed corpus; crashers are written to
# _fuzz/artifacts/ and make the script exit 1.
#   tests/fuzz/run-all.sh        # replay + 30 s each
#   tests/fuzz/run-all.sh 0      # replay only (what CI needs)
set -u
secs=${1:-30}
src=$(cd "$(dirname "$0")/../.." && pwd)
build=${FUZZ_BUILD:-$src/_fuzz}
harnesses="parse sanitize wrap entity json"
cc=${CC:-clang}

if ! command -v "$cc" >/dev/null; then
	echo "run-all.sh: $cc not found (install clang)" >&2
	exit 77
fi
mkdir -p "$build" || exit 1
cd "$build" || exit 1
if [ ! -f Makefile ]; then
	[ -x "$src/configure" ] || (cd "$src" && ./bootstrap) || exit 1
	"$src/configure" -q CC="$cc" --enable-fuzzers || exit 1
fi
progs=
for h in $harnesses; do progs="$progs tests/fuzz/fuzz_$h"; done
# shellcheck disable=SC2086
make -j2 $progs > make.log 2>&1 || { tail -30 make.log; exit 1; }

export DOSSIER_LEXICON_DIR=${DOSSIER_LEXICON_DIR:-$src/share/lexicon}
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
mkdir -p artifacts
status=0
for h in $harnesses; do
	corpus=$src/tests/fuzz/corpus/$h
	printf '%-9s replay %4d inputs: ' "$h" "$(ls "$corpus" | wc -l)"
	if ./tests/fuzz/fuzz_$h -runs=0 -artifact_prefix=artifacts/$h- \
	    "$corpus" > "replay-$h.log" 2>&1; then
		echo ok
	else
		echo "FAILED (see $build/replay-$h.log)"
		status=1
		continue
	fi
	[ "$secs" -gt 0 ] || continue
	work=$build/work-$h
	mkdir -p "$work"
	printf '%-9s fuzz %ss: ' "$h" "$secs"
	if ./tests/fuzz/fuzz_$h -max_total_time="$secs" -timeout=10 \
	    -rss_limit_mb=2048 -print_final_stats=1 \
	    -artifact_prefix=artifacts/$h- "$work" "$corpus" \
	    > "fuzz-$h.log" 2>&1; then
		sed -n 's/^stat::number_of_executed_units: */ok, /p' "fuzz-$h.log" |
			tr -d '\n'
		echo " executions"
	else
		echo "CRASH (see $build/fuzz-$h.log, artifacts/)"
		status=1
	fi
done
exit $status
