#!/usr/bin/env bash
# The release build of the planq command (used by install.sh, report.sh and bench/run.py).
# On Linux it is one static executable: no dynamic loader runs at start-up (with the Swift
# runtime linked statically but glibc, libstdc++ and libedit loaded dynamically, relocating
# and binding them was 3.1 M of the 7.3 M instructions of `planq -c '1 + 1'`). If the static
# link cannot be made here (a static library missing), the Swift runtime alone is linked
# statically, as before. Extra arguments go to `swift build`.
set -euo pipefail
cd "$(dirname "$0")/.."
#
# Start-up (bench/RESULTS.md, "Start-up, round four"): generic types are made through their
# metadata accessors rather than by demangling a mangled name on first use (a quarter of the
# instructions of `planq -c '1 + 1'`), and each function gets its own section so that the
# linker can put the code a short run executes together (scripts/release/startup-sections.txt,
# made by scripts/release/startup-order.sh), which the run then reads in fewer pages.
start_up=(-Xswiftc -Xfrontend -Xswiftc -disable-concrete-type-metadata-mangled-name-accessors
          -Xswiftc -Xfrontend -Xswiftc -function-sections)
if [ "$(uname -s)" = Linux ]; then
    # libedit's own dependencies, which a static link must name (terminfo, libbsd, libmd).
    # The section order is a gold option, the linker swift uses for a static executable.
    if swift build -c release --product planq -Xswiftc -static-executable "${start_up[@]}" \
        -Xlinker -ltinfo -Xlinker -lbsd -Xlinker -lmd \
        -Xlinker "--section-ordering-file=$PWD/scripts/release/startup-sections.txt" "$@"; then
        exit 0
    fi
    echo "build-release: no static executable here; linking only the Swift runtime statically" >&2
fi
exec swift build -c release --product planq --static-swift-stdlib "${start_up[@]}" "$@"
