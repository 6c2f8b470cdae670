#!/usr/bin/env bash
# Regenerates scripts/release/startup-sections.txt: the code a short `planq` run executes,
# which scripts/build-release.sh asks the linker to place together, so that start-up touches
# a few dozen pages of the executable instead of pages spread over its 20 MB of code.
#
#   scripts/release/startup-order.sh        (needs valgrind; run after scripts/build-release.sh)
#
# The list names functions (their `.text.NAME` sections, from -function-sections): one that
# no longer exists is ignored by the linker, so a stale list costs speed, never correctness.
set -euo pipefail
cd "$(dirname "$0")/../.."
planq=.build/release/planq
command -v valgrind >/dev/null || { echo "startup-order: needs valgrind (apt-get install -y valgrind)" >&2; exit 1; }
[ -x "$planq" ] || { echo "startup-order: build first (scripts/build-release.sh)" >&2; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
printf 'council,region,population\nKent,South East,1400000\nDerby,East Midlands,250000\n' > "$work/councils.csv"
# The start-up row of bench/ (S1), its tiny-data row (T1), and a query of the bundled data.
profile() {
    local out=$1
    shift
    valgrind --tool=callgrind --demangle=no --callgrind-out-file="$work/$out" "$planq" "$@" >/dev/null 2>&1
}
profile cg.s1 -c '1 + 1'
profile cg.t1 --data "$work" -c 'from councils | summarize pop = sum(population) by region | sort region'
profile cg.kpis -c 'from kpis | take 3'
# Every function callgrind saw (as caller or callee), once, in first-seen order; `'2` marks
# a recursion level, not another function.
grep -h -E '^c?fn=\([0-9]+\) ' "$work"/cg.* | sed -E 's/^c?fn=\([0-9]+\) //; s/'"'"'[0-9]+$//' \
    | grep -v '^0x' | awk '!seen[$0]++' | sed 's/^/.text./' > scripts/release/startup-sections.txt
# SwiftPM does not know the list is an input of the link: remove the executable so that the
# next scripts/build-release.sh links it again with the new order.
rm -f "$(readlink -f "$planq")"
echo "startup-order: $(wc -l < scripts/release/startup-sections.txt) functions; now run scripts/build-release.sh" >&2
