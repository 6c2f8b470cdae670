#!/usr/bin/env bash
# Runs the whole test suite: installs what the tests need (scripts/test-deps/), builds
# every target (the CLI tests run the real binary), then the unit, golden and end-to-end tests.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
source scripts/lib.sh
for dep in scripts/test-deps/*.sh; do
    [ -e "$dep" ] || continue
    source "$dep"
done
swift build --build-tests
swift test --skip-build "$@"
# CI also fuzzes each part briefly (docs/reliability.md): a debug build, a fixed seed, the
# committed seed corpora; a crash fails the run. Long runs: scripts/fuzz.sh TARGET SECONDS.
if [ "${CI:-}" = true ] && [ "$(uname -s)" = Linux ]; then
    FUZZ_BUILD=debug scripts/fuzz.sh all "${PLANQ_CI_FUZZ_SECONDS:-10}" -seed=1
fi
