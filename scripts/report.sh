#!/usr/bin/env bash
# The main job: builds planq (release) and runs the flagship report over the bundled
# 2008/09 plan data. Extra arguments go to planq, e.g. `scripts/report.sh --format markdown`.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
swift build -c release --product planq --static-swift-stdlib >&2
exec .build/release/planq examples/flagship.planq "$@"
