#!/usr/bin/env bash
# Installs planq: a release build, then one file, PREFIX/bin/planq. The standard library and
# the bundled plan data are compiled in and, on Linux, the binary is a static executable
# (scripts/build-release.sh), so it needs nothing beside it. Usage: scripts/install.sh PREFIX   (e.g. ~/.local, /usr/local)
set -euo pipefail
if [ $# -ne 1 ] || [ -z "$1" ]; then
    echo "usage: scripts/install.sh PREFIX    (installs PREFIX/bin/planq)" >&2
    exit 64
fi
prefix=$1
cd "$(dirname "$0")/.."
scripts/setup.sh
scripts/build-release.sh >&2
mkdir -p "$prefix/bin"
install -m 755 .build/release/planq "$prefix/bin/planq"
echo "installed $("$prefix/bin/planq" --version) as $prefix/bin/planq" >&2
