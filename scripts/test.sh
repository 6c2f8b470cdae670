#!/usr/bin/env bash
# Runs the whole test suite: builds every target (the CLI tests run the real binary),
# then the unit, golden and end-to-end tests.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
swift build --build-tests
swift test --skip-build "$@"
