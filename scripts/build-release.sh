#!/usr/bin/env bash
# The release build of the planq command (used by install.sh, report.sh and bench/run.py).
# On Linux it is one static executable: no dynamic loader runs at start-up (with the Swift
# runtime linked statically but glibc, libstdc++ and libedit loaded dynamically, relocating
# and binding them was 3.1 M of the 7.3 M instructions of `planq -c '1 + 1'`). If the static
# link cannot be made here (a static library missing), the Swift runtime alone is linked
# statically, as before. Extra arguments go to `swift build`.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ "$(uname -s)" = Linux ]; then
    # libedit's own dependencies, which a static link must name (terminfo, libbsd, libmd).
    if swift build -c release --product planq -Xswiftc -static-executable \
        -Xlinker -ltinfo -Xlinker -lbsd -Xlinker -lmd "$@"; then
        exit 0
    fi
    echo "build-release: no static executable here; linking only the Swift runtime statically" >&2
fi
exec swift build -c release --product planq --static-swift-stdlib "$@"
