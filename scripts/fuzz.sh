#!/usr/bin/env bash
# Fuzzes one part of planq with libFuzzer and AddressSanitizer (Linux).
#
#   scripts/fuzz.sh TARGET SECONDS [libFuzzer options...]
#
# TARGET is parse, csv, json, document, engine or all (each in turn, SECONDS each); see
# docs/reliability.md. A target is Fuzz/Targets/TARGET.swift plus Fuzz/Support/, linked
# against the PlanQuery library's sources compiled with coverage instrumentation.
#
# Not SwiftPM targets: `-sanitize=fuzzer` links libFuzzer's own `main`, which a plain
# `swift build` cannot link (and instrumenting through SwiftPM rebuilds every target and
# dependency); swiftc needs nothing but the toolchain, so this works in a fresh clone.
#
# FUZZ_BUILD=release (default: -O, about 3x more executions a second, a few minutes to
# build) or debug (-Onone: builds in about a minute; what CI uses for its short runs).
# The library is rebuilt when a source is newer than it. Builds go to .build-fuzz/.
#
# Inputs: the committed seeds in Fuzz/corpus/TARGET, plus a working corpus the runs grow in
# .build-fuzz/corpus/TARGET (not committed). A crash, a leak of memory beyond the limit or
# an input taking longer than FUZZ_TIMEOUT seconds (default 10 in a release build, 40 in a debug
# build, which runs about four times slower; libFuzzer times by the wall clock, so a run sharing
# its cores needs the room) stops the run with status 1
# and leaves the input in .build-fuzz/crashes/; replay it with
#   .build-fuzz/release/fuzz-TARGET .build-fuzz/crashes/crash-...   (FUZZ_SHOW=1 prints engine queries)
set -euo pipefail
cd "$(dirname "$0")/.."

targets=(parse csv json document engine)
if [ $# -lt 2 ]; then
    echo "usage: scripts/fuzz.sh TARGET SECONDS [libFuzzer options...]   (TARGET: ${targets[*]} all)" >&2
    exit 64
fi
target=$1 seconds=$2
shift 2
if [ "$target" = all ]; then
    for t in "${targets[@]}"; do "$0" "$t" "$seconds" "$@"; done
    exit 0
fi
if [ ! -f "Fuzz/Targets/$target.swift" ]; then
    echo "no fuzz target '$target' (one of: ${targets[*]} all)" >&2
    exit 64
fi

mode=${FUZZ_BUILD:-release}
case "$mode" in
    release) optimize=(-O -wmo); timeout=${FUZZ_TIMEOUT:-10} ;;
    debug) optimize=(-Onone); timeout=${FUZZ_TIMEOUT:-40} ;;
    *) echo "FUZZ_BUILD is release or debug" >&2; exit 64 ;;
esac
out=.build-fuzz/$mode
mkdir -p "$out" .build-fuzz/corpus/"$target" .build-fuzz/crashes
sanitize=(-sanitize=fuzzer,address)
library=$out/libPlanQuery.a

# The library: rebuilt when any of its sources (or this script) is newer.
if [ ! -f "$library" ] || [ -n "$(find Sources/PlanQuery scripts/fuzz.sh -newer "$library" -print -quit)" ]; then
    echo "building the instrumented PlanQuery library ($mode)..." >&2
    mapfile -t sources < <(find Sources/PlanQuery -name '*.swift' | sort)
    swiftc -emit-library -static -emit-module -parse-as-library -enable-testing \
        -module-name PlanQuery -package-name planq "${optimize[@]}" "${sanitize[@]}" \
        -emit-module-path "$out/PlanQuery.swiftmodule" "${sources[@]}" -o "$library"
fi

binary=$out/fuzz-$target
if [ ! -f "$binary" ] || [ -n "$(find "$library" Fuzz/Support "Fuzz/Targets/$target.swift" -newer "$binary" -print -quit)" ]; then
    swiftc -parse-as-library -package-name planq -module-name "Fuzz_$target" "${optimize[@]}" "${sanitize[@]}" \
        -I "$out" -L "$out" -lPlanQuery Fuzz/Support/*.swift "Fuzz/Targets/$target.swift" -o "$binary"
fi

# Leaks are not checked: the standard library is parsed once per process and kept in a
# global whose enum payloads Swift packs with tag bits, which LeakSanitizer cannot follow,
# so that one-time allocation reads as a leak (its size does not grow with the runs).
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=0}
# Swift's own crash backtracer waits on a crashed process; libFuzzer reports the crash itself.
export SWIFT_BACKTRACE=${SWIFT_BACKTRACE:-enable=no}
echo "fuzzing $target for $seconds s ($mode build)..." >&2
"$binary" -max_total_time="$seconds" -timeout="$timeout" -rss_limit_mb=2048 -detect_leaks=0 \
    -print_final_stats=1 -artifact_prefix=.build-fuzz/crashes/"$target"- "$@" \
    .build-fuzz/corpus/"$target" Fuzz/corpus/"$target"
