#!/usr/bin/env bash
# Installs what planq needs to build, when it is missing: Debian's libedit-dev (line
# editing for the REPL). Swift itself (6.1 or later) must already be on the PATH.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib.sh

if ! command -v swift >/dev/null 2>&1; then
    echo "planq needs Swift 6.1 or later on the PATH (https://www.swift.org/install/)" >&2
    exit 1
fi

if ! { [ -f /usr/include/histedit.h ] || [ -f /usr/include/editline/readline.h ]; }; then
    apt_install libedit-dev
fi
