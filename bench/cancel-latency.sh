#!/usr/bin/env bash
# Cancel latency in the release build: how long a query goes on after a cancel from another
# thread, for each kind of long work, on tables of ROWS rows (default 10 million).
#   bench/cancel-latency.sh [ROWS [SAMPLES [WORKLOAD-NAME-PART]]]   (defaults: 10000000 60, all workloads)
set -euo pipefail
cd "$(dirname "$0")/.."
swift build -c release --product planqc >&2
bin=$(swift build -c release --show-bin-path)
out=$(mktemp -d)
swiftc -O -swift-version 6 bench/cancel/main.swift -I "$bin/Modules" -L "$bin" -lplanqc \
    -Xlinker -rpath -Xlinker "$bin" -o "$out/cancel-latency"
"$out/cancel-latency" "${1:-10000000}" "${@:2}"
